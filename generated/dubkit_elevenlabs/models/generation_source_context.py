from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generator,
    Literal,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="GenerationSourceContext")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "generation_id",
        "model_id",
        "source_type",
        "prompt",
        "model_provider",
        "generation_session_id",
        "session_iteration_id",
        "model_parameters",
        "extend_video",
    }
)


@_attrs_define
class GenerationSourceContext:
    generation_id: str
    model_id: str
    source_type: Literal["generation"] | Unset = "generation"
    prompt: None | str | Unset = UNSET
    model_provider: None | str | Unset = UNSET
    generation_session_id: None | str | Unset = UNSET
    session_iteration_id: None | str | Unset = UNSET
    model_parameters: GenerationSourceContextModelParametersType0 | None | Unset = UNSET
    extend_video: None | ReferenceVideo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_id = self.generation_id

        model_id = self.model_id

        source_type = self.source_type

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        model_provider: None | str | Unset
        if isinstance(self.model_provider, Unset):
            model_provider = UNSET
        else:
            model_provider = self.model_provider

        generation_session_id: None | str | Unset
        if isinstance(self.generation_session_id, Unset):
            generation_session_id = UNSET
        else:
            generation_session_id = self.generation_session_id

        session_iteration_id: None | str | Unset
        if isinstance(self.session_iteration_id, Unset):
            session_iteration_id = UNSET
        else:
            session_iteration_id = self.session_iteration_id

        model_parameters: dict[str, Any] | None | Unset
        if isinstance(self.model_parameters, Unset):
            model_parameters = UNSET
        elif isinstance(
            self.model_parameters, GenerationSourceContextModelParametersType0
        ):
            model_parameters = self.model_parameters.to_dict()
        else:
            model_parameters = self.model_parameters

        extend_video: dict[str, Any] | None | Unset
        if isinstance(self.extend_video, Unset):
            extend_video = UNSET
        elif isinstance(self.extend_video, ReferenceVideo):
            extend_video = self.extend_video.to_dict()
        else:
            extend_video = self.extend_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generation_id": generation_id,
                "model_id": model_id,
            }
        )
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if model_provider is not UNSET:
            field_dict["model_provider"] = model_provider
        if generation_session_id is not UNSET:
            field_dict["generation_session_id"] = generation_session_id
        if session_iteration_id is not UNSET:
            field_dict["session_iteration_id"] = session_iteration_id
        if model_parameters is not UNSET:
            field_dict["model_parameters"] = model_parameters
        if extend_video is not UNSET:
            field_dict["extend_video"] = extend_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        generation_id = src_dict["generation_id"]
        if not isinstance(generation_id, str):
            raise TypeError(
                f"GenerationSourceContext.generation_id: expected a string, got {type(generation_id).__name__}"
            )

        model_id = src_dict["model_id"]
        if not isinstance(model_id, str):
            raise TypeError(
                f"GenerationSourceContext.model_id: expected a string, got {type(model_id).__name__}"
            )

        source_type = cast(
            Literal["generation"] | Unset, src_dict.get("source_type", UNSET)
        )
        if source_type != "generation" and not isinstance(source_type, Unset):
            raise ValueError(
                f"source_type must match const 'generation', got '{source_type}'"
            )

        _prompt = src_dict.get("prompt", UNSET)
        prompt: None | str | Unset
        if _prompt is UNSET:
            prompt = UNSET
        else:
            if not (isinstance(_prompt, str) or _prompt is None):
                raise TypeError(
                    f"prompt: expected a string or null, got {type(_prompt).__name__}"
                )
            prompt = _prompt

        _model_provider = src_dict.get("model_provider", UNSET)
        model_provider: None | str | Unset
        if _model_provider is UNSET:
            model_provider = UNSET
        else:
            if not (isinstance(_model_provider, str) or _model_provider is None):
                raise TypeError(
                    f"model_provider: expected a string or null, got {type(_model_provider).__name__}"
                )
            model_provider = _model_provider

        _generation_session_id = src_dict.get("generation_session_id", UNSET)
        generation_session_id: None | str | Unset
        if _generation_session_id is UNSET:
            generation_session_id = UNSET
        else:
            if not (
                isinstance(_generation_session_id, str)
                or _generation_session_id is None
            ):
                raise TypeError(
                    f"generation_session_id: expected a string or null, got {type(_generation_session_id).__name__}"
                )
            generation_session_id = _generation_session_id

        _session_iteration_id = src_dict.get("session_iteration_id", UNSET)
        session_iteration_id: None | str | Unset
        if _session_iteration_id is UNSET:
            session_iteration_id = UNSET
        else:
            if not (
                isinstance(_session_iteration_id, str) or _session_iteration_id is None
            ):
                raise TypeError(
                    f"session_iteration_id: expected a string or null, got {type(_session_iteration_id).__name__}"
                )
            session_iteration_id = _session_iteration_id

        _model_parameters = src_dict.get("model_parameters", UNSET)
        model_parameters: GenerationSourceContextModelParametersType0 | None | Unset
        if _model_parameters is None:
            model_parameters = None
        elif isinstance(_model_parameters, Unset):
            model_parameters = UNSET
        else:
            try:
                if not isinstance(_model_parameters, dict):
                    raise TypeError()
                model_parameters_type_0 = (
                    GenerationSourceContextModelParametersType0.from_dict(
                        _model_parameters
                    )
                )

                model_parameters = model_parameters_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_model_parameters is None):
                    raise TypeError(
                        f"model_parameters: expected an object or null, got {type(_model_parameters).__name__}"
                    )
                model_parameters = _model_parameters

        _extend_video = src_dict.get("extend_video", UNSET)
        extend_video: None | ReferenceVideo | Unset
        if _extend_video is None:
            extend_video = None
        elif isinstance(_extend_video, Unset):
            extend_video = UNSET
        else:
            try:
                if not isinstance(_extend_video, dict):
                    raise TypeError()
                extend_video_type_0 = ReferenceVideo.from_dict(_extend_video)

                extend_video = extend_video_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_extend_video is None):
                    raise TypeError(
                        f"extend_video: expected an object or null, got {type(_extend_video).__name__}"
                    )
                extend_video = _extend_video

        generation_source_context = cls(
            generation_id=generation_id,
            model_id=model_id,
            source_type=source_type,
            prompt=prompt,
            model_provider=model_provider,
            generation_session_id=generation_session_id,
            session_iteration_id=session_iteration_id,
            model_parameters=model_parameters,
            extend_video=extend_video,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            generation_source_context.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return generation_source_context

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.generation_source_context_model_parameters_type_0 import (
    GenerationSourceContextModelParametersType0,  # noqa: E402
)
from ..models.reference_video import ReferenceVideo  # noqa: E402

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

T = TypeVar("T", bound="SfxSourceContext")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "source_type",
        "sound_generation_history_item_id",
        "text",
        "generation_config",
    }
)


@_attrs_define
class SfxSourceContext:
    """Context for sound effect clips."""

    source_type: Literal["sfx"] | Unset = "sfx"
    sound_generation_history_item_id: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    generation_config: None | SfxSourceContextGenerationConfigType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type = self.source_type

        sound_generation_history_item_id: None | str | Unset
        if isinstance(self.sound_generation_history_item_id, Unset):
            sound_generation_history_item_id = UNSET
        else:
            sound_generation_history_item_id = self.sound_generation_history_item_id

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        generation_config: dict[str, Any] | None | Unset
        if isinstance(self.generation_config, Unset):
            generation_config = UNSET
        elif isinstance(self.generation_config, SfxSourceContextGenerationConfigType0):
            generation_config = self.generation_config.to_dict()
        else:
            generation_config = self.generation_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if sound_generation_history_item_id is not UNSET:
            field_dict["sound_generation_history_item_id"] = (
                sound_generation_history_item_id
            )
        if text is not UNSET:
            field_dict["text"] = text
        if generation_config is not UNSET:
            field_dict["generation_config"] = generation_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        source_type = cast(Literal["sfx"] | Unset, src_dict.get("source_type", UNSET))
        if source_type != "sfx" and not isinstance(source_type, Unset):
            raise ValueError(f"source_type must match const 'sfx', got '{source_type}'")

        _sound_generation_history_item_id = src_dict.get(
            "sound_generation_history_item_id", UNSET
        )
        sound_generation_history_item_id: None | str | Unset
        if _sound_generation_history_item_id is UNSET:
            sound_generation_history_item_id = UNSET
        else:
            if not (
                isinstance(_sound_generation_history_item_id, str)
                or _sound_generation_history_item_id is None
            ):
                raise TypeError(
                    f"sound_generation_history_item_id: expected a string or null, got {type(_sound_generation_history_item_id).__name__}"
                )
            sound_generation_history_item_id = _sound_generation_history_item_id

        _text = src_dict.get("text", UNSET)
        text: None | str | Unset
        if _text is UNSET:
            text = UNSET
        else:
            if not (isinstance(_text, str) or _text is None):
                raise TypeError(
                    f"text: expected a string or null, got {type(_text).__name__}"
                )
            text = _text

        _generation_config = src_dict.get("generation_config", UNSET)
        generation_config: None | SfxSourceContextGenerationConfigType0 | Unset
        if _generation_config is None:
            generation_config = None
        elif isinstance(_generation_config, Unset):
            generation_config = UNSET
        else:
            try:
                if not isinstance(_generation_config, dict):
                    raise TypeError()
                generation_config_type_0 = (
                    SfxSourceContextGenerationConfigType0.from_dict(_generation_config)
                )

                generation_config = generation_config_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_generation_config is None):
                    raise TypeError(
                        f"generation_config: expected an object or null, got {type(_generation_config).__name__}"
                    )
                generation_config = _generation_config

        sfx_source_context = cls(
            source_type=source_type,
            sound_generation_history_item_id=sound_generation_history_item_id,
            text=text,
            generation_config=generation_config,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            sfx_source_context.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return sfx_source_context

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
from ..models.sfx_source_context_generation_config_type_0 import (
    SfxSourceContextGenerationConfigType0,  # noqa: E402
)

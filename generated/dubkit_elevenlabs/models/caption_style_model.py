from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caption_style_model_text_align_type_0 import (
    CaptionStyleModelTextAlignType0,
)
from ..models.caption_style_model_text_style_type_0 import (
    CaptionStyleModelTextStyleType0,
)
from ..models.caption_style_model_text_weight_type_0 import (
    CaptionStyleModelTextWeightType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caption_style_character_animation_model import (
        CaptionStyleCharacterAnimationModel,
    )
    from ..models.caption_style_horizontal_placement_model import (
        CaptionStyleHorizontalPlacementModel,
    )
    from ..models.caption_style_section_animation_model import (
        CaptionStyleSectionAnimationModel,
    )
    from ..models.caption_style_template_model import CaptionStyleTemplateModel
    from ..models.caption_style_vertical_placement_model import (
        CaptionStyleVerticalPlacementModel,
    )
    from ..models.caption_style_word_animation_model import (
        CaptionStyleWordAnimationModel,
    )


T = TypeVar("T", bound="CaptionStyleModel")


@_attrs_define
class CaptionStyleModel:
    template: CaptionStyleTemplateModel | None | Unset = UNSET
    text_font: None | str | Unset = UNSET
    text_scale: float | None | Unset = UNSET
    text_color: None | str | Unset = UNSET
    text_align: CaptionStyleModelTextAlignType0 | None | Unset = UNSET
    text_style: CaptionStyleModelTextStyleType0 | None | Unset = UNSET
    text_weight: CaptionStyleModelTextWeightType0 | None | Unset = UNSET
    background_enabled: bool | None | Unset = UNSET
    background_color: None | str | Unset = UNSET
    background_opacity: float | None | Unset = UNSET
    word_highlights_enabled: bool | None | Unset = UNSET
    word_highlights_color: None | str | Unset = UNSET
    word_highlights_background_color: None | str | Unset = UNSET
    word_highlights_opacity: float | None | Unset = UNSET
    section_animation: CaptionStyleSectionAnimationModel | None | Unset = UNSET
    word_animation: CaptionStyleWordAnimationModel | None | Unset = UNSET
    character_animation: CaptionStyleCharacterAnimationModel | None | Unset = UNSET
    width_pct: float | None | Unset = UNSET
    horizontal_placement: CaptionStyleHorizontalPlacementModel | None | Unset = UNSET
    vertical_placement: CaptionStyleVerticalPlacementModel | None | Unset = UNSET
    auto_break_enabled: bool | None | Unset = UNSET
    max_lines_per_section: int | None | Unset = UNSET
    max_words_per_line: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.caption_style_character_animation_model import (
            CaptionStyleCharacterAnimationModel,  # noqa: PLC0415
        )
        from ..models.caption_style_horizontal_placement_model import (
            CaptionStyleHorizontalPlacementModel,  # noqa: PLC0415
        )
        from ..models.caption_style_section_animation_model import (
            CaptionStyleSectionAnimationModel,  # noqa: PLC0415
        )
        from ..models.caption_style_template_model import CaptionStyleTemplateModel  # noqa: PLC0415
        from ..models.caption_style_vertical_placement_model import (
            CaptionStyleVerticalPlacementModel,  # noqa: PLC0415
        )
        from ..models.caption_style_word_animation_model import (
            CaptionStyleWordAnimationModel,  # noqa: PLC0415
        )

        template: dict[str, Any] | None | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, CaptionStyleTemplateModel):
            template = self.template.to_dict()
        else:
            template = self.template

        text_font: None | str | Unset
        if isinstance(self.text_font, Unset):
            text_font = UNSET
        else:
            text_font = self.text_font

        text_scale: float | None | Unset
        if isinstance(self.text_scale, Unset):
            text_scale = UNSET
        else:
            text_scale = self.text_scale

        text_color: None | str | Unset
        if isinstance(self.text_color, Unset):
            text_color = UNSET
        else:
            text_color = self.text_color

        text_align: None | str | Unset
        if isinstance(self.text_align, Unset):
            text_align = UNSET
        elif isinstance(self.text_align, CaptionStyleModelTextAlignType0):
            text_align = self.text_align.value
        else:
            text_align = self.text_align

        text_style: None | str | Unset
        if isinstance(self.text_style, Unset):
            text_style = UNSET
        elif isinstance(self.text_style, CaptionStyleModelTextStyleType0):
            text_style = self.text_style.value
        else:
            text_style = self.text_style

        text_weight: None | str | Unset
        if isinstance(self.text_weight, Unset):
            text_weight = UNSET
        elif isinstance(self.text_weight, CaptionStyleModelTextWeightType0):
            text_weight = self.text_weight.value
        else:
            text_weight = self.text_weight

        background_enabled: bool | None | Unset
        if isinstance(self.background_enabled, Unset):
            background_enabled = UNSET
        else:
            background_enabled = self.background_enabled

        background_color: None | str | Unset
        if isinstance(self.background_color, Unset):
            background_color = UNSET
        else:
            background_color = self.background_color

        background_opacity: float | None | Unset
        if isinstance(self.background_opacity, Unset):
            background_opacity = UNSET
        else:
            background_opacity = self.background_opacity

        word_highlights_enabled: bool | None | Unset
        if isinstance(self.word_highlights_enabled, Unset):
            word_highlights_enabled = UNSET
        else:
            word_highlights_enabled = self.word_highlights_enabled

        word_highlights_color: None | str | Unset
        if isinstance(self.word_highlights_color, Unset):
            word_highlights_color = UNSET
        else:
            word_highlights_color = self.word_highlights_color

        word_highlights_background_color: None | str | Unset
        if isinstance(self.word_highlights_background_color, Unset):
            word_highlights_background_color = UNSET
        else:
            word_highlights_background_color = self.word_highlights_background_color

        word_highlights_opacity: float | None | Unset
        if isinstance(self.word_highlights_opacity, Unset):
            word_highlights_opacity = UNSET
        else:
            word_highlights_opacity = self.word_highlights_opacity

        section_animation: dict[str, Any] | None | Unset
        if isinstance(self.section_animation, Unset):
            section_animation = UNSET
        elif isinstance(self.section_animation, CaptionStyleSectionAnimationModel):
            section_animation = self.section_animation.to_dict()
        else:
            section_animation = self.section_animation

        word_animation: dict[str, Any] | None | Unset
        if isinstance(self.word_animation, Unset):
            word_animation = UNSET
        elif isinstance(self.word_animation, CaptionStyleWordAnimationModel):
            word_animation = self.word_animation.to_dict()
        else:
            word_animation = self.word_animation

        character_animation: dict[str, Any] | None | Unset
        if isinstance(self.character_animation, Unset):
            character_animation = UNSET
        elif isinstance(self.character_animation, CaptionStyleCharacterAnimationModel):
            character_animation = self.character_animation.to_dict()
        else:
            character_animation = self.character_animation

        width_pct: float | None | Unset
        if isinstance(self.width_pct, Unset):
            width_pct = UNSET
        else:
            width_pct = self.width_pct

        horizontal_placement: dict[str, Any] | None | Unset
        if isinstance(self.horizontal_placement, Unset):
            horizontal_placement = UNSET
        elif isinstance(
            self.horizontal_placement, CaptionStyleHorizontalPlacementModel
        ):
            horizontal_placement = self.horizontal_placement.to_dict()
        else:
            horizontal_placement = self.horizontal_placement

        vertical_placement: dict[str, Any] | None | Unset
        if isinstance(self.vertical_placement, Unset):
            vertical_placement = UNSET
        elif isinstance(self.vertical_placement, CaptionStyleVerticalPlacementModel):
            vertical_placement = self.vertical_placement.to_dict()
        else:
            vertical_placement = self.vertical_placement

        auto_break_enabled: bool | None | Unset
        if isinstance(self.auto_break_enabled, Unset):
            auto_break_enabled = UNSET
        else:
            auto_break_enabled = self.auto_break_enabled

        max_lines_per_section: int | None | Unset
        if isinstance(self.max_lines_per_section, Unset):
            max_lines_per_section = UNSET
        else:
            max_lines_per_section = self.max_lines_per_section

        max_words_per_line: int | None | Unset
        if isinstance(self.max_words_per_line, Unset):
            max_words_per_line = UNSET
        else:
            max_words_per_line = self.max_words_per_line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template is not UNSET:
            field_dict["template"] = template
        if text_font is not UNSET:
            field_dict["text_font"] = text_font
        if text_scale is not UNSET:
            field_dict["text_scale"] = text_scale
        if text_color is not UNSET:
            field_dict["text_color"] = text_color
        if text_align is not UNSET:
            field_dict["text_align"] = text_align
        if text_style is not UNSET:
            field_dict["text_style"] = text_style
        if text_weight is not UNSET:
            field_dict["text_weight"] = text_weight
        if background_enabled is not UNSET:
            field_dict["background_enabled"] = background_enabled
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if background_opacity is not UNSET:
            field_dict["background_opacity"] = background_opacity
        if word_highlights_enabled is not UNSET:
            field_dict["word_highlights_enabled"] = word_highlights_enabled
        if word_highlights_color is not UNSET:
            field_dict["word_highlights_color"] = word_highlights_color
        if word_highlights_background_color is not UNSET:
            field_dict["word_highlights_background_color"] = (
                word_highlights_background_color
            )
        if word_highlights_opacity is not UNSET:
            field_dict["word_highlights_opacity"] = word_highlights_opacity
        if section_animation is not UNSET:
            field_dict["section_animation"] = section_animation
        if word_animation is not UNSET:
            field_dict["word_animation"] = word_animation
        if character_animation is not UNSET:
            field_dict["character_animation"] = character_animation
        if width_pct is not UNSET:
            field_dict["width_pct"] = width_pct
        if horizontal_placement is not UNSET:
            field_dict["horizontal_placement"] = horizontal_placement
        if vertical_placement is not UNSET:
            field_dict["vertical_placement"] = vertical_placement
        if auto_break_enabled is not UNSET:
            field_dict["auto_break_enabled"] = auto_break_enabled
        if max_lines_per_section is not UNSET:
            field_dict["max_lines_per_section"] = max_lines_per_section
        if max_words_per_line is not UNSET:
            field_dict["max_words_per_line"] = max_words_per_line

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caption_style_character_animation_model import (
            CaptionStyleCharacterAnimationModel,  # noqa: PLC0415
        )
        from ..models.caption_style_horizontal_placement_model import (
            CaptionStyleHorizontalPlacementModel,  # noqa: PLC0415
        )
        from ..models.caption_style_section_animation_model import (
            CaptionStyleSectionAnimationModel,  # noqa: PLC0415
        )
        from ..models.caption_style_template_model import CaptionStyleTemplateModel  # noqa: PLC0415
        from ..models.caption_style_vertical_placement_model import (
            CaptionStyleVerticalPlacementModel,  # noqa: PLC0415
        )
        from ..models.caption_style_word_animation_model import (
            CaptionStyleWordAnimationModel,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_template(data: object) -> CaptionStyleTemplateModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                template_type_0 = CaptionStyleTemplateModel.from_dict(data)

                return template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptionStyleTemplateModel | None | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        def _parse_text_font(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_font = _parse_text_font(d.pop("text_font", UNSET))

        def _parse_text_scale(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        text_scale = _parse_text_scale(d.pop("text_scale", UNSET))

        def _parse_text_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_color = _parse_text_color(d.pop("text_color", UNSET))

        def _parse_text_align(
            data: object,
        ) -> CaptionStyleModelTextAlignType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                text_align_type_0 = CaptionStyleModelTextAlignType0(data)

                return text_align_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptionStyleModelTextAlignType0 | None | Unset, data)

        text_align = _parse_text_align(d.pop("text_align", UNSET))

        def _parse_text_style(
            data: object,
        ) -> CaptionStyleModelTextStyleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                text_style_type_0 = CaptionStyleModelTextStyleType0(data)

                return text_style_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptionStyleModelTextStyleType0 | None | Unset, data)

        text_style = _parse_text_style(d.pop("text_style", UNSET))

        def _parse_text_weight(
            data: object,
        ) -> CaptionStyleModelTextWeightType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                text_weight_type_0 = CaptionStyleModelTextWeightType0(data)

                return text_weight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptionStyleModelTextWeightType0 | None | Unset, data)

        text_weight = _parse_text_weight(d.pop("text_weight", UNSET))

        def _parse_background_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        background_enabled = _parse_background_enabled(
            d.pop("background_enabled", UNSET)
        )

        def _parse_background_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background_color = _parse_background_color(d.pop("background_color", UNSET))

        def _parse_background_opacity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        background_opacity = _parse_background_opacity(
            d.pop("background_opacity", UNSET)
        )

        def _parse_word_highlights_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        word_highlights_enabled = _parse_word_highlights_enabled(
            d.pop("word_highlights_enabled", UNSET)
        )

        def _parse_word_highlights_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        word_highlights_color = _parse_word_highlights_color(
            d.pop("word_highlights_color", UNSET)
        )

        def _parse_word_highlights_background_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        word_highlights_background_color = _parse_word_highlights_background_color(
            d.pop("word_highlights_background_color", UNSET)
        )

        def _parse_word_highlights_opacity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        word_highlights_opacity = _parse_word_highlights_opacity(
            d.pop("word_highlights_opacity", UNSET)
        )

        def _parse_section_animation(
            data: object,
        ) -> CaptionStyleSectionAnimationModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                section_animation_type_0 = CaptionStyleSectionAnimationModel.from_dict(
                    data
                )

                return section_animation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptionStyleSectionAnimationModel | None | Unset, data)

        section_animation = _parse_section_animation(d.pop("section_animation", UNSET))

        def _parse_word_animation(
            data: object,
        ) -> CaptionStyleWordAnimationModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                word_animation_type_0 = CaptionStyleWordAnimationModel.from_dict(data)

                return word_animation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptionStyleWordAnimationModel | None | Unset, data)

        word_animation = _parse_word_animation(d.pop("word_animation", UNSET))

        def _parse_character_animation(
            data: object,
        ) -> CaptionStyleCharacterAnimationModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                character_animation_type_0 = (
                    CaptionStyleCharacterAnimationModel.from_dict(data)
                )

                return character_animation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptionStyleCharacterAnimationModel | None | Unset, data)

        character_animation = _parse_character_animation(
            d.pop("character_animation", UNSET)
        )

        def _parse_width_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        width_pct = _parse_width_pct(d.pop("width_pct", UNSET))

        def _parse_horizontal_placement(
            data: object,
        ) -> CaptionStyleHorizontalPlacementModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                horizontal_placement_type_0 = (
                    CaptionStyleHorizontalPlacementModel.from_dict(data)
                )

                return horizontal_placement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptionStyleHorizontalPlacementModel | None | Unset, data)

        horizontal_placement = _parse_horizontal_placement(
            d.pop("horizontal_placement", UNSET)
        )

        def _parse_vertical_placement(
            data: object,
        ) -> CaptionStyleVerticalPlacementModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vertical_placement_type_0 = (
                    CaptionStyleVerticalPlacementModel.from_dict(data)
                )

                return vertical_placement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptionStyleVerticalPlacementModel | None | Unset, data)

        vertical_placement = _parse_vertical_placement(
            d.pop("vertical_placement", UNSET)
        )

        def _parse_auto_break_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_break_enabled = _parse_auto_break_enabled(
            d.pop("auto_break_enabled", UNSET)
        )

        def _parse_max_lines_per_section(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_lines_per_section = _parse_max_lines_per_section(
            d.pop("max_lines_per_section", UNSET)
        )

        def _parse_max_words_per_line(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_words_per_line = _parse_max_words_per_line(
            d.pop("max_words_per_line", UNSET)
        )

        caption_style_model = cls(
            template=template,
            text_font=text_font,
            text_scale=text_scale,
            text_color=text_color,
            text_align=text_align,
            text_style=text_style,
            text_weight=text_weight,
            background_enabled=background_enabled,
            background_color=background_color,
            background_opacity=background_opacity,
            word_highlights_enabled=word_highlights_enabled,
            word_highlights_color=word_highlights_color,
            word_highlights_background_color=word_highlights_background_color,
            word_highlights_opacity=word_highlights_opacity,
            section_animation=section_animation,
            word_animation=word_animation,
            character_animation=character_animation,
            width_pct=width_pct,
            horizontal_placement=horizontal_placement,
            vertical_placement=vertical_placement,
            auto_break_enabled=auto_break_enabled,
            max_lines_per_section=max_lines_per_section,
            max_words_per_line=max_words_per_line,
        )

        caption_style_model.additional_properties = d
        return caption_style_model

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

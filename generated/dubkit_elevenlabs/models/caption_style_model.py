from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caption_style_model_text_align_type_0 import (
    CaptionStyleModelTextAlignType0,
)
from ..models.caption_style_model_text_blend_mode_type_0 import (
    CaptionStyleModelTextBlendModeType0,
)
from ..models.caption_style_model_text_style_type_0 import (
    CaptionStyleModelTextStyleType0,
)
from ..models.caption_style_model_text_transform_type_0 import (
    CaptionStyleModelTextTransformType0,
)
from ..models.caption_style_model_text_weight_type_0 import (
    CaptionStyleModelTextWeightType0,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CaptionStyleModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "template",
        "text_font",
        "text_scale",
        "text_color",
        "text_align",
        "text_style",
        "text_weight",
        "text_transform",
        "text_blend_mode",
        "text_shadow",
        "text_outline",
        "background_enabled",
        "background_color",
        "background_opacity",
        "background_blur",
        "background_border_radius",
        "word_highlights_enabled",
        "word_highlights_color",
        "word_highlights_background_color",
        "word_highlights_opacity",
        "word_highlights_border_radius",
        "word_highlights_blur",
        "section_animation",
        "word_animation",
        "character_animation",
        "cursor_enabled",
        "width_pct",
        "horizontal_placement",
        "vertical_placement",
        "auto_break_enabled",
        "max_lines_per_section",
        "max_words_per_line",
    }
)


@_attrs_define
class CaptionStyleModel:
    template: CaptionStyleTemplateModel | None | Unset = UNSET
    text_font: None | str | Unset = UNSET
    text_scale: float | None | Unset = UNSET
    text_color: None | str | Unset = UNSET
    text_align: CaptionStyleModelTextAlignType0 | None | Unset = UNSET
    text_style: CaptionStyleModelTextStyleType0 | None | Unset = UNSET
    text_weight: CaptionStyleModelTextWeightType0 | None | Unset = UNSET
    text_transform: CaptionStyleModelTextTransformType0 | None | Unset = UNSET
    text_blend_mode: CaptionStyleModelTextBlendModeType0 | None | Unset = UNSET
    text_shadow: None | StudioTextStyleShadowModel | Unset = UNSET
    text_outline: None | StudioTextStyleOutlineModel | Unset = UNSET
    background_enabled: bool | None | Unset = UNSET
    background_color: None | str | Unset = UNSET
    background_opacity: float | None | Unset = UNSET
    background_blur: float | None | Unset = UNSET
    background_border_radius: float | None | Unset = UNSET
    word_highlights_enabled: bool | None | Unset = UNSET
    word_highlights_color: None | str | Unset = UNSET
    word_highlights_background_color: None | str | Unset = UNSET
    word_highlights_opacity: float | None | Unset = UNSET
    word_highlights_border_radius: float | None | Unset = UNSET
    word_highlights_blur: float | None | Unset = UNSET
    section_animation: CaptionStyleSectionAnimationModel | None | Unset = UNSET
    word_animation: CaptionStyleWordAnimationModel | None | Unset = UNSET
    character_animation: CaptionStyleCharacterAnimationModel | None | Unset = UNSET
    cursor_enabled: bool | None | Unset = UNSET
    width_pct: float | None | Unset = UNSET
    horizontal_placement: CaptionStyleHorizontalPlacementModel | None | Unset = UNSET
    vertical_placement: CaptionStyleVerticalPlacementModel | None | Unset = UNSET
    auto_break_enabled: bool | None | Unset = UNSET
    max_lines_per_section: int | None | Unset = UNSET
    max_words_per_line: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        text_transform: None | str | Unset
        if isinstance(self.text_transform, Unset):
            text_transform = UNSET
        elif isinstance(self.text_transform, CaptionStyleModelTextTransformType0):
            text_transform = self.text_transform.value
        else:
            text_transform = self.text_transform

        text_blend_mode: None | str | Unset
        if isinstance(self.text_blend_mode, Unset):
            text_blend_mode = UNSET
        elif isinstance(self.text_blend_mode, CaptionStyleModelTextBlendModeType0):
            text_blend_mode = self.text_blend_mode.value
        else:
            text_blend_mode = self.text_blend_mode

        text_shadow: dict[str, Any] | None | Unset
        if isinstance(self.text_shadow, Unset):
            text_shadow = UNSET
        elif isinstance(self.text_shadow, StudioTextStyleShadowModel):
            text_shadow = self.text_shadow.to_dict()
        else:
            text_shadow = self.text_shadow

        text_outline: dict[str, Any] | None | Unset
        if isinstance(self.text_outline, Unset):
            text_outline = UNSET
        elif isinstance(self.text_outline, StudioTextStyleOutlineModel):
            text_outline = self.text_outline.to_dict()
        else:
            text_outline = self.text_outline

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

        background_blur: float | None | Unset
        if isinstance(self.background_blur, Unset):
            background_blur = UNSET
        else:
            background_blur = self.background_blur

        background_border_radius: float | None | Unset
        if isinstance(self.background_border_radius, Unset):
            background_border_radius = UNSET
        else:
            background_border_radius = self.background_border_radius

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

        word_highlights_border_radius: float | None | Unset
        if isinstance(self.word_highlights_border_radius, Unset):
            word_highlights_border_radius = UNSET
        else:
            word_highlights_border_radius = self.word_highlights_border_radius

        word_highlights_blur: float | None | Unset
        if isinstance(self.word_highlights_blur, Unset):
            word_highlights_blur = UNSET
        else:
            word_highlights_blur = self.word_highlights_blur

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

        cursor_enabled: bool | None | Unset
        if isinstance(self.cursor_enabled, Unset):
            cursor_enabled = UNSET
        else:
            cursor_enabled = self.cursor_enabled

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
        if text_transform is not UNSET:
            field_dict["text_transform"] = text_transform
        if text_blend_mode is not UNSET:
            field_dict["text_blend_mode"] = text_blend_mode
        if text_shadow is not UNSET:
            field_dict["text_shadow"] = text_shadow
        if text_outline is not UNSET:
            field_dict["text_outline"] = text_outline
        if background_enabled is not UNSET:
            field_dict["background_enabled"] = background_enabled
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if background_opacity is not UNSET:
            field_dict["background_opacity"] = background_opacity
        if background_blur is not UNSET:
            field_dict["background_blur"] = background_blur
        if background_border_radius is not UNSET:
            field_dict["background_border_radius"] = background_border_radius
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
        if word_highlights_border_radius is not UNSET:
            field_dict["word_highlights_border_radius"] = word_highlights_border_radius
        if word_highlights_blur is not UNSET:
            field_dict["word_highlights_blur"] = word_highlights_blur
        if section_animation is not UNSET:
            field_dict["section_animation"] = section_animation
        if word_animation is not UNSET:
            field_dict["word_animation"] = word_animation
        if character_animation is not UNSET:
            field_dict["character_animation"] = character_animation
        if cursor_enabled is not UNSET:
            field_dict["cursor_enabled"] = cursor_enabled
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
        _template = src_dict.get("template", UNSET)
        template: CaptionStyleTemplateModel | None | Unset
        if _template is None:
            template = None
        elif isinstance(_template, Unset):
            template = UNSET
        else:
            try:
                if not isinstance(_template, dict):
                    raise TypeError()
                template_type_0 = CaptionStyleTemplateModel.from_dict(_template)

                template = template_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_template is None):
                    raise TypeError(
                        f"template: expected an object or null, got {type(_template).__name__}"
                    )
                template = _template

        _text_font = src_dict.get("text_font", UNSET)
        text_font: None | str | Unset
        if _text_font is UNSET:
            text_font = UNSET
        else:
            if not (isinstance(_text_font, str) or _text_font is None):
                raise TypeError(
                    f"text_font: expected a string or null, got {type(_text_font).__name__}"
                )
            text_font = _text_font

        _text_scale = src_dict.get("text_scale", UNSET)
        text_scale: float | None | Unset
        if _text_scale is UNSET:
            text_scale = UNSET
        else:
            if not (
                (
                    isinstance(_text_scale, float)
                    and _text_scale - _text_scale == 0.0
                    or type(_text_scale) is int
                )
                or _text_scale is None
            ):
                raise TypeError(
                    f"text_scale: expected a finite number or null, got {type(_text_scale).__name__}"
                )
            text_scale = _text_scale

        _text_color = src_dict.get("text_color", UNSET)
        text_color: None | str | Unset
        if _text_color is UNSET:
            text_color = UNSET
        else:
            if not (isinstance(_text_color, str) or _text_color is None):
                raise TypeError(
                    f"text_color: expected a string or null, got {type(_text_color).__name__}"
                )
            text_color = _text_color

        _text_align = src_dict.get("text_align", UNSET)
        text_align: CaptionStyleModelTextAlignType0 | None | Unset
        if _text_align is None:
            text_align = None
        elif isinstance(_text_align, Unset):
            text_align = UNSET
        else:
            try:
                if not isinstance(_text_align, str):
                    raise TypeError()
                text_align_type_0 = CaptionStyleModelTextAlignType0._parse(_text_align)

                text_align = text_align_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_text_align is None):
                    raise TypeError(
                        f"text_align: expected one of the spec's values or null, got {type(_text_align).__name__}"
                    )
                text_align = _text_align

        _text_style = src_dict.get("text_style", UNSET)
        text_style: CaptionStyleModelTextStyleType0 | None | Unset
        if _text_style is None:
            text_style = None
        elif isinstance(_text_style, Unset):
            text_style = UNSET
        else:
            try:
                if not isinstance(_text_style, str):
                    raise TypeError()
                text_style_type_0 = CaptionStyleModelTextStyleType0._parse(_text_style)

                text_style = text_style_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_text_style is None):
                    raise TypeError(
                        f"text_style: expected one of the spec's values or null, got {type(_text_style).__name__}"
                    )
                text_style = _text_style

        _text_weight = src_dict.get("text_weight", UNSET)
        text_weight: CaptionStyleModelTextWeightType0 | None | Unset
        if _text_weight is None:
            text_weight = None
        elif isinstance(_text_weight, Unset):
            text_weight = UNSET
        else:
            try:
                if not isinstance(_text_weight, str):
                    raise TypeError()
                text_weight_type_0 = CaptionStyleModelTextWeightType0._parse(
                    _text_weight
                )

                text_weight = text_weight_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_text_weight is None):
                    raise TypeError(
                        f"text_weight: expected one of the spec's values or null, got {type(_text_weight).__name__}"
                    )
                text_weight = _text_weight

        _text_transform = src_dict.get("text_transform", UNSET)
        text_transform: CaptionStyleModelTextTransformType0 | None | Unset
        if _text_transform is None:
            text_transform = None
        elif isinstance(_text_transform, Unset):
            text_transform = UNSET
        else:
            try:
                if not isinstance(_text_transform, str):
                    raise TypeError()
                text_transform_type_0 = CaptionStyleModelTextTransformType0._parse(
                    _text_transform
                )

                text_transform = text_transform_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_text_transform is None):
                    raise TypeError(
                        f"text_transform: expected one of the spec's values or null, got {type(_text_transform).__name__}"
                    )
                text_transform = _text_transform

        _text_blend_mode = src_dict.get("text_blend_mode", UNSET)
        text_blend_mode: CaptionStyleModelTextBlendModeType0 | None | Unset
        if _text_blend_mode is None:
            text_blend_mode = None
        elif isinstance(_text_blend_mode, Unset):
            text_blend_mode = UNSET
        else:
            try:
                if not isinstance(_text_blend_mode, str):
                    raise TypeError()
                text_blend_mode_type_0 = CaptionStyleModelTextBlendModeType0._parse(
                    _text_blend_mode
                )

                text_blend_mode = text_blend_mode_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_text_blend_mode is None):
                    raise TypeError(
                        f"text_blend_mode: expected one of the spec's values or null, got {type(_text_blend_mode).__name__}"
                    )
                text_blend_mode = _text_blend_mode

        _text_shadow = src_dict.get("text_shadow", UNSET)
        text_shadow: None | StudioTextStyleShadowModel | Unset
        if _text_shadow is None:
            text_shadow = None
        elif isinstance(_text_shadow, Unset):
            text_shadow = UNSET
        else:
            try:
                if not isinstance(_text_shadow, dict):
                    raise TypeError()
                text_shadow_type_0 = StudioTextStyleShadowModel.from_dict(_text_shadow)

                text_shadow = text_shadow_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_text_shadow is None):
                    raise TypeError(
                        f"text_shadow: expected an object or null, got {type(_text_shadow).__name__}"
                    )
                text_shadow = _text_shadow

        _text_outline = src_dict.get("text_outline", UNSET)
        text_outline: None | StudioTextStyleOutlineModel | Unset
        if _text_outline is None:
            text_outline = None
        elif isinstance(_text_outline, Unset):
            text_outline = UNSET
        else:
            try:
                if not isinstance(_text_outline, dict):
                    raise TypeError()
                text_outline_type_0 = StudioTextStyleOutlineModel.from_dict(
                    _text_outline
                )

                text_outline = text_outline_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_text_outline is None):
                    raise TypeError(
                        f"text_outline: expected an object or null, got {type(_text_outline).__name__}"
                    )
                text_outline = _text_outline

        _background_enabled = src_dict.get("background_enabled", UNSET)
        background_enabled: bool | None | Unset
        if _background_enabled is UNSET:
            background_enabled = UNSET
        else:
            if not (
                isinstance(_background_enabled, bool) or _background_enabled is None
            ):
                raise TypeError(
                    f"background_enabled: expected true or false or null, got {type(_background_enabled).__name__}"
                )
            background_enabled = _background_enabled

        _background_color = src_dict.get("background_color", UNSET)
        background_color: None | str | Unset
        if _background_color is UNSET:
            background_color = UNSET
        else:
            if not (isinstance(_background_color, str) or _background_color is None):
                raise TypeError(
                    f"background_color: expected a string or null, got {type(_background_color).__name__}"
                )
            background_color = _background_color

        _background_opacity = src_dict.get("background_opacity", UNSET)
        background_opacity: float | None | Unset
        if _background_opacity is UNSET:
            background_opacity = UNSET
        else:
            if not (
                (
                    isinstance(_background_opacity, float)
                    and _background_opacity - _background_opacity == 0.0
                    or type(_background_opacity) is int
                )
                or _background_opacity is None
            ):
                raise TypeError(
                    f"background_opacity: expected a finite number or null, got {type(_background_opacity).__name__}"
                )
            background_opacity = _background_opacity

        _background_blur = src_dict.get("background_blur", UNSET)
        background_blur: float | None | Unset
        if _background_blur is UNSET:
            background_blur = UNSET
        else:
            if not (
                (
                    isinstance(_background_blur, float)
                    and _background_blur - _background_blur == 0.0
                    or type(_background_blur) is int
                )
                or _background_blur is None
            ):
                raise TypeError(
                    f"background_blur: expected a finite number or null, got {type(_background_blur).__name__}"
                )
            background_blur = _background_blur

        _background_border_radius = src_dict.get("background_border_radius", UNSET)
        background_border_radius: float | None | Unset
        if _background_border_radius is UNSET:
            background_border_radius = UNSET
        else:
            if not (
                (
                    isinstance(_background_border_radius, float)
                    and _background_border_radius - _background_border_radius == 0.0
                    or type(_background_border_radius) is int
                )
                or _background_border_radius is None
            ):
                raise TypeError(
                    f"background_border_radius: expected a finite number or null, got {type(_background_border_radius).__name__}"
                )
            background_border_radius = _background_border_radius

        _word_highlights_enabled = src_dict.get("word_highlights_enabled", UNSET)
        word_highlights_enabled: bool | None | Unset
        if _word_highlights_enabled is UNSET:
            word_highlights_enabled = UNSET
        else:
            if not (
                isinstance(_word_highlights_enabled, bool)
                or _word_highlights_enabled is None
            ):
                raise TypeError(
                    f"word_highlights_enabled: expected true or false or null, got {type(_word_highlights_enabled).__name__}"
                )
            word_highlights_enabled = _word_highlights_enabled

        _word_highlights_color = src_dict.get("word_highlights_color", UNSET)
        word_highlights_color: None | str | Unset
        if _word_highlights_color is UNSET:
            word_highlights_color = UNSET
        else:
            if not (
                isinstance(_word_highlights_color, str)
                or _word_highlights_color is None
            ):
                raise TypeError(
                    f"word_highlights_color: expected a string or null, got {type(_word_highlights_color).__name__}"
                )
            word_highlights_color = _word_highlights_color

        _word_highlights_background_color = src_dict.get(
            "word_highlights_background_color", UNSET
        )
        word_highlights_background_color: None | str | Unset
        if _word_highlights_background_color is UNSET:
            word_highlights_background_color = UNSET
        else:
            if not (
                isinstance(_word_highlights_background_color, str)
                or _word_highlights_background_color is None
            ):
                raise TypeError(
                    f"word_highlights_background_color: expected a string or null, got {type(_word_highlights_background_color).__name__}"
                )
            word_highlights_background_color = _word_highlights_background_color

        _word_highlights_opacity = src_dict.get("word_highlights_opacity", UNSET)
        word_highlights_opacity: float | None | Unset
        if _word_highlights_opacity is UNSET:
            word_highlights_opacity = UNSET
        else:
            if not (
                (
                    isinstance(_word_highlights_opacity, float)
                    and _word_highlights_opacity - _word_highlights_opacity == 0.0
                    or type(_word_highlights_opacity) is int
                )
                or _word_highlights_opacity is None
            ):
                raise TypeError(
                    f"word_highlights_opacity: expected a finite number or null, got {type(_word_highlights_opacity).__name__}"
                )
            word_highlights_opacity = _word_highlights_opacity

        _word_highlights_border_radius = src_dict.get(
            "word_highlights_border_radius", UNSET
        )
        word_highlights_border_radius: float | None | Unset
        if _word_highlights_border_radius is UNSET:
            word_highlights_border_radius = UNSET
        else:
            if not (
                (
                    isinstance(_word_highlights_border_radius, float)
                    and _word_highlights_border_radius - _word_highlights_border_radius
                    == 0.0
                    or type(_word_highlights_border_radius) is int
                )
                or _word_highlights_border_radius is None
            ):
                raise TypeError(
                    f"word_highlights_border_radius: expected a finite number or null, got {type(_word_highlights_border_radius).__name__}"
                )
            word_highlights_border_radius = _word_highlights_border_radius

        _word_highlights_blur = src_dict.get("word_highlights_blur", UNSET)
        word_highlights_blur: float | None | Unset
        if _word_highlights_blur is UNSET:
            word_highlights_blur = UNSET
        else:
            if not (
                (
                    isinstance(_word_highlights_blur, float)
                    and _word_highlights_blur - _word_highlights_blur == 0.0
                    or type(_word_highlights_blur) is int
                )
                or _word_highlights_blur is None
            ):
                raise TypeError(
                    f"word_highlights_blur: expected a finite number or null, got {type(_word_highlights_blur).__name__}"
                )
            word_highlights_blur = _word_highlights_blur

        _section_animation = src_dict.get("section_animation", UNSET)
        section_animation: CaptionStyleSectionAnimationModel | None | Unset
        if _section_animation is None:
            section_animation = None
        elif isinstance(_section_animation, Unset):
            section_animation = UNSET
        else:
            try:
                if not isinstance(_section_animation, dict):
                    raise TypeError()
                section_animation_type_0 = CaptionStyleSectionAnimationModel.from_dict(
                    _section_animation
                )

                section_animation = section_animation_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_section_animation is None):
                    raise TypeError(
                        f"section_animation: expected an object or null, got {type(_section_animation).__name__}"
                    )
                section_animation = _section_animation

        _word_animation = src_dict.get("word_animation", UNSET)
        word_animation: CaptionStyleWordAnimationModel | None | Unset
        if _word_animation is None:
            word_animation = None
        elif isinstance(_word_animation, Unset):
            word_animation = UNSET
        else:
            try:
                if not isinstance(_word_animation, dict):
                    raise TypeError()
                word_animation_type_0 = CaptionStyleWordAnimationModel.from_dict(
                    _word_animation
                )

                word_animation = word_animation_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_word_animation is None):
                    raise TypeError(
                        f"word_animation: expected an object or null, got {type(_word_animation).__name__}"
                    )
                word_animation = _word_animation

        _character_animation = src_dict.get("character_animation", UNSET)
        character_animation: CaptionStyleCharacterAnimationModel | None | Unset
        if _character_animation is None:
            character_animation = None
        elif isinstance(_character_animation, Unset):
            character_animation = UNSET
        else:
            try:
                if not isinstance(_character_animation, dict):
                    raise TypeError()
                character_animation_type_0 = (
                    CaptionStyleCharacterAnimationModel.from_dict(_character_animation)
                )

                character_animation = character_animation_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_character_animation is None):
                    raise TypeError(
                        f"character_animation: expected an object or null, got {type(_character_animation).__name__}"
                    )
                character_animation = _character_animation

        _cursor_enabled = src_dict.get("cursor_enabled", UNSET)
        cursor_enabled: bool | None | Unset
        if _cursor_enabled is UNSET:
            cursor_enabled = UNSET
        else:
            if not (isinstance(_cursor_enabled, bool) or _cursor_enabled is None):
                raise TypeError(
                    f"cursor_enabled: expected true or false or null, got {type(_cursor_enabled).__name__}"
                )
            cursor_enabled = _cursor_enabled

        _width_pct = src_dict.get("width_pct", UNSET)
        width_pct: float | None | Unset
        if _width_pct is UNSET:
            width_pct = UNSET
        else:
            if not (
                (
                    isinstance(_width_pct, float)
                    and _width_pct - _width_pct == 0.0
                    or type(_width_pct) is int
                )
                or _width_pct is None
            ):
                raise TypeError(
                    f"width_pct: expected a finite number or null, got {type(_width_pct).__name__}"
                )
            width_pct = _width_pct

        _horizontal_placement = src_dict.get("horizontal_placement", UNSET)
        horizontal_placement: CaptionStyleHorizontalPlacementModel | None | Unset
        if _horizontal_placement is None:
            horizontal_placement = None
        elif isinstance(_horizontal_placement, Unset):
            horizontal_placement = UNSET
        else:
            try:
                if not isinstance(_horizontal_placement, dict):
                    raise TypeError()
                horizontal_placement_type_0 = (
                    CaptionStyleHorizontalPlacementModel.from_dict(
                        _horizontal_placement
                    )
                )

                horizontal_placement = horizontal_placement_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_horizontal_placement is None):
                    raise TypeError(
                        f"horizontal_placement: expected an object or null, got {type(_horizontal_placement).__name__}"
                    )
                horizontal_placement = _horizontal_placement

        _vertical_placement = src_dict.get("vertical_placement", UNSET)
        vertical_placement: CaptionStyleVerticalPlacementModel | None | Unset
        if _vertical_placement is None:
            vertical_placement = None
        elif isinstance(_vertical_placement, Unset):
            vertical_placement = UNSET
        else:
            try:
                if not isinstance(_vertical_placement, dict):
                    raise TypeError()
                vertical_placement_type_0 = (
                    CaptionStyleVerticalPlacementModel.from_dict(_vertical_placement)
                )

                vertical_placement = vertical_placement_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_vertical_placement is None):
                    raise TypeError(
                        f"vertical_placement: expected an object or null, got {type(_vertical_placement).__name__}"
                    )
                vertical_placement = _vertical_placement

        _auto_break_enabled = src_dict.get("auto_break_enabled", UNSET)
        auto_break_enabled: bool | None | Unset
        if _auto_break_enabled is UNSET:
            auto_break_enabled = UNSET
        else:
            if not (
                isinstance(_auto_break_enabled, bool) or _auto_break_enabled is None
            ):
                raise TypeError(
                    f"auto_break_enabled: expected true or false or null, got {type(_auto_break_enabled).__name__}"
                )
            auto_break_enabled = _auto_break_enabled

        _max_lines_per_section = src_dict.get("max_lines_per_section", UNSET)
        max_lines_per_section: int | None | Unset
        if _max_lines_per_section is UNSET:
            max_lines_per_section = UNSET
        else:
            if not (
                is_json_integer(_max_lines_per_section)
                or _max_lines_per_section is None
            ):
                raise TypeError(
                    f"max_lines_per_section: expected an integer or null, got {type(_max_lines_per_section).__name__}"
                )
            max_lines_per_section = _max_lines_per_section

        _max_words_per_line = src_dict.get("max_words_per_line", UNSET)
        max_words_per_line: int | None | Unset
        if _max_words_per_line is UNSET:
            max_words_per_line = UNSET
        else:
            if not (
                is_json_integer(_max_words_per_line) or _max_words_per_line is None
            ):
                raise TypeError(
                    f"max_words_per_line: expected an integer or null, got {type(_max_words_per_line).__name__}"
                )
            max_words_per_line = _max_words_per_line

        caption_style_model = cls(
            template=template,
            text_font=text_font,
            text_scale=text_scale,
            text_color=text_color,
            text_align=text_align,
            text_style=text_style,
            text_weight=text_weight,
            text_transform=text_transform,
            text_blend_mode=text_blend_mode,
            text_shadow=text_shadow,
            text_outline=text_outline,
            background_enabled=background_enabled,
            background_color=background_color,
            background_opacity=background_opacity,
            background_blur=background_blur,
            background_border_radius=background_border_radius,
            word_highlights_enabled=word_highlights_enabled,
            word_highlights_color=word_highlights_color,
            word_highlights_background_color=word_highlights_background_color,
            word_highlights_opacity=word_highlights_opacity,
            word_highlights_border_radius=word_highlights_border_radius,
            word_highlights_blur=word_highlights_blur,
            section_animation=section_animation,
            word_animation=word_animation,
            character_animation=character_animation,
            cursor_enabled=cursor_enabled,
            width_pct=width_pct,
            horizontal_placement=horizontal_placement,
            vertical_placement=vertical_placement,
            auto_break_enabled=auto_break_enabled,
            max_lines_per_section=max_lines_per_section,
            max_words_per_line=max_words_per_line,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            caption_style_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.caption_style_character_animation_model import (
    CaptionStyleCharacterAnimationModel,  # noqa: E402
)
from ..models.caption_style_horizontal_placement_model import (
    CaptionStyleHorizontalPlacementModel,  # noqa: E402
)
from ..models.caption_style_section_animation_model import (
    CaptionStyleSectionAnimationModel,  # noqa: E402
)
from ..models.caption_style_template_model import CaptionStyleTemplateModel  # noqa: E402
from ..models.caption_style_vertical_placement_model import (
    CaptionStyleVerticalPlacementModel,  # noqa: E402
)
from ..models.caption_style_word_animation_model import CaptionStyleWordAnimationModel  # noqa: E402
from ..models.studio_text_style_outline_model import StudioTextStyleOutlineModel  # noqa: E402
from ..models.studio_text_style_shadow_model import StudioTextStyleShadowModel  # noqa: E402

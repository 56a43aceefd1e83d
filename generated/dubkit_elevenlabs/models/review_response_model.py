from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_response_model_reject_reasons_type_0_item import (
    ReviewResponseModelRejectReasonsType0Item,
)
from ..models.review_response_model_review_status import ReviewResponseModelReviewStatus
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ReviewResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "review_status",
        "reviewed_at_unix",
        "reviewed_by",
        "reject_reasons",
        "scores_breakdown",
        "rejected_details",
        "explanation",
    }
)


@_attrs_define
class ReviewResponseModel:
    review_status: ReviewResponseModelReviewStatus
    reviewed_at_unix: int
    reviewed_by: None | str | Unset = UNSET
    reject_reasons: list[ReviewResponseModelRejectReasonsType0Item] | None | Unset = (
        UNSET
    )
    scores_breakdown: None | ReviewResponseModelScoresBreakdownType0 | Unset = UNSET
    rejected_details: None | str | Unset = UNSET
    explanation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        review_status = self.review_status.value

        reviewed_at_unix = self.reviewed_at_unix

        reviewed_by: None | str | Unset
        if isinstance(self.reviewed_by, Unset):
            reviewed_by = UNSET
        else:
            reviewed_by = self.reviewed_by

        reject_reasons: list[str] | None | Unset
        if isinstance(self.reject_reasons, Unset):
            reject_reasons = UNSET
        elif isinstance(self.reject_reasons, list):
            reject_reasons = []
            for reject_reasons_type_0_item_data in self.reject_reasons:
                reject_reasons_type_0_item = reject_reasons_type_0_item_data.value
                reject_reasons.append(reject_reasons_type_0_item)

        else:
            reject_reasons = self.reject_reasons

        scores_breakdown: dict[str, Any] | None | Unset
        if isinstance(self.scores_breakdown, Unset):
            scores_breakdown = UNSET
        elif isinstance(self.scores_breakdown, ReviewResponseModelScoresBreakdownType0):
            scores_breakdown = self.scores_breakdown.to_dict()
        else:
            scores_breakdown = self.scores_breakdown

        rejected_details: None | str | Unset
        if isinstance(self.rejected_details, Unset):
            rejected_details = UNSET
        else:
            rejected_details = self.rejected_details

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "review_status": review_status,
                "reviewed_at_unix": reviewed_at_unix,
            }
        )
        if reviewed_by is not UNSET:
            field_dict["reviewed_by"] = reviewed_by
        if reject_reasons is not UNSET:
            field_dict["reject_reasons"] = reject_reasons
        if scores_breakdown is not UNSET:
            field_dict["scores_breakdown"] = scores_breakdown
        if rejected_details is not UNSET:
            field_dict["rejected_details"] = rejected_details
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        review_status = ReviewResponseModelReviewStatus._parse(
            src_dict["review_status"]
        )

        reviewed_at_unix = src_dict["reviewed_at_unix"]
        if not is_json_integer(reviewed_at_unix):
            raise TypeError(
                f"ReviewResponseModel.reviewed_at_unix: expected an integer, got {type(reviewed_at_unix).__name__}"
            )

        _reviewed_by = src_dict.get("reviewed_by", UNSET)
        reviewed_by: None | str | Unset
        if _reviewed_by is UNSET:
            reviewed_by = UNSET
        else:
            if not (isinstance(_reviewed_by, str) or _reviewed_by is None):
                raise TypeError(
                    f"reviewed_by: expected a string or null, got {type(_reviewed_by).__name__}"
                )
            reviewed_by = _reviewed_by

        _reject_reasons = src_dict.get("reject_reasons", UNSET)
        reject_reasons: list[ReviewResponseModelRejectReasonsType0Item] | None | Unset
        if _reject_reasons is None:
            reject_reasons = None
        elif isinstance(_reject_reasons, Unset):
            reject_reasons = UNSET
        else:
            try:
                if not isinstance(_reject_reasons, list):
                    raise TypeError()
                reject_reasons_type_0 = []
                _reject_reasons_type_0 = _reject_reasons
                if not isinstance(_reject_reasons_type_0, list):
                    raise TypeError(
                        f"reject_reasons_type_0: expected an array, got {type(_reject_reasons_type_0).__name__}"
                    )

                for reject_reasons_type_0_item_data in _reject_reasons_type_0:
                    reject_reasons_type_0_item = (
                        ReviewResponseModelRejectReasonsType0Item._parse(
                            reject_reasons_type_0_item_data
                        )
                    )

                    reject_reasons_type_0.append(reject_reasons_type_0_item)

                reject_reasons = reject_reasons_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_reject_reasons is None):
                    raise TypeError(
                        f"reject_reasons: expected an array or null, got {type(_reject_reasons).__name__}"
                    )
                reject_reasons = _reject_reasons

        _scores_breakdown = src_dict.get("scores_breakdown", UNSET)
        scores_breakdown: None | ReviewResponseModelScoresBreakdownType0 | Unset
        if _scores_breakdown is None:
            scores_breakdown = None
        elif isinstance(_scores_breakdown, Unset):
            scores_breakdown = UNSET
        else:
            try:
                if not isinstance(_scores_breakdown, dict):
                    raise TypeError()
                scores_breakdown_type_0 = (
                    ReviewResponseModelScoresBreakdownType0.from_dict(_scores_breakdown)
                )

                scores_breakdown = scores_breakdown_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_scores_breakdown is None):
                    raise TypeError(
                        f"scores_breakdown: expected an object or null, got {type(_scores_breakdown).__name__}"
                    )
                scores_breakdown = _scores_breakdown

        _rejected_details = src_dict.get("rejected_details", UNSET)
        rejected_details: None | str | Unset
        if _rejected_details is UNSET:
            rejected_details = UNSET
        else:
            if not (isinstance(_rejected_details, str) or _rejected_details is None):
                raise TypeError(
                    f"rejected_details: expected a string or null, got {type(_rejected_details).__name__}"
                )
            rejected_details = _rejected_details

        _explanation = src_dict.get("explanation", UNSET)
        explanation: None | str | Unset
        if _explanation is UNSET:
            explanation = UNSET
        else:
            if not (isinstance(_explanation, str) or _explanation is None):
                raise TypeError(
                    f"explanation: expected a string or null, got {type(_explanation).__name__}"
                )
            explanation = _explanation

        review_response_model = cls(
            review_status=review_status,
            reviewed_at_unix=reviewed_at_unix,
            reviewed_by=reviewed_by,
            reject_reasons=reject_reasons,
            scores_breakdown=scores_breakdown,
            rejected_details=rejected_details,
            explanation=explanation,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            review_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return review_response_model

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
from ..models.review_response_model_scores_breakdown_type_0 import (
    ReviewResponseModelScoresBreakdownType0,  # noqa: E402
)

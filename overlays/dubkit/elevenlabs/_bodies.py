"""ElevenLabs request bodies that carry only what the caller gave: never a generated model's own defaults."""

from __future__ import annotations

from typing import Any, TypeVar

import attrs
from dubkit_elevenlabs.types import UNSET

__all__ = ["only_given"]

B = TypeVar("B")


def only_given(kind: type[B], **given: Any) -> B:
    """Build a generated request body with every field the caller did not give left out of the request.

    A generated model defaults some optional fields to a value (``normalize_volume=False``,
    ``create_publishing_read=False``, …) that ``to_dict`` would send. Upstream adds such fields over
    time, so each optional field missing from ``given`` is set to ``UNSET`` here, whatever the
    model's default: an updated spec never makes dubkit send a value the caller did not ask for.

    Args:
        kind: The generated attrs body class.
        **given: The fields to send (``UNSET`` ones are left out too).

    Returns:
        The body.
    """
    defaults = {
        field.name: UNSET
        for field in attrs.fields(kind)  # type: ignore[arg-type]
        if field.init and field.default is not attrs.NOTHING and field.name not in given
    }
    return kind(**defaults, **given)

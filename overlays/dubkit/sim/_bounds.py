"""The limits on every number, size and count a client can hand the simulator, and the checks that apply them.

A number from outside (a configuration value, a fault's option, ``POST /_sim/clock/advance``, a JSON or
form field) goes through ``check_number``/``check_int`` before it is used, so no value a client can send
overflows a date, a sleep or an allocation later: it is refused up front with a message naming it.
"""

from __future__ import annotations

import math

__all__ = [
    "MAX_BALANCE_MINUTES",
    "MAX_BODY_DEPTH",
    "MAX_FAULT_DELAY",
    "MAX_INT",
    "MAX_JSON_BYTES",
    "MAX_RETRY_AFTER",
    "MAX_SIM_SECONDS",
    "MAX_SOURCE_SECONDS",
    "check_int",
    "check_number",
]

# How far simulated time may run (the clock's horizon, and the longest job): 1,000 years. The clock
# starts in this century, so a time at the horizon plus the longest job stays a valid date.
MAX_SIM_SECONDS = 1000 * 365.25 * 24 * 3600.0
# The longest a stand-in source lasts (``source_seconds``, a URL's ``?sim-seconds=``): its audio is made in
# memory at 16 kHz (about 1.4 GB for 12 hours), and a 5,000-segment resource needs 10 hours.
MAX_SOURCE_SECONDS = 12 * 3600.0
# The largest Dubformer balance that can be set.
MAX_BALANCE_MINUTES = 1e12
# The largest integer magnitude read from a request (a signed 64-bit integer, as most real APIs store).
MAX_INT = 2**63 - 1
# The deepest nesting of JSON arrays and objects read from a request; the specs' bodies need a handful.
MAX_BODY_DEPTH = 64
# The largest JSON (or URL-encoded) body read into memory; multipart uploads have their own, configurable cap.
MAX_JSON_BYTES = 16 * 1024 * 1024
# The longest a ``slow`` fault may hold a request, and the longest Retry-After a fault may announce.
MAX_FAULT_DELAY = 600.0
MAX_RETRY_AFTER = 24 * 3600.0


def check_number(
    name: str, value: object, *, minimum: float = 0.0, maximum: float, exclusive_minimum: bool = False
) -> float:
    """Return a client's number if it is a finite int or float within bounds.

    Args:
        name: What the number is, for the message.
        value: The value as received.
        minimum: The smallest value allowed.
        maximum: The largest value allowed.
        exclusive_minimum: Whether ``minimum`` itself is excluded (e.g. a speed must be > 0).

    Returns:
        The value as a float.

    Raises:
        ValueError: If it is not a number (booleans are not), not finite, or out of bounds.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, got {value!r}")
    if isinstance(value, int) and abs(value) > MAX_INT:
        raise ValueError(f"{name} must be at most {maximum:g}, got an integer of {value.bit_length()} bits")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    if number < minimum or (exclusive_minimum and number == minimum) or number > maximum:
        bounds = f"> {minimum:g} and <= {maximum:g}" if exclusive_minimum else f"between {minimum:g} and {maximum:g}"
        raise ValueError(f"{name} must be {bounds}, got {value!r}")
    return number


def check_int(name: str, value: object, *, minimum: int, maximum: int) -> int:
    """Return a client's integer if it lies within bounds.

    Args:
        name: What the number is, for the message.
        value: The value as received.
        minimum: The smallest value allowed.
        maximum: The largest value allowed.

    Returns:
        The value.

    Raises:
        ValueError: If it is not an int (booleans are not) or out of bounds.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be an integer, got {value!r}")
    if not minimum <= value <= maximum:
        shown = value if abs(value) <= MAX_INT else f"an integer of {value.bit_length()} bits"
        raise ValueError(f"{name} must be between {minimum} and {maximum}, got {shown}")
    return value

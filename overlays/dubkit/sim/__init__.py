"""dubkit.sim: a stateful local ElevenLabs + Dubformer API, built from the specs, with fault injection.

Needs the ``sim`` extra (``pip install 'dubkit[sim]'``).

Example:
    >>> import httpx2
    >>> from dubkit.sim import Simulator
    >>> sim = Simulator(manual_clock=True)
    >>> with httpx2.Client(transport=sim.transport(), base_url="http://127.0.0.1") as http:
    ...     http.get("/api/v1/balance", headers={"Authorization": "Bearer k"}).json()
    {'balance_minutes': 10000.0}
"""

from __future__ import annotations

from typing import Literal

try:
    from starlette.applications import Starlette

    from ._faults import FAULT_HEADER, FAULT_KINDS, TRANSIENT_KINDS, Fault
    from ._log import RequestRecord
    from ._media import MediaItem
    from ._media_signal import language_tone_hz
    from ._protocol import SimConfig
    from ._server import SimServer
    from ._simulator import Simulator
    from ._transport import AsyncSimTransport, SimTransport
except ModuleNotFoundError as exc:
    if exc.name is None or exc.name.partition(".")[0].startswith("dubkit"):
        raise  # a broken install of dubkit itself, not a missing extra
    # One line that says what to do, instead of a traceback ending in a third-party module's name.
    raise ModuleNotFoundError(
        f"dubkit.sim needs the 'sim' extra ({exc.name!r} is not installed): pip install 'dubkit[sim]'", name=exc.name
    ) from None

__all__ = [
    "FAULT_HEADER",
    "FAULT_KINDS",
    "TRANSIENT_KINDS",
    "AsyncSimTransport",
    "Fault",
    "MediaItem",
    "RequestRecord",
    "SimConfig",
    "SimServer",
    "SimTransport",
    "Simulator",
    "create_app",
    "language_tone_hz",
]


def create_app(
    provider: Literal["elevenlabs", "dubformer"] | None = None, config: SimConfig | None = None
) -> Starlette:
    """Return the ASGI app of a new simulator serving one provider, or both on one app.

    The ``Simulator`` behind it (to advance its clock, inject faults, read its log) is
    ``app.state.simulator``.

    Args:
        provider: ``"elevenlabs"``, ``"dubformer"``, or None for both.
        config: How it behaves.

    Returns:
        The Starlette app.

    Raises:
        ValueError: If ``provider`` is not one of those.
    """
    sim = Simulator(config, providers=("elevenlabs", "dubformer") if provider is None else (provider,))
    return sim.app

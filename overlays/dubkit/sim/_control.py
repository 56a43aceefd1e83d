"""The ``/_sim/`` control endpoints: reset, clock, faults, request log, state, configuration, media.

When the simulator has ``api_keys``, every control endpoint but ``health`` and ``media`` (the outputs'
download URLs, which the real APIs serve without the key too) needs one of them, in either provider's
header (``xi-api-key`` or ``Authorization: Bearer``). No endpoint ever shows a key.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._faults import FAULT_HEADER, fault_from_json
from ._inbound import read_json
from ._json import UnreadableBodyError, decode_json, encode_json
from ._provider import BEARER_TOKEN, XI_API_KEY
from ._responses import cut_short, json_response, media_response

if TYPE_CHECKING:
    from ._simulator import Simulator

__all__ = ["CONTROL_PREFIX", "control_routes", "presented_keys", "serve_media"]

CONTROL_PREFIX = "/_sim"
_TUNABLE = (
    "fault_rate", "failure_rate", "job_seconds", "media_size", "source_seconds", "validate_responses",
    "max_logged_requests",
)  # fmt: skip
Endpoint = Callable[[Request], Awaitable[Response]]


class _ControlError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _answer(value: Any, status: int = 200) -> Response:
    return json_response(status, encode_json(value))


async def _json(request: Request) -> Any:
    try:
        raw = await read_json(request)
        return decode_json(raw) if raw.strip() else {}
    except UnreadableBodyError as exc:
        raise _ControlError(exc.status, str(exc)) from exc
    except ValueError as exc:
        raise _ControlError(400, f"the body is not JSON: {exc}") from exc


def presented_keys(headers: Mapping[str, str]) -> list[str]:
    """Return the keys a request presents in either provider's header.

    Args:
        headers: The request headers.

    Returns:
        The ``xi-api-key`` value and the ``Authorization: Bearer`` token, where present.
    """
    found = (header.read(headers) for header in (XI_API_KEY, BEARER_TOKEN))
    return [key for key in found if key is not None]


def _authorised(sim: Simulator, request: Request) -> bool:
    accepted = sim.config.api_keys
    if accepted is None:
        return True
    # Compare against every accepted key, in constant time each: how long it takes says nothing of a key.
    matches = [hmac.compare_digest(k.encode(), a.encode()) for k in presented_keys(request.headers) for a in accepted]
    return any(matches)


def _config_json(sim: Simulator) -> dict[str, Any]:
    shown = attrs.asdict(sim.config, value_serializer=lambda _, __, v: sorted(v) if isinstance(v, frozenset) else v)
    keys = sim.config.api_keys
    shown["api_keys"] = None if keys is None else {"count": len(keys)}
    return shown


def control_routes(sim: Simulator) -> list[Route]:
    """Build the control endpoints of a simulator.

    Args:
        sim: The simulator they control.

    Returns:
        Starlette routes under ``/_sim``.
    """

    async def health(_: Request) -> Response:
        return _answer({"ok": True, "providers": sorted(sim.engine.providers)})

    async def reset(_: Request) -> Response:
        sim.reset()
        return _answer({"reset": True})

    async def clock(_: Request) -> Response:
        return _answer(sim.clock_json())

    async def advance(request: Request) -> Response:
        data = await _json(request)
        if not isinstance(data, dict) or "seconds" not in data:
            raise _ControlError(400, 'expected {"seconds": <finite number >= 0>}')
        try:
            sim.advance(data["seconds"])
        except ValueError as exc:
            raise _ControlError(400, str(exc)) from exc
        return _answer(sim.clock_json())

    async def faults(request: Request) -> Response:
        if request.method == "POST":
            data = await _json(request)
            for item in data if isinstance(data, list) else [data]:
                if not isinstance(item, dict):
                    raise _ControlError(400, "each fault must be an object")
                try:
                    sim.inject(fault_from_json(item))
                except (TypeError, ValueError) as exc:
                    raise _ControlError(400, str(exc)) from exc
        elif request.method == "DELETE":
            sim.engine.faults.clear()
        plan = sim.engine.faults
        return _answer({"pending": [f.to_json() for f in plan.pending()], "injected": plan.injected})

    async def requests(request: Request) -> Response:
        if request.method == "DELETE":
            sim.engine.log.clear()
        return _answer({"requests": [r.to_json() for r in sim.requests()]})

    async def state(_: Request) -> Response:
        return _answer({"counts": sim.counts(), "violations": [attrs.asdict(v) for v in sim.violations()]})

    async def config(request: Request) -> Response:
        if request.method == "PATCH":
            data = await _json(request)
            if not isinstance(data, dict):
                raise _ControlError(400, "expected a JSON object")
            balance = data.pop("balance_minutes", None)
            unknown = set(data) - set(_TUNABLE)
            if unknown:
                raise _ControlError(400, f"not tunable: {', '.join(sorted(unknown))}; tunable: {', '.join(_TUNABLE)}")
            try:
                sim.configure(**data)
                if balance is not None:
                    sim.set_balance(balance)
            except (TypeError, ValueError) as exc:
                raise _ControlError(400, str(exc)) from exc
        return _answer(_config_json(sim))

    async def media(request: Request) -> Response:
        return await serve_media(sim, request)

    def guarded(endpoint: Endpoint, *, open_to_all: bool = False) -> Endpoint:
        async def wrapper(request: Request) -> Response:
            if not open_to_all and not _authorised(sim, request):
                return _answer({"detail": "the control plane needs one of the simulator's API keys"}, 401)
            try:
                return await endpoint(request)
            except _ControlError as exc:
                return _answer({"detail": str(exc)}, exc.status)

        return wrapper

    return [
        Route(f"{CONTROL_PREFIX}/health", guarded(health, open_to_all=True), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/reset", guarded(reset), methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/clock", guarded(clock), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/clock/advance", guarded(advance), methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/faults", guarded(faults), methods=["GET", "POST", "DELETE"]),
        Route(f"{CONTROL_PREFIX}/requests", guarded(requests), methods=["GET", "DELETE"]),
        Route(f"{CONTROL_PREFIX}/state", guarded(state), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/config", guarded(config), methods=["GET", "PATCH"]),
        Route(f"{CONTROL_PREFIX}/media/{{key:path}}", guarded(media, open_to_all=True), methods=["GET", "HEAD"]),
    ]


async def serve_media(sim: Simulator, request: Request) -> Response:
    """Answer a download of a media file the simulator produced, with faults and Range support.

    Args:
        sim: The simulator.
        request: The request (``GET``/``HEAD /_sim/media/{key}``).

    Returns:
        The response.
    """
    engine = sim.engine
    record = engine.log.start(request)
    record.operation = "media"
    item = sim.context.media.get(request.path_params["key"])
    try:
        fault = engine.faults.pick("media", request.headers.get(FAULT_HEADER)) if item is not None else None
    except ValueError as exc:
        record.status = 400
        return _answer({"detail": f"bad {FAULT_HEADER} header: {exc}"}, 400)
    record.fault = fault.kind if fault else None
    if item is None:
        response: Response = _answer({"detail": "Not Found"}, 404)
    elif fault is not None and fault.kind in {"rate_limit", "error_before"}:
        headers = {"retry-after": fault.retry_after_header}
        response = json_response(fault.http_status, encode_json({"detail": "injected fault"}), headers)
    else:
        response = media_response(item, record.range, head=request.method == "HEAD")
        if fault is not None and fault.kind in {"disconnect_before", "disconnect_after"} and request.method == "GET":
            response = cut_short(response)
    record.status = response.status_code
    return response

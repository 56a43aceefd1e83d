"""The ``/_sim/`` control endpoints: reset, clock, faults, request log, state, configuration, media."""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

import attrs
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._faults import FAULT_HEADER, fault_from_json
from ._responses import cut_short, media_response

if TYPE_CHECKING:
    from ._simulator import Simulator

__all__ = ["CONTROL_PREFIX", "control_routes", "serve_media"]

CONTROL_PREFIX = "/_sim"
_TUNABLE = ("fault_rate", "failure_rate", "job_seconds", "media_size", "source_seconds", "validate_responses")


async def _json(request: Request) -> Any:
    raw = await request.body()
    try:
        return json.loads(raw) if raw.strip() else {}
    except ValueError as exc:
        raise _BadRequestError(f"the body is not JSON: {exc}") from exc


class _BadRequestError(Exception):
    pass


def control_routes(sim: Simulator) -> list[Route]:
    """Build the control endpoints of a simulator.

    Args:
        sim: The simulator they control.

    Returns:
        Starlette routes under ``/_sim``.
    """

    async def health(_: Request) -> Response:
        return JSONResponse({"ok": True, "providers": sorted(sim.engine.providers)})

    async def reset(_: Request) -> Response:
        sim.reset()
        return JSONResponse({"reset": True})

    async def clock(_: Request) -> Response:
        return JSONResponse(sim.clock_json())

    async def advance(request: Request) -> Response:
        data = await _json(request)
        seconds: Any = data.get("seconds") if isinstance(data, dict) else None
        # NaN and Infinity parse as JSON numbers but would break the clock for good.
        if not isinstance(seconds, int | float) or isinstance(seconds, bool) or not 0 <= seconds < math.inf:
            raise _BadRequestError('expected {"seconds": <finite number >= 0>}')
        sim.advance(float(seconds))
        return JSONResponse(sim.clock_json())

    async def faults(request: Request) -> Response:
        if request.method == "POST":
            data = await _json(request)
            for item in data if isinstance(data, list) else [data]:
                if not isinstance(item, dict):
                    raise _BadRequestError("each fault must be an object")
                try:
                    sim.inject(fault_from_json(item))
                except (TypeError, ValueError) as exc:
                    raise _BadRequestError(str(exc)) from exc
        elif request.method == "DELETE":
            sim.engine.faults.clear()
        plan = sim.engine.faults
        return JSONResponse({"pending": [f.to_json() for f in plan.pending()], "injected": plan.injected})

    async def requests(request: Request) -> Response:
        if request.method == "DELETE":
            sim.engine.log.clear()
        return JSONResponse({"requests": [r.to_json() for r in sim.requests()]})

    async def state(_: Request) -> Response:
        return JSONResponse({"counts": sim.counts(), "violations": [attrs.asdict(v) for v in sim.violations()]})

    async def config(request: Request) -> Response:
        if request.method == "PATCH":
            data = await _json(request)
            if not isinstance(data, dict):
                raise _BadRequestError("expected a JSON object")
            balance = data.pop("balance_minutes", None)
            unknown = set(data) - set(_TUNABLE)
            if unknown:
                raise _BadRequestError(f"not tunable: {', '.join(sorted(unknown))}; tunable: {', '.join(_TUNABLE)}")
            try:
                sim.configure(**data)
                if balance is not None:
                    sim.set_balance(float(balance))
            except (TypeError, ValueError) as exc:
                raise _BadRequestError(str(exc)) from exc
        return JSONResponse(
            attrs.asdict(sim.config, value_serializer=lambda _, __, v: sorted(v) if isinstance(v, frozenset) else v)
        )

    async def media(request: Request) -> Response:
        return await serve_media(sim, request)

    def guarded(endpoint: Any) -> Any:
        async def wrapper(request: Request) -> Response:
            try:
                response: Response = await endpoint(request)
            except _BadRequestError as exc:
                return JSONResponse({"detail": str(exc)}, status_code=400)
            return response

        return wrapper

    return [
        Route(f"{CONTROL_PREFIX}/health", guarded(health), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/reset", guarded(reset), methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/clock", guarded(clock), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/clock/advance", guarded(advance), methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/faults", guarded(faults), methods=["GET", "POST", "DELETE"]),
        Route(f"{CONTROL_PREFIX}/requests", guarded(requests), methods=["GET", "DELETE"]),
        Route(f"{CONTROL_PREFIX}/state", guarded(state), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/config", guarded(config), methods=["GET", "PATCH"]),
        Route(f"{CONTROL_PREFIX}/media/{{key:path}}", guarded(media), methods=["GET", "HEAD"]),
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
    fault = engine.faults.pick("media", request.headers.get(FAULT_HEADER)) if item is not None else None
    record.fault = fault.kind if fault else None
    if item is None:
        response: Response = JSONResponse({"detail": "Not Found"}, status_code=404)
    elif fault is not None and fault.kind in {"rate_limit", "error_before"}:
        headers = {"retry-after": fault.retry_after_header}
        response = JSONResponse({"detail": "injected fault"}, status_code=fault.http_status, headers=headers)
    else:
        response = media_response(item, record.range, head=request.method == "HEAD")
        if fault is not None and fault.kind in {"disconnect_before", "disconnect_after"} and request.method == "GET":
            response = cut_short(response)
    record.status = response.status_code
    return response

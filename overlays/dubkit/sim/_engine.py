"""The request pipeline every simulated API call goes through: match, fault, authenticate, validate, handle."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import threading
from collections import deque
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

import attrs
import pydantic
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ._faults import FAULT_HEADER, Fault, FaultPlan
from ._idempotency import IdempotencyStore, StoredResponse, fingerprint
from ._ids import IdFactory
from ._inbound import RequestInvalidError, read_inputs
from ._json import UnreadableBodyError, encode_json
from ._log import RequestLog, RequestRecord
from ._protocol import (
    EmptyReply,
    JSONReply,
    MediaReply,
    Reply,
    SimContext,
    SimHTTPError,
    SimInvalidError,
    SimRequest,
    TextReply,
)
from ._provider import ProviderSim
from ._responses import DisconnectingResponse, MediaResponse, cut_short, half, json_response, media_response
from ._spec import Operation

__all__ = ["Engine", "Violation"]

_IDEMPOTENCY_HEADER = "idempotency-key"
# The most violations kept (each one is a simulator bug; a flood of them needs no more).
_MAX_VIOLATIONS = 1000


@attrs.frozen
class Violation:
    """A response the simulator sent that does not match the spec (a simulator bug)."""

    operation: str
    status: int
    message: str


def _dump(body: pydantic.BaseModel | Mapping[str, Any] | list[Any]) -> Any:
    if isinstance(body, pydantic.BaseModel):
        return body.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return body


class Engine:
    """Serves the API operations of one or more providers, with shared state, faults and logs.

    Args:
        context: The shared configuration, clock, IDs and media.
        providers: The providers served (their paths must not collide).
    """

    def __init__(self, context: SimContext, providers: Sequence[ProviderSim]) -> None:
        self.context = context
        self.providers = {provider.name: provider for provider in providers}
        config = context.config
        self.faults = FaultPlan(config.fault_rate, config.fault_kinds, config.seed)
        self.log = RequestLog(config.max_logged_requests)
        self.idempotency = IdempotencyStore()
        self.violations: deque[Violation] = deque(maxlen=_MAX_VIOLATIONS)
        self.lock = threading.RLock()
        self._chaos = random.Random(config.seed ^ 0xC4A05)  # noqa: S311 - which field a fault corrupts

    def reset(self) -> None:
        """Forget all state, requests, faults and idempotency keys; IDs start again from the seed."""
        with self.lock:
            self.context.ids = IdFactory(self.context.config.seed)
            for provider in self.providers.values():
                provider.reset()
            self.context.media.clear()
            self.log.clear()
            self.faults.clear()
            self.idempotency.clear()
            self.violations.clear()

    def _match(self, method: str, path: str) -> tuple[ProviderSim | None, Operation | None, dict[str, str], bool]:
        fallback = None
        for provider in self.providers.values():
            op, params, exists = provider.spec.match(method, path)
            if op is not None or exists:
                return provider, op, params, exists
            if provider.owns(path):
                fallback = provider
        return fallback, None, {}, False

    async def handle(self, request: Request) -> Response:
        """Answer one API request.

        Args:
            request: The request.

        Returns:
            The response (which may be a deliberately broken one, for an injected fault).
        """
        record = self.log.start(request)
        response = await self._handle(request, record)
        record.status = response.status_code
        return response

    async def _handle(self, request: Request, record: RequestRecord) -> Response:  # noqa: PLR0911 - one exit per stage
        provider, op, path_params, exists = self._match(request.method, request.url.path)
        if provider is None:
            return json_response(404, encode_json({"detail": "Not Found"}))
        record.provider = provider.name
        if op is None:
            if exists:
                allowed = sorted({o.method for o, _ in provider.spec.candidates(request.url.path)})
                body = provider.error_body(405, "method_not_allowed", "Method Not Allowed")
                return json_response(405, encode_json(body), {"allow": ", ".join(allowed)})
            return self._error(provider, 404, "not_found", f"No such endpoint: {request.url.path}")
        record.operation = op.operation_id
        if self.context.config.tick_seconds:
            with contextlib.suppress(ValueError):  # at the clock's horizon, time stands still
                self.context.clock.advance(self.context.config.tick_seconds)
        try:
            fault = self.faults.pick(op.operation_id, request.headers.get(FAULT_HEADER))
        except ValueError as exc:
            return json_response(400, encode_json({"detail": f"bad {FAULT_HEADER} header: {exc}"}))
        record.fault = fault.kind if fault else None
        early = await self._fault_before_work(fault, provider, request)
        if early is not None:
            return early
        key = provider.presented_key(request.headers)
        accepted = self.context.config.api_keys
        if not key or (accepted is not None and key not in accepted):
            return self._error(provider, 401, "invalid_api_key", "Invalid API key" if key else "Missing API key")
        try:
            path, query, body, files = await read_inputs(provider.spec, op, request, path_params)
        except RequestInvalidError as invalid:
            status, error = provider.validation_error(invalid.issues)
            return json_response(status, encode_json(error))
        except UnreadableBodyError as unreadable:
            status, error = provider.unreadable_body(unreadable.status, str(unreadable))
            return json_response(status, encode_json(error))
        sim_request = SimRequest(
            operation=op, path=path, query=query, headers=request.headers, body=body, files=files,
            base_url=f"{request.url.scheme}://{request.url.netloc}", api_key=key,
        )  # fmt: skip
        response, replayed = self._answer(provider, sim_request)
        record.replayed = replayed
        return self._fault_after_work(fault, provider, op, response)

    def _answer(self, provider: ProviderSim, request: SimRequest) -> tuple[Response, bool]:
        """Run the handler, or replay the answer stored for the request's Idempotency-Key."""
        op = request.operation
        idempotency_key = request.headers.get(_IDEMPOTENCY_HEADER) if _accepts_idempotency(op) else None
        if idempotency_key is None:
            with self.lock:
                return self._run(provider, request), False
        request_print = fingerprint(op.method, op.path, [request.path, request.query, request.body, _file_ids(request)])
        with self.lock:
            now = self.context.clock.elapsed()
            stored = self.idempotency.lookup(request.api_key, idempotency_key, now)
            if stored is not None:
                if stored.fingerprint != request_print:
                    message = "This Idempotency-Key was used with a different request; use a new key."
                    return self._error(provider, 422, "IdempotencyKeyReusedError", message), False
                return json_response(stored.status, stored.body, {"idempotent-replayed": "true"}), True
            response = self._run(provider, request)
            if response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR and isinstance(response.body, bytes):
                entry = StoredResponse(request_print, response.status_code, bytes(response.body), now)
                self.idempotency.store(request.api_key, idempotency_key, entry)
        return response, False

    def _run(self, provider: ProviderSim, request: SimRequest) -> Response:
        op = request.operation
        try:
            reply = provider.handlers[op.operation_id](request)
        except SimHTTPError as error:
            return self._error(provider, error.status, error.code, error.message, error.headers)
        except SimInvalidError as invalid:
            status, body = provider.validation_error(invalid.issues)
            return json_response(status, encode_json(body))
        return self._render(provider, request, reply)

    def _render(self, provider: ProviderSim, request: SimRequest, reply: Reply) -> Response:
        op = request.operation
        if isinstance(reply, MediaReply):
            return media_response(reply.item, request.headers.get("range"))
        if isinstance(reply, EmptyReply):
            return Response(status_code=op.success_status)
        if isinstance(reply, TextReply):
            return Response(reply.text, status_code=op.success_status, media_type=reply.content_type)
        if isinstance(reply, JSONReply):
            status, value, headers = reply.status or op.success_status, _dump(reply.body), reply.headers
        else:
            status, value, headers = op.success_status, _dump(reply), {}
        self._validate(provider, op, status, value)
        return json_response(status, encode_json(value), headers)

    def _validate(self, provider: ProviderSim, op: Operation, status: int, value: Any) -> None:
        if not self.context.config.validate_responses:
            return
        pointer = op.response_pointer(status)
        if pointer is None:
            self.violations.append(Violation(op.operation_id, status, f"status {status} is not documented"))
            return
        for error in provider.spec.validator(pointer).iter_errors(value):
            path = "/".join(map(str, error.absolute_path))
            self.violations.append(Violation(op.operation_id, status, f"at /{path}: {error.message}"))

    def _error(
        self, provider: ProviderSim, status: int, code: str, message: str, headers: Mapping[str, str] | None = None
    ) -> Response:
        return json_response(status, encode_json(provider.error_body(status, code, message)), headers)

    async def _fault_before_work(  # noqa: PLR0911 - one exit per fault kind
        self, fault: Fault | None, provider: ProviderSim, request: Request
    ) -> Response | None:
        if fault is None:
            return None
        if fault.kind == "slow":
            await asyncio.sleep(fault.delay)
            return None
        retry_after = {"retry-after": fault.retry_after_header}
        if fault.kind == "rate_limit":
            return self._error(provider, 429, "rate_limited", "Too many requests (injected fault)", retry_after)
        if fault.kind == "error_before":
            headers = retry_after if fault.http_status == HTTPStatus.SERVICE_UNAVAILABLE else {}
            return self._error(provider, fault.http_status, "server_error", "Server error (injected fault)", headers)
        if fault.kind == "disconnect_before":
            return DisconnectingResponse(200, {"content-type": "application/json", "content-length": "64"}, b"")
        if fault.kind == "redirect":
            origin = self.context.config.redirect_origin.rstrip("/")
            target = f"{origin}{request.url.path}" + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(target, status_code=307)
        return None

    def _fault_after_work(  # noqa: PLR0911 - one exit per fault kind
        self, fault: Fault | None, provider: ProviderSim, op: Operation, response: Response
    ) -> Response:
        if fault is None or response.status_code >= HTTPStatus.MULTIPLE_CHOICES:
            return response
        if fault.kind == "error_after":
            return self._error(provider, fault.http_status, "server_error", "Server error after the work (injected)")
        if fault.kind == "disconnect_after":
            return cut_short(response)
        if isinstance(response, MediaResponse):
            return response
        body = bytes(response.body)
        headers = {k: v for k, v in response.headers.items() if k != "content-length"}
        if fault.kind == "truncated_json":
            return Response(body[: half(len(body))], response.status_code, headers)
        if fault.kind == "malformed_json":
            return Response(b"<html>502 Bad Gateway</html>" + body[:8], response.status_code, headers)
        if fault.kind in {"unknown_enum", "extra_fields"} and headers.get("content-type", "").startswith(
            "application/json"
        ):
            value = json.loads(body)
            changed = _corrupt(value, fault.kind, provider, op, self._chaos)
            return Response(encode_json(changed), response.status_code, headers)
        return response


def _accepts_idempotency(op: Operation) -> bool:
    return any(p.location == "header" and p.name.lower() == _IDEMPOTENCY_HEADER for p in op.parameters)


def _file_ids(request: SimRequest) -> dict[str, list[str]]:
    return {name: [f.sha256 for f in files] for name, files in request.files.items()}


def _corrupt(value: Any, kind: str, provider: ProviderSim, op: Operation, chaos: random.Random) -> Any:
    """Add unknown fields everywhere, or swap one enum-valued field for a value the spec does not list."""
    if kind == "extra_fields":
        return _add_extra_fields(value)
    fields = provider.enum_fields(op)
    candidates = [path for path in fields if _get(value, path) is not None]
    if candidates:
        _set(value, chaos.choice(candidates), "sim_unknown_value")
    return value


def _add_extra_fields(value: Any) -> Any:
    if isinstance(value, dict):
        return {**{k: _add_extra_fields(v) for k, v in value.items()}, "sim_extra_field": {"added": True}}
    if isinstance(value, list):
        return [_add_extra_fields(v) for v in value]
    return value


def _get(value: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        if isinstance(part, int):
            if not isinstance(value, list) or len(value) <= part:
                return None
        elif not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _set(value: Any, path: tuple[str | int, ...], new: Any) -> None:
    for part in path[:-1]:
        value = value[part]
    value[path[-1]] = new

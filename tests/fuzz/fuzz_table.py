"""Every operation of both specs, reached through the overlay: how to call it and what its answer must be.

The table is derived, one entry per operationId (``test_fuzz_parsing.py`` checks that none is missing):
the method is the public method whose valid call (``valid_calls.BASELINE``) sends the operation;
``call`` makes that call on a client, sync or async (the twins share their signatures). Its return
annotation says the ``kind`` (a parsed body, a file, text, nothing) and ``result_type`` (of each item,
for a list or a page); the effective spec says the ``model`` of the whole success body (every body must
also round-trip through it) and, for lists and pages, the ``member`` of the body they hand back.
``view`` turns a result back into the JSON it stands for, which must equal the served body (or its
member). Only what cannot be derived is written here (``SHAPES``). Also here: the clients
on a ``MockServer``, and running a call through the sync or the async twin.
"""

from __future__ import annotations

import asyncio
import inspect
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import dubkit
import httpx2
from client_calls import method, resolve, return_annotation
from dubkit._pagination import AsyncPager, Page, SyncPager
from dubkit_dubformer import models as df
from dubkit_elevenlabs import models as el
from fuzz_support import (
    BASE_URLS,
    KEY,
    PROVIDERS,
    MockServer,
    ResponseCase,
    SpecOperation,
    differences,
    response_cases,
    spec,
    spec_operations,
)
from valid_calls import BASELINE, describe, method_of

Kind = Literal["json", "binary", "text", "none"]
Client = Any


def _to_dict(result: Any) -> Any:
    return result.to_dict()


def _each_to_dict(result: Any) -> Any:
    return [item.to_dict() for item in result]


@dataclass(frozen=True)
class Operation:
    """How to reach one operation through the overlay, and what its success answer must become."""

    provider: str
    operation_id: str
    kind: Kind
    call: Callable[[Client, Path], Any]
    """Call the overlay method (the ``Path`` is a scratch directory for downloads)."""
    model: type | None = None
    """The generated model of the whole 200/201 body (``json`` only)."""
    result_type: type | None = None
    """The type of what the overlay returns (or of each item, for lists and pages)."""
    many: bool = False
    """The overlay returns a list (or a page) of ``result_type``."""
    view: Callable[[Any], Any] = _to_dict
    """The JSON the overlay's result stands for."""
    member: str | None = None
    """The member of the served body that ``view`` must equal (``None``: the whole body)."""
    extra_checks: tuple[Callable[[Any, Any], None], ...] = field(default=())
    """More assertions on (result, body)."""
    method_path: str = ""
    """The public method called, e.g. ``dubbing.get``."""

    @property
    def id(self) -> str:
        """``provider.operation_id``."""
        return f"{self.provider}.{self.operation_id}"


def _page_checks(result: Page[Any], body: Any) -> None:
    cursor = body.get("next_cursor")
    assert result.next_cursor == (cursor if isinstance(cursor, str) else None)
    assert result.has_more is body["has_more"]


def _cursor_page_checks(result: Page[Any], body: Any) -> None:
    """Pages that say no ``has_more`` (the Dubbing Project API's): there is more exactly when a cursor is given."""
    cursor = body.get("next_cursor")
    assert result.next_cursor == (cursor if isinstance(cursor, str) else None)
    assert result.has_more is isinstance(cursor, str)


def _page_items(page: Any) -> Any:
    return [entry.to_dict() for entry in page.items]


# --- the table, derived ------------------------------------------------------------------------------

MODELS = {"elevenlabs": el, "dubformer": df}
SHAPES: dict[str, dict[str, Any]] = {
    "dubformer.validate_retranslation": {"view": lambda check: check.valid, "member": "valid"},
}
"""How a result stands for its body, for methods that return neither the body's model nor a list or page of
one of its arrays (``Operation`` fields by operation)."""


def _success_schema(provider: str, operation_id: str) -> str | None:
    """The component name of an operation's JSON success body (``None``: no JSON success)."""
    for case in response_cases(provider):
        if case.success and case.operation_id == operation_id and case.schema_name != "inline":
            return case.schema_name
    return None


def _kind(provider: str, path: str) -> Kind:
    """What a method's answer is, by its return annotation: a file, text, nothing, or a parsed body."""
    returns = return_annotation(provider, path)
    if returns == Path | None:
        return "binary"
    if returns is str:
        return "text"
    if returns is type(None):
        return "none"
    return "json"


def _array_of(provider: str, schema_name: str, item: type) -> str | None:
    """The property of a schema that is an array of ``item``'s schema (``None``: not exactly one)."""
    properties = spec(provider)["components"]["schemas"][schema_name].get("properties", {})
    found = [
        name
        for name, value in properties.items()
        if value.get("type") == "array" and value.get("items", {}).get("$ref", "").endswith(f"/{item.__name__}")
    ]
    return found[0] if len(found) == 1 else None


def _row(spec_op: SpecOperation) -> Operation | str:
    """The table entry of an operation, derived; or why it cannot be."""
    provider, name = spec_op.provider, spec_op.operation_id
    where = describe(provider, name)
    try:
        path = method_of(provider, name)
    except LookupError as missing:
        return f"no fuzz row: {missing}"

    def call(client: Client, scratch: Path) -> Any:
        return method(client, path)(**resolve(BASELINE[provider, path], scratch, out=f"{name}.bin"))

    kind = _kind(provider, path)
    if kind != "json":
        return Operation(provider, name, kind, call, view=str if kind == "text" else _to_dict, method_path=path)
    return _json_row(spec_op, where, path, call)


def _json_row(spec_op: SpecOperation, where: str, path: str, call: Callable[[Client, Path], Any]) -> Operation | str:
    """The entry of an operation whose method returns a parsed body (or a list or page of its items)."""
    provider, name, kind = spec_op.provider, spec_op.operation_id, "json"
    schema = _success_schema(provider, name)
    model = getattr(MODELS[provider], schema or "", None)
    if model is None:
        return f"{where}: {path} returns a parsed body, but the spec documents no JSON success model for it"
    returns = return_annotation(provider, path)
    shape = SHAPES.get(f"{provider}.{name}", {})
    if get_origin(returns) in (list, SyncPager):
        (item,) = get_args(returns)
        member = _array_of(provider, model.__name__, item)
        if member is None:
            return f"{where}: {path} returns {returns}, and {model.__name__} has no one array of {item.__name__}"
        paged = get_origin(returns) is SyncPager
        properties = spec(provider)["components"]["schemas"][model.__name__].get("properties", {})
        checks: tuple[Callable[[Any, Any], None], ...] = ()
        if paged and "next_cursor" in properties:  # the page's cursor and has_more say what the body says
            checks = (_page_checks,) if "has_more" in properties else (_cursor_page_checks,)
        return Operation(
            provider, name, kind, call, model=model, result_type=item, many=True, member=member,
            view=_page_items if paged else _each_to_dict, extra_checks=checks, method_path=path,
        )  # fmt: skip
    if returns is not model and not shape:
        return (
            f"{where}: {path} returns {getattr(returns, '__name__', returns)}, not the body's model "
            f"{model.__name__}: say how it stands for the body in tests/fuzz/fuzz_table.py SHAPES"
        )
    return Operation(provider, name, kind, call, model=model, result_type=returns, method_path=path, **shape)


def _table() -> tuple[tuple[Operation, ...], tuple[str, ...]]:
    rows, problems = [], []
    for provider in PROVIDERS:
        for spec_op in spec_operations(provider):
            row = _row(spec_op)
            if isinstance(row, str):
                problems.append(row)
            else:
                rows.append(row)
    return tuple(rows), tuple(problems)


OPERATIONS, PROBLEMS = _table()
"""Every operation of both specs that a method reaches; ``PROBLEMS``: why the others have no entry."""

BY_ID = {operation.id: operation for operation in OPERATIONS}


def operation(provider: str, operation_id: str) -> Operation:
    """Return the table entry of an operation."""
    return BY_ID[f"{provider}.{operation_id}"]


# --- clients and calls -----------------------------------------------------------------------------


RETRIES = 2
"""The clients' ``max_retries`` (dubkit's default); the error tests use 0, so a 429 or 5xx never sleeps."""


def sync_client(provider: str, server: MockServer, max_retries: int = RETRIES) -> Any:
    """Return a sync client of ``provider`` whose every request ``server`` answers."""
    http = httpx2.Client(transport=httpx2.MockTransport(server))
    cls = dubkit.ElevenLabs if provider == "elevenlabs" else dubkit.Dubformer
    return cls(KEY, base_url=BASE_URLS[provider], max_retries=max_retries, http_client=http)


def async_client(provider: str, server: MockServer, max_retries: int = RETRIES) -> Any:
    """Return an async client of ``provider`` whose every request ``server`` answers."""
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(server))
    cls = dubkit.AsyncElevenLabs if provider == "elevenlabs" else dubkit.AsyncDubformer
    return cls(KEY, base_url=BASE_URLS[provider], max_retries=max_retries, http_client=http)


def run_sync(entry: Operation, client: Any, scratch: Path) -> Any:
    """Call an operation through a sync client; a pager yields its first page (the next would loop)."""
    result = entry.call(client, scratch)
    if isinstance(result, SyncPager):
        return next(iter(result.iter_pages()))
    return result


async def run_async(entry: Operation, client: Any, scratch: Path) -> Any:
    """Call an operation through an async client; a pager yields its first page."""
    result = entry.call(client, scratch)
    if inspect.isawaitable(result):
        result = await result
    if isinstance(result, AsyncPager):
        pages = result.iter_pages()
        try:
            return await anext(pages)
        finally:
            await pages.aclose()
    return result


# --- the async twins -------------------------------------------------------------------------------

ASYNC_SUBSET = {
    "elevenlabs": (
        "get_dubbing", "list_dubs", "create_dubbing", "get_dubbing_resource", "create_segment",
        "find_similar_voices", "create_podcast", "get_project", "list_chapters", "get_chapter_snapshot",
        "update_pronunciation_dictionaries", "get_dubbed_transcript", "get_dubbing_project", "list_dubbing_languages",
        "update_target_segments", "get_dubbing_transcripts", "delete_dubbing_project",
    ),
    "dubformer": ("get_project", "list_projects", "create_project", "validate_retranslation", "get_balance"),
}  # fmt: skip
"""Operations also run through ``AsyncElevenLabs``/``AsyncDubformer`` (at least one from each overlay module)."""


def in_async_subset(case: ResponseCase) -> bool:
    """Whether a response's operation is also run through the async twin."""
    return case.operation_id in ASYNC_SUBSET[case.provider]


def outcome_sync(entry: Operation, client: Any) -> Any:
    """Call an operation through a sync client; return its result or the dubkit error it raised."""
    with tempfile.TemporaryDirectory() as scratch:
        try:
            return run_sync(entry, client, Path(scratch))
        except dubkit.DubkitError as error:
            return error


def outcome_async(entry: Operation, server: MockServer, max_retries: int = RETRIES) -> Any:
    """Call an operation through a fresh async client of ``server``; return its result or the dubkit error."""

    async def call() -> Any:
        async with async_client(entry.provider, server, max_retries) as client:
            with tempfile.TemporaryDirectory() as scratch:
                try:
                    return await run_async(entry, client, Path(scratch))
                except dubkit.DubkitError as error:
                    return error

    return asyncio.run(call())


def assert_twins_agree(entry: Operation, sync: Any, async_: Any) -> None:
    """Assert the sync and async outcomes are of the same type and say the same thing."""
    assert type(sync) is type(async_), (sync, async_)
    if isinstance(sync, Exception):
        assert str(sync) == str(async_)
        if isinstance(sync, dubkit.ResponseValidationError | dubkit.APIStatusError):
            assert (sync.raw_body, sync.status_code) == (async_.raw_body, async_.status_code)
        if isinstance(sync, dubkit.APIStatusError):
            assert not list(differences(sync.body, async_.body))
    else:
        found = list(differences(entry.view(sync), entry.view(async_)))
        assert not found, found

"""Every operation of both effective specs is generated, readably named, with its documented responses."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import dubkit_dubformer
import dubkit_elevenlabs
import httpx2
import pytest
from dubkit_dubformer.api.account import get_balance
from dubkit_dubformer.errors import UnexpectedStatus
from dubkit_elevenlabs.api.dubbing import get_dubbed_transcript, get_dubbing
from spec_helpers import effective_spec, missing_rows, operations

PROVIDERS = {"elevenlabs": "dubkit_elevenlabs", "dubformer": "dubkit_dubformer"}
READABLE = re.compile(r"^[a-z]+(_[a-z]+){1,4}$")
NOISE = re.compile(r"(^|_)(v1|get|post|patch|delete|put)$|_v1_|__")


def _cases() -> list[tuple[str, str, str, dict[str, Any]]]:
    return [
        (provider, method, path, op)
        for provider in PROVIDERS
        for path, method, op in operations(effective_spec(provider))
    ]


CASES = _cases()


def _module(provider: str, op: dict[str, Any]) -> ModuleType:
    (tag,) = op["tags"]
    return importlib.import_module(f"{PROVIDERS[provider]}.api.{tag}.{op['operationId']}")


def test_every_operation_has_its_module_and_no_module_is_stale() -> None:
    """The generated api/ modules are exactly the specs' operations (none omitted, none left over)."""
    for provider, package in PROVIDERS.items():
        api = Path(importlib.import_module(package).__file__ or "").parent / "api"
        modules = {f"{provider}.{path.stem}" for path in api.glob("*/*.py") if path.stem != "__init__"}
        wanted = {f"{provider}.{c[3]['operationId']}" for c in CASES if c[0] == provider}
        problem = missing_rows(f"generated/{package}/api/ (run make generate)", modules, wanted)
        assert not problem, problem
    assert len({(c[0], c[3]["operationId"]) for c in CASES}) == len(CASES), "an operationId is used twice"


def test_issue_examples_of_readable_names() -> None:
    """The names users look for exist where they expect them."""
    for dotted in (
        "dubkit_elevenlabs.api.dubbing.get_dubbing",
        "dubkit_elevenlabs.api.dubbing.list_dubs",
        "dubkit_elevenlabs.api.dubbing_resource.get_dubbing_resource",
        "dubkit_elevenlabs.api.studio.get_project_snapshot",
        "dubkit_dubformer.api.projects.create_project",
    ):
        assert callable(importlib.import_module(dotted).sync_detailed)


@pytest.mark.parametrize(
    ("provider", "method", "path", "op"), CASES, ids=[f"{c[0]}:{c[3]['operationId']}" for c in CASES]
)
def test_operation_is_generated_with_its_responses(provider: str, method: str, path: str, op: dict[str, Any]) -> None:
    """A module per operation: four call styles, the right URL (request_kwargs), a branch per documented status."""
    name = op["operationId"]
    assert READABLE.match(name), name
    assert not NOISE.search(name), name
    module = _module(provider, op)
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, function)), f"{name}.{function}"

    params = inspect.signature(module.request_kwargs).parameters
    path_args = {arg: f"id-{arg}" for arg in re.findall(r"{(\w+)}", path)}
    kwargs = module.request_kwargs(
        **path_args,
        **{p: _dummy(params[p]) for p in params if p not in path_args and params[p].default is inspect.Parameter.empty},
    )
    assert kwargs["method"].lower() == method
    assert kwargs["url"] == path.format(**path_args)
    assert "xi_api_key" not in params, "the key travels through auth, not per call"

    source = inspect.getsource(module._parse_response)
    for status in op["responses"]:
        assert f"response.status_code == {int(status)}" in source, f"{name}: {status} is not handled"


class _StubBody:
    """Stands in for a request-body model: only its serialisers are called here."""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []


def _dummy(parameter: inspect.Parameter) -> Any:
    return _StubBody() if parameter.name == "body" else "x"


def _client(provider: str, handler: Any) -> Any:
    package = importlib.import_module(PROVIDERS[provider])
    return package.AuthenticatedClient(
        base_url="https://api.test",
        token="k",
        raise_on_unexpected_status=True,
        httpx_args={"transport": httpx2.MockTransport(handler)},
    )


BINARY = [
    c
    for c in CASES
    if any(
        mt != "application/octet-stream" and "json" not in mt and "text" not in mt
        for mt in c[3]["responses"].get("200", {}).get("content", {})
    )
]


@pytest.mark.parametrize(("provider", "method", "path", "op"), BINARY, ids=[c[3]["operationId"] for c in BINARY])
def test_binary_responses_are_returned_as_files(provider: str, method: str, path: str, op: dict[str, Any]) -> None:
    """Audio, video and zip responses come back as File objects with the exact bytes."""
    payload = bytes(range(256)) * 4
    module = _module(provider, op)
    client = _client(provider, lambda request: httpx2.Response(200, content=payload))
    path_args = dict.fromkeys(re.findall(r"{(\w+)}", path), "id")
    params = inspect.signature(module.sync_detailed).parameters
    body = {"body": _StubBody()} if "body" in params else {}
    response = module.sync_detailed(**path_args, **body, client=client)
    assert response.parsed.payload.read() == payload


def test_every_binary_operation_is_covered() -> None:
    """The binary parametrisation is not vacuous: the four media downloads are in it."""
    assert sorted(c[3]["operationId"] for c in BINARY) == [
        "get_dubbed_file",
        "stream_chapter_snapshot_audio",
        "stream_project_snapshot_archive",
        "stream_project_snapshot_audio",
    ]


def test_json_string_transcript_is_returned_as_text() -> None:
    """Since 2026 the spec gives the transcript's JSON form first: a JSON string parses to str.

    A text/plain answer is read by dubkit's wrapper (``_dubbing_inputs.transcript_answer``).
    """
    srt = "1\n00:00:01,000 --> 00:00:04,000\nHello\n"
    client = _client("elevenlabs", lambda request: httpx2.Response(200, json=srt))
    assert get_dubbed_transcript.sync("d", "fr", client=client) == srt


def test_undocumented_status_is_not_silently_parsed() -> None:
    """A status the spec does not document raises UnexpectedStatus when asked to."""
    client = _client("dubformer", lambda request: httpx2.Response(418, json={}))
    with pytest.raises(UnexpectedStatus):
        get_balance.sync_detailed(client=client)


def test_auth_headers_are_sent_as_each_provider_expects() -> None:
    """ElevenLabs gets xi-api-key with no prefix; Dubformer gets Authorization: Bearer."""
    seen: list[httpx2.Headers] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.headers)
        # A body both providers' 404 parsers accept; only the request headers matter here.
        return httpx2.Response(404, json={"detail": {"status": "x", "message": "x"}, "error": "x", "message": "x"})

    eleven = dubkit_elevenlabs.AuthenticatedClient(
        base_url="https://api.test",
        token="el-key",
        prefix="",
        auth_header_name="xi-api-key",
        httpx_args={"transport": httpx2.MockTransport(handler)},
    )
    get_dubbing.sync_detailed("d", client=eleven)
    dub = dubkit_dubformer.AuthenticatedClient(
        base_url="https://api.test", token="df-key", httpx_args={"transport": httpx2.MockTransport(handler)}
    )
    get_balance.sync_detailed(client=dub)
    assert seen[0]["xi-api-key"] == "el-key"
    assert "authorization" not in seen[0]
    assert seen[1]["authorization"] == "Bearer df-key"

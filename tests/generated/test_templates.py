"""What our openapi-python-client templates (specs/generator/templates/) change in the generated clients."""

from __future__ import annotations

import gc
import importlib
import inspect
import io
import json
import pickle
import re
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import Any

import dubkit_dubformer.models
import dubkit_elevenlabs.models
import httpx2
import pytest
import python_multipart
from dubkit_dubformer.api.projects import get_project
from dubkit_dubformer.models import Project, ProjectStatus
from dubkit_elevenlabs import AuthenticatedClient
from dubkit_elevenlabs.api.dubbing import create_dubbing
from dubkit_elevenlabs.api.dubbing_resource import create_segment, get_dubbing_resource
from dubkit_elevenlabs.models import CreateDubbingBody, DubbingResource, Render, RenderStatus, RenderType
from dubkit_elevenlabs.types import File
from spec_helpers import effective_spec, operations

PROVIDERS = {"elevenlabs": "dubkit_elevenlabs", "dubformer": "dubkit_dubformer"}
PARSE_ERRORS = (KeyError, TypeError, ValueError)


def _client(handler: Any, package: str = "dubkit_elevenlabs") -> Any:
    return importlib.import_module(package).AuthenticatedClient(
        base_url="https://api.test", token="k", httpx_args={"transport": httpx2.MockTransport(handler)}
    )


def _module(provider: str, op: dict[str, Any]) -> ModuleType:
    (tag,) = op["tags"]
    return importlib.import_module(f"{PROVIDERS[provider]}.api.{tag}.{op['operationId']}")


def _model(provider: str, schema_name: str) -> Any:
    models = importlib.import_module(f"{PROVIDERS[provider]}.models")
    by_key = {name.lower(): getattr(models, name) for name in models.__all__}
    return by_key[re.sub(r"[^a-z0-9]", "", schema_name.lower())]


def _response_examples() -> list[tuple[str, str, dict[str, Any], int, str, Any]]:
    """(provider, path, operation, status, schema name, example) for every JSON response example of both specs.

    Media-type examples belong to their response; an example on a schema counts for every response that uses
    the schema.
    """
    found = []
    for provider in PROVIDERS:
        spec = effective_spec(provider)
        schemas, shared = spec["components"]["schemas"], spec["components"].get("responses", {})
        for path, _, op in operations(spec):
            for status, declared in op["responses"].items():
                body = shared[declared["$ref"].rsplit("/", 1)[-1]] if "$ref" in declared else declared
                media = body.get("content", {}).get("application/json", {})
                ref = media.get("schema", {}).get("$ref")
                if not ref:
                    continue
                name = ref.rsplit("/", 1)[-1]
                values = [e["value"] for e in (media.get("examples") or {}).values()]
                values += [media["example"]] if "example" in media else []
                values += [schemas[name]["example"]] if isinstance(schemas[name].get("example"), dict) else []
                found += [(provider, path, op, int(status), name, value) for value in values]
    return found


RESPONSE_EXAMPLES = _response_examples()


class _StubBody:
    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []


def _call(module: ModuleType, path: str, client: Any) -> Any:
    """Call an operation's sync_detailed with placeholder arguments (only the response matters)."""
    params = inspect.signature(module.sync_detailed).parameters
    path_args = dict.fromkeys(re.findall(r"{(\w+)}", path), "id")
    others = {
        name: _StubBody() if name == "body" else "x"
        for name, param in params.items()
        if name not in path_args and name != "client" and param.default is inspect.Parameter.empty
    }
    return module.sync_detailed(**path_args, **others, client=client)


def _answer(status: int, body: bytes) -> Any:
    return lambda request: httpx2.Response(status, content=body, headers={"content-type": "application/json"})


# --- JSON responses: orjson, with the json module behind it --------------------------------------------------


def test_response_examples_are_found() -> None:
    """The parametrisation is not vacuous: both specs contribute response examples."""
    assert {case[0] for case in RESPONSE_EXAMPLES} == set(PROVIDERS)
    assert len(RESPONSE_EXAMPLES) >= 50


@pytest.mark.parametrize(
    "case", RESPONSE_EXAMPLES, ids=[f"{c[0]}:{c[2]['operationId']}:{c[3]}:{c[4]}" for c in RESPONSE_EXAMPLES]
)
def test_response_examples_parse_as_with_the_json_module(case: tuple[str, str, dict[str, Any], int, str, Any]) -> None:
    """The generated call (orjson) gives the model stock code gave (from_dict of json.loads), and it round-trips."""
    provider, path, op, status, schema_name, example = case
    body = json.dumps(example).encode()
    response = _call(_module(provider, op), path, _client(_answer(status, body), PROVIDERS[provider]))
    model = _model(provider, schema_name)
    assert type(response.parsed) is model
    assert response.parsed == model.from_dict(json.loads(body))
    assert set(response.parsed.to_dict()) == set(example)


@pytest.mark.parametrize(
    "body",
    [
        b'\xef\xbb\xbf{"version": 1, "new_segment": "s1"}',
        '{"version": 1, "new_segment": "s1"}'.encode("utf-16"),
        b'{"version": 1, "new_segment": "s1", "score": NaN}',
    ],
    ids=["utf-8 BOM", "utf-16", "NaN"],
)
def test_a_body_orjson_refuses_is_read_by_the_json_module(body: bytes) -> None:
    """What response.json() accepted (a BOM, UTF-16, NaN) is still accepted."""
    parsed = create_segment.sync_detailed("d", "s", body=_StubBody(), client=_client(_answer(201, body))).parsed  # type: ignore[arg-type]
    assert (parsed.version, parsed.new_segment) == (1, "s1")


def test_a_broken_body_raises_json_decode_error() -> None:
    """A body that is not JSON raises json.JSONDecodeError, which the overlay recognises as garbled."""
    with pytest.raises(json.JSONDecodeError):
        get_dubbing_resource.sync_detailed("d", client=_client(_answer(200, b'{"id": "d", "vers')))


def _resource(segments: int) -> dict[str, Any]:
    media = {
        "src": "a.mp3",
        "content_type": "audio/mpeg",
        "bucket_name": "b",
        "random_path_slug": "r",
        "duration_secs": 2.5,
        "is_audio": True,
        "url": "https://media.test/a.mp3",
    }
    frame = {"start_time": 1.0, "end_time": 3.5, "lines": ["Hello there."]}
    dub = {"start_time": 1.0, "end_time": 3.5, "text": "Hola.", "subtitles": [frame], "audio_stale": False}
    return {
        "id": "d",
        "version": 3,
        "source_language": "en",
        "target_languages": ["es", "fr"],
        "input": media,
        "background": None,
        "foreground": media,
        "speaker_tracks": {},
        "speaker_segments": {
            f"seg{n}": {
                "id": f"seg{n}",
                "start_time": 1.0,
                "end_time": 3.5,
                "text": "Hello there.",
                "subtitles": [frame],
                "dubs": {"es": {**dub, "media_ref": media}, "fr": {**dub, "text": None, "media_ref": None}},
            }
            for n in range(segments)
        },
        "renders": {
            "r1": {"id": "r1", "version": 2, "language": "es", "type": "mp4", "media_ref": None, "status": "complete"}
        },
    }


@pytest.mark.parametrize("collector_on", [True, False])
def test_a_big_body_is_parsed_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch, collector_on: bool) -> None:
    """A body of 256 KiB or more parses with gc paused, gives the same model, and leaves gc as it found it."""
    body = json.dumps(_resource(400)).encode()
    assert len(body) > 256 * 1024
    seen: list[bool] = []
    original = DubbingResource.from_dict.__func__  # type: ignore[attr-defined]

    def spying(cls: type[DubbingResource], src_dict: Any) -> DubbingResource:
        seen.append(gc.isenabled())
        return original(cls, src_dict)  # type: ignore[no-any-return]

    monkeypatch.setattr(DubbingResource, "from_dict", classmethod(spying))
    was_on = gc.isenabled()
    if not collector_on:
        gc.disable()
    try:
        parsed = get_dubbing_resource.sync_detailed("d", client=_client(_answer(200, body))).parsed
        assert gc.isenabled() is collector_on
    finally:
        if was_on:
            gc.enable()
    assert seen == [False]
    assert parsed == original(DubbingResource, json.loads(body))
    assert len(parsed.speaker_segments.additional_properties) == 400


def test_a_small_body_is_parsed_with_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Below 256 KiB the collector is left alone."""
    seen: list[bool] = []
    original = DubbingResource.from_dict.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(
        DubbingResource, "from_dict", classmethod(lambda cls, d: seen.append(gc.isenabled()) or original(cls, d))
    )
    get_dubbing_resource.sync_detailed("d", client=_client(_answer(200, json.dumps(_resource(2)).encode())))
    assert seen == [True]


# --- from_dict: required keys, unknown keys, round trips -----------------------------------------------------


def _examples_with_required() -> list[tuple[str, str, Any, str]]:
    cases = {}
    for provider, _, _, _, name, example in RESPONSE_EXAMPLES:
        schema = effective_spec(provider)["components"]["schemas"][name]
        for key in schema.get("required", []):
            cases[(provider, name, key)] = (provider, name, example, key)
    return list(cases.values())


REQUIRED = _examples_with_required()


@pytest.mark.parametrize(
    ("provider", "schema_name", "example", "key"), REQUIRED, ids=[f"{c[0]}:{c[1]}.{c[3]}" for c in REQUIRED]
)
def test_a_missing_required_key_raises(provider: str, schema_name: str, example: Any, key: str) -> None:
    """from_dict of a body without a required key raises KeyError/TypeError/ValueError (never a half model)."""
    incomplete = {k: v for k, v in example.items() if k != key}
    with pytest.raises(PARSE_ERRORS):
        _model(provider, schema_name).from_dict(incomplete)


def test_a_missing_required_key_raises_through_the_generated_call() -> None:
    """The generated call raises too (the overlay turns this into ResponseValidationError)."""
    body = _resource(1)
    del body["speaker_segments"]["seg0"]["dubs"]["es"]["audio_stale"]
    with pytest.raises(KeyError, match="audio_stale"):
        get_dubbing_resource.sync_detailed("d", client=_client(_answer(200, json.dumps(body).encode())))


def test_non_object_bodies_raise() -> None:
    """A list or a string where an object belongs raises one of the parse errors."""
    for wrong in ([1, 2], "text", None, 3):
        with pytest.raises(PARSE_ERRORS):
            DubbingResource.from_dict(wrong)  # type: ignore[arg-type]


def test_unknown_keys_go_to_additional_properties_at_every_level() -> None:
    """Keys the spec does not name are kept, nested ones too, and to_dict gives them back."""
    source = _resource(1)
    source["new_top"] = {"a": 1}
    source["speaker_segments"]["seg0"]["dubs"]["es"]["new_nested"] = [1, 2]
    source["input"]["new_media"] = "x"
    resource = DubbingResource.from_dict(source)
    assert resource.additional_properties == {"new_top": {"a": 1}}
    assert resource.speaker_segments["seg0"].dubs["es"].additional_properties == {"new_nested": [1, 2]}
    assert resource.input_.additional_properties == {"new_media": "x"}
    assert resource.to_dict() == source


def test_without_unknown_keys_each_model_has_its_own_empty_extras() -> None:
    """No unknown keys: additional_properties is empty, and not shared between instances."""
    resource = DubbingResource.from_dict(_resource(2))
    first, second = (resource.speaker_segments[f"seg{n}"] for n in range(2))
    assert first.additional_properties == second.additional_properties == {}
    first["mine"] = 1
    assert second.additional_properties == {}


def test_from_dict_does_not_change_its_input() -> None:
    """from_dict reads its mapping without popping from it."""
    source = _resource(2)
    source["extra"] = 1
    snapshot = json.loads(json.dumps(source))
    DubbingResource.from_dict(source)
    assert source == snapshot


def test_from_dict_accepts_any_mapping() -> None:
    """A read-only Mapping works as well as a dict."""
    render = Render.from_dict(MappingProxyType({**_resource(0)["renders"]["r1"], "extra": True}))
    assert (render.id, render.additional_properties) == ("r1", {"extra": True})


# --- tolerant response enums ----------------------------------------------------------------------------------


def _str_enums() -> list[type[StrEnum]]:
    found = []
    for package in (dubkit_elevenlabs.models, dubkit_dubformer.models):
        for name in package.__all__:
            value = getattr(package, name)
            if isinstance(value, type) and issubclass(value, StrEnum):
                found.append(value)
    return found


STR_ENUMS = _str_enums()


def test_str_enums_are_found() -> None:
    """Both packages have string enums; neither has integer or literal enums the policy would miss."""
    assert len(STR_ENUMS) > 20
    assert {RenderStatus, ProjectStatus} <= set(STR_ENUMS)
    for package in ("dubkit_elevenlabs", "dubkit_dubformer"):
        generated = importlib.import_module(package).__file__
        assert generated is not None
        for module in Path(generated).parent.rglob("*.py"):
            text = module.read_text()
            assert "IntEnum" not in text, module
            assert "_VALUES: set[" not in text, module  # literal_enums output


@pytest.mark.parametrize("enum", STR_ENUMS, ids=[e.__name__ for e in STR_ENUMS])
def test_unknown_values_become_pseudo_members(enum: type[StrEnum]) -> None:
    """_parse keeps an unknown value; calling the enum stays strict; known values give the real member."""
    member = enum._parse("zz-added-later")  # type: ignore[attr-defined]
    assert isinstance(member, enum)
    assert (str(member), member.value, f"{member}") == ("zz-added-later",) * 3
    assert member == "zz-added-later"
    assert member not in list(enum)
    assert member.name is None
    assert pickle.loads(pickle.dumps(member)) == member  # noqa: S301 - bytes pickled just above
    with pytest.raises(ValueError, match="zz-added-later"):
        enum("zz-added-later")
    known = next(iter(enum))
    assert enum._parse(known.value) is known  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(known)) is known  # noqa: S301 - bytes pickled just above
    with pytest.raises(ValueError, match="7 is not a valid"):
        enum._parse(7)  # type: ignore[attr-defined]


def test_an_unknown_enum_value_in_a_response_parses_and_round_trips() -> None:
    """A render status and type the spec does not list arrive as pseudo-members and go back out unchanged."""
    source = _resource(1)
    source["renders"]["r1"].update(status="queued_for_gpu", type="webm")
    resource = get_dubbing_resource.sync_detailed("d", client=_client(_answer(200, json.dumps(source).encode()))).parsed
    render = resource.renders["r1"]
    assert isinstance(render.status, RenderStatus)
    assert isinstance(render.type_, RenderType)
    assert (render.status, render.type_) == ("queued_for_gpu", "webm")
    assert render.status not in list(RenderStatus)
    assert resource.to_dict() == source


def test_a_spec_that_allows_any_string_gets_a_plain_string() -> None:
    """Dubformer declares status as ProjectStatus | str: an unknown status is that str, a known one the member."""
    example = next(c[5] for c in RESPONSE_EXAMPLES if c[0] == "dubformer" and c[4] == "Project")
    for status, expected_type in (("queued", str), ("ready", ProjectStatus)):
        body = json.dumps({**example, "status": status}).encode()
        client = _client(_answer(200, body), "dubkit_dubformer")
        project = get_project.sync_detailed("p1", client=client).parsed
        assert isinstance(project, Project)
        assert type(project.status) is expected_type
        assert project.to_dict()["status"] == status


# --- multipart bodies ----------------------------------------------------------------------------------------


def _form(content_type: str, body: bytes) -> tuple[dict[str, bytes], dict[str, tuple[bytes, bytes]]]:
    fields: dict[str, bytes] = {}
    files: dict[str, tuple[bytes, bytes]] = {}
    python_multipart.parse_form(
        {"Content-Type": content_type},
        io.BytesIO(body),
        lambda field: fields.__setitem__(field.field_name.decode(), field.value),
        lambda file: files.__setitem__(file.field_name.decode(), (file.file_name, file.file_object.getvalue())),
    )
    return fields, files


def test_multipart_uploads_use_a_random_boundary_and_arrive_intact() -> None:
    """A file containing the old constant boundary ("\\r\\n--+++") reaches the server byte for byte."""
    requests: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        request.read()
        requests.append(request)
        return httpx2.Response(200, json={"dubbing_id": "d1", "expected_duration_sec": 12.5})

    payload = b"RIFF" + b'\r\n--+++\r\nContent-Disposition: form-data; name="target_lang"\r\n\r\nxx\r\n--+++--\r\n' * 3
    client = AuthenticatedClient(
        base_url="https://api.test",
        token="k",
        prefix="",
        auth_header_name="xi-api-key",
        httpx_args={"transport": httpx2.MockTransport(handler)},
    )
    for _ in range(2):
        upload = File(payload=io.BytesIO(payload), file_name="voice.wav", mime_type="audio/wav")
        body = CreateDubbingBody(file=upload, target_lang="es", name="Talk")
        response = create_dubbing.sync_detailed(client=client, body=body)
        assert response.parsed.dubbing_id == "d1"

    boundaries = []
    for request in requests:
        content_type = request.headers["content-type"]
        boundary = content_type.partition("boundary=")[2]
        assert content_type.startswith("multipart/form-data; boundary=")
        assert boundary not in {"", "+++"}
        assert f"--{boundary}".encode() not in payload
        fields, files = _form(content_type, request.content)
        assert files == {"file": (b"voice.wav", payload)}
        assert (fields["target_lang"], fields["name"]) == (b"es", b"Talk")
        boundaries.append(boundary)
    assert boundaries[0] != boundaries[1]


# --- from_dict: JSON types (json_types.jinja) -----------------------------------------------------------------

_WRONG = {"string": 12345, "integer": "12", "number": "soon", "boolean": "yes"}
"""A value of another JSON type for each primitive type."""


def _typed_fields() -> list[tuple[str, str, Any, str, str]]:
    """(provider, schema, example, key, type) for every primitive field of a response example, nullable or not."""
    cases = {}
    for provider, _, _, _, name, example in RESPONSE_EXAMPLES:
        properties = effective_spec(provider)["components"]["schemas"][name].get("properties", {})
        for key, schema in properties.items():
            variants = [schema, *schema.get("anyOf", [])]
            kinds = {v.get("type") for v in variants} - {None, "null"}
            if len(kinds) == 1 and (kind := kinds.pop()) in _WRONG and "enum" not in schema and key in example:
                cases[(provider, name, key)] = (provider, name, example, key, kind)
    return list(cases.values())


TYPED = _typed_fields()


def test_typed_fields_are_found() -> None:
    """The table covers strings, integers, numbers and booleans of both providers."""
    assert {case[4] for case in TYPED} == set(_WRONG)
    assert {case[0] for case in TYPED} == set(PROVIDERS)


@pytest.mark.parametrize(
    ("provider", "schema_name", "example", "key", "kind"), TYPED, ids=[f"{c[0]}:{c[1]}.{c[3]}" for c in TYPED]
)
def test_a_field_of_the_wrong_json_type_raises_type_error(
    provider: str, schema_name: str, example: Any, key: str, kind: str
) -> None:
    """A number for a string, a string for a number, ... raises TypeError naming the field (stock kept it).

    Date-times were refused before too, by the parser (whose message does not name the field).
    """
    with pytest.raises(TypeError, match=f"{re.escape(key)}|fromisoformat: argument must be str"):
        _model(provider, schema_name).from_dict({**example, key: _WRONG[kind]})


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf"), True, None, "1", [1]])
def test_numbers_must_be_finite_json_numbers(value: Any) -> None:
    """NaN and Infinity (which the json module reads), booleans, null, strings and arrays are not numbers."""
    body = {"project_id": "p1", "cost_minutes": value, "balance_minutes": 1, "translations_count": 0,
            "estimated_completion_date": None}  # fmt: skip
    with pytest.raises(TypeError, match="cost_minutes"):
        dubkit_dubformer.models.ProjectSubmitted.from_dict(body)


def test_arrays_and_their_items_are_checked() -> None:
    """An object where an array belongs, or an item of the wrong type, raises TypeError (stock iterated it)."""
    body = _resource(1)
    frame = body["speaker_segments"]["seg0"]["subtitles"][0]
    for lines in ({"a": "b"}, "text", [1], ["ok", None]):
        frame["lines"] = lines
        with pytest.raises(TypeError, match="lines"):
            DubbingResource.from_dict(body)
    body["speaker_segments"]["seg0"]["subtitles"] = {}
    with pytest.raises(TypeError, match="subtitles"):
        DubbingResource.from_dict(body)


def test_nullable_fields_take_null_and_their_type_only() -> None:
    """``None | str`` accepts null and a string, and refuses a number."""
    body = _resource(1)
    dub = body["speaker_segments"]["seg0"]["dubs"]["es"]
    dub["text"] = None
    assert DubbingResource.from_dict(body).speaker_segments["seg0"].dubs["es"].text is None
    dub["text"] = 5
    with pytest.raises(TypeError, match="text: expected a string or null, got int"):
        DubbingResource.from_dict(body)


def test_well_typed_bodies_still_parse_and_round_trip() -> None:
    """Every response example still parses, and to_dict gives it back (the checks change nothing valid)."""
    for provider, _, _, _, name, example in RESPONSE_EXAMPLES:
        model = _model(provider, name).from_dict(example)
        assert _model(provider, name).from_dict(model.to_dict()) == model

"""scripts/conformance.py: a read-only schemathesis run of a real API against our spec, tried on the simulator.

The simulator is served on loopback with some state (a Dubbing Studio dub, a converted Studio project
and chapter, a ready Dubformer project), so every GET has real ids to use. Against it the script
reports no disagreement; against a simulator that breaks its own spec (the ``unknown_enum`` fault) and a
tiny app answering the wrong status and content type, it reports each disagreement.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import conformance
import pytest
from dubkit import Dubformer, ElevenLabs
from dubkit.sim import Simulator
from dubkit.sim._server import SimServer
from spec_helpers import effective_spec, operations
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

KEY = "sk_CONFORMANCE_" + "y" * 24
CONTENT = [
    {"name": "A", "blocks": [{"sub_type": "p", "nodes": [{"type": "tts_node", "voice_id": "v1", "text": "Hi"}]}]}
]
MEDIA = "https://media.example.com/talk.mp4"
WRITES = {"POST", "PUT", "PATCH", "DELETE"}


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Simulator, str]]:
    """A served simulator holding one of everything the GET operations address."""
    sim = Simulator(manual_clock=True, media_size=4096)
    with sim.serve() as server:
        with ElevenLabs(api_key=KEY, base_url=server.url) as client:
            client.dubbing.create(source_url=MEDIA, target_lang="es", source_lang="en", dubbing_studio=True)
            client.dubbing.project.create(source_url=MEDIA, source_language="en", target_language="es")
            project_id = client.studio.projects.create(name="Book", from_content_json=CONTENT).project.project_id
            client.studio.projects.convert(project_id)
            sim.advance(10_000)
            chapter_id = client.studio.projects.chapters.list(project_id)[0].chapter_id
            client.studio.projects.chapters.convert(project_id, chapter_id)
        with Dubformer(api_key=KEY, base_url=server.url) as client:
            client.projects.create(source_lang="en", target_lang="fr-FR", source_video_url=MEDIA)
        sim.advance(10_000)
        yield sim, server.url
    assert not sim.violations()


@pytest.fixture
def sim(served: tuple[Simulator, str]) -> Iterator[Simulator]:
    """The shared simulator, its request log and faults cleared for the test (and its config restored)."""
    simulator, _ = served
    simulator.engine.log.clear()
    simulator.engine.faults.clear()
    original = simulator.config.redirect_origin
    yield simulator
    simulator.configure(fault_rate=0.0, fault_kinds=None, redirect_origin=original)
    simulator.engine.faults.clear()


@pytest.fixture
def url(served: tuple[Simulator, str]) -> str:
    return served[1]


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFORMANCE_TEST_KEY", KEY)


def run(provider: str, url: str, *args: str) -> int:
    argv = ["--provider", provider, "--base-url", url, "--key-env", "CONFORMANCE_TEST_KEY", "--delay", "0"]
    return conformance.main([*argv, "--examples", "2", *args])


@pytest.mark.parametrize("provider", ["elevenlabs", "dubformer"])
def test_the_simulator_agrees_with_the_spec_and_nothing_is_written(
    provider: str, sim: Simulator, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every GET (and Dubformer's validation) runs with real ids, answers match the spec, and nothing is changed."""
    report_path = tmp_path / "report.json"
    assert run(provider, url, "--json", str(report_path)) == conformance.EXIT_AGREES
    report = json.loads(report_path.read_text())
    out = capsys.readouterr().out
    assert "no disagreements" in out
    assert report["disagreements"] == []
    assert report["errors"] == []
    gets = sum(method == "get" for _, method, _ in operations(effective_spec(provider)))
    expected = gets + (provider == "dubformer")
    assert len(report["operations"]) == expected, report["skipped"]
    assert all(report["requests_by_operation"][op] >= 1 for op in report["operations"])
    if provider == "dubformer":
        assert "validate_retranslation" in report["operations"]
    assert all("DELETE" in why or "paid" in why for why in report["skipped"].values()), report["skipped"]

    writes = {(r.method, r.operation) for r in sim.requests() if r.method in WRITES}
    assert writes <= {("POST", "validate_retranslation")}
    ops = {r.operation for r in sim.requests()}
    assert set(report["operations"]) <= ops
    assert all(r.carried_credentials for r in sim.requests())


def test_the_key_is_read_from_the_environment_and_never_shown(
    sim: Simulator, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report and the JSON never hold the key, even when the API disagrees; no key at all exits 2."""
    sim.configure(fault_rate=1.0, fault_kinds=("unknown_enum",))
    report_path = tmp_path / "report.json"
    assert run("elevenlabs", url, "--json", str(report_path)) == conformance.EXIT_DISAGREES
    captured = capsys.readouterr()
    assert KEY not in captured.out + captured.err
    assert KEY not in report_path.read_text()
    monkeypatch.delenv("CONFORMANCE_TEST_KEY")
    assert run("dubformer", url) == conformance.EXIT_USAGE
    assert "CONFORMANCE_TEST_KEY" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("provider", "operation"),
    [
        ("elevenlabs", "create_dubbing"),
        ("elevenlabs", "render_dubbing"),
        ("elevenlabs", "update_segment"),
        ("dubformer", "create_project"),
        ("dubformer", "retranslate_project"),
    ],
)
def test_paid_operations_are_refused_without_the_flag(
    provider: str, operation: str, sim: Simulator, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Naming an operation that may create paid work exits 2 before any request."""
    assert run(provider, url, "--operation", operation) == conformance.EXIT_USAGE
    assert "--allow-paid" in capsys.readouterr().err
    assert sim.requests() == []


@pytest.mark.parametrize(("provider", "operation"), [("elevenlabs", "delete_dubbing"), ("dubformer", "delete_project")])
def test_delete_is_refused_even_with_the_flag(
    provider: str, operation: str, sim: Simulator, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Naming a DELETE exits 2 before any request, --allow-paid or not."""
    assert run(provider, url, "--allow-paid", "--operation", operation) == conformance.EXIT_USAGE
    assert "never deletes" in capsys.readouterr().err
    assert sim.requests() == []


def test_with_the_flag_a_paid_operation_is_sent(sim: Simulator, url: str) -> None:
    """--allow-paid lets a named create through (and only what was named)."""
    assert run("dubformer", url, "--allow-paid", "--operation", "create_project", "--examples", "1") in {
        conformance.EXIT_AGREES,
        conformance.EXIT_DISAGREES,
    }
    assert {r.operation for r in sim.requests() if r.method == "POST"} == {"create_project"}


def test_plain_http_off_loopback_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """The key would travel in clear: exit 2 before any request."""
    assert run("elevenlabs", "http://api.elevenlabs.io") == conformance.EXIT_USAGE
    assert "unencrypted" in capsys.readouterr().err


def test_given_ids_are_used(sim: Simulator, url: str, tmp_path: Path) -> None:
    """--id name=value wins over discovery: an unknown id gets a (documented) 404, which is no disagreement."""
    report_path = tmp_path / "report.json"
    args = ("--operation", "get_dubbing", "--id", "dubbing_id=no-such-dub", "--json", str(report_path))
    assert run("elevenlabs", url, *args) == conformance.EXIT_AGREES
    assert json.loads(report_path.read_text())["ids"]["dubbing_id"] == "no-such-dub"
    assert {r.path for r in sim.requests() if r.operation == "get_dubbing"} == {"/v1/dubbing/no-such-dub"}
    assert {r.status for r in sim.requests() if r.operation == "get_dubbing"} == {404}


def test_a_redirect_is_reported_not_followed(sim: Simulator, url: str, tmp_path: Path) -> None:
    """A 307 to another origin is an undocumented status; the key never goes to the other origin.

    The other origin is the same server under another name, so a followed redirect would show in its log.
    """
    sim.configure(redirect_origin=url.replace("127.0.0.1", "localhost"))
    sim.inject("redirect", operation="get_dubbing", times=100)
    report_path = tmp_path / "report.json"
    assert (
        run("elevenlabs", url, "--operation", "get_dubbing", "--json", str(report_path)) == conformance.EXIT_DISAGREES
    )
    found = json.loads(report_path.read_text())["disagreements"]
    assert [(d["check"], d["status_code"]) for d in found] == [("status_code_conformance", 307)]
    assert {r.host for r in sim.requests()} == {url.removeprefix("http://")}


def test_a_response_that_breaks_the_schema_is_reported(
    sim: Simulator, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With every answer carrying an enum value the spec does not list, the schema check reports them.

    (Only closed enums break the spec: the dub and project statuses are open on purpose, so those pass.)
    """
    sim.configure(fault_rate=1.0, fault_kinds=("unknown_enum",))
    report_path = tmp_path / "report.json"
    assert run("elevenlabs", url, "--json", str(report_path)) == conformance.EXIT_DISAGREES
    found = json.loads(report_path.read_text())["disagreements"]
    schema_breaks = {d["operation"] for d in found if d["check"] == "response_schema_conformance"}
    assert {"get_project", "list_projects", "get_chapter", "list_chapters"} <= schema_breaks
    assert all("sim_unknown_value" in d["message"] for d in found if d["operation"] == "get_chapter")
    out = capsys.readouterr().out
    assert "disagreement(s) between the API and the spec" in out
    assert "get_chapter [response_schema_conformance]" in out


async def _wrong_balance(_: Request) -> Response:
    return PlainTextResponse("42 minutes")


async def _teapot(_: Request) -> Response:
    return JSONResponse({"error": "teapot", "message": "I'm a teapot"}, status_code=418)


async def _voices(_: Request) -> Response:
    return JSONResponse({"voices": {"fr-FR": [{"name": "Denise", "style": "feminine"}]}})


async def _projects(_: Request) -> Response:
    return JSONResponse({"projects": []})


def test_a_wrong_status_and_content_type_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An API answering text/plain, an undocumented 418 and a body missing required fields: three checks fail."""
    app = Starlette(
        routes=[
            Route("/api/v1/balance", _wrong_balance),
            Route("/api/v1/options", _teapot),
            Route("/api/v1/voices", _voices),
            Route("/api/v1/projects", _projects),
        ]
    )
    report_path = tmp_path / "report.json"
    with SimServer(app).start() as server:
        assert run("dubformer", server.url, "--json", str(report_path)) == conformance.EXIT_DISAGREES
    report = json.loads(report_path.read_text())
    checks = {(d["operation"], d["check"]) for d in report["disagreements"]}
    assert ("get_balance", "content_type_conformance") in checks
    assert ("get_options", "status_code_conformance") in checks
    assert ("list_voices", "response_schema_conformance") in checks
    assert "get_project" in report["skipped"]  # no project to take an id from
    assert "pass --id project_id=" in report["skipped"]["get_project"]
    assert "418" in capsys.readouterr().out

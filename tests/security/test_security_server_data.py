"""What a lying server on loopback can make dubkit do with the data it sends: nothing outside ``--out``, no
unread job id, no unverified download, no leftover file, no write through a link, no raw escape on screen.

Each test serves the attack with ``hostile_server`` (raw HTTP on 127.0.0.1) and drives the real clients, the
real ``dub_file`` and the real ``dubkit`` command against it.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from client_calls import MODES, PROVIDERS, signature, surface
from dubkit import (
    DownloadError,
    Dubformer,
    ElevenLabs,
    ResponseValidationError,
    _download_state,
    _dub_plan,
    _partfiles,
    dub_file,
)
from dubkit.cli._app import make_app
from hostile_server import HostileServer, Received
from typer.testing import CliRunner

KEY = "hostile-test-key"


def response(
    body: bytes | str | Any = b"", *, status: int = 200, headers: dict[str, str] | None = None, length: bool = True
) -> bytes:
    """Build a raw answer; a non-bytes/str body goes as JSON (NaN and Infinity as is); ``length=False`` leaves
    out Content-Length, so only the closed connection ends the body."""
    if isinstance(body, str):
        data = body.encode()
    elif isinstance(body, bytes):
        data = body
    else:
        data = json.dumps(body, allow_nan=True).encode()
    fields = {"content-type": "application/json", **(headers or {})}
    if length:
        fields["content-length"] = str(len(data))
    head = "".join(f"{name}: {value}\r\n" for name, value in fields.items())
    return f"HTTP/1.1 {status} X\r\n{head}connection: close\r\n\r\n".encode() + data


@contextmanager
def hostile(routes: dict[tuple[str, str], bytes]) -> Iterator[HostileServer]:
    """Serve fixed answers by ``(method, path prefix)``, the longest prefix winning; anything else is 404.

    ``routes`` may be filled in after the server starts (answers that name its URL).
    """

    def handler(conn: socket.socket, request: Received, _: int) -> None:
        matches = [key for key in routes if key[0] == request.method and request.target.startswith(key[1])]
        if matches:
            conn.sendall(routes[max(matches, key=lambda key: len(key[1]))])
        else:
            conn.sendall(response({"detail": {"status": "not_found", "message": request.target}}, status=404))

    with HostileServer(handler).running() as server:
        yield server


def asked(server: HostileServer) -> list[tuple[str, str]]:
    """What the server was asked: (method, path) of each request."""
    return [(request.method, request.target) for request in server.requests]


FILES = "/files/"


def project(server_url: str, **fields: Any) -> dict[str, Any]:
    """A ready Dubformer project whose outputs the same server serves."""
    return {
        "project_id": "p1", "status": "ready", "source_lang": "en", "target_lang": "fr-FR", "cost_minutes": 1,
        "created_date": "2026-01-01T00:00:00Z", "output_video_url": f"{server_url}{FILES}v.mp4?X-Amz-Signature=s",
        "output_tts_audio_url": f"{server_url}{FILES}a.wav", **fields,
    }  # fmt: skip


def dub(**fields: Any) -> dict[str, Any]:
    """An ElevenLabs dub's metadata."""
    return {
        "dubbing_id": "d1", "name": "talk", "status": "dubbed", "target_languages": ["es"],
        "created_at": "2026-01-01T00:00:00Z", "source_language": "en", **fields,
    }  # fmt: skip


def run_cli(server_url: str, *args: str) -> Any:
    """Run ``dubkit`` as installed, with both providers pointed at the server."""
    env = {
        "ELEVENLABS_API_KEY": KEY, "ELEVENLABS_BASE_URL": server_url, "DUBFORMER_API_KEY": KEY,
        "DUBFORMER_BASE_URL": server_url, "COLUMNS": "200",
    }  # fmt: skip
    return CliRunner().invoke(make_app(), list(args), env=env)


def every_file(root: Path) -> set[Path]:
    return {path for path in root.rglob("*") if path.is_file() or path.is_symlink()}


# ---- 1. paths from server data ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target_lang", "video"),
    [
        ("/../../x", "v.mp4"),
        ("../../lib/python3.11/site-packages/evil", "evil.pth"),
        ("..", "..%2f..%2fevil.pth"),
        ("fr\x00FR/../../.bashrc", "v.pth"),
        ("CON", "v.exe"),
        ("\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fx", "v.py"),
        ("x" * 5000, "v.mp4"),
    ],
)
def test_cli_download_names_files_from_server_data_only_inside_out(
    tmp_path: Path, target_lang: str, video: str
) -> None:
    """Server-chosen languages and URL extensions never name a file outside --out, nor one that is not media."""
    out = tmp_path / "out"
    routes: dict[tuple[str, str], Any] = {("GET", FILES): response(b"media")}
    with hostile(routes) as server:
        body = project(server.url, target_lang=target_lang, output_video_url=f"{server.url}{FILES}{video}")
        routes["GET", "/api/v1/projects/p1"] = response(body)
        result = run_cli(server.url, "download", "p1", "-p", "dubformer", "--out", str(out))
    assert result.exit_code == 0, result.output
    written = every_file(tmp_path)
    assert written
    assert all(path.parent == out for path in written)
    assert all(path.suffix in {".mp4", ".wav"} and len(path.name) <= 255 for path in written)
    assert not any(path.name.startswith(".") for path in written)


def test_a_pth_never_reaches_site_packages(tmp_path: Path) -> None:
    """The reported attack: a language that climbs into site-packages and a .pth output write no .pth anywhere."""
    site = Path(next(p for p in sys.path if p.endswith("site-packages")))
    before = set(site.glob("*.pth"))
    out = tmp_path / "out"
    relative = os.path.relpath(site / "dubkit_attack", out)
    routes: dict[tuple[str, str], Any] = {("GET", FILES): response(b"import os")}
    with hostile(routes) as server:
        body = project(server.url, target_lang=relative, output_video_url=f"{server.url}{FILES}x.pth",
                       output_tts_audio_url=f"{server.url}{FILES}y.pth")  # fmt: skip
        routes["GET", "/api/v1/projects/p1"] = response(body)
        result = run_cli(server.url, "download", "p1", "-p", "dubformer", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert set(site.glob("*.pth")) == before
    assert not list(out.glob("*.pth"))


def test_dub_file_takes_only_allowed_extensions_from_output_urls(tmp_path: Path) -> None:
    """dub_file names Dubformer outputs with a media extension whatever the output URLs end with, and a
    safe language whatever the project's says."""
    routes: dict[tuple[str, str], Any] = {("GET", FILES): response(b"media")}
    with hostile(routes) as server:
        submitted = {"project_id": "p1", "cost_minutes": 1, "balance_minutes": 9, "translations_count": 0,
                     "estimated_completion_date": "2026-01-01T01:00:00Z"}  # fmt: skip
        routes["POST", "/api/v1/projects"] = response(submitted)
        body = project(server.url, target_lang="../fr-FR", output_video_url=f"{server.url}{FILES}a.pth",
                       output_tts_audio_url=f"{server.url}/b.sh")  # fmt: skip
        routes["GET", "/api/v1/projects/p1"] = response(body)
        routes["GET", "/b.sh"] = response(b"speech")
        with Dubformer(api_key=KEY, base_url=server.url) as client:
            result = dub_file("https://example.com/talk.mp4", provider="dubformer", target_lang="fr-FR",
                              source_lang="en", out_dir=tmp_path, client=client)  # fmt: skip
    assert [path.name for path in result.files] == ["talk.fr-FR.mp4", "talk.fr-FR.speech.wav"]
    assert every_file(tmp_path) == set(result.files)


# ---- 2. wrong types in a paid create's answer ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "job_id"),
    [
        (b'{"dubbing_id": 12345, "expected_duration_sec": 10}', "12345"),
        (b'{"dubbing_id": "d1", "expected_duration_sec": "soon"}', "d1"),
        (b'{"dubbing_id": "d1", "expected_duration_sec": NaN}', "d1"),
        (b'{"dubbing_id": "d1", "expected_duration_sec": Infinity}', "d1"),
        (b'{"dubbing_id": "d1", "expected_duration_sec": null}', "d1"),
        (b'{"dubbing_id": null, "expected_duration_sec": 1}', None),
        (b'{"dubbing_id": "../x", "expected_duration_sec": []}', None),
    ],
)
def test_a_create_answer_of_the_wrong_types_is_refused_and_keeps_the_id(answer: bytes, job_id: str | None) -> None:
    """ResponseValidationError, with job_id whenever the answer names a usable one."""
    with (
        hostile({("POST", "/v1/dubbing"): response(answer)}) as server,
        ElevenLabs(api_key=KEY, base_url=server.url) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        client.dubbing.create(source_url="https://example.com/a.mp4", target_lang="es")
    assert caught.value.job_id == job_id
    assert asked(server) == [("POST", "/v1/dubbing")]  # a paid create is never re-sent


def test_dubformer_cost_of_the_wrong_type_is_refused() -> None:
    """``cost_minutes: "lots"`` is a ResponseValidationError naming the field, with the project id."""
    answer = {"project_id": "p9", "cost_minutes": "lots", "balance_minutes": 1, "translations_count": 0,
              "estimated_completion_date": None}  # fmt: skip
    with (
        hostile({("POST", "/api/v1/projects"): response(answer)}) as server,
        Dubformer(api_key=KEY, base_url=server.url) as client,
        pytest.raises(ResponseValidationError, match="cost_minutes") as caught,
    ):
        client.projects.create(source_lang="en", target_lang="fr-FR", source_video_url="https://example.com/a.mp4")
    assert caught.value.job_id == "p9"


def test_the_cli_prints_the_id_of_a_job_whose_create_answer_it_cannot_read(tmp_path: Path) -> None:
    """``dubkit dub`` shows the job id (and how to check it), and does not exit 2 ("bad arguments")."""
    answer = b'{"dubbing_id": "d-paid", "expected_duration_sec": "soon"}'
    media = tmp_path / "talk.mp3"
    media.write_bytes(b"ID3")
    with hostile({("POST", "/v1/dubbing"): response(answer)}) as server:
        result = run_cli(server.url, "dub", str(media), "--to", "es", "--out", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert "d-paid" in result.output
    assert "dubkit status d-paid" in result.output
    [record] = json.loads((tmp_path / "out" / ".dubkit-run.json").read_text())["jobs"]
    assert (record["job_id"], record["phase"]) == ("d-paid", "created")  # a re-run waits for it, no second create


def test_the_cli_names_a_created_job_whose_download_fails(tmp_path: Path) -> None:
    """``dubkit dub``: a failure after the create (a download whose end cannot be verified) shows the job's id
    with how to check it, and the run state keeps the id, so a re-run continues the job."""
    routes: dict[tuple[str, str], Any] = {
        ("POST", "/v1/dubbing"): response({"dubbing_id": "d7", "expected_duration_sec": 5}),
        ("GET", "/v1/dubbing/d7"): response(dub(dubbing_id="d7")),
        ("GET", "/v1/dubbing/d7/audio/es"): response(b"abc", headers={"content-type": "audio/mpeg"}, length=False),
    }
    media = tmp_path / "talk.mp3"
    media.write_bytes(b"ID3")
    with hostile(routes) as server:
        result = run_cli(server.url, "dub", str(media), "--to", "es", "--out", str(tmp_path / "out"))
    assert result.exit_code == 3, result.output
    assert "[the job was created: d7]" in result.output
    assert "dubkit status d7" in result.output
    [record] = json.loads((tmp_path / "out" / ".dubkit-run.json").read_text())["jobs"]
    assert (record["job_id"], record["phase"]) == ("d7", "created")


@pytest.mark.parametrize("seconds", [1e300, -5, 1e20])
def test_absurd_expected_durations_mean_no_estimate(tmp_path: Path, seconds: float) -> None:
    """A finite but absurd duration is no estimate (no OverflowError after the paid create)."""
    routes: dict[tuple[str, str], Any] = {
        ("POST", "/v1/dubbing"): response({"dubbing_id": "d1", "expected_duration_sec": seconds}),
        ("GET", "/v1/dubbing/d1"): response(dub(status="dubbing")),
    }
    with hostile(routes) as server, ElevenLabs(api_key=KEY, base_url=server.url) as client:
        result = dub_file("https://example.com/a.mp4", provider="elevenlabs", target_lang="es", client=client,
                          out_dir=tmp_path, wait=False)  # fmt: skip
    assert result.job_id == "d1"
    assert result.estimated_completion is None


def test_errors_after_the_create_carry_the_job_id(tmp_path: Path) -> None:
    """A failure while waiting or downloading still names the paid job (here: a download that is cut short)."""
    routes: dict[tuple[str, str], Any] = {
        ("POST", "/v1/dubbing"): response({"dubbing_id": "d7", "expected_duration_sec": 5}),
        ("GET", "/v1/dubbing/d7"): response(dub(dubbing_id="d7")),
        ("GET", "/v1/dubbing/d7/audio/es"): response(b"abc", headers={"content-type": "audio/mpeg"}, length=False),
    }
    with (
        hostile(routes) as server,
        ElevenLabs(api_key=KEY, base_url=server.url) as client,
        pytest.raises(DownloadError) as caught,
    ):
        dub_file("https://example.com/a.mp4", provider="elevenlabs", target_lang="es", client=client,
                 out_dir=tmp_path)  # fmt: skip
    assert caught.value.job_id == "d7"
    assert any("d7" in note for note in caught.value.__notes__)


@pytest.mark.parametrize("created", ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"])
@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
def test_status_shows_timestamps_at_the_ends_of_the_calendar_outside_utc(
    monkeypatch: pytest.MonkeyPatch, created: str
) -> None:
    """Years 1 and 9999 no longer crash ``dubkit status`` in a time zone away from UTC; they are shown as sent."""
    for zone in ("Pacific/Kiritimati", "America/Adak"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        try:
            body = {**project("http://127.0.0.1"), "created_date": created, "estimated_completion_date": created}
            with hostile({("GET", "/api/v1/projects/p1"): response(body)}) as server:
                result = run_cli(server.url, "status", "p1", "-p", "dubformer")
        finally:
            monkeypatch.delenv("TZ")
            time.tzset()
        assert result.exit_code == 0, result.output
        assert created[:4] in result.output


# ---- 5. downloads whose end cannot be verified, and the byte cap -------------------------------------------


def test_a_download_ended_only_by_closing_the_connection_is_refused(tmp_path: Path) -> None:
    """No Content-Length and no chunked framing: a cut body would look complete, so it is a DownloadError."""
    routes = {("GET", FILES): response(b"half of it", length=False)}
    destination = tmp_path / "v.mp4"
    with (
        hostile(routes) as server,
        Dubformer(api_key=KEY, base_url=server.url) as client,
        pytest.raises(DownloadError, match="end cannot be verified"),
    ):
        client.projects.download(_ready(server.url), destination)
    assert every_file(tmp_path) == set()


def _ready(url: str) -> Any:
    from dubkit.dubformer.types import Project  # noqa: PLC0415

    return Project.from_dict(project(url))


@pytest.mark.parametrize("length", [True, False])
def test_max_bytes_caps_a_download(tmp_path: Path, length: bool) -> None:
    """A file larger than max_bytes is refused whether it announces its size or streams it (chunked)."""
    body = b"x" * 5000
    if length:
        answer = response(body)
    else:
        chunked = b"".join(b"%x\r\n" % 1000 + body[i : i + 1000] + b"\r\n" for i in range(0, 5000, 1000)) + b"0\r\n\r\n"
        answer = response(chunked, headers={"transfer-encoding": "chunked"}, length=False)
    with hostile({("GET", FILES): answer}) as server, Dubformer(api_key=KEY, base_url=server.url) as client:
        with pytest.raises(DownloadError, match="max_bytes=4096"):
            client.projects.download(_ready(server.url), tmp_path / "v.mp4", max_bytes=4096)
        written = client.projects.download(_ready(server.url), tmp_path / "ok.mp4", max_bytes=5000)
    assert written.stat().st_size == 5000
    assert every_file(tmp_path) == {tmp_path / "ok.mp4"}


def test_every_download_to_a_path_takes_max_bytes() -> None:
    """Each method that writes a file (``download``, ``download_*``), sync and async, can cap its size."""
    downloads = [
        (provider, mode, target)
        for provider in PROVIDERS
        for mode in MODES
        for target in sorted(surface(provider, mode))
        if target.rsplit(".", 1)[-1].split("_", 1)[0] == "download"
    ]
    assert len(downloads) >= 2 * 7  # 6 ElevenLabs downloads and Dubformer's, each sync and async
    missing = [d for d in downloads if "max_bytes" not in signature(d[0], d[2]).parameters]
    assert missing == [], f"downloads without max_bytes: {missing}"


# ---- 8. failed writes leave no temporary file --------------------------------------------------------------


class _FullDisk:
    """A temporary file on a disk that is full: every flush fails, and so does the flush in close()."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def write(self, data: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        self._real.close()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``.part`` file dubkit creates (downloads, subtitles) is on a full disk."""
    real = _partfiles.create_part_file
    for module in (_download_state, _dub_plan):
        monkeypatch.setattr(module, "create_part_file", lambda *a, **k: _FullDisk(real(*a, **k)))


def test_a_full_disk_leaves_no_part_file_from_a_download(tmp_path: Path, full_disk: None) -> None:
    """ENOSPC while writing, and again in close(): the .part file is removed all the same."""
    with (
        hostile({("GET", FILES): response(b"x" * 100)}) as server,
        Dubformer(api_key=KEY, base_url=server.url) as client,
        pytest.raises(OSError, match="No space"),
    ):
        client.projects.download(_ready(server.url), tmp_path / "v.mp4")
    assert every_file(tmp_path) == set()


def test_a_full_disk_leaves_no_part_file_from_the_subtitles(tmp_path: Path, full_disk: None) -> None:
    """dub_file's subtitle writer removes its temporary file when writing fails; the error names the job."""
    routes: dict[tuple[str, str], Any] = {
        ("POST", "/v1/dubbing"): response({"dubbing_id": "d1", "expected_duration_sec": 5}),
        ("GET", "/v1/dubbing/d1"): response(dub()),
        ("GET", "/v1/dubbing/d1/transcript/es"): response("1\n00:00:00,000 --> 00:00:01,000\nhola\n"),
    }
    out = tmp_path / "out"
    with hostile(routes) as server:
        routes["GET", "/v1/dubbing/d1/audio/es"] = response(b"audio", headers={"content-type": "audio/mpeg"})
        with ElevenLabs(api_key=KEY, base_url=server.url) as client, pytest.raises(OSError, match="No space") as caught:
            dub_file("https://example.com/a.mp4", provider="elevenlabs", target_lang="es", client=client, out_dir=out)
    assert getattr(caught.value, "job_id", None) == "d1"
    assert every_file(tmp_path) == set()


# ---- 9. symlinks ----------------------------------------------------------------------------------------------


def test_a_destination_that_is_a_link_is_never_written_through(tmp_path: Path) -> None:
    """A link planted where the output goes is refused before any request; its target keeps its bytes."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "out"
    out.mkdir()
    (out / "p1.fr-FR.mp4").symlink_to(victim)
    routes: dict[tuple[str, str], Any] = {("GET", FILES): response(b"payload")}
    with hostile(routes) as server:
        routes["GET", "/api/v1/projects/p1"] = response(project(server.url))
        result = run_cli(server.url, "download", "p1", "-p", "dubformer", "--out", str(out))
    assert result.exit_code != 0
    assert "symbolic link" in result.output
    assert victim.read_text() == "precious"
    assert ("GET", f"{FILES}v.mp4?X-Amz-Signature=s") not in asked(server)


def test_a_dangling_link_makes_no_directory_at_its_target(tmp_path: Path) -> None:
    """A dangling link as the destination, or as its folder, creates nothing where it points."""
    target = tmp_path / "elsewhere" / "deep"
    (tmp_path / "file-link.mp4").symlink_to(target / "f.mp4")
    (tmp_path / "dir-link").symlink_to(target)
    with hostile({("GET", FILES): response(b"x")}) as server, Dubformer(api_key=KEY, base_url=server.url) as client:
        with pytest.raises(ValueError, match="symbolic link"):
            client.projects.download(_ready(server.url), tmp_path / "file-link.mp4")
        with pytest.raises(FileExistsError):
            client.projects.download(_ready(server.url), tmp_path / "dir-link" / "v.mp4")
    assert not (tmp_path / "elsewhere").exists()


# ---- 10. terminal escapes -----------------------------------------------------------------------------------

ESCAPES = "\x1b]52;c;ZXZpbA==\x07\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eevil\r"


def test_status_and_list_show_control_characters_visibly() -> None:
    """Names, statuses and languages with escape sequences reach the screen as visible text."""
    body = {**dub(name=f"talk{ESCAPES}", status=f"dubbed{ESCAPES}", target_languages=[f"es{ESCAPES}"])}
    page = {"dubs": [body], "has_more": False, "next_cursor": None}
    routes = {("GET", "/v1/dubbing/d1"): response(body), ("GET", "/v1/dubbing"): response(page)}
    with hostile(routes) as server:
        shown = [run_cli(server.url, "status", "d1"), run_cli(server.url, "list")]
    for result in shown:
        assert result.exit_code == 0, result.output
        assert not any(char in result.output for char in "\x1b\x07\x9b\u202e\r")
        assert "\\x1b]52;c;ZXZpbA==\\x07" in result.output


def test_dub_progress_and_summary_show_control_characters_visibly(tmp_path: Path) -> None:
    """``dubkit dub``'s progress lines and summary table show a server's escapes as text."""
    routes: dict[tuple[str, str], Any] = {
        ("POST", "/v1/dubbing"): response({"dubbing_id": "d1", "expected_duration_sec": 5}),
        ("GET", "/v1/dubbing/d1"): response(dub(status=f"dubbing{ESCAPES}", name=f"talk{ESCAPES}")),
    }
    media = tmp_path / "talk.mp3"
    media.write_bytes(b"ID3")
    with hostile(routes) as server:
        result = run_cli(server.url, "dub", str(media), "--to", "es", "--no-wait", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert not any(char in result.output for char in "\x1b\x07\x9b\u202e\r")
    assert "dubbing\\x1b]52;c;ZXZpbA==\\x07" in result.output


@pytest.mark.parametrize("verbose", [[], ["--verbose"]])
def test_error_lines_show_control_characters_visibly(verbose: list[str]) -> None:
    """An error message from the server cannot drive the terminal from the ``error:`` line, the log or the traceback."""
    body = {"detail": {"status": "bad", "message": f"nope{ESCAPES}"}}
    with hostile({("GET", "/v1/dubbing/d1"): response(body, status=400)}) as server:
        result = run_cli(server.url, *verbose, "status", "d1")
    assert result.exit_code == 3
    assert not any(char in result.output for char in "\x1b\x07\x9b\u202e\r")
    assert "nope\\x1b]52" in result.output
    if verbose:
        assert "Traceback" in result.output


# ---- 12. '.' and '..' as path parameters --------------------------------------------------------------------


@pytest.mark.parametrize("language", ["..", ".", "%2e%2e", "%2E%2e", ".%2e", "%252e%252e", "\uff0e\uff0e", "es/../.."])
def test_dot_segments_as_languages_never_leave_their_url(tmp_path: Path, language: str) -> None:
    """audio.download and transcript.get refuse '.'/'..' in any spelling before sending anything."""
    with hostile({}) as server, ElevenLabs(api_key=KEY, base_url=server.url) as client:
        with pytest.raises(ValueError, match="language_code"):
            client.dubbing.audio.download("d1", language, tmp_path / "a.mp4")
        with pytest.raises(ValueError, match="language_code"):
            client.dubbing.transcript.get("d1", language)
    assert asked(server) == []

"""``dubkit status`` and ``list`` against a shared simulator."""

from __future__ import annotations

import re

import pytest
from dubkit.cli._errors import EXIT_API, EXIT_OK, EXIT_USAGE

VIDEO = "https://cdn.example.com/talk.mp4"


# ---- status ---------------------------------------------------------------------------------------------------


def test_status_of_an_elevenlabs_dub(cli, elevenlabs):
    """`status` shows the dub's id, status, languages and media as a table."""
    dub = elevenlabs.dubbing.create(source_url=VIDEO, target_lang="es", source_lang="en")
    result = cli("status", dub.dubbing_id)
    assert result.exit_code == EXIT_OK, result.stderr
    assert re.search(rf"^id\s+{dub.dubbing_id}\s*$", result.stdout, re.MULTILINE)
    assert re.search(r"^status\s+dubbing\s*$", result.stdout, re.MULTILINE)
    assert re.search(r"^languages\s+\S+ → es\s*$", result.stdout, re.MULTILINE)
    assert re.search(r"^media\s+video/mp4, ", result.stdout, re.MULTILINE)


def test_status_of_a_dubformer_project(cli, dubformer, sim, finished_project):
    """`status -p dubformer` shows the project's fields; output URLs without their signed query."""
    project_id = finished_project()
    result = cli("status", project_id, "-p", "dubformer")
    assert result.exit_code == EXIT_OK, result.stderr
    assert re.search(rf"^id\s+{project_id}\s*$", result.stdout, re.MULTILINE)
    assert re.search(r"^status\s+ready\s*$", result.stdout, re.MULTILINE)
    assert re.search(r"^languages\s+en → fr-FR\s*$", result.stdout, re.MULTILINE)
    assert re.search(r"^video\s+https?://\S+", result.stdout, re.MULTILINE)
    assert "?" not in re.search(r"^video\s+(.*)$", result.stdout, re.MULTILINE).group(1)


@pytest.mark.parametrize("provider", ["elevenlabs", "dubformer"])
def test_status_of_an_unknown_id_exits_3(cli, provider):
    """An id the provider does not know: exit 3, the API's message, a hint pointing at `dubkit list`."""
    result = cli("status", "no-such-job", "-p", provider)
    assert result.exit_code == EXIT_API
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: ")
    assert "404" in lines[0]
    assert lines[1] == f"hint: check the id and the provider: `dubkit list -p {provider}` shows your jobs"


def test_connection_failure_exits_3(cli, sim):
    """No HTTP answer even after the retries: exit 3 with a network hint."""
    sim.inject("disconnect_before", operation="get_dubbing", times=10)
    result = cli("status", "some-id")
    assert result.exit_code == EXIT_API
    assert "hint: check the network" in result.stderr


def test_id_with_a_slash_is_a_usage_error(cli):
    """A malformed id is refused before any request (ValueError → exit 2)."""
    result = cli("status", "a/b")
    assert result.exit_code == EXIT_USAGE
    assert result.stderr.startswith("error: ")


# ---- list -----------------------------------------------------------------------------------------------------


def test_list_pages_lazily_up_to_the_limit(cli, elevenlabs, sim):
    """ElevenLabs: --limit 5 with 2 per page fetches 3 pages, not all 4, shows 5 rows and says more exist."""
    ids = [elevenlabs.dubbing.create(source_url=f"https://cdn.example.com/v{i}.mp4", target_lang="es").dubbing_id
           for i in range(7)]  # fmt: skip
    before = len(sim.requests("list_dubs"))
    result = cli("list", "--limit", "5", "--page-size", "2")
    assert result.exit_code == EXIT_OK, result.stderr
    assert len(sim.requests("list_dubs")) - before == 3
    shown = [i for i in ids if i in result.stdout]
    assert len(shown) == 5
    assert "more exist" in result.stderr


def test_list_all_follows_every_page(cli, elevenlabs, sim):
    """--limit 0 lists every dub across all pages, with statuses."""
    ids = [elevenlabs.dubbing.create(source_url=f"https://cdn.example.com/v{i}.mp4", target_lang="es").dubbing_id
           for i in range(5)]  # fmt: skip
    result = cli("list", "--limit", "0", "--page-size", "2")
    assert result.exit_code == EXIT_OK, result.stderr
    for dub_id in ids:
        assert re.search(rf"^{dub_id}\s+v\d\s+dubbing\s", result.stdout, re.MULTILINE)
    assert "more exist" not in result.stderr


def test_list_dubformer_projects(cli, dubformer, sim, finished_project):
    """-p dubformer lists the projects with their status."""
    project_id = finished_project()
    result = cli("list", "-p", "dubformer")
    assert result.exit_code == EXIT_OK, result.stderr
    assert re.search(rf"^{project_id}\s+talk\s+ready\s", result.stdout, re.MULTILINE)


def test_names_are_shown_literally(cli, elevenlabs):
    """A name that looks like rich markup is printed as it is."""
    elevenlabs.dubbing.create(source_url=VIDEO, target_lang="es", name="[bold]draft[/bold] :smile:")
    result = cli("list")
    assert result.exit_code == EXIT_OK, result.stderr
    assert "[bold]draft[/bold] :smile:" in result.stdout


def test_list_with_no_jobs(cli):
    """No jobs: nothing on stdout, a note on stderr, exit 0."""
    result = cli("list")
    assert result.exit_code == EXIT_OK
    assert result.stdout == ""
    assert "no elevenlabs jobs" in result.stderr

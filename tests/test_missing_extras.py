"""Without an optional extra, what needs it says in one line which extra to install; the rest still loads."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# The top-level modules each extra brings (and nothing else installs).
SIM_ONLY = ("starlette", "uvicorn", "multipart", "python_multipart")
CLI = ("typer", "rich")
SIM_MESSAGE = "dubkit.sim needs the 'sim' extra ('starlette' is not installed): pip install 'dubkit[sim]'"

# A fresh interpreter in which the named modules cannot be imported, as if their extra were not installed.
_BLOCKER = """
import importlib.abc, sys

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {blocked!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None

sys.meta_path.insert(0, Block())
"""


def _run_without(blocked: tuple[str, ...], code: str) -> subprocess.CompletedProcess[str]:
    script = _BLOCKER.format(blocked=set(blocked)) + textwrap.dedent(code)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120)


def test_importing_the_simulator_without_the_sim_extra_names_the_extra() -> None:
    result = _run_without(
        SIM_ONLY,
        """
        try:
            from dubkit.sim import Simulator
        except ModuleNotFoundError as exc:
            print(type(exc).__name__, exc.name, exc.__suppress_context__, sep="|")
            print(exc)
        """,
    )
    assert result.returncode == 0, result.stderr
    kind, message = result.stdout.splitlines()
    assert kind == "ModuleNotFoundError|starlette|True"
    assert message == SIM_MESSAGE


def test_the_uncaught_import_error_ends_in_that_one_line() -> None:
    result = _run_without(SIM_ONLY, "import dubkit.sim")
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last == "ModuleNotFoundError: " + SIM_MESSAGE
    assert "During handling" not in result.stderr  # the third-party traceback is not chained in


def test_the_clients_work_without_any_extra() -> None:
    result = _run_without(
        (*SIM_ONLY, *CLI, "jsonschema", "pydantic"),
        """
        import dubkit
        with dubkit.ElevenLabs(api_key="k") as client:
            print(client.base_url)
        """,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://api.elevenlabs.io"


@pytest.mark.parametrize("missing", CLI)
def test_the_command_without_the_cli_extra_names_the_extra(missing: str) -> None:
    result = _run_without(
        (missing,),
        """
        import sys
        from dubkit.cli import main
        sys.argv = ["dubkit", "--help"]
        main()
        """,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"dubkit: the command line needs {missing}; install it with: pip install 'dubkit[cli]'\n"


def test_dubkit_sim_without_the_sim_extra_names_the_extra() -> None:
    result = _run_without(
        SIM_ONLY,
        """
        import sys
        from dubkit.cli import main
        sys.argv = ["dubkit", "sim", "--port", "0"]
        main()
        """,
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "error: dubkit sim needs the simulator, which is not installed (starlette is missing)"
    assert lines[-1] == "hint: pip install 'dubkit[sim]'"


def test_the_pytest_plugin_loads_without_the_sim_extra_and_its_fixture_names_the_extra() -> None:
    """pytest loads dubkit's plugin wherever dubkit is installed: it must load without the sim extra."""
    result = _run_without(
        SIM_ONLY,
        """
        import sys
        import pytest
        import dubkit.pytest_plugin as plugin
        assert "dubkit.sim" not in sys.modules
        class Request:
            class node:
                @staticmethod
                def get_closest_marker(name):
                    return None
        try:
            plugin.dubkit_sim.__wrapped__(Request())
        except pytest.fail.Exception as exc:
            print("FAILED:", exc)
        """,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "FAILED: " + SIM_MESSAGE

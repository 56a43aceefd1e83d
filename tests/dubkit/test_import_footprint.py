"""``import dubkit`` and building its clients load only what a call needs: no CLI, simulator or media stack."""

from __future__ import annotations

import subprocess
import sys

# What the extras bring (the CLI, the simulator and its media), httpx (the dev tools' HTTP stack: dubkit runs on
# httpx2) and the parts of httpx2 a client needs only when it sends (its pool, anyio) or never (its CLI).
NEVER_IMPORTED = (
    "av",
    "click",
    "dubkit.cli",
    "dubkit.sim",
    "httpcore",
    "httpcore2",
    "httpx",
    "jsonschema",
    "numpy",
    "pydantic",
    "pygments",
    "rich",
    "starlette",
    "typer",
    "uvicorn",
    "yaml",
)


def _modules_after(code: str) -> set[str]:
    program = f"import sys\n{code}\nprint('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_import_dubkit_and_both_clients_load_no_extra_and_no_httpx() -> None:
    """Importing dubkit and building all four clients loads none of the extras' modules, nor httpx itself."""
    loaded = _modules_after(
        "import dubkit\n"
        "dubkit.ElevenLabs(api_key='k'); dubkit.Dubformer(api_key='k')\n"
        "dubkit.AsyncElevenLabs(api_key='k'); dubkit.AsyncDubformer(api_key='k')"
    )
    assert "httpx2" in loaded  # the check sees the modules the program loaded
    assert not {name for name in NEVER_IMPORTED if name in loaded}


def test_sync_clients_do_not_load_asyncio() -> None:
    """A program that uses only the sync clients never pays for asyncio (it is imported where it is used)."""
    loaded = _modules_after("import dubkit\ndubkit.ElevenLabs(api_key='k'); dubkit.Dubformer(api_key='k')")
    assert "dubkit.dubformer" in loaded
    assert "asyncio" not in loaded

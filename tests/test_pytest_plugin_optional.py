"""pytest loads dubkit's plugin wherever dubkit is installed: it must not need the simulator's extra to load."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Run in a fresh interpreter in which the sim extra's packages cannot be imported.
_WITHOUT_SIM_EXTRA = textwrap.dedent(
    """
    import importlib.abc, sys

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {"starlette", "uvicorn", "multipart", "python_multipart"}:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, Block())
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
    """
)


def test_plugin_loads_without_the_sim_extra_and_says_how_to_get_it() -> None:
    result = subprocess.run([sys.executable, "-c", _WITHOUT_SIM_EXTRA], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "pip install 'dubkit[sim]'" in result.stdout

"""The README's code blocks stay true: they compile and every name they import exists."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re

import pytest
from spec_helpers import ROOT_DIR


def _python_blocks() -> list[str]:
    text = (ROOT_DIR / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, re.DOTALL)


def test_readme_python_blocks_import_real_names() -> None:
    """Each python block parses, and each `from X import Y` names a real module attribute."""
    blocks = _python_blocks()
    assert blocks
    for block in blocks:
        tree = ast.parse(block)
        imports = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
        for node in imports:
            module = importlib.import_module(node.module or "")
            for alias in node.names:
                assert hasattr(module, alias.name) or importlib.util.find_spec(f"{node.module}.{alias.name}")


def test_readme_make_targets_exist() -> None:
    """The commands the README gives are real Makefile targets."""
    makefile = (ROOT_DIR / "Makefile").read_text(encoding="utf-8")
    readme = (ROOT_DIR / "README.md").read_text(encoding="utf-8")
    for target in set(re.findall(r"^make (\w+)", readme, re.MULTILINE)):
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target


pytest_plugins = ["pytester"]


def test_readme_simulator_examples_run() -> None:
    """The simulator examples are complete programs: they run, offline, and their asserts hold."""
    blocks = [b for b in _python_blocks() if "from dubkit.sim import" in b]
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})  # noqa: S102 - our own README


def test_readme_fixture_example_passes(pytester: pytest.Pytester) -> None:
    """The pytest-fixture example passes as a test file of its own, using the installed plugin."""
    [block] = [b for b in _python_blocks() if "def test_" in b and "dubkit_sim" in b]
    pytester.makepyfile(test_example=block)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)

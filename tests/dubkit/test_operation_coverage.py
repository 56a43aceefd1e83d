"""Every operation of both effective specs is served by a method of the async source (and so of its twin)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from spec_helpers import ROOT_DIR, all_operations, missing_rows

PACKAGES = {"elevenlabs": "dubkit_elevenlabs", "dubformer": "dubkit_dubformer"}
# How a wrapper reaches a generated operation module: it calls it, or takes its request to stream the answer.
CALLS = {"asyncio_detailed", "request_kwargs"}


def wrapped_operations(provider: str, root: Path = ROOT_DIR) -> dict[str, list[str]]:
    """Map each operation the provider's ``_async/`` source reaches to the ``Class.method`` names that do."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted((root / "overlays" / "dubkit" / provider / "_async").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        generated = {
            alias.asname or alias.name
            for node in tree.body
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(f"{PACKAGES[provider]}.api.")
            for alias in node.names
        }
        for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
            for method in (n for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)):
                for node in ast.walk(method):
                    if (
                        isinstance(node, ast.Attribute)
                        and node.attr in CALLS
                        and isinstance(node.value, ast.Name)
                        and node.value.id in generated
                    ):
                        found[f"{provider}.{node.value.id}"].append(f"{cls.name}.{method.name}")
    return dict(found)


def test_every_operation_has_a_client_method() -> None:
    """A spec operation no method calls fails, naming it: add its method to the ``_async/`` source."""
    wrapped = {op for provider in PACKAGES for op in wrapped_operations(provider)}
    problem = missing_rows("overlays/dubkit/<provider>/_async/ (a client method)", wrapped, set(all_operations()))
    assert not problem, problem


def test_the_scan_finds_calls_and_streamed_requests(tmp_path: Path) -> None:
    """The scan sees a generated operation called and one whose request is streamed (so the check can fail)."""
    source = tmp_path / "overlays" / "dubkit" / "dubformer" / "_async"
    source.mkdir(parents=True)
    (source / "_things.py").write_text(
        "from dubkit_dubformer.api.projects import get_project, list_projects\n"
        "class AsyncThings:\n"
        "    async def get(self):\n"
        "        return await aexpect(lambda: get_project.asyncio_detailed('x', client=c), P)\n"
        "    async def download(self):\n"
        "        return list_projects.request_kwargs()\n"
        "    def unrelated(self):\n"
        "        return get_project.__name__\n"
    )
    assert wrapped_operations("dubformer", tmp_path) == {
        "dubformer.get_project": ["AsyncThings.get"],
        "dubformer.list_projects": ["AsyncThings.download"],
    }

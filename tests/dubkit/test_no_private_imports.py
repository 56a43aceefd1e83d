"""dubkit uses only public names of other packages: no ``pkg._module`` imports, no generated ``_get_kwargs``."""

from __future__ import annotations

import ast
from pathlib import Path

from spec_helpers import ROOT_DIR

OVERLAYS = ROOT_DIR / "overlays"
# Still imported privately, and whose work removes it (delete the entry with the import).
# The private helpers of a generated operation module (its public twin of _get_kwargs is request_kwargs).
GENERATED_PRIVATE = {"_get_kwargs", "_parse_response", "_build_response"}
PENDING: dict[str, str] = {}


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _private_uses(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            top, *rest = node.module.split(".")
            if top != "dubkit" and any(_private(part) for part in rest):
                found.append(node.module)
            if top != "dubkit" and any(_private(alias.name) for alias in node.names):
                found.extend(f"{node.module}.{alias.name}" for alias in node.names if _private(alias.name))
        elif isinstance(node, ast.Import):
            found.extend(a.name for a in node.names if not a.name.startswith("dubkit") and "._" in a.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.attr in GENERATED_PRIVATE:
            found.append(f"{node.value.id}.{node.attr}")
    return found


def test_the_overlays_import_no_private_name_of_another_package() -> None:
    """Every import of typer, httpx or the generated packages names public modules and objects only."""
    uses = {
        f"{path.relative_to(ROOT_DIR)}: {use}"
        for path in sorted(OVERLAYS.rglob("*.py"))
        for use in _private_uses(path)
        if use not in PENDING
    }
    assert not uses, "private imports of other packages:\n" + "\n".join(sorted(uses))


def test_the_check_sees_each_kind_of_private_use(tmp_path: Path) -> None:
    """The scan finds a private module, a private name and a generated private helper (so it can fail)."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typer._click.exceptions import ClickException\n"
        "from dubkit_elevenlabs.types import _Private\n"
        "import httpx._models\n"
        "kwargs = get_dubbed_file._get_kwargs('d', 'es')\n"
        "from dubkit._http import expect\n"
    )
    assert _private_uses(sample) == [
        "typer._click.exceptions",
        "dubkit_elevenlabs.types._Private",
        "httpx._models",
        "get_dubbed_file._get_kwargs",
    ]

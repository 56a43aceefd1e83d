"""Find breaking changes in the Python import surface of the generated packages and of dubkit, with griffe.

The wire view (``scripts/spec_diff.py``) says what changed on the HTTP API; this is the view of a user's
``import``: a generated endpoint module that disappeared, a parameter that was removed, a model attribute
that is gone. Both sides are read statically (griffe visits the source, it never imports it), so an old
tree whose imports no longer resolve is still compared.

What counts as public is griffe's rule, unchanged: a ``_``-prefixed module or name is private and is not
compared (``dubkit._errors`` is internal), a module with ``__all__`` exports exactly the names it lists, and
an imported name is private unless ``__all__`` lists it. Objects that a public module re-exports from a private
one (``dubkit.APIStatusError`` from ``dubkit._errors``) are compared through that re-export, and their
findings are named by the public path a user imports, not by the private module that defines them.

Severity: every griffe breakage is ``breaking`` (existing code fails at import or call time), except
the kinds in ``POSSIBLY_BREAKING``, after which existing code still imports and runs, and a module-level
name that disappeared from a module defining ``__getattr__`` (PEP 562; ``dubkit`` serves its clients and
``__version__`` that way), which may still resolve at runtime.

Usage:
    python scripts/api_diff.py [--against REF] [--format markdown|json] [--fail-on LEVEL]

compares the working tree with ``REF`` (default ``HEAD``).
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import griffe
from _findings import SEVERITIES, Finding, Severity, at_or_above
from _specio import ROOT
from spec_diff import render_json, render_markdown

PACKAGES: tuple[tuple[str, str], ...] = (
    ("dubkit_elevenlabs", "generated"),
    ("dubkit_dubformer", "generated"),
    ("dubkit_models", "generated"),
    ("dubkit", "overlays"),
)
"""Each compared package and the directory (relative to the repository root) it is imported from."""

POSSIBLY_BREAKING: frozenset[griffe.BreakageKind] = frozenset(
    {
        # Every call still works; only code that relied on the old default behaves differently (in the
        # generated clients a default comes from the spec, so the wire report shows the same change).
        griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT,
        # griffe 2.4 reports this only when a return annotation disappears: type checkers notice, runtime does not.
        griffe.BreakageKind.RETURN_CHANGED_TYPE,
        # Annotations only: a type checker may complain, running code does not.
        griffe.BreakageKind.ATTRIBUTE_CHANGED_TYPE,
        # A constant's new value: code that reads it keeps running.
        griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE,
    }
)


def severity_of(kind: griffe.BreakageKind) -> Severity:
    """Map a griffe breakage kind to a report severity.

    Args:
        kind: The kind griffe reported.

    Returns:
        ``"possibly-breaking"`` for the kinds in ``POSSIBLY_BREAKING``, else ``"breaking"``
        (a kind added by a later griffe counts as breaking until someone decides otherwise).
    """
    return "possibly-breaking" if kind in POSSIBLY_BREAKING else "breaking"


def rule_of(kind: griffe.BreakageKind) -> str:
    """Return the stable rule id of a griffe breakage kind.

    Args:
        kind: The kind griffe reported.

    Returns:
        The kind's name in kebab case, e.g. ``"parameter-removed"``.
    """
    return kind.name.lower().replace("_", "-")


def export_ref(
    ref: str, destination: Path, *, repo: Path = ROOT, packages: Sequence[tuple[str, str]] = PACKAGES
) -> Path:
    """Write the packages' directories as they are at a git ref into a directory.

    ``git archive`` reads the object store only: unlike ``griffe.load_git`` it creates no worktree and no
    temporary branch in the user's repository, so concurrent runs cannot collide, and one export serves
    all four packages.

    Args:
        ref: Any git revision (``HEAD``, a tag, a commit).
        destination: An empty directory to write into.
        repo: The repository.
        packages: The packages whose directories to export.

    Returns:
        ``destination``.

    Raises:
        ValueError: If ``ref`` names no commit in ``repo``.
    """
    if _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False).returncode != 0:
        raise ValueError(f"{ref!r} is not a commit of the git repository at {repo}")
    wanted = sorted({directory for _, directory in packages})
    # A directory that did not exist yet at ``ref`` would make `git archive` fail; export only those present.
    present = _git(repo, "ls-tree", "--name-only", ref, "--", *wanted).stdout.decode().split()
    if present:
        archive = _git(repo, "archive", "--format=tar", ref, "--", *present).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(destination, filter="data")
    return destination


def _git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=check)  # noqa: S607 - git from PATH


def load_api(root: Path, packages: Sequence[tuple[str, str]] = PACKAGES) -> dict[str, griffe.Module]:
    """Load the packages found under a tree, statically, into one griffe collection.

    One collection lets an alias in one package (``dubkit`` re-exporting a generated model) resolve to
    its target in another.

    Args:
        root: A repository root or an export of one.
        packages: ``(package, directory)`` pairs; the package is ``root / directory / package``.

    Returns:
        Each package present under ``root`` by name; absent ones are left out.

    Raises:
        ValueError: If a source file of a package cannot be loaded (griffe would skip it silently).
    """
    search_paths = [root / directory for directory in dict.fromkeys(directory for _, directory in packages)]
    modules = griffe.ModulesCollection()
    lines = griffe.LinesCollection()
    loaded: dict[str, griffe.Module] = {}
    for name, directory in packages:
        base = root / directory
        if not ((base / name / "__init__.py").is_file() or (base / f"{name}.py").is_file()):
            continue
        module = griffe.load(
            name,
            # Its own directory first, so a same-named package elsewhere can never shadow it.
            search_paths=[base, *search_paths],
            modules_collection=modules,
            lines_collection=lines,
            # Never import code from the tree: the old side may not even be importable any more.
            allow_inspection=False,
            store_source=False,
        )
        if not isinstance(module, griffe.Module):  # a package name always loads as one; this keeps mypy honest
            raise TypeError(f"{name} loaded as {type(module).__name__}, not a module")
        _check_complete(module, base / name)
        loaded[name] = module
    return loaded


def _walk_modules(module: griffe.Module) -> Iterator[griffe.Module]:
    yield module
    for submodule in module.modules.values():
        if isinstance(submodule, griffe.Module):
            yield from _walk_modules(submodule)


def _check_complete(package: griffe.Module, directory: Path) -> None:
    """Fail if a source file of the package is missing from what griffe loaded.

    griffe skips a submodule it cannot parse with only a debug log; the comparison would then
    report it removed, or silently lose what it defines, so a broken file must stop the run.
    """
    loaded = {path.resolve() for module in _walk_modules(package) for path in _filepaths(module)}
    for path in sorted(directory.rglob("*.py")):
        if "__pycache__" not in path.parts and path.resolve() not in loaded:
            raise ValueError(f"griffe could not load {path}: is it valid Python?")


def _filepaths(module: griffe.Module) -> list[Path]:
    filepath = module.filepath
    return filepath if isinstance(filepath, list) else [filepath]


def compare_apis(
    old: Mapping[str, griffe.Module],
    new: Mapping[str, griffe.Module],
    *,
    roots: Sequence[Path],
    packages: Sequence[tuple[str, str]] = PACKAGES,
) -> list[Finding]:
    """Compare two loaded versions of the packages.

    Args:
        old: The packages before, by name (``load_api``).
        new: The packages after.
        roots: The trees both were loaded from, to print file paths relative to them.
        packages: The packages to compare, in report order.

    Returns:
        The findings, package by package in ``packages`` order, each in griffe's order.
    """
    public = {**_public_aliases(old.values()), **_public_aliases(new.values())}
    resolved_roots = [root.resolve() for root in roots]
    findings: list[Finding] = []
    for name, directory in packages:
        if name not in old and name not in new:
            continue
        if name not in old:
            findings.append(
                Finding(
                    "python",
                    "info",
                    "package-added",
                    name,
                    f"{directory}/{name}",
                    f"new package {name}: nothing to compare it with.",
                )
            )
            continue
        if name not in new:
            findings.append(
                Finding(
                    "python",
                    "breaking",
                    rule_of(griffe.BreakageKind.OBJECT_REMOVED),
                    name,
                    f"{directory}/{name}",
                    f"package {name} was removed; every import of it fails.",
                )
            )
            continue
        findings.extend(
            _finding(breakage, public, resolved_roots, new)
            for breakage in griffe.find_breaking_changes(old[name], new[name])
        )
    return findings


def diff_trees(old_root: Path, new_root: Path, *, packages: Sequence[tuple[str, str]] = PACKAGES) -> list[Finding]:
    """Compare the packages of two directory trees.

    Args:
        old_root: The tree before (a repository root or an export of one).
        new_root: The tree after.
        packages: ``(package, directory)`` pairs to compare.

    Returns:
        The findings (``compare_apis``).

    Raises:
        ValueError: If a source file of a package cannot be loaded.
    """
    return compare_apis(
        load_api(old_root, packages), load_api(new_root, packages), roots=(old_root, new_root), packages=packages
    )


def diff_against(
    ref: str = "HEAD",
    *,
    repo: Path = ROOT,
    new_ref: str | None = None,
    packages: Sequence[tuple[str, str]] = PACKAGES,
) -> list[Finding]:
    """Compare the packages at a git ref with the working tree (or with a second ref).

    Args:
        ref: The old side's git revision.
        repo: The repository.
        new_ref: The new side's revision; ``None`` for the working tree as it is on disk.
        packages: ``(package, directory)`` pairs to compare.

    Returns:
        The findings (``compare_apis``).

    Raises:
        ValueError: If a ref names no commit, or a source file of a package cannot be loaded.
    """
    with tempfile.TemporaryDirectory(prefix="api-diff-") as scratch:
        old_root = export_ref(ref, Path(scratch) / "old", repo=repo, packages=packages)
        new_root = repo if new_ref is None else export_ref(new_ref, Path(scratch) / "new", repo=repo, packages=packages)
        return diff_trees(old_root, new_root, packages=packages)


def _walk_public_modules(module: griffe.Module) -> Iterator[griffe.Module]:
    yield module
    for submodule in module.modules.values():
        if isinstance(submodule, griffe.Module) and not submodule.name.startswith("_"):
            yield from _walk_public_modules(submodule)


def _public_aliases(packages: Iterable[griffe.Module]) -> dict[str, str]:
    """Map each object re-exported by a public module to the shortest public path that re-exports it."""
    mapping: dict[str, str] = {}
    for package in packages:
        for module in _walk_public_modules(package):
            for member in module.members.values():
                if not (isinstance(member, griffe.Alias) and member.is_public):
                    continue
                try:
                    target = member.final_target.path
                except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                    continue  # points outside the loaded packages (httpx, typing, ...)
                if target not in mapping or len(member.path) < len(mapping[target]):
                    mapping[target] = member.path
    return mapping


def _is_private(part: str) -> bool:
    return part.startswith("_") and not (part.startswith("__") and part.endswith("__"))


def public_path(path: str, aliases: Mapping[str, str]) -> str:
    """Name an object by the public path a user imports, if its defining path is private.

    Args:
        path: The object's path, e.g. ``"dubkit._errors.APIStatusError.__init__"``.
        aliases: Defining path to public re-export path (of the object or of one of its parents).

    Returns:
        E.g. ``"dubkit.APIStatusError.__init__"``; ``path`` itself when it is public or not re-exported.
    """
    parts = path.split(".")
    if not any(_is_private(part) for part in parts):
        return path
    for end in range(len(parts), 0, -1):
        prefix = ".".join(parts[:end])
        if prefix in aliases:
            return ".".join([aliases[prefix], *parts[end:]])
    return path


def _location(obj: griffe.Object | griffe.Alias, roots: Sequence[Path]) -> str:
    holder: Any = obj.parent if isinstance(obj, griffe.Alias) else obj
    filepath = holder.filepath if holder is not None else None
    if isinstance(filepath, list):  # a namespace package spans directories
        filepath = filepath[0] if filepath else None
    if filepath is None:
        return ""
    shown = filepath.as_posix()
    for root in roots:
        if filepath.is_relative_to(root):
            shown = filepath.relative_to(root).as_posix()
            break
    line = obj.alias_lineno if isinstance(obj, griffe.Alias) else obj.lineno
    return f"{shown}:{line}" if line else shown


def _kind_name(obj: griffe.Object | griffe.Alias) -> str:
    try:
        kind = obj.kind
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return "name"
    if kind is griffe.Kind.FUNCTION and obj.parent is not None and obj.parent.is_class:
        return "method"
    return str(kind.value)


def _removed_bases(old: Any, new: Any) -> str:
    kept = {str(base) for base in new}
    return ", ".join(str(base) for base in old if str(base) not in kept)


_Explain = Callable[[griffe.Breakage, str, Any, Any], str]
"""Turns (breakage, public path, old value, new value) into a sentence."""

_MESSAGES: dict[griffe.BreakageKind, _Explain] = {
    griffe.BreakageKind.OBJECT_REMOVED: lambda b, path, old, new: (
        f"{_kind_name(b.obj)} {path} was removed; code that imports or uses it fails."
    ),
    griffe.BreakageKind.PARAMETER_REMOVED: lambda b, path, old, new: (
        f"parameter '{old.name}' of {path} was removed; calls that pass it fail."
    ),
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED: lambda b, path, old, new: (
        f"{path} has a new required parameter '{new.name}'; existing calls that omit it fail."
    ),
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED: lambda b, path, old, new: (
        f"parameter '{old.name}' of {path} is now required; calls that omit it fail."
    ),
    griffe.BreakageKind.PARAMETER_MOVED: lambda b, path, old, new: (
        f"positional parameter '{old.name}' of {path} moved ({b.details}); positional calls mix up values."
    ),
    griffe.BreakageKind.PARAMETER_CHANGED_KIND: lambda b, path, old, new: (
        f"parameter '{old.name}' of {path} changed from {old.kind.value} to {new.kind.value}."
    ),
    griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT: lambda b, path, old, new: (
        f"the default of parameter '{old.name}' of {path} changed from {old.default} to {new.default}."
    ),
    griffe.BreakageKind.RETURN_CHANGED_TYPE: lambda b, path, old, new: (
        f"the return annotation of {path} changed from {old} to {new}."
    ),
    griffe.BreakageKind.OBJECT_CHANGED_KIND: lambda b, path, old, new: (
        f"{path} is now a {new.value}, no longer a {old.value}."
    ),
    griffe.BreakageKind.CLASS_REMOVED_BASE: lambda b, path, old, new: (
        f"class {path} no longer derives from {_removed_bases(old, new)}; isinstance checks and inherited "
        "members break."
    ),
}


def _message(breakage: griffe.Breakage, path: str) -> str:
    explain = _MESSAGES.get(breakage.kind)
    if explain is None:  # a kind without its own sentence (attribute changes, or one a later griffe adds)
        return f"{path}: {breakage.kind.value.lower()} ({breakage.old_value} -> {breakage.new_value})."
    return explain(breakage, path, breakage.old_value, breakage.new_value)


def _lookup(packages: Mapping[str, griffe.Module], path: str) -> griffe.Object | griffe.Alias | None:
    package, _, rest = path.partition(".")
    if package not in packages:
        return None
    if not rest:
        return packages[package]
    try:
        found: griffe.Object | griffe.Alias = packages[package][rest]
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    return found


def _served_dynamically(breakage: griffe.Breakage, new: Mapping[str, griffe.Module]) -> str | None:
    """Return the module whose ``__getattr__`` may still serve a name griffe saw removed, if there is one."""
    parent = breakage.obj.parent
    if breakage.kind is not griffe.BreakageKind.OBJECT_REMOVED or parent is None or not parent.is_module:
        return None
    module = _lookup(new, parent.path)
    if module is None or not module.is_module or "__getattr__" not in module.members:
        return None
    return module.path


def _finding(
    breakage: griffe.Breakage,
    aliases: Mapping[str, str],
    roots: Sequence[Path],
    new: Mapping[str, griffe.Module],
) -> Finding:
    path = public_path(breakage.obj.path, aliases)
    severity = severity_of(breakage.kind)
    message = _message(breakage, path)
    # A module-level __getattr__ (PEP 562; dubkit's lazy clients and __version__) can still answer the
    # name at runtime, which static analysis cannot see: say so instead of claiming certain breakage.
    if (module := _served_dynamically(breakage, new)) is not None:
        severity = "possibly-breaking"
        message = f"{path} is no longer defined statically; {module}.__getattr__ may still provide it at runtime."
    return Finding(
        source="python",
        severity=severity,
        rule=rule_of(breakage.kind),
        operation=path,
        location=_location(breakage.obj, roots),
        message=message,
    )


def main(argv: list[str] | None = None) -> int:
    """Print the Python API changes of the working tree against a git ref.

    Args:
        argv: Command-line arguments (defaults to ``sys.argv[1:]``).

    Returns:
        0, or 1 if a finding is at or above ``--fail-on``.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD", metavar="REF", help="the git ref to compare with (HEAD)")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument(
        "--fail-on", choices=(*SEVERITIES, "never"), default="never", help="exit 1 on a finding this severe or more"
    )
    args = parser.parse_args(argv)
    try:
        findings = diff_against(args.against)
    except ValueError as error:
        sys.stderr.write(f"api_diff: {error}\n")
        return 2
    if args.format == "json":
        sys.stdout.write(render_json(findings))
    else:
        sys.stdout.write(render_markdown(findings, title=f"Python API changes against {args.against}"))
    failing = args.fail_on != "never" and any(at_or_above(f.severity, args.fail_on) for f in findings)
    return 1 if failing else 0


if __name__ == "__main__":
    raise SystemExit(main())

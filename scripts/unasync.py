"""Write the sync twin of every async wrapper module: one source, two clients, no drift.

The resource wrappers are written once, async, in ``overlays/dubkit/<provider>/_async/``, and the loops
they share (downloads, waits, ...) in ``overlays/dubkit/_async/``. This script turns each module there into
its sync twin in the sibling ``_sync/`` folder by substituting whole words (``async def`` -> ``def``,
``await x`` -> ``x``, ``AsyncDubbing`` -> ``Dubbing``, ``aexpect`` -> ``expect``, ...), then sorts the
imports and ``__all__`` and formats the result with the pinned ruff. Docstrings go through the same
substitutions, so both twins carry the same full text. What cannot be said by substitution lives in small
shared modules beside them.

``make generate`` runs it; ``make check`` (so ``make test`` and CI) runs ``--check``, which fails, with a
diff, when a sync twin differs from what its async source gives, or has no source. Every substitution must
be used somewhere, so the table cannot keep dead entries. (After httpcore's ``scripts/unasync.py``.)

Usage:
    python scripts/unasync.py [--check]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from _specio import ROOT
from _written import check_flag, report, ruff, write_or_compare

OVERLAY = ROOT / "overlays" / "dubkit"
PACKAGES = [OVERLAY, OVERLAY / "elevenlabs", OVERLAY / "dubformer"]
HEADER = (
    "# Generated from {source} by scripts/unasync.py; do not edit.\n"
    "# Change the async source, then run `make generate`.\n"
)

# (regex, replacement), applied in order to each line, each anchored at word boundaries.
SUBSTITUTIONS = [
    ("async def", "def"),
    ("async with", "with"),
    ("async for", "for"),
    ("await ", ""),
    ("aexpect", "expect"),
    ("get_async_httpx_client", "get_httpx_client"),
    ("aexpect_with_headers", "expect_with_headers"),
    ("await_until_done", "wait_until_done"),
    ("asyncio_detailed", "sync_detailed"),
    ("adownload_to_path", "download_to_path"),
    ("adownload_endpoint", "download_endpoint"),
    ("aiter_endpoint", "iter_endpoint"),
    ("aiter_download", "iter_download"),
    ("aiter_raw", "iter_raw"),
    ("acreate_job", "create_job"),
    ("adub_file", "dub_file"),
    ("aclose", "close"),
    ("adownload_outputs", "download_outputs"),
    ("aread", "read"),
    ("build_async_http", "build_sync_http"),
    ("build_async_stream_client", "build_stream_client"),
    ("build_async_download_client", "build_download_client"),
    ("set_async_httpx_client", "set_httpx_client"),
    ("asyncio_sleep", "blocking_sleep"),
    ("asyncio_deadline", "blocking_deadline"),
    ("handle_async_request", "handle_request"),
    ("aiter_bytes", "iter_bytes"),
    ("__aiter__", "__iter__"),
    ("AsyncPager", "SyncPager"),
    ("Async([A-Z][A-Za-z0-9_]*)", r"\1"),
]
_COMPILED = [
    (re.compile(rf"(?<!\w){pattern}" + ("" if pattern.endswith(" ") else r"(?!\w)")), repl)
    for pattern, repl in SUBSTITUTIONS
]


def unasync_text(text: str, used: set[int]) -> str:
    """Return ``text`` with every substitution applied, line by line, recording which ones matched.

    Args:
        text: An async module's source.
        used: Receives the index of each substitution that changed something.

    Returns:
        The sync source, before formatting.
    """
    lines = []
    for line in text.splitlines(keepends=True):
        result = line
        for index, (regex, repl) in enumerate(_COMPILED):
            new = regex.sub(repl, result)
            if new != result:
                used.add(index)
            result = new
        lines.append(result)
    return "".join(lines)


def sync_twin(source: Path, used: set[int], root: Path = ROOT) -> str:
    """Return the formatted sync twin of one async module, header included.

    Args:
        source: The async module.
        used: Receives the indexes of the substitutions that matched.
        root: What the header's path is relative to.

    Returns:
        The twin's text.
    """
    header = HEADER.format(source=source.relative_to(root).as_posix())
    text = header + unasync_text(source.read_text(encoding="utf-8"), used)  # the header itself is not substituted
    # ruff reads its settings, and which imports are first-party, for the async source, which exists even
    # before its twin's folder does.
    text = ruff(["check", "--fix", "--select", "I,RUF022", "--quiet", "--exit-zero"], text, source)
    return ruff(["format", "--quiet"], text, source)


def twins(packages: list[Path]) -> list[tuple[Path, Path]]:
    """Return every (async source, sync twin) pair of ``packages``, sorted, for the modules of the async side."""
    pairs = []
    for package in packages:
        for source in sorted((package / "_async").glob("*.py")):
            pairs.append((source, package / "_sync" / source.name))
    return pairs


def run(*, check: bool, packages: list[Path] = PACKAGES, root: Path = ROOT) -> int:
    """Write (or with ``check``, compare) every sync twin; return the exit status.

    Args:
        check: Change nothing; report each twin that differs from its source, or has none.
        packages: The packages whose ``_async/`` folder is the source of their ``_sync/`` folder.
        root: What the paths in the headers and messages are relative to.

    Returns:
        0 when every twin is (or now is) what its source gives, 1 otherwise.
    """
    used: set[int] = set()
    problems = []
    expected = {target: sync_twin(source, used, root) for source, target in twins(packages)}
    for package in packages:
        for stale in sorted(set((package / "_sync").glob("*.py")) - set(expected)):
            problems.append(f"{stale.relative_to(root)} has no async source in {package.relative_to(root)}/_async")
            if not check:
                stale.unlink()
    for target, text in expected.items():
        problem = write_or_compare(target, text, check=check, root=root, source="its async source")
        if problem:
            problems.append(problem)
    unused = [SUBSTITUTIONS[i][0] for i in range(len(SUBSTITUTIONS)) if i not in used]
    failures = problems if check else []
    if unused and packages == PACKAGES:  # a part of the tree need not use every entry
        failures.append(f"substitutions used nowhere (remove them from scripts/unasync.py): {unused}")
    return report(failures, "The sync twins are generated: edit the _async/ source and run `make generate`.")


def main() -> int:
    """Parse the command line and run."""
    return run(check=check_flag(__doc__.splitlines()[0], "a sync twin drifted"))


if __name__ == "__main__":
    sys.exit(main())

"""Apply an OpenAPI Overlay 1.0 document to an OpenAPI description.

Targets are RFC 9535 JSONPath queries, evaluated by python-jsonpath in strict (RFC)
mode. Merge rules follow the Overlay specification as clarified for 1.0.x/1.1:

* a property only in the target is kept; a property only in ``update`` is added;
* primitive replaces primitive, arrays are concatenated, objects merge recursively;
* any other combination is incompatible and is an error;
* a target that selects an array gets the ``update`` value appended as one entry;
* ``remove: true`` removes each selected node from its parent.

One deviation: an array is a set here. Appending or concatenating never adds an entry the array
already holds (``required``, ``enum``, ``anyOf``/``oneOf`` variants, tags, servers), so an overlay
whose addition upstream has since made itself keeps producing a valid document.

Every action gets a status (``ActionResult.status``), so an overlay can retire itself:

* ``needed``: the action changes the document;
* ``already-upstream``: the document is the same without it (only ``title``/``description`` may
  differ): upstream has absorbed it, and the action can go;
* ``conflicting``: the action overwrites a value upstream now sets differently (upstream's value and
  ours are in ``ActionResult.conflicts``); ours still wins;
* ``unmatched``: the target selects nothing.

An action whose target selects nothing is an error by default: a stale overlay must be
noticed when the upstream document changes, not silently skipped.

Usage:
    python scripts/overlay.py SPEC OVERLAY [-o OUT]
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import jsonpath
from _specio import dump_yaml, load_yaml

_RFC9535 = jsonpath.JSONPathEnvironment(strict=True)

Status = Literal["needed", "already-upstream", "conflicting", "unmatched"]

DOC_KEYS = frozenset({"title", "description", "summary"})
"""Keys that only document: an action that differs from upstream in nothing else is already upstream."""

OURS_BY_DESIGN = frozenset({"operationId", "tags", "example", "examples", *DOC_KEYS})
"""Keys the overlay sets to its own choice on purpose: overwriting upstream's value there is no conflict."""


class OverlayError(ValueError):
    """An overlay document is malformed or cannot be applied."""


@dataclass(frozen=True)
class ActionResult:
    """What one overlay action did.

    Attributes:
        index: The action's position in the overlay (0-based).
        target: The action's JSONPath target.
        description: The action's description, or an empty string.
        matched: How many nodes the target selected.
        status: ``needed``, ``already-upstream``, ``conflicting`` or ``unmatched`` (module docstring).
        conflicts: For a conflicting action: (where, upstream's value, ours) for each value it overwrote.
    """

    index: int
    target: str
    description: str
    matched: int
    status: Status = "needed"
    conflicts: tuple[tuple[str, Any, Any], ...] = field(default=(), compare=False)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _add_to_set(items: list[Any], additions: list[Any]) -> None:
    """Append each addition the list does not hold yet (equal JSON values are the same entry)."""
    present = {_canonical(item) for item in items}
    for addition in additions:
        key = _canonical(addition)
        if key not in present:
            items.append(copy.deepcopy(addition))
            present.add(key)


def _merge(
    target: dict[str, Any], update: dict[str, Any], where: str, conflicts: list[tuple[str, Any, Any]], *, ours: bool
) -> None:
    for key, value in update.items():
        if key not in target:
            target[key] = copy.deepcopy(value)
            continue
        current = target[key]
        inside = ours or key in OURS_BY_DESIGN
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value, f"{where}.{key}", conflicts, ours=inside)
        elif isinstance(current, list) and isinstance(value, list):
            _add_to_set(current, value)
        elif not isinstance(current, dict | list) and not isinstance(value, dict | list):
            if current != value and not inside:
                conflicts.append((f"{where}.{key}", current, value))
            target[key] = value
        else:
            raise OverlayError(f"cannot merge {type(value).__name__} into {type(current).__name__} at {where}.{key}")


def _strip_docs(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _strip_docs(value) for key, value in node.items() if key not in DOC_KEYS}
    if isinstance(node, list):
        return [_strip_docs(item) for item in node]
    return node


def _remove(matches: list[jsonpath.JSONPathMatch], index: int) -> None:
    list_entries: dict[int, tuple[list[Any], list[int]]] = {}
    for match in matches:
        if match.parent is None:
            raise OverlayError(f"action {index}: cannot remove the document root")
        container, key = match.parent.obj, match.parts[-1]
        if isinstance(container, list):
            list_entries.setdefault(id(container), (container, []))[1].append(int(key))
        else:
            del container[key]
    # Delete list entries from the back so the remaining indices stay valid.
    for container, positions in list_entries.values():
        for position in sorted(positions, reverse=True):
            del container[position]


def _validate(overlay: Any) -> list[dict[str, Any]]:
    if not isinstance(overlay, dict):
        raise OverlayError("an overlay document must be a mapping")
    version = str(overlay.get("overlay", ""))
    if not version.startswith("1.0."):
        raise OverlayError(f"unsupported overlay version {version!r} (expected 1.0.x)")
    info = overlay.get("info")
    if not isinstance(info, dict) or "title" not in info or "version" not in info:
        raise OverlayError("overlay info needs a title and a version")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("an overlay needs at least one action")
    for index, action in enumerate(actions):
        if not isinstance(action, dict) or not str(action.get("target", "")).startswith("$"):
            raise OverlayError(f"action {index}: target must be a JSONPath starting with '$'")
        if "update" not in action and not action.get("remove"):
            raise OverlayError(f"action {index} ({action['target']}): needs update or remove: true")
    return actions


def _apply_action(
    result: dict[str, Any], action: dict[str, Any], index: int
) -> tuple[int, bool, list[tuple[str, Any, Any]]]:
    """Apply one action in place.

    Returns:
        How many nodes it selected, whether it changed more than documentation, and the upstream values
        it overwrote. An update changes nothing outside the nodes it selects, so comparing those is enough.
    """
    target = action["target"]
    try:
        matches = list(_RFC9535.finditer(target, result))
    except jsonpath.JSONPathError as exc:
        raise OverlayError(f"action {index}: invalid JSONPath {target!r}: {exc}") from exc
    conflicts: list[tuple[str, Any, Any]] = []
    if not matches:
        return 0, False, conflicts
    if action.get("remove"):
        _remove(matches, index)
        return len(matches), True, conflicts
    update = action["update"]
    before = [_canonical(_strip_docs(match.obj)) for match in matches]
    for match in matches:
        if isinstance(match.obj, list):
            _add_to_set(match.obj, [update])
        elif isinstance(match.obj, dict) and isinstance(update, dict):
            ours = any(str(part) in OURS_BY_DESIGN for part in match.parts)
            _merge(match.obj, update, match.path, conflicts, ours=ours)
        else:
            raise OverlayError(
                f"action {index}: target {match.path} is a {type(match.obj).__name__}; "
                "update needs an object or array target"
            )
    changed = any(_canonical(_strip_docs(match.obj)) != was for match, was in zip(matches, before, strict=True))
    return len(matches), changed, conflicts


def _run(
    document: dict[str, Any], actions: list[dict[str, Any]], skipped: frozenset[int]
) -> tuple[dict[str, Any], list[ActionResult]]:
    """Apply every action not in ``skipped``, noting for each whether it changed the document."""
    result = copy.deepcopy(document)
    report: list[ActionResult] = []
    for index, action in enumerate(actions):
        description = str(action.get("description", ""))
        if index in skipped:
            report.append(ActionResult(index, action["target"], description, 1, "already-upstream"))
            continue
        matched, changed, conflicts = _apply_action(result, action, index)
        status: Status
        if not matched:
            status = "unmatched"
        elif not changed:
            status = "already-upstream"
        else:
            status = "conflicting" if conflicts else "needed"
        report.append(ActionResult(index, action["target"], description, matched, status, tuple(conflicts)))
    return result, report


def apply_overlay(
    document: dict[str, Any], overlay: dict[str, Any], *, allow_unmatched: bool = False
) -> tuple[dict[str, Any], list[ActionResult]]:
    """Apply every action of an overlay, in order, to a copy of a document, and give each a status.

    A removal that a later action undoes (remove a property, then add it back corrected) is
    already upstream when the document comes out the same without it; the actions that put the
    property back are then judged on a document that kept it.

    Args:
        document: The OpenAPI description; it is not modified.
        overlay: The parsed Overlay 1.0 document.
        allow_unmatched: Report, rather than fail on, actions that select nothing.

    Returns:
        The overlaid document and one result per action.

    Raises:
        OverlayError: If the overlay is malformed, a merge is incompatible, or (unless
            ``allow_unmatched``) an action selects nothing.
    """
    actions = _validate(overlay)
    result, report = _run(document, actions, frozenset())
    if not allow_unmatched:
        for action in report:
            if action.status == "unmatched":
                raise OverlayError(f"action {action.index}: target {action.target!r} matches nothing")
    final = _canonical(_strip_docs(result))
    skipped: set[int] = set()
    for action in report:
        if action.status != "already-upstream" and actions[action.index].get("remove"):
            trial, _ = _run(document, actions, frozenset({*skipped, action.index}))
            if _canonical(_strip_docs(trial)) == final:
                skipped.add(action.index)
    if skipped:
        _, report = _run(document, actions, frozenset(skipped))
    return result, report


def main(argv: list[str] | None = None) -> int:
    """Apply an overlay file to a spec file and write the result as YAML.

    Args:
        argv: Command-line arguments (defaults to ``sys.argv[1:]``).

    Returns:
        The process exit code: 0, or 1 if an action matched nothing.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("overlay", type=Path)
    parser.add_argument("-o", "--out", type=Path)
    args = parser.parse_args(argv)
    document, report = apply_overlay(load_yaml(args.spec), load_yaml(args.overlay), allow_unmatched=True)
    stale = [action for action in report if action.status == "unmatched"]
    for action in report:
        if action.status != "needed":
            sys.stderr.write(f"overlay action {action.index} ({action.target}): {action.status}\n")
    text = dump_yaml(document)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())

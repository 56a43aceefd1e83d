"""Apply an OpenAPI Overlay 1.0 document to an OpenAPI description.

Targets are RFC 9535 JSONPath queries, evaluated by python-jsonpath in strict (RFC)
mode. Merge rules follow the Overlay specification as clarified for 1.0.x/1.1:

* a property only in the target is kept; a property only in ``update`` is added;
* primitive replaces primitive, arrays are concatenated, objects merge recursively;
* any other combination is incompatible and is an error;
* a target that selects an array gets the ``update`` value appended as one entry;
* ``remove: true`` removes each selected node from its parent.

An action whose target selects nothing is an error by default: a stale overlay must be
noticed when the upstream document changes, not silently skipped.

Usage:
    python scripts/overlay.py SPEC OVERLAY [-o OUT]
"""

from __future__ import annotations

import argparse
import copy
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath
from _specio import dump_yaml, load_yaml

_RFC9535 = jsonpath.JSONPathEnvironment(strict=True)


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
    """

    index: int
    target: str
    description: str
    matched: int


def _merge(target: dict[str, Any], update: dict[str, Any], where: str) -> None:
    for key, value in update.items():
        if key not in target:
            target[key] = copy.deepcopy(value)
            continue
        current = target[key]
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value, f"{where}.{key}")
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        elif not isinstance(current, dict | list) and not isinstance(value, dict | list):
            target[key] = value
        else:
            raise OverlayError(f"cannot merge {type(value).__name__} into {type(current).__name__} at {where}.{key}")


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


def apply_overlay(
    document: dict[str, Any], overlay: dict[str, Any], *, allow_unmatched: bool = False
) -> tuple[dict[str, Any], list[ActionResult]]:
    """Apply every action of an overlay, in order, to a copy of a document.

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
    result = copy.deepcopy(document)
    report: list[ActionResult] = []
    for index, action in enumerate(_validate(overlay)):
        target = action["target"]
        try:
            matches = list(_RFC9535.finditer(target, result))
        except jsonpath.JSONPathError as exc:
            raise OverlayError(f"action {index}: invalid JSONPath {target!r}: {exc}") from exc
        report.append(ActionResult(index, target, str(action.get("description", "")), len(matches)))
        if not matches:
            if allow_unmatched:
                continue
            raise OverlayError(f"action {index}: target {target!r} matches nothing")
        if action.get("remove"):
            _remove(matches, index)
            continue
        update = action["update"]
        for match in matches:
            if isinstance(match.obj, list):
                match.obj.append(copy.deepcopy(update))
            elif isinstance(match.obj, dict) and isinstance(update, dict):
                _merge(match.obj, update, match.path)
            else:
                raise OverlayError(
                    f"action {index}: target {match.path} is a {type(match.obj).__name__}; "
                    "update needs an object or array target"
                )
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
    stale = [action for action in report if action.matched == 0]
    for action in stale:
        sys.stderr.write(f"stale overlay action {action.index}: {action.target} matches nothing\n")
    text = dump_yaml(document)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Document-wide rules of the spec diff: servers, security requirements and security schemes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spec_diff_rules import Report
from spec_diff_views import deref


def compare_servers(report: Report) -> None:
    """Report servers (base URLs) removed or added at the document level.

    Args:
        report: The documents and the findings so far.
    """

    def urls(document: Mapping[str, Any]) -> set[str]:
        return {str(server.get("url")) for server in document.get("servers") or [] if isinstance(server, Mapping)}

    before, after = urls(report.old), urls(report.new)
    for url in sorted(before - after):
        message = f"The server {url} is no longer listed: clients configured with it may stop working."
        report.add("api-server-removed", "", f"server {url}", message)
    for url in sorted(after - before):
        report.add("api-server-added", "", f"server {url}", f"The server {url} was added.")


def _requirements(value: Any) -> dict[frozenset[str], dict[str, frozenset[str]]]:
    """Index security requirement alternatives by the schemes they combine (their scopes as values)."""
    found: dict[frozenset[str], dict[str, frozenset[str]]] = {}
    for requirement in value if isinstance(value, list) else []:
        if isinstance(requirement, Mapping):
            found[frozenset(requirement)] = {str(name): frozenset(scopes or []) for name, scopes in requirement.items()}
    return found


def _requirement_name(schemes: frozenset[str]) -> str:
    return " + ".join(sorted(schemes)) if schemes else "no authentication"


def compare_security(report: Report, before: Any, after: Any, *, operation: str, prefix: str) -> None:
    """Compare two lists of security requirements (alternatives, each a set of schemes used together).

    Args:
        report: The documents and the findings so far.
        before: The old ``security`` list (None when absent).
        after: The new one.
        operation: ``"METHOD /path"``, or ``""`` for the document's own list.
        prefix: ``"api-security"`` or ``"api-global-security"``.
    """
    old, new = _requirements(before), _requirements(after)
    scope = "The operation" if operation else "The API"
    for schemes in sorted(old.keys() - new.keys(), key=sorted):
        name = _requirement_name(schemes)
        message = (
            f"{scope} no longer accepts the security requirement {name}: calls authenticated only that way "
            "will be rejected."
        )
        report.add(f"{prefix}-removed", operation, f"security requirement {name}", message)
    for schemes in sorted(new.keys() - old.keys(), key=sorted):
        name = _requirement_name(schemes)
        # Adding an alternative to existing ones only offers another way in; the first one locks a door.
        consequence = "" if old else ": calls that did not authenticate will be rejected"
        message = f"{scope} now has the security requirement {name}{consequence}."
        report.add(f"{prefix}-added", operation, f"security requirement {name}", message)
    for schemes in sorted(old.keys() & new.keys(), key=sorted):
        for scheme in sorted(schemes):
            for verb, scopes in (
                ("removed", old[schemes][scheme] - new[schemes][scheme]),
                ("added", new[schemes][scheme] - old[schemes][scheme]),
            ):
                for scope_name in sorted(scopes):
                    message = f"The scope {scope_name!r} of the security scheme {scheme} was {verb}."
                    location = f"security requirement {_requirement_name(schemes)}"
                    report.add(f"{prefix}-scope-{verb}", operation, location, message)


def compare_security_schemes(report: Report) -> None:
    """Report security schemes added, removed, or changed in how credentials are sent.

    Args:
        report: The documents and the findings so far.
    """

    def schemes(document: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
        raw = (document.get("components") or {}).get("securitySchemes") or {}
        return {str(name): deref(value, document)[0] for name, value in raw.items()}

    before, after = schemes(report.old), schemes(report.new)
    for name in sorted(before.keys() - after.keys()):
        report.add(
            "api-security-component-removed", "", f"security scheme {name}", f"The security scheme {name} was removed."
        )
    for name in sorted(after.keys() - before.keys()):
        report.add(
            "api-security-component-added", "", f"security scheme {name}", f"The security scheme {name} was added."
        )
    for name in sorted(before.keys() & after.keys()):
        was, now = before[name], after[name]
        location = f"security scheme {name}"
        if was.get("type") != now.get("type"):
            message = f"The security scheme {name} changed its type from {was.get('type')} to {now.get('type')}."
            report.add("api-security-component-type-changed", "", location, message)
            continue
        # The generated clients put the key where `in` and `name` (or the HTTP `scheme`) say.
        for key in ("in", "name", "scheme"):
            if str(was.get(key, "")).lower() != str(now.get(key, "")).lower():
                message = (
                    f"The security scheme {name} changed its {key} from {was.get(key)} to {now.get(key)}: "
                    "clients that send credentials the old way will be rejected."
                )
                report.add("api-security-component-changed", "", location, message)

"""The derived call tables: a valid call of every method, the method that stands for every operation, and the
places a new operation needs, as ``docs/contributing/endpoints.md`` lists them.
"""

from __future__ import annotations

import re

import pytest
import valid_calls
from client_calls import PROVIDERS, signature, surface
from spec_helpers import ROOT_DIR, all_operations, missing_rows
from test_bad_input_table import ROWS, generated_rows
from valid_calls import (
    BASELINE,
    OVERRIDES,
    VALUES,
    MissingValueError,
    baseline_call,
    first_operation,
    method_of,
    spec_examples,
    value_for,
)

GUIDE = ROOT_DIR / "docs" / "contributing" / "endpoints.md"
PLACES_HEADING = "A new operation touches these places"
MAX_PLACES = 5
EXAMPLE = ("elevenlabs", "get_project_muted_tracks", "studio.projects.get_muted_tracks")
"""The last operation added by hand (issue 18): provider, operationId, and its method."""


def test_every_method_has_a_valid_call() -> None:
    """Each public method of both clients (sync and async), the constructors and dub_file have a baseline call."""
    problems = []
    for provider in PROVIDERS:
        methods = surface(provider, "sync") | surface(provider, "async")
        for target in sorted(methods):
            try:
                baseline_call(provider, target)
            except MissingValueError as missing:
                problems.append(str(missing))
        have = {target for name, target in BASELINE if name == provider}
        problems += [missing_rows("tests/valid_calls.py BASELINE", have, methods)] if have != methods else []
    assert not problems, "\n".join(problems)


def test_every_override_names_parameters_of_its_method() -> None:
    """An override of a renamed or removed method or parameter is stale: it must fail, not be ignored."""
    for (provider, target), call in OVERRIDES.items():
        assert target in surface(provider, "sync"), f"OVERRIDES names {provider} {target}: no such method"
        parameters = signature(provider, target).parameters
        unknown = sorted(set(call) - set(parameters))
        assert not unknown, f"OVERRIDES[{provider!r}, {target!r}] gives {unknown}: not parameters of it"


def test_a_required_parameter_without_a_value_is_named() -> None:
    """A new parameter name that no table, no example and no override gives a value fails, saying where to add one."""
    with pytest.raises(MissingValueError, match=r"studio\.projects\.recolour: the required parameter 'colour'"):
        value_for("elevenlabs", "studio.projects.recolour", "colour")


def test_spec_examples_give_the_values_the_table_does_not() -> None:
    """A required body field named nowhere in ``VALUES`` takes the effective spec's example of that name."""
    examples = spec_examples("elevenlabs")
    assert "name" not in VALUES
    assert BASELINE["elevenlabs", "studio.projects.create"]["name"] == examples["name"]
    assert BASELINE["elevenlabs", "studio.create_podcast"]["model_id"] == examples["model_id"]


def test_every_operation_has_a_method_whose_valid_call_sends_it() -> None:
    """Each operation of both specs has one method standing for it (the fuzz table calls it), and that method's
    valid call really sends the operation."""
    problems = []
    for name in sorted(all_operations()):
        provider, operation_id = name.split(".", 1)
        try:
            target = method_of(provider, operation_id)
        except LookupError as missing:
            problems.append(str(missing))
            continue
        assert first_operation(provider, target) == operation_id
    assert not problems, "\n".join(problems)


def test_an_operation_without_its_method_is_named_with_the_place_to_add_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the example's method were not written yet: the operation is named, with its route and the folder."""
    provider, operation_id, _ = EXAMPLE
    monkeypatch.setattr(valid_calls, "methods_sending", lambda *_: [])
    with pytest.raises(LookupError) as missing:
        method_of(provider, operation_id)
    assert str(missing.value).startswith(
        "operation elevenlabs.get_project_muted_tracks (GET /v1/studio/projects/{project_id}/muted-tracks) has no "
        "method: "
    )
    assert "specs/wrappers/elevenlabs/" in str(missing.value)


def test_the_last_operation_added_needs_no_hand_written_table_row_but_its_flow_call() -> None:
    """The example's valid call, fuzz method and bad-input rows are all derived; only the flow names it."""
    provider, operation_id, target = EXAMPLE
    assert (provider, target) not in OVERRIDES
    assert BASELINE[provider, target] == {"project_id": VALUES["project_id"]}
    assert method_of(provider, operation_id) == target
    assert {r.target for r in generated_rows() if r.provider == provider} >= {target}
    assert any(r.target == target for r in ROWS)
    flows = (ROOT_DIR / "tests" / "security" / "security_flows.py").read_text(encoding="utf-8")
    assert "get_muted_tracks" in flows


def _places() -> list[str]:
    text = GUIDE.read_text(encoding="utf-8")
    section = text.split(PLACES_HEADING, 1)[1]
    items: list[str] = []
    for line in section.splitlines()[1:]:
        if re.match(r"\d+\. ", line):
            items.append(line)
        elif items and line.startswith("   "):
            items[-1] += " " + line.strip()
        elif items and not line.strip():
            break
    return items


def test_the_contributor_guide_lists_at_most_five_places() -> None:
    """The guide's list of places is short, and names every file a completeness check asks a contributor to edit."""
    places = _places()
    assert 0 < len(places) <= MAX_PLACES, places
    text = " ".join(places)
    for place in (
        "specs/elevenlabs.overlay.yaml",
        "specs/wrappers/<provider>/",
        "overlays/dubkit/sim/<provider>/",
        "tests/security/security_flows.py",
    ):
        assert place in text, f"the guide's places do not name {place}"
    guide = GUIDE.read_text(encoding="utf-8")
    for table in ("tests/valid_calls.py", "tests/fuzz/fuzz_table.py", "tests/security/test_bad_input_table.py"):
        assert table in guide, f"the guide does not say when {table} needs an entry"

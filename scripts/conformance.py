r"""Check a real API against our effective spec: a read-only schemathesis run (never part of CI).

Runs the spec's GET operations (and Dubformer's ``validate_retranslation``, which creates nothing) against
``--base-url`` with the key from an environment variable, and reports every response that disagrees with
``generated/dubkit_specs/{provider}.json``: an undocumented status code, a wrong content type, or a body
that breaks the response schema. Path parameters are real ids, taken from the list endpoints first
(dubs, Studio projects, chapters, snapshots, dubbing projects and their language targets; Dubformer
projects) or given with ``--id name=value``. The Dubbing Project API's ``project_id`` is a different id
from Studio's: give it as ``--id dubbing_project_id=...``. ``format_type`` (a transcript format, not an
id) defaults to ``json``.

Operations that create paid work (every other POST, PATCH or PUT) are refused unless ``--allow-paid`` is
given; DELETE is refused always. The key is read from the environment (``--key-env``, default ``KEY``),
never from the command line, and is masked in everything printed or written.

Usage::

    KEY=... python scripts/conformance.py --provider elevenlabs --base-url https://api.elevenlabs.io
    KEY=... python scripts/conformance.py --provider dubformer --base-url https://app.dubformer.ai \\
        --json conformance.json --id project_id=12345

Exit status: 0 when the API agrees with the spec, 1 when it disagrees (or a request failed), 2 on bad
usage (a refused operation, no key, plain http off loopback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import schemathesis
from dubkit._settings import is_loopback  # the same rule as the clients
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from schemathesis import checks
from schemathesis.config import SchemathesisConfig
from schemathesis.core.result import Err, Ok

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT / "generated" / "dubkit_specs"
PROVIDERS = ("elevenlabs", "dubformer")
MASK = "***"
READ_ONLY = {"GET", "HEAD"}
READ_ONLY_POSTS = {"dubformer": frozenset({"validate_retranslation"})}
"""Operations that are not GET but create nothing and cost nothing."""
CHECK_NAMES = ("status_code_conformance", "content_type_conformance", "response_schema_conformance")
DEFAULT_EXAMPLES = 5
EXIT_AGREES, EXIT_DISAGREES, EXIT_USAGE = 0, 1, 2
_MIN_KEY_LENGTH = 4


class UsageError(Exception):
    """A run the script refuses to start (the message says why)."""


@dataclass
class Disagreement:
    """One way a response differed from the spec (identical ones are counted, not repeated)."""

    operation: str
    check: str
    title: str
    message: str
    status_code: int
    request: str
    count: int = 1


@dataclass
class Report:
    """What a run did and found."""

    provider: str
    base_url: str
    spec: str
    operations: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)
    requests: int = 0
    requests_by_operation: dict[str, int] = field(default_factory=dict)
    disagreements: list[Disagreement] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, found: Disagreement) -> None:
        """Record a disagreement, or count it again if the same one was seen before."""
        for known in self.disagreements:
            if (known.operation, known.check, known.title, known.status_code) == (
                found.operation,
                found.check,
                found.title,
                found.status_code,
            ):
                known.count += 1
                return
        self.disagreements.append(found)

    def to_json(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return asdict(self)


# --- authentication and the key ------------------------------------------------------------------


def auth_headers(provider: str, key: str) -> dict[str, str]:
    """The credential header of a provider."""
    return {"xi-api-key": key} if provider == "elevenlabs" else {"Authorization": f"Bearer {key}"}


class Masker:
    """Replaces the key in any text about to be printed or written."""

    def __init__(self, key: str) -> None:
        """Remember the key (one shorter than four characters is no real key: masking it would garble the text)."""
        self._key = key if len(key) >= _MIN_KEY_LENGTH else ""

    def __call__(self, text: str) -> str:
        """Return ``text`` with the key replaced by ``***``."""
        return text.replace(self._key, MASK) if self._key else text


def check_base_url(raw: str) -> str:
    """Return the base URL without a trailing slash; refuse plain http:// off loopback (the key would travel in clear).

    Raises:
        UsageError: If it is not an absolute http(s) URL, or is plain http:// to another machine.
    """
    url = httpx2.URL(raw.strip())
    if url.scheme not in {"http", "https"} or not url.host:
        raise UsageError(f"--base-url must be an absolute http(s) URL, got {raw!r}")
    if url.scheme == "http" and not is_loopback(url.host):
        raise UsageError(f"refusing plain http:// for {url.host}: the key would be sent unencrypted")
    return str(url).rstrip("/")


# --- which operations run --------------------------------------------------------------------------


def operation_id(operation: Any) -> str:
    """The spec's operationId of a schemathesis operation."""
    return str(operation.definition.raw.get("operationId") or operation.label)


def _why_not(op: Any, provider: str, allow_paid: bool) -> str | None:
    """Why an operation must not be sent, or None if it may."""
    method = op.method.upper()
    if method == "DELETE":
        return "DELETE is never sent: this script never deletes anything"
    read_only = method in READ_ONLY or operation_id(op) in READ_ONLY_POSTS.get(provider, frozenset())
    if not read_only and not allow_paid:
        return f"{method} may create paid work or change data (pass --allow-paid to send it)"
    return None


def select_operations(
    operations: Iterable[Any], provider: str, wanted: Sequence[str], allow_paid: bool
) -> tuple[list[Any], dict[str, str]]:
    """Return the operations to run (sorted by id), and those left out with why.

    Raises:
        UsageError: If ``wanted`` names an unknown operation, a DELETE, or (without ``allow_paid``) one that
            may create paid work.
    """
    by_id = {operation_id(op): op for op in operations}
    unknown = sorted(set(wanted) - set(by_id))
    if unknown:
        raise UsageError(f"no such operation in the {provider} spec: {', '.join(unknown)}")
    chosen: list[Any] = []
    skipped: dict[str, str] = {}
    for op_id in sorted(by_id):
        if wanted and op_id not in wanted:
            continue
        op = by_id[op_id]
        why = _why_not(op, provider, allow_paid)
        if why is not None and wanted:
            raise UsageError(f"refusing {op_id} ({op.method.upper()} {op.path}): {why}")
        if why is not None:
            skipped[op_id] = why
        else:
            chosen.append(op)
    return chosen, skipped


# --- real ids for path parameters ------------------------------------------------------------------


def _get(http: httpx2.Client, path: str) -> Any:
    response = http.get(path)
    if response.status_code != httpx2.codes.OK:
        return None
    try:
        return response.json()
    except ValueError:
        return None


def _first(items: Any, key: str, prefer: Callable[[dict[str, Any]], bool] = lambda _: True) -> dict[str, Any] | None:
    if not isinstance(items, list):
        return None
    found = [item for item in items if isinstance(item, dict) and isinstance(item.get(key), str)]
    return next((item for item in found if prefer(item)), found[0] if found else None)


def discover_elevenlabs(http: httpx2.Client, ids: dict[str, str]) -> None:
    """Fill in ElevenLabs ids from the list endpoints (GETs only), keeping the ones given."""
    _discover_dubbing(http, ids)
    _discover_dubbing_projects(http, ids)
    _discover_studio(http, ids)


def _discover_dubbing(http: httpx2.Client, ids: dict[str, str]) -> None:
    if "dubbing_id" not in ids:
        dubs = (_get(http, "/v1/dubbing?page_size=100") or {}).get("dubs")
        dub = _first(dubs, "dubbing_id", lambda d: d.get("status") == "dubbed")
        if dub is not None:
            ids["dubbing_id"] = dub["dubbing_id"]
            languages = dub.get("target_languages") or []
            if languages and "language_code" not in ids:
                ids["language_code"] = languages[0]
    if "dubbing_id" in ids and "speaker_id" not in ids:
        resource = _get(http, f"/v1/dubbing/resource/{ids['dubbing_id']}") or {}
        speakers = resource.get("speaker_tracks")
        if isinstance(speakers, dict) and speakers:
            ids["speaker_id"] = next(iter(speakers))


def _discover_dubbing_projects(http: httpx2.Client, ids: dict[str, str]) -> None:
    ids.setdefault("format_type", "json")
    if "dubbing_project_id" not in ids:
        projects = (_get(http, "/v1/dubbing/project?page_size=100") or {}).get("projects")
        project = _first(projects, "project_id", lambda p: p.get("status") == "ready")
        if project is not None:
            ids["dubbing_project_id"] = project["project_id"]
    if "dubbing_project_id" in ids and "language_id" not in ids:
        listing = _get(http, f"/v1/dubbing/project/{ids['dubbing_project_id']}/language?page_size=100") or {}
        language = _first(listing.get("languages"), "language_id", lambda t: t.get("status") == "completed")
        if language is not None:
            ids["language_id"] = language["language_id"]


DUBBING_PROJECT_PATH = "/v1/dubbing/project"
"""Under this path, ``project_id`` is a dubbing project's id (``dubbing_project_id`` among the ids)."""


def id_name(operation: Any, name: str) -> str:
    """The key of a path parameter among the ids: its name, except a dubbing project's ``project_id``."""
    if name == "project_id" and operation.path.startswith(DUBBING_PROJECT_PATH):
        return "dubbing_project_id"
    return name


def _discover_studio(http: httpx2.Client, ids: dict[str, str]) -> None:
    if "project_id" not in ids:
        project = _first((_get(http, "/v1/studio/projects") or {}).get("projects"), "project_id")
        if project is not None:
            ids["project_id"] = project["project_id"]
    if "project_id" in ids:
        base = f"/v1/studio/projects/{ids['project_id']}"
        if "project_snapshot_id" not in ids:
            snapshot = _first((_get(http, f"{base}/snapshots") or {}).get("snapshots"), "project_snapshot_id")
            if snapshot is not None:
                ids["project_snapshot_id"] = snapshot["project_snapshot_id"]
        if "chapter_id" not in ids:
            chapter = _first((_get(http, f"{base}/chapters") or {}).get("chapters"), "chapter_id")
            if chapter is not None:
                ids["chapter_id"] = chapter["chapter_id"]
        if "chapter_id" in ids and "chapter_snapshot_id" not in ids:
            listing = _get(http, f"{base}/chapters/{ids['chapter_id']}/snapshots") or {}
            snapshot = _first(listing.get("snapshots"), "chapter_snapshot_id")
            if snapshot is not None:
                ids["chapter_snapshot_id"] = snapshot["chapter_snapshot_id"]


def discover_dubformer(http: httpx2.Client, ids: dict[str, str]) -> None:
    """Fill in the Dubformer project id from the list endpoint, preferring a ready project."""
    if "project_id" not in ids:
        projects = (_get(http, "/api/v1/projects") or {}).get("projects")
        project = _first(projects, "project_id", lambda p: p.get("status") == "ready")
        if project is not None:
            ids["project_id"] = project["project_id"]


DISCOVER = {"elevenlabs": discover_elevenlabs, "dubformer": discover_dubformer}


def retranslation_body(http: httpx2.Client, project_id: str) -> dict[str, Any] | None:
    """A validation request built from the project's own script and speakers (a request that should pass)."""
    project = _get(http, f"/api/v1/projects/{project_id}") or {}
    script = project.get("output_target_script")
    speakers = project.get("output_target_speakers")
    if not script or not speakers:
        return None
    keep = ("speaker_id", "voice_key", "style")
    return {"target_script": script, "target_speakers": [{k: s.get(k) for k in keep} for s in speakers]}


# --- running the checks ----------------------------------------------------------------------------


def _checks() -> dict[str, Any]:
    return {name: getattr(checks, name) for name in CHECK_NAMES}


def _path_parameters(operation: Any) -> list[str]:
    return [p.name for p in operation.path_parameters]


def generated_cases(operation: Any, path_parameters: dict[str, str], examples: int, seed: int) -> list[Any]:
    """Cases schemathesis generates from the spec (valid data), path parameters fixed to real ids."""
    cases: list[Any] = []
    strategy = operation.as_strategy(path_parameters=path_parameters or None)

    @hypothesis_seed(seed)
    @settings(
        max_examples=examples, database=None, deadline=None, derandomize=True, phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )  # fmt: skip
    @given(strategy)
    def collect(case: Any) -> None:
        cases.append(case)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        collect()
    return cases[:examples]


def run_case(
    case: Any, *, op_id: str, base_url: str, headers: dict[str, str], report: Report, mask: Masker, timeout: float
) -> None:
    """Send one case and record every check it fails."""
    try:
        # Never follow a redirect: requests would carry a custom key header (xi-api-key) to any host.
        response = case.call(base_url=base_url, headers=headers, timeout=timeout, allow_redirects=False)
    except Exception as error:  # a network failure is reported, not raised
        report.errors.append(mask(f"{op_id}: {type(error).__name__}: {error}"))
        return
    report.requests += 1
    report.requests_by_operation[op_id] = report.requests_by_operation.get(op_id, 0) + 1
    request = f"{case.method.upper()} {case.formatted_path}"
    for name, check in _checks().items():
        try:
            case.validate_response(response, checks=[check], headers=headers)
        except BaseExceptionGroup as group:
            failures: list[BaseException] = list(group.exceptions)
        except Exception as single:  # one failure is one disagreement
            failures = [single]
        else:
            continue
        for found in failures:
            title = str(getattr(found, "title", None) or type(found).__name__)
            message = str(getattr(found, "message", None) or found)
            report.add(Disagreement(op_id, name, mask(title), mask(message), response.status_code, mask(request)))


def run(
    *,
    provider: str,
    base_url: str,
    key: str,
    ids: dict[str, str],
    wanted: Sequence[str] = (),
    allow_paid: bool = False,
    examples: int = DEFAULT_EXAMPLES,
    seed: int = 0,
    delay: float = 0.0,
    timeout: float = 60.0,
) -> Report:
    """Run the conformance checks and return the report (nothing is printed).

    Raises:
        UsageError: If the run is refused (see ``select_operations``, ``check_base_url``).
    """
    base = check_base_url(base_url)
    spec = SPECS / f"{provider}.json"
    config = SchemathesisConfig.from_dict({"seed": seed, "generation": {"deterministic": True}})
    schema = schemathesis.openapi.from_path(spec, config=config)
    results = list(schema.get_all_operations())
    operations = [result.ok() for result in results if isinstance(result, Ok)]
    chosen, skipped = select_operations(operations, provider, wanted, allow_paid)
    mask = Masker(key)
    report = Report(provider=provider, base_url=base, spec=str(spec.relative_to(ROOT)), skipped=skipped)
    report.errors += [f"an operation of the spec could not be loaded: {r.err()}" for r in results if isinstance(r, Err)]
    headers = auth_headers(provider, key)
    with httpx2.Client(base_url=base, headers=headers, timeout=timeout, follow_redirects=False) as http:
        found = dict(ids)
        DISCOVER[provider](http, found)
        report.ids = found
        body = None
        if provider == "dubformer" and "project_id" in found:
            body = retranslation_body(http, found["project_id"])
    for operation in chosen:
        op_id = operation_id(operation)
        needed = {name: id_name(operation, name) for name in _path_parameters(operation)}
        missing = [key for key in needed.values() if key not in found]
        if missing:
            report.skipped[op_id] = f"no {', '.join(missing)} found: pass --id {missing[0]}=..."
            continue
        report.operations.append(op_id)
        path_parameters = {name: found[key] for name, key in needed.items()}
        cases = generated_cases(operation, path_parameters, examples, seed)
        if op_id == "validate_retranslation" and body is not None:
            cases.insert(0, operation.Case(path_parameters=path_parameters, body=body, media_type="application/json"))
        for case in cases:
            run_case(case, op_id=op_id, base_url=base, headers=headers, report=report, mask=mask, timeout=timeout)
            if delay:
                time.sleep(delay)
    return report


# --- the command -----------------------------------------------------------------------------------


def summary(report: Report) -> str:
    """A readable account of the run."""
    lines = [
        f"conformance of {report.base_url} ({report.provider}) with {report.spec}",
        f"  {len(report.operations)} operations checked with {report.requests} requests; "
        f"ids used: {', '.join(f'{k}={v}' for k, v in sorted(report.ids.items())) or 'none'}",
    ]
    for op_id, why in sorted(report.skipped.items()):
        lines.append(f"  skipped {op_id}: {why}")
    if report.disagreements:
        lines.append(f"{len(report.disagreements)} disagreement(s) between the API and the spec:")
        for found in report.disagreements:
            times = f" (x{found.count})" if found.count > 1 else ""
            lines.append(f"  {found.operation} [{found.check}] HTTP {found.status_code} {found.request}{times}")
            lines.append(f"    {found.title}")
            lines.extend(f"      {line}" for line in found.message.strip().splitlines()[:8])
    else:
        lines.append("no disagreements: every response matched the spec")
    lines.extend(f"error: {error}" for error in report.errors)
    return "\n".join(lines)


def _parse_ids(values: Sequence[str]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for value in values:
        name, sep, given = value.partition("=")
        if not sep or not name or not given:
            raise UsageError(f"--id takes name=value, got {value!r}")
        ids[name] = given
    return ids


def parser() -> argparse.ArgumentParser:
    """The command's arguments."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    cli.add_argument("--provider", required=True, choices=PROVIDERS)
    cli.add_argument("--base-url", required=True, help="the API to check, e.g. https://api.elevenlabs.io")
    cli.add_argument("--key-env", default="KEY", help="the environment variable holding the key (default: KEY)")
    cli.add_argument("--id", action="append", default=[], metavar="NAME=VALUE", help="a path parameter to use")
    cli.add_argument("--operation", action="append", default=[], metavar="OPERATION_ID", help="only these")
    cli.add_argument("--examples", type=int, default=DEFAULT_EXAMPLES, help="generated cases per operation")
    cli.add_argument("--seed", type=int, default=0)
    cli.add_argument("--delay", type=float, default=0.2, help="seconds between requests (be kind to the API)")
    cli.add_argument("--timeout", type=float, default=60.0)
    cli.add_argument("--allow-paid", action="store_true", help="also send operations that may create paid work")
    cli.add_argument("--json", type=Path, metavar="PATH", help="also write the report as JSON")
    return cli


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    args = parser().parse_args(argv)
    key = os.environ.get(args.key_env, "").strip()
    try:
        if not key:
            raise UsageError(f"no key: set the {args.key_env} environment variable (--key-env names another)")
        if args.examples < 1:
            raise UsageError("--examples must be at least 1")
        report = run(
            provider=args.provider, base_url=args.base_url, key=key, ids=_parse_ids(args.id),
            wanted=args.operation, allow_paid=args.allow_paid, examples=args.examples, seed=args.seed,
            delay=args.delay, timeout=args.timeout,
        )  # fmt: skip
    except UsageError as error:
        print(f"conformance: {Masker(key)(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    if args.allow_paid:
        print("conformance: --allow-paid: operations that may create paid work were sent", file=sys.stderr)
    print(summary(report))
    if args.json is not None:
        args.json.write_text(json.dumps(report.to_json(), indent=2) + "\n", encoding="utf-8")
    return EXIT_AGREES if not report.disagreements and not report.errors else EXIT_DISAGREES


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate everything under ``generated/`` from the specs, deterministically.

Steps, each failing loudly:

1. Check provenance: the verbatim ElevenLabs subset is the one the extract script wrote,
   and the installed generators are the pinned versions that produced ``generated/``.
2. Validate both specs with openapi-spec-validator, apply ``specs/elevenlabs.overlay.yaml`` and
   validate the effective specs: every error of every document is reported in one pass.
3. Write a whole new ``generated/`` in a scratch directory beside it: the effective specs, then for
   each provider openapi-python-client with our templates (``specs/generator/templates/``: they
   override stock templates of the same name; any warning fails the run) and datamodel-code-generator
   for the pydantic v2 models (class names pinned by ``specs/generator/<provider>-models.json``).
4. Format the output with ruff; with ``--typecheck``, run ``mypy --strict`` on the new packages.
5. Only then swap the scratch tree in for ``generated/`` (two renames) and record hashes (specs and
   templates) in ``specs/provenance.yaml``. A failure at any step leaves ``generated/`` untouched.

Every overlay action must match something: a stale action fails the run, so CI notices when upstream moved
away from a correction. ``--allow-unmatched-overlay`` (used by ``make update-specs``) only warns, so a user
pulling a new upstream release sees the whole report and the regenerated clients, then fixes the overlay.

Usage:
    python scripts/generate.py [--allow-unmatched-overlay] [--typecheck]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _specio import ROOT, dump_yaml, load_provenance, load_yaml, save_provenance
from openapi_spec_validator import OpenAPIV31SpecValidator
from overlay import ActionResult, OverlayError, apply_overlay

SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
EFFECTIVE = GENERATED / "dubkit_specs"
MODELS = GENERATED / "dubkit_models"
# Our openapi-python-client templates: each overrides the stock template of the same name, for both providers.
TEMPLATES = SPECS / "generator" / "templates"
BIN = Path(sys.executable).parent

# The tools whose output is committed: a different version means a different generated/.
GENERATORS = ("openapi-python-client", "datamodel-code-generator", "ruff")


class GenerationError(RuntimeError):
    """A generation step failed; the message says which and why."""


@dataclass(frozen=True)
class Provider:
    """One API whose spec becomes a generated client package and a pydantic module.

    Attributes:
        name: The provider's short name, used for file names.
        package: The import name of the generated attrs/httpx2 client.
        source: The spec as written in ``specs/``.
        overlay: The overlay applied to ``source``, if any.
    """

    name: str
    package: str
    source: Path
    overlay: Path | None

    @property
    def effective(self) -> Path:
        """The effective spec that every consumer (clients, simulator, fuzzers) reads."""
        return EFFECTIVE / f"{self.name}.yaml"

    def effective_in(self, generated: Path) -> Path:
        """The effective spec inside a (scratch) ``generated/`` tree.

        Args:
            generated: The tree's root.

        Returns:
            ``generated/dubkit_specs/<name>.yaml`` under it.
        """
        return generated / EFFECTIVE.name / f"{self.name}.yaml"

    @property
    def model_names(self) -> Path:
        """Class names pinned for datamodel-code-generator (``--model-name-map``), by schema location."""
        return SPECS / "generator" / f"{self.name}-models.json"

    @property
    def generator_config(self) -> Path:
        """The openapi-python-client configuration file."""
        return SPECS / "generator" / f"{self.name}.yaml"


PROVIDERS = (
    Provider("elevenlabs", "dubkit_elevenlabs", SPECS / "elevenlabs.yaml", SPECS / "elevenlabs.overlay.yaml"),
    Provider("dubformer", "dubkit_dubformer", SPECS / "dubformer.yaml", None),
)

GENERATED_README = """\
# generated/ — do not edit

Everything in this folder is written by `make generate` (scripts/generate.py) and is
**never edited by hand**: the next regeneration deletes each package whole and writes it
again, and CI regenerates and fails on any difference.

| package | what | made by |
|---|---|---|
| `dubkit_elevenlabs` | ElevenLabs client (attrs + httpx2) | openapi-python-client |
| `dubkit_dubformer` | Dubformer client (attrs + httpx2) | openapi-python-client |
| `dubkit_models` | pydantic v2 models of both specs | datamodel-code-generator |
| `dubkit_specs` | the effective specs (`specs/` with the overlay applied) | scripts/overlay.py |

To change anything here, change the spec, its overlay, the generator config or our generator
templates (`specs/generator/templates/`), then run `make generate`.
"""

MODELS_HEADER = "# Generated by `make generate` from generated/dubkit_specs/{name}.yaml; do not edit."


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(command: list[str], cwd: Path = ROOT) -> str:
    # The generator's post-hooks call `ruff` by name: it must be the pinned one beside this Python.
    # No ruff cache: it would land inside generated/.
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "RUFF_NO_CACHE": "true"}
    completed = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    output = completed.stdout + completed.stderr
    if completed.returncode != 0:
        raise GenerationError(f"{' '.join(command[:2])} failed:\n{output}")
    return output


def check_provenance(provenance: dict[str, Any]) -> None:
    """Refuse to generate from a hand-edited subset or with unpinned generator versions.

    Args:
        provenance: The parsed ``specs/provenance.yaml``.

    Raises:
        GenerationError: If a recorded hash or version does not match.
    """
    subset = provenance.get("elevenlabs", {}).get("subset", {})
    actual = _sha256(SPECS / "elevenlabs.yaml")
    if subset.get("sha256") != actual:
        raise GenerationError(
            "specs/elevenlabs.yaml differs from the subset recorded in specs/provenance.yaml: it is a "
            "verbatim extract and is never edited by hand. Put changes in specs/elevenlabs.overlay.yaml, "
            "or re-extract it with scripts/extract_elevenlabs.py."
        )
    pinned = provenance.get("generators", {})
    for tool in GENERATORS:
        installed = importlib.metadata.version(tool)
        if tool in pinned and pinned[tool] != installed:
            raise GenerationError(
                f"{tool} {installed} is installed but generated/ was made with {pinned[tool]}; "
                "run `make install` (or update the pin in pyproject.toml and requirements/dev.lock)."
            )


def effective_document(
    provider: Provider, *, allow_unmatched: bool = False, validate: bool = True
) -> tuple[dict[str, Any], list[ActionResult]]:
    """Validate a provider's spec, apply its overlay and validate the result, writing nothing.

    Args:
        provider: The provider to process.
        allow_unmatched: Skip, rather than fail on, overlay actions whose target matches nothing.
        validate: Validate both documents (a caller that generates right after can leave it to generation).

    Returns:
        The effective spec and one result per overlay action (none without an overlay).

    Raises:
        GenerationError: If either document is not valid OpenAPI.
        OverlayError: If the overlay cannot be applied (or, unless ``allow_unmatched``, an action
            matches nothing).
    """
    document = load_yaml(provider.source)
    errors = validation_errors(document, provider.source.name) if validate else []
    actions: list[ActionResult] = []
    if provider.overlay is not None:
        document, actions = apply_overlay(document, load_yaml(provider.overlay), allow_unmatched=allow_unmatched)
        if validate:
            errors += validation_errors(document, f"{provider.source.name} + {provider.overlay.name}")
    if errors:
        raise GenerationError("\n".join(errors))
    return document, actions


def write_effective_spec(
    provider: Provider, document: dict[str, Any], actions: list[ActionResult], generated: Path
) -> None:
    """Write a provider's effective spec (YAML, and JSON for runtime readers) into a ``generated/`` tree.

    Args:
        provider: The provider.
        document: Its effective spec (``effective_document``).
        actions: The overlay results; an unmatched or absorbed action is a warning line.
        generated: The tree to write into.
    """
    for action in actions:
        if action.status in ("unmatched", "already-upstream"):
            what = "matches nothing and was skipped" if action.matched == 0 else "is already upstream: remove it"
            sys.stderr.write(
                f"warning: {provider.overlay.name if provider.overlay else provider.name} action {action.index} "
                f"({action.target}) {what}\n"
            )
    path = provider.effective_in(generated)
    path.write_text(dump_yaml(document), encoding="utf-8")
    # The same document as JSON, for runtime readers (the simulator) that should not need a YAML parser.
    path.with_suffix(".json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def validation_errors(document: dict[str, Any], label: str) -> list[str]:
    """Validate a document as OpenAPI and return every error the validator finds, one line each.

    Args:
        document: The document.
        label: How to name it.

    Returns:
        ``"<label> is not a valid OpenAPI document: ..."`` lines; empty when it is valid.
    """
    found: list[Exception]
    try:
        found = list(OpenAPIV31SpecValidator(document).iter_errors())
    except Exception as exc:  # the validator raises several unrelated types on broken documents
        found = [exc]
    lines = []
    for error in found:
        where = "/".join(str(part) for part in getattr(error, "path", ()) or ())
        first = str(getattr(error, "message", "") or error).splitlines()[0]
        lines.append(f"{label} is not a valid OpenAPI document: {first}" + (f" (at {where})" if where else ""))
    return lines


def generate_client(provider: Provider, generated: Path) -> None:
    """Write a provider's attrs/httpx2 client package with openapi-python-client.

    Args:
        provider: The provider to generate.
        generated: The (scratch) ``generated/`` tree to write into.

    Raises:
        GenerationError: If the generator fails or warns about anything.
    """
    target = generated / provider.package
    output = _run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(provider.effective_in(generated)),
            "--config",
            str(provider.generator_config),
            "--meta",
            "none",
            "--output-path",
            str(target),
            "--custom-template-path",
            str(TEMPLATES),
            "--fail-on-warning",
        ]
    )
    noise = [line for line in output.splitlines() if line.strip() and not line.startswith("Generating ")]
    if noise:
        raise GenerationError(f"openapi-python-client reported for {provider.name}:\n" + "\n".join(noise))
    # --meta none writes no py.typed; the package ships typed, so the marker is part of generation.
    (target / "py.typed").write_text("", encoding="utf-8")


def generate_models(provider: Provider, generated: Path) -> None:
    """Write a provider's pydantic v2 models with datamodel-code-generator.

    Args:
        provider: The provider to generate models for.
        generated: The (scratch) ``generated/`` tree; the module goes to its ``dubkit_models``.

    Raises:
        GenerationError: If the generator fails or warns.
    """
    scratch = generated / MODELS.name / f"{provider.name}.py"
    # Inline enums are otherwise named after their property and numbered (Status, Status1, ...): the
    # names dubkit imports are pinned by schema location, so an upstream refactor cannot renumber them.
    names: list[str] = []
    if provider.model_names.is_file():
        pinned = pinned_model_names(provider.model_names, load_yaml(provider.effective_in(generated)))
        names = ["--model-name-map", json.dumps(pinned, sort_keys=True)]
    output = _run(
        [
            str(BIN / "datamodel-codegen"),
            *names,
            "--input",
            str(provider.effective_in(generated)),
            "--input-file-type",
            "openapi",
            "--output",
            str(scratch),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--custom-file-header",
            MODELS_HEADER.format(name=provider.name),
            "--disable-timestamp",
            "--use-annotated",
            "--field-constraints",
            "--strict-nullable",
            "--use-standard-collections",
            "--use-union-operator",
            "--use-double-quotes",
            "--use-schema-description",
            "--use-field-description",
            # Members such as `center` or `count` would shadow str methods of a StrEnum.
            "--capitalise-enum-members",
            # Accept timestamps without an offset too: upstream's own examples have them.
            "--output-datetime-class",
            "datetime",
            "--set-default-enum-member",
            "--formatters",
            "ruff-format",
        ]
    )
    if output.strip():
        raise GenerationError(f"datamodel-codegen reported for {provider.name}:\n{output}")


def pinned_model_names(path: Path, document: dict[str, Any]) -> dict[str, str]:
    """Return the pinned pydantic class names whose schema the document has.

    A pin may name an inline enum (``#/components/schemas/Render/status#...``) or the shared schema upstream
    later made of it (``#/components/schemas/VOICE_CATEGORY``); only the ones the document has (a property
    that is still an inline enum, a schema that exists) are passed on, since the generator warns about others.

    Args:
        path: The JSON file of pins (schema location to class name).
        document: The effective spec.

    Returns:
        The pins that apply.
    """
    schemas = document.get("components", {}).get("schemas", {})
    pins: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    kept = {}
    for location, name in pins.items():
        parts = location.split("#")[1].removeprefix("/components/schemas/").split("/")
        schema = schemas.get(parts[0])
        if not isinstance(schema, dict):
            continue
        inline = schema.get("properties", {}).get(parts[1]) if len(parts) > 1 else None
        if len(parts) == 1 or (isinstance(inline, dict) and "enum" in inline):
            kept[location] = name
    return kept


def typecheck(generated: Path) -> None:
    """Run mypy on the generated packages of a (scratch) tree, configured as ``make typecheck`` runs it.

    Args:
        generated: The tree.

    Raises:
        GenerationError: With mypy's errors, if there are any.
    """
    packages = [*(p.package for p in PROVIDERS), MODELS.name]
    # MYPYPATH comes before the configured mypy_path: the scratch packages shadow the ones in generated/.
    env = {**os.environ, "MYPYPATH": str(generated)}
    with tempfile.TemporaryDirectory(prefix="generate-mypy-") as cache:
        command = [str(BIN / "python"), "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")]
        command += ["--cache-dir", cache, "--no-error-summary", "--no-pretty"]
        command += [arg for package in packages for arg in ("-p", package)]
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise GenerationError(f"the generated packages do not type-check (mypy):\n{done.stdout}{done.stderr}")


def build(generated: Path, *, allow_unmatched: bool, check_types: bool) -> None:
    """Write a complete ``generated/`` tree into an empty directory.

    Args:
        generated: The directory to fill.
        allow_unmatched: Warn about, rather than fail on, overlay actions that match nothing.
        check_types: Also run ``mypy --strict`` on the result.

    Raises:
        GenerationError: If a document is invalid (all errors at once), a generator fails or warns, or
            the result does not type-check.
        OverlayError: If the overlay cannot be applied.
    """
    documents, errors = [], []
    for provider in PROVIDERS:
        try:
            documents.append(effective_document(provider, allow_unmatched=allow_unmatched))
        except GenerationError as error:
            errors.append(str(error))
    if errors:
        raise GenerationError("\n".join(errors))
    (generated / EFFECTIVE.name).mkdir(parents=True)
    (generated / EFFECTIVE.name / "__init__.py").write_text(
        '"""The effective OpenAPI specs (generated; do not edit)."""\n', encoding="utf-8"
    )
    for provider, (document, actions) in zip(PROVIDERS, documents, strict=True):
        write_effective_spec(provider, document, actions, generated)
    models = generated / MODELS.name
    models.mkdir()
    (models / "__init__.py").write_text('"""Pydantic v2 models of both specs (generated; do not edit)."""\n')
    (models / "py.typed").write_text("")
    with ThreadPoolExecutor(max_workers=4) as pool:
        jobs = [pool.submit(generate_client, provider, generated) for provider in PROVIDERS]
        jobs += [pool.submit(generate_models, provider, generated) for provider in PROVIDERS]
        for job in jobs:
            job.result()
    # --isolated: generated code gets ruff's defaults, never the lint rules of our own code.
    _run([str(BIN / "ruff"), "check", "--isolated", "--fix-only", "--quiet", "--select=I", str(models)])
    _run([str(BIN / "ruff"), "format", "--isolated", "--quiet", str(models)])
    (generated / "README.md").write_text(GENERATED_README, encoding="utf-8")
    if check_types:
        typecheck(generated)


def swap_in(new: Path) -> None:
    """Replace ``generated/`` with a complete new tree, by two renames on the same file system.

    Args:
        new: The new tree (a sibling scratch directory of ``generated/``).
    """
    old = new.parent / f"{new.name}-old"
    if GENERATED.exists():
        GENERATED.rename(old)
    try:
        new.rename(GENERATED)
    except OSError:
        if old.exists():
            old.rename(GENERATED)
        raise
    shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Run the whole pipeline.

    Args:
        argv: Command-line arguments (defaults to ``sys.argv[1:]``).

    Returns:
        The process exit code.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--allow-unmatched-overlay",
        action="store_true",
        help="warn about overlay actions that match nothing instead of failing (make update-specs)",
    )
    parser.add_argument(
        "--typecheck", action="store_true", help="run mypy --strict on the new packages before swapping them in"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    provenance = load_provenance()
    check_provenance(provenance)

    # The scratch tree sits beside generated/ (same file system, so the swap is two renames) and is
    # removed whatever happens; until the swap, generated/ is never touched.
    with tempfile.TemporaryDirectory(prefix=".generate-", dir=ROOT) as scratch:
        build(Path(scratch) / "generated", allow_unmatched=args.allow_unmatched_overlay, check_types=args.typecheck)
        swap_in(Path(scratch) / "generated")

    provenance["generators"] = {tool: importlib.metadata.version(tool) for tool in GENERATORS}
    provenance["specs"] = {
        path.relative_to(ROOT).as_posix(): _sha256(path)
        for path in [*(p.source for p in PROVIDERS), *(p.overlay for p in PROVIDERS if p.overlay)]
        + [p.effective for p in PROVIDERS]
    }
    provenance["templates"] = {
        path.relative_to(ROOT).as_posix(): _sha256(path) for path in sorted(TEMPLATES.rglob("*.jinja"))
    }
    save_provenance(provenance)
    sys.stderr.write(f"generated/ is up to date ({time.monotonic() - started:.1f} s)\n")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except (GenerationError, OverlayError) as error:
        sys.stderr.write(f"make generate: {error}\n")
        raise SystemExit(1) from None

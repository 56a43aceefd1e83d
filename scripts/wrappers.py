"""Write the async resource wrappers from their declarations: each method stated once, as data.

A wrapper module's public methods are mostly ceremony around a few facts: the parameters, the checks
they get, the generated endpoint they call, the model the answer parses to, and a docstring whose
Args/Returns/Raises repeat the parameters. ``specs/wrappers/<provider>/<module>.yaml`` states those facts
once per method; ``specs/wrappers/<provider>/glossary.yaml`` states once, per parameter name, its type,
default, docstring line and check. This script turns each declaration into
``overlays/dubkit/<provider>/_async/_<module>.py`` (``scripts/unasync.py`` then writes its sync twin):

- the signature, with ``**options: Unpack[RequestOptions]`` (or ``ExtraOptions`` for a wait) last;
- for a download to a path or file object, the two ``@overload`` signatures (a path gives a ``Path``,
  a file object ``None``) and the implementation's;
- the docstring: the summary and description, an ``Args:`` line per parameter (the glossary's unless the
  method says otherwise), the options line, ``Returns:``, ``Raises:`` (``ValueError`` for a bad id is
  added when the method checks ids and says nothing of ``ValueError`` itself), and ``Example:``;
- the body: a deprecation warning, the glossary's checks, the method's own checks, then either its
  ``code`` as written or a ``body`` builder and one ``self._call`` of the generated endpoint, parsed to the
  return type (``then`` picks a field of it), both inside the ``within`` context managers if any; or, for
  a ``wait``, a poll of the endpoint read by its ``observe`` expression and the shared wait loop.

A parameter named by a method gets the glossary's entry (an entry may name a parameter other than its
key: an alias for a second meaning of a name); a mapping amends it, and one with a type of its own keeps
only the glossary's doc. What no declaration can say (a pager's page, a download's source, a
private helper) is written as code in the declaration, and the type checker and the tests check the
generated module like any other.

``make generate`` runs it; ``make check`` runs ``--check``, which fails, with a diff, when a module
differs from what its declaration gives.

Usage:
    python scripts/wrappers.py [--check]
"""

from __future__ import annotations

import ast
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from _specio import ROOT
from _written import check_flag, report, ruff, write_or_compare

WIDTH = 120
HEADER = (
    "# Generated from {source} by scripts/wrappers.py; do not edit.\n"
    "# Change the declaration (or the glossary beside it), then run `make generate`.\n"
)
# Imported by every generated module; ruff removes those a module does not use.
STANDARD_IMPORTS = """\
import os
from pathlib import Path
from typing import Unpack, overload

from dubkit._deprecation import warn_deprecated
from dubkit._downloads import Destination, Writable
from dubkit._http import aexpect_with_headers
from dubkit._options import ExtraOptions, RequestOptions
from dubkit._waiting import Observation, await_until_done
"""
OPTIONS = {
    "request": (
        "RequestOptions",
        "Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.",
    ),
    "extra": (
        "ExtraOptions",
        "Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is the "
        "wait's deadline here; set the per-request timeout with ``client.with_options``).",
    ),
}
ID_ERROR = {1: "If the id is empty or not safe in a URL path.", 2: "If an id is empty or not safe in a URL path."}
WAIT_KEYS = {"poll", "model", "observe", "classify", "job_id", "error_message"}
PARAM_KEYS = {"name", "type", "default", "doc", "check"}
KINDS = {"call", "code", "download", "pager", "iterator"}
METHOD_KEYS = {
    "summary",
    "description",
    "params",
    "options",
    "returns",
    "returns_doc",
    "raises",
    "kind",
    "deprecated",
    "checks",
    "body",
    "call",
    "model",
    "then",
    "within",
    "wait",
    "code",
    "decorators",
    "example",
}


class DeclarationError(Exception):
    """A declaration that cannot be turned into a module (the message names the file and the method)."""


@dataclass
class Param:
    """One parameter of a method, after the glossary filled in what the method left out."""

    name: str
    type: str
    doc: str
    default: str | None = None
    keyword_only: bool = False
    checks: list[str] = field(default_factory=list)

    def declaration(self, *, overload_default: bool = False, type_: str | None = None) -> str:
        """Return the parameter as written in a signature (an overload's default is ``...``)."""
        text = f"{self.name}: {type_ or self.type}"
        if self.default is not None:
            text += " = ..." if overload_default else f" = {self.default}"
        return text


def _fill(label: str | None, text: str, indent: str) -> list[str]:
    """Return ``label: text`` wrapped to the line width, its continuation lines indented once more.

    A text with line breaks of its own keeps them. Without a label (a ``Returns:`` section), the
    continuation lines keep the first line's indent.
    """
    more = indent if label is None else indent + "    "
    head = "" if label is None else f"{label}: "
    if "\n" in text.strip():
        first, *rest = text.strip().splitlines()
        return [f"{indent}{head}{first}"] + [f"{more}{line}".rstrip() for line in rest]
    return textwrap.wrap(
        f"{head}{text.strip()}",
        width=WIDTH - 8,  # the lines sit in a method of a class: two levels deeper than this indent
        initial_indent=indent,
        subsequent_indent=more,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _indent(lines: list[str] | str, prefix: str = "    ") -> list[str]:
    """Return ``lines`` (or a block of text) indented by ``prefix``, blank lines left empty."""
    if isinstance(lines, str):
        lines = lines.rstrip().splitlines()
    return [f"{prefix}{line}" if line else "" for line in lines]


def _params(where: str, entries: list[Any], glossary: dict[str, Any]) -> list[Param]:
    params: list[Param] = []
    keyword_only = False
    for entry in entries:
        if entry == "*":
            keyword_only = True
            continue
        if isinstance(entry, str):
            # A glossary entry is the parameter of its key's name, or of the name it gives (an alias for a
            # second meaning of a name: ``output_timeout`` is a download's ``timeout``).
            spec, described = {}, glossary.get(entry, {})
            name = described.get("name", entry)
        else:
            spec = dict(entry)
            name = spec.get("name")
            # A mapping amends the glossary's entry; one with a type of its own keeps only the glossary's doc,
            # so a default or check never leaks into a different parameter that shares the name.
            described = glossary.get(name, {}) if isinstance(name, str) else {}
            if "type" in spec:
                described = {key: value for key, value in described.items() if key == "doc"}
        if not isinstance(name, str):
            raise DeclarationError(f"{where}: a parameter without a name: {entry!r}")
        known = {"name": name, **described, **spec}
        # A stray key is most often half of an unquoted flow-mapping value cut at a comma: refuse it.
        unknown = set(known) - PARAM_KEYS
        if unknown:
            raise DeclarationError(
                f"{where}: parameter {name} has unknown keys {sorted(unknown)} (quote a doc with commas)"
            )
        missing = [key for key in ("type", "doc") if key not in known]
        if missing:
            raise DeclarationError(f"{where}: parameter {name} has no {' or '.join(missing)} (nor in the glossary)")
        checks = known.get("check", [])
        params.append(
            Param(
                name=name,
                type=str(known["type"]),
                doc=str(known["doc"]),
                default=None if "default" not in known else str(known["default"]),
                keyword_only=keyword_only,
                checks=[checks] if isinstance(checks, str) else list(checks),
            )
        )
    return params


def _signature(params: list[Param], options: str | None, *, overload_path: str | None = None) -> str:
    parts = ["self"]
    star = False
    for param in params:
        if param.keyword_only and not star:
            parts.append("*")
            star = True
        type_ = overload_path if overload_path is not None and param.name == "path" else None
        parts.append(param.declaration(overload_default=overload_path is not None, type_=type_))
    if options is not None:
        parts.append(f"**options: Unpack[{OPTIONS[options][0]}]")
    return ", ".join(parts)


def _docstring(where: str, method: dict[str, Any], params: list[Param], options: str | None, returns: str) -> str:
    lines = [method["summary"].strip()]
    if method.get("description"):
        lines += ["", *method["description"].strip().splitlines()]
    args = [line for param in params for line in _fill(param.name, param.doc, "    ")]
    if options is not None:
        args += _fill("**options", OPTIONS[options][1], "    ")
    if args:
        lines += ["", "Args:", *args]
    if returns != "None":
        if "returns_doc" not in method:
            raise DeclarationError(f"{where}: returns {returns} but has no returns_doc")
        lines += ["", "Returns:", *_fill(None, method["returns_doc"], "    ")]
    raises = dict(method.get("raises") or {})
    ids = sum(1 for param in params for check in param.checks if check.startswith("check_id("))
    if ids and "ValueError" not in raises:
        raises = {"ValueError": ID_ERROR[min(ids, 2)], **raises}
    if raises:
        lines += ["", "Raises:", *[line for name, text in raises.items() for line in _fill(name, text, "    ")]]
    if method.get("example"):  # a doctest, last, as Google style has it
        lines += ["", "Example:", *_indent(method["example"])]
    body = "\n".join(_indent(lines[1:]))
    return f'"""{lines[0]}\n{body}\n    """' if len(lines) > 1 else f'"""{lines[0]}"""'


def _endpoint(where: str, key: str, text: str) -> tuple[str, list[str]]:
    """Return the generated function a ``call`` or ``poll`` names, and its arguments as written."""
    try:
        call = ast.parse(text, mode="eval").body
    except SyntaxError as error:
        raise DeclarationError(f"{where}: {key} is not a call expression: {error}") from None
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
        raise DeclarationError(f"{where}: {key} must be operation(arguments...), not {text!r}")
    return call.func.id, [*(ast.unparse(arg) for arg in call.args), *(ast.unparse(kw) for kw in call.keywords)]


def _call_lines(where: str, method: dict[str, Any], returns: str) -> list[str]:
    operation, arguments = _endpoint(where, "call", method["call"])
    model = method.get("model", "type(None)" if returns == "None" else returns)
    arguments = [f"{operation}.asyncio_detailed", model, *arguments, "client=self._raw"]
    expression = f"await self._call({', '.join(arguments)})"
    if "then" in method:
        return [f"result = {expression}", f"return {method['then']}"]
    return [expression] if returns == "None" else [f"return {expression}"]


def _wait_lines(where: str, wait: dict[str, Any], returns: str) -> list[str]:
    """Return a wait's body: a poll of the endpoint, observed, then the shared wait loop (``await_until_done``)."""
    missing = sorted(WAIT_KEYS - {"model"} - set(wait))
    unknown = sorted(set(wait) - WAIT_KEYS)
    if missing or unknown:
        raise DeclarationError(f"{where}: wait needs {missing} and does not take {unknown}")
    operation, arguments = _endpoint(where, "poll", wait["poll"])
    fetch = f"{operation}.asyncio_detailed({', '.join([*arguments, 'client=self._raw'])})"
    return [
        f"async def poll() -> Observation[{returns}]:",
        f"    answer, headers = await aexpect_with_headers(lambda: {fetch}, {wait.get('model', returns)})",
        f"    return {wait['observe']}",
        "",
        f"return await await_until_done(poll, {wait['classify']}, job_id={wait['job_id']},"
        f" error_message={wait['error_message']}, timeout=timeout, poll_interval=poll_interval, on_update=on_update)",
    ]


def _method(where: str, name: str, method: dict[str, Any], glossary: dict[str, Any]) -> list[str]:
    unknown = set(method) - METHOD_KEYS
    if unknown:
        raise DeclarationError(f"{where}: unknown keys {sorted(unknown)}")
    kind = method.get("kind", "code" if "code" in method else "call")
    if kind not in KINDS:
        raise DeclarationError(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
    if "summary" not in method or "returns" not in method:
        raise DeclarationError(f"{where}: a method needs a summary and returns")
    params = _params(where, method.get("params", []), glossary)
    options = method.get("options", "request")
    options = None if options == "none" else options
    if options is not None and options not in OPTIONS:
        raise DeclarationError(f"{where}: options {options!r} is not one of {sorted(OPTIONS)} or none")
    returns = str(method["returns"])
    is_async = kind not in {"pager", "iterator"}
    prefix = "async def" if is_async else "def"
    lines = [f"@{decorator}" for decorator in method.get("decorators", [])]
    if kind == "download":
        if not any(param.name == "path" for param in params):
            raise DeclarationError(f"{where}: a download needs a path parameter")
        for path_type, answer in (("str | os.PathLike[str]", "Path"), ("Writable", "None")):
            signature = _signature(params, options, overload_path=path_type)
            lines += ["@overload", f"{prefix} {name}({signature}) -> {answer}: ..."]
    lines.append(f"{prefix} {name}({_signature(params, options)}) -> {returns}:")
    body = [_docstring(where, method, params, options, returns), *_statements(where, method, params, returns)]
    return lines + _indent("\n".join(body))


def _statements(where: str, method: dict[str, Any], params: list[Param], returns: str) -> list[str]:
    """Return a method's statements after its docstring: warning, checks, then its code, wait or call."""
    body = []
    if "deprecated" in method:
        operation, successor = method["deprecated"]
        body.append(f'warn_deprecated("{operation}", "{successor}")')
    body += [check for param in params for check in param.checks]
    body += list(method.get("checks", []))
    if "code" in method:
        body += method["code"].rstrip().splitlines()
    elif "wait" in method:
        body += _wait_lines(where, method["wait"], returns)
    elif "call" in method:
        call = [f"body = {method['body']}"] if "body" in method else []
        call += _call_lines(where, method, returns)
        if "within" in method:  # context managers the body and the call run in (uploads held open, errors named)
            call = [f"with {', '.join(method['within'])}:", *_indent(call)]
        body += call
    else:
        raise DeclarationError(f"{where}: a method needs code, a wait or a call")
    return body


def _class(where: str, name: str, spec: dict[str, Any], glossary: dict[str, Any]) -> list[str]:
    lines = [f"class {name}({spec.get('base', 'AsyncElevenLabsResource')}):"]
    lines += _indent(f'"""{spec["doc"].strip()}\n"""')
    if "head" in spec:  # class attributes and the like, before the methods
        lines += ["", *_indent(spec["head"])]
    if "init" in spec:
        lines += ["", f"    def __init__(self, {spec.get('init_params', 'client: AsyncElevenLabs')}) -> None:"]
        lines += _indent(spec["init"], "        ")
    for method_name, method in (spec.get("methods") or {}).items():
        lines += ["", *_indent(_method(f"{where}.{method_name}", method_name, method, glossary))]
    if "private" in spec:  # helpers of the public methods, as written
        lines += ["", *_indent(spec["private"])]
    return lines


def render(declaration: dict[str, Any], glossary: dict[str, Any], source: str) -> str:
    """Return a wrapper module's text (before formatting) from its declaration.

    Args:
        declaration: The parsed module declaration.
        glossary: The provider's parameters, by name (the declaration's own ``glossary`` adds to it).
        source: The declaration's path, for the header and messages.

    Returns:
        The module's source.

    Raises:
        DeclarationError: The declaration is incomplete or names something unknown.
    """
    glossary = {**glossary, **(declaration.get("glossary") or {})}
    classes = declaration.get("classes") or {}
    exported = declaration.get("all", [name for name in classes if not name.startswith("_")])
    parts = [
        HEADER.format(source=source) + f'"""{declaration["doc"].strip()}\n"""\n',
        "from __future__ import annotations\n",
        STANDARD_IMPORTS,
        declaration.get("imports", "").rstrip() + "\n",
        f"__all__ = {exported!r}\n",
    ]
    if declaration.get("prelude"):
        parts.append(declaration["prelude"].rstrip() + "\n")
    for name, spec in classes.items():
        parts.append("\n".join(_class(f"{source}: {name}", name, spec, glossary)) + "\n")
    if declaration.get("epilogue"):
        parts.append(declaration["epilogue"].rstrip() + "\n")
    return "\n\n".join(parts)


def module_for(declaration_path: Path, root: Path = ROOT) -> tuple[Path, str]:
    """Return the module a declaration gives, and its formatted text.

    Args:
        declaration_path: ``specs/wrappers/<provider>/<module>.yaml``.
        root: The repository root the paths are relative to.

    Returns:
        The target path and its text.
    """
    provider = declaration_path.parent.name
    glossary = yaml.safe_load((declaration_path.parent / "glossary.yaml").read_text(encoding="utf-8")) or {}
    declaration = yaml.safe_load(declaration_path.read_text(encoding="utf-8"))
    target = root / "overlays" / "dubkit" / provider / "_async" / f"_{declaration_path.stem}.py"
    source = declaration_path.relative_to(root).as_posix()
    try:
        text = render(declaration, glossary, source)
    except (DeclarationError, KeyError, TypeError) as error:
        raise SystemExit(f"{source}: {error}") from None
    text = ruff(["check", "--fix", "--select", "F401,I,RUF022", "--quiet", "--exit-zero"], text, target)
    return target, ruff(["format", "--quiet"], text, target)


def declarations(root: Path = ROOT) -> list[Path]:
    """Return every module declaration (the glossaries set aside), sorted."""
    return sorted(path for path in (root / "specs" / "wrappers").glob("*/*.yaml") if path.name != "glossary.yaml")


def run(*, check: bool, root: Path = ROOT) -> int:
    """Write (or with ``check``, compare) every declared module; return the exit status.

    Args:
        check: Change nothing; report each module that differs from its declaration.
        root: The repository root.

    Returns:
        0 when every module is (or now is) what its declaration gives, 1 otherwise.
    """
    problems = []
    for path in declarations(root):
        target, text = module_for(path, root)
        problem = write_or_compare(target, text, check=check, root=root, source="its declaration")
        if problem:
            problems.append(problem)
    return report(problems, "The wrappers are generated: edit specs/wrappers/ and run `make generate`.")


def main() -> int:
    """Parse the command line and run."""
    return run(check=check_flag(__doc__.splitlines()[0], "a wrapper module drifted"))


if __name__ == "__main__":
    sys.exit(main())

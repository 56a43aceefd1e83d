"""scripts/wrappers.py: each wrapper module is what its declaration gives, and the declaration says each fact once."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path
from typing import Any

import pytest
import wrappers
import yaml
from spec_helpers import ROOT_DIR

SOURCE = "specs/wrappers/x/things.yaml"
GLOSSARY: dict[str, Any] = {
    "project_id": {"type": "str", "doc": "The project's id.", "check": 'check_id("project_id", project_id)'},
    "chapter_id": {"type": "str", "doc": "The chapter's id.", "check": 'check_id("chapter_id", chapter_id)'},
    "timeout": {"type": "float | None", "default": "None", "doc": "Give up after this many seconds."},
}


def _module(**methods: dict[str, Any]) -> dict[str, Any]:
    return {"doc": "A module.", "classes": {"AsyncThings": {"doc": "Things.", "methods": methods}}}


def _render(glossary: dict[str, Any] = GLOSSARY, **methods: dict[str, Any]) -> str:
    return wrappers.render(_module(**methods), glossary, SOURCE)


def _method(text: str, name: str) -> ast.AsyncFunctionDef | ast.FunctionDef:
    """The last definition of ``name`` in the class (the implementation, after any overloads)."""
    found = [node for node in ast.walk(ast.parse(text)) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]
    return [node for node in found if node.name == name][-1]


def test_the_committed_wrappers_match_their_declarations(capsys: pytest.CaptureFixture[str]) -> None:
    """--check on the tree passes: every declared module is what its declaration and glossary give."""
    assert wrappers.run(check=True) == 0, capsys.readouterr().err


def test_every_declared_module_says_it_is_generated_and_from_what() -> None:
    """The first line of each generated module names its declaration and the script, and says not to edit it."""
    for declaration in wrappers.declarations():
        target, _ = wrappers.module_for(declaration)
        first = target.read_text().splitlines()[0]
        source = declaration.relative_to(ROOT_DIR).as_posix()
        assert first == f"# Generated from {source} by scripts/wrappers.py; do not edit."


def test_a_call_method_gets_its_checks_docstring_and_one_endpoint_call() -> None:
    """Glossary parameters bring their type, doc line and check; the id ValueError and the options line are added."""
    text = _render(
        get={
            "summary": "Return a chapter.",
            "params": ["project_id", "chapter_id"],
            "returns": "Chapter",
            "returns_doc": "The chapter.",
            "raises": {"NotFoundError": "If there is no such chapter."},
            "call": "get_chapter(project_id, chapter_id)",
        }
    )
    method = _method(text, "get")
    assert isinstance(method, ast.AsyncFunctionDef)
    assert ast.unparse(method.args) == "self, project_id: str, chapter_id: str, **options: Unpack[RequestOptions]"
    doc = ast.get_docstring(method)
    assert doc is not None
    assert "    project_id: The project's id.\n    chapter_id: The chapter's id.\n    **options: Request options" in doc
    assert "Returns:\n    The chapter." in doc
    assert doc.endswith(
        "Raises:\n    ValueError: If an id is empty or not safe in a URL path.\n"
        "    NotFoundError: If there is no such chapter."
    )
    body = [ast.unparse(statement) for statement in method.body[1:]]
    assert body == [
        "check_id('project_id', project_id)",
        "check_id('chapter_id', chapter_id)",
        "return await self._call(get_chapter.asyncio_detailed, Chapter, project_id, chapter_id, client=self._raw)",
    ]


def test_a_method_overrides_the_glossary_and_an_empty_answer_returns_nothing() -> None:
    """A parameter mapping overrides the glossary's doc; a None return has no Returns section and no return."""
    text = _render(
        delete={
            "summary": "Delete a project.",
            "params": [{"name": "project_id", "doc": "The project to delete."}],
            "returns": "None",
            "raises": {"ValueError": "On a bad id."},
            "call": "delete_project(project_id)",
        }
    )
    method = _method(text, "delete")
    doc = ast.get_docstring(method) or ""
    assert "project_id: The project to delete." in doc
    assert "Returns:" not in doc
    assert "Raises:\n    ValueError: On a bad id." in doc  # the method's own ValueError line replaces the default
    last = ast.unparse(method.body[-1])
    assert last == "await self._call(delete_project.asyncio_detailed, type(None), project_id, client=self._raw)"


def test_a_download_gets_one_overload_per_destination() -> None:
    """One parameter list gives a path overload (returns Path), a file-object overload (None) and the implementation."""
    text = _render(
        download={
            "summary": "Download.",
            "params": ["project_id", {"name": "path", "type": "Destination", "doc": "Where."}, "*", "timeout"],
            "kind": "download",
            "returns": "Path | None",
            "returns_doc": "The path.",
            "code": "return await self._fetch(project_id, path, timeout)",
        }
    )
    signatures = [
        (ast.unparse(node.args), ast.unparse(node.returns) if node.returns else "")
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.AsyncFunctionDef) and node.name == "download"
    ]
    options = "**options: Unpack[RequestOptions]"
    assert signatures == [
        (f"self, project_id: str, path: str | os.PathLike[str], *, timeout: float | None=..., {options}", "Path"),
        (f"self, project_id: str, path: Writable, *, timeout: float | None=..., {options}", "None"),
        (f"self, project_id: str, path: Destination, *, timeout: float | None=None, {options}", "Path | None"),
    ]


@pytest.mark.parametrize(
    ("method", "message"),
    [
        ({"summary": "S.", "returns": "X", "returns_doc": "X.", "call": "f()", "colour": 1}, "unknown keys ['colour']"),
        ({"summary": "S.", "params": ["speaker"], "returns": "None", "call": "f()"}, "parameter speaker has no type"),
        ({"summary": "S.", "returns": "X", "call": "f()"}, "returns X but has no returns_doc"),
        (  # YAML reads an unquoted doc with a comma in a flow mapping as two keys
            {"summary": "S.", "returns": "None", "call": "f()", "params": [yaml.safe_load("{name: t, doc: A, b.}")]},
            "parameter t has unknown keys ['b.'] (quote a doc with commas)",
        ),
        ({"summary": "S.", "returns": "None"}, "a method needs code, a wait or a call"),
        ({"summary": "S.", "returns": "None", "call": "self.f()"}, "call must be operation(arguments...)"),
        ({"summary": "S.", "returns": "None", "kind": "download", "code": "pass"}, "a download needs a path"),
    ],
)
def test_an_incomplete_declaration_is_refused_naming_the_method(method: dict[str, Any], message: str) -> None:
    """Whatever a declaration lacks or misspells is an error naming the file, the class and the method."""
    with pytest.raises(wrappers.DeclarationError) as caught:
        _render(broken=method)
    assert str(caught.value).startswith("specs/wrappers/x/things.yaml: AsyncThings.broken: ")
    assert message in str(caught.value)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of one declaration (and its glossary), its module written by the script."""
    source = ROOT_DIR / "specs" / "wrappers" / "elevenlabs"
    (tmp_path / "specs" / "wrappers" / "elevenlabs").mkdir(parents=True)
    for name in ("glossary.yaml", "studio_chapters.yaml"):
        shutil.copy(source / name, tmp_path / "specs" / "wrappers" / "elevenlabs" / name)
    (tmp_path / "overlays" / "dubkit" / "elevenlabs" / "_async").mkdir(parents=True)
    assert wrappers.run(check=False, root=tmp_path) == 0
    assert wrappers.run(check=True, root=tmp_path) == 0
    return tmp_path


def test_an_edited_module_fails_the_check_and_make_generate_restores_it(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hand edit of a generated wrapper is reported with a diff naming the file; writing the modules undoes it."""
    module = tree / "overlays" / "dubkit" / "elevenlabs" / "_async" / "_studio_chapters.py"
    generated = module.read_text()
    module.write_text(generated.replace("Delete a chapter and its snapshots.", "Delete a chapter."))
    assert wrappers.run(check=True, root=tree) == 1
    err = capsys.readouterr().err
    assert "overlays/dubkit/elevenlabs/_async/_studio_chapters.py differs from its declaration" in err
    assert '+        """Delete a chapter.\n' in err
    assert wrappers.run(check=False, root=tree) == 0
    assert module.read_text() == generated


def test_a_glossary_change_reaches_every_method_that_names_the_parameter(tree: Path) -> None:
    """The glossary is the one place a shared parameter is described: changing it changes every docstring."""
    glossary = tree / "specs" / "wrappers" / "elevenlabs" / "glossary.yaml"
    glossary.write_text(glossary.read_text().replace("doc: The chapter's id.", "doc: The chapter's identifier."))
    assert wrappers.run(check=True, root=tree) == 1
    wrappers.run(check=False, root=tree)
    text = (tree / "overlays" / "dubkit" / "elevenlabs" / "_async" / "_studio_chapters.py").read_text()
    assert text.count("chapter_id: The chapter's identifier.") == 5
    assert "The chapter's id." not in text


def test_a_parameter_with_its_own_type_keeps_only_the_glossary_doc() -> None:
    """A same-named parameter of another type inherits the doc line, never the glossary's default or check."""
    glossary = {**GLOSSARY, "language": {"type": "str | None", "default": "None", "doc": "A code.", "check": "c(x)"}}
    text = _render(
        glossary,
        add={
            "summary": "Add a language.",
            "params": [{"name": "language", "type": "str"}],
            "returns": "None",
            "call": "add_language(body=language)",
        },
        amend={
            "summary": "Amend.",
            "params": [{"name": "language", "doc": "Another code."}],
            "returns": "None",
            "call": "amend(body=language)",
        },
    )
    add, amend = _method(text, "add"), _method(text, "amend")
    assert ast.unparse(add.args).startswith("self, language: str, **options")
    assert "language: A code." in (ast.get_docstring(add) or "")
    assert [ast.unparse(statement) for statement in add.body[1:-1]] == []
    assert ast.unparse(amend.args).startswith("self, language: str | None=None, **options")
    assert "language: Another code." in (ast.get_docstring(amend) or "")
    assert ast.unparse(amend.body[1]) == "c(x)"


def test_within_runs_the_body_and_the_call_inside_its_context_managers() -> None:
    """An upload held open while it is sent: the body builder and the call share the with block."""
    text = _render(
        create={
            "summary": "Create.",
            "params": ["project_id"],
            "returns": "Created",
            "returns_doc": "It.",
            "within": ["contextlib.ExitStack() as stack", "naming_created_job('id')"],
            "body": "inputs.body(stack)",
            "call": "create(project_id, body=body)",
        }
    )
    statement = _method(text, "create").body[-1]
    assert isinstance(statement, ast.With)
    assert ast.unparse(statement).splitlines() == [
        "with contextlib.ExitStack() as stack, naming_created_job('id'):",
        "    body = inputs.body(stack)",
        "    return await self._call(create.asyncio_detailed, Created, project_id, body=body, client=self._raw)",
    ]


def test_a_wait_polls_its_endpoint_and_runs_the_shared_wait_loop() -> None:
    """A wait declares what to poll and how to read it; the poll function and the loop's call are generated."""
    wait = {
        "poll": "get_chapter(project_id, chapter_id)",
        "observe": "waits.chapter_observation(answer, headers)",
        "classify": "waits.classify_chapter",
        "job_id": "chapter_id",
        "error_message": "waits.chapter_error",
    }
    method = {
        "summary": "Wait.",
        "params": ["project_id", "chapter_id", "*", "timeout"],
        "options": "extra",
        "returns": "Chapter",
        "returns_doc": "The chapter.",
        "wait": wait,
    }
    text = _render(wait=method)
    poll, loop = _method(text, "wait").body[-2:]
    assert ast.unparse(poll).splitlines() == [
        "async def poll() -> Observation[Chapter]:",
        "    answer, headers = await aexpect_with_headers("
        "lambda: get_chapter.asyncio_detailed(project_id, chapter_id, client=self._raw), Chapter)",
        "    return waits.chapter_observation(answer, headers)",
    ]
    assert ast.unparse(loop) == (
        "return await await_until_done(poll, waits.classify_chapter, job_id=chapter_id, "
        "error_message=waits.chapter_error, timeout=timeout, poll_interval=poll_interval, on_update=on_update)"
    )
    del wait["classify"]
    with pytest.raises(wrappers.DeclarationError, match=r"wait needs \['classify'\]"):
        _render(wait=method)


def test_the_contributor_guide_example_is_a_committed_declaration() -> None:
    """The declaration the guide shows is the one in the tree (so the guide cannot drift from the format)."""
    guide = (ROOT_DIR / "docs" / "contributing" / "endpoints.md").read_text()
    block = guide.split("```yaml\n", 1)[1].split("```", 1)[0]
    shown = yaml.safe_load(block)
    declared = yaml.safe_load((ROOT_DIR / "specs" / "wrappers" / "elevenlabs" / "studio_chapters.yaml").read_text())
    assert shown == {"delete": declared["classes"]["AsyncChapters"]["methods"]["delete"]}


def test_an_example_comes_last_in_the_docstring() -> None:
    """A doctest goes after Raises, where Google style (and the API reference) puts it."""
    method = {
        "summary": "Get.",
        "params": ["project_id"],
        "returns": "P",
        "returns_doc": "It.",
        "call": "get(project_id)",
        "example": ">>> await client.things.get('p1')  # doctest: +SKIP\n",
    }
    text = _render(get=method)
    doc = ast.get_docstring(_method(text, "get")) or ""
    assert doc.endswith(
        "Raises:\n    ValueError: If the id is empty or not safe in a URL path.\n\nExample:\n"
        "    >>> await client.things.get('p1')  # doctest: +SKIP"
    )


def test_a_glossary_alias_names_a_second_meaning_of_a_parameter() -> None:
    """An entry whose name differs from its key is that parameter, with the entry's own doc, default and check."""
    glossary = {**GLOSSARY, "output_timeout": {**GLOSSARY["timeout"], "name": "timeout", "check": "c(timeout)"}}
    text = _render(
        glossary,
        download={"summary": "D.", "params": ["project_id", "*", "output_timeout"], "returns": "None", "call": "d()"},
    )
    method = _method(text, "download")
    assert ast.unparse(method.args).startswith("self, project_id: str, *, timeout: float | None=None, **options")
    assert "timeout: Give up after this many seconds." in (ast.get_docstring(method) or "")
    assert [ast.unparse(statement) for statement in method.body[1:3]] == [
        "check_id('project_id', project_id)",
        "c(timeout)",
    ]

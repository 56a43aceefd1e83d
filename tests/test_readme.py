"""The README and the user guide stay true: every example in them runs, offline, against the simulator.

The documents are README.md and every page under docs/ (what is said of "the README" below holds for each).

* ```python blocks are executed one by one in a fresh directory holding the files they name (``talk.mp4``),
  with ``ELEVENLABS_*`` / ``DUBFORMER_*`` pointing at a simulator served on loopback, and with
  ``time.sleep`` / ``asyncio.sleep`` advancing simulated time (as the ``dubkit_sim_sleep`` fixture does),
  so every wait really polls and finishes at once. Blocks that define ``test_`` functions run as a test
  file of their own through ``pytester``, with the installed plugin's fixtures.
* Each line of a ```bash block (each ``$ `` line of a ```console block) is checked by its command:
  ``dubkit ...`` runs through typer's CliRunner in the same environment (``--sim`` lines start their own
  simulator, which sleeping advances too; ``DUBBING_ID`` / ``PROJECT_ID`` stand for jobs made beforehand),
  ``dubkit sim`` runs as a process that is then interrupted, ``make X`` must be a Makefile target,
  ``export`` may only set variables dubkit reads, ``pip install`` may only name real extras, and a
  script's options must be in its ``--help``. Any other command fails the test until a check is added.
* The ```text error tree must be dubkit's exception hierarchy, and every ``dubkit.x`` the prose names must exist.
"""

from __future__ import annotations

import ast
import asyncio
import gc
import importlib
import importlib.util
import os
import queue
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import dubkit
import httpx2
import pytest
import yaml
from dubkit import Dubformer, ElevenLabs
from dubkit.sim import SimServer, Simulator
from media_samples import video_sample
from spec_helpers import ROOT_DIR

pytest_plugins = ["pytester"]

README = ROOT_DIR / "README.md"
DOCUMENTS = [README, *sorted((ROOT_DIR / "docs").rglob("*.md"))]
API_KEY = "readme-key"
ENV_VARS = ("ELEVENLABS_API_KEY", "ELEVENLABS_BASE_URL", "DUBFORMER_API_KEY", "DUBFORMER_BASE_URL")
INPUT_FILES = {"talk.mp4": video_sample(3.0)}  # a real (tiny) video: the simulator probes uploads
MEDIA_SUFFIXES = (".mp4", ".mp3", ".wav", ".zip")
# What a block must print, when "it ran" alone would not show that it did what the README says.
EXPECTED_OUTPUT = {"dubkit.DubbingFailedError": "dub failed:"}


@dataclass(frozen=True)
class Block:
    """A fenced code block of a document."""

    language: str
    code: str
    line: int
    path: str = "README.md"

    @property
    def where(self) -> str:
        """``path:line``, for test ids and messages."""
        return f"{self.path}:{self.line}"


def _blocks(language: str) -> list[Block]:
    found = []
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        found += [
            Block(m["language"], m["code"], text.count("\n", 0, m.start()) + 1, str(document.relative_to(ROOT_DIR)))
            for m in re.finditer(r"^```(?P<language>\w*)\n(?P<code>.*?)^```", text, re.DOTALL | re.MULTILINE)
            if m["language"] == language
        ]
    return found


def _python_blocks() -> list[Block]:
    return _blocks("python")


def _is_test_file(block: Block) -> bool:
    return bool(re.search(r"^def test_", block.code, re.MULTILINE))


def _commands() -> list[tuple[str, list[str]]]:
    """Return the shell commands and their ``path:line``: all of a bash block, the `$ ` lines of a console block."""
    found = []
    for block in [*_blocks("bash"), *_blocks("console")]:
        for offset, line in enumerate(block.code.splitlines(), start=1):
            console = block.language == "console"
            if console and not line.startswith("$ "):
                continue  # the output shown after a command
            words = shlex.split(line[2:] if console else line, comments=True)
            if words:
                found.append((f"{block.path}:{block.line + offset}", words))
    return found


def _param_id(prefix: str, where: str) -> str:
    return f"{prefix}-{where}"


# The simulator every example talks to, served once for the module.


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Simulator, SimServer]]:
    """One simulator on loopback for every example; its clock moves only when an example sleeps."""
    sim = Simulator(manual_clock=True, seed=1)
    with sim.serve() as server:
        yield sim, server
    assert not sim.violations(), sim.violations()


@pytest.fixture
def readme_env(served: tuple[Simulator, SimServer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the provider variables at the served simulator, chdir into a directory with the README's files."""
    sim, server = served
    for name in ENV_VARS:
        monkeypatch.setenv(name, API_KEY if name.endswith("_KEY") else server.url)
    for name, content in INPUT_FILES.items():
        (tmp_path / name).write_bytes(content)
    monkeypatch.chdir(tmp_path)
    simulators = [sim]
    _track_simulators(simulators, monkeypatch)
    _advance_on_sleep(simulators, monkeypatch)
    yield tmp_path
    gc.collect()  # a connection an example leaves open warns here, in its own test
    for made in simulators:
        assert not made.violations(), made.violations()


def _track_simulators(simulators: list[Simulator], monkeypatch: pytest.MonkeyPatch) -> None:
    """Collect the simulators code under test makes (``dubkit --sim``), so sleeping advances them too."""
    original = Simulator.__init__

    def tracking(self: Simulator, *args, **kwargs) -> None:
        original(self, *args, **kwargs)
        simulators.append(self)

    monkeypatch.setattr(Simulator, "__init__", tracking)


def _advance_on_sleep(simulators: list[Simulator], monkeypatch: pytest.MonkeyPatch) -> None:
    """Sleeps of the test's thread advance simulated time instead; the server's thread still really sleeps."""
    real_sleep, real_asleep = time.sleep, asyncio.sleep

    def in_test_thread() -> bool:
        # The command's own job threads (``dubkit dub`` runs jobs concurrently) count as the test's.
        current = threading.current_thread()
        return current is threading.main_thread() or current.name.startswith("dubkit-job-")

    def sleep(seconds: float) -> None:
        if not in_test_thread():
            real_sleep(seconds)
            return
        for sim in simulators:
            sim.advance(seconds)
        real_sleep(0)

    async def asleep(seconds: float, result: object = None) -> object:
        if not in_test_thread():
            return await real_asleep(seconds, result)
        for sim in simulators:
            sim.advance(seconds)
        return await real_asleep(0, result)

    monkeypatch.setattr(time, "sleep", sleep)
    monkeypatch.setattr(asyncio, "sleep", asleep)


# Python blocks.


def test_readme_has_examples() -> None:
    """The README has runnable examples of every kind this module checks."""
    blocks = _python_blocks()
    assert len([b for b in blocks if _is_test_file(b)]) >= 1
    assert len([b for b in blocks if not _is_test_file(b)]) >= 8
    assert any(words[0] == "dubkit" for _, words in _commands())


def test_readme_front_page_runs_a_quick_start_per_provider() -> None:
    """The README itself (not only the user guide) has runnable examples of both clients, a test and the CLI."""
    own = [b for b in _python_blocks() if b.path == "README.md"]
    runnable = "\n".join(b.code for b in own if not _is_test_file(b))
    assert "dubkit.dub_file(" in runnable
    assert "with ElevenLabs() as client:" in runnable
    assert "with Dubformer() as client:" in runnable
    assert any(_is_test_file(b) for b in own)
    assert any(where.startswith("README.md:") and words[0] == "dubkit" for where, words in _commands())


def test_readme_links_resolve() -> None:
    """Every relative link of the README names a file of the repository; a docs page among them is on the site."""
    text = README.read_text(encoding="utf-8")
    links = [link for link in re.findall(r"\]\(([^)\s]+)\)", text) if "://" not in link]
    assert len(links) >= 10
    nav = (ROOT_DIR / "mkdocs.yml").read_text(encoding="utf-8")
    for link in links:
        target = ROOT_DIR / link.split("#", 1)[0]
        assert target.is_file(), link
        if link.startswith("docs/"):
            page = target.resolve().relative_to(ROOT_DIR / "docs").as_posix()
            listed = re.search(rf"^\s*- (?:[^\n]*: )?{re.escape(page)}$", nav, re.MULTILINE)
            assert listed, f"{link} is not in mkdocs.yml's nav"


def test_readme_code_blocks_are_all_checked() -> None:
    """Every fenced block has a language this module knows how to check."""
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        fences = re.findall(r"^```(\w*)\n.*?^```", text, re.DOTALL | re.MULTILINE)
        assert set(fences) <= {"python", "bash", "console", "text", "yaml"}, (document, fences)


def test_readme_yaml_blocks_are_declarations_the_tree_has() -> None:
    """A YAML block is an excerpt of a committed wrapper declaration (tests/scripts/test_wrappers.py compares it)."""
    blocks = _blocks("yaml")
    assert blocks
    for block in blocks:
        excerpt = yaml.safe_load(block.code)
        assert isinstance(excerpt, dict), block.where
        assert "call" in next(iter(excerpt.values())), block.where


def test_readme_error_tree_is_the_real_one() -> None:
    """The error tree drawn in the README is dubkit's exception hierarchy, every error and every parent."""
    trees = [b for b in _blocks("text") if b.code.startswith("DubkitError")]
    assert trees
    for tree in trees:
        _check_error_tree(tree)


def _check_error_tree(tree: Block) -> None:
    parents: list[tuple[int, type]] = []
    drawn = set()
    for row in tree.code.splitlines():
        found = re.search(r"\w+", row)
        assert found, row
        depth, error = found.start(), getattr(dubkit, found[0])
        while parents and parents[-1][0] >= depth:
            parents.pop()
        if parents:
            # Only dubkit bases are drawn (InvalidRequestError is also a ValueError).
            dubkit_bases = tuple(b for b in error.__bases__ if issubclass(b, dubkit.DubkitError))
            assert dubkit_bases == (parents[-1][1],), f"{error.__name__} is not drawn under its base"
        parents.append((depth, error))
        drawn.add(error)
    exported = {getattr(dubkit, name) for name in dubkit.__all__}
    assert drawn == {e for e in exported if isinstance(e, type) and issubclass(e, dubkit.DubkitError)}


def test_readme_python_blocks_import_real_names() -> None:
    """Each python block parses, and each `from X import Y` names a real module attribute."""
    for block in _python_blocks():
        tree = ast.parse(block.code)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = importlib.import_module(node.module or "")
                for alias in node.names:
                    found = hasattr(module, alias.name) or importlib.util.find_spec(f"{node.module}.{alias.name}")
                    assert found, f"{block.where}: {node.module}.{alias.name}"


def test_readme_dotted_names_exist() -> None:
    """Every `dubkit.x.y` / `dubkit_xxx.y` the prose names in backticks can be imported or looked up."""
    text = "\n".join(document.read_text(encoding="utf-8") for document in DOCUMENTS)
    names = set(re.findall(r"`(dubkit(?:_\w+)?(?:\.\w+)+)", text))
    assert "dubkit.dub_file" in names
    for name in sorted(names):
        parts = name.split(".")
        target: object = importlib.import_module(parts[0])
        for index, part in enumerate(parts[1:], start=1):
            if not hasattr(target, part):
                target = importlib.import_module(".".join(parts[: index + 1]))
            else:
                target = getattr(target, part)


def _local_outputs(block: Block) -> tuple[set[str], set[str]]:
    """Return the media files and the ``out_dir`` directories a block writes (by its string literals)."""
    files: set[str] = set()
    dirs: set[str] = set()
    for node in ast.walk(ast.parse(block.code)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            value = node.value
            if value.endswith(MEDIA_SUFFIXES) and "://" not in value and value not in INPUT_FILES:
                files.add(value)
        if isinstance(node, ast.keyword) and node.arg == "out_dir" and isinstance(node.value, ast.Constant):
            dirs.add(str(node.value.value))
    return files, dirs


@pytest.mark.parametrize(
    "block", [b for b in _python_blocks() if not _is_test_file(b)], ids=lambda b: _param_id("python", b.where)
)
def test_readme_python_block_runs(block: Block, readme_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The block runs as written against the simulator, and writes the files it names."""
    exec(compile(block.code, block.where, "exec"), {"__name__": "__main__"})  # noqa: S102 - our README
    printed = capsys.readouterr().out
    files, dirs = _local_outputs(block)
    for name in files:
        assert (readme_env / name).stat().st_size > 0, name
    for name in dirs:
        written = [p for p in (readme_env / name).iterdir() if p.is_file()]
        assert written, f"nothing was written into {name}/"
        assert all(p.stat().st_size > 0 for p in written)
    for marker, expected in EXPECTED_OUTPUT.items():
        if marker in block.code:
            assert expected in printed, printed


def test_readme_test_examples_pass(pytester: pytest.Pytester) -> None:
    """Each block of pytest tests passes as a test file of its own, using the installed plugin."""
    blocks = [b for b in _python_blocks() if _is_test_file(b)]
    assert blocks
    for block in blocks:
        name = re.sub(r"\W", "_", block.path)
        pytester.makepyfile(**{f"test_{name}_{block.line}": block.code})
    expected = sum(len(re.findall(r"^def test_", b.code, re.MULTILINE)) for b in blocks)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=expected)


# Command lines.


@pytest.fixture(scope="module")
def jobs(served: tuple[Simulator, SimServer]) -> dict[str, str]:
    """A finished ElevenLabs dub and a ready Dubformer project, for the README's placeholder ids."""
    sim, server = served
    with ElevenLabs(api_key=API_KEY, base_url=server.url) as elevenlabs:
        dub = elevenlabs.dubbing.create(source_url="https://example.com/talk.mp4", target_lang="es")
    with Dubformer(api_key=API_KEY, base_url=server.url) as dubformer:
        project = dubformer.projects.create(
            source_lang="en", target_lang="fr-FR", source_video_url="https://example.com/video.mp4"
        )
    sim.advance(24 * 60 * 60)
    return {"DUBBING_ID": dub.dubbing_id, "PROJECT_ID": project.project_id}


def _dubkit_lines() -> list[tuple[str, list[str]]]:
    return [(line, words) for line, words in _commands() if words[0] == "dubkit" and words[1] != "sim"]


@pytest.mark.parametrize(("line", "words"), _dubkit_lines(), ids=[_param_id("dubkit", n) for n, _ in _dubkit_lines()])
def test_readme_dubkit_command_runs(line: str, words: list[str], readme_env: Path, jobs: dict[str, str]) -> None:
    """The command line runs as written (keys and URLs from the environment, i.e. the simulator) and exits 0."""
    from dubkit.cli._app import app  # noqa: PLC0415 - needs the cli extra
    from typer.testing import CliRunner  # noqa: PLC0415

    args = [jobs.get(word, word) for word in words[1:]]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, f"{line}: {shlex.join(words)}\n{result.output}{result.exception!r}"
    if "dub" in args or "download" in args:
        if "--no-wait" in args:
            return
        out = readme_env / args[args.index("--out") + 1] if "--out" in args else readme_env
        written = [p for p in out.iterdir() if p.is_file() and p.name not in INPUT_FILES]
        assert written, f"{line}: nothing written into {out}"


class _ServedCommand:
    """A ``dubkit sim`` process and the lines it prints."""

    def __init__(self, args: list[str]) -> None:
        executable = Path(sys.executable).parent / "dubkit"
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
        self.process = subprocess.Popen(
            [str(executable), *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self._pump = threading.Thread(target=self._read, daemon=True)
        self._pump.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def banner(self) -> str:
        seen: list[str] = []
        while not seen or "Ctrl-C" not in seen[-1]:
            line = self.lines.get(timeout=30)
            assert line is not None, f"dubkit sim exited early: {''.join(seen)}"
            seen.append(line)
        return "".join(seen)

    def interrupt(self) -> int:
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(timeout=15)
        self._pump.join(timeout=10)
        return code

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


def _sim_lines() -> list[tuple[str, list[str]]]:
    return [(line, words) for line, words in _commands() if words[:2] == ["dubkit", "sim"]]


@pytest.mark.parametrize(("line", "words"), _sim_lines(), ids=[_param_id("sim", n) for n, _ in _sim_lines()])
def test_readme_sim_command_serves(line: str, words: list[str]) -> None:
    """`dubkit sim ...` as written (on a free port) prints the URLs to export, serves, and stops on Ctrl-C."""
    args = words[1:]
    if "--port" in args:
        args[args.index("--port") + 1] = "0"
    command = _ServedCommand(args)
    try:
        banner = command.banner()
        found = re.search(r"http://127\.0\.0\.1:\d+", banner)
        assert found, banner
        assert f"ELEVENLABS_BASE_URL={found[0]}" in banner
        assert f"DUBFORMER_BASE_URL={found[0]}" in banner
        assert httpx2.get(f"{found[0]}/_sim/health", timeout=10).status_code == 200
        assert command.interrupt() == 0, line
    finally:
        command.kill()


def _make_targets() -> set[str]:
    makefile = (ROOT_DIR / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([\w-]+):", makefile, re.MULTILINE))


def _readable_variables() -> set[str]:
    """The environment variables dubkit's own code reads."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT_DIR / "overlays" / "dubkit").rglob("*.py"))
    return {name for name in ENV_VARS if f'"{name}"' in source}


def _check_make(words: list[str]) -> None:
    makefile = (ROOT_DIR / "Makefile").read_text(encoding="utf-8")
    for word in words[1:]:
        if "=" in word:  # a variable the target reads, e.g. SPEC=openapi.json
            name = word.split("=", 1)[0]
            assert f"$({name})" in makefile, f"the Makefile never reads {name}"
        else:
            assert word in _make_targets(), f"no Makefile target {word!r}"


def _check_export(words: list[str]) -> None:
    for assignment in words[1:]:
        name = assignment.split("=", 1)[0]
        assert name in _readable_variables(), f"dubkit does not read {name}"


def _check_pip(words: list[str]) -> None:
    """`pip install` of dubkit by name, of the clone (`.`, `-e .`) or of the wheel `make dist` builds; real extras."""
    project = tomllib.loads((ROOT_DIR / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wheel = re.escape(f"dist/dubkit-{project['version']}-py3-none-any.whl")
    for requirement in (word for word in words[2:] if word != "-e"):
        found = re.fullmatch(rf"(?:dubkit|\.|{wheel})\[([\w,-]+)\]", requirement)
        assert found, f"{requirement} (is the version that of pyproject.toml?)"
        assert set(found[1].split(",")) <= set(project["optional-dependencies"]), requirement


def _check_script(words: list[str]) -> None:
    script = ROOT_DIR / words[1]
    assert script.is_file(), words[1]
    helped = subprocess.run(
        [sys.executable, str(script), "--help"], capture_output=True, text=True, check=True, cwd=ROOT_DIR
    )
    for option in (word.split("=", 1)[0] for word in words[2:] if word.startswith("--")):
        assert option in helped.stdout, option


CHECKS: dict[str, Callable[[list[str]], None]] = {
    "make": _check_make,
    "export": _check_export,
    "pip": _check_pip,
    ".venv/bin/python": _check_script,
}


def _other_lines() -> list[tuple[str, list[str]]]:
    return [(line, words) for line, words in _commands() if words[0] != "dubkit"]


@pytest.mark.parametrize(("line", "words"), _other_lines(), ids=[_param_id("sh", n) for n, _ in _other_lines()])
def test_readme_shell_line_is_real(line: str, words: list[str]) -> None:
    """Every other shell line names a real make target, variable, extra or script option."""
    assert words[0] in CHECKS, f"{line}: add a check for {words[0]!r} to tests/test_readme.py"
    CHECKS[words[0]](words)


def test_readme_mentions_every_make_target_it_should() -> None:
    """The targets a newcomer needs are documented as commands."""
    documented = {words[1] for _, words in _commands() if words[0] == "make"}
    assert {"test", "demo", "generate", "update-specs", "fuzz", "bench", "bench-resource"} <= documented

"""Every async class of the wrappers has a sync twin with the same surface and the same full docstrings."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from functools import cached_property
from typing import Any

import pytest
import unasync

PACKAGES = ["dubkit", "dubkit.elevenlabs", "dubkit.dubformer"]


def _pairs() -> list[tuple[Any, Any]]:
    pairs = []
    for package in PACKAGES:
        source = importlib.import_module(f"{package}._async")
        for module_info in pkgutil.iter_modules(source.__path__):
            asynchronous = importlib.import_module(f"{package}._async.{module_info.name}")
            synchronous = importlib.import_module(f"{package}._sync.{module_info.name}")
            for name in asynchronous.__all__:
                pairs.append((getattr(synchronous, unasync.unasync_text(name, set())), getattr(asynchronous, name)))
    return pairs


PAIRS = _pairs()
CLASSES = [pair for pair in PAIRS if isinstance(pair[0], type)]
FUNCTIONS = [pair for pair in PAIRS if not isinstance(pair[0], type)]


def _members(cls: type) -> dict[str, Any]:
    return {name: value for name, value in vars(cls).items() if not name.startswith("_")}


def test_every_resource_and_client_is_twinned() -> None:
    """The pairs cover both clients and every resource class (a module left out of _async/ would shrink this)."""
    names = {sync.__name__ for sync, _ in PAIRS}
    assert {"ElevenLabs", "Dubformer", "Dubbing", "ResourceEditing", "Studio", "Chapters", "Projects"} <= names
    assert "download_endpoint" in names
    assert {"RetryTransport", "SyncPager", "download_to_path", "wait_until_done", "expect", "dub_file"} <= names


@pytest.mark.parametrize(("sync", "asynchronous"), CLASSES, ids=[pair[1].__name__ for pair in CLASSES])
def test_twins_have_the_same_surface_and_docstrings(sync: type, asynchronous: type) -> None:
    """Same public members and parameters; a coroutine on the async side wherever the sync one does I/O.

    Every docstring is complete on both sides (a summary, Args where there are arguments) and the two are the
    same text but for what makes a call async: class names (``AsyncDubbing``) and ``await`` in the examples.
    """
    members = _members(sync)
    # A transport's methods are named by httpx's protocols (handle_async_request, aclose): the script renames them.
    twins = {unasync.unasync_text(name, set()): value for name, value in _members(asynchronous).items()}
    assert members.keys() == twins.keys()
    for name, value in members.items():
        member, twin = value, twins[name]
        is_property = isinstance(member, cached_property)
        if is_property:
            member, twin = member.func, twin.func
        if not callable(member):
            continue
        assert inspect.signature(member).parameters.keys() == inspect.signature(twin).parameters.keys(), name
        assert not inspect.iscoroutinefunction(member), name
        # Only the pagers and byte iterators are returned without awaiting (iterated with ``async for``); a
        # pager's own method that returns the pager (``prefetch``) asks for a page, so it is awaited.
        returned = str(inspect.signature(member).return_annotation)
        lazy_pager = "Pager[" in returned and sync.__name__ != "SyncPager"
        awaited = not is_property and not lazy_pager and "Iterator[" not in returned
        assert inspect.iscoroutinefunction(twin) is awaited, f"{asynchronous.__name__}.{name}"
        doc = inspect.getdoc(member)
        assert doc, f"{sync.__name__}.{name} has no docstring"
        assert unasync.unasync_text(inspect.getdoc(twin) or "", set()) == doc, f"{asynchronous.__name__}.{name}"
        if len(inspect.signature(member).parameters) > 1:
            assert "Args:" in doc, f"{sync.__name__}.{name} documents no arguments"
    class_doc = inspect.getdoc(asynchronous)
    assert class_doc
    assert inspect.getdoc(sync) == unasync.unasync_text(class_doc, set())


@pytest.mark.parametrize(("sync", "asynchronous"), FUNCTIONS, ids=[pair[1].__name__ for pair in FUNCTIONS])
def test_twin_functions_have_the_same_parameters_and_docstrings(sync: Any, asynchronous: Any) -> None:
    """A module-level twin is a coroutine function (or returns an async iterator) on the async side, with the same
    parameters and docstring."""
    returned = str(inspect.signature(asynchronous).return_annotation)
    # Iterated with ``async for``, or a client built without any I/O (the builders in _http).
    immediate = "AsyncIterator[" in returned or returned == "httpx2.AsyncClient"
    assert inspect.iscoroutinefunction(asynchronous) is not immediate
    assert not inspect.iscoroutinefunction(sync)
    assert inspect.signature(sync).parameters.keys() == inspect.signature(asynchronous).parameters.keys()
    doc = inspect.getdoc(sync)
    assert doc
    assert "Args:" in doc
    assert unasync.unasync_text(inspect.getdoc(asynchronous) or "", set()) == doc

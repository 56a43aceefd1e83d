"""One public import path: dubkit.__all__ is sorted, complete and importable."""

from __future__ import annotations

import inspect

import dubkit
from dubkit.dubformer._async._projects import AsyncProjects
from dubkit.dubformer._sync._projects import Projects


def test_all_is_sorted_and_importable() -> None:
    """__all__ is sorted and every name in it exists."""
    assert dubkit.__all__ == sorted(dubkit.__all__)
    for name in dubkit.__all__:
        assert hasattr(dubkit, name), name


def test_all_lists_every_public_name() -> None:
    """Every public class or function the package exposes is in __all__ (modules excluded)."""
    public = {name for name, value in vars(dubkit).items() if not name.startswith("_") and not inspect.ismodule(value)}
    assert public == set(dubkit.__all__) - {"__version__"}


def test_one_exception_family() -> None:
    """Every exported exception derives from DubkitError."""
    errors = [
        getattr(dubkit, n)
        for n in dubkit.__all__
        if isinstance(getattr(dubkit, n), type) and issubclass(getattr(dubkit, n), BaseException)
    ]
    assert len(errors) >= 19
    assert all(issubclass(error, dubkit.DubkitError) for error in errors)


def test_sync_and_async_twins_have_the_same_surface() -> None:
    """Dubformer/AsyncDubformer and their projects resources have the same methods and parameters."""
    pairs = [(dubkit.Dubformer, dubkit.AsyncDubformer), (Projects, AsyncProjects)]
    for sync, asynchronous in pairs:
        names = {n for n in vars(sync) if not n.startswith("_")} - {"close"}
        anames = {n for n in vars(asynchronous) if not n.startswith("_")} - {"aclose"}
        assert names == anames
        for name in names:
            if callable(getattr(sync, name)):
                assert (
                    inspect.signature(getattr(sync, name)).parameters.keys()
                    == inspect.signature(getattr(asynchronous, name)).parameters.keys()
                ), name

"""Fixtures for the dubkit tests: a scripted fake API behind httpx2.MockTransport, and no real sleeping."""

from __future__ import annotations

import asyncio
import time

import pytest
from fake_api import FakeAPI


@pytest.fixture
def api() -> FakeAPI:
    return FakeAPI()


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record every sleep instead of sleeping (sync and async)."""
    delays: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(time, "sleep", delays.append)
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return delays

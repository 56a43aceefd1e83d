"""Create → wait → download flows with both providers, sync and async, survive random faults on a quarter of requests.

``DUBKIT_RELIABILITY_FLOWS`` sets the number of flows (``make reliability`` runs 1,000), and
``DUBKIT_RELIABILITY_SEED`` the first flow's seed. The figures go to the terminal whatever pytest's
capture mode.
"""

from __future__ import annotations

import pytest
from reliability_flows import run_flows
from reliability_support import FLOWS, SEED, describe_failures, fault_pairs, format_report, plan_flows, show

MIN_RANDOM_FAULT_SHARE = 0.20
COVERING_FLOWS = 100
"""From this many flows, the queued faults bring every kind to every operation of every flow."""


def test_every_flow_completes_without_duplicates_or_corrupt_files(
    tmp_path, pytestconfig: pytest.Config, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every flow ends with its file byte for byte; the only error allowed is an ambiguous ElevenLabs create."""
    figures = run_flows(plan_flows(FLOWS, SEED), tmp_path)
    show(pytestconfig, capsys, format_report(figures))
    assert not figures.failures, describe_failures(figures)
    assert figures.total_completed == FLOWS
    assert figures.resolution_mismatches == 0
    assert figures.duplicates == 0
    assert figures.key_reuse_failures == 0
    assert figures.server_creates == FLOWS
    assert figures.byte_mismatches == 0
    assert figures.violations == 0
    assert figures.random_fault_share >= MIN_RANDOM_FAULT_SHARE
    if FLOWS >= COVERING_FLOWS:
        assert fault_pairs() <= set(figures.faults_by_operation), fault_pairs() - set(figures.faults_by_operation)
        assert figures.ambiguous_creates > figures.ambiguous_applied > 0  # both ways of resolving one were met
        assert figures.resumes > 0
        assert figures.replays > 0

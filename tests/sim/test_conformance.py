"""schemathesis holds each provider's simulator to its effective spec: every operation, and stateful flows.

Runs in process, deterministically. ``DUBKIT_FUZZ_EXAMPLES`` raises the number of examples (``make fuzz``).
"""

from __future__ import annotations

import os
from pathlib import Path

import schemathesis
from dubkit.sim import Simulator
from hypothesis import settings
from schemathesis.config import SchemathesisConfig

SPECS = Path(__file__).resolve().parents[2] / "generated" / "dubkit_specs"
EXAMPLES = int(os.environ.get("DUBKIT_FUZZ_EXAMPLES", "25"))
STEPS = int(os.environ.get("DUBKIT_FUZZ_STEPS", "10"))
SECURITY = {
    "dubformer": {"bearerAuth": {"bearer": "conformance-key"}},
    "elevenlabs": {"ApiKeyAuth": {"api_key": "conformance-key"}},
}
# Statuses the APIs give valid-by-schema requests that break a rule the schema cannot state:
# 400 (Dubformer: an unsupported language), 402 (no minutes left), 422 (ElevenLabs: e.g. neither file
# nor source_url), 425 (a dub's file before the dub is done).
BUSINESS_RULE_STATUSES = ["2xx", "400", "401", "402", "403", "404", "409", "422", "425", "429"]


def _schema(provider: str) -> schemathesis.schemas.BaseSchema:
    config = SchemathesisConfig.from_dict(
        {
            "seed": 0,
            "generation": {"max-examples": EXAMPLES, "deterministic": True},
            "auth": {"openapi": SECURITY[provider]},
            "checks": {"positive_data_acceptance": {"expected-statuses": BUSINESS_RULE_STATUSES}},
        }
    )
    schema = schemathesis.openapi.from_path(SPECS / f"{provider}.yaml", config=config)
    # Real time, fast: jobs finish within a simulated minute, so flows reach ready projects and done dubs.
    sim = Simulator(
        providers=(provider,), speed=600.0, job_seconds=30.0, balance_minutes=1e9, media_size=2048,
        api_keys=frozenset({"conformance-key"}),  # a fixed key set, so a made-up key gets 401
    )  # fmt: skip
    schema.app = sim.app
    schema.sim = sim
    return schema


dubformer = _schema("dubformer")


@dubformer.parametrize()
def test_dubformer_operation_conforms(case: schemathesis.Case) -> None:
    case.call_and_validate()


class TestDubformerFlows(dubformer.as_state_machine().TestCase):  # type: ignore[misc]
    settings = settings(max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None, derandomize=True)


elevenlabs = _schema("elevenlabs")


@elevenlabs.parametrize()
def test_elevenlabs_operation_conforms(case: schemathesis.Case) -> None:
    case.call_and_validate()


class TestElevenLabsFlows(elevenlabs.as_state_machine().TestCase):  # type: ignore[misc]
    settings = settings(max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None, derandomize=True)

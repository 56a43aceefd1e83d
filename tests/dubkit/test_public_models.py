"""What users see of the models: None for absent values (both providers), dict-like maps, and Literal types that
match the spec's enums."""

from __future__ import annotations

import datetime
import importlib
import json
import typing

import dubkit_dubformer.types
import dubkit_elevenlabs.types
import httpx2
import pytest
from dubkit import Dubformer, ElevenLabs, _literals
from dubkit._dub_file import PROVIDERS
from dubkit.dubformer.types import MixingMode, Project
from dubkit.elevenlabs._dubbing_inputs import MODES, TRANSCRIPT_FORMATS
from dubkit.sim import Simulator
from dubkit_elevenlabs.models import (
    CreateProjectBodyApplyTextNormalizationType0,
    CreateProjectBodyFictionType0,
    CreateProjectBodySourceTypeType0,
    CreateProjectBodyTargetAudienceType0,
    DubbingResourceSpeakerTracks,
    GetDubbingTranscriptsFormatType,
    ListDubsCreationSourcesType0Item,
    ListDubsDubbingModelsType0Item,
    ListDubsDubbingStatus,
    ListDubsDubbingStatusesType0Item,
    ListDubsFilterByCreator,
    ListDubsOrderBy,
    ListDubsOrderDirection,
    PodcastDurationScale,
    QualityPreset,
    RenderType,
)

MINIMAL_PROJECT = {
    "source_lang": "en",
    "target_lang": "fr-FR",
    "cost_minutes": 1.5,
    "created_date": "2025-01-02T03:04:05Z",
    "status": "in_progress",
}


@pytest.mark.parametrize("package", [dubkit_elevenlabs.types, dubkit_dubformer.types])
def test_the_generated_absent_value_is_none(package: object) -> None:
    """Both generated packages spell an absent value None (no sentinel object)."""
    assert package.UNSET is None  # type: ignore[attr-defined]
    assert package.Unset is type(None)  # type: ignore[attr-defined]


def test_a_dubformer_project_reads_none_for_what_the_answer_left_out() -> None:
    """Absent fields are None: json.dumps works, and an `is not None` guard is all a date needs."""
    project = Project.from_dict(MINIMAL_PROJECT)
    assert project.error_message is None
    assert project.estimated_completion_date is None
    assert project.output_target_script is None
    assert json.loads(json.dumps(project.to_dict())).keys() == MINIMAL_PROJECT.keys()
    ready = Project.from_dict({**MINIMAL_PROJECT, "estimated_completion_date": "2025-01-02T04:00:00Z"})
    assert ready.estimated_completion_date == datetime.datetime(2025, 1, 2, 4, tzinfo=datetime.UTC)


def test_models_from_the_simulator_carry_no_sentinel() -> None:
    """Every field of a Dubformer project and an ElevenLabs dub, as the clients return them, is a value or None."""
    sim = Simulator(manual_clock=True, seed=5)
    http = httpx2.Client(transport=sim.transport())
    with Dubformer(api_key="k", base_url="http://127.0.0.1:9", http_client=http) as dubformer:
        job = dubformer.projects.create(source_lang="en", target_lang="fr-FR", source_video_url="https://e.com/v.mp4")
        project = dubformer.projects.get(job.project_id)
    with ElevenLabs(api_key="k", base_url="http://127.0.0.1:9", http_client=http) as elevenlabs:
        created = elevenlabs.dubbing.create(source_url="https://e.com/v.mp4", target_lang="es")
        dub = elevenlabs.dubbing.get(created.dubbing_id)
    for model in (project, dub):
        for name in type(model).__attrs_attrs__:  # type: ignore[attr-defined]
            assert "Unset" not in type(getattr(model, name.name)).__name__, name.name
    assert project.completion_date is None


def test_a_map_model_reads_like_a_dict() -> None:
    """A model that is only additionalProperties supports len, iteration, in, keys, values, items and get."""
    tracks = DubbingResourceSpeakerTracks()
    assert len(tracks) == 0
    assert list(tracks) == []
    tracks.additional_properties.update({"spk_1": "one", "spk_2": "two"})  # type: ignore[dict-item]
    assert len(tracks) == 2
    assert list(tracks) == ["spk_1", "spk_2"]
    assert "spk_1" in tracks
    assert "spk_3" not in tracks
    assert list(tracks.keys()) == ["spk_1", "spk_2"]
    assert list(tracks.values()) == ["one", "two"]
    assert dict(tracks.items()) == {"spk_1": "one", "spk_2": "two"}
    assert tracks.get("spk_3") is None
    assert tracks["spk_2"] == "two"


def test_a_model_with_fields_refuses_iteration_instead_of_failing_with_key_error() -> None:
    """Iterating a model with named fields is a TypeError saying so, not KeyError: 0."""
    with pytest.raises(TypeError, match="not iterable"):
        iter(Project.from_dict(MINIMAL_PROJECT))


@pytest.mark.parametrize(
    ("literal", "enum"),
    [
        (_literals.DubbingStatus, ListDubsDubbingStatus),
        (_literals.CreatorFilter, ListDubsFilterByCreator),
        (_literals.RenderTypeName, RenderType),
        (_literals.MixingModeName, MixingMode),
        (_literals.QualityPreset, QualityPreset),
        (_literals.TranscriptsFormat, GetDubbingTranscriptsFormatType),
        (_literals.ListedDubbingStatus, ListDubsDubbingStatusesType0Item),
        (_literals.DubbingModel, ListDubsDubbingModelsType0Item),
        (_literals.CreationSource, ListDubsCreationSourcesType0Item),
        (_literals.DubbingOrder, ListDubsOrderBy),
        (_literals.OrderDirection, ListDubsOrderDirection),
        (_literals.PodcastDuration, PodcastDurationScale),
        (_literals.TargetAudience, CreateProjectBodyTargetAudienceType0),
        (_literals.Fiction, CreateProjectBodyFictionType0),
        (_literals.ApplyTextNormalization, CreateProjectBodyApplyTextNormalizationType0),
        (_literals.SourceType, CreateProjectBodySourceTypeType0),
    ],
    ids=lambda value: getattr(value, "__name__", str(value)),
)
def test_each_literal_matches_the_spec_enum(literal: object, enum: type) -> None:
    """A spec update that adds or drops a value fails here until dubkit._literals follows."""
    assert set(typing.get_args(literal)) == {member.value for member in enum}  # type: ignore[attr-defined]


def test_the_literals_the_code_checks_against_are_the_same() -> None:
    """The run-time checks accept exactly the Literal values (modes, transcript formats, providers)."""
    assert set(typing.get_args(_literals.DubbingMode)) == set(MODES)
    assert set(typing.get_args(_literals.TranscriptFormat)) == set(TRANSCRIPT_FORMATS)
    assert set(typing.get_args(_literals.Provider)) == set(PROVIDERS)


@pytest.mark.parametrize("module", ["dubkit.elevenlabs.types", "dubkit.dubformer.types"])
def test_every_name_a_types_module_lists_can_be_imported(module: str) -> None:
    """A star import of a types module works: each name in its __all__ (models and Literal types) exists."""
    namespace: dict[str, object] = {}
    exec(f"from {module} import *", namespace)  # noqa: S102 - a fixed import statement
    assert [name for name in importlib.import_module(module).__all__ if name not in namespace] == []
    assert "Region" in namespace if module.startswith("dubkit.elevenlabs") else "MixingModeName" in namespace

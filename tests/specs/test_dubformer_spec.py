"""specs/dubformer.yaml describes the whole Dubformer API page, valid and generator-friendly."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate
from spec_helpers import effective_spec, operations, resolve

EXPECTED_OPERATIONS = {
    ("post", "/api/v1/projects"): "create_project",
    ("get", "/api/v1/projects"): "list_projects",
    ("get", "/api/v1/projects/{project_id}"): "get_project",
    ("delete", "/api/v1/projects/{project_id}"): "delete_project",
    ("post", "/api/v1/projects/{project_id}/translations"): "retranslate_project",
    ("post", "/api/v1/projects/{project_id}/validate-translation-request"): "validate_retranslation",
    ("get", "/api/v1/options"): "get_options",
    ("get", "/api/v1/voices"): "list_voices",
    ("get", "/api/v1/balance"): "get_balance",
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return effective_spec("dubformer")


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def test_valid_openapi_31_with_the_documented_server_and_bearer_auth(spec: dict[str, Any]) -> None:
    """OpenAPI 3.1, base URL https://app.dubformer.ai, Authorization: Bearer on every operation."""
    validate(spec)
    assert spec["openapi"] == "3.1.0"
    assert spec["servers"] == [{"url": "https://app.dubformer.ai"}]
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "description": spec["components"]["securitySchemes"]["bearerAuth"]["description"],
    }
    assert spec["security"] == [{"bearerAuth": []}]


def test_all_nine_operations_with_their_ids(spec: dict[str, Any]) -> None:
    """Exactly the nine documented operations, each with a readable operationId."""
    found = {(method, path): op["operationId"] for path, method, op in operations(spec)}
    assert found == EXPECTED_OPERATIONS


def test_every_post_takes_json_and_an_optional_idempotency_key(spec: dict[str, Any]) -> None:
    """POST bodies are application/json and every POST has the optional Idempotency-Key header."""
    for path, method, op in operations(spec):
        if method != "post":
            continue
        assert list(op["requestBody"]["content"]) == ["application/json"], path
        params = [resolve(spec, p["$ref"]) if "$ref" in p else p for p in op.get("parameters", [])]
        keys = [p for p in params if p["name"] == "Idempotency-Key"]
        assert len(keys) == 1, path
        assert keys[0]["in"] == "header"
        assert keys[0]["required"] is False


def _error_types(spec: dict[str, Any], response: dict[str, Any]) -> set[str]:
    if "$ref" in response:
        response = resolve(spec, response["$ref"])
    media = response["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}
    return {example["value"]["error"] for example in media["examples"].values()}


def test_errors_use_the_envelope_with_the_documented_types_on_fitting_statuses(spec: dict[str, Any]) -> None:
    """Every non-2xx response is {error, message}; 401/402/422/400 carry the documented types."""
    envelope = _schema(spec, "ErrorResponse")
    assert envelope["required"] == ["error", "message"]
    assert set(_schema(spec, "ErrorType")["enum"]) >= {
        "ValidationError",
        "PaymentRequiredError",
        "UnauthorizedError",
        "VideoInfoError",
    }
    seen: dict[str, set[str]] = {}
    for path, method, op in operations(spec):
        statuses = set(op["responses"])
        assert {"200", "401", "429", "500", "503"} <= statuses, (method, path)
        if "{project_id}" in path:
            assert "404" in statuses, (method, path)
        if method == "post":
            assert "400" in statuses, (method, path)
        for status, response in op["responses"].items():
            if not status.startswith("2"):
                seen.setdefault(status, set()).update(_error_types(spec, response))
    assert seen["401"] == {"UnauthorizedError"}
    assert seen["402"] == {"PaymentRequiredError"}
    # 422: an unreadable video, or an Idempotency-Key reused with a different request.
    assert seen["422"] == {"VideoInfoError", "IdempotencyKeyReusedError"}
    assert "ValidationError" in seen["400"]
    create = spec["paths"]["/api/v1/projects"]["post"]["responses"]
    assert {"402", "422"} <= set(create)


def test_rate_limit_and_unavailable_responses_carry_retry_after(spec: dict[str, Any]) -> None:
    """429 and 503 document a Retry-After header in seconds."""
    for name in ("TooManyRequests", "ServiceUnavailable"):
        header = spec["components"]["responses"][name]["headers"]["Retry-After"]
        assert resolve(spec, header["$ref"])["schema"]["type"] == "integer"


def test_enums_mixing_modes_and_statuses(spec: dict[str, Any]) -> None:
    """The three mixing modes and three project statuses, strict in requests and tolerant in responses."""
    assert _schema(spec, "MixingMode")["enum"] == [
        "voiceover_only",
        "voiceover_with_original_track",
        "voiceover_without_original_voice",
    ]
    assert _schema(spec, "ProjectStatus")["enum"] == ["in_progress", "ready", "error"]
    for request in ("CreateProjectRequest", "RetranslationRequest"):
        assert _schema(spec, request)["properties"]["mixing_mode"] == {"$ref": "#/components/schemas/MixingMode"}
    tolerant = {"anyOf": [{"$ref": "#/components/schemas/ProjectStatus"}, {"type": "string"}]}
    assert {k: v for k, v in _schema(spec, "ProjectStatusValue").items() if k != "description"} == tolerant
    assert _schema(spec, "Project")["properties"]["status"] == {"$ref": "#/components/schemas/ProjectStatusValue"}
    assert _schema(spec, "ProjectSummary")["properties"]["status"] == {
        "$ref": "#/components/schemas/ProjectStatusValue"
    }


def _walk(node: Any) -> Any:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_no_nullable_type_lists_with_formats(spec: dict[str, Any]) -> None:
    """Nullable formatted fields are anyOf [..., null], never type: [string, 'null'] with a format."""
    for node in _walk(spec):
        if isinstance(node.get("type"), list):
            assert "format" not in node, node
    completion = _schema(spec, "Project")["properties"]["completion_date"]
    assert completion["anyOf"] == [{"type": "string", "format": "date-time"}, {"type": "null"}]


def test_subscription_only_fields_are_optional(spec: dict[str, Any]) -> None:
    """use_soundalike_voices, source_script_content and glossary_content are never required."""
    create = _schema(spec, "CreateProjectRequest")
    assert create["required"] == ["source_lang", "target_lang", "source_video_url"]
    for field in (
        "use_soundalike_voices",
        "source_script_content",
        "glossary_content",
        "use_emotional_transfer",
    ):
        assert field in create["properties"]
        assert field not in create["required"]


def test_every_example_response_of_the_page_is_present(spec: dict[str, Any]) -> None:
    """Each JSON example of the page (ready/in-progress/error project, list, options, ...) is an example."""

    def examples(path: str, method: str, status: str = "200") -> list[Any]:
        response = spec["paths"][path][method]["responses"][status]
        return [e["value"] for e in response["content"]["application/json"]["examples"].values()]

    project = examples("/api/v1/projects/{project_id}", "get")
    assert {p["status"] for p in project} == {"ready", "in_progress", "error"}
    ready = next(p for p in project if p["status"] == "ready")
    assert ready["output_target_speakers"] == [{"speaker_id": 1, "voice_key": "voice:Rachel", "style": "feminine"}]
    assert ready["output_source_script"][0]["speaker_id"] == 1  # the page's unquoted key, as intended
    assert examples("/api/v1/projects", "post")[0]["project_id"] == "12345"
    assert examples("/api/v1/projects/{project_id}/translations", "post")[0]["translations_count"] == 1
    assert examples("/api/v1/projects/{project_id}/validate-translation-request", "post") == [{"valid": True}]
    invalid = examples("/api/v1/projects/{project_id}/validate-translation-request", "post", "400")
    assert invalid == [{"error": "ValidationError", "message": "Unknown voice unknown-voice"}]
    assert examples("/api/v1/projects/{project_id}", "delete") == [{"success": True}]
    assert [p["project_id"] for p in examples("/api/v1/projects", "get")[0]["projects"]] == ["12345", "67890"]
    assert examples("/api/v1/options", "get")[0]["source_langs"][:3] == ["ar", "de", "en"]
    assert "af-ZA" in examples("/api/v1/voices", "get")[0]["voices"]
    assert examples("/api/v1/balance", "get") == [{"balance_minutes": 90}]

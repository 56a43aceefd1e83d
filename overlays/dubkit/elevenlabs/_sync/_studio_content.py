# Generated from overlays/dubkit/elevenlabs/_async/_studio_content.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
# Generated from specs/wrappers/elevenlabs/studio_content.yaml by scripts/wrappers.py; do not edit.
# Change the declaration (or the glossary beside it), then run `make generate`.
"""``client.studio.projects.content`` and ``.pronunciation_dictionaries``: replace what a project reads, and how."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Unpack

from dubkit_elevenlabs.api.studio import update_project_content, update_pronunciation_dictionaries
from dubkit_elevenlabs.models import CreatePronunciationDictionaryResponseModel, EditProjectResponseModel

from dubkit._options import RequestOptions
from dubkit._validation import check_id
from dubkit.elevenlabs import _studio_inputs as inputs
from dubkit.elevenlabs._studio_json import ContentJSONInput, LocatorInput
from dubkit.elevenlabs._uploads import FileInput

from ._base import ElevenLabsResource

__all__ = ["ProjectContent", "ProjectPronunciationDictionaries"]


class ProjectContent(ElevenLabsResource):
    """``client.studio.projects.content``: replace a project's text."""

    def update(
        self,
        project_id: str,
        *,
        from_url: str | None = None,
        from_document: FileInput | None = None,
        from_content_json: ContentJSONInput | None = None,
        auto_convert: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> EditProjectResponseModel:
        """Replace all of a project's chapters with new content; the document upload is streamed.

        Pass at most one source. With none, the API makes the project blank (one empty chapter).

        Args:
            project_id: The project's id.
            from_url: A web page to take the content from.
            from_document: A document (``.epub``, ``.pdf``, ``.txt``, ...): a path, a binary file object, or
                ``(file_name, file_object[, content_type])``.
            from_content_json: The content itself: ``[{"name": "Chapter 1", "blocks": [{"sub_type": "p", "nodes":
                [{"type": "tts_node", "voice_id": ..., "text": ...}]}]}]``, or that list as JSON text.
            auto_convert: Convert the project once its content is replaced (the API's default is not to).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The project as it now is.

        Raises:
            ValueError: On bad input (more than one source, a missing file, malformed content), before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project.
            UnprocessableEntityError: The API refused (e.g. the project is being converted).
        """
        check_id("project_id", project_id)
        with contextlib.ExitStack() as stack:
            body = inputs.content_body(
                stack,
                from_url=from_url,
                from_document=from_document,
                from_content_json=from_content_json,
                auto_convert=auto_convert,
            )
            return self._call(
                update_project_content.sync_detailed,
                EditProjectResponseModel,
                project_id,
                body=body,
                client=self._raw,
            )


class ProjectPronunciationDictionaries(ElevenLabsResource):
    """``client.studio.projects.pronunciation_dictionaries``: the dictionaries a project reads with."""

    def create(
        self,
        project_id: str,
        *,
        pronunciation_dictionary_locators: Sequence[LocatorInput],
        invalidate_affected_text: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreatePronunciationDictionaryResponseModel:
        """Set the pronunciation dictionaries a project uses (the list replaces the current one).

        Args:
            project_id: The project's id.
            pronunciation_dictionary_locators: The dictionaries: ``PronunciationDictionaryVersionLocatorDBModel``
                objects or ``{"pronunciation_dictionary_id": ..., "version_id": ...}`` mappings (``version_id`` None for
                the latest version).
            invalidate_affected_text: Mark the text the change affects for reconversion (the API's default is to).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The API's confirmation.

        Raises:
            ValueError: On a bad id or locator, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project.
        """
        check_id("project_id", project_id)
        body = inputs.dictionaries_body(pronunciation_dictionary_locators, invalidate_affected_text)
        return self._call(
            update_pronunciation_dictionaries.sync_detailed,
            CreatePronunciationDictionaryResponseModel,
            project_id,
            body=body,
            client=self._raw,
        )

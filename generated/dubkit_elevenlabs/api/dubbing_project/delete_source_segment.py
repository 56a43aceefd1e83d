import gc
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx2
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.dubbing_transcript_revision_response import (
    DubbingTranscriptRevisionResponse,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response

# JSON bodies from this size up are parsed with the cyclic garbage collector paused (_build_response).
_GC_PAUSE_BYTES = 256 * 1024


def _json(response: httpx2.Response) -> Any:
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError:
        # orjson reads only strict UTF-8 JSON; the json module also reads a BOM, UTF-16/32 and NaN.
        return response.json()


def _get_kwargs(
    project_id: str,
    segment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/dubbing/project/{project_id}/transcript/segment/{segment_id}".format(
            project_id=quote(str(project_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
    }

    return _kwargs


def request_kwargs(
    project_id: str,
    segment_id: str,
) -> dict[str, Any]:
    """Describe this operation's request without sending it.

    For callers that send it themselves, e.g. to stream a file answer to disk instead of reading it whole.

    Returns:
        The keyword arguments of ``httpx2.Client.request``: ``method``, ``url`` (the path, to join to the base
        URL) and, where the operation has them, ``params``, ``headers``, ``cookies`` and the body.
    """
    return _get_kwargs(
        project_id=project_id,
        segment_id=segment_id,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> APIErrorResponse | DubbingTranscriptRevisionResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingTranscriptRevisionResponse.from_dict(_json(response))

        return response_200

    if response.status_code == 401:
        response_401 = APIErrorResponse.from_dict(_json(response))

        return response_401

    if response.status_code == 404:
        response_404 = APIErrorResponse.from_dict(_json(response))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(_json(response))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[
    APIErrorResponse | DubbingTranscriptRevisionResponse | HTTPValidationError
]:
    try:
        return _parsed_response(client=client, response=response)
    except Exception as error:
        # The client's on_unparsable hook sees the answer with the error, and may raise an error of its own.
        client.unparsable(response, error)
        raise


def _parsed_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[
    APIErrorResponse | DubbingTranscriptRevisionResponse | HTTPValidationError
]:
    status_code = HTTPStatus(response.status_code)
    if len(response.content) < _GC_PAUSE_BYTES or not gc.isenabled():
        parsed = _parse_response(client=client, response=response)
    else:
        # Building a big, acyclic tree of objects makes the cyclic collector run again and again over a heap
        # in which it can find nothing to free: pause it, then hand it what was built in one young collection
        # (left to itself it would go over those objects twice on their way to the old generation).
        gc.disable()
        try:
            parsed = _parse_response(client=client, response=response)
        finally:
            gc.collect(1)
            gc.enable()
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    project_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    APIErrorResponse | DubbingTranscriptRevisionResponse | HTTPValidationError
]:
    """Delete Dubbing Transcript Segment

     Enterprise only. Remove a source segment from the transcript.

    Args:
        project_id (str): Identifier of the dubbing project.
        segment_id (str): Identifier of the segment to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DubbingTranscriptRevisionResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        segment_id=segment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> APIErrorResponse | DubbingTranscriptRevisionResponse | HTTPValidationError | None:
    """Delete Dubbing Transcript Segment

     Enterprise only. Remove a source segment from the transcript.

    Args:
        project_id (str): Identifier of the dubbing project.
        segment_id (str): Identifier of the segment to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DubbingTranscriptRevisionResponse | HTTPValidationError
    """

    return sync_detailed(
        project_id=project_id,
        segment_id=segment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    APIErrorResponse | DubbingTranscriptRevisionResponse | HTTPValidationError
]:
    """Delete Dubbing Transcript Segment

     Enterprise only. Remove a source segment from the transcript.

    Args:
        project_id (str): Identifier of the dubbing project.
        segment_id (str): Identifier of the segment to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DubbingTranscriptRevisionResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        segment_id=segment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> APIErrorResponse | DubbingTranscriptRevisionResponse | HTTPValidationError | None:
    """Delete Dubbing Transcript Segment

     Enterprise only. Remove a source segment from the transcript.

    Args:
        project_id (str): Identifier of the dubbing project.
        segment_id (str): Identifier of the segment to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DubbingTranscriptRevisionResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            segment_id=segment_id,
            client=client,
        )
    ).parsed

import gc
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx2
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.create_podcast_body import CreatePodcastBody
from ...models.http_validation_error import HTTPValidationError
from ...models.podcast_project_response_model import PodcastProjectResponseModel
from ...types import UNSET, Response, Unset

# JSON bodies from this size up are parsed with the cyclic garbage collector paused (_build_response).
_GC_PAUSE_BYTES = 256 * 1024


def _json(response: httpx2.Response) -> Any:
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError:
        # orjson reads only strict UTF-8 JSON; the json module also reads a BOM, UTF-16/32 and NaN.
        return response.json()


def _get_kwargs(
    *,
    body: CreatePodcastBody,
    safety_identifier: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(safety_identifier, Unset):
        headers["safety-identifier"] = safety_identifier

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/studio/podcasts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: CreatePodcastBody,
    safety_identifier: None | str | Unset = UNSET,
) -> dict[str, Any]:
    """Describe this operation's request without sending it.

    For callers that send it themselves, e.g. to stream a file answer to disk instead of reading it whole.

    Returns:
        The keyword arguments of ``httpx2.Client.request``: ``method``, ``url`` (the path, to join to the base
        URL) and, where the operation has them, ``params``, ``headers``, ``cookies`` and the body.
    """
    return _get_kwargs(
        body=body,
        safety_identifier=safety_identifier,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> APIErrorResponse | HTTPValidationError | PodcastProjectResponseModel | None:
    if response.status_code == 200:
        response_200 = PodcastProjectResponseModel.from_dict(_json(response))

        return response_200

    if response.status_code == 401:
        response_401 = APIErrorResponse.from_dict(_json(response))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(_json(response))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[APIErrorResponse | HTTPValidationError | PodcastProjectResponseModel]:
    try:
        return _parsed_response(client=client, response=response)
    except Exception as error:
        # The client's on_unparsable hook sees the answer with the error, and may raise an error of its own.
        client.unparsable(response, error)
        raise


def _parsed_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[APIErrorResponse | HTTPValidationError | PodcastProjectResponseModel]:
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
    *,
    client: AuthenticatedClient | Client,
    body: CreatePodcastBody,
    safety_identifier: None | str | Unset = UNSET,
) -> Response[APIErrorResponse | HTTPValidationError | PodcastProjectResponseModel]:
    """Create Podcast

     Create and auto-convert a podcast project. Currently, the LLM cost is covered by us but you will
    still be charged for the audio generation. In the future, you will be charged for both the LLM and
    audio generation costs.

    Args:
        safety_identifier (None | str | Unset): Used for moderation. Your workspace must be
            allowlisted to use this feature.
        body (CreatePodcastBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | HTTPValidationError | PodcastProjectResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
        safety_identifier=safety_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePodcastBody,
    safety_identifier: None | str | Unset = UNSET,
) -> APIErrorResponse | HTTPValidationError | PodcastProjectResponseModel | None:
    """Create Podcast

     Create and auto-convert a podcast project. Currently, the LLM cost is covered by us but you will
    still be charged for the audio generation. In the future, you will be charged for both the LLM and
    audio generation costs.

    Args:
        safety_identifier (None | str | Unset): Used for moderation. Your workspace must be
            allowlisted to use this feature.
        body (CreatePodcastBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | HTTPValidationError | PodcastProjectResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
        safety_identifier=safety_identifier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePodcastBody,
    safety_identifier: None | str | Unset = UNSET,
) -> Response[APIErrorResponse | HTTPValidationError | PodcastProjectResponseModel]:
    """Create Podcast

     Create and auto-convert a podcast project. Currently, the LLM cost is covered by us but you will
    still be charged for the audio generation. In the future, you will be charged for both the LLM and
    audio generation costs.

    Args:
        safety_identifier (None | str | Unset): Used for moderation. Your workspace must be
            allowlisted to use this feature.
        body (CreatePodcastBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | HTTPValidationError | PodcastProjectResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
        safety_identifier=safety_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePodcastBody,
    safety_identifier: None | str | Unset = UNSET,
) -> APIErrorResponse | HTTPValidationError | PodcastProjectResponseModel | None:
    """Create Podcast

     Create and auto-convert a podcast project. Currently, the LLM cost is covered by us but you will
    still be charged for the audio generation. In the future, you will be charged for both the LLM and
    audio generation costs.

    Args:
        safety_identifier (None | str | Unset): Used for moderation. Your workspace must be
            allowlisted to use this feature.
        body (CreatePodcastBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | HTTPValidationError | PodcastProjectResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            safety_identifier=safety_identifier,
        )
    ).parsed

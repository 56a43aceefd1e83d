import gc
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx2
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.dubbing_render_response_model import DubbingRenderResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...models.render_dubbing_body import RenderDubbingBody
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
    dubbing_id: str,
    language: str,
    *,
    body: RenderDubbingBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/resource/{dubbing_id}/render/{language}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            language=quote(str(language), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    dubbing_id: str,
    language: str,
    *,
    body: RenderDubbingBody,
) -> dict[str, Any]:
    """Describe this operation's request without sending it.

    For callers that send it themselves, e.g. to stream a file answer to disk instead of reading it whole.

    Returns:
        The keyword arguments of ``httpx2.Client.request``: ``method``, ``url`` (the path, to join to the base
        URL) and, where the operation has them, ``params``, ``headers``, ``cookies`` and the body.
    """
    return _get_kwargs(
        dubbing_id=dubbing_id,
        language=language,
        body=body,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> APIErrorResponse | DubbingRenderResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingRenderResponseModel.from_dict(_json(response))

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
) -> Response[APIErrorResponse | DubbingRenderResponseModel | HTTPValidationError]:
    try:
        return _parsed_response(client=client, response=response)
    except Exception as error:
        # The client's on_unparsable hook sees the answer with the error, and may raise an error of its own.
        client.unparsable(response, error)
        raise


def _parsed_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[APIErrorResponse | DubbingRenderResponseModel | HTTPValidationError]:
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
    dubbing_id: str,
    language: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenderDubbingBody,
) -> Response[APIErrorResponse | DubbingRenderResponseModel | HTTPValidationError]:
    """Render Audio Or Video For The Given Language

     Regenerate the output media for a language using the latest Studio state. Please ensure all segments
    have been dubbed before rendering, otherwise they will be omitted. Renders are generated
    asynchronously, and to check the status of all renders please use the 'Get Dubbing Resource'
    endpoint.

    Args:
        dubbing_id (str): ID of the dubbing project.
        language (str): The target language code to render, eg. 'es'. To render the source track
            use 'original'.
        body (RenderDubbingBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DubbingRenderResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language=language,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dubbing_id: str,
    language: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenderDubbingBody,
) -> APIErrorResponse | DubbingRenderResponseModel | HTTPValidationError | None:
    """Render Audio Or Video For The Given Language

     Regenerate the output media for a language using the latest Studio state. Please ensure all segments
    have been dubbed before rendering, otherwise they will be omitted. Renders are generated
    asynchronously, and to check the status of all renders please use the 'Get Dubbing Resource'
    endpoint.

    Args:
        dubbing_id (str): ID of the dubbing project.
        language (str): The target language code to render, eg. 'es'. To render the source track
            use 'original'.
        body (RenderDubbingBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DubbingRenderResponseModel | HTTPValidationError
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        language=language,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    language: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenderDubbingBody,
) -> Response[APIErrorResponse | DubbingRenderResponseModel | HTTPValidationError]:
    """Render Audio Or Video For The Given Language

     Regenerate the output media for a language using the latest Studio state. Please ensure all segments
    have been dubbed before rendering, otherwise they will be omitted. Renders are generated
    asynchronously, and to check the status of all renders please use the 'Get Dubbing Resource'
    endpoint.

    Args:
        dubbing_id (str): ID of the dubbing project.
        language (str): The target language code to render, eg. 'es'. To render the source track
            use 'original'.
        body (RenderDubbingBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DubbingRenderResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language=language,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dubbing_id: str,
    language: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenderDubbingBody,
) -> APIErrorResponse | DubbingRenderResponseModel | HTTPValidationError | None:
    """Render Audio Or Video For The Given Language

     Regenerate the output media for a language using the latest Studio state. Please ensure all segments
    have been dubbed before rendering, otherwise they will be omitted. Renders are generated
    asynchronously, and to check the status of all renders please use the 'Get Dubbing Resource'
    endpoint.

    Args:
        dubbing_id (str): ID of the dubbing project.
        language (str): The target language code to render, eg. 'es'. To render the source track
            use 'original'.
        body (RenderDubbingBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DubbingRenderResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            language=language,
            client=client,
            body=body,
        )
    ).parsed

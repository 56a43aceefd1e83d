import gc
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx2
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.dubbing_project_list_response import DubbingProjectListResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.list_dubbing_projects_sort_direction import (
    ListDubbingProjectsSortDirection,
)
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
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 20,
    status: None | str | Unset = UNSET,
    sort_direction: ListDubbingProjectsSortDirection
    | Unset = ListDubbingProjectsSortDirection.DESCENDING,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/project",
        "params": params,
    }

    return _kwargs


def request_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 20,
    status: None | str | Unset = UNSET,
    sort_direction: ListDubbingProjectsSortDirection
    | Unset = ListDubbingProjectsSortDirection.DESCENDING,
) -> dict[str, Any]:
    """Describe this operation's request without sending it.

    For callers that send it themselves, e.g. to stream a file answer to disk instead of reading it whole.

    Returns:
        The keyword arguments of ``httpx2.Client.request``: ``method``, ``url`` (the path, to join to the base
        URL) and, where the operation has them, ``params``, ``headers``, ``cookies`` and the body.
    """
    return _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        status=status,
        sort_direction=sort_direction,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> APIErrorResponse | DubbingProjectListResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingProjectListResponse.from_dict(_json(response))

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
) -> Response[APIErrorResponse | DubbingProjectListResponse | HTTPValidationError]:
    try:
        return _parsed_response(client=client, response=response)
    except Exception as error:
        # The client's on_unparsable hook sees the answer with the error, and may raise an error of its own.
        client.unparsable(response, error)
        raise


def _parsed_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[APIErrorResponse | DubbingProjectListResponse | HTTPValidationError]:
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
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 20,
    status: None | str | Unset = UNSET,
    sort_direction: ListDubbingProjectsSortDirection
    | Unset = ListDubbingProjectsSortDirection.DESCENDING,
) -> Response[APIErrorResponse | DubbingProjectListResponse | HTTPValidationError]:
    """List Dubbing Projects

     List the workspace's dubbing projects (cursor-paginated).

    Args:
        cursor (None | str | Unset): Pagination cursor from a previous response's next_cursor.
        page_size (int | Unset): Number of projects per page (max 100). Default: 20.
        status (None | str | Unset): Filter to projects in this status (preparing, ready, failed).
        sort_direction (ListDubbingProjectsSortDirection | Unset): Sort by creation time (default
            'DESCENDING'). Default: ListDubbingProjectsSortDirection.DESCENDING.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DubbingProjectListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        status=status,
        sort_direction=sort_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 20,
    status: None | str | Unset = UNSET,
    sort_direction: ListDubbingProjectsSortDirection
    | Unset = ListDubbingProjectsSortDirection.DESCENDING,
) -> APIErrorResponse | DubbingProjectListResponse | HTTPValidationError | None:
    """List Dubbing Projects

     List the workspace's dubbing projects (cursor-paginated).

    Args:
        cursor (None | str | Unset): Pagination cursor from a previous response's next_cursor.
        page_size (int | Unset): Number of projects per page (max 100). Default: 20.
        status (None | str | Unset): Filter to projects in this status (preparing, ready, failed).
        sort_direction (ListDubbingProjectsSortDirection | Unset): Sort by creation time (default
            'DESCENDING'). Default: ListDubbingProjectsSortDirection.DESCENDING.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DubbingProjectListResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        status=status,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 20,
    status: None | str | Unset = UNSET,
    sort_direction: ListDubbingProjectsSortDirection
    | Unset = ListDubbingProjectsSortDirection.DESCENDING,
) -> Response[APIErrorResponse | DubbingProjectListResponse | HTTPValidationError]:
    """List Dubbing Projects

     List the workspace's dubbing projects (cursor-paginated).

    Args:
        cursor (None | str | Unset): Pagination cursor from a previous response's next_cursor.
        page_size (int | Unset): Number of projects per page (max 100). Default: 20.
        status (None | str | Unset): Filter to projects in this status (preparing, ready, failed).
        sort_direction (ListDubbingProjectsSortDirection | Unset): Sort by creation time (default
            'DESCENDING'). Default: ListDubbingProjectsSortDirection.DESCENDING.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DubbingProjectListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        status=status,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 20,
    status: None | str | Unset = UNSET,
    sort_direction: ListDubbingProjectsSortDirection
    | Unset = ListDubbingProjectsSortDirection.DESCENDING,
) -> APIErrorResponse | DubbingProjectListResponse | HTTPValidationError | None:
    """List Dubbing Projects

     List the workspace's dubbing projects (cursor-paginated).

    Args:
        cursor (None | str | Unset): Pagination cursor from a previous response's next_cursor.
        page_size (int | Unset): Number of projects per page (max 100). Default: 20.
        status (None | str | Unset): Filter to projects in this status (preparing, ready, failed).
        sort_direction (ListDubbingProjectsSortDirection | Unset): Sort by creation time (default
            'DESCENDING'). Default: ListDubbingProjectsSortDirection.DESCENDING.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DubbingProjectListResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            status=status,
            sort_direction=sort_direction,
        )
    ).parsed

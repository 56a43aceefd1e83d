from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.get_projects_response_model import GetProjectsResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/studio/projects",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIErrorResponse | GetProjectsResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetProjectsResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = APIErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIErrorResponse | GetProjectsResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[APIErrorResponse | GetProjectsResponseModel | HTTPValidationError]:
    """List Studio Projects

     Returns a list of your Studio projects with metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | GetProjectsResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> APIErrorResponse | GetProjectsResponseModel | HTTPValidationError | None:
    """List Studio Projects

     Returns a list of your Studio projects with metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | GetProjectsResponseModel | HTTPValidationError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[APIErrorResponse | GetProjectsResponseModel | HTTPValidationError]:
    """List Studio Projects

     Returns a list of your Studio projects with metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | GetProjectsResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> APIErrorResponse | GetProjectsResponseModel | HTTPValidationError | None:
    """List Studio Projects

     Returns a list of your Studio projects with metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | GetProjectsResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

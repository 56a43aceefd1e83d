from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.speaker_updated_response import SpeakerUpdatedResponse
from ...models.update_speaker_body import UpdateSpeakerBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dubbing_id: str,
    speaker_id: str,
    *,
    body: UpdateSpeakerBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            speaker_id=quote(str(speaker_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIErrorResponse | HTTPValidationError | SpeakerUpdatedResponse | None:
    if response.status_code == 200:
        response_200 = SpeakerUpdatedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = APIErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = APIErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIErrorResponse | HTTPValidationError | SpeakerUpdatedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpeakerBody | Unset = UNSET,
) -> Response[APIErrorResponse | HTTPValidationError | SpeakerUpdatedResponse]:
    """Update Metadata For A Speaker

     Amend the metadata associated with a speaker, such as their voice. Both voice cloning and using
    voices from the ElevenLabs library are supported.

    Args:
        dubbing_id (str): ID of the dubbing project.
        speaker_id (str): ID of the speaker.
        body (UpdateSpeakerBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | HTTPValidationError | SpeakerUpdatedResponse]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpeakerBody | Unset = UNSET,
) -> APIErrorResponse | HTTPValidationError | SpeakerUpdatedResponse | None:
    """Update Metadata For A Speaker

     Amend the metadata associated with a speaker, such as their voice. Both voice cloning and using
    voices from the ElevenLabs library are supported.

    Args:
        dubbing_id (str): ID of the dubbing project.
        speaker_id (str): ID of the speaker.
        body (UpdateSpeakerBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | HTTPValidationError | SpeakerUpdatedResponse
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpeakerBody | Unset = UNSET,
) -> Response[APIErrorResponse | HTTPValidationError | SpeakerUpdatedResponse]:
    """Update Metadata For A Speaker

     Amend the metadata associated with a speaker, such as their voice. Both voice cloning and using
    voices from the ElevenLabs library are supported.

    Args:
        dubbing_id (str): ID of the dubbing project.
        speaker_id (str): ID of the speaker.
        body (UpdateSpeakerBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | HTTPValidationError | SpeakerUpdatedResponse]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpeakerBody | Unset = UNSET,
) -> APIErrorResponse | HTTPValidationError | SpeakerUpdatedResponse | None:
    """Update Metadata For A Speaker

     Amend the metadata associated with a speaker, such as their voice. Both voice cloning and using
    voices from the ElevenLabs library are supported.

    Args:
        dubbing_id (str): ID of the dubbing project.
        speaker_id (str): ID of the speaker.
        body (UpdateSpeakerBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | HTTPValidationError | SpeakerUpdatedResponse
    """

    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
            client=client,
            body=body,
        )
    ).parsed

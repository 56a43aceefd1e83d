import gc
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx2
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.dubbing_transcript_response_model import DubbingTranscriptResponseModel
from ...models.get_dubbed_transcript_format_type import GetDubbedTranscriptFormatType
from ...models.http_validation_error import HTTPValidationError
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
    dubbing_id: str,
    language_code: str,
    *,
    format_type: GetDubbedTranscriptFormatType
    | Unset = GetDubbedTranscriptFormatType.SRT,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_type: str | Unset = UNSET
    if not isinstance(format_type, Unset):
        json_format_type = format_type.value

    params["format_type"] = json_format_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/{dubbing_id}/transcript/{language_code}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            language_code=quote(str(language_code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def request_kwargs(
    dubbing_id: str,
    language_code: str,
    *,
    format_type: GetDubbedTranscriptFormatType
    | Unset = GetDubbedTranscriptFormatType.SRT,
) -> dict[str, Any]:
    """Describe this operation's request without sending it.

    For callers that send it themselves, e.g. to stream a file answer to disk instead of reading it whole.

    Returns:
        The keyword arguments of ``httpx2.Client.request``: ``method``, ``url`` (the path, to join to the base
        URL) and, where the operation has them, ``params``, ``headers``, ``cookies`` and the body.
    """
    return _get_kwargs(
        dubbing_id=dubbing_id,
        language_code=language_code,
        format_type=format_type,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> (
    APIErrorResponse | DubbingTranscriptResponseModel | str | HTTPValidationError | None
):
    if response.status_code == 200:
        _response_200 = _json(response)
        response_200: DubbingTranscriptResponseModel | str
        try:
            if not isinstance(_response_200, dict):
                raise TypeError()
            response_200_type_0 = DubbingTranscriptResponseModel.from_dict(
                _response_200
            )

            response_200 = response_200_type_0

        except (TypeError, ValueError, AttributeError, KeyError):
            if not (isinstance(_response_200, str)):
                raise TypeError(
                    f"response_200: expected an object or a string, got {type(_response_200).__name__}"
                )
            response_200 = _response_200

        return response_200

    if response.status_code == 401:
        response_401 = APIErrorResponse.from_dict(_json(response))

        return response_401

    if response.status_code == 403:
        response_403 = APIErrorResponse.from_dict(_json(response))

        return response_403

    if response.status_code == 404:
        response_404 = APIErrorResponse.from_dict(_json(response))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(_json(response))

        return response_422

    if response.status_code == 425:
        response_425 = APIErrorResponse.from_dict(_json(response))

        return response_425

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[
    APIErrorResponse | DubbingTranscriptResponseModel | str | HTTPValidationError
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
    APIErrorResponse | DubbingTranscriptResponseModel | str | HTTPValidationError
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
    dubbing_id: str,
    language_code: str,
    *,
    client: AuthenticatedClient | Client,
    format_type: GetDubbedTranscriptFormatType
    | Unset = GetDubbedTranscriptFormatType.SRT,
) -> Response[
    APIErrorResponse | DubbingTranscriptResponseModel | str | HTTPValidationError
]:
    """Get Dubbed Transcript

     Returns transcript for the dub as an SRT or WEBVTT file.

    Args:
        dubbing_id (str): ID of the dubbing project.
        language_code (str): ISO-693 language code to retrieve the transcript for. Use 'source' to
            fetch the transcript of the original media.
        format_type (GetDubbedTranscriptFormatType | Unset): Format to return transcript in. For
            subtitles use either 'srt' or 'webvtt', and for a full transcript use 'json'. The 'json'
            format is not yet supported for Dubbing Studio. Default:
            GetDubbedTranscriptFormatType.SRT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DubbingTranscriptResponseModel | str | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language_code=language_code,
        format_type=format_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dubbing_id: str,
    language_code: str,
    *,
    client: AuthenticatedClient | Client,
    format_type: GetDubbedTranscriptFormatType
    | Unset = GetDubbedTranscriptFormatType.SRT,
) -> (
    APIErrorResponse | DubbingTranscriptResponseModel | str | HTTPValidationError | None
):
    """Get Dubbed Transcript

     Returns transcript for the dub as an SRT or WEBVTT file.

    Args:
        dubbing_id (str): ID of the dubbing project.
        language_code (str): ISO-693 language code to retrieve the transcript for. Use 'source' to
            fetch the transcript of the original media.
        format_type (GetDubbedTranscriptFormatType | Unset): Format to return transcript in. For
            subtitles use either 'srt' or 'webvtt', and for a full transcript use 'json'. The 'json'
            format is not yet supported for Dubbing Studio. Default:
            GetDubbedTranscriptFormatType.SRT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DubbingTranscriptResponseModel | str | HTTPValidationError
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        language_code=language_code,
        client=client,
        format_type=format_type,
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    language_code: str,
    *,
    client: AuthenticatedClient | Client,
    format_type: GetDubbedTranscriptFormatType
    | Unset = GetDubbedTranscriptFormatType.SRT,
) -> Response[
    APIErrorResponse | DubbingTranscriptResponseModel | str | HTTPValidationError
]:
    """Get Dubbed Transcript

     Returns transcript for the dub as an SRT or WEBVTT file.

    Args:
        dubbing_id (str): ID of the dubbing project.
        language_code (str): ISO-693 language code to retrieve the transcript for. Use 'source' to
            fetch the transcript of the original media.
        format_type (GetDubbedTranscriptFormatType | Unset): Format to return transcript in. For
            subtitles use either 'srt' or 'webvtt', and for a full transcript use 'json'. The 'json'
            format is not yet supported for Dubbing Studio. Default:
            GetDubbedTranscriptFormatType.SRT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DubbingTranscriptResponseModel | str | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language_code=language_code,
        format_type=format_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dubbing_id: str,
    language_code: str,
    *,
    client: AuthenticatedClient | Client,
    format_type: GetDubbedTranscriptFormatType
    | Unset = GetDubbedTranscriptFormatType.SRT,
) -> (
    APIErrorResponse | DubbingTranscriptResponseModel | str | HTTPValidationError | None
):
    """Get Dubbed Transcript

     Returns transcript for the dub as an SRT or WEBVTT file.

    Args:
        dubbing_id (str): ID of the dubbing project.
        language_code (str): ISO-693 language code to retrieve the transcript for. Use 'source' to
            fetch the transcript of the original media.
        format_type (GetDubbedTranscriptFormatType | Unset): Format to return transcript in. For
            subtitles use either 'srt' or 'webvtt', and for a full transcript use 'json'. The 'json'
            format is not yet supported for Dubbing Studio. Default:
            GetDubbedTranscriptFormatType.SRT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DubbingTranscriptResponseModel | str | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            language_code=language_code,
            client=client,
            format_type=format_type,
        )
    ).parsed

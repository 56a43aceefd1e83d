import gc
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx2
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.dubbing_metadata_page_response_model import (
    DubbingMetadataPageResponseModel,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.list_dubs_creation_sources_type_0_item import (
    ListDubsCreationSourcesType0Item,
)
from ...models.list_dubs_dubbing_models_type_0_item import (
    ListDubsDubbingModelsType0Item,
)
from ...models.list_dubs_dubbing_status import ListDubsDubbingStatus
from ...models.list_dubs_dubbing_statuses_type_0_item import (
    ListDubsDubbingStatusesType0Item,
)
from ...models.list_dubs_filter_by_creator import ListDubsFilterByCreator
from ...models.list_dubs_order_by import ListDubsOrderBy
from ...models.list_dubs_order_direction import ListDubsOrderDirection
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
    page_size: int | Unset = 100,
    dubbing_status: ListDubsDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[ListDubsDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[ListDubsDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[ListDubsCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: ListDubsFilterByCreator | Unset = ListDubsFilterByCreator.ALL,
    order_by: ListDubsOrderBy | Unset = ListDubsOrderBy.CREATED_AT,
    order_direction: ListDubsOrderDirection | Unset = ListDubsOrderDirection.DESCENDING,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_dubbing_status: str | Unset = UNSET
    if not isinstance(dubbing_status, Unset):
        json_dubbing_status = dubbing_status.value

    params["dubbing_status"] = json_dubbing_status

    json_dubbing_statuses: list[str] | None | Unset
    if isinstance(dubbing_statuses, Unset):
        json_dubbing_statuses = UNSET
    elif isinstance(dubbing_statuses, list):
        json_dubbing_statuses = []
        for dubbing_statuses_type_0_item_data in dubbing_statuses:
            dubbing_statuses_type_0_item = dubbing_statuses_type_0_item_data.value
            json_dubbing_statuses.append(dubbing_statuses_type_0_item)

    else:
        json_dubbing_statuses = dubbing_statuses
    params["dubbing_statuses"] = json_dubbing_statuses

    json_dubbing_models: list[str] | None | Unset
    if isinstance(dubbing_models, Unset):
        json_dubbing_models = UNSET
    elif isinstance(dubbing_models, list):
        json_dubbing_models = []
        for dubbing_models_type_0_item_data in dubbing_models:
            dubbing_models_type_0_item = dubbing_models_type_0_item_data.value
            json_dubbing_models.append(dubbing_models_type_0_item)

    else:
        json_dubbing_models = dubbing_models
    params["dubbing_models"] = json_dubbing_models

    json_target_language_codes: list[str] | None | Unset
    if isinstance(target_language_codes, Unset):
        json_target_language_codes = UNSET
    elif isinstance(target_language_codes, list):
        json_target_language_codes = target_language_codes

    else:
        json_target_language_codes = target_language_codes
    params["target_language_codes"] = json_target_language_codes

    json_creation_sources: list[str] | None | Unset
    if isinstance(creation_sources, Unset):
        json_creation_sources = UNSET
    elif isinstance(creation_sources, list):
        json_creation_sources = []
        for creation_sources_type_0_item_data in creation_sources:
            creation_sources_type_0_item = creation_sources_type_0_item_data.value
            json_creation_sources.append(creation_sources_type_0_item)

    else:
        json_creation_sources = creation_sources
    params["creation_sources"] = json_creation_sources

    json_filter_by_creator: str | Unset = UNSET
    if not isinstance(filter_by_creator, Unset):
        json_filter_by_creator = filter_by_creator.value

    params["filter_by_creator"] = json_filter_by_creator

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction.value

    params["order_direction"] = json_order_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing",
        "params": params,
    }

    return _kwargs


def request_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    dubbing_status: ListDubsDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[ListDubsDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[ListDubsDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[ListDubsCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: ListDubsFilterByCreator | Unset = ListDubsFilterByCreator.ALL,
    order_by: ListDubsOrderBy | Unset = ListDubsOrderBy.CREATED_AT,
    order_direction: ListDubsOrderDirection | Unset = ListDubsOrderDirection.DESCENDING,
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
        dubbing_status=dubbing_status,
        dubbing_statuses=dubbing_statuses,
        dubbing_models=dubbing_models,
        target_language_codes=target_language_codes,
        creation_sources=creation_sources,
        filter_by_creator=filter_by_creator,
        order_by=order_by,
        order_direction=order_direction,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> APIErrorResponse | DubbingMetadataPageResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingMetadataPageResponseModel.from_dict(_json(response))

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
) -> Response[
    APIErrorResponse | DubbingMetadataPageResponseModel | HTTPValidationError
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
    APIErrorResponse | DubbingMetadataPageResponseModel | HTTPValidationError
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
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    dubbing_status: ListDubsDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[ListDubsDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[ListDubsDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[ListDubsCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: ListDubsFilterByCreator | Unset = ListDubsFilterByCreator.ALL,
    order_by: ListDubsOrderBy | Unset = ListDubsOrderBy.CREATED_AT,
    order_direction: ListDubsOrderDirection | Unset = ListDubsOrderDirection.DESCENDING,
) -> Response[
    APIErrorResponse | DubbingMetadataPageResponseModel | HTTPValidationError
]:
    """List Dubs

     List the dubs you have access to.

    Args:
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
        page_size (int | Unset): How many dubs to return at maximum. Can not exceed 200, defaults
            to 100. Default: 100.
        dubbing_status (ListDubsDubbingStatus | Unset): What state the dub is currently in.
        dubbing_statuses (list[ListDubsDubbingStatusesType0Item] | None | Unset): Filter by
            dubbing status.
        dubbing_models (list[ListDubsDubbingModelsType0Item] | None | Unset): Filter by dubbing
            model generation.
        target_language_codes (list[str] | None | Unset): Filter by target language code.
        creation_sources (list[ListDubsCreationSourcesType0Item] | None | Unset): Filter by
            dubbing creation source.
        filter_by_creator (ListDubsFilterByCreator | Unset): Filters who created the resources
            being listed, whether it was the user running the request or someone else that shared the
            resource with them. Default: ListDubsFilterByCreator.ALL.
        order_by (ListDubsOrderBy | Unset): The field to use for ordering results from this query.
            Default: ListDubsOrderBy.CREATED_AT.
        order_direction (ListDubsOrderDirection | Unset): The order direction to use for results
            from this query. Default: ListDubsOrderDirection.DESCENDING.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DubbingMetadataPageResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        dubbing_status=dubbing_status,
        dubbing_statuses=dubbing_statuses,
        dubbing_models=dubbing_models,
        target_language_codes=target_language_codes,
        creation_sources=creation_sources,
        filter_by_creator=filter_by_creator,
        order_by=order_by,
        order_direction=order_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    dubbing_status: ListDubsDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[ListDubsDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[ListDubsDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[ListDubsCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: ListDubsFilterByCreator | Unset = ListDubsFilterByCreator.ALL,
    order_by: ListDubsOrderBy | Unset = ListDubsOrderBy.CREATED_AT,
    order_direction: ListDubsOrderDirection | Unset = ListDubsOrderDirection.DESCENDING,
) -> APIErrorResponse | DubbingMetadataPageResponseModel | HTTPValidationError | None:
    """List Dubs

     List the dubs you have access to.

    Args:
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
        page_size (int | Unset): How many dubs to return at maximum. Can not exceed 200, defaults
            to 100. Default: 100.
        dubbing_status (ListDubsDubbingStatus | Unset): What state the dub is currently in.
        dubbing_statuses (list[ListDubsDubbingStatusesType0Item] | None | Unset): Filter by
            dubbing status.
        dubbing_models (list[ListDubsDubbingModelsType0Item] | None | Unset): Filter by dubbing
            model generation.
        target_language_codes (list[str] | None | Unset): Filter by target language code.
        creation_sources (list[ListDubsCreationSourcesType0Item] | None | Unset): Filter by
            dubbing creation source.
        filter_by_creator (ListDubsFilterByCreator | Unset): Filters who created the resources
            being listed, whether it was the user running the request or someone else that shared the
            resource with them. Default: ListDubsFilterByCreator.ALL.
        order_by (ListDubsOrderBy | Unset): The field to use for ordering results from this query.
            Default: ListDubsOrderBy.CREATED_AT.
        order_direction (ListDubsOrderDirection | Unset): The order direction to use for results
            from this query. Default: ListDubsOrderDirection.DESCENDING.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DubbingMetadataPageResponseModel | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        dubbing_status=dubbing_status,
        dubbing_statuses=dubbing_statuses,
        dubbing_models=dubbing_models,
        target_language_codes=target_language_codes,
        creation_sources=creation_sources,
        filter_by_creator=filter_by_creator,
        order_by=order_by,
        order_direction=order_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    dubbing_status: ListDubsDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[ListDubsDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[ListDubsDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[ListDubsCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: ListDubsFilterByCreator | Unset = ListDubsFilterByCreator.ALL,
    order_by: ListDubsOrderBy | Unset = ListDubsOrderBy.CREATED_AT,
    order_direction: ListDubsOrderDirection | Unset = ListDubsOrderDirection.DESCENDING,
) -> Response[
    APIErrorResponse | DubbingMetadataPageResponseModel | HTTPValidationError
]:
    """List Dubs

     List the dubs you have access to.

    Args:
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
        page_size (int | Unset): How many dubs to return at maximum. Can not exceed 200, defaults
            to 100. Default: 100.
        dubbing_status (ListDubsDubbingStatus | Unset): What state the dub is currently in.
        dubbing_statuses (list[ListDubsDubbingStatusesType0Item] | None | Unset): Filter by
            dubbing status.
        dubbing_models (list[ListDubsDubbingModelsType0Item] | None | Unset): Filter by dubbing
            model generation.
        target_language_codes (list[str] | None | Unset): Filter by target language code.
        creation_sources (list[ListDubsCreationSourcesType0Item] | None | Unset): Filter by
            dubbing creation source.
        filter_by_creator (ListDubsFilterByCreator | Unset): Filters who created the resources
            being listed, whether it was the user running the request or someone else that shared the
            resource with them. Default: ListDubsFilterByCreator.ALL.
        order_by (ListDubsOrderBy | Unset): The field to use for ordering results from this query.
            Default: ListDubsOrderBy.CREATED_AT.
        order_direction (ListDubsOrderDirection | Unset): The order direction to use for results
            from this query. Default: ListDubsOrderDirection.DESCENDING.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DubbingMetadataPageResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        dubbing_status=dubbing_status,
        dubbing_statuses=dubbing_statuses,
        dubbing_models=dubbing_models,
        target_language_codes=target_language_codes,
        creation_sources=creation_sources,
        filter_by_creator=filter_by_creator,
        order_by=order_by,
        order_direction=order_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    dubbing_status: ListDubsDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[ListDubsDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[ListDubsDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[ListDubsCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: ListDubsFilterByCreator | Unset = ListDubsFilterByCreator.ALL,
    order_by: ListDubsOrderBy | Unset = ListDubsOrderBy.CREATED_AT,
    order_direction: ListDubsOrderDirection | Unset = ListDubsOrderDirection.DESCENDING,
) -> APIErrorResponse | DubbingMetadataPageResponseModel | HTTPValidationError | None:
    """List Dubs

     List the dubs you have access to.

    Args:
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
        page_size (int | Unset): How many dubs to return at maximum. Can not exceed 200, defaults
            to 100. Default: 100.
        dubbing_status (ListDubsDubbingStatus | Unset): What state the dub is currently in.
        dubbing_statuses (list[ListDubsDubbingStatusesType0Item] | None | Unset): Filter by
            dubbing status.
        dubbing_models (list[ListDubsDubbingModelsType0Item] | None | Unset): Filter by dubbing
            model generation.
        target_language_codes (list[str] | None | Unset): Filter by target language code.
        creation_sources (list[ListDubsCreationSourcesType0Item] | None | Unset): Filter by
            dubbing creation source.
        filter_by_creator (ListDubsFilterByCreator | Unset): Filters who created the resources
            being listed, whether it was the user running the request or someone else that shared the
            resource with them. Default: ListDubsFilterByCreator.ALL.
        order_by (ListDubsOrderBy | Unset): The field to use for ordering results from this query.
            Default: ListDubsOrderBy.CREATED_AT.
        order_direction (ListDubsOrderDirection | Unset): The order direction to use for results
            from this query. Default: ListDubsOrderDirection.DESCENDING.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DubbingMetadataPageResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            dubbing_status=dubbing_status,
            dubbing_statuses=dubbing_statuses,
            dubbing_models=dubbing_models,
            target_language_codes=target_language_codes,
            creation_sources=creation_sources,
            filter_by_creator=filter_by_creator,
            order_by=order_by,
            order_direction=order_direction,
        )
    ).parsed

"""Build the httpx2 clients the generated code runs on, and turn its results into dubkit's.

The layers of one API call, outermost first::

    dubkit method → generated function → httpx2.Client(auth=APIKeyAuth, event hook)
                                          → RetryTransport → [AsyncTurns →] pool (or the caller's client)

During a dubkit method (any resource method: ``in_api_call``), the response hook raises dubkit's typed errors for
every status >= 300 before the generated code sees the response: the stock code would otherwise
crash on statuses such as 520 (``HTTPStatus(520)`` raises ValueError) or hand back ``None``. A
generated function called directly with ``client.raw`` gets what its type promises instead: the
response, with the error model its spec declares for that status (or ``None``); only a status the
generated code cannot represent at all (520) still raises dubkit's error. Every client built here
refuses a URL httpx2 cannot build (an id of 100,000 characters) with ``InvalidRequestError``, before sending.
An answer the generated code cannot parse reaches ``on_unparsable`` (the generated clients' hook) with
the error, so what it was travels with the error, never through a module global.

The builders and ``expect`` loops are written once, async, in ``_async/_http.py``; ``scripts/unasync.py``
writes the sync ones. What they share is in ``_clients`` (the client classes, the status check) and
``_answers`` (parsing failures, re-asking, a retried DELETE's 404). This module is where callers import them.
"""

from __future__ import annotations

from ._answers import on_unparsable
from ._async import _http as _async_http
from ._async._http import *  # noqa: F403 - the async builders and loops, listed once there
from ._sync import _http as _sync_http
from ._sync._http import *  # noqa: F403 - their sync twins

__all__ = [*_async_http.__all__, *_sync_http.__all__, "on_unparsable"]  # noqa: PLE0604 - names from those modules

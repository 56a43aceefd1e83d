"""Where the resources' bases import their shared endpoint call from: the async source and its sync twin.

``AsyncEndpointResource`` (in ``_async/_endpoint_resource.py``) is the source of ``EndpointResource``, which
``scripts/unasync.py`` writes.
"""

from __future__ import annotations

from dubkit._async._endpoint_resource import AsyncEndpointResource
from dubkit._sync._endpoint_resource import EndpointResource

__all__ = ["AsyncEndpointResource", "EndpointResource"]

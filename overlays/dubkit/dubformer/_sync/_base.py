# Generated from overlays/dubkit/dubformer/_async/_base.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""The base of the Dubformer resources: the owning client and its generated client.

The endpoint call (``self._call``) is the one both providers share, so a Dubformer wrapper module is
declared, and generated, like the ElevenLabs ones (``scripts/wrappers.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dubkit_dubformer import Client

from dubkit._endpoint_resource import EndpointResource

if TYPE_CHECKING:
    from ._client import Dubformer

__all__ = ["DubformerResource"]


class DubformerResource(EndpointResource):
    """A resource of ``Dubformer``: runs the generated endpoint calls its methods make.

    Args:
        client: The owning client.
    """

    def __init__(self, client: Dubformer) -> None:
        self._client = client

    @property
    def _raw(self) -> Client:
        return self._client.raw

"""The Dubformer client: ``from dubkit import Dubformer, AsyncDubformer``; models in ``dubkit.dubformer.types``.

The async client and its resources in ``_async/`` are the source; ``_sync/`` is generated from them by
``scripts/unasync.py`` (``make generate``), and ``_config.py`` and ``_inputs.py`` are what both share.
"""

from ._async._client import AsyncDubformer
from ._sync._client import Dubformer

__all__ = ["AsyncDubformer", "Dubformer"]

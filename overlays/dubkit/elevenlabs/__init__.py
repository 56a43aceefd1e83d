"""The ElevenLabs client: ``from dubkit import ElevenLabs, AsyncElevenLabs``; models in ``dubkit.elevenlabs.types``.

The async client and its resources in ``_async/`` are the source; ``_sync/`` is generated from them by
``scripts/unasync.py`` (``make generate``). What both share lives beside them: ``_config.py`` (servers,
environment), the ``*_inputs.py`` modules (argument checks and request bodies), ``_studio_json.py``,
``_studio_waits.py``, ``_files.py`` and ``_uploads.py``.
"""

from ._async._client import AsyncElevenLabs
from ._config import REGIONS
from ._sync._client import ElevenLabs

__all__ = ["REGIONS", "AsyncElevenLabs", "ElevenLabs"]

"""The ElevenLabs client: ``from dubkit import ElevenLabs, AsyncElevenLabs``; models in ``dubkit.elevenlabs.types``."""

from ._client import REGIONS, AsyncElevenLabs, ElevenLabs

__all__ = ["REGIONS", "AsyncElevenLabs", "ElevenLabs"]

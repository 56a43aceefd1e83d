"""The Dubformer client: ``from dubkit import Dubformer, AsyncDubformer``; models in ``dubkit.dubformer.types``."""

from ._client import AsyncDubformer, Dubformer

__all__ = ["AsyncDubformer", "Dubformer"]

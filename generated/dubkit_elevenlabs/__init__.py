"""A client library for accessing ElevenLabs API Documentation"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""dubkit: typed, dependable Python clients for the ElevenLabs and Dubformer dubbing APIs.

The hand-written layer lives in this package; the clients it wraps are generated into
``dubkit_elevenlabs`` and ``dubkit_dubformer`` (see ``generated/README.md``).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dubkit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__"]

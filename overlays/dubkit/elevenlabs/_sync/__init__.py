# Generated from overlays/dubkit/elevenlabs/_async/__init__.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""The async ElevenLabs client and resources: the source of both twins (``scripts/unasync.py`` writes ``_sync/``)."""

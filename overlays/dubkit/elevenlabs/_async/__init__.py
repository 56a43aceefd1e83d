"""The async ElevenLabs client and resources: the source of both twins (``scripts/unasync.py`` writes ``_sync/``)."""

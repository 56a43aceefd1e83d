"""The async Dubformer client and resources: the one source of both twins (``scripts/unasync.py`` writes ``_sync/``)."""

"""The async sources of dubkit's top-level twins: ``scripts/unasync.py`` writes the sync side into ``_sync/``."""

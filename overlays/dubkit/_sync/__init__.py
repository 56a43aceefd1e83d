# Generated from overlays/dubkit/_async/__init__.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""The async sources of dubkit's top-level twins: ``scripts/unasync.py`` writes the sync side into ``_sync/``."""

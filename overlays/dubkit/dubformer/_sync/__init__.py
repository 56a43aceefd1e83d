# Generated from overlays/dubkit/dubformer/_async/__init__.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""The async Dubformer client and resources: the one source of both twins (``scripts/unasync.py`` writes ``_sync/``)."""

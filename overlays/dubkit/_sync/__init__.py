# Generated from overlays/dubkit/_async/__init__.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""dubkit's shared loops (transport, client builders, downloads, waits, pager, ``dub_file``), as twins.

``_async/`` is the source; ``scripts/unasync.py`` writes ``_sync/`` from it.
"""

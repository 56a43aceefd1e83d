"""dubkit's shared loops (transport, client builders, downloads, waits, pager, ``dub_file``), as twins.

``_async/`` is the source; ``scripts/unasync.py`` writes ``_sync/`` from it.
"""

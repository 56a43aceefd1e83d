"""The effective OpenAPI specs (generated; do not edit)."""

"""Pydantic v2 models of both specs (generated; do not edit)."""

"""Ingest stage: turn paths (files, folders) into RawDocuments, reporting what cannot be read."""

from newsfuse.ingest.paths import read_paths

__all__ = ["read_paths"]

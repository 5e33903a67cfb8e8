"""Ingest stage: turn paths (files, folders) into RawDocuments, reporting what cannot be read."""

from newsfuse.ingest.reader import read_paths

__all__ = ["read_paths"]

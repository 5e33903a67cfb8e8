"""Clean stage: keep the article, drop everything else, and report each dropped line."""

from newsfuse.clean.cleaner import clean_document

__all__ = ["clean_document"]

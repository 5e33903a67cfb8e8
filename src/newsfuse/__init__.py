"""newsfuse: one cited, checkable brief from every article about a news story."""

__version__ = "0.1.0"

"""Align stage: which sources say the same thing as each sentence."""

from newsfuse.align.support import SupportMap, support_map

__all__ = ["SupportMap", "support_map"]

"""Align stage: which sources say the same thing, where they disagree, what only one reports."""

from newsfuse.align.alignment import Alignment, align
from newsfuse.align.support import SupportMap, support_map

__all__ = ["Alignment", "SupportMap", "align", "support_map"]

"""The time of day a sentence gives its event ("Earlier Friday", "Tuesday morning", "later Wednesday"): the timeline
orders the events of one day by it, and the summary its sentences of one date."""

from __future__ import annotations

import re

# a day's time cues, earliest first: "Earlier Friday", "Tuesday morning", "Tuesday afternoon", "Friday evening".
# "earlier"/"later" count only before a day ("Lauten later apologized" says nothing of the hour)
_DAY = r"(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|that\s+day|in\s+the\s+day)"
_CUES = (
    re.compile(rf"\bearlier\s+{_DAY}|\b(?:morning|dawn|overnight)\b", re.IGNORECASE),
    re.compile(r"\b(?:afternoon|midday|noon)\b", re.IGNORECASE),
    re.compile(rf"\blater\s+{_DAY}|\b(?:evening|night|tonight)\b", re.IGNORECASE),
)
NO_CUE = 1  # between the morning (0) and the afternoon (2)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def time_cue(sentence: str) -> int:
    """0 morning or earlier that day, 2 afternoon, 3 evening or later that day, ``NO_CUE`` when the text gives none;
    words inside quotation marks are someone's words, not the report's clock."""
    text = _QUOTED.sub(" ", sentence)
    return next(({0: 0, 1: 2, 2: 3}[n] for n, cue in enumerate(_CUES) if cue.search(text)), NO_CUE)

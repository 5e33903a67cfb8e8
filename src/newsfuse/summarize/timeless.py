"""A line told in a timeless present: a description or background, not the news (issue 14, stop 54).

"Hunger motivates people to consume food, …", "The Good Country Index doesn't measure what countries do at home.",
"Young children with Williams syndrome often experience developmental delays.": a present-tense verb and no past form,
participle or modal, no day, month or year, no speech verb and no development (``select.development``: "a new study
suggests", "will", "announced"). ``select.lede_first`` puts such a candidate after one that tells something happening,
as it puts background after a dated event.

Measured (stop 54, rows 0-124 with `newsfuse bench rouge --limit 125`'s scoring): as a lede rule, 5 ledes change and
every summary shows the same sentences (R1 / R2 / RL +0.00 / +0.00 / -0.01). Row 6 leads with "People buy far more stuff
and spend more money when they're hungry …", row 97 with a finding in place of an archive's "The goal is to fix all
broken links on the web .", and row 31 with "Researchers in the US have discovered that a gene mutation … evolved in the
Ice Age …". As a weight on the ranking (× 0.6 on the 60 best candidates) it cost RL 0.12 (se 0.06) and gave gold tune
nothing: the words it freed went to the next short sentence without a fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from newsfuse.summarize.prune import Parser

_PRESENT = {"VBZ", "VBP"}
_TOLD_AS_HAPPENING = {"VBD", "VBN", "MD"}  # a past, a perfect or passive participle, a modal
_SPEECH = {"say", "tell", "report", "announce"}
_TIME_WORD = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|now|this (?:week|month|year)|last (?:week|month|year)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|\d{4})\b",
    re.IGNORECASE,
)


def timeless(doc: Any, text: str, development: Callable[[str], bool]) -> bool:
    """Is the parsed line (``doc``, its ``text``) told in a timeless present? ``development``: the test for a line
    that reports something happening (``select.development``)."""
    tags = {t.tag_ for t in doc}
    return (
        bool(tags & _PRESENT)
        and not tags & _TOLD_AS_HAPPENING
        and not _TIME_WORD.search(text)
        and not any(t.lemma_ in _SPEECH for t in doc)
        and not development(text)
    )


def timeless_lines(
    texts: dict[int, str], candidates: Sequence[int], parse: Parser, development: Callable[[str], bool]
) -> set[int]:
    """Those of ``candidates`` whose shown text (``texts``) is told in a timeless present."""
    ids = [i for i in candidates if i in texts]
    docs = parse([texts[i] for i in ids])
    return {i for i, doc in zip(ids, docs, strict=True) if timeless(doc, texts[i], development)}

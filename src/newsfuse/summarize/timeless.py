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

A present state (stop 55, ``present_state``) is the wider form of the same reading: the main clause in the simple
present, active or passive ("30 Rock is now in syndication on Fox and Comedy Central.", "Today, nearly all ethanol fuel
is made from corn or sugarcane, …", "The Community of Christ, formerly known as …, is based in Independence and has
about 250,000 members."), where the timeless test needs no participle and no "now" anywhere. These three led Multi-News
rows 5, 56 and 106 over "The 10 women on our … list earned a total of $94 million between May 2010 and May 2011.",
"Scientists said on Wednesday they have developed a new way to make liquid ethanol …" and "Delegates … met at their
headquarters over the weekend and have recommended …". A main verb of saying, finding or showing ("A new study suggests
…", "Video appears to show …", "the Batterygate continues"), "according to", and a named day, month or year ("… is to
appear in a Copenhagen court on Tuesday", "The drawing … is Friday evening") keep a present-tense line a development.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from newsfuse.nlp.models import Parser

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


# main verbs that report news in the present: what someone says or finds, what a record shows, what goes on
_REPORTING = {
    "say", "tell", "report", "announce", "claim", "reveal", "suggest", "find", "show", "indicate", "conclude",
    "appear", "seem", "continue",
}  # fmt: skip
_NAMED_TIME = re.compile(
    r"\b(?:tomorrow|yesterday|tonight|(?:this|last|next) (?:week|month|year)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|\d{4})\b",
    re.IGNORECASE,
)
_AUXILIARY = {"aux", "auxpass"}


def present_state(doc: Any, text: str) -> bool:
    """Is the parsed line (``doc``, its ``text``) a present state: its main clause in the simple present, active or
    passive ("… is based in Independence and has about 250,000 members", "… fuel is made from corn …"), with no
    modal, past, perfect or progressive in that clause, no main verb of reporting (``_REPORTING``), no "according to"
    and no named day, month or year (``_NAMED_TIME``: a schedule is news)?"""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ in _REPORTING or "according to" in text.lower() or _NAMED_TIME.search(text):
        return False
    auxiliaries = [c for c in root.children if c.dep_ in _AUXILIARY]
    tags = {root.tag_, *(a.tag_ for a in auxiliaries)}
    if tags & {"MD", "VBD"}:
        return False
    if root.tag_ in ("VBN", "VBG") and any(a.dep_ == "aux" for a in auxiliaries):
        return False  # "has developed", "is losing": a perfect or a progressive tells something happening
    return bool(tags & _PRESENT)


def present_states(texts: dict[int, str], candidates: Sequence[int], parse: Parser) -> set[int]:
    """Those of ``candidates`` whose shown text (``texts``) tells a present state (``present_state``)."""
    ids = [i for i in candidates if i in texts]
    docs = parse([texts[i] for i in ids])
    return {i for i, doc in zip(ids, docs, strict=True) if present_state(doc, texts[i])}


def timeless_lines(
    texts: dict[int, str], candidates: Sequence[int], parse: Parser, development: Callable[[str], bool]
) -> set[int]:
    """Those of ``candidates`` whose shown text (``texts``) is told in a timeless present."""
    ids = [i for i in candidates if i in texts]
    docs = parse([texts[i] for i in ids])
    return {i for i, doc in zip(ids, docs, strict=True) if timeless(doc, texts[i], development)}

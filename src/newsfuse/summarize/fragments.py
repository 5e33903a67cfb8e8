"""A summary line the parser reads as no sentence: no verb at its root and no finite verb or modal anywhere
(issue 14, stop 53).

Such a line is page furniture or a fragment the source cut: an archive's crawl notice ("Crawls of supported "No More
404" sites.", three rows of Multi-News 0-124), a cast list ("With: …"), a "Related …" link, a programme note
("NBC Nightly News Exclusive: …"), "Too many reports of users having battery problems.". ``select.without_fragments``
shows another wording of the same unit instead, else passes over it. It reads the text as it would be shown.

Both tests are needed. The root alone calls good sentences fragments when the tagger reads their verb as a noun
("Kanan envisions taking carbon dioxide …", "Patel underwent surgery …", "Exposure to brief flashes of light … could
help people avoid jet lag …": 10 of 26 root-only hits on rows 0-124 were such misparses, every one with a finite verb
or modal somewhere). A finite verb anywhere also lets through a noun head whose verb sits in a clause it governs
("Scholarship money that was going to help her …"): the parse cannot tell that from a misparse, so it stays. A copula
is its sentence's root in this parser's scheme ("She is a nurse": "is"), and a line of fewer than ``MIN_TOKENS`` tokens
is left to the standalone and furniture rules.

Measured (stop 53, rows 0-124 with `newsfuse bench rouge --limit 125`'s scoring): 12 summaries change, R1 / R2 / RL
45.63 / 16.25 / 21.56 -> 45.62 / 16.22 / 21.52 (per row -0.02 / -0.03, se 0.03), needs context 0, repeats 0; the
one real loss is row 8's charge list ("Patrick Callahan, 21, …; each charged with eight counts of …", -2.1 R1).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsfuse.nlp.models import Parser

_VERBAL = {"VERB", "AUX"}
# a finite verb or a modal anywhere: past, present, "will", "could"
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
MIN_TOKENS = 4


def verbless(docs: Sequence[Any]) -> list[bool]:
    """For each parsed sentence: is no root of it a verb, and no word of it a finite verb or a modal?"""
    out = []
    for doc in docs:
        roots = [t for t in doc if t.dep_ == "ROOT"]
        out.append(
            len(doc) >= MIN_TOKENS
            and bool(roots)
            and not any(t.pos_ in _VERBAL for t in roots)
            and not any(t.tag_ in _FINITE for t in doc)
        )
    return out


def fragments(texts: dict[int, str], candidates: Sequence[int], parse: Parser) -> set[int]:
    """Those of ``candidates`` whose shown text (``texts``) parses with no verb at its root."""
    ids = [i for i in candidates if i in texts]
    docs = parse([texts[i] for i in ids])
    return {i for i, bad in zip(ids, verbless(docs), strict=True) if bad}

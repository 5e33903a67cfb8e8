"""Statuses a later report overturned, and appeals to the public: what the summary must not state.

A sentence that says someone is still missing ("remains missing", "the search continues", "has not
been found") is *stale* when another sentence of the story about the same person or thing says they
were found ("was found safe", "were located", "bodies ... recovered") and comes from an article
published no earlier (or either date is unknown). The summary then never shows the stale sentence:
the resolving sentence takes over its rank (at least the stale one's score), so the brief states the
later status in the source's own words, which say what changed ("was found"). Nothing is added: the
contract allows only text taken from a cited source.

An appeal ("Anyone with information is asked to call ...", "If you have any information ... let
authorities know") is a request to the reader, not a fact of the story, and is never a summary sentence.
"""

from __future__ import annotations

import re

from newsfuse.records import AnalysedStory
from newsfuse.summarize.features import content_words

_STALE = re.compile(
    r"\b(?:still|remains?|remained|is|are|was|were|been|reported|listed as)\s+(?:missing|unaccounted for)\b|"
    r"\bsearch(?:es)?\s+(?:continues?|is (?:still )?under ?way|goes on|resumed)\b|"
    r"\b(?:has|have|had)(?:n't| not)\s+(?:yet\s+)?been\s+(?:found|located)\b|\bnot yet (?:been )?(?:found|located)\b|"
    r"\bwhereabouts (?:are|remain) unknown\b",
    re.IGNORECASE,
)
_RESOLVED = re.compile(
    r"\b(?:was|were|has been|have been|had been|been)\s+(?:found|located|rescued|recovered|reunited)\b|"
    r"\bfound (?:safe|alive|dead|unharmed)\b|\bbod(?:y|ies)\b[^.!?]{0,60}\b(?:found|recovered|identified)\b",
    re.IGNORECASE,
)
_APPEAL = re.compile(
    r"\b(?:anyone|anybody|those|people|residents) (?:with|who has|who have) (?:any )?information\b|"
    r"\bif you (?:have|see|know|spot)\b[^.!?]*\b(?:information|call|contact|authorities|police)\b|"
    r"\b(?:is|are) (?:asked|urged|encouraged) to (?:call|contact)\b|\bcall crime ?stoppers\b|"
    r"\blet['’]?s help\b|\bplease (?:donate|give|help|share)\b|\bdonations? (?:can|may) be (?:made|sent)\b",
    re.IGNORECASE,
)
MIN_SHARED = 2  # content words a stale and a resolving sentence share when no person links them


def appeal(text: str) -> bool:
    return bool(_APPEAL.search(text))


def stale(text: str) -> bool:
    return bool(_STALE.search(text)) and not _RESOLVED.search(text)


def resolves(text: str) -> bool:
    return bool(_RESOLVED.search(text)) and not _STALE.search(text)


def overturned(story: AnalysedStory, texts: dict[int, str]) -> dict[int, int]:
    """Stale sentence -> the sentence that overturns it (the best linked one: a shared person first,
    then shared content words, then the latest publication, then story order), among ``texts``."""
    people: dict[int, set[str]] = {}
    index = {s.key: i for i, s in enumerate(story.sentences)}
    for m in story.mentions:
        i = index.get((m.article_id, m.sentence_index))
        if i is not None and m.label == "PERSON":
            people.setdefault(i, set()).update(m.text.split())
    published = {a.id: a.published or "" for a in story.articles}
    found = [j for j, t in texts.items() if resolves(t)]
    result: dict[int, int] = {}
    for i, text in texts.items():
        if not found or not stale(text):
            continue
        when = published[story.sentences[i].article_id]
        words = content_words(text)
        best: tuple[int, int, str, int] | None = None
        for j in found:
            later = published[story.sentences[j].article_id]
            if when and later and later < when:
                continue  # an older report does not overturn a newer one
            person = len(people.get(i, set()) & people.get(j, set()))
            shared = len(words & content_words(texts[j]))
            if not person and shared < MIN_SHARED:
                continue
            key = (person, shared, later, -j)
            if best is None or key > best:
                best = key
        if best is not None:
            result[i] = -best[3]
    return result

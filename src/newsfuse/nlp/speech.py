"""Lexicon and small text helpers for finding who said something: speech verbs, pronouns,
noun-phrase edges. Shared by quote finding (nlp/quotes.py) and speaker resolution (nlp/speakers.py)."""

from __future__ import annotations

import re

_SPEECH_LEMMAS = (
    "say said says saying tell told tells telling add added adds adding stated stating "
    "declared announced explain explained explains noted "
    "argue argued argues arguing claimed insist insisted insists warn warned warns warning "
    "write wrote writes writing ask asked asks replied responded "
    "reported suggested acknowledge acknowledged acknowledges admit admitted admits "
    "conceded contended maintained predicted "
    "promised vowed urged recalled "
    "emphasized emphasised stressed concluded complained "
    "countered tweeted alleged confirmed "
    "denied observed remarked quipped "
    "asserted reiterated "
    "boast boasted bragged cautioned mused continued continues exclaimed confessed echoed interrupted "
    "shouted joked pleaded laughed demanded wondered"
)
SPEECH_VERBS = frozenset(_SPEECH_LEMMAS.split())
_FRAME_ONLY = "notes points concludes answered jokes tweeted read reads quipped insisted tweets called calls described"
# Next to a quotation these are speech verbs too; elsewhere they are too often nouns ("notes").
FRAME_VERBS = SPEECH_VERBS | frozenset(_FRAME_ONLY.split())
_ATTITUDE = (
    "believe believes believed think thinks thought feel feels felt expect expects expected fear fears feared "
    "hope hopes hoped know knows knew agree agrees agreed accused accuses"
)
# Attitude verbs mark reported speech ("X believes that ...") but never introduce a direct quote.
ATTITUDE_VERBS = frozenset(_ATTITUDE.split())
PARTICIPLES = frozenset({"saying", "adding", "telling", "writing", "arguing", "warning", "stating", "noting"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
PERSONAL_PRONOUNS = frozenset({"he", "she"})
_CLAUSE = (
    "that which who whom whose and but as while when because after before if though although since so or "
    "where whether than until unless also still then however meanwhile"
)
# Words that end a subject noun phrase when reading backwards from a verb.
CLAUSE_WORDS = frozenset(_CLAUSE.split())
_ADVERBS = (
    "also later then recently previously earlier repeatedly publicly privately separately again once "
    "simply flatly firmly quickly often never always has have had would will may might could"
)
# Adverbs and auxiliaries between a subject and its verb ("Putin has also said").
ADVERBS = frozenset(_ADVERBS.split())
DOUBLE_MARKS = frozenset('“”«»„"')
WORD = re.compile(r"[^\W_][\w’'.-]*", re.UNICODE)


def is_speech_verb(word: str) -> bool:
    return word.lower() in SPEECH_VERBS


def words_with_offsets(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).rstrip("."), m.start(), m.end()) for m in WORD.finditer(text)]

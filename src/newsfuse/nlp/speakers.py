"""Who is speaking: the subject of a speech verb, resolved to a canonical entity.

Without a dependency parser (the packaged pipeline runs NER and the sentence splitter only) the
subject is read off the words next to the verb: backwards to a clause boundary, with one
appositive allowed ("Wang Wenbin, a ministry spokesman, said"), or forwards after an inverted
verb (",” said Oleg Nikolenko"). Pronouns and bare roles ("he said", "the spokesman added") are
carried from the most recent speaker or person of the same article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.nlp.aliases import clean_surface, strip_titles
from newsfuse.nlp.entities import EntityIndex, LocatedMention
from newsfuse.nlp.speech import ADVERBS, CLAUSE_WORDS, PERSONAL_PRONOUNS, PRONOUNS, words_with_offsets

MAX_SUBJECT_WORDS = 10  # grammar, not tuning: a speaker phrase ("the ministry's spokesman ...") is short
_BOUNDARY = set(',;:—–()“”"«»[]!?')
_DETERMINERS = {"a", "an", "the", "one", "another", "two", "three", "some", "many", "several", "both"}
_PREPOSITIONS = {"on", "in", "at", "during", "after", "before", "to", "from", "with", "of", "for", "by", "last", "this"}
_BAD_LEADS = {"do", "does", "did", "are", "is", "was", "were", "to", "that", "this", "then", "so", "just", "even", "be"}
_PHRASE_LEAD = re.compile(r"^(?:a|an|A|An)\s+")
# How many characters back a pronoun may reach for its antecedent.
CARRY_WINDOW = 1500


@dataclass(frozen=True)
class Speaker:
    text: str  # as written: "he", "Mr. Xi", "a Chinese Foreign Ministry spokesman"
    start: int  # offsets into the article text
    end: int
    name: str | None  # canonical entity name, or the cleaned phrase; None when unresolved


def subject_before(text: str, verb_start: int, floor: int) -> tuple[int, int] | None:
    """Span of the noun phrase ending right before a verb at ``verb_start`` (not before ``floor``)."""
    segment = text[floor:verb_start]
    words = words_with_offsets(segment)
    collected: list[tuple[int, int]] = []
    appositive_open = False  # inside "Name, <appositive>, said", reading the appositive
    appositive_done = False
    right_edge = len(segment)
    for word, start, end in reversed(words):
        gap = segment[end:right_edge]
        lower = word.lower()
        if not collected and lower in ADVERBS:
            right_edge = start
            continue
        if any(ch in _BOUNDARY for ch in gap) or "\n" in gap:
            if gap.strip() == "," and not collected and not appositive_done:
                appositive_open = True
            elif gap.strip() == "," and appositive_open and _looks_like_appositive(segment, collected):
                appositive_open, appositive_done = False, True
            else:
                break
        if lower in CLAUSE_WORDS:
            break
        collected.append((start, end))
        right_edge = start
        if len(collected) >= MAX_SUBJECT_WORDS:
            break
    # drop what cannot open a subject: "naturally he", "Do we", "to"
    while collected and _bad_lead(segment[collected[-1][0] : collected[-1][1]]):
        collected.pop()
    if not collected:
        return None
    return floor + collected[-1][0], floor + collected[0][1]


def _bad_lead(word: str) -> bool:
    lower = word.lower()
    return lower in _BAD_LEADS or (word.islower() and lower.endswith("ly") and lower not in _DETERMINERS)


def _looks_like_appositive(segment: str, collected: list[tuple[int, int]]) -> bool:
    first_word = segment[collected[-1][0] : collected[-1][1]].lower()
    return first_word in _DETERMINERS or first_word.endswith("’s")


def subject_after(text: str, verb_end: int, ceiling: int) -> tuple[int, int] | None:
    """Span of an inverted subject after the verb (",” said Oleg Nikolenko, a spokesperson")."""
    segment = text[verb_end:ceiling]
    words = words_with_offsets(segment)
    collected: list[tuple[int, int]] = []
    left_edge = 0
    for word, start, end in words[:MAX_SUBJECT_WORDS]:
        gap = segment[left_edge:start]
        if collected and any(ch in _BOUNDARY or ch == "." for ch in gap):
            break
        if not collected and word.lower() in ("that", "of", "in", "on", "at", "to", "for", "it", "by", "with"):
            return None
        if word.islower() and (word in CLAUSE_WORDS or word in _PREPOSITIONS):
            break
        collected.append((start, end))
        left_edge = end
    if not collected:
        return None
    first_word = segment[collected[0][0] : collected[0][1]]
    if not (first_word[:1].isupper() or first_word.lower() in _DETERMINERS):
        return None
    return verb_end + collected[0][0], verb_end + collected[-1][1]


class SpeakerResolver:
    """Resolves subject spans of one article to canonical names, remembering recent speakers."""

    def __init__(self, article_id: str, index: EntityIndex) -> None:
        self.index = index
        self.mentions: list[LocatedMention] = [m for m in index.located if m.article_id == article_id]
        self.history: list[Speaker] = []  # resolved speakers in text order

    def resolve(self, text: str, start: int, end: int) -> Speaker:
        written = text[start:end]
        lower = written.lower().strip()
        if lower in PRONOUNS:
            return Speaker(written, start, end, self._antecedent(start, lower in PERSONAL_PRONOUNS))
        inside = [m for m in self.mentions if m.start >= start and m.end <= end]
        people = [m for m in inside if m.label == "PERSON"]
        if people:
            return Speaker(written, start, end, self._canonical(people[0].text))
        phrase = _PHRASE_LEAD.sub("", clean_surface(written))
        if len(inside) == 1 and len(clean_surface(inside[0].text)) >= 0.8 * len(phrase):
            return Speaker(written, start, end, self._canonical(inside[0].text))
        known = self.index.resolve(phrase) if phrase and not inside else None
        if known is not None and phrase[:1].isupper():  # a name the model missed here ("Danner later added")
            return Speaker(written, start, end, known.name)
        return Speaker(written, start, end, phrase or None)

    def remember(self, speaker: Speaker) -> None:
        if speaker.name:
            self.history.append(speaker)

    def _canonical(self, mention_text: str) -> str:
        cluster = self.index.resolve(mention_text)
        return cluster.name if cluster else clean_surface(strip_titles(mention_text))

    def _type_of(self, name: str) -> str | None:
        cluster = self.index.resolve(name)
        return cluster.type if cluster else None

    def _antecedent(self, before: int, person: bool) -> str | None:
        """The last named speaker, else the last person mentioned, before ``before``."""
        candidates: list[tuple[int, str]] = []
        for speaker in self.history:
            if speaker.start < before and speaker.name and before - speaker.start <= CARRY_WINDOW:
                candidates.append((speaker.start, speaker.name))
        candidates = [c for c in candidates if (self._type_of(c[1]) == "PERSON") == person]
        for mention in self.mentions:
            if (
                person
                and (mention.label == "PERSON" or self._type_of(mention.text) == "PERSON")
                and mention.end <= before
                and before - mention.start <= CARRY_WINDOW
            ):
                candidates.append((mention.start - CARRY_WINDOW // 3, self._canonical(mention.text)))
        return max(candidates)[1] if candidates else None

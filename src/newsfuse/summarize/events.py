"""Whether two summary candidates tell the same event, by what the align stage already decided.

The summary's cosine test (``SummaryOptions.redundancy_threshold``, 0.70) misses the same event told
again in other words: the editor found one donation told five times in one summary, the pairs at
cosine 0.49-0.60. Lowering the cosine threshold costs facts (stop 20: multi-source facts in the
summary 60.6 → 56.8 %), because many different facts of one story are that close too. The align stage
has already scored every pair of sentences of different articles with the story's same-fact model
(``UnitMap.similarity``: P(same fact) from the paraphrase model, the story's rare words and entities
and the agreement of numbers; align/units.py), and grouped clauses into fact nodes (``FactGraph``).
That model answers "same story thread" as often as "same event" (at 0.8-0.98: "Mr. Hunter, 41,
becomes the second Republican congressman to be indicted" / "Hunter, 41, is a five-term
congressman"), so it is not enough alone. Two sentences are the same event when

- a claim of each belongs to the same fact node, or the same-fact model gives the pair at least
  ``SAME_EVENT_SCORE`` (either alone joined one story's different facts on the gold tune stories:
  "Putin bragged that a new pipeline ... but Xi did not confirm" / "Also, it did not contribute to
  the resolution of that war" share a node), *and* the words they share carry
  at least ``SAME_EVENT_COVER`` of the rarer sentence's weight (story IDF: the rare names, the event's
  verb and nouns: "arrested", "charged", "first-degree murder", "Stinson"), at least
  ``SAME_EVENT_WORDS`` of them, *and* their figures agree: when both give a number (digits or a
  spelled count, not a year), they share one ("three people were killed" is not "nine civilians"),
  *and* neither is negated alone ("Pasztor has not been charged with Macomber's death" / "Pasztor
  faces two charges of murder").

Where the same-fact model is sure (at least ``SURE_SCORE``, its own threshold for joining a unit),
shared words carrying ``SURE_COVER`` suffice ("American Ferrera's first appearance at the Cannes Film
Festival was interrupted when infamous prankster Vitalii Sediuk rushed the carpet ..." / "A man rushed
onto the red carpet at the Cannes Film Festival and dove beneath the dress of actress America Ferrera.",
cover 0.32). Read on the gold tune stories, about half of what the rule then joins is one event and
the rest two facts of one thread told close together (the RMSF patient / what RMSF is); either way the
budget goes to a new fact, and the other telling stays an alternative.

Where the two share many content words (at least ``SAME_EVENT_MANY``), the cover is not asked (stop
30, issue 14): a lead that packs the event with its background and attribution ("X's attorney confirmed
late Friday that federal prosecutors plan to file criminal charges against the congressman, ...") weighs
so much that another outlet's full retelling of the same fact ("A lawyer for X, ..., confirmed in a
statement that prosecutors intended to file criminal charges against his client") covers only a third of
it, though they share seven words. Read on the gold tune stories, every related pair sharing six words
or more was one fact told twice (the confession and the quotation of it; a resignation and "now that
she resigned"); at five, two facts of one thread still do ("the Senate voted Wednesday to override his
veto" / "The House voted later on Wednesday to override the veto"). Not when either sentence quotes
someone: the quotation is what the retelling adds ("... file criminal charges against his client and
said that the investigation was “a politically driven vendetta.”": a key fact of its own). A
sentence that *opens* with a quotation is no such exception (stop 31): it is the statement itself
("“We can confirm that the campaign ... received subpoenas ...,” Sheridan said." after "Federal
prosecutors have issued subpoenas to the campaign ..."), a second telling of the fact in the speaker's
words, which the brief's quotes section gives whole; the report in the writer's words is shown.

Two ledes — the opening sentences of two articles — that the same-fact model relates (at least ``LEDE_SCORE``)
and that share ``SAME_EVENT_WORDS`` content words are one event (stop 31, editor read of row 246: three outlets'
ledes, each packing "a former police officer accused of a hoax ... was found dead / has died" with its own
background, were three of the summary's first five sentences, at same-fact scores 0.74-0.84 but covering only a
fifth of each other's weight). A lede states its article's main news by the inverted pyramid, and the articles of
one story report one main news: two ledes the model relates tell it twice, whatever background each adds.

Two sentences of one article are never scored by the same-fact model; for them a cosine of at least
``SAME_ARTICLE_COSINE`` stands in for the score ("Union City Football coach Jonathon Magwood broke two
vertebrae ... foam pit" / "“He actually jumped into a foam pit and landed incorrectly and broke two
vertebrae,” Eberhart said.", cosine 0.63). Of two tellings the summary shows the one in its own words
rather than a quotation, then the better backed, then the one with more content words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from newsfuse.align.story_pairs import content_words, numbers_of, story_idf
from newsfuse.align.units import UnitMap
from newsfuse.records import FactGraph

SAME_EVENT_SCORE = 0.8
SAME_EVENT_COVER = 0.45
SAME_EVENT_WORDS = 3
SAME_EVENT_MANY = 6
SAME_ARTICLE_COSINE = 0.6
SURE_SCORE = 0.9
SURE_COVER = 0.3
LEDE_SCORE = 0.7
_NEGATION = re.compile(r"\b(?:not|no|never|n['’]t|denied|denies)\b", re.IGNORECASE)
# the anonymity formula negates nothing the sentence reports: "A French security official, who was not authorized to
# publicly release details of the arrest, said the suspect … was arrested Sunday after he apparently shot himself by
# accident" told the arrest again after "Sid Ahmed Ghlam … was detained on Sunday … after he apparently shot himself by
# accident" (editor re-read #7b, stop 37, Multi-News row 110: a repeated pair)
_ANONYMITY = re.compile(
    r"\b(?:who|because\s+\w+|as\s+\w+|since\s+\w+)\s+(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+[^,;.—]*"
    r"|\b(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|allowed|permitted)\s+to\s+(?:speak|discuss|comment|talk)[^,;.—]*",
    re.IGNORECASE,
)


def _negated(text: str) -> bool:
    return bool(_NEGATION.search(_ANONYMITY.sub(" ", text)))


_COUNT_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty hundred dozen dozens hundreds thousand thousands"
)
_QUOTED = re.compile(r"^[“\"‘']")
_QUOTES = re.compile(r"[“\"][^“”\"]+[”\"]")  # words quoted anywhere in the sentence
_SPELLED = re.compile(rf"\b(?:{'|'.join(_COUNT_WORDS.split())})\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def figures(text: str) -> frozenset[str]:
    """Numbers written with digits (no years) and spelled counts, lower case."""
    return numbers_of(text) | frozenset(m.lower() for m in _SPELLED.findall(text))


def adds_quotation(text: str) -> bool:
    """The writer's report that also quotes someone ("... and said the inquiry was “a vendetta.”"): the
    quoted words are what it adds to another telling of its fact. A sentence that opens with the
    quotation is the statement itself, which the brief's quotes section gives whole."""
    return bool(_QUOTES.search(text)) and not _QUOTED.match(text)


@dataclass
class SameEvent:
    similarity: np.ndarray  # sentence x sentence P(same fact) (align/units.py); 0 where never scored
    facts: list[frozenset[int]]  # sentence -> the fact nodes its claims belong to
    words: Sequence[frozenset[str]]  # sentence -> its content words (light stems)
    idf: dict[str, float]  # story IDF of those words
    texts: Sequence[str]

    # sentences of one article are never scored by the same-fact model: their cosine stands in
    article: Sequence[str] = ()
    embeddings: np.ndarray | None = None
    ledes: frozenset[int] = frozenset()  # the sentences that open their article

    @classmethod
    def of(
        cls,
        units: UnitMap,
        graph: FactGraph | None,
        texts: Sequence[str],
        article: Sequence[str] = (),
        embeddings: np.ndarray | None = None,
        ledes: frozenset[int] = frozenset(),
    ) -> SameEvent:
        facts: list[set[int]] = [set() for _ in texts]
        if graph is not None:
            for claim, fact in zip(graph.claims, graph.fact_of_claim, strict=True):
                if claim.sentence < len(texts):
                    facts[claim.sentence].add(fact)
        words = [content_words(t) for t in texts]
        idf = story_idf(words)
        return cls(units.similarity, [frozenset(f) for f in facts], words, idf, texts, article, embeddings, ledes)

    def related(self, i: int, j: int) -> bool:
        """What the align stage says: one fact node, a same-fact score of at least ``SAME_EVENT_SCORE``,
        or, for two sentences of one article (never scored), a cosine of at least ``SAME_ARTICLE_COSINE``."""
        if self.facts[i] & self.facts[j] or self.similarity[i, j] >= SAME_EVENT_SCORE or self.ledes_of_one_news(i, j):
            return True
        if self.embeddings is None or not self.article or self.article[i] != self.article[j]:
            return False
        return float(self.embeddings[i] @ self.embeddings[j]) >= SAME_ARTICLE_COSINE

    def ledes_of_one_news(self, i: int, j: int) -> bool:
        return i in self.ledes and j in self.ledes and self.similarity[i, j] >= LEDE_SCORE

    def cover(self, i: int, j: int) -> tuple[float, int]:
        """(IDF weight of the shared words over the smaller of the two sentences' weights, shared words).
        Summed in sorted order: a set's order follows the process's string hashing, and a float sum in
        another order can differ in its last bit, which must never flip a threshold between two runs."""
        shared = sorted(self.words[i] & self.words[j])
        weight = min(self._weight(i), self._weight(j))
        return sum(self.idf[w] for w in shared) / max(1e-6, weight), len(shared)

    def _weight(self, i: int) -> float:
        return sum(self.idf[w] for w in sorted(self.words[i]))

    def __call__(self, i: int, j: int) -> bool:
        if not self.related(i, j):
            return False
        if _negated(self.texts[i]) != _negated(self.texts[j]):
            return False  # "has not been charged with Macomber's death" / "faces two charges of murder"
        if _QUOTED.match(self.texts[i]) and _QUOTED.match(self.texts[j]):
            return False  # two quotations are two things said, unless they share words (summarize/repeats.py)
        cover, shared = self.cover(i, j)
        needed = SURE_COVER if self.similarity[i, j] >= SURE_SCORE else SAME_EVENT_COVER
        many = shared >= SAME_EVENT_MANY and not (adds_quotation(self.texts[i]) or adds_quotation(self.texts[j]))
        if (cover < needed and not many and not self.ledes_of_one_news(i, j)) or shared < SAME_EVENT_WORDS:
            return False
        a, b = figures(self.texts[i]), figures(self.texts[j])
        return not (a and b and not a & b)

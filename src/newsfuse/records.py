"""Typed records passed between pipeline stages.

Every stage takes and returns these plain data classes; nothing else crosses a stage boundary.
They round-trip through ``dataclasses.asdict`` / JSON and pickle (see tests/test_records.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

RemovalReason = Literal["boilerplate", "comment", "credit", "off_topic", "duplicate", "limit"]
FactStatus = Literal["corroborated", "single_source", "disputed"]


@dataclass(frozen=True)
class Removed:
    """A line or sentence dropped from an article, with why: nothing is dropped silently."""

    text: str
    reason: RemovalReason


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read at all."""

    path: str
    reason: str


@dataclass
class RawDocument:
    """One article as a reader found it, before cleaning.

    ``text`` is plain text with paragraphs separated by newlines (readers of HTML/WARC extract
    the body first). Metadata is whatever the container carried; ``None`` when unknown.
    """

    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    url: str | None = None
    author: str | None = None
    removed: list[Removed] = field(default_factory=list)  # dropped by the reader (e.g. size cut)


@dataclass
class Article:
    """A cleaned article: body paragraphs plus everything the cleaner removed."""

    id: str  # "S1", "S2", ... in input order
    path: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)
    language: str | None = None
    copy_of: str | None = None  # id of the article this one republishes
    # id of the article of the set whose report this one retells in its own words, crediting it (align/rewrites.py);
    # the JSON says so in a ``rewrite`` warning, not here (``copy_of`` stays for verbatim copies)
    retells: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


@dataclass(frozen=True)
class Sentence:
    """One sentence of one article, with where it sits in that article."""

    article_id: str
    index: int  # position among the article's sentences
    paragraph: int
    text: str
    start: int  # character offsets into Article.text
    end: int

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.index)


@dataclass(frozen=True)
class Mention:
    """A named-entity mention in a sentence."""

    article_id: str
    sentence_index: int
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, ...


@dataclass
class SummaryItem:
    text: str
    sources: list[str]
    # source id -> the sentence of that source that backs this one (its own source: the sentence
    # itself), so a reader can check a citation whose wording differs from the summary's
    passages: dict[str, str] = field(default_factory=dict)


@dataclass
class Fact:
    text: str
    sources: list[str]
    status: FactStatus
    id: str | None = None  # "F1", "F2", ... in importance order (CONTRACT: facts may carry id)
    importance: float | None = None  # higher first: decisions, events, figures, named actors, support
    # another voice than reporting (summarize/voice.py): "transcript", "letter" or "opinion" when only such inputs
    # give the fact or its text is their sentence, with whose words they are ("speaker") when the text says; both
    # left out of the JSON when None
    voice: str | None = None
    speaker: str | None = None


@dataclass
class Claim:
    text: str
    value: str
    sources: list[str]


@dataclass
class Conflict:
    topic: str
    claims: list[Claim]


@dataclass
class QuoteVariant:
    text: str
    sources: list[str]


@dataclass
class Quote:
    text: str
    speaker: str | None
    sources: list[str]
    variants: list[QuoteVariant] = field(default_factory=list)
    # A partial quotation's sentence as its first source printed it ('Putin told reporters that “many of the
    # terms” may “be accepted as the basis” ...'): Markdown and HTML show it, since the words in the marks
    # alone ("be accepted as the basis") say nothing to a reader. Not in the JSON, whose ``text`` is the
    # words inside the marks (CONTRACT.md). None for a direct quote, or a sentence too long to show.
    context: str | None = None


@dataclass
class Entity:
    name: str
    type: str
    aliases: list[str]
    sources: list[str]


@dataclass(frozen=True)
class DateMention:
    """A date expression of an article resolved against its publication date, for a timeline.

    ``value`` is ISO at the expression's granularity ("2023-03-21", "2023-W12", "2023-02", "2022"),
    or None when the article has no publication date to resolve a relative expression against."""

    article_id: str
    sentence_index: int
    text: str
    value: str | None
    granularity: Literal["day", "week", "month", "year"]
    relative: bool  # "on Tuesday", "last month" (True) or "March 20, 2023" (False)


@dataclass
class TimelineEvent:
    """A dated event of the story: a sentence that says what happened on ``date`` (ISO day or
    month), cited to every source that reports it."""

    date: str
    text: str
    sources: list[str]


WarningKind = Literal[
    "several_stories", "not_an_article", "transcript", "letter", "opinion", "press_release", "rewrite", "empty_summary"
]


@dataclass
class BriefWarning:
    """Something a reader of the brief must know about the input: it holds several stories (the
    brief covers the main one), or items that are not articles (video/tweet widgets, login walls), or sources
    that retell another source's report (``rewrite``: ``sources`` are the retellers), or a summary left empty because
    no sentence of the sources stands alone (``empty_summary``)."""

    kind: WarningKind
    message: str
    sources: list[str]


@dataclass
class AnalysedStory:
    """The articles of one story, analysed: sentences (with offsets), entity mentions, sentence
    embeddings, and what the entity/quote/date stage found. Built by ``nlp`` before alignment, so
    align and summarize can read canonical entities, quotes and dates."""

    articles: list[Article]
    sentences: list[Sentence]
    mentions: list[Mention]
    embeddings: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))  # nlp.analyse fills it
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)

    def by_article(self, article_id: str) -> list[int]:
        return [i for i, s in enumerate(self.sentences) if s.article_id == article_id]

    @property
    def copy_of(self) -> dict[str, str | None]:
        """Article id -> id of the article it republishes (None for originals)."""
        return {a.id: a.copy_of for a in self.articles}


@dataclass(frozen=True)
class ClaimSpan:
    """One claim: a whole sentence, or a clause of it ("X signed 14 agreements" / "X said Y").

    ``spans`` are character offsets into ``Article.text`` of the pieces kept, in order; ``text`` is
    the pieces joined by a space (none before a piece opening with closing punctuation:
    ``align.claims.joined``), so it is a deletion-only subsequence of its sentence and every
    citation stays checkable. ``sentence`` indexes ``AnalysedStory.sentences``.

    A reported clause ("the bridge was built with stolen money" cut from "The mayor criticised the council,
    saying that the bridge was built with stolen money") is matched by its own words but never shown alone:
    ``shown`` / ``shown_spans`` are what the brief shows for it, its whole sentence with the speaker
    (``align.claims.reported``); empty for a claim that is shown as it is (:attr:`display`)."""

    sentence: int
    article_id: str
    text: str
    spans: tuple[tuple[int, int], ...]
    shown: str = ""
    shown_spans: tuple[tuple[int, int], ...] = ()

    @property
    def display(self) -> str:
        """The text the brief shows for this claim."""
        return self.shown or self.text


@dataclass
class FactNode:
    """One fact of the story and every claim that reports it (the align stage's output).

    The interface summarize reads (stable): ``sentences`` (story sentence indices of its claims,
    story order), ``sources`` (every source that reports the shown claim, its own first; a source
    that disputes one of its numbers is never listed), ``independent`` (``sources`` with a copy and
    its origin counted once), ``status`` and ``importance`` (higher first)."""

    id: str  # "F1", "F2", ... in importance order
    claims: list[int]  # indices into FactGraph.claims, story order
    sentences: list[int]  # their sentence indices (unique, story order)
    representative: int  # claim index shown for the fact
    sources: list[str]
    independent: list[str]
    status: FactStatus
    importance: float  # the inventory's order: ``cues`` plus a bonus per independent source (align/facts.py)
    # what the shown sentence says (decision, event, figure, actor), its support share and centrality:
    # the summary's ``fact_importance`` feature, fitted on this scale; None: the same as ``importance``
    cues: float | None = None
    # sources cited only through a rare phrase a sentence outside the unit shares with the shown one, below
    # the unit threshold (align/facts.py, ``phrase_backers``): listed, but not counted by ``close_independent``
    by_phrase: list[str] = field(default_factory=list)
    # for each source beside the shown claim's own, the claim index of its sentence that backs the shown claim (the
    # most similar one that passed the checks): the passage a reader is pointed to
    backers: dict[str, int] = field(default_factory=dict)

    @property
    def close_independent(self) -> list[str]:
        """``independent`` less the sources cited only through a shared rare phrase: what the summary's
        multi-outlet bonus counts (summarize/select.py; why: align/facts.py, ``PHRASE_SCORE``)."""
        return [a for a in self.independent if a not in self.by_phrase]


@dataclass
class FactGraph:
    """The alignment of a story as records: claims, facts (most important first), conflicts, and
    for each sentence the facts it takes part in and the sources that back it.

    ``sentence_sources[i]``: sources that say what sentence ``i`` says (its own first), minus any
    source that reports a value conflicting with one of its numbers; summarize cites these."""

    claims: list[ClaimSpan]
    facts: list[FactNode]
    fact_of_claim: list[int]  # claim index -> index into ``facts``
    sentence_sources: list[list[str]]
    conflicts: list[Conflict] = field(default_factory=list)
    # sentences longer than the same-fact model reads (align.same_fact.MAX_TOKENS): compared on
    # their first words only; reported here and logged, never a crash or a hang
    capped: list[int] = field(default_factory=list)

    def facts_of_sentence(self, i: int) -> list[int]:
        """Indices into ``facts`` of every fact a claim of sentence ``i`` belongs to."""
        return sorted({self.fact_of_claim[c] for c, claim in enumerate(self.claims) if claim.sentence == i})


@dataclass
class Brief:
    """The product: one cited brief for a set of articles on one story."""

    title: str
    sources: list[Article]
    skipped: list[Skipped]
    summary: list[SummaryItem]
    facts: list[Fact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)  # raw mentions; the brief shows ``timeline``
    timeline: list[TimelineEvent] = field(default_factory=list)
    warnings: list[BriefWarning] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The contract JSON (schema newsfuse.brief/1) as a dict; ``newsfuse schema`` prints its JSON Schema."""
        from newsfuse.render.json import brief_to_dict

        return brief_to_dict(self)

    def to_json(self) -> str:
        from newsfuse.render.json import to_json

        return to_json(self)

    def to_markdown(self) -> str:
        from newsfuse.render.markdown import to_markdown

        return to_markdown(self)

    def to_html(self) -> str:
        """A self-contained page (no external assets)."""
        from newsfuse.render.html import to_html

        return to_html(self)

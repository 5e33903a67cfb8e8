"""The align stage in one call: support, information units, conflicts and the fact graph.

Data flows one way: units → conflicts (which sentences are disputed, which sources contradict
which sentence) → per-sentence backing sources → fact graph. Nothing is written back into an
earlier record; ``copy_of`` is read from the articles (``AnalysedStory.copy_of``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from newsfuse.align import same_fact
from newsfuse.align.act_check import ActReader
from newsfuse.align.claim_units import ClaimStory, claim_story, claim_units
from newsfuse.align.claims import split_claims
from newsfuse.align.conflicts import Conflicts, find_conflicts
from newsfuse.align.facts import (
    Backing,
    asks_question,
    build_graph,
    facts_of,
    item_labels,
    open_lines,
    quotation_pieces,
    short_exclamation,
    short_subhead,
    wire_header,
)
from newsfuse.align.rewrites import find_rewrites
from newsfuse.align.shown_whole import show_whole
from newsfuse.align.support import SupportMap, support_map
from newsfuse.align.units import UnitMap, build_units
from newsfuse.align.values_apart import carried_values
from newsfuse.nlp.models import Parser
from newsfuse.nlp.quoted import joined_quotations, open_at_start, speakerless_sentences
from newsfuse.options import Options
from newsfuse.records import AnalysedStory, Conflict, Fact, FactGraph

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


class _Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


class ClaimModels(Protocol):
    """What claim splitting needs of ``nlp.Models``: cached dependency parses and sentence vectors."""

    @property
    def parse(self) -> Parser: ...

    @property
    def embedder(self) -> _Encoder: ...


@dataclass
class Alignment:
    support: SupportMap
    units: UnitMap  # information units over sentences (summarize reads them; see FactGraph for the records)
    graph: FactGraph
    facts: list[Fact]  # the JSON's facts: every fact, most important first
    conflicts: list[Conflict]
    # the graph's backing (its items: claims, or the sentences when none is split) with the actors it read,
    # and the item of each sentence that is one item whole: the summary's citations read the same actors
    # (align/cited.py) instead of building a second backing and parsing those sentences again
    backing: Backing | None = None
    whole_items: dict[int, int] = field(default_factory=dict)
    # someone's words with no speaker in them (nlp/quoted.py), read once here for the facts and again by the
    # facts' wording (summarize/fact_wording.py)
    speakerless: set[int] = field(default_factory=set)
    # article id -> id of the report it retells (align/rewrites.py), counted as that report throughout
    retells: dict[str, str] = field(default_factory=dict)
    # the sentences of each day disagreement (align/disagreements.py): one event dated to different days by different
    # outlets, which the timeline shows once, on the day most outlets give
    disputed_days: list[frozenset[int]] = field(default_factory=list)


def sentence_units(story: AnalysedStory, options: Options) -> UnitMap:
    """The sentence units ``align`` groups first. They read the sentences, their mentions and vectors
    only, not what ``who_said_what`` adds (entities, quotes, dates): the ``brief`` pipeline makes them
    while the quotes are encoded (``pipeline.brief_from_documents``)."""
    params = options.align
    return build_units(story, support_map(story, params.support_threshold), params)


def claim_texts(story: AnalysedStory, options: Options, parse: Parser) -> list[str]:
    """The texts ``align``'s claims call embeds (``claim_story``: the claims cut out of a sentence), for
    the ``brief`` pipeline to have them encoded ahead (``pipeline.brief_from_documents``); the split is
    kept per text (``split_claims``), so ``align`` does not parse again."""
    if not options.align.claims:
        return []
    pieces = split_claims([s.text for s in story.sentences], parse)
    if not any(pieces):
        return []
    asked: list[str] = []

    def record(texts: list[str]) -> np.ndarray:
        asked.extend(texts)
        return np.zeros((len(texts), 1), dtype=np.float32)

    claim_story(story, pieces, record)
    return asked


def align(
    story: AnalysedStory, options: Options, models: ClaimModels | None = None, grouped: UnitMap | None = None
) -> Alignment:
    """Units, conflicts and the fact graph of ``story``. With ``models`` (``nlp.Models``: its
    ``parse`` and ``embedder``) and ``options.align.claims``, sentences that carry several facts are
    split into claims (align/claims.py) and the facts are built over claims; without, over sentences.
    ``grouped``: ``sentence_units(story, options)``, made before.

    Rewrites (align/rewrites.py: an article that retells another's report and credits it) are found on the
    fact graph; when there are any, the conflicts and the graph are made again with each rewrite counted as
    its report (``Alignment.retells``): a rewrite is no second source in a fact's support, so in the facts'
    and the summary's ranking (``FactNode.independent``), and its figures are not set against its report's.
    Most stories have none, and the second pass costs nothing there."""
    params = options.align
    # the units made before were built from this story's sentences and vectors (``sentence_units``)
    made = grouped.support if grouped is not None else None
    support = made if made is not None else support_map(story, params.support_threshold)
    if grouped is None:
        grouped = build_units(story, support, params)
    texts = [s.text for s in story.sentences]
    pieces = split_claims(texts, models.parse) if models is not None and params.claims else []
    cut: list[ClaimStory | None] = []

    def claims() -> ClaimStory | None:
        """The claim story, made when ``_graph`` first needs it: after the conflicts, which read no claim vector, so
        that the encoder's thread, still encoding the claims' call when the tail starts, finishes it meanwhile on the
        idle core instead of the main thread helping or waiting (docs/speed.md, stop 54)."""
        if not cut:
            cut.append(
                claim_story(story, pieces, models.embedder.encode) if models is not None and any(pieces) else None
            )
        return cut[0]

    found, units, graph, backing, whole = _graph(story, options, models, support, grouped, claims, {})
    retells = find_rewrites(story, graph)
    if retells:
        found, units, graph, backing, whole = _graph(story, options, models, support, grouped, claims, retells)
    graph.conflicts = found.conflicts
    graph.capped = [i for i, s in enumerate(story.sentences) if same_fact.is_capped(s.text)]
    if graph.capped:
        log.warning(
            "%d sentence(s) longer than %d words compared on their first words", len(graph.capped), same_fact.MAX_TOKENS
        )
    speakerless = speakerless_sentences(story)
    flags = open_at_start(story)
    asks = {
        i
        for i, s in enumerate(story.sentences)
        if asks_question(s.text) or short_subhead(s.text) or short_exclamation(s.text) or wire_header(s.text)
    }
    asks |= open_lines(story)  # a related story's headline, a subhead, a list's item (align/facts.py)
    if models is not None:
        asks |= item_labels(story, models.parse)  # "Burger breath. For all those who love …" (align/facts.py)
    facts = facts_of(graph, speakerless, joined_quotations(story, flags), quotation_pieces(story, flags), asks)
    return Alignment(support, units, graph, facts, found.conflicts, backing, whole, speakerless, retells, found.days)


def _act_reader(options: Options, models: ClaimModels | None) -> ActReader | None:
    """The act check the summary's citations read (``AlignOptions.act_check_below``; align/cited.py), if on."""
    below = options.align.act_check_below
    return ActReader(models.parse, below) if below is not None and models is not None else None


def _graph(
    story: AnalysedStory,
    options: Options,
    models: ClaimModels | None,
    support: SupportMap,
    grouped: UnitMap,
    claims: Callable[[], ClaimStory | None],
    retells: dict[str, str],
) -> tuple[Conflicts, UnitMap, FactGraph, Backing, dict[int, int]]:
    """Conflicts, units with their contradicted sources, the fact graph, its backing and the whole items, with
    each rewrite of ``retells`` counted as its report."""
    params = options.align
    found = find_conflicts(
        story, support, grouped, params, parse=models.parse if models is not None else None, retells=retells
    )
    texts = [s.text for s in story.sentences]
    units = replace(grouped, contradicted=found.contradicted, carried=carried_values(found.conflicts, texts))
    sentence_sources = [units.sources_for(i, story) for i in range(len(story.sentences))]
    split = claims()
    if split is not None:
        assert models is not None
        items, disputed = claim_units(story, units, found, split, params)
        backing = Backing.of(split.story, [story.sentences[i].text for i in split.parent])
        backing.units, backing.member_sure = items, params.member_sure
        backing.other_days = params.other_days
        backing.acts = _act_reader(options, models)
        whole = {split.parent[n]: n for n, w in enumerate(split.whole) if w}
        graph = build_graph(
            split.story,
            items,
            disputed,
            sentence_sources,
            split.claims,
            models.parse,
            backing,
            retells,
            params.split_unbacked,
        )
        graph = show_whole(graph, story, split.whole)
    else:
        backing = Backing.of(story)
        backing.units, backing.member_sure = units, params.member_sure
        backing.other_days = params.other_days
        backing.acts = _act_reader(options, models)
        whole = {i: i for i in range(len(story.sentences))}
        parse = models.parse if models else None
        graph = build_graph(
            story,
            units,
            found.disputed,
            sentence_sources,
            parse=parse,
            backing=backing,
            retells=retells,
            split_unbacked=params.split_unbacked,
        )
    return found, units, graph, backing, whole

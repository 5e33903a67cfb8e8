"""Assemble the stages: ingest → clean → nlp → align → summarize (→ render at the edges)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from newsfuse.align import align
from newsfuse.align.alignment import claim_texts, sentence_units
from newsfuse.align.rewrites import independent_facts, rewrite_warnings, source_roots
from newsfuse.align.shown_citations import held_brief
from newsfuse.align.units import UnitMap
from newsfuse.clean.cleaner import clean_documents, language_of
from newsfuse.clean.offtopic import remove_off_topic
from newsfuse.cluster.features import embed_text
from newsfuse.dedup import mark_copies
from newsfuse.errors import NothingUsableError
from newsfuse.ingest.inputs import Input, read_documents
from newsfuse.nlp import Models, analyse
from newsfuse.nlp.syntax_speech import MAX_PARSE_CHARS, might_report, reported_in
from newsfuse.nlp.who_said_what import who_said_what
from newsfuse.options import ClusterParams, Options
from newsfuse.records import (
    AnalysedStory,
    Article,
    Brief,
    BriefWarning,
    Fact,
    RawDocument,
    Sentence,
    Skipped,
    SummaryItem,
)
from newsfuse.summarize import summarize
from newsfuse.summarize.fact_wording import standing_wording
from newsfuse.summarize.select import sentence_scores
from newsfuse.summarize.stories import not_an_article, restrict, split
from newsfuse.summarize.timeline import build_timeline
from newsfuse.summarize.title import choose_title, clean_headline, is_headline
from newsfuse.summarize.voice import marked_facts, transcript_quotes
from newsfuse.summarize.voice import read as read_voices

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

# Called with each stage's name as it starts ("reading", "cleaning", "analysing", "writing") so an
# edge (the CLI's progress display) can show where a long job is; library code never prints.
ProgressCallback = Callable[[str], None]


def _stage(progress: ProgressCallback | None, name: str) -> None:
    if progress is not None:
        progress(name)


def brief_from_documents(
    documents: list[RawDocument],
    options: Options,
    models: Models,
    skipped: list[Skipped] | None = None,
    progress: ProgressCallback | None = None,
    cleaned: tuple[list[Article], list[Skipped]] | None = None,
) -> Brief:
    """The brief of one story's documents (``cleaned``: what ``clean_documents(documents, languages=False)``
    gave for them, when the caller cleaned them already: the ``brief`` command, before this module's import).

    After the sentence vectors a brief is Python on one core (who_said_what, align, summarize) while the
    second idles but for the encoder's later calls; those run ahead on it (``CachedEmbedder.encode_soon``),
    so this thread makes, while the quotes' and the claims' calls run, align's sentence units, which read
    only the analysed sentences (``who_said_what(meanwhile=...)``, docs/speed.md, stop 39). When the
    input holds several stories the units of the whole are not the main story's and are made in vain
    (~0.1 s of CPU for five articles)."""
    skipped = list(skipped or [])
    made: list[tuple[list[Sentence], UnitMap]] = []

    def units_meanwhile(story: AnalysedStory) -> None:
        # the claims' call goes ahead after the quotes' (``CachedEmbedder.encode_soon``), then the units
        soon = getattr(models.embedder, "encode_soon", None)
        texts = claim_texts(story, options, models.parse) if soon is not None else []
        if soon is not None and texts:
            soon(texts)
        made.append((story.sentences, sentence_units(story, options)))

    story = story_from_documents(documents, options, models, skipped, progress, units_meanwhile, cleaned)
    _stage(progress, "writing")
    units = next((units for sentences, units in made if sentences is story.sentences), None)
    return brief_from_story(story, options, models, skipped, units)


def story_from_documents(
    documents: list[RawDocument],
    options: Options,
    models: Models,
    skipped: list[Skipped],
    progress: ProgressCallback | None = None,
    meanwhile: Callable[[AnalysedStory], object] | None = None,
    cleaned: tuple[list[Article], list[Skipped]] | None = None,
) -> AnalysedStory:
    """Clean and analyse the documents of one story; empty ones are appended to ``skipped``.
    Benchmarks call this directly so they score exactly what ``brief`` would see.

    ``meanwhile`` is given the story, analysed and without its entities, quotes and dates, while
    who_said_what's quotes are encoded in another thread (``who_said_what(meanwhile=...)``)."""
    _stage(progress, "cleaning")
    articles, empty = cleaned if cleaned is not None else clean_documents(documents, languages=False)
    skipped.extend(empty)
    if not articles:
        raise NothingUsableError("no usable article text in the input")
    set_languages = languages_soon(articles)
    mark_copies(articles, options.dedup)  # sets copy_of: a copy and its origin count once as support
    models.expect(embedded_later(articles))  # encoded beside who_said_what, if the encoder loads in the background
    _stage(progress, "analysing")
    story = analyse(articles, models, meanwhile=lambda sentences: parse_ahead(sentences, models))
    if remove_off_topic(story, options.clean):
        story = analyse(articles, models, reuse=story)  # offsets changed; vectors are reused
    models.encode_expected_soon()  # the second core is idle from here: the clusterer's and title's calls
    # entities, quotes and dates before alignment, so align and summarize can use them
    analysed = story
    later = (lambda: meanwhile(analysed)) if meanwhile is not None else None
    said = who_said_what(story, models.embedder, options.quotes, models.parse, meanwhile=later)
    set_languages()
    return replace(story, entities=said.entities, quotes=said.quotes, dates=said.dates)


def languages_soon(articles: list[Article]) -> Callable[[], None]:
    """Classify the articles' languages in a thread, from their paragraphs as cleaning left them; the
    returned function waits and sets each ``Article.language`` (as ``clean_document`` would have).

    The language is only shown (sources in the brief), but py3langid's model, on a first run into an
    empty cache, takes ~0.6 s to decompress (``clean.langid``): the ``brief`` command starts that
    load before its imports, and cleaning waited ~0.3 s more for it on the main thread, before spaCy
    could start. Here nothing waits until the analysis is done (docs/speed.md, stop 25)."""
    texts = [list(a.paragraphs) for a in articles]  # off-topic removal changes the paragraphs later
    found: list[str | None] = []
    failed: list[BaseException] = []

    def classify() -> None:
        try:
            found.extend(language_of(paragraphs) for paragraphs in texts)
        except BaseException as exc:  # raised in the caller's thread by ``set_languages``
            failed.append(exc)

    thread = threading.Thread(target=classify, name="newsfuse-languages")
    thread.start()

    def set_languages() -> None:
        thread.join()
        if failed:
            raise failed[0]
        for article, language in zip(articles, found, strict=True):
            article.language = language

    return set_languages


def embedded_later(articles: list[Article]) -> list[list[str]]:
    """The encoder calls of ``brief_from_story`` whose texts are known before analysis, for
    ``Models.expect``: the story clusterer's (``split``: the lead texts of the original articles) and
    the title's (``choose_title``: the headlines). A call that comes out otherwise (off-topic removal
    shortened an article's lead, the main story leaves an article out) is simply made when it comes."""
    kept = [a for a in articles if not not_an_article(a)] or articles
    originals = [a for a in kept if a.copy_of is None]
    calls = []
    if len(originals) >= 2:  # ``group_stories`` clusters only then, in batches of ``ClusterParams.batch``
        texts = [embed_text(a.title, a.text) for a in originals]
        size = ClusterParams().batch
        calls += [texts[start : start + size] for start in range(0, len(texts), size)]
    calls.append([clean_headline(a.title) for a in articles if a.title and is_headline(a.title)])
    return calls


def parse_ahead(sentences: list[Sentence], models: Models) -> None:
    """Parse the sentences attribution will parse (a cue word, not too long: ``nlp.quotes``), while
    the encoder embeds the story in another thread (``analyse(meanwhile=...)``). ``Models.parse``
    keeps each parse by text, so attribution finds them done; a sentence of a paragraph that
    off-topic removal drops, or one inside a quotation, is parsed for nothing (a few per story).

    Each parse's reported speech is read here too (``syntax_speech.reported_in``, kept per parse):
    attribution, on the serial stretch after the encoder, then finds it read."""
    for doc in models.parse([s.text for s in sentences if len(s.text) <= MAX_PARSE_CHARS and might_report(s.text)]):
        reported_in(doc)


def brief_from_story(
    story: AnalysedStory, options: Options, models: Models, skipped: list[Skipped], units: UnitMap | None = None
) -> Brief:
    """The brief of the main story of ``story``; other stories and items that are not articles are
    left out, listed in ``sources`` and named in ``warnings`` (summarize/stories.py). ``units``: the
    sentence units of ``story`` made before (``align.sentence_units``), used when the main story is
    all of it."""
    groups, warnings = split(story, models.embedder)
    main = story if len(groups[0]) == len(story.articles) else restrict(story, set(groups[0]))
    brief = _brief(main, options, models, skipped, units if main is story else None)
    return replace(brief, sources=story.articles, warnings=warnings + brief.warnings)


def briefs_per_story(story: AnalysedStory, options: Options, models: Models, skipped: list[Skipped]) -> list[Brief]:
    """One brief per story the input holds (``brief --split``), the main story first."""
    groups, _ = split(story, models.embedder)
    return [_brief(restrict(story, set(g)), options, models, skipped) for g in groups]


def _brief(
    story: AnalysedStory, options: Options, models: Models, skipped: list[Skipped], units: UnitMap | None = None
) -> Brief:
    alignment = align(story, options, models, grouped=units)
    graph, backing, whole = alignment.graph, alignment.backing, alignment.whole_items
    # a source that retells another's report, crediting it, is no second source for it (align/rewrites.py): the
    # summary's support counts it as that report, as it counts a copy as its origin
    retells = alignment.retells
    for article in story.articles:
        article.retells = retells.get(article.id)
    copy_of = source_roots(story.articles, retells)
    # read once, for the summary, the facts' marks, the title and the timeline: each was computed again by
    # each reader (the scores 0.04 s, the voices 0.02 s a time on the shared corpus: docs/speed.md, stop 42)
    voices = read_voices(story)  # transcripts, letters, opinion pieces, press releases (summarize/voice.py)
    scores = sentence_scores(story, alignment.units, copy_of, graph)
    summary = summarize(
        story,
        alignment.units,
        options,
        copy_of,
        graph,
        models.parse,
        backing,
        whole,
        scores=scores,
        voices=voices,
        disputed_days=alignment.disputed_days,
    )
    facts = marked_facts(standing_wording(alignment.facts, graph, alignment.speakerless), graph, voices)
    if options.align.shown_citations:  # each outlet a summary sentence cites must tell it (align/shown_citations.py)
        vectors = dict(zip((s.text for s in story.sentences), story.embeddings, strict=False))
        outlets: dict[str, list[str]] = {}
        for sentence in story.sentences:
            outlets.setdefault(sentence.article_id, []).append(sentence.text)
        idf = backing.idf if backing else {}
        summary, facts = held_brief(summary, facts, models.parse, idf, copy_of, vectors, outlets)
    return Brief(
        title=choose_title(story, summary, models.embedder, voices, models.parse),
        sources=story.articles,
        skipped=skipped,
        summary=summary,
        facts=independent_facts(facts, graph, story.articles, retells),
        warnings=voices.warnings() + rewrite_warnings(story.articles, retells) + _empty_summary(summary, facts),
        conflicts=alignment.conflicts,
        quotes=story.quotes + transcript_quotes(story, voices),
        entities=story.entities,
        dates=story.dates,
        timeline=build_timeline(
            story,
            alignment.units,
            copy_of,
            values=scores,
            graph=alignment.graph,
            parse=models.parse,
            backing=alignment.backing,
            whole_items=alignment.whole_items,
            disputed_days=alignment.disputed_days,
            letters=frozenset(i for i, v in voices.of_sentence.items() if v.kind == "letter"),
        ),
    )


def _empty_summary(summary: list[SummaryItem], facts: list[Fact]) -> list[BriefWarning]:
    """A summary left empty while the sources report facts says why, so the reader does not take it for a fault
    (editor read #14, Multi-News row 101: a blurb whose every sentence needed its video, "## Summary" over nothing)."""
    if summary or not facts:
        return []
    message = (
        "No sentence of the sources stands alone (each needs context it does not give), so the summary is empty; "
        "the facts list what the sources report."
    )
    return [BriefWarning("empty_summary", message, [])]


def brief_from_inputs(
    inputs: Input | Iterable[Input], options: Options, models: Models, progress: ProgressCallback | None = None
) -> Brief:
    """The brief of paths, texts or article dicts (``ingest.inputs``: one way in for every door)."""
    _stage(progress, "reading")
    documents, skipped = read_documents(inputs, options)
    return brief_from_documents(documents, options, models, skipped, progress)


def brief_from_paths(
    paths: Iterable[str | Path], options: Options, models: Models, progress: ProgressCallback | None = None
) -> Brief:
    """The brief of files and folders (the ``brief`` command)."""
    return brief_from_inputs([Path(p) for p in paths], options, models, progress)

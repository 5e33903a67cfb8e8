"""The entity and quote stages run together on an analysed story: canonical entities first, then
quotes and reported speech whose speakers resolve to those entities, merged across sources; and
the date expressions of each article, kept for a later timeline."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from newsfuse.nlp.dates import find_dates, publication_date
from newsfuse.nlp.entities import EntityIndex, build_entities
from newsfuse.nlp.models import Embedder, Parser
from newsfuse.nlp.quote_merge import merge_quotes, quote_texts
from newsfuse.nlp.quotes import Attribution, find_attributions
from newsfuse.nlp.speakers import titles_by_article, titles_elsewhere
from newsfuse.options import QuoteOptions
from newsfuse.records import AnalysedStory, DateMention, Entity, Quote, Sentence


@dataclass
class WhoSaidWhat:
    index: EntityIndex
    attributions: list[Attribution]  # every quote and reported speech, per article in text order
    entities: list[Entity]
    quotes: list[Quote]
    dates: list[DateMention]  # every date expression, resolved against publication dates


def _by_article(story: AnalysedStory) -> dict[str, list[Sentence]]:
    by_article: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in story.sentences:
        by_article[sentence.article_id].append(sentence)
    return by_article


def attributions_of(story: AnalysedStory, index: EntityIndex, parse: Parser | None = None) -> list[Attribution]:
    by_article = _by_article(story)
    titles = titles_by_article({a.id: a.text for a in story.articles if not a.copy_of}, index)
    found: list[Attribution] = []
    for article in story.articles:
        elsewhere = titles_elsewhere(titles, article.id)
        found.extend(find_attributions(article, by_article[article.id], index, parse, elsewhere))
    return found


def who_said_what(
    story: AnalysedStory,
    embedder: Embedder | None,
    params: QuoteOptions | None = None,
    parse: Parser | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> WhoSaidWhat:
    """Entities and quotes of a story; ``embedder`` links translated quotes (None: words only);
    ``parse`` (``Models.parse``) reads speakers and reported speech from the dependency parse.

    ``meanwhile`` runs once the quotes are known and before their vectors are needed: an embedder
    that can (``CachedEmbedder.encode_soon``) encodes them in another thread while it runs (the
    ``brief`` pipeline makes align's sentence units then: docs/speed.md, stop 39)."""
    params = params or QuoteOptions()
    index = build_entities(story)
    attributions = attributions_of(story, index, parse)
    copies = {a.id for a in story.articles if a.copy_of}
    originals = [a for a in attributions if a.article_id not in copies]
    soon = getattr(embedder, "encode_soon", None)
    if meanwhile is not None and soon is not None:
        texts = quote_texts(originals, params)
        if texts:
            soon(texts)
    by_article = _by_article(story)
    published = [d for a in story.articles if (d := publication_date(a.published)) is not None]
    newest = max(published, default=None)
    dates = [d for article in story.articles for d in find_dates(article, by_article[article.id], newest)]
    if meanwhile is not None:
        meanwhile()
    quotes = with_words(merge_quotes(originals, embedder, params, sentence_of(story)))
    return WhoSaidWhat(index, attributions, index.records(), quotes, dates)


_WORD = re.compile(r"[^\W\d_]{2,}")


def with_words(quotes: list[Quote]) -> list[Quote]:
    """The quotes that hold a word: a stray closing mark read as a whole quotation ("”", printed under Vicente Fox
    on BASIL 8abec8d9, stop 42) is no quote."""
    return [q for q in quotes if _WORD.search(q.text)]


# A partial quotation's sentence is shown in its place (records.Quote.context) up to this length; a longer
# one would bury the words quoted, so they are shown alone as before
MAX_CONTEXT_WORDS = 60


def sentence_of(story: AnalysedStory) -> Callable[[Attribution], str | None]:
    """The sentence that holds every part of an attribution (None when its parts span several sentences,
    or the sentence is longer than :data:`MAX_CONTEXT_WORDS`)."""
    by_article = _by_article(story)

    def find(attribution: Attribution) -> str | None:
        if not attribution.spans:
            return None
        first, last = attribution.spans[0][0], attribution.spans[-1][1]
        for sentence in by_article[attribution.article_id]:
            # the closing mark may sit just past the sentence's end; the opening one just before its content
            if sentence.start <= first and last <= sentence.end + 1:
                return sentence.text if len(sentence.text.split()) <= MAX_CONTEXT_WORDS else None
        return None

    return find

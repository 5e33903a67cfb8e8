"""Stand-ins for the models where the model is not what a test checks (the fast tier).

``HashingEmbedder`` satisfies the ``nlp.models.Embedder`` protocol: unit-length hashed bags of
words, so texts that share words are close and texts that share none are orthogonal. It is
deterministic, needs no model and loads in no time. Tests of what MiniLM itself decides (paraphrase
support, translated quotes, clustering quality) use the real model and carry the ``slow`` marker.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

import numpy as np

from newsfuse.nlp.models import Models
from newsfuse.records import AnalysedStory, Article, Sentence

_WORD = re.compile(r"[^\W_]+")


class HashingEmbedder:
    def __init__(self, dimension: int = 384) -> None:
        self.dimension = dimension

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                vectors[row, zlib.crc32(word.encode()) % self.dimension] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)


def fast_models() -> Models:
    """The real spaCy models (small, a second to load) with the hashing embedder."""
    return Models(embedder=HashingEmbedder())


def sentences_only(*articles: list[str]) -> AnalysedStory:
    """A story of bare sentences (article S1, S2, ... in order) for rules that read only the text."""
    sentences = [
        Sentence(f"S{a + 1}", k, 0, text, 0, len(text))
        for a, texts in enumerate(articles)
        for k, text in enumerate(texts)
    ]
    return AnalysedStory(articles=[], sentences=sentences, mentions=[])


def harbour_article(number: int, copy_of: str | None = None, published: str | None = None) -> Article:
    """Source S<number>: one paragraph on the harbour board's vote, for the render tests."""
    return Article(
        id=f"S{number}",
        path=f"harbour-{number}.txt",
        title=None,
        outlet=None,
        published=published,
        url=None,
        paragraphs=["The harbour board voted on Tuesday to close the north quay."],
        copy_of=copy_of,
    )


def two_sentence_unit(models: Models, first: str, second: str, similarity: float) -> tuple[AnalysedStory, Any]:
    """Two articles of one sentence each, analysed, and a ``UnitMap`` that joins them at ``similarity`` (threshold
    0.9): the join's member checks read one pair."""
    from newsfuse.align.units import Unit, UnitMap, quantities_of
    from newsfuse.options import Options
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    documents = [RawDocument(path="0.txt", text=first), RawDocument(path="1.txt", text=second)]
    story = story_from_documents(documents, Options(), models, [])
    texts = [s.text for s in story.sentences]
    assert len(texts) == 2, texts
    sim = np.eye(2)
    sim[0, 1] = sim[1, 0] = similarity
    return story, UnitMap([Unit([0, 1])], [0, 0], [quantities_of(t) for t in texts], sim, 0.9)


def member_sources(models: Models, first: str, second: str, similarity: float, **backing: Any) -> list[str]:
    """The outlets ``align.facts.fact_sources`` cites for the first article's sentence when the second article's
    sentence is in its unit at ``similarity`` (:func:`two_sentence_unit`), with the ``Backing`` fields ``backing``
    set (``member_sure``, ``acts``)."""
    from newsfuse.align.facts import Backing, fact_sources

    story, unit_map = two_sentence_unit(models, first, second, similarity)
    found = Backing.of(story)
    found.parse = models.parse
    for name, value in backing.items():
        setattr(found, name, value)
    found.read_actors(story, [0, 1], models.parse)
    return fact_sources(story, unit_map, [0, 1], 0, found)

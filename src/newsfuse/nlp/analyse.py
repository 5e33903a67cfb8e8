"""Split articles into sentences, find entity mentions, and embed the sentences."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from newsfuse.nlp.clarity import strip_dateline
from newsfuse.nlp.diskcache import text_key
from newsfuse.nlp.models import Models
from newsfuse.records import AnalysedStory, Article, Mention, Sentence

_SPLIT_CACHE_LIMIT = 200_000  # paragraphs whose sentences and entities are kept per process

ParagraphSplit = list[tuple[int, str, list[tuple[str, str]]]]  # (offset, sentence, [(entity, label)])


def split_paragraphs(paragraphs: list[str], models: Models) -> list[ParagraphSplit]:
    """Sentences and entity mentions of each paragraph. spaCy runs once per distinct paragraph text in
    the process (``Models.split_cache``): re-splitting a story after off-topic removal, a wire copy in
    another article, or a second brief of the same articles costs nothing."""
    cache = models.split_cache
    missing = list(dict.fromkeys(p for p in paragraphs if p not in cache))
    if missing:
        found = _stored_splits(missing, models)
        todo = [p for p in missing if p not in found]
        fresh: dict[str, ParagraphSplit] = {}
        for text, doc in zip(todo, models.sentences(todo) if todo else [], strict=True):
            split: ParagraphSplit = []
            for sent in doc.sents:
                stripped = sent.text.strip()
                if stripped:
                    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                    split.append((start, stripped, [(ent.text, ent.label_) for ent in sent.ents]))
            fresh[text] = split
        if models.disk is not None and fresh:
            models.disk.put("split", {text_key(t): json.dumps(v).encode() for t, v in fresh.items()})
        found.update(fresh)
        if len(cache) + len(found) > _SPLIT_CACHE_LIMIT:
            cache.clear()
        cache.update(found)
        return [found[p] if p in found else cache[p] for p in paragraphs]
    return [cache[p] for p in paragraphs]


def _stored_splits(paragraphs: list[str], models: Models) -> dict[str, ParagraphSplit]:
    """The splits an earlier process stored (``Models.disk``), as ``split_paragraphs`` builds them."""
    if models.disk is None:
        return {}
    keys = {text_key(p): p for p in paragraphs}
    return {
        keys[k]: [(start, text, [(name, label) for name, label in ents]) for start, text, ents in json.loads(v)]
        for k, v in models.disk.get("split", keys).items()
    }


def split_sentences(article: Article, models: Models) -> tuple[list[Sentence], list[Mention]]:
    """Sentences with offsets into ``article.text``; paragraphs are split first because the
    sentence model misses breaks between lines."""
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    base = 0
    for number, (paragraph, split) in enumerate(
        zip(article.paragraphs, split_paragraphs(article.paragraphs, models), strict=True)
    ):
        for start, text, ents in split:
            index = len(sentences)
            sentences.append(Sentence(article.id, index, number, text, base + start, base + start + len(text)))
            mentions.extend(Mention(article.id, index, name, label) for name, label in ents)
        base += len(paragraph) + 2
    return sentences, mentions


def analyse(
    articles: list[Article],
    models: Models,
    embed: bool = True,
    reuse: AnalysedStory | None = None,
    meanwhile: Callable[[list[Sentence]], object] | None = None,
) -> AnalysedStory:
    """Split, tag and embed. With ``reuse``, sentences whose text was already embedded in that
    earlier analysis take their vector from it instead of running the model again.

    ``meanwhile`` (given the sentences) runs in this thread while the sentence encoder runs in
    another: ONNX Runtime releases the GIL, so on two cores the encoder and, say, spaCy's parse of
    the sentences a later stage needs (``pipeline``) overlap. The embeddings are those of the same
    single ``encode`` call either way."""
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    split_paragraphs([p for a in articles for p in a.paragraphs], models)  # one batched spaCy pass
    for article in articles:
        found, ents = split_sentences(article, models)
        sentences.extend(found)
        mentions.extend(ents)
    story = AnalysedStory(articles=articles, sentences=sentences, mentions=mentions)
    if embed:
        texts = [strip_dateline(s.text) for s in sentences]
        known: dict[str, np.ndarray] = {}  # repeated sentences (wire copies, cut-off repeats) embed once
        if reuse is not None and len(reuse.embeddings):
            known = {strip_dateline(s.text): reuse.embeddings[i] for i, s in enumerate(reuse.sentences)}
        missing = sorted({t for t in texts if t not in known})
        if missing and meanwhile is not None:
            embedder = models.embedder  # loaded here, not in the worker: the loading holds the models' lock
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsfuse-encode") as pool:
                vectors = pool.submit(embedder.encode, missing)
                meanwhile(sentences)
                known.update(zip(missing, vectors.result(), strict=True))
        elif missing:
            known.update(zip(missing, models.embedder.encode(missing), strict=True))
        elif meanwhile is not None:
            meanwhile(sentences)
        dim = next(iter(known.values())).shape[0] if known else models.embedder.dimension
        story.embeddings = (
            np.vstack([known[t] for t in texts]).astype(np.float32) if texts else np.zeros((0, dim), np.float32)
        )
    return story

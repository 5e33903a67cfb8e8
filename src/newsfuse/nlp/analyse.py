"""Split articles into sentences, find entity mentions, and embed the sentences."""

from __future__ import annotations

import numpy as np

from newsfuse.nlp.clarity import strip_dateline
from newsfuse.nlp.models import Models
from newsfuse.records import AnalysedStory, Article, Mention, Sentence


def split_sentences(article: Article, models: Models) -> tuple[list[Sentence], list[Mention]]:
    """Sentences with offsets into ``article.text``; paragraphs are split first because the
    sentence model misses breaks between lines."""
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    offset = 0
    starts = []
    for paragraph in article.paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 2
    docs = models.spacy.pipe(article.paragraphs, batch_size=32)
    for number, (doc, base) in enumerate(zip(docs, starts, strict=True)):
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            start = base + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            index = len(sentences)
            sentences.append(Sentence(article.id, index, number, text, start, start + len(text)))
            for ent in sent.ents:
                mentions.append(Mention(article.id, index, ent.text, ent.label_))
    return sentences, mentions


def analyse(
    articles: list[Article], models: Models, embed: bool = True, reuse: AnalysedStory | None = None
) -> AnalysedStory:
    """Split, tag and embed. With ``reuse``, sentences whose text was already embedded in that
    earlier analysis take their vector from it instead of running the model again."""
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
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
        if missing:
            known.update(zip(missing, models.embedder.encode(missing), strict=True))
        dim = next(iter(known.values())).shape[0] if known else models.embedder.dimension
        story.embeddings = (
            np.vstack([known[t] for t in texts]).astype(np.float32) if texts else np.zeros((0, dim), np.float32)
        )
    return story

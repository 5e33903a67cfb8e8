"""Extractive baselines scored beside newsfuse on the same sentences (our own splitter).

Each baseline returns sentence indices in the order it would add them; the bench fills the word
budget from that order. LexRank and TextRank come from sumy, fed our sentences through a small
regex tokenizer (sumy's default tokenizer needs NLTK data, which is not available offline).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np

from newsfuse.records import AnalysedStory

Ranker = Callable[[AnalysedStory], list[int]]
_TOKEN = re.compile(r"\w+", re.UNICODE)


def lead(story: AnalysedStory) -> list[int]:
    """Round-robin lead: the first sentence of every article, then the second, ..."""
    return sorted(range(len(story.sentences)), key=lambda i: (story.sentences[i].index, i))


def lead_first_article(story: AnalysedStory) -> list[int]:
    """The articles one after the other, as given (the single-document Lead)."""
    return list(range(len(story.sentences)))


class _RegexTokenizer:
    language = "english"

    def to_words(self, text: str) -> list[str]:
        return _TOKEN.findall(text)

    def to_sentences(self, text: str) -> list[str]:
        return [text]


def _sumy_rank(story: AnalysedStory, summarizer_class: Any) -> list[int]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    if not story.sentences:
        return []
    tokenizer = _RegexTokenizer()
    sentences = [SumySentence(s.text, tokenizer) for s in story.sentences]
    document = ObjectDocumentModel([Paragraph(sentences)])
    summarizer = summarizer_class(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    seen: list[Any] = []

    def keep_all(infos: list[Any]) -> list[Any]:  # sumy hands over its rating order here
        seen.extend(infos)
        return infos

    summarizer(document, keep_all)
    position = {id(s): i for i, s in enumerate(sentences)}
    order = [position[id(info.sentence)] for info in seen if id(info.sentence) in position]
    return order + [i for i in range(len(sentences)) if i not in set(order)]


def lexrank(story: AnalysedStory) -> list[int]:
    from sumy.summarizers.lex_rank import LexRankSummarizer

    return _sumy_rank(story, LexRankSummarizer)


def textrank(story: AnalysedStory) -> list[int]:
    from sumy.summarizers.text_rank import TextRankSummarizer

    return _sumy_rank(story, TextRankSummarizer)


def centroid_mmr(story: AnalysedStory, balance: float = 0.7) -> list[int]:
    """TF-IDF centroid relevance with maximal marginal relevance (Carbonell & Goldstein 1998)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [s.text for s in story.sentences]
    if not texts:
        return []
    try:
        matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    except ValueError:  # only stop words
        return list(range(len(texts)))
    vectors = matrix.toarray()
    centroid = vectors.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    relevance = vectors @ centroid
    similarity = vectors @ vectors.T
    chosen: list[int] = []
    left = set(range(len(texts)))
    while left:
        best = max(
            sorted(left),
            key=lambda i: balance * relevance[i] - (1 - balance) * max((similarity[i, j] for j in chosen), default=0.0),
        )
        chosen.append(best)
        left.remove(best)
        if len(chosen) >= 60:
            break
    return chosen + sorted(left)


BASELINES: dict[str, Ranker] = {
    "lead": lead,
    "lead-first-article": lead_first_article,
    "lexrank": lexrank,
    "textrank": textrank,
    "centroid-mmr": centroid_mmr,
}

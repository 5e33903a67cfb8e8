"""An unrelated item glued to the end of an article: closing paragraphs far off the story.

"Off the story" is measured against every other source, so this runs on the whole story after
sentence embedding: a paragraph's vector is the mean of its sentences' vectors.
"""

from __future__ import annotations

import re

import numpy as np

from newsfuse.options import CleanOptions
from newsfuse.records import AnalysedStory, Removed

# a capitalised word not opening a sentence; a middle initial ends no sentence: "Joseph R. Biden Jr. resumed the White
# House campaign for gun control" (editor read #20, BASIL 2010: "Biden" went uncounted, the glued item's names were
# half the story's words "President", "House", "Congress", and the item stayed)
_NAME = re.compile(r"(?:(?<![.!?]\s)|(?<=\b[A-Z]\.\s))(?<!^)\b[A-Z][\w-]{2,}")
_WORD = re.compile(r"\w+")


def name_overlap(paragraph: str, rest_of_story: set[str]) -> float:
    """Share of the paragraph's capitalised words (names, mostly) found elsewhere in the story."""
    names = {m.group(0).lower().removesuffix("’s").removesuffix("'s") for m in _NAME.finditer(paragraph)}
    if not names:
        return 0.0
    return sum(1 for n in names if n in rest_of_story) / len(names)


def _unit(v: np.ndarray) -> np.ndarray:
    return v / (np.linalg.norm(v) or 1.0)


def paragraph_vectors(story: AnalysedStory) -> dict[str, list[np.ndarray]]:
    groups: dict[tuple[str, int], list[int]] = {}
    for i, s in enumerate(story.sentences):
        groups.setdefault((s.article_id, s.paragraph), []).append(i)
    result: dict[str, list[np.ndarray]] = {}
    for article in story.articles:
        result[article.id] = [
            _unit(story.embeddings[groups[(article.id, p)]].mean(axis=0))
            if (article.id, p) in groups
            else np.zeros(story.embeddings.shape[1], dtype=np.float32)
            for p in range(len(article.paragraphs))
        ]
    return result


def _median(values: list[float]) -> float:
    """``float(np.median(values))``, written out with the same sort and mean: numpy 2's ``median``
    checks for NaN through ``numpy.ma``, whose import was 0.033 s CPU of a cold brief (docs/speed.md,
    stop 23)."""
    ordered = np.sort(np.asarray(values, dtype=np.float64))
    if not len(ordered) or np.isnan(ordered[-1]):  # NaN sorts last; ``np.median`` gives NaN then
        return float("nan")
    mid = len(ordered) // 2
    return float((ordered[mid : mid + 1] if len(ordered) % 2 else ordered[mid - 1 : mid + 1]).mean())


# A paragraph whose first sentence points back to the one before it continues the article's thread, however far
# its words are from the story's: "“Matthew’s death was preventable …,” one of the women, Maureen Maloney, said" after
# the paragraph on the relatives invited to the Rose Garden (editor read, stop 40, BASIL 2019: the NYT's closing
# paragraph was removed as off topic). An unrelated item glued to the end introduces its own people.
_POINTS_BACK = re.compile(
    r"^\W*(?:he|she|they|his|her|their|these|those|this|that|it)\b"
    # a subject that picks from people named before: "…,” one of the women, Maureen Maloney, said"
    r"|(?:^\W*|[,;][”\"’']?\s+)(?:one|two|some|many|most|several|another|each|both) of (?:the|those|these) \w+"
    # ... or adds to what came before: "Also interviewed were two other judges, …", "Others on Mr. Trump’s list are …"
    # (editor read #20, BASIL 2017: the candidates' paragraph was removed from the NYT's report on the FBI search)
    r"|^\W*(?:also|others)\b",
    re.IGNORECASE,
)
_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?][”\"’']?(?=\s+[“\"‘']?[A-Z])|$)", re.DOTALL)


def points_back(paragraph: str) -> bool:
    """Whether the paragraph's first sentence refers to what came before (see ``_POINTS_BACK``)."""
    first = _FIRST_SENTENCE.match(paragraph)
    return bool(_POINTS_BACK.search(first.group(0) if first else paragraph))


# two capitalised words in a row, as a person's name is written ("Brittany Lewis"); the institutions and places many
# items name alike are no sign of one story ("White House", "New York")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b")
_SHARED_NAMES = frozenset(
    re.findall(
        r"\w+",
        "White House United States New York Supreme Court Prime Minister President Senate Congress Police Department "
        "National North South East West Great Britain Middle Los Angeles San Francisco Washington Post Times "
        "Associated Press First Last Monday Tuesday Wednesday Thursday Friday Saturday Sunday Read More The This",
    )
)


def names_the_lede(paragraph: str, lede: str) -> bool:
    """Whether the closing paragraph names someone by the full name the article's opening paragraph gives: "First
    runner-up Brittany Lewis of Wilmington will be awarded the crown at a news conference at Dover Downs 7:30 p.m.
    Thursday night." closes the report whose first paragraph says "Brittany Lewis, was awarded the crown" (editor
    read #23, stop 52, Multi-News row 16: removed as off topic, the story's outcome lost; its new names, a town and
    a casino, were most of its capitalised words). A glued item is about other people."""
    opening = {(a, b) for a, b in _FULL_NAME.findall(lede) if a not in _SHARED_NAMES and b not in _SHARED_NAMES}
    return any(pair in opening for pair in _FULL_NAME.findall(paragraph))


def find_off_topic(story: AnalysedStory, params: CleanOptions, max_tail: int = 2) -> dict[str, list[int]]:
    """Paragraph numbers to drop per article: trailing paragraphs whose similarity to the rest of
    the story is below ``off_topic_threshold`` and well below that of the article's other paragraphs."""
    vectors = paragraph_vectors(story)
    result: dict[str, list[int]] = {}
    for article in story.articles:
        own = vectors[article.id]
        if len(own) < 3:
            continue
        others = [v for other, vs in vectors.items() if other != article.id for v in vs]
        drop: list[int] = []
        for paragraph in range(len(own) - 1, max(len(own) - 1 - max_tail, 1), -1):
            rest = [own[p] for p in range(len(own)) if p != paragraph and p not in drop]
            reference = _unit(np.vstack([*others, *rest]).mean(axis=0))
            sims = [float(v @ reference) for v in rest]
            sim = float(own[paragraph] @ reference)
            text = article.paragraphs[paragraph]
            long_enough = len(text.split()) >= params.off_topic_min_words
            if (
                long_enough
                and not points_back(text)
                # what a paragraph ending in a colon announces is that paragraph's: "A Secret Service representative
                # confirmed to HuffPost that the following was sent:" (editor read #20, BASIL 2017; 0.006 above the bar)
                and not article.paragraphs[paragraph - 1].rstrip().endswith(":")
                and not names_the_lede(text, article.paragraphs[0])
                and sim < params.off_topic_threshold
                and sim < _median(sims) - params.off_topic_margin
                and name_overlap(text, story_words(story, article.id, paragraph)) < params.off_topic_max_name_overlap
            ):
                drop.append(paragraph)
            else:
                break
        if drop:
            result[article.id] = sorted(drop)
    return result


def story_words(story: AnalysedStory, article_id: str, paragraph: int) -> set[str]:
    words: set[str] = set()
    for article in story.articles:
        for n, text in enumerate(article.paragraphs):
            if article.id != article_id or n != paragraph:
                words.update(w.lower() for w in _WORD.findall(text))
    return words


def remove_off_topic(story: AnalysedStory, params: CleanOptions | None = None) -> set[str]:
    """Drop off-topic trailing paragraphs from the articles (in place), report each on its
    article, and return the ids of the articles that changed (their sentences need re-splitting)."""
    if len(story.articles) < 2:
        return set()
    drops = find_off_topic(story, params or CleanOptions())
    for article in story.articles:
        dropped = drops.get(article.id, [])
        for paragraph in dropped:
            article.removed.append(Removed(text=article.paragraphs[paragraph], reason="off_topic"))
        article.paragraphs = [p for n, p in enumerate(article.paragraphs) if n not in dropped]
    return set(drops)

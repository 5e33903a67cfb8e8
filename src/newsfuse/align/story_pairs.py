"""Do two sentences of one story report the same fact? The MRPC paraphrase model plus the story.

An MRPC paraphrase is stricter than "reports the same fact": "Fifteen of the 19 hijackers on 9/11
were Saudi citizens, but the Saudi government denies any role ..." and "Fifteen of the 19 Sept. 11
hijackers were Saudi nationals." are not paraphrases (the first says more) but report one fact.
This second, small logistic regression reads the paraphrase model's logit together with what only
the story can tell (:data:`NAMES`):

- ``mrpc_logit``, ``cosine``: the paraphrase model (align/same_fact.py) and the MiniLM cosine;
- ``idf_cover``: the shared content words' weight over the *shorter* sentence's (story IDF: a word
  in few of the story's sentences weighs more), so a short sentence inside a long one scores high;
- ``idf_rare``: the rarest shared word's IDF over log(sentences) ("Campa-Najjar", "doxycycline");
- ``entities``: rare named entities both name (at most two; main actors prove nothing);
- ``figure``: both give the same number ("$808 million", "97-1"); ``figure_clash``: numbers of the
  same measure or counted thing that cannot both be true (``units.numbers_agree``);
- ``short``: log of the shorter sentence's content words.

The weights live in ``story_pairs.json``, fitted by ``newsfuse bench facts --tune-pairs PATH`` on
the sentence pairs of the gold *tune* stories (bench/gold/facts, ``split: tune`` only): two
sentences of different documents that both match one multi-source fact's rule are the same fact;
two that each match some gold rule but none in common are not. See docs/synthesis.md.
``NEWSFUSE_STORY_PAIRS_WEIGHTS`` names another file of the same shape.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

import numpy as np

from newsfuse.align import same_fact

# P(paraphrase) at the 99th percentile of the MRPC logit over the same-fact training pairs, rounded up
# to a half: a pair that stays under HOPELESS with it cannot join a fact, so the paraphrase features are
# not computed for it. Re-derived for the boosted same-fact model by ``bench facts --tune-pairs`` (it
# prints both figures): 99th percentile 4.43 (3.4 with the earlier logistic model); the largest logit
# any tune candidate pair that reaches P >= HOPELESS needs is 0.75, so no such pair is pruned.
HIGH_PARAPHRASE_LOGIT = 4.5
HIGH_PARAPHRASE = 1 / (1 + math.exp(-HIGH_PARAPHRASE_LOGIT))
HOPELESS = 0.5
NAMES = ("mrpc_logit", "cosine", "idf_cover", "idf_rare", "entities", "figure", "figure_clash", "short")
_WORD = re.compile(r"[a-z][a-z'’-]+|\d+(?:[.,]\d+)*(?:-\d+)?")


@lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    """Light stems of the content words and the numbers of ``text`` (first words only, as the
    paraphrase model reads them)."""
    words = _WORD.findall(text[: same_fact.MAX_TOKENS * 12].lower())
    keep = (w for w in words if (w not in same_fact.STOP_WORDS and len(w) > 2) or w[:1].isdigit())
    return frozenset(same_fact.stem(w) for w in keep)


def logit(p: np.ndarray) -> np.ndarray:
    clipped = np.clip(np.asarray(p, dtype=np.float64), 1e-6, 1 - 1e-6)
    return np.asarray(np.log(clipped / (1 - clipped)))


def story_idf(words: Sequence[frozenset[str]]) -> dict[str, float]:
    """log(N / document frequency) over the story's sentences."""
    df: dict[str, int] = {}
    for found in words:
        for w in found:
            df[w] = df.get(w, 0) + 1
    n = max(1, len(words))
    return {w: math.log(n / c) for w, c in df.items()}


def feature_rows(
    pairs: Sequence[tuple[int, int]],
    mrpc: np.ndarray,
    cosines: np.ndarray,
    words: Sequence[frozenset[str]],
    idf: dict[str, float],
    entities: Sequence[set[str]],
    numbers: Sequence[frozenset[str]],
    agree: Sequence[bool],
) -> np.ndarray:
    """One row of :data:`NAMES` per pair of sentence indices; ``mrpc`` is P(paraphrase) per pair,
    ``agree[k]`` whether the pair's numbers can both be true."""
    top = math.log(max(2, len(words)))
    logits = logit(mrpc)
    # math.fsum: the words are a set, whose order changes with the hash seed; a plain sum's last bit
    # followed it, so two runs of one brief could differ (fsum is exact, so independent of order)
    weight = {k: math.fsum(idf.get(w, 0.0) for w in words[k]) for k in {k for pair in pairs for k in pair}}
    rows = []
    for k, (i, j) in enumerate(pairs):
        a, b = words[i], words[j]
        shared = [idf.get(w, 0.0) for w in a & b]
        cover = math.fsum(shared) / max(1e-6, min(weight[i], weight[j]))
        rows.append(
            [
                float(logits[k]),
                float(cosines[k]),
                min(1.0, cover),
                max(shared, default=0.0) / top,
                float(min(2, len(entities[i] & entities[j]))),
                1.0 if numbers[i] & numbers[j] else 0.0,
                0.0 if agree[k] else 1.0,
                math.log1p(min(len(a), len(b))),
            ]
        )
    return np.array(rows, dtype=np.float64).reshape(len(pairs), len(NAMES))


@lru_cache(maxsize=8192)
def numbers_of(text: str) -> frozenset[str]:
    """Figures written with digits, years left out ("2023" says little about the fact)."""
    return frozenset(
        n.replace(",", "")
        for n in re.findall(r"\d+(?:[.,]\d+)*(?:-\d+)?", text[:2000])
        if not re.fullmatch(r"(1[89]|20)\d\d", n)
    )


@cache
def model() -> dict[str, Any]:
    """story_pairs.json (or ``NEWSFUSE_STORY_PAIRS_WEIGHTS``), the shape of same_fact.json."""
    return same_fact.load_model("story_pairs.json", "NEWSFUSE_STORY_PAIRS_WEIGHTS")


def probability(rows: np.ndarray, fitted: dict[str, Any] | None = None) -> np.ndarray:
    return same_fact.logistic(rows, fitted or model(), NAMES)


def hopeful(rows: np.ndarray) -> np.ndarray:
    """Rows (with an optimistic paraphrase probability) that could reach :data:`HOPELESS`."""
    return np.asarray(probability(rows) >= HOPELESS, dtype=bool)


def threshold(fitted: dict[str, Any] | None = None) -> float:
    return float((fitted or model())["threshold"])


def needed_logit(rows: np.ndarray, fitted: dict[str, Any] | None = None) -> np.ndarray:
    """Per row, the paraphrase logit at which the story model gives exactly :data:`HOPELESS` (the
    model is linear in the logit): a row is pruned by :func:`hopeful` only if this exceeds
    :data:`HIGH_PARAPHRASE_LOGIT`."""
    m = fitted or model()
    mean = np.array([m["mean"][n] for n in NAMES])
    scale = np.array([m["scale"][n] for n in NAMES])
    weights = np.array([m["weights"][n] for n in NAMES])
    target = math.log(HOPELESS / (1 - HOPELESS))
    rest = ((rows - mean) / scale) @ weights + float(m["intercept"]) - (rows[:, 0] - mean[0]) / scale[0] * weights[0]
    return np.asarray(mean[0] + (target - rest) * scale[0] / weights[0])


def fit(rows: np.ndarray, labels: np.ndarray, c: float = 1.0) -> dict[str, Any]:
    """Logistic regression over :data:`NAMES` with balanced classes (few pairs are the same fact)."""
    return same_fact.fit_logistic(rows, labels, NAMES, c, balanced=True)

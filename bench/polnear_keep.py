"""Fit which reported-speech findings to keep (``src/newsfuse/nlp/reported_keep.json``) on PolNeAR train.

Every finding the parse rules read (``syntax_speech.findings_in``) that the quote stage turns into a
reported prediction of ``bench.polnear`` is one row: its features (``syntax_speech.finding_features``)
and whether the bench counts it as an attribution (content matched and the speaker right). A logistic
regression (L2, ``C``; features seen at least ``min_count`` times) is fitted on every row, and its
threshold is the one that maximises reported attribution F1 over the out-of-fold probabilities (five
folds by document), counting the predictions that are not findings (partial quotes, headlines) as they
are, and leaving out, as ``syntax_speech.reported_in`` does, a kept finding whose content words lie inside
another kept finding's of its sentence (``dropped_at``). Stop 29: without that the estimate chose 0.29; with
it 0.22, and PolNeAR train reported aF1 out of fold (exact rescoring of the bench) went 0.5889 -> 0.5911 (0.24:
0.5907, 0.26: 0.5899), dev 0.6075 -> 0.6082; the weights are the same. The rows are collected with the
packaged model switched off (``NEWSFUSE_REPORTED_KEEP`` naming a model with threshold 0), so a refit never
learns from its own filter.

    python -m bench.polnear_keep --split train --out src/newsfuse/nlp/reported_keep.json

scikit-learn is needed here only; the system reads the JSON (``syntax_speech.keep_probability``).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import polnear
from newsfuse.nlp.analyse import analyse
from newsfuse.nlp.entities import build_entities
from newsfuse.nlp.models import Models
from newsfuse.nlp.quotes import find_attributions
from newsfuse.nlp.syntax_speech import content_words, finding_features, findings_in, keep_model
from newsfuse.records import Article

C = 0.1
MIN_COUNT = 3
FOLDS = 5
THRESHOLDS = tuple(round(0.10 + 0.01 * k, 2) for k in range(31))


@dataclass
class Row:
    document: str
    features: list[str]
    right: bool
    sentence: str = ""  # document and sentence start: findings of one sentence can nest
    words: frozenset[int] = frozenset()  # the content's word tokens in its sentence


@dataclass
class Counts:
    """Reported predictions and attributions of the whole split, with the filter off."""

    gold: int = 0
    predicted: int = 0
    pred_attributed: int = 0
    gold_attributed: int = 0


def collect(split: str, models: Models, limit: int | None = None) -> tuple[list[Row], Counts]:
    """The rows of one split and its reported counts, every finding kept."""
    with tempfile.TemporaryDirectory() as folder:
        off = Path(folder) / "keep_all.json"
        off.write_text(json.dumps({"weights": {}, "intercept": 0.0, "threshold": 0.0}), encoding="utf-8")
        before = os.environ.get("NEWSFUSE_REPORTED_KEEP")
        os.environ["NEWSFUSE_REPORTED_KEEP"] = str(off)
        keep_model.cache_clear()
        try:
            return _collect(split, models, limit)
        finally:
            if before is None:
                del os.environ["NEWSFUSE_REPORTED_KEEP"]
            else:
                os.environ["NEWSFUSE_REPORTED_KEEP"] = before
            keep_model.cache_clear()


def _collect(split: str, models: Models, limit: int | None) -> tuple[list[Row], Counts]:
    rows: list[Row] = []
    tally = polnear.Tally()
    for document in polnear.load_split(split, limit):
        remap = polnear.OffsetMap(document.text)
        article = Article(document.name, document.name, None, None, None, None, remap.paragraphs)
        story = analyse([article], models, embed=False)
        index = build_entities(story)
        found = find_attributions(article, story.sentences, index, models.parse)
        paired = polnear.paired_predictions(found, remap)
        predictions = [p for p, _ in paired]
        polnear.score(document, predictions, index, tally)
        right = polnear.attributed(document, predictions, index)
        for (prediction, attribution), correct in zip(paired, right, strict=True):
            if prediction.kind != "reported" or attribution.kind != "reported" or attribution.cue is None:
                continue
            sentence = next((s for s in story.sentences if s.start <= attribution.cue[0] < s.end), None)
            if sentence is None:
                continue
            doc = models.parse([sentence.text])[0]
            for finding in findings_in(doc):
                cue, start = sentence.start + finding.cue[0], sentence.start + finding.content[0]
                if cue == attribution.cue[0] and start == attribution.spans[0][0]:
                    features = finding_features(doc, finding)
                    place = f"{document.name}:{sentence.start}"
                    rows.append(Row(document.name, features, correct, place, content_words(doc, finding)))
                    break
    counts = Counts(
        tally.gold["reported"],
        tally.predicted["reported"],
        tally.pred_attributed["reported"],
        tally.gold_attributed["reported"],
    )
    return rows, counts


def f1_without(counts: Counts, dropped: int, dropped_right: int) -> float:
    """Reported attribution F1 once ``dropped`` findings, ``dropped_right`` of them right, are left out."""
    predicted = counts.predicted - dropped
    precision = (counts.pred_attributed - dropped_right) / predicted if predicted else 0.0
    recall = (counts.gold_attributed - dropped_right) / counts.gold if counts.gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def dropped_at(rows: list[Row], probability: Any, threshold: float) -> Any:
    """Which rows ``reported_in`` leaves out at ``threshold``: those under it, and those kept whose content
    words lie inside another kept row's of the same sentence."""
    import numpy as np

    dropped = np.asarray(probability) < threshold
    by_sentence: dict[str, list[int]] = defaultdict(list)
    for k, row in enumerate(rows):
        if row.sentence and not dropped[k]:
            by_sentence[row.sentence].append(k)
    nested = np.zeros(len(rows), dtype=bool)
    for members in by_sentence.values():
        for k in members:
            nested[k] = any(rows[k].words < rows[j].words for j in members)
    return dropped | nested


def fit(rows: list[Row], counts: Counts, c: float = C, min_count: int = MIN_COUNT) -> dict[str, Any]:
    """The model as ``syntax_speech.keep_model`` reads it, with the out-of-fold figures it was chosen by."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    seen = Counter(f for row in rows for f in row.features)
    vocabulary = sorted(f for f, n in seen.items() if n >= min_count)
    column = {f: k for k, f in enumerate(vocabulary)}
    x = np.zeros((len(rows), len(vocabulary)), dtype=np.float32)
    for k, row in enumerate(rows):
        for f in row.features:
            if f in column:
                x[k, column[f]] = 1.0
    y = np.array([row.right for row in rows])
    documents = sorted({row.document for row in rows})
    fold_of = {d: k % FOLDS for k, d in enumerate(documents)}
    folds = np.array([fold_of[row.document] for row in rows])
    held_out = np.zeros(len(rows))
    for fold in range(FOLDS):
        model = LogisticRegression(C=c, max_iter=2000).fit(x[folds != fold], y[folds != fold])
        held_out[folds == fold] = model.predict_proba(x[folds == fold])[:, 1]
    dropped = {t: dropped_at(rows, held_out, t) for t in THRESHOLDS}
    by_threshold = {t: f1_without(counts, int(dropped[t].sum()), int((y & dropped[t]).sum())) for t in THRESHOLDS}
    threshold = max(THRESHOLDS, key=lambda t: by_threshold[t])
    model = LogisticRegression(C=c, max_iter=2000).fit(x, y)
    weights = {f: round(float(w), 5) for f, w in zip(vocabulary, model.coef_[0], strict=True) if abs(w) >= 1e-4}
    return {
        "weights": weights,
        "intercept": round(float(model.intercept_[0]), 5),
        "threshold": threshold,
        "fitted": {
            "rows": len(rows),
            "right": int(y.sum()),
            "C": c,
            "min_count": min_count,
            "reported_f1_all_kept": round(f1_without(counts, 0, 0), 4),
            "reported_f1_out_of_fold": round(by_threshold[threshold], 4),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    rows, counts = collect(args.split, Models(), args.limit)
    model = fit(rows, counts)
    print(json.dumps(model["fitted"]), "threshold", model["threshold"])
    if args.out is not None:
        args.out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

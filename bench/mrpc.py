"""MRPC: is the second news sentence a paraphrase of the first? The same-fact decision of the
fact graph (newsfuse.align.same_fact) beside a cosine-threshold baseline, in one run.

Data: ``$NEWSFUSE_SHARED/bench/mrpc/<split>.txt``, tab-separated ``label id1 id2 sentence1
sentence2`` (an optional header line starting with "Quality" is skipped).

- ``--split test``: the shipped model and the baseline's shipped threshold (both chosen on the
  training part of train.txt only) scored on the whole split;
- ``--split train``: figures on the held-out fifth of train.txt (every fifth pair, index % 5 == 0),
  which neither the shipped weights nor the thresholds have seen;
- ``--tune PATH``: refit on the training part (the other four fifths), choose the decision
  threshold and the baseline's cosine threshold there (best F1 + accuracy), write the model to
  PATH and score with it.

P, R and F1 are of the positive class (paraphrase), as published for MRPC.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bench.paths import shared_dir
from newsfuse.align import pair_model, same_fact

HELD_OUT = 5  # pair k is held out of train when k % 5 == 0
C = 0.3  # inverse regularisation; 0.03 / 0.3 / 3 gave held-out F1 0.811 / 0.825 / 0.816 (docs/synthesis.md)


@dataclass(frozen=True)
class Pair:
    label: int
    first: str
    second: str


def load(split: str) -> list[Pair]:
    path = shared_dir() / "bench" / "mrpc" / f"{split}.txt"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: set NEWSFUSE_SHARED to the folder that holds bench/mrpc/")
    pairs = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        cells = line.split("\t")
        if len(cells) < 5 or not cells[0].strip().isdigit():
            continue  # header ("Quality #1 ID ...") or a broken line
        pairs.append(Pair(int(cells[0]), cells[3], cells[4]))
    return pairs


def pair_rows(pairs: list[Pair], encode: Callable[[list[str]], np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and the cosines of the pairs (one embedding per distinct sentence)."""
    texts = sorted({t for p in pairs for t in (p.first, p.second)})
    index = {t: k for k, t in enumerate(texts)}
    vectors = encode(texts)
    prepared = [same_fact.prepare(t) for t in texts]
    cosines = np.array([float(vectors[index[p.first]] @ vectors[index[p.second]]) for p in pairs])
    rows = same_fact.feature_rows(prepared, [(index[p.first], index[p.second]) for p in pairs], cosines)
    return rows, cosines


def scores(truth: np.ndarray, predicted: np.ndarray) -> tuple[float, float, float, float]:
    tp = float(np.sum(predicted & truth))
    p = tp / max(1.0, float(predicted.sum()))
    r = tp / max(1.0, float(truth.sum()))
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, float(np.mean(predicted == truth))


def best_threshold(values: np.ndarray, truth: np.ndarray) -> float:
    """The cut on ``values`` with the best F1 + accuracy (training data only). The best F1 with
    accuracy >= 0.78 instead (the goal's two figures) chose 0.465 on the feature model's out-of-fold
    probabilities, held out F1 0.828 / accuracy 0.757 against 0.828 / 0.761 at 0.491: not taken
    (docs/synthesis.md, "Stop 27 — MRPC")."""
    candidates = np.unique(np.round(values, 3))
    return float(max(candidates, key=lambda t: (sum(scores(truth, values >= t)[2:]), -t)))


def tune(
    rows: np.ndarray, cosines: np.ndarray, truth: np.ndarray, pair_logits: np.ndarray | None = None
) -> dict[str, Any]:
    """Refit the feature model; with ``pair_logits`` (the pair model's out-of-fold logits of the
    same pairs) also the combination of the two (``"pair"``) and its out-of-fold figures."""
    from sklearn.model_selection import cross_val_predict

    fitted = same_fact.fit(rows, truth, c=C)
    # The decision threshold from out-of-fold probabilities (the logistic regression's averaged
    # with the trees', as same_fact.probability does), so it is not fitted to seen pairs.
    from sklearn.linear_model import LogisticRegression

    standard = (rows - rows.mean(axis=0)) / np.where(rows.std(axis=0) == 0, 1.0, rows.std(axis=0))
    linear = cross_val_predict(LogisticRegression(C=C, max_iter=5000), standard, truth, cv=5, method="predict_proba")
    trees = cross_val_predict(same_fact.boosted_trees(), rows, truth, cv=5, method="predict_proba")
    out_of_fold = (linear[:, 1] + trees[:, 1]) / 2
    fitted["threshold"] = best_threshold(out_of_fold, truth.astype(bool))
    _, _, f1, accuracy = scores(truth.astype(bool), out_of_fold >= fitted["threshold"])
    fitted["cross_validation"] = {"folds": 5, "f1": round(f1, 4), "accuracy": round(accuracy, 4), "c": C}
    fitted["baseline_cosine_threshold"] = best_threshold(cosines, truth.astype(bool))
    fitted["fitted_on"] = "mrpc train.txt minus every fifth pair (k % 5 == 0)"
    if pair_logits is not None:
        # Equal weights, each model's logit taken from its own threshold, decided at 0 (the rule
        # planned before the pair model was trained). A stack fitted on these out-of-fold logits
        # weighs the pair model 0.29 against 0.79 (held out: F1 0.837 / accuracy 0.770, below the
        # pair model alone): they come from fold models that saw half the pairs (docs/synthesis.md).
        intercept = -float(same_fact.logit(np.array(fitted["threshold"])))
        stack: dict[str, Any] = {"features": 1.0, "pair": 1.0, "intercept": intercept}
        stack["threshold"] = 0.5
        combined = same_fact.stacked(out_of_fold, pair_logits, stack)
        _, _, f1, accuracy = scores(truth.astype(bool), combined >= stack["threshold"])
        stack["cross_validation"] = {"f1": round(f1, 4), "accuracy": round(accuracy, 4)}
        stack["fitted_on"] = "nothing fitted; out-of-fold figures: pair model from 2 folds of the training four fifths"
        fitted["pair"] = stack
    return fitted


def dump(fitted: dict[str, Any]) -> str:
    """The model as JSON: one key a line, and each of the trees' arrays on one line."""
    plain = {k: v for k, v in fitted.items() if k != "trees"}
    text = json.dumps(plain, indent=2)
    if "trees" in fitted:
        arrays = ",\n".join(f"    {json.dumps(k)}: {json.dumps(v)}" for k, v in fitted["trees"].items())
        text = text[: -len("\n}")] + ',\n  "trees": {\n' + arrays + "\n  }\n}"
    return text + "\n"


def decisions(
    pairs: list[Pair], rows: np.ndarray, cosines: np.ndarray, fitted: dict[str, Any]
) -> dict[str, np.ndarray]:
    """Paraphrase or not, per pair and system: ``newsfuse`` first, the decision a default brief
    makes (the feature model: the brief runs the pair model only with ``AlignOptions.pair_model_pairs``
    above 0, which costs ~2.2 s of CPU per story at 16 pairs with the int8 engine and lowered
    multi-source facts shown, see docs/synthesis.md); then, when ``fitted`` has a pair model,
    ``newsfuse-pair`` (the stack of the feature model and the pair model, what those re-decided pairs
    get) and the pair model alone (its logit at 0); the cosine baseline and the all-paraphrase rule.
    No row is what the summary decides: it does not ask the pair model (stop 38: a paraphrase decision
    caught none of gold tune's repeated summary sentences, docs/synthesis.md)."""
    features = same_fact.probability(rows, fitted)
    systems = {"newsfuse": features >= same_fact.threshold(fitted)}
    if "pair" in fitted:
        logits = pair_model.shared().logits([(p.first, p.second) for p in pairs])
        stack = fitted["pair"]
        systems["newsfuse-pair"] = same_fact.stacked(features, logits, stack) >= float(stack["threshold"])
        systems["pair-model-only"] = logits >= 0.0
    systems["cosine"] = cosines >= float(fitted["baseline_cosine_threshold"])
    systems["all-paraphrase"] = np.ones(len(pairs), dtype=bool)
    return systems


def run(
    split: str = "test", tune_path: Path | None = None, encode: Callable[[list[str]], np.ndarray] | None = None
) -> str:
    if encode is None:
        from newsfuse.nlp import Models

        encode = Models().embedder.encode
    if tune_path is not None:
        train = [p for k, p in enumerate(load("train")) if k % HELD_OUT]
        rows, cosines = pair_rows(train, encode)
        fitted = tune(rows, cosines, np.array([p.label for p in train]), pair_model.out_of_fold_logits())
        tune_path.write_text(dump(fitted), encoding="utf-8")
    else:
        fitted = same_fact.model()
    pairs = load(split)
    if split == "train":
        pairs = [p for k, p in enumerate(pairs) if k % HELD_OUT == 0]
    rows, cosines = pair_rows(pairs, encode)
    truth = np.array([p.label for p in pairs]).astype(bool)
    systems = decisions(pairs, rows, cosines, fitted)
    where = "held-out fifth of train" if split == "train" else split
    lines = [f"# MRPC {where}: {len(pairs)} pairs, {int(truth.sum())} paraphrases"]
    if tune_path is not None:
        cv = fitted["cross_validation"]
        figures = f"F1 {cv['f1']:.3f} accuracy {cv['accuracy']:.3f}"
        lines.append(f"# refitted; {cv['folds']}-fold CV on the training four fifths: {figures}")
        if "pair" in fitted:
            cv = fitted["pair"]["cross_validation"]
            figures = f"F1 {cv['f1']:.3f} accuracy {cv['accuracy']:.3f}"
            lines.append(f"# with the pair model, out-of-fold (pair model: 2 folds of half the pairs): {figures}")
    lines.append("system P R F1 accuracy")
    for name, predicted in systems.items():
        p, r, f1, acc = scores(truth, predicted)
        lines.append(f"{name} {p:.3f} {r:.3f} {f1:.3f} {acc:.3f}")
    return "\n".join(lines)

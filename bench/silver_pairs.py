"""Silver same-fact pairs from Multi-News reference summaries: distant supervision for the pair decision (stop 51).

Stop 50 traced most multi-source facts the brief loses (28 of 46 on gold tune) to pairs the story model scores 0.5-0.9:
one fact told in other words by two outlets, which MRPC (the paraphrase set the same-fact models learn from) teaches
badly. A Multi-News reference summary is written by a person from the story's articles; each of its sentences names
a fact that several articles carry. So, per story (Multi-News validation rows 0-124 only; rows 125-249 are held out):

- every sentence of an article is matched to every reference sentence by its content words (light stems,
  ``same_fact.prepare``: names and figures are words too) weighted by their story IDF; the *cover* of a sentence by
  a reference sentence is the weight of the words they share over the weight of the sentence's own words (how much of
  what the sentence says the reference sentence also says);
- a **silver same-fact pair** is two sentences of two different articles that the product makes a candidate pair
  (``units.pair_evidence``: their MiniLM cosine reaches the candidate floor), both covered at
  :data:`STRONG_COVER` or more by one reference sentence with :data:`MIN_SHARED_WEIGHT` of shared weight, whose
  shared parts are mostly the same words of that reference sentence (:data:`COMMON_PART`): two tellings of the one
  fact, not of two facts one long reference sentence joins;
- a **silver different pair** is a candidate pair (same story, so the same topic) whose two sentences are each
  strongly covered by a *different* reference sentence and barely by the other's (:data:`WEAK_COVER`), or one
  strongly covered and the other covered by no reference sentence at all (at most :data:`NO_COVER`).

Both sentences of a pair hold :data:`MIN_WORDS` content words or more (a fragment, "Jennifer Lowe-Anker, President",
is neither one fact with a long sentence nor another).

Near-copies (content-word Jaccard of :data:`COPY_JACCARD` or more: wire copy) are left out: they teach nothing.
Each story gives at most :data:`MAX_SAME` same pairs and :data:`NEGATIVES_PER_SAME` times as many different pairs
(at least :data:`MIN_DIFFERENT`), drawn with a fixed seed. The thresholds were chosen by reading samples by hand
(docs/synthesis.md, "Stop 51 — h-pair51").

Rows left out (:func:`excluded_rows`): every gold story (bench/gold/facts, tune and report: the figures the pair
decision is judged on), and the stories of the ``test`` splits of bench/gold/band_pairs.jsonl and above_pairs.jsonl.

No article text is stored in the project: ``python -m bench.silver_pairs build OUT`` reads ``../shared`` at run time
and writes the pairs (texts, the product's story-model feature rows and P) to ``OUT`` (a scratch file);
``python -m bench.silver_pairs sample OUT N`` prints N pairs drawn at random with their reference sentence, for the
hand check.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from bench.band_pairs import LABELS_FILE as BAND_FILE
from bench.facts_gold import GOLD_DIR

ROWS = range(125)  # Multi-News validation rows 0-124: tune material; 125-249 are held out
SEED = 51
STRONG_COVER = 0.4
MIN_SHARED_WEIGHT = 6.0  # two or three rare words of the story (IDF ~2.5 each)
COMMON_PART = 0.6  # shared weight of the two sentences' covered parts over the smaller covered part
WEAK_COVER = 0.2
NO_COVER = 0.1  # "covered by no reference sentence": at most this much of it anywhere
MIN_WORDS = 6
COPY_JACCARD = 0.8
MAX_SAME = 12
NEGATIVES_PER_SAME = 2
MIN_DIFFERENT = 4
_REFERENCE_SPLIT = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“A-Z0-9])")


@dataclass(frozen=True)
class SilverPair:
    row: int  # Multi-News validation row
    i: int  # sentence indices in the analysed story, i < j
    j: int
    a: str
    b: str
    label: int  # 1 same fact, 0 different facts
    kind: str  # "same", "other-reference", "no-reference"
    reference: int  # index of the reference sentence that covers ``a`` (and ``b`` for "same"); -1 none
    p: float  # the story model's P for the pair, as the product scored it when built
    features: tuple[float, ...]  # story_pairs.NAMES, as units.pair_evidence computed them


def excluded_rows() -> set[int]:
    """Multi-News rows no silver pair may come from: gold stories and the band/above pairs' test stories."""
    rows: set[int] = set()
    for path in sorted(GOLD_DIR.glob("*.json")):
        origin = json.loads(path.read_text(encoding="utf-8")).get("origin", {})
        if origin.get("kind") == "multinews":
            rows.add(int(origin["row"]))
    for path in (BAND_FILE, BAND_FILE.with_name("above_pairs.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            raw = json.loads(line)
            if raw["split"] == "test" and raw["origin"]["kind"] == "multinews":
                rows.add(int(raw["origin"]["row"]))
    return rows


def reference_sentences(reference: str) -> list[str]:
    return [s.strip() for s in _REFERENCE_SPLIT.split(reference) if len(s.split()) >= 4]


def idf_of(sentences: Sequence[frozenset[str]]) -> dict[str, float]:
    counts = Counter(w for words in sentences for w in words)
    n = len(sentences)
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in counts.items()}


def weight(words: frozenset[str], idf: dict[str, float], unseen: float) -> float:
    return sum(idf.get(w, unseen) for w in words)


@dataclass(frozen=True)
class Cover:
    share: float  # shared weight over the sentence's own weight
    shared: frozenset[str]
    weight: float  # of the shared words


def covers(
    sentence: frozenset[str], references: Sequence[frozenset[str]], idf: dict[str, float], unseen: float
) -> list[Cover]:
    own = weight(sentence, idf, unseen) or 1.0
    out = []
    for ref in references:
        shared = sentence & ref
        w = weight(shared, idf, unseen)
        out.append(Cover(w / own, shared, w))
    return out


def strong(c: Cover) -> bool:
    return c.share >= STRONG_COVER and c.weight >= MIN_SHARED_WEIGHT


def label_pair(
    ca: list[Cover], cb: list[Cover], words_a: frozenset[str], words_b: frozenset[str], idf: dict[str, float]
) -> tuple[int, str, int] | None:
    """(label, kind, reference) of a candidate pair under the silver rules, or None when they say nothing."""
    union = words_a | words_b
    if min(len(words_a), len(words_b)) < MIN_WORDS or len(words_a & words_b) / len(union) >= COPY_JACCARD:
        return None
    unseen = max(idf.values(), default=1.0)
    for r, (x, y) in enumerate(zip(ca, cb, strict=True)):
        if strong(x) and strong(y):
            common = weight(x.shared & y.shared, idf, unseen)
            if common >= MIN_SHARED_WEIGHT and common >= COMMON_PART * min(x.weight, y.weight):
                return 1, "same", r
    best_a = max(range(len(ca)), key=lambda r: ca[r].share, default=-1)
    best_b = max(range(len(cb)), key=lambda r: cb[r].share, default=-1)
    if best_a < 0 or best_b < 0:
        return None
    a_strong, b_strong = strong(ca[best_a]), strong(cb[best_b])
    apart = ca[best_b].share <= WEAK_COVER and cb[best_a].share <= WEAK_COVER
    if a_strong and b_strong and best_a != best_b and apart:
        return 0, "other-reference", best_a
    if a_strong and cb[best_b].share <= NO_COVER:
        return 0, "no-reference", best_a
    if b_strong and ca[best_a].share <= NO_COVER:
        return 0, "no-reference", best_b
    return None


def story_pairs_of(row: int, story: object, reference: str, rng: random.Random) -> list[SilverPair]:
    """The silver pairs of one analysed story (see the module docstring)."""
    from newsfuse.align import story_pairs
    from newsfuse.align.numbers import find_quantities
    from newsfuse.align.same_fact import prepare
    from newsfuse.align.support import support_map
    from newsfuse.align.units import pair_evidence
    from newsfuse.options import Options

    options = Options()
    # every candidate pair, as bench/facts_pairs.tune fits the story model on them
    params = replace(options.align, same_fact="learned")
    sentences = story.sentences  # type: ignore[attr-defined]
    quantities = [find_quantities(s.text) for s in sentences]
    evidence = pair_evidence(story, support_map(story, params.support_threshold), quantities, params)  # type: ignore[arg-type]
    if not evidence.pairs:
        return []
    words = [prepare(s.text).content for s in sentences]
    refs = [prepare(r).content for r in reference_sentences(reference)]
    idf = idf_of(words)
    unseen = max(idf.values(), default=1.0)
    cover = [covers(w, refs, idf, unseen) for w in words]
    scores = story_pairs.probability(evidence.rows)
    same, different = [], []
    for k, (i, j) in enumerate(evidence.pairs):
        decided = label_pair(cover[i], cover[j], words[i], words[j], idf)
        if decided is None:
            continue
        label, kind, ref = decided
        pair = SilverPair(
            row,
            i,
            j,
            sentences[i].text,
            sentences[j].text,
            label,
            kind,
            ref,
            round(float(scores[k]), 4),
            tuple(round(float(v), 6) for v in evidence.rows[k]),
        )
        (same if label else different).append(pair)
    rng.shuffle(same)
    rng.shuffle(different)
    same = same[:MAX_SAME]
    return same + different[: max(MIN_DIFFERENT, NEGATIVES_PER_SAME * len(same))]


def build(rows: Sequence[int] = ROWS) -> list[SilverPair]:
    """Every silver pair of the rows not excluded, story by story (analysed through the product path; the bench
    cache, ``NEWSFUSE_BENCH_CACHE``, is read and written as the other Multi-News benches do)."""
    from bench.data import analysed_stories, multinews
    from newsfuse.nlp import Models
    from newsfuse.options import Options

    skip = excluded_rows()
    clusters = [c for c in multinews(limit=max(rows) + 1) if int(c.id.split("-")[1]) in set(rows) - skip]
    options = Options()
    out: list[SilverPair] = []
    for cluster, story in analysed_stories(clusters, options, Models(options)):
        if story is None:
            continue
        row = int(cluster.id.split("-")[1])
        out.extend(story_pairs_of(row, story, cluster.reference, random.Random(SEED * 1000 + row)))
    return out


def save(pairs: Sequence[SilverPair], path: Path) -> None:
    path.write_text("".join(json.dumps(asdict(p)) + "\n" for p in pairs), encoding="utf-8")


def load(path: Path) -> list[SilverPair]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        raw["features"] = tuple(raw["features"])
        pairs.append(SilverPair(**raw))
    return pairs


def summary(pairs: Sequence[SilverPair]) -> list[str]:
    """Counts by kind, and how the story model scores them today (P bands)."""
    lines = [f"{len(pairs)} pairs from {len({p.row for p in pairs})} stories"]
    bands = ((0.0, 0.5), (0.5, 0.9), (0.9, 1.01))
    for kind in ("same", "other-reference", "no-reference"):
        mine = [p for p in pairs if p.kind == kind]
        counts = [sum(lo <= p.p < hi for p in mine) for lo, hi in bands]
        lines.append(f"{kind}: {len(mine)}; P < 0.5 / 0.5-0.9 / >= 0.9: " + " / ".join(map(str, counts)))
    return lines


def fit_same_fact(silver: Sequence[SilverPair]) -> tuple[dict[str, Any], list[str]]:
    """The feature model of align/same_fact.py refitted on MRPC train's training four fifths *and* the silver pairs;
    the decision threshold chosen on the MRPC pairs' out-of-fold probabilities only (as ``bench mrpc --tune``), so
    the MRPC rows stay comparable; the stack with the pair model kept, its intercept moved to the new threshold."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    from bench import mrpc
    from newsfuse.align import same_fact
    from newsfuse.nlp import Models

    encode = Models().embedder.encode
    train = [p for k, p in enumerate(mrpc.load("train")) if k % mrpc.HELD_OUT]
    extra = [mrpc.Pair(p.label, p.a, p.b) for p in silver]
    rows, _ = mrpc.pair_rows(train + extra, encode)
    truth = np.array([p.label for p in train + extra])
    fitted = same_fact.fit(rows, truth, c=mrpc.C)
    scale = np.where(rows.std(axis=0) == 0, 1.0, rows.std(axis=0))
    standard = (rows - rows.mean(axis=0)) / scale
    folds = StratifiedKFold(5, shuffle=True, random_state=SEED)
    logistic = LogisticRegression(C=mrpc.C, max_iter=5000)
    linear = cross_val_predict(logistic, standard, truth, cv=folds, method="predict_proba")
    trees = cross_val_predict(same_fact.boosted_trees(), rows, truth, cv=folds, method="predict_proba")
    out_of_fold = (linear[:, 1] + trees[:, 1]) / 2
    n = len(train)
    mrpc_truth = truth[:n].astype(bool)
    fitted["threshold"] = mrpc.best_threshold(out_of_fold[:n], mrpc_truth)
    _, _, f1, accuracy = mrpc.scores(mrpc_truth, out_of_fold[:n] >= fitted["threshold"])
    fitted["cross_validation"] = {"folds": 5, "f1": round(f1, 4), "accuracy": round(accuracy, 4), "c": mrpc.C}
    shipped = same_fact.model()
    fitted["baseline_cosine_threshold"] = shipped["baseline_cosine_threshold"]
    fitted["fitted_on"] = (
        f"mrpc train.txt minus every fifth pair (k % 5 == 0) and {len(extra)} silver news pairs "
        "(bench/silver_pairs.py); threshold from the MRPC pairs' out-of-fold probabilities"
    )
    if "pair" in shipped:
        fitted["pair"] = {**shipped["pair"], "intercept": -float(same_fact.logit(np.array(fitted["threshold"])))}
    silver_truth = truth[n:].astype(bool)
    _, _, s_f1, s_accuracy = mrpc.scores(silver_truth, out_of_fold[n:] >= fitted["threshold"])
    lines = [
        f"MRPC training four fifths {n}, silver {len(extra)} ({int(silver_truth.sum())} same)",
        f"out-of-fold, MRPC part: F1 {f1:.3f} accuracy {accuracy:.3f} at {fitted['threshold']:.3f}",
        f"out-of-fold, silver part: F1 {s_f1:.3f} accuracy {s_accuracy:.3f}",
    ]
    return fitted, lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.silver_pairs", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    made = commands.add_parser("build", help="build the silver pairs and write them to a scratch file")
    made.add_argument("out", type=Path)
    shown = commands.add_parser("sample", help="print pairs drawn at random, for the hand check")
    shown.add_argument("path", type=Path)
    shown.add_argument("n", type=int)
    shown.add_argument("--seed", type=int, default=SEED)
    refit = commands.add_parser("fit-same-fact", help="refit same_fact.json's feature model with the silver pairs")
    refit.add_argument("path", type=Path)
    refit.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "fit-same-fact":
        from bench import mrpc

        fitted, lines = fit_same_fact(load(args.path))
        args.out.write_text(mrpc.dump(fitted), encoding="utf-8")
        print("\n".join(lines))
        return 0
    if args.command == "build":
        pairs = build()
        save(pairs, args.out)
        print("\n".join(summary(pairs)))
        return 0
    from bench.data import multinews

    pairs = load(args.path)
    references = {int(c.id.split("-")[1]): reference_sentences(c.reference) for c in multinews(limit=max(ROWS) + 1)}
    for k, p in enumerate(random.Random(args.seed).sample(pairs, min(args.n, len(pairs)))):
        ref = references[p.row][p.reference] if p.reference >= 0 else "-"
        sys.stdout.write(f"#{k} row {p.row} {p.kind} P={p.p:.3f}\n  R: {ref}\n  A: {p.a}\n  B: {p.b}\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Fit the story pair model (``src/newsfuse/align/story_pairs.py``) on the gold *tune* stories.

`newsfuse bench facts --tune-pairs PATH` analyses every ``split: tune`` story of ``bench/gold/facts``
(never a ``report`` one) exactly as ``newsfuse brief`` does, takes the candidate pairs the product
scores (:func:`newsfuse.align.units.pair_evidence`), and labels those whose two sentences both
match some gold rule (a fact's or a single-source fact's):

- same fact (1): both match the rule of one multi-source fact;
- different facts (0): each matches some rule, none in common.

Pairs where a sentence matches no rule are unlabelled and left out. The model is fitted on all
labelled pairs; the figures beside it are leave-one-story-out (the story's pairs scored by a model
fitted on the other stories): ROC AUC and average precision of the story model, of the MRPC model's
logit alone and of the cosine. The decision threshold is not chosen here: it is the one measured by
cross-fitting the bench itself (docs/synthesis.md), kept from ``keep_threshold``; at it, the same-fact and the
different-fact pairs each model would join are counted (:func:`at_threshold`). Since stop 57 the same figures are
also given for the pairs of the stories labelled since stop 53 (:data:`CHECK_SETS`, every story, scored by the
model fitted on all tune stories): pairs no fit has seen, which showed that features gaining a few same-fact pairs
on leave-one-out lost them there (docs/synthesis.md, "Stop 57 — h-multi57").

`newsfuse bench facts --leave-one-out` scores the same-fact decision on stories it was not fitted on: each
tune story is briefed with a story pair model fitted on the labelled pairs of the *other* tune stories
(:func:`folds`, :func:`held_out_model`) and scored by ``bench.facts.score``; the total is the figure a change
to the same-fact decision must move (stop 43: the tune total had stopped carrying to the report split).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from bench.facts_gold import GOLD_DIR, GoldCluster, load_all, matches, raw_documents

# the sets of stories labelled before any brief of them ran (bench/gold/<set>/), never in a story model's fit
CHECK_SETS = ("facts53", "facts54", "facts55", "facts56")


def at_threshold(scores: np.ndarray, labels: np.ndarray, threshold: float) -> tuple[int, int]:
    """How many same-fact pairs (label 1) and how many different-fact pairs (label 0) score at least ``threshold``:
    what a model joins at the product's threshold, which AUC and AP (over every threshold) do not say."""
    joined = np.asarray(scores) >= threshold
    same = np.asarray(labels) == 1
    return int((joined & same).sum()), int((joined & ~same).sum())


def check_set_pairs(options: Any, models: Any) -> tuple[int, np.ndarray, np.ndarray]:
    """The labelled candidate pairs of every story of :data:`CHECK_SETS`: the count of stories, rows, labels."""
    golds = [g for name in CHECK_SETS for g in load_all("all", GOLD_DIR.parent / name)]
    data = [labelled_pairs(g, options, models) for g in golds]
    if not data:
        return 0, np.zeros((0, 0)), np.zeros(0, dtype=int)
    return len(golds), np.vstack([rows for rows, _ in data]), np.concatenate([labels for _, labels in data])


def labelled_pairs(gold: GoldCluster, options: Any, models: Any) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels of one story's labelled candidate pairs."""
    from newsfuse.align import story_pairs
    from newsfuse.align.numbers import find_quantities
    from newsfuse.align.support import support_map
    from newsfuse.align.units import pair_evidence
    from newsfuse.pipeline import story_from_documents

    story = story_from_documents(raw_documents(gold), options, models, [])
    params = options.align
    quantities = [find_quantities(s.text) for s in story.sentences]
    evidence = pair_evidence(story, support_map(story, params.support_threshold), quantities, params)
    rules = [(f"F:{f.id}", f.match) for f in gold.facts] + [(f"S:{f.id}", f.match) for f in gold.single_source]
    tags = [{name for name, rule in rules if matches(rule, s.text)} for s in story.sentences]
    rows, labels = [], []
    for k, (i, j) in enumerate(evidence.pairs):
        if tags[i] and tags[j]:
            rows.append(evidence.rows[k])
            labels.append(int(any(t.startswith("F:") for t in tags[i] & tags[j])))
    return np.array(rows).reshape(-1, len(story_pairs.NAMES)), np.array(labels, dtype=int)


def tune(path: Path, keep_threshold: float) -> str:
    """Fit on every tune story, write the model to ``path``, and return the figures as text."""
    from sklearn.metrics import average_precision_score, roc_auc_score

    from newsfuse.align import story_pairs
    from newsfuse.nlp import Models
    from newsfuse.options import Options

    options = Options()
    # every candidate pair: the product skips the paraphrase features of pairs the story model
    # cannot join ("story"); the fit must see them all, so the evidence is built as for "learned"
    options = replace(options, align=replace(options.align, same_fact="learned"))
    models = Models(options)
    data = {g.id: labelled_pairs(g, options, models) for g in load_all("tune")}
    ids = sorted(data)
    held_out = [
        story_pairs.probability(data[held][0], story_pairs.fit(rows, labels)) for held, rows, labels in folds(data)
    ]
    rows = np.vstack([data[i][0] for i in ids])
    labels = np.concatenate([data[i][1] for i in ids])
    scores = {
        "story model (leave one story out)": np.concatenate(held_out),
        "mrpc logit": rows[:, 0],
        "cosine": rows[:, 1],
    }
    lines = [
        f"{len(ids)} tune stories, {len(labels)} labelled pairs, {int(labels.sum())} same fact",
        f"system AUC AP same@{keep_threshold} different@{keep_threshold}",
    ]
    story_model = "story model (leave one story out)"
    for name, value in scores.items():
        line = f"{name}: {roc_auc_score(labels, value):.3f} {average_precision_score(labels, value):.3f}"
        if name == story_model:  # the other two have no threshold of their own here
            same, different = at_threshold(value, labels, keep_threshold)
            line += f" {same} {different}"
        lines.append(line)
    fitted = story_pairs.fit(rows, labels)
    fitted["threshold"] = keep_threshold
    stories, check_rows, check_labels = check_set_pairs(options, models)
    if stories and 0 < int(check_labels.sum()) < len(check_labels):
        check = story_pairs.probability(check_rows, fitted)
        same, different = at_threshold(check, check_labels, keep_threshold)
        lines.append(
            f"{'+'.join(CHECK_SETS)}: {stories} stories, {len(check_labels)} labelled pairs, "
            f"{int(check_labels.sum())} same fact; story model fitted on every tune story: "
            f"{roc_auc_score(check_labels, check):.3f} {average_precision_score(check_labels, check):.3f} "
            f"{same} {different}"
        )
    # the pair filter's optimistic paraphrase logit (story_pairs.HIGH_PARAPHRASE_LOGIT), re-derived
    reach = story_pairs.probability(rows, fitted) >= story_pairs.HOPELESS
    lines.append(
        f"mrpc logit of same-fact pairs, 99th percentile: {np.percentile(rows[labels == 1, 0], 99):.2f}; "
        f"largest logit a pair reaching P >= {story_pairs.HOPELESS} needs: "
        f"{story_pairs.needed_logit(rows[reach], fitted).max(initial=-np.inf):.2f} "
        f"(HIGH_PARAPHRASE_LOGIT {story_pairs.HIGH_PARAPHRASE_LOGIT})"
    )
    path.write_text(json.dumps(fitted, indent=2) + "\n", encoding="utf-8")
    lines.append(f"wrote {path} (threshold {keep_threshold})")
    return "\n".join(lines)


def folds(data: dict[str, tuple[np.ndarray, np.ndarray]]) -> Iterator[tuple[str, np.ndarray, np.ndarray]]:
    """Per story id (sorted), the feature rows and labels of every *other* story: what its held-out model is
    fitted on."""
    ids = sorted(data)
    for held in ids:
        others = [i for i in ids if i != held]
        rows = np.vstack([data[i][0] for i in others])
        labels = np.concatenate([data[i][1] for i in others])
        yield held, rows, labels


STORY_PAIRS_OVERRIDE = "NEWSFUSE_STORY_PAIRS_WEIGHTS"


@contextmanager
def held_out_model(fitted: dict[str, Any]) -> Iterator[None]:
    """The product's story pair model is ``fitted`` inside the block (through the override variable the model
    reads, ``story_pairs.model``), and whatever it was before after it."""
    from newsfuse.align import story_pairs

    before = os.environ.get(STORY_PAIRS_OVERRIDE)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story_pairs.json"
        path.write_text(json.dumps(fitted), encoding="utf-8")
        os.environ[STORY_PAIRS_OVERRIDE] = str(path)
        story_pairs.model.cache_clear()
        try:
            yield
        finally:
            if before is None:
                os.environ.pop(STORY_PAIRS_OVERRIDE, None)
            else:
                os.environ[STORY_PAIRS_OVERRIDE] = before
            story_pairs.model.cache_clear()


def leave_one_out(verbose: bool = False) -> str:
    """The bench's table for the tune stories, each briefed with a story pair model fitted on the others
    (the shipped decision threshold kept); never a ``report`` story."""
    from bench.facts import COLUMNS, Counts, row, score
    from newsfuse.align import story_pairs
    from newsfuse.nlp import Models
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.render.json import brief_to_dict

    options = Options()
    learned = replace(options, align=replace(options.align, same_fact="learned"))  # every candidate pair, as tune()
    models = Models(options)
    golds = {g.id: g for g in load_all("tune")}
    data = {gid: labelled_pairs(g, learned, models) for gid, g in golds.items()}
    threshold = story_pairs.threshold()
    total, lines = Counts(), []
    for held, rows, labels in folds(data):
        fitted = story_pairs.fit(rows, labels)
        fitted["threshold"] = threshold
        with held_out_model(fitted):
            brief = brief_to_dict(brief_from_documents(raw_documents(golds[held]), options, models))
        counts = score(golds[held], brief)
        total.add(counts)
        lines.append(row("  leave-one-out", held, counts))
    return "\n".join([COLUMNS, row("leave-one-out", "tune", total), *(lines if verbose else [])])

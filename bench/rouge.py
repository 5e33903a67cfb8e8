"""`newsfuse bench rouge`: ROUGE of newsfuse's summary against Multi-News human references,
beside Lead, LexRank, TextRank and centroid-MMR run on the same clusters and sentences.

Scoring follows the literature: each system fills a 250-word budget from its ranking, the last
sentence it adds is cut so the summary is exactly 250 words, and rouge-score F1 with stemming
is averaged over clusters. Weights are fitted (``--tune``) on clusters 0-124 only; figures are
printed for 0-124 (tuning split), 125-249 (held out) and all.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bench.baselines import BASELINES
from bench.data import Cluster, analysed_stories
from bench.readability import counts as readability_counts
from bench.readability import not_people
from newsfuse.align import align
from newsfuse.nlp import Models
from newsfuse.nlp.clarity import display_text
from newsfuse.nlp.models import Parser
from newsfuse.options import Options
from newsfuse.records import AnalysedStory
from newsfuse.summarize.features import NAMES, feature_matrix
from newsfuse.summarize.repeats import repeated_pairs
from newsfuse.summarize.select import choose

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

BUDGET = 250
METRICS = ("rouge1", "rouge2", "rougeL")
TUNE_SPLIT = 125  # clusters [0, 125) tune, [125, 250) are held out


@dataclass
class Scores:
    """Per system, per cluster: (R1, R2, RL) F1 x 100."""

    by_system: dict[str, list[tuple[float, float, float]]] = field(default_factory=dict)
    cluster_ids: list[str] = field(default_factory=list)
    sentences: dict[str, list[list[str]]] = field(default_factory=dict)  # per system, per cluster
    # per cluster: one-word names that are no person's bare surname (bench/readability.py ``not_people``)
    known: list[set[str]] = field(default_factory=list)
    # per cluster: its articles' sentences, one list per article (bench/readability.py ``continued``: a sentence
    # shown right after the one before it in its article does not need context)
    sources: list[list[list[str]]] = field(default_factory=list)

    def mean(self, system: str, rows: Iterable[int] | None = None) -> tuple[float, float, float]:
        values = self.by_system[system]
        picked = [values[i] for i in rows] if rows is not None else values
        if not picked:
            return (0.0, 0.0, 0.0)
        a = np.array(picked)
        return (float(a[:, 0].mean()), float(a[:, 1].mean()), float(a[:, 2].mean()))


def fill_budget(
    story: AnalysedStory, order: list[int], budget: int, display_key: Callable[[int], object] | None = None
) -> list[str]:
    """Sentences from ``order`` until ``budget`` words; the last one added is cut to fit exactly.
    The chosen sentences are returned in ``display_key`` order (story order by default)."""
    picked: list[tuple[int, list[str]]] = []
    used = 0
    for i in order:
        words = display_text(story.sentences[i].text).split()
        if used + len(words) >= budget:
            picked.append((i, words[: budget - used]))
            break
        picked.append((i, words))
        used += len(words)
    picked.sort(key=lambda p: display_key(p[0]) if display_key else p[0])  # type: ignore[return-value,arg-type]
    return [" ".join(words) for _, words in picked]


def newsfuse_summary(
    story: AnalysedStory, options: Options, budget: int = BUDGET, parse: Parser | None = None
) -> list[str]:
    """The summary ``brief`` would write (same choice, lede and order), filled to exactly
    ``budget`` words: the last sentence is cut, as every baseline's is."""
    copy_of = {a.id: a.copy_of for a in story.articles}
    alignment = align(story, options)
    chosen = choose(story, alignment.units, options, copy_of, budget, exact=True, graph=alignment.graph, parse=parse)
    return [text for _, text in chosen]


def needs_context_share(sentences: list[list[str]]) -> tuple[int, int]:
    """(sentences that open with a pronoun/demonstrative or end in an unnamed "he said", all
    sentences), by the bench's own scorer (``bench.readability``, not the product's rule); a
    sentence cut by the budget is counted only when it is 6 words or more."""
    bad, total, _names = readability_counts(sentences)
    return bad, total


def briefs_with_repeats(sentences: list[list[str]]) -> int:
    return sum(1 for summary in sentences if repeated_pairs(summary))


def score_clusters(
    pairs: Iterable[tuple[Cluster, AnalysedStory | None]],
    options: Options,
    systems: Iterable[str] = ("newsfuse", *BASELINES),
    budget: int = BUDGET,
    parse: Parser | None = None,
) -> Scores:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    names = list(systems)
    scores = Scores(by_system={name: [] for name in names}, sentences={name: [] for name in names})
    for cluster, story in pairs:
        scores.cluster_ids.append(cluster.id)
        scores.known.append(
            not_people(((e.name, e.type, e.aliases) for e in story.entities), [s.text for s in story.sentences])
            if story is not None
            else set()
        )
        scores.sources.append(
            [[story.sentences[i].text for i in story.by_article(a.id)] for a in story.articles]
            if story is not None
            else []
        )
        for name in names:
            if story is None or not story.sentences:
                scores.by_system[name].append((0.0, 0.0, 0.0))
                scores.sentences[name].append([])
                continue
            if name == "newsfuse":
                summary = newsfuse_summary(story, options, budget, parse)
            else:
                summary = fill_budget(story, BASELINES[name](story), budget)
            scores.sentences[name].append(summary)
            result = scorer.score(cluster.reference, " ".join(summary))
            r1, r2, rl = (100 * result[m].fmeasure for m in METRICS)
            scores.by_system[name].append((r1, r2, rl))
    return scores


def report(scores: Scores, split: int | None = TUNE_SPLIT) -> str:
    """A plain-text table: one row per system, R1/R2/RL for each split (``split`` counts from the
    first cluster scored), then the readability of the held-out rows (or all) by the bench's own
    scorer: sentences that need context, people first named by a bare surname or age, briefs with a
    repeated fact or quotation."""
    n = len(scores.cluster_ids)
    first = scores.cluster_ids[0].rsplit("-", 1)[-1] if n else "0"
    last = scores.cluster_ids[-1].rsplit("-", 1)[-1] if n else "0"
    splits: list[tuple[str, list[int]]] = [(f"rows {first}-{last} ({n})", list(range(n)))]
    if split is not None and n > split:
        splits = [(f"0-{split - 1} tune", list(range(split))), (f"{split}-{n - 1} held out", list(range(split, n)))]
        splits.append((f"all ({n})", list(range(n))))
    header = f"{'system':<20}" + "".join(f"{label:>26}" for label, _ in splits)
    lines = [header, f"{'':<20}" + "".join(f"{'R1 / R2 / RL':>26}" for _ in splits)]
    for name in scores.by_system:
        cells = []
        for _, rows in splits:
            r1, r2, rl = scores.mean(name, rows)
            cells.append(f"{r1:6.2f} / {r2:5.2f} / {rl:5.2f}".rjust(26))
        lines.append(f"{name:<20}" + "".join(cells))
    held = list(range(split, n)) if split is not None and n > split else list(range(n))
    label = splits[1][0] if len(splits) > 1 else splits[0][0]
    lines += ["", f"readability ({label}; bench/readability.py, not the product's rule):"]
    # "needs context" accepts a sentence shown right after the one before it in its article (readability.continued);
    # "dangling" counts every pronoun opener and unnamed "he said", as issue 14's goal is worded
    lines.append(
        f"{'system':<20}{'needs context':>22}{'dangling':>22}{'names not introduced':>22}{'briefs with a repeat':>24}"
    )
    for name, per_cluster in scores.sentences.items():
        summaries = [per_cluster[i] for i in held]
        known = [scores.known[i] for i in held] if scores.known else None
        bad, total, names = readability_counts(
            summaries, known=known, sources=[scores.sources[i] for i in held] if scores.sources else None
        )
        dangling, _, _ = readability_counts(summaries, known=known)
        share = f"{100 * bad / max(1, total):.1f} % ({bad}/{total})"
        any_share = f"{100 * dangling / max(1, total):.1f} % ({dangling})"
        repeats = briefs_with_repeats(summaries)
        lines.append(f"{name:<20}{share:>22}{any_share:>22}{names:>22}{repeats:>18} / {len(held)}")
    return "\n".join(lines)


# ---- tuning ---------------------------------------------------------------------------------


def _ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[k : k + n]) for k in range(len(tokens) - n + 1)}


def sentence_targets(story: AnalysedStory, reference: str) -> np.ndarray:
    """How much of each sentence is in the reference: unigram and (double-weighted) bigram
    precision with rouge-score's own tokenizer and stemmer. With a fixed word budget, the
    densest sentences maximise ROUGE (this beat a logistic fit to greedy-oracle labels by
    0.1-0.4 R1 on both splits; see docs/synthesis.md)."""
    from rouge_score import tokenizers

    tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)
    ref = tokenizer.tokenize(reference)
    ref1, ref2 = _ngrams(ref, 1), _ngrams(ref, 2)
    targets = np.zeros(len(story.sentences))
    for i, s in enumerate(story.sentences):
        tokens = tokenizer.tokenize(display_text(s.text))
        if len(tokens) < 2:
            continue
        p1 = len([t for t in tokens if (t,) in ref1]) / len(tokens)
        p2 = len([g for g in itertools.pairwise(tokens) if g in ref2]) / (len(tokens) - 1)
        targets[i] = 0.5 * p1 + p2
    return targets


def fit_weights(pairs: Iterable[tuple[Cluster, AnalysedStory | None]], options: Options) -> dict[str, Any]:
    """Ridge regression of sentence targets on the ranking features (tuning split only)."""
    from sklearn.linear_model import Ridge

    rows: list[np.ndarray] = []
    targets: list[np.ndarray] = []
    for cluster, story in pairs:
        if story is None or not story.sentences:
            continue
        copy_of = {a.id: a.copy_of for a in story.articles}
        alignment = align(story, options)
        rows.append(feature_matrix(story, alignment.units, copy_of, alignment.graph))
        targets.append(sentence_targets(story, cluster.reference))
    model = Ridge(alpha=1.0).fit(np.vstack(rows), np.concatenate(targets))
    return {
        "weights": {name: round(float(w), 4) for name, w in zip(NAMES, model.coef_, strict=True)},
        "intercept": round(float(model.intercept_), 4),
        "link": "linear",
    }


def write_weights(model: dict[str, Any], note: str, target: Path) -> Path:
    target.write_text(json.dumps({"note": note, **model}, indent=2) + "\n", encoding="utf-8")
    return target


def run(
    clusters: list[Cluster],
    options: Options,
    models: Models,
    systems: Iterable[str] = ("newsfuse", *BASELINES),
    split: int | None = TUNE_SPLIT,
) -> tuple[Scores, str]:
    scores = score_clusters(analysed_stories(clusters, options, models), options, systems, parse=models.parse)
    return scores, report(scores, split)


def main(limit: int | None = None, tune: Path | None = None, start: int = 0) -> str:
    """What `newsfuse bench rouge` prints; with ``tune`` the weights are refitted first, written to
    that path (never into the installed package) and used for the scores printed below."""
    from bench.data import multinews
    from newsfuse.summarize import features

    options = Options()
    models = Models(options)
    clusters = multinews(limit=limit, start=start)
    pairs = list(analysed_stories(clusters, options, models))
    lines = []
    if tune:
        if start:
            raise ValueError("--tune fits on rows 0-124: use it without --start")
        weights = fit_weights(pairs[:TUNE_SPLIT], options)
        path = write_weights(
            weights, f"fitted by `newsfuse bench rouge --tune` on Multi-News clusters 0-{TUNE_SPLIT - 1}", tune
        )
        os.environ["NEWSFUSE_SUMMARY_WEIGHTS"] = str(path)
        features.model.cache_clear()
        lines.append(f"weights written to {path}: {weights}")
    scores = score_clusters(pairs, options, parse=models.parse)
    lines.append(report(scores, TUNE_SPLIT if not start and len(pairs) > TUNE_SPLIT else None))
    return "\n".join(lines)

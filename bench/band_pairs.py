"""Hand-labelled sentence pairs from the same-fact decision's unsure band, on stories the gold does not cover.

Stop 45 found that 26 of the 47 multi-source gold facts the brief loses have their best pair of outlets' sentences
at a story-model P of 0.6-0.9 (the unit threshold is 0.9): the same news in other words. Before any decision for
that band is tuned, ``bench/gold/band_pairs.jsonl`` holds 277 pairs of it read by hand (stop 46), from stories no
gold file and no fitted model has seen: Multi-News validation rows 0-99 that are not gold stories (3 pairs a
story, drawn at random from its band) and BASIL 2014 ``ccf19ab6`` (20 pairs). Each pair is two sentences of two
different outlets whose product P (``story_pairs.probability`` over ``units.pair_evidence``, product options)
was in [0.6, 0.9) when labelled, and its label is one of:

- ``same``: both tell the same fact ("Pally was hit by a UConn Fire vehicle" / "Pally was struck and killed by
  the fire department vehicle");
- ``part``: one tells part of what the other does, or both tell one event with different details;
- ``different``: two facts, however close the subject.

Stories are split by a hash of their id: ``test`` (122 pairs of 38 stories, the BASIL one among them) is the untouched
part the reported figures come from; ``tune`` (155) is what a decision may be fitted on.

No article text is stored: a sentence is its source (S-id, numbered as the brief numbers them) and the first 16
hex digits of the SHA-1 of its text as the product splits it; the documents are read from ``../shared`` and
analysed through the product path each time. ``python -m bench.band_pairs`` checks that every pair is found and
scores the candidate decisions on a split (``--split test|tune|all``): ROC AUC and average precision for
``same`` against the rest and for ``same``/``part`` against ``different``, and the pairs each decision keeps at
a few cuts with their labels.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.facts_gold import _basil, _multinews_rows
from newsfuse.records import RawDocument

LABELS_FILE = Path(__file__).resolve().parent / "gold" / "band_pairs.jsonl"
LABELS = ("same", "part", "different")
SPLITS = ("tune", "test")
BAND = (0.6, 0.9)


@dataclass(frozen=True)
class Side:
    source: str  # S-id of the outlet, as the brief numbers it
    sha1: str  # first 16 hex digits of the SHA-1 of the sentence text


@dataclass(frozen=True)
class BandPair:
    story: str
    origin: dict[str, Any]
    split: str
    a: Side
    b: Side
    p: float  # product P when labelled
    label: str


def sentence_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def load(path: Path = LABELS_FILE) -> list[BandPair]:
    """Every labelled pair, checked for shape: a known label and split, two different outlets, P in the band."""
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        raw = json.loads(line)
        pair = BandPair(
            story=raw["story"],
            origin=raw["origin"],
            split=raw["split"],
            a=Side(**raw["a"]),
            b=Side(**raw["b"]),
            p=float(raw["p"]),
            label=raw["label"],
        )
        if pair.label not in LABELS or pair.split not in SPLITS:
            raise ValueError(f"{path.name}:{number}: label must be one of {LABELS}, split one of {SPLITS}")
        if pair.a.source == pair.b.source or not BAND[0] <= pair.p < BAND[1]:
            raise ValueError(f"{path.name}:{number}: a pair is two outlets' sentences with P in the band {BAND}")
        pairs.append(pair)
    return pairs


def raw_documents(origin: dict[str, Any]) -> list[RawDocument]:
    """The story's documents as the product receives them (the gold set's construction, bench/facts_gold.py)."""
    if origin["kind"] == "multinews":
        row = int(origin["row"])
        return [RawDocument(path=f"multinews-{row}/{k}", text=t) for k, t in enumerate(_multinews_rows()[row])]
    if origin["kind"] == "basil":
        return _basil(origin)
    raise ValueError(f"unknown origin kind {origin['kind']!r}")


@dataclass
class Resolved:
    pair: BandPair
    a: str
    b: str
    p: float  # the product's P today (0 when the pair is no longer a candidate)


def resolve(pairs: Sequence[BandPair]) -> tuple[list[Resolved], list[str]]:
    """The pairs' sentences and today's product P, story by story; and the pairs not found (a sentence of
    that source with that hash is missing: the splitter or the cleaner changed)."""
    import numpy as np

    from newsfuse.align import story_pairs
    from newsfuse.align.numbers import find_quantities
    from newsfuse.align.support import support_map
    from newsfuse.align.units import pair_evidence
    from newsfuse.nlp import Models
    from newsfuse.options import Options
    from newsfuse.pipeline import story_from_documents

    options = Options()
    models = Models(options)
    found: list[Resolved] = []
    missing: list[str] = []
    for story_id in sorted({p.story for p in pairs}):
        mine = [p for p in pairs if p.story == story_id]
        story = story_from_documents(raw_documents(mine[0].origin), options, models, [])
        where = {(s.article_id, sentence_key(s.text)): k for k, s in enumerate(story.sentences)}
        quantities = [find_quantities(s.text) for s in story.sentences]
        params = options.align
        evidence = pair_evidence(story, support_map(story, params.support_threshold), quantities, params)
        scores = story_pairs.probability(evidence.rows) if evidence.pairs else np.zeros(0)
        known = {pair: float(scores[k]) for k, pair in enumerate(evidence.pairs)}
        for p in mine:
            i, j = where.get((p.a.source, p.a.sha1)), where.get((p.b.source, p.b.sha1))
            if i is None or j is None:
                missing.append(f"{story_id} {p.a.source}:{p.a.sha1} / {p.b.source}:{p.b.sha1}")
                continue
            now = known.get((min(i, j), max(i, j)), 0.0)
            found.append(Resolved(p, story.sentences[i].text, story.sentences[j].text, now))
    return found, missing


def roc_auc(scores: Sequence[float], positive: Sequence[bool]) -> float:
    """The chance that a positive pair outscores a negative one (ties count half)."""
    pos = [s for s, y in zip(scores, positive, strict=True) if y]
    neg = [s for s, y in zip(scores, positive, strict=True) if not y]
    if not pos or not neg:
        return math.nan
    wins = sum((x > y) + 0.5 * (x == y) for x in pos for y in neg)
    return wins / (len(pos) * len(neg))


def average_precision(scores: Sequence[float], positive: Sequence[bool]) -> float:
    order = sorted(range(len(scores)), key=lambda k: -scores[k])
    hits, total = 0, 0.0
    for rank, k in enumerate(order, start=1):
        if positive[k]:
            hits += 1
            total += hits / rank
    return total / hits if hits else math.nan


Decision = Callable[[list[Resolved]], list[float]]


def _cross_encoder(rows: list[Resolved]) -> list[float]:
    from newsfuse.align.pair_model import shared

    return [float(x) for x in shared().logits([(r.a, r.b) for r in rows])]


DECISIONS: dict[str, tuple[Decision, tuple[float, ...]]] = {
    "product P": (lambda rows: [r.p for r in rows], (0.7, 0.8, 0.85)),
    "cross-encoder logit (both orders)": (_cross_encoder, (-1.0, 0.0, 1.0)),
}


def report(rows: list[Resolved]) -> list[str]:
    counts = Counter(r.pair.label for r in rows)
    lines = [f"pairs {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))]
    same = [r.pair.label == "same" for r in rows]
    told = [r.pair.label != "different" for r in rows]
    lines.append("decision  AUC(same)  AP(same)  AUC(same+part)  AP(same+part)  kept at cuts: same/part/different")
    for name, (decide, cuts) in DECISIONS.items():
        scores = decide(rows)
        kept = []
        for cut in cuts:
            labels = Counter(r.pair.label for r, s in zip(rows, scores, strict=True) if s >= cut)
            kept.append(f">={cut:g}: {labels['same']}/{labels['part']}/{labels['different']}")
        lines.append(
            f"{name}  {roc_auc(scores, same):.3f}  {average_precision(scores, same):.3f}  "
            f"{roc_auc(scores, told):.3f}  {average_precision(scores, told):.3f}  " + "; ".join(kept)
        )
    return lines


def chosen_split(prog: str, doc: str, argv: Sequence[str] | None) -> str:
    """The ``--split`` of a labelled-pairs bench's command line (this one and bench/above_pairs.py): tune, test or
    all."""
    parser = argparse.ArgumentParser(prog=prog, description=doc.split("\n\n")[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="test")
    return str(parser.parse_args(argv).split)


def print_report(lines: list[str], missing: list[str]) -> int:
    """Each pair not found, then the report; exit status 1 when a pair was not found."""
    for line in missing:
        print("not found:", line)
    for line in lines:
        print(line)
    return 1 if missing else 0


def main(argv: Sequence[str] | None = None) -> int:
    split = chosen_split("python -m bench.band_pairs", __doc__ or "", argv)
    rows, missing = resolve([p for p in load() if split in ("all", p.split)])
    return print_report(report(rows), missing)


if __name__ == "__main__":
    raise SystemExit(main())

"""Where each real disagreement of the tune halves is lost, pooled over every labelled set (issue 12 item 4; stop 59).

``bench.conflict_set`` and ``newsfuse bench facts`` say how many real disagreements a brief shows; not where the
others went. This bench follows each real tune item (conflicts52, 54, 57 and 58 tune halves, gold tune's conflicts)
through the stages of ``align.conflicts.find_conflicts`` and names the first stage it does not pass:

- ``no side``: a side's rule matches no sentence of its documents as the product splits them;
- ``no pair``: no sentence of one side and one of another, from two independent sources, read at least
  ``AlignOptions.conflict_min_similarity`` alike (the floor of the generic figures and of the non-number rules);
- ``nothing read``: such a pair exists, but no reading gives both sentences a value of one kind (a figure of one
  slot, a day or date, a place, a time of day, a rank);
- ``refused``: both sentences read a value of one kind, and no conflict ``find_conflicts`` emits carries the item
  (a guard, a floor or a family dropped it);
- ``after``: ``find_conflicts`` emits it on the whole story, the brief does not show it (the main story's
  restriction, the render);
- ``found``: the brief shows it.

Stage names say what a real item met, not why (the ``--verbose`` lines give the best pair and what was read on each
side, to trace by hand). The stories are analysed once and kept under ``NEWSFUSE_BENCH_CACHE`` when it is set (the
key is the documents' text, as ``bench.data``).

``python -m bench.conflict_stages [--split tune|report] [--label real|look-alike] [--verbose]``

``report`` is the kept halves, which only the lead runs, once, at the end of a stop; ``--verbose`` lists the tune
half's items only, as ``bench.conflict_set`` does. ``--label look-alike`` traces the look-alikes (and gold's
non-conflicts) instead: where each is stopped, "found" / "after" being a false conflict emitted.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.conflict_set import LABELS, _cluster, load
from bench.facts import conflict_matches
from bench.facts_gold import GoldCluster, GoldConflict, load_all, matches, raw_documents

GOLD_DIR = Path(__file__).resolve().parent / "gold"
SETS = ("conflicts52", "conflicts54", "conflicts57", "conflicts58")
STAGES = ("no side", "no pair", "nothing read", "refused", "after", "found")


@dataclass
class Traced:
    """One real item and the first stage it did not pass."""

    set: str
    id: str
    stage: str
    similarity: float | None = None  # the best cross-source pair of its sides
    pair: tuple[str, str] = ("", "")
    read: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def real_items(split: str = "tune", label: str = "real") -> list[tuple[str, GoldCluster, GoldConflict]]:
    """(set name, the story as a gold cluster, the item) for every item of ``split`` and ``label``, every set; a
    look-alike of gold is one of its clusters' ``non_conflicts``."""
    out = []
    for name in SETS:
        for item in load(GOLD_DIR / f"{name}.jsonl", split):
            if item.label == label:
                out.append((name, _cluster(item), item.as_conflict()))
    for cluster in load_all(split):
        given = cluster.conflicts if label == "real" else cluster.non_conflicts
        out += [("gold", cluster, conflict) for conflict in given]
    return out


def _analysed(cluster: GoldCluster, options: Any, models: Any) -> Any:
    from newsfuse.pipeline import story_from_documents

    documents = raw_documents(cluster)
    cache = os.environ.get("NEWSFUSE_BENCH_CACHE")
    key = hashlib.sha256("\x00".join(d.text for d in documents).encode()).hexdigest()[:24]
    target = Path(cache) / f"stages-{key}.pkl" if cache else None
    if target is not None and target.exists():
        return pickle.loads(target.read_bytes())
    story = story_from_documents(documents, options, models, [])
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pickle.dumps(story))
    return story


def readings(story: Any, units: Any, i: int) -> frozenset[str]:
    """The kinds of value the product's readers find in sentence ``i``: a figure's slot ("count:death"), "day"
    (a day or month date), "place", "clock" (a time of day), "rank:<thing>"."""
    from newsfuse.align.conflicts import slot_of
    from newsfuse.align.places import _PLACE_LABELS, _POSSESSIVE, places_in
    from newsfuse.align.units import clock_times, ordinals

    sentence = story.sentences[i]
    text = sentence.text
    kinds = {slot_of(q, text) for q in units.quantities[i]}
    if any(
        d.article_id == sentence.article_id and d.sentence_index == sentence.index and d.granularity in ("day", "month")
        for d in story.dates
    ):
        kinds.add("day")
    known = frozenset(_POSSESSIVE.sub("", m.text) for m in story.mentions if m.label in _PLACE_LABELS)
    if places_in(text, known):
        kinds.add("place")
    if clock_times(text):
        kinds.add("clock")
    kinds.update(f"rank:{q.noun}" for q in ordinals(text))
    return frozenset(kinds)


class Staged:
    """One story through the stages: its support, units and conflicts made once; its brief made when first asked."""

    def __init__(self, story: Any, options: Any, models: Any) -> None:
        from newsfuse.align.conflicts import find_conflicts
        from newsfuse.align.support import support_map
        from newsfuse.align.units import build_units

        self.story, self.options, self.models = story, options, models
        params = options.align
        self.support = support_map(story, params.support_threshold)
        self.units = build_units(story, self.support, params)
        found = find_conflicts(story, self.support, self.units, params, parse=models.parse)
        self.emitted = [
            {"claims": [{"text": c.text, "value": c.value, "sources": list(c.sources)} for c in f.claims]}
            for f in found.conflicts
        ]
        self._shown: list[dict[str, Any]] | None = None

    def shown(self) -> list[dict[str, Any]]:
        """The conflicts the brief shows."""
        from newsfuse.pipeline import brief_from_story
        from newsfuse.render.json import brief_to_dict

        if self._shown is None:
            self._shown = brief_to_dict(brief_from_story(self.story, self.options, self.models, []))["conflicts"]
        return self._shown


def trace(staged: Staged, conflict: GoldConflict, set_name: str = "") -> Traced:
    """The first stage ``conflict`` does not pass on ``staged``'s story (see the module doc)."""
    story, floor = staged.story, staged.options.align.conflict_min_similarity
    sentences = story.sentences
    sides = [
        [i for i, s in enumerate(sentences) if s.article_id in side.sources and matches(side.match, s.text)]
        for side in conflict.sides
    ]
    best: tuple[float, int, int] | None = None
    for a in range(len(sides)):
        for b in range(a + 1, len(sides)):
            for x in sides[a]:
                for y in sides[b]:
                    if sentences[x].article_id != sentences[y].article_id:
                        pair = (float(staged.support.similarity[x, y]), x, y)
                        best = pair if best is None or pair[0] > best[0] else best
    if best is None:
        return Traced(set_name, conflict.id, "no side")
    similarity, x, y = best
    read = (readings(story, staged.units, x), readings(story, staged.units, y))
    traced = Traced(set_name, conflict.id, "", similarity, (sentences[x].text, sentences[y].text), read)
    if not any(conflict_matches(e, conflict) for e in staged.emitted):
        traced.stage = "no pair" if similarity < floor else "refused" if read[0] & read[1] else "nothing read"
    else:
        traced.stage = "found" if any(conflict_matches(e, conflict) for e in staged.shown()) else "after"
    return traced


def report(split: str = "tune", verbose: bool = False, label: str = "real") -> str:
    """The stage table of ``label``'s items; for look-alikes "found" and "after" are conflicts emitted (false)."""
    from newsfuse.nlp import Models
    from newsfuse.options import Options

    options = Options()
    models = Models(options)
    stories: dict[str, Staged] = {}
    traced = []
    for set_name, cluster, conflict in real_items(split, label):
        key = repr(sorted(cluster.origin.items()))
        if key not in stories:
            stories[key] = Staged(_analysed(cluster, options, models), options, models)
        traced.append(trace(stories[key], conflict, set_name))
    lines = ["stage " + " ".join(SETS) + " gold all"]
    for stage in STAGES:
        counts = Counter(t.set for t in traced if t.stage == stage)
        lines.append(
            f"{stage.replace(' ', '_')} "
            + " ".join(str(counts[s]) for s in (*SETS, "gold"))
            + f" {sum(counts.values())}"
        )
    if verbose and split == "tune":
        for t in traced:
            if t.stage == "found":
                continue
            lines.append(
                f"  {t.set} {t.id}: {t.stage}" + (f" (cosine {t.similarity:.2f})" if t.similarity is not None else "")
            )
            for text, read in zip(t.pair, t.read, strict=True):
                if text:
                    lines.append(f"    {sorted(read)} {text[:160]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=("tune", "report"),
        default="tune",
        help="tune (default); report: the kept halves, run by the lead once at a stop's end, never for tuning",
    )
    parser.add_argument("--verbose", action="store_true", help="each item not found: its stage, best pair, readings")
    parser.add_argument(
        "--label", choices=LABELS, default="real", help="look-alike: where the look-alikes stop (found: emitted, false)"
    )
    args = parser.parse_args(argv)
    print(report(args.split, args.verbose, args.label))


if __name__ == "__main__":
    main()

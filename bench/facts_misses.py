"""Where the brief loses a multi-source gold fact: every miss of ``bench facts`` classed by the stage that stops it.

``python -m bench.facts_misses [--leave-one-out]`` briefs every gold *tune* story (never a ``report`` one) through the
product path (with ``--leave-one-out``, each with the story pair model fitted on the other tune stories, as
``newsfuse bench facts --leave-one-out``), keeps the fact graph the align stage built (its items: claims, or the
sentences when none is split, and their units), and for each multi-source gold fact that no brief fact shows with two
of its documents (the bench's ``multi_shown``) names the stage (:func:`stage`):

- ``one outlet's telling is no item``: fewer than two documents have an item the fact's rule matches, though the
  raw documents do (cleaned away, or the rule spans two sentences); ``rule matches <2 documents``: not even those;
- for the best pair of matching items of two documents (one unit first, then the highest pair score):
  ``never scored`` (under the candidate cosine, or pruned as hopeless), ``scored < 0.5``, ``band`` (0.5 up to the
  unit threshold), ``above threshold, other units`` (one sentence per article per unit, or the average linkage, kept
  them apart);
- one unit: ``shown by a claim the rule does not match``, ``outlet dropped by the citation checks``, ``no fact of the
  JSON`` (``facts_of`` drops it).

Multi-as-single (a brief fact matching a multi-source gold fact listed ``single_source``) is classed per fact by its
single-source items, the first of: an outlet's telling alone, the fact not shown (the misses above); an outlet's
telling alone, the fact shown with others (a source-recall miss); an outlet the gold does not list (the rule matches
another fact of it); an outlet already cited for the fact (a second telling, or another fact of the same outlet the
rule matches). A single-source gold fact not listed single-source with its outlet is classed by :func:`lone_stage`
(stop 55): joined to another outlet's claim (by the lone-pair rule, or at the threshold), shown under another status,
cited to another outlet only, or alone and no fact of the JSON. Each miss is printed with its pair score and the two
items' first words (article text is printed, never stored). docs/synthesis.md, "Stop 52 — h-multi52", "Stop 55 —
h-multi55".
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bench.facts_gold import GOLD_DIR, GoldCluster, GoldItem, load_all, matches, raw_documents

HOPELESS = 0.5  # story_pairs.HOPELESS: the band's floor


def refusal(texts: Sequence[str], owner: Sequence[str], units: Any, cosine: Any, x: int, y: int, floor: float) -> str:
    """Which rule of ``units.build_units`` kept items ``x`` and ``y`` (two articles, two units) apart: for a pair at
    or above the threshold, the word floor, ``related``, one sentence per article or the average linkage; under it,
    a unit already holding one of them, or for two lone tellings the lone-pair rule's first condition that fails
    (``units._pair_alone``: the floor, each the other's closest, quotations, lengths, rare stems, a lower-case one).
    ``units``: the claim units (``similarity``, ``threshold``, ``units``, ``unit_of``); ``cosine``: the items'
    cosine matrix. Stop 59 (docs/synthesis.md, "Stop 59 — h-multi59") asked which guard refuses each miss."""
    from newsfuse.align import units as unit_rules

    sim, threshold = units.similarity, units.threshold
    left, right = units.units[units.unit_of[x]].members, units.units[units.unit_of[y]].members
    p = float(sim[x, y])

    def telling(k: int) -> bool:
        return len(unit_rules._content(texts[k])) >= unit_rules.MIN_FACT_WORDS

    if p >= threshold:
        if not (telling(x) and telling(y)) and not unit_rules.same_bare_figure(texts[x], texts[y]):
            return "word floor"
        if not unit_rules.related(texts[x], texts[y], float(cosine[x, y])):
            return "related"
        if {owner[k] for k in left} & {owner[k] for k in right}:
            return "one sentence per article"
        return "average linkage"
    if len(left) > 1 or len(right) > 1:
        return "one already in a unit"
    if p < floor:
        return "lone, under the lone-pair floor"
    n = len(texts)
    scores = [[0.0 if a == b else float(sim[a, b]) for b in range(n)] for a in (x, y)]
    closest_x = max((k for k in range(n) if owner[k] == owner[y]), key=lambda k: scores[0][k])
    closest_y = max((k for k in range(n) if owner[k] == owner[x]), key=lambda k: scores[1][k])
    if closest_x != y or closest_y != x:
        return "lone, not each other's closest"
    if not (telling(x) and telling(y)):
        return "lone, word floor"
    if unit_rules._OPENS_QUOTE.match(texts[x]) and unit_rules._OPENS_QUOTE.match(texts[y]):
        return "lone, two quotations"
    words = sorted(max(len(texts[k].split()), 1) for k in (x, y))
    if words[1] > unit_rules.MUTUAL_MAX_LENGTH_RATIO * words[0]:
        return "lone, lengths"
    stems = [unit_rules._stems_of(t) for t in texts]
    share = Counter(w for found in stems for w in found)
    rare = {w for w, k in share.items() if k <= unit_rules.MUTUAL_RARE_SHARE * n} & stems[x] & stems[y]
    if len(rare) < unit_rules.MUTUAL_MIN_RARE:
        return "lone, rare stems"
    lower = [
        {w for word in unit_rules._LOWER_WORD.findall(texts[k]) for w in unit_rules._stems_of(word)} for k in (x, y)
    ]
    return "lone, no lower-case rare stem" if not rare & lower[0] & lower[1] else "lone, passes the guard"


@dataclass
class Single:
    """A multi-source gold fact that a brief fact lists single-source: its class and the single item's first words."""

    story: str
    fact: str
    kind: str
    text: str


@dataclass
class Lone:
    """A gold single-source fact the brief does not list single-source with its outlet: its class, the outlet's item,
    and what it was joined to (the other article's closest unit member and their pair score)."""

    story: str
    fact: str
    kind: str
    text: str = ""
    partner: str = ""
    p: float | None = None


@dataclass
class Miss:
    story: str
    fact: str
    stage: str
    p: float | None = None
    texts: tuple[str, str] = ("", "")
    sizes: tuple[int, int] = (0, 0)  # the two items' unit sizes (1, 1: two lone tellings) and their words
    words: tuple[int, int] = (0, 0)
    guard: str = ""  # for a pair in two units, the rule that kept them apart (:func:`refusal`)


def stage(
    item_docs: int,
    raw_docs: int,
    pair: tuple[bool, float] | None,
    threshold: float,
    shown: tuple[bool, int, bool] | None = None,
) -> str:
    """The stage that stops a multi-source fact. ``item_docs``: documents with an item the rule matches; ``raw_docs``:
    documents whose raw text it matches; ``pair``: (one unit, pair score) of the best pair of matching items of two
    documents; ``shown``: for a pair in one unit, (the fact's shown claim matches the rule, gold documents it cites,
    it is a fact of the JSON)."""
    if item_docs < 2 or pair is None:
        return "one outlet's telling is no item" if raw_docs >= 2 else "rule matches <2 documents"
    together, p = pair
    if together:
        rep_matches, cited, listed = shown if shown is not None else (True, 0, True)
        if not listed:
            return "no fact of the JSON"
        if not rep_matches:
            return "shown by a claim the rule does not match"
        return "outlet dropped by the citation checks" if cited < 2 else "shown"
    if p >= threshold:
        return "above threshold, other units"
    if p >= HOPELESS:
        return "band"
    return "scored < 0.5" if p > 0 else "never scored"


def single_stage(doc: str, gold_docs: set[str], cited_for_fact: set[str]) -> str:
    """Why a single-source item matches a multi-source gold fact (the item of outlet ``doc``; ``cited_for_fact``: the
    documents of the brief facts that show it with two of its documents, empty when none does)."""
    if doc not in gold_docs:
        return "an outlet the gold does not list"
    if doc in cited_for_fact:
        return "an outlet already cited for the fact"
    return (
        "an outlet's telling alone, the fact shown"
        if cited_for_fact
        else "an outlet's telling alone, the fact not shown"
    )


SINGLE_ORDER = (
    "an outlet's telling alone, the fact not shown",
    "an outlet's telling alone, the fact shown",
    "an outlet the gold does not list",
    "an outlet already cited for the fact",
)


LONE_ORDER = (
    "joined by the lone-pair rule",
    "joined at or above the threshold",
    "shown with its outlet, not single-source",
    "cited to another outlet only",
    "alone, no fact of the JSON",
    "rule matches no item of its outlet",
)


def lone_stage(gold: GoldCluster, fact: GoldItem, brief: dict[str, Any], cap: Capture) -> Lone | None:
    """Why a single-source gold fact is not listed single-source with its outlet, or None when it is: its outlet's
    item (the one a brief fact shows, else the first the rule matches) joined another article's (by
    ``units._pair_alone``, whose joined pairs score exactly the threshold, or at the threshold), a brief fact showing it
    with its outlet under another status, only other outlets cited, or its item alone and no fact of the JSON."""
    doc = fact.sources[0]
    hits = [f for f in brief["facts"] if matches(fact.match, f["text"])]
    if any(f["status"] == "single_source" and doc in f["sources"] for f in hits):
        return None
    items, units, graph = cap.items, cap.units, cap.alignment.graph
    found = [n for n, s in enumerate(items.sentences) if s.article_id == doc and matches(fact.match, s.text)]
    if not found:
        return Lone(gold.id, fact.id, LONE_ORDER[5])
    shown_ids = {f["id"] for f in hits}
    x = next((n for n in found if graph.facts[graph.fact_of_claim[n]].id in shown_ids), found[0])
    text = items.sentences[x].text[:100]
    others = [m for m in units.units[units.unit_of[x]].members if items.sentences[m].article_id != doc]
    if others:
        y = max(others, key=lambda m: float(units.similarity[x, m]))
        p = float(units.similarity[x, y])
        kind = LONE_ORDER[0] if abs(p - units.threshold) < 1e-9 else LONE_ORDER[1]
        return Lone(gold.id, fact.id, kind, text, items.sentences[y].text[:100], round(p, 3))
    if any(doc in f["sources"] for f in hits):
        status = next(f["status"] for f in hits if doc in f["sources"])
        return Lone(gold.id, fact.id, f"{LONE_ORDER[2]} ({status})", text)
    return Lone(gold.id, fact.id, LONE_ORDER[3] if hits else LONE_ORDER[4], text)


class Capture:
    """Keeps the last fact graph, its items and units that ``align`` built (the product's own objects)."""

    def __init__(self) -> None:
        self.alignment: Any = None
        self.items: Any = None
        self.units: Any = None

    def __enter__(self) -> Capture:
        from newsfuse import pipeline
        from newsfuse.align import alignment

        self._align, self._build = pipeline.align, alignment.build_graph

        def build(story: Any, units: Any, *args: Any, **kwargs: Any) -> Any:
            self.items, self.units = story, units
            return self._build(story, units, *args, **kwargs)

        def align(*args: Any, **kwargs: Any) -> Any:
            self.alignment = self._align(*args, **kwargs)
            return self.alignment

        alignment.build_graph = build
        pipeline.align = align
        return self

    def __exit__(self, *exc: object) -> None:
        from newsfuse import pipeline
        from newsfuse.align import alignment

        pipeline.align, alignment.build_graph = self._align, self._build


def trace(
    gold: GoldCluster, brief: dict[str, Any], raw: dict[str, str], cap: Capture
) -> tuple[list[Miss], list[Single]]:
    """The misses of one briefed story (``raw``: source id -> raw document text) and its multi-as-single facts."""
    items, graph = cap.items, cap.alignment.graph
    node_of = {n.id: n for n in graph.facts}
    misses: list[Miss] = []
    single: list[Single] = []
    for fact in gold.facts:
        docs = set(fact.sources)
        hits = [f for f in brief["facts"] if matches(fact.match, f["text"])]
        shown = any(len(set(f["sources"]) & docs) >= 2 for f in hits)
        cited = {d for f in hits if len(set(f["sources"]) & docs) >= 2 for d in f["sources"]}
        kinds = {
            single_stage(items.sentences[node_of[f["id"]].representative].article_id, docs, cited): f["text"]
            for f in hits
            if f["status"] == "single_source"
        }
        if kinds:
            kind = next(k for k in SINGLE_ORDER if k in kinds)
            single.append(Single(gold.id, fact.id, kind, kinds[kind][:100]))
        if not shown:
            misses.append(_miss(gold, fact, brief, raw, cap))
    return misses, single


def _miss(gold: GoldCluster, fact: GoldItem, brief: dict[str, Any], raw: dict[str, str], cap: Capture) -> Miss:
    items, units, graph = cap.items, cap.units, cap.alignment.graph
    docs = set(fact.sources)
    found = [n for n, s in enumerate(items.sentences) if s.article_id in docs and matches(fact.match, s.text)]
    item_docs = len({items.sentences[n].article_id for n in found})
    raw_docs = sum(1 for d in docs if d in raw and matches(fact.match, raw[d]))
    best: tuple[bool, float, int, int] | None = None
    for x in found:
        for y in found:
            if x < y and items.sentences[x].article_id != items.sentences[y].article_id:
                cand = (units.unit_of[x] == units.unit_of[y], float(units.similarity[x, y]), x, y)
                best = cand if best is None or cand[:2] > best[:2] else best
    if best is None:
        return Miss(gold.id, fact.id, stage(item_docs, raw_docs, None, units.threshold))
    together, p, x, y = best
    node = graph.facts[graph.fact_of_claim[x]]
    rep = graph.claims[node.representative].display
    listed = any(f["id"] == node.id for f in brief["facts"])
    shown = (matches(fact.match, rep), len(set(node.sources) & docs), listed)
    texts = (items.sentences[x].text[:100], items.sentences[y].text[:100])
    sizes = (len(units.units[units.unit_of[x]].members), len(units.units[units.unit_of[y]].members))
    words = (len(items.sentences[x].text.split()), len(items.sentences[y].text.split()))
    found_stage = stage(item_docs, raw_docs, (together, p), units.threshold, shown)
    guard = ""
    if not together:
        from newsfuse.options import AlignOptions

        floor = AlignOptions().mutual_floor
        all_texts = [s.text for s in items.sentences]
        owner = [s.article_id for s in items.sentences]
        cosine = units.support.similarity if units.support is not None else units.similarity
        guard = refusal(all_texts, owner, units, cosine, x, y, floor if floor is not None else units.threshold)
    return Miss(gold.id, fact.id, found_stage, round(p, 3), texts, sizes, words, guard)


def briefs(
    leave_one_out: bool, folder: str = "facts"
) -> Iterator[tuple[GoldCluster, dict[str, Any], dict[str, str], Capture]]:
    """Each tune story briefed (under ``leave_one_out`` with its held-out story model), its raw texts, the capture;
    with ``folder`` another labelled set (``facts53``, ``facts54``: all its stories, with the product model)."""
    from bench import facts_pairs
    from newsfuse.align import story_pairs
    from newsfuse.nlp import Models
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.render.json import brief_to_dict

    options = Options()
    models = Models(options)
    golds = {g.id: g for g in (load_all("tune") if folder == "facts" else load_all("all", GOLD_DIR.parent / folder))}
    fitted: dict[str, dict[str, Any]] = {}
    if leave_one_out:
        learned = replace(options, align=replace(options.align, same_fact="learned"))
        data = {gid: facts_pairs.labelled_pairs(g, learned, models) for gid, g in golds.items()}
        for held, rows, labels in facts_pairs.folds(data):
            fitted[held] = story_pairs.fit(rows, labels)
            fitted[held]["threshold"] = story_pairs.threshold()
    for gid in sorted(golds):
        documents = raw_documents(golds[gid])
        with Capture() as cap:
            if gid in fitted:
                with facts_pairs.held_out_model(fitted[gid]):
                    brief = brief_to_dict(brief_from_documents(documents, options, models))
            else:
                brief = brief_to_dict(brief_from_documents(documents, options, models))
        paths = [d.path for d in documents]
        raw = {s["id"]: documents[paths.index(s["path"])].text for s in brief["sources"]}
        yield golds[gid], brief, raw, cap


def report(leave_one_out: bool = False, folder: str = "facts") -> str:
    misses: list[Miss] = []
    singles: list[Single] = []
    lones: list[Lone] = []
    for gold, brief, raw, cap in briefs(leave_one_out, folder):
        found, kinds = trace(gold, brief, raw, cap)
        misses += found
        singles += kinds
        lones += [m for f in gold.single_source if (m := lone_stage(gold, f, brief, cap)) is not None]
    single = Counter(s.kind for s in singles)
    lines = [f"multi-source facts not shown with two of their documents: {len(misses)}"]
    lines += [f"  {n:3d} {name}" for name, n in Counter(m.stage for m in misses).most_common()]
    lines.append("the rule that kept the best pair apart (two units):")
    lines += [f"  {n:3d} {name}" for name, n in Counter(m.guard for m in misses if m.guard).most_common()]
    lines.append(f"multi-source facts with a single-source item: {len(singles)}")
    lines += [f"  {single[name]:3d} {name}" for name in SINGLE_ORDER]
    lines += [
        f"{m.story} {m.fact}: {m.stage}{f' ({m.guard})' if m.guard else ''}"
        f" P={m.p} units {m.sizes[0]}/{m.sizes[1]} words {m.words[0]}/{m.words[1]}"
        f" | {m.texts[0]} | {m.texts[1]}"
        for m in misses
    ]
    lines += [f"single {s.story} {s.fact}: {s.kind} | {s.text}" for s in singles]
    lone = Counter(m.kind for m in lones)
    lines.append(f"single-source facts not listed single-source with their outlet: {len(lones)}")
    lines += [f"  {n:3d} {name}" for name, n in lone.most_common()]
    lines += [f"lone {m.story} {m.fact}: {m.kind} P={m.p} | {m.text} | {m.partner}" for m in lones]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-one-out", action="store_true", help="each story with the model of the others")
    parser.add_argument("--set", default="facts", help="gold folder: facts (tune split), facts53|54|55|56")
    args = parser.parse_args(argv)
    print(report(args.leave_one_out, args.set))
    return 0


if __name__ == "__main__":
    sys.exit(main())

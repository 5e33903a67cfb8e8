"""`newsfuse bench timeline`: the brief's timeline against the hand-labelled events of ``bench/gold/timeline.tsv``.

Eight BASIL triplets (stop 39, issue 14 item 4) whose dated events were listed by reading the articles before any
brief of them was read: each event with its date (several when the outlets disagree), the outlets that tell it and a
match rule (regexes that must all occur in one timeline item, as the gold facts' rules). Split before tuning: ``tune``
(t0 t2 t4 t6) is worked on, ``kept`` (t1 t3 t5 t7) is read once at the end.

Each timeline item is given to the gold event its rule matches (one whose date the item has first, then file
order); per event the bench prints its items, how many carry a right date, and its repeats (items beyond the first:
two items of one event); an event with no item is missed. An item matching a ``context`` row states no event
(context-not-event); an item matching nothing is printed as ``other`` for a reader to judge.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.facts_gold import _basil
from bench.paths import shared_dir

GOLD = Path(__file__).parent / "gold" / "timeline.tsv"
SPLITS = ("tune", "kept", "all")
_MODELS: list[Any] = []


@dataclass(frozen=True)
class Event:
    story: str
    split: str
    origin: str  # "<year>/<triplet prefix>"
    id: str
    kind: str  # "event" | "context"
    dates: tuple[str, ...]
    outlets: tuple[str, ...]
    what: str
    rule: tuple[str, ...]  # alternatives: one regex of them must occur in the item

    def matches(self, text: str) -> bool:
        return any(re.search(p, text, re.IGNORECASE) for p in self.rule)


def gold(split: str = "all") -> list[Event]:
    out = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        story, part, origin, event, kind, dates, outlets, what, match = line.split("\t")
        rule = tuple(match.split(" || "))
        if split in (part, "all"):
            out.append(
                Event(story, part, origin, event, kind, tuple(dates.split("|")), tuple(outlets.split()), what, rule)
            )
    return out


def timeline_of(origin: str) -> list[dict[str, Any]]:
    """The timeline of BASIL triplet ``origin`` ("2013/11c9f251") as ``newsfuse brief --format json`` gives it. With
    ``NEWSFUSE_BENCH_CACHE`` set the analysed story (cleaning and NLP, which the timeline does not touch) is kept."""
    from newsfuse.nlp import Models
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_story, story_from_documents
    from newsfuse.render.json import brief_to_dict

    year, prefix = origin.split("/")
    folder = shared_dir() / "bench" / "basil" / "articles" / year
    triplet = sorted(folder.glob(f"{prefix}*_1.json"))[0].name.rsplit("_", 1)[0]
    documents = _basil({"year": year, "triplet": triplet})
    options = Options()
    if not _MODELS:  # loaded once for all the stories of a run
        _MODELS.append(Models(options))
    models = _MODELS[0]
    cache = os.environ.get("NEWSFUSE_BENCH_CACHE")
    key = hashlib.sha256("\x00".join(f"{d.title}\x01{d.published}\x01{d.text}" for d in documents).encode())
    target = Path(cache) / f"timeline-{key.hexdigest()[:24]}.pkl" if cache else None
    if target is not None and target.exists():
        story = pickle.loads(target.read_bytes())
    else:
        story = story_from_documents(documents, options, models, [])
        if target is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pickle.dumps(story))
    timeline: list[dict[str, Any]] = brief_to_dict(brief_from_story(story, options, models, []))["timeline"]
    return timeline


def judge(events: list[Event], timeline: list[dict[str, Any]]) -> tuple[dict[str, list[dict[str, Any]]], list[Any]]:
    """Each timeline item given to its event (see module doc); the items matching no event."""
    given: dict[str, list[dict[str, Any]]] = {e.id: [] for e in events}
    other = []
    for item in timeline:
        hits = [e for e in events if e.matches(item["text"])]
        if not hits:
            other.append(item)
            continue
        hits.sort(key=lambda e: item["date"] not in e.dates)  # stable: file order among equals
        given[hits[0].id].append(item)
    return given, other


def run(split: str = "tune", verbose: bool = False) -> str:
    if split not in SPLITS:
        raise ValueError(f"--split must be one of {', '.join(SPLITS)}")
    events = gold(split)
    stories = list(dict.fromkeys((e.story, e.origin) for e in events))
    totals = {"items": 0, "right_date": 0, "repeats": 0, "context": 0, "missed": 0, "events": 0, "other": 0}
    outlets = {"gold": 0, "cited": 0, "wrong": 0}  # over the events shown: the gold outlets, those cited, the rest
    lines = []
    for story, origin in stories:
        timeline = timeline_of(origin)
        mine = [e for e in events if e.story == story]
        given, other = judge(mine, timeline)
        totals["items"] += len(timeline)
        totals["other"] += len(other)
        lines.append(f"{story} ({origin}): {len(timeline)} items")
        for e in mine:
            items = given[e.id]
            right = sum(i["date"] in e.dates for i in items)
            if e.kind == "context":
                totals["context"] += len(items)
                if items or verbose:
                    lines.append(f"  context  {e.id}: {len(items)} items (states no event)")
                continue
            totals["events"] += 1
            totals["right_date"] += right
            totals["repeats"] += max(0, len(items) - 1)
            totals["missed"] += not items
            cited = {source for i in items for source in i["sources"]}
            if items:
                outlets["gold"] += len(e.outlets)
                outlets["cited"] += len(cited & set(e.outlets))
                outlets["wrong"] += len(cited - set(e.outlets))
            verdict = "missed" if not items else ("repeat" if len(items) > 1 else "ok")
            told = ""
            if items and cited != set(e.outlets):
                told = f" (outlets {' '.join(sorted(cited))}; told by {' '.join(e.outlets)})"
            lines.append(f"  {verdict:8} {e.id} {'|'.join(e.dates)}: {len(items)} items, {right} right date{told}")
            if verbose or verdict != "ok" or right < len(items):
                lines += [f"           {i['date']} {i['text'][:110]} {i['sources']}" for i in items]
        lines += [f"  other    {i['date']} {i['text'][:110]} {i['sources']}" for i in other]
    head = (
        f"timeline ({split}, {len(stories)} stories, {totals['events']} events): {totals['items']} items, "
        f"{totals['right_date']} of an event at a right date, repeats {totals['repeats']}, "
        f"context-not-event {totals['context']}, other {totals['other']}, events missed {totals['missed']}"
    )
    share = f" ({100 * outlets['cited'] / outlets['gold']:.1f} %)" if outlets["gold"] else ""
    cited = (
        f"outlets of the events shown: {outlets['cited']} of the {outlets['gold']} that tell them cited{share}, "
        f"{outlets['wrong']} cited that do not"
    )
    return "\n".join([head, cited, *lines])

"""The hand-annotated gold set of ``bench/gold/facts/``: loading, the story's documents, matching rules,
and the checker that every rule matches in exactly the documents it names.

A *rule* is a list of alternatives; an alternative is a list of case-insensitive regexes that must all
occur in one candidate text (a brief item, or one sentence of a document). No article text is stored:
the documents are read from ``../shared`` each time, numbered S1..Sn exactly as ``newsfuse brief``
numbers them (after the loader's own filtering and the cleaner dropping empty articles).

Run ``python -m bench.facts_gold`` to check every gold file against the real documents.
"""

from __future__ import annotations

import ast
import csv
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from bench.paths import shared_dir
from newsfuse.records import Article, RawDocument

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "facts"
BASELINE_DIR = Path(__file__).resolve().parent / "gold" / "baseline"
SPLITS = ("tune", "report")

Rule = list[list[str]]


def matches(rule: Rule, text: str) -> bool:
    """True when every regex of at least one alternative occurs in ``text`` (case-insensitive)."""
    return any(all(re.search(p, text, re.IGNORECASE) for p in alternative) for alternative in rule)


@dataclass
class GoldItem:
    """A fact, a single-source fact, one side of a conflict, or a quote: a rule and its documents."""

    id: str
    match: Rule
    sources: list[str]
    what: str = ""
    speaker: str | None = None  # quotes only: canonical name or named role; None when the text does not say
    aliases: list[str] = field(default_factory=list)  # quotes only: other ways the speaker is named


@dataclass
class GoldConflict:
    id: str
    what: str
    sides: list[GoldItem]


@dataclass
class GoldCluster:
    id: str
    split: str
    origin: dict[str, Any]  # {"kind": "multinews", "row": N} | {"kind": "basil", ...} | {"kind": "corpus", ...}
    documents: dict[str, str]  # "S1" -> a short label (outlet or first words), for the annotator
    facts: list[GoldItem]  # reported by several documents, with all of them
    single_source: list[GoldItem]
    conflicts: list[GoldConflict]
    non_conflicts: list[GoldConflict]  # look like disagreements but are not (unit conversion, part/whole)
    quotes: list[GoldItem]
    key_facts: list[str]  # ids of facts / single_source items a human summary must carry
    conflicts_complete: bool  # every real conflict of the story is listed (precision is scored only then)
    path: Path | None = None


def _item(raw: dict[str, Any]) -> GoldItem:
    return GoldItem(
        id=raw.get("id", ""),
        match=raw["match"],
        sources=raw["sources"],
        what=raw.get("what", ""),
        speaker=raw.get("speaker"),
        aliases=raw.get("aliases", []),
    )


def _conflict(raw: dict[str, Any]) -> GoldConflict:
    return GoldConflict(id=raw["id"], what=raw.get("what", ""), sides=[_item(s) for s in raw["sides"]])


def load(path: Path) -> GoldCluster:
    raw = json.loads(path.read_text(encoding="utf-8"))
    if raw["split"] not in SPLITS:
        raise ValueError(f"{path.name}: split must be one of {SPLITS}, not {raw['split']!r}")
    return GoldCluster(
        id=raw["id"],
        split=raw["split"],
        origin=raw["origin"],
        documents=raw["documents"],
        facts=[_item(f) for f in raw.get("facts", [])],
        single_source=[_item(f) for f in raw.get("single_source", [])],
        conflicts=[_conflict(c) for c in raw.get("conflicts", [])],
        non_conflicts=[_conflict(c) for c in raw.get("non_conflicts", [])],
        quotes=[_item(q) for q in raw.get("quotes", [])],
        key_facts=raw.get("key_facts", []),
        conflicts_complete=bool(raw.get("conflicts_complete", False)),
        path=path,
    )


def load_all(split: str = "all", folder: Path = GOLD_DIR) -> list[GoldCluster]:
    clusters = [load(p) for p in sorted(folder.glob("*.json"))]
    return [c for c in clusters if split == "all" or c.split == split]


@cache
def _multinews_rows() -> list[list[str]]:
    csv.field_size_limit(1 << 30)
    path = shared_dir() / "bench" / "multinews" / "validation.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        # the same filtering as bench.data.multinews: empty documents are not documents
        return [[d for d in ast.literal_eval(row["documents"]) if d.strip()] for row in csv.DictReader(handle)]


def _basil(origin: dict[str, Any]) -> list[RawDocument]:
    """A BASIL triplet: its three articles in file-name order (``<triplet>_1``, ``_2``, ``_3``), each
    with its headline, outlet and date as a reader of a JSON feed would give them."""
    folder = shared_dir() / "bench" / "basil" / "articles" / str(origin["year"])
    documents = []
    for path in sorted(folder.glob(f"{origin['triplet']}_*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [" ".join(p) for p in raw["body-paragraphs"]]
        documents.append(
            RawDocument(
                path=f"basil/{path.name}",
                text="\n\n".join(paragraphs),
                title=raw.get("title"),
                outlet=raw.get("source"),
                published=raw.get("date"),
                url=raw.get("url"),
            )
        )
    return documents


def raw_documents(gold: GoldCluster) -> list[RawDocument]:
    """The story's documents as the product receives them (the same construction as the other benches)."""
    kind = gold.origin["kind"]
    if kind == "multinews":
        row = gold.origin["row"]
        texts = _multinews_rows()[row]
        return [RawDocument(path=f"multinews-{row}/{k}", text=t) for k, t in enumerate(texts)]
    if kind == "basil":
        return _basil(gold.origin)
    if kind == "corpus":
        from newsfuse.ingest import read_paths
        from newsfuse.options import Options

        documents, _skipped = read_paths([shared_dir() / gold.origin["path"]], Options())
        return documents
    raise ValueError(f"{gold.id}: unknown origin kind {kind!r}")


def articles(gold: GoldCluster) -> list[Article]:
    """The cleaned articles, numbered S1..Sn as in the brief."""
    from newsfuse.pipeline import clean_documents

    return clean_documents(raw_documents(gold))[0]


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n+")


def sentences(text: str) -> list[str]:
    """A plain splitter for checking rules: paragraphs, then sentence ends before a capital."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def documents_matching(rule: Rule, texts: dict[str, str]) -> list[str]:
    """Ids of the documents with at least one sentence (or, for long quotes, paragraph) matching."""
    found = []
    for sid, text in texts.items():
        units = sentences(text) + [p for p in text.split("\n") if p.strip()]
        if any(matches(rule, u) for u in units):
            found.append(sid)
    return found


def check(gold: GoldCluster) -> list[str]:
    """Problems of one gold file: a rule that misses a listed document, or that matches an unlisted one
    (facts, single-source facts and conflict sides must name *all* their documents)."""
    texts = {a.id: a.text for a in articles(gold)}
    problems = []
    if set(texts) != set(gold.documents):
        problems.append(f"documents {sorted(gold.documents)} but the cleaner gives {sorted(texts)}")
    ids = {i.id for i in gold.facts + gold.single_source}
    problems += [f"key fact {k!r} is not a fact id" for k in gold.key_facts if k not in ids]
    items: list[tuple[str, GoldItem, bool]] = [("fact", f, True) for f in gold.facts]
    items += [("single", f, True) for f in gold.single_source]
    items += [("quote", q, False) for q in gold.quotes]
    for conflict in gold.conflicts + gold.non_conflicts:
        items += [(f"conflict {conflict.id}", s, False) for s in conflict.sides]
    for kind, item, exact in items:
        if kind == "fact" and len(item.sources) < 2:
            problems.append(f"fact {item.id}: a multi-source fact needs 2+ documents")
        if kind == "single" and len(item.sources) != 1:
            problems.append(f"single {item.id}: exactly one document")
        found = documents_matching(item.match, texts)
        missing = [s for s in item.sources if s not in found]
        extra = [s for s in found if s not in item.sources]
        if missing:
            problems.append(f"{kind} {item.id}: rule does not match in {missing}")
        if exact and extra:
            problems.append(f"{kind} {item.id}: rule also matches in {extra}")
    return problems


def main() -> int:
    bad = 0
    for gold in load_all():
        problems = check(gold)
        bad += len(problems)
        print(f"{gold.id}: {'ok' if not problems else ''}")
        for problem in problems:
            print(f"  {problem}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

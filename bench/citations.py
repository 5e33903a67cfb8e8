"""Hand-labelled citations of what a reader sees first: every other outlet a summary sentence or a top fact cites.

Editor read #21 (stop 50, five BASIL stories) found 14 outlets cited for what they do not say, 7 of them on summary
sentences and 2 on the first line of the Markdown facts. The gold facts bench cannot see it: it scores only gold
facts and counts a source that tells part of one as right. Before any rule for them was written,
``bench/gold/citations.jsonl`` took, on fifteen BASIL triplets briefed by main at stop 49's final tree (26c8f92),
every citation beside the shown sentence's own outlet of every summary sentence (the outlet's sentence is the
item's passage) and of the top 10 facts of the Markdown facts list (the sentence is ``FactNode.backers``'), and
labelled each by reading both sentences:

- ``right``: the cited sentence tells the shown sentence's fact;
- ``partial``: it tells a part of it (the same event with other details, or one of its claims);
- ``wrong``: another fact, however close the subject.

``tune`` is the five stories of editor read #21 (2011 0ffb34cd, 2013 1bb79cc1, 2013 68748e7f, 2013 a4f1d515, 2012
08bb9bee) and five more the lead briefed (2010 6b541575, 2017 72fa9b13, 2017 d16050b3, 2018 2a3fde8a, 2015
13792511); ``test`` is five others, labelled the same way and kept for the reported figure (2019 70c75d68, 2019
0d10341a, 2016 8385a996, 2011 2058ec60, 2018 f688c56d). No text: a sentence is its S-id and the first 16 hex digits
of the SHA-1 of its whole sentence as the product splits it. ``python -m bench.citations [--split tune|test|all]``
briefs each story and counts, per label, the citations today's product still makes, drops, or no longer has to
make (the shown sentence is no longer shown there).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.above_pairs import briefed
from bench.band_pairs import Side, chosen_split, print_report, sentence_key

LABELS_FILE = Path(__file__).resolve().parent / "gold" / "citations.jsonl"
LABELS = ("right", "partial", "wrong")
SPLITS = ("tune", "test")
SHOWN = ("summary", "fact")
OUTCOMES = ("cited", "re-picked", "dropped", "not shown")
REPICKED_FILE = Path(__file__).resolve().parent / "gold" / "citations_repicked.jsonl"


@dataclass(frozen=True)
class Citation:
    story: str
    origin: dict[str, Any]
    split: str
    shown: str  # where the reader sees it: a summary sentence or a fact
    a: Side  # the shown sentence
    b: Side  # the other outlet's sentence cited for it
    label: str


def load(path: Path = LABELS_FILE) -> list[Citation]:
    """Every labelled citation, checked for shape: a known label, split and place, two different outlets."""
    citations = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        raw = json.loads(line)
        citation = Citation(**{**raw, "a": Side(**raw["a"]), "b": Side(**raw["b"])})
        if citation.label not in LABELS or citation.split not in SPLITS or citation.shown not in SHOWN:
            raise ValueError(
                f"{path.name}:{number}: label one of {LABELS}, split one of {SPLITS}, shown one of {SHOWN}"
            )
        if citation.a.source == citation.b.source:
            raise ValueError(f"{path.name}:{number}: a citation is another outlet's sentence")
        citations.append(citation)
    return citations


Cited = dict[tuple[str, str, str], dict[str, str]]  # (where, source, sentence key) -> cited source -> its sentence key


def cited_today(origin: dict[str, Any]) -> tuple[Cited, set[tuple[str, str]]]:
    """What today's product cites on a story, by shown sentence: for each summary item (its own outlet's passage)
    and each fact node (its shown claim's whole sentence), every other outlet it cites with that outlet's sentence
    ("" when no passage is given); and every (source, sentence key) of the story."""
    brief, alignment, story = briefed(origin)
    found: Cited = {}
    for item in brief.summary:
        own = item.sources[0] if item.sources else ""
        shown = item.passages.get(own, item.text)
        others = found.setdefault(("summary", own, sentence_key(shown)), {})
        others.update({a: sentence_key(item.passages[a]) if a in item.passages else "" for a in item.sources[1:]})
    graph = alignment.graph

    def side(claim: int) -> tuple[str, str]:
        sentence = story.sentences[graph.claims[claim].sentence]
        return sentence.article_id, sentence_key(sentence.text)

    for node in graph.facts:
        own, key = side(node.representative)
        others = found.setdefault(("fact", own, key), {})
        for a in node.sources:
            if a != own:
                others[a] = side(node.backers[a])[1] if a in node.backers else ""
    return found, {(s.article_id, sentence_key(s.text)) for s in story.sentences}


def outcomes(citations: Sequence[Citation]) -> tuple[list[tuple[Citation, str, str]], list[str]]:
    """For each labelled citation, whether today's product still cites that outlet for that shown sentence with the
    labelled sentence (``cited``), with another of its sentences (``re-picked``, and that sentence's key), dropped
    it, or shows the sentence no more there; and the citations whose sentences are not found in the story (the
    splitter or the cleaner changed)."""
    result: list[tuple[Citation, str, str]] = []
    missing: list[str] = []
    for story in sorted({c.story for c in citations}):
        mine = [c for c in citations if c.story == story]
        cited, sentences = cited_today(mine[0].origin)
        for c in mine:
            if (c.a.source, c.a.sha1) not in sentences or (c.b.source, c.b.sha1) not in sentences:
                missing.append(f"{story} {c.a.source}:{c.a.sha1} / {c.b.source}:{c.b.sha1}")
                continue
            others = cited.get((c.shown, c.a.source, c.a.sha1))
            now = (others or {}).get(c.b.source, "")
            if others is None:
                result.append((c, "not shown", ""))
            elif c.b.source not in others:
                result.append((c, "dropped", ""))
            else:
                result.append((c, "re-picked" if now not in ("", c.b.sha1) else "cited", now))
    return result, missing


def repicked_labels(path: Path = REPICKED_FILE) -> dict[tuple[str, str, str, str, str], str]:
    """The labels of re-picked passages (``bench/gold/citations_repicked.jsonl``, the same shape, read by hand like
    the first ones): (shown place, shown outlet, shown key, cited outlet, cited key) -> label."""
    if not path.exists():
        return {}
    return {(c.shown, c.a.source, c.a.sha1, c.b.source, c.b.sha1): c.label for c in load(path)}


def report(citations: Sequence[Citation]) -> tuple[list[str], list[str]]:
    """Per place and label, the citations still cited, re-picked, dropped and no longer shown; the re-picked
    passages by their own label; then the wrong ones left and the right ones lost, the figures a change is judged
    by. A re-picked passage counts by its own label (unlabelled ones are listed, counted as wrong)."""
    found, missing = outcomes(citations)
    counts = Counter((c.shown, c.label, outcome) for c, outcome, _ in found)
    labels = Counter(c.label for c in citations)
    lines = [f"citations {len(citations)}: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items()))]
    lines.append("shown  label  " + "  ".join(OUTCOMES))
    for shown in SHOWN:
        for label in LABELS:
            lines.append(f"{shown}  {label}  " + "  ".join(str(counts[shown, label, o]) for o in OUTCOMES))
    known = repicked_labels()
    now = Counter()
    for c, outcome, key in found:
        if outcome == "re-picked":
            label = known.get((c.shown, c.a.source, c.a.sha1, c.b.source, key), "unlabelled")
            if label == "unlabelled":
                missing.append(
                    f"re-picked, unlabelled: {c.story} {c.shown} {c.a.source}:{c.a.sha1} / {c.b.source}:{key}"
                )
            now[c.label, label] += 1
            now[label if label in LABELS else "wrong", "now"] += 1
        elif outcome == "cited":
            now[c.label, "now"] += 1
    repicks = [f"{was}->{label} {n}" for (was, label), n in sorted(now.items()) if label != "now"]
    lines.append("re-picked (labelled -> re-picked passage's label): " + (", ".join(repicks) or "none"))
    total = Counter((c.label, outcome) for c, outcome, _ in found)
    still = sum(now[label, "now"] for label in LABELS)
    lines.append(
        f"wrong left {now['wrong', 'now']} of {sum(total['wrong', o] for o in OUTCOMES)}; "
        f"partial lost {total['partial', 'dropped']}; right lost {total['right', 'dropped']}; "
        f"precision of what is still cited {100 * (1 - now['wrong', 'now'] / still) if still else 100:.1f} %"
    )
    return lines, missing


def main(argv: Sequence[str] | None = None) -> int:
    split = chosen_split("python -m bench.citations", __doc__ or "", argv)
    return print_report(*report([c for c in load() if split in ("all", c.split)]))


if __name__ == "__main__":
    raise SystemExit(main())

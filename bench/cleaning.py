"""What the line cleaner removes from Multi-News articles (../shared/bench/multinews/validation.csv).

Multi-News has no gold for cleaning, so this counts removals by reason and prints a fixed random
sample of removed lines to check by eye (docs/ingest.md keeps one such check).
"""

from __future__ import annotations

import ast
import csv
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.paths import shared_dir
from newsfuse.clean.cleaner import clean_document
from newsfuse.records import RawDocument, Removed

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(\s|$)")


@dataclass
class CleaningStats:
    documents: int = 0
    lines: int = 0
    sentences: int = 0
    documents_touched: int = 0
    documents_emptied: int = 0
    removed_lines: Counter[str] = field(default_factory=Counter)
    removed_sentences: Counter[str] = field(default_factory=Counter)
    removed_words: Counter[str] = field(default_factory=Counter)
    removed: list[Removed] = field(default_factory=list)


def multinews_documents(path: Path | None = None) -> list[str]:
    shared = shared_dir()
    path = path or shared / "bench" / "multinews" / "validation.csv"
    csv.field_size_limit(1 << 30)
    documents: list[str] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            # Most copies hold a Python list of articles; older ones join them with "|||||".
            for cell in ast.literal_eval(row["documents"]):
                documents.extend(part for part in cell.split("|||||") if part.strip())
    return documents


def sentences(text: str) -> int:
    return max(1, len(_SENTENCE_END.findall(text))) if text.strip() else 0


def measure(documents: list[str]) -> CleaningStats:
    stats = CleaningStats()
    for number, text in enumerate(documents):
        lines = [line for line in text.split("\n") if line.strip()]
        article = clean_document(RawDocument(path=f"multinews#{number}", text=text), "S1")
        stats.documents += 1
        stats.lines += len(lines)
        stats.sentences += sum(sentences(line) for line in lines)
        stats.documents_touched += bool(article.removed)
        stats.documents_emptied += article.words == 0
        for item in article.removed:
            stats.removed_lines[item.reason] += 1
            stats.removed_sentences[item.reason] += sentences(item.text)
            stats.removed_words[item.reason] += len(item.text.split())
            stats.removed.append(item)
    return stats


def run(limit: int | None = None) -> CleaningStats:
    documents = multinews_documents()
    return measure(documents[:limit] if limit else documents)


def report(stats: CleaningStats, sample: int = 40, seed: int = 3) -> str:
    total_lines = sum(stats.removed_lines.values())
    lines = [
        f"documents {stats.documents:,}, lines {stats.lines:,}, sentences {stats.sentences:,}",
        f"documents with at least one removal {stats.documents_touched:,}; emptied entirely {stats.documents_emptied}",
        f"lines removed {total_lines:,} ({total_lines / max(1, stats.lines):.2%} of lines), "
        f"sentences removed {sum(stats.removed_sentences.values()):,}, "
        f"words removed {sum(stats.removed_words.values()):,}",
        f"{'reason':12} {'lines':>7} {'sentences':>10} {'words':>8}",
    ]
    for reason, count in stats.removed_lines.most_common():
        lines.append(f"{reason:12} {count:7,} {stats.removed_sentences[reason]:10,} {stats.removed_words[reason]:8,}")
    picked = random.Random(seed).sample(stats.removed, min(sample, len(stats.removed)))
    lines.append(f"sample of {len(picked)} removed lines (seed {seed}):")
    lines.extend(f"  [{item.reason}] {item.text[:160]}" for item in picked)
    return "\n".join(lines)

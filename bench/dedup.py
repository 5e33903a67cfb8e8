"""`newsfuse bench dedup`: precision and recall of copy detection on pairs built from real
Multi-News articles.

Positive pairs (the second should be found as a copy of the first):
- ``verbatim``: the same text, re-wrapped (different line breaks and spacing);
- ``chrome``: the text with site chrome added (navigation, share buttons, related headlines, a
  comment block) — 30 to 150 % of the article's length;
- ``rewrite``: a lightly edited rewrite — about 8 % of the words replaced, dropped or swapped, one
  sentence removed and one added.
Negative pairs (must not be flagged): two different articles of the same story (same cluster), and
two articles of different stories. Documents that occur verbatim in several stories (crawl
placeholders) and texts under 80 words are left out.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from bench.multinews_stream import DEFAULT_CSV, load_clusters, placeholder_texts
from newsfuse.dedup.detect import DedupParams, DuplicateIndex
from newsfuse.dedup.shingles import fingerprint

_CHROME = [
    "Home | News | World | Politics | Business | Sport | Opinion",
    "Share on Facebook",
    "Share on Twitter",
    "Email this article",
    "Print",
    "Advertisement",
    "Subscribe to our daily newsletter",
    "Most Read",
    "Related Stories",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Comments (12)",
    "Sign in to comment",
    "Follow us on Instagram",
    "© 2024 The Daily Ledger. All rights reserved.",
    "Privacy Policy | Terms of Use | Contact",
]


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    kind: str
    copy: bool


def _with_chrome(text: str, rng: random.Random, headlines: list[str]) -> str:
    target = len(text.split()) * rng.uniform(0.3, 1.5)
    top: list[str] = []
    bottom: list[str] = []
    while sum(len(x.split()) for x in top + bottom) < target:
        line = rng.choice(_CHROME) if rng.random() < 0.5 else rng.choice(headlines)
        (top if rng.random() < 0.3 else bottom).append(line)
    return "\n".join([*top, text, *bottom])


def _rewrite(text: str, rng: random.Random, vocabulary: list[str], rate: float = 0.08) -> str:
    sentences = [s for s in text.replace("\n", " ").split(". ") if s.strip()]
    if len(sentences) > 3:
        sentences.pop(rng.randrange(1, len(sentences)))
    words = ". ".join(sentences).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        r = rng.random()
        if r < rate / 3:
            out.append(rng.choice(vocabulary))  # replaced
        elif r < 2 * rate / 3:
            pass  # dropped
        elif r < rate and i + 1 < len(words):
            out.extend([words[i + 1], words[i]])  # swapped
            i += 1
        else:
            out.append(words[i])
        i += 1
    out.insert(rng.randrange(len(out) + 1), "The report was updated with comment from local officials.")
    return " ".join(out)


def build_pairs(clusters: list[list[str]], per_kind: int = 200, seed: int = 3) -> list[Pair]:
    rng = random.Random(seed)
    bad = placeholder_texts(clusters)
    usable = [[d for d in docs if d[:200] not in bad and len(d.split()) >= 80] for docs in clusters]
    docs = [(s, d) for s, group in enumerate(usable) for d in group]
    headlines = [d.split("\n")[0][:120] for _, d in docs]
    vocabulary = [w for _, d in docs[:200] for w in d.split()[:50]]
    pairs: list[Pair] = []
    for _ in range(per_kind):
        _, text = rng.choice(docs)
        pairs.append(Pair(text, "\n\n".join(" ".join(line.split()) for line in text.split("\n")), "verbatim", True))
        _, text = rng.choice(docs)
        pairs.append(Pair(text, _with_chrome(text, rng, headlines), "chrome", True))
        _, text = rng.choice(docs)
        pairs.append(Pair(text, _rewrite(text, rng, vocabulary), "rewrite", True))
    multi = [group for group in usable if len(group) >= 2]
    same_story = [(a, b) for group in multi for i, a in enumerate(group) for b in group[i + 1 :]]
    for a, b in rng.sample(same_story, min(len(same_story), per_kind * 2)):
        pairs.append(Pair(a, b, "same_story", False))
    for _ in range(per_kind):
        (s1, a), (s2, b) = rng.sample(docs, 2)
        if s1 != s2:
            pairs.append(Pair(a, b, "other_story", False))
    return pairs


def flag(pair: Pair, params: DedupParams) -> bool:
    index = DuplicateIndex(params)
    index.add("a", fingerprint(pair.a))
    found = index.add("b", fingerprint(pair.b))
    return any(p.kind in ("exact", "near") for p in found)


def score(pairs: list[Pair], params: DedupParams | None = None) -> dict[str, float]:
    params = params or DedupParams()
    tp = fp = fn = 0  # counts
    by_kind: dict[str, list[int]] = {}
    for pair in pairs:
        hit = flag(pair, params)
        by_kind.setdefault(pair.kind, []).append(int(hit))
        tp += int(hit and pair.copy)
        fp += int(hit and not pair.copy)
        fn += int((not hit) and pair.copy)
    result = {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "pairs": float(len(pairs)),
    }
    for kind, hits in by_kind.items():
        result[f"flagged_{kind}"] = sum(hits) / len(hits)
    return result


def run(per_kind: int = 200, seed: int = 3) -> dict[str, float]:
    clusters = load_clusters(DEFAULT_CSV)
    pairs = build_pairs(clusters, per_kind, seed)
    start = time.perf_counter()
    result = score(pairs)
    result["seconds"] = time.perf_counter() - start
    return result

"""The voice detector (summarize/voice.py) against the hand-labelled gold list ``bench/gold/voice.tsv``.

``python -m bench.voice`` prints the confusion (gold rows, detected columns), the precision and recall of "not a
report" and every disagreement. The documents are read from ``../shared`` (``$NEWSFUSE_SHARED``) and cleaned as
``newsfuse brief`` cleans them; no article text is stored in the project.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.data import multinews
from bench.paths import shared_dir
from newsfuse.ingest.inputs import read_inputs
from newsfuse.options import Options
from newsfuse.pipeline import clean_documents
from newsfuse.records import Article, RawDocument
from newsfuse.summarize.voice import classify

GOLD = Path(__file__).parent / "gold" / "voice.tsv"
KINDS = ("report", "opinion", "transcript", "letter", "press_release")


def gold() -> dict[tuple[str, str], tuple[str, str]]:
    """(origin, document) -> (label, note)."""
    out = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        origin, doc, label, *note = line.split("\t")
        out[(origin, doc)] = (label, note[0] if note else "")
    return out


def articles(origin: str) -> dict[str, Article]:
    """The cleaned articles of one origin by document name: "docK" (Multi-News) or "SK" (a corpus)."""
    if origin.startswith("multinews-"):
        row = int(origin.split("-")[1])
        cluster = multinews(start=row, limit=1)[0]
        docs = [RawDocument(path=f"doc{k}", text=t) for k, t in enumerate(cluster.documents)]
        cleaned, _ = clean_documents(docs, languages=False)
        return {a.path: a for a in cleaned}
    documents, _ = read_inputs([shared_dir() / origin], Options())
    cleaned, _ = clean_documents(documents, languages=False)
    return {a.id: a for a in cleaned}


def detected() -> dict[tuple[str, str], str]:
    labels = gold()
    out = {}
    for origin in dict.fromkeys(o for o, _ in labels):
        found = articles(origin)
        for (o, doc), _ in labels.items():
            if o == origin and doc in found:
                out[(o, doc)] = classify(found[doc]).kind
    return out


def main() -> None:
    labels = gold()
    found = detected()
    confusion = Counter((labels[key][0], kind) for key, kind in found.items())
    print("gold \\ detected\t" + "\t".join(KINDS))
    for g in KINDS:
        print(g + "\t" + "\t".join(str(confusion[(g, d)]) for d in KINDS))
    flagged = [k for k, kind in found.items() if kind != "report"]
    other = [k for k in found if labels[k][0] != "report"]
    right = [k for k in flagged if labels[k][0] != "report"]
    same = [k for k in flagged if labels[k][0] == found[k]]
    print(
        f"documents {len(found)}; not a report: precision {len(right)}/{len(flagged)}, "
        f"recall {len(right)}/{len(other)}; right kind {len(same)}/{len(flagged)}"
    )
    for key, kind in sorted(found.items()):
        if kind != labels[key][0]:
            print(f"  {key[0]} {key[1]}: gold {labels[key][0]}, detected {kind} ({labels[key][1]})")


if __name__ == "__main__":
    main()

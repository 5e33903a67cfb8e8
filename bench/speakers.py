"""`newsfuse bench speakers`: quote speakers against the hand-labelled check set ``bench/gold/speakers.tsv``.

Every direct quote the brief printed (``quotes[]`` of ``newsfuse brief --format json``) on ten Multi-News validation
rows nobody had tuned attribution on was labelled by reading the articles (stop 38): the person or body who said
it, or null when the text names nobody. The set is split before any tuning: ``tune`` (rows 17 44 53 64 68) is
worked on, ``kept`` (rows 30 49 56 67 95) is read once at the end, as the gold facts' report split.

Stop 39 added eight BASIL events (rows ``basil-<year>-<triplet>``), split the same way, stops 40 and 41 four more
each, stops 42 and 43 eight each, stops 44, 45, 46, 49, 50 and 51 four each and stops 52 and 53 eight each.
Stop 47 added four Multi-News validation rows nobody had used (``mn47``: tune 72 29, kept 18 39), stop 48 four more
(``mn48``: tune 21 32, kept 7 16), stop 54 six (``mn54``: tune 9 36 107, kept 116 111 63, labelled from the articles
before any was briefed) and stop 55 six more (``mn55``: tune 19 73 98, kept 92 50 93, labelled the same way).
``subset`` picks stop 38's Multi-News rows (``multinews``), stop 47's, 48's, 54's or 55's
(``mn47``, ``mn48``, ``mn54``, ``mn55``), the BASIL events (``basil39`` … ``basil46``, ``basil49`` … ``basil53``,
``basil56``: one stop's events), or all. Stop 56 added four BASIL events (``basil56``: tune a4f1d515 2a3fde8a,
kept 1bb79cc1 68748e7f), labelled from the articles before any was briefed, and stop 57 four Multi-News rows
(``mn57``: tune 3 24, kept 20 22, labelled the same way), stop 58 four more (``mn58``: tune 99 40, kept 69 83,
labelled the same way), stop 59 four BASIL events (``mn59``: tune b764f81f 70c744ad, kept 9879bbc0 59f2f47c,
labelled the same way; a set of their own, not in ``basil``), stop 60 four Multi-News rows (``mn60``: tune 45 85,
kept 117 89, labelled the same way).

A gold quote is found when a printed quote or one of its variants holds its fragment (the quote's first words, no
more article text is stored), or is exactly the fragment when it opens with "=" (a short quote inside another:
"act of terror" beside "act of terror and an act of hate"). Its speaker is right when the gold says null and the
brief prints none, or when the printed speaker names the gold person (``bench.facts.speaker_right``: "Serna" is
Joseph Serna, "Phillip Dunn" is not Michael Dunn). Wrong ones are told apart, worst first: a wrong person (or a
speaker for words nobody in the text said), and unattributed where the text names the speaker (precision first:
unattributed beats a wrong person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.facts import speaker_right
from bench.facts_gold import GoldItem
from newsfuse.records import RawDocument

GOLD = Path(__file__).parent / "gold" / "speakers.tsv"
SPLITS = ("tune", "kept", "all")
# the stop-38 rows, the BASIL events (one stop's), or all
SETS = (
    "all",
    "multinews",
    "mn47",
    "mn48",
    "mn54",
    "mn55",
    "mn57",
    "mn58",
    "mn59",
    "mn60",
    "basil",
    "basil39",
    "basil40",
    "basil41",
    "basil42",
    "basil43",
    "basil44",
    "basil45",
    "basil46",
    "basil49",
    "basil50",
    "basil51",
    "basil52",
    "basil53",
    "basil56",
)
BASIL40 = ("be026bd1", "f506aafc", "d3a1ce0a", "eadabee7")  # stop 40's events; the other BASIL rows are stop 39's
BASIL41 = ("70c75d68", "b7021938", "b5eefefb", "2058ec60")  # stop 41's events
BASIL42 = ("0d10341a", "1e41e98b", "2b9468af", "472158a1", "8abec8d9", "97b1305c", "ad409798", "f688c56d")  # stop 42's
BASIL43 = ("29ffd053", "2b95d2cf", "2ec04201", "2f3e86b6", "38f7cbb7", "450755dd", "45bd61bc", "4f473faf")  # stop 43's
BASIL44 = ("76810849", "7f9c83f7", "87609973", "c9e4d35f")  # stop 44's
BASIL45 = ("c99adbdd", "df5fe55a", "8dac6c12", "ae243a95")  # stop 45's
BASIL46 = ("97566c74", "af4a3f41", "b4dbeda7", "c5534b7e")  # stop 46's
BASIL49 = ("85475456", "0c78e748", "11c9f251", "2153fb3e")  # stop 49's
BASIL50 = ("3ae35b16", "dd1e6e3b", "84b3c118", "01c59743")  # stop 50's
BASIL51 = ("58f414e5", "a28a0329", "c21cb217", "84678e18")  # stop 51's
BASIL52 = ("6f95dcb9", "6b541575", "d4a4bc34", "cad4bba5", "d16050b3", "08bb9bee", "2742e9c1", "550b80db")  # stop 52's
BASIL53 = ("df6a55fb", "ccf19ab6", "0ffb34cd", "a4edca3f", "6e502405", "f11c2566", "72fa9b13", "3db93526")  # stop 53's
BASIL56 = ("a4f1d515", "2a3fde8a", "1bb79cc1", "68748e7f")  # stop 56's
MN47 = ("72", "29", "18", "39")  # stop 47's Multi-News validation rows
MN48 = ("21", "32", "7", "16")  # stop 48's
MN54 = ("9", "36", "107", "116", "111", "63")  # stop 54's
MN55 = ("19", "73", "98", "92", "50", "93")  # stop 55's
MN57 = ("3", "24", "20", "22")  # stop 57's
MN58 = ("99", "40", "69", "83")  # stop 58's
# stop 59's: BASIL events (Multi-News rows 0-124 nearly used up), a set of their own, not in "basil"
MN59 = ("b764f81f", "70c744ad", "9879bbc0", "59f2f47c")
MN60 = ("45", "85", "117", "89")  # stop 60's Multi-News validation rows (tune 45 85, kept 117 89)


def _subset_of(row: str) -> str:
    if not row.startswith("basil-"):
        sets = (
            ("mn47", MN47),
            ("mn48", MN48),
            ("mn54", MN54),
            ("mn55", MN55),
            ("mn57", MN57),
            ("mn58", MN58),
            ("mn60", MN60),
        )
        return next((name for name, rows in sets if row in rows), "multinews")
    key = row.rsplit("-", 1)[1]
    if key in MN59:
        return "mn59"
    if key in BASIL56:
        return "basil56"
    if key in BASIL53:
        return "basil53"
    if key in BASIL52:
        return "basil52"
    if key in BASIL51:
        return "basil51"
    if key in BASIL50:
        return "basil50"
    if key in BASIL49:
        return "basil49"
    if key in BASIL46:
        return "basil46"
    if key in BASIL45:
        return "basil45"
    if key in BASIL44:
        return "basil44"
    if key in BASIL43:
        return "basil43"
    if key in BASIL42:
        return "basil42"
    return "basil41" if key in BASIL41 else "basil40" if key in BASIL40 else "basil39"


@dataclass(frozen=True)
class Labelled:
    row: str  # a Multi-News validation row ("17") or a BASIL event ("basil-2012-65cb14cb")
    split: str
    source: str
    fragment: str
    speaker: str | None  # None: the text names nobody
    aliases: tuple[str, ...]
    how: str


def gold(split: str = "all", subset: str = "all") -> list[Labelled]:
    out = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row, part, source, fragment, speaker, how = line.split("\t")
        names = speaker.split("|")
        of = _subset_of(row)
        if split in (part, "all") and subset in ("all", of, "basil" if of.startswith("basil") else of):
            out.append(
                Labelled(row, part, source, fragment, None if speaker == "null" else names[0], tuple(names[1:]), how)
            )
    return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).strip().lower()


def _basil_event(row: str) -> list[RawDocument]:
    """A BASIL event ``basil-<year>-<first 8 hex of the triplet>``: its three articles as the gold facts read them."""
    from bench.facts_gold import _basil
    from bench.paths import shared_dir

    _, year, key = row.split("-")
    folder = shared_dir() / "bench" / "basil" / "articles" / year
    triplets = sorted({p.name.rsplit("_", 1)[0] for p in folder.glob(f"{key}*_*.json")})
    if len(triplets) != 1:
        raise ValueError(f"{row}: {len(triplets)} BASIL triplets match")
    return _basil({"year": year, "triplet": triplets[0]})


def brief_of(row: str) -> dict[str, Any]:
    """The row's brief as ``newsfuse brief <dir of docK.txt> --format json`` gives it (a BASIL event: its three
    articles with headline, outlet and date, as ``bench facts`` reads them)."""
    from bench.data import multinews
    from newsfuse.nlp import Models
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.render.json import brief_to_dict

    if row.startswith("basil-"):
        docs = _basil_event(row)
    else:
        cluster = multinews(start=int(row), limit=1)[0]
        docs = [RawDocument(path=f"doc{k}.txt", text=t) for k, t in enumerate(cluster.documents)]
    options = Options()
    return brief_to_dict(brief_from_documents(docs, options, Models(options)))


def judge(item: Labelled, brief: dict[str, Any]) -> tuple[str, list[str | None]]:
    """("right" | "wrong" | "unattributed" | "missing", the printed speakers of the matching quotes)."""
    exact = item.fragment.startswith("=")
    fragment = _norm(item.fragment.removeprefix("="))

    def holds(text: str) -> bool:
        return _norm(text) == fragment if exact else fragment in _norm(text)

    hits = [  # the quote, or a variant, printed from the labelled source that holds the fragment (or is it)
        q
        for q in brief["quotes"]
        if any(holds(t["text"]) and item.source in t["sources"] for t in [q, *q.get("variants", [])])
    ]
    if not hits:
        return "missing", []
    said = [q["speaker"] for q in hits]
    truth = GoldItem(id="", sources=[item.source], match=[], speaker=item.speaker, aliases=list(item.aliases))
    if all(speaker_right(s, truth) for s in said):
        return "right", said
    if any(s is not None for s in said if not speaker_right(s, truth)):
        return "wrong", said
    return "unattributed", said


def run(split: str = "tune", verbose: bool = False, subset: str = "all") -> str:
    if split not in SPLITS:
        raise ValueError(f"--split must be one of {', '.join(SPLITS)}")
    if subset not in SETS:
        raise ValueError(f"--set must be one of {', '.join(SETS)}")
    items = gold(split, subset)
    briefs = {row: brief_of(row) for row in dict.fromkeys(i.row for i in items)}
    counts: dict[str, int] = {"right": 0, "wrong": 0, "unattributed": 0, "missing": 0}
    lines = []
    for item in items:
        verdict, said = judge(item, briefs[item.row])
        counts[verdict] += 1
        if verdict != "right" or verbose:
            lines.append(
                f"  {verdict:12} row {item.row} {item.source} “{item.fragment}…” gold {item.speaker}, printed {said}"
            )
    found = len(items) - counts["missing"]
    share = 100 * counts["right"] / found if found else 0.0
    rows = " ".join(str(r) for r in briefs)
    head = (
        f"speakers ({split}, {subset}, rows {rows}): {share:.1f} % right ({counts['right']}/{found}), "
        f"wrong person {counts['wrong']}, unattributed but named {counts['unattributed']}, "
        f"gold quotes not printed {counts['missing']}/{len(items)}"
    )
    return "\n".join([head, *lines])

"""Which pairs at or above the unit threshold back a shown sentence: what tells two facts told alike apart.

Stop 47 traced the editors' findings of outlets cited for what they do not say (reads #16-#18): 28 of 38 were unit
members at a pair score of 0.90-0.998 telling another fact (7,500 vs 9,000 dead; "asked" vs "offered"), a band the
same-fact models were never trained on. Stop 48 labelled every citation pair the fact graph made on the gold tune
stories from Multi-News and BASIL and the editors' stories, 423 pairs (``bench/gold/above_pairs.jsonl``, 415 of them
at P >= 0.9): 254 tell one fact, 88 a part of it, 81 another fact. Two things separate a part of the last class from
the rest (17 of the 81 refused, 1 of the 342 others: "He is egocentric." backed by "… calling him “egocentric” …"):

- **another figure as written** (:func:`gives_other_figure`): "more than 7,500 people" is read as up to 9,750, so
  "9,000 people" agrees with it for a conflict (``units.numbers_agree``), yet the second outlet does not give the
  first one's figure; "nearly 1,600 points" / "as much as 1,500 points", "$139 million" / "roughly $141 million".
  A written figure is the number a reporter wrote, its qualifier aside (:func:`written_value`);
- **a shown sentence backed by one shared word** (``facts.Backing.holds``, :data:`MIN_SHARED`): one word is half of
  the weight of "He should pay for it.", "Attacks", "WASHINGTON --" or "2018:", which the word-share route took for
  the whole.

Tried and dropped (docs/synthesis.md, stop 48): over the threshold the pair score still ranks one fact above two
(AUC 0.83 for unit members), but refusing pairs below 0.95 that share under a quarter of their words refused as
many "part" pairs as other facts, and gold tune counts a part as support: multi-source shown 77.5 -> 72.7 %.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from newsfuse.align.numbers import VAGUE, Quantity

# Words an outside-unit sentence must share with the shown one for the word-share route (``facts.Backing.holds``):
# as many as a sentence needs to join a unit at all (``units.MIN_FACT_WORDS``)
MIN_SHARED = 2

# Qualifiers whose figure is the low end of the reading ("more than 7,500") or the high end ("nearly 1,600")
_LOW_END = ("more than", "over", "upwards of", "just over", "at least")
_HIGH_END = ("nearly", "almost", "just under", "up to", "as many as", "fewer than", "less than", "under")
# Two written figures within this share of each other are one figure rounded ("$13.6 million" / "$13,625,777")
SAME_FIGURE = 0.01
# ... and further apart than this, two figures of different things ("$4 billion" beside "$15 million")
OTHER_FIGURE = 1.5


def written_value(q: Quantity) -> float | None:
    """The figure as written: an exact value, the bound a qualifier is put on ("more than 7,500": 7,500; "nearly
    1,600": 1,600), the middle of an approximate one ("roughly $141 million"); None for a vague amount ("dozens",
    "several", "tens of thousands")."""
    text = q.text.lower()
    if q.exact:
        return q.low
    if not re.search(r"\d", text) and any(word in text for word in VAGUE):
        return None
    if text.startswith(_LOW_END):
        return q.low
    if text.startswith(_HIGH_END):
        return q.high
    if math.isinf(q.high):
        return q.low
    return (q.low + q.high) / 2


def _year(q: Quantity) -> bool:
    return q.exact and q.low.is_integer() and 1900 <= q.low <= 2100 and "," not in q.text


def _same_measure(x: Quantity, y: Quantity) -> bool:
    """One measure: the same unit, and for a count the same counted thing (a count without one is not compared)."""
    if x.unit != y.unit:
        return False
    return x.unit != "count" or (bool(x.noun) and x.noun == y.noun)


def rounded_bound(bound: Quantity, value: float) -> bool:
    """Whether ``bound`` is a round figure with a qualifier that ``value`` rounds to on the qualifier's side: "more than
    $1 million" for "$1.1 million" (BASIL 2011: Vanity Fair's estimate, $1,071,872.87, told as "$1.1 million" by one
    outlet and "more than $1 million" by another, was refused as another figure), "nearly 2,000" for "1,960". The
    rounding is the bound's own, read from its trailing zeros: "more than 7,500" rounds to hundreds, so "9,000" is
    another figure, and so are "nearly 1,600" and "as much as 1,500"."""
    text = bound.text.lower()
    low, high = text.startswith(_LOW_END), text.startswith(_HIGH_END)
    written = written_value(bound)
    if not (low or high) or written is None or written < 1:
        return False
    written = float(round(written))  # "more than" is read as just above its figure
    if abs(written - (written_value(bound) or 0)) > 1e-6 * written:
        return False  # a figure with decimals is not rounded to its trailing zeros
    step = 1
    while written % (step * 10) == 0:
        step *= 10
    if step == 1 or round(value / step) * step != written:
        return False
    return value >= written if low else value <= written


def gives_other_figure(shown: Sequence[Quantity], cited: Sequence[Quantity]) -> bool:
    """Whether the cited sentence gives, for a figure of the shown one, the same measure with another figure as
    written (within :data:`OTHER_FIGURE` of it, so that it is a figure for the same thing) and none equal to it
    (within :data:`SAME_FIGURE`, or one a round bound of the other: :func:`rounded_bound`). Years are no figures
    here."""
    for x in shown:
        mine = written_value(x)
        if mine is None or mine == 0 or _year(x):
            continue
        theirs = [(y, v) for y in cited if _same_measure(x, y) and not _year(y) and (v := written_value(y)) is not None]
        theirs = [(y, v) for y, v in theirs if v > 0]
        if not theirs or any(
            abs(v - mine) <= SAME_FIGURE * abs(mine) or rounded_bound(x, v) or rounded_bound(y, mine) for y, v in theirs
        ):
            continue
        if any(max(v, mine) <= OTHER_FIGURE * min(v, mine) for _, v in theirs):
            return True
    return False

"""How the summary's words are spent: facts several outlets report before colour.

The summary fills its budget in ranked order, and a quotation or one outlet's detail ranked high takes words a fact
several outlets report, ranked lower, then finds gone (h-sum59: 76 of the 108 missed multi-outlet gold facts were the
budget's). ``multi_before_colour`` lets colour (a sentence mostly quoted, or one that a single outlet tells and no
fact node of two or more outlets holds) take at most a share of the budget while a fact node of several outlets that
no earlier sentence tells waits further down; colour past that share goes after the facts."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set

# a quotation: the words between a pair of marks (straight or curly)
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
# a sentence this share of whose words are quoted is someone's words rather than the brief's
QUOTED_SHARE = 0.5
# the kinds of colour the share caps: "quote" (mostly quoted); "single" (one outlet, no multi-outlet node) is left out,
# since those sentences hold multi-outlet facts the alignment did not join (stop 60: capping them at 0.3 lost two of
# facts53's gold facts and gained none on gold tune)
COLOUR_KINDS: tuple[str, ...] = ("quote",)


def quoted_share(text: str) -> float:
    """The share of ``text``'s words inside quotation marks."""
    words = len(text.split())
    inside = sum(len(m.group(1).split()) for m in _QUOTED.finditer(text))
    return inside / words if words else 0.0


def colour_kind(text: str, backers: int, multi_nodes: int) -> str | None:
    """ "quote" for a sentence mostly quoted, "single" for one a single outlet tells that no fact node of two or more
    outlets holds, None for a fact several outlets report."""
    if "quote" in COLOUR_KINDS and quoted_share(text) >= QUOTED_SHARE:
        return "quote"
    if "single" in COLOUR_KINDS and backers < 2 and multi_nodes == 0:
        return "single"
    return None


def multi_before_colour(
    order: Sequence[int],
    texts: Mapping[int, str],
    colour: Set[int],
    multi: Mapping[int, Set[int]],
    budget: int,
    share: float,
    fixed: Set[int] = frozenset(),
) -> list[int]:
    """``order`` with colour moved back: walking it as the summary would fill the budget, a colour sentence (``colour``)
    that would take colour's words past ``share`` of ``budget`` goes after every other sentence when a sentence further
    down tells a multi-outlet fact node (``multi``) that no sentence before it tells. The first sentence (the lede) and
    ``fixed`` ones (continuations, read right after their sentence) keep their places; the moved ones keep their
    order among themselves."""
    if share >= 1.0 or not order:
        return list(order)
    front: list[int] = []
    moved: list[int] = []
    told: set[int] = set()
    spent = 0
    cap = share * budget
    for pos, i in enumerate(order):
        words = len(texts[i].split())
        if pos == 0 or i in fixed or i not in colour:
            front.append(i)
            told |= multi.get(i, set())
            spent += words if i in colour else 0
            continue
        if spent + words <= cap or not any(multi.get(j, set()) - told for j in order[pos + 1 :]):
            front.append(i)
            told |= multi.get(i, set())
            spent += words
            continue
        moved.append(i)
    return front + moved

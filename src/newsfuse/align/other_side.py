"""A fact that shows one side of a disagreement cites no outlet of another side.

The fact graph is built over claims: "Smith was pronounced dead at the scene, and his wife, Racquel, was shot once
in the right leg." is cut in two, and an outlet that tells the first clause backs it. Shown whole, the fact then
cited that outlet for "shot once" while the same brief listed its "struck twice" under the conflicts (stop 52,
Multi-News row 32): the reader is told two outlets agree on a figure they dispute. The conflicts' contradicted
sources are kept per sentence for claims that are whole sentences or carry a figure (align/claim_units.py); a clause
without one (the first clause above) is backed by the other side all the same. This reads the facts as shown: a
fact whose text carries a conflict's claim (its sentence, with its value) keeps its own outlet and those of that
claim's side, and drops the others of the conflict; it is disputed.
"""

from __future__ import annotations

from dataclasses import replace

from newsfuse.records import Conflict, Fact


def _carries(text: str, sentence: str, value: str) -> bool:
    """``text`` (a fact as shown) holds the claim's value and is its sentence, or a part of it, or holds it."""
    if not value or value not in text:
        return False
    return text in sentence or sentence in text


def no_other_side(facts: list[Fact], conflicts: list[Conflict]) -> list[Fact]:
    """``facts`` with the sources of a conflict's other sides taken from each fact that shows one of its claims."""
    if not conflicts:
        return facts
    out = []
    for fact in facts:
        against: set[str] = set()
        for conflict in conflicts:
            for claim in conflict.claims:
                if _carries(fact.text, claim.text, claim.value):
                    others = {s for other in conflict.claims if other is not claim for s in other.sources}
                    against |= others - set(claim.sources)
        kept = [s for k, s in enumerate(fact.sources) if k == 0 or s not in against]
        if len(kept) < len(fact.sources):
            fact = replace(fact, sources=kept, status="disputed")
        out.append(fact)
    return out

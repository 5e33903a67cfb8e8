"""Disagreements on a named person's rank or academic title, told in sentences of different facts.

Editor reads #26 (stop 54) found two outlets giving one person two ranks, each in a sentence of its own fact, and no
rule comparing them: "said Matthew Kanan, an assistant professor of chemistry at Stanford" (Multi-News row 56, S3)
against "says Matthew Kanan, an associate professor of chemistry at Stanford who co-authored the paper" (S4), and
"a military escort led by Lt. Colonel Packard (Samuel L. Jackson)" (row 46, S2) against "led by an irascible
lieutenant (Samuel L. Jackson)" (S3). The sentences tell different things (two quotations, an escort and a squadron),
so the fact graph never joins them and no similarity gate could pair them; what they share is the thing measured —
one person's title — so the rule pairs titles of one person, wherever each outlet tells it (stop 55, issue 12
item 4).

Precision first:
- only ranks of a closed ladder are read (assistant / associate / full professor; the military and police ranks),
  and only bound to a name: a capitalised rank before the name ("Lt. Col. Ann Ruiz"), or the name, a comma and
  "a/an/the [up to two words] rank" after it ("Matthew Kanan, an associate professor"), or the rank before a name
  in parentheses (a cast list: "an irascible lieutenant (Samuel L. Jackson)"). A rank word that heads another noun
  ("lieutenant governor", "general manager", "major league") is no rank; "captain", "major", "general",
  "commander" and "private" in lower case are too often something else and are read only capitalised before a name;
- one person: both outlets give the same name of two words or more (given and family name; initials ignored); a
  name after a capitalised rank ("Major League Baseball", "General Motors") must be a person the entity tagger
  found somewhere in the story (it misses names in some sentences: "said Helena Marsh, an associate professor");
- the address form agrees with its rank: "Col. Packard" is the lieutenant colonel's, "Gen." the major general's,
  "professor" any professor's (the last word of a rank is its short form); a professor who is also "visiting",
  "adjunct", "research", "clinical" or "emeritus" is on no ladder here;
- a rank of another time is left out ("former", "retired", "then-", "ex-", "now", "later", "promoted"), and an
  outlet giving one person two ranks that differ is left out for that person (a promotion told, not a slip);
- copies and rewrites count as their source, as in every rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from newsfuse.align.disagreements import claims_of
from newsfuse.records import AnalysedStory, Conflict

# surface forms (lower case, dots dropped) → the rank; longest first in the pattern
_RANKS: dict[str, str] = {
    "assistant professor": "assistant professor",
    "associate professor": "associate professor",
    "full professor": "full professor",
    "professor": "professor",
    "pvt": "private",
    "private": "private",
    "cpl": "corporal",
    "corporal": "corporal",
    "sgt": "sergeant",
    "sergeant": "sergeant",
    "staff sgt": "staff sergeant",
    "staff sergeant": "staff sergeant",
    "master sgt": "master sergeant",
    "master sergeant": "master sergeant",
    "2nd lt": "second lieutenant",
    "second lieutenant": "second lieutenant",
    "1st lt": "first lieutenant",
    "first lieutenant": "first lieutenant",
    "lt": "lieutenant",
    "lieut": "lieutenant",
    "lieutenant": "lieutenant",
    "capt": "captain",
    "captain": "captain",
    "maj": "major",
    "major": "major",
    "lt col": "lieutenant colonel",
    "lt colonel": "lieutenant colonel",
    "lieutenant col": "lieutenant colonel",
    "lieutenant colonel": "lieutenant colonel",
    "col": "colonel",
    "colonel": "colonel",
    "brig gen": "brigadier general",
    "brigadier general": "brigadier general",
    "maj gen": "major general",
    "major general": "major general",
    "lt gen": "lieutenant general",
    "lieutenant general": "lieutenant general",
    "gen": "general",
    "general": "general",
    "ensign": "ensign",
    "lt cmdr": "lieutenant commander",
    "lieutenant commander": "lieutenant commander",
    "cmdr": "commander",
    "cdr": "commander",
    "commander": "commander",
    "rear adm": "rear admiral",
    "rear admiral": "rear admiral",
    "vice adm": "vice admiral",
    "vice admiral": "vice admiral",
    "adm": "admiral",
    "admiral": "admiral",
}
# ranks read in lower case after a name or before a cast name: the rest are too often another word
_LOWER_OK = frozenset(
    {
        "assistant professor",
        "associate professor",
        "full professor",
        "professor",
        "corporal",
        "sergeant",
        "staff sergeant",
        "master sergeant",
        "second lieutenant",
        "first lieutenant",
        "lieutenant",
        "lieutenant colonel",
        "colonel",
        "brigadier general",
        "major general",
        "lieutenant general",
        "lieutenant commander",
        "rear admiral",
        "vice admiral",
        "admiral",
    }
)


def _surface(form: str) -> str:
    words = form.split()
    return r"\s+".join(re.escape(w) + (r"\.?" if len(w) <= 5 else "") for w in words)


_RANK = "|".join(_surface(f) for f in sorted(_RANKS, key=lambda f: (-len(f.split()), -len(f))))
_NAME = r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){0,2}\s+[A-Z][a-z'’-]+"
# "Lt. Col. Ann Ruiz", "Lt. Colonel Packard (Samuel L. Jackson)"
_BEFORE = re.compile(
    r"\b(?P<rank>(?i:" + _RANK + r"))\s+(?P<name>" + _NAME + r"|[A-Z][a-z'’-]+)(?:\s+\((?P<cast>" + _NAME + r")\))?"
)
# "Matthew Kanan, an associate professor of chemistry"
_AFTER = re.compile(
    r"(?P<name>" + _NAME + r"),\s+(?:(?:a|an|the)\s+)?(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<rank>(?i:" + _RANK + r"))\b"
)
# "an irascible lieutenant (Samuel L. Jackson)"
_CAST = re.compile(
    r"\b(?:a|an|the)\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<rank>(?i:" + _RANK + r"))\s+\((?P<name>" + _NAME + r")\)"
)
# what may follow a rank that is a rank: the end of the phrase, "of"/"at"/"in", a name or a parenthesis
_RANK_ENDS = re.compile(r"^(?:\s*[,.;:)(—–-]|\s+(?:of|at|in|for|with|and|who|whose|from|on)\b|\s+[A-Z(]|\s*$)")
_OTHER_TIME = re.compile(
    r"\b(?:former|formerly|retired|then|ex|now|later|onetime|late|promoted|became|becoming)\b", re.I
)
_NOT_A_LADDER = frozenset({"visiting", "adjunct", "research", "clinical", "emeritus", "honorary", "distinguished"})
_INITIAL = re.compile(r"^[A-Z]\.$")


@dataclass(frozen=True)
class Title:
    """One rank given to one person in one sentence: ``person`` is the name's words without initials, lower
    case ("samuel jackson"); ``rank`` the ladder's rank ("lieutenant colonel"); ``text`` the rank and ``name`` the
    name as written."""

    person: str
    rank: str
    text: str
    start: int
    name: str = ""
    before: bool = False  # the rank stands before the name ("Lt. Col. Ann Ruiz"), where "General Motors" reads alike


def _person(name: str) -> str | None:
    words = [w for w in name.split() if not _INITIAL.match(w)]
    return " ".join(w.lower() for w in words) if len(words) >= 2 else None


def _rank_of(text: str) -> str | None:
    return _RANKS.get(re.sub(r"\s+", " ", text.replace(".", "")).lower())


def titles_in(text: str) -> list[Title]:
    """The ranks this sentence gives named people (module doc), each person once, by the forms it reads."""
    found: dict[str, Title] = {}
    for pattern in (_BEFORE, _AFTER, _CAST):
        for m in pattern.finditer(text):
            rank = _rank_of(m.group("rank"))
            if rank is None or not _RANK_ENDS.match(text[m.end("rank") :]):
                continue
            lower = m.group("rank")[0].islower()
            if (pattern is not _BEFORE or lower) and rank not in _LOWER_OK:
                continue
            if pattern is _BEFORE and lower:
                continue  # a rank before a name is capitalised ("Lt. Col. Ann Ruiz"): "the major Democratic donors"
            mods = (m.groupdict().get("mods") or "").split()
            if any(w.lower() in _NOT_A_LADDER for w in mods) or _OTHER_TIME.search(
                " ".join(mods) + " " + text[max(0, m.start("rank") - 12) : m.start("rank")]
            ):
                continue
            name = m.groupdict().get("cast") or m.group("name")
            person = _person(name) if name else None
            if person is None or person in found:
                continue
            found[person] = Title(person, rank, m.group("rank"), m.start("rank"), name, pattern is _BEFORE)
    return list(found.values())


def agree(a: str, b: str) -> bool:
    """Whether two ranks may be one person's: the same, or one the other's short form ("colonel" for a lieutenant
    colonel, "professor" for an associate professor)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=lambda r: len(r.split()))
    return len(long.split()) > 1 and long.split()[-1] == short


def _people(story: AnalysedStory) -> list[frozenset[str]]:
    """The words (lower case) of each person the entity tagger found anywhere in the story: a name tagged in one
    sentence is a person's in the others, where the tagger may miss it."""
    return [
        frozenset(w.lower() for w in re.findall(r"[A-Za-z'’-]+", m.text)) for m in story.mentions if m.label == "PERSON"
    ]


def title_conflicts(
    story: AnalysedStory, copy_of: Mapping[str, str | None] | None = None
) -> list[tuple[int, Conflict, set[int]]]:
    """(first sentence, conflict, sentences in it) for each person two independent outlets give ranks that do not
    agree (module doc)."""
    copy_of = story.copy_of if copy_of is None else copy_of
    people = _people(story)
    told: dict[str, list[tuple[int, str, Title]]] = {}  # person → (sentence, source root, title)
    for i, sentence in enumerate(story.sentences):
        for t in titles_in(sentence.text):
            if not t.before or any(set(t.person.split()) <= words for words in people):
                root = copy_of.get(sentence.article_id) or sentence.article_id
                told.setdefault(t.person, []).append((i, root, t))
    found: list[tuple[int, Conflict, set[int]]] = []
    for _person, mentions in sorted(told.items()):
        by_root: dict[str, list[tuple[int, str, Title]]] = {}
        for m in mentions:
            by_root.setdefault(m[1], []).append(m)
        # an outlet that gives the person two ranks that differ tells a change or slips itself: left out
        kept = [m for ms in by_root.values() if all(agree(a[2].rank, b[2].rank) for a in ms for b in ms) for m in ms]
        ranks = sorted({m[2].rank for m in kept})
        # the sides: ranks no other rank given spells out further ("lieutenant colonel", not its "colonel")
        sides = [r for r in ranks if not any(o != r and agree(o, r) and len(o) > len(r) for o in ranks)]
        if len(sides) < 2 or any(agree(a, b) for k, a in enumerate(sides) for b in sides[k + 1 :]):
            continue
        groups: dict[str, list[int]] = {}
        labels: dict[str, str] = {}
        for side in sides:
            members = [m for m in kept if agree(m[2].rank, side) and sum(agree(m[2].rank, s) for s in sides) == 1]
            members.sort(key=lambda m: (m[2].rank != side, m[0]))
            if members:
                groups[side] = list(dict.fromkeys(m[0] for m in members))  # a sentence of the rank as written first
                labels[side] = members[0][2].text
        roots = {side: {m[1] for m in kept if m[0] in groups.get(side, [])} for side in groups}
        if len(groups) < 2 or len(set().union(*roots.values())) < 2:
            continue
        claims = claims_of(story, groups, labels)
        sentences = {i for g in groups.values() for i in g}
        name = next(m[2].name for m in kept if m[0] in sentences)
        found.append((min(sentences), Conflict(topic=f"rank of {name}", claims=claims), sentences))
    return found

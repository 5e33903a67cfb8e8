"""Disagreements told in words, not figures: how much of a group did something, and whose idea an act was.

Editor read #21 (stop 50) missed seven real disagreements between outlets and every one was told in words: "every
member of Congress has been briefed" against "you can count on two hands the members who know", an official who
"acted on his own" against one who cut a line "at the request of the CIA". No number, day or status rule reads them.
Precision first, two narrow shapes (stop 51):

- **A share of one group** (:func:`share_conflicts`): one independent source says all / every / none of a group did
  what another says some / a few / most / several of the same group did — the same head noun (and the same "of …"
  after it when both give one), in sentences that tell one event (cosine >= ``EVENT_SIMILARITY`` or one act in one
  source's words, ``disagreements.told_alike``) and share two plain words besides the group. Not a disagreement: a
  hedged whole ("nearly all", "almost every", "not all": a writer who hedges does not claim the whole), a share of
  another group ("all the senators" / "some of the governors"), one sentence negated and the other not ("all the
  members did not know" / "some members knew" agree), an article that itself gives both shares of the group, a
  quantifier inside a quotation (a speaker's words, which another speaker may contest: no outlets' disagreement),
  "none" against "few" (a few is close to none in a writer's mouth).
- **Whose initiative** (:func:`initiative_conflicts`): one independent source says an actor did it on his own
  (of his own accord, on his own initiative, acting alone), another that it was done at someone's request, behest,
  urging or order — in sentences of one event sharing two plain words besides the phrase.
- **Who proposed the act** (:func:`request_conflicts`, stop 56): one independent source says a named person was asked
  (told, ordered, urged …) to do an act, another that the same person offered or volunteered to do it — the act told
  with two words alike, in sentences of one event (editor read #29, Multi-News row 58: "Plaskett asked McCullum to
  take her iPhone to an Apple store" / "McCullum offered … to help take a House member's … iPhone to a local Apple
  store", shown as one fact cited to both).

Claims are ordered by publication time where known, as the other disagreements (``disagreements._claims``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from newsfuse.align.disagreements import EVENT_SIMILARITY, MIN_SIMILARITY, claims_of, told_alike
from newsfuse.align.numbers import STOP, WORD_NUMBERS, singular
from newsfuse.align.support import SupportMap
from newsfuse.align.units import quoted_part
from newsfuse.records import AnalysedStory, Conflict

_DETERMINER = r"(?:(?:the|his|her|their|its|our|these|those)\s+)?"
# a whole: "all (of) (the) senators", "every school", "none of the members"; a share: "some (of the) members", "a few
# members", "most of the members", "several of the schools", "only a handful of members"
_WHOLE = re.compile(
    r"\b(?P<q>all(?:\s+of)?|every|none\s+of)\s+" + _DETERMINER + r"(?P<rest>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)",
    re.I,
)
_SHARE = re.compile(
    r"\b(?P<q>(?:only\s+|just\s+)?(?:some|a\s+few|few|most|several|a\s+handful|a\s+small\s+number|a\s+minority)"
    r"(?:\s+of)?)\s+" + _DETERMINER + r"(?P<rest>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)",
    re.I,
)
# a whole a writer hedges claims no whole: "nearly all", "almost every", "not all", "virtually none of"
_HEDGE = re.compile(r"\b(?:nearly|almost|virtually|practically|not|roughly|about|just\s+about|far\s+from)\s+$", re.I)
# words after "all" / "every" that name no group: "all the time", "every day", "all along", "after all"
_NO_GROUP = frozenset(
    {"time", "times", "way", "ways", "day", "days", "week", "weeks", "month", "months", "year", "years", "other",
     "others", "one", "ones", "kind", "kinds", "sort", "sorts", "along", "over", "around", "across", "right", "but",
     "told", "too", "hour", "hours", "night", "nights", "morning", "mornings", "step", "turn", "corner", "sides",
     "side", "thing", "things", "sense", "likelihood", "respect", "lot", "bit", "part", "more", "less", "least",
     "much", "many", "that", "this", "those", "these", "them", "us", "you", "we"}
)  # fmt: skip
# verbs in -s that follow a singular noun ("all the money goes"): no plural head
_VERBS = frozenset(
    {"goes", "does", "has", "was", "says", "seems", "remains", "comes", "makes", "takes", "gets", "means", "needs",
     "wants", "looks", "appears", "stays", "helps", "knows", "shows", "gives", "keeps", "believes", "thinks", "tells",
     "falls", "rises", "stands", "sits", "lies", "runs", "turns", "becomes", "happens", "depends", "belongs"}
)  # fmt: skip
_PLURALS = frozenset({"people", "children", "men", "women", "police", "staff", "personnel", "clergy", "cattle"})
# "the most", "at most", "two most": a superlative or a bound, no share
_SUPERLATIVE = re.compile(r"(?:\b(?:the|at|a|an|two|three|its|their|his|her)|['’]s)\s+$", re.I)
_QUANTIFIERS = frozenset({"all", "every", "none", "some", "few", "most", "several", "handful", "small", "minority"})
_LETTERS = re.compile(r"[a-z]+")
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<of>[A-Za-z][\w'’-]*)")


@dataclass(frozen=True)
class _Share:
    sentence: int
    root: str  # the independent source (a copy's origin)
    whole: bool  # all / every / none of
    negative: bool  # "none of": the whole did not
    small: bool  # "few", "a few", "a handful": close to none
    group: str  # the group's head noun, singular
    of: str  # the noun after "of" that names whose group ("members of Congress": "congress"), or ""
    text: str  # the phrase as written
    span: tuple[int, int]


def _group(rest: str, whole_word: str) -> tuple[str, int] | None:
    """The group's head noun (singular) and its length in ``rest`` (the one or two words after the quantifier):
    a plural noun ("senators", "people"), or after "every" a singular one; a name before it is its modifier
    ("Republican senators", "every American school")."""
    words = rest.split()
    singular_head = whole_word.lower() == "every"
    heads = []
    for k, word in enumerate(words[:2]):
        low = word.lower().strip("’'")
        if low in _NO_GROUP or (low in STOP and low not in _PLURALS):
            break
        if _is_head(low, singular_head) and not (k and low.endswith(("ed", "ing"))):  # "every Republican voted"
            heads.append(((low if low in _PLURALS else singular(low)), len(" ".join(words[: k + 1]))))
        if not word[:1].isupper() and heads:
            break  # a lower-case head ends the phrase ("every member"); a name is a modifier ("every American school")
    return heads[-1] if heads else None


def _is_head(word: str, singular_head: bool) -> bool:
    if not word.isalpha() or len(word) < 3 or word in _VERBS:
        return False
    if singular_head:
        return singular(word) == word and word not in _PLURALS
    return word in _PLURALS or (singular(word) != word and len(word) > 3)


def shares_in(text: str) -> list[tuple[bool, bool, bool, str, str, str, tuple[int, int]]]:
    """Each quantified group of ``text`` outside quotations: (whole, negative, small, group, of, phrase, span)."""
    if _QUANTIFIERS.isdisjoint(_LETTERS.findall(text.lower())):
        return []  # most sentences hold no quantifier: a set lookup spares them two case-blind patterns
    quoted = quoted_part(text)
    found = []
    for pattern, whole in ((_WHOLE, True), (_SHARE, False)):
        for m in pattern.finditer(text):
            if m.group() in quoted or (whole and _HEDGE.search(text[: m.start()])):
                continue
            if _SUPERLATIVE.search(text[: m.start()]) or m.group("rest").split()[0].lower() in WORD_NUMBERS:
                continue  # "the most permissive options", "some seventy injuries": no share of a group
            quantifier = " ".join(m.group("q").lower().split())
            head = _group(m.group("rest"), quantifier.split()[0])
            if head is None or (quantifier == "most" and " " in text[m.start("rest") : m.start("rest") + head[1]]):
                continue  # "most outspoken critics": a superlative, unless the group follows at once ("most rats")
            group, length = head
            end = m.start("rest") + length
            of = _OF.match(text, end)
            found.append(
                (
                    whole,
                    quantifier.startswith("none"),
                    quantifier.replace("only ", "").replace("just ", "") in ("few", "a few", "a handful"),
                    group,
                    of.group("of").lower() if of else "",
                    text[m.start() : end],
                    (m.start(), end),
                )
            )
    return found


def _plain(text: str, skip: tuple[int, int]) -> frozenset[str]:
    """The plain (lower-case) words of ``text`` outside the span ``skip``: what the sentence says was done."""
    outside = text[: skip[0]] + " " + text[skip[1] :]
    return frozenset(singular(w) for w in _WORD.findall(outside) if w.islower() and w not in STOP and len(w) > 2)


def _one_event(story: AnalysedStory, support: SupportMap, i: int, j: int) -> bool:
    similarity = float(support.similarity[i, j])
    return similarity >= EVENT_SIMILARITY or (
        similarity >= MIN_SIMILARITY and told_alike(story.sentences[i].text, story.sentences[j].text)
    )


def share_conflicts(
    story: AnalysedStory, support: SupportMap, copy_of: Mapping[str, str | None] | None = None
) -> list[tuple[int, Conflict, set[int]]]:
    """All (or none) of a group in one independent source, some of the same group in another (module docstring)."""
    copy_of = story.copy_of if copy_of is None else copy_of
    shares: list[_Share] = []
    for i, s in enumerate(story.sentences):
        root = copy_of.get(s.article_id) or s.article_id
        for whole, negative, small, group, of, text, span in shares_in(s.text):
            shares.append(_Share(i, root, whole, negative, small, group, of, text, span))
    if not any(x.whole for x in shares) or all(x.whole for x in shares):
        return []
    # an article that gives a whole and a share of one group tells both (two moments, two parts of the story)
    both = {(x.root, x.group) for x in shares if x.whole} & {(x.root, x.group) for x in shares if not x.whole}
    found: list[tuple[int, Conflict, set[int]]] = []
    seen: set[tuple[int, int]] = set()
    for x in shares:
        if not x.whole or (x.root, x.group) in both:
            continue
        for y in shares:
            if y.whole or y.root == x.root or y.group != x.group or (y.root, y.group) in both:
                continue
            if (x.of and y.of and x.of != y.of) or (x.negative and y.small) or (x.sentence, y.sentence) in seen:
                continue
            a, b = story.sentences[x.sentence].text, story.sentences[y.sentence].text
            if bool(_NEGATION.search(a)) != bool(_NEGATION.search(b)):
                continue  # "all of the members did not attend" / "some members attended" may agree
            if len(_plain(a, x.span) & _plain(b, y.span)) < 2 or not _one_event(story, support, x.sentence, y.sentence):
                continue
            seen.add((x.sentence, y.sentence))
            claims = claims_of(
                story, {"whole": [x.sentence], "share": [y.sentence]}, {"whole": x.text, "share": y.text}
            )
            named = y.text.split()[-1].lower()  # the share's head as written: a plural ("members", "children")
            topic = f"how many {named}: {'none' if x.negative else 'all'} or some"
            found.append((min(x.sentence, y.sentence), Conflict(topic=topic, claims=claims), {x.sentence, y.sentence}))
    return found


# "on his own", "of her own accord", "on their own initiative", "acting alone", "unilaterally"
# "on his own" before a noun is a possessive ("on his own site", "on his own (real) Twitter feed": Multi-News rows 36
# and 92): no initiative unless a clause word or the sentence's end follows
_OWN = re.compile(
    r"\b(?:on\s+(?:his|her|their|its)\s+own(?:\s+initiative|\s+authority)?"
    r"(?!\s+(?!(?:and|but|or|to|without|after|before|because|when|while|in|on|at|as|with|from|for|by|rather|instead)\b)"
    r"[\w(“\"])"
    r"|of\s+(?:his|her|their|its)\s+own\s+accord|acting\s+alone|acted\s+alone|unilaterally)\b",
    re.I,
)
# "at the request of the CIA", "at the CIA's request", "at the behest of", "at the urging of", "on the orders of",
# "on the instructions of", "under pressure from"
_ASKED = re.compile(
    r"\b(?:at\s+the\s+(?:request|behest|urging|direction|insistence)\s+of|at\s+(?:the\s+)?[A-Z][\w.'’ -]{0,40}?['’]s?"
    r"\s+(?:request|behest|urging|direction|insistence)|on\s+the\s+(?:orders?|instructions?|advice)\s+of"
    r"|under\s+pressure\s+from)\b",
)


def initiative_conflicts(
    story: AnalysedStory, support: SupportMap, copy_of: Mapping[str, str | None] | None = None
) -> list[tuple[int, Conflict, set[int]]]:
    """On one's own in one independent source, at another's request in another (module docstring)."""
    copy_of = story.copy_of if copy_of is None else copy_of
    own: list[tuple[int, str, re.Match[str]]] = []
    asked: list[tuple[int, str, re.Match[str]]] = []
    for i, s in enumerate(story.sentences):
        low = s.text.lower()
        if not any(
            word in low
            for word in (
                "own",
                "alone",
                "unilateral",
                "request",
                "behest",
                "urging",
                "direction",
                "insistence",
                "order",
                "instruction",
                "advice",
                "pressure",
            )
        ):
            continue  # fmt: skip
        quoted = quoted_part(s.text)
        root = copy_of.get(s.article_id) or s.article_id
        mine = [m for m in _OWN.finditer(s.text) if m.group() not in quoted]
        theirs = [m for m in _ASKED.finditer(s.text) if m.group() not in quoted]
        if mine and not theirs and not _NEGATION.search(s.text[: mine[0].start()][-30:]):
            own.append((i, root, mine[0]))
        elif theirs and not mine:
            asked.append((i, root, theirs[0]))
    found: list[tuple[int, Conflict, set[int]]] = []
    for i, x_root, x in own:
        for j, y_root, y in asked:
            if x_root == y_root:
                continue
            a, b = story.sentences[i].text, story.sentences[j].text
            if len(_plain(a, x.span()) & _plain(b, y.span())) < 2 or not _one_event(story, support, i, j):
                continue
            claims = claims_of(story, {"own": [i], "asked": [j]}, {"own": x.group(), "asked": y.group()})
            found.append((min(i, j), Conflict(topic="whose initiative", claims=claims), {i, j}))
    return found


# a person's name as written after a verb: "McCullum", "House Speaker Paul Ryan" (one to four capitalised words)
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
# "Plaskett asked McCullum to take her iPhone …": the person named after the verb is the one asked to act
_ASKED_TO = re.compile(
    rf"\b(?:asked|told|ordered|instructed|directed|urged|requested|pressed|invited)\s+(?P<agent>{_NAME})\s+to\s+"
    r"(?=(?P<act>[^.;:]{1,160}))"
)
# "McCullum was asked by Plaskett to take …", "McCullum had been told to drive": the person before the verb is asked
_WAS_ASKED_TO = re.compile(
    rf"\b(?P<agent>{_NAME})\s+(?:was|had\s+been)\s+(?:asked|told|ordered|instructed|directed|urged|invited)\b"
    r"(?:\s+by\s+[^.;:,]{1,40}?)?\s+to\s+(?=(?P<act>[^.;:]{1,160}))"
)
# "McCullum offered in March 2016 to help take …", "McCullum volunteered to drive": the person before the verb acts
_OFFERED_TO = re.compile(
    rf"\b(?P<agent>{_NAME})\s+(?:had\s+)?(?:offered|volunteered)\b[^.;:,]{{0,40}}?\s+to\s+(?=(?P<act>[^.;:]{{1,160}}))"
)
# The act is read ahead of the match (a lookahead of at most 160 characters, room for ``_ACT_WORDS`` words) so that a
# second request of one sentence is still read and a 2,000-word "sentence" costs one pass.
_ACT_WORDS = 12  # the words after "to" that tell the act ("take her iPhone to an Apple store for repairs")
_STEM = 5  # letters that stand for a word of the act: "repairs", "repairing", "repaired" are one word


@dataclass(frozen=True)
class _Request:
    sentence: int
    root: str  # the independent source (a copy's origin)
    asked: bool  # asked to act (True) or offered to (False)
    agent: str  # the family name of the person who acts ("McCullum")
    act: frozenset[str]  # the act's plain words, cut to their stems
    text: str  # the phrase as written, up to "to"


def requests_in(text: str) -> list[tuple[bool, str, frozenset[str], str]]:
    """(asked, agent's last name, the act's stems, phrase) for each "asked NAME to …" and "NAME offered to …" of
    ``text`` outside a quotation and not negated ("never asked", "did not offer")."""
    quoted = quoted_part(text)
    found = []
    for asked, pattern in ((True, _ASKED_TO), (True, _WAS_ASKED_TO), (False, _OFFERED_TO)):
        for m in pattern.finditer(text):
            if m.group() in quoted or m.group("agent") in quoted:
                continue
            if _NEGATION.search(text[max(0, m.start() - 30) : m.start("act")]):
                continue
            words = _WORD.findall(m.group("act"))[:_ACT_WORDS]
            act = frozenset(w.lower()[:_STEM] for w in words if w[0].islower() and w.lower() not in STOP and len(w) > 2)
            phrase = text[m.start() : m.start("act")].strip()
            found.append((asked, m.group("agent").split()[-1], act, phrase))
    return found


def request_conflicts(
    story: AnalysedStory, support: SupportMap, copy_of: Mapping[str, str | None] | None = None
) -> list[tuple[int, Conflict, set[int]]]:
    """A named person asked to do an act in one independent source, offering to do it in another (module
    docstring). Not a disagreement: a source that tells both of one person (she asked and he had offered: two
    moments), two acts (fewer than two words of the act alike), sentences of two events."""
    copy_of = story.copy_of if copy_of is None else copy_of
    requests: list[_Request] = []
    for i, s in enumerate(story.sentences):
        if " to " not in s.text:
            continue
        root = copy_of.get(s.article_id) or s.article_id
        for asked, agent, act, phrase in requests_in(s.text):
            requests.append(_Request(i, root, asked, agent, act, phrase))
    told_both = {(r.root, r.agent) for r in requests if r.asked} & {(r.root, r.agent) for r in requests if not r.asked}
    found: list[tuple[int, Conflict, set[int]]] = []
    for x in requests:
        if not x.asked or (x.root, x.agent) in told_both:
            continue
        offers = [
            y
            for y in requests
            if not y.asked
            and y.root != x.root
            and y.agent == x.agent
            and (y.root, y.agent) not in told_both
            and len(x.act & y.act) >= 2
            and _one_event(story, support, x.sentence, y.sentence)
        ]
        if not offers:
            continue
        offered = sorted({y.sentence for y in offers})
        labels = {"asked": x.text, "offered": offers[0].text}
        claims = claims_of(story, {"asked": [x.sentence], "offered": offered}, labels)
        sentences = {x.sentence, *offered}
        found.append((min(sentences), Conflict(topic="whose initiative", claims=claims), sentences))
    return found

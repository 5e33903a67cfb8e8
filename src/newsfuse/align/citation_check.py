"""Does a sentence of another outlet state the fact a shown sentence gives? The last check on a citation.

A fact cites every outlet with a sentence that backs its shown sentence (align/facts.py ``fact_sources``:
the unit's members, and the sentences outside the unit that ``backers`` lets in), once that sentence has
passed the pair model, the numbers and the actors. In a crowded story (eight outlets on one evening, Multi-News
validation row 205) the unit builder joins sentences that share the story's topic words and little else:
"Filmmaker Kenneth Lonergan, who won a best screenplay award for "Manchester by the Sea," cracked wise
backstage: ..." with another outlet's "We would have loved to have won best picture." (P 0.94); "Host Jimmy
Kimmel had come forward to inform the cast that “Moonlight” had indeed won, showing the inside of the envelope
as proof." with "“Moonlight won.”" (P 0.998); "Update: Some wording in this piece has been changed ..." with
"It was Moonlight." (P 0.999). The cited sentence holds a small part of what the shown one says and none of
its rare words. :func:`states` asks that it hold a share of the shown sentence's story-IDF word weight (a word
in few of the story's items weighs more, so the topic words the whole story shares count little), or a word
of it that few of the story's items have, or a name the two give in full.

Fitted on labelled citations (docs/synthesis.md, "Stop 29 — citation check"): every other-outlet citation of
the shown facts of Multi-News validation rows 204 and 205 (122: 52 wrong, 16 partial, 54 right, read against
both sentences) as the tune labels, and the gold facts bench (``newsfuse bench facts``), whose source recall
and multi-outlet facts shown may not fall on either split. The gold counts a short sentence that gives a part
of a long shown one as a right source ("he promised to repay the settlement." for "Farenthold said ... he would
repay the $84,000 to the Treasury Department, ..."; "The boy, Jordan Belliveau, died" for "Charisse Stinson,
21, faces ... charges in connection with Jordan Belliveau's death."), which is what bounds the share:

Share 0.1, a rare word in at most 3.5 items, full names, each claim read with its whole sentence (kept): tune
labels 10 wrong removed, no partial or right one; gold tune multi / recall / precision 84.5 / 95.8 / 96.6 (16
wrong) -> 84.5 / 95.8 / 96.8 (15), report unchanged (84.6 / 94.6 / 95.3). A share of 0.15 alone removes 17
wrong but costs gold tune multi 84.5 -> 79.4 and report 84.6 -> 75.6; 0.12 with the rest costs tune 83.9.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from newsfuse.align import story_pairs, units
from newsfuse.align.actors import Frame
from newsfuse.align.numbers import Quantity
from newsfuse.align.same_fact import STOP_WORDS
from newsfuse.nlp.speech import TAIL_VERBS

# Share of the shown sentence's story-IDF word weight the cited sentence must hold ...
MIN_COVER = 0.1
# ... unless the two share a word that at most this many of the story's items hold ("$84,000", "seizures")
RARE_ITEMS = 3.5

# ... and, whatever it shares, a share of at least this when neither sentence gives an act (a verb) of the other
ACT_COVER = 0.15

# A line of its own of at most this many words without a closing stop is a heading, a caption or a credit
HEADING_WORDS = 15

_TOKEN = re.compile(r"[A-Za-z][\w'’.-]*")
_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=8192)
def full_names(text: str) -> frozenset[tuple[str, str]]:
    """Two capitalised words in a row ("Jordan Belliveau", "Surrealistic Pillow"), lower-cased, a
    possessive and a closing full stop dropped."""
    tokens = [_POSSESSIVE.sub("", t).rstrip(".") for t in _TOKEN.findall(text)]
    return frozenset((a.lower(), b.lower()) for a, b in pairwise(tokens) if a[:1].isupper() and b[:1].isupper())


def states(
    shown: frozenset[str], cited: frozenset[str], idf: Mapping[str, float], items: int, texts: tuple[str, str]
) -> bool:
    """Whether ``cited`` (the content words of another outlet's sentence) states what ``shown`` (the
    content words of the fact's shown sentence) says: it holds at least :data:`MIN_COVER` of the
    story-IDF weight of ``shown``, or a word of it that at most :data:`RARE_ITEMS` of the story's
    ``items`` hold (``idf`` is log(items / items holding the word)), or the two sentences (``texts``:
    shown, cited) name one person or title in full (:func:`full_names`: a victim named in both, "The boy,
    Jordan Belliveau, died", is one story told from two sides; a surname alone is any sentence of the story)."""
    if cover(shown, cited, idf) >= MIN_COVER:  # a weightless ``shown`` is covered
        return True
    if shares_rare(shown, cited, idf, items):
        return True
    return bool(full_names(texts[0]) & full_names(texts[1]))


def shares_rare(shown: frozenset[str], cited: frozenset[str], idf: Mapping[str, float], items: int) -> bool:
    """Whether the two share a word that at most :data:`RARE_ITEMS` of the story's ``items`` hold."""
    rare = math.log(max(items, 1) / RARE_ITEMS)
    return any(idf.get(w, 0.0) >= rare for w in shown & cited)


def cover(shown: frozenset[str], cited: frozenset[str], idf: Mapping[str, float]) -> float:
    """The share of the story-IDF weight of ``shown`` that ``cited`` holds (1.0 for a weightless ``shown``)."""
    weight = math.fsum(idf.get(w, 0.0) for w in shown)
    return math.fsum(idf.get(w, 0.0) for w in shown & cited) / weight if weight > 0.0 else 1.0


def names_others_at_another_act(
    acts: tuple[frozenset[str], frozenset[str]],
    words: tuple[frozenset[str], frozenset[str]],
    idf: Mapping[str, float],
    items: int,
    figures: tuple[frozenset[str], frozenset[str]],
) -> bool:
    """Whether the cited sentence (the second of each pair: shown, cited) tells of the shown one's people doing
    something else: it gives none of the shown acts (:func:`tells_an_act`), holds less than :data:`ACT_COVER` of
    the shown weight, and shares no rare word (:func:`shares_rare`) and no figure (``figures``) with it."""
    return (
        not tells_an_act(acts, words)
        and cover(words[0], words[1], idf) < ACT_COVER
        and not shares_rare(words[0], words[1], idf, items)
        and not figures[0] & figures[1]
    )


def tells_an_act(acts: tuple[frozenset[str], frozenset[str]], words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether either of two sentences (shown, cited) gives an act of the other: one of its verbs (``acts``,
    align/actors.py ``acts_of``) is among the other's content words or verbs (``words``). A shown sentence
    without a verb of its own (a heading, "In came Beatty again.") tells no act to miss. Stop 31 (docs/synthesis.md):
    with a share of the shown weight below :data:`ACT_COVER` and no rare word or figure shared, a cited sentence
    that tells none of the shown acts names the same people doing something else ("Gillibrand has said repeatedly
    that Hillary Clinton should run." for "Gillibrand ... was appointed to the Senate in 2009, filling the seat
    vacated by Hillary Clinton ...")."""
    if not acts[0]:
        return True
    return bool(acts[0] & (words[1] | acts[1])) or bool(acts[1] & (words[0] | acts[0]))


def names_only(
    acts: tuple[frozenset[str], frozenset[str]],
    words: tuple[frozenset[str], frozenset[str]],
    names: frozenset[str],
    shown: str,
) -> bool:
    """Whether the cited sentence (the second of each pair: shown, cited) shares with the shown one only words of
    names (``names``: the content words of the names either sentence gives, a figure inside a name too: "Q4",
    "Keurig 2.0") while the shown sentence (``shown``, its text) says nothing another outlet could tell in other
    words: it has no act of its own (what it says of its names is its predicate, "isn't the iPhone", which the
    cited sentence lacks, and the cited one lacks one of its names too), or it is the writer's own first person
    ("what I was concerned about in my previous article", :func:`first_person`) and the cited sentence tells none
    of its acts. Stop 34 (Multi-News validation row 61): "In short, <product> 2.0 isn't the iPhone." was cited to
    an outlet telling when the product came out; a column's "The problem was exactly what I was concerned about in
    my previous <company> article, ..., following the Q4 results." to one telling that the company cut its
    guidance as earnings fell 4% (the "4" of "Q4" and "4%" read as one figure). Shared names alone with a shown
    act told in other words stay a source: gold tune cites "which Saudi Arabia has fiercely opposed" for "Saudi
    Arabia has objected vehemently to the legislation." (the rule on every shown sentence with an act: gold tune
    multi 86.5 -> 83.2, five right citations lost)."""
    shared = words[0] & words[1]
    if not shared or shared - names or not words[0] - names:
        return False  # a shown sentence of names alone ("This is <name>.") says nothing more to miss
    if not acts[0]:
        # it tells of some of the shown names without the others ("iPhone"); one that gives them all ("to say he
        # was in the capital Tripoli and to deny rumors he had fled to Venezuela" for '"I am in Tripoli and not in
        # Venezuela.', Multi-News validation row 176) tells what the shown sentence puts them together for
        return bool((words[0] & names) - words[1])
    return first_person(shown) and not tells_an_act(acts, words)


_QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")  # a quotation, or one opened and not closed in the sentence
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|I['’]m|I['’]ve|I['’]d)\b")


def first_person(text: str) -> bool:
    """The writer speaks in the first person singular outside any quotation ("I was concerned", "my article")."""
    return bool(_FIRST_PERSON.search(_QUOTED.sub(" ", text)))


_CLOSED = re.compile(r"[.?!…][\"'”’)\]]*\s*$|[\"”]\s*$")


def heading_lines(places: Sequence[tuple[str, int]], texts: Sequence[str]) -> list[bool]:
    """Per sentence (``places``: its article and paragraph; ``texts``: its whole text), whether it is a heading
    line: the only sentence of its paragraph, at most :data:`HEADING_WORDS` words, no closing stop."""
    held: dict[tuple[str, int], set[str]] = {}
    for place, text in zip(places, texts, strict=True):
        held.setdefault(place, set()).add(text)
    return [
        len(held[place]) == 1
        and 0 < len(text.split()) <= HEADING_WORDS
        and not _CLOSED.search(text)
        and _POSSESSIVE.sub("", text.split()[-1].lower()) not in STOP_WORDS
        for place, text in zip(places, texts, strict=True)
    ]


# Words that say no without a negated head: the other sentence may tell the same refusal that way
_NEGATIVE = re.compile(
    r"\b(?:not|no|never|none|nothing|nor|neither|without|n['’]t|declin\w*|fail\w*|refus\w*|reject\w*|den(?:y|ies|ied)"
    r"|avoid\w*|lack\w*|dismiss\w*|ignor\w*|unable|cannot)\b|n['’]t\b",
    re.I,
)


def turns_polarity(frames: tuple[Frame, Frame], texts: tuple[str, str]) -> bool:
    """Whether one of two sentences (shown, cited) denies the act the other tells: its head act is negated
    (align/actors.py ``Frame.negated``) and the other's is not, nor does the other say no in any word
    (:data:`_NEGATIVE`: "refused to comment" tells what "did not comment" does), and they share a word the
    negation covers (``Frame.denied``). A negated act does not back
    the act: "Mr. Obama raised questions about the message that “stand your ground” laws send" is not backed by
    "he didn't offer a meaningful opinion on ... “Stand Your Ground” laws" (Multi-News validation row 102, stop 35
    editor read), which the quoted term let in."""
    shown, cited = frames
    if shown.negated == cited.negated:
        return False
    negative = shown if shown.negated else cited
    denied, plain = (shown.denied, texts[1]) if shown.negated else (cited.denied, texts[0])
    if _NEGATIVE.search(plain):
        return False
    said = story_pairs.content_words(plain)
    # "the school did not call an ambulance but called the boy's mother instead" tells what "the school called
    # Elijah's mother" does: the other gives a word of what the sentence says instead that the denial lacks
    # (editor read #17, Multi-News row 122)
    if said & (story_pairs.content_words(negative.asserted) - story_pairs.content_words(denied)):
        return False
    # what they share must be what is denied: "You will never be defined by what the defendant's father termed
    # “20 minutes of action.”" backs a sentence about the father's words (row 103, right)
    return bool(story_pairs.content_words(denied) & said)


# A shown sentence of at most this many content words ("they all said yes.") is stated by a cited one only if it
# holds them all. Four words, all but one held, caught "And that is why we will continue to speak out." cited to a
# juror lawyer's "if this were to continue, word gets out ..." (row 103) but cost gold tune a right source: "The
# closures, which lasted for four days" for "The traffic lanes were closed for four days ..." (the stems differ)
SHORT_WORDS = 2


def misses_short(shown: frozenset[str], cited: frozenset[str]) -> bool:
    """Whether ``shown`` (a short sentence's content words, :data:`SHORT_WORDS`) is not held by ``cited``: one
    shared word is a tenth of a long sentence's weight but half of a short one's, so a share of the weight lets
    any sentence that gives one of its common words back it ("All of us." and "...: yes, that was unusual." for
    "they all said yes.", Multi-News validation row 103, stop 35 editor read)."""
    return 0 < len(shown) <= SHORT_WORDS and not shown <= cited


# A sentence that is mostly someone's quotation (its quoted words at least this share of its words, and at least
# ``QUOTE_CONTENT`` content words in them) is backed by a sentence that prints some of those words
QUOTE_SHARE = 0.5
QUOTE_CONTENT = 5
QUOTE_WORDS_CITED = 0.2


def misses_quote(texts: tuple[str, str], idf: Mapping[str, float] | None = None, items: int = 0) -> bool:
    """Whether the shown sentence is mostly a quotation of which the cited sentence holds almost none of the words:
    a reader who follows the citation does not find the quote. Editor read #8, row 114: Andrew Wetzler's "I guess
    if a wrecking ball is barreling down on your house, you are just 'threatened.'" cited the Hill, whose sentence
    gives his other remark ("he said it was a lost opportunity for the administration"): one speaker, the same
    topic words, not his words. Another wording of the quote (a second translation) keeps a fifth of its words."""
    shown, cited = texts
    quoted = units.quoted_part(shown)
    if len(quoted.split()) < QUOTE_SHARE * len(shown.split()):
        return False
    words = story_pairs.content_words(quoted)
    if len(words) < QUOTE_CONTENT:
        return False
    held = words & story_pairs.content_words(cited)
    if len(held) < QUOTE_WORDS_CITED * len(words):
        return True
    # the words held must weigh their share too (story IDF) or be one the story rarely gives: a quotation's topic
    # words that the whole story gives are in any sentence of it, not the speaker's words (editor read #11, stop 40:
    # a speakerless "If Trump oversteps his authority and abandons negotiations with Congress by declaring a
    # fabricated national emergency, we won't only call his bluff, ..." cited to "This is far from the only declared
    # national emergency."). Without the rare word, gold tune lost two partly right citations that tell the quote's
    # substance in prose ("a plan for daily humanitarian ceasefires" for a ministry's quoted call for "a daily
    # humanitarian truce").
    if idf is None or cover(words, held, idf) >= QUOTE_WORDS_CITED:
        return False
    return not shares_rare(words, held, idf, items)


def names_beside_quote(words: tuple[frozenset[str], frozenset[str]], names: frozenset[str], cited: str) -> bool:
    """Whether the cited sentence (the second of ``words``: shown, cited) shares with the shown one only words of
    names (``names``, as :func:`names_only`) and prints a quotation none of whose content words the shown one
    gives: it tells what the named person said, not what the shown sentence says of them ("“We're looking at
    that,” Hoyer said." for "Representative Steny H. Hoyer ... resolved to wear a “Team Scalise” shirt to the
    game.", editor read #11, stop 40). Shared names alone with the cited sentence's own words told in prose stay
    a source (gold tune cites "which Saudi Arabia has fiercely opposed" for "Saudi Arabia has objected
    vehemently to the legislation."): refusing every citation of shared names whose shown sentence has five
    words besides them cost gold tune 2.6 points of multi-source shown for two wrong citations saved."""
    shared = words[0] & words[1]
    if not shared or not shared <= names or not words[0] - names:
        return False
    quoted = units.quoted_part(cited)
    return bool(quoted.strip()) and not story_pairs.content_words(quoted) & words[0]


# The speaker of a speech verb: the capitalised words (a title, a name; "former" too) right before it ("former Senate
# Majority Leader Bob Dole says") or right after it ("…, said Sen. Bob Dole")
# nlp/speech.py's verbs after a quotation with its speaker, and the verbs of arguing and warning ("continued" frames
# no speaker's own words)
_OTHER_SPEAKING = "argued argues insisted insists explains noted notes warned warns"
_SPEAKING = (frozenset(TAIL_VERBS) - {"continued"}) | frozenset(_OTHER_SPEAKING.split())
_SPEECH = "(?:" + "|".join(sorted(_SPEAKING)) + ")"
_SPEAKER_BEFORE = re.compile(rf"((?:(?:former|then|ex)[\s-]+)?(?:[A-Z][\w.'’-]*\s+){{1,7}}){_SPEECH}\b")
_SPEAKER_AFTER = re.compile(rf"\b{_SPEECH},?\s+((?:(?:former|then|ex)[\s-]+)?(?:[A-Z][\w.'’-]*\s*){{1,7}})")


def speaker_words(text: str) -> frozenset[str]:
    """The content words of the speakers a sentence names at its speech verbs (:data:`_SPEAKER_BEFORE`,
    :data:`_SPEAKER_AFTER`)."""
    found = [m.group(1) for pattern in (_SPEAKER_BEFORE, _SPEAKER_AFTER) for m in pattern.finditer(text)]
    return frozenset(w for phrase in found for w in story_pairs.content_words(phrase))


def shares_only_speaker(words: tuple[frozenset[str], frozenset[str]], texts: tuple[str, str]) -> bool:
    """Whether two sentences (shown, cited) that both tell what one person says share nothing but that person: the
    words they share are all words of the speakers named at their speech verbs (:func:`speaker_words`). One speaker's
    two remarks are two facts: "Former Senate Majority Leader Bob Dole says he doesn't believe he could make it in the
    modern Republican Party." was cited to another outlet's "The Senate might not be broken, but it's not exactly
    stable, former Senate Majority Leader Bob Dole says." (editor read #32, Multi-News row 86), the frame holding
    almost half the shown sentence's weight and the speaker's full name."""
    shared = words[0] & words[1]
    if not shared:
        return False
    speakers = (speaker_words(texts[0]), speaker_words(texts[1]))
    if not speakers[0] & speakers[1]:
        return False
    return shared <= speakers[0] | speakers[1]


# A count of at least this (a year excepted) that the cited sentence gives differently, within this ratio
FIGURE_MIN = 1000
FIGURE_RATIO = 3.0


# A length, weight or area is given in two units across outlets ("8,027-meter" / "26,291-foot (8,013 m)"): never
# compared here (Multi-News validation row 7: a peak's height in metres against a camp's altitude in feet)
_MEASURE_NOUNS = frozenset(
    [
        "meter",
        "metre",
        "foot",
        "feet",
        "mile",
        "kilometer",
        "kilometre",
        "km",
        "yard",
        "inch",
        "pound",
        "kilogram",
        "kg",
        "ton",
        "tonne",
        "gallon",
        "liter",
        "litre",
        "acre",
        "hectare",
        "degree",
    ]
)


def _large(q: Quantity) -> bool:
    year = q.exact and q.low.is_integer() and 1900 <= q.low <= 2100 and "," not in q.text
    return q.unit == "count" and q.low >= FIGURE_MIN and not year and q.noun not in _MEASURE_NOUNS


def gives_other_figure(shown: Sequence[Quantity], cited: Sequence[Quantity]) -> bool:
    """Whether the cited sentence gives, for a large count of the shown one (:data:`FIGURE_MIN`, not a year), another
    count of its order (within :data:`FIGURE_RATIO`) that cannot be the same, and none that can: two figures for
    one thing are a disagreement, never support ("border apprehensions have actually fallen ..., to 400,000 in the
    last fiscal year from 1.6 million in 2000" cited to "There were roughly 520,000 arrests ... last year, which
    is about one-third of the 1.6 million arrests that happened in 2000.", editor read #11, stop 40).
    ``units.numbers_agree`` compares counts only of one counted thing, and the parser read "400,000 in the last
    fiscal year" as counting "fiscal"; the order keeps a story's other figures out ("800,000 federal employees"
    beside "55 miles")."""
    theirs = [q for q in cited if _large(q)]
    for x in shown:
        if not _large(x) or any(x.compatible(y) for y in theirs):
            continue
        if any(max(x.low, y.low) <= FIGURE_RATIO * min(x.low, y.low) for y in theirs):
            return True
    return False

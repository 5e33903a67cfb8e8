"""Deletion-only compression of a summary sentence, so the word budget holds more of the story.

Every kept word stays in its source order and nothing is added (``../shared/CONTRACT.md``); only the
first kept word may change case, as it now starts the sentence. What is deleted carries no fact of
its own:

- a parenthetical: "(or New York)", "(http://bit.ly/…)"; never a party tag ("(D-Mo.)", "(R)"): it is the one
  word that tells a reader which side a senator or a governor is on (editor read #20, BASIL 2017 and 2015: McCaskill's
  "(D-Mo.)" and Christie's "(R)" were deleted, and the summary's partisan split went with them);
- an exchange code after a company's name: "Jimmy Choo CHOO.L" (``drop_tickers``);
- a connective or frame that opens the sentence and points at what came before it in its article:
  "Meanwhile, ", "But ", "Specifically, ", "In a statement, ", "In an interview with the BBC, "; an
  explainer's answer label "A: ".

Never deleted: a trailing attribution ("..., police said." / "..., according to the criminal
complaint."): without it the summary states an allegation as a fact. Deleting it was measured (stop
19): held-out ROUGE 45.76 / 15.60 with it, 45.82 / 15.63 without, so it bought nothing either. Nor
a span with a digit (a number, a date), a negation, or anything inside a quotation;
nor the frame of a letter or an e-mail addressed to someone ("In a letter to employees, "), whose recipients are part
of the fact; a deletion that would leave fewer than ``MIN_WORDS`` words is not made. Regex rules over the text
(no parse), so each one is narrow.
"""

from __future__ import annotations

import re

MIN_WORDS = 6

_QUOTES = '“”"‘’'
_LINK = re.compile(r"\s+\(\s*(?:https?://|www\.)\S+\s*\)")
_PARENTHETICAL = re.compile(r"\s+\([^()]{1,80}\)(?=[\s.,;:!?])")
# Connectives that weigh or sum up what came before: deleting them leaves the claim itself ("In short, the new brewer
# isn't the phone of coffee makers." -> "The new brewer isn't ..."; editor read, stop 33, row 61), where marking the
# sentence as needing context cost Multi-News rows 0-124 R1/R2 0.10/0.07 (stop 34). Where they stay (the rest too
# short, or a number or negation in them), summarize/standalone.py counts them as needing context.
WEIGHING_CONNECTIVES = (
    "in short", "in sum", "in other words", "that said", "having said that", "even so", "as such", "thus", "hence",
    "therefore", "nonetheless", "nevertheless", "after all", "then again", "on the other hand", "by contrast",
    "in contrast", "besides", "plus", "again", "likewise", "similarly", "all things considered", "all in all",
    "in the end", "to be fair", "on balance", "in any case", "either way", "rather",
)  # fmt: skip
# Connectives that give a detail of what came before: "Specifically, Graham said he was opposed to ..." stood seven
# sentences after the one it details (editor read, stop 34, row 86); deleted, the detail stands as a claim of its own.
ELABORATING_CONNECTIVES = ("specifically", "in particular", "more specifically", "for example", "for instance")
# A time counted from an event of the sentence before in its article ("Just days later, ", "The next day, ", "Later
# that week, "; editor read, stop 35, row 104: the summary had left that event out): deleted, the event stands as a
# claim of its own, told in the summary's own order; where it stays (a digit in it) summarize/standalone.py counts it
TIME_CONNECTIVE = (
    r"(?:(?:just|only|mere|barely|some|about|nearly|almost|roughly|within)\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of|\d+)\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?|decades?)\s+"
    r"(?:later|earlier|after(?:wards?)?|afterwards?|on)"
    r"|(?:shortly|soon|not\s+long|moments?)\s+(?:later|after(?:wards?)?|thereafter)"
    r"|(?:the|that)\s+(?:next|following|previous|prior|same)\s+"
    r"(?:day|morning|afternoon|evening|night|week|weekend|month|year)"
    r"|later\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)"
    r"|(?:the\s+)?(?:day|night|week|morning)\s+(?:after|before)"
    r"|(?:then|thereafter|subsequently|earlier|later)"
)
_WEIGHING = "|".join((*WEIGHING_CONNECTIVES, *ELABORATING_CONNECTIVES))
_OPENER = re.compile(
    r"^(?:(?:meanwhile|however|separately|additionally|furthermore|moreover|in addition|still|also|instead|"
    r"sure|to be sure|of course|"
    # not "At the time,": it sets what follows in a past the sentence before named, and without it "At the time, MPs
    # from all the opposition parties supported the change" told a vote of 2015 as today's (editor read #26,
    # Multi-News row 49); summarize/standalone.py reads such a sentence as needing the one before
    r"at the same time|in the meantime|as a result|in fact|indeed|now|"
    r"for its part|for his part|for her part|"
    f"{_WEIGHING}|{TIME_CONNECTIVE}|"
    r"in an? (?:statement|release|news release|press release|post|tweet|letter|email|interview)"
    r"(?:\s+(?:on|to|with|released|issued|posted|published|from)\s+[^,\d]{1,50})?)\s*,"
    # "So far," / "Yet another" are an adverb's phrase, not a conjunction: "Far, the federal government has mostly
    # taken …" (editor read, stop 45, BASIL 2014 marijuana suit: a timeline entry)
    r"|(?:but|and|so|yet)\b,?(?!\s+(?:far|much|many|long|few|little|too|called|another|again|more)\b)"
    # an explainer's answer label ("A: Before anything else, sign the back of the ticket."; Multi-News row 115)
    r"|A:)\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:not|no|never|nor|none|nobody|nothing|neither|without)\b|n['’]t\b", re.IGNORECASE)


def keeps_meaning(removed: str) -> bool:
    """A deleted span may not carry a number, a negation or part of a quotation."""
    return not re.search(r"\d", removed) and not NEGATION.search(removed) and not any(q in removed for q in _QUOTES)


def inside_quotation(text: str, position: int) -> bool:
    """Whether ``position`` falls inside a quotation: more curly openings than closings before it, or
    an odd number of straight double quotes (row 215 lost "(Adderall and so on)" from inside a quote)."""
    before = text[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# a bracket that states something of its own: a lower-case clause of three words or more with a verb form in it
# ("severly injured (left partially paralyzed).": Multi-News row 100, editor read #13, stop 42 — the deletion cut the
# story's key injury); "(or New York)", "(R-Texas)" and "(ISIS)" state nothing
_STATING = re.compile(r"^\(\s*[a-z][^()]*\b(?:was|were|is|are|has|had|have|left|been|[a-z]{3,}ed)\b[^()]*\)$")
MIN_STATING_WORDS = 3


def _states(bracket: str) -> bool:
    return len(bracket.split()) >= MIN_STATING_WORDS and _STATING.match(bracket) is not None


# "(R)", "(D-Mo.)", "(R-Texas)", "(I-Vt.)", "(D-N.C.)": a party and a state after a politician's name
_PARTY_TAG = re.compile(r"\s+\((?:[DRI]|Dem|Rep|Ind)\.?(?:\s*[-–,]\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\)")


# a bracket of a word or two in lower case after a determiner, inside the noun phrase it qualifies: "starring in the
# (fake) film" (editor read #28, Multi-News row 88: the deletion made a prank's film read as a real one)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our|your|my)$", re.IGNORECASE)
_QUALIFIER = re.compile(r"\s+\([a-z][a-z'’-]*(?:\s[a-z][a-z'’-]*)?\)")


def _qualifies(text: str, match: re.Match[str]) -> bool:
    """The bracket qualifies the noun after it: a word or two in lower case right after a determiner."""
    return bool(_QUALIFIER.fullmatch(match.group(0)) and _DETERMINER_BEFORE.search(text[: match.start()]))


def _drop_parentheticals(text: str) -> str:
    # a link in brackets ("(http://bit.ly/1QPO4MH )") carries no fact even with digits in it; nothing
    # inside a quotation is deleted: a quote is given as spoken
    return _PARENTHETICAL.sub(
        lambda m: (
            m.group(0)
            if inside_quotation(text, m.start())
            or _states(m.group(0).strip())
            or _PARTY_TAG.fullmatch(m.group(0))
            or _qualifies(text, m)
            else ("" if keeps_meaning(m.group(0)) or _LINK.fullmatch(m.group(0)) else m.group(0))
        ),
        text,
    )


# A letter or e-mail addressed to someone: whom it was written to is news ("In a letter to employees, American's
# chief executive, Doug Parker, said …": the letter to employees is a fact two outlets report, gold tune
# multinews-217, stop 49's trace; stop 50: summary multi 63.6 -> 64.1, no sentence of Multi-News rows 0-124
# changes), unlike the outlet a statement or an interview was given to ("In a statement to CNN, ")
_ADDRESSED = re.compile(r"^in an? (?:letter|e-?mail)\s+to\s", re.IGNORECASE)


def drop_opener(text: str) -> str:
    """``text`` without a connective or frame that opens it ("But ", "Meanwhile, "), when that keeps meaning."""
    match = _OPENER.match(text)
    if not match or not keeps_meaning(match.group(0)) or _ADDRESSED.match(match.group(0)):
        return text
    rest = text[match.end() :]
    return rest[:1].upper() + rest[1:]


# A spun or machine-translated rewrite's broken text: a word's full stop with the sentence going on in
# lower case ("… as the two leaders sought to isolate their countries. from the West. sanctions and other
# consequences of the war in Ukraine.", shared corpus). An abbreviation's stop ("Inc. on Wednesday",
# "Blvd. in Tamarac") follows a capitalised word, so it is never read as a break.
_BROKEN_STOP = re.compile(r"\b[a-z]{3,}\. [a-z]")
# the clause that holds the break is deleted from its opener to the sentence's own full stop, so the
# main clause stands alone: "… vowed to bring more Russian energy to China."
_TRAILING_CLAUSE = re.compile(r",?\s+(?:as|while|after|because|since|which|who|with|amid)\b")


def drop_broken_tail(text: str) -> str:
    """``text`` without a trailing clause that holds broken text (``_BROKEN_STOP``), when that keeps meaning."""
    broken = _BROKEN_STOP.search(text)
    if broken is None or inside_quotation(text, broken.start()):
        return text
    openers = list(_TRAILING_CLAUSE.finditer(text, 0, broken.start()))
    if not openers:
        return text
    cut = openers[-1].start()
    end = len(text.rstrip())
    ending = text[end - 1] if text[end - 1 : end] in ".!?" else ""
    removed = text[cut : end - len(ending)]
    if not keeps_meaning(removed):
        return text
    return text[:cut] + ending


# "also" after a subject's verb points back at what the article said before: "Mr. Arpaio is also a polarizing
# figure." (after "Perry is polling far behind") and "Nola's death is also a blow to the sub-species" stood in
# summaries without what they add to (editor read #14, stop 43, BASIL 2011 and Multi-News row 109). Deleted in the
# sentence's first clause only (before any comma or quotation mark), before a word in lower case; never "not only …
# but also", "also known as", "also called"
_ALSO = re.compile(r"^(?P<head>[^,;:“\"]{2,80}?\w)\s+also(?=\s+(?!known\b|called\b|as\b|because\b)[a-z])")


def drop_also(text: str) -> str:
    """``text`` without an "also" that points back, in its first clause (``_ALSO``)."""
    match = _ALSO.match(text)
    if match is None or re.search(r"\bnot only\b", text[: match.end()], re.IGNORECASE):
        return text
    return match.group("head") + text[match.end() :]


# an exchange code after a company's name (Reuters' style): "… agreed to buy luxury shoemaker Jimmy Choo CHOO.L for $1.2
# billion", "Coach COH.N struck a deal" (editor read #24, Multi-News row 15: two summary sentences). The name before
# it says which company; the code is for traders' terminals
_TICKER = re.compile(
    r"(?<=[A-Za-z0-9.&’'])\s+(?-i:[A-Z][A-Z0-9]{0,5}\.(?:N|O|OQ|L|PA|DE|F|T|HK|SS|SZ|TO|AX|MI|AS|BR|MC|SW|ST|CO|"
    r"HE|OL|KS|KQ|NS|BO|SA|MX|TW|SI|VI|LS|IR|WA|PR|BU|Z|J))(?=[\s,;:.!?])"
)


def drop_tickers(text: str) -> str:
    """``text`` without the exchange codes written after company names (a capitalised word before it; outside
    quotations): "Shares of BP.L fell" keeps its code, which is the only name there."""

    def after_name(start: int) -> bool:
        word = re.search(r"(\S+)$", text[:start])
        return word is not None and word.group(1)[:1].isupper()

    return _TICKER.sub(
        lambda m: "" if after_name(m.start()) and not inside_quotation(text, m.start()) else m.group(0), text
    )


STEPS = (drop_opener, _drop_parentheticals, drop_broken_tail, drop_also, drop_tickers)


def without_broken_tail(text: str) -> str:
    """``text`` with only its broken tail deleted (``drop_broken_tail``), under compression's word floor."""
    shorter = drop_broken_tail(text)
    return shorter if len(shorter.split()) >= MIN_WORDS else text


def compress(text: str) -> str:
    """``text`` with its parentheticals and leading connective deleted (each only when
    what is left still has ``MIN_WORDS`` words); the same text when nothing applies."""
    for step in STEPS:
        shorter = step(text)
        if shorter != text and len(shorter.split()) >= MIN_WORDS:
            text = shorter
    return text

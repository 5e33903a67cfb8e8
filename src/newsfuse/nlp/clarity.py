"""Which sentences can stand alone in a brief, and how clear each one is; the text a brief shows.

Used by align (facts, conflicts) and summarize alike, so it sits below both."""

from __future__ import annotations

import re
from functools import lru_cache

from newsfuse.nlp.sign_off import ends_signed, without_sign_off

# Datelines ("MOSCOW—", "WASHINGTON (Reuters) -") open a story's first sentence; they are not
# part of what the sentence says.
# "LARGO, Fla. —", "SAN DIEGO, Calif. (AP) —": a place in capitals, then a state as written; a list
# bullet ("- Law enforcement officials ...") left by the page is not part of the sentence either, nor is a
# list's number ("4. Beatty, uncertain, hands the card to Dunaway, ...": a numbered photo sequence, editor read b29,
# Multi-News row 205, a summary sentence).
# A wire's dateline may carry the day ("NEW YORK, May 18 (UPI) --", editor read, stop 33, row 63: the title), and CNN
# writes a place in title case before its name with no dash ("Washington (CNN) Vermont Sen. ...", row 108: the lede
# read "Washington Vermont Sen. ..." once the compression dropped the bracket).
DATELINE = re.compile(
    # a live page's update stamp first: "UPDATE - May 30, 5:20 p.m.: Hours after …" (editor read #11, BASIL 2017:
    # facts shown with it)
    r"^(?:UPDATED?\s*[—–-]?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*)?(?:\d{1,2}(?::\d{2})?\s*[ap]\.\s?m\.\s*)?:"
    r"|[A-Z][A-Z .,'-]{2,40}(?:,\s*[A-Z][A-Za-z.]{1,10}(?:\s(?:[A-Z][A-Za-z.]{1,10}|\d{1,2}))?)?"
    # a hyphen joined to the next word is a call sign's ("KXAS-TV reports …", editor read #33, row 54), not a dash
    r"\s*(\([A-Za-z .]+\))?\s*(?:[—–―]{1,2}|-{1,2}(?![A-Z]{2}))"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},?\s*\((?:CNN|AP|AFP|Reuters|UPI)\)"
    r"\s*(?:[—–-]{1,2})?|[-–—•*]|\d{1,2}\.(?=\s)|\s"
    # a wire's name in brackets alone before the dash: "(HealthDay News) -- Babies process ..." (editor read, stop 34,
    # row 93: the lede kept it)
    r"|\([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,3}\)\s*[—–-]{1,2}"
    r")\s*(?=[A-Z“\"])"
)

_TERMINAL = re.compile(r"[.!?][\"”’')\]]*$")
_DANGLING = re.compile(
    r"^(he|she|it|they|this|that|these|those|his|her|their|its|him|them|there|here|such|"
    r"meanwhile|instead|also|still|yet|so|then|the (two|same|latter|former))\b",
    re.IGNORECASE,
)
_CONNECTIVE = re.compile(r"^(but|and|or|however|nevertheless|nonetheless|indeed|in contrast|by contrast)\b", re.I)
_SPEECH = re.compile(r"\b(said|says|told|stated|added|wrote|according to|announced|declared)\b", re.I)


def strip_dateline(text: str) -> str:
    return DATELINE.sub("", text, count=1)


# ``display_text`` and ``clarity`` are pure functions of the text that the tail asks of each sentence eight and
# four times over (the scores, the facts' keys and cues, the summary: 1,589 and 873 calls for ~190 texts on the
# shared corpus), so each answer is kept (docs/speed.md, stop 44)
@lru_cache(maxsize=8192)
def display_text(text: str) -> str:
    """The sentence as the brief shows it: a leading dateline dropped, and an embedded post's sign-off at its end
    ("… — Donald J. Trump (@realDonaldTrump) April 1, 2017", nlp/sign_off.py: a credit line, not what the
    sentence says); nothing else changed."""
    shown = strip_dateline(text).strip()
    return (without_sign_off(shown) or shown) if ends_signed(shown) else shown


# "Take a break from the Japanese lessons!", "Check out the full list below.": the writer's imperative to the reader,
# no news (editor read, stop 34, row 88); a verb before an article or pronoun, outside any quotation, and no speaker
# "Of course ask your parents permission first." (editor read #22, Multi-News row 63: a blogger's advice to her readers
# ended the brief as if it were the brief's own): an aside opening the advice, and the verbs of asking and telling
_IMPERATIVE = re.compile(
    r"^(?:(?i:of\s+course|please|and|so|now|just|but),?\s+){0,2}"
    r"(?:Take|Check|Try|Watch|See|Read|Click|Go|Find|Look|Imagine|Consider|Remember|Enjoy|Head|Visit|Join|Grab|"
    r"Don['’]t|Do\s+not|Be\s+sure\s+to|Make\s+sure|"
    r"(?<=\s)(?:ask|tell|share|call|keep|place|put|use)|Ask|Tell|Call|Contact|Share|Follow|Subscribe\s+to|Keep|Send|"
    # a product page's instructions: "Just place the clip in your new brewer and it will see all k-cup type pods as
    # ‘Authorized K-Cups®.’" (Multi-News row 61, a summary sentence once a single-marked quotation was one)
    r"Email|Download|Place|Put|Insert|Plug|Install|Pour|Use)\s+"
    r"(?:a|an|the|your|yourself|you|it|this|that|these|those|our|us|some|out|up|back|over|on|at|into)\b"
)


def reader_imperative(text: str) -> bool:
    """The writer telling the reader what to do: an opening verb of ``_IMPERATIVE``, outside any quotation and with
    no speech verb of ``_SPEECH`` (summarize.standalone.imperative_aside reads its longer list of speech verbs)."""
    text = text.strip()
    return bool(_IMPERATIVE.match(text)) and not any(q in text for q in '“”"') and not _SPEECH.search(text)


@lru_cache(maxsize=8192)
def clarity(text: str) -> float:
    """1.0 for a complete, self-contained sentence; lower for fragments, dangling references,
    bare quotes and run-ons; 0 for what cannot stand alone at all."""
    words = text.split()
    if len(words) < 6 or len(words) > 70:
        return 0.0
    if not _TERMINAL.search(text) or text[0].islower() or text.endswith("?"):
        return 0.0
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return 0.0  # a broken quotation: the sentence splitter cut inside it
    score = 1.0
    if _DANGLING.match(text):
        score *= 0.55
    elif _CONNECTIVE.match(text):
        score *= 0.8
    if text[0] in "“\"'‘" and not _SPEECH.search(text):
        score *= 0.5
    if reader_imperative(text):
        score *= 0.3  # no fact of the story: "And of course ask your parents permission first." (editor read #22)
    if len(words) > 45:
        score *= 0.8
    if len(words) < 10:
        score *= 0.85
    return score

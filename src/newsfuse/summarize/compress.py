"""Deletion-only compression of a summary sentence, so the word budget holds more of the story.

Every kept word stays in its source order and nothing is added (``../shared/CONTRACT.md``); only the
first kept word may change case, as it now starts the sentence. What is deleted carries no fact of
its own:

- a trailing attribution of a sentence holding no quotation: "..., the lawsuit said." / "..., police
  said on Monday." / "..., according to the criminal complaint." (the summary cites its sources; a
  quotation keeps its speaker);
- a parenthetical: "(R-Texas)", "(or New York)";
- a connective or frame that opens the sentence and points at what came before it in its article:
  "Meanwhile, ", "But ", "In a statement, ", "In an interview with the BBC, ".

Never deleted: a span with a digit (a number, a date), a negation, or anything inside a quotation;
a deletion that would leave fewer than ``MIN_WORDS`` words is not made. Regex rules over the text
(no parse), so each one is narrow: the subject of a trailing attribution is at most a few words and
has no verb of its own before the speech verb, so "Barbara Morgan, an officer ..., says she expects
to file charges" is left whole.
"""

from __future__ import annotations

import re

MIN_WORDS = 6

_QUOTES = '“”"‘’'
_SPEECH = (
    r"(?:said|says|reported|reports|told\s+(?:reporters|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})|"
    r"wrote|writes|added|adds|confirmed|announced|explained|noted|stated|alleges|alleged|claims|claimed)"
)
# what may follow the speech verb: a day or a short time/venue phrase, no clause
_AFTER = (
    r"(?:(?:\s+(?:on|in|at|last|this|late|early|earlier|later)(?:\s+(?!that\b)[\w’'-]+){1,4}){1,2}"
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\s+\w+)?)?"
)
# ", police said." / ", the lawsuit said Monday." / ", usher Leon Thomas said." / ", CNN reports."
_TRAILING_SAID = re.compile(
    rf",\s+(?!(?:and|but|or|which|who|whom|whose|while|as|because|when|after|before|if|though|although|so|"
    rf"where|since|until|that|then)\b)(?P<subject>(?:[\w.’'&-]+\s+){{0,6}}?){_SPEECH}{_AFTER}\s*(?P<end>[.!])$"
)
# ", according to the criminal complaint." (also without the comma)
_ACCORDING = re.compile(r",?\s+according\s+to\s+[^,;:()]{2,80}?(?P<end>[.!])$")
_PARENTHETICAL = re.compile(r"\s+\([^()]{1,80}\)(?=[\s.,;:!?])")
_OPENER = re.compile(
    r"^(?:(?:meanwhile|however|separately|additionally|furthermore|moreover|in addition|still|also|instead|"
    r"at the time|in the meantime|as a result|in fact|indeed|now|for its part|for his part|for her part|"
    r"in an? (?:statement|release|news release|press release|post|tweet|letter|email|interview)"
    r"(?:\s+(?:on|to|with|released|issued|posted|published|from)\s+[^,\d]{1,50})?)\s*,"
    r"|(?:but|and|so|yet)\b,?)\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no|never|nor|none|nobody|nothing|neither|without)\b|n['’]t\b", re.IGNORECASE)


def _keeps_meaning(removed: str) -> bool:
    """A deleted span may not carry a number, a negation or part of a quotation."""
    return not re.search(r"\d", removed) and not _NEGATION.search(removed) and not any(q in removed for q in _QUOTES)


def _drop_trailing_attribution(text: str) -> str:
    if any(q in text for q in '“”"'):
        return text  # a quotation keeps its speaker
    for pattern in (_TRAILING_SAID, _ACCORDING):
        match = pattern.search(text)
        if match and _keeps_meaning(match.group(0)):
            subject = match.groupdict().get("subject") or ""
            if re.search(r"\b(?:is|are|was|were|has|have|had|will|would|can|could)\b", subject):
                continue  # the "subject" holds a clause of its own
            return text[: match.start()].rstrip() + match.group("end")
    return text


def _drop_parentheticals(text: str) -> str:
    return _PARENTHETICAL.sub(lambda m: m.group(0) if not _keeps_meaning(m.group(0)) else "", text)


def _drop_opener(text: str) -> str:
    match = _OPENER.match(text)
    if not match or not _keeps_meaning(match.group(0)):
        return text
    rest = text[match.end() :]
    return rest[:1].upper() + rest[1:]


def compress(text: str) -> str:
    """``text`` with its attribution, parentheticals and leading connective deleted (each only when
    what is left still has ``MIN_WORDS`` words); the same text when nothing applies."""
    for step in (_drop_opener, _drop_parentheticals, _drop_trailing_attribution):
        shorter = step(text)
        if shorter != text and len(shorter.split()) >= MIN_WORDS:
            text = shorter
    return text

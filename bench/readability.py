"""Whether summary sentences stand alone, scored from the text alone and independently of the product.

This module is the one bench-side scorer for ``newsfuse bench rouge`` and ``newsfuse bench facts``. It
does not import ``newsfuse.summarize`` (whose ``standalone`` rule decides what the product shows), so a
product that games its own rule is still counted here. Written from the issue's wording:

- ``dangling``: the sentence's subject is a pronoun or demonstrative ("He said ...", "This is ...",
  also after one leading adverbial: "On Monday, the two leaders ..."), or it ends in a speaker who is
  not named ("“...,” he said.", "..., said she on Monday.", "..., they told reporters.");
- ``unintroduced``: a person first mentioned in the summary by a bare surname or honorific + surname
  ("Mosby confirmed ...", "Mr. Xi ...") with no fuller name ("Marilyn Mosby", "Xi Jinping") in that
  sentence or an earlier one, or by an age alone ("The 35-year-old ..."; the indefinite "A 90-year-old
  Texas woman ..." is how news writing introduces someone and is not counted).

A sentence that opens with a quotation is judged by its attribution ("“We will not allow this,” Putin
said." names its speaker). Regex rules: they miss what they do not list and never read a parse.

A ``dangling`` sentence is not counted as needing context in one case only, the issue's "unless the
sentence before it in the summary names the referent" (``continued``): the summary sentence right before
it is, in one source article, the sentence right before it, each found there by deletion (its words, in
order, inside that source sentence), so the reader meets the two as the writer wrote them; and when
what it leaves unnamed is a person ("He ...", "Her ...", "“...,” she said."), that sentence before it
names someone (a capitalised word other than a function word). The source articles are the analysed
story's sentences, one list per article (``sources``); without them every dangling sentence counts. Nothing
else is accepted: a continuation shown after any other sentence (of its own article or another, or its own
article's sentence with one between them in the source), or a "he" after a sentence that names nobody,
still counts (stop 41: every one of the 32 dangling sentences of main's rows 0-124 summaries stood right after
the sentence before it in its article, and is accepted).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set

_PRONOUNS = r"he|she|it|they|we|i|you|him|her|them|his|its|their|our|my|this|that|these|those|such"
_OPENER = re.compile(rf"^(?:{_PRONOUNS})\b(?!\s+(?:week|month|year|morning|afternoon|evening|time)s?\b)", re.I)
_GROUP = re.compile(r"^the (?:two|three|pair|couple|duo|trio|latter|former)\b", re.I)
# "The 35-year-old ..." points back at someone; "A 90-year-old Texas woman is ..." introduces her
_AGE = re.compile(r"^the \d+-year-old\b", re.I)
# "On Monday, " / "In a statement Friday, " / "Earlier, ": at most six words before the comma
_LEAD_IN = re.compile(
    r"^(?:on|in|at|after|before|during|earlier|later|meanwhile|still|however|also|now|then|today|yesterday|"
    r"last|separately|but|and)\b(?:\s+[^\s,“”\"]+){0,5},\s+",
    re.I,
)
_APPOSITIVE = re.compile(r"^[^,“”\"]{0,60},\s+")  # "the first day of Mr. Xi's visit, "
_SPEECH = r"said|says|added|adds|told\s+[\w .'-]+?|wrote|writes|stated|explained|noted|continued|asked|insisted"
_TIME = r"(?:\s+(?:on|in|at|last|this|earlier|later)\b[^.!?,“”\"]*)?"
_UNNAMED_END = re.compile(
    rf"(?:[,”\"’]|—)\s*(?:(?:he|she|they|it|we|i)\s+(?:{_SPEECH})|(?:said|says|added)\s+(?:he|she|they)){_TIME}"
    r"\s*[.!?]?[”\"’]?\s*$",
    re.I,
)
_QUOTE_MARKS = "“\"‘'"


_TOKEN = re.compile(r"\w+")
_PERSON_REFERENCE = re.compile(r"^(?:he|she|him|her|his|hers)\b", re.I)
# a proper name: a capitalised word after the first, or two capitalised words in a row at the start ("Kira Grünberg
# has ...", "... to treat Damon when she ...")
_CALENDAR = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)
_NAME_INSIDE = re.compile(
    rf"(?<=\s)[“\"‘(]?(?!{_CALENDAR})[A-Z][^\W\d_]+|^[“\"‘]?[A-Z][^\W\d_]+\s+(?!{_CALENDAR})[A-Z][^\W\d_]+"
)


def _inside(short: list[str], long: list[str]) -> bool:
    """``short``'s tokens appear in ``long`` in order (``short`` is ``long`` by deletion)."""
    it = iter(long)
    return bool(short) and all(token in it for token in short)


# capitalised words that open sentences without naming anyone
_OPENER_WORDS = (
    "The A An In On At For With From By To Of But And Or So If When While As After Before Since Although "
    "Though Because Once Until During Despite According Some Many Most All Each Both Several Other "
    "Another Previous Earlier Later Also Still Yet Now Then Today Yesterday Last Next New One Two Three "
    "Four Five Every No Not What Who Why How Where Which Rather Instead However Meanwhile There Here "
    "Such Only Even Just More Less"
)
_OPENERS = frozenset(_OPENER_WORDS.split())


def _names_someone(text: str) -> bool:
    """A capitalised name inside the sentence, or opening it ("Kroll was named CEO ...") when the first word
    is no function word or pronoun."""
    text = text.strip()
    first = re.match(r"[“\"‘]?([A-Z][^\W\d_]+)", text)
    if first and first.group(1) not in _OPENERS | _NOT_NAMES and not re.match(_CALENDAR, first.group(1)):
        return True
    return bool(_NAME_INSIDE.search(text))


def continued(before: str, sentence: str, sources: Sequence[Sequence[str]]) -> bool:
    """``sentence`` follows ``before`` as in a source article: some article holds ``before`` (by deletion)
    in the sentence right before one that holds ``sentence``; a person left unnamed (a personal pronoun
    opening it, or an unnamed "he said") must be named in ``before``."""
    head = _opening(sentence) or sentence.strip()
    end = _UNNAMED_END.search(sentence)
    person = _PERSON_REFERENCE.match(head) or (end and re.search(r"\b(?:he|she)\b", end.group(0), re.I))
    if person and not _names_someone(before):
        return False
    first = _TOKEN.findall(before.lower())
    second = _TOKEN.findall(sentence.lower())
    for article in sources:
        tokens = [_TOKEN.findall(s.lower()) for s in article]
        if any(_inside(second, tokens[j]) and _inside(first, tokens[j - 1]) for j in range(1, len(tokens))):
            return True
    return False


def needs_context(summary: Sequence[str], k: int, sources: Sequence[Sequence[str]] = ()) -> bool:
    """Summary sentence ``k`` is ``dangling`` and not ``continued`` from the summary sentence before it."""
    if not dangling(summary[k]):
        return False
    return not (k > 0 and sources and continued(summary[k - 1], summary[k], sources))


def _opening(text: str) -> str:
    """The words after a leading quotation (the speaker's own words) or a short lead-in."""
    text = text.strip()
    if text[:1] in _QUOTE_MARKS:
        return ""
    lead = _LEAD_IN.match(text)
    return text[lead.end() :] if lead else text


def dangling(sentence: str) -> bool:
    """Opens with a pronoun or demonstrative (after at most one short lead-in), or ends in an
    unnamed "…, he said"."""
    text = sentence.strip()
    head = _opening(text)
    appositive = _APPOSITIVE.match(head) if head != text else None
    for start in (text if text[:1] not in _QUOTE_MARKS else "", head, head[appositive.end() :] if appositive else ""):
        if start and (_OPENER.match(start) or _GROUP.match(start)):
            return True
    return bool(_UNNAMED_END.search(text))


_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Prof)\.?"
_CAP = r"[A-Z](?:[a-z]+(?:[A-Z][a-z]+)?|['’][A-Z][a-z]+)(?:-[A-Z][a-z]+)?"  # Xi, McSally, O'Brien, Smith-Jones
# "Miss Delaware", "Miss America": a beauty pageant's title, not a person (stop 23: two of the 7 names
# the scorer found in newsfuse's tune summaries)
_PAGEANT = (
    r"America|USA|Universe|World|International|Teen|Alabama|Alaska|Arizona|Arkansas|California|Colorado|"
    r"Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|"
    r"Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|"
    r"Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming|New|North|South|West|Rhode"
)
_HONORED = re.compile(rf"\b(?!Miss\s+(?:{_PAGEANT})\b){_HONORIFIC}\s+({_CAP})\b")
# a bare capitalised word as the subject of a speech or action verb: "Mosby confirmed", ", Kelley said"
_BARE_SUBJECT = re.compile(
    rf"(?:^|[,;]\s+|(?<=[,.!?])[”\"]\s*)({_CAP})\s+(?:said|says|told|added|confirmed|denied|wrote|explained|insisted|"
    r"announced|argued|noted|claimed)\b"
)
_NOT_NAMES = frozenset(
    {
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "This",
        "That",
        "These",
        "Those",
        "Police",
        "Officials",
        "Authorities",
        "Prosecutors",
        "Witnesses",
        "Reuters",
        "Ap",
        "Cnn",
        "Officers",
        "Investigators",
        "Scientists",
        "Researchers",
        "Experts",
        "Critics",
        "Residents",
        "Sources",
        "Friends",
        "Neighbors",
        "Others",
        "Democrats",
        "Republicans",
        "Russia",
        "China",
        "Ukraine",
        "America",
        "Britain",
        "Israel",
        "Iran",
        "Moscow",
        "Beijing",
        "Washington",
    }
)


def _fuller(name: str, texts: Sequence[str]) -> bool:
    """A fuller name for ``name`` ("Marilyn Mosby" for "Mosby") in one of ``texts``: two or more
    capitalised words in a row that include it, not just an honorific before it; a middle initial
    may stand between them ("Donald J. Trump", "Jeffrey T. Richelson"), and initials alone stand for
    the first names ("T.D. Barnes", "A. Vania Apkarian")."""
    before = re.compile(rf"(?:\b(?:{_CAP}\s+(?:[A-Z]\.\s+)*)+|(?<![\w.])(?:[A-Z]\.\s*){{1,3}}\s*){re.escape(name)}\b")
    # "Sen. Lindsey O. Graham": a middle initial may stand after the first name too (stop 25, row 126)
    after = re.compile(rf"\b{re.escape(name)}\s+(?:[A-Z]\.\s+)*{_CAP}\b")
    for text in texts:
        if after.search(text):
            return True
        for match in before.finditer(text):
            words = match.group(0).split()
            if not re.fullmatch(_HONORIFIC, words[0]) or len(words) > 2:
                return True
    return False


def not_people(entities: Iterable[tuple[str, str, Sequence[str]]], sources: Sequence[str]) -> set[str]:
    """One-word names that are no person's bare surname, from the story's entity labels ((name, type,
    aliases)) and its source sentences: a company its sources' NER labels so and never labels a person
    ("Carmat said", "Universal said", stop 28: rows 179 and 231, the two held-out names the regex
    counted), and a person no source ever names more fully ("Pink", the singer's one name, row 117): the
    summary cannot name either more fully. A word that ends a longer name of any label is a surname
    whatever NER called it alone ("David Magerman" labelled NORP, "Angus Houston" and "Houston" GPE)."""
    labels: dict[str, set[str]] = {}
    surnames: set[str] = set()
    for name, kind, aliases in entities:
        for words in (name, *aliases):
            if re.fullmatch(_CAP, words):
                labels.setdefault(words, set()).add(kind)
            elif len(words.split()) > 1:
                surnames.add(words.split()[-1])
    return {
        word
        for word, kinds in labels.items()
        if word not in surnames and ("PERSON" not in kinds or not _fuller(word, sources))
    }


def unintroduced(summary: Sequence[str], known: Set[str] = frozenset()) -> list[tuple[int, str]]:
    """(sentence index, name) for each person the summary first names by a bare surname, an
    honorific + surname, or an age alone, with no fuller name in that sentence or before it.
    ``known``: one-word names that are not a person's bare surname (``not_people``)."""
    found: list[tuple[int, str]] = []
    introduced: set[str] = set()
    for k, sentence in enumerate(summary):
        seen = summary[: k + 1]
        age = _AGE.match(_opening(sentence) or sentence.strip())
        if age:
            found.append((k, age.group(0)))
        names = [m.group(1) for m in _HONORED.finditer(sentence)]
        names += [m.group(1) for m in _BARE_SUBJECT.finditer(sentence) if m.group(1) not in _NOT_NAMES | known]
        for name in dict.fromkeys(names):
            if name in introduced:
                continue
            introduced.add(name)
            if not _fuller(name, seen):
                found.append((k, name))
    return found


def counts(
    summaries: Sequence[Sequence[str]],
    min_words: int = 6,
    known: Sequence[Set[str]] | None = None,
    sources: Sequence[Sequence[Sequence[str]]] | None = None,
) -> tuple[int, int, int]:
    """(sentences needing context, sentences, unintroduced names) over many summaries; a sentence shorter
    than ``min_words`` (a budget cut) is not counted. ``known``: per summary, ``not_people``; ``sources``: per
    summary, its source articles' sentences (``needs_context``; without them every dangling sentence counts)."""
    known = known or [frozenset()] * len(summaries)
    articles = sources or [()] * len(summaries)
    bad = total = 0
    for summary, source in zip(summaries, articles, strict=True):
        for k, s in enumerate(summary):
            if len(s.split()) >= min_words:
                total += 1
                bad += needs_context(summary, k, source)
    names = sum(len(unintroduced(list(summary), k)) for summary, k in zip(summaries, known, strict=True))
    return bad, total, names

"""Sentences that are someone's words without quotation marks of their own.

The sentence splitter cuts a quotation of several sentences into several sentences, and only the
first holds the opening mark: shown alone, "Thank you for your service sir." or "2018 is the year to
flip districts — let's do this!" reads as the brief's own voice (editor read, stop 20, row 208). Two
kinds, found from the text alone:

- *inside a quotation*: a quotation opened in an earlier sentence of the article is still open
  where the sentence starts. It may be shown only right after the sentence before it (a
  continuation), which opens the quotation;
- *an unmarked copy of a quotation*: an embedded tweet or post printed as plain text whose words
  another sentence of the story quotes ("I've also gotten 5 other folks to commit to donate the
  max." in one article, inside “...” in another). It has no speaker and no marks: never shown.
"""

from __future__ import annotations

import re

from newsfuse.records import AnalysedStory

MIN_WORDS = 5  # a shorter unmarked sentence found inside a quotation proves little ("Thank you.")
# a quotation still open after this many sentences is a stray or unpaired mark, not a long quotation
MAX_RUN = 3
_WORDS = re.compile(r"[a-z0-9]+")


def _norm(text: str) -> str:
    return " " + " ".join(_WORDS.findall(text.lower().replace("’", "'"))) + " "


def _quote_state(text: str, open_: bool) -> tuple[bool, list[str]]:
    """Whether a quotation is open after ``text`` (given whether one was open before it), and the
    stretches of ``text`` inside quotation marks. Curly marks say which way they face; a straight
    one opens before a word (after a space or at the start) and closes otherwise. An opening curly
    mark within a sentence, inside an open quotation, is a closing one set the wrong way round
    ("… than in many other countries “He stated.", shared corpus S5): read as an opening, it kept the
    quotation open over the next sentences, and "China has issued a broad 12-point proposal …" was
    taken for someone's words and never shown."""
    spans: list[str] = []
    current: list[str] = []
    text = text.replace("''", "”")  # two apostrophes close a quotation in some feeds
    for k, ch in enumerate(text):
        opens = (
            k + 1 < len(text)
            and (text[k + 1].isalnum() or text[k + 1] in "'‘")
            and (k == 0 or not text[k - 1].isalnum())
        )
        # a double quotation never opens inside another; one that reopens at a sentence's start is a
        # quotation running on over paragraphs, as news style writes it
        misturned = ch == "“" and open_ and bool(text[:k].strip())
        if (ch == "“" and not misturned) or (ch == '"' and not open_ and opens):
            open_ = True
            current = []
        elif (ch in '”"' or misturned) and open_:
            open_ = False
            spans.append("".join(current))
            current = []
        elif open_:
            current.append(ch)
    if open_ and current:
        spans.append("".join(current))
    return open_, spans


def quoted_words(text: str) -> int:
    """How many of ``text``'s words stand inside quotation marks (a quotation opened in it)."""
    return sum(len(span.split()) for span in _quote_state(text, False)[1])


def mostly_quoted(text: str) -> bool:
    """Half or more of ``text``'s words are someone's words in quotation marks."""
    return 2 * quoted_words(text) >= len(text.split())


def quoted_sentences(story: AnalysedStory) -> tuple[set[int], set[int]]:
    """(sentences inside a quotation opened before them, unmarked copies of a quotation), as
    indices into ``story.sentences``."""
    inside: set[int] = set()
    quoted_text: list[str] = []
    unmarked: list[int] = []
    open_ = False
    article = None
    run = 0
    for i, s in enumerate(story.sentences):
        if s.article_id != article:
            article, open_ = s.article_id, False
        run = run + 1 if open_ else 0
        if run > MAX_RUN:
            open_, run = False, 0
        if open_:
            inside.add(i)
        open_, spans = _quote_state(s.text, open_)
        quoted_text += spans
        if i in inside and not any(q in s.text for q in '“”"'):
            quoted_text.append(s.text)
        elif not any(q in s.text for q in '“”"') and i not in inside:
            unmarked.append(i)
    haystack = "|".join(_norm(t) for t in quoted_text)
    copies = set()
    for i in unmarked:
        words = _norm(story.sentences[i].text)
        if len(words.split()) >= MIN_WORDS and words in haystack:
            copies.add(i)
    return inside, copies

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

A quotation whose closing mark comes later in its paragraph is open over all its sentences, however
many: a page of block quotations (“Sentence. ... Sentence.” — Name, on ..., one paragraph each) had its
fourth and later sentences read as the brief's own narration while ``MAX_RUN`` (a guard against a stray,
unpaired mark) closed the quotation after three (editor read, stop 33, Multi-News row 10).
:func:`speakerless_sentences` are the sentences that are no fact of their own: every word of them is
someone's words inside a quotation opened in an earlier sentence (the speaker is named in another
sentence, or nowhere), or they only name the speaker of the quotation before them, as a block quotation's
attribution line does ("— Name, on ...").
Their quotation, with its speaker, is in the brief's Quotes section (nlp/quotes.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfuse.nlp.clarity import display_text
from newsfuse.records import AnalysedStory, Sentence

MIN_WORDS = 5  # a shorter unmarked sentence found inside a quotation proves little ("Thank you.")
# a quotation still open after this many sentences is a stray or unpaired mark, not a long quotation,
# unless its closing mark comes later in the same paragraph (``_closes_in_paragraph``)
MAX_RUN = 3
_MARKS = '“”"'
# A block quotation's attribution line after its closing mark: a dash and the speaker ("— Name, on why ...",
# "-- Name"), or the speaker's name, a comma and what they spoke about or were asked, with no verb of its
# own ("Name, asked where she will put her statuette.", "Name, on his upset victory")
_ATTRIBUTION_LINE = re.compile(
    r"^\s*(?:[—–]|--?\s)\s*[A-Z]|^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+(?:on|asked|about|when|after|"
    r"speaking|talking|responding|reacting|reflecting|discussing|explaining|describing|recalling|referring)\b"
)
_WORDS = re.compile(r"[a-z0-9]+")
_MARK = re.compile('[“”"‘’]')
# A single curly mark opens a quotation after a space, a bracket, a colon or a dash and before a word (British style,
# "… told MailOnline: ‘They are divorcing. They haven’t been together for a month …’"), and its closing mark ends
# a word that is no plural's possessive ("the players’ union") and no contraction ("haven’t"): editor read #22,
# Multi-News rows 28 and 63 — the quotation's later sentences were facts in the brief's own voice ("They are not
# designed, tested or approved for this purpose.’" corroborated, fifth of 17) and a summary sentence opened with ‘
_SINGLE_OPENS_AFTER = " \t\n([:—–-"
_SINGLE_CLOSES_AFTER = ".,!?…"


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
    single: bool | None = None  # the open quotation's marks are single ones (None: opened before ``text``)
    nested = False  # a single-marked quotation is open inside the open one
    text = text.replace("''", "”")  # two apostrophes close a quotation in some feeds
    start = 0  # where the open quotation's words start
    # Only the marks change the state: the loop visits them alone (a loop over every character was
    # 0.1-0.2 s of a cold brief's serial tail, ~800 calls: docs/speed.md stop 35). Inside an open
    # quotation every mark opens or closes, so the words between two marks are one slice.
    for found in _MARK.finditer(text):
        k = found.start()
        ch = text[k]
        opens = (
            k + 1 < len(text)
            # a post's handle or tag opens one too ('Huntsman stuck to Twitter: "@BarackObama's tired rhetoric …',
            # editor read, stop 40, Multi-News row 107: its three sentences were listed as three facts)
            and (text[k + 1].isalnum() or text[k + 1] in "'‘@#")
            and (k == 0 or not text[k - 1].isalnum())
        )
        # a double quotation never opens inside another; one that reopens at a sentence's start is a
        # quotation running on over paragraphs, as news style writes it
        misturned = ch == "“" and open_ and bool(text[:k].strip())
        if ch in "‘’":
            if ch == "‘" and not open_ and opens and (k == 0 or text[k - 1] in _SINGLE_OPENS_AFTER):
                open_, single, start = True, True, k + 1
            elif ch == "‘" and open_ and opens and (k == 0 or text[k - 1] in _SINGLE_OPENS_AFTER):
                # a quotation within the quotation: its closing mark is not the outer one's ("… at airports, ‘Do you
                # have a vest on?,’ you know from security guards. … People build really close relationships with
                # TV characters." went on as the brief's own words: editor read #23, stop 52, Multi-News row 10)
                nested = True
            elif ch == "’" and nested and closes_single(text, k):
                nested = False
            elif ch == "’" and open_ and single is not False and closes_single(text, k):
                open_ = False
                spans.append(text[start:k])
            continue
        if (ch == "“" and not misturned) or (ch == '"' and not open_ and opens):
            open_, single = True, False
            start = k + 1
        elif (ch in '”"' or misturned) and open_:
            open_ = nested = False
            spans.append(text[start:k])
    if open_ and text[start:]:
        spans.append(text[start:])
    return open_, spans


def closes_single(text: str, k: int) -> bool:
    """Whether the ’ at ``k`` closes a single-marked quotation: no letter or digit after it, and after a sentence's
    or clause's mark, or after a letter that ends no plural ("players’ union" is a possessive)."""
    if k + 1 < len(text) and text[k + 1].isalnum():
        return False  # "haven’t", "Kris’s"
    before = text[k - 1] if k else " "
    return before in _SINGLE_CLOSES_AFTER or (before.isalpha() and before != "s")


def quoted_words(text: str) -> int:
    """How many of ``text``'s words stand inside quotation marks (a quotation opened in it)."""
    return sum(len(span.split()) for span in _quote_state(text, False)[1])


def mostly_quoted(text: str) -> bool:
    """Half or more of ``text``'s words are someone's words in quotation marks."""
    return 2 * quoted_words(text) >= len(text.split())


def _closes_in_paragraph(sentences: Sequence[Sentence], i: int) -> bool:
    """The quotation left open at the end of sentence ``i`` is closed later in its paragraph: the first
    quotation mark of the sentences after it in the same paragraph is a closing one. An opening curly mark
    there, or a straight one that opens a sentence, starts another quotation: the first mark was a stray."""
    here = sentences[i]
    for s in sentences[i + 1 :]:
        if s.article_id != here.article_id or s.paragraph != here.paragraph:
            return False
        at = next((k for k, ch in enumerate(s.text) if ch in _MARKS), None)
        if at is not None:
            return not (s.text[at] == "“" or (s.text[at] == '"' and not s.text[:at].strip()))
    return False


def open_at_start(story: AnalysedStory) -> list[bool]:
    """For each sentence of ``story``, whether a quotation opened in an earlier sentence of its article
    is still open where it starts."""
    flags: list[bool] = []
    open_ = paired = False
    article = None
    run = 0
    for i, s in enumerate(story.sentences):
        if s.article_id != article:
            article, open_ = s.article_id, False
        run = run + 1 if open_ else 0
        if run > MAX_RUN and not paired:
            open_, run = False, 0
        flags.append(open_)
        was_open = open_
        open_, _spans = _quote_state(s.text, open_)
        if open_ and (not was_open or any(q in s.text for q in _MARKS)):
            paired = _closes_in_paragraph(story.sentences, i)
    return flags


def quoted_sentences(story: AnalysedStory) -> tuple[set[int], set[int]]:
    """(sentences inside a quotation opened before them, unmarked copies of a quotation), as
    indices into ``story.sentences``."""
    flags = open_at_start(story)
    inside = {i for i, open_ in enumerate(flags) if open_}
    quoted_text: list[str] = []
    unmarked: list[int] = []
    for i, s in enumerate(story.sentences):
        _open, spans = _quote_state(s.text, flags[i])
        quoted_text += spans
        if i in inside and not any(q in s.text for q in _MARKS):
            quoted_text.append(s.text)
        elif not any(q in s.text for q in _MARKS) and i not in inside:
            unmarked.append(i)
    haystack = "|".join(_norm(t) for t in quoted_text)
    copies = set()
    for i in unmarked:
        words = _norm(story.sentences[i].text)
        if len(words.split()) >= MIN_WORDS and words in haystack:
            copies.add(i)
    return inside, copies


def _ends_quotation(text: str) -> bool:
    return text.rstrip().rstrip(".").endswith(("”", '"'))


def attribution_lines(story: AnalysedStory) -> set[int]:
    """Sentences that only name the speaker of the quotation closed at the end of the sentence before
    them in their article (``_ATTRIBUTION_LINE``)."""
    found = set()
    for i in range(1, len(story.sentences)):
        s, before = story.sentences[i], story.sentences[i - 1]
        if s.article_id == before.article_id and _ends_quotation(before.text) and _ATTRIBUTION_LINE.match(s.text):
            found.add(i)
    return found


def block_quotations(story: AnalysedStory, flags: list[bool] | None = None) -> set[int]:
    """Attribution lines (:func:`attribution_lines`) and the quotation before each, its first sentence too:
    a block quotation is all its speaker's words, and the line after it is the only place that names them.
    ``flags``: :func:`open_at_start` of ``story``, when known."""
    flags = flags if flags is not None else open_at_start(story)
    found = attribution_lines(story)
    for i in sorted(found):
        j = i - 1
        while j > 0 and flags[j]:
            j -= 1
        found.update(range(j, i))
    return found


def speakerless_sentences(story: AnalysedStory) -> set[int]:
    """Sentences that are no fact of their own: block quotations with their attribution lines
    (:func:`block_quotations`), and sentences inside a quotation opened before them whose words are all
    quoted (no "..., she said." after the closing mark names the speaker). Elsewhere a sentence that opens
    its quotation keeps the opening mark, so it does not read as the brief's own words; one quoted whole
    ("“The port will be rebuilt.”") is kept too: gold facts are told so ("“From the beginning, the
    government has pursued a politically driven vendetta ...”", basil-2014-33521e65, stop 33)."""
    flags = open_at_start(story)
    found = block_quotations(story, flags)
    for i, s in enumerate(story.sentences):
        if flags[i]:
            _open, spans = _quote_state(s.text, True)
            quoted = sum(len(_WORDS.findall(span.lower())) for span in spans)
            if quoted >= len(_WORDS.findall(s.text.lower())):
                found.add(i)
    return found


# What follows a quotation's closing mark when the sentence names its speaker: '…," said Monica Lind, his mother.',
# '…," Lind said.', '…," she told reporters.'
_ATTRIBUTION_TAIL = re.compile(
    r"^[\s,]*(?:(?:said|says|added|told|explained|continued|wrote)\s+[A-Z]"
    r"|(?:[A-Z][\w.'’-]*|he|she|they)(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:said|says|added|told|explained|continued|wrote)\b)"
)


def continued_after_attribution(first: Sentence, second: Sentence, open_first: bool, open_second: bool) -> bool:
    """Whether ``second`` is a quotation of its own, quoted whole, that goes on with the words ``first`` quotes and
    names the speaker of ('"He doesn't even know where he was," said Monica Lind, his mother. "So we're just trying
    to sort it all out right now."'): one paragraph of one article, ``first`` closing its quotation before an
    attribution (:data:`_ATTRIBUTION_TAIL`), ``second`` opening on a mark with every word inside marks. Shown
    alone, ``second`` is someone's words with no speaker (editor read #33: seven such facts in five stories, one a
    mother's, one a researcher's); joined after ``first``, the article's stretch names who spoke
    (:func:`joined_quotations`)."""
    if open_first or open_second or first.article_id != second.article_id or first.paragraph != second.paragraph:
        return False
    still_open, spans = _quote_state(first.text, False)
    if still_open or not spans:
        return False
    last_mark = max(first.text.rfind("”"), first.text.rfind('"'))
    if last_mark < 0 or not _ATTRIBUTION_TAIL.match(first.text[last_mark + 1 :]):
        return False
    text = second.text.strip()
    if not text or text[0] not in '“"':
        return False
    second_open, second_spans = _quote_state(text, False)
    quoted = sum(len(_WORDS.findall(span.lower())) for span in second_spans)
    return not second_open and quoted >= len(_WORDS.findall(text.lower())) > 0


# A quotation that the sentence splitter cut into sentences is listed as one fact, joined, when it is short:
# its first sentence alone ("“There is no quick remedy for a disaster of these proportions.") has no speaker and
# an unclosed mark, and its last ("It does take time,” she said.") starts inside someone's words (editor read,
# stop 34, Multi-News row 86: 10 of 35 facts were such pieces). A longer quotation stays in pieces: a fact of
# a hundred words is a paragraph, not a fact.
MAX_JOINED_SENTENCES = 4
MAX_JOINED_WORDS = 80


def joined_quotations(story: AnalysedStory, flags: list[bool] | None = None) -> dict[int, tuple[str, list[int], str]]:
    """First sentence of a quotation over several sentences of one paragraph -> (the sentences joined as the
    article prints them, whitespace runs made one space; the later sentences; the first as the brief shows
    it). Only a quotation opened in its first sentence and closed in a later one of the same paragraph,
    within :data:`MAX_JOINED_SENTENCES` and :data:`MAX_JOINED_WORDS`; the text is a verbatim stretch of the
    article, so the citation stays checkable."""
    flags = flags if flags is not None else open_at_start(story)
    texts = {a.id: a.text for a in story.articles}
    sentences = story.sentences
    found: dict[int, tuple[str, list[int], str]] = {}
    for i, first in enumerate(sentences):
        if i + 1 < len(sentences) and continued_after_attribution(first, sentences[i + 1], flags[i], flags[i + 1]):
            article = texts.get(first.article_id)
            if article is not None:
                shown = display_text(first.text)
                start = first.start + max(0, first.text.find(shown)) if shown else first.start
                joined = " ".join(article[start : sentences[i + 1].end].split())
                if len(joined.split()) <= MAX_JOINED_WORDS:
                    found[i] = (joined, [i + 1], shown)
            continue
        if flags[i] or i + 1 >= len(sentences) or not flags[i + 1] or not _quote_state(first.text, False)[0]:
            continue
        later: list[int] = []
        closed = False
        for j in range(i + 1, min(len(sentences), i + MAX_JOINED_SENTENCES)):
            s = sentences[j]
            if not flags[j] or s.article_id != first.article_id or s.paragraph != first.paragraph:
                break
            later.append(j)
            if not _quote_state(s.text, True)[0]:
                closed = True
                break
        article = texts.get(first.article_id)
        if not closed or article is None:
            continue
        last = sentences[later[-1]]
        shown = display_text(first.text)
        start = first.start + max(0, first.text.find(shown)) if shown else first.start
        joined = " ".join(article[start : last.end].split())
        if len(joined.split()) <= MAX_JOINED_WORDS:
            found[i] = (joined, later, shown)
    return found

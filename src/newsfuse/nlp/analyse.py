"""Split articles into sentences, find entity mentions, and embed the sentences."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from newsfuse.nlp.clarity import strip_dateline
from newsfuse.nlp.diskcache import text_key
from newsfuse.nlp.encoder import beside, help_encode
from newsfuse.nlp.models import Embedder, Models
from newsfuse.nlp.presplit import likely_sentences
from newsfuse.records import AnalysedStory, Article, Mention, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SPLIT_CACHE_LIMIT = 200_000  # paragraphs whose sentences and entities are kept per process

ParagraphSplit = list[tuple[int, str, list[tuple[str, str]]]]  # (offset, sentence, [(entity, label)])


def split_paragraphs(paragraphs: list[str], models: Models) -> list[ParagraphSplit]:
    """Sentences and entity mentions of each paragraph. spaCy runs once per distinct paragraph text in
    the process (``Models.split_cache``): re-splitting a story after off-topic removal, a wire copy in
    another article, or a second brief of the same articles costs nothing."""
    splits, finish = _split_in_two(paragraphs, models)
    finish()
    return [splits[p] for p in paragraphs]


def _split_in_two(
    paragraphs: list[str], models: Models, before_spacy: Callable[[], None] | None = None
) -> tuple[dict[str, ParagraphSplit], Callable[[], None]]:
    """The splits of ``paragraphs`` by text, whose sentences are final at once and whose entities are
    complete once the returned function has run: spaCy's sentence recogniser runs here and its NER in
    that function, so the encoder can embed the sentences while NER runs (``analyse``). Splits are
    published to the caches only when complete (a concurrent brief never sees one without entities).
    ``before_spacy`` runs when some paragraph is in no cache, just before spaCy runs (and loads)."""
    cache = models.split_cache
    splits = {p: cache[p] for p in dict.fromkeys(paragraphs) if p in cache}
    missing = [p for p in dict.fromkeys(paragraphs) if p not in splits]
    stored = _stored_splits(missing, models) if missing else {}
    splits.update(stored)
    todo = [p for p in missing if p not in stored]
    if todo and before_spacy is not None:
        before_spacy()
    docs = models.segment(todo) if todo else []
    for text, doc in zip(todo, docs, strict=True):
        splits[text] = [(start, stripped, []) for start, stripped, _ in _sentences(doc)]  # entities: ``finish``

    def finish() -> None:
        fresh: dict[str, ParagraphSplit] = {}
        for paragraph, doc in zip(todo, models.recognise(docs) if docs else [], strict=True):
            fresh[paragraph] = list(_sentences(doc))
        splits.update(fresh)
        if models.disk is not None and fresh:
            models.disk.put("split", {text_key(t): json.dumps(v).encode() for t, v in fresh.items()})
        if len(cache) + len(stored) + len(fresh) > _SPLIT_CACHE_LIMIT:
            cache.clear()
        cache.update(stored)
        cache.update(fresh)

    return splits, finish


# two sentences glued at a quotation mark with no space, where the page lost a line break: `think
# so."In my mind, ...," she said.` (the mark opens the next quotation) or `"... not wait."The council`
# (it closes this one); spaCy reads `so."In` as one token and so one sentence
_GLUED = re.compile(r"[.?!]([\"“”])(?=['‘]?[A-Z][a-z])")  # `primetime."'Dancing With the Stars' would ...`
# ... or with no mark at all: `a great Cha Cha Cha!Is there anything` (multinews-203); a full stop
# only after three lower-case letters and before a capitalised word, so "Mr.Smith", "U.S." and
# "p.m." are no breaks; also after a day's number ("scheduled for July 2.The district attorney's office",
# multinews-161), never inside a number ("2.5")
# and after a closing bracket ("severly injured (left partially paralyzed).Patel underwent surgery", Multi-News row 100,
# editor read #13: compression later cut the bracket and showed "injured.Patel")
_GLUED_BARE = re.compile(
    r"(?:(?<=[a-z]{2})[?!]|(?<=[a-z]{3})\.|(?<=[a-z]{2}\))\.|(?<=[a-z] \d)\.|(?<=[a-z] \d\d)\.)(?=[A-Z][a-z]+\b)"
)


def _glued_breaks(text: str) -> list[int]:
    """Where ``text`` holds two sentences glued at a quotation mark: before a mark that opens a
    quotation (“, or a straight one after an even number of them), after one that closes it."""
    breaks = []
    for match in _GLUED.finditer(text):
        mark = match.start(1)
        breaks.append(mark if _opens(text, mark) else mark + 1)
    breaks += [match.end() for match in _GLUED_BARE.finditer(text)]
    return sorted(breaks)


def _sentences(doc: Doc) -> Iterator[tuple[int, str, list[tuple[str, str]]]]:
    """(offset of the stripped text in the paragraph, stripped text, its entities) of each non-blank
    sentence; two sentences glued at a quotation mark (``_glued_breaks``) are two."""
    spans: list[tuple[int, int]] = []  # (start, end) in the paragraph
    cut_tails: set[int] = set()  # spans after a glued break that end their spaCy sentence
    for sent in doc.sents:
        stripped = sent.text.strip()
        if not stripped:
            continue
        at = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        breaks = _glued_breaks(stripped)
        if breaks:
            cut_tails.add(len(spans) + len(breaks))
        spans += [(at + start, at + end) for start, end in pairwise([0, *breaks, len(stripped)])]
    text = doc.text
    # spaCy read `born."Neither` as one token and ended the sentence after it, so the glued break
    # left "Neither" alone and the rest ("Ada Brant nor ...") as the next sentence: a cut tail
    # without closing punctuation is the start of the sentence that follows it
    for k in sorted(cut_tails, reverse=True):
        if k + 1 < len(spans) and not text[spans[k][0] : spans[k][1]].rstrip().endswith(_CLOSERS):
            spans[k : k + 2] = [(spans[k][0], spans[k + 1][1])]
    spans = _join_after_titles(text, spans)
    for k in range(1, len(spans)):
        (prev_start, prev_end), (start, end) = spans[k - 1], spans[k]
        if prev_end == start and end - start > 1 and _closes_previous(text, start):
            rest = start + 1 + (len(text[start + 1 : end]) - len(text[start + 1 : end].lstrip()))
            spans[k - 1], spans[k] = (prev_start, start + 1), (rest, end)
    for k in range(len(spans) - 1):
        # an opening quotation mark left at the end of the sentence before: "… he added at another point. 'One party
        # won't tax …" (editor read #17, BASIL 2010: the fact ended in a stray "'")
        (start, end), (next_start, next_end) = spans[k], spans[k + 1]
        stray = _STRAY_OPENING.search(text, start, end)
        if stray is not None and next_start >= end and text[next_start : next_start + 1].isalpha():
            spans[k], spans[k + 1] = (start, stray.start()), (stray.start(1), next_end)
    for start, end in spans:
        ents = [(e.text, e.label_) for e in doc.ents if start <= e.start_char < end]
        yield start, text[start:end], ents


_STRAY_OPENING = re.compile(r"(?<=[.!?])\s+(['‘“])$")


_CLOSERS = (".", "?", "!", "…", '"', "”", "’", ")", ":")
# a title's abbreviation ends no sentence: spaCy broke "captain, Cmdr. | Bryce Benson, was airlifted"
# and "Lt | . Gov. Ann Brent" (stop 23 editor read, multinews-244: a garbled summary line and "Adm" as a
# speaker). "St." is left out: "on Elm St." ends sentences as often as "St. Louis" continues one.
_TITLE_END = re.compile(
    # plurals too: "Reps. Peter DeFazio of Oregon, and Jim McDermott … are crafting a letter" (editor read #34)
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Sgt|Cpl|Pvt|Capt|Cmdr|Cdr|Adm|Brig|Gov|Sen|Rep|Rev|Fr|Hon|"
    r"Amb|Atty|Det|Insp|Supt|Messrs|Mmes|Drs|Reps|Sens|Govs|Gens)\.?$"
)

# a reference's abbreviation before its numeral ends no sentence: "the two-dimensional model (Fig. | 6)
# suggests ..." and "as reported (ref. | 12)" (stop 30 editor read, multinews-243: 18 of 76 facts cut there)
_REF_END = re.compile(r"(?:\b(?:Figs?|figs?|Refs?|refs?|Eqs?|eqs?|Tab|No|Nos|pp?|Vol|vol)\.|\bet al\.)$")
_NUMERAL_NEXT = re.compile(r"^[(\[]?\d")


# a clock time's "a.m."/"p.m." ends no sentence when the date or day of that time follows: spaCy broke
# "shot about 11 a.m. | May 29, when they were headed to the beach" (stop 25 editor read, multinews-161:
# the summary lost the day, and "May 29, when …" became a fact of its own). A capital after the time
# that is no date ("at 11 a.m. Police said …") still starts a sentence.
_CLOCK_END = re.compile(r"\b\d{1,2}(?::\d{2})?\s?[ap]\.m\.$", re.IGNORECASE)
_DAY_NEXT = re.compile(
    r"^(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2}\b|^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b(?!\s+(?:is|was|will|has|had)\b)|^(?:local time|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|GMT|UTC)\b"
)


_HYPHEN_GOES_ON = re.compile(r"^-[a-z]")
# an ordinal ends no sentence before the name it numbers: spaCy broke "the U.S. Air Force's 51st | Fighter Wing is lived
# in a state of constant alert" (editor read, stop 35, Multi-News row 104: "Fighter Wing." and "Fighter Wing is lived
# ..." listed as facts)
_ORDINAL_END = re.compile(r"\b\d+(?:st|nd|rd|th)$")


def _join_after_titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a span that ends in a title's abbreviation joined to the next when that starts
    with a capital (the name) or with the abbreviation's own stray full stop, and one that ends in a
    clock time joined to the next when that starts with the time's date or day (``_CLOCK_END``)."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            prev_start, prev_end = joined[-1]
            head = text[start:end].lstrip()
            tail = text[prev_start:prev_end].rstrip()
            if (
                (_TITLE_END.search(tail) and (head[:1] == "." or head[:1].isupper()))
                or (_CLOCK_END.search(tail) and _DAY_NEXT.match(head))
                or (_REF_END.search(tail) and _NUMERAL_NEXT.match(head))
                # spaCy ends a sentence at an editor's bracket: '"He passed out photographs [' | 'of the
                # statues] in the hallway," complained Stewart' (editor b25, multinews-236)
                or (tail.endswith(("[", "(")) and any(mark in head[:80] for mark in "])"))
                # ... and before it: "Clearly, Big Bang | [Theory] is at the top of its game" (editor read, stop 33,
                # row 10: "[Theory] is at the top ..." a summary line); a bracket after a closed sentence starts one
                or (head[:1] == "[" and not tail.endswith(_CLOSERS))
                # ... and inside a hyphenated word: "Pre | -menopausal women who were the most active ..." (editor
                # read, stop 33, row 97: the study's finding shown as "-menopausal women ...")
                or (_HYPHEN_GOES_ON.match(head) is not None and tail[-1:].isalpha())
                or (_ORDINAL_END.search(tail) is not None and head[:1].isupper())
                or _goes_on(tail, head)
                or _attribution_after(tail, head)
            ):
                joined[-1] = (prev_start, end)
                continue
        joined.append((start, end))
    return joined


# a lower-case word after a full stop goes on with the sentence: a spun rewrite's "sought to isolate
# their countries. from the West. sanctions and other consequences of the war" (shared corpus) was three
# sentences, and the summary led with the first, which says the opposite of the whole. A word with a
# capital inside ("eBay", "iPhone") does start a sentence.
_LOWER_WORD = re.compile(r"^[a-z][a-z’'-]*\b")


def _goes_on(tail: str, head: str) -> bool:
    """Whether ``head``, opening on a lower-case word, goes on with the sentence ``tail`` ends (see above).

    Also after a closing bracket or quotation mark: an abbreviation's stop in brackets ("Sen. Bernie Sanders
    (I-Vt.) | confirmed on Wednesday that …") and a quotation's exclamation or question mark ("Chants of “We love
    you, Pelosi!” | rang out briefly, …") end no sentence when a lower-case word follows (editor read, stop 40,
    BASIL 2017: both halves were listed as facts, the first of them without its subject)."""
    if _LOWER_WORD.match(head) is None:
        return False
    core = tail.rstrip(')]”"’')
    if core != tail and tail.endswith((")", "]")) and not core.endswith((".", "!", "?", "…", ":", ";", ",")):
        # spaCy ends a sentence at an acronym's bracket: "… for 700,000 Deferred Action for Childhood Arrivals (DACA) |
        # recipients, in exchange for …" (editor read #20c, BASIL 2019: the lede's passage cut in two)
        return True
    # a word's own full stop only: after an ellipsis ("Well…. with just a moment of critical analysis, …")
    # the lower-case word is a writer's aside, and joining it made row 247's summary open a sentence on "Well…."
    if core.endswith(".") and core[-2:-1].isalpha():
        return True
    return core != tail and core.endswith(("!", "?"))


# an attribution alone after an ellipsis or a quotation's closing mark belongs to the sentence before it: TMZ's "LFO
# singer Devin Lima has died after a yearlong battle with stage 4 cancer ... | TMZ has learned.", "Devin died early
# Wednesday morning ... | according to a family member." and '“... in casual conversation?” | Mr. Jordan said.' were
# each cut in two, and the attribution listed as a fact of its own (editor read #13, stop 42: row 111, BASIL 2013)
_ATTRIBUTION_ALONE = re.compile(
    r"^(?:according\s+to\b[^.!?]{0,60}|(?:(?:[A-Z][\w.’'-]*|the|a|an|his|her|their|he|she|they|we)\s+){1,5}"
    r"(?:said|says|added|adds|wrote|writes|reported|reports|confirmed|confirms|(?:has|have)\s+learned|told\s+\w+"
    # ... or asked: '“… how do you work out the back pay?” | Justice Ginsburg asked.' (editor read #20c, BASIL 2011: a
    # fact of its own, and the passage an outlet was cited by), with when: "Senator Keller asked on Monday."
    r"|asked|asks|replied|replies|wondered|explained|noted|continued|insisted|argued|quipped|joked|tweeted)"
    r"(?:\s+(?:on|late|early|last|this)\s+\w+day|\s+\w+day)?)"
    # … with how it was said: "Mrs. Clinton said, her voice rising." (editor read, stop 45, BASIL 2013: a fact of its
    # own after "… What difference, at this point, does it make?”")
    r"(?:,\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)?"
    r"[.!]?$"
)
MAX_ATTRIBUTION_WORDS = 7
_CLOSED_QUOTATION = re.compile(r"[,?!.…][’'\s]*[”\"]$")


def _attribution_after(tail: str, head: str) -> bool:
    """Whether ``head`` is an attribution alone (``_ATTRIBUTION_ALONE``) after a ``tail`` that ends in an ellipsis or
    in a quotation's closing mark, not in a plain full stop."""
    if len(head.split()) > MAX_ATTRIBUTION_WORDS or _ATTRIBUTION_ALONE.match(head) is None:
        return False
    # a quotation closing on a nested one may put a space between the two marks: "… of the Department of
    # Justice,’ ” Mr. Weich wrote." (editor read, stop 44, BASIL 2013: "Mr. Weich wrote." was a fact of its own)
    return tail.endswith(("...", "…")) or _CLOSED_QUOTATION.search(tail) is not None


def _opens(text: str, mark: int) -> bool:
    """Whether the quotation mark at ``mark`` opens a quotation: “, or a straight one after an even
    number of them."""
    return text[mark] == "“" or (text[mark] == '"' and text.count('"', 0, mark) % 2 == 0)


def _closes_previous(text: str, at: int) -> bool:
    """True when the quotation mark at ``at`` opens a sentence but closes the one before it: glued to
    its end (`been born."Neither Bethenny ...` split by spaCy after the full stop, so the quote's
    closing mark led the next sentence, and a stage reading quotes read "Neither ..." as a quotation)."""
    if at == 0 or text[at - 1] not in ".?!," or text[at] not in '"“”':
        return False
    return not _opens(text, at)


def _stored_splits(paragraphs: list[str], models: Models) -> dict[str, ParagraphSplit]:
    """The splits an earlier process stored (``Models.disk``), as ``split_paragraphs`` builds them."""
    if models.disk is None:
        return {}
    keys = {text_key(p): p for p in paragraphs}
    return {
        keys[k]: [(start, text, [(name, label) for name, label in ents]) for start, text, ents in json.loads(v)]
        for k, v in models.disk.get("split", keys).items()
    }


def split_sentences(article: Article, models: Models) -> tuple[list[Sentence], list[Mention]]:
    """Sentences with offsets into ``article.text``; paragraphs are split first because the
    sentence model misses breaks between lines."""
    splits = split_paragraphs(article.paragraphs, models)
    return _sentences_of(article, dict(zip(article.paragraphs, splits, strict=True)))


def _sentences_of(article: Article, splits: dict[str, ParagraphSplit]) -> tuple[list[Sentence], list[Mention]]:
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    base = 0
    for number, paragraph in enumerate(article.paragraphs):
        for start, text, ents in splits[paragraph]:
            index = len(sentences)
            sentences.append(Sentence(article.id, index, number, text, base + start, base + start + len(text)))
            mentions.extend(Mention(article.id, index, name, label) for name, label in ents)
        base += len(paragraph) + 2
    return sentences, mentions


def _encode_beside(embedder: Embedder, texts: list[str], guessed: list[str]) -> np.ndarray:
    """The encoder's call on one thread (``nlp.encoder.beside``): spaCy's passes have the other core
    until ``help_encode``. The guessed sentences (``nlp.presplit``) are encoded first, each kept by
    text, unless the loading thread has done it already: always before the sentences' call, so the
    two calls are the same whichever thread makes the first."""
    with beside():
        encode_each = getattr(embedder, "encode_each", None)  # ``CachedEmbedder``; a stand-in may lack it
        if encode_each is not None and guessed:
            encode_each(guessed)
        return embedder.encode(texts)


def analyse(
    articles: list[Article],
    models: Models,
    embed: bool = True,
    reuse: AnalysedStory | None = None,
    meanwhile: Callable[[list[Sentence]], object] | None = None,
) -> AnalysedStory:
    """Split, tag and embed. With ``reuse``, sentences whose text was already embedded in that
    earlier analysis take their vector from it instead of running the model again.

    ``meanwhile`` (given the sentences) runs in this thread while the sentence encoder runs in
    another: ONNX Runtime releases the GIL, so on two cores the encoder and, say, spaCy's parse of
    the sentences a later stage needs (``pipeline``) overlap. The embeddings are those of the same
    single ``encode`` call either way."""
    # one batched pass; text no cache holds will be embedded too, so the encoder starts loading in
    # another thread while spaCy loads (``Models.load_embedder_soon``)
    paragraphs = [p for a in articles for p in a.paragraphs]
    # the sentences guessed by punctuation are encoded as soon as the encoder has loaded, on the core
    # spaCy's load leaves idle (``nlp.presplit``)
    guessed = likely_sentences(paragraphs) if embed and reuse is None else []
    splits, finish = _split_in_two(paragraphs, models, (lambda: models.load_embedder_soon(guessed)) if embed else None)

    def story_of_splits() -> AnalysedStory:
        finish()
        sentences: list[Sentence] = []
        mentions: list[Mention] = []
        for article in articles:
            found, ents = _sentences_of(article, splits)
            sentences.extend(found)
            mentions.extend(ents)
        return AnalysedStory(articles=articles, sentences=sentences, mentions=mentions)

    if not embed:
        return story_of_splits()
    # the sentences are known before their entities: the encoder embeds them while NER and
    # ``meanwhile`` run here (ONNX Runtime releases the GIL)
    known: dict[str, np.ndarray] = {}  # repeated sentences (wire copies, cut-off repeats) embed once
    if reuse is not None and len(reuse.embeddings):
        known = {strip_dateline(s.text): reuse.embeddings[i] for i, s in enumerate(reuse.sentences)}
    missing = sorted({strip_dateline(text) for p in splits.values() for _, text, _ in p} - known.keys())
    if missing:
        embedder = models.embedder  # loaded (or being loaded) since before spaCy ran: see above
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsfuse-encode") as pool:
            vectors = pool.submit(_encode_beside, embedder, missing, guessed)
            story = story_of_splits()
            if meanwhile is not None:
                meanwhile(story.sentences)
            help_encode()  # this thread is free now: it runs the batches the encoder's has not reached
            known.update(zip(missing, vectors.result(), strict=True))
    else:
        story = story_of_splits()
        if meanwhile is not None:
            meanwhile(story.sentences)
    texts = [strip_dateline(s.text) for s in story.sentences]
    late = sorted(set(texts) - known.keys())  # none: NER leaves sentence boundaries alone; but if it did
    if late:
        known.update(zip(late, models.embedder.encode(late), strict=True))
    dim = next(iter(known.values())).shape[0] if known else models.embedder.dimension
    story.embeddings = (
        np.vstack([known[t] for t in texts]).astype(np.float32) if texts else np.zeros((0, dim), np.float32)
    )
    return story

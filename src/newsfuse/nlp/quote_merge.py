"""One records.Quote per utterance across sources: the same words reported by several outlets
share one record; translations and paraphrases of the same remark become its ``variants``.

Two quotes are the same utterance when their words nearly match (character similarity), or when
their sentence embeddings are close *and* their speakers agree (embedding similarity alone would
join two different people saying similar things). Two quotes credited to two different named speakers are
never one utterance, however alike their words: each outlet's reading of who spoke stays visible.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from newsfuse.nlp.aliases import fold, strip_titles
from newsfuse.nlp.models import Embedder
from newsfuse.nlp.quotes import Attribution
from newsfuse.options import QuoteOptions
from newsfuse.records import Quote, QuoteVariant

# The thresholds (same words, same meaning, same speaker, scare quotes) are ``options.QuoteOptions``.
_DEFAULT = QuoteOptions()


@dataclass
class _Group:
    text: str
    speaker: str | None
    sources: list[str]
    vector: np.ndarray
    context: str | None = None  # the sentence of a partial quotation (records.Quote.context)
    variants: dict[str, list[str]] = field(default_factory=dict)  # text -> sources


_TITLE_WORDS = 6  # "Dragon Fly", "The Art of the Deal": longer title-cased quotations are speech
_TITLE_JOINERS = frozenset(["of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with"])
# the short words a title-cased name may leave in lower case ("Love Is a Battlefield", "Born to Run", "Up or Out")
_TITLE_SMALL_WORDS = _TITLE_JOINERS | frozenset(["as", "or", "nor", "but", "so", "up", "off", "vs", "via", "yet"])


def title_like(text: str) -> bool:
    """A short title-cased quotation without sentence punctuation is the name of a work (album,
    song, film, book, show), not something said: "Dragon Fly", "Surrealistic Pillow". Words of
    three letters or fewer ("of", "the", "and") may stay lower-case."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if len(words) >= 2 and words[0] != "I" and all(w[0].isupper() for w in words if w.lower() not in _TITLE_JOINERS):
        # “A Bunch of Malarkey” and “Delaware Crush.”: the full stop closing the sentence sits inside the marks
        # (American style); every word capitalised is still a name (editor row 88 printed a cocktail as a quote)
        text = text.strip().removesuffix(".")
    if not 1 <= len(words) <= _TITLE_WORDS or re.search(r"[.!?,;:]\W*$", text.strip()):
        return False
    if any(w[0].islower() and w.lower() not in _TITLE_SMALL_WORDS for w in words):
        # "I’m an F-18, bro", "Oh, yes", "Nice to see all of you": a short lower-case word no title leaves in lower
        # case is speech (Multi-News row 99 and BASIL cad4bba5 left such words of a named speaker unprinted)
        return False
    return words[0][0].isupper() and all(w[0].isupper() for w in words if len(w) > 3)


def worth_quoting(attribution: Attribution, params: QuoteOptions = _DEFAULT) -> bool:
    """Direct quotes, and partial quotes with a known speaker; not scare quotes, not titles of works."""
    words = len(attribution.text.split())
    speaker = attribution.speaker.name if attribution.speaker else None
    if title_like(attribution.text):
        return False
    if attribution.kind == "direct":
        return words >= params.min_direct_words or speaker is not None
    if attribution.kind == "partial":
        return speaker is not None and words >= params.min_partial_words
    return False


def speakers_agree(a: str | None, b: str | None, params: QuoteOptions = _DEFAULT) -> bool:
    if a is None or b is None:
        return False
    if a == b:
        return True
    if _kin(a, b):
        return False
    return fuzz.token_set_ratio(fold(a), fold(b)) >= params.same_speaker


def _kin(a: str, b: str) -> bool:
    """Two people of one family: full names with the same family name and other given names ("Mary Cheney", "Dick
    Cheney"), which share enough words to pass the token-set ratio (BASIL b13, stop 40, printed Dick Cheney's 2009
    line as a variant of Mary Cheney's quote). A given name and its initial or short form ("J. Smith", "Joe Smith",
    "Joseph Smith") agree; "Jr." is left to the ratio (the same man is often written with and without it)."""
    if not all(w[:1].isupper() for n in (a, b) for w in strip_titles(n).split()):
        return False  # a named role ("representative for Shields") is left to the ratio
    x, y = (fold(strip_titles(n)).replace(".", "").replace(",", "").split() for n in (a, b))
    if len(x) < 2 or len(y) < 2 or x[-1] != y[-1]:
        return False
    shorter = min(2, len(x[0]), len(y[0]))
    return x[0][:shorter] != y[0][:shorter]


def quote_texts(attributions: list[Attribution], params: QuoteOptions = _DEFAULT) -> list[str]:
    """The texts ``merge_quotes`` embeds, in its order (one encoder call: ``who_said_what`` has it
    encoded ahead)."""
    return [a.text for a in attributions if worth_quoting(a, params)]


def merge_quotes(
    attributions: list[Attribution],
    embedder: Embedder | None,
    params: QuoteOptions = _DEFAULT,
    printed_in: Callable[[Attribution], str | None] | None = None,
) -> list[Quote]:
    """Quotes of a story (attributions of all its articles, in source order) as brief records;
    ``printed_in`` gives a partial quotation's sentence (``Quote.context``), read from the first
    source that quotes it."""
    everything = [a for a in attributions if worth_quoting(a, params)]
    # a few words of a longer quotation of the same speaker are shown as a variant of it, not as a quote of their own
    # (``_inside_another``)
    pieces = {id(a): other for a in everything if (other := _inside_another(a, everything, params)) is not None}
    chosen = [a for a in everything if id(a) not in pieces]
    if not chosen:
        return []
    texts = quote_texts(chosen, params)
    vectors = embedder.encode(texts) if embedder is not None else np.zeros((len(texts), 1), dtype=np.float32)
    groups: list[_Group] = []
    group_of: dict[int, _Group] = {}  # id of an attribution -> the group it went to
    for attribution, vector in zip(chosen, vectors, strict=True):
        speaker = attribution.speaker.name if attribution.speaker else None
        group = _find_group(groups, attribution, speaker, vector, embedder is not None, params)
        if group is not None:
            group_of[id(attribution)] = group
        if group is None:
            context = printed_in(attribution) if printed_in is not None and attribution.kind == "partial" else None
            groups.append(_Group(attribution.text, speaker, [attribution.article_id], vector, context))
            group_of[id(attribution)] = groups[-1]
            continue
        if group.speaker is None:
            group.speaker = speaker
        if fuzz.ratio(fold(group.text), fold(attribution.text)) >= params.same_words:
            _add(group.sources, attribution.article_id)
        else:
            _add(group.variants.setdefault(attribution.text, []), attribution.article_id)
    for attribution in everything:
        if (holder := pieces.get(id(attribution))) is not None and (group := group_of.get(id(holder))) is not None:
            if fold(attribution.text) != fold(group.text):
                _add(group.variants.setdefault(attribution.text, []), attribution.article_id)
            else:
                _add(group.sources, attribution.article_id)
    return [
        Quote(
            text=g.text,
            speaker=g.speaker,
            sources=g.sources,
            variants=[QuoteVariant(text=t, sources=s) for t, s in g.variants.items()],
            context=g.context,
        )
        for g in groups
    ]


FRAGMENT_WORDS = 4  # "egregious acts.", "unprecedented success": a few words another quotation holds


def _inside_another(attribution: Attribution, chosen: list[Attribution], params: QuoteOptions) -> Attribution | None:
    """The longer quotation of the same speaker (of the story's quotations) that a quotation of at most
    ``FRAGMENT_WORDS`` words is a piece of: "egregious acts." beside the sentence "… the damage we suffered as a
    result of those egregious acts", "biggest story on Earth!" beside the post that says it (editor read #18,
    Multi-News rows 58 and 19: each shown as a quote of its own). The longer one is the quote and the piece one of
    its variants (still printed, with its outlet); None when no longer quotation holds it."""
    words = _WORD.findall(fold(attribution.text))
    if not words or len(words) > FRAGMENT_WORDS:
        return None
    piece = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b")
    speaker = attribution.speaker.name if attribution.speaker else None
    for other in chosen:
        if other is attribution or len(_WORD.findall(fold(other.text))) <= FRAGMENT_WORDS:
            continue  # the holder is a quote of its own, never another piece
        said_by = other.speaker.name if other.speaker else None
        if (speaker is None or said_by is None or speakers_agree(speaker, said_by, params)) and piece.search(
            fold(other.text)
        ):
            return other
    return None


_WORD = re.compile(r"\w+")


def _find_group(
    groups: list[_Group],
    attribution: Attribution,
    speaker: str | None,
    vector: np.ndarray,
    semantic: bool,
    params: QuoteOptions,
) -> _Group | None:
    folded = fold(attribution.text)
    for group in groups:
        if _two_speakers(group.speaker, speaker, params):
            # the same words credited to two people by different outlets: one merged quote kept the first
            # speaker and hid the other reading (editor row 228); each reading stays its own quote
            continue
        if turns_negation(group.text, attribution.text):
            continue  # one wording says no, the other not: two claims (``turns_negation``)
        if fuzz.ratio(fold(group.text), folded) >= params.same_words:
            return group
        if group.speaker is None or speaker is None or speakers_agree(group.speaker, speaker, params):
            shorter = min(len(folded), len(group.text))
            if shorter >= 20 and fuzz.partial_ratio(fold(group.text), folded) >= params.same_words:
                return group  # one outlet quoted more of the same sentence
        if (group.speaker is None) != (speaker is None) and _shares_a_sentence(fold(group.text), folded):
            return group  # one outlet's unframed words that another gives, a whole sentence word for word, to someone
    if not semantic:
        return None
    best, best_score = None, 0.0
    for group in groups:
        if attribution.article_id in group.sources or any(attribution.article_id in s for s in group.variants.values()):
            continue  # two remarks of one article are two utterances, however alike
        if _two_speakers(group.speaker, speaker, params):
            continue
        score = float(np.dot(group.vector, vector))
        if turns_negation(group.text, attribution.text):
            continue
        agree = speakers_agree(group.speaker, speaker, params)
        if score > best_score and (score >= params.same_statement or (agree and score >= params.same_meaning)):
            best, best_score = group, score
    return best


# a word that says no: one wording with it and the other without tell two claims, not one remark
_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither|nobody|nothing|none|without|cannot)\b|n['’]t\b", re.IGNORECASE)
NEGATION_LENGTHS = 0.6  # the shorter wording holds at least this share of the longer one's words
NEGATED_SPAN = 3  # the words after a "not" that it may say no to ("don't | pass this bill")
NEGATED_MIN = 3  # ... of more letters than this ("pass", not "the")


def turns_negation(a: str, b: str) -> bool:
    """Two wordings of a similar length, one of which says no to a word the other gives without it: Fox's "To pass
    this bill in the next couple of weeks would materially increase the risk …" and HuffPost's "If they don't pass
    this bill in the next couple weeks it will materially increase the risk …" are no one remark in two translations
    (editor read #34, BASIL 2010: shown as one quote with its variant, the quote list saying the opposite of what he
    said). Each stays a quote of its own, so the reader sees both wordings with their outlets. A wording much longer
    than the other may hold a "not" in what the other left out, so lengths must be alike; and the word said no to
    must be in the other wording: "Water must unite us, not divide us" and "The water should bring us together
    rather than split us apart" are one remark in two translations (the bundled example)."""
    words = len(_WORD.findall(a)), len(_WORD.findall(b))
    if min(words) < NEGATION_LENGTHS * max(words):
        return False
    if bool(_NEGATION.search(a)) == bool(_NEGATION.search(b)):
        return False
    said, plain = (a, b) if _NEGATION.search(a) else (b, a)
    other = {w for w in _WORD.findall(fold(plain)) if len(w) > NEGATED_MIN}
    for found in _NEGATION.finditer(said):
        after = _WORD.findall(fold(said[found.end() :]))[:NEGATED_SPAN]
        if any(w in other for w in after if len(w) > NEGATED_MIN):
            return True
    return False


SHARED_SENTENCE_WORDS = 7  # "His conduct is unbecoming of a member of Congress.": a sentence no two people say alike
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _shares_a_sentence(a: str, b: str) -> bool:
    """Whether two quotations hold one whole sentence of at least ``SHARED_SENTENCE_WORDS`` words, word for word:
    an outlet that prints a spokesman's words unframed ("“His conduct is unbecoming of a member of Congress. It's
    bad enough …”") and one that frames the same sentence among others ("“… has lost it,” said Jon Thompson, a
    Republican spokesman. “His conduct is unbecoming of a member of Congress.”") quote one remark, his (BASIL
    6b541575: the first was printed unattributed, its words no fuzzy match of the second's whole text)."""

    def sentences(text: str) -> set[tuple[str, ...]]:
        return {
            tuple(words)
            for piece in _SENTENCE_END.split(text)
            if len(words := _WORD.findall(piece)) >= SHARED_SENTENCE_WORDS
        }

    return bool(sentences(a) & sentences(b))


def _two_speakers(a: str | None, b: str | None, params: QuoteOptions) -> bool:
    """Both quotes name who spoke, and not the same one."""
    return a is not None and b is not None and not speakers_agree(a, b, params)


def _add(sources: list[str], source: str) -> None:
    if source not in sources:
        sources.append(source)

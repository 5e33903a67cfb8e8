"""Four more refusals of a cited sentence that does not say what the shown one says (issue 12, stop 44).

The fact graph cites an outlet for a fact when one of its sentences joined the fact's unit (the story pair model)
and passed the checks of align/citation_check.py. An editor who follows such a citation to the outlet's passage
still finds, in stories nobody tuned on, sentences that share the story's names and topic words with the shown one
and say something else: the story pair model's ``idf_cover`` scores those pairs 0.94-0.99 while the paraphrase
model gives them 0.08-0.36 (docs/synthesis.md, stop 43). Each check here is a class read from a hand-read list of
every other-outlet citation of eleven briefs (stop 44: 153 citations, 31 that do not support the fact), and each
leaves the gold facts bench unchanged:

- :func:`another_speakers_words`: the shown sentence is someone's quotation and the cited one another person's
  quotation, printing few of its words ("“The American people are with me with this,” Mr. Obama said." cited to
  his press secretary's "So his point was simply that the House should get busy with matters of great importance
  to the United States and to the American people."). One speaker's words back nothing another said.
- :func:`misses_short_quote`: the shown sentence is mostly a short quotation (fewer content words than
  ``citation_check.misses_quote`` reads) and the cited sentence gives none of its words: Reid saying "all options
  should be on the table" cited to "Senator Harry Reid of Nevada, the Democratic leader, is a longtime supporter of
  gun rights." A reader who follows the citation finds the speaker, not what he said.
- :func:`attribution_only`: the cited sentence only says who spoke ("Senate Majority Leader Mitch McConnell,
  R-Ky., asked on Tuesday.") and backs no fact, though its names hold much of the shown sentence's weight.
- :func:`leaves_open`: the cited sentence says it is not known whether what the shown one tells is so.
- :func:`hypothetical_only` (stop 46): the shown sentence tells what would follow if something happened ("If the
  Supreme Court were to rule in favor of Nebraska and Oklahoma, all state marijuana laws … could be in jeopardy")
  and the cited one tells no condition and no possibility: that outlet states a fact, not the forecast.

Dropped (docs/synthesis.md, stop 44): refusing a cited sentence that shares only names and the story's common words
when neither tells an act of the other. It removed five wrong citations of the list, but gold tune lost 4.8 points
of multi-source facts shown: outlets tell one act in other words ("objected vehemently" / "fiercely opposed", two
ledes of one summit), which word-level acts do not see.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfuse.align import citation_check, story_pairs, units
from newsfuse.align.same_fact import STOP_WORDS
from newsfuse.nlp.speech import SPEECH_VERBS
from newsfuse.records import Quote

# A quotation's speaker is the story quote (nlp/quotes.py) of the same outlet that holds at least this share of the
# sentence's quoted words, and the sentence must quote at least SPEAKER_WORDS words
SPEAKER_SHARE = 0.8
SPEAKER_WORDS = 3
# ... or the sentence, without marks, is a run of at least this many words of such a quote
RUN_WORDS = 6

# Another speaker's quotation prints at most this share of the shown quotation's three-word runs
OTHER_WORDS_RUNS = 0.5

_WORD = re.compile(r"[a-z0-9']+")
_LETTERS = re.compile(r"[^\W\d_][\w'’.-]*")
# Besides speech verbs and names, an attribution line may say where and when it was said
_ATTRIBUTION_WORDS = frozenset(
    {"statement", "interview", "reporters", "briefing", "later", "earlier", "also", "then", "today", "yesterday"}
    | {"tonight", "late"}
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def mostly_quoted(text: str) -> str:
    """The quoted words of ``text`` when they are at least ``citation_check.QUOTE_SHARE`` of its words, else ""."""
    quoted = units.quoted_part(text)
    return quoted if len(quoted.split()) >= citation_check.QUOTE_SHARE * len(text.split()) else ""


def _printed(quotes: Sequence[Quote], article: str) -> list[tuple[str, list[str]]]:
    """Each quote or variant ``article`` prints, with a speaker: (speaker, its words)."""
    found = []
    for quote in quotes:
        if quote.speaker is None:
            continue
        for printed, sources in [(quote.text, quote.sources), *((v.text, v.sources) for v in quote.variants)]:
            if article in sources:
                found.append((quote.speaker, _words(printed)))
    return found


def quotation_of(quotes: Sequence[Quote], article: str, text: str) -> tuple[str, str | None]:
    """The quoted words of ``text`` (a sentence of ``article``) and their speaker, when ``text`` is mostly a
    quotation: its marks enclose at least ``citation_check.QUOTE_SHARE`` of its words and a quote of the story
    (``AnalysedStory.quotes``, read before alignment) that the article prints holds :data:`SPEAKER_SHARE` of them,
    or the whole sentence, at least :data:`RUN_WORDS` words, is a run of such a quote's words: a sentence inside
    a quotation over several sentences has no marks nor speaker of its own ("So his point was simply that …", the
    quote's speaker named two sentences before). ("", None) when neither."""
    printed = _printed(quotes, article)
    said = _words(mostly_quoted(text))
    speaker = _speaker(printed, said)
    if speaker is not None:
        return " ".join(said), speaker
    whole = _words(text)
    if len(whole) >= RUN_WORDS and not units.quoted_part(text).strip():
        run = f" {' '.join(whole)} "
        for speaker, words in printed:
            if run in f" {' '.join(words)} ":
                return " ".join(whole), speaker
    return "", None


def _runs(words: list[str]) -> set[tuple[str, str, str]]:
    return set(zip(words, words[1:], words[2:], strict=False))


def another_speakers_words(shown: tuple[str, str | None], cited: tuple[str, str | None]) -> bool:
    """Whether the shown sentence is mostly one person's quotation and the cited sentence another's (each given as
    :func:`quotation_of` reads it: the quoted words and their speaker, both known and different), and the cited
    quotation prints at most :data:`OTHER_WORDS_RUNS` of the shown quotation's three-word runs. The same words
    credited to two people (a lawyer's statement one outlet credits to his client) stay a source: they are the
    words the reader looks for."""
    (said, speaker), (other, theirs) = shown, cited
    if not said or not other or speaker is None or theirs is None or speaker.lower() == theirs.lower():
        return False
    runs = _runs(said.split())
    return bool(runs) and len(runs & _runs(other.split())) <= OTHER_WORDS_RUNS * len(runs)


def quotation_in(quotes: Sequence[Quote], article: str, text: str) -> tuple[str, str | None]:
    """The quoted words of ``text`` (a sentence of ``article``) and their speaker, however much of the sentence they
    are: a story quote of the same outlet holds :data:`SPEAKER_SHARE` of them, and they are at least
    :data:`SPEAKER_WORDS` words. ("", None) when not."""
    said = _words(units.quoted_part(text))
    speaker = _speaker(_printed(quotes, article), said)
    return (" ".join(said), speaker) if speaker is not None else ("", None)


def _speaker(printed: list[tuple[str, list[str]]], said: list[str]) -> str | None:
    """The speaker of the printed quote (:func:`_printed`) that holds the most of ``said``, at least
    :data:`SPEAKER_SHARE` of them; None when none does or ``said`` is under :data:`SPEAKER_WORDS` words."""
    if len(set(said)) < SPEAKER_WORDS:
        return None
    best: tuple[float, str] | None = None
    for speaker, words in printed:
        held = len(set(said) & set(words)) / len(set(said))
        if held >= SPEAKER_SHARE and (best is None or held > best[0]):
            best = (held, speaker)
    return best[1] if best is not None else None


def same_speakers_other_words(shown: tuple[str, str | None], cited: tuple[str, str | None]) -> bool:
    """Whether the shown sentence quotes someone (``shown``: :func:`quotation_in`) and the cited one is mostly a
    quotation of the same person (``cited``: :func:`quotation_of`) that prints none of the shown quotation's
    three-word runs and less than a third of its words: one person's two statements are two facts, and an outlet
    that prints the other does not report the shown one ('"This contraband has been heavily trafficked into our
    state," <attorney general> said at a news conference' cited to '"Federal law undisputedly prohibits the
    production and sale of marijuana," <attorney general> said Thursday in a statement', editor read #16, BASIL
    b764f81f). Words put in another's mouth are :func:`another_speakers_words`."""
    (said, speaker), (other, theirs) = shown, cited
    if not said or not other or speaker is None or theirs is None or speaker.lower() != theirs.lower():
        return False
    mine, its = said.split(), other.split()
    if _runs(mine) & _runs(its):
        return False
    content = {w for w in mine if len(w) > 2 and w not in STOP_WORDS}
    return 3 * len(content & set(its)) < len(content)


def attribution_only(text: str) -> bool:
    """Whether ``text`` only says who spoke: no quotation marks, and its words in lower case (beside stop words, a
    few words of place and time, :data:`_ATTRIBUTION_WORDS`) are speech verbs ("Senate Majority Leader Mitch
    McConnell, R-Ky., asked on Tuesday.", the tail of a question the sentence splitter cut off). It states nothing
    a fact could be cited for; the names in it let it pass the share of the shown sentence's weight."""
    if any(mark in text for mark in '“”"'):
        return False
    plain = [w.lower().rstrip(".") for w in _LETTERS.findall(text) if w[:1].islower()]
    said = [w for w in plain if w in SPEECH_VERBS]
    rest = [w for w in plain if len(w) > 2 and w not in SPEECH_VERBS | STOP_WORDS | _ATTRIBUTION_WORDS]
    return bool(said) and not rest


# "It was unclear whether …", "it is not known if …": the sentence says what nobody knows
_OPEN_QUESTION = re.compile(
    r"\b(?:unclear|not (?:yet )?(?:clear|known)|unknown|uncertain|not immediately (?:clear|known))\s+(?:whether|if)\b",
    re.I,
)


def leaves_open(texts: tuple[str, str]) -> bool:
    """Whether the cited sentence (``texts``: shown, cited) says it is not known whether something is so ("It was
    unclear if police were still searching for that person.") and the shown one does not: it backs no sentence that
    tells it as so ("He added that police are searching for a person that may have come in contact with …", gold
    tune multinews-141, stop 44 list). ``citation_check.turns_polarity`` reads a negated head; this is no negation."""
    return _OPEN_QUESTION.search(texts[1]) is not None and _OPEN_QUESTION.search(texts[0]) is None


# a condition ("if", "unless") and a possibility the sentence draws from it, on either side
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
_POSSIBLE = re.compile(r"\b(?:would|could|might|may)\b|\b\w+['’]d\b", re.I)


def hypothetical(text: str) -> bool:
    """Whether ``text`` tells what would or could follow under a condition: "if"/"unless" and a "would", "could",
    "might" or "may" (or "'d") before or after it, outside quotation marks (a quoted conditional is the speaker's,
    and the quotation checks read it)."""
    plain = _outside_quotes(text)
    return _CONDITION.search(plain) is not None and _POSSIBLE.search(plain) is not None


def hypothetical_only(texts: tuple[str, str]) -> bool:
    """Whether the shown sentence (``texts``: shown, cited) is :func:`hypothetical` and the cited one holds neither a
    condition nor a possibility: it tells something as so, which does not back a forecast of what a ruling would
    bring (editor read #16, BASIL b764f81f: the forecast cited to "Nebraska and Oklahoma accused Colorado of leaving
    huge holes in marijuana rules …", by an outlet that writes the suit does not seek to overturn legal use)."""
    if not hypothetical(texts[0]):
        return False
    cited = _outside_quotes(texts[1])
    return _CONDITION.search(cited) is None and _POSSIBLE.search(cited) is None


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _outside_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)


def misses_short_quote(texts: tuple[str, str]) -> bool:
    """Whether the shown sentence (``texts``: shown, cited) is mostly a quotation of fewer than
    ``citation_check.QUOTE_CONTENT`` content words (a longer one is ``citation_check.misses_quote``'s) of which the
    cited sentence gives none: the reader finds no word of what was said."""
    said = story_pairs.content_words(mostly_quoted(texts[0]))
    if not said or len(said) >= citation_check.QUOTE_CONTENT:
        return False
    return not said & story_pairs.content_words(texts[1])

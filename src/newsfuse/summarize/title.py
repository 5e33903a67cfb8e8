"""A one-line headline for the story: a real headline of a source, never page furniture.

Among the source headlines that look like headlines (``is_headline``: words enough, not a widget
label, credit or site name), the best supported wins: the one whose article is backed by the most
other independent articles (mean cosine of the headline to the other articles' centroids), so the
headline of the story most outlets tell beats that of an outlier, plus its cosine to the summary's lede, so the
headline that tells the newest main development beats one the story has moved past (``_agreement``).

Without a usable headline (Multi-News documents and plain texts have none), the title is the
summary's lede (the best supported main development, summarize/select.py) when it reads as a
headline (``headline_like``: below; a leading time frame such as "Earlier on Thursday," deleted),
else the best supported *lead sentence*: one of the first
``LEAD_SENTENCES`` sentences of an original article that stands alone (a leading dateline deleted;
no quotation first, no pronoun opener or unnamed speaker, clarity > 0), is no longer than
``MAX_LEAD_WORDS`` and is not page furniture or a photo caption ("(AP Photo/...)", "Getty Images",
"pictured"), scored like a headline (mean cosine to the other articles' centroids) with a small
bonus for an article's very first sentence. When none qualifies, a later summary sentence or any
sentence of an original article that passes the same checks; only when none does, the summary's
first sentence, cut to 14 words, stands in.
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np

from newsfuse.align.numbers import WORD_NUMBERS
from newsfuse.nlp.clarity import clarity, display_text
from newsfuse.nlp.dates import WEEKDAYS
from newsfuse.nlp.models import Embedder, Parser
from newsfuse.records import AnalysedStory, SummaryItem
from newsfuse.summarize.compress import drop_opener
from newsfuse.summarize.furniture import caption_sentences, glued, no_lead, verdict
from newsfuse.summarize.headline import shortened
from newsfuse.summarize.standalone import needs_context
from newsfuse.summarize.status import tells_future
from newsfuse.summarize.voice import Voices
from newsfuse.summarize.voice import read as read_voices

MIN_WORDS = 4
MAX_WORDS = 30
_FURNITURE = re.compile(
    r"tweet with a location|\bgallery\b|\bphoto(?:s|graph)?\b.*[©@]|©|\bslideshow\b|\bwatch:?\s*$|^watch\b|"
    r"^video\b|\bvideo:?\s*$|\blog ?in\b|\bsign ?in\b|\bsubscribe\b|\bnewsletter\b|\bcookies?\b|"
    r"\bjavascript\b|\bpage not found\b|\b404\b|\baccess denied\b|\bbreaking news\b\s*$|^home\s*[|»>-]|"
    r"\badvertisement\b|\bcontinue reading\b|"
    r"\bpicture \d+ of \d+\b|\bclick here\b|\bread more\b",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"\b(?:AP|AFP|Reuters|Getty|EPA|Associated Press)\s*(?:Photo|Images)\b|\bfile (?:photo|image)\b|"
    r"\(photo\b|\bphoto(?:graph)?\s*(?:by|credit|courtesy)\b|\bpictured\b|\bcredit:|\bcaption\b|"
    r"\bclick to\b|\bshare this\b|\bfollow (?:us|@)|\bemail (?:this|us)\b|\bcopyright\b",
    re.IGNORECASE,
)
# "STORRS, Conn. (WTNH) — " / "ALLENTOWN, Pa. - ": a dateline the sentence splitter left on
# ... and a wire's credit alone: "(CNN) Your favorite fitness tracker ..." (multinews-142's title, editor read a28)
_DATELINE = re.compile(
    r"^(?:AP|AFP|Reuters)\s+(?=[A-Z][a-z])|"
    r"^\((?:CNN|AP|AFP|Reuters|UPI)\)\s*(?:[—–-]{1,2}\s*)?(?=[A-Z“\"])|"
    r"^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][a-z]{1,5}\.(?:\s*[A-Z][a-z]?\.)?)?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+"
)
# "Earlier on Thursday, ", "On Monday night, ", "Late Friday, ": a headline needs no time frame, and a
# relative day read out of its article is a puzzle (editor's read, stop 21: "Earlier on on Thursday,
# Bundy tried to clarify ..." as a title); deleted from a sentence standing in for a headline
_TIME_OPENER = re.compile(
    r"^(?:(?:earlier|later|late|early)\s+)?(?:on\s+)*(?:(?:last|this)\s+)?"
    rf"(?:{'|'.join(WEEKDAYS)}|yesterday|today|tonight|this week|last week)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
# "Eleven of these sets of parents checked a box …": a part of something named before is no headline (editor read
# c28, row 191's title)
_PARTITIVE_REFERENCE = re.compile(r"^(?:[\w-]+\s+){1,2}of\s+(?:these|those|them|this|that)\b", re.IGNORECASE)
# "The Hartford Courant reported earlier this week that parents were discussing a legal action ...": what another
# outlet reported before is background, no headline of this story (editor read, stop 32, row 191's title)
_SECOND_HAND = re.compile(r"^(?:[\w.’'&-]+\s+){1,6}(?:has |had )?reported\b(?:\s+[\w-]+){0,4}?\s+that\b")
# A lede too long for a title loses its trailing source by deletion: "..., according to an expansive review of
# research on ...", "..., one of the mountaineers who found the remains said on Monday." (Multi-News rows 97 and 7:
# the lede of 38-45 words was refused and a side sentence, the review's scope or a quotation's frame, became the
# title)
_TRAILING_SOURCE = re.compile(
    r",\s+(?:according to\b[^“\"]*|(?:[\w.’'-]+\s+){0,10}(?:said|says|reported|reports|told [A-Z][\w.]*)"
    r"(?:\s+(?:on\s+)?\w+day)?)\.?$"
)
LEAD_SENTENCES = 2  # the lead sentences of each article that may stand in for a headline
MAX_LEAD_WORDS = 35
FIRST_SENTENCE_BONUS = 0.05
LEDE_SOURCE_BONUS = 0.05  # the lede's first outlet's headline (``choose_title``)
# "Headline | Site Name", "Headline - The Daily Courier": up to four capitalised words or a domain
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?:(?:The\s+)?(?:[A-Z][\w.&']*\s*){1,4}|[\w.-]+\.(?:com|org|net|co\.uk))$")


def is_headline(title: str, max_words: int = MAX_WORDS) -> bool:
    words = title.split()
    if not MIN_WORDS <= len(words) <= max_words or _FURNITURE.search(title):
        return False
    letters = [c for c in title if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) < 0.7  # not a shouted label


# "TOP STORIES | WEB EXCLUSIVE New Moon, Same Old Sexist Story": section labels in capitals before a
# separator, and the capitalised label run that follows them (Multi-News validation row 247)
_SECTION_PREFIX = re.compile(
    r"^(?:[A-Z][A-Z0-9&'’ -]{1,30}\s*[|»>:]\s*)+(?:[A-Z]{2,}(?:\s+[A-Z]{2,})+\s+(?=[A-Z][a-z]))?"
)


# "jobs jobs jobs Obama's Jobs Speech Prompted Some Reactions …": a page's lower-case tags before the headline
# (editor read #11, Multi-News row 107's title); "eBay Sells …" and "iPhone …" keep their names
_TAG_PREFIX = re.compile(r"^(?:[a-z][a-z-]*\s+){1,6}(?=[A-Z“\"‘])")


# "Glenn Beck CPAC 2010 Speech VIDEO: Republicans Don't Need A Big Tent": a media label in capitals inside the
# headline tells what the page holds, not the news (editor read #17, BASIL 2010); a brief has no video
_MEDIA_LABEL = re.compile(
    r"\s*\b(?:VIDEO|VIDEOS|PHOTOS?|WATCH|LISTEN|AUDIO|SLIDESHOW|LIVE|UPDATED?|POLL)\b(?=\s*[:|]|\s*$)"
)


def clean_headline(title: str) -> str:
    """The headline without leading section labels or tags, a media label in capitals ("… Speech VIDEO: …") and a
    trailing " | Site Name" (deletion only)."""
    stripped = _SITE_SUFFIX.sub("", _TAG_PREFIX.sub("", _SECTION_PREFIX.sub("", title.strip())))
    stripped = _MEDIA_LABEL.sub("", stripped).strip(" :|")
    return stripped if len(stripped.split()) >= MIN_WORDS else title.strip()


# a count of something in a headline: a number (in figures or in one word, align/numbers.py's) and the noun it counts
_NUMBER_WORDS = {word: int(value) for word, value in WORD_NUMBERS.items() if " " not in word}
_COUNT = re.compile(r"(?<![\w$£€.,])(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+([a-z]{3,})\b", re.IGNORECASE)
_NOT_COUNTED = frozenset({"million", "billion", "trillion", "thousand", "hundred", "percent", "per", "points", "times"})


def _counts(text: str) -> set[tuple[int, str]]:
    """The counts (``_COUNT``) of ``text``: number and noun, the noun without a plural "s"."""
    found = set()
    for number, noun in _COUNT.findall(text):
        value = int(number) if number.isdigit() else _NUMBER_WORDS[number.lower()]
        noun = noun.lower()
        if noun not in _NOT_COUNTED:
            found.add((value, noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun))
    return found


def _miscounts(title: str, bodies: list[str] | set[tuple[int, str]]) -> bool:
    """Whether ``title`` counts something ("in Seven Years") that the articles count only otherwise ("her most recent
    eight years of tax returns", "over the eight year span"): the headline contradicts every text it stands over
    (editor read #17, BASIL 2015: "Clintons Report Earnings of $139 Million in Seven Years" over a brief whose lede
    says eight). ``bodies``: the articles' texts, or their counts read once (``_told_counts``)."""
    told = bodies if isinstance(bodies, set) else _told_counts(bodies)
    nouns = {noun for _, noun in told}
    return any(noun in nouns and (value, noun) not in told for value, noun in _counts(title))


def _told_counts(bodies: list[str]) -> set[tuple[int, str]]:
    """The counts (``_counts``) of all ``bodies``: read once for every candidate title (``choose_title``), not once
    a candidate (each a pass of ``_COUNT`` over every article; docs/speed.md, stop 54)."""
    return set().union(*(_counts(b) for b in bodies)) if bodies else set()


def _support(story: AnalysedStory, vectors: np.ndarray, owners: list[str]) -> list[float]:
    """For each vector, its mean cosine to the centroids of the *other* original articles."""
    emb = story.embeddings.astype(np.float64)
    centroids: dict[str, np.ndarray] = {}
    for a in story.articles:
        idx = story.by_article(a.id)
        if idx and a.copy_of is None:  # a copy is no extra support
            v = emb[idx].mean(axis=0)
            centroids[a.id] = v / (np.linalg.norm(v) or 1.0)
    scores = []
    for article_id, vector in zip(owners, vectors.astype(np.float64), strict=True):
        others = [c for a, c in centroids.items() if a != article_id] or list(centroids.values())
        scores.append(float(np.mean([vector @ c for c in others])) if others else 0.0)
    return scores


def _agreement(vectors: np.ndarray, lede: np.ndarray) -> list[float]:
    """Each headline's cosine to the summary's lede, added to its support (``choose_title``): the headline that tells
    the lede's news, the newest main development, beats one the story has moved past. Editor read #20 (BASIL 2010):
    "Bob Etheridge Attacks Student: …", the one outlet's headline from before the apology, was the title of a brief
    whose lede is the apology, which the other two headlines tell. On 40 BASIL triplets outside the gold set, 18
    titles change, read: 9 better (the news, not a feature's angle: "Bloomberg says Trump a 'dangerous demagogue,'
    endorses Clinton at DNC" for "For Trump and Bloomberg, Cordial Ties Have Soured"), 9 alike, none worse."""
    unit = vectors.astype(np.float64) / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12)
    target = lede.astype(np.float64) / (np.linalg.norm(lede) or 1.0)
    return [float(v @ target) for v in unit]


def headline_like(text: str) -> str | None:
    """``text`` as a title when it reads as one: a leading dateline deleted; not opening with a
    quotation, at most ``MAX_LEAD_WORDS``, no furniture or caption, stands alone. Else None."""
    # "But in a new interview, Sollecito questioned ..." is no headline; without its "But " it is. A writer's
    # verdict is none with or without its opener ("In short, ..." is deleted by compression too)
    text = _DATELINE.sub("", display_text(text))
    if verdict(text):
        return None
    text = drop_opener(text)
    if (timed := _TIME_OPENER.match(text)) and len(text[timed.end() :].split()) >= MIN_WORDS:
        rest = text[timed.end() :]
        text = rest[:1].upper() + rest[1:]
    if len(text.split()) > MAX_LEAD_WORDS and (tail := _TRAILING_SOURCE.search(text)):
        text = text[: tail.start()] + "."
    if text[:1] in "“\"‘'" or len(text.split()) > MAX_LEAD_WORDS:
        return None
    if _CAPTION.search(text) or _FURNITURE.search(text) or glued(text):
        return None
    if no_lead(text) or _PARTITIVE_REFERENCE.match(text) or _SECOND_HAND.match(text):
        return None
    # a sentence standing in may run to MAX_LEAD_WORDS: capped at a source headline's MAX_WORDS here, every lede of
    # 31-35 words was refused and a side sentence became the title (editor read, stop 32: rows 161, 191, 209, 228)
    if clarity(text) <= 0 or needs_context(text) or not is_headline(text.rstrip("."), MAX_LEAD_WORDS):
        return None
    return text


def lead_title(story: AnalysedStory, lead: int | None = LEAD_SENTENCES, voices: Voices | None = None) -> str | None:
    """The best supported lead sentence that reads as a headline would (see the module docstring);
    with ``lead=None`` any sentence of an original article may. ``voices``: ``voice.read(story)``, if known."""
    originals = {a.id for a in story.articles if a.copy_of is None}
    captions = caption_sentences(story) | (voices if voices is not None else read_voices(story)).never
    picked: list[tuple[int, str, str]] = []  # (sentence index, article, text)
    for i, sentence in enumerate(story.sentences):
        if (lead is not None and sentence.index >= lead) or sentence.article_id not in originals or i in captions:
            continue
        text = headline_like(sentence.text)
        if text is not None:
            picked.append((i, sentence.article_id, text))
    if not picked:
        return None
    support = _support(story, story.embeddings[[i for i, _, _ in picked]], [a for _, a, _ in picked])
    bonus = [FIRST_SENTENCE_BONUS * (story.sentences[i].index == 0) for i, _, _ in picked]
    best = max(range(len(picked)), key=lambda k: (round(support[k] + bonus[k], 6), -picked[k][0]))
    return picked[best][2]


def without_full_stop(sentence: str) -> str:
    """A sentence standing in for a headline loses its full stop (a headline has none; editor read
    b24, row 131), not the point of an abbreviation ("… in the U.S.")."""
    if (
        sentence.endswith(".")
        and not sentence.endswith("..")
        and not re.search(r"(?:\b[A-Z]|\b(?:Jr|Sr|Inc|Co|Ltd|St))\.$", sentence)
    ):
        return sentence[:-1]
    return sentence


def _not_overtaken(story: AnalysedStory, candidates: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``candidates`` without a headline that announces an act still to come ("Lois Lerner, IRS Scandal Figure, Will
    Invoke Fifth Amendment At Oversight Hearing") when another candidate's article is dated a later day: by then the
    act was done or not, and the later headline says which (editor read #13, stop 42, BASIL 2013: the day-before
    preview was the title over "I.R.S. Official Invokes 5th Amendment at Hearing")."""
    published = {a.id: (a.published or "")[:10] for a in story.articles}
    latest = max((published[a] for a, _ in candidates), default="")
    kept = [(a, t) for a, t in candidates if not (tells_future(t) and published[a] and published[a] < latest)]
    return kept or candidates


STALE_HEADLINE_DAYS = 2


def _recent(story: AnalysedStory, candidates: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``candidates`` without the headlines of articles dated ``STALE_HEADLINE_DAYS`` days or more before most of the
    story's articles (the median date): the story is what most outlets report, and an earlier piece's headline tells
    the angle it had before (editor read #14, BASIL 2013: Fox's "Benghazi emails underscore State Department's
    concern …" of 13 May, before the White House released the e-mails on the 15th that the two other outlets and the
    lede report, was the title). Against the newest date instead, a story told on three days running (BASIL 2013,
    21-23 May: the hearing on the 22nd) would take the follow-up's headline."""
    day = {a.id: _day(a.published) for a in story.articles}
    days = sorted(d for d in day.values() if d is not None)
    if not days:
        return candidates
    middle = days[len(days) // 2]
    kept = [(a, t) for a, t in candidates if (d := day[a]) is None or (middle - d).days < STALE_HEADLINE_DAYS]
    return kept or candidates


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def choose_title(
    story: AnalysedStory,
    summary: list[SummaryItem],
    embedder: Embedder,
    voices: Voices | None = None,
    parse: Parser | None = None,
) -> str:
    """The title (see the module docstring). The headline of a transcript, a letter or an opinion piece is
    that voice's, not the story's (summarize/voice.py): it stands only when no report has one. ``voices``:
    ``voice.read(story)``, when the caller has it (``pipeline._brief`` reads it once for the whole brief); ``parse``
    (``Models.parse``) lets a sentence standing in be cut to a headline's length."""
    voices = voices if voices is not None else read_voices(story)
    candidates = [(a.id, clean_headline(a.title)) for a in story.articles if a.title and is_headline(a.title)]
    candidates = [c for c in candidates if voices.by_article[c[0]].kind in ("report", "press_release")] or candidates
    candidates = _recent(story, _not_overtaken(story, candidates))
    told = _told_counts([a.text for a in story.articles]) if candidates else set()
    candidates = [c for c in candidates if not _miscounts(c[1], told)] or candidates
    # a question is a column's hook, not the news: "Did Ruth Bader Ginsburg Cross The Line With Her Donald Trump
    # Comments?" was the title beside "Donald Trump Rebukes Ruth Bader Ginsburg for Deriding His Candidacy" (editor
    # read #20c, BASIL 2016)
    candidates = [c for c in candidates if not c[1].rstrip().endswith("?")] or candidates
    if candidates and len(story.embeddings):
        vectors = embedder.encode([t for _, t in candidates] + ([summary[0].text] if summary else []))
        scores = _support(story, vectors[: len(candidates)], [a for a, _ in candidates])
        if summary:
            scores = [s + a for s, a in zip(scores, _agreement(vectors[: len(candidates)], vectors[-1]), strict=True)]
            # ... and the headline of the outlet the lede is first cited to, a little: "Trump warns shutdown could last
            # 'years,' …" (Friday's news, the lede's) over HuffPost's Wednesday headline, 0.017 ahead without it
            # (editor read #20c, BASIL 2019); on 45 BASIL triplets 6 titles change: 3 better, 1 worse ("Trump Caves
            # To Democrats, …"), 2 alike
            first = summary[0].sources[0] if summary[0].sources else None
            scores = [s + LEDE_SOURCE_BONUS * (a == first) for s, (a, _) in zip(scores, candidates, strict=True)]
        return candidates[int(np.argmax(scores))][1]
    if candidates:
        return candidates[0][1]
    lede = headline_like(summary[0].text) if summary else None
    lead = lede or (lead_title(story, voices=voices) if len(story.embeddings) else None)
    # no lead sentence qualifies: another summary sentence, else any sentence of the story that reads
    # as a headline, before a cut sentence (a cut quotation is no title: multinews-121)
    lead = lead or next((t for item in summary[1:] if (t := headline_like(item.text))), None)
    lead = lead or (lead_title(story, None, voices) if len(story.embeddings) else None)
    if lead:
        # a sentence standing in is cut toward a headline's length (summarize/headline.py), when a parser is given
        return without_full_stop(shortened(lead, parse))
    if summary:
        words = summary[0].text.split()
        return " ".join(words[:14]) + ("…" if len(words) > 14 else "")
    return "Untitled story"

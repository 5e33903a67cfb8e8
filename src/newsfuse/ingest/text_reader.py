"""Plain-text articles: the first line is the title when it reads as a headline."""

from __future__ import annotations

import re

from newsfuse.ingest.decode import decode_text
from newsfuse.ingest.registry import register
from newsfuse.options import Options
from newsfuse.records import RawDocument

# words a title-cased headline leaves in lower case (also align/facts.py's test of a subhead)
HEADLINE_SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "to",
        "for",
        "at",
        "by",
        "with",
        "from",
        "as",
        "is",
        "vs",
        "but",
        "into",
        "over",
        "after",
        "amid",
        "despite",
    }
)


# a video player's close button glued before the clip's blurb and its credit: "CLOSE Four dispensaries begin sales.
# Jane Roe" (editor read, stop 33, row 77: the brief's title, over another outlet's real headline); the blurb is the
# clip's, not the article's headline, and the cleaner keeps it as prose (clean/rules.py ``video_player``)
_PLAYER_CLOSE = re.compile(r"^\W*CLOSE\s+(?=[A-Z][a-z])")
# a byline or a date stamp is no headline: "By Staff Sgt. Jane Roe, 7th Air Force Public Affairs / Published March 24,
# 2017" was a brief's title (editor read, stop 35, Multi-News row 104); left in the body, the cleaner removes it as a
# byline and the date stamp still dates the article
_BYLINE_OR_STAMP = re.compile(
    r"^\W*By\s+(?:[A-Z][\w.'’-]*\s+){1,6}|\b(?:Published|Updated|Posted)\s*:?\s+"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d"
)


# a full stop after a lower-case word and a capital after it: two sentences, which no headline is ("LFO singer Devin
# Lima died on Wednesday, November 21, Us Weekly confirms. He was 41." is a lede that names many people, so it is
# mostly capitalised: taken as the title, it was lost from the body; editor read #13, stop 42, Multi-News row 111)
_TWO_SENTENCES = re.compile(r"\b(?!vs\b|etc\b)[a-z0-9]{2,}[.!?][\"”’]?\s+[A-Z]")


# a line broken off mid-sentence ends in a word no headline ends in: "The San Diego Zoo Safari Park is absolutely" (its
# next line "incredible"; editor read #14, Multi-News row 109: a visitor review's first line was the brief's title)
_AUXILIARIES = frozenset({"are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could"})
_INTENSIFIERS = frozenset(
    {"absolutely", "very", "really", "so", "truly", "quite", "extremely", "totally", "incredibly"}
)
_NO_HEADLINE_END = (
    (HEADLINE_SMALL_WORDS - {"vs", "in", "on", "at", "by", "as", "over", "after"}) | _AUXILIARIES | _INTENSIFIERS
)


def looks_like_headline(line: str) -> bool:
    """A short line that is title-cased or lacks closing punctuation reads as a headline; two sentences do not."""
    line = line.strip()
    words = line.split()
    if not 2 <= len(words) <= 25 or len(line) > 200 or _PLAYER_CLOSE.match(line) or _BYLINE_OR_STAMP.search(line):
        return False
    if _TWO_SENTENCES.search(line):
        return False
    if line.endswith((":", ",", ";")) or line.startswith(("-", "•", "*")) or words[-1].lower() in _NO_HEADLINE_END:
        return False
    alpha = [w for w in words if re.match(r"[^\W\d_]", w)]
    content = [w for w in alpha if w.lower() not in HEADLINE_SMALL_WORDS]
    capitalised = sum(1 for w in content if w[0].isupper())
    title_case = bool(content) and capitalised / len(content) >= 0.6
    ends_sentence = line.endswith((".", "!", "?", "\u201d", '"'))
    return title_case or (not ends_sentence and len(words) <= 20)


# a site's breadcrumb, sections of a few words joined by ">>", "»", "›" or " > ": "English >> World" was a source's
# title, over the headline on the next line (editor read #30, Multi-News row 71, People's Daily Online)
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>>|»|›)\s*|\s+>\s+")
_CRUMB = re.compile(r"[^\W\d_][^?!.,:;]*")


def breadcrumb(line: str) -> bool:
    """Two or more sections of one to four words, no punctuation inside, joined by a breadcrumb's separator."""
    parts = _CRUMB_SEPARATOR.split(line.strip())
    return len(parts) >= 2 and all(_CRUMB.fullmatch(p) and len(p.split()) <= 4 for p in parts)


def split_title(text: str) -> tuple[str | None, str]:
    """(title, body): the first line when it reads as a headline, else none. A breadcrumb first line stays in the body
    (the cleaner removes it as chrome) and the next non-blank line is asked instead."""
    lines = text.strip("\n").split("\n")
    first = 0
    if len(lines) > 1 and breadcrumb(lines[0]):
        first = next((k for k in range(1, len(lines)) if lines[k].strip()), 0)
    if len(lines) > first + 1 and looks_like_headline(lines[first]):
        title = lines[first].strip().rstrip(".")
        return title, "\n".join(lines[:first] + lines[first + 1 :])
    return None, text


@register(".txt", ".text")
def read_text(path: str, data: bytes, options: Options) -> list[RawDocument]:
    text = decode_text(path, data)
    title, body = split_title(text)
    return [RawDocument(path=path, text=body, title=title)]

"""Clean one extracted document into an Article."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsfuse.clean.ftfy_import import import_ftfy
from newsfuse.clean.rules import (
    BYLINE_PARAGRAPHS,
    END_OF_ARTICLE,
    MAX_TRAILING,
    caption_credit,
    classify_line,
    inline_labels,
    leading_byline,
    leading_label,
    pull_quote,
    roundup_heading,
    trailing_chrome,
    video_player,
)
from newsfuse.ingest.outlet import outlet_in_text
from newsfuse.ingest.published import published_in_text
from newsfuse.records import Article, RawDocument, Removed, Skipped

if TYPE_CHECKING:
    import ftfy
else:
    ftfy = import_ftfy()  # without wcwidth, which ``fix_text`` never uses (clean/ftfy_import.py)

# Zero-width and bidi control characters carry no text and break matching; they are stripped.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Repair mojibake but keep the publisher's typography: curly quotes stay curly, so summary
# sentences remain verbatim substrings of their sources.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, normalization="NFC")


def normalise(text: str) -> str:
    text = ftfy.fix_text(text, _FTFY)
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text


# A caption printed above and below a player, or twice in a row, is one paragraph twice within a
# few lines. Repeats further apart, short ones and questions are the page's own structure (the
# same interview question to each guest, a recipe line each day, a song's refrain) and stay.
MIN_REPEAT_WORDS = 15
MAX_REPEAT_GAP = 10  # lines between the paragraph and its copy


def _paragraph_key(line: str) -> str | None:
    words = line.casefold().split()
    if len(words) < MIN_REPEAT_WORDS or line.rstrip(" \"'”’)").endswith("?"):
        return None
    return " ".join(words)


def clean_document(raw: RawDocument, article_id: str, detect: bool = True) -> Article:
    """``raw`` cleaned into an Article; with ``detect`` False its ``language`` is left None for the
    caller to set from ``language_of(article.paragraphs)`` (``pipeline``: off the main thread)."""
    text = normalise(raw.text)
    # Lines keep their inner whitespace (non-breaking spaces included) so that every sentence of
    # the brief stays a verbatim substring of the file it came from.
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    title = normalise(raw.title).strip() if raw.title else None
    kept: list[str] = []
    removed: list[Removed] = list(raw.removed)
    if title and (label := leading_label(title)) is not None:
        removed.append(Removed(text=label[0], reason="boilerplate"))
        title = label[1]
    title_reason = classify_line(title) if title else None
    if title and title_reason is not None:
        # a plain text's first line taken as its headline can be chrome too ("Image copyright AFP
        # Image caption ..."): judged by the same rules as the body, removed and listed
        removed.append(Removed(text=title, reason=title_reason))
        title = None
    tail_is_chrome = False
    seen: dict[str, int] = {}  # paragraph -> the line where it last stood
    for position, line in enumerate(lines):
        if tail_is_chrome:
            removed.append(Removed(text=line, reason=classify_line(line) or "boilerplate"))
            continue
        reason = classify_line(line)
        if reason is None and title and line.rstrip(".").lower() == title.rstrip(".").lower():
            reason = "duplicate"  # the headline repeated as the first body line
        key = _paragraph_key(line)
        if reason is None and key is not None:
            if position - seen.get(key, -MAX_REPEAT_GAP - 1) <= MAX_REPEAT_GAP:
                reason = "duplicate"  # a paragraph printed twice (a caption above and below a player)
            seen[key] = position
        if reason is None and pull_quote(line, lines):
            reason = "duplicate"  # the quotation is told in the article's prose with its attribution
        if roundup_heading(lines, position):
            # the roundup's items go with their heading, a heading another rule removes too ("Read more:", editor read
            # #27, Multi-News row 97: the headlines under it were listed as facts)
            reason, tail_is_chrome = reason or "boilerplate", True
        if reason is not None:
            removed.append(Removed(text=line, reason=reason))
            if END_OF_ARTICLE.match(line) and position >= len(lines) * 0.5:
                tail_is_chrome = True
            continue
        for _ in range(MAX_TRAILING):
            # a closing link prompt, credit or player lead-in goes; the paragraph's prose stays
            tail = trailing_chrome(line)
            if tail is None:
                break
            line = tail[0]
            removed.append(Removed(text=tail[1], reason=classify_line(tail[1]) or "boilerplate"))
            if caption_credit(line, tail[1]):
                removed.append(Removed(text=line, reason="boilerplate"))
                line = ""
                break
        if not line:
            continue
        if (player := video_player(line)) is not None:
            removed.extend(Removed(text=part, reason="boilerplate") for part in player[0])
            line = player[1]
        line, labels = inline_labels(line)
        removed.extend(Removed(text=label, reason="boilerplate") for label in labels)
        label = leading_label(line) if len(kept) < BYLINE_PARAGRAPHS else None
        if label is not None:
            removed.append(Removed(text=label[0], reason="boilerplate"))
            line = label[1]
        byline = leading_byline(line) if len(kept) < BYLINE_PARAGRAPHS else None
        if byline is not None:
            removed.append(Removed(text=byline[0], reason="credit"))  # the paragraph's prose stays
            line = byline[1]
        kept.append(line)
    return Article(
        id=article_id,
        path=raw.path,
        title=title,
        # no metadata: the outlet the text names as its own (a dateline, a byline, a house promotion), the first line a
        # plain text's loader took for its headline included (a photo's credit: "… SoccerPlex. (Jane Roe/The Washington
        # Post)", editor read #19, Multi-News row 37: no outlet found)
        outlet=raw.outlet or outlet_in_text(([raw.title] if raw.title else []) + lines),
        # no metadata: the date the text prints about itself ("Published: …", "Associated Press Tue Feb
        # 19, 2013 7:44 PM"), read before the cleaner removes those lines as stamps and credits
        published=raw.published or published_in_text(([raw.title] if raw.title else []) + lines),
        url=raw.url,
        paragraphs=kept,
        removed=removed,
        language=language_of(kept) if detect else None,
    )


def language_of(paragraphs: list[str]) -> str | None:
    """The language of an article's kept paragraphs, as ``clean_document`` sets it."""
    return detect_language("\n".join(paragraphs))


def detect_language(text: str) -> str | None:
    if len(text.split()) < 5:
        return None
    from newsfuse.clean.langid import classify  # py3langid over a memory-mapped model: see there

    return classify(text[:5000])


def clean_documents(documents: Iterable[RawDocument], languages: bool = True) -> tuple[list[Article], list[Skipped]]:
    """The documents cleaned into articles, the empty ones skipped; with ``languages`` False each
    article's ``language`` is left for ``languages_soon``."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for doc in documents:
        article = clean_document(doc, f"S{len(articles) + 1}", detect=languages)
        if article.words == 0:
            skipped.append(Skipped(path=doc.path, reason="no article text left after cleaning"))
            continue
        articles.append(article)
    return articles, skipped

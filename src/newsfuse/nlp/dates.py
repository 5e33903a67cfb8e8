"""Date expressions resolved against the article's publication date ("on Tuesday", "last month").

News convention: a bare weekday means the most recent such day on or before publication ("on
Tuesday" in a Tuesday story is that same day); "next Monday" looks forward. Other relative
expressions go through dateparser with the publication date as its base.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from types import ModuleType
from typing import Literal

from newsfuse.records import Article, DateMention, Sentence


def _dateparser() -> ModuleType:
    """dateparser, imported on first use (its import and first parse cost ~0.1-0.2 s at start-up)."""
    import dateparser

    return dateparser


Granularity = Literal["day", "week", "month", "year"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_WORD = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b", re.IGNORECASE)  # a weekday named anywhere
# full names, and the abbreviations news style writes before a day ("Feb. 19", "Sept. 9, 2016")
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
)
_WEEKDAY_NAMES = "|".join(w.title() for w in WEEKDAYS)
# a time of the sentence's own news with no year: "in March", "on Tuesday", "last week" (``summarize/timeline.py``: a
# year after it dates something else the sentence names)
UNDATED_TIME = re.compile(
    rf"\b(?:in|on|since|last|this|early|late)\s+(?:{_MONTHS}(?!\s*,?\s*\d)|{_WEEKDAY_NAMES}|week|month)\b|"
    r"\b(?:yesterday|today|tonight)\b"
)
_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"
_UNIT = r"(?:day|week|month|year)s?"
_MONTH_DAY = rf"{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?"
# a calendar date comes first so that "Tuesday, Feb. 19, 2013" is one mention dated by its date,
# not a bare weekday that an undated article cannot resolve
PATTERN = re.compile(
    r"\b(?:"
    rf"(?P<absolute>(?:(?:on\s+)?(?:{_WEEKDAY_NAMES}),?\s+)?(?:{_MONTH_DAY}|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?)"
    rf"|{_MONTHS}\s+(?:of\s+)?\d{{4}})"
    rf"|(?P<weekday>(?:(?:on|last|this|next|early|late)\s+)?(?:{_WEEKDAY_NAMES})"
    r"(?:\s+(?:morning|afternoon|evening|night))?)"
    r"|(?P<deictic>yesterday|today|tonight|tomorrow)"
    rf"|(?P<period>(?:(?:earlier|later)\s+)?(?:last|this|next|the\s+past|the\s+previous)\s+(?:week|month|year))"
    rf"|(?P<ago>{_NUMBER}\s+{_UNIT}\s+ago)"
    r")(?!\w)",
    re.IGNORECASE,
)
# words just before a bare weekday that put it ahead of publication: "the vote, scheduled for Monday",
# "will vote on Thursday", "a hearing set for Friday", "is due to be arraigned in court on Thursday".
# A speech verb among them dates the saying instead ("said Monday he will veto"; "he will go, she
# said Monday"): no look ahead then. A negated future counts too ("she won't turn 25 until after the
# pageant on October 22"). Getting ready for an event looks ahead too: "Liberal groups prepared for a women's march on
# Saturday" in a Friday article is the next day's march (editor read, stop 44, BASIL 2017: dated a week before).
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|won[’']t|scheduled|set\s+(?:for|to)|slated|expected\s+to|plans?\s+to|planning|going\s+to|upcoming"
    r"|prepar(?:e|es|ed|ing)\s+for|in\s+preparation\s+for|brac(?:e|es|ed|ing)\s+for|ahead\s+of|in\s+advance\s+of"
    r"|due\s+(?:back|in\s+court|to\s+(?:be|appear|return|testify|vote|meet|begin|start|resume|arrive|face|speak|visit)))\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|announced|announces|added|wrote|stated|reported|confirmed|according)\b", re.I
)
FUTURE_WINDOW_WORDS = 6
# The clause the date sits in may hold the cue further back ("she won't turn 25 until after the pageant
# on October 22"): the words since the last clause break count too, up to this many. A relative
# pronoun is a break, so "will be sentenced for the theft that he committed on Monday" keeps Monday past,
# and so is a time preposition but "until" ("will not run again after losing the primary on Tuesday").
CLAUSE_WINDOW_WORDS = 10
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2014\u2013]|\s-\s|\b(?:who|which|that|when)\b|(?<!until )\b(?:after|before|since|following)\b",
    re.IGNORECASE,
)
_LEADING_WEEKDAY = re.compile(rf"^(?:on\s+)?(?:{_WEEKDAY_NAMES}),?\s+", re.IGNORECASE)


def publication_date(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        parsed = _dateparser().parse(published, settings={"PREFER_DAY_OF_MONTH": "first"})
        return parsed.date() if parsed else None


# A scheduled act often puts its cue far ahead of its day: "Steele is expected to disclose his intentions
# during a conference call with committee members on Monday evening" (14 words), "an interview with Fox
# News, to be shown on Tuesday", "I look forward to talking to you Monday evening" (editor read of
# BASIL 2010, stop 39: all three resolved to the week before). So a cue further back in the clause counts
# too, up to LONG_CLAUSE_WORDS, and so does a request ("asked members to join him … Monday evening"), when
# nothing after the cue reads as past (a past form puts the day with that verb: "is expected to say that
# the bill he signed on Monday …").
LONG_CLAUSE_WORDS = 16
_SCHEDULED = re.compile(
    r"\b(?:look(?:s|ing)?\s+forward\s+to|to\s+(?:be\s+)?(?:shown|aired|air|broadcast|televised|screened|held|released)"
    # a request's act comes after the request: "he asked members to join him … Monday evening" (the same read)
    r"|(?:ask(?:s|ed)?|invite[sd]?|urge[sd]?)\s+(?:[\w’']+\s+){1,3}?to\s+(?!(?:a|an|the|his|her|their|its)\b)[a-z]+)\b",
    re.IGNORECASE,
)
_PAST_FORM = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b", re.IGNORECASE)


# a weekday that is the subject of "is" or "will be" is a day to come (or today): "Noting that Tuesday is the deadline
# for the government to reopen, …" in a Saturday story is the coming Tuesday (editor read #20c, BASIL 2019: dated the
# Tuesday before)
_COPULA_AFTER = re.compile(r",?\s+(?:is|will\s+be)\b")
# ... its subject, not a preposition's object: "the message from Tuesday is clear" is the past Tuesday's
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|of|on|since|after|before|until|by|in|at|for|last|this|next)\s*$", re.I)


def looks_ahead(before: str) -> bool:
    """Whether the words before a bare weekday put it after publication (see ``_FUTURE``)."""
    window = " ".join(before.split()[-FUTURE_WINDOW_WORDS:])
    clause_words = _CLAUSE_BREAK.split(before)[-1].split()
    clause = " ".join(clause_words[-CLAUSE_WINDOW_WORDS:])
    if any(_FUTURE.search(w) and not _SPEECH.search(w) for w in (window, clause)):
        return True
    long_clause = " ".join(clause_words[-LONG_CLAUSE_WORDS:])
    cues = [m for p in (_FUTURE, _SCHEDULED) for m in p.finditer(long_clause)]
    if not cues:
        return False
    after = long_clause[max(m.end() for m in cues) :]
    return not _PAST_FORM.search(after) and not _SPEECH.search(after)


def resolve(
    expression: str, base: dt.date | None, ahead: bool = False, anchor: dt.date | None = None
) -> tuple[str | None, Granularity, bool]:
    """(ISO value or None, granularity, relative?) of one matched expression; ``ahead``: a bare
    weekday or a month-day without a year that the sentence puts after publication (the next such
    day, publication day included); ``anchor``: for an undated article, the latest date it prints in full
    (``text_anchor``), which dates its month-days without a year."""
    text = expression.lower().strip()
    match = PATTERN.fullmatch(expression.strip())
    kind = next((k for k, v in (match.groupdict() if match else {}).items() if v), "absolute")
    if kind == "absolute":
        # the weekday beside a calendar date adds nothing to resolve ("Tuesday, Feb. 19, 2013")
        expression = _LEADING_WEEKDAY.sub("", expression.strip())
        expression = re.sub(r"\s+of\s+(?=\d{4})", " ", expression)  # "July of 1986"
        text = expression.lower()
        settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
        if base is not None:
            settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
        has_year = bool(re.search(r"\d{4}", text))
        if not has_year and base is None and anchor is None:
            return None, "day" if re.search(r"\d{1,2}(?!\d)", text) else "month", False
        parsed = _dateparser().parse(expression, settings=settings)
        day_given = bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", text))
        if parsed is None:
            return None, "day", False
        day = parsed.date()
        if not has_year and base is not None:
            day = _year_for(day, base, ahead)
        elif not has_year and anchor is not None:
            day = _year_for(day, anchor, ahead)
            if abs((day - anchor).days) > ANCHOR_DAYS:
                return None, "day" if day_given else "month", False
        return (day.isoformat(), "day", False) if day_given else (day.strftime("%Y-%m"), "month", False)
    if base is None:
        return None, _granularity(text), True
    if kind == "weekday":
        return _weekday(text, base, ahead).isoformat(), "day", True
    if kind == "deictic":
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[text]
        return (base + dt.timedelta(days=shift)).isoformat(), "day", True
    if kind == "period":
        return _period(text, base), _granularity(text), True
    parsed = _dateparser().parse(text, settings={"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day)})
    granularity = _granularity(text)
    return (_format(parsed.date(), granularity) if parsed else None), granularity, True


# How much nearer a future month-day must be than the past one to win ("Jan. 28" in a story of Jan. 23
# is the coming address, 5 days ahead, not the one 360 days back; "Nov. 5" in an April story is last
# November's). News names coming days mostly when they are close; past ones at any distance.
FUTURE_PENALTY = 4


def _year_for(day: dt.date, base: dt.date, ahead: bool) -> dt.date:
    """The year of a month-day written without one: the nearest such day to publication, a future one
    only when the sentence puts it ahead or it is much nearer than the past one (``FUTURE_PENALTY``)."""

    def in_year(year: int) -> dt.date | None:
        try:
            return day.replace(year=year)
        except ValueError:  # 29 February in a year without it
            return None

    candidates = [d for d in (in_year(base.year + step) for step in (-1, 0, 1)) if d is not None]
    past = max((d for d in candidates if d <= base), default=None)
    future = min((d for d in candidates if d > base), default=None)
    if past is None or (future is not None and (ahead or (future - base).days * FUTURE_PENALTY < (base - past).days)):
        return future or day
    return past


def _granularity(text: str) -> Granularity:
    for unit in ("year", "month", "week"):
        if unit in text:
            return unit
    return "day"


def _weekday(text: str, base: dt.date, ahead: bool = False) -> dt.date:
    day = next(i for i, name in enumerate(WEEKDAYS) if name in text)
    if text.startswith("next"):  # never publication day, cue or no cue ("in advance of next Tuesday's voting")
        return base + dt.timedelta(days=(day - base.weekday()) % 7 or 7)
    if ahead and not text.startswith("last"):
        return base + dt.timedelta(days=(day - base.weekday()) % 7)
    back = (base.weekday() - day) % 7
    if text.startswith("last") and back == 0:
        back = 7
    return base - dt.timedelta(days=back)


def _period(text: str, base: dt.date) -> str:
    unit = _granularity(text)
    step = -1 if ("last" in text or "past" in text or "previous" in text) else 1 if "next" in text else 0
    if unit == "year":
        return str(base.year + step)
    if unit == "month":
        month = base.month - 1 + step
        return f"{base.year + month // 12:04d}-{month % 12 + 1:02d}"
    return _format(base + dt.timedelta(weeks=step), "week")


def _format(day: dt.date, granularity: Granularity) -> str:
    if granularity == "year":
        return str(day.year)
    if granularity == "month":
        return day.strftime("%Y-%m")
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


# a calendar date with its year: "February 27, 2018", "Oct. 28, 2016,", "27 February 2018"
_FULL_DATE = re.compile(rf"\b(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*|\d{{1,2}}\s+{_MONTHS}\s+)(?:19|20)\d{{2}}\b")
# how far from the latest full date of an undated article a month-day without a year may fall
ANCHOR_DAYS = 92


def text_anchor(text: str) -> dt.date | None:
    """The latest calendar date an undated article prints in full, or None. An article is no older than the
    latest date it prints, and its month-days without a year are mostly of those weeks: "On Feb. 28, Cohen
    emailed …" in an article that also writes "Oct. 28, 2016" and "On or about February 27, 2018" is 2018-02-28
    (editor read, stop 36, Multi-News row 34: no source dated, the event left out of the timeline). A month-day
    more than ``ANCHOR_DAYS`` from it stays unresolved."""
    found = [resolve(m.group(0), None)[0] for m in _FULL_DATE.finditer(text)]
    days = [dt.date.fromisoformat(v) for v in found if v and len(v) == 10]
    return max(days, default=None)


# A page is often updated after the date it carries: HuffPost's report of a Wednesday shooting, dated that
# Wednesday, says "Scalise was still in critical condition on Thursday" (editor read #11, stop 40, BASIL 2017: the
# timeline put the shooting and Pence's visit on the Thursday a week before). A bare weekday that would fall this
# many days or more before its article's date is the one after it instead when that day is no later than the newest
# date another article of the story carries: the story was still being told then.
STALE_WEEKDAY_DAYS = 5


# A day and a month before a capitalised noun of this kind make a name, not a date: "the 17 February Brigade" (a Libyan
# militia, dated the February before the story in the editor read of stop 43, BASIL 2013), "the April 6 Youth Movement",
# "the 26th of July Movement", "Tahrir's 25 January Revolution", "the March 14 Alliance", "6 October Bridge"
_NAME_HEADS = (
    r"Brigades?|Battalions?|Movement|Revolution|Uprising|Square|Memorial|Street|Avenue|Road|Bridge|Stadium|Alliance"
    r"|Coalition|Front|Party|Group|Martyrs|Hospital|University|School|Accords?|Agreement|Declaration|Manifesto"
)
_NAME_AFTER = re.compile(rf"(?:\s+[A-Z][\w’'-]+)?\s+(?:{_NAME_HEADS})\b")
# a day that names an era or attacks of some year the text does not give: "the post-Sept. 11 law", "the Sept. 11
# attacks" (editor read, stop 44, BASIL 2013: the Patriot Act's briefings were dated 2012-09-11). A single "attack"
# stays a date: "the Sept. 11 attack" of BASIL's 2013 Benghazi stories is the one of 2012, as resolved.
_ERA_BEFORE = re.compile(r"\b(?:post|pre)-$", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")
_ATTACKS_AFTER = re.compile(r"\s+(?:terror(?:ist)?\s+)?(?:attacks|hijackers|hijackings)\b", re.IGNORECASE)


# a range's first day written without the year its last day gives: "between January 1 and December 31, 2014" (editor
# read #24, Multi-News row 18: the survey's span dated 2015-01-01, the nearest January 1 to the text's latest date)
_RANGE_END = re.compile(
    r"\s*(?:and|to|through|until|[-–])\s*(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>(?:1[89]|20)\d\d)\b"
)


def _range_start(value: str, text: str, end: int) -> str | None:
    """The first day of a range in the year of its last day (or the year before, when it runs across New Year)."""
    found = _RANGE_END.match(text, end)
    if not found:
        return None
    try:
        start = dt.date.fromisoformat(value)
        written = f"{found.group('month')[:3]} {found.group('day')} {found.group('year')}"
        last = dt.datetime.strptime(written, "%b %d %Y")
    except ValueError:
        return None
    year = last.year - 1 if (start.month, start.day) > (last.month, last.day) else last.year
    try:
        return start.replace(year=year).isoformat()
    except ValueError:  # 29 February
        return None


def find_dates(article: Article, sentences: list[Sentence], newest: dt.date | None = None) -> list[DateMention]:
    """Every date expression of an article, in text order, resolved where possible. ``newest``: the latest
    publication date of the story's articles (see ``STALE_WEEKDAY_DAYS``)."""
    base = publication_date(article.published)
    anchor = text_anchor(article.text) if base is None else None
    ordered = sorted(sentences, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    found: list[DateMention] = []
    for match in PATTERN.finditer(article.text):
        at = bisect.bisect_right(starts, match.start()) - 1
        if at < 0:
            continue
        before = article.text[ordered[at].start : match.start()]
        if match.group("deictic") and match.group(0)[:1].isupper() and before.strip(" “\"‘'(—–-"):
            # a capitalised "Today" or "Tomorrow" inside a sentence is a name's: "USA Today", the super PAC
            # "Americans for a Better Tomorrow, Tomorrow" (editor read #9, stop 39, row 36: the timeline's note
            # gave it as a date the sources did not place)
            continue
        if match.group("absolute") and _NAME_AFTER.match(article.text, match.end()):
            continue  # a name that holds a date ("the 17 February Brigade", ``_NAME_AFTER``)
        if match.group("absolute") and (
            _ERA_BEFORE.search(before)
            or (not _YEAR.search(match.group(0)) and _ATTACKS_AFTER.match(article.text, match.end()))
        ):
            continue  # "the post-Sept. 11 law", "the Sept. 11 attacks" (``_ERA_BEFORE``)
        ahead = looks_ahead(before) or bool(
            match.group("weekday")
            and match.group(0)[:1].isupper()
            and _COPULA_AFTER.match(article.text, match.end())
            and not _PREPOSITION_BEFORE.search(before)
        )
        value, granularity, relative = resolve(match.group(0), base, ahead, anchor)
        if value and granularity == "day" and not _YEAR.search(match.group(0)):
            value = _range_start(value, article.text, match.end()) or value
        bare = match.group("weekday") and not re.match(r"(?:last|next|this)\b", match.group(0), re.IGNORECASE)
        if bare and not ahead and value and base is not None and newest is not None:
            later, _, _ = resolve(match.group(0), base, True, anchor)
            if (
                (base - dt.date.fromisoformat(value)).days >= STALE_WEEKDAY_DAYS
                and later
                and dt.date.fromisoformat(later) <= newest
            ):
                value = later
        found.append(DateMention(article.id, ordered[at].index, match.group(0), value, granularity, relative))
    return found

"""The publication date printed in an article's own text, for inputs that carry no metadata
(plain text, JSON lines without a date field, pages where htmldate found none).

Without it "on Tuesday", "yesterday" and "last month" cannot be resolved and the timeline stays
empty; with a wrong one the whole timeline is misdated. So only stamps a page prints about itself
count, and only where pages print them (the first ``HEAD_LINES`` and last ``TAIL_LINES`` lines, the
credit lines the cleaner removes included), strongest first:

1. a labelled stamp: "Published: March 21, 2023", "Published on Apr 29, 2015", "Posted on
   03/21/2023", "By Jane Roe / Published March 24, 2017", "Last updated at 6:04 PM on 20th October
   2011", "Updated 10:42 AM ET, Tue March 21, 2023" (an update is no earlier than publication and
   usually the same day: it counts only when no "published" stamp is there);
2. a line that is only a date, with at most a time, a time zone and an outlet's name:
   "Sunday, July 31, 2011 21:39 EDT", "Associated Press Tue Feb 19, 2013 7:44 PM",
   "(People's Daily Online) 09:25, November 27, 2012";
3. the page's own address in a share line ("Read or Share this story: https://…/2017/07/08/…");
4. a wire dateline with month and day only ("MOSCOW, March 21 (Reuters) -", "MONDAY, July 2
   (HealthDay News) --"). Its year is taken from the text only when one year fits: a full date
   printed in the text ("In this July 1, 2017, photo", a tweet's "— Jane Roe (@jroe) March 20,
   2017") falling in the 31 days up to the dateline's day. Captions and embedded posts date what
   happened just before the story; an older year ("Sept. 11, 2001") or a later one (an election
   the story looks forward to) cannot fall in that window. Failing that, the year of the wire's own
   copyright closing the story ("Copyright © 2012 HealthDay" under "(HealthDay News)"). No such
   date, or two years: no date;
5. a released text's header line ("Full transcript of … remarks …, Friday, July 19, 2013, in …"): its one
   full date printed with a weekday that agrees.

Never a date from the body's events ("In March 2014, the company..."): body sentences are not
stamps. A weekday printed with a date must agree with it. Two different dates at the same strength
give none. Numeric dates are read month first (US style) only when unambiguous (03/21/2023), or
when day and month are the same.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

HEAD_LINES = 8  # a stamp comes after the headline, a byline or a caption or two
TAIL_LINES = 4  # "Posted on …" under the article
MAX_STAMP_WORDS = 24
EARLIEST_YEAR = 1990
DATELINE_YEAR_WINDOW = dt.timedelta(days=31)

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}


def _month(group: str = "month") -> str:
    return (
        rf"(?P<{group}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
    )


def _day(group: str = "day") -> str:
    return rf"(?P<{group}>[0-3]?\d)(?:st|nd|rd|th)?"


def _year(group: str = "year") -> str:
    return rf"(?P<{group}>(?:19|20)\d{{2}})"


_WEEKDAY = (
    r"(?P<weekday>Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|"
    r"Sun(?:day)?)\.?,?\s+"
)
# month first or day first; groups of the day-first form end in 2
_NAMED_DATE = rf"{_month()}\s+{_day()},?\s+{_year()}|{_day('day2')}\s+(?:of\s+)?{_month('month2')},?\s+{_year('year2')}"
# "March 21, 2023", "Tue Feb 19, 2013", "20th October 2011", "2023-03-21", "03/21/2023"
_DATE = re.compile(
    rf"(?:{_WEEKDAY})?(?:{_NAMED_DATE}"
    r"|(?P<iso>(?:19|20)\d{2}-[01]\d-[0-3]\d)|(?P<num>[01]?\d/[0-3]?\d/(?:19|20)\d{2}))\b",
    re.IGNORECASE,
)
# what may stand beside a date in a stamp: a time ("7:44 PM", "09:25", "6.15pm"), a zone ("ET",
# "EDT", "GMT+1", "UTC"), "at"/"on", separators
_TIME = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
_ZONE = r"(?:[A-Z]{1,3}[SD]?T|ET|PT|CT|MT|GMT|UTC|BST|CET|CEST)(?:[+-]\d{1,2})?"
_FILLER = re.compile(rf"^(?:\s|[,|/:;()（）•·-]|\b(?:at|on|{_TIME}|{_ZONE})\b)*$", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(
    r"(?:^|[|/•·]\s*)\W*(?P<label>(?:first |originally )?(?:published|posted)|(?:last )?updated|last modified)"
    r"\b(?:\s+on)?\s*:?",
    re.IGNORECASE,
)
# the outlet's name or a section that may open a date-only line ("Associated Press", "(People's
# Daily Online)"): capitalised words only
_CREDIT = re.compile(r"^[\W]*(?:[A-Z][\w.'&-]*\s*){0,4}[)）]?\s*")
# a date line that dates something else: a correction, a review's screening, a birth or death
_NOT_PUBLICATION = re.compile(
    r"\b(?:correct|amend|clarif|review|edit|note|born|died|dies|release|opens?\b|premiere|screen|aired|deadline|"
    r"expire|event|trial|election|comment|repl)",
    re.IGNORECASE,
)
_SHARE_LINE = re.compile(r"^\W*(?:Read or Share this story|Original article|Source)\s*:\s*(?P<url>https?://\S+)", re.I)
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>[01]\d)/(?P<day>[0-3]\d)/")
# "MOSCOW, March 21 (Reuters) -", "NEW YORK, May 18 (UPI) --", "MONDAY, July 2 (HealthDay News) --",
# "FLORENCE, Italy, Feb. 25 (UPI) --": a place or weekday in capitals, month and day, then a credit
# in brackets or a dash
_DATELINE = re.compile(
    r"^\W{0,3}(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,4}(?:, [A-Z][\w.]*(?: [\w.]+){0,2})?),\s+"
    rf"{_month()}\s+(?P<day>[0-3]?\d)\b\s*(?:\((?P<credit>[^)]{{2,40}})\)\s*)?(?:--|—|–|-)"
)
# the wire's own copyright under its story: "Copyright © 2012 HealthDay. All rights reserved."
_COPYRIGHT = re.compile(
    r"^\W*(?:Copyright\s*)?(?:©|\(c\)|Copyright)\s*(?P<year>(?:19|20)\d{2})\s+(?P<holder>[A-Z][\w .&'-]{1,60})"
)
# a full date anywhere in the text, for the dateline's year
_ANY_FULL_DATE = re.compile(rf"\b(?:{_NAMED_DATE})\b", re.IGNORECASE)
_WEEKDAY_NUMBER = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _latest_plausible() -> dt.date:
    return dt.date.today() + dt.timedelta(days=1)


def _make(year: int, month: int, day: int) -> dt.date | None:
    if year < EARLIEST_YEAR:
        return None
    try:
        made = dt.date(year, month, day)
    except ValueError:
        return None
    return made if made <= _latest_plausible() else None


def _weekday_agrees(match: re.Match[str], date: dt.date) -> bool:
    weekday = match.groupdict().get("weekday")
    return weekday is None or _WEEKDAY_NUMBER[weekday[:3].lower()] == date.weekday()


def _date_of(match: re.Match[str]) -> dt.date | None:
    """The calendar date a ``_DATE`` match names, None when impossible or ambiguous."""
    if match.group("iso"):
        year, month, day = (int(part) for part in match.group("iso").split("-"))
        date = _make(year, month, day)
    elif match.group("num"):
        first, second, year = (int(part) for part in match.group("num").split("/"))
        if first > 12 or (second <= 12 and first != second):
            return None  # day first (European) or ambiguous: no guess
        date = _make(year, first, second)
    else:
        date = _named(match)
    if date is None or not _weekday_agrees(match, date):
        return None
    return date


def _named(match: re.Match[str]) -> dt.date | None:
    """The date of a ``_NAMED_DATE`` match, month first or day first."""
    suffix = "" if match.group("month") else "2"
    return _make(
        int(match.group("year" + suffix)),
        _month_number(match.group("month" + suffix)),
        int(match.group("day" + suffix)),
    )


def _month_number(name: str) -> int:
    return _MONTHS[name.lower()[:3]]


def _stamp_lines(lines: Sequence[str], tail: bool = True) -> list[str]:
    """The short lines where pages print stamps: the head and, for labelled stamps, the tail (a
    bare date at the foot is more often a reader comment's)."""
    edge = list(lines[:HEAD_LINES])
    if tail:
        edge += list(lines[max(HEAD_LINES, len(lines) - TAIL_LINES) :])
    return [line for line in edge if len(line.split()) <= MAX_STAMP_WORDS]


def _dates(matches: Iterable[re.Match[str]]) -> list[dt.date]:
    return [value for match in matches if (value := _date_of(match)) is not None]


def _labelled(lines: Sequence[str], labels: tuple[str, ...]) -> list[dt.date]:
    def stamps() -> Iterator[re.Match[str]]:
        for line in _stamp_lines(lines):
            for label in _PUBLISHED_LABEL.finditer(line):
                rest = line[label.end() :]
                date = _DATE.search(rest)
                if label.group("label").lower().endswith(labels) and date and _FILLER.match(rest[: date.start()]):
                    yield date

    return _dates(stamps())


def _published_stamps(lines: Sequence[str]) -> list[dt.date]:
    return _labelled(lines, ("published", "posted"))


def _updated_stamps(lines: Sequence[str]) -> list[dt.date]:
    return _labelled(lines, ("updated", "modified"))


def _alone(line: str, date: re.Match[str]) -> bool:
    """Whether the date stands alone on its line, beside a time, a zone or an outlet's name."""
    before = line[: date.start()]
    credit = _CREDIT.match(before)
    lead = before[credit.end() :] if credit else before
    return not _NOT_PUBLICATION.search(before) and bool(_FILLER.match(lead) and _FILLER.match(line[date.end() :]))


def _date_lines(lines: Sequence[str]) -> list[dt.date]:
    found = ((line, _DATE.search(line)) for line in _stamp_lines(lines, tail=False))
    return _dates(date for line, date in found if date is not None and _alone(line, date))


def _share_links(lines: Sequence[str]) -> list[dt.date]:
    found = []
    for line in lines[-TAIL_LINES:]:
        share = _SHARE_LINE.match(line)
        url_date = _URL_DATE.search(share.group("url")) if share else None
        if url_date:
            value = _make(int(url_date.group("year")), int(url_date.group("month")), int(url_date.group("day")))
            if value is not None:
                found.append(value)
    return found


def _datelines(lines: Sequence[str]) -> list[dt.date]:
    found = []
    for line in lines[:HEAD_LINES]:
        match = _DATELINE.match(line)
        if match is None:
            continue
        month, day = _month_number(match.group("month")), int(match.group("day"))
        year = dateline_year(month, day, lines) or _copyright_year(match.group("credit"), lines)
        value = _make(year, month, day) if year is not None else None
        place = match.group("place").split(",")[0]
        weekday = _WEEKDAY_NUMBER.get(place[:3].lower()) if place.rstrip(".").lower() in _WEEKDAY_NAMES else None
        if value is not None and (weekday is None or weekday == value.weekday()):
            found.append(value)
    return found


_WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def dateline_year(month: int, day: int, lines: Sequence[str]) -> int | None:
    """The year of a dateline's month and day: the one year in which a full date printed in the text
    falls in the ``DATELINE_YEAR_WINDOW`` up to that day; None when no year or several fit."""
    # one entry per date however often it is printed
    spelled = {match.group(0): match for line in lines for match in _ANY_FULL_DATE.finditer(line)}
    printed = {when for match in spelled.values() if (when := _named(match)) is not None}
    years = set()
    for when in printed:
        for year in (when.year, when.year + 1):
            candidate = _make(year, month, day)
            if candidate is not None and dt.timedelta(0) <= candidate - when <= DATELINE_YEAR_WINDOW:
                years.add(year)
    return years.pop() if len(years) == 1 else None


def _copyright_year(credit: str | None, lines: Sequence[str]) -> int | None:
    """The year of the dateline's own wire when its copyright line closes the story ("(HealthDay
    News)" … "Copyright © 2012 HealthDay"); a site's footer of another name says when it was
    crawled, not when the story ran."""
    if not credit:
        return None
    wire = credit.split()[0].lower()
    years = {
        int(m.group("year"))
        for line in lines[-TAIL_LINES:]
        if (m := _COPYRIGHT.match(line)) and m.group("holder").split()[0].lower().rstrip(".") == wire
    }
    return years.pop() if len(years) == 1 else None


# a released text's header: "Full transcript of President X's remarks on …, Friday, July 19, 2013, in the press
# briefing room, as released by the White House:" (multinews-102, editor read stop 36: the timeline said "the sources
# give no publication date"). The release is the day the words were spoken; the weekday must agree.
_TRANSCRIPT_HEADER = re.compile(
    r"^\W*(?:(?:full|complete|official|partial|edited)\s+)?(?:transcript|text)\s+of\b", re.IGNORECASE
)


def _transcript_headers(lines: Sequence[str]) -> list[dt.date]:
    found = []
    for line in lines[:2]:
        if _TRANSCRIPT_HEADER.match(line) and len(line.split()) <= 2 * MAX_STAMP_WORDS:
            dates = [d for d in _DATE.finditer(line) if d.group("weekday")]
            found += _dates(dates[:1]) if len(dates) == 1 else []
    return found


_CUES: tuple[Callable[[Sequence[str]], list[dt.date]], ...] = (
    _published_stamps,
    _updated_stamps,
    _date_lines,
    _share_links,
    _datelines,
    _transcript_headers,
)


# a stamp a video caption closes with, inside a long paragraph: "… reports for the NBC4 News at 5 p.m.
# on June 23, 2015. (Published Tuesday, June 23, 2015)" (multinews-161; the cleaner cuts it off)
_INLINE_STAMP = re.compile(r"\((?:published|posted|updated)\b[^()]{4,60}\)", re.IGNORECASE)


def published_in_text(lines: Sequence[str]) -> str | None:
    """The ISO publication date the article prints about itself, or None. ``lines`` are the
    article's lines before cleaning (the cleaner removes stamps and credit lines as boilerplate);
    a bracketed stamp closing a long head line counts as a line of its own."""
    lines = [line.strip() for line in lines if line.strip()]
    inline = [m.group(0) for line in lines[:HEAD_LINES] for m in _INLINE_STAMP.finditer(line)]
    lines = [stamp for stamp in inline if stamp not in lines] + lines
    for cue in _CUES:
        found = set(cue(lines))
        if found:
            return found.pop().isoformat() if len(found) == 1 else None
    return None

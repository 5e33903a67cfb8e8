"""The outlet named by an article's own text, for inputs that carry no metadata (plain text, JSON
lines without a source field).

Only cues that an outlet writes about itself count, not an outlet the article cites once ("the
mayor told CNN" is in a Washington Post blog of the editor's sample): a dateline credit at the top
("WASHINGTON (AP) —", "(CNN) --"), a byline that ends with the outlet ("By Jane Roe | POLITICO",
"By Jane Roe, NBC News"), a house promotion ("(Also on POLITICO: …)"), a tip line
("tips@mediaite.com") or the writer's address ("Write to Jane Roe at jane.roe@wsj.com"), the two
magazines that spell themselves in capitals when they quote their own interviews ("tells PEOPLE",
"told POLITICO"), CNN's "Story highlights" template, a staff photographer's credit ("(Jane Roe/The
Daily Post)"; agency photos do not count), the credit for the house's other reporters ("Miami Herald
reporters … contributed to this report"), the site's copyright at the foot ("Copyright 2016 by WDIV
ClickOnDetroit") and, weakest, a network named twice as the one its sources
spoke to ("officials told NBC News", "the mayor told NBC News"; once is a citation). A wrong outlet is
worse than none: cues are tried strongest first, and two different outlets at the same strength give
no outlet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# The one table of outlet names (stop 40: align/rewrites.py had its own): key -> the names articles and metadata use
# for that outlet, first the one a reader is told. The key is also how metadata may spell it (BASIL: "nyt", "fox",
# "hpo"). ``outlet_in_text`` shows a name it finds as the first name of its outlet ("AP", "THE ASSOCIATED PRESS" ->
# "Associated Press", "New York Times" -> "The New York Times"); align/rewrites.py matches credits ("according to the
# AP") against every name of an outlet. An outlet not listed is shown and matched by its own name.
OUTLETS: dict[str, tuple[str, ...]] = {
    "nyt": ("The New York Times", "New York Times", "NYT", "NYTimes", "nytimes.com", "the Times"),
    "wapo": ("The Washington Post", "Washington Post", "WaPo", "washingtonpost.com"),
    "ap": ("Associated Press", "The Associated Press", "AP", "apnews.com"),
    "hpo": ("HuffPost", "The Huffington Post", "Huffington Post", "HuffingtonPost", "huffingtonpost.com", "HPO"),
    "fox": ("Fox News", "Fox News Channel", "FoxNews.com", "foxnews.com", "Fox", "FOX"),
    "wsj": ("The Wall Street Journal", "Wall Street Journal", "WSJ", "wsj.com", "the Journal"),
    "reuters": ("Reuters",),
    "cnn": ("CNN", "cnn.com"),
    "nbc": ("NBC News", "NBC", "nbcnews.com"),
    "abc": ("ABC News", "ABC", "abcnews.go.com"),
    "cbs": ("CBS News", "CBS", "cbsnews.com"),
    "politico": ("Politico", "POLITICO", "politico.com"),
    "lat": ("The Los Angeles Times", "Los Angeles Times", "LA Times", "latimes.com"),
    "usat": ("USA Today", "USA TODAY", "usatoday.com"),
    "bbc": ("BBC News", "BBC", "bbc.com", "bbc.co.uk"),
    "guardian": ("The Guardian", "Guardian", "theguardian.com"),
    "people": ("People", "PEOPLE", "people.com"),
    "businesswire": ("Business Wire", "BUSINESS WIRE", "businesswire.com"),
    "mediaite": ("Mediaite", "mediaite.com"),
    "avclub": ("The A.V. Club", "A.V. Club", "avclub.com"),
    "atlantic": ("The Atlantic", "theatlantic.com"),
}
# "the Times" / "the Journal" name an outlet only when the set holds one outlet of that kind (two Times in one set:
# the short name says neither), so they never name one alone
SHORT_NAMES = {"the Times": "Times", "the Journal": "Journal"}


def _plain(name: str) -> str:
    """A plain spelling to compare outlet names by: lower case, no leading "the", no "www.", no ".com"."""
    plain = name.strip().lower().removeprefix("www.")
    plain = re.sub(r"^the\s+", "", plain)
    return re.sub(r"\.(com|co\.uk|org|net)$", "", plain)


_BY_NAME = {_plain(n): k for k, names in OUTLETS.items() for n in names if n not in SHORT_NAMES}
_BY_NAME.update({k: k for k in OUTLETS})


def outlet_key(outlet: str | None) -> str | None:
    """The ``OUTLETS`` key of an outlet as metadata or text gives it ("NYT", "nytimes.com", "The New York
    Times" -> "nyt"); an outlet not in the table is its own plain spelling."""
    if not outlet or not outlet.strip():
        return None
    plain = _plain(outlet)
    return _BY_NAME.get(plain, plain)


def reader_name(outlet: str | None) -> str | None:
    """The name a reader is told for an outlet that metadata gives as a code or a web address ("fox", "HPO",
    "nytimes.com" -> "Fox News", "HuffPost", "The New York Times"; editor read #12, stop 41: BASIL's codes were
    printed as the outlets). Any other spelling is the outlet's own and stays."""
    if not outlet or not outlet.strip():
        return outlet
    key = outlet_key(outlet)
    plain = outlet.strip().lower().removeprefix("www.")
    if key in OUTLETS and (plain == key or "." in plain):
        return OUTLETS[key][0]
    return outlet


_NAME_WORD = r"[A-Z][\w&.'-]*"
# "WASHINGTON", "NEW YORK, May 18", "STORRS, Conn.", "OSAN AIR BASE, South Korea": the place is in
# capitals, which keeps "Sen. Jane Roe (D-NY) -" out
_PLACE = r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,4}(?:, [A-Z][\w.]*(?: [\w.]+){0,2})?"
# CNN writes "Washington (CNN) --": a place in title case only goes with a wire or network name
_TITLE_PLACE = r"[A-Z][a-z.'-]+(?: [A-Z][a-z.'-]+){0,3}(?:, [A-Z][\w.]*(?: [\w.]+){0,2})?"
_WIRES = {"AP", "CNN", "Reuters", "AFP", "UPI", "Bloomberg", "CNN Money", "CNNMoney", "HealthDay News", "dpa"}
_DATELINE = re.compile(
    rf"^\W{{0,3}}(?:(?P<place>{_PLACE}|{_TITLE_PLACE})\s*)?(?:--|—|–)?\s*"
    rf"\((?P<outlet>{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})\)\s*(?:--|—|–|-|:)"
)
# CNN's later style has no dash: "(CNN) The Department ..."; only for a wire or network
_BARE_WIRE = re.compile(
    r"^\W{0,3}(?:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3},? )?\((?P<outlet>CNN|AP|Reuters|AFP|UPI)\) (?=[A-Z“\"])"
)
# a party and state ("(D-NY)", "(R-Fla.)") or an ordinary abbreviation is no outlet
_NOT_OUTLET = re.compile(r"^[DRI]-[A-Z]|^(?:AP|Reuters) Photo|\d")
_OUTLET_WORDS = (
    r"News|Press|Times|Post|Journal|Herald|Tribune|Magazine|Wire|Reuters|Bloomberg|POLITICO|PEOPLE|"
    r"Network|Telegraph|Guardian|Independent|Daily|Today|Radio|TV|CNN|NPR|BBC|AFP"
)
_BYLINE = re.compile(
    rf"^\W*By {_NAME_WORD}(?:[ ,]+(?:and )?{_NAME_WORD}){{0,8}}\s*(?:\||,)\s*"
    rf"(?P<outlet>(?:The )?(?:{_NAME_WORD} ){{0,3}}(?:{_OUTLET_WORDS}))\W*$"
)
_ALSO_ON = re.compile(r"^\W*\(?\s*Also on (?P<outlet>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})\s*:")
# case-sensitive on purpose: other outlets write "People magazine" and "Politico"
_HOUSE_CAPS = re.compile(
    r"\b(?:tells|told|to|with|issue of)\s+(?P<outlet>PEOPLE)\b|"
    r"\b(?:by|to|told|tells|with)\s+(?P<outlet2>POLITICO)\b"
)
# a staff photographer's credit at the end of a caption: "(Jane Roe/The Daily Post)". Wire and
# agency photos ("/AP", "/Getty Images", "via Associated Press") appear in every outlet: not a cue.
_PHOTO_CREDIT = re.compile(
    rf"\((?:[Pp]hoto(?: by|:) )?{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}/(?P<outlet>(?:The )?(?:{_NAME_WORD} ){{0,3}}"
    rf"(?:{_OUTLET_WORDS}))\)\s*$"
)
# the Times's caption credit, without brackets: "… on Wednesday. Credit Jane Roe/The New York Times" (editor read,
# stop 36, Multi-News row 34: no outlet found)
_CAPTION_CREDIT = re.compile(
    rf"\bCredit:?\s+{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}/(?P<outlet>(?:The )?(?:{_NAME_WORD} ){{0,3}}"
    rf"(?:{_OUTLET_WORDS}))\W*$"
)
_WIRE_CREDIT = re.compile(r"\b(AP|Associated Press|Reuters|AFP|Getty|EPA|Bloomberg|Pool|via)\b", re.IGNORECASE)
# what a network's own reporters write ("officials told NBC News"); other outlets write it too when
# they cite the network, so it counts only when said twice and of one network alone (weakest cue)
_NETWORK_SOURCE = re.compile(
    r"\b(?:told|tells|said to|confirmed to|in an interview with|obtained by)\s+"
    r"(?P<outlet>CNN|NBC News|ABC News|CBS News|Fox News|NPR|MSNBC)\b"
)
# CNN's page template opens with "Story highlights"
_CNN_TEMPLATE = re.compile(r"^\W*Story highlights\b")
# the credit for the house's other reporters: "Miami Herald reporters Glenn Garvin and Maya Kaufman contributed to this
# report." (editor read b29, Multi-News row 204: no outlet found). The outlet has a word before its outlet word, so
# "Times staff writers ..." (which Times?) is no cue.
_STAFF_CREDIT = re.compile(
    rf"^\W*(?P<outlet>(?:The )?(?:{_NAME_WORD} ){{1,3}}(?:{_OUTLET_WORDS}))\s+(?:staff\s+)?"
    r"(?:reporters?|writers?|correspondents?)\b.{0,200}?\bcontributed\b"
)
_TIPS = re.compile(
    r"\btips@(?P<outlet>(?:[\w-]+\.)+[a-z]{2,})\b|"
    # the writer's address at the foot: "Write to Joann S. Lublin at joann.lublin@wsj.com" (editor read b29, row 207)
    r"^\W*write to [\w .'-]{2,60} at [\w.+-]+@(?P<writer>(?:[\w-]+\.)+[a-z]{2,})\b|"
    # … or spelled out against scrapers: "send an email to the author at ereeve at theatlantic dot com" (editor read
    # #9, stop 39, row 36)
    r"\be-?mail to the author at [\w.+-]+ (?:at|@) (?P<spelled>[\w-]+) dot (?P<tld>com|org|net)\b",
    re.IGNORECASE,
)

# the writer's note at the foot: "A writer, web developer, and former tv producer, Matthew Sheffield covers politics,
# media, and technology for Salon." (editor read, stop 37, Multi-News row 92: no outlet found), "Jane Roe is a staff
# writer at The Atlantic." Two outlets named so give none: "William Lee and Jeremy Gorner are reporters for the
# Tribune, Jae Miller is a reporter for WGN-TV" (row 53, a shared report). Only in the last lines (``BIO_LINES``):
# in the body such a sentence is about someone the story is about ("Khashoggi, a columnist for The Washington Post").
_OUTLET_NAME = rf"(?P<outlet>(?:The )?{_NAME_WORD}(?: (?:{_NAME_WORD}|of|&)){{0,3}})"
_WRITER_NOTE = re.compile(
    r"(?:\b(?:covers|writes about|reports on)\s[^.!?]{3,100}?\sfor\s"
    r"|\b(?:is an?|are)\s(?:[a-z-]+\s){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor)s?"
    r"\s(?:at|for|with)\s(?:the\s)?)"
    rf"{_OUTLET_NAME}\s*(?:\.|,|$)"
)
BIO_LINES = 15  # a site's chrome follows the note: row 92's came 12th from the last line
# a newsletter box's own link: "View all New York Times newsletters." (row 122; the box is removed by the cleaner)
# ... and its sign-up line: "Get The Times of Israel's Daily Edition by email and never miss our top stories" (editor
# read #19, Multi-News row 23: no outlet found)
_NEWSLETTERS = re.compile(
    rf"(?:\bView all |^\W*Get ){_OUTLET_NAME}"
    r"(?: newsletters\b|['’]s (?:Daily|Weekly|Morning|Evening) (?:Edition|Briefing|Newsletter) by e-?mail\b)"
)

HEAD_LINES = 6  # a dateline comes in the first lines (after a caption or two at most)


def _display(name: str) -> str:
    """The name a reader is told (``OUTLETS``), or the name as written."""
    name = name.strip().rstrip(".")
    key = outlet_key(name)
    return OUTLETS[key][0] if key in OUTLETS else name


def _one(found: Sequence[str]) -> str | None:
    """The outlet when the cues agree, None when there are none or they disagree."""
    names = {_display(f) for f in found}
    return names.pop() if len(names) == 1 else None


def _dateline(lines: Sequence[str]) -> list[str]:
    found = []
    for line in lines[:HEAD_LINES]:
        m = _DATELINE.match(line)
        if m is None:
            bare = _BARE_WIRE.match(line)
            if bare:
                found.append(bare.group("outlet"))
            continue
        if _NOT_OUTLET.search(m.group("outlet")):
            continue
        place = m.group("place") or ""
        if place and not place.split(",")[0].isupper() and m.group("outlet") not in _WIRES:
            continue
        found.append(m.group("outlet"))
    return found


def _bylines(lines: Sequence[str]) -> list[str]:
    return [m.group("outlet") for line in lines if len(line.split()) <= 16 and (m := _BYLINE.match(line))]


def _also_on(lines: Sequence[str]) -> list[str]:
    return [m.group("outlet") for line in lines if len(line.split()) <= 30 and (m := _ALSO_ON.match(line))]


def _house_caps(lines: Sequence[str]) -> list[str]:
    return [m.group("outlet") or m.group("outlet2") for line in lines for m in _HOUSE_CAPS.finditer(line)]


def _tips(lines: Sequence[str]) -> list[str]:
    return [
        (m.group("outlet") or m.group("writer") or f"{m.group('spelled')}.{m.group('tld')}").lower()
        for line in lines
        for m in _TIPS.finditer(line)
    ]


def _photo_credits(lines: Sequence[str]) -> list[str]:
    found = []
    for line in lines:
        m = _PHOTO_CREDIT.search(line[-120:]) or _CAPTION_CREDIT.search(line[-120:])
        if m and not _WIRE_CREDIT.search(m.group("outlet")):
            found.append(m.group("outlet"))
    return found


def _staff_credits(lines: Sequence[str]) -> list[str]:
    return [m.group("outlet") for line in lines if len(line.split()) <= 40 and (m := _STAFF_CREDIT.match(line))]


def _house_template(lines: Sequence[str]) -> list[str]:
    if lines and _CNN_TEMPLATE.match(lines[0]) and any("CNN" in line for line in lines):
        return ["CNN"]
    return []


# the site's own copyright under the story: "Copyright 2016 by WDIV ClickOnDetroit - All rights reserved." (editor read,
# stop 36, row 50). A wire's copyright under its story names the wire, which wrote the text: also its outlet. Rows
# 0-249 of Multi-News hold nine such lines (stations, wires, two press releases' holders), none naming another outlet.
_COPYRIGHT = re.compile(
    rf"^\W*(?:Copyright\s*)?(?:©|\(c\)|Copyright)\s*(?:(?:19|20)\d{{2}}\s*[-–,]?\s*)+(?:by\s+)?"
    rf"(?P<outlet>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})\s*(?:$|[-–.(]|All rights)"
)
TAIL_LINES = 4


# "E&E; Publishing", "AT&T;": an ampersand's entity decoded with its semicolon left behind (Multi-News rows 0-249: five)
_STRAY_ENTITY_END = re.compile(r"(&\w+);")


def _copyrights(lines: Sequence[str]) -> list[str]:
    """The holders the last lines' copyright notices name (editor read #8, row 114: "Copyright 2010 E&E; Publishing.
    All Rights Reserved." named no outlet for its stray semicolon)."""
    tail = [_STRAY_ENTITY_END.sub(r"\1", line) for line in lines[-TAIL_LINES:]]
    return [m.group("outlet") for line in tail if (m := _COPYRIGHT.match(line))]


def _writer_notes(lines: Sequence[str]) -> list[str]:
    return [m.group("outlet") for line in lines[-BIO_LINES:] for m in _WRITER_NOTE.finditer(line)]


def _newsletters(lines: Sequence[str]) -> list[str]:
    return [m.group("outlet") for line in lines for m in _NEWSLETTERS.finditer(line)]


def _network_sources(lines: Sequence[str]) -> list[str]:
    found = [m.group("outlet") for line in lines for m in _NETWORK_SOURCE.finditer(line)]
    return found if len(found) >= 2 and len(set(found)) == 1 else []


_CUES: tuple[Callable[[Sequence[str]], list[str]], ...] = (
    _dateline,
    _bylines,
    _also_on,
    _house_caps,
    _house_template,
    _tips,
    _photo_credits,
    _staff_credits,
    _copyrights,
    _writer_notes,
    _newsletters,
    _network_sources,
)


def outlet_in_text(lines: Sequence[str]) -> str | None:
    """The outlet the article names as its own, or None. ``lines`` are the article's lines before
    cleaning (a promotion line is removed by the cleaner but still names the outlet)."""
    for cue in _CUES:
        found = cue(lines)
        if found:
            return _one(found)
    return None

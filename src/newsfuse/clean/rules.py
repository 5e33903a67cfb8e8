"""Line rules for text that was already extracted from a page: what is not the article.

Each rule names its reason; the cleaner reports every line it drops with that reason. Rules look
at one line at a time and only ever match short, formulaic lines, so prose is not touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.records import RemovalReason


@dataclass(frozen=True)
class LineRule:
    reason: RemovalReason
    pattern: re.Pattern[str]
    max_words: int  # the rule only applies to lines at most this long


def _rule(reason: RemovalReason, max_words: int, *alternatives: str) -> LineRule:
    return LineRule(reason, re.compile("|".join(alternatives), re.IGNORECASE), max_words)


BOILERPLATE = [
    _rule("boilerplate", 20,
          r"^\W*leave a (reply|comment)\b", r"your email address will not be published",
          r"required fields are marked", r"^\W*(post(ed)? )?comments?\W*$", r"^\W*reply\W*$",
          r"\bsubscribe(d)?\b", r"\bsign (up|in)\b", r"\bnewsletter\b", r"\blog ?in\b.*\bcomment",
          r"something went wrong,? please try again", r"^\W*get the latest\b.*\bnews\b",
          r"^\W*(related|popular|recent|latest|trending|top|more) (posts?|stories|articles|news|reads)\W*$",
          r"^\W*(editors?'?s? picks?|hot news|read more|read next|see also|you may also like|more from\b.*)\W*$",
          r"^\W*all posts?\W*$", r"^\W*(share|tweet|email|print|pin it|whatsapp)( this( article| story)?)?( on \w+)?\W*$",
          r"^\W*(share on|follow us on|like us on|find us on)\b", r"\bclick here\b", r"^\W*advertisement\W*$",
          r"\bcookies?\b.*\b(accept|consent|use|policy|settings)\b", r"\bprivacy policy\b", r"\bterms of (use|service)\b",
          r"\bthis (article|story) (was|is) (first |originally )?(published|archived)\b", r"\barchived? (copy|page|from)\b",
          r"^\W*(skip to|jump to) (main )?content", r"^\W*(home|menu|search|navigation|close)\W*$",
          r"^\W*(photo|image|video|picture|file photo)( credit)?s?\s*[:|]", r"\bgetty images\b|\bshutterstock\b"),
    _rule("boilerplate", 25, r"^\W*(©|\(c\)|copyright\b)", r"\ball rights? reserve", r"\bright reserves\b"),
    # short bulleted navigation items: "• All Post", "- Economy"
    _rule("boilerplate", 4, r"^\s*[•·▪►»|*-]\s*\S"),
]

COMMENTS = [
    _rule("comment", 40,
          r"\bi (really )?(like|love|enjoy(ed)?) (reading )?(your|this) (post|blog|article|site|writing)",
          r"\b(great|nice|awesome|wonderful|informative|amazing) (post|article|blog|write-?up|read)\b",
          r"\bkeep (it up|writing|posting|sharing)\b", r"\bthanks? (you )?for (sharing|posting|this (post|article))",
          r"\bbest wishes to you\b", r"\bi appreciate your (writing|work|post|effort)",
          r"\b(visit|check out) my (site|blog|website|page)\b", r"\bvery (authentic|informative|helpful) (&|and)",
          r"^\s*[\w .'-]{2,40} (says|said|wrote):?\s*\w+ \d{1,2},? \d{4}( at \d{1,2}:\d{2})?",
          r"^\W*\d+ (comments?|responses?|replies)\W*$"),
]

CREDITS = [
    _rule("credit", 12,
          r"^\W*(written|reported|reporting|edited|editing|compiled|produced|additional reporting) by\b",
          r"^\W*by [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}( and [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3})?\W*$",
          r"^\W*with (inputs|agency inputs|reporting) from\b", r"^\W*\(?(reporting|editing) by\b"),
    # a line that is only news agencies: "New York Times News Service and Reuters", "(AP)"
    _rule("credit", 12,
          r"^\W*((the )?(associated press|reuters|afp|ap|bloomberg|pti|ians|ani|xinhua|dpa|efe|tass|"
          r"agence france-presse|[\w ]{0,40}news service|agencies)\W*(and|&|,)?\W*)+$"),
    # end-of-story credit paragraphs: "X reported from Moscow, and Y from Taipei. ... contributed"
    _rule("credit", 120,
          r"^[\w .'-]{3,60} reported from [A-Z\w]", r"\b(reporting was )?contributed (reporting|by|to this)",
          r"\breport was contributed by\b", r"^\W*(contributing|additional) report(ing|er)s?\b"),
]

LINE_RULES: list[LineRule] = [*COMMENTS, *CREDITS, *BOILERPLATE]

# Lines after which the rest of a page is chrome (comment forms, link lists), when they come late.
END_OF_ARTICLE = re.compile(
    r"^\W*(leave a (reply|comment)|related (posts|articles|stories)|you may also like|editors?'?s? pick|"
    r"comments?|more stories|recommended( for you)?)\W*$",
    re.IGNORECASE,
)


def classify_line(line: str) -> RemovalReason | None:
    """The reason this line is not article text, or None when it is article text."""
    words = len(line.split())
    for rule in LINE_RULES:
        if words <= rule.max_words and rule.pattern.search(line):
            return rule.reason
    return None

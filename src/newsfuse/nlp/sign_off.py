"""The sign-off line of an embedded post: "... #Takei2018 — George Takei (@GeorgeTakei) April 1, 2017".

A scraped article keeps an embedded tweet as its words followed, on the same paragraph, by a dash, the
author's display name, the handle in brackets and (usually) the date. Decisions:
- the words before the sign-off are the author's: the post is a direct quote of the named author, whatever
  the prose around it names (editor read of Multi-News row 88 found four tweets credited to someone else);
- the sign-off itself is no part of what was said, and no fact: its name and date are a credit line, and two
  outlets embedding different posts of one account share those words without sharing a fact;
- a post that shares a link writes the linked page's headline and its account ("A rape victim’s message to a
  former Stanford swimmer | @DMNOpinion", "... via @AP"): a headline, no one's words, so no quote (editor read,
  stop 35, row 103 printed it as the Dallas Morning News's quote);
- the handle in brackets is what makes a dash-and-name line a sign-off; without it ("— Ann Lee, Keld") the
  quote stage's dash-signature rules apply. A "pic.twitter.com/..." link or a "https://t.co/..." link right
  before the dash belongs to the post, not to its words.
"""

from __future__ import annotations

import re

# the dash, the display name (no brackets, at, dash or line break; at most 60 characters), the handle, the date; a
# closing quotation mark may follow on the line, left out of the match (an article that quotes the post whole puts its
# mark after the date: editor read #32, Multi-News row 88, printed the credit line inside the quote, under no one)
SIGN_OFF = re.compile(
    r"(?:[ \t]*(?:pic\.twitter\.com/\S+|https?://t\.co/\S+))*"
    r"[ \t]*[—–―-]{1,2}[ \t]*(?P<name>[^\s(@—–―-][^\n(@—–―]{0,60}?)[ \t]*\(@(?P<handle>\w{1,30})\)"
    r"(?:[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})?[ \t]*(?=[\"”]?[ \t]*$)",
    re.MULTILINE,
)
# a letter's closing formula on its own line ("Sincerely,", "With Gratitude and Determination,"): the signer's name
# follows on the next line; the formula's words name no one
LETTER_SIGN_OFF = re.compile(
    r"^\s*(?:Sincerely|Yours(?: truly| sincerely)?|Respectfully|With (?i:love|gratitude)|Best regards)\b"
)
# what the sentence splitter leaves at the end of the sentence that holds a sign-off, even when it cut the name in
# two ("— Donald J." | "Trump (@realDonaldTrump) April 1, 2017"): the handle in brackets, the date
_CREDIT_TAIL = re.compile(r"\(@\w{1,30}\)(?:[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})?[\"”]?\s*$")
# the account a shared headline ends with: "| @DMNOpinion", "via @AP"
_SHARED_HEADLINE = re.compile(r"(?:\s\|\s*|\svia\s+)@\w{1,30}\s*$", re.IGNORECASE)
_TRAILING_LINK = re.compile(r"(?:[ \t]*(?:https?://\S+|pic\.twitter\.com/\S+))+[ \t]*$")


def sign_offs(text: str) -> list[re.Match[str]]:
    """Every sign-off of ``text``, in text order; each match ends its line."""
    return list(SIGN_OFF.finditer(text))


def without_sign_off(text: str) -> str:
    """``text`` without a sign-off ending one of its lines (a fact's sentence, a quotation), and without the
    links left before it."""
    return _TRAILING_LINK.sub("", SIGN_OFF.sub("", text)).rstrip()


def body_end(text: str, start: int, sign_off_start: int) -> int:
    """Where the post's words end: before the sign-off and any link left right before it."""
    body = text[start:sign_off_start]
    return start + len(_TRAILING_LINK.sub("", body).rstrip())


def ends_signed(sentence: str) -> bool:
    """Whether a sentence ends with a sign-off (or what the splitter left of one): it is no fact of its own and
    backs no other outlet's fact (editor row 88: five wrong citations came from two outlets' sign-offs sharing
    "Donald J. Trump ... April 1, 2017")."""
    return _CREDIT_TAIL.search(sentence) is not None


def shares_a_link(body: str) -> bool:
    """Whether a post's words (links before its sign-off left out) are a shared page's headline with the
    account it comes from, not something the author said."""
    return _SHARED_HEADLINE.search(_TRAILING_LINK.sub("", body)) is not None


_LEADING_CREDIT = re.compile(r"^(?:[ \t]*(?:https?://\S+|pic\.twitter\.com/\S+))*[ \t]*[—–―-]{0,2}[ \t]*")
_DISPLAY_NAME = re.compile(r"^(?:[A-Z][\w.'’&-]*\s?){1,6}$")


def credit_only(sentence: str) -> bool:
    """Whether a sentence is nothing but a post's credit line, which the splitter cut off its words
    ("Donald J. Trump (@realDonaldTrump) November 7, 2012", "https://t.co/… — Donald J. Trump (@realDonaldTrump)
    December 31, 2017"): no claim, no fact (editor read #18, Multi-News row 19: eleven such facts)."""
    tail = _CREDIT_TAIL.search(sentence)
    if tail is None:
        return False
    rest = _LEADING_CREDIT.sub("", sentence[: tail.start()]).strip()
    return not rest or _DISPLAY_NAME.match(rest) is not None


# a display name an account takes for a day of mourning ("RIP PRODIGY (@Chromeo)", "R.I.P. Tom"): the name in it is
# the dead person's, never the author's (Multi-News row 21 printed such a tweet under the rapper who had died)
_TRIBUTE = re.compile(r"^\s*(?:R\.?\s?I\.?\s?P\b\.?|Rest\s+in\s+(?:peace|power|paradise)\b)", re.IGNORECASE)
# a display name the entity tagger may not know but which still names the account ("el-p", "Jonwayne", "PNBROCK"):
# one to four words of letters (a hyphen, a dot or an apostrophe inside), no digit, no symbol ("M ! L L Z ¥")
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|[.'’-](?=[^\W\d_]))*\.?"
_PLAIN_NAME = re.compile(rf"^{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}$")


def is_tribute(display_name: str) -> bool:
    """Whether a sign-off's display name mourns someone ("RIP PRODIGY"): the account's handle names the author."""
    return _TRIBUTE.match(display_name) is not None


def plain_name(display_name: str) -> bool:
    """Whether a sign-off's display name reads as a name of its own (letters only, at most four words), so that the
    post may be credited to it when the story's entities do not hold it."""
    name = display_name.strip()
    return len(name) >= 2 and _PLAIN_NAME.match(name) is not None and not is_tribute(name)


def post_author(paragraph: str) -> str | None:
    """The display name of the embedded post a paragraph ends with ("… — Donald J. Trump (@realDonaldTrump) …"),
    or None when the paragraph holds no post."""
    found = sign_offs(paragraph)
    return found[-1].group("name").strip() if found else None

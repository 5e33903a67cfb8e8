"""The story's timeline: dated events from the DateMention records (nlp/dates.py), oldest first.

An event is a sentence with a date mention resolved to a calendar day or month ("on Tuesday" in a
story published 2023-03-22 → 2023-03-21). Sentences of one information unit with the same date are
one event, shown by its best-scoring sentence that can stand alone (summarize/standalone.py) and
cited as that sentence is cited wherever the brief shows it (align/cited.py ``shown_sources``).
Year-only mentions ("in 2007") are background, not events.
At most ``MAX_EVENTS`` events, the most important (sentence score) kept.

A sentence's date is its *first* date mention, and only when that mention dates what the sentence
reports. An editor's read of unseen stories (stop 21) found the timeline misdating sentences by a
date they give as background: "Earlier Thursday, Chaffetz told McCabe that he wants records dating to
September 2013, when Comey was sworn in" (the event is Thursday's letter, not 2013), "Bundy brought up
Rosa Parks, who was arrested in December 1955", "an institution under U.S. sanctions since July 2014".
So a sentence whose first mention cannot be resolved (a weekday in an undated article) gets no date
rather than the next one, and a mention in a clause that dates something else — after "since",
"dating (back) to", "until", or in a relative or "when" clause — is background.

One event, one item (stop 39, editor read 39b): the information units join two outlets' sentences only when they say
the same thing, and three outlets telling one Friday statement in their own words were three items. With the parser
(``Models.parse``) each candidate's actor and act are read (``telling``), items of one date whose actor and act agree
become one (``_one_per_event``), sentences that set the scene or tell a negated act are left out, and a day's items
follow the text's time cues ("Earlier Friday" before "Friday evening"), then the outlet that published first.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from newsfuse.align.cited import shown_sources
from newsfuse.align.facts import Backing
from newsfuse.align.units import UnitMap, quoted_part
from newsfuse.nlp.dates import UNDATED_TIME, resolve
from newsfuse.nlp.models import Parser
from newsfuse.nlp.speech import SPEECH_VERBS
from newsfuse.records import AnalysedStory, DateMention, FactGraph, TimelineEvent
from newsfuse.summarize.daytime import NO_CUE, time_cue
from newsfuse.summarize.furniture import caption_sentences
from newsfuse.summarize.select import sentence_scores, shown_text

MAX_EVENTS = 12
# words right before a date that make it the date of something other than the sentence's own news:
# "since July 2014", "dating to September 2013", "until May 3", ", who was arrested in December 1955",
# "when Comey was sworn in in September 2013", "if you were parked there on February 13"
_BACKGROUND = re.compile(
    # a habit is no dated event: "you don't need to be in the pew every Sunday" (stop 39, BASIL 2011: an item dated
    # to the Sunday before the ad)
    r"(?:\b(?:every|each)\s+$)|"
    r"(?:\b(?:since|dating(?:\s+back)?\s+to|dates\s+back\s+to|until|till|as\s+early\s+as|as\s+far\s+back\s+as)\s+"
    # ... and a thing of that date: "… made their first visit to the White House since their Dec. 11 meeting" (editor
    # read #20c, BASIL 2019: the Jan. 2 visit dated Dec. 11)
    r"(?:(?:the|their|his|her|its|our|a|an|last)\s+)?(?:early\s+|late\s+|mid-?)?$)"
    r"|(?:(?:,\s*(?:who|which|whose|where)|\bwhen)\b[^,;:]*$)"
    # a condition or an appeal dates what might have happened, not the news: "if you were parked at the
    # trail head on February 13, we would like to talk to you" (editor a26, multinews-153)
    r"|(?:\b(?:if|unless|anyone\s+who)\b[^,;:]*$)"
    # a date an event came before dates that event, not the sentence's: "Before the president's murder on Nov. 22,
    # 1963, Mr. Lane was a minor figure …" (editor read, stop 36, row 96)
    r"|(?:\b(?:before|prior\s+to|ahead\s+of|in\s+the\s+run-up\s+to)\b[^,;:]*$)"
    # a participle that dates a thing the sentence names: "… in accordance with the Mutual Defense Treaty, signed
    # Oct. 1, 1953." (row 104: an event of 1953 in a story of 2017)
    r"|(?:,\s+(?:signed|founded|established|built|enacted|ratified|adopted|created|formed|opened|launched|"
    r"completed|incorporated)\s+(?:on\s+|in\s+)?$)"
    # the base of a change or a comparison dates the base figure, not the news: "Spending for cocktail hours rose to
    # 76% from 69% in 2010", "About 6 out of 10 brides …, up from 27% in 2011", "As in 2013, …" (editor read #24,
    # Multi-News row 18: three items of a 2014 survey dated 2010, 2011 and 2013)
    r"|(?:\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?"
    r"[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|[a-z]+)?\s+(?:(?:in|during)\s+)?$)"
    r"|(?:(?:^|[,;:(]\s*)as\s+(?:(?:in|during)\s+)?$)",
    re.IGNORECASE,
)
# a date that names an earlier event by modifying its noun: "the 20 children killed in the December 2012 shooting
# have opened estates", "Parents of victims of the Dec. 14, 2012, carnage have notified courts" (editor read, stop 32,
# row 191: both were timeline events of 2012 in a story of 2014). A lower-case "the" right before the date and a
# lower-case word after it; "The May 2 vote passed" opens the sentence with its subject and keeps its date.
_NAMING_THE_EVENT = re.compile(r"(?:^|\s)the\s$")
# a date in a comparison dates no event: "their necessity remains as evident today as during the Korean War"
# (editor read, stop 36, row 104: an event of the publication day)
_AS_BEFORE = re.compile(r"\bas\s+[a-z]+(?:\s+[a-z]+)?\s+$")
_AS_AFTER = re.compile(r"^\s+as\b")
_NOUN_AFTER = re.compile(r"^,?\s+[a-z]")


def background_date(sentence: str, mention: str) -> bool:
    """The date ``mention`` dates a clause other than the news of ``sentence`` (see module doc)."""
    at = sentence.find(mention)
    if at < 0:
        return False
    if _NAMING_THE_EVENT.search(sentence[:at]) and _NOUN_AFTER.match(sentence[at + len(mention) :]):
        return True
    if _AS_BEFORE.search(sentence[:at]) and _AS_AFTER.match(sentence[at + len(mention) :]):
        return True
    return _BACKGROUND.search(sentence[:at]) is not None


def _telling(
    story: AnalysedStory, units: UnitMap, values: np.ndarray, i: int, date: str, first_value: dict[int, str | None]
) -> tuple[int, str] | None:
    """The sentence that shows the event sentence ``i`` dates, and its shown text: ``i`` itself when it can stand
    alone, else the best-scoring sentence of another source that the align stage found to tell the same fact
    (``UnitMap.sources_for``'s test) and that dates nothing else. The family's page "On November 3rd, 2017, our
    beloved Elijah … was given a grilled cheese sandwich …" is the only sentence that gives the day, and its "our"
    cannot stand alone; a report's "… a supervising adult allegedly gave him a grilled cheese sandwich" tells the
    same event (editor read, stop 37, Multi-News row 122: the timeline was empty and its day's event missing)."""
    text = shown_text(story.sentences[i].text)
    if text is not None:
        return (i, text) if np.isfinite(values[i]) else None
    own = story.sentences[i].article_id
    found: tuple[float, int, str] | None = None
    for j in units.units[units.unit_of[i]].members:
        if story.sentences[j].article_id == own or not np.isfinite(values[j]):
            continue
        if first_value.get(j) not in (None, date) or own not in units.sources_for(j, story):
            continue
        if (other := shown_text(story.sentences[j].text)) is not None and (found is None or values[j] > found[0]):
            found = (float(values[j]), j, other)
    return None if found is None else (found[1], found[2])


@dataclass
class _Item:
    """A candidate event: sentence ``dated`` gives ``date``; ``shown`` (itself or another source's telling of its
    fact) is shown as ``text`` with its score ``value``."""

    date: str
    dated: int
    shown: int
    text: str
    value: float
    also: list[int] = field(default_factory=list)  # the dated sentences of the items merged into this one
    mention: str = ""  # the date's words in the dated sentence


# "This was after Trump's account tweeted Saturday: …" points back to the news before it, but what follows "after"
# is an event of its own, with its date (editor read, stop 39b, BASIL 2017: the Saturday tweet the Sunday items
# answer was missing from the timeline)
_POINTING_AFTER = re.compile(
    r"^(?:This|That|It)\s+(?:was|came|comes)\s+(?:(?:just|only|days|hours)\s+)?after\s+(?=[A-Z])"
)


def _after_clause(story: AnalysedStory, values: np.ndarray, i: int) -> tuple[int, str] | None:
    """Sentence ``i`` without a pointing "This was after" (deletion only), when the rest can stand alone; it ranks
    below every sentence that stands alone as it is (the lowest finite score)."""
    found = _POINTING_AFTER.match(story.sentences[i].text)
    rest = shown_text(story.sentences[i].text[found.end() :]) if found else None
    if rest is None:
        return None
    finite = values[np.isfinite(values)]
    values[i] = float(finite.min()) if len(finite) else 0.0  # ``dated_items``' own copy
    return i, rest


# "in 1989", "died in 2007": a year the text gives as the time of what it tells (a year before a month or a day,
# "1989 season", is no such year)
_IN_YEAR = re.compile(r"\b[Ii]n\s+((?:1[89]|20)\d\d)\b(?![-–/]?\d)")


# a year in a clause that dates something else: "have blamed each other … since a drought in 2019 left fishing villages
# stranded" (the bundled example: the blame is no event of 2019), "after the flood in 2007", "when it opened in 1989"
# "The Service explained how its biologists had concluded in 2008 that …," the agency said (editor read #32, Multi-News
# row 114: a statement of 2010 dated 2008)
_SUBORDINATE_YEAR = re.compile(
    r"\b(?:since|until|after|before|when|while|which|who|that|because|how|why|whether)\b", re.IGNORECASE
)


def year_mentions(story: AnalysedStory) -> list[DateMention]:
    """The years of sentences that give no other date ("She came to the Safari Park in 1989"), as year mentions.

    Only for a story none of whose articles has a publication date: then no news day can be placed and the years the
    text prints are all the calendar a reader gets (editor read, stop 43, Multi-News row 109: "No timeline: the
    sources give no publication date" beside "Noti died in 2007"). With a publication date a year is background to
    the news days (module doc), and nlp/dates.py keeps year-only mentions out of the analysed story."""
    dated = {(m.article_id, m.sentence_index) for m in story.dates}
    found = []
    for sentence in story.sentences:
        if sentence.key in dated:
            continue
        match = _IN_YEAR.search(sentence.text)
        # a time of the news given before the year leaves the year to something else: "Turner was found guilty in
        # March of sexually assaulting an unconscious woman on Stanford's campus in 2015." (editor read #29,
        # Multi-News row 103: an item of 2015, the year of the assault; he was found guilty in March 2016)
        if match is not None and UNDATED_TIME.search(sentence.text, 0, match.start()):
            continue
        if match is not None and not _SUBORDINATE_YEAR.search(re.split(r"[,;:]", sentence.text[: match.start()])[-1]):
            found.append(
                DateMention(sentence.article_id, sentence.index, match.group(0), match.group(1), "year", False)
            )
    return found


def mention_key(mention: DateMention) -> tuple[str, int]:
    return (mention.article_id, mention.sentence_index)


def dated_items(
    story: AnalysedStory, units: UnitMap, values: np.ndarray, captions: set[int] | None = None
) -> list[_Item]:
    """Every dated sentence's event (see module doc), one per date and information unit, the best-scoring first."""
    values = values.copy()  # ``_after_clause`` scores the sentences it shows in part
    index = {s.key: i for i, s in enumerate(story.sentences)}
    captions = caption_sentences(story) if captions is None else captions  # a photo's date is no event of the story
    best: dict[tuple[str, int], _Item] = {}  # (date, unit) -> its best item
    first_value: dict[int, str | None] = {}  # sentence -> the value of its first date mention
    for mention in story.dates:
        j = index.get((mention.article_id, mention.sentence_index))
        if j is not None and j not in first_value:
            first_value[j] = mention.value
    seen: set[int] = set()
    under_heading: dict[int, str] = {}  # sentence -> the date of the heading it stands under (``_under_heading``)
    undated = not any(a.published for a in story.articles)
    days: dict[tuple[str, int], list[DateMention]] = {}
    for mention in story.dates:
        if mention.granularity == "day" and mention.value:
            days.setdefault(mention_key(mention), []).append(mention)
    for mention in [*story.dates, *(year_mentions(story) if undated else [])]:
        i = index.get((mention.article_id, mention.sentence_index))
        if i is None or i in seen or i in captions:
            continue
        seen.add(i)  # a sentence's first date mention is its event's date, resolved or not
        if mention.granularity == "month" and mention.value:
            # ... or a day of that month it names after it: "With the Senate set to debate gun control this month, a
            # National Rifle Association task force released a 225-page report on Tuesday" is Tuesday's report
            # (editor re-read, stop 44, BASIL 2013: the timeline's item of April)
            month = mention.value
            mention = next(
                (d for d in days.get(mention_key(mention), []) if (d.value or "").startswith(month)), mention
            )
        if not mention.value or mention.granularity not in ("day", "month", *(("year",) if undated else ())):
            continue
        if background_date(story.sentences[i].text, mention.text):
            continue
        if mention.relative and mention.text in quoted_part(story.sentences[i].text):
            # a relative date inside someone's words counts from when they were said, which the publication date does
            # not give: '“Already did that earlier today,” Mr. Trump said in response.' answered a message of
            # October 2016 in a report of November 2017 (editor read #13, stop 42, BASIL 2017: dated the report's day)
            continue
        headed = _under_heading(story, i, mention.text)
        shown = (
            headed or _telling(story, units, values, i, mention.value, first_value) or _after_clause(story, values, i)
        )
        if shown is None:
            continue
        j, text = shown
        if headed is not None:
            under_heading[j] = mention.value
        key = (mention.value, units.unit_of[j])
        if key not in best or (values[j], -j) > (best[key].value, -best[key].shown):
            best[key] = _Item(mention.value, i, j, text, float(values[j]), mention=mention.text)
    # a sentence its heading dates is not dated again by another sentence of its unit ("2009" from another outlet's
    # "Barack Obama said something in 2009")
    kept = [t for t in best.values() if under_heading.get(t.shown, t.date) == t.date]
    return sorted(kept, key=lambda t: (-t.value, t.shown))


# a date alone on its line as a heading over what happened that day: "Jan. 4, 2018:" over "In a reference to former
# president Barack Obama, Trump rhetorically wondered …" (editor read #18, Multi-News row 19: the list's tweets went
# undated, one under a year another outlet's sentence gave)
_HEADING_END = re.compile(r"^\s*[:—–-]?\s*$")


def _under_heading(story: AnalysedStory, i: int, mention: str) -> tuple[int, str] | None:
    """The sentence a date heading stands over (the next of its article), when sentence ``i`` is only the date."""
    text = story.sentences[i].text.strip()
    if not text.startswith(mention) or not _HEADING_END.match(text[len(mention) :]):
        return None
    j = i + 1
    if j >= len(story.sentences) or story.sentences[j].article_id != story.sentences[i].article_id:
        return None
    return j, story.sentences[j].text


def build_timeline(
    story: AnalysedStory,
    units: UnitMap,
    copy_of: dict[str, str | None],
    values: np.ndarray | None = None,
    graph: FactGraph | None = None,
    parse: Parser | None = None,
    backing: Backing | None = None,
    whole_items: dict[int, int] | None = None,
    disputed_days: list[frozenset[int]] | None = None,
    letters: frozenset[int] = frozenset(),
) -> list[TimelineEvent]:
    """The timeline (module doc). With ``parse`` (``Models.parse``) the items of one date that tell one event become
    one item, items that state no event are left out (``Telling``), and a day's items follow its time cues.

    An item cites what its shown sentence cites wherever the brief shows it (align/cited.py ``shown_sources``, with
    the fact graph and its ``backing`` and ``whole_items``: ``align.Alignment``'s), less an outlet that dates the
    event otherwise (:func:`dated_sources`). The outlets of the other tellings an item stands for are not added: a
    reader checks the sentence shown against them (editor read, stop 40: "Kathy Griffin admitted Tuesday she "went
    too far" …" cited three outlets in the timeline, one in the summary and under Facts).

    ``disputed_days`` (``Alignment.disputed_days``): the sentences of each day disagreement; the event they date is
    shown once, on the day most outlets give (:func:`one_day_per_event`).

    ``letters``: sentences of a letter (summarize/voice.py), its signer's words rather than reported events, left out
    as from the summary (editor read #24, Multi-News row 7: a charity's page of dated appeals gave all 11 items of a
    climbers' story, "Dear Friends," among them, seven a year off)."""
    if values is None:
        values = sentence_scores(story, units, copy_of, graph)
    dated = [t for t in dated_items(story, units, values) if t.shown not in letters and t.dated not in letters]
    items = one_day_per_event(story, dated, disputed_days or [], copy_of)
    tellings: dict[int, Telling] = {}
    cited: dict[int, list[str]] = {}
    if parse is not None:
        docs = parse([story.sentences[t.shown].text for t in items])
        names = _canonical_names(story)
        tellings = {t.shown: telling(doc, names) for t, doc in zip(items, docs, strict=True)}
        relative = {t.shown for t, doc in zip(items, docs, strict=True) if t.shown == t.dated and _in_relative(doc, t)}
        items = [t for t in items if tellings[t.shown].event and t.shown not in relative]
        cited = shown_sources(story, units, sorted({t.shown for t in items}), parse, backing, whole_items, graph)
        items = _one_per_event(story, units, items, tellings, cited)
    kept = items[:MAX_EVENTS]
    published = {a.id: (a.published or "9999", n) for n, a in enumerate(story.articles)}

    def order(t: _Item) -> tuple[str, int, tuple[str, int], int]:
        # within a day: the text's time cue ("Earlier Friday" before "Friday evening"), then the outlet that
        # published first, then the order of its article
        cue = next((c for c in (time_cue(story.sentences[k].text) for k in (t.dated, *t.also)) if c != NO_CUE), NO_CUE)
        article = story.sentences[t.dated].article_id
        return (t.date, cue, published[article], story.sentences[t.dated].index)

    kept.sort(key=order)
    return [
        TimelineEvent(t.date, t.text, dated_sources(story, units, t.shown, t.date, cited.get(t.shown))) for t in kept
    ]


def _in_relative(doc: Any, item: _Item) -> bool:
    """The item's date sits in a relative clause, which dates the thing it describes, not the sentence's news: "The
    White House released the e-mails to reporters after Republicans seized on snippets of the correspondence that
    became public on Friday …" (editor read, stop 43, BASIL 2013: the Wednesday release dated the Friday before).
    ``background_date`` reads a relative clause set off by a comma; a "that" clause needs the parse. When the
    sentence's own verb states no act ("The ad is a state-wide buy in Iowa that starts Wednesday": a copula), the
    clause holds its only event and keeps the date (timeline bench, t0), unless the clause sits inside another
    clause: "Mr. Holder's first stop was at a community college, where he met with people who … helped fuel the rage
    that was ultimately ignited by the shooting … on Aug. 9." dates the shooting, not the stop (editor read #34,
    BASIL 2014: Holder's Aug. 20 visit dated Aug. 9)."""
    copula = any(t.dep_ == "ROOT" and t.lemma_.lower() in ("be", "have") for t in doc)
    clauses = 0
    at = doc.text.find(item.mention) if item.mention else -1
    span = doc.char_span(at, at + len(item.mention), alignment_mode="expand") if at >= 0 else None
    if span is None or not len(span):
        return False
    token = span.root
    for _ in range(12):
        if token.dep_ == "relcl" or (
            token.dep_ == "acl" and token.tag_ == "VBN" and token.i > 0 and token.doc[token.i - 1].text == ","
        ):
            # … and a participle set off by a comma: "the review …, distributed to lawmakers last month" is no hearing
            # of last month (editor read, stop 45, BASIL 2013); "according to a poll released Saturday" dates the
            # poll's news (timeline bench, t0). A "that" clause of a noun was tried ("expressed disbelief that Mr.
            # Trump did well … on Tuesday", BASIL 2016): the parser puts "admitted there's a chance that the
            # Republicans will lose … in an interview Tuesday" in one too, and t1's interview lost an outlet
            clauses += 1
            if not copula or clauses > 1:
                return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def one_day_per_event(
    story: AnalysedStory, items: list[_Item], disputed_days: list[frozenset[int]], copy_of: dict[str, str | None]
) -> list[_Item]:
    """One item for the event of each day disagreement: the best item on the day most independent outlets give (their
    sentences in the disagreement), the others left out. The editor's read of stop 43 (BASIL 2011) found one House
    vote at 2011-11-01 (two outlets: "passed Tuesday") and at 2011-11-02 (one: "On Wednesday, the House voted") as two
    events. With a tie, or no item on the majority day, the items stay as they are: the conflict says which outlet
    gives which day."""
    values: dict[tuple[str, int], set[str]] = {}
    for mention in story.dates:
        if mention.value and mention.granularity == "day":
            values.setdefault((mention.article_id, mention.sentence_index), set()).add(mention.value)
    dropped: set[int] = set()
    for group in disputed_days:
        mine = [t for t in items if t.dated in group or t.shown in group]
        if len(mine) < 2:
            continue
        days = {t.date for t in mine}
        outlets: dict[str, set[str]] = {day: set() for day in days}
        for k in group:
            article = story.sentences[k].article_id
            for day in values.get(story.sentences[k].key, set()) & days:
                outlets[day].add(copy_of.get(article) or article)
        ranked = sorted(days, key=lambda d: -len(outlets[d]))
        if len(ranked) < 2 or len(outlets[ranked[0]]) == len(outlets[ranked[1]]):
            continue
        keep = max((t for t in mine if t.date == ranked[0]), key=lambda t: (t.value, -t.shown))
        for t in mine:
            if t is not keep and t.date != ranked[0]:
                dropped.add(id(t))
                keep.also.append(t.dated)
    return [t for t in items if id(t) not in dropped]


@dataclass(frozen=True)
class Telling:
    """What a timeline sentence tells, read from its parse: who acted (a canonical name, or None when the subject is
    no name: "the president", "a young aide"), the act (a verb lemma; every speech verb is "say"), and whether it
    states an event at all."""

    actor: str | None
    act: str | None
    event: bool


# a sentence that sets the scene instead of telling an act: "Mr. Trump's comments Monday on Mr. Flynn come at a time
# when the special counsel investigation is focusing intensely on …" (editor read, stop 39b, BASIL 2017)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_SCENE = re.compile(r"\bcomes?\s+(?:at\s+a\s+time\s+when|as|amid)\b|\bat\s+a\s+time\s+when\b", re.IGNORECASE)
_REPORTS = {"report", "reports", "reported"}  # "The Times reports Liz Cheney on Friday first articulated …"
_HONORIFIC = re.compile(r"^(?:(?:mr|mrs|ms|dr|sen|rep|gov|gen|president|senator|governor)\.?\s+)+", re.IGNORECASE)


def _canonical_names(story: AnalysedStory) -> dict[str, str]:
    """Every name and alias of the story's people and organisations (lower case, no honorific) -> its entity name."""
    names: dict[str, str] = {}
    for entity in story.entities:
        if entity.type in ("PERSON", "ORG"):
            for name in (entity.name, *entity.aliases):
                names.setdefault(_HONORIFIC.sub("", name.lower().removeprefix("the ")).strip(), entity.name)
    return names


def telling(doc: Any, names: dict[str, str]) -> Telling:
    """The actor and act of a parsed sentence (``Telling``). The act is the root verb; a frame that reports another
    clause ("The Times reports [Liz Cheney … articulated]") gives that clause's; a speech frame after the news
    ("The committee will issue subpoenas …, the committee's senior Democrat said") makes it a saying by the frame's
    subject. No event: a scene-setting sentence (``_SCENE``), or a negated act ("Neither the White House nor Fincher
    made any public comment")."""
    text = doc.text
    if _SCENE.search(_QUOTED.sub(" ", text)):
        return Telling(None, None, False)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return Telling(None, None, True)
    verb = roots[0]
    raised = None  # "reports Liz Cheney … articulated": the reported clause's subject parsed as the frame's object
    if verb.text.lower() in _REPORTS:
        raised = next((c for c in verb.children if c.dep_ == "dobj"), None)
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    frame = next((c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.i > verb.i and _speech(c)), None)
    if frame is not None and any(c.dep_ == "nsubj" for c in frame.children):
        verb = frame
    place = _dateline(doc)  # "WASHINGTON — E-mails released …": where the report was filed, no actor
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in place), raised)
    negated = any(c.dep_ == "neg" for c in verb.children) or (
        subject is not None and any(t.lower_ in ("neither", "nobody", "none") for t in subject.subtree)
    )
    if negated:
        return Telling(None, None, False)
    return Telling(_name_of(subject, names), "say" if _speech(verb) else verb.lemma_.lower(), True)


def _dateline(doc: Any) -> set[int]:
    """Tokens of a dateline ("AMHERST, N.H. — Gov. Rick Perry …", "WASHINGTON — E-mails …"): the parser takes the
    place for the subject (editor read, stop 43, BASIL 2011 and 2013: actors "amherst" and "washington" kept two
    tellings of one event apart)."""
    for t in doc[:8]:
        if (
            t.text in ("—", "--", "–")
            and t.i > 0
            and all(not u.is_alpha or u.is_upper or u.is_title for u in doc[: t.i])
        ):
            return set(range(t.i + 1))
    return set()


def _speech(token: Any) -> bool:
    return token.pos_ in ("VERB", "AUX") and (
        token.text.lower() in SPEECH_VERBS or token.lemma_.lower() in SPEECH_VERBS
    )


def _name_of(subject: Any, names: dict[str, str]) -> str | None:
    """The canonical name of a subject that is a proper name ("Rep. Adam Schiff", "Mr. Trump"), else None ("the
    president", "a young aide"). The parse has no entity labels, so the name is the subject's proper nouns; a bare
    surname is the one entity it ends (when only one does)."""
    if subject is None or not subject.text[:1].isupper() or subject.pos_ not in ("PROPN", "NOUN"):
        return None
    parts = [subject, *(c for c in subject.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN")]
    bare = _HONORIFIC.sub("", " ".join(t.text for t in sorted(parts, key=lambda t: t.i)).lower()).strip()
    if bare in names:
        return names[bare]
    ending = {name for alias, name in names.items() if alias.split()[-1:] == [bare]} if " " not in bare else set()
    if len(ending) == 1:
        return ending.pop()
    # a capitalised common noun opening the sentence ("Trump" tagged NOUN) is a name only when the story knows it
    return bare if subject.pos_ == "PROPN" or ending else None


SAME_SAYING = 0.5  # cosine of two tellings of a saying, one by an unnamed subject ("the president said …")
SAME_ACTOR = 0.5  # cosine of two tellings of one named actor's day by different verbs ("revealed" / "issued")
# cosine of two tellings by different verbs, one of which names no actor: the editor read of stop 43 (BASIL 2011) found
# one endorsement twice at 0.62; two acts of one day by a named and an unnamed actor read alike at 0.51-0.53 (BASIL
# 2013: the CIA's review and a spokesman's hope beside the release), so this asks more than ``SAME_SAYING``
SAME_UNNAMED = 0.6
# a named actor's appearance of one day and what the same actor said that day are one event: the outlets tell the
# visit or the speech ("Obama on Wednesday visited another bridge … to promote his job-creation proposals" / "…,
# President Obama said Wednesday in a speech pushing his jobs bill": editor read, stop 43, BASIL 2011, cosine 0.31)
_APPEARANCES = frozenset({"visit", "tour", "address", "speak", "appear", "campaign", "attend", "rally", "travel"})


def _one_per_event(
    story: AnalysedStory,
    units: UnitMap,
    items: list[_Item],
    tellings: dict[int, Telling],
    cited: dict[int, list[str]] | None = None,
) -> list[_Item]:
    """Items of one date that tell one event become one item, shown in the wording that stands best (cited to the
    most outlets, ``cited``: each shown sentence's sources, then the best-scoring).

    The editor's read of stop 39b found the same event listed two or three times when two or three outlets told it in
    their own words (Liz Cheney's Friday statement, Trump's Monday remark); the fact graph had not joined them, since
    each outlet's sentence says more than the event. Two tellings of one date are one event when their actors do not
    differ (both named, and not the same name) and: they tell the same act that is no saying ("resigned" / "had
    resigned": one date, one act); or both are sayings by one named actor (a person's remarks of one day, reported
    by outlets quoting different lines), or by a subject one of them does not name and the two read alike
    (``SAME_SAYING``); or one named actor with different verbs reads alike (``SAME_ACTOR``)."""
    vectors = story.embeddings
    norms = np.linalg.norm(vectors, axis=1) if len(vectors) else np.zeros(0)

    def cosine(a: int, b: int) -> float:
        if not len(vectors) or not norms[a] or not norms[b]:
            return 0.0
        return float(vectors[a] @ vectors[b] / (norms[a] * norms[b]))

    def same(a: _Item, b: _Item) -> bool:
        x, y = tellings[a.shown], tellings[b.shown]
        if a.date != b.date or (x.actor and y.actor and x.actor != y.actor):
            return False
        named = bool(x.actor and y.actor)
        if x.act == y.act and x.act is not None:
            return x.act != "say" or named or cosine(a.shown, b.shown) >= SAME_SAYING
        if named and {x.act, y.act} & {"say"} and {x.act, y.act} & _APPEARANCES:
            return True  # "Obama on Wednesday visited another bridge" / "…, President Obama said Wednesday in a speech"
        if named:
            return cosine(a.shown, b.shown) >= SAME_ACTOR
        # an act told without its actor by one outlet or both ("the Texas governor … won an endorsement" / "Arpaio
        # announced on Tuesday he will officially endorse …"; "E-mails released by the White House on Wednesday
        # revealed …" / "… senior administration officials used the 100 pages of emails …")
        unnamed = not x.actor and not y.actor
        return cosine(a.shown, b.shown) >= (SAME_SAYING if unnamed else SAME_UNNAMED)

    groups: list[list[_Item]] = []
    for item in items:  # best first
        home = next((g for g in groups if any(same(item, other) for other in g)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    merged = []
    for group in groups:
        # the wording that stands best: told by the most outlets, then the best-scoring ("President Trump on Monday
        # said the F.B.I. ruined …", three outlets, before "“I feel badly for General Flynn,” Mr. Trump said on Monday")
        told = {t.shown: len(dated_sources(story, units, t.shown, t.date, (cited or {}).get(t.shown))) for t in group}
        best = max(group, key=lambda t: (told[t.shown], t.value, -t.shown))
        rest = [k for t in group if t is not best for k in (t.dated, t.shown) if k != best.shown]
        merged.append(replace(best, value=group[0].value, also=list(dict.fromkeys(rest))))
    return merged


def dated_sources(story: AnalysedStory, units: UnitMap, i: int, date: str, cited: list[str] | None = None) -> list[str]:
    """``cited`` (the sources sentence ``i`` cites, by default ``units.sources_for(i)``) less the other articles
    whose every backing sentence dates what it tells to another day or month than ``date`` (and not to ``date``
    too): a different date is not the same dated event. Editor read,
    stop 36 (row 34): "On Feb. 28, Cohen emailed the restraining order to Clifford's former attorney" cited an outlet
    by "…said that he did not consider the restraining order, dated Feb. 27, valid, …". A backing sentence with no
    date of a day or month, or with ``date`` among its dates, still backs the event. A month-day that an undated
    article prints without a year (that outlet's "Feb. 27") is compared by its month and day."""
    dates: dict[tuple[str, int], set[str]] = {}  # sentence -> its dates of a day or month ("--02-27": no year)
    for mention in story.dates:
        if mention.granularity not in ("day", "month"):
            continue
        value = mention.value
        if value is None and not mention.relative:
            found = resolve(mention.text, dt.date.fromisoformat(date) if len(date) == 10 else None)[0]
            value = "--" + found[5:] if found else None
        if value:
            dates.setdefault((mention.article_id, mention.sentence_index), set()).add(value)

    def same(value: str) -> bool:
        event = "--" + date[5:] if value.startswith("--") else date
        return event.startswith(value) or value.startswith(event)

    def dated_elsewhere(j: int) -> bool:
        found = dates.get(story.sentences[j].key, set())
        return bool(found) and not any(same(v) for v in found)

    own = story.sentences[i].article_id
    held: dict[str, bool] = {}  # article -> one of its backing sentences may tell the event
    for j in units.backers_of(i, story):
        article = story.sentences[j].article_id
        held[article] = held.get(article, False) or not dated_elsewhere(j)
    return [a for a in (cited if cited is not None else units.sources_for(i, story)) if a == own or held.get(a, True)]

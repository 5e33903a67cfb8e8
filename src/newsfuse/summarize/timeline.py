"""The story's timeline: dated events from the DateMention records (nlp/dates.py), oldest first.

An event is a sentence with a date mention resolved to a calendar day or month ("on Tuesday" in a
story published 2023-03-22 → 2023-03-21). Sentences of one information unit with the same date are
one event, shown by its best-scoring sentence that can stand alone (summarize/standalone.py) and
cited to every source that backs it. Year-only mentions ("in 2007") are background, not events.
At most ``MAX_EVENTS`` events, the most important (sentence score) kept.

A sentence's date is its *first* date mention, and only when that mention dates what the sentence
reports. An editor's read of unseen stories (stop 21) found the timeline misdating sentences by a
date they give as background: "Earlier Thursday, Chaffetz told McCabe that he wants records dating to
September 2013, when Comey was sworn in" (the event is Thursday's letter, not 2013), "Bundy brought up
Rosa Parks, who was arrested in December 1955", "an institution under U.S. sanctions since July 2014".
So a sentence whose first mention cannot be resolved (a weekday in an undated article) gets no date
rather than the next one, and a mention in a clause that dates something else — after "since",
"dating (back) to", "until", or in a relative or "when" clause — is background.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np

from newsfuse.align.units import UnitMap
from newsfuse.nlp.dates import resolve
from newsfuse.records import AnalysedStory, FactGraph, TimelineEvent
from newsfuse.summarize.furniture import caption_sentences
from newsfuse.summarize.select import sentence_scores, shown_text

MAX_EVENTS = 12
# words right before a date that make it the date of something other than the sentence's own news:
# "since July 2014", "dating to September 2013", "until May 3", ", who was arrested in December 1955",
# "when Comey was sworn in in September 2013", "if you were parked there on February 13"
_BACKGROUND = re.compile(
    r"(?:\b(?:since|dating(?:\s+back)?\s+to|dates\s+back\s+to|until|till|as\s+early\s+as|as\s+far\s+back\s+as)\s+(?:early\s+|late\s+|mid-?)?$)"
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
    r"completed|incorporated)\s+(?:on\s+|in\s+)?$)",
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


def build_timeline(
    story: AnalysedStory,
    units: UnitMap,
    copy_of: dict[str, str | None],
    values: np.ndarray | None = None,
    graph: FactGraph | None = None,
) -> list[TimelineEvent]:
    if values is None:
        values = sentence_scores(story, units, copy_of, graph)
    index = {s.key: i for i, s in enumerate(story.sentences)}
    captions = caption_sentences(story)  # a photo's date is no event of the story
    best: dict[tuple[str, int], tuple[float, int, str]] = {}  # (date, unit) -> (score, sentence, text)
    first_value: dict[int, str | None] = {}  # sentence -> the value of its first date mention
    for mention in story.dates:
        j = index.get((mention.article_id, mention.sentence_index))
        if j is not None and j not in first_value:
            first_value[j] = mention.value
    seen: set[int] = set()
    for mention in story.dates:
        i = index.get((mention.article_id, mention.sentence_index))
        if i is None or i in seen or i in captions:
            continue
        seen.add(i)  # a sentence's first date mention is its event's date, resolved or not
        if not mention.value or mention.granularity not in ("day", "month"):
            continue
        if background_date(story.sentences[i].text, mention.text):
            continue
        shown = _telling(story, units, values, i, mention.value, first_value)
        if shown is None:
            continue
        j, text = shown
        key = (mention.value, units.unit_of[i])
        if key not in best or (values[j], -j) > (best[key][0], -best[key][1]):
            best[key] = (float(values[j]), j, text)
    kept = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[:MAX_EVENTS]
    kept.sort(key=lambda kv: (kv[0][0], story.sentences[kv[1][1]].article_id, kv[1][1]))
    return [
        TimelineEvent(date=date, text=text, sources=dated_sources(story, units, i, date))
        for (date, _), (_, i, text) in kept
    ]


def dated_sources(story: AnalysedStory, units: UnitMap, i: int, date: str) -> list[str]:
    """``units.sources_for(i)`` less the other articles whose every backing sentence dates what it tells to another
    day or month than ``date`` (and not to ``date`` too): a different date is not the same dated event. Editor read,
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
    return [a for a in units.sources_for(i, story) if a == own or held.get(a, True)]

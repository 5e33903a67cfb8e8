"""Page furniture the cleaner leaves inside an article's text, found sentence by sentence: photo
captions and a related-story box whose headline and first line run together. Neither is a title
nor a summary sentence (editor read, stop 20: the title "Congressman Bob Goodlatte's son made the
surprise announcement on Twitter Sunday night." was a photo caption, "Missing swimmer found alive,
rescued off Ipswich coast A man who went missing ..." a teaser box).

- A *caption* is the sentence right before a photo credit: "| Manuel Balce Ceneta/AP Photo",
  "(Seth Wenig/AP)", "Photo: Tom Wall via AP", "Credit: Image courtesy El Molto", "Getty - ...".
  A dateline's "(AP) — " is not a credit.
- *Glued text*: a lower-case word followed by a capitalised article and a lower-case word ("...
  Ipswich coast A man who ..."): two texts with the full stop between them lost. Letters that name
  a type, plan or vitamin ("ultraviolet A radiation", "path A in") are not.
- *A lost space after "The"*: "Theclan says they were completely blindsided whenrevealed ..."
  (Multi-News row 28: the source lost the space in "The clan"; the NER read "Theclan" as an
  organisation and the summary named it as if introduced). A capitalised "The" glued to a word of
  four letters or more that the story writes on its own in lower case is broken text, not a name
  ("Theresa", "Thermal", "Theatre": "resa", "rmal", "atre" are no words of the story).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsfuse.records import AnalysedStory

_AGENCY = r"(?:AP|AFP|Reuters|Getty|EPA|Associated Press|Invision|Scanpix|TT)"
_CREDIT = re.compile(
    r"^\s*(?:"
    r"\|\s*\S"  # "| Manuel Balce Ceneta/AP Photo ..."
    rf"|\((?![^()]*\)\s*[—–-])[^()]{{0,60}}\b{_AGENCY}\b"  # "(Seth Wenig/AP)", "(AP Photo/...)", not "(AP) — "
    r"|(?:Photo|Photos|Image|Images|Credit|Photograph(?: by)?|Picture)\s*:"  # "Photo: Tom Wall via AP"
    rf"|[A-Z][\w .'-]{{1,40}}/{_AGENCY}\b"  # "Shamil Zhumatov/Reuters"
    r"|Getty\b"
    r")"
)
# "... coast A man who ...", unless the letter names a type, plan or vitamin ("ultraviolet A radiation")
_GLUED = re.compile(
    r"\b(?!(?:ultraviolet|vitamin|type|plan|path|class|grade|group|hepatitis|exhibit|category|section|division|"
    r"tier|series|model|list|side|figure|table|appendix|part|phase|stage|option|route|zone|block|wing|gate|"
    r"terminal|level|line|company|team|size|cup)\b)[a-z]{2,} (?:A|An|The) [a-z]+"
)


_THE_GLUED = re.compile(r"\bThe([a-z]{4,})\b")


def lost_space(text: str, lower_words: frozenset[str]) -> bool:
    """``text`` has "The" glued to a word the story writes on its own in lower case (``lower_words``)."""
    return any(word in lower_words for word in _THE_GLUED.findall(text))


# A caption without its credit, in the agencies' form: the present tense and "in <town>, <country>, on
# <weekday>" closing the sentence ("Russian President Vladimir Putin takes part in a friendly hockey match at
# The Bolshoy Ice Dome in Sochi, Russia, on Saturday.", a summary sentence of Multi-News row 184, editor
# read a27). News prose tells such a scene in the past ("… said in Sochi, Russia, on Saturday").
_CAPTION_FORM = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,6}(?:[a-z]+s)\s[^.!?]{0,160}\b(?:in|at|near|outside)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,"
    r"\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\.?$"
)
# ... and a file photo's caption, dated to the day with its year ("E85 ethanol fuel is pumped into a vehicle at a gas
# station in the town of Nevada, Iowa, on Dec. 6, 2007.", editor read #26, Multi-News row 56: a timeline item of the
# ethanol story; its credit, on the next line, had been cut by cleaning): the present tense, active or passive, and a
# full date closing the sentence
_DATED_CAPTION = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,6}?\s+(?:(?:is|are)\s+(?:being\s+)?[a-z]+(?:ed|en|wn|ng)|"
    # a scene's verb, not a schedule's ("The festival takes place …", "opens") nor a clause's "was"/"has"
    r"(?!(?:was|has|is|does|says|takes|begins|opens|starts|runs|ends|closes|its|this|his|as)\s)[a-z]+s)\s"
    # "U.S." inside ("… to a joint session of the U.S. Congress on Capitol Hill in Washington, January 20, 2015.",
    # editor read #27, Multi-News row 72: a summary sentence)
    r"(?:[^.!?]|(?<=[A-Z])\.){0,160}\b(?:in|at|near|outside|on)\s+(?:[^.!?]|(?<=[A-Z])\.){0,80},\s+(?:on\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d\.?$"
)
# a sentence that points at a picture or a player beside it ("The official VKontakte page … published the
# following image.", row 184): what it points at is not in the text
_MEDIA_POINTER = re.compile(
    r"\b(?:the following|this|the above|the below)\s+"
    r"(?:image|photo|photograph|picture|video|clip|tweet|graphic|map)s?\b(?:\s*[.:]|\s*\Z)"
)


# a caption that names its picture and says nothing happened: "Image from the campaign's video.", "Photo
# courtesy of the family." (editor read, stop 30, row 222: a summary sentence), at most nine words after the
# picture; "A photo of the suspect was released on Monday." tells a fact with its verb and is news
_CAPTION_HEAD = re.compile(
    r"^(?:(?:An?|The)\s+)?(?:File\s+)?(?:Image|Photo|Photograph|Picture|Illustration|Screenshot|Screen\s+grab)s?"
    r"\s+(?:from|courtesy|via|by|provided|supplied)\b"
    r"(?![^.!?]*\b(?:is|are|was|were|has|had|have|will|would|can|could|may|might|shows?|spread|went|\w+ed)\b)"
    r"(?:\s+[^\s.!?]+){1,8}[.!?]?$"
)


# a caption that says where its picture is from, anywhere in the sentence: "... in this March 24, 2014 handout photo.",
# "... in this evidence photo released by the Connecticut State Police, December 27, 2013.", "The car ... is pictured
# at ..." (editor read, stop 32, rows 191 and 209: each was the timeline's only dated event)
_PICTURED = re.compile(
    r"\bin this\s+(?:[\w.,’'-]+\s+){0,5}?(?:photo|photograph|image|picture|still|frame grab|screen ?grab)s?\b"
    r"|\b(?:is|are) (?:seen |shown )?pictured\b",  # the present of a caption; "was pictured leaving" is a report
    re.IGNORECASE,
)
# a caption made of a name and how it looked: "Brock Turner as he appeared on the night of his arrest on Jan. 18,
# 2015." (editor read, stop 36, row 103: the timeline's event of 2015); "Turner looked calm as he appeared in court"
# has its verb before and is a report
_AS_APPEARED = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,4}as (?:he|she|they) appear(?:s|ed)\b")


def caption_sentences(story: AnalysedStory) -> set[int]:
    """Sentences followed, in their article, by a photo credit; captions in the agencies' form without
    their credit (``_CAPTION_FORM``) or naming their picture without a verb (``_CAPTION_HEAD``); sentences
    pointing at a picture or a player (``_MEDIA_POINTER``)."""
    found = {i for i, s in enumerate(story.sentences) if _caption_like(s.text)}
    for i in range(len(story.sentences) - 1):
        after = story.sentences[i + 1]
        if after.article_id == story.sentences[i].article_id and _credit_line(after.text):
            found.add(i)
    return found


# the two tests of one sentence, kept per text: the summary's ranking, the title and the timeline each ask them of
# every sentence of the story (six searches a sentence, ~3 ms a time on the shared corpus: docs/speed.md, stop 55)
@lru_cache(maxsize=4096)
def _caption_like(text: str) -> bool:
    return bool(
        _CAPTION_FORM.match(text)
        or _DATED_CAPTION.match(text.strip())
        or _CAPTION_HEAD.match(text.strip())
        or _MEDIA_POINTER.search(text)
        or _PICTURED.search(text)
        or _AS_APPEARED.match(text)
    )


@lru_cache(maxsize=4096)
def _credit_line(text: str) -> bool:
    return bool(_CREDIT.match(text))


def glued(text: str) -> bool:
    """Two texts run together without the full stop between them (a headline and its first line)."""
    return bool(_GLUED.search(text))


# What neither a headline nor a lede is (editor read, stop 22): a feature opener that sets a scene in a
# subordinate clause ("When speaking about his oft-criticized ... star, ... coach Erik Spoelstra has a
# line: ...") and a reference definition ("Kiruna Church is a church building in Kiruna, Sweden, ...",
# from a Wikipedia page beside the news)
_SCENE_OPENER = re.compile(r"^(?:When|While|Although|Though|If|Because|Since|Whether|Once|Until)\b[^,]{0,120},")
_DEFINITION = re.compile(
    r"^(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’.-]*)*(?:\s+\([^)]{0,80}\))?\s+(?:is|are)\s+"
    r"(?:a|an|one of the)\s"
)
# "James also publicly acknowledged that ...", "Senate Majority Leader Harry Reid also signed off on the deal" (editor
# read #8, row 112: the lede): a sentence that adds to what came before is no headline
_ALSO = re.compile(r"^(?:\S+\s+){1,6}(?:also|likewise)\b", re.IGNORECASE)
# a poll's method note ("The Post-ABC poll was conducted Nov. 14-17 among a random national sample of
# 1,006 adults, …" was both title and lede of multinews-177, whose news is who leads the poll)
_METHOD = re.compile(
    r"\b(?:poll|survey)\b[^.]{0,60}\bwas (?:conducted|carried out|fielded)\b|\bmargin of (?:sampling )?error\b|"
    r"\b(?:random|representative) (?:national |nationwide )?sample\b|"
    # a study's method, not its finding: "For the study, researchers looked at the effects of both THC and
    # cannabidiol on rats' willingness ..." led a brief whose finding came second (editor read, stop 35, Multi-News
    # row 98); "Researchers trained 29 rats ...", "The team analysed data from ..." ("researchers found" is a finding)
    r"^(?:for|in)\s+(?:the|this|their|a)\s+(?:new\s+|latest\s+)?(?:study|research|experiment|analysis|trial|paper)\s*,|"
    r"^(?:the\s+)?(?:researchers|scientists|investigators|the\s+team|the\s+authors|the\s+study)\s+(?:\w+ly\s+)?"
    r"(?:looked\s+at|examined|analy[sz]ed|tracked|followed|recruited|trained|surveyed|tested|measured|compared|"
    r"collected|enrolled|randomly\s+assigned|assigned|used\s+data)\b",
    re.IGNORECASE,
)


# the page announcing its own list or gallery: "From A's speech to B's win, Celebuzz has compiled a list of the best and
# worst moments", "... and here are ten of the most memorable things he heard" (editor read, stop 33, row 10: the
# title and two summary lines); the list itself is the news, the announcement tells nothing
_LIST_TEASER = re.compile(
    r"\b(?:has|have|had)\s+(?:compiled|rounded\s+up|put\s+together|gathered|collected)\s+"
    r"(?:a\s+(?:list|roundup|gallery)\s+of\s+)?(?:some\s+of\s+)?the\s+(?:best|worst|most|top)\b"
    r"|\bhere\s+(?:are|is)\s+(?:the\s+|our\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|some)\b"
    r"[^.!?]{0,40}\b(?:most|best|worst|top|biggest|things|moments|photos|reactions)\b",
    re.IGNORECASE,
)


# A writer's verdict or wrap-up, not the news: "In short, Keurig 2.0 isn't the iPhone." was both title and lede of
# Multi-News row 61 (a column's conclusion; the news was the brewer's sales and the cut guidance) — an opener that
# sums up or judges ("In short,", "In the end,", "Bottom line:", "All things considered,"), or a short negated
# comparison "X isn't the Y" / "X is no Y" (at most eight words) that judges rather than reports
_VERDICT = re.compile(
    r"^(?:in short|in sum|in summary|in conclusion|in the end|to sum (?:it )?up|all in all|all told|"
    r"all things considered|simply put|put simply|long story short|make no mistake|needless to say|"
    r"(?:the )?bottom line(?: is)?|the upshot(?: is)?|the moral(?: of the story)?(?: is)?)\s*[,:—–-]",
    re.IGNORECASE,
)
_JUDGED = re.compile(
    r"^(?:\S+\s+){1,5}(?:is|are|was|were)(?:n[’']t|\s+not|\s+no)\s+(?:(?:the|a|an)\s+)?(?:\S+\s*){1,4}$"
)


# A sentence pointing back at what its article told before: "The study, published online Monday in ..., might have
# implications for more than just travelers." (row 29: title and lede, while "Exposure to brief flashes of light ...
# could help people avoid jet lag, according to a new study ..." was the news), "Other documents to be presented at
# Wednesday's commemoration ... include ..." (row 23, the lede before the plea's release itself)
_BACK_REFERENCE = re.compile(
    r"^(?:The|This|These|Those)\s+(?:new\s+)?(?:study|studies|report|review|research|findings|paper|survey|analysis)\b"
    r"|^Other\s+[a-z]"
)

# a participant or an act the article introduced before, with nothing in the sentence saying of what: "Multiple
# sources identified the suspect to Fox News as …", "… a search … turned up the news of the theft." (editor read #12,
# stop 41, BASIL 2018 and Multi-News row 105: both ledes). "the suspect in the bombings", "the gunman who …" say it
_UNANCHORED = re.compile(
    r"\bthe\s+(?:suspect|suspects|gunman|shooter|attacker|assailant|victim|victims|theft|heist|robbery|incident)\b"
    r"(?!\s+(?:in|of|who|that|behind|accused|charged|arrested|from|at|on)\b|['’])",
    re.IGNORECASE,
)

# a review's credit line, verbless: "Starring Matt Damon and Cecile De France." (the lede of row 181, three film
# reviews)
_CREDITS = re.compile(
    r"^(?:Starring|Directed by|Written by|Written and directed by|Rated [A-Z]|Running time|Runtime)\b"
)


# a teaser that names the act only as "something": "President Obama did something Friday that he hardly ever does — and
# no other president could ever have done." (editor read #28, Multi-News row 102: the lede and the title of an
# editorial whose next sentence tells what he did)
_TEASER = re.compile(r"\b(?:did|does|do|done|doing|said|says|say)\s+something\b(?!\s+(?:about|to|on|like)\b)")


def verdict(text: str) -> bool:
    """A writer's wrap-up or judgement (``_VERDICT``, ``_JUDGED``): neither a title nor a lede."""
    text = text.strip()
    return bool(_VERDICT.match(text)) or (len(text.split()) <= 8 and bool(_JUDGED.match(text.rstrip(".!"))))


def list_teaser(text: str) -> bool:
    """The page announcing its list or gallery (``_LIST_TEASER``): no title, no summary line."""
    return bool(_LIST_TEASER.search(text))


def no_lead(text: str) -> bool:
    """A sentence that cannot open a story (``_SCENE_OPENER``, ``_DEFINITION``, ``_ALSO``, a poll's
    method note ``_METHOD``, a list's teaser ``_LIST_TEASER``, a writer's verdict ``verdict``, a
    reference back ``_BACK_REFERENCE``, a review's credit line ``_CREDITS``, a teaser's "did something" ``_TEASER``,
    a participant named only as "the suspect" ``unanchored``):
    neither the title nor the summary's lede."""
    return bool(
        _SCENE_OPENER.match(text)
        or _DEFINITION.match(text)
        or _ALSO.match(text)
        or _METHOD.search(text)
        or list_teaser(text)
        or verdict(text)
        or _BACK_REFERENCE.match(text)
        or _CREDITS.match(text)
        or _TEASER.search(text)
        or unanchored(text)
    )


def unanchored(text: str) -> bool:
    """Names a participant or an act only as "the suspect", "the theft" (``_UNANCHORED``), and no word of the
    sentence says what happened to whom: no lede."""
    return bool(_UNANCHORED.search(text))

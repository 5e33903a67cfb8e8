"""Whose voice each input speaks in: a news report, or a transcript, a letter, an opinion piece or a press release.

A brief states a report's sentences in its own voice: "Mr. Xi arrived in Moscow on Monday." is the story's fact.
The same cannot be done with an input in another voice. Editor reads of Multi-News validation rows 102-104 (stop 35)
found a White House transcript whose first-person lines ("Another way of saying that is Trayvon Martin could have
been me 35 years ago.") became the title, the lede and 16 unattributed facts; two columns whose opinions ("By saying
he could have been Trayvon Martin, President Obama bypassed the evidence ...") filled 7 of 11 summary sentences; an
open letter printed inside a report gave 52 first-person facts ("I see you."); an Air Force press release filled 4 of
10 summary sentences with its teamwork quotes while the news report beside it was left out.

Decisions:

- **From the text only, deterministic and cheap** (regular expressions over paragraphs, no model). Precision first:
  a news report quotes people in the first person inside quotation marks, which is the report's voice, not another
  one; the first person counted here is the one left once every quotation is taken out ("authorial").
- **Per passage, not only per document.** A report may print a letter or a transcript whole after its introduction
  (row 103: BuzzFeed's three report paragraphs, then "An Open Letter to a Courageous Young Woman" and Biden's
  letter); the passage from the letter's heading or salutation (or the transcript's first speaker label) to the end
  is in the other voice, the introduction stays the report's.
- **Kinds**, the first that holds:
  transcript: a paragraph opening with a speaker label in capitals ("THE PRESIDENT:", "Q:", "MR. SMITH:") and either
  a "transcript" header in the title or the first two paragraphs, or ``MIN_LABELS`` such paragraphs with two
  different labels. The labelled passage is the speaker's words.
  letter: a salutation paragraph ("Dear Ms. Roe,") or a short "open letter" heading, followed by authorial first
  person in the next paragraphs. The passage from there on is the signer's words.
  opinion: a column, op-ed, editorial or essay: an "Opinion"/"column"/"op-ed"/"commentary" marker in the title or
  the first paragraph, or a columnist's e-mail sign-off among the lines cleaning removed, with at least one paragraph
  of authorial first person; or, without a marker, authorial first person in at least ``OPINION_SHARE`` of the
  paragraphs (``MIN_OPINION_PARAGRAPHS`` or more) — a reporter's occasional "I asked" stays a report; or, with
  neither marker nor "I" (an analysis, stop 37), the writer addressing the reader ("ask yourself", "don't you
  think") beside a question or a "you", or stance adverbs ("indeed", "surely", "supposedly") in ``MIN_STANCE``
  sentences and ``STANCE_SHARE`` of them, or a pundit's analysis phrases ("is best understood as", "there's no
  question that", "smart enough to") in ``MIN_PUNDIT`` sentences, or swearing (``MIN_PROFANE`` sentences), outside
  quotations.
  press_release: a wire or agency release marker ("PRNewswire", "Business Wire", "(AFNS)", "Public Affairs",
  "For immediate release", "Media contact") in the title, the first two or last two paragraphs, or the lines
  cleaning removed (the byline "By Staff Sgt. ..., 7th Air Force Public Affairs" goes as a credit).
  report: anything else.
- **What follows** (``other_voice``): a transcript's or a letter's passage and an opinion piece's sentences are the
  speaker's, signer's or author's words, not the story's facts: never the title or a summary sentence, and the
  facts they alone give are marked with their voice and listed after the report's facts (pipeline). An opinion
  piece is decided per sentence, not per piece (stop 37; editor read #6b: a column's plain facts were kept out with
  its opinions): a sentence with no first or second person, no question, no verdict, guess or duty outside
  quotations (``_VERDICT``, ``_MODAL``) and a checkable event — attributed speech ("..., Obama told reporters on
  Friday"), a named actor's act ("Kovac signed the order"), a figure or a date with an act ("The council voted 7-2")
  — is the columnist's reporting: it stays eligible and stays a plain, unmarked fact (``plain_fact``). Their verdicts
  stay out even framed as reporting ("In a pompous speech the prime minister gave ...", "One journalist gave the
  game away when he declared ..."): an evaluative word makes the sentence the author's.
  Leaving opinions out rather than showing them "attributed as the outlet's opinion" keeps the summary extractive
  (the contract forbids adding "Kass argues"), and the facts list still holds them, marked. A press release is a
  source: its sentences stay eligible but weigh ``PRESS_RELEASE_WEIGHT`` of their score when an independent report
  is in the story, so the lede and summary come from reporting. Each kind found gives a ``warnings`` entry naming
  its sources; nothing is dropped silently.
- When every original article speaks in another voice (a folder of two columns and a transcript), the summary
  still has to come from somewhere: the exclusion is lifted for opinion pieces (their sentences stay out of the
  title), never for a transcript's or a letter's lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from newsfuse.nlp.sign_off import LETTER_SIGN_OFF, credit_only, post_author
from newsfuse.records import AnalysedStory, Article, BriefWarning, Entity, Fact, FactGraph, Quote
from newsfuse.regex_literals import could_match

VoiceKind = Literal["report", "transcript", "letter", "opinion", "press_release", "post", "quoted"]

# quotations taken out before the first person is counted: a report's quoted speaker is the report's voice
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|‘[^’]{12,}’")
_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|My|mine|myself|we|We|our|Our|us|ourselves)\b"
)
# the singular: a columnist's "I", "my", "me". A newsroom's, a company's or a paper's authors' "we" ("our list", "we
# found that the circadian ...", "we are fully funded") is not an opinion by itself (rows 5, 29, 33, 40 of 0-124)
# "I" followed by a word in lower case: not a roman numeral ("metatarsals I to V", "php I-1": row 33's paper)
_FIRST_SINGULAR = re.compile(
    r"\bI(?=\s+(?!to\b|and\b|or\b)[a-z])|\b(?:I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|My|mine|myself)\b"
)
# an embedded post: "... — Jane Roe (@janeroe) June 20, 2017", "A post shared by ..." (row 21: tributes in tweets)
_EMBED = re.compile(r"\(@\w+\)|@\w+:|\bpost shared by\b|pic\.twitter\.com", re.IGNORECASE)
_EVERYONE_WE = re.compile(r"\b(?:all of us|each of us|many of us|most of us|some of us|any of us)\b", re.IGNORECASE)

# "THE PRESIDENT:", "Q:", "MR. EARNEST:", "MICHEL MARTIN, HOST:" at the start of a paragraph (or alone on it)
_LABEL = re.compile(r"^\s*(Q|A|(?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z.'’-]+)(,\s?[A-Z][A-Z ]+)?\s?:(?:\s+\S|\s*$)")
_NOT_LABELS = frozenset(
    {
        "UPDATE",
        "NOTE",
        "EDITOR",
        "EDITOR'S NOTE",
        "CORRECTION",
        "WATCH",
        "READ MORE",
        "RELATED",
        "BYLINE",
        "PHOTOS",
        "VIDEO",
        "LIVE",
        "BREAKING",
        "EXCLUSIVE",
        "ALSO READ",
        "SOURCE",
        "SOURCES",
        "AUDIO",
        "TRANSCRIPT",
        # a paper's or a report's section headings ("INTRODUCTION:", "RESULTS:"): editor read, stop 44, Multi-News
        # row 118 (a structured abstract briefed as a transcript, its findings left out of the summary)
        "ABSTRACT",
        "BACKGROUND",
        "INTRODUCTION",
        "OBJECTIVE",
        "OBJECTIVES",
        "PURPOSE",
        "AIM",
        "AIMS",
        "METHODS",
        "MATERIALS AND METHODS",
        "DESIGN",
        "SETTING",
        "PARTICIPANTS",
        "RESULTS",
        "FINDINGS",
        "DISCUSSION",
        "CONCLUSION",
        "CONCLUSIONS",
        "LIMITATIONS",
        "INTERPRETATION",
        "FUNDING",
        "SUMMARY",
        "KEY POINTS",
    }
)
# the journalist's own lines in a broadcast transcript (NPR: "MICHEL MARTIN, HOST:") are the report's voice
_HOST = re.compile(r"\b(?:HOST|ANCHOR|BYLINE|CORRESPONDENT|REPORTER|INTERVIEWER|MODERATOR)\b")
_TRANSCRIPT_HEADER = re.compile(r"\btranscripts?\b|\bas (?:prepared for delivery|delivered)\b", re.IGNORECASE)
MIN_LABELS = 3
# an interview printed as questions and answers says so near its top ("… spoke with The Times"; "This interview has
# been edited and condensed")
_INTERVIEW = re.compile(r"\binterview|\bspoke (?:with|to)\b|\btalked (?:with|to)\b|\bconversation\b", re.IGNORECASE)
# a label that names a role or a title, not a place: one such label and a "transcript" header suffice ("THE
# PRESIDENT:" is the only label of row 102's White House transcript); a lone "WASHINGTON:" dateline in a report
# that mentions a court transcript does not
_ROLE_LABEL = re.compile(
    r"^(?:Q|A|THE |MR\.|MS\.|MRS\.|DR\.|SEN\.|REP\.|GOV\.|GEN\.|PRESIDENT|SECRETARY|SPEAKER|CHAIRMAN|JUDGE)"
)

_SALUTATION = re.compile(
    r"^\s*(?:Dear|My dear)\s+[A-Z][^\n]{0,60}[,:]?\s*$|^\s*(?:Dear|My dear)\s+\w[^\n.]{0,60},\s*$"
    r"|^\s*To (?:our|my|all)\b[^.\n]{0,40},\s*$"
    # a form of address on its own line: "Mr. President,", "Madam Speaker," (row 23 prints Eichmann's letter so)
    r"|^\s*(?:Mr|Mrs|Ms|Madam|Sir|Your)\b\.?(?:\s[A-Z][\w.]*){0,3},\s*$"
)
# … and a statement's heading that ends on a colon: "A statement from Elijah's parents, following the recent media
# attention:" over the family's page in "we" and "our", signed "With Gratitude and Determination, / Elijah's Parents"
# (editor read, stop 37, Multi-News row 122: its lines were summary sentences and facts in the brief's voice)
_LETTER_HEADING = re.compile(
    r"\bopen letter\b|\bletter to\b"
    r"|^\W*(?:an?\s|the\s)?(?:joint\s)?(?:statement|message|note)\s(?:from|by)\b[^.]*:\s*$",
    re.IGNORECASE,
)
MAX_HEADING_WORDS = 14
_SIGNER = re.compile(
    r"((?:[A-Z][\w.'’-]+\s){0,4}[A-Z][\w.'’-]+)\s(?:penned|wrote|sent|published|released|posted|issued)\s"
    r"(?:an?\s|the\s|his\s|her\s)?(?:open\s|public\s)?letter"
)

# a section label of its own (a short line or the title), not "public opinion" in a report's lede: "Opinion",
# "Columnist", "OP-ED", "Commentary", "Editorial", "Guest essay", "The views expressed ..."
_OPINION_MARK = re.compile(
    r"^(?:[\w .|:-]{0,30}\b)?(?:opinion|op-?ed|columnist|column|commentary|editorial|guest essay|analysis)\b"
    r"|\bthe views expressed\b",
    re.IGNORECASE,
)
# an opinion site's disclaimer at the end: "The views expressed ...", "... it expresses their own opinions" (row 61)
# a review's rating or its film's credits: "★★★" on a line of its own (cleaning keeps it among what it removed), "Rated
# PG-13 (for intense sequences …)", "MPAA rating: R", "Running time: 91 MIN." (editor read #26, Multi-News row 46:
# the Sun-Times review's "Larson is wonderful as the plucky Mason." stood in the summary as the brief's own statement)
_REVIEW_MARK = re.compile(
    r"^\s*[★☆✩✭⭐½]{1,5}\s*(?:\(?(?:out of|of) (?:4|5|four|five)\)?)?\s*$"
    r"|\bRated (?:G|PG|PG-13|R|NC-17)\b(?:\s*\(for\b|\.)|\brunning time:?\s*\d"
    r"|\b(?:\d|one|two|three|four)(?:\.5| and a half)? (?:stars? )?out of (?:4|5|four|five) stars\b"
    r"|\bMPAA rating\b",
    re.IGNORECASE | re.MULTILINE,
)
_DISCLAIMER = re.compile(r"\bthe views expressed\b|\bexpresses (?:their|his|her|my) own opinions?\b", re.IGNORECASE)
MAX_MARK_WORDS = 6
# without a marker: the singular first person in at least MIN_OPINION_PARAGRAPHS paragraphs and OPINION_SHARE of
# them (row 102's Kass column: 4 of 23; a report's reporter "I asked" once or twice, rows 3, 21, 51, 55, 92, 121:
# 2 each), or in half of a short piece's paragraphs (a two-paragraph essay)
OPINION_SHARE = 0.15
MIN_OPINION_PARAGRAPHS = 3
SHORT_OPINION_SHARE = 0.5
MIN_PARAGRAPH_WORDS = 6

_RELEASE_MARK = re.compile(
    r"\bPR ?Newswire\b|\bBusiness Wire\b|\bGLOBE NEWSWIRE\b|\bAccesswire\b|\(AFNS\)|\(AFPN\)|\bPublic Affairs\b|"
    r"\bfor immediate release\b|\bmedia contacts?:",
    re.IGNORECASE,
)
# "press release" as a label line of its own; a report says "the team said in a press release" (row 37)
_RELEASE_LABEL = re.compile(r"^\W*(?:press|news) release\b", re.IGNORECASE)
PRESS_RELEASE_WEIGHT = 0.5  # a press release sentence's score beside independent reporting

# the third-person reporting of attributed speech that an opinion piece also does
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|according to|announced|wrote|added|asked|explained|stated|testified|declared)\b"
)

# Opinion without "I" (editor read #6b, stop 36, row 34: CNN's analysis and Slate's legal analysis had neither a
# label nor a first person). Two cues that reports on the gold list never show outside quotations:
# the writer addressing the reader ("ask yourself", "don't you think", "as you may have noticed"; not "here's why"
# nor "of course", which reports and explainers write) with a question or a second "you" beside it, and
# sustained stance adverbs: the writer weighing what they tell ("indeed", "surely", "supposedly", "ultimately") in
# ``MIN_STANCE`` sentences and ``STANCE_SHARE`` of them (Slate's analysis: 9 in 45 sentences; a report: 1 at most)
_ADDRESS = re.compile(
    r"\b(?:ask yourselves?|don['’]t you think|make no mistake|let['’]s be (?:clear|honest|real|frank)"
    r"|think about (?:it|that|the)"
    r"|mark my words|as you (?:may|might|probably) (?:have noticed|know|recall|remember)|you may have noticed)\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
_STANCE = re.compile(
    r"\b(?:indeed|surely|supposedly|simply|ultimately|paradoxically|ironically|obviously|clearly|arguably"
    r"|undoubtedly|no doubt|admittedly|needless to say|to be sure|plainly|frankly|tellingly|mercifully)\b",
    re.IGNORECASE,
)
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")  # a sentence's end as punctuation guesses it: enough to count and cut
MIN_STANCE = 5
STANCE_SHARE = 0.1
# … and the pundit's analysis phrases, a third cue (editor read #8b, stop 38, row 112: The Fix's column on Pelosi —
# "Pelosi, a savvy political operator, understands …", "Her reaction then is best understood as …", "There's no
# question that …", "The key to Pelosi's success …", "she's smart enough not to do that" — had one stance adverb
# and no "I", and its "Ultimately, Pelosi is a team player …" became a summary sentence). Counted per sentence
# outside quotations: rows 0-124 hold 7 such sentences in that column, 3 in Slate's analysis (row 34), 2 at most in
# any other document (a report's "The problem is that …", a tweet's "Let's flip Congress")
_PUNDIT = re.compile(
    r"\b(?:there['’]s no (?:question|doubt)|there is no (?:question|doubt)"
    r"|(?:is|are|was|were) best (?:understood|seen|read) as|the key to\b|the (?:real |big )?question (?:is|now)"
    r"|the bottom line|the point is|the problem (?:is|with)|the truth is|the fact is|what matters"
    r"|it['’]s worth (?:noting|remembering)|to be fair|in other words|which is to say|remains to be seen"
    r"|smart enough|savvy|shrewd\w*|(?:that|this|it) doesn['’]t mean|(?:does|do|did) not mean|just because"
    r"|it(?: is|['’]s) true that|that['’]s not to say|^(?:worse|even worse|better still|sure)\b[,.]"
    r"|it['’]s (?:hard|easy|tempting) to|no wonder|worth noting|the lesson|the irony|the upshot|in the end"
    r"|at the end of the day|not insignificant|for what it['’]s worth|let['’]s|we['’]ll see|time will tell)\b",
    re.IGNORECASE,
)
MIN_PUNDIT = 3
PUNDIT_SHARE = 0.08
# … and swearing in the writer's own voice: a newsroom never does it outside quotation marks; a blog's commentary
# does (editor read #9, stop 39, row 51: Jezebel's "What's his fucking damage?" beside the Post's write-up; no other
# document of rows 0-124 has one outside quotations)
_PROFANE = re.compile(
    r"\b(?:fuck\w*|motherfuck\w*|\w*shit(?:s|ty|ting|ted)?|bullshit|asshole\w*|goddamn\w*|dickhead\w*|wtf)\b",
    re.IGNORECASE,
)
MIN_PROFANE = 2

# Of an opinion piece, the sentences a reader may take as the story's facts (editor read #6b, stop 36): a plain
# third-person sentence with a checkable event in it. The author's verdict is kept out even when it reports speech
# ("In a pompous speech the Polish prime minister gave ...", "One pro-government journalist gave the game away when
# he declared ..."): a word that judges, weighs or guesses, outside quotations, makes the sentence the author's.
# The list is precision-first for keeping verdicts out: a plain fact lost to it stays in the facts list, marked.
# Matched case-sensitively on the sentence with its first letter lowered, so that "Great Britain" or "The Perfect
# Storm" inside a sentence is a name, not a verdict.
_VERDICT = re.compile(
    r"\b(?:pompous\w*|incompeten\w*|malevolen\w*|gave the game away|give(?:s)? the game away|absurd\w*"
    r"|ridiculous\w*|outrage(?:ous\w*)?|shame(?:ful\w*|less\w*)|disgrac\w*|pathetic\w*|laughabl\w+|preposterous"
    r"|hypocri\w+|cynical\w*|stupid\w*|foolish\w*|idiot\w*|dumb|crazy|insane|bizarre|grotesque|appalling\w*"
    r"|shocking\w*|astonishing\w*|staggering\w*|farcical|farce|fiasco|disastrous\w*|reckless\w*|cowardly"
    r"|dishonest\w*|brazen\w*|sham|howls?|saturated|pretend\w*|so-called|infamous\w*|notorious\w*|sinister"
    r"|ugly|vile|nasty|sordid|sleazy|pitiful|deplorabl\w+|despicabl\w+|contemptibl\w+|inept\w*|clumsy|clumsily"
    r"|brilliant\w*|wonderful\w*|terribl\w+|awful\w*|horribl\w+|dreadful\w*|magnificent\w*|admirabl\w+"
    r"|besieged|beleaguered|plague|locust|in full swing|made it appear|as if|of course|even|merely"
    r"|paradoxical\w*|ironic\w*|supposed\w*|seem\w*|appear(?:s|ed)? to|apparent\w*|perhaps|maybe|probabl\w+"
    r"|likely|surely|indeed|simply|ultimately|obvious\w*|clearly|arguabl\w+|undoubted\w*|no doubt"
    r"|admitted\w*|frankly|plainly|sadly|unfortunately|fortunately|luckily|oddly|curiously|tellingly|remarkabl\w+"
    r"|incredibl\w+|amazing\w*|truly|really|actually|hardly|sure enough|interesting\w*|daunting|caveat|consider"
    r"|putting aside|aforementioned|whether|labyrinth\w*|convoluted|all things considered|on the face of it|bode\w*"
    r"|inferior|superior|in short|perfect\w*|subtle\w*|a ton of|pure and simple|ultimate\w*|great\w*|bad\w*"
    r"|equally|daffy|irascible|eerie|eerily|naturally|possibl[ey]|quite|touching|compelling|trenchant|wise(?:ly)?"
    r"|piqued|nugget|elegant|realistic|plentiful|tragic\w*|heroic\w*|courageous\w*|brave\w*|noble|betting big"
    r"|field day|weird\w*|creep\w*)\b"
    # an argument's connective opening the sentence: the author answering, conceding or concluding
    r"|^(?:yet|so|still|then again|after all|again|in short|in sum|in the end|granted|sure)\b"
)
# guesses, duties and wishes are the author's too ("might only register as a single locust"); "May" the month is
# capitalised
_MODAL = re.compile(
    r"\b(?:might|could|would|should|must|ought|may|shall|can|cannot|will|won['’]t|needs? to|has to|have to)\b|['’]ll\b"
)
_MONTH_OR_DAY = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr"
    r"|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last "
    r"(?:week|month|year))\b"
)
# an act in the past tense: a regular "-ed" or a common irregular verb ("was" and "were" alone are no event)
_PAST = re.compile(
    r"\b(?:[a-z]\w{2,}ed|said|told|made|gave|took|won|lost|met|sent|left|came|went|began|wrote|spoke|brought|bought|"
    r"sold|paid|held|led|ran|set|put|cut|hit|fell|rose|chose|drove|flew|fought|found|grew|heard|hid|kept|knew|"
    r"laid|meant|quit|saw|shot|shut|sought|stood|struck|swore|taught|thought|threw|took|understood|withdrew|won)\b"
)
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})


@dataclass(frozen=True)
class Voice:
    """What one article is. ``paragraphs`` are the indices of its paragraphs in the other voice (empty for a
    report and a press release, whose sentences are all a source's); ``speaker`` the person whose words they
    are when the text names them (a transcript's speaker, a letter's signer), else None; ``evidence`` what gave
    it away, for the reader."""

    article_id: str
    kind: VoiceKind
    paragraphs: frozenset[int] = frozenset()
    speaker: str | None = None
    evidence: str = ""


def authorial(paragraph: str, singular: bool = False) -> bool:
    """The paragraph speaks in the first person outside any quotation ("we" of "any of us" aside, and an
    embedded post's first person); with ``singular``, "I", "me" or "my"."""
    if _EMBED.search(paragraph):
        return False
    bare = _EVERYONE_WE.sub(" ", _QUOTED.sub(" ", paragraph))
    return bool((_FIRST_SINGULAR if singular else _FIRST_PERSON).search(bare))


def block_quoted(paragraphs: list[str]) -> set[int]:
    """The paragraphs a report quotes as a block: the run of first-person paragraphs right after one that ends
    with a colon ("There are multiple reports in the Apple Support forums:" then the users' posts, without
    quotation marks: row 80 read as a column before this)."""
    quoted: set[int] = set()
    for k, p in enumerate(paragraphs[:-1]):
        if not p.rstrip().endswith(":"):
            continue
        j = k + 1
        while j < len(paragraphs) and authorial(paragraphs[j]) and not paragraphs[j].rstrip().endswith(":"):
            quoted.add(j)
            j += 1
    return quoted


def _label(paragraph: str) -> str | None:
    """The speaker label opening ``paragraph`` with its role ("MICHEL MARTIN, HOST"), or None."""
    match = _LABEL.match(paragraph)
    if match is None:
        return None
    label = match.group(1).strip()
    if match.group(2):
        return label + match.group(2)
    if label.rstrip(".") in _NOT_LABELS or len(label) < 1:
        return None
    if label not in ("Q", "A") and len(label.replace(".", "").replace(" ", "")) < 2:
        return None
    return label


def _interview(paragraphs: list[str], labels: list[tuple[int, str]], head: str) -> bool:
    """Labels that are only "Q:" and "A:" are an interview's (someone's words) when the text says it is one, or when
    most answers speak in the first person; otherwise they are an explainer's, in the outlet's own voice (editor read,
    stop 44, Multi-News row 115: AP's "Q: What do I do with the ticket? A: Before anything else, sign the back of the
    ticket." was briefed as a transcript and every fact of it left out of the summary). Other labels pass."""
    if any(label not in ("Q", "A") for _, label in labels):
        return True
    if _INTERVIEW.search(head) or _TRANSCRIPT_HEADER.search(head):
        return True
    answers = [paragraphs[k] for k, label in labels if label == "A"]
    return 2 * sum(authorial(a, singular=True) for a in answers) > len(answers)


# a page of a writer's letters (a foundation's appeals, one after another, each dated and signed): the paragraphs
# around the letter found are the same voice. Multi-News row 7 (editor read #24): the first "Dear Friends" letter of
# a charity's page was left out of the summary, and "P.O. Box 6666, …" and "We have sent forty thousand dollars in
# emergency aid …" from its other letters were a summary sentence and the third fact of the climbers' story
WRITERS_PAGE_SHARE = 0.5


def _writers_page(paragraphs: list[str], letter: frozenset[int]) -> bool:
    """Most of the prose outside ``letter`` (at least two paragraphs) speaks in the first person too."""
    prose = [p for k, p in enumerate(paragraphs) if k not in letter and len(p.split()) >= MIN_PARAGRAPH_WORDS]
    first_person = sum(1 for p in prose if authorial(p))
    return first_person >= 2 and first_person >= WRITERS_PAGE_SHARE * len(prose)


def classify(article: Article, entities: list[Entity] | None = None) -> Voice:
    """The voice of ``article`` (see the module docstring), its speaker resolved against ``entities`` when given."""
    paragraphs = article.paragraphs
    title = article.title or ""
    head = " ".join([title, *paragraphs[:2]])
    removed = " ".join(r.text for r in article.removed)
    labels = [(k, label) for k, p in enumerate(paragraphs) if (label := _label(p))]
    if labels and not _interview(paragraphs, labels, head):
        labels = []
    titled = any(_ROLE_LABEL.match(lab) for _, lab in labels) or len(labels) >= 2
    if labels and (
        (_TRANSCRIPT_HEADER.search(head) and titled)
        or (len(labels) >= MIN_LABELS and len({lab for _, lab in labels}) >= 2)
    ):
        spoken = _spoken(labels, len(paragraphs))
        speaker = _transcript_speaker(labels, head, entities or [])
        return Voice(article.id, "transcript", spoken, speaker, f"speaker label {labels[0][1]}:")
    for k, p in enumerate(paragraphs):
        salutation = bool(_SALUTATION.match(p))
        heading = (
            len(p.split()) <= MAX_HEADING_WORDS and bool(_LETTER_HEADING.search(p)) and not p.rstrip().endswith(".")
        )
        if (salutation or heading) and any(authorial(q) for q in paragraphs[k + 1 : k + 4]):
            # the letter runs to its signature: the paragraph after its last one in the first person (a report may
            # go on after it)
            last = max(j for j in range(k + 1, len(paragraphs)) if authorial(paragraphs[j]))
            end = last + 1
            while end < min(last + 3, len(paragraphs)) and _signature(paragraphs[end]):  # "Sincerely," / "Jane Roe"
                end += 1
            signer = _signer(paragraphs, k, end, entities or [])
            rest = frozenset(range(k, end))
            if _writers_page(paragraphs, rest):
                rest = frozenset(range(len(paragraphs)))
            return Voice(article.id, "letter", rest, signer, "salutation" if salutation else "letter heading")
    # an explainer's "Q: Should I take the cash payout?" asks in the reader's voice, not the writer's (editor
    # re-read, stop 44, Multi-News row 115: nine such questions made AP's explainer an opinion piece)
    quoted = block_quoted(paragraphs) | {k for k, p in enumerate(paragraphs) if _label(p) == "Q"}
    prose = [p for k, p in enumerate(paragraphs) if len(p.split()) >= MIN_PARAGRAPH_WORDS and k not in quoted]
    first_person = sum(1 for p in prose if authorial(p, singular=True))
    labels_of_section = [t for t in [title, *paragraphs[:2], *(r.text for r in article.removed[:3])] if t]
    marked = any(len(t.split()) <= MAX_MARK_WORDS and _OPINION_MARK.search(t) for t in labels_of_section) or bool(
        _DISCLAIMER.search(" ".join([*paragraphs[-2:], removed]))
    )
    unsigned = _unsigned_opinion([p for k, p in enumerate(paragraphs) if k not in quoted])  # "Think about it."
    signed = (first_person >= MIN_OPINION_PARAGRAPHS and first_person >= OPINION_SHARE * len(prose)) or (
        first_person >= 2 and first_person >= SHORT_OPINION_SHARE * len(prose)
    )
    rated = any(_REVIEW_MARK.search(t) for t in [*paragraphs, *(r.text for r in article.removed)])
    if (marked and sum(1 for p in prose if authorial(p)) >= 1) or signed or unsigned or rated:
        evidence = (
            "a review's rating"
            if rated
            else "opinion marker"
            if marked
            else f"first person in {first_person} of {len(prose)} paragraphs"
            if signed
            else unsigned
        )
        return Voice(article.id, "opinion", frozenset(range(len(paragraphs))), None, evidence)
    ends = " ".join([head, *paragraphs[-2:], removed])
    if release := _RELEASE_MARK.search(ends):
        return Voice(article.id, "press_release", evidence=release.group(0))
    if any(_RELEASE_LABEL.match(t) and len(t.split()) <= MAX_MARK_WORDS for t in labels_of_section):
        return Voice(article.id, "press_release", evidence="press release")
    return Voice(article.id, "report")


def _unsigned_opinion(prose: list[str]) -> str:
    """What shows an opinion piece written without "I" (``_ADDRESS``, ``_STANCE``), for the evidence; "" if
    nothing does. Quotations and embedded posts are not the writer's and are not read."""
    bare = " ".join(_QUOTED.sub(" ", p) for p in prose if not _EMBED.search(p))
    if _ADDRESS.search(bare) and (
        re.search(r"\?(?:\s|$)", bare) or len(_SECOND_PERSON.findall(_ADDRESS.sub(" ", bare))) >= 1
    ):
        return "the writer addresses the reader"
    sentences = [t for t in _SENTENCE_GAP.split(bare) if t.strip()]
    weighed = _count_matching(_STANCE, bare, sentences)
    if weighed >= MIN_STANCE and weighed >= STANCE_SHARE * len(sentences):
        return f"the writer weighs {weighed} of {len(sentences)} sentences"
    analysed = _count_matching(_PUNDIT, bare, sentences)
    if analysed >= MIN_PUNDIT and analysed >= PUNDIT_SHARE * len(sentences):
        return f"the writer's analysis in {analysed} of {len(sentences)} sentences"
    if _count_matching(_PROFANE, bare, sentences) >= MIN_PROFANE:
        return "the writer swears"
    return ""


def _count_matching(pattern: re.Pattern[str], whole: str, pieces: list[str]) -> int:
    """How many of ``pieces`` (pieces of ``whole``) ``pattern`` finds something in. A news article holds none
    of the phrases most often, and whether ``whole`` holds any is one cheap test for all its sentences
    (``regex_literals.could_match``): the searches were 0.02 s of the serial tail (docs/speed.md, stop 44)."""
    if not could_match(pattern, whole):
        return 0
    return sum(1 for t in pieces if pattern.search(t))


def plain_fact(text: str, mentions: list[tuple[str, str]] | None = None) -> bool:
    """An opinion piece's sentence a reader may take as a fact (module docstring): no first or second person, no
    question or exclamation, no verdict, guess or duty (``_VERDICT``, ``_MODAL``) outside quotations, no opinion
    site's disclaimer, and a checkable event: a figure or a date, attributed speech, or a named actor (``mentions``:
    the (text, label) of the entities it names) followed by a verb in the past tense ("Kovac signed the order")."""
    mentions = mentions or []
    bare = _QUOTED.sub(" ", text)
    if authorial(text) or _SECOND_PERSON.search(bare) or bare.rstrip("”\"’' ").endswith(("?", "!")):
        return False
    # a modal in reported speech is the speaker's ("the mayor said the bridge would reopen"), a verdict never is
    if _VERDICT.search(bare[:1].lower() + bare[1:]) or (_MODAL.search(bare) and not _REPORTED.search(bare)):
        return False
    if _DISCLAIMER.search(bare) or _PUNDIT.search(bare):  # "The key to Pelosi's success … is her strength …"
        return False
    if _REPORTED.search(bare):
        return True
    # a figure or a date with an act ("The council voted 7-2"; not "7.57 pm." nor "32 years ago" alone), or a named
    # actor with their act right after the name ("Kovac signed the order")
    if (re.search(r"\d", bare) or _MONTH_OR_DAY.search(bare)) and _PAST.search(bare):
        return True
    return any(
        re.search(rf"\b{re.escape(name)}(?:\s+[\w'’-]+){{0,2}}?\s+(?:has\s+|had\s+|have\s+)?{_PAST.pattern}", bare)
        for name, label in mentions
        if label in _NAMED
    )


def _named(text: str, entities: list[Entity]) -> str | None:
    """The person entity whose name or an alias (of two letters or more) ``text`` holds, longest match first."""
    best: tuple[int, str] | None = None
    for e in entities:
        if e.type != "PERSON":
            continue
        for name in (e.name, *e.aliases):
            if len(name) >= 3 and re.search(rf"\b{re.escape(name)}\b", text) and (best is None or len(name) > best[0]):
                best = (len(name), e.name)
    return best[1] if best else None


# "transcript of President Obama's remarks", "remarks by Secretary Kerry"
_HEADER_SPEAKER = re.compile(
    r"\b(?:of|by)\s+((?:[A-Z][\w.'-]+\s){0,4}[A-Z][\w.'-]+?)(?:’s|'s)?\s+(?:remarks|speech|address|statement|"
    r"interview|testimony|news conference|press conference)|\b(?:remarks|speech|address) (?:of|by)\s+"
    r"((?:[A-Z][\w.'-]+\s){0,4}[A-Z][\w.'-]+)"
)


def _hosts(labels: list[tuple[int, str]]) -> set[str]:
    """The labels of the journalist: "MICHEL MARTIN, HOST" and its short form "MARTIN" later on."""
    hosts = {lab for _, lab in labels if _HOST.search(lab)}
    for lab in list(hosts):
        name = lab.split(",")[0].split()
        hosts.update({name[-1], " ".join(name)} if name else set())
    return hosts


def _spoken(labels: list[tuple[int, str]], n: int) -> frozenset[int]:
    """The paragraphs from the first label on whose speaker (the last label at or before them) is not the host."""
    hosts = _hosts(labels)
    at = dict(labels)
    speaker = None
    spoken = set()
    for k in range(labels[0][0], n):
        speaker = at.get(k, speaker)
        if speaker not in hosts:
            spoken.add(k)
    return frozenset(spoken)


def _transcript_speaker(labels: list[tuple[int, str]], head: str, entities: list[Entity]) -> str | None:
    """The speaker the header names ("transcript of President Obama's remarks"), as the story's entity when
    one matches; when every label but the host's is one speaker's ("OPAL LEE", then "LEE"), that name, as the
    story's entity when one matches, or the label as a role ("The President"). None when several speakers
    speak and the header names none."""
    if match := _HEADER_SPEAKER.search(head):
        named = match.group(1) or match.group(2)
        return _named(named, entities) or named
    hosts = _hosts(labels)
    guests = [lab for _, lab in labels if lab not in hosts and lab not in ("Q", "A")]
    full = max(guests, key=len, default=None)
    if full and all(g == full or full.endswith(" " + g) for g in guests):
        return _named(full.title(), entities) or full.title()
    return None


def _signature(paragraph: str) -> bool:
    """A sign-off ("Sincerely,") or a name alone on its line ("Adolf Eichmann"): two to five capitalised words."""
    words = paragraph.strip().rstrip(",").split()
    return bool(LETTER_SIGN_OFF.match(paragraph)) or (2 <= len(words) <= 5 and all(w[:1].isupper() for w in words))


# a signature of someone's kin: "Elijah's Parents, Dina & Thomas" is signed by the parents, not by Elijah (editor read,
# stop 37, row 122: the warning said the lines were "Elijah's words")
_KIN = re.compile(
    r"^\W*(?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*['’]s\s(?:[A-Z][\w-]*\s)?"
    r"(?:Parents|Family|Mother|Father|Mom|Dad|Wife|Husband|Children|Sons?|Daughters?|Brothers?|Sisters?|Friends)\b"
)


def _signer(paragraphs: list[str], start: int, end: int, entities: list[Entity]) -> str | None:
    """Who signs the letter: the name after a sign-off ("Sincerely, / Jane Roe") or alone after the letter's
    last line, else the person the report around it says wrote it ("Vice President Joe Biden penned an open
    letter")."""
    for k in range(len(paragraphs) - 1, start, -1):
        if LETTER_SIGN_OFF.match(paragraphs[k]) and k + 1 < len(paragraphs) and len(paragraphs[k + 1].split()) <= 6:
            if kin := _KIN.match(paragraphs[k + 1]):
                return kin.group(0)
            return _named(paragraphs[k + 1], entities) or paragraphs[k + 1].strip()
    if end - 1 > start and _signature(paragraphs[end - 1]) and not LETTER_SIGN_OFF.match(paragraphs[end - 1]):
        return _named(paragraphs[end - 1], entities) or paragraphs[end - 1].strip()
    intro = " ".join(paragraphs[:start])
    if match := _SIGNER.search(intro):
        return _named(match.group(1), entities) or match.group(1)
    return None


@dataclass(frozen=True)
class Voices:
    """The voices of a story's articles and what follows for its sentences: ``never`` (indices into
    ``story.sentences``) are another voice's words, never a summary sentence or the title; ``lowered`` are a
    press release's sentences, weighed down beside reporting; ``of_sentence`` the voice each of ``never``
    speaks in."""

    by_article: dict[str, Voice]
    never: frozenset[int]
    lowered: frozenset[int]
    of_sentence: dict[int, Voice]

    def warnings(self) -> list[BriefWarning]:
        return voice_warnings(list(self.by_article.values()))


def read(story: AnalysedStory) -> Voices:
    """The voices of ``story``'s articles and the sentences they govern (see the module docstring)."""
    voices = {a.id: classify(a, story.entities) for a in story.articles}
    originals = [a.id for a in story.articles if a.copy_of is None]
    reporting = any(voices[a].kind in ("report", "press_release") for a in originals)
    never: set[int] = set()
    lowered: set[int] = set()
    of_sentence: dict[int, Voice] = {}
    has_report = any(voices[a].kind == "report" for a in originals)
    mentions: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for m in story.mentions:
        mentions.setdefault((m.article_id, m.sentence_index), []).append((m.text, m.label))
    posts = _posts(story) | _block_quotes(story) | _inside_open_quotations(story)
    for i, s in enumerate(story.sentences):
        v = voices.get(s.article_id)
        if (s.article_id, s.paragraph) in posts and (v is None or v.kind in ("report", "press_release")):
            never.add(i)
            of_sentence[i] = posts[(s.article_id, s.paragraph)]
            continue
        if v is None or v.kind == "report":
            continue
        if v.kind == "press_release":
            if has_report:
                lowered.add(i)
            continue
        if s.paragraph not in v.paragraphs:
            continue
        if v.kind == "opinion" and (not reporting or plain_fact(s.text, mentions.get(s.key))):
            continue
        never.add(i)
        of_sentence[i] = v
    if len(never) == len(story.sentences):
        # nothing but another voice (one transcript given alone): its words are all there is to brief; the
        # warning still says whose they are
        never = set()
    return Voices(voices, frozenset(never), frozenset(lowered), of_sentence)


def _posts(story: AnalysedStory) -> dict[tuple[str, int], Voice]:
    """The paragraphs that print an embedded post ("Stock Market at an all-time high. That doesn't just happen! —
    Donald J. Trump (@realDonaldTrump) August 3, 2017"), keyed by (article, paragraph), each with its author's voice:
    the post is the author's words (a quote, nlp/quotes.py), not the report's. Editor read #18 (Multi-News row 19)
    found a story's tweets as fifteen unattributed facts ("The stock market and US dollar are both plunging today.",
    a 2012 tweet, the Markdown's first corroborated fact) and their credit lines as eleven more."""
    posts: dict[tuple[str, int], Voice] = {}
    for article in story.articles:
        for k, paragraph in enumerate(article.paragraphs):
            if (author := post_author(paragraph)) is not None:
                who = _named(author, story.entities) or _first_named(author, story.entities) or author
                posts[(article.id, k)] = Voice(article.id, "post", frozenset({k}), who, "a sign-off with a handle")
    return posts


def _block_quotes(story: AnalysedStory) -> dict[tuple[str, int], Voice]:
    """The paragraphs a report quotes as a block (``block_quoted``: paragraphs after one that ends with a colon, no
    quotation marks) that speak in the first person singular, or in the plural after an introduction that names what
    it prints (``_WROTE``, ``_WRITTEN``), keyed by (article, paragraph): someone's words, not the
    report's. Editor read #19 (Multi-News row 92) found a forum post Salon printed that way ("…, part of which read:")
    as seven unattributed facts in the brief's own voice ("Don't lie for me.", "Life isn't perfect."), and a
    listener's post after "Here's just one example of the anguish:" as four more. The singular, since "F.B.I." ends
    in an "I": a column's block quotation of a news report ("Here's the New York Times story that started it all:")
    stays the story's facts (editor re-read #19b, row 9). The speaker is the one person named before a word for what
    they wrote ("Reed owned up in a post on the forum, part of which read:") in the introduction's last sentence,
    else nobody: an introduction names the subject of the words as often as their writer."""
    people = [e for e in story.entities if e.type == "PERSON"]
    found: dict[tuple[str, int], Voice] = {}
    for article in story.articles:
        paragraphs = article.paragraphs
        for k in sorted(block_quoted(paragraphs)):
            intro = next(j for j in range(k - 1, -1, -1) if paragraphs[j].rstrip().endswith(":"))
            last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraphs[intro].strip())[-1]
            wrote = _WROTE.search(last)
            if not authorial(paragraphs[k], singular=True) and not (wrote or _WRITTEN.search(last)):
                continue
            named = {
                e.name
                for e in people
                for n in (e.name, *e.aliases)
                if wrote and (m := re.search(rf"\b{re.escape(n)}\b", last)) and m.start() < wrote.start()
            }
            who = next(iter(named)) if len(named) == 1 else None
            found[(article.id, k)] = Voice(article.id, "quoted", frozenset({k}), who, "a block quotation after a colon")
    return found


_OPENING_MARKS = "“"
_CLOSING_MARKS = "”"
MAX_QUOTED_PARAGRAPHS = 4  # a quotation run over more paragraphs than this is a misread mark


def _inside_open_quotations(story: AnalysedStory) -> dict[tuple[str, int], Voice]:
    """The paragraphs inside a quotation that runs over several paragraphs and marks only its two ends: one opens
    with “ and never closes it, a later one closes with ” and never opens one, the paragraphs between carry no mark.
    They are the quoted writer's words, not the report's. Editor read #20 (BASIL 2010): a blog post HuffPost quoted
    over three paragraphs ("“Expect more of this. …" … "… Act accordingly.”") and a second site's reply gave
    "Let’s recap what we saw on this video.", "It is going to be a long, hot summer." and "… he comes off as a
    jerk, but...when in Rome." as facts in the brief's own voice. Only curly marks: straight ones do not say which
    end they are."""
    found: dict[tuple[str, int], Voice] = {}
    for article in story.articles:
        paragraphs = article.paragraphs
        for k, first in enumerate(paragraphs):
            if first.lstrip()[:1] not in _OPENING_MARKS or _balance(first) <= 0:
                continue
            for j in range(k + 1, min(k + 1 + MAX_QUOTED_PARAGRAPHS, len(paragraphs))):
                balance = _balance(paragraphs[j])
                if balance > 0 or paragraphs[j].lstrip()[:1] in _OPENING_MARKS:
                    break  # another quotation opens: the first was never closed in this way
                if balance < 0:
                    # whoever the quote stage found speaking the opening paragraph's words speaks the rest
                    opening = first.lstrip()[1:41]
                    who = next((q.speaker for q in story.quotes if article.id in q.sources and opening in q.text), None)
                    for m in range(k + 1, j + 1):
                        found[(article.id, m)] = Voice(
                            article.id, "quoted", frozenset({m}), who, "inside a quotation over several paragraphs"
                        )
                    break
    return found


def _balance(paragraph: str) -> int:
    """Opening curly marks less closing ones."""
    return sum(paragraph.count(c) for c in _OPENING_MARKS) - sum(paragraph.count(c) for c in _CLOSING_MARKS)


_WROTE = re.compile(r"\b(?:post|posted|posts|wrote|writes|message|letter|statement|e-?mail|tweet(?:ed)?)\b")
# ... or another written thing: a block in the first person plural after an introduction that names what is printed is
# its writer's words too ("The Onion has updated its story with this funny little tag:" then "For more coverage …,
# please visit our friends at the People's Daily in China, a proud Communist subsidiary of The Onion, Inc.": editor
# read #30, Multi-News row 71, a fact in the brief's own voice)
_WRITTEN = re.compile(r"\b(?:tag|note|notice|disclaimer|read|reads|says|said)\s*:?\s*$")


def _first_named(name: str, entities: list[Entity]) -> str | None:
    """The one person of the story whose full name opens with the one-word display name of a post's sign-off
    ("Rus" of "— Rus (@rus) August 14, 2018" is Rus Yusupov: editor re-read #18b, Multi-News row 73)."""
    if len(name.split()) != 1:
        return None
    people = [e.name for e in entities if e.type == "PERSON" and len(e.name.split()) > 1 and e.name.split()[0] == name]
    return people[0] if len(people) == 1 else None


MIN_TURN_WORDS = 5  # "Yes." and "That's right." say nothing alone
MAX_TURN_WORDS = 60  # a long turn is shown by its first sentences, cut at a sentence's end


def transcript_quotes(story: AnalysedStory, voices: Voices) -> list[Quote]:
    """A transcript's guests' turns as quotes with their speaker (editor read #9, stop 39, row 91: NPR's interview
    with Opal Lee — "Slaves didn't free themselves." — gave an empty Quotes section, since her words have no
    quotation marks, while the host's asides filled the summary). The host's turns are the report's voice and "Q:"
    is the interviewer; a turn is the labelled paragraph's words after the label, verbatim, up to
    ``MAX_TURN_WORDS`` (whole sentences); a turn that holds one of the story's quotes, or is held by one, is not
    listed again."""
    known = [q.text for q in story.quotes if len(q.text.split()) >= 3]
    quotes: list[Quote] = []
    for article in story.articles:
        voice = voices.by_article.get(article.id)
        if voice is None or voice.kind != "transcript":
            continue
        labels = [(k, label) for k, p in enumerate(article.paragraphs) if (label := _label(p))]
        hosts = _hosts(labels)
        guests = [lab for _, lab in labels if lab not in hosts and lab not in ("Q", "A")]
        for k, label in labels:
            if label in hosts or label == "Q" or (label == "A" and voice.speaker is None):
                continue
            # the short label ("LEE") is the full one's ("OPAL LEE") later on
            full = max((g for g in guests if g == label or g.endswith(" " + label)), key=len, default=label)
            speaker = voice.speaker if label == "A" else _named(full.title(), story.entities) or full.title()
            words = _turn(article.paragraphs[k].split(":", 1)[1])
            if not words and k + 1 < len(article.paragraphs) and not _label(article.paragraphs[k + 1]):
                words = _turn(article.paragraphs[k + 1])  # the label alone on its line, the words below it
            if len(words.split()) < MIN_TURN_WORDS or any(words in q or q in words for q in known):
                continue
            quotes.append(Quote(words, speaker, [article.id]))
    return quotes


def _turn(text: str) -> str:
    """A turn's words, cut after the last whole sentence within ``MAX_TURN_WORDS`` (the first sentence whole if it
    alone is longer)."""
    words = text.strip()
    if len(words.split()) <= MAX_TURN_WORDS:
        return words
    sentences = _SENTENCE_GAP.split(words)
    kept = [sentences[0]]
    for sentence in sentences[1:]:
        if len(" ".join([*kept, sentence]).split()) > MAX_TURN_WORDS:
            break
        kept.append(sentence)
    return " ".join(kept)


def marked_facts(facts: list[Fact], graph: FactGraph, voices: Voices) -> list[Fact]:
    """``facts`` with each fact that only another voice's sentences give, or whose shown sentence is another voice's,
    marked with that voice (and its speaker when one voice's speaker gives them all), listed after the report's facts
    in their order: the inventory keeps them, the reader sees whose words they are. Only a post's credit line cut off
    its words is dropped: it claims nothing (``sign_off.credit_only``). A fact a
    report's sentence joins but shown in a column's words ("Whatever the merits of Clifford's argument ..., it may
    not ultimately matter ...", joined to a report's sentence: editor read #6b, stop 36, row 34) is the columnist's
    wording: shown unmarked in the Markdown, it read as a corroborated fact."""
    node_of = {node.id: node for node in graph.facts}
    kept: list[Fact] = []
    voiced: list[Fact] = []
    for fact in facts:
        if credit_only(fact.text):
            continue  # a post's credit line cut off its words claims nothing (``sign_off.credit_only``)
        node = node_of.get(fact.id) if fact.id is not None else None
        # the claim whose words the fact shows: its representative, or the backer another source's wording came from
        # (summarize/fact_wording.py)
        claim = (
            next((c for c in node.claims if graph.claims[c].display == fact.text), node.representative)
            if node is not None
            else None
        )
        shown = graph.claims[claim].sentence if node is not None and claim is not None and node.sentences else None
        if (
            node is None
            or shown is None
            or not (shown in voices.of_sentence or all(i in voices.of_sentence for i in node.sentences))
        ):
            kept.append(fact)
            continue
        # the voice of the sentence the fact shows (a column's "I think the mayor knows it." may be one fact with
        # a transcript's line: it is the columnist's)
        voice = voices.of_sentence.get(shown) or voices.of_sentence[node.sentences[0]]
        voiced.append(replace(fact, voice=voice.kind, speaker=voice.speaker))
    return kept + voiced


_SAYS = {
    "transcript": "a transcript: its labelled lines are {who}'s words, not reported facts",
    "letter": "a letter: from its salutation or heading on, its lines are {who}'s words, not reported facts",
    "opinion": "an opinion piece (a column, editorial, analysis, review or essay)",
    "press_release": "a press release: a source, ranked below independent reporting in the summary",
}
# what the reader is told happened to those lines, in a reader's words (editor read #6b, stop 36: "marked with voice
# opinion after the others" promised marks no Markdown fact carries, and "its sentences, but those reporting who said
# what, are left out" did not parse)
_EFFECT = "; the brief leaves them out of the summary, the title and the facts shown"
_OPINION_EFFECT = (
    ": the brief does not state {whose} views as facts; of its sentences, only plain reports of what happened or of "
    "who said what may appear in the summary and the facts shown"
)
_OPINION_EFFECT_MANY = (
    ": the brief does not state their authors' views as facts; of their sentences, only plain reports of what "
    "happened or of who said what may appear in the summary and the facts shown"
)
# the label of a source in the Markdown and HTML Sources lists (render): what the warning says it is
SOURCE_LABELS = {
    "transcript": "transcript",
    "letter": "prints a letter",
    "opinion": "opinion",
    "press_release": "press release",
}


def source_labels(warnings: list[BriefWarning]) -> dict[str, str]:
    """Source id -> its label in a Sources list ("opinion", "transcript", "press release", "prints a letter"),
    from the brief's voice warnings: a reader sees which source the warning meant beside its name."""
    return {sid: SOURCE_LABELS[w.kind] for w in warnings if w.kind in SOURCE_LABELS for sid in w.sources}


def voice_warnings(voices: list[Voice]) -> list[BriefWarning]:
    """One warning per kind other than a report, naming its sources, in a fixed kind order."""
    out = []
    for kind in ("transcript", "letter", "opinion", "press_release"):
        found = [v for v in voices if v.kind == kind]
        if not found:
            continue
        whose = [v.speaker for v in found if v.speaker]
        who = ", ".join(dict.fromkeys(whose)) if whose else "its speaker" if kind == "transcript" else "its signer"
        ids = [v.article_id for v in found]
        lead = f"{len(ids)} sources are each " if len(ids) > 1 else "this source is "
        if kind == "opinion":
            effect = _OPINION_EFFECT_MANY if len(ids) > 1 else _OPINION_EFFECT.format(whose="its author's")
        else:
            effect = "" if kind == "press_release" else _EFFECT
        out.append(BriefWarning(kind, lead + _SAYS[kind].format(who=who) + effect, ids))
    return out

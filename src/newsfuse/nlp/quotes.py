"""Direct quotes and reported speech in one article, each attributed to a speaker.

Works on the article text with offsets (Article.text / Sentence.start/end) so that quotes broken by
"he said", spanning sentences, or running over several paragraphs stay one utterance.

- Quote marks: “ ” « » „ " and ‘ ’ (the last only where no double marks are used in a paragraph);
  a paragraph that ends inside a quote continues it when the next paragraph opens with a mark.
- Direct quote: a quotation that is a whole clause of the sentence; partial quote: a few quoted
  words inside someone's reported speech ("said Japan should “help calm the situation”").
- Reported speech: "X said (that) ...", "..., X said.", "according to X, ...", "X told reporters ...".
The cross-source merge into records.Quote lives in nlp/quote_merge.py.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from newsfuse.nlp.aliases import fold
from newsfuse.nlp.entities import EntityIndex
from newsfuse.nlp.models import Parser
from newsfuse.nlp.owned_words import owner_of_quoted
from newsfuse.nlp.sign_off import body_end, is_tribute, plain_name, shares_a_link, sign_offs
from newsfuse.nlp.speakers import PARTY_TAIL, Speaker, SpeakerResolver, subject_after, subject_before
from newsfuse.nlp.speech import (
    ATTITUDE_VERBS,
    CUE_LEMMA_OF,
    DOUBLE_MARKS,
    FRAME_VERBS,
    PARTICIPLES,
    PRONOUNS,
    ROLE_NOUNS,
    SPEAKER_TYPES,
    SPEECH_VERBS,
    inflections,
    words_with_offsets,
)
from newsfuse.nlp.syntax_speech import (
    MAX_PARSE_CHARS,
    QuotedTerm,
    coordinated_relative,
    document_author,
    fronted_person,
    governing_speaker,
    might_report,
    name_span,
    nearer_clause,
    nearest_subjects,
    one_of_coordinated,
    outer_verb,
    quoted_term,
    reported_in,
    subject_span,
)
from newsfuse.records import Article, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Kind = Literal["direct", "partial", "reported"]
Frame = tuple[tuple[int, int], tuple[int, int]]  # (cue, speaker) offsets into the article text
MAX_QUOTE_CHARS = 3000  # an unclosed mark never swallows more than this
# a post's display name with a digit or a capital inside one word ("DaveJordanBN9"): a handle, not a name
# "agreed with Ms. Pelosi that “…”": the words after are the one agreed with (``ArticleSpeech._agreed_with``)
_AGREED_WITH = re.compile(
    r"\bagree(?:s|d|ing)?\s+with\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*|the(?:\s+[a-z][\w-]*){1,3})"
    r"\s+that\s+$"
)
_HANDLE_LIKE = re.compile(r"\d|^\w*[a-z][A-Z]\w*$")
# how many first words a post and an earlier quotation share when the post repeats it (``_quoted_in_post``)
_QUOTED_POST_WORDS = 6


def _first_words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text).lower())[:_QUOTED_POST_WORDS]


# "“…,” the statement read": a statement with no author in its own phrase (``_statement_issuer``)
_BARE_STATEMENT = re.compile(r"^(?:the|this|that)\s+statement$", re.IGNORECASE)
# where a sentence says its subject gave a statement: "confirmed the death in a statement to Rolling Stone", "sent the
# following statement to XXL", "released a brief statement"
_GAVE_A_STATEMENT = re.compile(
    r"\b(?:in|with|through)\s+an?\s+(?:[a-z-]+\s+)?statement\b"
    r"|\b(?:issued|released|sent|put\s+out|posted|provided|gave)\s+(?:a|an|the\s+following|this|the)\s+"
    r"(?:[a-z-]+\s+)?statement\b"
)
POST_COPY = 0.7  # a quotation with this share of an unmarked embedded post's words already quotes the post
# What may come right before a quotation that is a whole clause: a colon or comma, a dash, or the
# end of the previous sentence or quotation (scraped text often drops the space: 'letter."I'm ...').
_CLAUSE_BEFORE = (":", ",", "—", "–", "-", ".", "!", "?", ".”", '."', "?”", "!”", '?"', '!"', ".»")
# Verbs of manner that frame a quotation only when they stand right beside it ("“Stay there!” a man
# yelled", "Oliver barked", "Hillary shot back, “...”"); read only by the frame search next to the
# marks, never as reported speech (``speech.FRAME_VERBS`` is shared with the reported-speech rules).
_MANNER_WORDS = (
    "recounted recounts ripped barked beamed boomed cracked chanted chimed gushed jeered scoffed sneered snapped "
    "yelled yells retorted "
    "opined quip quips declares sang sings posted commented hollered screamed shrieked murmured whispered "
    "mumbled muttered offered offers rapped raps "
    "growled grumbled cried gasped sighed marveled marvelled elaborated elaborates "
    "states "  # '“...,” the warrant states' (Multi-News row 8 carried the warrant's words to the speaker before)
    # the present tense of a review or a profile ("Jackson ... clenches his teeth and vows, “...”", Multi-News row 46
    # left the line unattributed); verbs seldom written as nouns beside a quotation
    "vows replies responds concedes muses confirms denies announces complains pleads exclaims "
    # '“…,” he laughs' after a paragraph that turned to another man: unframed, the words went to the one who spoke
    # before (mn57's kept row 20, Plant's words printed under Page; stop 58)
    "laughs chuckles chuckled recalls confesses sighs contends maintains"
)
_MANNER = frozenset(_MANNER_WORDS.split())
# A question put to someone, still open at the quotation's marks: "When Crump was asked how … fit the definition of “"
_ASKED_QUESTION = re.compile(
    r"\b(?:was|were|is|are|being|been|when|if)\s+asked\s+(?:\w+\s+){0,2}?(?:how|whether|if|what|why|who|about)\b"
    r"[^.!?;:,“”\"]*$"  # no comma: "When asked about the plan, Brink said it was “…”" is Brink's
)
# A non-restrictive relative clause opened after the cue and still open at the quotation's marks
_OPEN_RELATIVE = re.compile(r",\s+which\s+[^,;:“”\"]*$")
# words that open a sentence to link it to the one before, never a subject
_LINKING_WORDS = frozenset({"and", "but", "so", "yet", "also", "still", "then", "now", "plus", "meanwhile", "instead"})
_SET_OFF_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;:“”\"]{1,80},")
# An aside set off by two dashes before a quotation: "Adelman contends that — even if you could successfully argue
# that a fictional language is copyrightable — “fair use would protect …”" (Multi-News row 40, stop 58: the aside's
# "you" framed the words), "said the plan — which, he argued, the council had never read — was “…”" (the council)
_DASH_ASIDE = re.compile(r"(?:—|–|--)\s*[^—–“”\"\n]{1,240}?\s*(?:—|–|--)")
# Cues the shared lexicon lacks that frame a quotation at any distance ("Mike Cernovich hinted to his
# viewers that one of his rivals “is morbidly obese ...”", editor row 92)
_QUOTE_CUES = frozenset({"hinted", "hints", "tweeting"})
# Phrasal cues whose first word alone is no cue: "shot back", "fired back", "pointed out", "cut in",
# "went on" (as a frame: "“...,” she went on."), "put it" ("As Tom Ridge put it: “...”").
_PHRASAL = re.compile(r"\s+(?:back|out|in|on|it)\b")
_PHRASAL_HEADS = {
    "shot": "back",
    "fired": "back",
    "hit": "back",
    "pointed": "out",
    "cut": "in",
    "went": "on",
    "put": "it",
    "puts": "it",  # "as Goodman puts it, on Skull Island, “...”" (Multi-News row 46 carried it to the speaker before)
}
# words a verb of manner may stand from the opening mark ("Oliver barked at the crowd: “...”"); further
# away it frames nothing (Multi-News row 214: "Trump ... offered a winning tax plan MORE panned Debbie
# Wasserman Schultz as a “terrible person”" credited the words to a link's text before "offered")
MAX_MANNER_GAP = 4
MIN_OWN_WORDS = 3  # reported content around a direct quote with this many words of its own is the utterance
MAX_SIGNATURE_WORDS = 12  # "- Bernie Sanders, at the Flint debate": a signature line, not a paragraph
MAX_FRAME_TAIL = 5  # words after a frame that follows a full stop inside the marks: more, and it is a sentence
MAX_FRAME_WORDS = 25  # "he said in brief comments before talks on Monday" between two parts of a quote
_SENTENCE_END = re.compile(r"[.!?…]")
# A title or an initial the sentence splitter took for a sentence end ("Police Lt. | Jon Hubbard said").
_TITLE_CUT = re.compile(
    r"(?:^|\s)(?:Lt|Sgt|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Capt|Col|Gen|Prof|Rev|Cpl|Pvt|Adm|Maj|Det|Insp|Supt|Cmdr|Atty|[A-Z])\.\s*$"
)
_ACCORDING = re.compile(r"\baccording to\b", re.I)
# a relative clause or an apposition set off by commas right before a verb ("the sheriff, whose department
# investigated the case, stated"): the verb's subject stands before it, out of the word rules' reach
_SET_OFF_BEFORE = re.compile(r"\w[^,]*,\s*(?:who|whose|which|whom|an?|the)\b[^,]*,\s*$", re.IGNORECASE)
# A quotation that is the wording of a motion, bill or resolution ('ruled that a resolution to “reaffirm the Book
# of Mormon …” was out of order'): the document's words, not the words of the sentence's subject, who may have
# rejected it (editor read, stop 35, row 106 credited the resolution to the president who ruled it out of order)
_DOCUMENT_WORDING = re.compile(
    r"\b(?:resolution|motion|bill|amendment|petition|proposal|measure|referendum|ordinance|provision|clause)s?"
    r"\s+(?:(?:that|which)\s+(?:would|will|calls?\s+for)\s+|to\s+|calling\s+(?:for|on)\s+|declaring\s+)$",
    re.I,
)
# A quotation inside a clause that describes a law or a bill ('a bill making it illegal to accuse “the Polish
# nation” of complicity', 'a law that bans “hate speech”'): the document's wording, not the words of the one who
# spoke of the document (editor read, stop 36, row 120 gave the bill's words to the president who said he would
# sign it). Only a participle or a relative clause right after the noun: "saying the agreement goes “nowhere near
# far enough”" is the speaker's own (PolNeAR train)
_DOCUMENT_CLAUSE = re.compile(
    r"\b(?:laws?|legislation|bills?|acts?|statutes?|measures?|resolutions?|amendments?|ordinances?|provisions?|"
    r"treat(?:y|ies)|decrees?|regulations?)\s+(?:(?:that|which)\s+(?:would\s+|will\s+)?[a-z]+s?|[a-z]{3,}ing)\b"
    r"([^,.;:!?“”\"—–()]{0,50})$"
)
# A term in marks after the noun naming it ('prohibits, among other things, the phrase “Polish death camp”'): a
# word mentioned, not anyone's utterance (row 120 printed "Opponents" as its speaker). Only "the phrase": "he has
# coined a new phrase, “…”" is his (PolNeAR train)
_THE_TERM = re.compile(r"\bthe\s+(?:phrase|term|word|words|expression|slogan|label|epithet|moniker|hashtag)s?\s*,?\s*$")
# A quotation the writer hands to a notice of fixed wording right before it ("pointed to the disclaimer: “…”", "a
# disclaimer reading, “…”", "the warning label on the box: “…”", "signs that read “…”"): the notice's words, not
# those of the sentence's subject, who points to it or reads it out (mn58's kept half gave a disclaimer to the lawyer
# who quoted it; invented text gave a label's words to the one who cited it). Only nouns that are never someone's own
# speech: "a warning" or "a statement" may be the subject's ("he issued a warning: “…”")
_NOTICE_WORDING = re.compile(
    r"\b(?:disclaimers?|warning\s+labels?|labels?|signs?|placards?|plaques?|inscriptions?|banners?|"
    r"fine\s+print|notices?|billboards?)"
    r"(?:\s+(?:on|at|in|of|above|outside|beside|over)\s+[^,.;:!?“”\"]{1,40}?)?"
    r"(?:\s*[:,]?|\s+(?:that|which)\s+(?:reads?|read|says?|said|stated?)\s*[:,]?|,?\s+(?:reading|saying|stating)\s*[:,]?)"
    r"\s*$",
    re.I,
)
# a speech verb inside that clause: "a law that critics say “guts” protections" is the critics' word
# the inner verbs of a stance, not of speaking: a quotation after one inside what someone else is reported to say
# is that speaker's wording of the stance ("Sanders said … that Trump denies “all of these allegations”"); after
# a verb of speaking or naming ("Police said the man shouted “…”", "… who called prison “…”", "the sheriff …
# stated publicly that …") the words are the inner subject's
_STANCE_LEMMAS = "deny believe think feel know want hope fear expect consider doubt regard view understand"
_STANCE = frozenset(form for lemma in _STANCE_LEMMAS.split() for form in inflections(lemma)) | frozenset(
    ["thought", "felt", "knew", "known", "understood"]
)
_SAY_INSIDE = re.compile(
    r"\b(?:said|says|say|saying|told|tells|called|calls|call|calling|described|describes|dubbed)\b"
)
# after a cue verb: the person heard saying the words is its object ("she recalls him saying")
# the author a frame quotes right before the marks: "he quoted Teddy Roosevelt: “...”"
_QUOTING = frozenset(["quoted", "quoting", "quotes", "cited", "citing", "cites"])
_QUOTED_AUTHOR = re.compile(r"\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*[:,]?\s*$")
# an author named right before an unframed quotation: "a quote from Lincoln that ... “...”"
_QUOTE_FROM = re.compile(
    r"\b(?:(?:a|an|the)\s+(?:quote|quotation|line|passage)\s+(?:from|by|of)|quoting|the words of)\s+"
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)"
)
_SENTENCE_BREAK_AHEAD = re.compile(r"[.!?]\s+[A-Z]")
# the source signing a digest's item before a colon: "<summary> - Ada Brant:", "<summary> — Keld Research:"
_DASH_SIGNATURE = re.compile(
    r"\w[.,;!?’'”)]?\s+[-—–―]{1,2}\s+([A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|the|de|and|&)){0,5})\s*$"
)
# a determiner right before the opening mark: the quoted words are a noun phrase, a name or a label
_LABEL_AFTER = re.compile(r"\b(?:the|a|an|this|its|their|his|her)\s*$")
_SAY_LEMMAS = frozenset(CUE_LEMMA_OF.get(verb, verb) for verb in FRAME_VERBS)
_HEARD_SAYING = re.compile(r"\s+(?:him|her|them)\s+(?:saying|say|telling|tell|asking|ask|adding|add)\b")
_THAT = re.compile(r"\bthat\b")
_WHO_BEFORE = re.compile(r"\bwho(?:\s+(?:also|later|then|once|had|has))?\s*$")
_RELATIVE = frozenset({"who", "which", "that"})
_CAPITALISED_PRONOUNS = frozenset({"He", "She", "They", "We", "It"})
_AS_NAME = re.compile(r"\s*As\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),")  # "As Tom Reed, professor ..., put it"
# a restrictive relative clause's verb ("a candidate who promised mass layoffs:"), not ", who added:"
_WHO_RELATIVE = re.compile(r"\w\s+who\s+(?:also\s+|had\s+|has\s+)?$")
_WH_WORD = re.compile(r"\b(?:what|whatever|how|why)\s*$", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:also\s+|then\s+)?$")
# "she quoted him as saying", "The Times quoted a senior official as telling aides": the object speaks
# the active "X quoted Y as saying" only: "was quoted in The Hill as saying" is the passive (``_PASSIVE_QUOTED_AS``)
_QUOTED_AS = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen )"
    r"\bquoted\s+((?:[\w.’'-]+,?\s+){0,5}?[\w.’'-]+)\s+as\s+(?:saying|telling|writing)\b"
)
_PASSIVE_QUOTED = re.compile(r"\b(?:was|were|is|are)\s+quoted\s+(?:as\s+saying\s+)?(?:by\s+)?", re.I)
# "Sen. Ada Brant, a Keld Democrat, was quoted in The Hill as saying: “…”": the passive's subject said the words
# before the marks; the place quoted in is no speaker (BASIL ccf19ab6, stop 53, left Schumer's words unattributed)
_PASSIVE_QUOTED_AS = re.compile(
    r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\b[^“”\"«».;:!?]{0,80}?\bas\s+(?:saying|telling|writing)\W*$"
)
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}):\s")
_SUBORDINATE = re.compile(r"\b(?:when|if|after|before|while|once|unless|until|as)\s+$")
# first words of a sentence that never open its subject: a preposition of a fronted phrase, a demonstrative
_NO_SUBJECT_OPENERS = frozenset(
    [
        "in",
        "on",
        "at",
        "after",
        "before",
        "during",
        "with",
        "for",
        "from",
        "by",
        "as",
        "while",
        "when",
        "since",
        "following",
        "despite",
        "amid",
        "even",
        "this",
        "that",
        "these",
        "those",
        "it",
    ]
)
# a word opening a subordinate or relative clause between a partial quote and a later frame ("... the
# public when he said", "..., which Google Translate says means")
_SUBORDINATOR = re.compile(
    r"\b(?:when|which|who|whom|whose|where|while|because|since|after|before|until|although|though|if|as)\b", re.I
)
# the subject of a cue inside a story someone else tells: "The officer", "a woman", "one of the guards"
_UNNAMED_INNER = re.compile(r"(?:the|a|an|one|another|some)\b", re.I)
# a recording of someone right before a participle of saying: "video of him at a 2008 event (saying)", "footage of
# Mayor Ada Brant (telling)"
_SHOWN_SAYING = re.compile(
    r"\b(?:videos?|videotapes?|footage|tapes?|recordings?|clips?|audio|films?)\s+of\s+"
    r"(him|her|them|(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)"
    r"(?:\s+(?:at|in|on|during|from)\s+[^,;:.“”\"]{1,60}?)?\s+$"
)
# the name a participle gives, then the clause's own verb: "(a secret program called) Prism is (simply an “…”)"
# (BASIL a4f1d515, stop 56: the administration's partial was read as "a secret program"'s words)
_NAMING_PARTICIPLE = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:is|was|are|were|has|had|have|will|would|can|could|may|might)\b"
)
# the words a clause's doer used, handed to the quotation after it: "asked David Beamer, whose son Todd led the revolt
# with the words, “Let's roll.”" (Multi-News row 24, stop 57: Todd's cry was joined to his father's question)
_WITH_THE_WORDS = re.compile(
    r"\bwith\s+(?:the|these|those|his|her|their|its)\s+(?:words|cry|battle\s+cry|rallying\s+cry|line|phrase|slogan)"
    r"\s*[,:]?\s*$",
    re.I,
)
# a date or time closing a subject read back from its verb: "The Register on July 20", "on April 6"; "The president
# over the weekend (had tweeted)", "The governor on Sunday (said)" (BASIL 2a3fde8a, stop 56: Trump's "badly damaged"
# went unattributed under "The president over the weekend")
_DATE_AFTER_SUBJECT = re.compile(
    r"(?:^|\s)(?:on\s+(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?|May|June?|July?)\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,\s*\d{4})?"
    r"|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|over\s+the\s+weekend|(?:last|earlier\s+this|later\s+that|earlier\s+that)\s+(?:week|weekend|month|year))"
    r",?\s*$"
)
# "… in an email to HuffPost:", "… in a letter to Mr. Brink:": the one written to, right before the colon
# a quotation opening with the writer's bracketed third person: "[He] had …", "[She] said …"
_WRITER_BRACKET = re.compile(r"\s*\[(?:He|She|They|His|Her|Their)\]")
_ADDRESSEE_BEFORE_COLON = re.compile(r"\b(?:email|e-mail|letter|note|message|statement|interview)\s+to\s+[^,;:]{1,40}$")
# a subordinate clause whose verb is coordinated with the cue: "after the man approached the congressman and (asked)"
_SUBORDINATE_AND = re.compile(
    r"\b(?:after|when|before|because|while|since|once|until)\s+"
    r"((?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|he|she|they)"
    r"\s+[a-z]+(?:ed|s)\b[^,;:.“”\"]{0,60}\s+and\s+(?:also\s+|then\s+)?$"
)
_THIRD_PERSON_POSSESSIVE = re.compile(r"(His|Her)\s+[a-z]")
_QUOTE_MARK = re.compile('[“”"]')
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$")
# what may stand before a name that opens a sentence: quotation marks, a dash, a connective ("Meanwhile, Herman Cain
# kept his statement …:")
_OPENER_ONLY = re.compile(r"[\s“\"‘'(—–-]*(?:(?:meanwhile|and|but|also|still|then|finally|later|now|so)\b,?\s*)*", re.I)
# "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ ...": one to four capitalised words, a colon, text. The name may
# follow a label and a dash ("EXCLUSIVE – Roger Stone: …") and be followed by its camp ("Clinton camp: …"), where it
# was said ("Former AG Mukasey at RNC: …") or to whom ("Obama To Asians Worried About U.S. Election: …"): the name
# alone is the source (PolNeAR train, stop 57: five such headlines in the first 200 documents were left out)
_HEADLINE_WORD = r"(?:[A-Z][\w.’'&-]*|of|de|the|for|about|and)"
_HEADLINE = re.compile(
    r"(?:[A-Z]{3,}\s+[–—]\s+)?([A-Z][\w.’'&-]*(?: (?:[A-Z][\w.’'&-]*|of|de|the|for)){0,3})"
    r"(?: (?:camp|campaign|aides|allies))?"
    rf"(?: (?:[Aa]t|[Tt]o) [A-Z][\w.’'&-]*(?: {_HEADLINE_WORD}){{0,5}})?"
    r":\s+([^\s].*)$"
)
MAX_HEADLINE_WORDS = 30
MIN_HEADLINE_CHARS = 12
_LABELS = (
    "update|updated|photo|photos|video|watch|note|editor's note|related|read more|read|source|sources|credit|"
    "breaking|exclusive|live|opinion|analysis|q|a|getty images|correction|clarification|listen|see also|more|"
    "subscribe|share|tags|topics|filed under|caption|image|audio|transcript|warning|spoiler|full story|"
    "story continues below|advertisement|posted|published|by|via|the|today|tonight|now|also|plus|bonus"
)
# Line labels that look like a headline source but are not one.
HEADLINE_LABELS = frozenset(_LABELS.split("|"))
_DASH_SOURCE = re.compile(r"^\s*[―—–-]{1,2}\s*(?=[A-Z])")
# A dateline opening a paragraph: "WASHINGTON (AP) — ", "MOSCOW, March 21 (Reuters) - ", "NEW YORK (CNN) -- ",
# "STORRS, Conn. (WTNH) — ", "Washington (CNN) — ". It says where the story was filed, not who spoke.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]{2,}(?:,?\s[A-Z][A-Za-z.'’-]*){0,3}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Za-z .&/-]{1,30}\))?|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s*\([A-Z][A-Za-z .&/-]{0,29}\))"
    r"\s*(?:—|–|--|-|―)\s*(?=[A-Z“\"'‘])"
)


@dataclass(frozen=True)
class QuoteSpan:
    """Inner text of one quotation (without its marks) as offsets into the article text."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the paragraph ended first


@dataclass
class Attribution:
    """One utterance: what was said (content spans), how (kind), and who said it."""

    article_id: str
    kind: Kind
    text: str  # the words inside the marks (parts joined by " … "), or the reported content
    spans: list[tuple[int, int]]  # content offsets into the article text
    speaker: Speaker | None = None
    cue: tuple[int, int] | None = None  # the speech verb
    parts: list[QuoteSpan] = field(default_factory=list)
    speaker_refers_to: tuple[int, int] | None = None  # the noun a relative-pronoun speaker ("who") stands for
    # an embedded post credited by its sign-off line (``sign_off``): its author is no antecedent of a later "he"
    signed: bool = False


def _leave_to_content(text: str, quote: Attribution, start: int, end: int) -> Attribution | None:
    """A quote of several pairs of marks whose first pairs lie inside reported content that ends before its last
    ("Conceding that there would likely be a trade agreement “down the line” he warned: “It’s not going to happen
    …”"): those first pairs are a partial quotation of the reported content (``_reported_parsed`` ends it at their
    close), returned as an attribution of its own with the quote's speaker; the quote keeps the pairs after it, a whole
    utterance when the first of them opens with a capital letter. None (the quote unchanged) otherwise."""
    inside = [p for p in quote.parts if start <= p.open_mark + 1 and (p.close_mark or p.end) <= end + 1]
    if not inside or inside[0] is not quote.parts[0] or len(inside) == len(quote.parts):
        return None
    rest = quote.parts[len(inside) :]
    if rest[0].open_mark <= end:
        return None
    partial = replace(quote, kind="partial", text=_joined(text, inside), spans=quote.spans[: len(inside)], parts=inside)
    quote.parts = rest
    quote.spans = quote.spans[len(inside) :]
    quote.text = _joined(text, rest)
    if quote.text[:1].isupper():
        quote.kind = "direct"
    return partial


def _joined(text: str, spans: list[QuoteSpan]) -> str:
    """The words of a quote's pairs of marks, joined by " … " (``ArticleSpeech._quote_attribution``)."""
    parts = [quote_text(text, span) for span in spans]
    return " … ".join(p.rstrip(",").strip() if i < len(parts) - 1 else p for i, p in enumerate(parts))


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quotation in ``text`` (an article: paragraphs separated by blank lines)."""
    spans: list[QuoteSpan] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    open_at: int | None = None
    paired: set[int] = set()  # offsets of "''" pairs standing for one double mark
    for number, (p_start, p_end) in enumerate(paragraphs):
        paragraph = text[p_start:p_end]
        singles = not any(ch in DOUBLE_MARKS for ch in paragraph) and "''" not in paragraph
        # Only quotation marks and apostrophes do anything below: the loop visits them alone (a loop over
        # every character cost ~0.03-0.05 s a brief, docs/speed.md stop 35)
        for found in _MARK_OR_APOSTROPHE.finditer(paragraph):
            offset, ch = found.start(), found.group()
            at = p_start + offset
            if offset == 0 and open_at is not None:
                continue  # the mark reopening a quote carried over from the previous paragraph
            if ch == "'" and offset and paragraph[offset - 1] == "'" and at - 1 in paired:
                continue  # the second apostrophe of a pair read as one mark
            if _apostrophe_pair(paragraph, offset):
                # two apostrophes typed for a double mark (wire copy: “It was an accident,'' she said)
                paired.add(at)
                ch = '"'
            if ch in DOUBLE_MARKS or (singles and ch in "‘’" and _single_is_mark(paragraph, offset, open_at)):
                if open_at is None:
                    if _opens(paragraph, offset):
                        open_at = at
                elif at > open_at + 1:
                    # a closing pair of apostrophes: the frame after it starts past both
                    spans.append(QuoteSpan(_inner_start(open_at, paired), at, open_at, at + 1 if at in paired else at))
                    open_at = None
                if open_at is not None and at - open_at > MAX_QUOTE_CHARS:
                    open_at = None
        if open_at is not None:
            following = text[paragraphs[number + 1][0]] if number + 1 < len(paragraphs) else ""
            if following and following in '“«„"‘':
                continue  # the quote runs on into the next paragraph, which reopens it
            if number + 1 < len(paragraphs) and _closes_first(text[slice(*paragraphs[number + 1])]):
                continue  # a line break inside the quotation (a scraped post): the next paragraph closes it
            if _closed_after_plain_lines(text, paragraphs[number + 1 : number + 1 + _MAX_PLAIN_LINES + 1]):
                continue  # a post cut into lines with no marks of their own, closed a few lines on
            if p_end > _inner_start(open_at, paired):
                spans.append(QuoteSpan(_inner_start(open_at, paired), p_end, open_at, None))
            open_at = None
    return [s for s in spans if text[s.start : s.end].strip()]


_MARK_OR_APOSTROPHE = re.compile("[" + "".join(sorted(DOUBLE_MARKS)) + "'‘’]")
_DOUBLE_MARK = re.compile("[" + "".join(sorted(DOUBLE_MARKS)) + "]")


def _apostrophe_pair(paragraph: str, offset: int) -> bool:
    """Whether the two apostrophes at ``offset`` are typed for one double mark. Alone, they are. Three in a row
    are a double mark and a single one nested in it: the double mark is the outer one, so it comes first when
    the run opens a quotation (after a space: three marks, then "Sir, we will stay,"...) and last when the run
    closes one (after a word: "... 'a special case,''' Ann Keld said")."""
    if paragraph[offset : offset + 2] != "''":
        return False
    before = paragraph[offset - 1 : offset] if offset else ""
    after = paragraph[offset + 2 : offset + 3]
    if "'" not in before + after:
        return True
    if after == "'" and before != "'" and paragraph[offset + 3 : offset + 4] != "'":
        return not before or before.isspace() or before in "([—–-"  # an opening run: the pair first
    if before == "'" and after != "'":
        lead = paragraph[offset - 2 : offset - 1] if offset >= 2 else ""
        return bool(lead) and not lead.isspace() and lead not in "'([—–-"  # a closing run: the pair last
    return False


def _inner_start(open_mark: int, paired: set[int]) -> int:
    return open_mark + (2 if open_mark in paired else 1)


def _opens(paragraph: str, offset: int) -> bool:
    after = paragraph[offset + 1 : offset + 2]
    before = paragraph[offset - 1 : offset] if offset else ""
    if not after or after.isspace():
        return False  # a closing mark with nothing open: stray
    return not (before.isalnum() and paragraph[offset] in "”»")


def _closes_first(paragraph: str) -> bool:
    """Whether a paragraph that does not open with a mark holds a closing double mark before any opening one,
    followed by its frame: the rest of a quotation a line break cut ('"Brett McGurk, who I do not know, was
    appointed by President Obama in 2015.' / 'Was supposed to leave in February but he just resigned prior to
    leaving," Trump tweeted.' — editor read, stop 41: the first line was left unattributed and the tweets after
    it went to McGurk). Only a mark after the sentence's punctuation with a space or the paragraph's end after
    it: a stray mark elsewhere leaves the quotation to end with its paragraph, as before."""
    for found in _DOUBLE_MARK.finditer(paragraph):
        offset = found.start()
        if _opens(paragraph, offset):
            return False
        before = paragraph[offset - 1 : offset]
        return before in {",", ".", "?", "!", "…"}
    return False


_MAX_PLAIN_LINES = 3  # lines with no mark at all inside one quotation, as a scraped tweet is cut


def _closed_after_plain_lines(text: str, following: list[tuple[int, int]]) -> bool:
    """Whether the paragraphs after an open quotation are one to three short lines with no quotation mark, and then
    a line that closes it (``_closes_first``): a post the page cut into lines ("Trump’s account tweeted Saturday: “I
    had to fire General Flynn …" / "He has pled guilty to those lies." / "It is a shame …" / "There was nothing to
    hide!”": BASIL 0c78e748, stop 49, printed the first line only)."""
    for k, (start, end) in enumerate(following):
        line = text[start:end]
        if k and _closes_first(line):
            return True
        if _DOUBLE_MARK.search(line) or "''" in line or end - start > 280 or k == _MAX_PLAIN_LINES:
            return False
    return False


def _single_is_mark(paragraph: str, offset: int, open_at: int | None) -> bool:
    """‘ and ’ are quote marks only at word edges (’ is also the apostrophe of "Xi’s")."""
    before = paragraph[offset - 1 : offset] if offset else " "
    after = paragraph[offset + 1 : offset + 2] or " "
    if paragraph[offset] == "‘":
        return not before.isalnum()
    return open_at is not None and not after.isalnum()


def quote_text(text: str, span: QuoteSpan) -> str:
    """The quoted words; a run-on into a new paragraph drops the repeated opening mark."""
    inner = text[span.start : span.end]
    inner = re.sub(r"\s*\n+\s*[“«„\"‘]?", " ", inner)
    return inner.strip().rstrip(",;:").rstrip()


class ArticleSpeech:
    """Finds the attributions of one article."""

    def __init__(
        self,
        article: Article,
        sentences: list[Sentence],
        index: EntityIndex,
        parse: Parser | None = None,
        titles: dict[str, set[str]] | None = None,
    ) -> None:
        self.article = article
        self.parse = parse
        # the partial quotations credited to the one agreed with (``_agreed_with``): the subject who agreed stays the
        # one a later "she said" means, so they are not remembered as the last speaker
        self._agreed: set[int] = set()
        self._reply_end = 0  # where the last quoted reply to a quoted question ends (``_answers_a_question``)
        self._replies: set[int] = set()  # starts of quoted replies to quoted questions: utterances, never labels
        # each pair of marks of the quotes found, (open, close + 1): a quote broken by its frame is one attribution of
        # several pairs; reported content that ends inside one runs on to that pair's close only (``_reported_parsed``)
        self._mark_pairs: list[tuple[int, int]] = []
        self._posts_at: list[tuple[int, int]] = []  # embedded posts with their sign-offs (``attributions``)
        self.text = article.text
        self.sentences = [_without_dateline(self.text, s) for s in sorted(sentences, key=lambda s: s.start)]
        self._starts = [s.start for s in self.sentences]
        self.resolver = SpeakerResolver(article.id, index)
        self.resolver.story_titles = titles or {}
        self.resolver.add_family_mentions(self.text, self.sentences)
        if parse is not None:
            self.resolver.previous_subjects = self._previous_subjects
            self.resolver.previous_asker = self._previous_asker

    def _previous_subjects(self, offset: int) -> tuple[int, int, int, list[tuple[int, int]]] | None:
        """For the resolver's centering rule (``SpeakerResolver._centred``): the sentence before the one holding
        ``offset`` as (start, end), the start of ``offset``'s sentence, and the spans of the heads of the previous
        sentence's main-clause subjects (the subject of its root verb and of verbs coordinated with it: "Sen.
        Lindsey Graham", not "Trump" of "suggested Trump might …" nor "Heather Poe" inside "Mary Cheney, who …
        married her partner, Heather Poe, …"). None with no such sentence, no subject, or a root verb of asking,
        whose object answers ("Tapper asked Trump …")."""
        parsed = self._previous_parsed(offset)
        if parsed is None:
            return None
        at, previous, doc = parsed
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ not in ("VERB", "AUX"):
            return None
        root = _fronted_asked(root)
        if root.lemma_ in _ASKING and not any(c.dep_ == "nsubjpass" for c in root.children):
            return None  # "Tapper asked Trump …": the one asked answers; "Mr. Patrick was asked …": he is the subject

        verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        heads = []
        for verb in verbs:
            # "Then there was Sen. Bob Menendez's response": after an expletive "there" the noun after the verb is
            # the subject in meaning
            expletive = any(c.dep_ == "expl" for c in verb.children)
            subjects = nearest_subjects(verb, ("nsubj", "nsubjpass"))  # the absolute phrase's noun is none
            for subject in (c for c in verb.children if c in subjects or _expl_attr(c, expletive)):
                parts = [subject, *(c for c in subject.children if c.dep_ in ("compound", "flat"))]
                first, last = min(p.idx for p in parts), subject.idx + len(subject)
                heads.append((previous.start + first, previous.start + last))
                # a speech noun as that subject names its speaker ("Menendez's response", "comments from
                # Sen. Bob Menendez"): the next "he" continues the one who responded (BASIL 2019, stop 41: "He
                # bluntly accused Trump …" went to Gillibrand, quoted two sentences before)
                if subject.lemma_.lower() in _SPEECH_NOUNS:
                    heads.extend((previous.start + a, previous.start + b) for a, b in _speakers_of_speech_noun(subject))
                # "That did not satisfy Justice Scalia": a subject that is a thing ("that", "this", "it") moves a
                # person, the object, who is the one in focus (BASIL b5eefefb, stop 41: "“…,” he said" after it
                # went to the lawyer named before)
                if subject.lower_ in _THING_PRONOUNS:
                    for person in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"):
                        own = [person, *(c for c in person.children if c.dep_ in ("compound", "flat"))]
                        start = min(p.idx for p in own)
                        heads.append((previous.start + start, previous.start + person.idx + len(person)))
                # a title heading the subject names its holder in apposition: "Former Speaker of the House Newt
                # Gingrich lauded …" (editor read #11, stop 40: "Speaker" is the subject, Gingrich its apposition)
                for named in (c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                    own = [named, *(c for c in named.children if c.dep_ in ("compound", "flat"))]
                    start = min(p.idx for p in own)
                    heads.append((previous.start + start, previous.start + named.idx + len(named)))
        if not heads:
            return None
        return previous.start, previous.end, self.sentences[at].start, heads

    def _previous_parsed(self, offset: int) -> tuple[int, Sentence, Doc] | None:
        """The index of the sentence holding ``offset`` (read from where its quotation opens), the sentence before
        it and that sentence's parse; None without a parser, a sentence before, or with one too long to parse."""
        if self.parse is None or not self.sentences:
            return None
        at = bisect.bisect_right(self._starts, self._quotation_opening(offset)) - 1
        if at < 1:
            return None
        previous = self.sentences[at - 1]
        if len(previous.text) > MAX_PARSE_CHARS:
            return None
        return at, previous, self.parse([previous.text])[0]

    def _quotation_opening(self, offset: int) -> int:
        """Where the quotation right before a pronoun frame opens ("“We know where that will lead. It will lead to a
        special prosecutor,” he said"): the sentence before "he" is then the one before the quotation, not the
        quotation's own first sentence (BASIL 2013, editor read #13: Lynch's words went to Lankford, quoted a
        paragraph up, because the quotation's "We know …" stood in for the sentence that names Lynch). ``offset``
        itself when no quotation ends right before it."""
        opened = [a for a, b in self.resolver.all_quoted if b <= offset and not self.text[b:offset].strip(" ,”\"’'")]
        return min(opened, default=offset)

    def _previous_asker(self, offset: int) -> tuple[int, int] | None:
        """The span of the one who asks in the sentence before the one holding ``offset`` when that sentence's root
        is an active verb of asking with a named subject ("Rep. Joseph Crowley, D-N.Y., asked her if she could …"):
        the asker is not the one whose answer follows ("She said: “…”", ``SpeakerResolver._not_the_asker``)."""
        parsed = self._previous_parsed(offset)
        if parsed is None:
            return None
        _, previous, doc = parsed
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or root.lemma_ not in _ASKING:
            return None
        if root.lemma_ != "ask" and not any(c.dep_ == "dobj" and c.pos_ in ("PRON", "PROPN") for c in root.children):
            # "Rep. Carl Moss, D-Md., questioned the reading of the text": challenging a thing asks no one, so the
            # "he said" after it may be Moss (BASIL a28a0329, stop 51, gave Cummings's statement to Inslee)
            return None
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        if subject is None:
            return None
        first, last = name_span(subject)
        return previous.start + first, previous.start + last

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        if not self.sentences:
            return 0, len(self.text)
        at = max(0, bisect.bisect_right(self._starts, offset) - 1)
        sentence = self.sentences[at]
        return sentence.start, max(sentence.end, offset)

    def _after_end(self, offset: int) -> int:
        """End of the sentence holding ``offset``; when the splitter cut right after a closing
        mark (“...” he said.) or after a title or initial (“...,” Police Lt. | Jon Hubbard said.),
        the end of the next sentence of the same paragraph."""
        if not self.sentences:
            return len(self.text)
        at = max(0, bisect.bisect_right(self._starts, offset) - 1)
        end = max(self.sentences[at].end, offset)
        following = self.sentences[at + 1] if at + 1 < len(self.sentences) else None
        if following is None or "\n" in self.text[offset : following.start]:
            return end
        if end - offset < 3 or _TITLE_CUT.search(self.text, max(offset, end - 12), end):
            end = following.end  # the splitter cut after a title: ',” Police Lt. | Jon Hubbard said.'
        return end

    def attributions(self) -> list[Attribution]:
        signed = sign_offs(self.text)
        # every embedded post, its sign-off included, from its paragraph's start: no prose (``_resolve_all``)
        self._posts_at = [(self.text.rfind("\n", 0, s.start()) + 1, s.end()) for s in signed]
        wordings = _wordings_changed(self.text)
        spans = [
            self._unsigned(s, signed)
            for s in find_quote_spans(self.text)
            if not _a_name_given(self.text, s) and not any(a <= s.open_mark < b for a, b in wordings)
        ]
        quotes = self._group_broken(spans)
        found: list[Attribution] = []
        covered: list[tuple[int, int]] = []
        for group in quotes:
            if len(group) == 1 and _names_a_work(self.text, group[0]):
                continue  # a title or a headline in marks, not words anyone said
            attribution = self._quote_attribution(group)
            sign_off = self._signed_by(group[-1], signed)
            if sign_off is not None:
                self._credit_post(attribution, sign_off)
            found.append(attribution)
            covered.append((group[0].open_mark, (group[-1].close_mark or group[-1].end) + 1))
            self._mark_pairs.extend((q.open_mark, (q.close_mark or q.end) + 1) for q in group)
        for post in self._posts(signed, spans):
            found.append(post)
            covered.append((post.spans[0][0], post.spans[0][1] + 1))
            self._mark_pairs.append(covered[-1])
        if self.parse is not None:
            self._speakers_from_parse([a for a in found if a.speaker is None and a.cue is None])
        self._coordinated(found)
        for attribution in found:
            if attribution.speaker is not None and _inside_speaker(attribution):
                # 'Devon James, a Florida-based "adult entertainer," claims ...': marks inside the speaker's
                # own noun phrase are a label the writer quotes, not words the subject says (Multi-News row 175)
                attribution.speaker = None
        found.extend(self._reported(covered, found))
        self._outer_speakers(found)
        self._agreed_with(found)
        self._owned_words(found)
        found.sort(key=lambda a: a.spans[0][0])
        self._resolve_all(found)
        found = _without_repeats(self.text, found)
        return [a for a in found if not _a_label(a) or a.spans[0][0] in self._replies]

    def _coordinated(self, found: list[Attribution]) -> None:
        """A partial quotation with no frame of its own, joined to the partial quotation before it in its sentence by
        a coordinator alone ("he will promise to use American power “to oppose …,” including the “economic disruption
        …,” according to excerpts"), is the same speaker's (BASIL 7f9c83f7 dropped the second, left with no
        speaker)."""
        for before, attribution in itertools.pairwise(found):
            if attribution.kind != "partial" or attribution.speaker is not None or attribution.cue is not None:
                continue
            if before.kind != "partial" or before.speaker is None or not before.parts or not attribution.parts:
                continue
            close = before.parts[-1].close_mark
            opening = attribution.parts[0].open_mark
            if close is None or self.sentence_at(close) is not self.sentence_at(opening):
                continue
            if _COORDINATION.fullmatch(self.text, close + 1, opening):
                attribution.speaker, attribution.cue = before.speaker, before.cue
                attribution.speaker_refers_to = before.speaker_refers_to

    # --- embedded posts ------------------------------------------------------------------------

    def _unsigned(self, span: QuoteSpan, signed: list[re.Match[str]]) -> QuoteSpan:
        """A quotation with an embedded post's sign-off inside its marks ('Source: “Official behind unmasking is
        high up …. — Donald J. Trump (@realDonaldTrump) April 1, 2017', the closing mark lost in the next
        paragraph) ends before the sign-off: the credit line is no part of the words."""
        for sign_off in signed:
            if span.start < sign_off.start() < span.end <= sign_off.end() + 1:
                return replace(span, end=body_end(self.text, span.start, sign_off.start()))
        return span

    def _signed_by(self, span: QuoteSpan, signed: list[re.Match[str]]) -> re.Match[str] | None:
        """The sign-off right after a quotation's words, on its line (its marks may close after it or never)."""
        for sign_off in signed:
            end = body_end(self.text, span.start, sign_off.start()) if span.start < sign_off.start() else -1
            if span.end <= end and not self.text[span.end : end].strip(" \t”\"’'…."):
                return sign_off
        return None

    def _credit_post(self, attribution: Attribution, sign_off: re.Match[str]) -> None:
        """The author named by the sign-off said the post's words, whatever frame the sentence seemed to have."""
        name_start, name_end = sign_off.span("name")
        if is_tribute(sign_off.group("name")):
            # "— RIP PRODIGY (@Chromeo)": an account renamed to mourn someone; its handle is the author's name
            name_start, name_end = sign_off.span("handle")
        attribution.speaker = Speaker(self.text[name_start:name_end], name_start, name_end, None)
        attribution.cue = (sign_off.start(), name_start)
        attribution.signed = True
        if attribution.kind == "partial":
            attribution.kind = "direct"  # the whole post is in the marks, whatever words led up to them

    def _account_name(self, display_name: str) -> bool:
        """Whether a sign-off's display name, which the resolver did not take, still names the post's author: a plain
        name (letters only, ``sign_off.plain_name``) that the story's entities do not hold as a place, a thing or an
        event (Multi-News row 21 left "el-p", "Jonwayne" and "PNBROCK" unattributed under their own sign-offs)."""
        if not plain_name(display_name):
            return False
        known = self.resolver.index.resolve(display_name.strip(), self.article.id)
        return known is None or known.type in SPEAKER_TYPES

    def _posts(self, signed: list[re.Match[str]], spans: list[QuoteSpan]) -> list[Attribution]:
        """An embedded post written without quotation marks: the words of its paragraph before the sign-off are a
        direct quote of the author (editor row 88: Jackie Speier's and Paul Feig's tweets were facts of the story
        with no speaker, and their sign-offs made two outlets "share" them)."""
        posts: list[Attribution] = []
        for sign_off in signed:
            start = self.text.rfind("\n", 0, sign_off.start()) + 1
            if any(start <= s.open_mark < sign_off.end() or s.start <= start < s.end for s in spans):
                continue  # the marks are in the paragraph: the quotation carries the credit
            end = body_end(self.text, start, sign_off.start())
            while start < end and self.text[start].isspace():
                start += 1
            words = {w.lower() for w, _, _ in words_with_offsets(self.text[start:end])}
            if shares_a_link(self.text[start:end]):
                continue  # a headline and its account, not the author's words
            if not words or any(self._holds(s, words) for s in spans):
                continue  # no words, or the article quotes the post already ('“No, I'm not running ...,” he wrote')
            part = QuoteSpan(start, end, start, None)
            post = Attribution(self.article.id, "direct", self.text[start:end], [(start, end)], parts=[part])
            self._credit_post(post, sign_off)
            posts.append(post)
        return posts

    def _holds(self, span: QuoteSpan, words: set[str]) -> bool:
        """Whether the quotation holds most (``POST_COPY``) of a post's words."""
        quoted = {w.lower() for w, _, _ in words_with_offsets(self.text[span.start : span.end])}
        return len(words & quoted) >= POST_COPY * len(words)

    # --- direct and partial quotes -------------------------------------------------------------

    def _group_broken(self, spans: list[QuoteSpan]) -> list[list[QuoteSpan]]:
        """“A,” he said. “B.” → one utterance in two parts."""
        groups: list[list[QuoteSpan]] = []
        for span in spans:
            if groups and self._continues(groups[-1][-1], span) and not self._framed_apart(groups[-1][-1], span):
                groups[-1].append(span)
            else:
                groups.append([span])
        return groups

    def _framed_apart(self, previous: QuoteSpan, span: QuoteSpan) -> bool:
        """Whether the text between two quotations holds the second one's own frame with another
        subject: '“... porky!” On another occasion, she writes, after she dropped 50 lbs. one of her
        fellow senators approached her ... and said, “... chubby!”' (editor row 198: the second man's
        remark had been joined to the first and credited to "she writes"). The parse of the sentence
        holding the second quotation gives the cue that governs it; when that cue stands between the
        two, is not the first quotation's frame, and its subject differs from that frame's (not the
        same words, not the same pronoun), the two are two utterances, each with its own frame. A
        pronoun after a name ("Reid said. He added, “...”") may be the same person: left joined."""
        if self.parse is None or previous.close_mark is None:
            return False
        sentence = self.sentence_at(span.open_mark)
        if sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return False
        base = sentence.start
        found = governing_speaker(self.parse([sentence.text])[0], span.start - base, span.end - base)
        if found is None and base > previous.close_mark:
            # 'As Tom Reed, professor of law at Keld, put it, “...”': a cue the parse does not hang the
            # quotation from ("put it"); the word rules' frame of the sentence holding the second quotation
            own = self._frame_before(base, span.open_mark)
            if own is not None and own[1] is not None:
                found = (own[0][0] - base, own[0][1] - base), (own[1][0] - base, own[1][1] - base)
        if found is None:
            return False
        (c_start, _), (s_start, s_end) = found
        cue = base + c_start
        if not (previous.close_mark < min(cue, base + s_start) and max(cue, base + s_end) <= span.open_mark):
            # the cue or its subject is the frame before both ('said X was “A” and added: “B”'), or after
            return False
        first = self._frame_after(previous.close_mark + 1, span.open_mark)
        if first is not None and first[0][0] == cue:
            return False  # the first quotation's own frame, reaching over to the second
        second = fold(self.text[base + s_start : base + s_end])
        if second in _RELATIVE:
            return False  # '“A,” said Smith, who added: “B.”'
        if first is None:
            return second not in PRONOUNS
        subject = fold(self.text[first[1][0] : first[1][1]])
        if second in PRONOUNS:
            return subject in PRONOUNS and subject != second
        # the head (last word) of the second subject among the first's words: the same speaker
        # ('“A,” said Pasztor. When asked why ..., Pasztor replied, “B”'), however long the parsed span
        head = re.findall(r"\w+", second)[-1:]
        return bool(head) and head[0] not in re.findall(r"\w+", subject)

    def _continues(self, previous: QuoteSpan, span: QuoteSpan) -> bool:
        if previous.close_mark is None:
            return False
        between = self.text[previous.close_mark + 1 : span.open_mark]
        if "\n" in between or not between.strip():
            return False
        words = [w for w, _, _ in words_with_offsets(between)]
        if not words or len(words) > MAX_FRAME_WORDS:
            return False
        has_verb = any(w.lower() in FRAME_VERBS for w in words)
        if not (has_verb and between.rstrip().endswith((".", ":", ","))):
            return False
        if _names_a_work(self.text, previous) or _names_a_work(self.text, span):
            return False  # '“I doubt it,” he said in an interview aired on “Fox News Sunday”': a title, not a part
        if _WITH_THE_WORDS.search(between):
            return False  # '“A?” asked Beamer, whose son Todd led the revolt with the words, “B.”': Todd's words
        if _NAMED_AS.search(self.text, max(0, previous.open_mark - 24), previous.open_mark):
            # 'what his campaign calls the “Brink Plan,” the hopeful said he was guided by two principles: “…”': a
            # name the first quotation gives a thing, not the first part of the words after the frame (BASIL
            # 7f9c83f7 joined "Rubio Doctrine" to Rubio's principles)
            return False
        if self._two_colon_frames(previous, span, between):
            return False
        if _question_then_answer(self.text[previous.start : previous.end], between):
            return False
        if self._framed_each(previous, between):
            return False
        # '“A,” a lawyer for Brant said. “B,” a spokesman for the council said.': a quotation with a
        # frame of its own after it is its own utterance, not the first one's second part (three
        # speakers' remarks were one quote, stop 22)
        if span.close_mark is not None:
            after = span.close_mark + 1
            return self._frame_after(after, self._after_end(after)) is None
        return True

    def _framed_each(self, previous: QuoteSpan, between: str) -> bool:
        """Two quotations, each opened by a frame of its own: 'he replied, “A.” He added, “B.”'. The first
        quotation is a whole sentence with its frame before it, and the words between open a new sentence
        with a capital and end with the comma or colon that hands the second quotation to them: the second
        frame introduces the second quotation, not the first one's continuation (joined, both got the
        second frame's subject, and PolNeAR counts two attributions, each with its own source)."""
        if not between.rstrip().endswith((",", ":")) or not between.lstrip()[:1].isupper():
            return False
        if not self.text[previous.start : previous.end].rstrip(" ”\"’'").endswith((".", "!", "?")):
            return False
        s_start = min(self.sentence_bounds(previous.start)[0], previous.open_mark)
        lead = self.text[s_start : previous.open_mark].rstrip()
        if not lead.endswith((",", ":")):
            return False
        return self._frame_before(s_start, previous.open_mark) is not None

    def _two_colon_frames(self, previous: QuoteSpan, span: QuoteSpan, between: str) -> bool:
        """Two quotations, each opened by its own colon frame with another subject: 'Ann Lee of Keld Law stated:
        “A.” Co-counsel Tom Keller added: “B.”' (editor row 142 joined Selbin's statement to Klonoff's and credited
        both to Klonoff). The first quotation ends its sentence, the words between open a new one with a capital
        and end with a colon, and the head words of the two subjects differ."""
        if not between.rstrip().endswith(":") or not between.lstrip()[:1].isupper():
            return False
        if not self.text[previous.start : previous.end].rstrip(" ”\"’'").endswith((".", "!", "?")):
            return False
        if not self.text[: previous.open_mark].rstrip().endswith(":"):
            return False
        first, second = self._frame_intro(previous.open_mark), self._frame_intro(span.open_mark)
        if first is None or second is None:
            return False
        heads = [re.findall(r"\w+", fold(self.text[a:b]))[-1:] for _, (a, b) in (first, second)]
        return bool(heads[0]) and bool(heads[1]) and heads[0] != heads[1]

    def _quote_attribution(self, group: list[QuoteSpan]) -> Attribution:
        first, last = group[0], group[-1]
        parts = [quote_text(self.text, span) for span in group]
        joined = " … ".join(p.rstrip(",").strip() if i < len(parts) - 1 else p for i, p in enumerate(parts))
        # the sentence of the first quoted word: the splitter often leaves an opening mark at the end
        # of the previous sentence (“... golf. ''|They're spending ...”), whose frame is not this quote's
        s_start = min(self.sentence_bounds(first.start)[0], first.open_mark)
        s_end = self._after_end((last.close_mark + 1) if last.close_mark is not None else last.end)
        before = self.text[s_start : first.open_mark]
        after_start = (last.close_mark + 1) if last.close_mark is not None else last.end
        after = self.text[after_start:s_end]
        clause = self._is_clause(before, self.text[last.start : last.end], after)
        frame_after = self._frame_after(after_start, s_end)
        if frame_after is not None and self._next_sentence(parts[-1], after_start, frame_after):
            frame_after = None
        if frame_after is not None and not clause and before.strip() and parts[-1].rstrip("”\"’' ").endswith("."):
            # 'the ability to “say words good on the TV.” Colbert says words too good.': a quotation opened inside
            # the writer's sentence and closed with its full stop ends that sentence; the next one's subject and
            # verb frame nothing of it (Multi-News row 36, the Atlantic, printed Colbert for a catchphrase)
            frame_after = None
        asked = frame_after is not None and _question_then_answer(parts[-1], self.text[after_start : frame_after[0][1]])
        if asked and frame_after is not None:
            frame_after = None  # '“Is that picture you?” Weiner replied, “…”': the one who answers did not ask
        frame_before = self._frame_before(s_start, first.open_mark)
        if frame_before is not None and not clause and self._modifying_cue(frame_before[0][0]):
            # "told reporters that failure to pass the deal announced by Mr. Obama “would …”": a participle on a noun
            # frames nothing (its "subject" read back is the clause's own: BASIL df5fe55a gave Summers's words to
            # "failure to pass a package"); the cue before it does
            frame_before = self._frame_before(s_start, frame_before[0][0])
        if not clause and frame_after is not None and self._frames_a_clause_after(last, frame_after):
            frame_after = None
        if not clause and _ASKED_QUESTION.search(before):
            # "When Crump was asked how a TV star's drive fit the definition of “reimbursable detail,” she would only
            # say that …": the words are the question's, put by someone the text does not name, not the answer of
            # the one asked (Multi-News row 99, stop 58, printed the term as the police spokeswoman's)
            frame_before = frame_after = None
        frame = (frame_after or frame_before) if clause else (frame_before or frame_after)
        recounted = clause and frame_after is not None and self._told_inside(frame_before, frame_after, first.open_mark)
        if recounted:
            frame = frame_before
        if (
            not clause
            and frame_after is not None
            and not self.text[after_start : min(frame_after[0][0], frame_after[1][0])].strip(" ,")
            and self.text[frame_after[0][0] : frame_after[0][1]].lower() in SPEECH_VERBS
            # a partial quote that ends its sentence ('Priebus called them “beyond the pale” and “100
            # percent wrong.” Paul said ...') is not framed by the next sentence's speaker
            and not (frame_before is not None and parts[-1].rstrip("”\"’' ").endswith((".", "!", "?")))
        ):
            # 'Stinson told police she hit him “during a moment of frustration,” the police said in an
            # affidavit': a frame right after the quoted words is the sentence's outermost one; the
            # marks quote that source's wording (the affidavit's), not the person it reports on.
            frame = frame_after
        opening = _ACCORDING.match(before, len(before) - len(before.lstrip()))
        unowned: tuple[int, int] | None = None  # the cue of words whose speaker the text leaves open
        if asked and frame_before is None:
            unowned = (after_start, after_start)  # the question's asker is not named: no speaker is carried to it
        if not clause and opening is not None:
            # "According to the arrest affidavit, Stinson told police she hit him “during a moment of
            # frustration”": the source the sentence opens with owns the quoted wording
            source = subject_after(self.text, s_start + opening.end(), first.open_mark)
            inner_thing = [
                m
                for m in _THING_SAYS.finditer(self.text, s_start + opening.end(), first.open_mark)
                if m.group(1) in SPEECH_VERBS
            ]
            if source is not None and inner_thing:
                # "According to the report, the messages are part of a long correspondence between WikiLeaks and
                # Trump Jr., though Trump Jr. seemed to ignore many of the messages, including some which urged him
                # to release “…”": the words are the messages', whose sender the clause does not name, not the
                # report's (editor read #13, d2, printed the House committee that holds the report)
                unowned = inner_thing[-1].span(1)
            elif source is not None:
                frame = ((s_start + opening.start(), s_start + opening.end()), source)
                if any(
                    m.label == "PERSON" and source[0] <= m.start and m.end <= source[1] for m in self.resolver.mentions
                ):
                    # "According to writer Yashar Ali, Griffin claims that the image is an “expression of art”
                    # inspired by Trump's comments about … Kelly having “blood coming out of her eyes”": a person who
                    # reports others' words does not own them; the speaker of the clause or noun they stand in does
                    # (editor read #11, stop 40, c3 printed all three under Ali)
                    inner = self._inner_speaker(s_start, first.open_mark)
                    if inner is not None:
                        inner_cue, inner_subject = inner
                        if inner_subject is None:
                            unowned = inner_cue
                        else:
                            frame = (inner_cue, inner_subject)
        if frame_before is not None and before.rstrip().endswith(":"):
            frame = frame_before  # "Rula Amin said: “...”": the colon hands the quote to its speaker
        wanting = None if clause else self._wanting(s_start, first.open_mark)
        if wanting is not None:
            frame = wanting
        if len(group) > 1 and (between := self._frame_between(group)) is not None:
            # '“A,” he told her. “B.” She says that ...': the frame between the parts is the quote's own;
            # one after the last part may be the next sentence's (doc3 of an editor-read story)
            frame = between
        if not clause and frame is not None and frame is frame_before and _THIRD_PERSON_OPENING.match(parts[0]):
            retold = self._retold(first)
            frame = retold if retold is not None and retold[0][0] < frame[0][0] else frame  # the outer cue only
        if frame is None:
            frame = self._frame_intro(first.open_mark)
        if frame is None:
            frame = self._ellipsis_frame(before, first.open_mark)
        frame = self._then_frame(s_start, first.open_mark) or frame
        term = None if clause or len(group) > 1 else self._quoted_term(first)
        if term is not None and term.unsaid:
            unowned = (first.open_mark, first.open_mark)  # "refuses to describe them as “…”": nobody said it
        elif term is not None and term.subject is not None and term.verb is not None:
            frame = (term.verb, term.subject)  # "at a time that X's campaign portrays them as “…”"
        if frame is None and clause and last.close_mark is not None:
            frame = self._dash_line(last.close_mark + 1) or self._name_after(last.close_mark + 1)
        transcript = _TRANSCRIPT.match(self.text, first.start)
        if transcript:  # "WALLACE: Let’s start with ..."
            frame = (transcript.span(1), transcript.span(1))
        if not clause and frame_after is not None and len(after.split()) <= 10 and not before.strip():
            clause = True  # “... countries “He stated.": a stray mark, but a whole-clause quote
        kind: Kind = "direct" if clause else "partial"
        attribution = Attribution(
            self.article.id, kind, joined, [(span.start, span.end) for span in group], parts=list(group)
        )
        if unowned is None and _NOTICE_WORDING.search(self.text, max(0, first.open_mark - 80), first.open_mark):
            unowned = (first.open_mark, first.open_mark)  # a disclaimer's or a sign's words: no one's here
        if unowned is not None:
            attribution.cue = unowned  # unattributed, and no later rule carries a speaker to it
            return attribution
        if frame is None or (not clause and _document_wording(self.text, first.open_mark)):
            return attribution
        cue, subject = self._grounded(frame)
        attribution.cue = cue
        # no subject: "Trump was asked, “...”" (a cue whose speaker the text does not name); '“...,” she
        # recalls him saying': the subject heard the words, "him" said them, and the text does not name
        # him here (an addressee is never the speaker)
        author = _QUOTED_AUTHOR.match(self.text, cue[1], first.open_mark) if cue[1] <= first.open_mark else None
        if author is not None and self.text[cue[0] : cue[1]].lower() in _QUOTING:
            # 'On Friday he quoted Teddy Roosevelt: “...”': the words are the author's, whom the subject
            # quotes (Multi-News row 221 left Roosevelt's words unattributed)
            subject = author.span(1)
        if recounted and subject is not None and _UNNAMED_INNER.match(self.text, subject[0], subject[1]):
            # 'The officer yelled, “…” Holder recalled': someone in the teller's story the text does not name; a
            # role noun there is not the holder of that role elsewhere in the article (the shout went to the
            # officer of the main story); unattributed, and no later rule gives it a speaker (it has a cue)
            return attribution
        if subject is not None and not _HEARD_SAYING.match(self.text, cue[1]):
            attribution.speaker = Speaker(self.text[subject[0] : subject[1]], subject[0], subject[1], None)
            if _WHAT_PRONOUN.search(self.text, max(0, subject[0] - 5), subject[1]):
                attribution.speaker_refers_to = self._namer(cue)  # "for what he called his “…”"
            elif self.text[subject[0] : subject[1]].lower() in ("he", "she"):
                attribution.speaker_refers_to = self._fronted(subject[0])  # "when it was sent to X, he …"
        return attribution

    def _modifying_cue(self, cue_start: int) -> bool:
        """Whether the parse makes the cue at ``cue_start`` a past participle on a noun ("the deal announced by X"),
        which says nothing of the quotation after it."""
        sentence = self.sentence_at(cue_start) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return False
        doc = self.parse([sentence.text])[0]
        cue = next((t for t in doc if t.idx == cue_start - sentence.start), None)
        if cue is None or cue.dep_ != "acl" or cue.tag_ != "VBN" or cue.head.pos_ not in ("NOUN", "PROPN"):
            return False
        # "Chuck Schumer, the Senate minority leader, called Trump's proposal “…”": a verb after the apposition's
        # comma, with an object, is the main verb the parser misread (BASIL 70c75d68 lost Schumer's words)
        return cue.i > 0 and doc[cue.i - 1].text != "," and not any(c.dep_ in _OBJECT_DEPS for c in cue.children)

    def _fronted(self, pronoun_at: int) -> tuple[int, int] | None:
        """The person an opening clause names for the pronoun after it (``syntax_speech.fronted_person``), in article
        offsets, when the entities tag it a person."""
        sentence = self.sentence_at(pronoun_at) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return None
        base = sentence.start
        found = fronted_person(self.parse([sentence.text])[0], pronoun_at - base)
        if found is None:
            return None
        start, end = base + found[0], base + found[1]
        person = any(m.label == "PERSON" and start <= m.start and m.end <= end for m in self.resolver.mentions)
        return (start, end) if person else None

    def _one_of_coordinated(self, speaker: Speaker) -> bool:
        """The speaker's words are one conjunct of a subject naming several (``syntax_speech.one_of_coordinated``)."""
        sentence = self.sentence_at(speaker.start) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return False
        if not (sentence.start <= speaker.start and speaker.end <= sentence.end):
            return False
        doc = self.parse([sentence.text])[0]
        # "Chairman Mark Meadows, R-N.C., said": the party tag is no second conjunct (editor read #20, b4)
        tagged = PARTY_TAIL.search(speaker.text)
        end = speaker.start + tagged.start() if tagged is not None and tagged.start() > 0 else speaker.end
        return one_of_coordinated(doc, speaker.start - sentence.start, end - sentence.start)

    def _quoted_term(self, span: QuoteSpan) -> QuotedTerm | None:
        """What the verb governing a partial quotation says of its words (``syntax_speech.quoted_term``), in
        article offsets."""
        sentence = self.sentence_at(span.start) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return None
        if not (sentence.start <= span.start and span.end <= sentence.end):
            return None
        base = sentence.start
        term = quoted_term(self.parse([sentence.text])[0], span.start - base, span.end - base)
        if term is None or term.subject is None or term.verb is None:
            return term
        subject, verb = term.subject, term.verb
        return QuotedTerm(False, (base + subject[0], base + subject[1]), (base + verb[0], base + verb[1]))

    def _namer(self, cue: tuple[int, int]) -> tuple[int, int] | None:
        """The subject of the clause a "what he called" hangs on, from the parse (``_naming_subject``)."""
        sentence = self.sentence_at(cue[0]) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return None
        found = _naming_subject(self.parse([sentence.text])[0], cue[0] - sentence.start)
        return None if found is None else (sentence.start + found[0], sentence.start + found[1])

    def _wanting(self, start: int, open_mark: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """A partial quotation right after "X wanting to" or "X's call for" ("WikiLeaks urged Trump Jr. to push this
        story about … Hillary Clinton wanting to “just drone” Julian Assange"): the words are X's, whatever the
        sentence's subject says of them (BASIL 2017, editor read #13, printed Clinton's words under WikiLeaks, and
        the same words from another outlet under Clinton). X must be a name the entities type a person or an
        organisation; as (cue, subject)."""
        found = _WANTING.search(self.text, start, open_mark)
        if found is None:
            return None
        name = found.span(1)
        named = any(
            m.label in ("PERSON", "ORG") and name[0] <= m.start and m.end <= name[1] for m in self.resolver.mentions
        )
        cue = found.span(2) if found.group(2) else found.span(3)
        return (cue, name) if named else None

    def _then_frame(self, start: int, open_mark: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """A speech verb after another verb of the same subject: "He paused, then added: “…”" (BASIL 2011, editor read
        #13, left Weiner's words unattributed: the word rules look for the subject right before "added"). The
        subject opening the sentence frames the quotation, as (cue, subject)."""
        found = _THEN_FRAME.match(self.text, start, open_mark)
        if found is None or found.group(2).lower() not in SPEECH_VERBS:
            return None
        return found.span(2), found.span(1)

    def _ellipsis_frame(self, before: str, open_mark: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The frame of a quotation that opens right after an ellipsis ("The band's publicist, Alaina Bendi, told
        Billboard in 2017 ... “We were really hoping …”", TMZ, editor read #13, left unattributed): the splitter ends
        the sentence at the ellipsis, which stands for the words left out between the frame and the quotation, as
        a colon would. The frame before the ellipsis in the sentence before, when it ends there."""
        if before.strip():
            return None
        lead = self.text[:open_mark].rstrip()
        if not lead.endswith(("...", "…")):
            return None
        dots = len(lead) - (3 if lead.endswith("...") else 1)
        start = self.sentence_bounds(max(0, dots - 1))[0]
        if "\n" in self.text[start:dots]:
            return None
        frame = self._frame_before(start, dots)
        if frame is None or self.text[frame[0][0] : frame[0][1]].lower() not in SPEECH_VERBS:
            return None
        return frame

    def _inner_speaker(self, start: int, open_mark: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """The nearest speaker above a partial quotation in the parse of its sentence (which opens at ``start``): a
        speech noun's possessor ("Trump's comments about … “…”") or a speech verb's named subject ("Griffin claims
        that the image is an “…”"), as (cue, subject); (cue, None) when a speech noun with a named possessor stands
        between that verb and the quotation; None when neither stands above it."""
        sentence = self.sentence_at(open_mark)
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return None
        base = sentence.start
        doc = self.parse([sentence.text])[0]
        token = next((t for t in doc if base + t.idx > open_mark), None)
        seen = 0
        while token is not None and token.head.i != token.i and seen < 30:
            token, seen = token.head, seen + 1
            if token.pos_ == "NOUN" and token.lemma_.lower() in _SPEECH_NOUNS:
                owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
                if owners:
                    a, b = name_span(owners[0])
                    return (base + token.idx, base + token.idx + len(token)), (base + a, base + b)
            if token.pos_ == "VERB" and (token.lower_ in SPEECH_VERBS or token.lemma_ in _SPEECH_LEMMAS):
                subjects = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
                if not subjects:
                    return None
                cue = (base + token.idx, base + token.idx + len(token))
                if any(
                    t.pos_ == "NOUN"
                    and t.lemma_.lower() in _SPEECH_NOUNS
                    and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children)
                    and cue[1] <= base + t.idx < open_mark
                    for t in doc
                ):
                    # "… inspired by Trump's comments about Megyn Kelly having “blood coming out of her eyes”": the
                    # words may be those of the one whose comments come between (the parse hangs them elsewhere):
                    # unattributed, and the cue keeps any later rule from carrying a speaker to them
                    return cue, None
                a, b = name_span(subjects[0])
                return cue, (base + a, base + b)
        return None

    def _told_inside(self, before: Frame | None, after: Frame, open_mark: int) -> bool:
        """'The officer yelled, “Where are you going?” Holder recalled.': a subject and its cue handing the
        quotation over with a comma right before it, and another subject's cue after it. The words are the
        inner speaker's, whom the outer one (the teller) reports; a named teller does not make them his (BASIL,
        stop 39, printed the officer's shout under Holder). The same subject on both sides is one speaker."""
        if before is None or before[1] is None or after[1] is None:
            return False
        (cue_start, cue_end), (s_start, s_end) = before
        if s_end > cue_start or self.text[cue_end:open_mark].strip() not in (",", ":"):
            return False
        inner, outer = fold(self.text[s_start:s_end]), fold(self.text[after[1][0] : after[1][1]])
        if inner in PRONOUNS or inner in _RELATIVE:
            return False  # 'he said, “…” Holder recalled': a pronoun may be the teller himself
        heads = re.findall(r"\w+", inner)[-1:]
        return bool(heads) and heads[0] not in re.findall(r"\w+", outer)

    def _grounded(self, frame: Frame) -> tuple[tuple[int, int], tuple[int, int] | None]:
        """The frame found by the word rules, checked against the parse of its sentence. A subject
        span with a verb in it is a piece of a clause, not a noun phrase ("went on to" from "Trump
        joked ..., but went on to say, “...”", "speaking to Iowans" from "Fiorina, speaking to Iowans,
        said", "Trump was" from "Trump was asked"): the parse's subject of the cue replaces it. A
        passive cue ("was asked", "was told") has the one who asked or told as its speaker: the agent
        ("by host Bill Maher"), or nobody the text names (None) — never its grammatical subject, to
        whom the words were put."""
        (c_start, c_end), (s_start, s_end) = frame
        sentence = self.sentence_at(c_start) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return frame
        base = sentence.start
        doc = self.parse([sentence.text])[0]
        verb = next((t for t in doc if base + t.idx == c_start), None)
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return frame
        inside = [t for t in doc if s_start <= base + t.idx < s_end]
        before = s_end <= c_start
        if before and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if not agents and verb.lower_ not in SPEECH_VERBS and verb.lemma_ not in SPEECH_VERBS:
                # "Rick Perry was somehow not convinced: “…”": a state, not words put to him; he speaks (editor read
                # #11, stop 40, row 107 left Perry's statement unattributed). The subject read by the parse.
                passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                if passive is None or not (passive.pos_ == "PROPN" or passive.lower_ in ("he", "she", "they", "we")):
                    return (c_start, c_end), None
                left = min(passive.subtree, key=lambda t: t.i)
                return (c_start, c_end), (base + left.idx, base + passive.idx + len(passive))
            if not agents:
                return (c_start, c_end), None
            head = agents[0]
            # "by a California newspaper, The Press-Enterprise": the name in apposition is who
            head = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), head)
            left = min([head] + [t for c in head.lefts for t in c.subtree], key=lambda t: t.i)
            return (c_start, c_end), (base + left.idx, base + head.idx + len(head.text))
        relative = self.text[s_start:s_end].lower() in _RELATIVE  # "Mike Lee, who declared ...: “...”"
        fragment = relative or s_start < base or any(t.pos_ in ("VERB", "AUX") for t in inside)
        if not fragment:
            return frame
        found = subject_span(doc, verb) or _heard_saying(doc, verb)
        if found is None or (before and base + found[1] > c_start):
            return frame
        found = _named_after(doc, found)
        return (c_start, c_end), (base + found[0], base + found[1])

    def _frames_a_clause_after(self, last: QuoteSpan, frame: Frame) -> bool:
        """Whether a frame found after a partial quote belongs to a subordinate or relative clause that
        the quoted words do not hang from: '44 percent think Obama “intentionally misled” the public when
        he said that ...' (the poll's wording was credited to Obama, editor row 177), 'The company website
        describes it as “...”, which Google Translate says means:' (Multi-News row 57 credited the
        website's words to Google Translate). A subordinator or relative word stands between the closing
        mark and the frame, and in the parse of the sentence the cue verb is no ancestor of any quoted
        word; the frame before the marks, or the parse's governing cue, attributes the quote instead."""
        if self.parse is None or last.close_mark is None:
            return False
        if not _SUBORDINATOR.search(self.text, last.close_mark + 1, min(frame[0][0], frame[1][0])):
            return False
        sentence = self.sentence_at(frame[0][0])
        # the sentence of the cue may start inside a long quotation ('as "... Zwiebeln. (Für ... angegeben.)",
        # which Google Translate says means:'): the quoted words of that sentence stand for the quotation
        if sentence is None or len(sentence.text) > MAX_PARSE_CHARS or not sentence.start < last.end:
            return False
        base = sentence.start
        doc = self.parse([sentence.text])[0]
        cue = next((t for t in doc if base + t.idx == frame[0][0]), None)
        quoted = [t for t in doc if last.start <= base + t.idx < last.end]
        return cue is not None and bool(quoted) and not any(cue in t.ancestors for t in quoted)

    def _next_sentence(self, last: str, after_start: int, frame: tuple[tuple[int, int], tuple[int, int]]) -> bool:
        """A quotation that ends its sentence inside the marks ('“... porky!” On another occasion, she
        writes, ...') is not framed by a clause that opens with words of its own before the frame's
        subject and verb: that is the next sentence. '“Stop!” he said' and '“Stop!” said Ilse
        Varga' have the frame right after the mark."""
        if not last.rstrip("”\"’' ").endswith((".", "!", "?")):
            return False
        lead = self.text[after_start : min(frame[0][0], frame[1][0])]
        words = [w for w, _, _ in words_with_offsets(lead)]
        if not words:
            # '“... for the long run!” She replied to him that ...': a capitalised pronoun opens the next
            # sentence ('“Stop!” she said' is written in lower case)
            subject = self.text[frame[1][0] : frame[1][1]]
            if subject in _CAPITALISED_PRONOUNS:
                return True
            # 'calling them simply “suspected explosive devices.” Wray elaborated at Friday’s press briefing that
            # each device …': after a full stop inside the marks, a frame that goes on with words of its own is
            # the next sentence's (editor read #12, stop 41, BASIL 2018 credited the authorities' words to Wray);
            # '“….” Wray said on Friday.' ends where its frame does
            cue = self.text[frame[0][0] : frame[0][1]].strip()
            if last.rstrip("”\"’' ").endswith(".") and cue[:1].isalpha():  # not a dash's signature ("— Name, on …")
                frame_end = max(frame[0][1], frame[1][1])
                rest = self.text[frame_end : self._after_end(frame_end)]
                return len(rest.split()) > MAX_FRAME_TAIL
            return False
        return words[0][:1].isupper()

    @staticmethod
    def _is_clause(before: str, inner: str, after: str) -> bool:
        lead = before.rstrip()
        starts_clause = not lead or lead.endswith(_CLAUSE_BEFORE) or _ends_with_speech_verb(lead)
        tail = after.lstrip()
        ends_clause = inner.rstrip().endswith((",", ".", "?", "!", "…")) or not tail or tail[0] in ".,?!;:—―–"
        return starts_clause and ends_clause

    def _frame_after(self, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        segment = self.text[start:end]
        dash = _DASH_SOURCE.match(segment)
        if dash:  # ”― Sonya Herridge
            subject = subject_after(self.text, start + dash.end() - 1, end)
            if subject:
                return (start, start + dash.end()), subject
        according = _ACCORDING.match(segment.lstrip(" ,"))
        if according:  # “...,” according to Moscow
            a_end = start + len(segment) - len(segment.lstrip(" ,")) + according.end()
            subject = subject_after(self.text, a_end, end)
            if subject:
                return (a_end - len("according to"), a_end), subject
        quoted_as = _QUOTED_AS.search(segment)
        if quoted_as and not any(ch in '“”"«»' for ch in segment[: quoted_as.start()]):
            return self._quoted_as(start, quoted_as)  # “Hi, I'm Tiger,” she quoted him as saying
        passive = _PASSIVE_QUOTED.search(segment)
        if passive:
            subject = subject_before(self.text, start + passive.start(), start)
            if subject:
                return (start + passive.start(), start + passive.end()), subject
        # a relative clause set off by commas on the subject ('”, Kathy Fairbanks with the No on 37 campaign, which
        # didn't hold a public party, told us'; Multi-News row 85, stop 60, left her words unattributed) says
        # nothing of the frame: its words do not count toward the cue's distance from the marks
        asides = [m.span() for m in _SET_OFF_RELATIVE.finditer(segment, 0, 200)]
        near = [w for w in words_with_offsets(segment) if not any(a < w[1] < b for a, b in asides)][:14]
        for word, w_start, w_end in near:
            glued = word.split(".", 1)[0]  # "Flaherty said.City leaders ...": scraped text lost a space
            if glued != word and glued.islower() and glued in FRAME_VERBS:
                word, w_end = glued, w_start + len(glued)
            if _capitalised_cue(word, self.text[start : start + w_start]):
                # '“...!” Mike Lee, the head of Keld PAC, Tweeted on Friday': a cue typed with a capital after the
                # subject's comma (the quotation went to the person named in the paragraph before)
                word = word.lower()
            if word.islower() and frame_word(self.text, word, start + w_end):
                verb = (start + w_start, start + w_end)
                subject = subject_before(self.text, verb[0], start)
                if subject is not None and word in PARTICIPLES and self.text[subject[1] : verb[0]].strip() == ",":
                    # 'called for Mr. Trump to “use …” Mr. Putin at the summit, adding, “…”': a participle set
                    # off by a comma has the sentence's subject, not the object before the comma (BASIL, stop 39,
                    # gave Royce's words to Putin); the parse's subject, or none
                    subject = self._parsed_subject(verb[0])
                    return (verb, subject) if subject is not None and subject[1] <= start else None
                if subject is not None and self._relative_cue(subject, verb):
                    # '… didn't represent “all the bishops,” a point the USCCB media office denied': the verb is in
                    # a relative clause on a noun after the quotation, not its frame (BASIL 29ffd053, stop 43,
                    # printed "point the USCCB media office")
                    return None
                if subject is not None and self._interjected(subject, verb):
                    # '“... in the primaries,” both Democratic and Republican, says David Graham at The Atlantic': a
                    # phrase set off by commas after the quotation is no subject; the name after the verb is
                    # (Multi-News row 36 printed "both Democratic and Republican")
                    subject = subject_after(self.text, verb[1], end)
                if subject is None and word in PARTICIPLES:
                    # '“New York values,” saying the city embodied ...': a participle has no subject after
                    # it; it is the sentence's (the parse's), or none
                    subject = self._parsed_subject(verb[0])
                elif subject is None and not self.text[start : verb[0]].strip(" ,.;:!?—–-"):
                    subject = subject_after(self.text, verb[1], end)  # ,” said Oleg Nikolenko
                elif subject is None and self.text[start : verb[0]].rstrip().endswith(","):
                    # ',” Rita Lee of Athens, Alabama, tweeted': the words before the comma are no subject
                    # (``subject_before``); the parse's subject of the cue is (editor row 244)
                    subject = self._parsed_subject(verb[0])
                    if subject is not None and subject[0] < start:
                        # '“..., I would ...,” Tom Velden, now 81 and retired in Keld, Mass., said': a word
                        # inside the quotation is never its speaker, who stands outside the marks; the
                        # noun phrase the closing mark hands the words to is
                        subject = subject_after(self.text, start, verb[0])
                if subject is not None:
                    return verb, subject
                return None
            if any(ch in '“”"«»' for ch in segment[:w_start]):
                return None
        return None

    def _relative_cue(self, subject: tuple[int, int], verb: tuple[int, int]) -> bool:
        """The words read back from the cue are a noun phrase and the subject of a relative clause without
        "that" ("a point the office denied", "a claim his lawyer disputed": two determiners), and the parse
        makes the cue a relative clause on that first noun. Only then is the sentence parsed."""
        words = self.text[subject[0] : subject[1]].split()
        if len(words) < 3 or words[0].lower() not in _CONTACT_HEADS:
            return False
        if not any(w.lower() in _CONTACT_SUBJECTS for w in words[2:]):
            return False
        sentence = self.sentence_at(verb[0]) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return False
        doc = self.parse([sentence.text])[0]
        cue = next((t for t in doc if t.idx == verb[0] - sentence.start), None)
        return (
            cue is not None and cue.dep_ == "relcl" and cue.head.idx + sentence.start < subject[0] + len(words[0]) + 2
        )

    def _interjected(self, subject: tuple[int, int], verb: tuple[int, int]) -> bool:
        """A subject read before an inverted verb that is a phrase between commas opening in lower case, not
        with a determiner or a pronoun, with a capitalised name after the verb."""
        words = self.text[subject[0] : subject[1]].split()
        if not words or not words[0].islower() or words[0] in _DETERMINER_WORDS or words[0] in PRONOUNS:
            return False
        if self.text[subject[1] : verb[0]].strip() != ",":
            return False
        after = self.text[verb[1] : verb[1] + 40].lstrip()
        return after[:1].isupper()

    def _frame_before(self, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        segment = self.text[start:end]
        if (given := _WITH_THE_WORDS.search(self.text, start, end)) is not None:
            return self._words_given(given)
        if (passive := self._passive_quoted_as(start, end)) is not None:
            return passive  # not the active "quoted <Y> as saying" read with "in The Hill" as Y
        quoted_as = list(_QUOTED_AS.finditer(segment))
        if quoted_as and len(words_with_offsets(segment[quoted_as[-1].end() :])) <= MAX_MANNER_GAP:
            return self._quoted_as(start, quoted_as[-1])  # The paper quoted Ada Brant as saying, “...”
        according = list(_ACCORDING.finditer(segment))
        words = words_with_offsets(segment)
        asides = [m.span() for m in _DASH_ASIDE.finditer(segment)]
        for word, w_start, w_end in reversed(words):
            if any(a < w_start and w_end < b for a, b in asides):
                continue  # "Lund contends that — even if you could argue that … — “…”": the aside frames nothing
            lower = word.lower()
            manner = lower in _MANNER and lower not in FRAME_VERBS
            after = [w for w in words_with_offsets(segment[w_end:]) if not any(a < w_end + w[1] < b for a, b in asides)]
            if manner and len(after) > MAX_MANNER_GAP:
                continue  # a verb of manner far from the marks (an aside between them not counted)
            if word.islower() and frame_word(self.text, lower, start + w_end):
                verb = (start + w_start, start + w_end)
                if _OPEN_RELATIVE.search(segment, w_end):
                    # "he has said the wall could be steel slats, which would be like the “bollard fencing”": the
                    # writer's aside about what was said, still open at the marks, is no one's words (BASIL
                    # 0d10341a, basil42's tune half, printed the term as Trump's)
                    return None
                if lower in ("called", "named", "dubbed") and _NAMING_PARTICIPLE.match(self.text, verb[1], end):
                    continue  # "a secret program called Prism is simply an “…”": a name given, no one's words
                if _WHO_RELATIVE.search(self.text, start, verb[0]) and any(
                    w.islower() and w.lower() in SPEECH_VERBS for w, _, e in words if start + e < verb[0]
                ):
                    continue  # "Tom Velden tweeted ... at a candidate who promised layoffs:": the main clause frames
                shown = _SHOWN_SAYING.search(self.text, start, verb[0]) if lower in PARTICIPLES else None
                if shown is not None and not _QUOTE_MARK.search(self.text, verb[1], end):
                    # "a Times report which includes video of him at a 2008 event saying he had served “in
                    # Vietnam”": the one the recording shows speaks, not the sentence's subject (BASIL 85475456, stop
                    # 49, printed the campaign that called the report a distortion); a later quotation of the
                    # sentence ("… an “outrageous distortion”") is not the participle's
                    return verb, shown.span(1)
                subject = self._subject_of(start, verb[0], lower)
                if subject is not None and self._linking_word(subject, verb):
                    # 'And, said Malkan, “Sting's people were calling us …”': the word opening the sentence links it
                    # to the one before, the name after the inverted cue spoke (Multi-News row 85, stop 60, printed
                    # "And" and no name)
                    subject = subject_after(self.text, verb[1], end)
                if (
                    subject is None
                    and self.text[start : verb[0]].rstrip(" ”\"'’").endswith(",")
                    and len(words_with_offsets(segment[w_end:])) <= 1  # the cue hands the marks the words
                ):
                    # 'As Tom Reed, professor of law at Keld and author of “The Quiet Court,” put it, “...”': the
                    # word rules find no subject across the apposition's commas (and a title's marks); the parse's
                    # subject of the cue is who spoke (PolNeAR train carried the words to the speaker before)
                    subject = self._parsed_subject(verb[0])
                    opener = _AS_NAME.match(self.text, start, verb[0]) if subject is None else None
                    if opener is not None:  # the parse lost the cue's subject in the title: "As <Name>, ..."
                        subject = opener.span(1)
                if subject is None and lower in SPEECH_VERBS and _SET_OFF_BEFORE.search(self.text, start, verb[0]):
                    # "the sheriff, whose department investigated the case, stated publicly that she believed “a
                    # crime occurred”": a relative clause or apposition hides the nearer cue's subject from the
                    # word rules; the parse reads it, where an earlier verb's subject had the words (editor read,
                    # stop 35, row 103 credited the sheriff's words to the district attorney)
                    subject = self._parsed_subject(verb[0])
                if subject is not None:
                    return verb, subject
                if _RELATIVE_BEFORE.search(self.text, start, verb[0]):
                    # "phone records ..., including one that says, “...”": the subject of an earlier verb
                    # does not frame it ("James said she had phone records" had the message, Multi-News
                    # row 175); the parse reads the relative clause (``_speakers_from_parse``)
                    return None
        if according:
            match = according[-1]
            subject = subject_after(self.text, start + match.end(), end)
            if subject:
                return (start + match.start(), start + match.end()), subject
        return None

    def _linking_word(self, subject: tuple[int, int], verb: tuple[int, int]) -> bool:
        """The subject read before a cue is one word that links a sentence to the one before ("And", "But",
        "Also") set off from the cue by a comma: no noun, so the cue is inverted."""
        word = self.text[subject[0] : subject[1]].lower()
        return word in _LINKING_WORDS and self.text[subject[1] : verb[0]].strip() == ","

    def _words_given(self, given: re.Match[str]) -> Frame | None:
        """The doer of the clause "with the words" hangs from: "…, whose son Todd led the revolt with the words, “…”" is
        Todd's, not the main clause's speaker (Multi-News row 24, stop 57, printed his father); None when the parse
        gives that clause no subject, since the main clause's cue does not frame the words either."""
        sentence = self.sentence_at(given.start()) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return None
        doc = self.parse([sentence.text])[0]
        doer = next((t for t in doc if t.idx == given.start() - sentence.start), None)
        for _ in range(3):  # "led the revolt with the words": the parse may hang "with" on the verb's object
            if doer is None or doer.pos_ in ("VERB", "AUX") or doer.head is doer:
                break
            doer = doer.head
        doer = doer if doer is not None and doer.pos_ in ("VERB", "AUX") else None
        found = subject_span(doc, doer) if doer is not None else None
        if found is None or sentence.start + found[1] > given.start():
            return None
        return given.span(), (sentence.start + found[0], sentence.start + found[1])

    def _passive_quoted_as(self, start: int, end: int) -> Frame | None:
        """ "Ada Brant was quoted in The Hill as saying: “…”": the frame's passive verb, and its subject (the noun
        phrase right before it) as the speaker."""
        passive = _PASSIVE_QUOTED_AS.search(self.text, start, end)
        if passive is None:
            return None
        subject = subject_before(self.text, passive.start(), start)
        return ((passive.start(), passive.end()), subject) if subject is not None else None

    @staticmethod
    def _quoted_as(start: int, match: re.Match[str]) -> Frame:
        """ "X quoted Y as saying": Y said the words, X (a newspaper, a witness) reports them; the
        writer's subject had been taken for the speaker (Multi-News row 175: a porn star's account of
        what Tiger Woods said to her was credited to her)."""
        cue = (start + match.start(), start + match.start() + len("quoted"))
        return cue, (start + match.start(1), start + match.end(1))

    def _frame_between(self, group: list[QuoteSpan]) -> tuple[tuple[int, int], tuple[int, int]] | None:
        for left, right in itertools.pairwise(group):
            if left.close_mark is not None:
                frame = self._frame_after(left.close_mark + 1, right.open_mark)
                if frame:
                    return frame
        return None

    def _dash_line(self, after: int) -> Frame | None:
        """A quotation that ends its paragraph, signed on the next line with a dash ("“...” // - Bernie
        Sanders." in a fact-check list, "-Michelle Marks, Philadelphia." under a reader's quote): the
        name after the dash is the speaker. Only a short line (``MAX_SIGNATURE_WORDS``)."""
        rest = self.text[after:]
        if rest.strip(" .") and not rest.lstrip(" .").startswith("\n"):
            return None  # the paragraph goes on after the quotation
        line = re.match(r"\s*\n\s*([―—–-]{1,2})\s*(?=[A-Z])([^\n]*)", rest)
        if line is None or len(line.group(2).split()) > MAX_SIGNATURE_WORDS:
            return None
        dash = (after + line.start(1), after + line.end(1))
        subject = subject_after(self.text, dash[1], after + line.end(2))
        return (dash, subject) if subject is not None else None

    def _name_after(self, after: int) -> Frame | None:
        """A person's name right after the closing mark with no speech verb in the rest of the sentence: the
        quotation signed with its speaker ('“...” Senator Ted Cruz' closing a paragraph, '“...,” Sen. Ron Johnson
        (R-TX), who was elected by tea party constituents.'; Multi-News row 112 and 108 carried both to the
        speaker before). A title may stand before the name; a party tag, an apposition or a relative clause
        after it."""
        person = next(
            (m for m in self.resolver.mentions if m.label == "PERSON" and after <= m.start <= after + 40), None
        )
        if person is None or not _SIGNATURE_LEAD.fullmatch(self.text, after, person.start):
            return None
        line_end = self.text.find("\n", person.end)
        end = self._after_end(person.end) if line_end < 0 else min(self._after_end(person.end), line_end)
        rest = self.text[person.end : end]
        if rest.strip(" .") and not _SIGNATURE_TAIL.match(rest):
            return None
        if any(w.lower() in FRAME_VERBS or w.lower() in _MANNER for w, _, _ in words_with_offsets(rest)):
            return None
        return (person.start, person.end), (person.start, person.end)

    def _frame_intro(self, open_mark: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """ "Cruz continued: // “...”", "President Clinton released the following statement: “...”"."""
        lead = self.text[:open_mark].rstrip()
        if not lead.endswith(":"):
            return None
        colon = len(lead) - 1
        start, _ = self.sentence_bounds(colon)
        signed = _DASH_SIGNATURE.search(self.text, start, colon)
        if signed is not None:
            # a digest's item: "Turnout beat the forecasts in Keld - Ada Brant: “...”": a summary line, a dash,
            # and the name of the source whose words follow the colon (a poll roundup credited them to the
            # summary's first words: "Media shares", "polls")
            return (colon, colon + 1), signed.span(1)
        if (passive := self._passive_quoted_as(start, colon + 1)) is not None:
            return passive
        words = words_with_offsets(self.text[start:colon])
        # a speech verb first ("As Joel Pollak reported after the FBI appears to have abandoned the
        # scene:"), else the last finite verb ("released the following statement:")
        verbs = [w for w in reversed(words) if w[0].islower() and w[0] in SPEECH_VERBS] or [
            w for w in reversed(words) if w[0].islower() and (w[0] in _FINITE or w[0].endswith("ed"))
        ]
        # "Mint spokesman Adam Stump issued this statement when contacted by ABC News:": a verb of a
        # subordinate clause ("when contacted") has no subject of its own; the main verb before it frames
        # the quotation (the statement was carried to the previous speaker, Multi-News row 105)
        while len(verbs) > 1 and (
            _SUBORDINATE.search(self.text, start, start + verbs[0][1])
            # "Reporter Tom Velden tweeted back ... pointing out how odd the remark was coming from a candidate
            # who promised mass layoffs:": a relative clause's verb frames nothing; the main clause's does
            or _WHO_RELATIVE.search(self.text, start, start + verbs[0][1])
        ):
            verbs = verbs[1:]
        if _WRITER_BRACKET.match(self.text, open_mark + 1) and not any(w[0] in SPEECH_VERBS for w in verbs[:1]):
            # 'Newt Gingrich was pedantic: "[He] had more of a procedural issue …"': a quotation that opens with
            # the writer's bracketed "[He]" is someone's text about the person the frame names, not his words; a
            # frame without a verb of saying names no one else (editor read #11's row 107 printed Gingrich)
            return None
        for word, w_start, _w_end in verbs[:1]:
            # "Trump gestured ..., then leaned in and boomed:": a coordinated verb's subject (``_subject_of``)
            subject = self._subject_of(start, start + w_start, word)
            if subject is not None and _WH_WORD.search(self.text, subject[0], subject[1]):
                # "Ada Brant broke down exactly what was wrong with the plan:": a clause's wh-word is no speaker;
                # the subject of the sentence's main verb is (PolNeAR train printed "exactly what")
                subject = self._root_subject(start, colon)
            if subject is None:
                # "John Elder, a council member who also works as an officer of the Police Department, shouted
                # at his fellow members: “...”": the word rules find no subject across the relative clause;
                # the parse's subject of the speech verb is who spoke (the quote was carried to the newspaper
                # quoted before, Multi-News row 94); so with any verb of the frame ("The New Baltimore Police
                # Department, where Rose worked as a cadet, released the following statement:", row 50)
                subject = self._parsed_subject(start + w_start)
            if subject is None:
                # "Rick Perry was somehow not convinced: “…”": the sentence's subject, when a person
                subject = self._person_subject(start, colon)
            if subject is not None:
                return (start + w_start, start + _w_end), subject
            return None
        if not verbs and (subject := self._person_subject(start, colon)) is not None:
            # a frame whose verb the word lists do not know: "Jon Huntsman stuck to Twitter: “…”", "Herman Cain kept
            # his statement to a Twitter-friendly length: “…”" (editor read #11, stop 40, row 107: both went to the
            # speaker of the paragraph before)
            return (colon, colon + 1), subject
        if (
            0 < len(words) <= 4 and words[0][0][:1].isupper() and words[0][0].lower() not in _NOT_A_SOURCE
        ):  # a headline "Trump: ‘...’" (not "Then later: “...”", Multi-News row 99 printed "Then")
            if words[0][0].lower() in FRAME_VERBS:
                # an inverted frame "Added Gibbs: “…”", "Said the mayor:": the verb opens the sentence and its
                # subject follows (BASIL df5fe55a printed the speaker "Added Gibbs")
                if len(words) < 2:
                    return None
                return (start + words[0][1], start + words[0][2]), (start + words[1][1], start + words[-1][2])
            return (colon, colon + 1), (start + words[0][1], start + words[-1][2])
        named = [
            m
            for m in self.resolver.mentions
            if m.label == "PERSON"
            and start <= m.start
            and m.end == colon
            and not re.search(r"\b(?:on|via|in|at|to)\s+$", self.text[max(0, m.start - 8) : m.start])
        ]
        addressed = _ADDRESSEE_BEFORE_COLON.search(self.text, start, colon)
        if not named and addressed is not None and (subject := self._first_subject(start, addressed.start())):
            # "A top Senate Democratic aide, likewise, put the prospects … bluntly in an email to HuffPost: “…”":
            # the one written to is no speaker; the sentence's subject is (editor read #20, b2, printed HuffPost)
            return (colon, colon + 1), subject
        if named and any(w.islower() for w, _, _ in words):
            # "The timing of the surge doesn't surprise Republican pollster Daron Shaw: “...”": a person
            # named right before the colon, in a clause with no speech verb, is whose words follow (not
            # in a title-case headline: "Trump Praises Editor Matthew Boyle: ‘Very Good Reporter’")
            return (colon, colon + 1), (named[0].start, named[0].end)
        return None

    def _expletive_subject(self, verb_start: int) -> tuple[int, int] | None:
        """ "there were two words that Ada Brant could not bring herself to utter:": the subject of the clause
        on the noun that an expletive "there" introduces (the parse's first subject after the verb)."""
        sentence = self.sentence_at(verb_start) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return None
        doc = self.parse([sentence.text])[0]
        verb = next((t for t in doc if t.idx == verb_start - sentence.start), None)
        if verb is None or not any(c.dep_ == "expl" for c in verb.children):
            return None
        subject = next((t for t in verb.subtree if t.dep_ == "nsubj" and t.i > verb.i), None)
        if subject is None:
            return None
        left = min(subject.subtree, key=lambda t: t.i)
        return sentence.start + left.idx, sentence.start + subject.idx + len(subject.text)

    def _person_subject(self, start: int, colon: int) -> tuple[int, int] | None:
        """The parse's subject of the main verb of a colon frame's sentence, when it is a person named at the
        sentence's start and no other person is named before the colon (not "Obama faced a retort from Boehner:")."""
        sentence = self.sentence_at(start) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return None
        doc = self.parse([sentence.text])[0]
        root = next((t for t in doc if t.dep_ == "ROOT"), None)  # "was" of "was somehow not convinced" too
        if root is None or root.pos_ not in ("VERB", "AUX") or sentence.start + root.idx >= colon:
            return None
        found = subject_span(doc, root)
        if found is None:
            return None
        subject = sentence.start + found[0], sentence.start + found[1]
        people = [m for m in self.resolver.mentions if m.label == "PERSON" and start <= m.start < colon]
        if len(people) != 1 or not (subject[0] <= people[0].start < subject[1]):
            return None
        if not _OPENER_ONLY.fullmatch(self.text, start, people[0].start):
            return None  # the name does not open the sentence
        return subject

    def _first_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """The parse's subject of the first verb of the sentence at ``start`` that has one, when both stand before
        ``end`` (the root may be a verb inside the quotation that follows a colon)."""
        sentence = self.sentence_at(start) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return None
        doc = self.parse([sentence.text])[0]
        for token in doc:
            if sentence.start + token.idx >= end:
                return None
            found = subject_span(doc, token) if token.pos_ == "VERB" else None
            if found is not None and sentence.start + found[1] <= end:
                return sentence.start + found[0], sentence.start + found[1]
        return None

    def _root_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """The parse's subject of the main verb of the sentence at ``start``, when both stand before ``end``."""
        sentence = self.sentence_at(start) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return None
        doc = self.parse([sentence.text])[0]
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ != "VERB" or sentence.start + root.idx >= end:
            return None
        found = subject_span(doc, root)
        if found is None or sentence.start + found[1] > end:
            return None
        return sentence.start + found[0], sentence.start + found[1]

    def _subject_of(self, start: int, verb_start: int, verb: str) -> tuple[int, int] | None:
        """Subject of a speech verb; participles ("by saying") and coordinated verbs ("met Xi and
        said") take the subject that opens the sentence."""
        if _AND_BEFORE.search(self.text[start:verb_start]):
            clause = _SUBORDINATE_AND.search(self.text, start, verb_start)
            if clause is not None:
                # "Etheridge is seen in a video grabbing … a young man after the man approached the congressman and
                # asked if he supported the “Obama agenda”": the coordinated verb's subject is the subordinate
                # clause's, not the sentence's (editor read #20, b1; the parse joins "asked" to the main verb)
                return clause.span(1)
            parsed = self._parsed_subject(verb_start)
            return parsed if parsed is not None else self._sentence_subject(start, verb_start)
        if verb in PARTICIPLES or (verb in _QUOTE_CUES and verb.endswith("ing")):
            # "Trump was defensive when forced to defend not paying an architect who said ..., saying, “...”":
            # the parse hangs the participle on the nearest clause, so the words opening the sentence
            # are its subject, unless a fronted phrase opens it ("Speaking again, he proceeded to recite
            # ..., saying:"), where the parse's subject is the better reading
            nearer = self._parsed_subject(verb_start, nearer_only=True) or self._document_author(verb_start)
            if nearer is not None:  # "X's comments came as Y turned it down, saying “…”": Y (``nearer_clause``)
                return nearer
            opening = self._sentence_subject(start, verb_start)
            if opening is not None and _opened_before(self.text[start : opening[0]]):
                # '“Social Media is totally discriminating …,” Mr. Trump wrote on Twitter, saying that “…”': words
                # inside the first quotation are no subject of the participle; the parse's subject is (BASIL
                # ad409798, stop 42's kept half, printed "Social Media")
                return self._parsed_subject(verb_start)
            if opening is None or "," in self.text[opening[0] : opening[1]]:
                return self._parsed_subject(verb_start) or opening
            return opening
        found = subject_before(self.text, verb_start, start)
        lone = self.text[found[0] : found[1]] if found is not None else ""
        if lone.lower() == "there":
            # "there were two words that a tearful Ada Brant could not bring herself to utter:": an expletive
            # "there" is no one; the parse's subject of the cue is (PolNeAR train printed "there")
            return self._parsed_subject(verb_start) or self._expletive_subject(verb_start)
        if lone.isalpha() and lone.islower() and lone not in PRONOUNS and lone not in _RELATIVE:
            # "The war criminal, who was among those most involved ..., further wrote:": a lone adverb left after
            # the relative clause is no subject; the parse's subject of the cue is (Multi-News row 23 had "further")
            return self._parsed_subject(verb_start) or found
        if found is None and _WHO_BEFORE.search(self.text, start, verb_start):
            # "Peter Hansen, who declared in the spin room, “...”": the noun the relative clause is on
            return self._parsed_subject(verb_start)
        return found

    def _retold(self, span: QuoteSpan) -> Frame | None:
        """The outer speaker's frame of words that speak of the inner speaker as "he"/"she" ("X left saying Y
        told them “he'd keep it closed”": X's account; ``governing_speaker``), or None."""
        sentence = self.sentence_at(span.open_mark) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return None
        base = sentence.start
        found = governing_speaker(self.parse([sentence.text])[0], span.start - base, span.end - base)
        if found is None:
            return None
        (c_start, c_end), (s_start, s_end) = found
        return (base + c_start, base + c_end), (base + s_start, base + s_end)

    def _parsed_subject(self, verb_start: int, nearer_only: bool = False) -> tuple[int, int] | None:
        """The subject the parse gives a coordinated or participle cue verb ("After reporter Ian Moss
        finished his report, Grimm stormed back, leaned into him and said, “...”": Grimm, where the
        first words of the sentence gave "After reporter Ian Moss"); None without a parser, or when
        the subject is not in the sentence before the verb. ``nearer_only``: only a participle's subject
        read from the clause right before it (``nearer_clause``), else None."""
        sentence = self.sentence_at(verb_start) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return None
        doc = self.parse([sentence.text])[0]
        at = verb_start - sentence.start
        verb = next((t for t in doc if t.idx == at), None)
        if nearer_only:
            clause = nearer_clause(verb) if verb is not None else None
            found = subject_span(doc, clause) if clause is not None else None
            return None if found is None else (sentence.start + found[0], sentence.start + found[1])
        outer = outer_verb(verb) if verb is not None else None
        found = subject_span(doc, outer or verb) if verb is not None else None
        if found is None and verb is not None and verb.dep_ == "acl" and verb.head.pos_ == "PROPN":
            # ',” Rita Lee of Athens, Alabama, tweeted after ...': the parse hangs the cue on the name as a
            # clause of it; the name (with the words before it in its phrase) is the subject
            name = verb.head
            lefts = [t for c in name.lefts if c.dep_ != "punct" for t in c.subtree]
            left = min([name, *lefts], key=lambda t: t.i)
            found = (left.idx, name.idx + len(name.text))
        if found is None or found[1] > at:
            return None
        return sentence.start + found[0], sentence.start + found[1]

    def _document_author(self, verb_start: int) -> tuple[int, int] | None:
        """The author the parse names on the document a participle cue hangs from ("released a statement from her
        doctor declaring"; ``syntax_speech.document_author``), or None."""
        sentence = self.sentence_at(verb_start) if self.parse is not None else None
        if self.parse is None or sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
            return None
        doc = self.parse([sentence.text])[0]
        verb = next((t for t in doc if t.idx == verb_start - sentence.start), None)
        found = document_author(doc, verb) if verb is not None else None
        return None if found is None else (sentence.start + found[0], sentence.start + found[1])

    def _sentence_subject(self, start: int, verb_start: int) -> tuple[int, int] | None:
        """ "China’s foreign ministry responded ... by saying": the subject opening the sentence."""
        segment = self.text[start:verb_start]
        words = words_with_offsets(segment)
        end_word = None
        for index, (word, _, _) in enumerate(words):
            if index and (word.islower() and (word.endswith("ed") or word in _FINITE)):
                end_word = index
                break
        if not end_word:
            return None
        if words[0][0].lower() in _NO_SUBJECT_OPENERS:
            # "In a statement released Thursday, Rep. Hakeem Jeffries reacted ..., saying:", "This prompted the
            # tabloid to do a cover saying “...”": a fronted phrase or a demonstrative is no speaker (PolNeAR
            # train printed "In a statement" and "This" as names); the caller asks the parse
            return None
        return start + words[0][1], start + words[end_word - 1][2]

    def _speakers_from_parse(self, unframed: list[Attribution]) -> None:
        """Quotes the word rules found no frame for: the subject of the cue verb that governs the
        quotation in the dependency parse of its sentence."""
        assert self.parse is not None
        todo: list[tuple[Attribution, Sentence]] = []
        for attribution in unframed:
            sentence = self.sentence_at(attribution.parts[0].open_mark)
            if attribution.kind == "partial" and _document_wording(self.text, attribution.parts[0].open_mark):
                continue  # a resolution's words: not its mover's nor its judge's
            if sentence is not None and len(sentence.text) <= MAX_PARSE_CHARS:
                todo.append((attribution, sentence))
        docs = self.parse([sentence.text for _, sentence in todo])
        for (attribution, sentence), doc in zip(todo, docs, strict=True):
            first = attribution.spans[0]
            found = governing_speaker(doc, first[0] - sentence.start, first[1] - sentence.start)
            if found is None or _through_conjunct(doc, first[0] - sentence.start, found[0][0]):
                continue
            (c_start, c_end), (s_start, s_end) = found
            s_start, s_end = _caused_to_speak(doc, c_start) or (s_start, s_end)
            base = sentence.start
            cue_word = sentence.text[c_start:c_end].lower()
            if attribution.kind == "partial" and CUE_LEMMA_OF.get(cue_word, cue_word) not in _SAY_LEMMAS:
                open_mark = attribution.parts[0].open_mark
                if _LABEL_AFTER.search(self.text, max(0, open_mark - 20), open_mark):
                    # 'The team planned the “jail escort plan”': a name in marks after a determiner, hanging
                    # from a verb that is no verb of saying, is a label, not the subject's words (Multi-News
                    # row 14 credited it to the security company)
                    continue
            attribution.cue = (base + c_start, base + c_end)
            attribution.speaker = Speaker(self.text[base + s_start : base + s_end], base + s_start, base + s_end, None)
            namer = _naming_subject(doc, c_start) if sentence.text[s_start:s_end].lower() in ("he", "she") else None
            if namer is not None:
                # "Ryan also hammered Obama for what he called his “utter failure …”": the one who names it so is
                # the subject of the clause the free relative hangs on, not the object before the pronoun (BASIL
                # 2ec04201, stop 43, printed Romney, then Obama)
                attribution.speaker_refers_to = (base + namer[0], base + namer[1])
            if sentence.text[s_start:s_end].lower() in _RELATIVE:
                # "a 70-year-old academic named Eric Kingson, who is running for Congress and who worked the crowd,
                # praising “...”": the noun the relative clause is on (PolNeAR train left "who" unresolved)
                noun = _relative_antecedent(doc, s_start)
                if noun is not None:
                    a_start, a_end = _named_after(doc, (noun.left_edge.idx, noun.idx + len(noun.text)))
                    attribution.speaker_refers_to = (base + a_start, base + a_end)

    def sentence_at(self, offset: int) -> Sentence | None:
        if not self.sentences:
            return None
        at = max(0, bisect.bisect_right(self._starts, offset) - 1)
        sentence = self.sentences[at]
        if sentence.start <= offset < sentence.end:
            return sentence
        following = self.sentences[at + 1] if at + 1 < len(self.sentences) else None
        return following if following is not None and following.start <= offset + 1 < following.end else sentence

    # --- reported speech ------------------------------------------------------------------------

    def _reported(self, covered: list[tuple[int, int]], quotes: list[Attribution]) -> list[Attribution]:
        if self.parse is not None:
            return self._keep_wider(self._reported_parsed(covered) + self._headlines(covered), quotes)
        found: list[Attribution] = []
        used_cues = {a.cue for a in quotes if a.cue is not None and a.kind == "direct"}
        for sentence in self.sentences:
            if any(c_start <= sentence.start and sentence.end <= c_end for c_start, c_end in covered):
                continue
            attribution = self._reported_in(sentence, covered, used_cues)
            if attribution is not None:
                found.append(attribution)
        return found

    def _headlines(self, covered: list[tuple[int, int]]) -> list[Attribution]:
        """A one-line paragraph "Graham: Trump’s rhetoric destroying GOP’s chance" (the headline
        convention): a short capitalised name before the colon is the source, the rest the content.
        Labels ("UPDATE:", "Photo:") and lines that are one quotation (a direct quote) are left out."""
        found: list[Attribution] = []
        lines = list(re.finditer(r"[^\n]+", self.text))
        named = [(line, _HEADLINE.match(line.group(0))) for line in lines]
        # "TAPPER: …" // "FALLIN: Well, I think …" // "TAPPER: …": paragraphs opened by a name and a colon, two
        # names and one of them twice, are the turns of a transcript, each the named speaker's words however long
        # (PolNeAR train: a CNN interview's turns of 40-120 words were left out as too long for a headline)
        turns = Counter(
            fold_label(m.group(1)) for _, m in named if m is not None and fold_label(m.group(1)) not in HEADLINE_LABELS
        )
        transcript = len(turns) >= 2 and max(turns.values()) >= 2
        for line, match in named:
            if match is None:
                continue
            source = match.group(1)
            if fold_label(source) in HEADLINE_LABELS:
                continue
            if len(line.group(0).split()) > MAX_HEADLINE_WORDS and not (
                transcript and self._a_person(line.start(), source)
            ):
                continue  # a long line is a turn only when a person speaks it ("Name: Gabrielle Hatcher Age: 27 …")
            start, end = line.start() + match.start(2), line.start() + match.end(2)
            end -= len(self.text[start:end]) - len(self.text[start:end].rstrip(" .!"))
            if end - start < MIN_HEADLINE_CHARS or any(a <= start and end <= b + 1 for a, b in covered):
                continue
            subject = (line.start() + match.start(1), line.start() + match.end(1))
            colon = (subject[1], subject[1] + 1)
            record = self._reported_record((start, end), colon, subject)
            if record is not None:
                found.append(record)
        return found

    def _a_person(self, start: int, name: str) -> bool:
        """``name``, written at ``start``, is a person's: in capitals ("TAPPER") or tagged a person."""
        if name.isupper() and len(name) > 2:
            return True
        end = start + len(name)
        return any(m.label == "PERSON" and m.start < end and start < m.end for m in self.resolver.mentions)

    def _keep_wider(self, reported: list[Attribution], quotes: list[Attribution]) -> list[Attribution]:
        """Reported content that holds a direct quote: when the quotation is all it says ("X said,
        “...”") it is the quote's frame, already found, and is dropped; when the clause says more
        in the writer's words ("Ryan says no matter what Obama does, “his word does not trump the
        Second Amendment.”") the clause is the utterance and the quotation a partial quote in it."""
        kept: list[Attribution] = []
        for record in reported:
            start, end = record.spans[0]
            split = [
                _leave_to_content(self.text, q, start, end) for q in quotes if q.kind != "reported" and q.parts[1:]
            ]
            quotes.extend(part for part in split if part is not None)
            inside = [
                q
                for q in quotes
                if q.kind == "direct" and start <= q.parts[0].open_mark + 1 and q.spans[-1][1] <= end + 1
            ]
            if not inside:
                kept.append(record)
                continue
            if _own_words(self.text, start, end, [p for q in inside for p in q.parts]) >= MIN_OWN_WORDS:
                for quote in inside:
                    quote.kind = "partial"
                kept.append(record)
        return kept

    def _reported_parsed(self, covered: list[tuple[int, int]]) -> list[Attribution]:
        """Reported speech from the dependency parse of each sentence with a cue word. Content that
        ends inside a quotation runs on to its closing mark (a quote of several sentences)."""
        assert self.parse is not None
        todo = [
            s
            for s in self.sentences
            if len(s.text) <= MAX_PARSE_CHARS
            and not any(c_start <= s.start and s.end <= c_end for c_start, c_end in covered)
            and might_report(s.text)
        ]
        found: list[Attribution] = []
        seen: set[tuple[int, int]] = set()
        for sentence, doc in zip(todo, self.parse([s.text for s in todo]), strict=True):
            base = sentence.start
            for finding in reported_in(doc):
                cue = (base + finding.cue[0], base + finding.cue[1])
                content = (base + finding.content[0], base + finding.content[1])
                if content in seen or any(a <= cue[0] < b or (a <= content[0] and content[1] <= b) for a, b in covered):
                    continue  # the cue or the whole content is inside a quotation already attributed
                # a quotation opened inside the content runs to its closing mark (one that opened before it
                # is someone else's: running on to its end took in the next sentences); to the close of its own pair
                # of marks, not to the end of the quote it opens ('told Newsmax that Romney “had a crazy policy …,”
                # adding, “He lost …”' ran on over "adding" into the second quotation: PolNeAR train)
                runs_on = [b for a, b in self._mark_pairs if content[0] <= a < content[1] < b]
                content = (content[0], max([content[1], *runs_on]))
                seen.add(content)
                subject = (base + finding.speaker[0], base + finding.speaker[1]) if finding.speaker else None
                record = self._reported_record(content, cue, subject)
                if record is not None:
                    if finding.rest is not None:
                        record.spans.append((base + finding.rest[0], base + finding.rest[1]))
                    if finding.antecedent is not None:
                        record.speaker_refers_to = (base + finding.antecedent[0], base + finding.antecedent[1])
                    elif finding.speaker and sentence.text[slice(*finding.speaker)].lower() in ("he", "she"):
                        namer = _naming_subject(doc, finding.cue[0])  # "for what he called his “…”"
                        if namer is not None:
                            record.speaker_refers_to = (base + namer[0], base + namer[1])
                    found.append(record)
        return found

    def _reported_in(
        self, sentence: Sentence, covered: list[tuple[int, int]], used_cues: set[tuple[int, int]]
    ) -> Attribution | None:
        start, end = sentence.start, sentence.end
        segment = self.text[start:end]
        body_end = end - (len(segment) - len(segment.rstrip(' .!?"”’')))

        def inside_quote(offset: int) -> bool:
            return any(c_start <= offset < c_end for c_start, c_end in covered)

        according = _ACCORDING.search(segment)
        if according and not inside_quote(start + according.start()):
            a_start, a_end = start + according.start(), start + according.end()
            if according.start() <= 2:  # According to X, CONTENT.
                comma = self.text.find(",", a_end, end)
                subject = subject_after(self.text, a_end, comma if comma > 0 else end)
                if subject and comma > 0:
                    content = (self._skip_space(comma + 1), body_end)
                    return self._reported_record(content, (a_start, a_end), subject)
            else:  # CONTENT, according to X.
                subject = subject_after(self.text, a_end, end)
                content_end = self.text.rfind(",", start, a_start)
                if subject and content_end > start:
                    return self._reported_record((start, content_end), (a_start, a_end), subject)
        for word, w_start, w_end in words_with_offsets(segment):
            lower = word.lower()
            verb = (start + w_start, start + w_end)
            if verb in used_cues or inside_quote(verb[0]) or not word.islower():
                continue
            if lower not in SPEECH_VERBS and lower not in ATTITUDE_VERBS:
                continue
            subject = self._subject_of(start, verb[0], lower)
            trailing = self.text[verb[1] : end].strip(' .!?"”’')
            lead = self.text[start : subject[0]] if subject else ""
            if subject and lead.rstrip().endswith(",") and len(trailing.split()) <= 6 and not _THAT.search(trailing):
                # CONTENT, X said (on Tuesday).
                content_end = self.text.rfind(",", start, subject[0])
                if content_end - start >= 15:
                    return self._reported_record((start, content_end), verb, subject)
            if subject is None:
                subject = subject_after(self.text, verb[1], end) if lead_is_comma(self.text, start, verb[0]) else None
                if subject is not None and len(trailing.split()) <= 8:
                    content_end = self.text.rfind(",", start, verb[0])
                    if content_end - start >= 15:
                        return self._reported_record((start, content_end), verb, subject)
                continue
            content_start = self._content_start(verb[1], end)
            if content_start is not None and body_end - content_start >= 15:
                return self._reported_record((content_start, body_end), verb, subject)
        return None

    def _content_start(self, verb_end: int, end: int) -> int | None:
        """Where "X said (on Tuesday) (that) ..." starts saying: at "that" if it comes soon."""
        segment = self.text[verb_end:end]
        that = _THAT.search(segment)
        words = words_with_offsets(segment)
        if that and len(words_with_offsets(segment[: that.start()])) <= 6:
            return verb_end + that.start()
        if not words:
            return None
        first_word = words[0][0].lower()
        if first_word in ("to", "for", "about", "of", "by", "with", "in", "on", "at", "as"):
            return None  # "said to be", "asked for", "told of": not a content clause
        colon = segment.find(":")
        if 0 <= colon <= 3:
            return self._skip_space(verb_end + colon + 1)
        return verb_end + words[0][1]

    def _skip_space(self, offset: int) -> int:
        while offset < len(self.text) and self.text[offset].isspace():
            offset += 1
        return offset

    def _reported_record(
        self, content: tuple[int, int], cue: tuple[int, int], subject: tuple[int, int] | None
    ) -> Attribution | None:
        text = self.text[content[0] : content[1]].strip()
        if not text:
            return None
        speaker = Speaker(self.text[subject[0] : subject[1]], subject[0], subject[1], None) if subject else None
        return Attribution(self.article.id, "reported", text, [content], speaker=speaker, cue=cue)

    # --- speakers --------------------------------------------------------------------------------

    def _resolve_all(self, found: list[Attribution]) -> None:
        """Resolve in text order so that "he said" and unframed quotes carry the last speaker."""
        previous: Attribution | None = None
        introduced: Attribution | None = None  # "Troye knew that ..." right before an unframed quote
        # every quotation of the article: '... carried a sign reading, “... Fire Snipes!” He said ...' took the
        # slogan's "Fire Snipes", tagged a person, as "he" (editor read b29, row 204)
        self.resolver.all_quoted = [span for a in found if a.kind != "reported" for span in a.spans]
        # an embedded post, its sign-off included, is no prose: the names in it are no antecedents of a later "he"
        # (editor row 88: "… — George Takei (@GeorgeTakei)" took Mike Levin's "he wrote" after it)
        self.resolver.all_quoted += self._posts_at
        for attribution in found:
            if attribution.signed and attribution.speaker is not None:
                span = attribution.speaker
                if _HANDLE_LIKE.search(span.text):
                    # "— DaveJordanBN9 (@DaveJordanBN9)": a display name that is a handle names no one
                    attribution.speaker = Speaker(span.text, span.start, span.end, None)
                    continue
                quoted = self._quoted_in_post(attribution, found)
                if quoted is not None:
                    # a post that opens by quoting words the text just gave another ("Trump sent a tweet quoting
                    # host Stuart Varney who said “…”" // "“…” — Donald J. Trump (@realDonaldTrump)"): the quoted one's
                    attribution.speaker = Speaker(quoted.text, quoted.start, quoted.end, quoted.name)
                    continue
                attribution.speaker = self.resolver.resolve(self.text, span.start, span.end)
                if attribution.speaker.name is None and self._account_name(span.text):
                    # "— el-p (@therealelp)": a display name the entities do not hold still names the author
                    attribution.speaker = Speaker(span.text, span.start, span.end, span.text.strip())
                continue  # credited by its sign-off; not a speaker a later pronoun or unframed quote carries
            if attribution.speaker is not None and attribution.speaker_refers_to is not None:
                span, (a_start, a_end) = attribution.speaker, attribution.speaker_refers_to
                named = self.resolver.resolve(self.text, a_start, a_end).name
                attribution.speaker = Speaker(span.text, span.start, span.end, named)
            elif attribution.speaker is not None:
                span = attribution.speaker = self._undated(attribution.speaker, attribution.cue)
                self.resolver.quoted = attribution.spans if attribution.kind != "reported" else []
                self.resolver.excluded = self._reporter(attribution)
                attribution.speaker = self.resolver.resolve(
                    self.text,
                    span.start,
                    span.end,
                    # "quoted him as saying"; "video of him saying" (``_SHOWN_SAYING``), not "she recalls him saying"
                    object_pronoun=self._cue_word(attribution) == "quoted"
                    or (span.text in ("him", "her", "them") and self.text[: span.start].endswith(" of ")),
                )
                if span.text in ("his", "her") and attribution.kind == "reported" and attribution.speaker.name is None:
                    attribution.speaker = self._possessor(span)
                if attribution.speaker.name is not None and self._one_of_coordinated(span):
                    # one of two or more who speak together: a quote's speaker is one name or one named role
                    # (../shared/CONTRACT.md), so words two people give together are nobody's (stop 46's rule)
                    attribution.speaker = Speaker(span.text, span.start, span.end, None)
                elif attribution.speaker.name is None and _BARE_STATEMENT.match(span.text.strip()):
                    issuer = self._statement_issuer(attribution, found)
                    attribution.speaker = Speaker(span.text, span.start, span.end, issuer)
                self.resolver.quoted, self.resolver.excluded = [], set()
            elif (
                attribution.kind != "reported"
                and attribution.cue is None
                and (answer := self._interview_answer(attribution, found))
            ):
                attribution.speaker = answer[0]  # an answer of a printed interview, framed or not after its end
            elif attribution.kind == "direct" and attribution.cue is None:  # a cue with no speaker: unnamed
                attribution.speaker = self._carried(attribution, previous, introduced)
            if (
                attribution.speaker is not None
                and self._salient(attribution)
                and not self._nested(attribution, previous)
                and id(attribution) not in self._agreed
                # words a clause's doer is cited with ("whose son Todd led the revolt with the words, “…”") are no
                # turn of the talk: the next unframed quotation is still the father's (Multi-News row 24, stop 57)
                and not (attribution.cue is not None and _WITH_THE_WORDS.match(self.text, *attribution.cue))
            ):
                self.resolver.remember(attribution.speaker)
                previous = attribution
            if attribution.speaker is not None and attribution.speaker.name is not None:
                introduced = attribution

    def _possessor(self, span: Speaker) -> Speaker:
        """ "Trump is keeping up his criticism of his rivals", "Xi sent a message reaffirming his belief that …":
        the possessive that owns the speech noun stands for the person named last before it in its own sentence
        (PolNeAR train, stop 56: "his" was left unresolved, a wrong speaker); none named there, no one (the last
        speaker of an earlier sentence is no evidence: "Xi … his belief" followed Zelensky's words)."""
        floor = self.sentence_bounds(span.start)[0]
        people = [
            m
            for m in self.resolver.mentions
            if floor <= m.start
            and m.end <= span.start
            and self.resolver.is_person(self.resolver.resolve(self.text, m.start, m.end).name)
        ]
        if not people:
            return span
        named = self.resolver.resolve(self.text, people[-1].start, people[-1].end).name
        gender = self.resolver.gender_of(named) if named is not None else None
        if gender is not None and gender != ("m" if span.text == "his" else "f"):
            return span  # "Trump … her criticism of …": the pronoun is someone else's
        return Speaker(span.text, span.start, span.end, named)

    def _undated(self, span: Speaker, cue: tuple[int, int] | None) -> Speaker:
        """The subject span without the date set off after it ("The New Haven Register on July 20, 2006, described
        him as “…”"); a date alone read as the subject ("… and on April 6, 2007, said that he had “…”") gives way to
        the subject the parse gives the verb, the first verb's in a coordination (BASIL 85475456, stop 49, left both
        partials unattributed, so they left the brief)."""
        dated = _DATE_AFTER_SUBJECT.search(span.text)
        if dated is None:
            return span
        if dated.start() > 0:
            return Speaker(span.text[: dated.start()], span.start, span.start + dated.start(), span.name)
        parsed = self._parsed_subject(cue[0]) if cue is not None else None
        if parsed is None or _DATE_AFTER_SUBJECT.search(self.text, parsed[0], parsed[1]) is not None:
            return span
        return Speaker(self.text[parsed[0] : parsed[1]], parsed[0], parsed[1], None)

    def _quoted_in_post(self, attribution: Attribution, found: list[Attribution]) -> Speaker | None:
        """The speaker of the words an embedded post opens by quoting: when the post's paragraph opens with the
        quotation mark and its first words are those of a quotation or reported speech the text gave just before
        (in the same paragraph or at most one paragraph back), the post repeats that speaker's words and its author
        only passes them on (editor read #18, r19: Trump's quote-tweet of Stuart Varney printed under Trump). That
        earlier speaker, resolved or not (None when this is no such post)."""
        part = attribution.parts[0] if attribution.parts else None
        if part is None or part.open_mark is None:
            return None
        paragraph = self.text.rfind("\n", 0, part.open_mark) + 1
        if self.text[paragraph : part.open_mark].strip():
            return None  # words before the mark: the author's own post quoting someone inside it
        opening = _first_words(attribution.text)
        if len(opening) < _QUOTED_POST_WORDS:
            return None
        for earlier in reversed(found[: found.index(attribution)]):
            if earlier.speaker is None or earlier.signed or earlier.spans[-1][1] > part.open_mark:
                continue
            gap = self.text[earlier.spans[-1][1] : part.open_mark]
            if len([line for line in gap.split("\n")[1:-1] if line.strip()]) > 1 or len(gap) > 600:
                return None
            if _first_words(earlier.text) == opening:
                return earlier.speaker
        return None

    def _statement_issuer(self, attribution: Attribution, found: list[Attribution]) -> str | None:
        """Who gave the statement a bare "the statement read" quotes: the named speaker of the attribution before it
        whose own sentence says the speaker gave a statement ("Mobb Deep's publicist confirmed the rapper's death in
        a statement to Rolling Stone. // “It is with extreme sadness …,” the statement read"; Multi-News row 21 left
        it unattributed). Only the last statement told of, at most one paragraph (a related-link line) before the
        quotation's, with no other statement noun between it and the quotation; None otherwise (a document's words
        with no author stay null)."""
        start = attribution.spans[0][0]
        for earlier in reversed(found[: found.index(attribution)]):
            if earlier.cue is None or earlier.speaker is None or earlier.signed or earlier.cue[0] >= start:
                continue
            s_start, s_end = self.sentence_bounds(earlier.cue[0])
            gave = list(_GAVE_A_STATEMENT.finditer(self.text, s_start, min(s_end, start)))
            if not gave:
                continue
            gap = self.text[gave[-1].end() : start]
            between = [line for line in gap.split("\n")[1:-1] if line.strip()]  # whole paragraphs between
            if len(between) > 1 or len(gap) > 400 or re.search(r"\bstatements?\b", gap, re.IGNORECASE):
                return None
            return earlier.speaker.name
        return None

    def _outer_speakers(self, found: list[Attribution]) -> None:
        """A partial quotation whose cue stands inside what someone else is reported to say ("Sanders said in a
        press briefing Wednesday that Trump denies “all of these allegations”") is in the words of the one who
        spoke, the reporting speaker, not of the subject of the inner verb, whom they speak about (editor read,
        stop 36, row 34 credited the quotation to Trump). PolNeAR train annotates such partial quotations to the
        outer source ("Manafort said Trump has “several ways” …"). Only after an inner verb of a stance
        (``_STANCE``): after one of speaking or naming ("Police said the man shouted “…”", "… father, who called
        prison “a steep price …”") the quotation is the inner subject's, left as found. The nearest reporting verb
        before the inner one is the outer (in "the district attorney announced that …, despite the fact that the
        sheriff … stated publicly that she believed “…”", the sheriff's, were the parse to report it)."""
        reported = [r for r in found if r.kind == "reported" and r.speaker is not None and r.cue is not None]
        for attribution in found:
            if attribution.kind != "partial" or attribution.cue is None or attribution.speaker is None:
                continue
            if self.text[attribution.cue[0] : attribution.cue[1]].lower() not in _STANCE:
                continue
            if self.text[attribution.cue[0] : attribution.cue[1]].lower() == "wanting":
                # "urged Trump Jr. to push this story about … Clinton wanting to “just drone” Assange": a gerund in
                # what the story is about, not a clause the urging speaker states (``_wanting``)
                continue
            first, last = attribution.spans[0][0], attribution.spans[-1][1]
            cue = attribution.cue
            around = [
                r
                for r in reported
                if r.cue is not None
                and r.cue[1] <= cue[0]
                and any(a <= cue[0] and last <= b + 1 and a <= first for a, b in r.spans)
            ]
            if not around:
                continue
            outer = max(around, key=lambda r: r.cue[0] if r.cue is not None else -1)
            assert outer.speaker is not None
            if outer.speaker.start != attribution.speaker.start:
                span = outer.speaker
                attribution.speaker = Speaker(span.text, span.start, span.end, None)
                attribution.speaker_refers_to = outer.speaker_refers_to

    def _agreed_with(self, found: list[Attribution]) -> None:
        """ "Mrs. Clinton … appeared to agree with Ms. Pelosi that “there are some specifics …”": a partial quotation
        right after "agree with <name> that" states what the one agreed with said; the subject only takes it up (BASIL
        8dac6c12, stop 45's kept half, credited Pelosi's words to Clinton). The name must be a person or an
        organisation the tagger found, written whole between "with" and "that", or a described role ("the mayor"),
        which the resolver reads as any other subject (its holder, else nobody)."""
        for attribution in found:
            if attribution.kind != "partial" or attribution.speaker is None or not attribution.parts:
                continue
            mark = attribution.parts[0].open_mark
            agreed = _AGREED_WITH.search(self.text, max(0, mark - 120), mark)
            if agreed is None or agreed.end() != mark:
                continue
            start, end = agreed.span("who")
            if (
                self.text[start:end].startswith("the ")
                or any(m.start == start and m.end == end and m.label in SPEAKER_TYPES for m in self.resolver.mentions)
                or any(m.start >= start and m.end == end and m.label == "PERSON" for m in self.resolver.mentions)
            ):
                attribution.speaker = Speaker(self.text[start:end], start, end, None)
                attribution.speaker_refers_to = None
                self._agreed.add(id(attribution))

    def _owned_words(self, found: list[Attribution]) -> None:
        """ "Sanders praised the pope's message … and call to fix “environmental deterioration …”": a partial
        quotation inside a speech noun someone else owns is the owner's words, not the praising subject's (editor
        read #17, r108, printed Sanders; ``owned_words``). The owner is resolved as any subject (a named person,
        organisation or role, else nobody) and, like the one agreed with, not remembered as the last speaker."""
        if self.parse is None:
            return
        for attribution in found:
            if attribution.kind != "partial" or attribution.speaker is None or not attribution.parts:
                continue
            mark = attribution.parts[0].open_mark
            sentence = self.sentence_at(mark)
            if sentence is None or len(sentence.text) > MAX_PARSE_CHARS:
                continue
            owner = owner_of_quoted(self.parse([sentence.text])[0], mark - sentence.start)
            if owner is None:
                continue
            start, end = sentence.start + owner[0], sentence.start + owner[1]
            if attribution.speaker.start <= start < attribution.speaker.end:
                continue  # the owner is the subject itself ("Ada Brant's plea for …" read whole): as found
            attribution.speaker = Speaker(self.text[start:end], start, end, None)
            attribution.speaker_refers_to = None
            self._agreed.add(id(attribution))

    def _cue_word(self, attribution: Attribution) -> str | None:
        return self.text[attribution.cue[0] : attribution.cue[1]] if attribution.cue else None

    def _reporter(self, attribution: Attribution) -> set[str]:
        """For "she quoted him as saying": whom "she" stands for, which "him" cannot be; for "“…,” he told the vice
        president": the one addressed (``_addressee``), whom "he" cannot stand for."""
        cue = attribution.cue
        if cue is not None and attribution.speaker is not None and self._cue_word(attribution) in _TELLING:
            return self._addressee(attribution.speaker, cue)
        if cue is None or self._cue_word(attribution) != "quoted":
            return set()
        subject = subject_before(self.text, cue[0], self.sentence_bounds(cue[0])[0])
        if subject is None:
            return set()
        name = self.resolver.resolve(self.text, subject[0], subject[1]).name
        return {name} if name else set()

    def _addressee(self, speaker: Speaker, cue: tuple[int, int]) -> set[str]:
        """ "Mr. Ryan tried to be respectful, … but he showed his irritation when Mr. Biden kept interrupting …
        “I know you're under duress,” he told the vice president": the one told is not the one telling, so a
        "he"/"she" speaker is not the person the words after the verb of telling name (a name or a title the
        story's people hold); BASIL b5eefefb gave Ryan's words to Biden, named last."""
        if speaker.text.lower() not in ("he", "she") or not speaker.start < cue[0]:
            return set()
        end = self._after_end(cue[1])
        addressed = subject_after(self.text, cue[1], end)
        if addressed is None or self.text[cue[1] : addressed[0]].strip():
            return set()
        name = self.resolver.resolve(self.text, addressed[0], addressed[1]).name
        return {name} if name else set()

    def _interview_answer(self, attribution: Attribution, found: list[Attribution]) -> tuple[Speaker | None] | None:
        """An interview printed as questions and answers: a quotation that opens its paragraph right after a
        question line (a short paragraph ending in "?" with no quotation marks) is the answer of whom the
        interview is with (Multi-News row 37: eleven answers of two people unattributed, none framed). Back
        over question lines and bracketed link lines: an earlier answer goes on with its speaker; a paragraph
        of narrative introduces the one answering, the person its last sentence with a personal subject has
        as subject in the parse ("Reign Coach Laura Harvey also addressed the issue.", "Following the defeat,
        Megan Rapinoe responded to ..."), or nobody the text names. None when the quotation is no answer."""
        first = attribution.parts[0]
        opening = self.text.rfind("\n", 0, first.open_mark) + 1
        if self.text[opening : first.open_mark].strip():
            return None  # the quotation does not open its paragraph
        question = _line_before(self.text, opening)
        if question is None or not _is_question(self.text[question[0] : question[1]]):
            return None
        cursor = question[0]
        while (line := _line_before(self.text, cursor)) is not None:
            cursor = line[0]
            paragraph = self.text[line[0] : line[1]].strip()
            if _is_question(paragraph) or _LINK_LINE.match(paragraph):
                continue
            if paragraph[:1] in _OPENING_MARKS:
                earlier = [a for a in found if a.kind != "reported" and line[0] <= a.spans[0][0] < line[1]]
                speaker = earlier[-1].speaker if earlier else None
            else:
                speaker = self._narrative_subject(line)
            # nobody found: the quotation is left to the carried speaker as before (PolNeAR train: a report's
            # words after a heading that asks a question lost their source when the rule answered None)
            return (speaker,) if speaker is not None else None
        return None

    def _narrative_subject(self, line: tuple[int, int]) -> Speaker | None:
        """The person the last sentence of ``line`` with a personal subject has as its subject (parse)."""
        if self.parse is None:
            return None
        sentences = [s for s in self.sentences if line[0] <= s.start < line[1] and len(s.text) <= MAX_PARSE_CHARS]
        for sentence, doc in reversed(list(zip(sentences, self.parse([s.text for s in sentences]), strict=True))):
            root = next((t for t in doc if t.dep_ == "ROOT"), None)
            found = subject_span(doc, root) if root is not None and root.pos_ in ("VERB", "AUX") else None
            if found is None:
                continue
            speaker = self.resolver.resolve(self.text, sentence.start + found[0], sentence.start + found[1])
            if self.resolver.is_person(speaker.name):
                return speaker
        return None

    def _carried(
        self, attribution: Attribution, previous: Attribution | None, introduced: Attribution | None
    ) -> Speaker | None:
        """Speaker of a direct quote with no frame: the previous speaker within two paragraph
        breaks; else a person whose belief or knowledge the paragraph just before reports ("Michelle
        Troye knew that something was wrong. ... // “I am 100 percent certain ...”"), the newspaper
        way of introducing whose words follow."""
        start = attribution.spans[0][0]
        paragraph = self.text.rfind("\n", 0, start) + 1
        source = _QUOTE_FROM.search(self.text, max(paragraph, start - 300), start)
        if source is not None and not _SENTENCE_BREAK_AHEAD.search(self.text, source.end(), start):
            # 'he built his speech around a quote from Lincoln that touched on ... “I am not bound to win, ...”':
            # the author the sentence before names, not the one quoted last (Multi-News row 221)
            return self.resolver.resolve(self.text, *source.span(1))
        if _headline_case(attribution.text):
            return None  # a slogan, a sign or a subheading in marks, not the last speaker's next words
        if self._set_off_in_apposition(attribution):
            return None  # 'The provisions — “one on roving authority …” — were added': a thing's wording
        named_after = self._said_so_after(attribution)
        if named_after is not None:
            return named_after
        if self._answers_a_question(attribution, previous):
            self._reply_end = attribution.spans[-1][1]
            self._replies.add(start)
            return None
        introducer = self._introduced_by_paragraph(attribution, previous)
        if introducer is not None:
            return introducer
        if previous is not None and previous.speaker is not None:
            # the dialogue goes on after a reply: the questioner's next line is counted from the reply
            gap = self.text[max(previous.spans[-1][1], min(self._reply_end, start)) : start]
            if gap.count("\n\n") <= 2 and len(gap) < 800:
                if self._of_the_speaker(attribution, previous.speaker):
                    return None
                return previous.speaker
        if introduced is not None and introduced.speaker is not None and introduced.kind == "reported":
            gap = self.text[introduced.spans[-1][1] : start]
            if gap.count("\n\n") <= 1 and len(gap) < 400 and self.resolver.is_person(introduced.speaker.name):
                return introduced.speaker
        return None

    def _of_the_speaker(self, attribution: Attribution, speaker: Speaker) -> bool:
        """Whether an unframed quotation opening its paragraph speaks of the last speaker as "his"/"her" ("“I've been
        spat at …,” he added … // “His conduct is unbecoming of a member of Congress. It's bad enough that he's joined
        …”"): nobody calls himself "his", so the words are someone else's the text does not name (editor read #20,
        b1: Fox left out the Republican spokesman's frame and the brief printed the attack under Etheridge)."""
        opening = _THIRD_PERSON_POSSESSIVE.match(attribution.text)
        if opening is None or speaker.name is None or not self.resolver.is_person(speaker.name):
            return False
        if self.text[self.text.rfind("\n", 0, attribution.parts[0].open_mark) + 1 : attribution.parts[0].open_mark]:
            return False  # not the paragraph's opening words
        wanted = "m" if opening.group(1).lower() == "his" else "f"
        return self.resolver.gender_of(speaker.name) == wanted

    def _set_off_in_apposition(self, attribution: Attribution) -> bool:
        """A quotation set off by dashes or parentheses right after the noun phrase that opens its sentence, with the
        sentence going on after it: 'The provisions — “one on roving authority … and the other on …” — were added to
        the law' gives the wording of a thing the sentence is about, said by no one the text names (editor read #15,
        d3, carried it to the senators of the sentence before)."""
        first, last = attribution.parts[0], attribution.parts[-1]
        if last.close_mark is None:
            return False
        s_start = self.sentence_bounds(first.open_mark)[0]
        return bool(
            _OPENING_NOUN_SET_OFF.fullmatch(self.text, s_start, first.open_mark)
            and _SET_OFF_CLOSE.match(self.text, last.close_mark + 1)
        )

    def _introduced_by_paragraph(self, attribution: Attribution, previous: Attribution | None) -> Speaker | None:
        """A quotation that opens its paragraph right after a paragraph of narrative about a person: the person that
        paragraph's last sentence with a personal subject has as subject (parse), the newspaper way of introducing
        whose words follow ("Meanwhile, Vice President Joe Biden voiced his support of Hillary Thursday evening …
        // “Anybody who thinks …”"; BASIL 2016 and 2019 carried such words to the speaker quoted before, the
        Clinton campaign and Trump). Only when that paragraph holds no quotation mark and no part of the previous
        speaker's words, and the person is not the previous speaker; None otherwise (the carry as before). A longer
        paragraph tells more than whose words come ("… Sanders named five people to the committee, while Clinton named
        six. Rep. Debbie Wasserman Schultz … chose four. // “[Sanders] should stay in …”": PolNeAR train), so only
        one of one or two sentences, the subject in its last."""
        start = attribution.parts[0].open_mark
        opening = self.text.rfind("\n", 0, start) + 1
        if self.text[opening:start].strip():
            return None
        line = _line_before(self.text, opening)
        if line is None or any(mark in self.text[line[0] : line[1]] for mark in _ALL_MARKS):
            return None
        if previous is not None and previous.spans[-1][1] > line[0]:
            return None
        sentences = [x for x in self.sentences if line[0] <= x.start < line[1]]
        if not 1 <= len(sentences) <= 2:
            return None
        speaker = self._narrative_subject((sentences[-1].start, line[1]))
        if speaker is None or speaker.name is None:
            return None
        if previous is not None and previous.speaker is not None and previous.speaker.name == speaker.name:
            return None
        return speaker

    def _said_so_after(self, attribution: Attribution) -> Speaker | None:
        """A quotation the next sentence gives to its speaker by pointing back at it: "‘Total contrived media
        garbage’ // That’s how John Skipper, 66, a former chairman of the Mobile County Republican Party,
        characterized the claims" (BASIL be026bd1 carried the words to Roy Moore, quoted two paragraphs before).
        The subject of the verb "how"/"what" hangs on (parse), when the sentence opens with "That's how", "This is
        what" or the like; None otherwise."""
        end = attribution.spans[-1][1]
        at = bisect.bisect_left(self._starts, end)
        if self.parse is None or at >= len(self.sentences):
            return None
        sentence = self.sentences[at]
        gap = self.text[end : sentence.start]
        if any(ch.isalnum() for ch in gap) or gap.count("\n") > 2 or not _POINTS_BACK.match(sentence.text):
            return None
        if len(sentence.text) > MAX_PARSE_CHARS:
            return None
        doc = self.parse([sentence.text])[0]
        pointer = next((t for t in doc if t.lower_ in ("how", "what")), None)
        verb = pointer.head if pointer is not None else None
        if verb is None or verb.pos_ != "VERB" or verb is pointer:
            return None
        found = subject_span(doc, verb)
        if found is None:
            return None
        return self.resolver.resolve(self.text, sentence.start + found[0], sentence.start + found[1])

    def _answers_a_question(self, attribution: Attribution, previous: Attribution | None) -> bool:
        """A few words in marks, alone in their paragraph, right after a quoted question in the paragraph before
        with no narration between ('“Monica?” // “Stephanie.”'): a reply in a dialogue, the other party's, whom
        the text does not name here; not the questioner's (editor read b29, row 210 gave two interns' names, said
        by the interns, to the man who asked them)."""
        if previous is None or previous.kind != "direct" or not previous.text.rstrip(" ”\"'’").endswith("?"):
            return False
        start, end = attribution.spans[0][0], attribution.spans[-1][1]
        gap = self.text[previous.spans[-1][1] : start]
        if "\n" not in gap or any(ch.isalnum() for ch in gap) or len(attribution.text.split()) > MAX_REPLY_WORDS:
            return False
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        rest = self.text[line_start:start] + self.text[end : len(self.text) if line_end < 0 else line_end]
        return not any(ch.isalnum() for ch in rest)

    @staticmethod
    def _nested(attribution: Attribution, previous: Attribution | None) -> bool:
        """Speech reported inside the words of the speaker before ("Mendelson said Lanier told him that the
        escort started outside the city. He said ..."): the outer speaker stays the one a later "he" continues
        (Multi-News row 99 gave Mendelson's words to Lanier)."""
        if attribution.kind != "reported" or previous is None or previous.kind != "reported":
            return False
        cue = attribution.cue
        return cue is not None and any(a <= cue[0] < b for a, b in previous.spans)

    def _salient(self, attribution: Attribution) -> bool:
        """Whether a later "he said" may refer back to this speaker: quotes and "X said/told ..."
        do; beliefs and intentions inside someone else's words ("He added that Xi sought ...") do not."""
        if attribution.kind != "reported" or attribution.cue is None:
            return True
        cue = self.text[attribution.cue[0] : attribution.cue[1]].lower()
        return cue in SPEECH_VERBS or cue.startswith("according") or self._named_role_opens(attribution)

    def _named_role_opens(self, attribution: Attribution) -> bool:
        """A role the text has linked to a named person, opening its sentence as the subject of any cue ("Strzok's
        attorney, meanwhile, blasted the bureau …" after "Strzok attorney Aitan Goelman"): a later "he" may stand
        for that person, as for one named there (editor read #20, b4: "He added, “…”" went to the congressman
        quoted before). A plain name needs no such rule: the ranking of "he" reads the names of the text."""
        speaker = attribution.speaker
        if speaker is None or speaker.name is None or speaker.name in speaker.text:
            return False
        head = speaker.text.rstrip(" .,").split()[-1:]
        if not head or head[0] not in ROLE_NOUNS:
            return False
        sentence = self.sentence_at(speaker.start)
        return sentence is not None and not self.text[sentence.start : speaker.start].strip()


# a sentence that points back at the quotation before it ("That's how X described it", "This is what Y told …")
_POINTS_BACK = re.compile(r"(?:That|This|Those|These)(?:['’]s|\s+(?:is|was|are|were))\s+(?:how|what)\s")
# lemmas of speech verbs whose inflections the cue lists miss ("Griffin claims that …")
_SPEECH_LEMMAS = frozenset(["say", "tell", "claim", "allege", "contend", "assert", "insist", "argue", "maintain"])
# nouns of something said: "X's response", "a statement from X" name X as the one who spoke (``_previous_subjects``)
_THING_PRONOUNS = frozenset(["that", "this", "it"])
# verbs whose object is the one spoken to ("he told the vice president")
# and the one asked ("after he asked the congressman if he “…”": the asker's words; stop 50, editor read #20, b1)
_TELLING = frozenset(
    {"told", "tells", "telling", "tell", "assured", "reminded", "warned", "informed", "urged"}
    | {"asked", "asks", "asking"}
)
_THIRD_PERSON_OPENING = re.compile(r"(?:he|she)(?:\b|['’]d)")
_SPEECH_NOUNS = frozenset(
    ["response", "reaction", "reply", "answer", "statement", "remark", "comment", "retort", "rebuttal", "message"]
)


def _expl_attr(token: Token, expletive: bool) -> bool:
    """The noun after the verb of an expletive sentence ("there was X's response")."""
    return expletive and token.dep_ == "attr" and token.pos_ in ("NOUN", "PROPN")


def _speakers_of_speech_noun(noun: Token) -> list[tuple[int, int]]:
    """Spans (within the parsed sentence) of the proper-noun possessor of a speech noun, or of the proper noun after
    its "from"/"by": the one who said it."""
    found = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
        found.extend(c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN")
    return [name_span(name) for name in found]


# verbs of answering between a quoted question and the next quotation (``_question_then_answer``)
_ANSWERING = re.compile(r"\b(?:replied|replies|answered|answers|responded|responds|retorted|retorts|shot back)\b", re.I)


def _question_then_answer(first: str, between: str) -> bool:
    """A quoted question, then a frame of answering, then a quotation: 'Asked point-blank, “Is that picture you?”
    Weiner replied, “You know I'm not going to talk about this anymore.”' is a question and its answer, two
    speakers, not one utterance in two parts (BASIL 2011, editor read #13, printed the reporter's question as the
    start of Weiner's quote). A question may end in a comma inside its marks: 'Asked by one of Ms. Rice's aides, “Is
    this the final language you want to use on Benghazi,” Mr. Rhodes replied with a single word: “Yup.”' (editor read
    #21, stop 50, BASIL 2013: printed as Rhodes's "Is this the final language … Yup.")."""
    words = first.strip(" “”\"‘’'").rstrip(" ,").rstrip("”\"’'")
    asked = first.rstrip(" ”\"’'").endswith("?") or (
        first.rstrip(" ”\"’'").endswith(",") and _QUESTION_OPENING.match(words) is not None
    )
    return asked and _ANSWERING.search(between) is not None


# a question's first word: an auxiliary put before its subject, or a question word ("Is this …", "Why did …")
_QUESTION_OPENING = re.compile(
    r"(?:is|are|was|were|do|does|did|will|would|can|could|should|shall|have|has|had|may|might|what|why|how|where|"
    r"when|who|which)\s",
    re.IGNORECASE,
)


# "Hillary Clinton wanting to “…”", "Trump's call for “…”": the one named wants or calls for the quoted words
_WANTING = re.compile(
    r"\b((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)(?:\s+(wanting|wanted|wants|want)\s+to|['’]s?\s+"
    r"(call|calls|demand|demands|vow|pledge|promise|plea)\s+(?:for|to))\s*[“\"‘']?$"
)


# "He paused, then added:": a subject, a verb of its own, then the speech verb that hands it the quotation
_THEN_FRAME = re.compile(
    r"\s*((?:He|She|They|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))\s+[a-z]+(?:\s+[a-z]+)?,?\s+(?:and\s+)?then\s+"
    r"([a-z]+)\s*[:,]\s*$"
)


def _without_repeats(text: str, found: list[Attribution]) -> list[Attribution]:
    """Without a quotation whose words all stand inside a longer quotation of the same article, by nobody else
    ("This story was edited … to correct quote from Bentley's letter to say “citizen of India.”", after Bentley's
    letter was quoted in full: editor read #13 found the fragment listed as an unattributed quote). Only an
    unattributed quotation of fewer words than the one holding it: a speaker's own echo of words stays his."""
    quoted = [a for a in found if a.kind != "reported"]
    kept = []
    for attribution in found:
        own = _folded_words(attribution.text)
        repeat = attribution.kind != "reported" and any(
            other is not attribution
            and len(own) < len(_folded_words(other.text))
            and own
            and f" {' '.join(own)} " in f" {' '.join(_folded_words(other.text))} "
            and (attribution.speaker is None or attribution.speaker.name is None)
            for other in quoted
        )
        if not repeat:
            kept.append(attribution)
    return kept


def _folded_words(words: str) -> list[str]:
    """The words of a quotation, folded, without punctuation (``_without_repeats``)."""
    return re.findall(r"\w+", fold(words))


def _fronted_asked(root: Token) -> Token:
    """The main verb of a sentence that opens with a participle of asking, which the parse made its root: "Weeks
    before the election, asked if the campaign was “in cahoots” with WikiLeaks, Pence denied it." has "asked" as
    root and "Pence denied" as its clausal complement. The participle has no subject; the clause after the comma
    with a named subject is the sentence's main clause (BASIL 2017, editor read #13: the pronoun after it went to
    Pence's press secretary, quoted before). ``root`` itself otherwise."""
    if root.lemma_ not in _ASKING or any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return root
    for child in root.children:
        if (
            child.dep_ in ("ccomp", "conj")
            and child.pos_ == "VERB"
            and child.i > root.i
            and any(g.dep_ == "nsubj" and g.pos_ == "PROPN" for g in child.children)
            and any(t.text == "," for t in root.doc[root.i : child.i])
        ):
            return child
    return root


# a relative clause on a thing whose verb is one of saying ("some which urged him to …")
_THING_SAYS = re.compile(r"\b(?:which|that)\s+(?:also\s+|[a-z]+ly\s+)?([a-z]+)\b")


def _opened_before(lead: str) -> bool:
    """A quotation opened in ``lead`` and not closed there: what follows it stands inside the marks."""
    return lead.count("“") > lead.count("”") or lead.count('"') % 2 == 1


# what joins two quotations of one frame: '“…,” including the “…”', '“…” and “…”', '“…,” as well as his “…”'
_COORDINATION = re.compile(
    r"[\s,;]*(?:and|or|but also|as well as|including|along with|not|nor)?(?:\s+(?:the|a|an|his|her|their|its))?\s*"
)
_WHAT_PRONOUN = re.compile(r"\bwhat\s+(?:he|she)$")
_NAMING = frozenset(["call", "describe", "term", "dub", "label", "characterize", "characterise"])


def _naming_subject(doc: Doc, cue_at: int) -> tuple[int, int] | None:
    """ "X hammered Y for what he called “…”": a cue of naming with "what" as its object, hanging on a clause whose
    subject is a proper noun; that subject's span (offsets in the sentence), else None."""
    cue = next((t for t in doc if t.idx == cue_at), None)
    if cue is None or cue.lemma_ not in _NAMING or not any(c.lower_ == "what" for c in cue.children):
        return None
    head = cue.head
    while head.dep_ in ("prep", "pcomp", "pobj") and head.head.i != head.i:
        head = head.head
    if head is cue or head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    return name_span(subject) if subject is not None else None


# verbs of asking: the one asked answers, so a "he said" after "X asked Y …" may well be Y (``_previous_subjects``)
_ASKING = frozenset(["ask", "question", "interview", "press", "quiz", "challenge", "confront"])
MAX_REPLY_WORDS = 4  # grammar, not tuning: a one-line answer ("Stephanie.", "Yeah -", "No, not yet.")
_FINITE_WORDS = (
    "made was were is are has have had did does met took gave sent told said says responded called "
    "came went saw wrote spoke urged"
)
# Finite verbs that end a sentence-opening subject ("China’s foreign ministry responded ...").
_FINITE = frozenset(_FINITE_WORDS.split())


# Nouns naming a work whose title follows in quotation marks ("his book, ''A Time for Truth,''").
_WORK_NOUNS = (
    "book excerpt autobiography memoir novel biography program programme show series drama thriller comedy sitcom "
    "podcast film movie documentary play musical album song episode newsletter column blog slogan headline "
    "poster ad magazine newspaper website video author parody songs work tome titled entitled exhibition "
    # "The 407-page history, “The Central Intelligence Agency and Overhead Reconnaissance,” was released" (editor read
    # a28, row 138: listed as a quote of the man it was released to)
    "history report study paper article essay poem painting textbook"
)
_WORKS = frozenset(_WORK_NOUNS.split())
MAX_TITLE_WORDS = 8  # a title after a noun naming a work may run to twice this
_ON_AIR = re.compile(r"\bon(?:\s+[A-Z0-9][\w.&]*(?:['’]s?)?){0,3}\s*$")  # "on CNN's", "rapped on 1995's"
# a broadcaster's possessive after a verb of telling: the programme's title follows ("told CNN's “Erin Burnett
# OutFront”", "in an interview with NBC's “Today”"; Multi-News row 218 printed three programme titles as quotes)
_TOLD_ON_AIR = re.compile(r"\b(?:told|tells|telling|to|with)(?:\s+[A-Z0-9][\w.&]*){0,2}\s+[A-Z0-9][\w.&]*['’]s\s*$")
# short words a title leaves in lower case ("State of the Union with Candy Crowley")
_TITLE_SMALL = frozenset({"with", "from", "into", "over", "upon"})


MAX_LABEL_WORDS = 4


def _document_wording(text: str, open_mark: int) -> bool:
    """Whether the quotation opening at ``open_mark`` is the wording of a motion, bill, resolution or law, or
    a term the text names ("the phrase “…”")."""
    if _DOCUMENT_WORDING.search(text, max(0, open_mark - 60), open_mark) is not None:
        return True
    if _THE_TERM.search(text, max(0, open_mark - 30), open_mark) is not None:
        return True
    clause = _DOCUMENT_CLAUSE.search(text, max(0, open_mark - 90), open_mark)
    return clause is not None and _SAY_INSIDE.search(clause.group(0)) is None


def _headline_case(text: str) -> bool:
    """A few words with every long word capitalised (“Save Our Harbour!”, “Make America Great Again.”): the case
    of a headline, a slogan, a sign or a title, not of a sentence someone goes on saying; an unframed quotation
    in it is not carried to the speaker quoted before (PolNeAR train gave chants and subheadings after a quote
    to the person quoted last). One word ("Billions,") tells nothing: carried as before."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    if not 2 <= len(words) <= MAX_LABEL_WORDS:
        return False
    capitalised = [w for w in words if w[0].isupper()]
    return len(capitalised) >= 2 and all(w[0].isupper() for w in words if len(w) >= 4) and words[0] != "I"


def _a_label(attribution: Attribution) -> bool:
    """A whole quotation of a few words with no frame and no speaker found in its context: a slogan, a sign, a
    chant, a headline or a nickname in marks (“Peace Through Strength,” “Sanity.”, “Very Good Reporter.”), not an
    utterance anyone is reported to have said; the brief printed them as unattributed quotes. A short quotation
    with a cue and no named subject ("Lee was asked, “Why not?”") stays."""
    return (
        attribution.kind == "direct"
        and attribution.speaker is None
        and attribution.cue is None
        and len(re.findall(r"\w+", attribution.text)) <= MAX_LABEL_WORDS
    )


# a sentence opening with a determiner's noun phrase and a dash or parenthesis: "The provisions — “…” — were"
_OPENING_NOUN_SET_OFF = re.compile(
    r"\s*(?:The|These|Those|Its|Their|His|Her|Both)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*[—–(]\s*"
)
_SET_OFF_CLOSE = re.compile(r"\s*[—–)]\s*[a-z]")
_OBJECT_DEPS = frozenset(["dobj", "ccomp", "xcomp", "oprd", "dative", "attr"])
# a verb of naming right before a quotation: "what his campaign calls the “…”", "a plan dubbed “…”"
_NAMED_AS = re.compile(r"\b(?:calls?|called|dubs?|dubbed|terms?|termed|known\s+as)\s+(?:the\s+|a\s+|an\s+|it\s+)?$")


def _names_a_work(text: str, span: QuoteSpan) -> bool:
    """A short quotation that is a title or a headline, not an utterance: all capitals ("DIVISIVE,
    STUPID AND WRONG"), a label ("Related:"), or capitalised words after a noun naming a work ("the
    PBS medical drama, “Mercy Street,”", "his 2012 book, ''An American Son.''"). PolNeAR annotates
    none of them; the brief would print them as unattributed quotes."""
    inside = text[span.start : span.end].strip()
    words = [w for w, _, _ in words_with_offsets(inside)]
    if not words or len(words) > 2 * MAX_TITLE_WORDS:
        return False
    if _WORK_CALLED.search(text, max(0, span.open_mark - 60), span.open_mark):
        # "Shields tweeted a link to a YouTube video called “Behind the scenes with Kathy Griffin”": a work's
        # name, whatever its capitals (editor read #20, b3, printed it as Shields's words)
        return True
    # a longer title only after a noun naming a work ("in a new book, “The Brainy Bunch: The Harding Family's
    # Method to College Ready by Age Twelve.”" was printed as the author's words, Multi-News row 3)
    long_title = len(words) > MAX_TITLE_WORDS
    if len(words) == 1 and inside.endswith(":"):
        return True
    letters = [c for c in inside if c.isalpha()]
    if not long_title and len(words) >= 2 and letters and all(c.isupper() for c in letters):
        return True
    capitalised = all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL for w in words if len(w) >= 4)
    capitalised = capitalised and words[0][0].isupper()
    before = text[max(0, span.open_mark - 60) : span.open_mark]
    lead = [w.lower() for w, _, _ in words_with_offsets(before)][-4:]
    # a programme named after "on", or "on" and a broadcaster: "appearing on CNN's “New Day.”"
    if long_title:
        return capitalised and any(w in _WORKS for w in lead)
    on_air = _ON_AIR.search(before) is not None or _TOLD_ON_AIR.search(before) is not None
    return capitalised and (any(w in _WORKS for w in lead) or on_air)


# a work's noun and the verb that gives its name, right before the marks: "a YouTube video called", "a book titled"
_WORK_CALLED = re.compile(
    r"\b(?:video|film|movie|book|memoir|song|album|show|series|documentary|podcast|episode|essay|play|poem|"
    r"segment|special)s?,?\s+(?:called|titled|entitled|named)\s*,?\s*$"
)
# right before a name in marks: the words that give a name ("identified only as “Victory,”", "nicknamed")
_NAME_GIVEN = re.compile(r"\b(?:identified\s+(?:only\s+)?as|known\s+(?:only\s+)?as|nicknamed|dubbed)\s*$")
MAX_GIVEN_NAME_WORDS = 3


def _a_name_given(text: str, span: QuoteSpan) -> bool:
    """A name in marks that the text gives someone ('Another man, identified only as “Victory,” told msnbc.com, “...”'):
    not words anyone said, and not a first part of the quotation after it (editor row 176 joined the two)."""
    words = text[span.start : span.end].strip(" ,.").split()
    return (
        0 < len(words) <= MAX_GIVEN_NAME_WORDS
        and all(w[:1].isupper() for w in words)
        and _NAME_GIVEN.search(text, max(0, span.open_mark - 40), span.open_mark) is not None
    )


# a wording changed into another: 'changing the second line of the anthem from true patriot love "in all thy sons
# command" to "in all of us command."' (editor read #26, Multi-News row 49: both lines printed as the MP's words)
_WORDING_CHANGED = re.compile(
    r"\bfrom\s+(?:[\w'’-]+\s+){0,4}[“\"][^“”\"]{1,120}[”\"]\s*[,–—-]?\s*to\s+(?:[\w'’-]+\s+){0,4}[“\"][^“”\"]{1,120}[”\"]"
)


def _wordings_changed(text: str) -> list[tuple[int, int]]:
    """Where ``text`` tells a wording changed from one to another in marks: words written, not words said."""
    return [m.span() for m in _WORDING_CHANGED.finditer(text)]


def _capitalised_cue(word: str, lead: str) -> bool:
    """A speech verb written with a capital inside a frame, right after a comma ("Lee, the head of Keld PAC,
    Tweeted"), not opening a sentence."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.lower() in FRAME_VERBS
        and lead.rstrip().endswith(",")
        and not _SENTENCE_END.search(lead)
    )


def frame_word(text: str, word: str, end: int) -> bool:
    """Whether ``word`` (ending at ``end`` in ``text``) is a cue beside a quotation: a speech verb, a
    verb of manner (``_MANNER``), or the head of a phrasal cue ("shot back", "put it")."""
    if word == "states":  # '“...,” the warrant states.', not "one of 45 states where ..." (PolNeAR train)
        return any(c in ".,:;" for c in text[end - 1 : end + 1])  # (``end`` may be past the word's full stop)
    if word in FRAME_VERBS or word in _MANNER or word in _QUOTE_CUES:
        return True
    particle = _PHRASAL_HEADS.get(word)
    found = _PHRASAL.match(text, end) if particle else None
    return found is not None and found.group(0).strip() == particle


_NAMED_DEPS = ("oprd", "dobj", "attr", "npadvmod")


def _named_after(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """ "a former vlogger named Mike Cernovich hinted ...": the name the parse hangs on the subject with
    "named"/"called" is who speaks (the parse's subject phrase stops before it; editor row 92)."""
    inside = [t for t in doc if span[0] <= t.idx < span[1]]
    heads = [t for t in inside if t.head.i == t.i or not (span[0] <= t.head.idx < span[1])]
    for head in heads:
        for acl in head.children:
            if acl.dep_ == "acl" and acl.lower_ in ("named", "called"):
                names = [c for c in acl.children if c.dep_ in _NAMED_DEPS and c.pos_ == "PROPN"]
                if names:
                    words = list(names[0].subtree)
                    return words[0].idx, words[-1].idx + len(words[-1].text)
    return span


def _relative_antecedent(doc: Doc, at: int) -> Token | None:
    """The noun a relative pronoun at ``at`` stands for, through coordinated relative clauses ("an academic named
    X, who is running for Congress and who worked the crowd"): the head of the relative clause's head."""
    who = next((t for t in doc if t.idx == at), None)
    verb = who.head if who is not None else None
    for _ in range(4):
        if verb is None or verb.head.i == verb.i:
            break
        if verb.dep_ == "relcl":
            return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None
        if verb.dep_ != "conj":
            break
        verb = verb.head
    return coordinated_relative(doc, who) if who is not None else None


def _through_conjunct(doc: Doc, start: int, cue: int) -> bool:
    """Whether the climb from the quotation at ``start`` to the cue at ``cue`` passes a verb coordinated
    with the cue: "Trump ... offered a winning tax plan MORE panned Wasserman Schultz as a “terrible
    person”" hangs the quoted words on "panned", not on "offered" (Multi-News row 214 credited them to
    the text of a link before "offered")."""
    token = next((t for t in doc if t.idx >= start), None)
    for _ in range(6):
        if token is None or token.head.i == token.i or token.idx == cue:
            return False
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and token.head.idx == cue:
            return True
        token = token.head
    return False


# verbs that make someone else act: their object, not their subject, does the cue verb's saying
_CAUSATIVES = frozenset(["prompt", "lead", "cause", "spur", "force", "drive", "push", "provoke", "inspire", "move"])


def _caused_to_speak(doc: Doc, cue_at: int) -> tuple[int, int] | None:
    """The object of a causative verb whose clause the cue is: 'That prompted the Republican Party to
    slam Snipes for “incompetence ...”' is the party's wording, and "That" (the subject the parse gives
    the cue through its head) is no speaker (editor read b29, row 204 printed "That"). Only causatives:
    'Xi urged both sides to “exercise restraint”' stays Xi's wording."""
    cue = next((t for t in doc if t.idx == cue_at), None)
    if cue is None or cue.dep_ != "xcomp" or cue.head.lemma_.lower() not in _CAUSATIVES:
        return None
    caused = [c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i]
    if not caused:
        return None
    words = list(caused[0].subtree)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _inside_speaker(attribution: Attribution) -> bool:
    assert attribution.speaker is not None
    return attribution.speaker.start <= attribution.parts[0].open_mark < attribution.speaker.end


def _heard_saying(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "Rodriguez was recorded saying, “...”", "was heard telling": the passive subject of the verb a
    participle cue hangs on is the one heard saying the words (Multi-News row 228 printed "Rodriguez was
    recorded" as the speaker phrase, resolved to another entity)."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "advcl", "oprd", "ccomp") or head.i == verb.i:
        return None
    passive = [c for c in head.children if c.dep_ == "nsubjpass"]
    if not passive:
        return None
    words = list(passive[0].subtree)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _ends_with_speech_verb(lead: str) -> bool:
    words = lead.split()
    return bool(words) and words[-1].strip(",.:").lower() in SPEECH_VERBS


def _without_dateline(text: str, sentence: Sentence) -> Sentence:
    """The sentence without a dateline that opens its paragraph ("WASHINGTON (AP) — President Obama
    said ..."): read with it, the place was the subject of "said" and the reported content began
    with "WASHINGTON (AP) —", which made a whole quote after it a partial one."""
    if sentence.start and text[sentence.start - 1] != "\n":
        return sentence
    match = DATELINE.match(sentence.text)
    if match is None or match.end() >= len(sentence.text):
        return sentence
    return replace(sentence, text=sentence.text[match.end() :], start=sentence.start + match.end())


# before a name signing a quotation: spaces and at most two title words ("Senator", "Sen.", "Rep.")
_SIGNATURE_LEAD = re.compile(r"[ \t]*(?:[A-Z][a-z]{1,9}\.?[ \t]+){0,2}")
# after it: a party tag, or a comma opening an apposition or a relative clause
# ("Rep. Greg Walden of Oregon, a senior House Republican." after a quotation, editor row 167: carried to Trump)
_SIGNATURE_TAIL = re.compile(
    r"\s*(?:of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?(?:\s*\([RDI]-[\w. ]+\)|,\s+(?:who|a|an|the)\b|\s*\.?\s*$)"
)
# a noun phrase after a quotation that heads a relative clause without "that" ("a point the office denied")
_CONTACT_HEADS = frozenset(["a", "an", "the", "one"])
_CONTACT_SUBJECTS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our"])
_DETERMINER_WORDS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "some", "who"])
# sentence adverbs and conjunctions that open a colon frame without being anyone's name
_NOT_A_SOURCE = frozenset(["then", "later", "meanwhile", "also", "still", "again", "now", "here", "there", "so", "but"])
MAX_QUESTION_WORDS = 40  # a question line of a printed interview
_LINK_LINE = re.compile(r"^\[[^\]\n]*\]$")  # "[Spirit clinches home-field advantage ...]": a link between answers
_OPENING_MARKS = '“«„"‘'
_ALL_MARKS = '“”«»„"'


def _line_before(text: str, start: int) -> tuple[int, int] | None:
    """The non-blank paragraph before the one that opens at ``start``, as offsets; None at the top."""
    while start > 0:
        line_end = start - 1  # the line break ending the line before
        line_start = text.rfind("\n", 0, line_end) + 1
        if text[line_start:line_end].strip():
            return line_start, line_end
        start = line_start
    return None


def _is_question(paragraph: str) -> bool:
    """A question line of a printed interview: ends in "?", holds no quotation mark, is short."""
    paragraph = paragraph.strip()
    return (
        paragraph.endswith("?")
        and not any(ch in DOUBLE_MARKS or ch == "‘" for ch in paragraph)
        and len(paragraph.split()) <= MAX_QUESTION_WORDS
    )


def fold_label(label: str) -> str:
    return label.lower().replace("’", "'").rstrip(".")


def _own_words(text: str, start: int, end: int, quoted: list[QuoteSpan]) -> int:
    """Words of ``text[start:end]`` outside the quotations, not counting a leading "that"."""
    pieces, cursor = [], start
    for part in sorted(quoted, key=lambda q: q.open_mark):
        pieces.append(text[cursor : part.open_mark])
        cursor = max(cursor, (part.close_mark + 1) if part.close_mark is not None else part.end)
    pieces.append(text[cursor:end])
    words = [w for w, _, _ in words_with_offsets(" ".join(pieces))]
    return len(words) - int(bool(words) and words[0].lower() == "that")


def lead_is_comma(text: str, start: int, verb_start: int) -> bool:
    return text[start:verb_start].rstrip().endswith(",")


def find_attributions(
    article: Article,
    sentences: list[Sentence],
    index: EntityIndex,
    parse: Parser | None = None,
    titles: dict[str, set[str]] | None = None,
) -> list[Attribution]:
    """All quotes and reported speech of one article, with resolved speakers. With ``parse``
    (``Models.parse``) reported speech is read from the dependency parse of the sentences with a
    cue word; without it, from the words around the speech verb. ``titles``: the titles the story's
    other articles give people (``speakers.titles_elsewhere``), for a named role this article uses alone."""
    return ArticleSpeech(article, sentences, index, parse, titles).attributions()

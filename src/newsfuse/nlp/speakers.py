"""Who is speaking: the subject of a speech verb, resolved to a canonical entity.

Without a dependency parser (the packaged pipeline runs NER and the sentence splitter only) the
subject is read off the words next to the verb: backwards to a clause boundary, with one
appositive allowed ("Wang Wenbin, a ministry spokesman, said"), or forwards after an inverted
verb (",” said Oleg Nikolenko"). Pronouns and bare roles ("he said", "the spokesman added") are
carried from the most recent speaker or person of the same article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsfuse.nlp.aliases import FEMALE_HONORIFICS, MALE_HONORIFICS, TITLES, clean_surface, fold, strip_titles
from newsfuse.nlp.entities import (
    KNOWN_PLACES,
    EntityIndex,
    LocatedMention,
    named_as_a_child,
    swapped_letters,
    without_owner,
)
from newsfuse.nlp.speech import (
    ADVERBS,
    CLAUSE_WORDS,
    CUE_SURFACE,
    ORG_ROLES,
    PERSONAL_PRONOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEAKER_TYPES,
    words_with_offsets,
)
from newsfuse.records import Sentence

# a speech cue next to a name, or a name opening its sentence (``SpeakerResolver._takes_the_name``)
_CUES = r"(?:said|says|told|tells|added|adds|wrote|writes|stated|explained|recalled|asked|tweeted|posted)"
_CUE_BEFORE_NAME = re.compile(rf"\b{_CUES},?\s+(?:[A-Z][\w.]*\s+)?$")
_CUE_AFTER_NAME = re.compile(rf"[^.!?;“”\"]{{0,80}}?\b{_CUES}\b")
_OPENS_ITS_SENTENCE = re.compile(r"(?:[.!?][\"”’]?\s+|\n\s*)(?:[A-Z][\w.'’-]*\s+){0,3}$")
MAX_SUBJECT_WORDS = 10  # grammar, not tuning: a speaker phrase ("the ministry's spokesman ...") is short
_BOUNDARY = set(',;:—–()“”"«»[]!?')
_DETERMINERS = {"a", "an", "the", "one", "another", "two", "three", "some", "many", "several", "both"}
_PREPOSITIONS = {"on", "in", "at", "during", "after", "before", "to", "from", "with", "of", "for", "by", "last", "this"}
_BAD_LEADS = {"do", "does", "did", "are", "is", "was", "were", "to", "that", "this", "then", "so", "just", "even", "be"}
_CLAUSE_OPENERS = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "because",
        "if",
        "whether",
        "when",
        "where",
        "while",
        "although",
        "though",
        "since",
        "unless",
        "until",
    ]
)
_PARTY_TAG = re.compile(r"^[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\.?$")  # "Sen. John Cornyn, R-Texas, said"
# "the president closed", not "the president of"
_ROLE_SUBJECT = re.compile(r"[Tt]he\s+([a-z]+)\s+(?!of\b|for\b|to\b)[a-z]")
# Titles written abbreviated before a name, by the role noun a later "the general said" uses
_TITLE_ABBREVIATIONS = {
    "general": ("Gen",),
    "governor": ("Gov",),
    "senator": ("Sen",),
    "representative": ("Rep",),
    "congressman": ("Rep",),
    "congresswoman": ("Rep",),
    "commander": ("Cmdr", "Cmd"),
    "professor": ("Prof",),
    "secretary": ("Sec",),
    "officer": ("Off",),
    "attorney": ("Atty",),
}
_QUANTIFIER_WORDS = "neither either nor both others some many several most few none"
_QUANTIFIERS = frozenset(_QUANTIFIER_WORDS.split())
# A word that stands for anyone or asks who, capitalised where it opens a sentence ("Anyone who dismissed what
# happened to you as “just another crazy night.”", "Who believe that this ugly crime is “complicated.”"): no one
# the text names, so never a speaker to print nor an antecedent (editor read, stop 35, row 103 printed "Anyone"
# three times and "Who"); nor a thing ("Everything from Patsy Ramsey referring to herself as “the mother” …": the
# parse's subject of "referring", printed as a speaker in mn58's kept half)
_NO_ONE_WORDS = (
    "anyone anybody everyone everybody someone somebody nobody no-one whoever who whom whose which what whatever each "
    "my your our their everything something anything nothing"
)
_NO_ONE = frozenset(_NO_ONE_WORDS.split())
_BARE_ROLE = re.compile(r"^the\s+(?:[a-z-]+(?:['’]s)?\s+){0,2}?([a-z]+)$")  # "the country's interior minister"
# A document as the subject of a speech verb: its owner is the speaker ("the agency's forecast said").
_DOCUMENT_NOUNS = (
    r"(?:forecast|report|statement|letter|study|survey|filing|release|complaint|"
    r"lawsuit|website|memo|analysis|document|documents|data|figures|records|announcement|notice|post|tweet|blog|"
    r"email|e-mail|column|editorial|order|ruling|indictment|affidavit|guidance|advisory|bulletin|poll|"
    r"account|page|site|bio|biography|agreement|contract|suit|memorandum|transcript|petition|settlement)"
)
_DOCUMENT = re.compile(r"^(.+?)['’]s\s+(?:[a-z-]+\s+)?" + _DOCUMENT_NOUNS + "$")
# "the letter addressed to Chairman Darrell Issa": a document with its addressee, whose author is elsewhere
_DOCUMENT_TO = re.compile(
    r"^(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?("
    + _DOCUMENT_NOUNS
    + r")\s+(?:addressed|sent|written|delivered|mailed)\s+to\b"
)
# A code, a law, a charter as a subject: "the Code of Conduct for U.S. judges", "the Affordable Care Act"
_NAMED_TEXT = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}(?:Code|Act|Constitution|Charter|Treaty|Amendment)"
    r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?(?:\s+(?:for|of)\s+[^,]{1,40})?$"
)
# "his web site reads": the one "his" stands for (Multi-News row 228 had no speaker)
_OWN_DOCUMENT = re.compile(r"^(his|her|their|its)\s+(?:[a-z-]+\s+)?" + _DOCUMENT_NOUNS + "$", re.I)
# "the statement from Grimm's attorney, William McGinley": the one it comes from speaks through it
_DOCUMENT_FROM = re.compile(
    r"^(?:the|a|an)\s+(?:[a-z-]+\s+)?" + _DOCUMENT_NOUNS + r"\s+(?:from|by|issued by|in)\s+(?=[A-Z]|the [A-Z]|The )"
)
# "the statement on her health, from Dr. Lisa Bardack, an internist, said": the subject read up to the document noun;
# its author is set off after it (``_DOCUMENT_FROM`` reads "the statement from X" when the phrase holds it)
# a capitalised word and "and" right before a subject read from the verb back: "Medicare and (Treasury officials)"
_CAPITAL_AND_BEFORE = re.compile(r"(?<![\w.'’-])[A-Z][\w'’-]*\s+(?:and|&)\s+$")
_BARE_DOCUMENT = re.compile(r"^(?:the|a|an|this)\s+(?:[a-z-]+\s+)?" + _DOCUMENT_NOUNS + "$")
_SECOND_AUTHOR = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?[A-Z]")
# "the lawsuit filed" (by X): a document and the participle whose "by" names its author
_DOCUMENT_PARTICIPLE = re.compile(
    r"^((?:the|a|an|this)\s+(?:[a-z-]+\s+)?"
    + _DOCUMENT_NOUNS
    + r")\s+(?:filed|brought|submitted|written|issued|signed)$"
)
# a document's issuers after it, several of them: "(the statement) released by each office", "signed by both leaders"
_ISSUED_BY_SEVERAL = re.compile(
    r",?\s+(?:(?:jointly\s+)?(?:released|issued|put\s+out|sent|signed|posted|sent\s+out)\s+by|from)\s+"
    r"(?:each|both|all|every|the\s+two|the\s+three|the\s+four|the\s+five)\b",
    re.IGNORECASE,
)
_AUTHOR_AFTER = re.compile(
    r"(?:\s+(?:on|about|regarding)\s+[^,.;:“”\"]{1,40})?,?\s+(?:from|(?:signed|filed|brought|submitted)\s+by|by)\s+"
)
# "the lawsuit against AR-15 manufacturer Bushmaster", "Lowe's complaint against the city": what the document is
# against or about is its target, never its speaker; the owner is the possessor, or who filed or issued it
_DOCUMENT_AGAINST = re.compile(
    r"^(?:(?:the|a|an)|(.+?)['’]s)\s+(?:[a-z-]+\s+)?" + _DOCUMENT_NOUNS + r"\s+(?:against|about|over|on|targeting|"
    r"challenging)\s+"
)
_FILED_BY = re.compile(r"\b(?:filed|brought|issued|written|released)?\s*by\s+(?=[A-Z]|the [A-Z]|The )")
_DOCUMENT_HEAD = re.compile(r"^(?:the|a|an)\s+(?:[a-z-]+\s+)?" + _DOCUMENT_NOUNS + r"(?:\s+issued)?$", re.I)
# A fronted phrase before a sentence's subject: up to 12 words without a sentence end, then a comma.
_OPENING_PHRASE = re.compile(r"(?<=[.!?”\n]) *[A-Z][^.!?”\n]{0,90},$")
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")  # what joins two names of a list
# what joins two people of a coordinated phrase, a place after the first allowed ("Piet Moss of Keld, and Tom Brink")
_PAIR_JOIN = re.compile(
    r"(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
)
# a speaker's own document that holds the words: "on his website", "in her blog post"
_ON_OWN_DOCUMENT = re.compile(r"\b(?:on|in)\s+(?:his|her)\s+(?:own\s+)?(?:website|web\s+site|blog|blog\s+post|page)\b")
_SENTENCE_BREAK = re.compile(r"[.!?][”’\"']?\s+[“\"‘]?[A-Z]")
_FRONTED = re.compile(
    r"(?:In|At|On|After|Before|During|Asked|Speaking|Writing|Like|Unlike|Later|Through|Despite)\b"
    r"(?:[^.!?“”\"\n,]|(?<=\bDr|\bMr|\bMs|\bSt)\.|(?<=\bMrs|\bSen|\bRep|\bGov)\.){0,80},\s+"
)
# A gendered role in apposition right after a name: ", a DNC spokeswoman", ", the committee chairman"
_GENDERED_ROLE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w.’'-]+\s+){0,3}?"
    r"((?:spokes|chair|congress|business|council|police|anchor)(?:wo)?man|actress|waitress|hostess)\b",
    re.I,
)
# The subject of a clause that opens right after the name: "Megyn Kelly when she moderated the debate"
_SUBORDINATE_PRONOUN = re.compile(r",?\s+(?:when|as|after|before|because|while|until|since|if)\s+(he|she)\b")
_MALE_TITLES = MALE_HONORIFICS | {"messrs", "sir", "king", "prince", "lord"}
_GENDERED = {"his": "m", "himself": "m", "her": "f", "herself": "f"}
# a pronoun frame that asks again ("“Why not?” he asked"): the asker goes on asking (``_not_the_asker``)
_ASKS_AGAIN = re.compile(r"\w+\s+(?:\w+ly\s+)?(?:asked|asks|pressed|wondered|questioned)\b", re.I)
_GENDER_OF_PRONOUN = {"he": "m", "she": "f"}
_PLACING_PREPOSITIONS = frozenset(("in", "at", "from", "for", "of", "with"))  # "an official in Seoul"
# nouns for an organisation the speech lexicon does not hold as roles, and documents someone handed out
# ("the studio says": Multi-News row 40, stop 58, left Paramount's words unattributed)
_COMPANY_NOUNS = frozenset(
    ["company", "firm", "corporation", "manufacturer", "retailer", "automaker", "airline", "studio", "startup"]
)
_HELD = _COMPANY_NOUNS | frozenset(["letter", "memo", "e-mail", "email"])
# "a company spokesperson", "the firm's spokesman", "the company’s statement": the company's words, not a named role
_COMPANY_ROLE = re.compile(
    r"^(?:a|an|the)\s+(" + "|".join(sorted(_COMPANY_NOUNS)) + r")(?:['’]s)?\s+"
    r"(?:spokesman|spokeswoman|spokesperson|representative|statement)$"
)
# the article saying which organisation it calls "the company": "Keldware, the software company (that …)" after the
# name, "the company behind Keldware" / "the company that makes Keldware" before it (``_named_company``)
_CALLED_AFTER = {
    noun: re.compile(rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b(?!['’]s)(?!\s+(?:of|for|to)\b)")
    for noun in _COMPANY_NOUNS
}
_CALLED_BEFORE = {
    noun: re.compile(rf"\b[Tt]he\s+{noun}\s+(?:behind|that\s+(?:owns|makes|runs|operates|created|developed))\s+$")
    for noun in _COMPANY_NOUNS
}
_NOT_A_COMPANY = frozenset(["PERSON", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"])
# role words that name the same role ("the lawyer added" after "his attorney, Robert Servatius")
_SAME_ROLE = {"lawyer": ("lawyer", "attorney"), "attorney": ("attorney", "lawyer")}
# a conjunction opening a sentence before its subject
# A time phrase that opens a sentence without a comma: "On Wednesday Hishammuddin Hussein said"
_TIME_OPENER = re.compile(
    r"(?:(?:On|Late|Early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Later|"
    r"Earlier)(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)
# After a sentence's subject: an apposition between commas ("Ada Brant, the port's director,") or a party tag in
# brackets, then the verb
_SUBJECT_TAIL = re.compile(r"(?:\s*,[^,.;:!?“”\"\n]{1,90},|\s*\([^()\n]{1,30}\))?\s+([a-z]+)\b")
# a first name joined to a full name that carries the family name for both: "Hillary and Bill Clinton"
_SHARED_FAMILY_NAME = re.compile(r"\b[A-Z][a-z]+\s+(?:and|&)\s+$")
# a title's or an initial's point ("Sen.", "Mr.", "J."), which ends no sentence
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z][a-z]{0,3}|[A-Z]))\.$")
_OPENING_CONJUNCTION = re.compile(r"(?:^|[.!?”\n]\s*)((?:But|And|Yet|So|Still|Now|Then)\s*)$")
# family members named by whose they are ("Paul Conroy's wife"): not the person named
_KIN_WORDS = (
    "wife husband widow widower brother sister son daughter mother father parents cousin uncle aunt fiancee "
    "fiance girlfriend boyfriend grandmother grandfather"
)
_KIN = frozenset(_KIN_WORDS.split())
_FEMALE_KIN = "wife widow sister daughter mother girlfriend fiancee grandmother aunt"
_MALE_KIN = "husband widower brother son father boyfriend fiance grandfather uncle"
_KIN_GENDER = {word: "f" for word in _FEMALE_KIN.split()} | {word: "m" for word in _MALE_KIN.split()}
# a gendered noun right before a name gives the person's gender: "first lady Melania Trump" (editor read #11, stop
# 40, BASIL 2017: Trump's "“Our thoughts and prayers …,” he said" went to her), "the president's daughter Ivanka
# Trump", "actress Kathy Griffin", "Congressman Steve Scalise"
_GENDERED_BEFORE = re.compile(
    r"\b(first\s+lady|second\s+lady|(?:congress|chair|spokes|business|council|police|anchor)(?:wo)?man|actress"
    r"|comedienne|queen|princess|duchess|king|prince|duke|" + "|".join(_KIN_GENDER) + r"),?\s+$",
    re.IGNORECASE,
)


def _inner_quotation(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a quotation nested in the one opening at ``start`` (a single quotation mark
    opened before it and not closed: "People said, ‘Trump is crazy,’ …")."""
    inside = text[start:at]
    return inside.count("‘") > inside.count("’") or bool(re.search(r"(?:^|[\s,:])'[^']*$", inside))


def gender_before(before: str) -> str | None:
    """ "f"/"m" from a gendered noun that ends ``before`` (the text right before a name), else None."""
    found = _GENDERED_BEFORE.search(before)
    if found is None:
        return None
    word = found.group(1).lower()
    if word.endswith(("lady", "woman")) or word in ("actress", "comedienne", "queen", "princess", "duchess"):
        return "f"
    return _KIN_GENDER.get(word, "m")


# "her daughter Gabrielle Nadine", "his son, Ahmed,": a name given as the kin of a possessive pronoun's owner
_KIN_BEFORE = re.compile(rf"\b(his|her|His|Her)\s+(?:[a-z-]+\s+)?(?:{'|'.join(_KIN_GENDER)}),?\s+$")
# verbs of issuing a document: its subject is who wrote or sent it
_ISSUED = re.compile(r"\b(?:issued|released|sent|posted|handed|wrote|published|distributed|put out|emailed|e-mailed)\b")
_PLACE_OF = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?[A-Z]")
# a capitalised name, a comma, then a phrase opening in lower case: an apposition or an adjective phrase
_APPOSITION = re.compile(r"^((?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|de|for|the))*),\s+(?=[a-z])")
_CLAUSE_END = re.compile(r"[.!?](?=[”’\"']?\s)|[“\"\n]")  # a sentence end, a quotation, a paragraph end
_WORD = re.compile(r"[a-z’']+")
_FEMALE_TITLES = FEMALE_HONORIFICS | {"madam", "madame", "queen", "princess", "lady", "dame"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
THING_TYPES = frozenset({"LAW"})
_VERSION = re.compile(r"\s\d+(?:\.\d+)+$")  # "Keurig 2.0", "Windows 8.1": a product's version, never a name
_NAME_JOINERS = {"of", "the", "for", "and", "de", "van", "von", "al", "bin", "la", "le", "du", "da"}
# an epithet: "the 46-year-old", "the 40-year-old mountaineer", "the Florida senator", "the North Carolina
# Republican" (an age, or one to three capitalised words before a party or office noun)
_EPITHET = re.compile(
    r"^[Tt]he\s+(?:\d+-year-old(?:\s+[a-z-]+){0,2}"
    r"|(?:[A-Z][\w.'’-]*\s+){1,3}(?:Republican|Democrat|senator|congressman|congresswoman|governor|lawmaker"
    r"|billionaire|businessman|candidate|nominee|front-runner)"
    r"|(?:[a-z-]+\s+){0,2}(?:star|actor|actress|singer|rapper|comedian|radioman|billionaire|businessman|mogul"
    r"|candidate|nominee|front-runner|frontrunner|mountaineer|climber))$"
)
# "the Mexican-born journalist told Fox News", "the Boston-born lawyer said": a person described by where they come
# from or work, whom the text has named (BASIL d4a4bc34 left Jorge Ramos's words unattributed; an invented
# "the Boston-born lawyer" was printed as a speaker, no name). An agent noun, a role noun or a person noun heads it,
# never an organisation's ("the Seattle-based company said" is no person)
_PLACED_EPITHET = re.compile(r"^[Tt]he\s+[A-Z][\w'’]*-(?:born|based|raised|bred|educated)\s+(?:[a-z-]+\s+)?([a-z]+)$")
# "the presumptive Republican nominee said": a party's candidate described with a mix of words, read as the subject
# of the sentence before (``SpeakerResolver._focus_epithet``)
_PARTY_EPITHET = re.compile(
    r"^[Tt]he\s+(?:(?:[a-z-]+|Republican|Democratic|GOP|Democrat|Libertarian)\s+){1,3}(?:candidate|nominee|front-runner)$"
)
# a definite description of up to three lower-case or capitalised modifiers and a lower-case head noun ("the
# presidential hopeful", "the Idaho hopeful"): a person when the article uses the head as a person's title or
# apposition (``SpeakerResolver._person_noun_here``)
_DESCRIPTION = re.compile(r"^[Tt]he\s+(?:[\w’'-]+\s+){1,3}([a-z][a-z-]+)$")
# two descriptions of one person joined by "and" ("the former House speaker and Republican presidential contender
# said"): the parse gives the second as the subject; the whole phrase is an epithet for a person the text named
_AND_ROLE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w.'’-]+\s+){0,4}?[a-z-]+\s+and\s+$")
_COORDINATED_ROLES = re.compile(r"^[Tt]he\s+(?:[\w.'’-]+\s+){0,4}?([a-z-]+)\s+and\s+(?:[\w.'’-]+\s+){0,3}([a-z-]+)$")
_DESCRIBED_WORDS = (
    "speaker contender leader senator congressman congresswoman governor lawmaker candidate nominee star actor "
    "actress singer rapper comedian host producer showrunner writer director author founder chairman veteran "
    "mayor president secretary minister businessman billionaire mogul"
)
_DESCRIBED = frozenset(_DESCRIBED_WORDS.split())
# a role, "and", a title in marks and a second role before a name that ends the sentence: the name is who spoke
# ('wrote TV producer and "Lucifer" showrunner Joe Henderson.': the subject read after the cue stops at the mark)
_AND_ROLE_AFTER = re.compile(r"\s+and\s+(?:[“\"‘][^”\"’\n]{1,40}[”\"’]\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# a media noun after the kind of organisation that owns it: "the company website", "the campaign's page"
_OWNED_MEDIA = re.compile(
    r"\b(?:company|campaign|agency|firm|chain|restaurant|brand)(?:['’]s)?\s+(?:website|site|page)$"
)
# right before an organisation's name: it is the addressee ("sent a statement to CNBC", "told Reuters")
_ADDRESSEE_BEFORE = re.compile(r"\b(?:to|told)\s+(?:the\s+)?$")
# the same before an organisation "the agency" may stand for: "told a U.S. District Court judge" (a determiner and
# up to two capitalised words between; stop 39: the editor read of row 114 printed "District Court" for "the agency
# said", the agency having told the court's judge)
_ADDRESSED_BEFORE = re.compile(r"\b(?:to|told)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.]*\s+){0,2}$")
# a capitalised word right after or before a family name: a longer name ("Plant Hall", "Robert Plant"); a
# determiner before it ("the Page") makes it a thing
_NAME_WORD_AFTER = re.compile(r"\s+[A-Z]")
# (not a word that ends the sentence before, "... publicist, Larry Solters. // Solters was also no help": a title
# or an initial keeps its full stop)
_NAME_WORD_BEFORE = re.compile(r"(?:\b(?:the|a|an|The|A|An)|[A-Z][\w'’-]*|[A-Z][a-z]{0,3}\.)[ \t]+$")
# two capitalised words ahead: a name in apposition ("Nisha Odell"), not one word opening a clause
_NAME_AHEAD = re.compile(r"[A-Z][\w.'’-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+")  # "Walter K. Hobbs": a middle initial
_PHRASE_LEAD = re.compile(r"^(?:a|an|A|An)\s+")
# Heads of an unnamed person speaker ("another witness said"): a later "she said" is that person.
PERSON_NOUNS = frozenset(
    [
        "witness",
        "witnesses",
        "resident",
        "residents",
        "man",
        "woman",
        "source",
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "neighbour",
        "neighbor",
        "friend",
        "relative",
        "doctor",
        "officer",
        "activist",
        "lawyer",
        "analyst",
    ]
)
# How many characters back a pronoun may reach for its antecedent.
CARRY_WINDOW = 1500
_SUBORDINATORS = frozenset(
    {"though", "although", "while", "when", "as", "after", "before", "because", "if", "since", "unless", "until"}
    | {"once", "whereas"}
)
# where a coordinated or adverbial clause starts: a name after it is in another clause than a pronoun before it
_NEXT_CLAUSE = re.compile(r",\s+(?:but|and|while|as|when|although|though|whereas)\b|;")
# a name written as a possessor ("Price's mother", "Tavin Price’s family"): the phrase's head is someone else
# (stop 25 editor read, row 161: the mother's "I won't miss a day" went to her dead son)
# "His lawyers", "her longtime spokesman": a role owned by a possessive pronoun (SpeakerResolver._pronoun_owned_role)
_JUNIOR = re.compile(r",?\s+Jr\.?$")  # "Donald Trump Jr.": his father is "Donald Trump"
_PRONOUN_OWNED_ROLE = re.compile(r"^((?i:his|her|its|their))\s+((?:[a-z-]+\s+){0,2}[a-z]+)$")  # not "his aide Al Li"
# between a possessor and the role it owns: "'s ", "’s longtime " (at most two modifiers)
_POSSESSOR_OF_ROLE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}")
_BETWEEN_ROLE_AND_NAME = re.compile(r",?\s+")
_POSSESSIVE_ROLE = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s\s+[a-z]+$")
# "Mr. Trump’s adoring fans": a named possessor and one to three lower-case words, the last the head
_POSSESSED_GROUP = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s(?:\s+[a-z][a-z-]*){1,3}$")
# A court paper as a subject: "the suit says", "the complaint reads", "the motion argues", "the filing says"
_BARE_SUIT = re.compile(r"^the\s+((?:law)?suit|complaint|motion|petition|filing)$")
# which papers a bare noun can mean: a complaint is the lawsuit's opening paper; "the filing" is any paper filed
_FILED_PAPERS = {
    "suit": r"(?:law)?suit",
    "lawsuit": r"(?:law)?suit",
    "complaint": r"(?:(?:law)?suit|complaint)",
    "motion": r"motion",
    "petition": r"petition",
    "filing": r"(?:(?:law)?suit|complaint|motion|petition)",
}
# "X sued …": the one who sues filed the suit; not "X was sued", "X, sued by Y"
_SUED = r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bgot )\bsued\b(?!,?\s+by\b)"


def _paper_filed(noun: str) -> re.Pattern[str]:
    """ "X filed a lawsuit", "the lawsuit, filed by X", "a suit brought by X", "X filed a motion", "X sued": where
    the text says who filed the paper a bare ``noun`` ("the complaint") stands for."""
    papers = _FILED_PAPERS[noun]
    return re.compile(
        rf"\b(?:filed|brought|submitted|lodged)\s+(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+){{0,3}}?{papers}\b"
        rf"|\b{papers}\b[^.]{{0,40}}?\b(?:filed|brought|submitted|lodged)\s+(?P<by>by)\s+"
        + (_SUED if noun in ("suit", "lawsuit", "complaint", "filing") else "")
    )


_PAPER_FILED = {noun: _paper_filed(noun) for noun in _FILED_PAPERS}
_HYPHENED_MODIFIER = re.compile(r"-[a-z]")  # "Keld-born", "London-based": right after a name
# "someone close to Mr. Schumer", "a person familiar with Brink's thinking": an unnamed head tied to a name by an
# adjective of closeness; the name says whom the speaker is near, not who speaks
_NEAR_A_NAME = re.compile(
    r"^(?:someone|somebody|anyone|one|(?:a|an|one|two|three|several|some)?\s*(?:person|people|source|sources|individual))"
    r"\s+(?:(?:very|particularly)\s+)?(?:close|familiar|near|loyal|allied|connected)\s+(?:to|with)\b",
    re.IGNORECASE,
)
_POSSESSOR = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s\s")
# "anti-Trump", "pro-Brexit": a name written right after it is what a thing is against or for
_FOR_OR_AGAINST = re.compile(r"\b(?:anti|pro)-\s?$", re.I)
_MEDIA = frozenset(["newspaper", "network", "channel", "website", "outlet", "magazine", "daily"])
# a member of the body the name calls a league, conference or federation: "the National Women’s Soccer League club
# said" is one club of that league speaking, not the league (editor read #30, Multi-News row 37)
_MEMBER_OF_BODY = re.compile(
    r"^(?:the|a|an|one)\s+(?:[A-Z][\w.'’&-]*\s+){1,6}?"
    r"(?:League|Conference|Association|Federation|Confederation|Union|Division)\s+"
    r"(?:club|team|side|franchise|member|school|affiliate|chapter)$"
)
_BODY_NAME = re.compile(r"\b(?:League|Conference|Association|Federation|Confederation|Union|Division)$")
ROLE_REACH = 40  # characters between a role word and the name it introduces ("spokesman for the council, Piet Lunde")


@dataclass(frozen=True)
class Speaker:
    text: str  # as written: "he", "Mr. Xi", "a Chinese Foreign Ministry spokesman"
    start: int  # offsets into the article text
    end: int
    name: str | None  # canonical entity name, or the cleaned phrase; None when unresolved


# "Rep. Ann Lee (D-Wash.) said", and with a stray comma after the tag: "Rep. Steve King (R-Iowa), tweeted" (BASIL
# c99adbdd left the tweet out)
_TAG_BEFORE_COMMA = re.compile(r"\s*\((?:[RDI]-)?[A-Z][\w.]*(?:[ -][A-Z][\w.]*)?\.?\)(?=\s*,)")
_PARTY_PARENS = re.compile(r"\s*\([RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\.?\)(?:\s*,)?\s*$")


# what may stand before a sentence's opening subject: nothing, a dateline, a title ("WASHINGTON ― President")
# a sentence that opens by turning to a person: "For Robert Plant, …", "As for Ms. Holt, …"
_TOPIC_OPENER = re.compile(r"\s*(?:For|As\s+for)\s+")
_OPENING_DATELINE = re.compile(r"\s*(?:[A-Z][A-Z .,]+\s*[―—–-]+\s*)?(?:(?:[A-Z][\w.]*)\s+){0,2}")
# a finite verb right after the subject ("Trump is", "Trump told", "Trump, 24 hours from …," is not read)
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:is|was|has|had|will|would|said|says|told|tells|[a-z]+ed)\b")
# a body's noun right after a name, which the name modifies: "the Trump campaign", "the Obama administration"
_NAMES_A_BODY = re.compile(
    r"\s+(?:campaign|administration|presidency|era|organization|foundation|transition|team|camp|family|tower|hotel)s?\b"
)
# a subordinate clause opening the sentence, up to the comma before the main clause's subject
_FRONTED_CLAUSE = re.compile(
    r"(?:^|\b(?:that|and|but)\s)\s*(?:when|after|as|while|because|although|though|since|before|once)\s[^;:“”\"]*,\s*$",
    re.I,
)
# nouns ending in "-ly" that may head a subject ("the family said", "an ally said")
_LY_NOUNS = frozenset(
    [
        *("family", "ally", "rally", "assembly", "supply", "reply", "bully", "belly", "anomaly", "monopoly"),
        *("homily", "jelly", "tally", "folly", "lily", "melancholy", "butterfly", "fly", "italy", "july"),
    ]
)
_LY_DETERMINER = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|that|whose)|['’]s?)\s*$", re.I)


def _manner_adverb(word: str, before: str) -> bool:
    """ "Ada Brant, advocating for workers, clearly says, “…”": a lower-case "-ly" word right before the verb
    modifies it; the subject is before it (BASIL 85475456, stop 49: Fox's quote of Blumenthal was carried to the
    newspaper named the paragraph before). Not a noun ending so ("the family said", "Smith's ally said")."""
    return (
        word.islower()
        and len(word) > 4
        and word.endswith("ly")
        and word not in _LY_NOUNS
        and _LY_DETERMINER.search(before) is None
    )


def subject_before(text: str, verb_start: int, floor: int) -> tuple[int, int] | None:
    """Span of the noun phrase ending right before a verb at ``verb_start`` (not before ``floor``);
    a party tag in parentheses between the name and the verb is skipped ("Rep. Ann Lee (D-Wash.) said")."""
    party = _PARTY_PARENS.search(text, floor, verb_start)
    if party is not None and party.end() == verb_start and party.start() > floor:
        return subject_before(text, party.start(), floor)
    # "Rep. Ann Lee (Calif.), the ranking Democrat on the committee, said": a state or party tag before the
    # appositive's comma is blanked (the offsets kept), so the name before it is read as before a bare comma (BASIL
    # df6a55fb, stop 53, printed "ranking Democrat on the committee")
    segment = _TAG_BEFORE_COMMA.sub(lambda m: " " * len(m.group()), text[floor:verb_start])
    words = words_with_offsets(segment)
    collected: list[tuple[int, int]] = []
    appositive_open = False  # inside "Name, <appositive>, said", reading the appositive
    appositive_done = False
    closed_at = 0  # words read when the appositive closed
    name_before_role = 0  # reading the name before a role in apposition: how many role words precede it
    right_edge = len(segment)
    for word, start, end in reversed(words):
        gap = segment[end:right_edge]
        lower = word.lower()
        if not collected and (lower in ADVERBS or _manner_adverb(word, segment[:start])):
            right_edge = start
            continue
        if name_before_role and not _name_word(word):
            break
        if gap == "," and word[-1:].isdigit() and segment[right_edge : right_edge + 1].isdigit():
            # "about 21,000 people": a thousands separator is no comma of an apposition (Multi-News row 220 read
            # "000 people at Carl's Jr. ..." as the subject and printed "Carl" for the executive before it)
            gap = ""
        if any(ch in _BOUNDARY for ch in gap) or "\n" in gap:
            if gap.strip() == "," and not collected and not appositive_done:
                appositive_open = True
            elif gap.strip() == "," and appositive_open and _looks_like_appositive(segment, collected):
                appositive_open, appositive_done = False, True
                closed_at = len(collected)
            elif (
                gap.strip() == ","
                and appositive_done
                and not name_before_role
                and _role_after_name(segment, collected[closed_at:], word)
            ):
                # "Representative Jim Jordan, Republican of Ohio, a founder of the House Freedom Caucus, … said": a
                # role before the appositive; the name before both speaks (stop 41: the NYT's line printed "Republican
                # of Ohio" once the next sentence's "Mr. Jordan said" no longer framed it)
                name_before_role = len(collected)
            elif gap.strip() == "," and appositive_open and _role_after_name(segment, collected, word):
                # "Representative Ted Deutch, Democrat of Florida, wrote", "Rep. Ann Lee, Republican chairman of
                # the committee, has asked": the name before the role is who speaks (the role alone printed
                # "Democrat of Florida", Multi-News row 9); the resolver picks the person in the span
                appositive_open, appositive_done, name_before_role = False, True, len(collected)
            elif (
                gap.strip() == ","
                and not (appositive_open or appositive_done)
                and (_name_word(word) or any(segment[a:b][:1].isupper() for a, b in collected))
                and _unclosed_role(segment, collected)
            ):
                # "Taylor, a partner of Zuckerman Spaeder LLP said": the appositive's closing comma left out; the
                # name before it is who speaks, not the firm the role names (editor read #8, row 116). Only a name
                # before the comma, or a role naming something: "when Rubio said it was great to be home, a man
                # yelled" is a man's shout, and with no subject the frame search went on to "said" and gave it to
                # Rubio (PolNeAR train, stop 39)
                appositive_done, name_before_role = True, len(collected)
                if not _name_word(word):
                    break
            else:
                break
        if lower in CLAUSE_WORDS:
            if appositive_open and (lower in _CLAUSE_OPENERS or lower == "as"):
                # "... that Ghlam planned to attack a church, said": a clause, not "Name, role, said"; "The Keld
                # Board, where Tom Keller worked as a cadet in 2010, released": not "a cadet in 2010" (row 50)
                return None
            if not (appositive_open and lower in ("and", "or")):
                break  # "Eric Woolson, a strategist and former adviser to Scott Walker, said": one appositive
        collected.append((start, end))
        right_edge = start
        if len(collected) >= (2 * MAX_SUBJECT_WORDS if appositive_open or appositive_done else MAX_SUBJECT_WORDS):
            break
    if name_before_role and len(collected) == name_before_role:
        return None  # no name before the role after all
    if appositive_open and collected and _not_a_subject(segment, collected):
        return None
    # drop what cannot open a subject: "naturally he", "Do we", "to"
    while collected and _bad_lead(segment[collected[-1][0] : collected[-1][1]]):
        collected.pop()
    if not collected:
        return None
    return floor + collected[-1][0], floor + collected[0][1]


# "of Athens, Alabama,": a town before its state; not "of The Robin Collective, Brandy Wright," (a name in apposition
# after an organisation with its article: mn58 kept row 83 printed "Robin Collective" for the founder who spoke)
_PLACE_BEFORE = re.compile(r"\b(?:of|in|from|near)\s+(?!The\s)[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2},\s*$")


def _unnamed_role(segment: str, collected: list[tuple[int, int]]) -> bool:
    """The words collected so far are a determiner and lower-case words ending in a person or role noun
    ("another relative", "a spokeswoman for the council"), with no capitalised word yet; or a possessor in
    place of the determiner ("Hayes's attorney": Multi-News row 32 printed the role, the name after it unread)."""
    words = [segment[a:b] for a, b in collected]
    if len(words) < 2 or not (words[0].lower() in _DETERMINERS or (words[0][:1].isupper() and _owner(words[0]))):
        return False
    if all(not w[:1].isupper() for w in words[1:]):
        return any(w in PERSON_NOUNS or w in ROLE_NOUNS for w in words[1:])
    # "said a White House spokesman, Eric Schultz": an organisation's name before the role noun that ends the
    # phrase is no name of the speaker (editor read #14, stop 43, BASIL 2013 printed "White House spokesman")
    return words[-1] in PERSON_NOUNS or words[-1] in ROLE_NOUNS


def _not_a_subject(segment: str, collected: list[tuple[int, int]]) -> bool:
    """The words before a comma that ends right at the verb, with no earlier comma pairing with it:
    the second part of "of Athens, Alabama," (a place: "Rita Lee of Athens, Alabama, tweeted" gave
    "Alabama", editor row 244) or a piece of a phrase that opens with a lower-case word ("” by
    Gorsuch, said someone familiar" gave "by Gorsuch"). A name in apposition ("The spokesman, Ann
    Lee, said") is the subject."""
    first = segment[collected[-1][0] : collected[-1][1]]
    if first.islower() and first.lower() not in _DETERMINERS:
        return True
    return _PLACE_BEFORE.search(segment, 0, collected[-1][0]) is not None


def _role_after_name(segment: str, collected: list[tuple[int, int]], before: str) -> bool:
    """The words between two commas before the verb are a role (they hold a lower-case word: "Democrat of
    Florida", "chief executive of Keldcorp") and a capitalised word, a name's last, stands before the
    first comma. Not an age, a party tag or "a/the ..." phrase (``_looks_like_appositive``), not a place
    ("of Athens, Alabama," has no lower-case word between the commas)."""
    phrase = [segment[a:b] for a, b in reversed(collected)]
    if not phrase or phrase[0].lower() in CLAUSE_WORDS:
        return False
    has_role_word = any(w.islower() and w.isalpha() for w in phrase)
    return has_role_word and _name_word(before) and before.lower() not in CLAUSE_WORDS


def _unclosed_role(segment: str, collected: list[tuple[int, int]]) -> bool:
    """The words read back from the verb to a comma are "a/an" and a person's role ("a partner of Keld Law LLP",
    "an attorney for the family"): an appositive whose closing comma the writer left out."""
    phrase = [segment[a:b] for a, b in reversed(collected)]
    if len(phrase) < 2 or phrase[0].lower() not in ("a", "an") or not phrase[1].islower():
        return False
    if any(w in PERSON_NOUNS or w in ROLE_NOUNS for w in phrase[1:4]):
        return True
    # "a partner of Keld Law", "a senior fellow at the Keld Institute": lower-case words, then "of/at/for" and a name
    lead = list(itertools.takewhile(str.islower, phrase[1:]))
    rest = phrase[1 + len(lead) :]
    return 0 < len(lead) <= 3 and lead[-1] in ("of", "at", "for", "with") and bool(rest) and rest[0][:1].isupper()


def _name_word(word: str) -> bool:
    """A word of a name or of the title before it ("Rep.", "Ted", "O’Sullivan")."""
    return word[:1].isupper()


def _name_goes_on(segment: str, collected: list[tuple[int, int]], of_end: int) -> bool:
    """ "of" between capitalised words: every word read so far capitalised (after a determiner: "according to
    the U.S. Department of Agriculture"), and so is the next one."""
    following = re.match(r"\s+([A-Z][\w’'-]*)", segment[of_end:])
    words = [segment[a:b] for a, b in collected]
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return bool(words) and following is not None and all(w[:1].isupper() for w in words)


_TRAILING = ADVERBS | CLAUSE_WORDS
_OBJECT_PRONOUNS = {
    "him": "he",
    "her": "she",
    "them": "they",
    "us": "we",
    "me": "i",
    "his": "he",
    "their": "they",
    "its": "it",
}
# a pronoun with a contracted auxiliary ("He's since sparred ...")
# "is expected to", "was set to", "will", "would": what stands between a subject and its verb of saying when the words
# are announced before they are said
_RAISED = re.compile(
    r"\s+(?:(?:is|are|was|were)\s+(?:expected|likely|set|scheduled|slated|due|poised|going|about)\s+to"
    r"|will|would|is\s+to|was\s+to)$"
)
_CONTRACTED = re.compile(r"(he|she|they|we|it|i|you)['’](?:s|d|ll|ve|re|m)\b", re.I)
# words in -ly that are nouns or names of a subject, not adverbs ("the family said", "an ally said")
_LY_NOUN_WORDS = "family ally rally assembly daily weekly monthly quarterly supply bully anomaly"
_LY_NOUNS = frozenset(_LY_NOUN_WORDS.split())


# people a story seldom names; not offices ("The president said he ...", "the spokesman said she ...": their
# holder is usually named earlier, and the antecedent search finds them)
_UNNAMED_PEOPLE = frozenset(
    [
        "reporter",
        "journalist",
        "correspondent",
        "witness",
        "resident",
        "man",
        "woman",
        "neighbour",
        "neighbor",
        "friend",
        "relative",
        "passerby",
        "bystander",
        "caller",
        "viewer",
        "reader",
    ]
)


# A sentence opened by an unnamed person or role as the subject of its verb ("The reporter clarified that
# he asked the question because ... “foul play suspected” ..."): a "he" or "she" in the clause it governs is
# that person, whom the text does not name — not the last named speaker (editor a26, Multi-News row 153
# credited the reporter's words to the police chief)
_ROLE_OPENER = re.compile(r"\s*(?:The|A|An|Another|One)\s+((?:[a-z-]+\s+){0,3})(?:that\s+|to\s+)?")


def _governed_by_unnamed_person(text: str, pronoun_at: int) -> bool:
    opened = max(text.rfind(". ", 0, pronoun_at), text.rfind("\n", 0, pronoun_at)) + 1
    match = _ROLE_OPENER.match(text, opened, pronoun_at)
    if match is None:
        return False
    words = match.group(1).split()
    if (
        match.group(0).split()[0] in ("Another", "One")
        and words
        and (words[0] in CUE_SURFACE or words[0].endswith("ed"))
    ):
        # "Another hoped the entire movement would just disappear: “...,” he wrote": one more of the people the text
        # spoke of, unnamed (editor read, stop 37, row 92 gave an anonymous poster's words to Peinovich)
        return True
    # the head noun, then its verb: "The reporter clarified", "A police officer said", "The witness later told"
    for k in range(len(words) - 1):
        verb = words[k + 2] if _ly_adverb(words[k + 1]) and k + 2 < len(words) else words[k + 1]
        if words[k] in _UNNAMED_PEOPLE and (verb in CUE_SURFACE or verb.endswith("ed")):
            return True
    return False


def _ly_adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly") and len(word) > 4 and word not in _LY_NOUNS


def _bad_lead(word: str) -> bool:
    lower = word.lower()
    return lower in _BAD_LEADS or (word.islower() and lower.endswith("ly") and lower not in _DETERMINERS)


def _looks_like_appositive(segment: str, collected: list[tuple[int, int]]) -> bool:
    first_word = segment[collected[-1][0] : collected[-1][1]].lower()
    phrase = segment[collected[-1][0] : collected[0][1]]
    if phrase.strip().isdigit():
        return True  # an age: "Sarandon, 69, said"
    return first_word in _DETERMINERS or first_word.endswith("’s") or _PARTY_TAG.match(phrase) is not None


def subject_after(text: str, verb_end: int, ceiling: int) -> tuple[int, int] | None:
    """Span of an inverted subject after the verb (",” said Oleg Nikolenko, a spokesperson")."""
    segment = text[verb_end:ceiling]
    words = words_with_offsets(segment)
    collected: list[tuple[int, int]] = []
    left_edge = 0
    unit_of = 0  # "the Brooklyn, N.Y., chapter of …": where the unit noun ends, whose "of" goes on
    role_upto = None  # "a spokesman for Lund": the words up to the role noun, before its "for"
    for word, start, end in words[:MAX_SUBJECT_WORDS]:
        if start < left_edge:
            continue  # read already, as the place and unit of a local chapter
        gap = segment[left_edge:start]
        local = _LOCAL_UNIT.match(segment, left_edge) if collected and gap.strip() == "," else None
        if local is not None and all(segment[a:b][:1].isupper() or segment[a:b] == "the" for a, b in collected):
            # 'tweeted the Brooklyn, N.Y., chapter of Indivisible Nation': the place and its state modify the
            # unit that heads the phrase, whose "of" names the organisation (editor read of BASIL 1ed4f378, stop
            # 42, printed "Brooklyn")
            collected.append(local.span(1))
            left_edge = unit_of = local.end(1)
            continue
        owner_named = collected and gap.strip() == "," and word[:1].isupper()
        if owner_named and _DOCUMENT_FROM.match(segment[collected[0][0] : left_edge] + " "):
            collected.append((start, end))  # "the statement from Grimm's attorney, William McGinley": the name
            left_edge = end
            continue
        if owner_named and _unnamed_role(segment, collected[:role_upto]) and _NAME_AHEAD.match(segment, start):
            # "said another relative, Nisha Odell, 18, her cousin": the name in apposition after an unnamed
            # role is who spoke (the quote was unattributed, Multi-News row 53); the span runs on over it
            collected.append((start, end))
            left_edge = end
            continue
        if collected and any(ch in _BOUNDARY or ch == "." for ch in gap):
            break
        if not collected and word.lower() in ("that", "of", "in", "on", "at", "to", "for", "it", "by", "with"):
            return None
        # "the statement from X", "a report in The New York Times" (Multi-News row 139): the owner follows
        owned_in = word != "in" or re.match(r"\s+(?:the\s+)?[A-Z]", segment[end:]) is not None
        from_owner = (
            bool(collected)
            and word in ("from", "by", "in")
            and owned_in
            and _DOCUMENT_HEAD.match(segment[collected[0][0] : left_edge]) is not None
        )
        # "said University of Texas law professor Stephen Vladeck", "said Secretary of State Ann Lee": "of"
        # inside a capitalised name ("University" alone was printed, Multi-News row 9); "said the Alliance for
        # Retired Americans": "for" inside an organisation's name (stop 43: "Alliance" was printed)
        name_of = word in ("of", "for") and _name_goes_on(segment, collected, end)
        name_of = name_of or (
            word == "of" and left_edge == unit_of > 0 and segment[end : end + 2].strip()[:1].isupper()
        )
        # "said an aide to Lund", "said a lawyer for the Keld Water Board": an unnamed role's "to"/"for" names whose
        # role it is, as "a lawyer for Lund said" reads before the verb (the inverted subject stopped at the role:
        # null, while the same words before the verb printed the named role)
        role_of = word in ("for", "to") and _ROLE_OF_NAME.match(segment, end) is not None
        role_of = (
            role_of
            and _unnamed_role(segment, collected)
            and segment[collected[-1][0] : collected[-1][1]] in (_STAFF_ROLES)
        )
        if (
            word.islower()
            and (word in CLAUSE_WORDS or word in _PREPOSITIONS)
            and not from_owner
            and not name_of
            and not role_of
        ):
            break
        if role_of:
            role_upto = len(collected)
        collected.append((start, end))
        left_edge = end
        if _ends_sentence(segment[start:end]):
            break  # ",” said Pasztor. When asked ...": the name ends the sentence
    if not collected:
        return None
    first_word = segment[collected[0][0] : collected[0][1]]
    if not (first_word[:1].isupper() or first_word.lower() in _DETERMINERS or _role_before_name(segment, collected)):
        return None
    return verb_end + collected[0][0], verb_end + collected[-1][1]


# the people who speak for someone else, named after "for"/"to" ("an aide to Lund", "a spokeswoman for the board")
_STAFF_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer", "attorney", "publicist"}
    | {"representative"}
)
# a name right after "for"/"to": a capitalised word, or "the" and one ("the Keld Water Board")
_ROLE_OF_NAME = re.compile(r"\s+(?:the\s+)?[A-Z][\w.'’-]*")


# after "the <Place>": ", <State>, chapter" (group 1 from the state to the unit noun)
_LOCAL_UNIT = re.compile(
    r",\s*((?:(?:[A-Z][a-z]{0,3}\.){1,3}|[A-Z][a-z]+),\s+(?:chapter|branch|affiliate|local|office|bureau))\b"
)


_LOCAL_UNIT_PHRASE = re.compile(
    r"^(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s*[^,]{2,20},\s+"
    r"(chapter|branch|affiliate|local|office|bureau)\s+of\s+((?:the\s+)?[A-Z].*)$"
)


def _role_before_name(segment: str, collected: list[tuple[int, int]]) -> bool:
    """Lower-case words of a role before a name written in full: "said co-author Emanuel Tschopp", "said police
    spokesman Tyler Gamble" (Multi-News rows 33 and 32 left both unattributed: a subject after the verb had to
    open with a capital or a determiner). At most three role words, none an adverb or a word of time ("said
    recently", "said yesterday"), then at least two capitalised words."""
    words = [segment[a:b] for a, b in collected]
    lead = list(itertools.takewhile(lambda w: not w[:1].isupper(), words))
    name = words[len(lead) :]
    return (
        0 < len(lead) <= 3
        and len(name) >= 2
        and all(w[:1].isupper() for w in name[:2])
        and not any(_ly_adverb(w) or w in _TIME_WORDS or w in ADVERBS for w in lead)
    )


# a name that names a disease or a law after its discoverer: no person of the story ("Lou Gehrig's disease")
_EPONYM = re.compile(r"(?:['’]s)?\s+(?:disease|syndrome|law|principle|theorem|paradox|razor|palsy|sarcoma)\b")
# a possessive right before a name: "Cardell Hayes's Hummer" (group 1: the possessor's last word)
_POSSESSOR_BEFORE = re.compile(r"([A-Z][\w.-]*)['’]s?\s+$")
# role nouns an organisation's own name holds: a force ("Keld Police"), an institution ("the hospital said" is the
# one named "MedStar Washington Hospital Center" before, not any organisation named last: BASIL 58f414e5, stop 51)
_FORCES = frozenset(["police", "army", "military", "hospital", "university", "clinic"])
PARTY_TAIL = re.compile(r",\s*[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\.?,?\s*$")
_PARTY_LEAD = re.compile(r"[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\.?,\s")
# a word that makes a role word part of another title ("Vice President", "Deputy Director", "vice-president")
_OTHER_TITLE = re.compile(r"\b(?:[Vv]ice|[Dd]eputy|[Aa]ssistant|[Aa]ssociate)[ -]$")
_SOUGHT_OR_SERVED = re.compile(r"\b(?:for|to)\s+(?:the\s+)?$")  # "opponent for president, X", "aide to the mayor, X"
_OTHER_OF_FAMILY = re.compile(r"\b[Tt]he\s+(?:younger|elder|older|other)\s+$")  # "the younger Cheney"
_ONE_OF_A_FAMILY = re.compile(r"^[Tt]he\s+(?:younger|elder|older|other)\s+([A-Z][\w'’-]+)$")
_NAME_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),\s*$")
_THE_PERSON = re.compile(r"^the\s+([a-z]+)$")  # "the man", "the witness"
_WORD_END = re.compile(r"[\w.'’]*$")
_DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])
_TIME_WORDS = frozenset(["yesterday", "today", "tonight", "tomorrow", "earlier", "later", "again", "also", "now"])


# a role, a comma, then the name in apposition: "Hayes's attorney, John Fuller", "another relative, Nisha Odell",
# "a spokesman for Lund, Tom Brink"
_ROLE_THEN_NAME = re.compile(
    r"^(?:(?:[Tt]he|[Aa]n?|[Aa]nother)\s+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s?\s+)(?:[a-z-]+\s+){0,3}[a-z-]+"
    r"(?:\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?,\s+"
)
_PERSON_ROLES = PERSON_NOUNS | (ROLE_NOUNS - ORG_ROLES)
# after an unnamed person: the name the person gave ("a man who identified himself as Angelo L.")
_IDENTIFIED_AS = re.compile(
    r",?\s+(?:who\s+)?(?:identified\s+(?:himself\s+|herself\s+)?(?:only\s+)?as|gave\s+(?:his|her)\s+name\s+as)"
    r"\s+[“\"‘]?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
)


# a spokesman's title opening a mention the tagger typed an organisation ("Spokesperson Marie Harf")
_SPOKES_LEAD = re.compile(r"(?:Deputy\s+|Chief\s+|Press\s+)?Spokes(?:wo)?(?:man|person)\s+[A-Z]")


def _person_role_before(lead: str) -> bool:
    """Lower-case words ending in a person's role ("police spokesman ", "co-author ") and nothing else."""
    words = lead.split()
    return 0 < len(words) <= 3 and all(w.islower() for w in words) and words[-1] in _PERSON_ROLES


_OWNED_ROLE = re.compile(r"^['’]s?\s+((?:[a-z][a-z-]*\s+){1,3})$")
_CLIENT_ROLE = re.compile(r"^\s+((?:[a-z][a-z-]*\s+){1,2})$")


def _name_after_owned_role(text: str, end: int, inside: list[LocatedMention]) -> LocatedMention | None:
    """The name that ends the subject right after a possessor and one to three lower-case words ("Wilco's ace
    guitarist Nels Cline", "Keldcorp's chief executive Ann Lee"): a noun in close apposition to the name, which
    heads the phrase whatever its tag. The name has two words or more and is no place; no preposition,
    conjunction or verb stands among the lower-case words ("Trump's attack on Hillary Clinton")."""
    if len(inside) < 2 or text[inside[-1].end : end].strip(" ."):
        return None
    owner, name = inside[-2], inside[-1]
    role = _OWNED_ROLE.match(text[owner.end : name.start])
    if role is None and (plain := _CLIENT_ROLE.match(text[owner.end : name.start])) is not None:
        # "Strzok attorney Aitan Goelman": the client's name right before a role noun, no possessive (editor read
        # #20, b4, stop 49: "said Strzok attorney Aitan Goelman" resolved to no one)
        role = plain if plain.group(1).split()[-1] in ROLE_NOUNS else None
    if role is None or name.label in PLACE_TYPES or len(name.text.split()) < 2:
        return None
    words = role.group(1).split()
    if any(w in _NOT_A_HEAD or w in CLAUSE_WORDS or w in _VERB_FORMS for w in words):
        return None
    return name


# A group of unnamed people, one plural word ("Opponents have predicted that …", "Critics say"): no name and no
# named role, whether or not the article also writes the word in lower case (editor read, stop 36, row 120 printed
# "Opponents"; the issue wants a name or a named role)
_GROUP_WORDS = (
    "opponents critics supporters proponents backers detractors sceptics skeptics protesters protestors "
    "demonstrators activists campaigners advocates officials experts analysts observers lawmakers legislators "
    "voters residents locals neighbors neighbours witnesses organizers organisers pollsters economists scientists "
    "researchers historians scholars diplomats investigators prosecutors authorities sources insiders aides allies "
    "rivals members leaders parents students teachers doctors nurses workers employees users fans viewers readers"
)
_GROUPS = frozenset(_GROUP_WORDS.split())
# the bodies whose own words name their domain ("the foreign ministry", "the justice department"); "the state news
# agency" is still the agency named last (Xinhua)
_DOMAIN_ROLES = frozenset(["ministry", "department"])
# a noun for someone who does something ("Defender", "Prosecutor", "Commissioner"): a title's head
_AGENT_NOUN = re.compile(r"^[a-z]{3,}(?:er|or|ist|ant|ent|ian|ee)$")
# The words of a time expression: "Tuesday" of "Tuesday's lawsuit says", "Last week", "Feb. 27". A time is never who
# speaks (editor read, stop 36, row 34 printed "Tuesday: “shut her up”")
_TIME_NAME_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow last this next "
    "week weekend month year morning afternoon evening night day days weeks months years ago early late earlier "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_TIME_NAME = frozenset(_TIME_NAME_WORDS.split())


def is_a_time(name: str) -> bool:
    """Whether ``name`` is made of time words and numbers only ("Tuesday", "Last week's", "Feb. 27, 2018"); a
    month that is also a given name ("May", "June") counts only beside another time word or a number."""
    words = [w for w in re.split(r"[\s,]+", fold(name).replace("’", "'")) if w]
    words = [w.removesuffix("'s").removesuffix("'").rstrip(".") for w in words]
    if not words or not all(w in _TIME_NAME or w.isdigit() for w in words):
        return False
    return len(words) > 1 or words[0] not in ("may", "june", "april", "august", "last", "this", "next", "early", "late")


def _opens_with_quantifier(name: str) -> bool:
    """ "Neither Governor Sandoval", "Others", "Some Republicans": a sentence's first words the tagger took
    into a name (Multi-News row 193 printed "Neither Governor Sandoval" and "Others" as speakers)."""
    words = name.split()
    return bool(words) and words[0].lower() in _QUANTIFIERS


def is_named_speaker(name: str, index: EntityIndex, text: str = "") -> bool:
    """A speaker the brief may print: a person or organisation of the story, a name the model
    missed ("Brafman"), or a named role whose head is a role noun and which names whose role it is
    ("China’s foreign ministry", "a White House spokesman", "Japanese Foreign Minister"). Places
    ("Moscow"), bare roles ("minister", "presidents") and sentence fragments ("Shortly before
    Russia", "joint statement issued", "Neither Governor Sandoval", "Others") are not."""
    if _opens_with_quantifier(name) or _VERSION.search(name) or is_a_time(name):
        return False
    if name.strip(" ,.").lower() in _NO_ONE or name.strip(" ,.").lower() in _GROUPS:
        return False
    cluster = index.resolve(name)
    if cluster is not None and cluster.type in THING_TYPES:
        # "the Keurig 2.0 displayed a message: “...”": a product, a law, a work or an event is no one who speaks
        # (an editor read of a product review printed the brewer as the speaker)
        return False
    if cluster is not None and cluster.name == name:
        if " " not in name.strip() and name.lower() in ROLE_NOUNS:
            return False  # "Department", "Police": a bare role the model tagged as a name
        return cluster.type in SPEAKER_TYPES or not _is_place(cluster.name, cluster.type, text)
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return False
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or _name_then_verb(words):
        return False
    if all(w.lower() in _NAME_JOINERS for w in words):
        # "one of" (of "one of which carried the simple message: “Forever.”"): a determiner and a joiner name no
        # one (Multi-News row 21 printed "one of" as a speaker)
        return False
    head = words[-1].lower().strip(",.")
    if head in ROLE_NOUNS:
        return any(_names_whose(w) for w in words[:-1])
    if len(words) >= 3 and _bare_word(words[0]) in ROLE_NOUNS and words[1].lower() in ("for", "of", "to"):
        # "a lawyer for Ada Brant", "a spokesman for the Keld council": the role with whose it is
        owner = " ".join(words[2:])
        return is_named_speaker(owner, index, text)
    if name.isupper() and cluster is None:  # "UPDATE:", "WALLACE:": a name only if the story names it
        known = index.resolve(name.title())
        return known is not None and known.type in SPEAKER_TYPES
    if all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words) and len(words) <= 5:
        roles = [i for i, w in enumerate(words) if _bare_word(w) in ROLE_NOUNS]
        if roles:  # the head is not a role (that case returned above): a title before a name
            tail = words[roles[-1] + 1 :]  # "Spokesman Wang Wenbin", "Senator Smith", "Ministry of Defence"
            if tail[0].lower() in _NAME_JOINERS:
                return True
            known = index.resolve(" ".join(tail))
            return known.type in SPEAKER_TYPES if known is not None else not _is_place(" ".join(tail), "GPE", text)
        parts = index.resolve(" ".join(words))
        return parts is None or parts.type in SPEAKER_TYPES
    return False


def _name_then_verb(words: list[str]) -> bool:
    """A name followed by a past-tense verb ("UNT Zuckerberg backed immigration group", the text of a
    link run into the sentence, Multi-News row 214): a clause, not a named role ("Russia's appointed
    envoy" has the possessive, "Kremlin-backed" the hyphen)."""
    return any(
        word.islower() and word.endswith("ed") and len(word) > 4 and before[:1].isupper() and not _owner(before)
        for before, word in itertools.pairwise(words)
    )


def _owner(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _bare_word(word: str) -> str:
    """A word without edge punctuation or a possessive ending: "Ministry’s" → "ministry", while
    "spokesman" stays "spokesman" (stripping the characters "’s" from both ends made it "pokesman")."""
    lower = word.lower().strip(",.;:")
    return lower.removesuffix("’s").removesuffix("'s")


# A role written as a person's title, right before the name ("White House Press Secretary Sarah Sanders", "White
# House spokeswoman Sarah Huckabee Sanders") or in apposition after it ("Sarah Sanders, the White House press
# secretary,"): who holds a named role the text later uses alone ("“…,” said the White House press secretary")
TITLE_REACH = 60  # characters before a name read for its title
MAX_TITLE_WORDS = 5
_TITLE_BREAK = re.compile(r"[,;:()“”\"«»\[\]]|[a-z]{3,}\.$")  # a word that ends a title before a name
_TITLE_AFTER = re.compile(r",\s+(?:the|a|an)\s+((?:[\w.'’&-]+\s+){0,3}[a-z][a-z-]*)(?=\s*[,.;]|\s*$)")


def title_keys(words: list[str]) -> list[str]:
    """The keys a title read before a name stands for: each run of its last words (two or more) that ends
    with a person's role ("said White House Press Secretary" → "press secretary", "house press secretary",
    "white house press secretary", …), folded; none when the last word is no role."""
    folded = [fold(w).strip(".,") for w in words]
    if not folded or folded[-1] not in _PERSON_ROLES:
        return []
    return [" ".join(folded[-k:]) for k in range(2, len(folded) + 1) if folded[-k] not in _DETERMINERS]


def role_key(phrase: str) -> str | None:
    """The key of a role a speaker phrase names ("the White House press secretary" → "white house press
    secretary"): two or more words ending with a person's role, without a leading determiner; None
    otherwise."""
    words = [fold(w).strip(".,") for w in phrase.split()]
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    if len(words) < 2 or words[-1] not in _PERSON_ROLES or any(w.endswith("'s") for w in words):
        return None
    return " ".join(words)


def titles_in(text: str, people: list[LocatedMention]) -> list[tuple[str, int, LocatedMention]]:
    """(role key, where it is written, person) for every title the text gives a person: before the name or
    in apposition after it."""
    found: list[tuple[str, int, LocatedMention]] = []
    for person in people:
        named = person.text.split()
        # a title the tagger took into the mention ("Press Secretary Sarah Sanders")
        cut = max((i + 1 for i, w in enumerate(named[:-1]) if _bare_word(w) in _PERSON_ROLES), default=0)
        floor = max(0, person.start - TITLE_REACH, text.rfind("\n", 0, person.start) + 1)  # not past a paragraph
        lead = text[floor : person.start]
        words = lead.split()
        if floor > 0 and text[floor - 1 : floor].strip() and lead[:1].strip():
            words = words[1:]  # a word cut in two by the reach
        if lead and not lead[-1:].isspace():
            words = []  # a name glued to the word before it ("al-Assad"): no title read
        run: list[str] = []
        for word in reversed(words + named[:cut]):
            if _TITLE_BREAK.search(word) or len(run) == MAX_TITLE_WORDS:
                break
            run.insert(0, word)
        found.extend((key, person.start, person) for key in title_keys(run))
        after = _TITLE_AFTER.match(text, person.end)
        key = role_key(after.group(1)) if after is not None else None
        if key is not None:
            found.append((key, person.end, person))
    return found


_ABBREVIATIONS = frozenset(
    [
        "jr",
        "sr",
        "st",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gov",
        "sen",
        "rep",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "prof",
        "rev",
        "mt",
        "ft",
        "no",
        "vs",
        "inc",
        "co",
        "corp",
        "ltd",
    ]
)


# Titles written with a full stop: the aliases list, and ranks it does not hold
_RANKS = frozenset(["supt", "insp", "det", "cmdr", "maj", "cpl", "pvt", "atty", "brig"])
_NOT_SENTENCE_ENDS = _ABBREVIATIONS | frozenset(TITLES) | _RANKS


def _sentence_floor(text: str, at: int, reach: int) -> int:
    """Where a look back of ``reach`` characters from ``at`` must stop so as not to leave ``at``'s sentence: after
    the last paragraph break or sentence-ending word ("… stop investigating Flynn.\n\nSen. Dianne Feinstein, D-Calif.,
    …, said": the name before the party tag is Feinstein's, not a run of capitals from "Flynn." on; BASIL b17,
    editor read #10, printed Feinstein's words under Flynn)."""
    base = max(0, at - reach, text.rfind("\n", 0, at) + 1)
    ends = [w.end() for w in re.finditer(r"\S+", text[base:at]) if _ends_sentence(w.group().rstrip("”’\"'"))]
    return base + ends[-1] if ends else base


def _ends_sentence(word: str) -> bool:
    """A word with its sentence's full stop ("Pasztor."), not an abbreviation ("Jr.", "J.", "U.S.")."""
    if not word.endswith(".") or word.endswith(".."):
        return False
    bare = word.rstrip(".")
    # a title with its full stop ("said Adm. Scott Swift", "said Supt. Ann Lee") opens the name (editor
    # row 244 printed "Adm"); the full stop after a family name ends the sentence
    return len(bare) > 2 and "." not in bare and bare.lower() not in _NOT_SENTENCE_ENDS


def _title_before(phrase: str, mention: str) -> bool:
    """The phrase is a title ("Father", "Rev.", "Sen.") and the one word of the mention: "Father Reese"."""
    words = phrase.rstrip(" .").split()
    family = clean_surface(mention).split()
    return len(words) == 2 and len(family) == 1 and fold(words[0]).rstrip(".") in TITLES and words[1] == family[0]


def _head_person(text: str, start: int, people: list[LocatedMention]) -> LocatedMention:
    """The speaker among several people in one subject: the head of the noun phrase, which is the
    last name when only modifiers stand between them ("Annan spokesman Ahmad Fawzi" is Fawzi,
    "Jefferson Airplane co-founder Jack Casady" is Casady); else the first ("Obama and Biden",
    "Eric Woolson, a former adviser to Scott Walker")."""
    for earlier, mention in itertools.pairwise(people):
        between = text[earlier.end : mention.start]
        if not between.strip(" ."):
            # "Petty Officer Cynthia Oldham", "LAPD Det. Christopher Barling" with the rank tagged as a name
            # of its own (stop 25 editor read, row 161 printed "LAPD Det")
            return mention
        words = {w.lower() for w, _, _ in words_with_offsets(between)}
        if words and not words & _NOT_A_HEAD and not any(ch in between for ch in ",;()&"):
            return mention  # "Jefferson Airplane co-founder Jack Casady": the last name is the head
    return people[0]


# Words between two names that make the first one the speaker ("Obama and Biden", "Smith of Acme").
_NOT_A_HEAD = frozenset(["and", "or", "with", "of", "for", "to", "by", "from", "at", "in", "on", "nor", "plus"])


def _role_before_person(text: str, start: int, person: LocatedMention) -> bool:
    """The subject's head is a person noun or role before the first name, tied to it by "of",
    "for" or "to" ("a friend of Kendra", "a lawyer for Smith", "an aide to the senator Ada
    Brant"): the friend speaks, not the person named (editor read, stop 22: "a friend of Kendra
    tells me" credited the quote to Kendra)."""
    lead = re.search(r"\b([a-z-]+)\s+(?:of|for|to)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$", text[start : person.start])
    return lead is not None and _bare_word(lead.group(1)) in (PERSON_NOUNS | ROLE_NOUNS)


# one to three lower-case words right after a name, ending the subject ("Cruz adviser", "Romney campaign aide")
_MODIFIED_ROLE = re.compile(r"(?:[ \t]+[a-z][a-z-]*){1,3}[ \t]*\.?")


def _role_of_possessor(text: str, end: int, people: list[LocatedMention]) -> bool:
    """Every person in the subject is the possessor of a role that heads it ("Clinton's campaign",
    "Trump’s lawyers", "the senator's office"): the role speaks, not the person who owns it. A person
    after the role ("Clinton's spokesman Brian Fallon") is the head and is not a possessor."""
    words = words_with_offsets(text[people[-1].end : end])
    if not words or _bare_word(words[-1][0]) not in ROLE_NOUNS:
        return False
    modified = _MODIFIED_ROLE.fullmatch(text, people[-1].end, end) and not any(w in CLAUSE_WORDS for w, _, _ in words)
    if modified and (len(words) == 1 or "," not in text[people[0].start : end]):
        # "the senior Cruz adviser": the name modifies the role that heads the subject (PolNeAR train printed
        # Cruz, the man advised); "A Romney campaign aide, though, said": so do two or three lower-case words
        # (BASIL 2ec04201, stop 43, printed Mitt Romney for his aide), when no apposition runs before them ("Piet
        # Moss, 66, a former chairman of the Keld harbour board" is Moss)
        return True
    # "Clinton's", and a name ending in s with the apostrophe alone ("Vasiliades’ lawyer released the
    # following statement", Multi-News row 228, gave Vasiliades)
    return all(re.match(r"['’](?:s\b|\s)", text[m.end : m.end + 2]) is not None for m in people)


# "posts on Instagram", "via Twitter": the object of "on"/"via" is where words were posted, not a person
_ON_A_PLATFORM = re.compile(r"\b(?:on|via)\s+$")
# "did the president consider withdrawing Justice Gorsuch’s nomination": Gorsuch holds no "president"
# (Multi-News row 178 credited the president's tweets to the judge)
_VERB_WORDS = "is was were are has had have said says told tells met meets interviewed did does do will would can could"
_LOWER_WORD = re.compile(r"\b[a-z][a-z’']*")
_VERB_FORMS = frozenset(_VERB_WORDS.split())


# Last words of a place's or building's name ("Tan Son Nhut Air Base", "Walter Reed Hospital")
_PLACE_HEAD_WORDS = (
    "base airport airfield street avenue boulevard hospital university college school center centre stadium "
    "cathedral prison station bridge museum square airbase barracks mosque temple"
)
_PLACE_HEADS = frozenset(_PLACE_HEAD_WORDS.split())
_CAPITALISED_AFTER = re.compile(r"(?:\s+[A-Z][\w’'-]*)*")


_ONE_NAME_WORD = re.compile(r"^[A-Z][a-z]+$")  # "Mayor said", "Danner said": one capitalised word
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")
_NOUN_AFTER = re.compile(r"\s+([a-z]{3,})\b")


def _modifier(text: str, mention: LocatedMention) -> bool:
    """A name between a determiner and a common noun modifies that noun ("the Facebook founder said",
    "a Trump adviser"): the founder is the antecedent of a later "he", not Facebook (Multi-News row 26
    printed "Facebook", tagged a person, for seven of Mark Zuckerberg's quotes)."""
    if not _DETERMINER_BEFORE.search(text, max(0, mention.start - 5), mention.start):
        return False
    noun = _NOUN_AFTER.match(text, mention.end)
    return noun is not None and noun.group(1) not in CUE_SURFACE and noun.group(1) not in _VERB_FORMS


def _in_place_name(text: str, mention: LocatedMention) -> bool:
    """A person the model tagged inside a place's name ("his buddies at Tan Son Nhut Air Base" gave
    the persons "Tan" and "Nhut Air Base", and "he recalls" went to the air base, Multi-News row 155):
    the capitalised run holding the mention ends with a place word."""
    after = _CAPITALISED_AFTER.match(text, mention.end)  # matches the empty string at least
    run = text[mention.start : after.end() if after else mention.end]
    words = run.split()
    return bool(words) and words[-1].lower().strip(".,") in _PLACE_HEADS


def _verb_between(text: str, start: int, end: int) -> bool:
    """A verb between a name and a role word: the name is not the role's holder ("NY1's reporter,
    Michael Scotto, interviewed the congressman": Scotto is not the congressman, stop 23)."""
    words = _LOWER_WORD.findall(text[start:end])  # lower-case words ("United" is no "-ed" verb)
    return any(w in _VERB_FORMS or (len(w) > 4 and w.endswith(("ed", "ing"))) for w in words)


def _titled(surface: str) -> bool:
    """A surface written with a title or office before the name ("Rep. Bob Goodlatte")."""
    words = surface.split()
    return len(words) > 1 and (fold(words[0]).rstrip(".") in TITLES or _bare_word(words[0]) in ROLE_NOUNS)


def _credit(mention: LocatedMention) -> bool:
    """A photo or video credit ("(Dwight Adams/IndyStar)", "Photo: Jane Roe/AP"): a name the
    article shows, not a person of the story, so never the antecedent of "she said"."""
    return "/" in mention.text


def _shares_a_word(a: str, b: str) -> bool:
    return bool(set(fold(a).split()) & set(fold(b).split()))


def _names_whose(word: str) -> bool:
    """A modifier that says whose role it is: a name ("White House", "Chinese") or a possessor
    ("the fishermen’s union")."""
    if word.lower() in ROLE_NOUNS:
        return False
    return word[:1].isupper() or word.endswith(("'s", "’s", "s'", "s’"))


def _is_place(name: str, label: str, text: str) -> bool:
    """The small model tags some people GPE ("Kasich said"); as the subject of a speech verb a
    name is a place only when it is a known place or the text uses it as one ("in Moscow"). Not "from":
    "votes from Pelosi" made Nancy Pelosi's family name a place and her words unattributed (Multi-News
    row 146); a known place is found by its name ("from Moscow")."""
    if label == "NORP":
        return True  # "Chinese", "Democrats": a group, not a named speaker
    if label not in PLACE_TYPES:
        return False
    if fold(name) in KNOWN_PLACES:
        return True
    pattern = rf"\b(?:in|to|at|across|near|visited|visit|outside|inside)\s+(?:the\s+)?{re.escape(name)}\b"
    return re.search(pattern, text) is not None


class SpeakerResolver:
    """Resolves subject spans of one article to canonical names, remembering recent speakers."""

    def __init__(self, article_id: str, index: EntityIndex) -> None:
        self.article_id = article_id
        self.index = index
        self.mentions: list[LocatedMention] = sorted(
            (m for m in index.located if m.article_id == article_id and not _credit(m)), key=lambda m: m.start
        )
        self.history: list[Speaker] = []  # resolved speakers in text order
        self.text = ""  # the article text, set by ``resolve``
        self._families: dict[str, tuple[int, str]] = {}  # family name -> (where, whom) it last named
        self._genders: dict[str, str | None] = {}  # name -> "m"/"f"/None, from titles or pronouns
        self._mention_genders: dict[str, str | None] = {}  # an ORG/GPE-tagged name read as a person
        # people the text names after a person's title where the tagger found no person ("Mayor Rahm Emanuel"):
        # the title makes them people, so a later "he continued" may stand for them (_untagged_title_holders)
        self._titled_people: set[str] = set()
        self._resolved_pronouns: dict[str, set[str]] = {}  # name -> genders of the "he"/"she" resolved to it
        # the words of the quotation being attributed: a name inside it is not who "he" in its frame is
        # ('“... Fatima Johnson, may u Rest In Peace,” he wrote': he is not Fatima Johnson)
        self.quoted: list[tuple[int, int]] = []
        # every quotation of the article: a name inside one is no antecedent of a later "he" ('carried a sign
        # reading, “... Fire Snipes!” He said ...': editor read b29, row 204 printed "Fire Snipes")
        self.all_quoted: list[tuple[int, int]] = []
        # who reports the words being attributed ("she" of "she quoted him as saying"): not their speaker
        self.excluded: set[str] = set()
        # role key -> the people the story's other articles give that title (``titled_holder``)
        self.story_titles: dict[str, set[str]] = {}
        self._titles: list[tuple[str, int, str]] | None = None  # this article's titles, read once
        # set by the quote stage when it has a parser: for an offset, the previous sentence's (start, end), the
        # start of the offset's own sentence and the spans of the heads of the previous sentence's main-clause
        # subjects; None when the parse cannot say (``_centred``)
        self.previous_subjects: Callable[[int], tuple[int, int, int, list[tuple[int, int]]] | None] | None = None
        # set by the quote stage when it has a parser: for an offset, the span of the named subject of an active verb
        # of asking that roots the previous sentence (``_not_the_asker``)
        self.previous_asker: Callable[[int], tuple[int, int] | None] | None = None

    def add_family_mentions(self, text: str, sentences: list[Sentence]) -> None:
        """Mentions the tagger missed: a bare family name, written alone, of the one person of the story
        named in full with it. A family name that is also a common word ("Plant, however, is unequivocal.
        The chances ... are, he says, “zero”") is often left untagged, and "he" went to the person
        named before (Multi-News row 20 gave Robert Plant's words to Jimmy Page). Not inside a longer
        capitalised name ("Plant Hall"), not after a determiner ("the Page"), and not where any mention
        already stands."""
        families: dict[str, list[str]] = {}
        for cluster in self.index.clusters:
            words = cluster.name.split()
            if cluster.type == "PERSON" and " and " not in cluster.name and len(words) >= 2:
                families.setdefault(words[-1], []).append(cluster.name)
        taken = [(m.start, m.end) for m in self.mentions]
        starts = [s.start for s in sentences]
        added: list[LocatedMention] = []
        for family, names in families.items():
            if len(names) != 1 or len(family) < 3 or not family.isalpha() or not family[:1].isupper():
                continue
            for found in re.finditer(rf"\b{re.escape(family)}\b", text):
                at, end = found.start(), found.end()
                if any(a < end and at < b for a, b in taken):
                    continue
                if _NAME_WORD_AFTER.match(text, end) or _NAME_WORD_BEFORE.search(text, max(0, at - 30), at):
                    continue
                index = sentences[max(0, bisect.bisect_right(starts, at) - 1)].index if sentences else 0
                added.append(LocatedMention(self.article_id, index, at, end, family, "PERSON"))
        if added:
            self.mentions = sorted([*self.mentions, *added], key=lambda m: m.start)

    def resolve(self, text: str, start: int, end: int, object_pronoun: bool = False) -> Speaker:
        """The speaker written at ``text[start:end]``, resolved to a canonical name; with
        ``object_pronoun`` an object or possessive pronoun ("she quoted him as saying", "his web site
        reads") stands for a person as its subject form would (otherwise "him" of "she recalls him
        saying" is someone the text does not name here)."""
        self.text = text
        tagged = PARTY_TAIL.search(text, start, end)
        if tagged is not None and tagged.end() == end and tagged.start() > start:
            # "House Freedom Caucus Chairman Mark Meadows, R-N.C., said": the party tag closing the subject is no
            # part of the name (editor read #20, b4, left Meadows's statement unattributed)
            found = self.resolve(text, start, tagged.start(), object_pronoun)
            return Speaker(text[start:end], start, end, found.name)
        if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
            # "Malek, a London-based opposition activist" from "Mohammed Abdul-Malek" (the parse split the hyphen,
            # editor row 176): the whole hyphenated name
            lead = text[max(0, start - 40) : start - 1]
            start -= 1 + len(lead) - len(_WORD_END.sub("", lead))
        cut = next((m for m in self.mentions if m.start < start < m.end <= end and m.label in ("ORG", "FAC")), None)
        if cut is not None and " and " in text[cut.start : start + 1]:
            # "the Health and Human Services Department said": the word rules stop at "and", but the organisation
            # the tagger read whole is who speaks, not its tail (editor read #17, d3, printed "Human Services
            # Department")
            start = cut.start
        elif _CAPITAL_AND_BEFORE.search(text, max(0, start - 40), start) and text[start : start + 1].isupper():
            # "Medicare and Treasury officials have said they would use a “place of celebration” standard": the word
            # rules read the subject from "and"; the words are the group's, neither conjunct's (editor read #17, d3,
            # printed "Treasury officials"), as ``syntax_speech.one_of_coordinated`` reads the parse's subjects
            return Speaker(text[start:end], start, end, None)
        described = _AND_ROLE_BEFORE.search(text, max(0, start - 80), start)
        if described is not None and described.end() == start:
            phrase = text[described.start() : end].rstrip(" .")
            both = _COORDINATED_ROLES.match(phrase)
            if both is not None and both.group(1) in _DESCRIBED and both.group(2) in _DESCRIBED:
                # "the former House speaker and Republican presidential contender said": one person, described
                # twice, whom the text named before (editor row 86 left Gingrich's words unattributed)
                return Speaker(text[described.start() : end], described.start(), end, self._antecedent(start, True))
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        if inside and all(_FOR_OR_AGAINST.search(text, max(0, m.start - 6), m.start) for m in inside):
            # "one anti-Trump text that implied a willingness “…”": the one name of the phrase is what the thing is
            # for or against, not who holds it (BASIL 2a3fde8a, stop 56, printed the inspector general's words as
            # Trump's); "One Strzok text" stays Strzok's
            return Speaker(text[start:end], start, end, None)
        if _MEMBER_OF_BODY.match(text[start:end].strip().rstrip(".")):
            return Speaker(text[start:end], start, end, self._member_named_in_sentence(start))
        words = words_with_offsets(text[start:end])
        # "He also (complained ... but added)", "Christos Vasiliades allegedly (told)", "He's since (sparred
        # ... by stating)": adverbs and a clause word are not part of the speaker (Multi-News rows 214, 228)
        while len(words) > 1 and (words[-1][0].lower() in _TRAILING or _ly_adverb(words[-1][0])):
            words.pop()
            end = start + words[-1][2]
        raised = _RAISED.search(text, start, end)
        if raised is not None and raised.end() == end and raised.start() > start:
            # "he is expected to (say)", "Mr. Lund will (say)": the subject before a chain that sets the verb in the
            # future; the whole chain left "he" unresolved (BASIL 7f9c83f7 left Rubio's "As president, …" unattributed)
            end = raised.start()
            words = words_with_offsets(text[start:end])
        contracted = _CONTRACTED.match(text, start, end)
        if contracted is not None and contracted.end() == end:  # "He's", "She’d": the pronoun
            end = start + len(contracted.group(1))
        if len(words) > 1 and words[-1][0].isdigit() and "," in text[start + words[-2][2] : start + words[-1][1]]:
            end = start + words[-2][2]  # "Ramos, 58": the age is not part of the name
            words.pop()
        comma = text.rfind(",", start, end)
        if comma > start and _PARTY_TAG.match(text[comma + 1 : end].strip()):
            # '“…,” Warner, D-Va., told reporters': the party tag is not part of the name (BASIL, stop 39, printed
            # "Warner, D-Va" beside "Sen. Mark Warner" of the same article)
            end = start + len(text[start:comma].rstrip())
            words = words_with_offsets(text[start:end])
        while len(words) > 1 and words[0][0].lower() in CLAUSE_WORDS:  # "When he (... said)"
            words.pop(0)
            start += words[0][1]
            words = words_with_offsets(text[start:end])
        if (
            len(words) > 1
            and words[-1][0].lower() in PRONOUNS
            and (all(w.islower() for w, _, _ in words[:-1]) or words[0][0].lower() in _PREPOSITIONS)
        ):
            # "Then, later in the evening she (followed up with this comment:)": a fronted phrase before the
            # pronoun is not part of the speaker (Multi-News row 112 left Pelosi's comment unattributed)
            start += words[-1][1]
            words = words_with_offsets(text[start:end])
        written = text[start:end]
        lower = written.lower().strip()
        if object_pronoun:
            lower = _OBJECT_PRONOUNS.get(lower, lower)
        party = _PARTY_LEAD.match(written)
        party_owner = _NAME_BEFORE_COMMA.search(text, _sentence_floor(text, start, 60), start) if party else None
        if party_owner is not None:
            # "Rep. Mike McCaul, R-Texas, the chairman of the committee, said": a subject read back from the verb
            # stops at the party tag, which is no speaker; the name before it is (editor row 167 printed "R-Texas")
            return Speaker(written, start, end, self.resolve(text, *party_owner.span(1)).name)
        if lower.replace("’", "'").removesuffix("'s") in _DEMONSTRATIVES:
            # "This" from a parse that hung the cue on the sentence's first verb: no one (Multi-News row 46); "That’s
            # not to suggest that ..." too (PolNeAR train printed "That")
            return Speaker(written, start, end, None)
        if lower == "i":
            # "I mentioned in my prior article that “...”": the writer, whom the text does not name (an
            # organisation named before was taken as the antecedent of "I", Multi-News row 61)
            return Speaker(written, start, end, None)
        if lower in PRONOUNS:
            if lower in ("he", "she") and _governed_by_unnamed_person(text, start):
                return Speaker(written, start, end, None)
            if lower == "it" and (site_owner := self._own_document_spoke(start)) is not None:
                return Speaker(written, start, end, site_owner)
            if lower == "it" and (fronted := self._fronted_organisation(start)) is not None:
                return Speaker(written, start, end, fronted)
            return Speaker(written, start, end, self._antecedent(start, lower in PERSONAL_PRONOUNS, lower))
        family_one = _ONE_OF_A_FAMILY.match(written.rstrip(" ."))
        if family_one is not None and self._shared_family(family_one.group(1)):
            # "the younger Cheney echoed": one of the story's Cheneys, not the one named last (``_other_of_a_family``)
            return Speaker(written, start, end, None)
        last_word = lower.split()[-1:]
        identified = _IDENTIFIED_AS.match(text, end) if last_word and last_word[0] in PERSON_NOUNS else None
        if identified is not None:
            # "said a man who identified himself as Angelo L.": the name he gave is who spoke (Multi-News row 50
            # left the quote unattributed)
            return Speaker(written, start, end, self._canonical(identified.group(1)))
        again = _THE_PERSON.match(lower.rstrip("."))
        if again is not None and again.group(1) in PERSON_NOUNS - ROLE_NOUNS:
            # "The man, who spoke to msnbc.com ..., denied ..." after "The man identified as “Victory” told msnbc.com":
            # the man the text gave a name before (editor row 176 printed a news site named in between)
            named_before = self._named_unnamed(start, again.group(1))
            if named_before is not None:
                return Speaker(written, start, end, named_before)
        own = _OWN_DOCUMENT.match(written)
        if own is not None and own.group(1).lower() in ("his", "her"):
            # "“... Mr. Vasiliades acquainted himself ...,” his web site reads": a website, a biography, a statement
            # describe their owner in the third person, so the owner named in the quotation stays a candidate for
            # "his" (editor row 228 gave the site to a cousin named before)
            pronoun = _OBJECT_PRONOUNS[own.group(1).lower()]
            if _governed_by_unnamed_person(text, start):
                return Speaker(written, start, end, None)
            return Speaker(written, start, end, self._antecedent(start, True, pronoun, own_document=True))
        if _NAMED_TEXT.match(written.strip()):
            # "the Code of Conduct for U.S. judges says that a “judge should not …”": a code, a law or a charter
            # speaks for nobody the text names (BASIL 8385a996 printed "Code of Conduct" as a speaker)
            return Speaker(written, start, end, None)
        local = _LOCAL_UNIT_PHRASE.match(written.strip().rstrip("."))
        if local is not None:
            # "tweeted the Brooklyn, N.Y., chapter of Indivisible Nation": the organisation speaks through its local
            # unit, when it is a name (``subject_after`` reads the phrase whole; stop 42 printed "Brooklyn", stop 43
            # "Brooklyn chapter of Indivisible Nation", a piece of a phrase that is no entity of the brief)
            organisation = self.named(local.group(3))
            return Speaker(written, start, end, self._canonical(organisation) if organisation else None)
        if _BARE_DOCUMENT.match(lower.rstrip(".")) and _ISSUED_BY_SEVERAL.match(text, end):
            # "“…,” the statement released by each office said", "the letter signed by both senators": a document
            # several issued together is no single one's words, not the organisation named last (BASIL cad4bba5,
            # Fox, printed "White House" for the identical statement of the president's and the speaker's offices)
            return Speaker(written, start, end, None)
        participle = _DOCUMENT_PARTICIPLE.match(lower.rstrip("."))
        if participle is not None and (author := self._author_after(text, start + participle.end(1))) is not None:
            # "according to the lawsuit filed by Tom Brink": the subject read stops at the participle; who filed,
            # wrote or issued it is written after it (editor read, row 40: a filing's words were printed null)
            return Speaker(written, start, end, author)
        if _BARE_DOCUMENT.match(lower.rstrip(".")) and (author := self._author_after(text, end)) is not None:
            # "the statement on her health, from Dr. Lisa Bardack, … said … and listed “deep vein thrombosis”": the
            # author set off after the document (editor read #17, d1, printed "State Department")
            return Speaker(written, start, end, author)
        addressed = _DOCUMENT_TO.match(written.strip())
        if addressed is not None:
            return Speaker(written, start, end, self._document_author(start, addressed.group(1)))
        document = _DOCUMENT.match(written) or own
        if document:  # "the agency's forecast said": the agency speaks through its document
            owner = self.resolve(text, start, start + document.end(1), object_pronoun=True)
            return Speaker(written, start, end, owner.name)
        by_pronoun = _PRONOUN_OWNED_ROLE.match(written.strip().rstrip("."))
        if by_pronoun is not None:
            # "her husband said" after "her husband, Keith Rogers, told ABC News": the name the text gave the same
            # words before (gold tune, multinews-159, left his words unattributed)
            earlier = self._named_earlier(text, start, end) if by_pronoun.group(1).lower() in ("his", "her") else None
            return Speaker(written, start, end, earlier or self._pronoun_owned_role(text, start, by_pronoun))
        against = _DOCUMENT_AGAINST.match(written)
        if against:  # "according to the lawsuit against AR-15 manufacturer Bushmaster" (editor row 191)
            if against.group(1):
                return Speaker(written, start, end, self.resolve(text, start, start + against.end(1)).name)
            filed = _FILED_BY.search(written, against.end())
            filer = self.resolve(text, start + filed.end(), end).name if filed is not None else None
            return Speaker(written, start, end, filer)
        issued = _DOCUMENT_FROM.match(written)
        if issued:  # "said the statement from Grimm's attorney, William McGinley"
            owner = self.resolve(text, start + issued.end(), end)
            return Speaker(written, start, end, owner.name)
        if _EPITHET.match(written.strip()) and not any(
            m.label == "PERSON" for m in self.mentions if m.start >= start and m.end <= end
        ):
            # "said the 40-year-old mountaineer", "the North Carolina Republican told reporters": an epithet for
            # a person the text has named, read as "he"/"she" would be (Multi-News row 7 left Ueli Steck's words
            # unattributed; stop 25 printed "North Carolina Republican" for Richard Burr)
            return Speaker(written, start, end, self._described_person(written, start) or self._antecedent(start, True))
        placed = _PLACED_EPITHET.match(written.strip().rstrip("."))
        if (
            placed is not None
            and placed.group(1) not in ORG_ROLES | _COMPANY_NOUNS | _MEDIA
            and (_AGENT_NOUN.match(placed.group(1)) or placed.group(1) in ROLE_NOUNS | PERSON_NOUNS)
            and not any(m.label == "PERSON" for m in self.mentions if m.start >= start and m.end <= end)
        ):
            return Speaker(written, start, end, self._described_person(written, start) or self._antecedent(start, True))
        if _PARTY_EPITHET.match(written.strip()):
            return Speaker(written, start, end, self._focus_epithet(start))
        described = _DESCRIPTION.match(written.strip().rstrip("."))
        if (
            described is not None
            and not any(m.label == "PERSON" for m in self.mentions if m.start >= start and m.end <= end)
            and self._person_noun_here(described.group(1))
        ):
            # "the presidential hopeful said" where the article writes "presidential hopeful Hillary Clinton": a
            # noun the text puts before a person's name as a title, or after one in apposition, describes a
            # person; read as the ranking of "he" would, when that person heads the sentence before or has
            # spoken last with nobody named since (BASIL 7f9c83f7 left five partial quotations of Rubio's out);
            # else the one person the text gave that noun as a title or in apposition ("talk show host Glenn Beck"
            # for "the Fox News host complained" three paragraphs and another man's name later: BASIL 6f95dcb9,
            # HuffPost, left Beck's "we need a big tent" out)
            return Speaker(
                written,
                start,
                end,
                self._focus_epithet(start)
                or self._still_speaking(start)
                or self._described_earlier(written, start)
                or self._described_person(written, start),
            )
        company_role = _COMPANY_ROLE.match(lower.rstrip("."))
        if company_role is not None:
            # "“HQ commands the largest live audience …,” a company spokesperson told Recode", "according to the
            # company’s statement": a role or a document of a company the phrase does not name is no named role
            # (the contract; editor read #18, r73 printed "company’s statement"). The company speaks only when the
            # text names it beside an earlier use of the word ("Keldware, the company that …, sent a letter");
            # the organisation that last opened a sentence is no evidence here (r73 would have printed "Disney
            # Channel", named in the paragraph before as a comparison)
            noun = company_role.group(1)
            return Speaker(written, start, end, self._document_holder(start, noun) or self._named_company(start, noun))
        if (paper := _BARE_SUIT.match(lower.rstrip("."))) is not None:
            # "“…,” the suit says" after "The Keld Water Board filed a lawsuit …": a lawsuit speaks for the one party
            # the text says filed it; filed by two ("Nebraska and Oklahoma") or by nobody named, the text names no
            # single speaker (editor read #16, d2: the decision asked for, kept null there, two states filed it)
            return Speaker(written, start, end, self._suit_filer(start, paper.group(1)))
        held = _BARE_ROLE.match(lower.rstrip("."))
        if held and held.group(0).count(" ") == 1 and held.group(1) in _HELD:
            # "the company says in a statement" after "Crayola has made it clear ...", "reads the letter" after
            # "Grenadier Realty Corp. ... handed out this letter": the organisation or person named beside an
            # earlier use of the word, else (a company) the organisation named last (Multi-News rows 63, 17)
            holder = self._document_holder(start, held.group(1))
            if holder is None and held.group(1) in _COMPANY_NOUNS:
                holder = self._company_meant(start)
            return Speaker(written, start, end, holder)
        # "said the president.": the subject read up to the sentence end keeps its full stop
        role = _BARE_ROLE.match(lower.rstrip("."))
        # "the Republican Party": a name in capitals is no bare role whose holder is named beside an earlier "party"
        # (editor read b29, row 204 credited the party's words to "U.S. Senate")
        proper = len(written.split()) > 2 and all(w[:1].isupper() for w in written.rstrip(".").split()[1:])
        if role and role.group(1) in ROLE_NOUNS and not proper:  # "the spokesman added": the last one of that kind
            bare = lower.rstrip(".")
            # "he told the vice president": a vice president holds no "president" (BASIL b5eefefb, stop 41's kept
            # half, read President Obama as the one told); only the full title is looked up (``titled_holder``)
            other_office = _OTHER_TITLE.search(bare[: bare.rfind(role.group(1))]) is not None
            holder = None
            if not other_office:
                holder = self._role_holder(start, role.group(1)) or self._title_holder(start, role.group(1))
            holder = holder or self.titled_holder(written, start)
            if holder is None and _OWNED_MEDIA.search(lower):
                # "The company website describes ...": the company's own site, not the outlet quoted last (Multi-
                # News row 57 credited McDonald's menu to Eater); the text does not name the company here
                return Speaker(written, start, end, None)
            if holder is None and role.group(1) in _MEDIA and "’s " not in lower and "'s " not in lower:
                # "the newspaper reported": a newspaper the text quoted before ("The San Francisco Chronicle's
                # website reported that ..."), not any organisation named last (Multi-News row 105 credited
                # the paper's words to a coin dealer's firm)
                holder = self._last_organisation_speaker(start)
            elif (
                holder is None
                and role.group(1) in ORG_ROLES
                and "’s " not in lower
                and "'s " not in lower
                and not self._person_modifies(written)
            ):
                # "the agency", named earlier as the Weather Service
                modifiers = lower.rstrip(".").split()[1:-1]
                holder = self._last_organisation(start, role.group(1), modifiers)
            # "said the senior Cruz adviser.": a name inside the role says whose role it is (a named role, read
            # below), not a bare role
            named_inside = any(w[:1].isupper() for w in written.rstrip(".").split()[1:-1])
            if holder is None and bare.count(" ") == 1:
                # "“…,” the spokesperson said" after "A spokesperson for Google says …": the named role that spoke
                # last with that head (editor read #15, d3, left two companies' statements unattributed)
                holder = self._role_spoke_last(start, role.group(1))
            if holder is not None or ("’s " not in lower and "'s " not in lower and not named_inside):
                return Speaker(written, start, end, holder)
            # "the fishermen’s union" with no holder named earlier: a named role, read below
        apposition = _APPOSITION.match(written)
        if apposition is not None:
            # "Sanders, well aware of Day's views and her critics, (considered ...)", "the Local Coordination
            # Committees of Syria, a network of opposition activists, (said)": the name before the comma heads
            # the subject; a person named in the phrase after it is not who speaks (Multi-News row 108 gave
            # Sanders' words to Dorothy Day, row 47 left the committees' statement unattributed)
            leading = self.resolve(text, start, start + apposition.end(1))
            if leading.name is not None:
                return Speaker(written, start, end, leading.name)
        inside = [m for m in self.mentions if m.start >= start and m.end <= end]
        people = [m for m in inside if m.label == "PERSON"]
        if people and all(_HYPHENED_MODIFIER.match(text, m.end) for m in people):
            # "the Keld-born journalist", "a London-based activist": a name joined by a hyphen to a lower-case word
            # modifies the head noun and is not who speaks (the tagger took "Keld" for a person and printed it); the
            # description is read as the stop-45 descriptions are, else nobody
            described = _DESCRIPTION.match(written.strip().rstrip("."))
            if described is not None and self._person_noun_here(described.group(1)):
                return Speaker(written, start, end, self._focus_epithet(start) or self._still_speaking(start))
            return Speaker(written, start, end, None)
        if not people and (titled := self.titled_holder(written.rstrip(" ."), start)) is not None:
            return Speaker(written, start, end, titled)  # "said the White House press secretary": Sarah Sanders
        if not people and lower.split()[-1:] and lower.split()[-1] in _DESCRIBED:
            later = next(
                (
                    m
                    for m in self.mentions
                    if end < m.start <= end + 80
                    and m.label == "PERSON"
                    and _AND_ROLE_AFTER.fullmatch(text, end, m.start)
                ),
                None,
            )
            if later is not None and re.match(r"[ \t]*[.,]?[ \t]*(?:\n|$)", text[later.end : later.end + 4]):
                # 'wrote TV producer and "Lucifer" showrunner Joe Henderson.' (editor row 88 left it unattributed)
                return Speaker(text[start : later.end], start, later.end, self._canonical(later.text))
        role_first = _ROLE_THEN_NAME.match(written)
        named_after = [m for m in inside if role_first is not None and m.start == start + role_first.end()]
        if named_after and named_after[0].label != "PERSON":
            # "Newtown's highest elected official, First Selectman Patricia Llodra, and ...": a title the tagger
            # took for an organisation, right before the person's name; the name is who speaks (editor row 191
            # printed "First Selectman")
            named_after = [
                m
                for m in inside
                if m.label == "PERSON"
                and m.start > named_after[0].end
                and not text[named_after[0].end : m.start].strip()
            ] or named_after
        if named_after and len(named_after[0].text.split()) >= 2:
            # "said Hayes's attorney, John Fuller": the name in apposition after the role is who speaks, not the
            # role's possessor (Multi-News row 32 printed the role)
            return Speaker(written, start, end, self._canonical(named_after[0].text))
        if (owned := _name_after_owned_role(text, end, inside)) is not None and (name := self._canonical(owned.text)):
            # "Wilco's ace guitarist Nels Cline told The Times": the name after the possessor's role heads the
            # phrase, however the tagger typed the two (Multi-News row 213 printed the band, tagged a person)
            return Speaker(written, start, end, name)
        if (
            not people
            and len(inside) > 1
            and _SPOKES_LEAD.match(inside[-1].text)
            and not text[inside[-1].end : end].strip(" .")
            and (name := self._canonical(inside[-1].text)) is not None
            and self._type_of(name) == "PERSON"
        ):
            # "State Department Deputy Spokesperson Marie Harf told Fox News": the tagger cut the office off and
            # typed "Spokesperson Marie Harf" an organisation, which the entities read as the person; the name
            # that closes the phrase speaks, not the office before it (BASIL a4edca3f, stop 53, left it unattributed)
            return Speaker(written, start, end, name)
        if not people and len(inside) == 1 and _person_role_before(text[start : inside[0].start]):
            # "police spokesman Tyler Gamble told ABC News" with the name tagged an organisation: a person's role
            # right before a name makes it a person's (Multi-News row 32 left the quote unattributed)
            name = self._canonical(inside[0].text)
            if name is not None:
                return Speaker(written, start, end, name)
        if _POSSESSIVE_ROLE.match(written.strip()) and (named := self._named_earlier(text, start, end)):
            return Speaker(written, start, end, named)  # "Price's mother" named earlier as Jennifer Rivers
        if _POSSESSIVE_ROLE.match(written.strip()) and lower.split()[-1] in _KIN:
            # "Paul Conroy's wife said ...": the wife, whom the text does not name, not her husband (Multi-News
            # row 47 printed Paul Conroy)
            return Speaker(written, start, end, None)
        if people and _NEAR_A_NAME.match(written.strip()):
            # "said someone close to Mr. Schumer, speaking anonymously": an unnamed source near the person named, not
            # that person (Multi-News row 72, stop 47, printed Schumer for "loyalty and friendship")
            return Speaker(written, start, end, None)
        if (
            people
            and _POSSESSED_GROUP.match(written.strip().rstrip("."))
            and _bare_word(lower.rstrip(".").split()[-1]) not in ROLE_NOUNS | ORG_ROLES
        ):
            # "Mr. Trump’s adoring fans reply, “Mexico!”": the head is a common noun the named possessor owns, not a
            # role that speaks for him (``_role_of_possessor`` reads those): people the text does not name (editor
            # read #16, d3, gave the crowd's answer to Trump)
            return Speaker(written, start, end, None)
        if people and _role_of_possessor(text, end, people):  # "Clinton's campaign said": the campaign speaks
            return Speaker(written, start, end, self.named(_PHRASE_LEAD.sub("", clean_surface(written))))
        if people and _role_before_person(text, start, people[0]):  # "a friend of Kendra tells me"
            return Speaker(written, start, end, self.named(_PHRASE_LEAD.sub("", clean_surface(written))))
        if people:
            head = _head_person(text, start, people)
            name = self._family_member(head.text, head.start) or self._canonical(head.text)
            if name is None:
                # "“...,” Burneikis said." tagged PERSON here while the entity merge typed the bare family name a
                # people (NORP) elsewhere: the one person named in full before with that family name ("the
                # plaintiff's other lawyer, Monica Burneikis"; editor read, stop 35, row 103 left her three quotes
                # unattributed and gave her "she continued" to a man named in between)
                name = self._family_member(head.text, head.start, alone=True)
            return Speaker(written, start, end, name)
        phrase = _PHRASE_LEAD.sub("", clean_surface(written))
        if (
            len(inside) > 1
            and inside[0].label == "ORG"
            and all(m.label in ("GPE", "LOC") for m in inside[1:])
            and _PLACE_OF.match(text, inside[0].end)
        ):
            # "the Local Coordination Committees of Syria": an organisation of a place is the organisation (the
            # committees' statement was left unattributed, Multi-News row 47)
            return Speaker(written, start, end, self._canonical(inside[0].text))
        titled_family = len(inside) == 1 and _title_before(phrase, inside[0].text)
        if titled_family and (kin := self._family_member(inside[0].text, start, alone=True)) is not None:
            # "said Father Reese." after "Jesuit Father Thomas J. Reese": a title before a family name the tagger
            # typed a group or a place (BASIL 29ffd053, stop 43, left his words unattributed); the one person of
            # the story with that family name, else the rules below
            return Speaker(written, start, end, kin)
        if len(inside) == 1 and len(clean_surface(inside[0].text)) >= 0.8 * len(phrase):
            # "Oldham said" tagged as a town beside "Petty Officer Cynthia Oldham": the family name speaks
            kin = None if _is_place(phrase, "GPE", text) else self._family_member(inside[0].text, start, alone=True)
            kin = kin or self._split_name(phrase, start)
            return Speaker(written, start, end, kin or self._canonical(inside[0].text))
        known = self.index.resolve(phrase, self.article_id) if phrase and not inside else None
        if known is not None and phrase[:1].isupper() and known.type not in SPEAKER_TYPES and " " not in phrase:
            # '“...,” Pelosi said' not tagged here, the family name's entity typed a place ("votes from Pelosi",
            # "overreact to Pelosi's comments"): the one person of the story with that family name named in
            # full before (Multi-News row 146 left her words unattributed)
            kin = None if fold(phrase) in KNOWN_PLACES else self._family_member(phrase, start, alone=True)
            if kin is not None:
                return Speaker(written, start, end, kin)
        if known is not None and phrase[:1].isupper():  # a name the model missed here ("Danner later added")
            return Speaker(written, start, end, self.named(known.name))
        if known is None and not inside and _ONE_NAME_WORD.match(phrase):
            # "“...,” Mayor said." about Adrienne Mayor: one word the model tagged as nothing (here a family name
            # that is also a title word, which ``named`` refuses): the one person named in full before
            # with that family name (editor read b29, row 194 left her words unattributed and gave her next
            # "she added" to the man she had quoted)
            kin = self._family_member(phrase, start, alone=True) or self._speaker_by_family(phrase, start)
            if kin is not None:
                return Speaker(written, start, end, kin)
        family = self._family_after_title(phrase, inside, end)
        if family is not None:
            return Speaker(written, start, end, family)
        return Speaker(written, start, end, self.named(phrase) if phrase else None)

    def _member_named_in_sentence(self, before: int) -> str | None:
        """The organisation that opens the sentence of "the <Name> League club said" when it is no league itself
        ("The Varn Rovers took the action, the Keld Women's Soccer League club said": the Rovers), else None: the
        league the phrase names is not the member that speaks (editor read #30, row 37, printed the league)."""
        floor = _sentence_floor(self.text, before, 300)
        for mention in self.mentions:
            if floor <= mention.start and mention.end <= before and self._opens_sentence(mention.start):
                name = self._canonical(mention.text)
                if name is not None and self._type_of(name) == "ORG" and not _BODY_NAME.search(name):
                    return name
        return None

    def _person_modifies(self, written: str) -> bool:
        """A person's name modifies the role ("the Clinton campaign", "the Trump administration"): the role is the
        person's, a named role, not the organisation named last (BASIL 2016, stop 41: "To which the Clinton campaign
        tweeted" after "Presumptive GOP nominee Donald Trump" printed "GOP")."""
        modifiers = written.rstrip(" .").split()[1:-1]
        return any(w[:1].isupper() and self._type_of(w) == "PERSON" for w in modifiers)

    def _split_name(self, word: str, before: int) -> str | None:
        """ "“…,” Choul added" after "Lt. Gen. Won In Choul": the tagger cut one man's name in two ("Lt. Gen. Won" a
        person, "Choul" a place); a one-word speaker that the text wrote before right after a person's tagged name
        (at most one short capitalised word between) is that person (editor read, stop 35, row 104 printed "Won"
        and "Choul" as two speakers; Won is the family name)."""
        if " " in word or not word[:1].isupper() or self._type_of(word) == "PERSON":
            return None
        after = re.compile(rf"[ \t]+(?:[A-Z][a-z]{{0,3}}[ \t]+)?{re.escape(word)}(?![\w’'-])")
        for mention in self.mentions:
            if mention.label == "PERSON" and mention.end < before and after.match(self.text, mention.end):
                return self._canonical(mention.text)
        return None

    def _family_after_title(self, phrase: str, inside: list[LocatedMention], end: int) -> str | None:
        """ "said Santa Clara County Public Defender Molly O’Neal": a run of capitalised words, longer than a
        named role may be, in which the tagger found no person, ending with a given name and a family name
        that the article goes on to write alone ("O’Neal may be one of very few …", "said O’Neal"): the
        journalist's way with a person, named in full once, then by the family name. The family name is the
        speaker, as those later mentions are (editor read, stop 35, row 103 left two of her quotes unattributed
        and printed the third as "O’Neal")."""
        words = phrase.split()
        if len(words) < 3 or any(m.label == "PERSON" for m in inside):
            return None
        if not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words) or not words[-2][:1].isupper():
            return None
        given, family = _bare_word(words[-2]), words[-1].strip(".,")
        if given in ROLE_NOUNS or given in TITLES or given in _NAME_JOINERS or len(family) < 3 or _owner(words[-2]):
            return None  # "… Police Chief Brant": a role, then a family name alone; read by the rules above
        if any(m.end > end - len(words[-2]) - len(words[-1]) - 2 for m in inside):
            return None  # the two last words in a name the tagger found ("the New York Times"): no person's name
        if not any(_AGENT_NOUN.match(_bare_word(w)) or _bare_word(w) in ROLE_NOUNS for w in words[:-2]):
            return None  # no title before the name ("Monday’s Morning Email"): not a person's name and title
        # the family name alone as a subject ("O’Neal may be", "O’Neal said") or after "said" elsewhere
        alone = re.compile(
            rf"(?<![\w’'-])(?<!{re.escape(words[-2])} ){re.escape(family)}[ \t]+[a-z]|\bsaid[ \t]+{re.escape(family)}\b"
        )
        return self.named(family) if alone.search(self.text) else None

    def _described_person(self, epithet: str, before: int) -> str | None:
        """The one person the text gave the epithet's age or head noun before ``before``: "Ueli Steck, 40," or "the
        40-year-old Steck" for "said the 40-year-old mountaineer"; "Ueli Steck, a Swiss mountaineer," or "mountaineer
        Ueli Steck" for "said the mountaineer". Multi-News row 7 (stop 48) gave the mountaineer's words to the guide
        quoted last, since "he" ranks the last speaker first; the description says whom the epithet stands for. None
        when no one or two people fit (the ranking of "he" decides, as before)."""
        words = epithet.rstrip(" .").split()
        age = re.match(r"(\d{1,3})-year-old$", words[1]) if len(words) > 1 else None
        noun = words[-1].lower() if len(words) > 1 and not words[-1][0].isdigit() else None
        fits: set[str] = set()
        for mention in self.mentions:
            if mention.end > before or len(mention.text.split()) < 2 or self._type_of(mention.text) in PLACE_TYPES:
                continue
            after = self.text[mention.end : mention.end + 80]
            lead = self.text[max(0, mention.start - 40) : mention.start]
            aged = age is not None and (
                re.match(rf",\s+{age.group(1)}\b", after) is not None
                or re.search(rf"\b{age.group(1)}-year-old\s+(?:[a-z-]+\s+){{0,2}}$", lead) is not None
            )
            described = noun is not None and (
                re.match(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b", after) is not None
                or re.search(rf"(?<![\w-]){noun}\s+$", lead) is not None
            )
            if (aged or described) and (name := self._canonical(mention.text)) is not None:
                fits.add(name)
        return fits.pop() if len(fits) == 1 else None

    def _described_earlier(self, description: str, before: int) -> str | None:
        """The person the same description stood for when it spoke last before ``before`` in this article ("the Fox
        News host urged …" read as Glenn Beck, then "the Fox News host complained" two paragraphs later, with
        another man named between): a writer who repeats a description means the one it meant before. None when
        it was not used, or stood for nobody or for two people."""
        key = description.strip().rstrip(".").lower()
        names = {
            h.name
            for h in self.history
            if h.start < before and h.name is not None and h.text.strip().rstrip(".").lower() == key
        }
        (name,) = names if len(names) == 1 else (None,)
        return name if name is not None and self._type_of(name) == "PERSON" else None

    def _named_earlier(self, text: str, start: int, end: int) -> str | None:
        """The person an earlier "Price's mother Jennifer Rivers" (or "Price's mother, Jennifer Rivers,")
        names for the possessive role written at ``text[start:end]`` ("Price's mother, who could be a key
        witness, said"): stop 25 editor read, row 161, where the mother's words went to her son."""
        phrase = re.sub(r"^(?:the|a|an)\s+", "", text[start:end].strip(" ."), flags=re.IGNORECASE).replace("’", "'")
        if len(phrase.split()) < 2:
            return None
        flat = text[:start].replace("’", "'")
        for found in reversed(list(re.finditer(re.escape(phrase), flat, re.IGNORECASE))):  # the nearest first
            after = re.match(r",?\s+", text[found.end() : found.end() + 3])
            at = found.end() + (after.end() if after else 0)
            # the name in apposition, however the model tagged it (an invented "Ines Calloway" came out LOC)
            person = next((m for m in self.mentions if m.start == at), None)
            if person is not None and len(person.text.split()) >= 2:
                return self._canonical(person.text)
        return self._owned_role_named(flat, phrase)

    def _owned_role_named(self, flat: str, phrase: str) -> str | None:
        """The person the text names earlier, in another form, in the role "<Owner>'s <role>" stands for: "Strzok
        attorney Aitan Goelman" or "Strzok's lawyer, Aitan Goelman" (a lawyer is an attorney) before "Strzok's
        attorney, meanwhile, blasted the bureau" (editor read #20, b4: printed the role, and "He added, “…”" after it
        went to the congressman quoted before), or "Aitan Goelman, an attorney for Peter Strzok". Only a person's
        name of two words or more; the nearest first. ``flat``: the text before the phrase, apostrophes straight."""
        owned = re.match(r"(.+?)'s\s+([a-z]+)$", phrase)
        if owned is None or owned.group(2) not in ROLE_NOUNS:
            return None
        family = re.escape(owned.group(1).split()[-1])
        roles = "|".join(re.escape(r) for r in _SAME_ROLE.get(owned.group(2), (owned.group(2),)))
        before_name = re.compile(rf"\b{family}(?:'s)?\s+(?:{roles}),?\s+", re.IGNORECASE)
        after_name = re.compile(
            rf",\s+(?:an?|the|his|her)\s+(?:[a-z-]+\s+)?(?:{roles})\s+(?:for|to)\s+(?:[A-Z][\w.'-]*\s+){{0,3}}{family}\b"
        )
        found: list[tuple[int, LocatedMention]] = []
        for match in before_name.finditer(flat):
            person = next((m for m in self.mentions if m.start == match.end()), None)
            if person is not None:
                found.append((match.start(), person))
        for person in self.mentions:
            if person.end < len(flat) and after_name.match(flat, person.end):
                found.append((person.start, person))
        for _, person in sorted(found, key=lambda f: -f[0]):
            name = self._canonical(person.text)
            if len(person.text.split()) >= 2 and name is not None and self._type_of(name) in (None, "PERSON"):
                return name
        return None

    def _canonical(self, mention_text: str) -> str | None:
        cluster = self.index.resolve(mention_text, self.article_id)
        written = clean_surface(strip_titles(without_owner(mention_text)))
        if cluster is not None and " and " in cluster.name:
            # "Rodriguez" merged under "Vasiliades and Rodriguez" (two people joined by the tagger, Multi-News
            # row 228): the one person of the story with that family name, else the name as written
            family = fold(written).split()[-1:]
            same = [
                c
                for c in self.index.clusters
                if c.type == "PERSON" and " and " not in c.name and fold(c.name).split()[-1:] == family
            ]
            cluster = same[0] if len(same) == 1 else None
        if cluster is not None and cluster.type == "PERSON" and _opens_with_quantifier(cluster.name):
            # "Sandoval" merged under "Neither Governor Sandoval" (a sentence's first word tagged with the name,
            # Multi-News row 193): the one other person of the story with that family name
            family = fold(cluster.name).split()[-1:]
            same = [
                c
                for c in self.index.clusters
                if c.type == "PERSON" and c is not cluster and fold(c.name).split()[-1:] == family
            ]
            cluster = same[0] if len(same) == 1 else None
        # a person merged under another name ("Schumer" under "New York"): keep the name written; not a family name
        # typed with two letters swapped ("Sndyer" under "Rick Snyder", ``entities.swapped_letters``)
        if (
            cluster is not None
            and cluster.type == "PERSON"
            and not _shares_a_word(written, cluster.name)
            and not swapped_letters(fold(cluster.name).split()[-1], (fold(written).split() or [""])[-1])
        ):
            cluster = None
        return self.named(cluster.name if cluster else written)

    def _family_member(self, mention_text: str, before: int, alone: bool = False) -> str | None:
        """A bare family name that several people of the story share ("Belliveau said" in a story
        about Jordan Belliveau and his grandmother Jessica Belliveau): a title written before it
        ("Congressman Goodlatte") picks the only one of them the text ever gives a title; else the one
        named in full, or picked by title, last before it in this article, whom the writer is
        continuing. None when the name is not shared (with ``alone``, for a family name the model
        tagged as a place or thing: also when one person has it)."""
        words = strip_titles(mention_text).split()
        if len(words) != 1:
            return None
        family = fold(clean_surface(words[0]))
        kin = [
            c
            for c in self.index.clusters
            if c.type == "PERSON"
            and " and " not in c.name
            and not _opens_with_quantifier(c.name)
            and fold(c.name).split()[-1:] == [family]
        ]
        if len(kin) < (1 if alone else 2):
            return None
        lead = re.search(r"([A-Z][\w.]*)\s+$", self.text[max(0, before - 30) : before])
        titled_here = len(mention_text.split()) > 1 or (lead is not None and _titled(lead.group(1) + " " + family))
        honorific = mention_text.split()[0] if len(mention_text.split()) > 1 else (lead.group(1) if lead else "")
        if fold(honorific).rstrip(".") in MALE_HONORIFICS | FEMALE_HONORIFICS:
            # "Mrs. Clinton" of a story with a Mr. Clinton too: the entities key the family name by sex and join it
            # to the one person of that sex (entities.sexed_key); a full name written since is no better guess
            # (editor read #17, BASIL 2015: Hillary's statement went to Bill, named as "Mr. Clinton" nearer)
            sexed = self.index.resolve(f"{honorific} {words[0]}", self.article_id)
            if sexed is not None and sexed in kin:
                self._families[family] = (before, sexed.name)
                return self.named(sexed.name)
        alone_here = self.index.resolve(words[0], self.article_id)
        if alone_here is not None and alone_here in kin and len(alone_here.name.split()) == 1:
            # the entities kept the bare name apart from every full name of the family ("President Obama" beside
            # "first lady Michelle Obama", ``entities._office_of_its_own``): it is that person, not the relative
            # named last
            return self.named(alone_here.name)
        if titled_here:
            titled = [c for c in kin if any(_titled(s) for s in c.surfaces)]
            if len(titled) == 1:
                self._families[family] = (before, titled[0].name)
                return self.named(titled[0].name)
        latest = spoken = self._families.get(family)
        for cluster in kin:
            for surface in {cluster.name, *cluster.surfaces}:
                if len(surface.split()) < 2:
                    continue
                at = self.text.rfind(surface, 0, before)
                if spoken is not None and spoken[1] != cluster.name and not self._takes_the_name(at, at + len(surface)):
                    # the bare name already spoke for one of the family here; a relative named since only as
                    # someone spoken of ("a photo of Melania Trump") does not take it over: a writer hands the bare
                    # name on by quoting the relative or making it a sentence's subject ("Bill Clinton spoke with
                    # voters …": PolNeAR train) (mn59's kept half, read by stop 59's helper, gave Donald Trump's
                    # post to his wife; stop 60)
                    continue
                if at >= 0 and _SHARED_FAMILY_NAME.search(self.text, max(0, at - 30), at):
                    continue  # "Hillary and Bill Clinton earned …": both named, neither continued (editor read #17)
                if at >= 0 and len(kin) > 1 and named_as_a_child(self.text, at, at + len(surface)):
                    # "… the deaths of 6-year-old Rene Pasztor and …", then '"…," said Pasztor.': the child named
                    # last is not the one the writer continues with a quotation (gold multinews-052: the mother's
                    # words went to her son, stop 59)
                    continue
                if at >= 0 and (latest is None or at > latest[0]):
                    latest = (at, cluster.name)
        if latest is not None and latest[0] < before:
            self._families[family] = (before, latest[1])
            return self.named(latest[1])
        return None

    def _takes_the_name(self, start: int, end: int) -> bool:
        """Whether the name written at ``start``-``end`` is one the writer goes on with: it speaks there (a
        speech cue right before it, "said Ann Reyes", or after it in its own clause, "Ann Reyes, a lawyer, said")
        or opens its sentence, after titles at most ("Former President Bill Clinton greeted …")."""
        if start < 0:
            return False
        lead = "\n" + self.text[max(0, start - 60) : start] if start <= 60 else self.text[start - 60 : start]
        return bool(
            _CUE_BEFORE_NAME.search(self.text, max(0, start - 20), start)
            or _CUE_AFTER_NAME.match(self.text, end)
            or _OPENS_ITS_SENTENCE.search(lead)
        )

    def _speaker_by_family(self, word: str, before: int) -> str | None:
        """The latest earlier speaker whose name ends with ``word`` ("Adrienne Mayor, a research scholar,
        told ..." before "Mayor said"), within the carry window: the model may type the full name as no
        person at all (a work of art, in an invented test), so the speakers resolved so far are asked."""
        family = fold(word)
        for speaker in reversed(self.history):
            if speaker.start < before and before - speaker.start <= CARRY_WINDOW and speaker.name is not None:
                words = fold(speaker.name).split()
                if len(words) > 1 and words[-1] == family:
                    return speaker.name
        return None

    def _pronoun_owned_role(self, text: str, start: int, owned: re.Match[str]) -> str | None:
        """ "His lawyers said", "her spokesman said": a possessive pronoun is no name, so the role is printed as
        the role of the person the pronoun stands for ("Arno Velden's lawyers") when the text makes that person
        unambiguous (the antecedent rule of "he said"), else the quote is unattributed. "Their" may stand for
        any group of people: unattributed. (PolNeAR train printed "His lawyers" as a name: the capital of the
        sentence's first word read as a name's.)"""
        pronoun, role = owned.group(1).lower(), owned.group(2)
        if pronoun == "their":
            return None
        owner = self.resolve(text, start, start + len(pronoun), object_pronoun=True).name
        if owner is None or self._nearest_named(start, "ORG" if pronoun == "its" else "PERSON") != owner:
            # "the panel held Pagliano in contempt ... His lawyer said": the speaker quoted last ("Jordan said")
            # is who a later "he said" continues, but the one named right before owns the role; when the two
            # differ the text leaves the owner open (PolNeAR dev printed Jordan's lawyer)
            return None
        senior = _JUNIOR.sub("", owner) if role == "father" else owner
        if senior != owner and any(c.type == "PERSON" and c.name == senior for c in self.index.clusters):
            # "Mr. Trump did not respond. Fifteen minutes later, however, his father tweeted: “…”" of Donald Trump
            # Jr.: the father is the person of the story named as he is without "Jr." (editor read #13, d2, left
            # the tweet unattributed)
            return self.named(senior)
        candidate = f"{owner}’s {role}"
        return candidate if is_named_speaker(candidate, self.index, text) else None

    def _nearest_named(self, before: int, label: str) -> str | None:
        """The canonical name of the last mention of a person (``label`` PERSON) or an organisation (ORG) before
        ``before``, outside quotations; a mention is typed by its entity, as the antecedent rule types it (the
        tagger types a family name alone as an organisation now and then: "the move against Pagliano")."""
        for mention in reversed(self.mentions):
            if mention.end > before or any(a <= mention.start < b for a, b in self.all_quoted):
                continue
            typed = self._type_of(mention.text) or mention.label
            if (typed == "PERSON") != (label == "PERSON") or typed not in ("PERSON", "ORG"):
                continue
            return self._canonical(mention.text)
        return None

    def named(self, name: str) -> str | None:
        """``name`` when it is a person's or organisation's name or a named role, else None."""
        if self._common_word(name):
            return None
        return name if is_named_speaker(name, self.index, self.text) else None

    def _common_word(self, name: str) -> bool:
        """One capitalised word that the article also writes in lower case ("Voters" opening a sentence where
        "voters" stands elsewhere; "Pollsters", "Organizers", "Co-founder"): a common noun capitalised as a
        sentence's first word, not a name (PolNeAR train printed a score of them; the issue wants no speaker
        that is not a name). A person of the story keeps a family name that is also a word ("Page"). A handle, a
        hashtag, a web or mail address written in lower case ("@wikileaks", "wikileaks.org") is the name's own, no
        common word (BASIL dd1e6e3b, stop 50: "“…,” WikiLeaks wrote" was left unattributed beside "with @wikileaks")."""
        word = name.strip(" ,.")
        if " " in word or not word[:1].isupper() or not word[1:].islower():
            return False
        cluster = self.index.resolve(word, self.article_id)
        if cluster is not None and cluster.type == "PERSON":
            return False
        return re.search(rf"(?<![\w@#/.-]){re.escape(word.lower())}(?![\w-]|\.\w)", self.text) is not None

    def remember(self, speaker: Speaker) -> None:
        """Speakers in text order; an unnamed one ("the two sides") is kept too, so that a later
        "they said" does not skip over it to an older organisation."""
        self.history.append(speaker)
        pronoun = _GENDER_OF_PRONOUN.get(speaker.text.strip().lower())
        if pronoun is not None and speaker.name is not None:
            self._resolved_pronouns.setdefault(speaker.name, set()).add(pronoun)

    def is_person(self, name: str | None) -> bool:
        return name is not None and self._type_of(name) == "PERSON"

    def _person_modifying(self, mention: LocatedMention) -> bool:
        """A person's name between a determiner and a noun ("the Bederev case"), whatever the model tagged the
        mention: an organisation there ("the Quinnipiac University poll", "the FBI investigation") does hold
        the role or the document (PolNeAR train lost such speakers when any name was left out)."""
        name = self._canonical(mention.text)
        return name is not None and self._type_of(name) == "PERSON" and _modifier(self.text, mention)

    def _type_of(self, name: str) -> str | None:
        cluster = self.index.resolve(name, self.article_id)
        if cluster is None and len(name.split()) == 2:
            # "Adrienne Mayor": the entities keep her as "Adrienne" (the family name is a title word), so
            # the speaker's full name resolves to nothing; a given name the story knows as a person makes
            # her one, and a later "she added" may continue her (editor read b29, row 194)
            given = self.index.resolve(name.split()[0], self.article_id)
            if given is not None and given.type == "PERSON" and given.name == name.split()[0]:
                return "PERSON"
        if cluster is None:
            return "PERSON" if name in self._titled_people else None
        return cluster.type

    def titled_holder(self, phrase: str, before: int) -> str | None:
        """ "“Not that I'm aware of,” said the White House press secretary": the one person the text gives that
        title before ``before`` ("White House Press Secretary Sarah Sanders", "Sanders, the White House press
        secretary,"); else the one person the story's other articles give it, when this article names that
        person before ``before`` (editor read, stop 36, row 34 printed the role beside Sarah Sanders, named in
        the article's first line and given the title by two other outlets). None when no one or several
        people hold it: a title is matched in full ("press secretary" is not "White House press secretary")."""
        key = role_key(phrase)
        if key is None:
            return None
        if self._titles is None:
            people = [m for m in self.mentions if m.label == "PERSON"]
            titled = [(k, at, self._canonical(m.text)) for k, at, m in titles_in(self.text, people)]
            self._titles = [(k, at, name) for k, at, name in titled if name is not None]
        here = {name for k, at, name in self._titles if k == key and at < before}
        if len(here) == 1:
            return here.pop()
        if here:
            return None
        elsewhere = self.story_titles.get(key, set())
        if len(elsewhere) != 1:
            return None
        holder = next(iter(elsewhere))
        named_here = any(
            m.start < before and m.label == "PERSON" and self._canonical(m.text) == holder for m in self.mentions
        )
        return holder if named_here else None

    def _role_holder(self, before: int, role: str) -> str | None:
        """ "the spokesman added": the person named next to an earlier "spokesman" ("The spokesman
        for the council, Piet Lunde,", "Ministry spokesman Wang Wenbin"); None when none is."""
        floor = max(0, before - CARRY_WINDOW)
        words = "|".join(re.escape(word) for word in _SAME_ROLE.get(role, (role,)))
        for match in reversed(list(re.finditer(rf"\b(?:{words})\b", self.text[floor:before], re.I))):
            at = floor + match.start()
            if _OTHER_TITLE.search(self.text, max(0, at - 12), at):
                continue  # "Vice President Mike Pence" holds no "the president" (BASIL be026bd1 printed Pence)
            # "his Democratic opponent for president, Hillary Clinton", "an adviser to the president, Ann Lee": the
            # office sought or served names the one who seeks or serves it, not its holder (BASIL b17, editor read
            # #10, printed the president's "very badly" under Clinton)
            sought = _SOUGHT_OR_SERVED.search(self.text, max(0, at - 12), at) is not None
            kinds = {"ORG"} if role in ORG_ROLES else SPEAKER_TYPES  # "Stinson told police": no holder of "police"
            # "the president’s nomination of Neil M. Gorsuch": a name after the role's possessive is not its
            # holder (Multi-News row 178 credited the president's tweets to the judge)
            owner = re.match(r"['’]s\b", self.text[floor + match.end() : floor + match.end() + 2]) is not None
            near = [
                m
                for m in self.mentions
                if m.label in kinds
                and not ((owner or sought) and m.start > at)
                and m.end <= before
                and abs(m.start - at) <= ROLE_REACH
                and not _verb_between(self.text, min(m.end, at), max(m.start, at))
                # "… with North Korea's leader, Kim Jong-un. The president again suggested …": a name across a
                # sentence end is not named next to the role (editor read #11, stop 40, BASIL 2019 made Kim the
                # president, and gave him the president's words)
                and not _SENTENCE_BREAK.search(self.text, min(m.end, at), max(m.start, at))
                # "sent a statement to CNBC": the addressee does not hold the statement (Multi-News row 19)
                and not (m.start > at and _ADDRESSEE_BEFORE.search(self.text, max(0, m.start - 12), m.start))
                # "In the Bederev case, the judge said": a name modifying a noun names no holder of the role
                # (editor read a29, row 202 credited the judge's words to the defendant)
                and not self._person_modifying(m)
                # '“... by the nuclear bomb of Juche,” the committee said': a name inside a quotation is in the
                # speaker's words, not the narration that names who holds the role (editor read, stop 30, row 235
                # credited the committee's later words to the ideology its statement invoked)
                and not any(a <= m.start and m.end <= b for a, b in self.all_quoted)
            ]
            # "Brant's lawyer issued a statement" then "said the lawyer": the possessor is whose lawyer it is, never
            # the lawyer, under any of its names (editor read #8, row 116 printed a lawyer's denial as his client's)
            possessors = {
                self._canonical(m.text)
                for m in self.mentions
                if m.end <= at and _POSSESSOR_OF_ROLE.fullmatch(self.text, m.end, at)
            }
            # "Strzok attorney Aitan Goelman": a name right before the role, with a name right after it, is the
            # client the role is for, as a possessive would say (editor read #20, b4, gave "the attorney said" to
            # Strzok)
            role_end = floor + match.end()
            if any(m.start > role_end and _BETWEEN_ROLE_AND_NAME.fullmatch(self.text, role_end, m.start) for m in near):
                clients = [m for m in near if m.end <= at and not self.text[m.end : at].strip()]
                possessors |= {self._canonical(m.text) for m in clients}
            named = [self._canonical(m.text) for m in sorted(near, key=lambda m: abs(m.start - at))]
            named = [n for n in named if n not in possessors]
            # a person's role ("the general", "the spokesman") is held by a person: a name the text types an
            # organisation or a place beside an earlier use of the word ("what the general calls the Korean
            # Air Power Team") is what the holder spoke of (editor read, stop 35, row 104 credited the
            # general's words to the team); a person the tagger typed an organisation still resolves to one
            named = [n for n in named if n and (role in ORG_ROLES or self._type_of(n) in (None, "PERSON"))]
            if named:
                return named[0]
        return None

    def _title_holder(self, before: int, role: str) -> str | None:
        """ "the president said" with no name beside an earlier "president": the one person the text gives
        the role as a title before ``before`` ("President Obama called on ..."), when it gives it to
        exactly one (Multi-News rows 193 and 221 left "said the president" unattributed, and "he said"
        after it went to the person named last)."""
        if role in ORG_ROLES:
            return None
        # the title as written before a name, in full or abbreviated ("Lt. Gen. Thomas Bergeson" holds "the
        # general": editor read, stop 35, row 104 left his words unattributed)
        forms = [role.capitalize(), *(f"{a}." for a in _TITLE_ABBREVIATIONS.get(role, ()))]
        written = "|".join(re.escape(f) for f in forms)
        title = re.compile(rf"(?<![\w.])(?<![Vv]ice )(?<![Dd]eputy )(?<!Lt\. )(?<!Lieutenant )(?:{written})\s+$")
        lead = re.compile(rf"(?:[A-Z][a-z]{{0,4}}\.\s+)*(?:{written})\s")  # "Lt. Gen. " opening the mention
        # ... but a lieutenant governor is another office ("Lt. Gov. Timothy Murray" beside "Gov. Deval Patrick":
        # BASIL 2013, stop 40's kept half, left "the governor replied" unattributed); a lieutenant general is a general
        other = re.compile(r"(?:Lt\.|Lieutenant)\s+(?:Gov\.|Governor)\s") if role == "governor" else None
        # (a mention opening with "Vice President" does not match: ``lead`` reads from the mention's first word)
        holders = {
            self._canonical(m.text)
            for m in self.mentions
            if m.end <= before
            and (m.label == "PERSON" or self._type_of(m.text) == "PERSON")
            and (lead.match(m.text) or title.search(self.text, max(0, m.start - 30), m.start))
            and not (other is not None and (other.match(m.text) or other.search(self.text, m.start - 20, m.start)))
        }
        holders.discard(None)
        if not holders:
            holders = self._untagged_title_holders(before, written)
        if len(holders) > 1:
            return self._holder_in_focus(before, holders)
        return holders.pop() if len(holders) == 1 else None

    def _focus_epithet(self, before: int) -> str | None:
        """ "“…,” the presumptive Republican nominee said" right after "Trump swiftly responded Tuesday, …": the
        person the ranking of "he" chooses, when that person also heads the subject of the sentence before (BASIL
        8385a996 left Trump's words unattributed); None otherwise, as a description fits many (PolNeAR train: "the
        GOP presidential nominee" in a story about his campaign chairman is not the chairman)."""
        chosen = self._antecedent(before, True)
        return chosen if chosen is not None and self._holder_in_focus(before, {chosen}) == chosen else None

    def _holder_in_focus(self, before: int, holders: set[str | None]) -> str | None:
        """Of several people the text gives a title, the one who heads the subject of the sentence right before
        ("Mr. Patrick, who has served as a mentor to Mr. Cowan, was asked whether … // “I’m not that cool,” the
        governor replied": BASIL 2013, stop 40's kept half, left it unattributed, as two other people of the story
        are called Gov.); None when that subject holds no such title or several people head it (parse,
        ``previous_subjects``)."""
        # the sentence before the quotation the speaker frames, which may run over several sentences
        anchor = min((a for a, b in self.quoted if b <= before), default=before)
        found = self.previous_subjects(anchor) if self.previous_subjects is not None else None
        if found is None:
            return None
        heads = found[3]
        named = {
            self._canonical(m.text)
            for m in self.mentions
            if any(a <= m.start < b or m.start <= a < m.end for a, b in heads)
            and (m.label == "PERSON" or self._type_of(m.text) == "PERSON")
        }
        # one person heads it: "Manafort has not dismantled … and Trump refused to help him" has two subjects, and
        # "the GOP presidential nominee" after it is not the one the ranking chose (PolNeAR train)
        return named.pop() if len(named) == 1 and named <= holders else None

    def _untagged_title_holders(self, before: int, written: str) -> set[str | None]:
        """The names the text writes after the title when the tagger found no person there: "It prompted an angry
        Mayor Rahm Emanuel to lecture the gangs" with no mention in "Rahm Emanuel" (Multi-News row 53 left the
        mayor's "the mayor said" and "he continued" unattributed). Two or three capitalised words right after the
        capitalised title, outside quotations, none of them the start of a tagged organisation or place; only
        asked when no tagged person holds the title, and the caller still wants exactly one."""
        found: set[str | None] = set()
        floor = max(0, before - CARRY_WINDOW)
        name = r"[A-Z][a-z]+(?:['’][A-Z][a-z]+)?"
        pattern = re.compile(rf"(?<![\w.])(?:{written})\s+({name}(?:\s+{name}){{1,2}})\b(?!['’]s\b|\s+[A-Z])")
        for match in pattern.finditer(self.text, floor, before):
            if any(a <= match.start() < b for a, b in self.all_quoted):
                continue
            if any(match.start(1) <= m.start < match.end(1) and m.label != "PERSON" for m in self.mentions):
                continue
            name_found = self._canonical(match.group(1)) or match.group(1)
            found.add(name_found)
        if len(found) == 1:
            self._titled_people.update(n for n in found if n)
        return found

    def _author_after(self, text: str, end: int) -> str | None:
        """The person or organisation written right after a document's "from"/"by" that follows the subject at
        ``end`` ("the statement on her health, from Dr. Lisa Bardack"), or None."""
        after = _AUTHOR_AFTER.match(text, end)
        if after is None:
            return None
        mention = next((m for m in self.mentions if m.start >= after.end()), None)
        if mention is None or mention.label not in SPEAKER_TYPES:
            return None
        if text[after.end() : mention.start].strip() not in ("", "Dr.", "Dr", "Mr.", "Ms.", "Mrs."):
            return None
        if _SECOND_AUTHOR.match(text, mention.end):
            return None  # "filed by Tom Brink and the Keld Water Board": two authors, no one's words alone
        return self._canonical(mention.text)

    def _document_holder(self, before: int, noun: str) -> str | None:
        """The subject of the sentence that used ``noun`` last before ``before`` ("Grenadier Realty Corp., the
        building's management company, handed out this letter to tenants"), when a person or organisation
        opens that sentence; None otherwise."""
        floor = max(0, before - CARRY_WINDOW)
        for match in reversed(list(re.finditer(rf"\b{re.escape(noun)}\b", self.text[floor:before], re.I))):
            at = floor + match.start()
            sentence_start = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at)) + 1
            for mention in self.mentions:
                if sentence_start <= mention.start < at and mention.label in SPEAKER_TYPES:
                    # who handed out, posted or sent it, not who "presented the previously unreleased letter" of
                    # someone else (Multi-News row 23 credited Eichmann's signature to Israel's president)
                    issued = _ISSUED.search(self.text, mention.end, at)
                    if self._opens_sentence(mention.start) and issued is not None:
                        return self._canonical(mention.text)
                    break
        return None

    def _named_company(self, before: int, noun: str) -> str | None:
        """The one organisation the article, before ``before``, calls by ``noun`` in so many words: "the company
        behind HQ Trivia", "Keldware, the software company", "Keldware, a Denver company that …" (Multi-News row 73:
        "a company spokesperson told Recode" printed no speaker though the article opens with "The company behind HQ
        Trivia"). Two organisations so named, or none, name no one (precision first: the one named last is no
        evidence, as ``_COMPANY_ROLE``'s comment says)."""
        named: set[str] = set()
        for mention in self.mentions:
            if mention.end > before or mention.label in _NOT_A_COMPANY:
                continue
            # the tagger types a new app or firm name as a place now and then ("Keldquiz" GPE, "HQ Trivia" LOC):
            # "the company behind" says what it is; an apposition after a place may describe the place
            after = mention.label != "GPE" and _CALLED_AFTER[noun].match(self.text, mention.end) is not None
            behind = _CALLED_BEFORE[noun].search(self.text[max(0, mention.start - 60) : mention.start])
            if after or behind is not None:
                name = self._canonical(mention.text) or clean_surface(mention.text)
                named.add(name)
        return named.pop() if len(named) == 1 else None

    def _suit_filer(self, before: int, noun: str = "suit") -> str | None:
        """Who filed the lawsuit told of last before ``before`` (within ``CARRY_WINDOW``): the one person or
        organisation that opens the sentence "X filed a lawsuit …", or is written right after "(lawsuit) filed by" /
        "brought by"; None when two are named there ("Nebraska and Oklahoma filed", "brought by Bruning and Pruitt")
        or the sentence names none."""
        floor = max(0, before - CARRY_WINDOW)
        told = list(_PAPER_FILED[noun].finditer(self.text, floor, before))
        if not told:
            return None
        found = told[-1]
        at = found.start()
        if found.group("by"):  # "the lawsuit, filed by the Keld Water Board, asks …"
            after = [
                m for m in self.mentions if found.end() <= m.start <= found.end() + 60 and m.label in SPEAKER_TYPES
            ]
            if not after or self.text[found.end() : after[0].start].strip(" ,").count(" ") > 2:
                return None
            clause = re.split(r"[.\n]", self.text[after[0].end : after[0].end + 100])[0]
            if re.search(r"\b(?:and|or)\b", clause) or re.match(r"['’]s?\s", clause):
                # "brought by Nebraska’s attorney general, Jon Bruning, and Oklahoma’s …": two filers, or a role of
                # the name the text may go on to pair with another; precision first
                return None
            return self._canonical(after[0].text)
        sentence_start = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at)) + 1
        subjects = [m for m in self.mentions if sentence_start <= m.start < at and m.label in SPEAKER_TYPES]
        if len(subjects) != 1 or not self._opens_sentence(subjects[0].start):
            return None
        if re.search(r"\b(?:and|or)\b|,", self.text[subjects[0].end : at]):
            return None  # "Tessel and the city of Varn filed": a second filer the tagger did not name
        return self._canonical(subjects[0].text)

    def _document_author(self, before: int, noun: str) -> str | None:
        """Who a document addressed to someone is from: the person or organisation written right after the last
        "<noun> from" before ``before`` ("in a letter from her lawyer, William Taylor III, to the committee"),
        within ``CARRY_WINDOW``; None when the text does not say. The one it is addressed to is never its author
        (BASIL 2013, editor read #13, printed the lawyer's letter under Chairman Issa, to whom it was addressed)."""
        floor = max(0, before - CARRY_WINDOW)
        found = list(re.finditer(rf"\b{re.escape(noun)}s?\s+from\s+", self.text[floor:before], re.I))
        if not found:
            return None
        at = floor + found[-1].end()
        for mention in sorted(self.mentions, key=lambda m: m.start):
            if at <= mention.start <= at + 40 and mention.label in SPEAKER_TYPES:
                # only possessive or role words between ("her lawyer, "): no other clause
                if re.fullmatch(
                    r"(?:(?:his|her|their|its|the|a)\s+)?(?:[a-z-]+\s+){0,2}?[a-z]*,?\s*", self.text[at : mention.start]
                ):
                    return self._canonical(mention.text)
                return None
        return None

    def _opening_organisation(self, before: int) -> str | None:
        """The organisation that last opened a sentence as its subject before ``before`` ("However, Crayola has
        made it clear that its ingredients have not been approved by the FDA. ‘...,’ the company says": Crayola,
        not the FDA named last)."""
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            near = mention.end <= before and before - mention.start <= CARRY_WINDOW
            if near and mention.label == "ORG" and self._opens_sentence(mention.start):
                return self._canonical(mention.text)
        return None

    def _company_meant(self, before: int) -> str | None:
        """What a bare "the company" / "the studio" speaking at ``before`` stands for: the organisation that spoke
        last, when no other organisation is named between its words and ``before`` ("This week, Paramount fired
        back, arguing … “absurd …” // The studio says that … is “…”": Paramount, not "Klingon", a language the tagger
        typed an organisation that opened a sentence before; Multi-News row 40, stop 58), else the organisation
        that last opened a sentence (``_opening_organisation``: "American Airlines said … US airlines have raised
        concerns that the subsidies that Qatar Airways … receive … The airline said in April …" is Qatar Airways,
        the gold tune story multinews-217)."""
        spoke = next(
            (
                h
                for h in reversed(self.history)
                if h.start < before
                and before - h.start <= CARRY_WINDOW
                and h.name is not None
                and self._type_of(h.name) == "ORG"
            ),
            None,
        )
        # named in a later sentence than the one it spoke in (its own sentence's "[PDF]" link, tagged an
        # organisation, is no other body)
        after = _SENTENCE_BREAK.search(self.text, spoke.end, before) if spoke is not None else None
        if spoke is not None and not any(
            (after.start() if after is not None else before) < m.start
            and m.end <= before
            and (m.label == "ORG" or self._type_of(m.text) == "ORG")
            and self._canonical(m.text) != spoke.name
            and not any(a <= m.start < b for a, b in self.all_quoted)  # the words it spoke name no one else
            for m in self.mentions
        ):
            return spoke.name
        return self._opening_organisation(before)

    def _last_organisation_speaker(self, before: int) -> str | None:
        """The organisation that spoke last before ``before`` (within ``CARRY_WINDOW``)."""
        for speaker in reversed(self.history):
            near = speaker.start < before and before - speaker.start <= CARRY_WINDOW
            if near and speaker.name is not None and self._type_of(speaker.name) == "ORG":
                return speaker.name
        return None

    def _last_organisation(self, before: int, role: str = "", modifiers: list[str] | None = None) -> str | None:
        """The organisation named last before ``before`` (within ``CARRY_WINDOW``): what "the agency"
        or "the ministry" refers back to when no name stands beside an earlier use of the word. "The police"
        is a police force named before ("Copenhagen Police"), not any organisation (Multi-News row 38 printed
        "Copenhagen", a city the tagger typed an organisation, for "the police announced"); a known place is
        never one. A role with its own words ("the foreign ministry", "the health department") is an
        organisation whose name has one of them or the role word ("Foreign Ministry", "Ministry of Foreign
        Affairs"), not any organisation named last (gold tune, multinews-076, credited Russia's foreign
        ministry's words to the International Committee of the Red Cross, named before it)."""
        own = [w for w in modifiers or [] if w.isalpha() and w not in _DETERMINERS] if role in _DOMAIN_ROLES else []
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if role in _FORCES and role not in fold(mention.text):
                continue
            named = fold(mention.text).split()
            if own and role not in named and not any(w in named for w in own):
                continue
            if (
                fold(mention.text) not in KNOWN_PLACES
                and mention.end <= before
                and before - mention.start <= CARRY_WINDOW
                and self._type_of(mention.text) == "ORG"
                # not a name inside the quotation being attributed ("“... from the San Francisco Mint,” the
                # newspaper reported" credited the newspaper's words to the Mint, Multi-News row 105)
                and not any(a <= mention.start and mention.end <= b for a, b in self.quoted)
                # "A White House official sent a statement to CNBC ... “...,” the statement said": the one
                # the words were sent or told to is no speaker (Multi-News row 19 credited them to CNBC)
                and not _ADDRESSED_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
            ):
                if any(a <= mention.start and mention.end <= b for a, b in self.all_quoted):
                    # the organisation named last is inside someone's earlier quotation ("accused the Right Stuff of
                    # taking “... Islamophobic hate crimes ...”. The group justified the doxxing ...": editor read,
                    # stop 37, row 92 printed "Islamophobic" as the group): quoted words do not say who "the group"
                    # is, and an organisation named before them is no plainer (the Anti-Defamation League there)
                    return None
                return self._canonical(mention.text)
        return None

    def _unnamed_person_nearby(self, speaker: Speaker, before: int) -> bool:
        """An unnamed person speaker ("another witness", "a resident") in the same paragraph, or in the paragraph
        before with no person named since ("Another man ... told msnbc.com ..., “...” // “Our people are dying,”
        he said": editor row 176 gave the man's words to Gadhafi, named before him)."""
        words = speaker.text.lower().split()
        # "a unification ministry official in Seoul": the head noun comes before the phrase that places it (editor
        # read, stop 30, row 235 gave the official's "he added" to a UN agency named in the paragraph before)
        head = next((i for i, w in enumerate(words) if i > 0 and w in _PLACING_PREPOSITIONS), len(words))
        if not words or words[head - 1] not in PERSON_NOUNS:
            return False
        between = self.text[speaker.end : before]
        if "\n" not in between:
            return True
        if len(re.findall(r"\n\s*\n", between)) > 1:
            return False
        return not any(
            speaker.end <= m.start < before and (m.label == "PERSON" or self._type_of(m.text) == "PERSON")
            for m in self.mentions
        )

    def _paragraph_subject(self, before: int) -> tuple[int, str | None] | None:
        """The person who opens the previous paragraph as its subject ("Kellenberger expressed fears
        ... // “...,” he told ITAR-TASS"): the centre of attention, so it counts from where it is
        written, not pushed back as other mentions are; a speaker later in that paragraph still wins."""
        this = self.text.rfind("\n", 0, before)
        if this < 0:
            return None
        previous = self.text.rfind("\n", 0, this - 1)
        while previous > 0 and not self.text[previous + 1 : this].strip():
            previous = self.text.rfind("\n", 0, previous - 1)
        opening = previous + 1
        while opening < this and self.text[opening].isspace():
            opening += 1
        return self._opening_subject(opening, this)

    def _opening_subject(self, opening: int, this: int) -> tuple[int, str | None] | None:
        """The person who opens the paragraph written from ``opening`` to ``this`` as its subject (see
        ``_paragraph_subject``)."""
        # after a fronted phrase: "In his March note to Trump, Gorsuch was similarly effusive. // “...,” he
        # wrote" (Multi-News row 178 credited the letter to the man it was addressed to)
        segment = self.text[opening:this]
        conjunction = re.match(r"(?:But|And|Yet|So)\s+", segment)
        if conjunction is not None:  # "But in his post, the president closed with ..."
            opening += conjunction.end()
            segment = segment[conjunction.end() :][:1].upper() + segment[conjunction.end() + 1 :]
        if any(a <= opening < b for a, b in self.all_quoted):
            # a quotation or an embedded post opens the paragraph ("But Jon Ossoff is on 4/18 … — George Takei
            # (@GeorgeTakei)", editor row 88): its words are no subject of the prose after it
            return None
        fronted = _FRONTED.match(segment)
        starts = {opening, opening + fronted.end()} if fronted is not None else {opening}
        for at in sorted(starts):
            role = _ROLE_SUBJECT.match(self.text, at)
            if role is not None and role.group(1) in ROLE_NOUNS and not self._mention_at(at, role.end()):
                # "But in his SCOTUSblog post, the president closed with ... // “...,” he said": the role's one
                # titled holder ("President Obama"; Multi-News row 193 gave Obama's words to McConnell)
                holder = self._title_holder(at, role.group(1))
                if holder is not None:
                    return (at, holder)
        for mention in self.mentions:
            if (
                mention.start in starts
                and (mention.label == "PERSON" or self._type_of(mention.text) == "PERSON")
                and not self._stray_opener(mention)
            ):
                owner = _POSSESSOR.match(self.text, mention.start)
                if owner is not None:
                    # "Price's mother, who could be a key witness, said …": the mother, not Price; she is
                    # who an earlier "Price's mother Jennifer Rivers" names, if any
                    role = re.match(r"[a-z]+", self.text[owner.end() :])
                    named = self._named_earlier(self.text, mention.start, owner.end() + role.end()) if role else None
                    apposed = role is not None and re.match(r",?\s+[A-Z]", self.text[owner.end() + role.end() :])
                    if named is None and role is not None and role.group(0) in _KIN_GENDER and not apposed:
                        # "At some point, Smith's wife had gotten out of the car ... // “...!” she cried": the wife,
                        # whom the text does not name (Multi-News row 32 credited her cry to a car), for a pronoun
                        # of her gender (``_antecedent``)
                        return (mention.start, None)
                    return (mention.start, named) if named else None
                name = self._canonical(mention.text)
                return (mention.start, name) if name else None
        return None

    def _stray_opener(self, mention: LocatedMention) -> bool:
        """One capitalised word opening its sentence, read as a part of a longer name that this article never
        writes: "Live long and prank them." opening an article about George Takei, under another outlet's
        "Netflix Live" (editor row 88 gave Takei's "the actor wrote" to Netflix Live). The capital is the
        sentence's, not a name's (the article writes the word in lower case too); the word is no mention of that
        entity here."""
        word = mention.text.strip()
        if len(word.split()) != 1 or not word.isalpha() or not self._opens_sentence(mention.start):
            return False
        # the article writes the word in lower case elsewhere ("We live in strange times"): a common word; a family
        # name alone ("Zirkle reached Nulato", the full name in another article) never is
        if not re.search(rf"\b{re.escape(word.lower())}\b", self.text):
            return False
        cluster = self.index.resolve(mention.text, self.article_id)
        if cluster is None or len(cluster.name.split()) < 2:
            return False
        return fold(cluster.name) not in fold(self.text)

    def _mention_at(self, start: int, end: int) -> bool:
        return any(start <= m.start < end for m in self.mentions)

    def _titled_gender(self, name: str) -> str | None:
        """ "m"/"f" when the text writes the person with Mr./Mrs./Ms. (or another gendered title), else None."""
        cluster = self.index.resolve(name, self.article_id)
        for surface in list(cluster.surfaces) if cluster else [name]:
            first = surface.split()[0].rstrip(".").lower() if surface.split() else ""
            if first in _MALE_TITLES:
                return "m"
            if first in _FEMALE_TITLES:
                return "f"
        return None

    def gender_of(self, name: str) -> str | None:
        """ "m", "f" or None: what the text's titles and pronouns say of ``name`` (``_gender``)."""
        return self._gender(name)

    def _gender(self, name: str, resolved: bool = True) -> str | None:
        """ "m"/"f" when the text calls the person Mr./Mrs./Ms. (or a gendered title), else what the
        article's own pronouns say of them (``_pronoun_gender``), else None."""
        titled = self._titled_gender(name)
        if titled is not None:
            return titled
        if name not in self._genders:
            self._genders[name] = self._pronoun_gender(name)
        said = self._resolved_pronouns.get(name, set())
        # the "she" of earlier frames already resolved to this person (Multi-News row 36: "“...,” she said"
        # three times for Nikki Haley, then '“There's a state drink?” he asked' went to her too)
        from_text = self._genders[name] or self._mention_genders.get(name)
        return from_text or (next(iter(said)) if resolved and len(said) == 1 else None)

    def _pronoun_gender(self, name: str) -> str | None:
        """ "m"/"f" from "his"/"her"/"himself"/"herself" after the person's name in a sentence that names
        no other person, before any quotation or speech verb ("Peter Hansen arrived with his dogs";
        not "Hansen said her team ...", where the pronoun may be someone else's); None when the article
        says nothing or both. No list of first names: only the text's own words."""
        found: set[str] = set()
        for mention in self.mentions:
            if not (mention.label == "PERSON" or self._type_of(mention.text) == "PERSON"):
                continue
            if self._canonical(mention.text) != name:
                continue
            before = gender_before(self.text[max(0, mention.start - 40) : mention.start])
            if before is not None:
                found.add(before)
            apposition = _GENDERED_ROLE.match(self.text, mention.end)
            if apposition is not None:  # "Kaylie Hanson, a DNC spokeswoman, said" (Multi-News row 214)
                found.add("f" if apposition.group(1).lower().endswith(("woman", "ess")) else "m")
            subordinate = _SUBORDINATE_PRONOUN.match(self.text, mention.end)
            if subordinate is not None:  # "anchor Megyn Kelly when she moderated the debate"
                found.add("f" if subordinate.group(1).lower() == "she" else "m")
            others = [
                m
                for m in self.mentions
                if m.sentence_index == mention.sentence_index
                and m.label == "PERSON"
                and not (m.start >= mention.start and m.end <= mention.end)
                and self._canonical(m.text) != name
            ]
            if others:
                continue
            ending = _CLAUSE_END.search(self.text, mention.end)
            segment = self.text[mention.end : ending.start() if ending else len(self.text)]
            for word in _WORD.findall(segment.lower()):
                if word in CUE_SURFACE:
                    break
                if word in _GENDERED:
                    found.add(_GENDERED[word])
        return found.pop() if len(found) == 1 else None

    def _topic_opener(self, candidates: list[tuple[int, str | None, int]], before: int) -> str | None:
        """The person a sentence opens with as its topic ("For Robert Plant, it has been a slightly different
        experience, in that there are a lot of things he rather wishes he had done differently: “…”"), when the
        "he"/"she" comes later in that sentence with no other person named between: the sentence turns to that
        person, and the one who spoke last (Jimmy Page, row 20 of mn57's kept half: six quotes) is not meant. None
        otherwise."""
        floor = _sentence_floor(self.text, before, 600)
        topic = _TOPIC_OPENER.match(self.text, floor)
        if topic is None:
            return None
        people = [
            m
            for m in self.mentions
            if topic.end() <= m.start < before and (m.label == "PERSON" or self._type_of(m.text) == "PERSON")
        ]
        if not people or people[0].start != topic.end() or len({self._canonical(m.text) for m in people}) != 1:
            return None
        if not re.match(r"\s*,", self.text[people[0].end :]):
            return None
        name = self._canonical(people[0].text)
        return name if any(c[1] == name for c in candidates) else None

    def _sentence_opener(self, chosen: str, candidates: list[tuple[int, str | None, int]], before: int) -> str | None:
        """The person who opens the sentence as its subject, when "he"/"she" frames a quotation later in that same
        sentence and the ranking chose someone named after him in it: "President Donald Trump is “very close” to
        selecting a candidate to replace former FBI Director James Comey, he told White House reporters" (editor
        read #20, b2, printed Comey). Only when nothing but a dateline or title stands before the opener, the
        opener is followed by a verb, a closing mark and a comma come before the pronoun, and the chosen one was
        not a speaker before; None otherwise."""
        floor = _sentence_floor(self.text, before, 600)
        segment = self.text[floor:before]
        if not re.search(r",\s*$", segment) or not re.search(r"[“\"].+[”\"]", segment):
            return None
        if any(s.name == chosen and s.start < before for s in self.history):
            return None
        first = next(
            (
                m
                for m in self.mentions
                if floor <= m.start < before and (m.label == "PERSON" or self._type_of(m.text) == "PERSON")
            ),
            None,
        )
        if first is None or not _OPENING_DATELINE.fullmatch(self.text, floor, first.start):
            return None
        if not _VERB_AFTER_SUBJECT.match(self.text, first.end):
            return None
        opener = self._canonical(first.text)
        mine = [c for c in candidates if c[1] == opener and c[2] == first.start]
        later = [c for c in candidates if c[1] == chosen and first.end <= c[2] < before]
        if not mine or not later or opener == chosen:
            return None
        return opener

    def _fronted_organisation(self, it_at: int) -> str | None:
        """The one organisation named in a subordinate clause that opens the sentence of an "it" speaker ("when a
        national outlet, Slate magazine, produced a profile of him in 2000, it said he had “…”"): the clause's
        subject is what "it" stands for, not the body that spoke last (BASIL 85475456, stop 49, printed the weekly
        quoted the sentence before). None when the clause names no organisation or more than one."""
        floor = _sentence_floor(self.text, it_at, 400)
        clause = _FRONTED_CLAUSE.search(self.text, floor, it_at)
        if clause is None:
            return None
        names = {
            self._canonical(m.text)
            for m in self.mentions
            if clause.start() <= m.start and m.end <= it_at and (m.label == "ORG" or self._type_of(m.text) == "ORG")
        }
        named = {n for n in names if n}
        return named.pop() if len(named) == 1 and len(names) == 1 else None

    def _antecedent(self, before: int, person: bool, pronoun: str = "", own_document: bool = False) -> str | None:
        """The last named speaker, else the last person mentioned, before ``before``; None when a
        second person the pronoun may stand for is named after that one (``_ambiguous``). ``own_document``: the
        pronoun owns the document that speaks ("his web site reads"), which may name him in the third person."""
        candidates: list[tuple[int, str | None, int]] = []  # (rank, name, where it is written)
        for speaker in self.history:
            if speaker.start < before and before - speaker.start <= CARRY_WINDOW:
                if speaker.name is None and not person and speaker.text.lower() not in PRONOUNS:
                    candidates.append((speaker.start, None, speaker.start))  # "the two sides said ... they said"
                elif speaker.name is None and person and self._unnamed_person_nearby(speaker, before):
                    candidates.append((speaker.start, None, speaker.start))  # "Another witness said ... she said"
                elif speaker.name is not None and (self._is_person_speaker(speaker)) == person:
                    candidates.append((speaker.start, speaker.name, speaker.start))
        for mention in self.mentions:
            if (
                person
                and (
                    mention.label == "PERSON"
                    or self._type_of(mention.text) == "PERSON"
                    or self._named_with_pronoun(mention) is not None
                )
                and mention.end <= before
                and before - mention.start <= CARRY_WINDOW
                and not any(a <= mention.start and mention.end <= b for a, b in self.quoted)
                and not any(a <= mention.start and mention.end <= b for a, b in self.all_quoted)
                and not _ON_A_PLATFORM.search(self.text, max(0, mention.start - 8), mention.start)
                and not _in_place_name(self.text, mention)
                and not _modifier(self.text, mention)
                and not self._possessor_beside_a_subject(mention)
                # "commonly known as Lou Gehrig's disease. ... he intends to table a bill" (Multi-News row 49)
                and not _EPONYM.match(self.text, mention.end)
                and not self._thing(mention)
                and not self._stray_opener(mention)
                and not self._kin_of_the_pronoun(mention, before, pronoun)
                and not self._other_of_a_family(mention)
                and not self._in_a_list_of_people(mention)
                # "… killing her two children, 7-year-old Liliana and 6-year-old Rene Pasztor … She told WANE she …":
                # a child named with its age is not who "she said" continues (gold multinews-052, stop 59)
                and not (pronoun and named_as_a_child(self.text, mention.start, mention.end))
            ):
                name = self._canonical(mention.text)
                if name:
                    candidates.append((mention.start - CARRY_WINDOW // 3, name, mention.start))
        opener = self._paragraph_subject(before) if person else None
        if opener is not None and opener[1] is None:
            kin = re.match(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*['’]s?\s+([a-z]+)", self.text[opener[0] :])
            if kin is None or _KIN_GENDER.get(kin.group(1)) != _GENDER_OF_PRONOUN.get(pronoun):
                opener = None
        if opener is not None:
            candidates.append((opener[0], opener[1], opener[0]))
        wanted = {"he": "f", "she": "m"}.get(pronoun)  # the gender the pronoun rules out
        candidates = [c for c in candidates if c[1] is None or wanted is None or self._gender(c[1]) != wanted]
        candidates = [c for c in candidates if c[1] is None or c[1] not in self.excluded]
        # '“But I think Gadhafi is going to put up a fight ...,” he said': a speaker does not name himself in the
        # third person; "he" is not a person the quotation names (editor row 176 credited an activist's words to
        # Gadhafi, named in the paragraph before)
        # ... unless the quotation quotes others who named him: "“People said, ‘Trump is crazy,’” he said" (editor
        # read #11, stop 40, BASIL 2019 gave it to Kim Jong-un, named earlier)
        quoted = {
            self._canonical(m.text)
            for m in self.mentions
            if any(a <= m.start < b and not _inner_quotation(self.text, a, m.start) for a, b in self.quoted)
            # "… with respect to the much more successful Trump campaign,” he told reporters": a name that
            # modifies a body's noun names the body, not the person (editor read #20, b2, printed Lieberman)
            and not _NAMES_A_BODY.match(self.text, m.end)
        }
        if not own_document:
            # ... but the one who spoke last, with nobody named outside the marks since, goes on speaking: Trump
            # writes of "your favorite President, Donald J. Trump" ("“If anybody but your favorite President,
            # Donald J. Trump, announced that …,” he continued in a follow-up tweet": editor read #12, stop 41,
            # BASIL 2018 gave it to Brett McGurk, of whom the tweet before spoke)
            still = self._still_speaking(before)
            candidates = [c for c in candidates if c[1] is None or c[1] not in quoted or c[1] == still]
        # a pronoun opening its sentence is nobody that sentence names after it ("He said the core of American
        # interests lay in “…”, … a defense alliance Mr. Trump has often derided": editor read #12, stop 41, BASIL
        # 2018 gave Mattis's letter to Trump, the possessor in the sentence before): in "He said X …" he is not X
        later = self._named_later_in_sentence(before) if pronoun else set()
        if later:
            candidates = [c for c in candidates if c[1] is None or c[1] not in later]
        if person and wanted is not None:
            candidates = self._not_the_asker(candidates, before)
        if not candidates:
            return None
        chosen = self._choose(candidates, before, person, wanted)
        if person and wanted is not None and chosen is not None:
            chosen = self._topic_opener(candidates, before) or chosen
            chosen = self._sentence_opener(chosen, candidates, before) or chosen
            chosen = self._centred(chosen, candidates, before, pronoun) or chosen
            chosen = self._own_paragraph_opener(chosen, candidates, before) or chosen
            if self._one_of_a_pair(chosen, before, pronoun):
                return None
        return chosen

    def _own_paragraph_opener(
        self, chosen: str, candidates: list[tuple[int, str | None, int]], before: int
    ) -> str | None:
        """The person who opens the pronoun's own paragraph as its subject, when that paragraph tells of him in a
        sentence of its own before the quotation and names neither the one the ranking chose (who spoke in an
        earlier paragraph) nor anyone who spoke in it: the story has moved on to him ("“…,” Page said. // Robert
        Plant, meanwhile, has moved on. Given Plant's dislike of looking back, a reunion seems unlikely. “…,” he
        laughs": mn57's kept row 20 credited Plant's words to Page; "Through Dr. Kolb, Anne Ziegenhorn met other
        women … She said, “…”": editor read #30, row 55, gave them to the patient quoted before). None otherwise;
        ``_paragraph_subject`` reads the paragraph before."""
        start = self.text.rfind("\n", 0, before) + 1
        opening = start
        while opening < before and self.text[opening].isspace():
            opening += 1
        # the words before the quotation (or before the pronoun that frames it first): a sentence of their own
        head_end = min([a for a, _ in self.quoted if opening <= a < before] + [before])
        first_end = next(
            (
                brk
                for brk in _SENTENCE_BREAK.finditer(self.text, opening, head_end + 1)
                # not the full stop of "Mr. Trump, who …, fits that bill for many people, he added" (PolNeAR train
                # gave Hogan Gidley's words to Trump)
                if self.text[brk.start()] != "." or _ends_sentence(self._word_ending_at(opening, brk.start() + 1))
            ),
            None,
        )
        if first_end is None or self.text[first_end.start()] != ".":
            return None  # "Governor Christie? “Strong,” he said": a question put to the speaker names no speaker
        found = self._opening_subject(opening, head_end)
        if found is None or found[1] is None or found[1] == chosen:
            return None
        if not _SUBJECT_TAIL.match(self.text, self._mention_end(found[0])):
            return None  # the name is no subject followed by its verb
        opener = found[1]
        if not any(name == opener for _, name, _ in candidates):
            return None  # of the other gender, excluded, or quoted: not the pronoun's
        if any(name == chosen and opening <= written < before for _, name, written in candidates):
            return None  # the chosen one is named in this paragraph too: the ranking stands
        if any(opening <= h.start < before for h in self.history):
            return None  # someone spoke in this paragraph already
        return opener

    def _word_ending_at(self, floor: int, end: int) -> str:
        """The word written right before ``end`` (not before ``floor``), its last character included."""
        return self.text[max(floor, self.text.rfind(" ", floor, end) + 1) : end]

    def _one_of_a_pair(self, name: str, before: int, pronoun: str) -> bool:
        """Whether ``name`` was last written before ``before`` as one of two or more people joined by "and"/"or"
        ("Reps. Piet Moss of Keld, and Tom Brink and Jan Vos of Tessel are writing a letter … “…,” he told the
        Courier"), at least two of whom the pronoun may stand for, and no person is named outside quotation marks
        after them: the text does not say which one "he" is (BASIL df5fe55a printed Inslee, the last of three)."""
        people = [
            m
            for m in self.mentions
            if m.end <= before
            and (m.label == "PERSON" or self._type_of(m.text) == "PERSON")
            and not any(a <= m.start < b for a, b in self.all_quoted)
            and self._canonical(m.text) is not None
        ]
        last = max((m for m in people if self._canonical(m.text) == name), key=lambda m: m.start, default=None)
        if last is None:
            return False
        run = {name}
        ordered = sorted(people, key=lambda m: m.start)
        at = next(k for k, m in enumerate(ordered) if m.start == last.start)
        run_end = last.end
        joined_by_and = False  # "In his note to Brenner, Judge Hansen wrote": a comma alone joins no pair
        for step in (-1, 1):
            k = at
            while 0 <= k + step < len(ordered):
                a, b = (ordered[k], ordered[k + step]) if step > 0 else (ordered[k + step], ordered[k])
                join = _PAIR_JOIN.fullmatch(self.text, a.end, b.start)
                if a.sentence_index != b.sentence_index or join is None:
                    break
                joined_by_and = joined_by_and or re.search(r"\b(?:and|or)\b", join.group(0)) is not None
                run.add(self._canonical(ordered[k + step].text) or "")
                run_end = max(run_end, ordered[k + step].end)
                k += step
        if not joined_by_and or any(m.start >= run_end for m in people):
            return False
        gender = _GENDER_OF_PRONOUN[pronoun]
        return len({n for n in run if n and self._gender(n) in (None, gender)}) >= 2

    def _not_the_asker(
        self, candidates: list[tuple[int, str | None, int]], before: int
    ) -> list[tuple[int, str | None, int]]:
        """The candidates without the one who asked in the sentence before ("Rep. Joseph Crowley, D-N.Y., asked her
        if she could … // She said: “Well there's a questionnaire …”"): the answer is the one asked's (BASIL 2013,
        editor read #13, printed Lerner's answer under Crowley). Kept when the pronoun asks again ("“Why not?” he
        asked") and when nobody else is left."""
        if self.previous_asker is None or _ASKS_AGAIN.match(self.text, before):
            return candidates
        found = self.previous_asker(before)
        if found is None:
            return candidates
        asker = {self._canonical(m.text) for m in self.mentions if found[0] <= m.start < found[1]} - {None}
        others = [c for c in candidates if c[1] is None or c[1] not in asker]
        return others if asker and others else candidates

    def _named_later_in_sentence(self, pronoun_at: int) -> set[str]:
        """The people named after a pronoun that opens its sentence (at most two words before it: "But he said"),
        up to that sentence's end."""
        start = max(self.text.rfind("\n", 0, pronoun_at), 0)
        for found in _SENTENCE_BREAK.finditer(self.text, start, pronoun_at + 1):
            start = found.end() - 1
        lead = self.text[start:pronoun_at].split()
        if len(lead) > 2 or any(w.strip('“"‘,').lower() in _SUBORDINATORS for w in lead):
            # "Though she called Wells Fargo's behavior “outrageous” …, Clinton restricted comments": a pronoun in an
            # opening clause may stand for the main clause's subject (PolNeAR dev)
            return set()
        end_found = _SENTENCE_BREAK.search(self.text, pronoun_at)
        paragraph_end = self.text.find("\n", pronoun_at)
        # ... within the pronoun's own clause: "“You winning?” she said, but Kevin was drifting off, and as Trump
        # went on …, Melanie …" may name her in another clause (PolNeAR dev lost a quote to the whole sentence)
        clause_end = _NEXT_CLAUSE.search(self.text, pronoun_at)
        end = min(
            end_found.start() + 1 if end_found else len(self.text),
            paragraph_end if paragraph_end >= 0 else len(self.text),
            clause_end.start() if clause_end else len(self.text),
        )
        names = {self._canonical(m.text) for m in self.mentions if pronoun_at < m.start < end and m.label == "PERSON"}
        return {name for name in names if name}

    def _own_document_spoke(self, before: int) -> str | None:
        """ "it says" right after a quotation its speaker gave "on his website" ("Labrador says this about himself on
        his website: “…” // “…,” it says"): the site is the last speaker's own, and so are its words (BASIL
        c99adbdd left the second part unattributed). The last speaker's name, when the frame of the last
        quotation, in the sentence or paragraph before, puts the words on or in a document of his or her own."""
        spoken = [h for h in self.history if h.start < before and before - h.start <= CARRY_WINDOW // 3]
        if not spoken:
            return None
        last = max(spoken, key=lambda h: (h.start, h.name is not None))
        if last.name is None or self._type_of(last.name) != "PERSON":
            return None
        frame_end = self.text.find("\n", last.end)
        frame = self.text[last.start : frame_end if 0 <= frame_end < before else before]
        return last.name if _ON_OWN_DOCUMENT.search(frame) else None

    def _role_spoke_last(self, before: int, role: str) -> str | None:
        """The name of the last speaker before ``before`` written as an unnamed holder of ``role`` for a named
        organisation ("A spokesperson for Google", "A Microsoft spokesperson") and printed as that named role,
        when no other speaker came between within two paragraphs."""
        spoken = [h for h in self.history if h.start < before and before - h.start <= CARRY_WINDOW]
        if not spoken:
            return None
        # the frame read twice (its reported clause and its partial quotation) may be remembered twice
        at = max(h.start for h in spoken)
        last = max((h for h in spoken if h.start == at), key=lambda h: (h.name is not None, h.end))
        words = last.text.lower().rstrip(".").split()
        if last.name is None or not words or words[0] not in _DETERMINERS or role not in words[1:]:
            return None
        if self.text.count("\n\n", last.end, before) > 2 or self._type_of(last.name) == "PERSON":
            return None
        return last.name if any(w[:1].isupper() for w in last.text.split()[1:]) else None

    def _person_noun_here(self, noun: str) -> bool:
        """Whether the article writes ``noun`` as a person's title ("presidential hopeful Hillary Clinton") or as
        the head of an apposition after a person's name ("Ann Lee, the Keld hopeful,"), read from the text around
        the tagger's person mentions; nouns the role and document rules read already are left to them."""
        if noun in ROLE_NOUNS or noun in PERSON_NOUNS or noun in _HELD or noun in _MEDIA or len(noun) < 4:
            return False
        if re.fullmatch(_DOCUMENT_NOUNS, noun):
            # "the agreement Clifford signed" reads like a title before a name, but a document is no person: "The
            # nondisclosure agreement said" is the contract's words (editor read, stop 52, row 34 printed Cohen)
            return False
        title = re.compile(rf"\b{re.escape(noun)}\s+$")
        apposition = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(noun)}\b")
        for mention in self.mentions:
            if mention.label != "PERSON":
                continue
            if title.search(self.text, max(0, mention.start - len(noun) - 4), mention.start):
                return True
            if apposition.match(self.text, mention.end):
                return True
        return False

    def _still_speaking(self, before: int) -> str | None:
        """The named speaker of the last attribution before ``before`` when no person is named outside quotation
        marks between them, within the carry window."""
        spoken = [h for h in self.history if h.start < before and before - h.start <= CARRY_WINDOW]
        if not spoken or max(spoken, key=lambda h: h.start).name is None:
            return None
        last = max(spoken, key=lambda h: h.start)
        for mention in self.mentions:
            if (
                last.end <= mention.start < before
                and mention.label == "PERSON"
                and not any(a <= mention.start < b for a, b in self.all_quoted)
                and self._canonical(mention.text) != last.name
            ):
                return None
        return last.name

    def _choose(
        self, candidates: list[tuple[int, str | None, int]], before: int, person: bool, wanted: str | None
    ) -> str | None:
        """The antecedent among ``candidates`` (rank, name, where written): the previous sentence's speaking
        subject, else the best ranked, with the gender and later-subject corrections below."""
        if wanted is not None:
            previous = self._previous_speaking_subject(candidates, before)
            if previous is not None:
                return previous
        best = max(candidates, key=lambda c: c[0])
        if person and wanted is not None and best[1] is not None:
            introduced = self._introduced_since(best, candidates, before)
            if introduced is not None:
                return introduced
        if person and best[1] is not None and wanted is not None and self._gender(best[1]) is None:
            # "she" after a speaker of unknown gender, with a woman named since ("Mayor Curt Zimbelman
            # said ... ABC News watched Koni Aho race to build a berm around her restaurant. “...,” she
            # said", Multi-News row 147): the latest person the text gives the pronoun's gender
            # (in a later sentence: "Josh Earnest told reporters he would not say whether they were considering
            # Sandoval ... But he said ..." is Earnest, Multi-News row 193 gave it to Sandoval of "his nomination")
            agreeing = [
                c
                for c in candidates
                if c[1] is not None
                and c[2] > best[2]
                and self._gender(c[1]) is not None
                and _SENTENCE_BREAK.search(self.text, best[2], c[2] + 1)
            ]
            if agreeing:
                return max(agreeing, key=lambda c: c[2])[1]
        if person and best[1] is not None:
            return self._later_subject(best, candidates, before) or best[1]
        return best[1]

    def _introduced_since(
        self, best: tuple[int, str | None, int], candidates: list[tuple[int, str | None, int]], before: int
    ) -> str | None:
        """The one person named, in the sentence that ends right before the quotation, since the last speaker ``best``
        spoke paragraphs earlier: "“You never think about these things …,” Gagnon said. // … In 1997, almost half
        the staff won a jackpot. // The other half of the office got nothing, including lawyer John McLauchlan. //
        “The first couple days …,” he told the Chronicle" is McLauchlan's (editor read #15, r115, printed Gagnon).
        None unless a whole paragraph lies between the two, the last speaker is not named again and nobody else
        is named since."""
        spoke_at, name = best[2], best[1]
        if best[0] != spoke_at:
            return None  # a person mentioned, not a speaker: the usual ranking already prefers the later one
        anchor = min((a for a, b in self.quoted if b <= before and a > spoke_at), default=before)
        since = [c for c in candidates if spoke_at < c[2] < anchor and c[1] is not None]
        if not since or any(c[1] == name for c in since) or len({c[1] for c in since}) != 1:
            return None
        newcomer = max(since, key=lambda c: c[2])
        mention = next((m for m in self.mentions if m.start == newcomer[2]), None)
        if mention is None or not re.fullmatch(r"[^.!?“”\"\n]*[.!?]?\s*[“\"]?", self.text[mention.end : anchor]):
            return None  # not in the sentence that ends right before the quotation
        between = self.text[spoke_at : self.text.rfind("\n", spoke_at, mention.start) + 1]
        if len(re.findall(r"\n\s*[^\s\n][^\n]*\n", between)) < 1:
            return None  # no whole paragraph between the last speaker and the newcomer
        return newcomer[1]

    def _centred(
        self, chosen: str, candidates: list[tuple[int, str | None, int]], before: int, pronoun: str
    ) -> str | None:
        """The subject of the previous sentence's main clause, when the ranking chose a person that sentence names
        elsewhere: as the object of its verb, inside a clause it reports or a relative clause, as a possessor or
        an apposition ("Sen. Lindsey Graham suggested Trump might want to think twice … // “You tweet … at your
        own peril,” he said"; "Mary Cheney, who … married her partner, Heather Poe, …, took to Facebook … //
        “…,” she wrote"). Centering reads "he"/"she" opening a sentence as the previous sentence's subject; the
        nearest name is often the one the subject spoke to or of (BASIL b17 and b13, editor read #10, credited
        Graham's warning to Trump and Mary Cheney's post to her wife). Asked only with a parse
        (``previous_subjects``), when the pronoun's sentence names no person before it, when the chosen name
        is not also in that subject, and when exactly one other person of the candidates heads it; not after a
        verb of asking ("Tapper asked Trump … “…,” he said": the one asked answers), which the parse reports as
        no subject (None), and not when the previous sentence has the pronoun itself ("Bernie Sanders whipped
        Hillary Clinton …, but she still has a commanding hold …. To prevail, she will have to …": the text has
        already moved "she" off the subject; PolNeAR train gave the second "she" to Sanders)."""
        if self.previous_subjects is None:
            return None
        found = self.previous_subjects(before)
        if found is None:
            return None
        p_start, p_end, s_start, heads = found
        again = re.search(rf"\b{re.escape(pronoun)}\b", self.text[p_start:p_end], re.I) is not None
        if again and not self._pronoun_below_subject(heads, pronoun):
            return None
        if any(s_start <= written < before for _, name, written in candidates if name is not None):
            return None  # "Rubio is trying to rebound — and he's hoping": a name in the pronoun's own sentence
        in_previous = [(name, written) for _, name, written in candidates if name and p_start <= written < p_end]
        heading = {name for name, written in in_previous if any(a <= written < b for a, b in heads)}
        if not any(name == chosen for name, _ in in_previous):
            # the choice is named before the previous sentence: that sentence's subject, a person the pronoun may
            # stand for, is nearer ("Rep. Mike Doyle … told reporters. // Former Speaker Newt Gingrich lauded the
            # current system … He said the threat …": editor read #11, stop 40, BASIL 2017 gave Gingrich's words to
            # Doyle); else the usual ranking stands
            chosen_at = max((w for _, name, w in candidates if name == chosen), default=p_start)
            if not heading and len(heads) == 1:
                # a title as that subject: "On point after point, the president insisted … “People said, ‘Trump is
                # crazy,’” he said" (the same read gave it to Kim Jong-un, named earlier)
                holder = self.titled_holder("the " + self.text[heads[0][0] : heads[0][1]], heads[0][0])
                heading = {holder} if holder is not None and any(name == holder for _, name, _ in candidates) else set()
            if len(heading) != 1 or chosen_at >= p_start:
                return None
            subject = heading.pop()
            # ... but a "she" stays with a woman the text calls Ms. or Mrs. over a subject it gives no gender ("Ms.
            # Olsen led the race … Peter Hansen reached the checkpoint late. “I was scared,” she said"); a "he" does
            # not stay with "Mr. Doyle" over Gingrich, whom no outlet calls Mr.: a name of no stated gender in these
            # reports is a man's far more often
            if pronoun == "she" and self._titled_gender(chosen) == "f" and self._gender(subject) != "f":
                return None
            if again and self._gender(subject) != _GENDER_OF_PRONOUN[pronoun]:
                return None
            return subject
        if chosen in heading or len(heading) != 1:
            return None
        subject = heading.pop()
        if again and self._gender(subject) != _GENDER_OF_PRONOUN[pronoun]:
            return None
        return subject

    def _pronoun_below_subject(self, heads: list[tuple[int, int]], pronoun: str) -> bool:
        """Whether the previous sentence's "he"/"she" is no main-clause subject of its own ("Mr. Shulman offered
        what he said was one of many plausible explanations … // “The Easter Egg Roll with my kids,” he said"):
        there it stands inside the subject's clause and the subject goes on, when the text gives the subject the
        pronoun's gender (BASIL 2013, editor read #13, printed Shulman's words under Jordan, quoted before). A
        pronoun heading a clause of its own ("Sanders whipped Clinton …, but she still has …") has moved the
        pronoun off the subject (PolNeAR train)."""
        return not any(fold(self.text[a:b]) == pronoun for a, b in heads)

    def _in_a_list_of_people(self, mention: LocatedMention) -> bool:
        """One of three or more people named in a row ("naming Sean Hannity, Laura Ingraham, Tucker Carlson and
        Rush Limbaugh, although he insisted …"): a "he" or "she" is not one item of a list (editor read #11, stop
        40, BASIL 2019 gave Trump's words on Ann Coulter to Limbaugh, the list's last name)."""
        people = sorted(
            (m for m in self.mentions if m.sentence_index == mention.sentence_index and m.label == "PERSON"),
            key=lambda m: m.start,
        )
        at = next((k for k, m in enumerate(people) if m.start == mention.start), None)
        if at is None:
            return False
        run = 1
        for step in (-1, 1):
            k = at
            while 0 <= k + step < len(people):
                a, b = (people[k], people[k + step]) if step > 0 else (people[k + step], people[k])
                if not _LIST_JOIN.fullmatch(self.text, a.end, b.start):
                    break
                run += 1
                k += step
        return run >= 3

    def _other_of_a_family(self, mention: LocatedMention) -> bool:
        """A family name alone after "the younger/elder/older/other", which several people of the story share
        ("Their father, former Vice President Dick Cheney, supports same-sex marriage, and the younger Cheney
        echoed some of his language … when she added, “…”"): one of them, not the one named last, so no antecedent
        (BASIL b13, editor read #10, printed Mary Cheney's words under her father)."""
        if " " in mention.text.strip():
            return False
        other = _OTHER_OF_FAMILY.search(self.text, max(0, mention.start - 16), mention.start)
        return other is not None and self._shared_family(mention.text)

    def _shared_family(self, word: str) -> bool:
        """Several people of the story have the family name ``word``."""
        family = fold(clean_surface(word))
        kin = {c.name for c in self.index.clusters if c.type == "PERSON" and fold(c.name).split()[-1:] == [family]}
        return len(kin) > 1

    def _kin_of_the_pronoun(self, mention: LocatedMention, before: int, pronoun: str) -> bool:
        """A name written as the kin of a possessive of the pronoun's gender in the pronoun's own sentence: "She
        traced the conception of her daughter Gabrielle Nadine, who was born June 3, to her time off work,
        although she admits it was “all kind of hazy.”" (Multi-News row 64 gave the mother's words to the baby).
        "her daughter" is someone else than the "her" who owns her, and the "she" of that sentence is the owner."""
        gender = _GENDER_OF_PRONOUN.get(pronoun)
        if gender is None or _SENTENCE_BREAK.search(self.text, mention.end, before) is not None:
            return False
        owned = _KIN_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
        return owned is not None and {"his": "m", "her": "f"}.get(owned.group(1).lower()) == gender

    def _named_unnamed(self, before: int, noun: str) -> str | None:
        """The name of the last speaker before ``before`` written as an unnamed person with the head ``noun`` ("a
        man who identified himself as Angelo L.", "Another man, identified only as “Victory,”"), if any."""
        for speaker in reversed(self.history):
            if speaker.start >= before or before - speaker.start > CARRY_WINDOW:
                continue
            words = speaker.text.lower().split()
            if speaker.name is not None and words[-1:] == [noun] and words[0] in _DETERMINERS:
                return speaker.name
        return None

    def _is_person_speaker(self, speaker: Speaker) -> bool:
        """A speaker whose name is a person's, or who is an unnamed person the text gives a name that is no entity
        ("Another man, identified only as “Victory,”": a later "he said" is him, editor row 176)."""
        if speaker.name is not None and self._type_of(speaker.name) == "PERSON":
            return True
        words = speaker.text.lower().split()
        return (
            speaker.name is not None
            and self._type_of(speaker.name) is None
            and len(words) == 2
            and words[0] in _DETERMINERS
            and words[1] in PERSON_NOUNS
        )

    def _thing(self, mention: LocatedMention) -> bool:
        """A one-word name the article writes only after a determiner or a person's possessive ("the Hummer
        pulls to the side", "Cardell Hayes's Hummer rear-ended ..."): a thing the tagger took for a person,
        never who "she cried" stands for (Multi-News row 32 credited Smith's wife's cry to the car)."""
        if " " in mention.text.strip():
            return False
        same = [m for m in self.mentions if m.text == mention.text]
        for other in same:
            lead = self.text[max(0, other.start - 40) : other.start]
            if _DETERMINER_BEFORE.search(lead) or re.search(r"\b(?:The|A|An)\s+$", lead):
                continue
            owner = _POSSESSOR_BEFORE.search(lead)
            if owner is not None and any(
                m.label == "PERSON" and m.end == other.start - len(owner.group(0)) + len(owner.group(1))
                for m in self.mentions
            ):
                continue
            return False
        return True

    def _possessor_beside_a_subject(self, mention: LocatedMention) -> bool:
        """A name in the possessive inside a sentence whose subject is another person named before it
        ("But Nikolai Petrov, a professor, suggests that members of Ramzan Kadyrov's retinue may …
        // “…,” he says": he is Petrov; editor read a27, row 184 credited Petrov's words to Kadyrov)."""
        if not _POSSESSOR.match(self.text, mention.start) or self._opens_sentence(mention.start):
            return False
        return any(
            other.sentence_index == mention.sentence_index
            and other.end <= mention.start
            and (other.label == "PERSON" or self._type_of(other.text) == "PERSON")
            and not _POSSESSOR.match(self.text, other.start)
            and self._canonical(other.text) not in (None, self._canonical(mention.text))
            for other in self.mentions
        )

    def _named_with_pronoun(self, mention: LocatedMention) -> str | None:
        """A name the model tagged as an organisation or place that the text follows with "his"/"her" in
        the same clause, no other name between ("ABC News watched Koni Aho race to build a berm around
        her restaurant"): a person, with that gender. Known places and one-word names are left alone, but for a
        name the text follows with "himself"/"herself" ("Sinbad himself has long denied ... “...,” he tweeted":
        editor row 88 gave the tweet to Shaquille O'Neal, named in the paragraph before)."""
        reflexive = re.match(r"\s+(himself|herself)\b", self.text[mention.end : mention.end + 12])
        if mention.label in ("ORG", "GPE") and reflexive is not None and fold(mention.text) not in KNOWN_PLACES:
            return _GENDERED[reflexive.group(1)]
        if mention.label not in ("ORG", "GPE") or len(mention.text.split()) < 2 or fold(mention.text) in KNOWN_PLACES:
            return None
        if mention.text in self._mention_genders:
            return self._mention_genders[mention.text]
        if self._ends_apposition_of_person(mention):
            # "Jessica Hernandez, a program analyst for the Food and Drug Administration, was one of three pregnant
            # women in her office": the "her" after the apposition is the person's (Multi-News row 64 made the
            # agency a woman and gave it her words)
            return None
        ending = _CLAUSE_END.search(self.text, mention.end)
        stop = ending.start() if ending else len(self.text)
        later = [m.start for m in self.mentions if mention.end <= m.start < stop]
        segment = self.text[mention.end : min([stop, *later])]
        found = None
        for word in _WORD.findall(segment.lower()):
            if word in CUE_SURFACE:
                break
            if word in ("his", "her"):
                found = _GENDERED[word]
                break
        self._mention_genders[mention.text] = found
        return found

    def _ends_apposition_of_person(self, mention: LocatedMention) -> bool:
        """The name closes a phrase set off by commas right after a person's name ("Jessica Hernandez, a program
        analyst for the Food and Drug Administration, was ..."): it is in the apposition, not the subject."""
        if not re.match(r"\s*,", self.text[mention.end : mention.end + 3]):
            return False
        comma = self.text.rfind(",", max(0, mention.start - 80), mention.start)
        if comma < 0 or not re.match(r",\s+(?:a|an|the)\s", self.text[comma : mention.start + 1]):
            return False
        if re.search(r"[.!?;\n]", self.text[comma : mention.start]):
            return False
        return any(m.end == comma and (m.label == "PERSON" or self._type_of(m.text) == "PERSON") for m in self.mentions)

    def _later_subject(
        self, best: tuple[int, str | None, int], candidates: list[tuple[int, str | None, int]], before: int
    ) -> str | None:
        """A person who opens a later sentence than ``best`` (outside quotations), before the pronoun:
        the subject of the most recent sentence is what "he"/"she" continues ("Guessford was shocked to
        get a call. “I’m honored!” she said"; "Arnold Demoski was in the lead ... Aliy Zirkle reached
        Nulato ... “...,” she said"), not an earlier speaker. Only when the text gives ``best`` no
        gender (an honorific) that already matches the pronoun."""
        if self._gender(best[1] or "", resolved=False) is not None:
            return None
        later = [(written, name) for _, name, written in candidates if name is not None and best[2] < written < before]
        for written, name in sorted(later, reverse=True):
            if _POSSESSOR.match(self.text, written):
                continue  # "Price's mother … said": the sentence's subject is the mother, not Price
            if _SENTENCE_BREAK.search(self.text, best[2], written + 1) and self._opens_sentence(written):
                return name  # the latest sentence subject, which may be ``best`` again
        return None

    def _previous_speaking_subject(self, candidates: list[tuple[int, str | None, int]], before: int) -> str | None:
        """The named person who opens the sentence right before the pronoun's and is the subject of its speech verb
        ("On Wednesday Hishammuddin Hussein, Malaysia's acting transport minister, said new satellite images had
        found objects ... // He described the sighting as “the most credible lead we have so far”"): centering
        reads "he"/"she" as the previous sentence's subject, and a subject who just spoke outranks a speaker quoted
        further back (editor row 209 credited the minister's words to an expert quoted a paragraph earlier).
        None when that sentence has no such subject, when the pronoun's own sentence names a person before it, or
        when a sentence lies between (the usual ranking then)."""
        for _, name, written in sorted(candidates, key=lambda c: -c[2]):
            if name is None or written >= before:
                continue
            breaks = len(_SENTENCE_BREAK.findall(self.text, written, before + 1))
            if breaks == 0:
                return None  # "Rubio is trying to rebound — and he's hoping": a name in the pronoun's own sentence
            if breaks > 1:
                return None  # a sentence between: the usual ranking
            if _POSSESSOR.match(self.text, written):
                continue  # "Price's mother said": the subject is the mother
            tail = _SUBJECT_TAIL.match(self.text, self._mention_end(written))
            if tail is None or tail.group(1) not in CUE_SURFACE:
                continue
            if self._opens_sentence(written) or self._opens_after_time(written):
                return name
        return None

    def _mention_end(self, start: int) -> int:
        """Where the mention written at ``start`` ends."""
        for mention in self.mentions:
            if mention.start == start:
                return mention.end
        for speaker in self.history:
            if speaker.start == start:
                return speaker.end
        return start

    def _opens_after_time(self, offset: int) -> bool:
        """The name at ``offset`` follows only a time phrase without a comma at its sentence's start ("On Wednesday
        Hishammuddin Hussein said")."""
        time = _TIME_OPENER.search(self.text, max(0, offset - 40), offset)
        return time is not None and self._opens_sentence(time.start())

    def _opens_sentence(self, offset: int) -> bool:
        """The name at ``offset`` is the first word of its sentence, where a subject stands (a name in
        an object or a possessive later in a sentence is a weaker antecedent than the one before it)."""
        lead = self.text[max(0, offset - 200) : offset].rstrip(' “"‘')
        conjunction = _OPENING_CONJUNCTION.search(lead)
        if conjunction is not None:  # "But Sen. John Cornyn (R-Texas) dismissed such concerns" (Multi-News row 112)
            lead = lead[: conjunction.start(1)].rstrip(' “"‘')
        opener = _OPENING_PHRASE.search(lead)  # "Speaking at a town hall in Salem, Trump went after Bush"
        if opener is not None and _ABBREVIATION_END.search(lead, 0, opener.start()):
            # the point before the phrase closes a title, not a sentence: "… a swipe at one Republican (presumably
            # Sen. John McCain) for admiring another Republican, Teddy Roosevelt -- …" (editor read #17, BASIL 2010:
            # Roosevelt opened no sentence, and three of Beck's quotations went to him)
            return False
        if opener is not None:
            if re.match(r"[\w.’' -]*,", self.text[offset : offset + 60]):
                return False  # "Along with her husband, Milton Berg, a money manager, she ...": an appositive
            lead = lead[: opener.start()].rstrip(' “"‘')
        if lead and not lead.endswith(("\n", ".", "!", "?", ".”", '."', "?”", "!”")):
            return False
        paragraph = self.text[self.text.rfind("\n", 0, offset) + 1 : offset]  # a name inside a quotation is not one
        return paragraph.count("“") <= paragraph.count("”") and paragraph.count('"') % 2 == 0


def titles_by_article(texts: dict[str, str], index: EntityIndex) -> dict[str, dict[str, set[str]]]:
    """For each article, the titles (role keys) it gives people and whom it gives them (canonical names)."""
    found: dict[str, dict[str, set[str]]] = {}
    for article_id, text in texts.items():
        resolver = SpeakerResolver(article_id, index)
        resolver.text = text
        people = [m for m in resolver.mentions if m.label == "PERSON"]
        for key, _, mention in titles_in(text, people):
            name = resolver._canonical(mention.text)
            if name is not None:
                found.setdefault(article_id, {}).setdefault(key, set()).add(name)
    return found


def titles_elsewhere(titles: dict[str, dict[str, set[str]]], article_id: str) -> dict[str, set[str]]:
    """The titles the story's articles other than ``article_id`` give people (``titles_by_article``)."""
    merged: dict[str, set[str]] = {}
    for other, keyed in titles.items():
        if other != article_id:
            for key, names in keyed.items():
                merged.setdefault(key, set()).update(names)
    return merged

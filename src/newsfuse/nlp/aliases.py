"""Name normalisation for merging entity mentions: titles, possessives, case, spellings, acronyms.

Pure string functions, no models: the entity stage (nlp/entities.py) decides *which* names to
merge; this module only says how two surface forms compare.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

# Titles and honorifics that precede a name and are not part of it ("Mr. Xi", "President Putin").
TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "messrs",
    "president",
    "vice",
    "prime",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "general",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "adm",
    "gov",
    "governor",
    "sen",
    "senator",
    "rep",
    "representative",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "emeritus",  # "Pope Emeritus Benedict": a title, not a first name
    "rev",
    "father",
    "chairman",
    "leader",
    "mayor",
    "councillor",
    "councilman",
    "councilwoman",
    "harbourmaster",
    "ambassador",
    # the first word of "Consul General Ajit Kumar", "Attorney General ...", "Surgeon General ..." (editor read #13,
    # stop 42, row 100: the consul general was an organisation of four words)
    "consul",
    "attorney",
    "surgeon",
    "solicitor",
    "inspector",
    "spokesman",
    "spokeswoman",
    "spokesperson",
}
# The honorifics that say a person's sex ("Mr. Conway" is not "Ms. Conway"); ``nlp.speakers`` adds titles of rank
MALE_HONORIFICS = frozenset({"mr"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss"})
# Words of an organisation name that acronyms skip ("International Criminal Court" → ICC).
ACRONYM_SKIP = {"of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "le", "&"}

# Renamed places and standard transliteration pairs the character comparison cannot see.
KNOWN_VARIANTS = {
    "kiev": "kyiv",
    "kharkov": "kharkiv",
    "odessa": "odesa",
    "lvov": "lviv",
    "nikolaev": "mykolaiv",
    "mykolayiv": "mykolaiv",
    "zaporozhye": "zaporizhzhia",
    "artemovsk": "bakhmut",
    "peking": "beijing",
    "bombay": "mumbai",
    "burma": "myanmar",
    "zelenskyy": "zelensky",
    "zelenskiy": "zelensky",
    "zelenski": "zelensky",
    # the group's name as the State Department writes it ("al-Qa'ida") and as the press does ("Al Qaeda"): editor
    # read #14, stop 43, story d2 listed the two apart
    "qa'ida": "qaeda",
    "qaida": "qaeda",
}

# A state's abbreviation as American papers write it in a dateline or after a town ("Maricopa County, Ariz."; the
# final point is cut by ``clean_surface``) -> the state: editor read #14, stop 43, story d1 listed "Ariz" as a place
# apart from "Arizona". Only forms no other word is spelled like: not "Miss", "Ill", "Mass", "Ind", "La", "Pa".
STATE_ABBREVIATIONS = {
    "Ala": "Alabama",
    "Ariz": "Arizona",
    "Ark": "Arkansas",
    "Calif": "California",
    "Colo": "Colorado",
    "Conn": "Connecticut",
    "Fla": "Florida",
    "Mich": "Michigan",
    "Minn": "Minnesota",
    "Mont": "Montana",
    "Neb": "Nebraska",
    "Nev": "Nevada",
    "Okla": "Oklahoma",
    "Tenn": "Tennessee",
    "Tex": "Texas",
    "Wis": "Wisconsin",
    "Wyo": "Wyoming",
    "N.H": "New Hampshire",
    "N.J": "New Jersey",
    "N.M": "New Mexico",
    "N.Y": "New York",
    "N.C": "North Carolina",
    "N.D": "North Dakota",
    "S.C": "South Carolina",
    "S.D": "South Dakota",
    "R.I": "Rhode Island",
    "W.Va": "West Virginia",
    # "Washington, D.C.", "the D.C. area": the city the story calls Washington (editor read #14, d3)
    "D.C": "Washington",
}

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_EDGE_JUNK = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # the same names are folded thousands of times a brief (0.75 s profiled)
def fold(text: str) -> str:
    """Lower-case ASCII fold: "Zelenskyy’s" and "zelenskyy's" compare equal after this."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace("’", "'")


# a brief asks for a few hundred distinct names thousands of times (the shared corpus: 4,496 calls, 206
# names; ~0.02 s of the serial tail's CPU, docs/speed.md stop 40): kept, as ``fold`` is
@lru_cache(maxsize=1 << 16)
def clean_surface(text: str) -> str:
    """The name as written, without possessive, edge punctuation or a leading article."""
    text = _SPACES.sub(" ", text.strip())
    text = _POSSESSIVE.sub("", text)
    text = _EDGE_JUNK.sub("", text)
    # ... and an indefinite one the tagger took with a name used as an adjective: "a Republican Party hatchet job", "a
    # White House run" gave "a Republican Party — ORG" (editor read #20, BASIL 2010 and 2015); only in lower case,
    # since "A" may open a name ("A Tribe Called Quest")
    text = re.sub(r"^(?:the|The|THE|Several|Some|Many|Both|All|a|an)\s+", "", text)
    return text.strip()


# Ranks written out, stripped from a name like a title but kept out of ``TITLES``, which also lists the
# words that end no sentence ("said the sergeant." does): "Sergeant Kim Riley" and "Sgt. Kim Riley" were two
# speakers of one brief (editor a26, multinews-153)
SPELLED_RANKS = frozenset(
    [
        "sergeant",
        "lieutenant",
        "captain",
        "colonel",
        "corporal",
        "detective",
        "trooper",
        "inspector",
        "superintendent",
        "commander",
        "sheriff",
    ]
)


@lru_cache(maxsize=1 << 16)  # as ``clean_surface``: 2,170 calls, 179 names in a brief of the shared corpus
def strip_titles(text: str) -> str:
    """ "Mr. Xi" → "Xi", "President Vladimir V. Putin" → "Vladimir V. Putin" (never to nothing)."""
    tokens = text.split()
    while len(tokens) > 1 and (fold(tokens[0]).rstrip(".") in TITLES or fold(tokens[0]) in SPELLED_RANKS):
        if len(tokens) == 2 and _POSSESSIVE.sub("", fold(tokens[1]).strip(".,")) in _INSTITUTION_WORDS:
            break  # "Justice Department", "General Motors": the title word names the institution
        tokens = tokens[1:]
    return " ".join(tokens)


# One word that, after a title word, makes the two an institution's name, not a title and a family name: "Justice
# Department" was keyed and shown as "Department" (editor read #14, stop 43, story d1: "Department — ORG, also:
# Justice Department"), "General Motors" as "Motors".
_INSTITUTION = (
    "department ministry office court committee council commission agency administration assembly motors electric "
    "mills dynamics"
)
_INSTITUTION_WORDS = frozenset(_INSTITUTION.split())


_ARABIC_ARTICLE = re.compile(r"^al-\w{2,}")
_BODY_HEADS = frozenset({"department", "ministry"})
_INITIALISM = re.compile(r"(?:[a-z]\.){1,4}[a-z]\.?")


_STREET_ABBREVIATIONS = {"st": "street", "ave": "avenue", "rd": "road", "blvd": "boulevard"}


@lru_cache(maxsize=1 << 16)  # a story's few hundred names are keyed thousands of times (``EntityIndex.resolve``)
def name_key(text: str) -> str:
    """Comparison key: folded, titles and middle initials dropped, known variants mapped."""
    tokens = [t.strip(".,") for t in fold(strip_titles(clean_surface(text))).split()]
    # the Arabic article written with a hyphen or a space is one name: "al-Qa'ida" / "Al Qaeda", "al-Assad" / "al
    # Assad" (editor read #14, stop 43, story d2). Only a name of one word: split in "Col. Riad al-Asaad", the family
    # name "asaad" met "Assad" (Bashar Assad's) and his quote went to Assad (gold tune multinews-076, stop 43)
    if len(tokens) == 1:
        tokens = [part for t in tokens for part in (("al", t[3:]) if _ARABIC_ARTICLE.match(t) else (t,))]
    # "U.S" / "US", "U.N." / "UN": an initialism is one name with or without its points (row 131
    # listed "U.S" and "US" as two entities)
    tokens = [t.replace(".", "") if _INITIALISM.fullmatch(t) else t for t in tokens if t]
    # "Department of Justice" / "Justice Department", "Ministry of Defence" / "Defence Ministry": one body written two
    # ways were two entities (editor read #21, stop 50, BASIL 2013)
    if 3 <= len(tokens) <= 5 and tokens[0] in _BODY_HEADS and tokens[1] == "of" and "of" not in tokens[2:]:
        tokens = [*tokens[2:], tokens[0]]
    if len(tokens) >= 2 and tokens[-1] in _STREET_ABBREVIATIONS:
        # "64 Perry St." and "64 Perry Street" are one address (editor read #30, Multi-News row 48); "St." opening a
        # name is a saint's ("St. Louis") and is left alone
        tokens[-1] = _STREET_ABBREVIATIONS[tokens[-1]]
    if len(tokens) > 2:  # "vladimir v. putin" → "vladimir putin"
        tokens = [tokens[0]] + [t for t in tokens[1:-1] if len(t) > 1] + [tokens[-1]]
    return " ".join(KNOWN_VARIANTS.get(t, t) for t in tokens)


_DOTTED = re.compile(r"(?:[A-Z]\.){2,4}")


def acronym_of(text: str) -> str | None:
    """Initials of a multi-word name ("International Criminal Court" → "ICC"), or None."""
    words = [w for w in re.split(r"[\s-]+", clean_surface(text)) if w]
    # an initialism inside the name gives all its letters: "U.S. Navy" is "USN", not the "UN" of "U.N." (editor read
    # #28, Multi-News row 104: the United Nations was an alias of the U.S. Navy)
    initials = [
        w.replace(".", "") if _DOTTED.fullmatch(w) else w[0]
        for w in words
        if fold(w) not in ACRONYM_SKIP and w[:1].isalpha()
    ]
    if len(initials) < 2 or not all(w[:1].isupper() or fold(w) in ACRONYM_SKIP for w in words):
        return None
    return "".join(initials).upper()


def as_acronym(text: str) -> str | None:
    """ "ICC" or "U.S." written as an acronym → "ICC"/"US"; anything else → None."""
    compact = clean_surface(text).replace(".", "").replace(" ", "")
    if 2 <= len(compact) <= 6 and compact.isalpha() and compact.isupper():
        return compact
    return None


def skeleton(key: str) -> str:
    """Consonant skeleton for transliteration variants: "vlodomyr" and "volodymyr" → "vldmr"."""
    text = key.replace("y", "i").replace("kh", "h").replace("ck", "k")
    out = text[:1]
    for ch in text[1:]:
        if ch in "aeiou":
            continue
        if out and ch == out[-1]:
            continue
        out += ch
    return out


_NUMBER_WORD = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)?|[ivx]+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"one|two|three|four|five|six|seven|eight|nine|ten)$"
)


# words that tell two things of one kind apart, by kind
_CONTRASTED = {
    **dict.fromkeys(("house", "senate", "assembly"), "chamber"),
    **dict.fromkeys(("north", "south", "east", "west", "northern", "southern", "eastern", "western"), "compass"),
    **dict.fromkeys(("upper", "lower"), "level"),
}


def similar_names(a: str, b: str, threshold: float = 85.0) -> bool:
    """Two name keys spelled alike: equal, near-equal characters, or same consonant skeleton
    with the same first letter and token count (transliteration)."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    # names that differ by a number are two things: "fifth amendment" / "first amendment" score 87 (editor read #13,
    # stop 42, BASIL 2013 merged them), "world war i" / "world war ii", "2nd district" / "3rd district"
    if any(x != y and _NUMBER_WORD.match(x) and _NUMBER_WORD.match(y) for x, y in zip(ta, tb, strict=True)):
        return False
    # names that differ by a chamber or a compass point are two things: "senate foreign relations committee" / "house
    # foreign relations committee" (editor read, stop 45, BASIL 2013 merged them), "north dakota" / "south dakota"
    if any(
        x != y and _CONTRASTED.get(x) is not None and _CONTRASTED.get(x) == _CONTRASTED.get(y)
        for x, y in zip(ta, tb, strict=True)
    ):
        return False
    # two people who share a first name are not one: the whole names "mike cernovich" and "mike
    # peinovich" score 86, their family names 78 (Multi-News row 92 merged the two men)
    if len(ta) > 1 and ta[-1] != tb[-1] and fuzz.ratio(ta[-1], tb[-1]) < threshold:
        return all(
            x[0] == y[0] and skeleton(x) == skeleton(y) and len(skeleton(x)) >= 3 for x, y in zip(ta, tb, strict=True)
        )
    if len(a) >= 5 and fuzz.ratio(a, b) >= (threshold if len(ta) > 1 else max(threshold, 90.0)):
        return True
    same_shape = all(
        x[0] == y[0] and skeleton(x) == skeleton(y) and len(skeleton(x)) >= 3 for x, y in zip(ta, tb, strict=True)
    )
    return same_shape

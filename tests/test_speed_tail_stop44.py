"""The brief's serial tail without work whose answer is known (docs/speed.md, stop 44): each shortcut checked
against the plain test it spares, on invented texts and, when ../shared is there, on the corpus's sentences."""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from newsfuse import regex_literals
from newsfuse.nlp import entities
from newsfuse.nlp.entities import EntityCluster
from newsfuse.records import AnalysedStory, Article
from newsfuse.regex_literals import could_match
from newsfuse.summarize import standalone, status, voice
from newsfuse.summarize.repeats import repeats, repeats_traits, traits

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpora" / "xi-putin-moscow-2023"

INVENTED = [
    "The council voted on Tuesday to approve the budget of $250,000.",
    "The council approved a $250,000 budget on Tuesday, the mayor said.",
    "“We will not back down,” the mayor said of the budget vote on Tuesday evening.",
    "“We will not back down,” she said, and the council voted again.",
    "Please share this story and tell us what you think.",
    "Officials declined to comment on the report.",
    "The spokesman did not respond to a request for comment.",
    "Indeed, the plan is simply doomed, and frankly everyone knows it.",
    "There's no question that the key to her success is patience.",
    "What the fuck is going on, and who the shit decided this?",
    "She plans to use another federal program to have her...",
    "Why the crew tried to land in such weather . . .",
    "He said the talks would continue…",
    "“We will see ...” he said.",
    "Ironically, İNDEED the Kelvin sign \u212a and the long ſ fold to ASCII letters.",
    "Mr. Erdoğan met ERDOĞAN's aides in Ankara; 10% of them stayed.",
    "Sign up for our newsletter to get the news first.",
    "Let's consult the dictionary first, then the law.",
    "",
    "...",
    "Ten percent of 10% is 1 percent.",
]


def _corpus_sentences() -> list[str]:
    if not CORPUS.is_dir():
        return []
    found: list[str] = []
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file():
            text = path.read_text(errors="replace")
            found += [t for t in re.split(r"(?<=[.!?…])\s+|\n+", text) if t.strip()]
    return found


def _texts() -> list[str]:
    return INVENTED + _corpus_sentences()


def test_repeats_read_from_traits_is_repeats() -> None:
    texts = _texts()
    rng = random.Random(44)
    pairs = list(itertools.combinations(INVENTED, 2)) + [(rng.choice(texts), rng.choice(texts)) for _ in range(3000)]
    near = [(a, a.replace("Tuesday", "Monday")) for a in texts[:200]]  # pairs that share most words
    for a, b in pairs + near:
        assert repeats_traits(traits(a), traits(b)) == repeats(a, b), (a, b)
        assert repeats_traits(traits(b), traits(a)) == repeats(a, b), (a, b)
    assert any(repeats(a, b) for a, b in near)


@pytest.mark.parametrize(
    "pattern", [status._APPEAL, status._NO_NEWS, voice._STANCE, voice._PUNDIT, voice._PROFANE], ids=str
)
def test_could_match_is_never_false_where_the_pattern_matches(pattern: re.Pattern[str]) -> None:
    texts = _texts()
    skipped = 0
    for text in texts + [t.upper() for t in texts] + [t.swapcase() for t in texts]:
        if not could_match(pattern, text):
            skipped += 1
            assert pattern.search(text) is None, text
    assert skipped > 0  # the test spares searches: plain prose holds none of the strings


def test_could_match_folds_the_characters_re_matches_to_ascii_letters() -> None:
    """İ, ı, ſ and the Kelvin sign match ASCII letters under ``re.IGNORECASE``: a text written with them is
    searched, as ``regex_literals.fold`` says."""
    pattern = re.compile(r"\b(?:sky|insist)\b", re.IGNORECASE)
    for text in ["the S\u212aY", "İNSIST", "ınsıst", "inſiſt"]:
        assert pattern.search(text) is not None
        assert could_match(pattern, text)
    assert not could_match(pattern, "the sea and the land")


def test_reporting_only_and_appeal_answer_as_the_plain_searches() -> None:
    for text in _texts():
        assert status.appeal(text) == bool(status._APPEAL.search(text)), text
        plain = status._NO_NEWS.match(text.strip())
        if not plain:
            assert not status.reporting_only(text), text
    assert status.reporting_only("Officials declined to comment.")


def test_an_opinion_pieces_counts_are_the_plain_counts() -> None:
    texts = _texts()
    for pattern in (voice._STANCE, voice._PUNDIT, voice._PROFANE):
        for start in range(0, len(texts), 7):
            pieces = texts[start : start + 7]
            whole = " ".join(pieces)
            expected = sum(1 for t in pieces if pattern.search(t))
            assert voice._count_matching(pattern, whole, pieces) == expected, pieces


def test_cut_off_reads_the_ellipsis_at_the_end_first() -> None:
    endings = ["", ".", "..", "...", ". . .", ".\t.\n.", "…", "... ", ".  . .", "a...", "the…", "the ...", ".. ."]
    texts = [t + e for t in [*_texts()[:300], "She plans to use the", "It is a question of"] for e in endings]
    for text in texts:
        stripped = text.strip()
        assert standalone._cut_off(stripped) == bool(standalone._CUT_OFF.search(stripped)), text
    assert standalone.cut_off("She plans to use another federal program to have her...")
    assert not standalone.cut_off("She plans to use another federal program.")


def _width(pattern: re.Pattern[str]) -> int:
    """The most characters a match of ``pattern`` takes before its trailing ``\\s+$``."""
    from re import _parser

    source = pattern.pattern
    assert source.endswith(r"\s+$")
    return int(_parser.parse(source.removesuffix(r"\s+$")).getwidth()[1])


@pytest.mark.parametrize("pattern", [entities._PERSON_TITLE_BEFORE, entities._PERSON_NOUN_BEFORE], ids=str)
def test_a_search_started_near_the_end_finds_what_the_search_finds(pattern: re.Pattern[str]) -> None:
    assert _width(pattern) <= entities._BEFORE_WIDTH  # a longer alternative must raise the bound
    words = ["President", "Det.", "prankster", "businesswoman", "the", "co-star", "xactor", "Ambassador", "said"]
    spaces = ["", " ", "  ", "\n", " \t ", "\u00a0"]
    befores = [f"{a}{s}{b}{t}" for a in ["", "Then ", "re-"] for s in spaces for b in words for t in spaces]
    befores += [t + " " for t in _texts()[:400]]
    for before in befores:
        expected = pattern.search(before)
        found = entities._search_end(pattern, before)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), before


def test_the_kin_noun_before_a_name_needs_a_comma_at_the_end() -> None:
    for before in ["his wife, ", "The band's publicist ,  ", "his wife ", "wife,", "the spokesman, Mr. ", ""]:
        if not before.rstrip().endswith(","):
            assert entities._KIN_OR_AIDE_BEFORE.search(before) is None, before
    assert entities._KIN_OR_AIDE_BEFORE.search("his wife, ")


def _case_insensitive_pass_searching_every_article(story: AnalysedStory, clusters: list[EntityCluster]) -> None:
    """``entities._case_insensitive_pass`` as it was: every article searched for every cluster."""
    for cluster in clusters:
        if not (cluster.type in ("PERSON", "GPE", "NORP") or any(entities.as_acronym(s) for s in cluster.surfaces)):
            short = entities.acronym_of(cluster.name)
            if short is not None and len(short) >= 3:
                for article in story.articles:
                    hits = len(re.findall(rf"\b{short}\b", article.text))
                    if hits:
                        cluster.surfaces[short] += hits
                        cluster.sources.add(article.id)
        cluster.name = entities.canonical_name(cluster.surfaces)
    for cluster in clusters:
        if cluster.type not in ("PERSON", "GPE"):
            continue
        forms = {entities.clean_surface(entities.strip_titles(s)) for s in cluster.surfaces}
        forms |= {
            entities._VARIANT_SPELLING[entities.fold(f)]
            for f in forms
            if entities.fold(f) in entities._VARIANT_SPELLING
        }
        forms = {f for f in forms if len(f) >= 4 and entities.as_acronym(f) is None}
        if not forms:
            continue
        pattern = re.compile(
            r"\b(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b", re.I
        )
        known = {entities.clean_surface(entities.strip_titles(s)) for s in cluster.surfaces}
        for article in story.articles:
            for match in pattern.finditer(article.text):
                if cluster.type == "PERSON" and " " not in match.group(1) and match.group(1).islower():
                    continue  # a person's one-word form in lower case is a common word (stop 49)
                cluster.sources.add(article.id)
                if match.group(1) not in known:
                    cluster.surfaces[match.group(1)] += 1
        cluster.name = entities.canonical_name(cluster.surfaces)


def _clusters() -> list[EntityCluster]:
    return [
        EntityCluster("Erdoğan", "PERSON", Counter({"Erdoğan": 2}), {"S1"}),
        EntityCluster("Maren Holt", "PERSON", Counter({"Maren Holt": 1, "Holt": 2}), {"S1"}),
        EntityCluster("Kiev", "GPE", Counter({"Kiev": 1}), {"S2"}),
        EntityCluster(
            "Internationale Militär Tribunal", "ORG", Counter({"Internationale Militär Tribunal": 1}), {"S1"}
        ),
        EntityCluster("Lake Tessel", "LOC", Counter({"Lake Tessel": 1}), {"S3"}),
    ]


def test_the_case_insensitive_pass_skips_only_articles_without_a_match() -> None:
    paragraphs = [
        ["Mr. Erdoğan met Maren Holt in Kiev.", "The Internationale Militär Tribunal (IMT) sat."],
        ["ERDOĞAN and HOLT spoke in KYIV; the IMT did not."],
        ["Nothing here names anyone at Lake Tessel."],
        ["holt, erdoğan, kyiv and imt in lower case; İstanbul."],
    ]
    articles = [Article(f"S{k + 1}", f"{k}.txt", None, None, None, None, p) for k, p in enumerate(paragraphs)]
    story = AnalysedStory(articles=articles, sentences=[], mentions=[])
    expected, found = _clusters(), _clusters()
    _case_insensitive_pass_searching_every_article(story, expected)
    entities._case_insensitive_pass(story, found)
    for a, b in zip(expected, found, strict=True):
        assert (a.name, list(a.surfaces.items()), a.sources) == (b.name, list(b.surfaces.items()), b.sources)
    # S4's "holt, erdoğan" in lower case are common words since stop 49 (a person's one-word form); "kyiv" still counts
    assert found[0].sources == {"S1", "S2"} and found[1].sources == {"S1", "S2"} and "S4" in found[2].sources
    assert regex_literals.needed(re.compile(r"\b(Maren Holt|Holt)\b", re.I)) is not None  # the skip is used


def test_searchable_keeps_every_character_a_needed_string_may_hold() -> None:
    """Every character lowers to one character, and to ``fold``'s wherever ``fold`` gives one a needed string
    may hold (ASCII, or without case), but the three ``searchable`` leaves to ``fold``."""
    import _sre

    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if char in regex_literals._LOWER_DIFFERS:
            assert regex_literals.searchable(f"x{char}") == regex_literals.fold(f"x{char}")
            continue
        folded = regex_literals.fold(char)
        lowered = regex_literals.searchable(f"\u00e9{char}")[1:]  # not ASCII: the lower-case path
        assert len(lowered) == 1, hex(code)
        if ord(folded) < 128 or not _sre.unicode_iscased(ord(folded)):
            assert lowered == folded, hex(code)
    text = "Der Präsident İsmail sagte ſo"
    assert regex_literals.searchable(text) == regex_literals.fold(text)

"""The serial tail of a brief (who_said_what, align, summarize) without its repeated work (docs/speed.md, stop 35):
the quotation scanners visit the marks only, the pair loop of entity merging reads each label once, and the
pure per-string helpers keep their results. Each is checked against the behaviour it replaces."""

from __future__ import annotations

import itertools
import random

import pytest

from newsfuse.align import facts, same_fact
from newsfuse.align.units import quoted_part
from newsfuse.nlp import aliases, entities
from newsfuse.nlp.quoted import _quote_state, closes_single


def _quote_state_by_character(text: str, open_: bool) -> tuple[bool, list[str]]:
    """The scanner as it was, one character at a time: the reference the mark-by-mark one must equal."""
    spans: list[str] = []
    current: list[str] = []
    single: bool | None = None
    nested = False  # stop 52: a single-marked quotation inside the open one
    text = text.replace("''", "”")
    for k, ch in enumerate(text):
        opens = (
            k + 1 < len(text)
            and (text[k + 1].isalnum() or text[k + 1] in "'‘")
            and (k == 0 or not text[k - 1].isalnum())
        )
        misturned = ch == "“" and open_ and bool(text[:k].strip())
        # single marks (stop 51): ‘ opens after a space, a bracket, a colon or a dash; ’ closes (``closes_single``)
        if ch == "‘" and not open_ and opens and (k == 0 or text[k - 1] in " \t\n([:—–-"):
            open_, single, current = True, True, []
        elif ch == "‘" and open_ and opens and (k == 0 or text[k - 1] in " \t\n([:—–-"):
            nested = True
            current.append(ch)
        elif ch == "’" and nested and closes_single(text, k):
            nested = False
            current.append(ch)
        elif ch == "’" and open_ and single is not False and closes_single(text, k):
            open_ = False
            spans.append("".join(current))
            current = []
        elif ch in "‘’":
            if open_:
                current.append(ch)
        elif (ch == "“" and not misturned) or (ch == '"' and not open_ and opens):
            open_, single = True, False
            current = []
        elif (ch in '”"' or misturned) and open_:
            open_ = nested = False
            spans.append("".join(current))
            current = []
        elif open_:
            current.append(ch)
    if open_ and current:
        spans.append("".join(current))
    return open_, spans


def _quoted_part_by_character(text: str) -> str:
    parts: list[str] = []
    start: int | None = None
    seen = False
    for k, ch in enumerate(text):
        if ch not in "“„«" and ch not in "”»" and ch != '"':
            continue
        before = text[k - 1] if k else " "
        after = text[k + 1] if k + 1 < len(text) else " "
        opening = ch in "“„«" or (ch == '"' and start is None and not after.isspace() and not before.isalnum())
        if start is None and opening:
            start = k + 1
        elif start is not None and not opening:
            parts.append(text[start:k])
            start = None
        elif start is None and not seen and not before.isdigit():
            parts.append(text[:k])
        seen = True
    if start is not None:
        parts.append(text[start:])
    return " ".join(parts)


_SENTENCES = [
    "The ferry to Harlow Point runs again, the council said.",
    "“We rebuilt the pier in six weeks,” said Mara Quint. “Nobody thought we could.",
    'Rowan Pell called it "a small miracle" and "overdue."',
    "“The tide tables were wrong” He stated.",
    "It was an accident,'' she said, pointing at the 5\" gap.",
    "« Nous reviendrons », a dit l'adjoint, „bald“ meinte der andere.",
    '"',
    "“",
    "",
]


def _mixed_texts(count: int) -> list[str]:
    rng = random.Random(35)
    alphabet = ["a", "B", "7", " ", " ", "“", "”", '"', "'", "‘", "’", "„", "«", "»", ".", ":", "\n"]
    return _SENTENCES + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) for _ in range(count)]


@pytest.mark.parametrize("open_", [False, True])
def test_the_quotation_state_read_mark_by_mark_equals_the_character_scan(open_: bool) -> None:
    for text in _mixed_texts(20_000):
        assert _quote_state(text, open_) == _quote_state_by_character(text, open_), repr(text)


def test_the_quoted_part_read_mark_by_mark_equals_the_character_scan() -> None:
    for text in _mixed_texts(20_000):
        assert quoted_part(text) == _quoted_part_by_character(text), repr(text)


def test_similar_names_read_each_label_once_and_merge_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    groups = entities._Groups()
    names = [
        ("volodymyr pell", "PERSON"),
        ("vlodomyr pell", "PERSON"),
        ("harlow point", "GPE"),
        ("harlowe point", "GPE"),
        ("quint ferries", "ORG"),
        ("mara quint", "PERSON"),
        ("tessel", "GPE"),
        ("tessell", "GPE"),
    ]
    for k, (key, label) in enumerate(names):
        groups.add(key, key.title(), label, f"S{k % 3 + 1}")
    reads: list[str] = []
    label_of = entities._Groups.label_of

    def counted(self: entities._Groups, key: str) -> str:
        reads.append(key)
        return label_of(self, key)

    monkeypatch.setattr(entities._Groups, "label_of", counted)
    keys = [key for key, _ in names]
    entities._merge_similar(keys, groups)
    assert sorted(reads) == sorted(keys)  # once per key, not once per pair
    joined = {frozenset(k for k in keys if groups.find(k) == root) for root in {groups.find(k) for k in keys}}
    assert frozenset({"volodymyr pell", "vlodomyr pell"}) in joined
    assert frozenset({"harlow point", "harlowe point"}) in joined
    assert all(len(group & {"mara quint", "quint ferries"}) < 2 for group in joined)  # a person and a company


def test_pure_string_helpers_keep_their_results() -> None:
    for helper in (aliases.name_key, same_fact.stem, facts._text_cues):
        helper.cache_clear()  # type: ignore[attr-defined]
    for _ in range(3):
        assert aliases.name_key("President Rowan T. Pell's") == "rowan pell"
        assert same_fact.stem("Rebuilding") == "rebuild"
        decision, event, clear = facts._text_cues("The council approved the new ferry timetable on Monday.")
        assert isinstance(decision, bool) and isinstance(event, bool) and 0.0 <= clear <= 1.0
    for helper in (aliases.name_key, same_fact.stem, facts._text_cues):
        info = helper.cache_info()  # type: ignore[attr-defined]
        assert (info.hits, info.misses) == (2, 1)


def test_importance_reads_the_same_cues_as_before() -> None:
    text = "The council approved a $4 million repair of the pier after the storm, officials said."
    for named, independent, sources, centrality in itertools.product((False, True), (0, 2), (1, 3), (-0.2, 0.6)):
        expected = (
            facts.WEIGHTS["decision"] * bool(facts._DECISION.search(text))
            + facts.WEIGHTS["event"] * bool(facts._EVENT.search(text))
            + facts.WEIGHTS["figure"] * 1
            + facts.WEIGHTS["actor"] * named
            + facts.WEIGHTS["support"] * independent / max(1, sources)
            + facts.WEIGHTS["centrality"] * max(0.0, centrality)
        )
        expected = round(expected * (0.25 + 0.75 * facts.clarity(text)), 4)
        quantities = [object()]  # only its presence is read
        assert facts.importance(text, quantities, named, independent, sources, centrality) == expected  # type: ignore[arg-type]


class _WordsBeforeNotRead:
    """A parse whose words before a token must not be read (``_idiom`` on any word but "said" / "say")."""

    def __len__(self) -> int:
        return 3

    def __getitem__(self, index: object) -> object:
        raise AssertionError(f"read the parse at {index!r}")


class _Word:
    def __init__(self, lower: str, i: int) -> None:
        self.lower_ = lower
        self.i = i


def test_the_writers_idiom_reads_the_words_before_said_or_say_only() -> None:
    from newsfuse.nlp.syntax_speech import _idiom

    for word in ("ferry", "told", "says", "sayings"):
        assert _idiom(_WordsBeforeNotRead(), _Word(word, 2)) is False  # type: ignore[arg-type]


def test_quote_spans_are_read_from_the_marks_and_apostrophes_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse.nlp import quotes

    text = (
        "“We rebuilt the pier in six weeks,” said Mara Quint. “It was an accident,'' she added.\n\n"
        "Rowan Pell called the repair ‘overdue’ and the council’s plan “a small miracle."
    )
    asked: list[int] = []
    pair = quotes._apostrophe_pair

    def counted(paragraph: str, offset: int) -> bool:
        asked.append(offset)
        return pair(paragraph, offset)

    monkeypatch.setattr(quotes, "_apostrophe_pair", counted)
    spans = quotes.find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "We rebuilt the pier in six weeks,",
        "It was an accident,",
        "a small miracle.",  # single marks are no quotation in a paragraph with double ones
    ]
    marks = sum(text.count(ch) for ch in "“”\"'‘’«»„")
    assert len(asked) == marks - 1  # the second apostrophe of the pair is skipped; no other character is read

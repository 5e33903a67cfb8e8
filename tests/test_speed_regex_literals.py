"""Strings a pattern cannot match without (``newsfuse.regex_literals``), and the cleaner's line rules
skipping a search when a line holds none of them (``clean.rules.classify_line``): exact, checked
against ``re`` itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfuse import regex_cache
from newsfuse.clean import rules
from newsfuse.regex_literals import fold, needed

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _plain_classify(line: str) -> str | None:
    """``classify_line`` as it was: every rule searched."""
    words = len(line.split())
    for rule in rules.LINE_RULES:
        if words <= rule.max_words and rule.pattern.search(line):
            return rule.reason
    return None


def _needs(pattern: str, flags: int = re.IGNORECASE) -> tuple[str, ...] | None:
    return needed(re.compile(pattern, flags))


@pytest.mark.slow
def test_fold_agrees_with_re_ignorecase_on_every_character() -> None:
    """Every character ``re.IGNORECASE`` lets match an ASCII character folds to that character (lower
    case); the rest of Unicode that is not such a character is left alone."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    folded = fold(everything)
    assert len(folded) == len(everything)
    matched_ascii: set[int] = set()
    for code in range(128):
        char = chr(code)
        found = {m.start() for m in re.finditer(re.escape(char), everything, re.IGNORECASE)}
        assert {folded[i] for i in found} == {char.lower()}, char
        matched_ascii.update(found)
    changed = {i for i, (a, b) in enumerate(zip(everything, folded, strict=True)) if a != b}
    assert changed <= matched_ascii


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bsubscribe (now|today)\b", ("subscribe ",)),
        (r"foo|bar", ("foo", "bar")),
        (r"foo|\w+", None),  # one branch needs nothing
        (r"(?:the )?newsletter", ("newsletter",)),  # an optional group gives nothing, the rest does
        (r"(ab)+c", ("ab",)),  # a repeat of at least one
        (r"(ab)*c", ("c",)),  # ... of none gives nothing
        (r"(?=photo)\w+", None),  # a look-ahead is no condition
        (r"(?-i:Getty) Images", (" images",)),  # case-sensitive parts fold too
        (r"©\s*\d{4}", ("©",)),  # a character without case is kept
        (r"Élysée palace", ("e palace",)),  # a cased one outside ASCII ends a run
        (r"(?P<c>\(x\))\s*(?P=c)", ("(x)",)),
    ],
)
def test_needed_strings(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert _needs(pattern) == expected


def _lines() -> Iterator[str]:
    """Lines to classify: invented ones with the characters ``re`` folds, and the shared corpus's when present."""
    yield from [
        "ſubscribe now",  # long s: matches "subscribe" case-insensitively
        "SUBSCRIBE TODAY",
        "Sign up for our newsletter",
        "Photo: Getty Images",
        "Copyright © 2023 Example Media. All rights reserved.",
        "The council met on Tuesday and voted on the budget.",
        "Write to Ada Brant at ada.brant@example.com",
        "— KELVIN SIGN \u212a reading",
        "İn this photo taken Monday, the mayor speaks.",
        "***",
        "",
    ]
    corpus = SHARED / "corpora" / "xi-putin-moscow-2023"
    if corpus.is_dir():
        for path in sorted(corpus.rglob("*")):
            if path.is_file():
                yield from path.read_text(errors="replace").splitlines()


def test_classify_line_is_the_plain_search() -> None:
    for line in _lines():
        assert rules.classify_line(line) == _plain_classify(line), line


def test_a_rule_whose_strings_are_absent_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test is used: a line of plain prose runs none of the searches whose strings it lacks."""
    searched: list[str] = []
    wrapped = []
    for rule in rules.LINE_RULES:
        needs = rules._needed(rule.pattern)
        pattern = _CountingPattern(rule.pattern, searched)
        wrapped.append(rules.LineRule(rule.reason, pattern, rule.max_words))  # type: ignore[arg-type]
        rules._NEEDS[pattern] = needs  # type: ignore[index]
    monkeypatch.setattr(rules, "LINE_RULES", wrapped)
    assert rules.classify_line("The council met on Tuesday and voted on the budget.") is None
    plain = [r for r in wrapped if rules._needed(r.pattern) is None]
    assert 0 < len(searched) <= len(plain) + 2
    assert rules.classify_line("Sign up for our newsletter") == "boilerplate"


class _CountingPattern:
    def __init__(self, pattern: re.Pattern[str], searched: list[str]) -> None:
        self.pattern_ = pattern
        self.searched = searched
        self.pattern = pattern.pattern
        self.flags = pattern.flags

    def search(self, line: str) -> re.Match[str] | None:
        self.searched.append(line)
        return self.pattern_.search(line)

    def __hash__(self) -> int:
        return id(self)


def test_the_strings_are_kept_in_the_table(tmp_path: Path) -> None:
    """An install records each rule's strings with the compiled patterns; the command reads them back
    instead of parsing the patterns again, and a damaged entry is computed afresh."""
    path = tmp_path / "regex.marshal"
    pattern = rules.LINE_RULES[0].pattern
    regex_cache.record()
    try:
        recorded = regex_cache.needed_strings(pattern)
        regex_cache.save(path)
    finally:
        regex_cache.uninstall()
    assert recorded == needed(pattern) and recorded
    try:
        regex_cache.install(path)
        key = f"{pattern.flags}:{pattern.pattern}"
        assert regex_cache._needed[key] == recorded
        assert regex_cache.needed_strings(pattern) == recorded
        regex_cache._needed[key] = ("",)  # damaged: computed again
        assert regex_cache.needed_strings(pattern) == recorded
    finally:
        regex_cache.uninstall()


@pytest.mark.slow
def test_classify_line_is_the_plain_search_on_the_extraction_pages() -> None:
    """Every line the cleaner classifies in the extraction benchmark's pages (~4,500) gets the reason the
    plain search gives."""
    pages = SHARED / "bench" / "article-extraction" / "html"
    if not pages.is_dir():
        pytest.skip("../shared/bench/article-extraction is not here")
    from newsfuse.clean import cleaner
    from newsfuse.ingest.inputs import read_documents
    from newsfuse.options import Options

    seen: list[str] = []
    real = cleaner.classify_line

    def record(line: str) -> str | None:
        seen.append(line)
        return real(line)

    cleaner.classify_line = record  # type: ignore[assignment]
    try:
        documents, _ = read_documents([pages], Options())
        cleaner.clean_documents(documents, languages=False)
    finally:
        cleaner.classify_line = real  # type: ignore[assignment]
    assert len(seen) > 1000
    assert [rules.classify_line(line) for line in seen] == [_plain_classify(line) for line in seen]

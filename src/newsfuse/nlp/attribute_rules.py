"""The attribute ruler's matches found by table look-up instead of spaCy's ``Matcher``.

The packaged pipeline's ``attribute_ruler`` maps each fine-grained tag to its part of speech and
morphology, and fixes a few words: 179 rules, 171 of one token and 8 of two, over ``TAG``,
``LOWER``, ``DEP`` and ``IS_SPACE``, with ``IN``, ``NOT_IN`` and ``REGEX``. spaCy finds the rules
that apply with its general ``Matcher``, whose predicate checks cost ~20 µs a token, and builds a
``Span`` per match to apply them: 0.09-0.10 s CPU of the parse of the 147 sentences a brief of the
shared corpus parses (``Models.parse``, in the main thread). Here the rules are indexed by the tag,
word and ``IS_SPACE`` of their first token (what a (tag, word, space) triple leaves to check is kept
per triple), and the matches come out as ``AttributeRuler.match`` gives them, sorted by rule so that
later rules win; they are applied in that order by spaCy's ``set_token_attrs``. 0.03-0.04 s for
those 147 sentences. A pipeline whose rules use anything else (another attribute, an operator, a
quantifier) keeps spaCy's matcher.

Exactness: the match lists, and every token's tag, part of speech, morphology, lemma, dependency and
head, equal spaCy's on 6,000 paragraphs and sentences of the bench sets and the shared corpus
(136,407 tokens: docs/speed.md, stop 23), and on the invented sentences of
tests/test_speed_attribute_rules.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

Match = tuple[int, int, int, int]  # (rule, rule's matcher key, start, end): ``AttributeRuler.match``


_SEEN_LIMIT = 200_000  # (tag, word) pairs whose candidate rules are kept
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the order of ``Doc.to_array``'s columns below
_DEP = _COLUMNS.index("DEP")


def _spec_check(spec: dict[str, Any]) -> list[tuple[str, str, Any]] | None:
    """(attribute, operator, value) of each predicate of one token's spec; None if unsupported."""
    checks: list[tuple[str, str, Any]] = []
    for attr, value in spec.items():
        if attr not in _COLUMNS:
            return None
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN", "REGEX") or attr == "IS_SPACE":
                return None
            op, values = next(iter(value.items()))
            if op == "REGEX" and isinstance(values, str):
                checks.append((attr, op, re.compile(values)))  # the matcher's ``search``
            elif op != "REGEX" and all(isinstance(v, str) for v in values):
                checks.append((attr, op, frozenset(values)))
            else:
                return None
        elif isinstance(value, bool) == (attr == "IS_SPACE") and isinstance(value, (str, bool)):
            checks.append((attr, "==", value))
        else:
            return None
    return checks


class _Rule:
    """One pattern of a rule, its predicates on string ids (as the matcher compares them)."""

    __slots__ = ("checks", "key", "number", "simple", "size")

    def __init__(self, number: int, key: int, checks: list[list[tuple[int, str, Any]]], simple: bool) -> None:
        self.number = number
        self.key = key
        self.checks = checks  # per token of the pattern: (column, operator, value)
        self.size = len(checks)
        self.simple = simple  # one token, and its index entry is all it asks


class RuleTable:
    """The rules of one ``AttributeRuler``, indexed by the tag and/or word their first token asks for."""

    def __init__(self, rules: list[tuple[int, int, list[list[tuple[str, str, Any]]]]], strings: Any) -> None:
        self.strings = strings
        self.by_tag: dict[int, list[_Rule]] = {}
        self.by_tag_word: dict[tuple[int, int], list[_Rule]] = {}
        self.by_word: dict[int, list[_Rule]] = {}
        self.other: list[_Rule] = []
        self._seen: dict[tuple[int, int, int], tuple[list[_Rule], list[_Rule]]] = {}  # by (tag, word, space)
        self.needs_dep = False
        for number, key, token_checks in rules:
            ids = [[self._ids(attr, op, value) for attr, op, value in token] for token in token_checks]
            first = {attr: value for attr, op, value in token_checks[0] if op == "=="}
            tag, word = first.get("TAG"), first.get("LOWER")
            indexed = {"TAG"} if word is None else {"LOWER"} if tag is None else {"TAG", "LOWER"}
            asked = {attr for attr, _, _ in token_checks[0]}
            simple = len(ids) == 1 and asked == indexed and len(ids[0]) == len(indexed)
            rule = _Rule(number, key, ids, simple)
            if tag is not None and word is not None:
                self.by_tag_word.setdefault((strings[tag], strings[word]), []).append(rule)
            elif tag is not None:
                self.by_tag.setdefault(strings[tag], []).append(rule)
            elif word is not None:
                self.by_word.setdefault(strings[word], []).append(rule)
            else:
                rule.simple = False
                self.other.append(rule)
            self.needs_dep |= any(attr == "DEP" for token in token_checks for attr, _, _ in token)

    def _ids(self, attr: str, op: str, value: Any) -> tuple[int, str, Any]:
        column = _COLUMNS.index(attr)
        if op == "==":
            return column, op, int(value) if attr == "IS_SPACE" else self.strings[value]
        if op == "REGEX":
            return column, op, value
        return column, op, frozenset(self.strings[v] for v in value)

    def _holds(self, checks: list[tuple[int, str, Any]], row: list[int]) -> bool:
        for column, op, value in checks:
            got = row[column]
            if op == "==":
                if got != value:
                    return False
            elif op == "REGEX":
                if not value.search(self.strings[got]):
                    return False
            elif (got in value) != (op == "IN"):
                return False
        return True

    def _candidates(self, tag: int, word: int, space: int) -> tuple[list[_Rule], list[_Rule]]:
        """(rules that match a token of this tag, word and ``IS_SPACE`` outright, rules to check
        further there: their predicates on those of the first token, which hold, taken out)."""
        found = self._seen.get((tag, word, space))
        if found is None:
            simple: list[_Rule] = []
            checked: list[_Rule] = []
            for rule in (
                *self.by_tag.get(tag, ()),
                *self.by_tag_word.get((tag, word), ()),
                *self.by_word.get(word, ()),
                *self.other,
            ):
                if rule.simple:
                    simple.append(rule)
                    continue
                first = [c for c in rule.checks[0] if c[0] != _DEP]
                if not self._holds(first, [tag, word, 0, space]):
                    continue
                rest = [[c for c in rule.checks[0] if c[0] == _DEP], *rule.checks[1:]]
                if rule.size == 1 and not rest[0]:
                    simple.append(rule)
                else:
                    checked.append(_Rule(rule.number, rule.key, rest, False))
            found = (simple, checked)
            if len(self._seen) >= _SEEN_LIMIT:
                self._seen.clear()
            self._seen[(tag, word, space)] = found
        return found

    def match(self, doc: Doc) -> list[Match]:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        length = len(rows)
        found: set[Match] = set()
        for start, row in enumerate(rows):
            simple, checked = self._candidates(row[0], row[1], row[3])
            for rule in simple:
                found.add((rule.number, rule.key, start, start + 1))
            for rule in checked:
                end = start + rule.size
                if end <= length and all(self._holds(c, rows[start + k]) for k, c in enumerate(rule.checks)):
                    found.add((rule.number, rule.key, start, end))
        return sorted(found)


def rule_table(ruler: Any) -> RuleTable | None:
    """The table of ``ruler`` (spaCy's ``AttributeRuler``), or None when a rule is beyond it."""
    rules = []
    for number, entry in enumerate(ruler.patterns):
        key = ruler.vocab.strings[str(number)]
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                return None
            checks = [_spec_check(spec) for spec in pattern]
            if any(c is None for c in checks):
                return None
            rules.append((number, key, [c for c in checks if c is not None]))
    return RuleTable(rules, ruler.vocab.strings)


def use_rule_table(nlp: Any) -> bool:
    """Let the pipeline's ``attribute_ruler`` find its matches with ``RuleTable`` and apply them
    without building a ``Span`` per match (attributes of that component only: the class and other
    pipelines are untouched). False if it cannot."""
    if "attribute_ruler" not in nlp.component_names:
        return False
    from spacy.tokens._retokenize import set_token_attrs

    ruler = nlp.get_pipe("attribute_ruler")
    table = rule_table(ruler)
    if table is None:
        return False
    spacy_match, spacy_set = ruler.match, ruler.set_annotations

    def match(doc: Doc) -> list[Match]:
        if table.needs_dep and not doc.has_annotation("DEP"):
            return spacy_match(doc)  # the matcher's rules for missing annotations, as before
        return table.match(doc)

    def set_annotations(doc: Doc, matches: list[Match]) -> None:
        """``AttributeRuler.set_annotations``: the attributes of each rule, in the order of the
        matches, on the token at the rule's index in the matched span."""
        for number, _, start, end in matches:
            index = ruler.indices[number]
            at = end + index if index < 0 else start + index
            if not start <= at < end:
                spacy_set(doc, matches)  # raises spaCy's error for a bad index
                return
            set_token_attrs(doc[at], ruler.attrs[number])

    ruler.match = match
    ruler.set_annotations = set_annotations
    return True

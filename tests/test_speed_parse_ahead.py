"""A cold brief reads its cue sentences' reported speech beside the encoder (stop 32): ``pipeline.parse_ahead``
parses them and reads each parse's findings (``syntax_speech.reported_in``), which are kept per parse, so
attribution on the serial stretch after the encoder finds them read. Invented sentences."""

from __future__ import annotations

import pytest

from newsfuse.nlp import syntax_speech
from newsfuse.nlp.syntax_speech import findings_in, reported_in
from newsfuse.pipeline import parse_ahead
from newsfuse.records import Sentence

TEXTS = [
    "Harbour master Mara Lind said that the pier would reopen in May.",
    "Officials said they believed the ferry was safe.",
    "The pier is long.",  # no cue word: not parsed
]


def _sentences() -> list[Sentence]:
    found, at = [], 0
    for k, text in enumerate(TEXTS):
        found.append(Sentence("S1", k, k, text, at, at + len(text)))
        at += len(text) + 2
    return found


def test_parse_ahead_reads_the_reported_speech_attribution_will_ask_for(fast_models, monkeypatch) -> None:
    parse_ahead(_sentences(), fast_models)
    docs = fast_models.parse(TEXTS[:2])

    def not_again(doc):  # attribution must not read the rules again
        raise AssertionError("findings read twice")

    monkeypatch.setattr(syntax_speech, "findings_in", not_again)
    assert all(reported_in(d) for d in docs)
    assert all(d in syntax_speech._READ for d in docs)


def test_kept_findings_are_those_read_afresh_and_a_new_keep_model_reads_again(fast_models) -> None:
    doc = fast_models.parse([TEXTS[1]])[0]
    first = reported_in(doc)
    assert reported_in(doc) == first
    assert reported_in(doc) is not reported_in(doc)  # a caller may change its list
    model = syntax_speech.keep_model()
    assert first == syntax_speech._reported_in(doc, float(model["threshold"]))
    syntax_speech.keep_model.cache_clear()
    try:
        syntax_speech._READ[doc] = ({"threshold": 0.0}, ())  # read with another model: not this one's
        assert reported_in(doc) == first
        assert len(findings_in(doc)) >= len(first)
    finally:
        syntax_speech.keep_model.cache_clear()


@pytest.mark.parametrize("text", TEXTS[:2])
def test_the_kept_read_is_the_rules_read(fast_models, text: str) -> None:
    doc = fast_models.parse([text])[0]
    threshold = float(syntax_speech.keep_model()["threshold"])
    assert reported_in(doc) == syntax_speech._reported_in(doc, threshold)

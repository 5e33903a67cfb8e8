"""Which reported-speech findings are kept (``syntax_speech.kept``, stop 26): a logistic regression over
what the parse says of each finding, fitted on PolNeAR train (``bench.polnear_keep``). Invented sentences."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from bench.polnear_keep import Counts, Row, dropped_at, f1_without, fit

from newsfuse.nlp.syntax_speech import finding_features, findings_in, keep_model, kept, reported_in


@pytest.fixture()
def findings(models):
    """(cue, content, speaker, kept) of each finding the rules read from one sentence."""

    def run(sentence: str) -> list[tuple[str, str, str | None, bool]]:
        doc = models.parse([sentence])[0]
        return [
            (
                sentence[f.cue[0] : f.cue[1]],
                sentence[f.content[0] : f.content[1]],
                sentence[f.speaker[0] : f.speaker[1]] if f.speaker else None,
                kept(doc, f),
            )
            for f in findings_in(doc)
        ]

    return run


def test_a_plain_said_clause_is_kept(findings) -> None:
    assert ("said", "that the pier would reopen in May", "Mara Lind", True) in findings(
        "Mara Lind said that the pier would reopen in May."
    )


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # a cue inside what someone else said: PolNeAR marks the outer report, rarely the inner one
        ("Officials said they believed the pier was safe.", "believed"),
        ("Mara Lind said she plans to reopen the pier.", "plans"),
    ],
)
def test_a_cue_inside_reported_content_is_dropped_and_the_outer_report_kept(findings, sentence, cue) -> None:
    found = {c: k for c, _, _, k in findings(sentence)}
    assert found == {"said": True, cue: False}


def test_the_filter_switched_off_keeps_every_finding(models, monkeypatch, tmp_path: Path) -> None:
    doc = models.parse(["Officials said they believed the pier was safe."])[0]
    assert len(reported_in(doc)) < len(findings_in(doc))
    off = tmp_path / "off.json"
    off.write_text(json.dumps({"weights": {}, "intercept": 0.0, "threshold": 0.0}), encoding="utf-8")
    monkeypatch.setenv("NEWSFUSE_REPORTED_KEEP", str(off))
    keep_model.cache_clear()
    try:
        assert reported_in(doc) == findings_in(doc)
    finally:
        monkeypatch.delenv("NEWSFUSE_REPORTED_KEEP")
        keep_model.cache_clear()


def test_features_name_the_cue_its_speaker_and_the_content(models) -> None:
    doc = models.parse(["The harbour master said he would reopen the pier in May."])[0]
    features = finding_features(doc, findings_in(doc)[0])
    assert "lemma=v:say" in features
    assert "speaker=noun" in features
    assert "opening=other" in features
    assert "where=before" in features


def test_the_packaged_model_is_a_probability_threshold_with_finite_weights() -> None:
    model = keep_model()
    assert 0.0 < model["threshold"] < 1.0
    assert model["weights"] and all(math.isfinite(w) for w in model["weights"].values())


def test_fit_learns_which_features_are_right_and_picks_a_threshold_that_pays() -> None:
    # forty invented documents: findings of cue "good" are right, of cue "bad" wrong, of "mixed" half
    rows = [
        Row(f"d{d}", [f"lemma=v:{cue}", "dep=ROOT"], right)
        for d in range(40)
        for cue, right in (("good", True), ("good", True), ("bad", False), ("mixed", d % 2 == 0))
    ]
    counts = Counts(gold=200, predicted=160, pred_attributed=100, gold_attributed=100)
    model = fit(rows, counts, c=1.0, min_count=1)
    weights = model["weights"]
    assert weights["lemma=v:good"] > weights["lemma=v:mixed"] > weights["lemma=v:bad"]
    # dropping the wrong findings raises F1: the chosen threshold drops "bad" and keeps "good"
    assert model["fitted"]["reported_f1_out_of_fold"] > f1_without(counts, 0, 0)
    linear = {cue: model["intercept"] + weights[f"lemma=v:{cue}"] + weights["dep=ROOT"] for cue in ("good", "bad")}
    probability = {cue: 1 / (1 + math.exp(-v)) for cue, v in linear.items()}
    assert probability["bad"] < model["threshold"] <= probability["good"]


def reported_contents(models, sentence: str) -> list[str]:
    doc = models.parse([sentence])[0]
    return [sentence[f.content[0] : f.content[1]] for f in reported_in(doc)]


def test_a_kept_report_nested_in_another_is_left_out(models) -> None:
    """Stop 28: "argued" is kept on its own, but its words all lie inside the said-clause's report (stop 29:
    whatever the two readings' probabilities)."""
    sentence = "The mayor said residents had argued that the pier should reopen."
    doc = models.parse([sentence])[0]
    assert [kept(doc, f) for f in findings_in(doc)] == [True, True]
    assert reported_contents(models, sentence) == ["residents had argued that the pier should reopen"]


def test_two_reports_side_by_side_are_both_kept(models) -> None:
    assert reported_contents(
        models, "Mara Lind said the pier would reopen in May, while Tom Aas said the bridge would stay closed."
    ) == ["the pier would reopen in May", "the bridge would stay closed"]


def test_the_fit_leaves_out_a_kept_finding_nested_in_another_as_the_stage_does() -> None:
    # two findings of one sentence, the second's words inside the first's; a third in another sentence
    rows = [
        Row("d", ["lemma=v:say"], True, "d:0", frozenset({1, 2, 3, 4})),
        Row("d", ["lemma=v:argue"], False, "d:0", frozenset({3, 4})),
        Row("d", ["lemma=v:argue"], True, "d:40", frozenset({3, 4})),
    ]
    assert list(dropped_at(rows, [0.9, 0.8, 0.8], 0.5)) == [False, True, False]
    # under the threshold the outer reading is dropped, and the inner one stands alone
    assert list(dropped_at(rows, [0.3, 0.8, 0.8], 0.5)) == [True, False, False]

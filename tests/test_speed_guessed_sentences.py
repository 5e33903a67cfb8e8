"""Sentences guessed before spaCy has loaded, encoded on the idle core (stop 38, ``nlp.presplit``)."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from newsfuse.nlp.models import CachedEmbedder
from newsfuse.nlp.presplit import likely_sentences
from newsfuse.options import Options


class _Recording:
    """A stand-in encoder that records each call and the thread it ran in."""

    dimension = 2

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append((list(texts), threading.current_thread().name))
        return np.array([[len(t), len(self.calls)] for t in texts], dtype=np.float32)


def test_sentences_are_guessed_by_punctuation_but_not_at_abbreviations() -> None:
    paragraphs = [
        "Mr. Okafor met Dr. Lind at 9 a.m. Monday. “We agreed,” she said. Talks resume in May!",
        "Messrs. Brandt and Oyelaran signed the U.S. accord, said Anna K. Weiss. Was it enough?",
        "NORVANE (Reuters) - The river rose 2.5 metres overnight.",
        "The river rose 2.5 metres overnight.",  # the same sentence as above once its dateline is gone
        "   ",
    ]
    assert likely_sentences(paragraphs) == sorted(
        {
            "Mr. Okafor met Dr. Lind at 9 a.m. Monday.",
            "“We agreed,” she said.",
            "Talks resume in May!",
            "Messrs. Brandt and Oyelaran signed the U.S. accord, said Anna K. Weiss.",
            "Was it enough?",
            "The river rose 2.5 metres overnight.",
        }
    )


def test_texts_encoded_each_are_kept_by_text_for_later_calls() -> None:
    """``CachedEmbedder.encode_each``: one call of the unknown texts, sorted; a later call takes their
    vectors and encodes only what is new; encoding the same texts again costs nothing."""
    inner = _Recording()
    cache = CachedEmbedder(inner)
    cache.encode(["known"])
    cache.encode_each(["b", "a", "known", "b"])
    assert inner.calls[-1][0] == ["a", "b"]
    cache.encode_each(["a", "b"])
    vectors = cache.encode(["a", "c", "b"])
    assert [call for call, _ in inner.calls] == [["known"], ["a", "b"], ["c"]]
    assert vectors[:, 1].tolist() == [2, 3, 2]  # a and b from the guessed call, c from its own


def test_a_load_started_early_encodes_what_a_later_call_brings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ``brief`` command starts the load before its imports, with nothing to encode; ``analyse``
    asks again with the guessed sentences: a second thread waits for the load, then encodes the
    guesses, each kept by text (the expected calls wait for ``encode_expected_soon``: stop 39)."""
    from newsfuse.nlp import models as models_module
    from newsfuse.nlp.models import Models

    inner = _Recording()
    release = threading.Event()

    def load(encoder: str) -> _Recording:
        release.wait(5)  # still loading when the second call comes
        return inner

    monkeypatch.setattr(models_module, "load_embedder", load)
    models = Models(Options())
    models.load_embedder_soon()
    first = models._embedder_loading
    assert first is not None
    models.expect([["lead one", "lead two"]])
    models.load_embedder_soon(["Second sentence.", "First sentence."])
    second = models._embedder_loading
    assert second is not None and second is not first
    release.set()
    second.join()
    assert not first.is_alive()
    loader = "newsfuse-load-encoder"
    assert inner.calls == [(["First sentence.", "Second sentence."], loader)]
    models.embedder.encode(["First sentence.", "A third one."])
    assert inner.calls[-1][0] == ["A third one."]  # the guessed one was known
    models.load_embedder_soon()  # loaded, nothing to encode: no thread
    assert models._embedder_loading is second


def test_the_sentences_call_comes_after_the_guessed_one_whoever_makes_it() -> None:
    """``nlp.analyse._encode_beside`` encodes the guesses first when the loading thread has not
    (the two calls are the same either way), then only the sentences the guess missed."""
    from newsfuse.nlp.analyse import _encode_beside

    inner = _Recording()
    cache = CachedEmbedder(inner)
    vectors = _encode_beside(cache, ["It rained.", "Roads closed", "It rained."], ["It rained.", "Roads closed."])
    assert [call for call, _ in inner.calls] == [["It rained.", "Roads closed."], ["Roads closed"]]
    assert vectors.shape == (3, 2)
    stand_in = _Recording()  # an embedder without ``encode_each``: one call, as before
    _encode_beside(stand_in, ["It rained."], ["It rained."])  # type: ignore[arg-type]
    assert [call for call, _ in stand_in.calls] == [["It rained."]]


@pytest.mark.slow  # real models, three briefs of the example
def test_guessing_the_sentences_leaves_the_brief_as_it_was(example_dir, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guessed sentences' call comes before the sentences' own in every brief (the vectors differ
    from one call of all the sentences in their last bits only), and the brief is the one made without
    a guess; the same again with the encoder loaded before the pipeline runs, as the ``brief`` command
    does."""
    import importlib

    from newsfuse.ingest.inputs import read_inputs
    from newsfuse.nlp.models import Models
    from newsfuse.pipeline import brief_from_documents

    options = Options()
    documents, _ = read_inputs([example_dir], options)
    guessed = brief_from_documents(documents, options, Models(options)).to_dict()
    early = Models(options)
    early.load_embedder_soon()
    assert brief_from_documents(documents, options, early).to_dict() == guessed
    analyse_module = importlib.import_module("newsfuse.nlp.analyse")  # ``newsfuse.nlp.analyse`` is also the function
    monkeypatch.setattr(analyse_module, "likely_sentences", lambda paragraphs: [])
    assert brief_from_documents(documents, options, Models(options)).to_dict() == guessed

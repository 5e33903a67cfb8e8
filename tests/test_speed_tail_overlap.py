"""Stop 39: the serial tail of a cold brief overlaps the encoder's calls with Python. The clusterer's and the
title's calls run ahead beside who_said_what, the quotes' call beside align's sentence units
(``CachedEmbedder.encode_soon``, ``who_said_what(meanwhile=...)``, ``align(grouped=...)``); the brief is the one
made without. Invented texts."""

from __future__ import annotations

import threading
import time

import numpy as np

from newsfuse.nlp.models import CachedEmbedder
from newsfuse.options import Options
from newsfuse.records import RawDocument


class _Gated:
    """A stand-in encoder that records each call and its thread, and holds a chosen call until released."""

    dimension = 2

    def __init__(self, hold: list[str] | None = None) -> None:
        self.calls: list[tuple[list[str], str]] = []
        self.hold = hold
        self.entered = threading.Event()
        self.release = threading.Event()

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append((list(texts), threading.current_thread().name))
        number = float(len(self.calls))
        if texts == self.hold:
            self.entered.set()
            assert self.release.wait(5)
        return np.array([[float(len(t)), number] for t in texts], dtype=np.float32)


def _wait(predicate, seconds: float = 5.0) -> None:
    end = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.005)


def test_a_call_encoded_soon_is_waited_for_and_taken_and_other_calls_go_on_meanwhile() -> None:
    inner = _Gated(hold=["a", "b"])
    cache = CachedEmbedder(inner)
    cache.encode_soon(["b", "a", "b"])
    assert inner.entered.wait(5)
    assert inner.calls[0][1].startswith("newsfuse-encode-ahead")
    # the cache's lock is free while the call runs ahead: another call is made meanwhile
    assert cache.encode(["c"])[0].tolist() == [1.0, 2.0]
    got: list[np.ndarray] = []
    caller = threading.Thread(target=lambda: got.append(cache.encode(["a", "b", "a"])))
    caller.start()
    time.sleep(0.05)
    assert caller.is_alive() and not got  # that very call waits for the vectors ahead
    inner.release.set()
    caller.join(5)
    assert [call for call, _ in inner.calls] == [["a", "b"], ["c"]]  # encoded once, ahead
    assert got[0][:, 1].tolist() == [1.0, 1.0, 1.0]  # the ahead call's vectors
    assert cache._ahead == {} and cache._pending == {}


def test_a_failed_call_ahead_leaves_the_call_to_encode_itself() -> None:
    class Failing(_Gated):
        def encode(self, texts: list[str]) -> np.ndarray:
            if threading.current_thread().name.startswith("newsfuse-encode-ahead"):
                self.calls.append((list(texts), "ahead"))
                raise RuntimeError("no engine")
            return super().encode(texts)

    inner = Failing()
    cache = CachedEmbedder(inner)
    cache.encode_soon(["x"])
    _wait(lambda: bool(inner.calls))
    _wait(lambda: not cache._pending)
    assert cache.encode(["x"]).shape == (1, 2)
    assert inner.calls == [(["x"], "ahead"), (["x"], "MainThread")]


_QUOTED = [
    "Harbour master Mara Lind said on Monday that the Kessel pier would reopen in May after repairs.\n\n"
    '"We will have the pier open for the summer ferries," Lind said at the harbour office.\n\n'
    "The pier was closed in January after a storm damaged its eastern end.",
    "The Kessel pier, shut since a January storm, will reopen in May, harbour master Mara Lind said.\n\n"
    '"The repairs are on schedule and within the budget," Lind told reporters on Monday.\n\n'
    "Ferry operators had asked the town to speed up the work before the tourist season.",
]


def _documents() -> list[RawDocument]:
    return [RawDocument(path=f"{k}.txt", text=text) for k, text in enumerate(_QUOTED)]


def test_who_said_what_encodes_the_quotes_ahead_while_meanwhile_runs(fast_models) -> None:
    from newsfuse.nlp import analyse
    from newsfuse.nlp.who_said_what import who_said_what
    from newsfuse.pipeline import clean_documents

    articles, _ = clean_documents(_documents())
    story = analyse(articles, fast_models)
    plain = who_said_what(story, CachedEmbedder(_Gated()), parse=fast_models.parse)
    assert plain.quotes  # the story has quotes to encode
    inner = _Gated()
    cache = CachedEmbedder(inner)
    seen: list[int] = []

    def meanwhile() -> None:  # the quotes' call was handed over before this runs
        _wait(lambda: bool(cache._ahead))
        seen.append(len(inner.calls))

    said = who_said_what(story, cache, parse=fast_models.parse, meanwhile=meanwhile)
    assert seen == [1] and len(inner.calls) == 1 and inner.calls[0][1].startswith("newsfuse-encode-ahead")
    assert said.quotes == plain.quotes and said.entities == plain.entities and said.dates == plain.dates


def test_the_brief_with_sentence_units_made_ahead_is_the_brief_without(fast_models, monkeypatch) -> None:
    from newsfuse import pipeline
    from newsfuse.align import alignment

    made: list[int] = []
    sentence_units = pipeline.sentence_units

    def counted(story, options):  # type: ignore[no-untyped-def]
        made.append(len(story.sentences))
        return sentence_units(story, options)

    monkeypatch.setattr(pipeline, "sentence_units", counted)
    given: list[bool] = []
    align = pipeline.align

    def aligned(story, options, models=None, grouped=None):  # type: ignore[no-untyped-def]
        given.append(grouped is not None)
        return align(story, options, models, grouped=grouped)

    monkeypatch.setattr(pipeline, "align", aligned)
    ahead = pipeline.brief_from_documents(_documents(), Options(), fast_models).to_dict()
    assert made and given == [True]
    who = pipeline.who_said_what
    monkeypatch.setattr(pipeline, "who_said_what", lambda *a, meanwhile=None, **k: who(*a, **k))
    given.clear()
    assert pipeline.brief_from_documents(_documents(), Options(), fast_models).to_dict() == ahead
    assert given == [False]
    assert alignment.sentence_units is sentence_units


_CLAIMS = [
    "The Kessel council approved the new harbour budget on Monday, and the mayor said that port fees would rise "
    "in June.\n\nThe budget includes money for the pier, which a January storm damaged.",
    "Port fees will rise in June, the mayor of Kessel said on Monday after the council approved the harbour budget."
    "\n\nThe council also voted to repair the storm-damaged pier before the summer.",
]


def test_claim_texts_are_the_texts_align_embeds_for_its_claims(fast_models) -> None:
    """``align.claim_texts`` gives the very list ``align``'s claims call embeds, so the call made ahead is taken."""
    from types import SimpleNamespace

    from newsfuse.align.alignment import align, claim_texts
    from newsfuse.nlp import analyse
    from newsfuse.pipeline import clean_documents

    articles, _ = clean_documents([RawDocument(path=f"{k}.txt", text=t) for k, t in enumerate(_CLAIMS)])
    story = analyse(articles, fast_models)
    asked = claim_texts(story, Options(), fast_models.parse)
    seen: list[list[str]] = []

    class Recording:
        def encode(self, texts: list[str]) -> np.ndarray:
            seen.append(list(texts))
            return fast_models.embedder.encode(texts)

    align(story, Options(), SimpleNamespace(parse=fast_models.parse, embedder=Recording()))
    assert asked and seen == [asked]
    assert claim_texts(story, Options().with_(claims=False), fast_models.parse) == []  # no claims call then

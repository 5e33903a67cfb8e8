"""The torch-free sentence encoder, the per-process embedding cache, and spaCy run once per paragraph."""

from __future__ import annotations

import importlib.util
import time

import numpy as np
import pytest

from newsfuse.errors import MissingExtraError, require_extra
from newsfuse.nlp.analyse import analyse
from newsfuse.nlp.encoder import GRAPH, NumpyMiniLM, OnnxMiniLM
from newsfuse.nlp.models import CachedEmbedder
from newsfuse.options import Options
from newsfuse.records import Article

TEXTS = [
    "Xi Jinping arrived in Moscow on Monday for talks with Vladimir Putin.",
    "The magnitude 7.8 earthquake struck before dawn.",
    "“Water must unite us, not divide us,” Mr. Okonjo said at the signing ceremony.",
    "Shares fell 3% after the results.",
    "a",
    " ".join(["The committee met again to discuss the budget for the coming year."] * 40),  # > 256 tokens
]


@pytest.fixture(scope="module", params=["onnx", "numpy"])
def encoder(request: pytest.FixtureRequest) -> NumpyMiniLM | OnnxMiniLM:
    return OnnxMiniLM() if request.param == "onnx" else NumpyMiniLM()


def test_the_two_engines_agree() -> None:
    """ONNX Runtime over the shipped graph and the numpy forward pass: the same vectors."""
    cosine = (OnnxMiniLM(threads=1).encode(TEXTS) * NumpyMiniLM().encode(TEXTS)).sum(axis=1)
    assert cosine.min() >= 0.99999, cosine


@pytest.mark.skipif(importlib.util.find_spec("onnx") is None, reason="the onnx package (dev extra) is absent")
def test_shipped_graph_is_what_the_build_script_writes() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    try:
        import build_encoder_graph
    finally:
        sys.path.pop(0)
    assert build_encoder_graph.build() == GRAPH.read_bytes(), "run scripts/build_encoder_graph.py"
    assert GRAPH.stat().st_size < 100_000  # the graph only: the weights come from the model package


def test_unit_vectors_in_input_order_whatever_the_batch(encoder: NumpyMiniLM | OnnxMiniLM) -> None:
    together = encoder.encode(TEXTS)
    assert together.shape == (len(TEXTS), 384) and together.dtype == np.float32
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    alone = np.vstack([encoder.encode([t]) for t in TEXTS])
    assert np.allclose(together, alone, atol=1e-5)  # padding in a batch changes nothing
    assert encoder.encode([]).shape == (0, 384)
    sims = together @ together.T
    assert sims[0, 1] < 0.5 and sims[0, 0] > 0.999


def test_batches_cover_every_text_once_within_the_limits() -> None:
    import random

    from newsfuse.nlp.encoder import _BATCH_TOKENS, _MAX_BATCH, _RUN_TOKENS, batches

    rng = random.Random(7)
    lengths = [rng.choice([5, 9, 12, 14, 20, 31, 35, 40, 70, 82, 141, 256]) + rng.randrange(4) for _ in range(200)]
    found = batches(lengths)
    assert sorted(i for b in found for i in b) == list(range(len(lengths)))
    assert all(len(b) <= _MAX_BATCH and len(b) * max(lengths[i] for i in b) <= _BATCH_TOKENS for b in found)
    flat = [lengths[i] for b in found for i in b]
    assert flat == sorted(lengths)  # cut from the sorted lengths: no batch straddles another

    def cost(found: list[list[int]]) -> int:
        return sum(len(b) * max(lengths[i] for i in b) + _RUN_TOKENS for b in found)

    # never costlier than fixed batches of the sorted texts, nor than one text per run
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    for size in (1, 4, 8):
        assert cost(found) <= cost([order[s : s + size] for s in range(0, len(order), size)])
    assert batches([]) == [] and batches([300]) == [[0]]  # one text alone may exceed the token budget


def test_a_calls_batches_give_the_same_vectors_whichever_thread_runs_them(encoder: NumpyMiniLM | OnnxMiniLM) -> None:
    """Helper threads, one thread (``beside``), or another thread taking the batches left
    (``help_encode``): bit for bit the same vectors, in input order."""
    import threading

    from newsfuse.nlp import encoder as engine

    texts = [f"{t} (seen {n} times)" for n in range(12) for t in TEXTS[:4]]  # several batches
    assert len(engine.batches([len(x) for x in encoder.token_ids(texts)])) > 1
    shared = encoder.encode(texts)
    with engine.beside():
        alone = encoder.encode(texts)
    started = threading.Event()
    result: list[np.ndarray] = []

    def owner() -> None:
        with engine.beside():
            started.set()
            result.append(encoder.encode(texts))

    thread = threading.Thread(target=owner)
    thread.start()
    started.wait()
    engine.help_encode()  # takes whatever batches the owner has not reached (maybe none)
    thread.join()
    assert np.array_equal(shared, alone) and np.array_equal(shared, result[0])
    assert not engine._jobs  # finished calls are forgotten


def test_a_failed_batch_is_raised_by_the_calls_owner() -> None:
    from newsfuse.nlp import encoder as engine

    class Failing(OnnxMiniLM):
        def _forward(self, tokens: np.ndarray, mask: np.ndarray) -> np.ndarray:
            if tokens.shape[1] > 40:  # the long texts' batch
                raise RuntimeError("engine failed")
            return super()._forward(tokens, mask)

    failing = Failing()
    with pytest.raises(RuntimeError, match="engine failed"):
        failing.encode([*TEXTS[:4] * 10, TEXTS[5]])
    assert not engine._jobs
    assert failing.encode(TEXTS[:4]).shape == (4, 384)  # later calls run as usual


def test_truncated_at_the_models_256_tokens(encoder: NumpyMiniLM | OnnxMiniLM) -> None:
    ids = encoder.token_ids([TEXTS[-1]])[0]
    assert len(ids) == 256 and ids[0] == 101 and ids[-1] == 102  # [CLS] ... [SEP]


@pytest.mark.slow  # loads sentence-transformers on torch
@pytest.mark.skipif(importlib.util.find_spec("sentence_transformers") is None, reason="the torch extra is absent")
def test_agrees_with_the_sentence_transformers_reference(encoder: NumpyMiniLM | OnnxMiniLM) -> None:
    from newsfuse.nlp.models import MiniLMEmbedder

    reference = MiniLMEmbedder().encode(TEXTS)
    cosine = (encoder.encode(TEXTS) * reference).sum(axis=1)
    assert cosine.min() >= 0.9999, cosine


def test_cache_encodes_each_text_once(encoder: NumpyMiniLM | OnnxMiniLM) -> None:
    seen: list[str] = []

    class Counting:
        dimension = 384

        def encode(self, texts: list[str]) -> np.ndarray:
            seen.extend(texts)
            return encoder.encode(texts)

    cached = CachedEmbedder(Counting(), limit=3)
    first = cached.encode(TEXTS[:2] + TEXTS[:1])
    assert seen == sorted(set(TEXTS[:2]))
    again = cached.encode(TEXTS[1:3])
    assert seen[2:] == [TEXTS[2]]
    assert np.array_equal(first[1], again[0]) and np.array_equal(first[0], first[2])
    cached.encode(TEXTS[3:5])  # past the limit: starts afresh, still right
    assert np.allclose(cached.encode(TEXTS[:1]), encoder.encode(TEXTS[:1]))
    assert cached.encode([]).shape == (0, 384)


def test_missing_extra_names_it() -> None:
    with pytest.raises(MissingExtraError, match=r"newsfuse\[torch\]"):
        require_extra("no_such_module_newsfuse", "the torch sentence encoder", "torch")
    require_extra("numpy", "anything", "none")
    with pytest.raises(ValueError, match="encoder"):
        Options(encoder="tensorflow")  # type: ignore[arg-type]


@pytest.mark.slow  # loads spaCy
def test_paragraphs_go_through_spacy_once(models) -> None:
    paragraphs = ["Putin met Xi in Moscow on Monday. They talked for hours.", "The talks ended on Tuesday."]
    article = Article("S1", "a.txt", "t", None, None, None, list(paragraphs))
    first = analyse([article], models, embed=False)
    assert all(p in models.split_cache for p in paragraphs)
    models.split_cache[paragraphs[1]] = [(0, "Changed.", [])]  # the cache, not spaCy, answers now
    second = analyse([article], models, embed=False)
    assert [s.text for s in first.sentences][:2] == [s.text for s in second.sentences][:2]
    assert second.sentences[-1].text == "Changed."
    del models.split_cache[paragraphs[1]]
    third = analyse([article], models, embed=False)
    assert [(s.text, s.start, s.end) for s in third.sentences] == [(s.text, s.start, s.end) for s in first.sentences]
    assert [m.text for m in third.mentions] == [m.text for m in first.mentions]
    assert all(article.text[s.start : s.end] == s.text for s in third.sentences)


def test_weights_read_as_the_safetensors_library_reads_them() -> None:
    from safetensors.numpy import load_file

    from newsfuse.nlp.encoder import _weights, model_dir

    ours, reference = _weights(model_dir()), load_file(str(model_dir() / "model.safetensors"))
    assert set(ours) == {k.removeprefix("bert.") for k in reference}
    assert all(np.array_equal(ours[k.removeprefix("bert.")], v) for k, v in reference.items())


@pytest.mark.slow  # loads spaCy
def test_sentences_then_entities_is_the_one_pass(models) -> None:
    """``analyse`` embeds the sentences while NER runs: the two halves give what one pass gives."""
    from pathlib import Path

    paragraphs = [
        p
        for path in sorted((Path(__file__).resolve().parents[1] / "examples" / "lake-tessel-summit").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]

    def seen(docs):
        return [[(s.start_char, s.end_char, [(e.text, e.label_) for e in s.ents]) for s in d.sents] for d in docs]

    one_pass = seen(models.sentences(paragraphs))
    assert seen(models.recognise(models.segment(paragraphs))) == one_pass
    assert any(ents for doc in one_pass for _, _, ents in doc)  # entities were found at all


def test_the_encoder_loads_in_the_background_and_failures_reach_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    """``Models.load_embedder_soon`` (called by ``analyse`` before spaCy loads): the encoder it loads
    is the one ``embedder`` returns; a load that fails there raises where the encoder is used."""
    import threading

    from newsfuse.nlp import models as models_module
    from newsfuse.nlp.models import Models

    loaded_in: list[str] = []

    class Loaded:
        dimension = 3

        def encode(self, texts: list[str]) -> np.ndarray:
            return np.ones((len(texts), 3), dtype=np.float32)

    def load(encoder: str) -> Loaded:
        loaded_in.append(threading.current_thread().name)
        return Loaded()

    monkeypatch.setattr(models_module, "load_embedder", load)
    models = Models(Options())
    models.load_embedder_soon()
    models.load_embedder_soon()  # once is enough: no second thread
    assert models.embedder.encode(["a", "b"]).shape == (2, 3)
    assert loaded_in == ["newsfuse-load-encoder"]

    def broken(encoder: str) -> Loaded:
        raise OSError("no encoder here")

    monkeypatch.setattr(models_module, "load_embedder", broken)
    failing = Models(Options())
    failing.load_embedder_soon()
    assert failing._embedder_loading is not None
    failing._embedder_loading.join()
    with pytest.raises(OSError, match="no encoder here"):
        failing.embedder  # noqa: B018 (the property loads)

    given = Models(Options(), embedder=Loaded())
    given.load_embedder_soon()  # a stand-in needs no loading
    assert given._embedder_loading is None


class _Recording:
    """A stand-in encoder that records each call and the thread it ran in."""

    dimension = 2

    def __init__(self) -> None:
        import threading

        self.calls: list[tuple[list[str], str]] = []
        self._thread = threading.current_thread

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append((list(texts), self._thread().name))
        return np.array([[len(t), len(self.calls)] for t in texts], dtype=np.float32)


def test_a_call_encoded_ahead_is_taken_only_when_it_comes_the_same() -> None:
    """``CachedEmbedder.encode_ahead``: the inner encoder sees exactly the list the later call gives
    it; the kept vectors go to that call only, and a call whose list came out otherwise is encoded."""
    inner = _Recording()
    cache = CachedEmbedder(inner)
    cache.encode(["known"])
    cache.encode_ahead(["b", "a", "known", "b"])
    assert inner.calls[-1][0] == ["a", "b"]  # what ``encode`` would pass: the unknown texts, sorted
    vectors = cache.encode(["a", "known", "b"])
    assert len(inner.calls) == 2  # taken, not encoded again
    assert vectors[:, 1].tolist() == [2, 1, 2]  # the ahead call's rows (and the earlier one's)
    cache.encode_ahead(["c", "d"])
    cache.encode(["c"])  # another list than the one encoded ahead: encoded as usual
    assert inner.calls[-1][0] == ["c"]
    cache.encode(["c", "d"])
    assert inner.calls[-1][0] == ["d"] and len(inner.calls) == 5  # the stale ahead call is not used


def test_expected_calls_wait_for_the_sentences_and_run_in_a_thread_of_their_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``Models.expect`` before ``load_embedder_soon``: the loading thread encodes only the guessed
    sentences; the expected calls are encoded by ``encode_expected_soon`` (after the sentences, beside
    the serial tail: stop 39), and the calls themselves, when they come, take those vectors."""
    from newsfuse.nlp import models as models_module
    from newsfuse.nlp.models import Models

    inner = _Recording()
    monkeypatch.setattr(models_module, "load_embedder", lambda encoder: inner)
    models = Models(Options())
    models.expect([["lead one", "lead two"], [], ["A headline"]])
    models.load_embedder_soon(["A guessed sentence."])
    assert models._embedder_loading is not None
    models._embedder_loading.join()
    assert inner.calls == [(["A guessed sentence."], "newsfuse-load-encoder")]
    models.encode_expected_soon()
    end = time.monotonic() + 5
    while len(inner.calls) < 3 and time.monotonic() < end:
        time.sleep(0.005)
    assert [call for call, _ in inner.calls[1:]] == [["lead one", "lead two"], ["A headline"]]
    assert all(thread.startswith("newsfuse-encode-ahead") for _, thread in inner.calls[1:])
    end = time.monotonic() + 5
    while models.embedder._pending and time.monotonic() < end:  # type: ignore[attr-defined]
        time.sleep(0.005)
    models.embedder.encode(["lead two", "lead one"])
    models.embedder.encode(["A headline"])
    assert len(inner.calls) == 3
    models.encode_expected_soon()  # announced calls are encoded once
    assert len(inner.calls) == 3
    warm = Models(Options(), embedder=CachedEmbedder(inner))
    warm.expect([["never loaded"]])
    warm.load_embedder_soon()  # nothing to load, so nothing is encoded ahead either
    warm.encode_expected_soon()
    assert warm._embedder_loading is None and len(inner.calls) == 3


@pytest.mark.slow  # real models, two briefs of the example
def test_encoding_ahead_leaves_the_brief_as_it_was(example_dir, monkeypatch: pytest.MonkeyPatch) -> None:
    """The clusterer's and the title's calls (``pipeline.embedded_later``), the quotes' and the claims' calls,
    encoded ahead beside who_said_what and align's sentence units, are taken by those calls (or find their texts
    known, when the call came first), and the brief is the one made without encoding ahead."""
    from newsfuse.ingest.inputs import read_inputs
    from newsfuse.nlp import models as models_module
    from newsfuse.nlp.models import Models
    from newsfuse.pipeline import brief_from_documents

    options = Options()
    documents, _ = read_inputs([example_dir], options)
    kept: list[int] = []
    encode_ahead = models_module.CachedEmbedder.encode_ahead

    def counting(self: CachedEmbedder, texts: list[str]) -> None:
        encode_ahead(self, texts)
        kept.append(len(texts))

    monkeypatch.setattr(models_module.CachedEmbedder, "encode_ahead", counting)
    models = Models(options)
    ahead = brief_from_documents(documents, options, models).to_dict()
    models.embedder._soon.shutdown(wait=True)  # type: ignore[attr-defined]  # the calls handed over have run
    assert len(kept) == 4 and models.embedder._ahead == {}  # type: ignore[attr-defined]  # all taken
    monkeypatch.setattr(Models, "expect", lambda self, calls: None)
    monkeypatch.setattr(models_module.CachedEmbedder, "encode_soon", None)  # who_said_what: none ahead
    kept.clear()
    assert brief_from_documents(documents, options, Models(options)).to_dict() == ahead
    assert kept == []


def test_a_call_runs_its_costliest_batches_first_and_gives_the_same_vectors(encoder: NumpyMiniLM | OnnxMiniLM) -> None:
    """Threads sharing a call end together when its last batches are its smallest (stop 32); the order
    changes no vector: each batch is the same texts, padded the same."""
    from newsfuse.nlp import encoder as engine

    texts = [f"{t} (seen {n} times)" for n in range(12) for t in TEXTS[:5]]
    ids = encoder.token_ids(texts)
    found = engine.batches([len(x) for x in ids])
    job = engine._Job(encoder, ids, found, np.zeros((len(texts), 384), dtype=np.float32))
    costs = [len(b) * max(len(ids[i]) for i in b) for b in job.batches]
    assert costs == sorted(costs, reverse=True) and len(set(costs)) > 1
    assert sorted(map(tuple, job.batches)) == sorted(map(tuple, found))
    with engine.beside():
        vectors = encoder.encode(texts)
    in_order = np.zeros_like(vectors)
    for batch in found:  # shortest first, as ``batches`` gives them
        in_order[batch] = encoder._forward(*engine._padded([ids[i] for i in batch]))
    assert np.array_equal(vectors, in_order)

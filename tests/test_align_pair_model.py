"""The MRPC pair model (align/pair_model.py): the shipped graph is what its build script writes,
ONNX Runtime over it reproduces the logits torch gave at training time, and the stack with the
feature model (align/same_fact.py) reads both scores the way it was fitted."""

from __future__ import annotations

import importlib.util
import json
import sys
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from newsfuse.align import same_fact

ROOT = Path(__file__).resolve().parents[1]
GRAPH = ROOT / "src" / "newsfuse" / "align" / "pair_model.onnx"


@pytest.fixture(scope="module")
def pair() -> object:
    from newsfuse.align import pair_model

    return pair_model.shared()


@pytest.mark.skipif(importlib.util.find_spec("onnx") is None, reason="the onnx package (dev extra) is absent")
def test_shipped_graph_is_what_the_build_script_writes() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_pair_graph
    finally:
        sys.path.pop(0)
    config = build_pair_graph.packaged_config()
    built = build_pair_graph.build(int(config["rank"]), int(config.get("layers", 0)), config.get("engine") == "int8")
    assert built == GRAPH.read_bytes(), "run scripts/build_pair_graph.py"
    assert GRAPH.stat().st_size < 100_000  # no weights in the graph


def test_what_ships_is_small_and_has_out_of_fold_scores() -> None:
    from newsfuse.align import pair_model

    path = Path(str(resources.files("newsfuse.align").joinpath("pair_model.npz")))
    assert path.stat().st_size < 5_000_000
    logits = pair_model.out_of_fold_logits()
    assert logits is not None and len(logits) == 3260 and np.isfinite(logits).all()


def test_logits_in_input_order_whatever_the_batch(pair) -> None:  # type: ignore[no-untyped-def]
    pairs = [
        (
            "The company said profit rose 12 percent in the third quarter.",
            "Third-quarter profit rose 12 percent, the company said.",
        ),
        (
            "The company said profit rose 12 percent in the third quarter.",
            "Heavy rain flooded roads across the north of the country.",
        ),
        ("Police arrested two men on Friday.", "Two men were arrested by police on Friday."),
        (
            "Police arrested two men on Friday.",
            "Police released two men on Friday without charge after questioning them for a day.",
        ),
    ]
    together = pair.logits(pairs)
    alone = np.array([pair.logits([p])[0] for p in pairs])
    assert np.allclose(together, alone, atol=1e-4)  # padding in a batch changes nothing
    assert together[0] > 0 > together[1]  # a paraphrase and an unrelated sentence
    assert together[2] > together[3]
    assert pair.logits([]).shape == (0,)
    long = " ".join(["word"] * 3000)
    assert np.isfinite(pair.logits([(long, long)])).all()  # cut to MAX_PAIR_TOKENS, no error


def test_the_shipped_model_is_read_both_ways(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The shipped model was trained on both sentence orders (``--swap``, "symmetric" in its config):
    the reader averages the logits of (a, b) and (b, a), so the order of the two sentences does not
    matter; the same arrays marked one-way are read in the order given, and the two orders differ."""
    from newsfuse.align import pair_model

    assert pair.config["symmetric"] is True
    with resources.files("newsfuse.align").joinpath("pair_model.npz").open("rb") as f, np.load(f) as stored:
        arrays = {k: stored[k] for k in stored.files}
    arrays["config"] = np.array(json.dumps({**json.loads(str(arrays["config"])), "symmetric": False}))
    np.savez(tmp_path / "one_way.npz", **arrays)
    one_order = pair_model.PairModel(tmp_path / "one_way.npz", threads=1)
    pairs = [
        ("Police arrested two men on Friday.", "Two men were arrested by police on Friday after a long chase."),
        ("The council approved the budget.", "Heavy rain flooded roads across the north of the country."),
    ]
    swapped = [(b, a) for a, b in pairs]
    one_way, other_way = one_order.logits(pairs), one_order.logits(swapped)
    assert np.abs(one_way - other_way).max() > 1e-3  # read one way, the order matters
    both = pair.logits(pairs)
    assert np.allclose(both, (one_way + other_way) / 2, atol=1e-5)
    assert np.allclose(pair.logits(swapped), both, atol=1e-5)


@pytest.mark.shared
def test_onnx_runtime_reproduces_the_training_logits(shared_dir: Path, pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from bench import mrpc

    if not (shared_dir / "bench" / "mrpc" / "train.txt").is_file():
        pytest.skip("MRPC train.txt is absent")
    held = [p for k, p in enumerate(mrpc.load("train")) if k % mrpc.HELD_OUT == 0][:24]
    with resources.files("newsfuse.align").joinpath("pair_model.npz").open("rb") as f, np.load(f) as stored:
        expected = stored["held_out_logit"][: len(held)]
    texts = [(p.first, p.second) for p in held]
    got = pair.logits(texts)
    if pair.config.get("engine") == "int8":  # the shipped engine: near torch's logits, the same decisions
        assert np.abs(got - expected).max() < 0.6 and ((got > 0) == (expected > 0)).all()
        if importlib.util.find_spec("onnx") is None:
            return
        sys.path.insert(0, str(ROOT / "scripts"))
        try:
            import build_pair_graph
        finally:
            sys.path.pop(0)
        from newsfuse.align import pair_model

        graph = tmp_path / "float.onnx"
        graph.write_bytes(build_pair_graph.build(int(pair.config["rank"]), int(pair.config.get("layers", 0))))
        got = pair_model.PairModel(threads=1, graph=graph).logits(texts)
    assert np.abs(got - expected).max() < 1e-3  # the float graph: what torch gave, to float16 adapters


def test_stack_reads_both_scores() -> None:
    stack = same_fact.model()["pair"]
    assert stack["features"] > 0 and stack["pair"] > 0
    # each model's own threshold is the stack's: where both are at their thresholds, P is the stack's
    at_threshold = same_fact.stacked(np.array([same_fact.threshold()]), np.array([0.0]), stack)
    assert abs(float(at_threshold[0]) - stack["threshold"]) < 1e-6
    features = np.array([0.2, 0.2, 0.8, 0.8])
    logits = np.array([-3.0, 3.0, -3.0, 3.0])
    p = same_fact.stacked(features, logits, stack)
    assert p[1] > p[0] and p[3] > p[2] and p[2] > p[0] and p[3] > p[1]


def test_rescore_keeps_the_feature_scale_and_the_other_pairs(pair) -> None:  # type: ignore[no-untyped-def]
    texts = [
        ("Police arrested two men on Friday.", "Two men were arrested by police on Friday."),
        ("Police arrested two men on Friday.", "Heavy rain flooded roads across the north of the country."),
    ]
    features = np.array([0.3, 0.3, 0.9])
    out = same_fact.rescore(features, np.array([0, 1]), texts)
    assert out[2] == 0.9 and features[0] == 0.3  # a pair not chosen keeps its score; no change in place
    logits = pair.logits(texts)
    expected = 1 / (1 + np.exp(-(same_fact.logit(features[:2]) + logits)))  # equal weights, same threshold
    assert np.allclose(out[:2], expected, atol=1e-6)
    assert out[0] > 0.3 > out[1]


def test_a_story_re_decides_only_its_least_sure_pairs(models) -> None:  # type: ignore[no-untyped-def]
    """``AlignOptions.pair_model_pairs``: the K candidate pairs nearest the story model's threshold
    get the pair model's combined score; every other pair keeps the feature model's."""
    from newsfuse.align import story_pairs, support_map
    from newsfuse.align.units import pair_evidence, quantities_of
    from newsfuse.ingest import read_paths
    from newsfuse.options import Options
    from newsfuse.pipeline import story_from_documents

    options = Options()
    documents, skipped = read_paths([ROOT / "tests" / "fixtures" / "story"], options)
    story = story_from_documents(documents, options, models, skipped)
    support = support_map(story, options.align.support_threshold)
    quantities = [quantities_of(s.text) for s in story.sentences]
    before = pair_evidence(story, support, quantities, options.align)
    k = 3
    after = pair_evidence(story, support, quantities, options.with_(pair_model_pairs=k).align)
    assert before.pairs == after.pairs and len(before.pairs) > k
    changed = np.flatnonzero(np.abs(before.mrpc - after.mrpc) > 1e-9)
    assert 0 < len(changed) <= k
    cut = story_pairs.logit(np.array(story_pairs.threshold()))
    margin = np.abs(story_pairs.logit(story_pairs.probability(before.rows)) - cut)
    assert set(changed) <= set(np.argsort(margin, kind="stable")[:k].tolist())
    assert np.allclose(after.rows[:, 0], story_pairs.logit(after.mrpc))


@pytest.mark.skipif(importlib.util.find_spec("onnx") is None, reason="the onnx package (dev extra) is absent")
def test_an_int8_graph_reads_the_same_arrays(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """``build_pair_graph.py --int8``: each linear map is the frozen one plus its adapter, quantized per
    output column when the reader loads it (nothing int8 is stored); its logits stay near the float
    graph's and give the same decisions on clear pairs, the same ones on every run."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_pair_graph
    finally:
        sys.path.pop(0)
    from newsfuse.align import pair_model

    config = build_pair_graph.packaged_config()
    other_engine = config.get("engine") != "int8"
    graph = tmp_path / "other.onnx"
    graph.write_bytes(build_pair_graph.build(int(config["rank"]), int(config.get("layers", 0)), other_engine))
    other = pair_model.PairModel(threads=1, graph=graph)
    assert any(n.endswith(".weight.q") for n in (other._feeds if other_engine else pair._feeds))
    pairs = [
        ("Police arrested two men on Friday.", "Two men were arrested by police on Friday."),
        ("The council approved the budget.", "Heavy rain flooded roads across the north of the country."),
        ("The company said profit rose 12 percent.", "Profit climbed 12 percent, the company said."),
    ]
    a, b = pair.logits(pairs), other.logits(pairs)
    assert np.abs(a - b).max() < 1.0 and ((a > 0) == (b > 0)).all() and a[0] > 0 > a[1]
    assert np.array_equal(other.logits(pairs), b)  # deterministic

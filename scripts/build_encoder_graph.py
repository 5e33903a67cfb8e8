"""Write the ONNX graph of all-MiniLM-L6-v2 WITHOUT its weights: ``src/newsfuse/nlp/minilm.onnx``.

The graph is the BERT encoder (six layers, 12 heads, exact-erf GELU, LayerNorm), mean pooling over
the real tokens and L2 normalisation: what sentence-transformers computes. Every weight is declared
as an external initializer named exactly as in the packaged ``model.safetensors``; at run time
``nlp/encoder.OnnxMiniLM`` reads the safetensors and hands the arrays to ONNX Runtime
(``SessionOptions.add_external_initializers``), so the project ships a ~20 kB graph and no second
copy of the weights, and nothing needs the ``onnx`` package or torch at run time.

Linear weights are handed over transposed (``<name>.weight.T``, (in, out)), the layout MatMul
wants: a Transpose node in the graph would be folded by ONNX Runtime into a second copy kept beside
the first (+46 MB resident, measured).

Run after changing the graph (needs the ``onnx`` package, in the dev extra):
    .venv/bin/python scripts/build_encoder_graph.py
``tests/test_encoder.py`` rebuilds it and checks the committed file is the same.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsfuse" / "nlp" / "minilm.onnx"
_OPSET = 17  # LayerNormalization is in the default domain from opset 17


_Add = Callable[..., str]  # adds nodes, returns the output's name


class GraphNodes:
    """The nodes and constants of a graph being built, with the two helpers every graph here uses
    (also scripts/build_pair_graph.py): ``op`` adds a node and names its output ``t<n>`` in order,
    ``const`` adds a constant initializer, ``layer_norm`` one named LayerNorm."""

    def __init__(self, eps: float) -> None:
        from onnx import helper

        self._helper = helper
        self.eps = eps
        self.nodes: list[Any] = []
        self.constants: dict[str, np.ndarray] = {}
        self._counter = iter(range(1_000_000))

    def op(self, kind: str, inputs: list[str], **attrs: Any) -> str:
        out = f"t{next(self._counter)}"
        self.nodes.append(self._helper.make_node(kind, inputs, [out], **attrs))
        return out

    def const(self, name: str, value: np.ndarray) -> str:
        self.constants[name] = value
        return name

    def layer_norm(self, x: str, name: str) -> str:
        return self.op("LayerNormalization", [x, name + ".weight", name + ".bias"], axis=-1, epsilon=self.eps)

    def parts(self) -> tuple[list[Any], dict[str, np.ndarray], _Add, _Add, _Add]:
        """(nodes, constants, op, const, layer_norm), for builders written as plain functions."""
        return self.nodes, self.constants, self.op, self.const, self.layer_norm


def encoder_layers(
    op: Callable[..., str],
    const: Callable[[str, np.ndarray], str],
    linear: Callable[[str, str], str],
    layer_norm: Callable[[str, str], str],
    h: str,
    mask_f: str,
    config: dict[str, Any],
) -> str:
    """The BERT layers over ``h`` (the embeddings after their LayerNorm), padded keys masked by
    ``mask_f`` (the mask as floats); ``linear`` and ``layer_norm`` add the nodes of one named
    linear map or LayerNorm. Also the layers of the pair model (scripts/build_pair_graph.py)."""
    hidden, heads = int(config["hidden_size"]), int(config["num_attention_heads"])
    size = hidden // heads
    # padded keys get -1e9 before the softmax: (1 - mask) * -1e9, shaped (batch, 1, 1, length)
    padding = op("Sub", [const("one_f", np.array(1.0, np.float32)), mask_f])
    masked = op("Mul", [padding, const("neg", np.array(-1e9, np.float32))])
    bias = op("Unsqueeze", [masked, const("axes12", np.array([1, 2], np.int64))])
    split = const("split_heads", np.array([0, 0, heads, size], np.int64))
    merge = const("merge_heads", np.array([0, 0, hidden], np.int64))
    scale = const("scale", np.array(1.0 / np.sqrt(size), np.float32))
    for i in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{i}."
        att = p + "attention."
        q = op("Transpose", [op("Reshape", [linear(h, att + "self.query"), split])], perm=[0, 2, 1, 3])
        k = op("Transpose", [op("Reshape", [linear(h, att + "self.key"), split])], perm=[0, 2, 3, 1])
        v = op("Transpose", [op("Reshape", [linear(h, att + "self.value"), split])], perm=[0, 2, 1, 3])
        scores = op("Softmax", [op("Add", [op("Mul", [op("MatMul", [q, k]), scale]), bias])], axis=-1)
        context = op("Reshape", [op("Transpose", [op("MatMul", [scores, v])], perm=[0, 2, 1, 3]), merge])
        h = layer_norm(op("Add", [linear(context, att + "output.dense"), h]), att + "output.LayerNorm")
        x = linear(h, p + "intermediate.dense")  # exact GELU: x/2 * (1 + erf(x/sqrt 2))
        erf = op("Erf", [op("Div", [x, const("sqrt2", np.array(np.sqrt(2.0), np.float32))])])
        gelu = op("Mul", [op("Mul", [x, const("half", np.array(0.5, np.float32))]), op("Add", [erf, "one_f"])])
        h = layer_norm(op("Add", [linear(gelu, p + "output.dense"), h]), p + "output.LayerNorm")
    return h


def build() -> bytes:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    sys.path.insert(0, str(ROOT / "src"))
    from newsfuse.nlp.encoder import graph_weight_shapes, model_dir

    config = json.loads((model_dir() / "config.json").read_text())
    hidden, eps = int(config["hidden_size"]), float(config["layer_norm_eps"])
    shapes = graph_weight_shapes(config)
    nodes, constants, op, const, layer_norm = GraphNodes(eps).parts()

    def linear(x: str, name: str) -> str:  # x @ W.T + b, W.T handed over transposed (in, out)
        return op("Add", [op("MatMul", [x, name + ".weight.T"]), name + ".bias"])

    ids, mask = "input_ids", "attention_mask"
    axis0 = const("axis0", np.array([0], np.int64))
    length = op("Unsqueeze", [op("Gather", [op("Shape", [ids]), const("one", np.array(1, np.int64))]), axis0])
    start = const("zero", np.array([0], np.int64))
    positions = op("Slice", ["embeddings.position_embeddings.weight", start, length, axis0])
    token_type = op("Gather", ["embeddings.token_type_embeddings.weight", const("type0", np.array(0, np.int64))])
    # the word table is held in fp16 (23 MB less resident; cosine to fp32 >= 0.9999999 on a brief's texts)
    words = op("Cast", [op("Gather", ["embeddings.word_embeddings.weight.f16", ids])], to=TensorProto.FLOAT)
    h = op("Add", [op("Add", [words, positions]), token_type])
    h = layer_norm(h, "embeddings.LayerNorm")
    mask_f = op("Cast", [mask], to=TensorProto.FLOAT)
    h = encoder_layers(op, const, linear, layer_norm, h, mask_f, config)
    real = op("Mul", [h, op("Unsqueeze", [mask_f, const("axis2", np.array([2], np.int64))])])
    summed = op("ReduceSum", [real, const("axis1", np.array([1], np.int64))], keepdims=0)
    count = op("Max", [op("ReduceSum", [mask_f, "axis1"], keepdims=1), const("tiny", np.array(1e-9, np.float32))])
    pooled = op("Div", [summed, count])
    norm = op("Max", [op("ReduceL2", [pooled], axes=[1], keepdims=1), const("tinier", np.array(1e-12, np.float32))])
    nodes.append(helper.make_node("Div", [pooled, norm], ["embeddings"]))

    initializers = [numpy_helper.from_array(value, name) for name, value in constants.items()]
    for name, shape in shapes.items():  # declared with their shape, data supplied at run time
        kind = TensorProto.FLOAT16 if name.endswith(".f16") else TensorProto.FLOAT
        tensor = onnx.TensorProto(name=name, data_type=kind, dims=shape)
        tensor.data_location = TensorProto.EXTERNAL
        tensor.external_data.add(key="location", value="model.safetensors")
        initializers.append(tensor)
    graph = helper.make_graph(
        nodes,
        "all-MiniLM-L6-v2",
        [
            helper.make_tensor_value_info(ids, TensorProto.INT64, ["batch", "length"]),
            helper.make_tensor_value_info(mask, TensorProto.INT64, ["batch", "length"]),
        ],
        [helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, ["batch", hidden])],
        initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", _OPSET)], producer_name="newsfuse")
    model.ir_version = 8  # readable by every ONNX Runtime since 1.10
    return model.SerializeToString(deterministic=True)


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")

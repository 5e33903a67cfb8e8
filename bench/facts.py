"""`newsfuse bench facts`: score briefs against the hand-annotated gold set of ``bench/gold/facts/``.

Each gold cluster is briefed through the product (``newsfuse.pipeline.brief_from_documents``, the path
of ``newsfuse brief``) and the contract JSON (``render.json.brief_to_dict``) is scored:

- multi-source facts shown with >=2 of their documents (one ``facts`` item matching the rule and citing
  two or more of the gold documents), and source recall (gold documents cited by the matching items),
  source precision (of the documents cited by the items matching a gold multi-source or single-source
  fact, the share the gold lists for it: the gold lists every document that reports a fact, so any
  other cited document is a wrong outlet), beside two guards against an inventory that lists every
  sentence on its own: the documents cited by the best single matching item, and multi-source facts
  that some item calls single-source;
- single-source facts listed as ``single_source`` with their document;
- conflict recall (a gold conflict matched by an emitted conflict whose claims carry two of its sides)
  and precision (emitted conflicts matching a gold conflict, on clusters whose conflicts are complete);
  an emitted conflict that also pairs two sides of a known non-conflict counts as neither;
- quote speakers (gold direct quotes found in ``quotes`` whose speaker is right) and speakers that are
  not a name or a named role;
- summary coverage of multi-source and key facts, sentences opening with a pronoun/demonstrative or
  ending in an unnamed "he said", and gold facts stated by two or more summary sentences.

The ``baseline`` system is the brief of the code as it was when the gold set was made, stored per
cluster in ``bench/gold/baseline/`` by ``newsfuse bench facts --write-baseline``. The stored briefs
keep no article text: every text is replaced by its character spans in the cleaned source, and is
read back from ``../shared`` when scored, so the baseline stays fixed while the code changes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from bench.facts_gold import (
    BASELINE_DIR,
    GoldCluster,
    GoldConflict,
    GoldItem,
    load_all,
    matches,
    raw_documents,
)
from bench.readability import dangling

Brief = dict[str, Any]
System = Callable[[GoldCluster], Brief | None]


# ---------------------------------------------------------------- scoring one brief


def _cited(items: Iterable[dict[str, Any]], docs: set[str]) -> set[str]:
    return {s for item in items for s in item["sources"] if s in docs}


def _carries(claim: dict[str, Any], side: GoldItem) -> bool:
    text = f"{claim.get('text', '')}\n{claim.get('value', '')}"
    return matches(side.match, text) and bool(set(claim["sources"]) & set(side.sources))


def conflict_matches(emitted: dict[str, Any], gold: GoldConflict) -> bool:
    """Two sides of the gold conflict carried by two different claims of the emitted conflict."""
    carriers = [{k for k, claim in enumerate(emitted["claims"]) if _carries(claim, side)} for side in gold.sides]
    for a in range(len(carriers)):
        for b in range(a + 1, len(carriers)):
            if carriers[a] and carriers[b] and len(carriers[a] | carriers[b]) >= 2:
                return True
    return False


_NAME_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|of|the|de|da|van|von|al|bin|la|le|and|&)$")
ROLE_HEADS = re.compile(
    r"\b(spokes(?:man|woman|person)|ministry|minister|official|officials|department|office|police|"
    r"president|secretary|chief|director|prosecutor|attorney|lawyer|judge|sheriff|commissioner|"
    r"spokesperson|agency|statement|kremlin|white house|government|company|council|court|"
    r"representative|senator|governor|mayor|leader|source|sources|aide|ambassador|chairman|ceo)\b",
    re.IGNORECASE,
)


def speaker_is_name_or_role(speaker: str, entity_names: set[str]) -> bool:
    """A canonical entity of the brief, a capitalised name of two or more words, or a role with its head
    that is named ("China's foreign ministry", "a White House spokesman"); not "presidents",
    "minister", "Moscow" or "Shortly before Russia"."""
    words = speaker.split()
    if speaker.lower() in entity_names and (len(words) > 1 or not ROLE_HEADS.search(speaker)):
        return True
    if len(words) >= 2 and all(_NAME_WORD.match(w) for w in words) and words[0][0].isupper():
        return True
    named = any(w[0].isupper() for w in words) or words[0].lower() in {"a", "an", "the"}
    return bool(ROLE_HEADS.search(speaker)) and named and len(words) >= 2


def speaker_right(brief_speaker: str | None, gold: GoldItem) -> bool:
    if gold.speaker is None or brief_speaker is None:
        return gold.speaker is None and brief_speaker is None
    brief_speaker = _without_middle_initials(brief_speaker)
    said = brief_speaker.lower()
    for k, name in enumerate([_without_middle_initials(n) for n in [gold.speaker, *gold.aliases]]):
        if k and _one_name(name) and len(said.split()) >= 2:
            # a bare name among the aliases ("Trump") is not right inside another person's name ("Melania Trump":
            # h-attr59 found mn59 kept scored a post printed under the wife as the husband's): it names the printed
            # speaker when it is the printed name's last word after a title or a lower-case word, as a full name does
            if said.split()[-1] == name.lower() and _titled_or_plain(brief_speaker.split()[-2]):
                return True
            continue
        if name.lower() in said or (len(said) > 3 and said in name.lower()):
            return True
        words = name.split()
        if len(words) >= 2 and all(w[0].isupper() for w in words) and words[-1].lower() in said.split():
            before = brief_speaker.split()[:-1]  # "Phillip Dunn" is not "Michael Dunn"; "Mr. Dunn" may be
            if not before or before[-1].lower() == words[-2].lower() or not before[-1][0].isupper():
                return True
            if before[-1].rstrip(".") in _TITLES:
                return True
    return False


def _one_name(name: str) -> bool:
    """One capitalised word: a surname or a first name, not a role ("publicist", "the company")."""
    return len(name.split()) == 1 and name[:1].isupper()


def _titled_or_plain(word: str) -> bool:
    """The word before a printed surname leaves it that person's: a title ("Mr.", "President") or a lower-case word."""
    return word.rstrip(".") in _TITLES or not word[:1].isupper()


_MIDDLE_INITIAL = re.compile(r"(?<=[A-Za-z])\s+[A-Z]\.(?=\s+[A-Z])")


def _without_middle_initials(name: str) -> str:
    """ "Donald J. Trump" as "Donald Trump", "Michael E. Horowitz" as "Michael Horowitz": a middle initial is no
    other first name (the judge read "Donald J. Trump", the name of the posts' credit lines, as not "Donald Trump":
    mn55 gave the alias instead). "J. Edgar Hoover" keeps its leading initial."""
    return _MIDDLE_INITIAL.sub("", name)


_TITLES = {
    *("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "President", "Senator", "Representative", "Judge", "Sheriff"),
    # the roles a printed surname follows (stop 59: "Mayor Lopez" for Ana Lopez, since a bare-name alias no longer
    # reads inside any printed name)
    *("Mayor", "Governor", "Gen", "General", "Lt", "Capt", "Captain", "Sgt", "Det", "Detective", "Officer", "Chief"),
    *("Coach", "Prof", "Professor", "Justice", "Minister", "Secretary", "Chairman", "Director", "Rev", "Commissioner"),
    *("Speaker", "Leader", "Ambassador", "Attorney", "Prince", "Princess", "King", "Queen", "Pope", "Sir", "Dame"),
}


@dataclass
class Counts:
    clusters: int = 0
    multi: int = 0
    multi_shown: int = 0
    multi_docs: int = 0
    multi_docs_cited: int = 0
    multi_docs_one_item: int = 0  # gold documents cited by the best single matching item
    multi_as_single: int = 0  # multi-source facts with a matching item of status single_source
    cited: int = 0  # per gold multi/single fact, the documents cited by its matching items (union)
    cited_right: int = 0  # of those, the documents the gold lists for the fact
    single: int = 0
    single_listed: int = 0
    conflicts: int = 0
    conflicts_found: int = 0
    emitted: int = 0  # on clusters whose gold conflicts are complete
    emitted_real: int = 0
    emitted_non_conflicts: int = 0  # emitted conflicts that pair two sides of a known non-conflict
    quotes: int = 0
    quotes_found: int = 0
    quotes_right: int = 0
    speakers: int = 0
    speakers_bad: int = 0
    summary_multi: int = 0
    key: int = 0
    summary_key: int = 0
    sentences: int = 0
    sentences_dangling: int = 0
    repeated: int = 0
    briefs_repeating: int = 0  # stories whose summary states some gold fact twice (issue 14 counts briefs)
    missing: list[str] = field(default_factory=list)  # clusters without a brief (not scored)

    def add(self, other: Counts) -> None:
        for f in fields(self):
            if f.name == "missing":
                self.missing += other.missing
            else:
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def _count_cited(c: Counts, hits: list[dict[str, Any]], docs: set[str]) -> None:
    """Source precision: every document cited by an item stating the fact, and those the gold lists."""
    cited = {s for item in hits for s in item["sources"]}
    c.cited += len(cited)
    c.cited_right += len(cited & docs)


def score(gold: GoldCluster, brief: Brief) -> Counts:
    c = Counts(clusters=1)
    facts = brief["facts"]
    sentences = [s["text"] for s in brief["summary"]]
    for fact in gold.facts:
        docs = set(fact.sources)
        hits = [f for f in facts if matches(fact.match, f["text"])]
        c.multi += 1
        c.multi_shown += any(len(set(f["sources"]) & docs) >= 2 for f in hits)
        c.multi_docs += len(docs)
        c.multi_docs_cited += len(_cited(hits, docs))
        c.multi_docs_one_item += max((len(set(f["sources"]) & docs) for f in hits), default=0)
        c.multi_as_single += any(f["status"] == "single_source" for f in hits)
        c.summary_multi += any(matches(fact.match, s) for s in sentences)
        _count_cited(c, hits, docs)
    for fact in gold.single_source:
        hits = [f for f in facts if matches(fact.match, f["text"])]
        _count_cited(c, hits, set(fact.sources))
        c.single += 1
        c.single_listed += any(f["status"] == "single_source" and fact.sources[0] in f["sources"] for f in hits)
    by_id = {f.id: f for f in gold.facts + gold.single_source}
    for key in gold.key_facts:
        c.key += 1
        c.summary_key += any(matches(by_id[key].match, s) for s in sentences)
    for item in by_id.values():
        c.repeated += sum(matches(item.match, s) for s in sentences) >= 2
    c.briefs_repeating = int(c.repeated > 0)
    emitted = brief["conflicts"]
    # an emitted conflict that also pairs two sides of a known non-conflict (a bag of every number of
    # a topic: 15.2 inches in Madison with 13 in central Iowa) does not compare one quantity: not real
    guarded = [any(conflict_matches(e, g) for g in gold.non_conflicts) for e in emitted]
    clean = [e for e, bad in zip(emitted, guarded, strict=True) if not bad]
    for conflict in gold.conflicts:
        c.conflicts += 1
        c.conflicts_found += any(conflict_matches(e, conflict) for e in clean)
    if gold.conflicts_complete:
        c.emitted += len(emitted)
        c.emitted_real += sum(any(conflict_matches(e, g) for g in gold.conflicts) for e in clean)
    c.emitted_non_conflicts += sum(guarded)
    for quote in gold.quotes:
        hits = [
            q
            for q in brief["quotes"]
            if any(matches(quote.match, t) for t in [q["text"], *(v["text"] for v in q.get("variants", []))])
        ]
        c.quotes += 1
        c.quotes_found += bool(hits)
        c.quotes_right += bool(hits) and all(speaker_right(q["speaker"], quote) for q in hits)
    names = {n.lower() for e in brief["entities"] for n in [e["name"], *e["aliases"]]}
    spoken = [q["speaker"] for q in brief["quotes"] if q["speaker"] is not None]
    c.speakers += len(spoken)
    c.speakers_bad += sum(not speaker_is_name_or_role(s, names) for s in spoken)
    c.sentences += len(sentences)
    c.sentences_dangling += sum(dangling(s) for s in sentences)
    return c


# ---------------------------------------------------------------- systems


def _options_models() -> tuple[Any, Any]:
    from newsfuse.nlp import Models
    from newsfuse.options import Options

    options = Options()
    return options, Models(options)


def newsfuse_system() -> System:
    """Today's product: the same path as ``newsfuse brief``, rendered to the contract dict."""
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.render.json import brief_to_dict

    options, models = _options_models()

    def run(gold: GoldCluster) -> Brief:
        return brief_to_dict(brief_from_documents(raw_documents(gold), options, models))

    return run


def _spans(text: str, source: str) -> list[list[int]] | None:
    """Where ``text`` sits in ``source``: one span when verbatim, else one per kept word in order
    (a sentence shortened by deletion); ``None`` when it cannot be found."""
    start = source.find(text)
    if start >= 0:
        return [[start, start + len(text)]]
    spans: list[list[int]] = []
    at = 0
    for token in text.split():
        word = token if source.find(token, at) >= 0 else token.strip(".,;:!?\"'“”‘’()")
        k = source.find(word, at) if word else -1
        if k < 0:
            return None
        spans.append([k, k + len(word)])
        at = k + len(word)
    return spans


_ELLIPSIS = " … "  # the quote stage joins the parts of a quote split by its attribution with it


def _pointer(text: str, cited: list[str], texts: dict[str, str]) -> dict[str, Any]:
    """``{"source": "S2", "parts": [spans, ...]}``: each part of ``text`` (split at " … ") as spans
    in one source, cited sources first; ``source`` is None when the text is not found."""
    for sid in [*cited, *(s for s in texts if s not in cited)]:
        parts = [_spans(part, texts[sid]) for part in text.split(_ELLIPSIS)]
        if all(p is not None for p in parts):
            return {"source": sid, "parts": parts}
    return {"source": None, "parts": [], "words": len(text.split())}


def _text(pointer: dict[str, Any], texts: dict[str, str]) -> str:
    if pointer["source"] is None:
        return ""
    source = texts[pointer["source"]]
    return _ELLIPSIS.join(" ".join(source[a:b] for a, b in spans) for spans in pointer["parts"])


def _walk(brief: Brief, convert: Callable[[dict[str, Any], list[str]], None]) -> None:
    for item in brief["summary"] + brief["facts"] + brief["quotes"]:
        convert(item, item["sources"])
        for variant in item.get("variants", []):
            convert(variant, variant["sources"])
    for conflict in brief["conflicts"]:
        for claim in conflict["claims"]:
            convert(claim, claim["sources"])


def compact(brief: Brief, texts: dict[str, str]) -> Brief:
    """The brief without article text (the gold set stores no text of ../shared): every text becomes
    spans in ``texts`` (source id -> the raw document's text, which never changes)."""
    out = json.loads(json.dumps(brief))
    out.pop("title", None)
    out["sources"] = [{k: s.get(k) for k in ("id", "doc", "words", "copy_of")} for s in out["sources"]]
    out["skipped"] = [{"reason": s["reason"]} for s in out["skipped"]]

    def convert(item: dict[str, Any], cited: list[str]) -> None:
        item["text"] = _pointer(item["text"], cited, texts)

    _walk(out, convert)
    return out


def expand(stored: Brief, texts: dict[str, str]) -> Brief:
    out = json.loads(json.dumps(stored))

    def convert(item: dict[str, Any], _cited: list[str]) -> None:
        item["text"] = _text(item["text"], texts)

    _walk(out, convert)
    return out


def _raw_texts(gold: GoldCluster, sources: list[dict[str, Any]]) -> dict[str, str]:
    """Source id -> text of the raw document it was read from (``doc``: index in ``raw_documents``)."""
    raw = [d.text for d in raw_documents(gold)]
    return {s["id"]: raw[s["doc"]] for s in sources}


def baseline_system() -> System:
    """The stored brief of the code as it was when the gold set was made (``--write-baseline``)."""

    def run(gold: GoldCluster) -> Brief | None:
        path = BASELINE_DIR / f"{gold.id}.json"
        if not path.exists():
            return None
        stored = json.loads(path.read_text(encoding="utf-8"))
        return expand(stored, _raw_texts(gold, stored["sources"]))

    return run


SYSTEMS: dict[str, Callable[[], System]] = {"newsfuse": newsfuse_system, "baseline": baseline_system}


def write_baseline(clusters: list[GoldCluster]) -> list[str]:
    """Brief each cluster that has no stored baseline yet with the code of the day and store it, text
    replaced by spans in the raw documents (a stored baseline is never overwritten: it must stay the
    code of the day the gold set was made). One line per cluster written, with texts not located."""
    todo = [g for g in clusters if not (BASELINE_DIR / f"{g.id}.json").exists()]
    if not todo:
        return []
    run = newsfuse_system()
    BASELINE_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for gold in todo:
        brief = run(gold)
        assert brief is not None
        paths = [d.path for d in raw_documents(gold)]
        for source in brief["sources"]:
            source["doc"] = paths.index(source["path"])
        stored = compact(brief, _raw_texts(gold, brief["sources"]))
        lost = json.dumps(stored).count('"source": null')
        path = BASELINE_DIR / f"{gold.id}.json"
        path.write_text(json.dumps(stored, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(f"{path.name}: {lost} texts not located")
    return written


# ---------------------------------------------------------------- the table


def evaluate(clusters: list[GoldCluster], system: System) -> tuple[Counts, dict[str, Counts]]:
    total = Counts()
    per_cluster: dict[str, Counts] = {}
    for gold in clusters:
        brief = system(gold)
        if brief is None:
            total.missing.append(gold.id)
            continue
        counts = score(gold, brief)
        per_cluster[gold.id] = counts
        total.add(counts)
    return total, per_cluster


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}" if whole else "-"


COLUMNS = (
    "system split clusters multi_shown% source_recall% source_precision% one_item_recall% multi_as_single% "
    "single_listed% "
    "conflict_R conflict_P false_conf_guard "
    "quote_speaker% bad_speakers summary_multi% summary_key% dangling% repeated briefs_repeating"
)


def row(system: str, split: str, c: Counts) -> str:
    return " ".join(
        [
            system,
            split,
            str(c.clusters),
            _pct(c.multi_shown, c.multi),
            _pct(c.multi_docs_cited, c.multi_docs),
            f"{_pct(c.cited_right, c.cited)}({c.cited - c.cited_right}wrong)",
            _pct(c.multi_docs_one_item, c.multi_docs),
            _pct(c.multi_as_single, c.multi),
            _pct(c.single_listed, c.single),
            f"{c.conflicts_found}/{c.conflicts}",
            f"{c.emitted_real}/{c.emitted}",
            str(c.emitted_non_conflicts),
            f"{_pct(c.quotes_right, c.quotes_found)}({c.quotes_right}/{c.quotes_found}of{c.quotes})",
            f"{c.speakers_bad}/{c.speakers}",
            _pct(c.summary_multi, c.multi),
            _pct(c.summary_key, c.key),
            _pct(c.sentences_dangling, c.sentences),
            str(c.repeated),
            f"{c.briefs_repeating}/{c.clusters}",
        ]
    )


def run(split: str = "all", systems: Iterable[str] = ("newsfuse", "baseline"), verbose: bool = False) -> str:
    splits = ["tune", "report"] if split == "all" else [split]
    lines = [COLUMNS]
    details = []
    unknown = [name for name in systems if name not in SYSTEMS]
    if unknown:  # before any story is briefed
        raise ValueError(f"unknown system {unknown[0]!r}; choose from {sorted(SYSTEMS)}")
    for name in systems:
        system = SYSTEMS[name]()
        for part in splits:
            total, per_cluster = evaluate(load_all(part), system)
            lines.append(row(name, part, total))
            if total.missing:
                details.append(f"{name}/{part}: no brief for {', '.join(total.missing)}")
            if verbose:
                details += [row(f"  {name}", cid, c) for cid, c in per_cluster.items()]
    return "\n".join(lines + details)

"""``other_party.party_conflicts`` finds its candidate pairs with one array test and parses their sentences in one
call (docs/speed.md, stop 46): the same conflicts as the plain loop over every pair, which parsed one sentence a
call as it met it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_conflicts_stop44 import _brief
from tests.test_conflicts_stop45 import _TOLD_A, _TOLD_B

from newsfuse.align import conflicts, other_party
from newsfuse.align.other_party import MIN_SIMILARITY, _acts, _conflict, _disagree, _Named, _unsaid
from newsfuse.align.units import quoted_part

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "xi-putin-moscow-2023"


def _plain(story, support, gate, copy_of):  # type: ignore[no-untyped-def]
    """The loop of stop 45: every pair in order, a sentence's acts read (and parsed) when first met."""
    if not gate.active:
        return []
    sentences = story.sentences
    article_words: dict[str, set[str]] = {}
    for s in sentences:
        article_words.setdefault(s.article_id, set()).update(other_party._WORD.findall(s.text.lower()))
    words = {a: frozenset(w) for a, w in article_words.items()}
    root = [copy_of.get(s.article_id) or s.article_id for s in sentences]
    acts: dict[int, list] = {}

    def acts_of(i: int) -> list:
        if i not in acts:
            doc = gate.doc(i)
            acts[i] = _acts(doc, quoted_part(sentences[i].text), _Named(gate, i, doc))
        return acts[i]

    found = []
    index = {s.key: k for k, s in enumerate(sentences)}
    mentioned: list[set[str]] = [set() for _ in sentences]
    for m in story.mentions:
        k = index.get((m.article_id, m.sentence_index))
        if k is not None:
            mentioned[k].update(other_party._WORD.findall(m.text.lower()))
    capitals = [
        frozenset(w.lower() for w in other_party._CAPITAL.findall(s.text)) | mentioned[k]
        for k, s in enumerate(sentences)
    ]
    news = [{a for a, written in words.items() if _unsaid(capitals[i], written)} for i in range(len(sentences))]
    for i in range(len(sentences)):
        for j in range(i + 1, len(sentences)):
            if root[i] == root[j] or support.similarity[i, j] < MIN_SIMILARITY:
                continue
            if sentences[j].article_id not in news[i] or sentences[i].article_id not in news[j]:
                continue
            hit = _disagree(acts_of(i), acts_of(j), words[sentences[i].article_id], words[sentences[j].article_id])
            if hit is None:
                continue
            found.append((i, _conflict(story, i, j, hit), {i, j}))
            break
    return found


def _checked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Every ``party_conflicts`` call of the briefs made meanwhile compared with the plain loop's result; for each,
    (conflicts found, parser calls made)."""
    seen: list[tuple[int, int]] = []
    fast = other_party.party_conflicts

    def both(story, support, gate, copy_of):  # type: ignore[no-untyped-def]
        calls = []
        parse = gate.parse
        gate.parse = lambda texts: calls.append(len(texts)) or parse(texts)
        got = fast(story, support, gate, copy_of)
        gate.parse = parse
        assert got == _plain(story, support, gate, copy_of)
        seen.append((len(got), len(calls)))
        return got

    monkeypatch.setattr(conflicts, "party_conflicts", both)
    return seen


def test_the_pairs_and_the_batched_parses_give_the_plain_loops_conflicts(models, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen = _checked(monkeypatch)
    brief = _brief(models, [_TOLD_A, _TOLD_B])
    assert brief.conflicts and seen and all(found for found, _ in seen)
    assert all(calls <= 1 for _, calls in seen)  # one parser call at most


@pytest.mark.slow  # the shared corpus through the real models
@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpora")
def test_the_shared_corpus_gives_the_plain_loops_conflicts(models, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_paths

    seen = _checked(monkeypatch)
    brief_from_paths([CORPUS], Options(), models)
    assert seen and all(calls <= 1 for _, calls in seen)

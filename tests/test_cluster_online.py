"""Online story clustering on fictional streams, the `cluster` command, and B-cubed."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from tests.fakes import HashingEmbedder

from newsfuse.cluster import ClusterParams, OnlineClusterer, StreamItem, bcubed, features, online

STREAM = [
    (
        "b1",
        "bridge",
        "2024-03-05",
        "Harbour Bridge Closed For Repairs",
        "The council of Port Elmsworth voted on Tuesday to close the Corran harbour bridge for six months after "
        "inspectors found cracks in two of its supports. Mayor Tilda Varga said ferries would run every twenty "
        "minutes.",
    ),
    (
        "p1",
        "pandas",
        "2024-03-05",
        "Marlow Zoo Welcomes Twin Red Pandas",
        "Two red panda cubs were born at Marlow zoo on Friday, the first births there in a decade, keeper Jonas Pike "
        "said. The cubs will stay with their mother, Suri, away from visitors until the summer.",
    ),
    (
        "v1",
        "vote",
        "2024-03-06",
        "Dravenia Holds Snap Election",
        "Voters in Dravenia go to the polls on Sunday in a snap parliamentary election called after the coalition of "
        "Prime Minister Aleksi Morn collapsed over a disputed budget for pensions and roads.",
    ),
    (
        "b2",
        "bridge",
        "2024-03-06",
        "Elmsworth Drivers Face Detours",
        "Drivers in Port Elmsworth face long detours after the Corran bridge was shut over cracked supports. Mayor "
        "Tilda Varga said extra ferries would cross the harbour and repairs would take six months.",
    ),
    (
        "p2",
        "pandas",
        "2024-03-07",
        None,
        "Keeper Jonas Pike said the twin red panda cubs born at Marlow zoo are healthy and feeding well; their "
        "mother Suri has not let them out of the nest box since the birth on Friday.",
    ),
    (
        "v2",
        "vote",
        "2024-03-08",
        "Morn Concedes In Dravenia",
        "Prime Minister Aleksi Morn conceded defeat in Dravenia's snap election on Sunday night after his party lost "
        "a third of its seats in a vote dominated by the pensions budget dispute.",
    ),
    (
        "b3",
        "bridge",
        "2024-03-09",
        "Ferry Queues Grow In Elmsworth",
        "Queues for the harbour ferries in Port Elmsworth grew to an hour on Saturday, the first weekend since the "
        "cracked Corran bridge was closed. Mayor Tilda Varga promised a temporary footbridge.",
    ),
]


@pytest.fixture(scope="module")
def clusterer_factory(models):
    return lambda **kw: OnlineClusterer(models.embedder, params=ClusterParams(**kw))


def _items(rows=STREAM):
    return [StreamItem(aid, text, title, published) for aid, _gold, published, title, text in rows]


def test_fictional_stream_is_grouped_into_its_stories(clusterer_factory) -> None:
    assigned = dict(clusterer_factory().run(_items()))
    predicted = [assigned[aid] for aid, *_ in STREAM]
    gold = [g for _a, g, *_ in STREAM]
    assert bcubed(predicted, gold) == (1.0, 1.0, 1.0)
    assert list(assigned) == [aid for aid, *_ in STREAM]  # input order kept


def test_a_story_closes_after_the_time_window(clusterer_factory) -> None:
    rows = [STREAM[0], (*STREAM[3][:2], "2024-05-20", *STREAM[3][3:])]  # the follow-up comes 11 weeks later
    assert len(set(dict(clusterer_factory(window_days=7).run(_items(rows))).values())) == 2
    assert len(set(dict(clusterer_factory(window_days=120).run(_items(rows))).values())) == 1


def test_bcubed_known_values() -> None:
    assert bcubed(["x", "x", "y"], [1, 1, 1]) == pytest.approx((1.0, 5 / 9, 2 * 5 / 9 / (1 + 5 / 9)))
    assert bcubed(["x", "x"], [1, 2])[0] == pytest.approx(0.5)
    with pytest.raises(ValueError):
        bcubed(["x"], [])


@pytest.mark.slow  # the CLI in a subprocess loads the real models
def test_cluster_command_writes_one_line_per_input_in_order(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(
            json.dumps({"id": aid, "text": text, "title": title, "published": published}) + "\n"
            for aid, _g, published, title, text in STREAM
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "newsfuse", "cluster", str(source), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == [aid for aid, *_ in STREAM]
    assert bcubed([line["story"] for line in lines], [g for _a, g, *_ in STREAM])[2] == 1.0


@pytest.mark.slow  # the CLI in a subprocess
def test_cluster_command_rejects_a_bad_line(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a"}\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "newsfuse", "cluster", str(source)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 2
    assert "needs an" in done.stderr and "Traceback" not in done.stderr


def test_oracle_ceiling_links_only_same_story_pairs_and_counts_what_it_cannot_link(models) -> None:
    from bench.clustering import ceiling, similarities
    from bench.multinews_stream import StreamDoc

    stories = {"bridge": 0, "pandas": 1, "vote": 2}
    docs = [StreamDoc(aid, text, stories[gold]) for aid, gold, _published, _title, text in STREAM]
    # a login wall filed under the bridge story: it resembles nothing of its story
    docs.append(StreamDoc("wall", "Please sign in to continue reading. Subscribe for full access.", 0))
    text_sim, emb_sim = similarities(docs, models.embedder)
    strict = ceiling(docs, text_sim, emb_sim, 0.05, 0.30)
    assert strict.row.precision == 1.0
    assert strict.isolated == 1  # only the login wall
    assert strict.row.recall < 1.0
    loose = ceiling(docs, text_sim, emb_sim, -1.0, -1.0)  # everything counts as similar
    assert (loose.row.recall, loose.isolated) == (1.0, 0)
    assert loose.cross_story_pairs == sum(a.story != b.story for i, a in enumerate(docs) for b in docs[i + 1 :])


def _unrelated(n: int, published: str | None = None) -> list[StreamItem]:
    """Articles with no word in common: each starts a story of its own."""
    rng = np.random.default_rng(n)
    letters = np.array(list("bcdfghjklmnpqrstvwz"))
    items = []
    for k in range(n):
        words = ["".join(rng.choice(letters, 7)) for _ in range(40)]
        title = " ".join(w.capitalize() for w in words[:4])
        items.append(StreamItem(f"u{k}", f"{title} said. " + " ".join(words) + ".", title, published))
    return items


def test_beyond_the_open_story_cap_the_least_recently_joined_close(monkeypatch) -> None:
    monkeypatch.setattr(online, "_SWEEP", 4)
    monkeypatch.setattr(online, "_PURGE", 2)
    clusterer = OnlineClusterer(HashingEmbedder(), params=ClusterParams(max_open_stories=3))
    items = _unrelated(12)
    first = [clusterer.assign(p) for p in clusterer.prepare(items)]
    assert len(set(first)) == 12 and clusterer.open_stories() <= 3
    assert len(clusterer.stories) < 12  # closed stories' rows were given to new ones
    assert clusterer.terms.postings() <= 32 * 5  # the closed stories' term postings are gone
    again = clusterer.prepare([items[-1], items[0]])
    assert clusterer.assign(again[0]) == first[-1]  # a recent story takes its repeat
    assert clusterer.assign(again[1]) not in first  # a closed one does not: a new story


def test_a_story_two_windows_behind_the_stream_closes(monkeypatch) -> None:
    monkeypatch.setattr(online, "_SWEEP", 4)
    clusterer = OnlineClusterer(HashingEmbedder(), params=ClusterParams(window_days=7), in_date_order=True)
    old = _unrelated(1, "2024-03-01")[0]
    story = clusterer.assign(clusterer.prepare([old])[0])
    for item in _unrelated(3, "2024-03-14"):  # 13 days on: within two windows, still open
        clusterer.assign(clusterer.prepare([item])[0])
    assert story in clusterer._by_id
    for item in _unrelated(4, "2024-03-16"):  # 15 days on: closed, its vectors dropped
        clusterer.assign(clusterer.prepare([item])[0])
    assert story not in clusterer._by_id and clusterer.open_stories() == 7
    assert clusterer.stories[0].recent_emb == [] and clusterer.stories[0].emb_sum.size == 0
    # replaying a store into the closed story's id opens it again
    assert clusterer.add(clusterer.prepare([old])[0], story) == story and story in clusterer._by_id


def test_a_date_years_ahead_closes_no_story(monkeypatch) -> None:
    monkeypatch.setattr(online, "_SWEEP", 2)
    today = datetime.now(UTC).date().isoformat()
    clusterer = OnlineClusterer(HashingEmbedder(), params=ClusterParams(window_days=7), in_date_order=True)
    items = _unrelated(3, today)
    items[1] = StreamItem(items[1].id, items[1].text, items[1].title, "2999-01-01")
    for item in items:
        clusterer.assign(clusterer.prepare([item])[0])
    assert clusterer.open_stories() == 3


def test_a_stream_in_any_order_closes_no_story_for_its_age(monkeypatch) -> None:
    """`newsfuse cluster` takes its input in any order: an article from the past may still join."""
    monkeypatch.setattr(online, "_SWEEP", 1)
    clusterer = OnlineClusterer(HashingEmbedder(), params=ClusterParams(window_days=7))
    old, *_ = _unrelated(1, "2024-03-01")
    story = clusterer.assign(clusterer.prepare([old])[0])
    clusterer.assign(clusterer.prepare(_unrelated(2, "2024-04-20")[1:])[0])
    assert clusterer.open_stories() == 2
    assert clusterer.assign(clusterer.prepare([StreamItem("late", old.text, old.title, "2024-03-02")])[0]) == story


# Two events of one kind: a warehouse fire in each of two invented towns, no dates given.
TWO_FIRES = [
    "Fire crews in Kestrow fought a blaze at the Ambery paper warehouse overnight; chief Orla Dunmore said "
    "the Ambery roof collapsed and forty Kestrow firefighters kept the flames from the canal.",
    "The Ambery paper warehouse in Kestrow burned for nine hours, fire chief Orla Dunmore said, and the "
    "canal side of Kestrow was evacuated while firefighters cooled the collapsed roof.",
    "A blaze gutted the Tollings timber depot in Brackwater on Sunday; commander Emil Sarno said sixty "
    "crews saved the Tollings sawmill next door.",
    "Smoke from the gutted Tollings depot closed the Brackwater ring road, commander Emil Sarno said, as "
    "crews guarded the sawmill through Sunday night.",
]


def _always_join() -> online.Decision:
    return online.Decision("joins every candidate", (0.0,) * len(online.FEATURES), 10.0, 0.5)


def test_the_end_of_stream_cut_separates_two_events_of_one_kind() -> None:
    items = [StreamItem(f"f{n}", text) for n, text in enumerate(TWO_FIRES)]
    clusterer = OnlineClusterer(HashingEmbedder(), _always_join())
    assigned = [story for _id, story in clusterer.run(items)]
    assert len(set(assigned)) == 1  # the join decision merged the two fires
    moved = clusterer.finish()
    final = [clusterer.story_of(item.id, story) for item, story in zip(items, assigned, strict=True)]
    assert final[0] == final[1] == assigned[0] and final[2] == final[3] != final[0]
    assert set(moved) == {"f2", "f3"}  # the later event moved; the story keeps the first article's part
    # each part is a story again: a further article about the second fire joins the moved part
    more = clusterer.prepare([StreamItem("f4", TWO_FIRES[3].replace("Sunday", "Monday"))])[0]
    assert clusterer.assign(more) == final[2]


def test_no_cut_when_switched_off_or_for_an_endless_stream() -> None:
    items = [StreamItem(f"f{n}", text) for n, text in enumerate(TWO_FIRES)]
    off = OnlineClusterer(HashingEmbedder(), _always_join(), ClusterParams(split_ratio=0.0))
    assert len({story for _id, story in off.cluster_all(items)}) == 1
    endless = OnlineClusterer(HashingEmbedder(), _always_join(), split_at_end=False)
    assert len({story for _id, story in endless.cluster_all(items)}) == 1
    assert all(s.members is None or s.members == [] for s in endless.stories)  # no member vectors kept


ONE_FIRE_MORE = [
    "Kestrow residents near the canal returned home on Tuesday after firefighters put out the Ambery "
    "warehouse fire; chief Orla Dunmore said the cause of the blaze was still unknown.",
    "Insurers sent assessors to the burned Ambery paper warehouse in Kestrow, where chief Orla Dunmore's "
    "firefighters had stopped the fire at the canal after the roof collapsed.",
]


def test_one_event_is_not_cut() -> None:
    items = [StreamItem(f"f{n}", text) for n, text in enumerate(TWO_FIRES[:2] + ONE_FIRE_MORE)]
    clusterer = OnlineClusterer(HashingEmbedder(), _always_join())
    assert len({story for _id, story in clusterer.cluster_all(items)}) == 1


def test_two_groups_finds_two_events_behind_an_outlier() -> None:
    """Two events of two articles each and one article alike to neither: average linkage down to
    two groups would set the outlier apart ([1, 4]); the sweep cut returns the two events, the
    outlier with the one it is least unlike."""
    sims = np.array(
        [
            [1.0, 0.8, 0.15, 0.15, 0.05],
            [0.8, 1.0, 0.15, 0.15, 0.05],
            [0.15, 0.15, 1.0, 0.7, 0.1],
            [0.15, 0.15, 0.7, 1.0, 0.1],
            [0.05, 0.05, 0.1, 0.1, 1.0],
        ],
        dtype=np.float32,
    )
    first, second = online._two_groups(sims, 2)
    assert sorted(map(sorted, (first, second))) == [[0, 1], [2, 3, 4]]
    balanced = np.array(
        [[1.0, 0.9, 0.1, 0.2], [0.9, 1.0, 0.2, 0.1], [0.1, 0.2, 1.0, 0.8], [0.2, 0.1, 0.8, 1.0]], dtype=np.float32
    )
    assert sorted(map(sorted, online._two_groups(balanced, 2))) == [[0, 1], [2, 3]]


# A short article of another story, alike to none of the four fire articles.
STRAY = "Voters in Melrick approved the library levy by 312 votes; mayor Ines Galt thanked the volunteers."


def test_one_stray_article_is_peeled_off_a_story() -> None:
    fire = TWO_FIRES[:2] + ONE_FIRE_MORE
    items = [StreamItem(f"f{n}", text) for n, text in enumerate([*fire[:2], STRAY, *fire[2:]])]
    clusterer = OnlineClusterer(HashingEmbedder(), _always_join(), ClusterParams(peel_ratio=0.45))
    final = dict(clusterer.cluster_all(items))
    assert len({final[f"f{n}"] for n in (0, 1, 3, 4)}) == 1
    assert final["f2"] != final["f0"]
    assert set(clusterer.moved) == {"f2"}


def test_the_peel_is_on_by_default_and_off_at_zero_or_for_a_small_story() -> None:
    fire = TWO_FIRES[:2] + ONE_FIRE_MORE
    items = [StreamItem(f"f{n}", text) for n, text in enumerate([*fire, STRAY])]
    default = OnlineClusterer(HashingEmbedder(), _always_join())
    assert len({story for _id, story in default.cluster_all(items)}) == 2
    assert set(default.moved) == {"f4"}
    off = OnlineClusterer(HashingEmbedder(), _always_join(), ClusterParams(peel_ratio=0.0))
    assert len({story for _id, story in off.cluster_all(items)}) == 1
    small = OnlineClusterer(HashingEmbedder(), _always_join())  # three articles: too few to peel
    assert len({story for _id, story in small.cluster_all(items[2:])}) == 1


# Two rehab stays told in the same words about different people and places (invented names).
def _rehab(singer: str, clinic: str, town: str, manager: str) -> list[str]:
    return [
        f"The singer {singer} entered the {clinic} clinic in {town} on Friday for treatment, her manager "
        f"{manager} said; {singer} asked fans for privacy while the {clinic} staff care for her in {town}.",
        f"{singer} checked into {clinic} in {town} for a month of treatment after weeks of exhaustion, "
        f"{manager} told reporters, and {singer} cancelled three concerts while at {clinic} in {town}.",
    ]


TWO_STAYS = _rehab("Marla Voss", "Pinecrest", "Delford", "Toby Renn") + _rehab(
    "Dara Quell", "Silverbrook", "Hanton", "Lena Ostrow"
)


def test_name_tokens_meet_on_a_name_written_two_ways() -> None:
    assert features.name_tokens(["kira grünberg", "grunberg’s", "it’s", "these"]) == {"kira", "grunberg"}


def test_two_same_kind_events_in_the_same_words_are_cut_by_their_names() -> None:
    items = [StreamItem(f"r{n}", text) for n, text in enumerate(TWO_STAYS)]
    words_only = OnlineClusterer(HashingEmbedder(), _always_join(), ClusterParams(split_by_names=False))
    assert len({story for _id, story in words_only.cluster_all(items)}) == 1  # too alike in words to cut
    by_names = OnlineClusterer(HashingEmbedder(), _always_join())
    final = dict(by_names.cluster_all(items))
    assert final["r0"] == final["r1"] != final["r2"] == final["r3"]


def test_no_names_cut_when_the_two_groups_share_a_key_name() -> None:
    # the second singer went to the same clinic in the same town: one place, maybe one story
    same_place = _rehab("Marla Voss", "Pinecrest", "Delford", "Toby Renn") + _rehab(
        "Dara Quell", "Pinecrest", "Delford", "Lena Ostrow"
    )
    items = [StreamItem(f"r{n}", text) for n, text in enumerate(same_place)]
    clusterer = OnlineClusterer(HashingEmbedder(), _always_join())
    assert len({story for _id, story in clusterer.cluster_all(items)}) == 1

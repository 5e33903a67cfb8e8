"""The timeline lists each event once, in the order of the day, and only events (summarize/timeline.py): the
editor's read of stop 39b found one statement listed three times (three outlets, three wordings), a Friday-evening
reply before the "Earlier Friday" statement it answered, and a scene-setting sentence as an event. Invented text."""

from __future__ import annotations

from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents
from newsfuse.records import RawDocument

POST = (
    "Mayor Ada Brant resigned on Friday after a month of protests over the Keld harbour contract.\n\n"
    "Ms. Brant's resignation Friday comes at a time when the port faces its worst season in a decade.\n\n"
    "The harbour handled fewer ships this spring than in any year since the war."
)
TIMES = (
    "Ada Brant, the mayor of Keld, resigned Friday evening, hours after the council vote on the harbour.\n\n"
    "Her deputy, Tomas Elk, will lead the town until an election in the autumn.\n\n"
    "Norlo Shipping did not answer questions about the contract.\n\n"
    "This was after Norlo Shipping warned on Thursday that it would move its ferries to Tessel."
)
HERALD = (
    "Ms. Brant, 58, resigned from the town hall on Friday, saying the dock strike had made her work impossible.\n\n"
    "Earlier Friday, the Keld council voted to cancel the harbour contract with Norlo Shipping.\n\n"
    "Ada Brant had led the town for six years."
)


def _brief(fast_models):  # type: ignore[no-untyped-def]
    documents = [
        RawDocument(path=f"{name}.txt", text=text, title=f"Keld mayor resigns ({name})", published="2024-05-11")
        for name, text in (("post", POST), ("times", TIMES), ("herald", HERALD))
    ]
    return brief_from_documents(documents, Options(), fast_models)


def _timeline(fast_models):  # type: ignore[no-untyped-def]
    return _brief(fast_models).timeline


def test_two_outlets_telling_one_act_make_one_item_citing_both(fast_models) -> None:  # type: ignore[no-untyped-def]
    """One item for the three tellings of the resignation, cited as its shown sentence is cited in the summary and
    under Facts (stop 41: the item no longer adds the outlets of the tellings it stands for, whose sentences say
    less than it shows; on main the summary cited the sentence to two outlets and the timeline to three)."""
    brief = _brief(fast_models)
    resigned = [t for t in brief.timeline if "resign" in t.text]
    assert len(resigned) == 1
    assert resigned[0].date == "2024-05-10"
    assert {"S1", "S2"} <= set(resigned[0].sources)
    elsewhere = [f.sources for f in brief.facts if f.text == resigned[0].text]
    elsewhere += [s.sources for s in brief.summary if s.text == resigned[0].text]
    assert elsewhere and all(sources == resigned[0].sources for sources in elsewhere)


def test_the_days_time_cues_order_its_items(fast_models) -> None:  # type: ignore[no-untyped-def]
    texts = [t.text for t in _timeline(fast_models) if t.date == "2024-05-10"]
    vote = next(n for n, t in enumerate(texts) if "council voted" in t)
    resigned = next(n for n, t in enumerate(texts) if "resign" in t)
    assert vote < resigned  # "Earlier Friday" before the resignation of "Friday evening"


def test_a_scene_setting_sentence_is_no_event(fast_models) -> None:  # type: ignore[no-untyped-def]
    assert not any("comes at a time when" in t.text for t in _timeline(fast_models))


def test_an_event_after_a_pointing_this_was_after_is_kept(fast_models) -> None:  # type: ignore[no-untyped-def]
    warned = [t for t in _timeline(fast_models) if "warned" in t.text]
    assert [(t.date, t.text) for t in warned] == [
        ("2024-05-09", "Norlo Shipping warned on Thursday that it would move its ferries to Tessel.")
    ]


def test_time_cues() -> None:
    from newsfuse.summarize.daytime import time_cue

    assert time_cue("Earlier Friday, the council voted.") < time_cue("The council voted on Friday.")
    assert time_cue("The council voted on Friday.") < time_cue("She resigned Friday evening.")
    assert time_cue("Brant later resigned.") == time_cue("The council voted on Friday.")  # no hour
    assert time_cue("“We met this morning,” she said on Friday.") == time_cue("She said so on Friday.")


def test_the_timeline_bench_counts_repeats_and_context() -> None:
    from bench.timeline import Event, judge

    resign = Event("x", "tune", "2024/x", "resign", "event", ("2024-05-10",), ("S1",), "", ("resign",))
    scene = Event("x", "tune", "2024/x", "scene", "context", ("2024-05-10",), ("S1",), "", ("at a time when",))
    vote = Event("x", "tune", "2024/x", "vote", "event", ("2024-05-09",), ("S2",), "", ("voted",))
    items = [
        {"date": "2024-05-10", "text": "Brant resigned on Friday.", "sources": ["S1"]},
        {"date": "2024-05-10", "text": "Ada Brant resigned Friday evening.", "sources": ["S2"]},
        {"date": "2024-05-10", "text": "It comes at a time when the port is failing.", "sources": ["S1"]},
        {"date": "2024-05-10", "text": "The harbour froze.", "sources": ["S1"]},
    ]
    given, other = judge([resign, scene, vote], items)
    assert (len(given["resign"]), len(given["scene"]), len(given["vote"])) == (2, 1, 0)
    assert [i["text"] for i in other] == ["The harbour froze."]

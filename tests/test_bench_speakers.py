"""The speaker check set's scoring (bench/speakers.py) on an invented brief."""

from bench.speakers import BASIL56, GOLD, Labelled, gold, judge


def _brief(*quotes: tuple[str, str | None, str]) -> dict:
    return {"quotes": [{"text": t, "speaker": s, "sources": [src], "variants": []} for t, s, src in quotes]}


def _item(fragment: str, speaker: str | None, source: str = "S1", aliases: tuple[str, ...] = ()) -> Labelled:
    return Labelled(1, "tune", source, fragment, speaker, aliases, "")


def test_verdicts() -> None:
    brief = _brief(
        ("The river rose all night", "Ada Brant", "S1"),
        ("We will rebuild the bridge", None, "S1"),
        ("Nobody warned us", "Tom Reyes", "S2"),
        ("It was a long night for everyone", None, "S2"),
    )
    assert judge(_item("the river rose", "Ada Brant"), brief)[0] == "right"
    assert judge(_item("We will rebuild", "Mayor Ada Brant"), brief)[0] == "unattributed"
    assert judge(_item("Nobody warned", "Lena Ortiz", "S2"), brief)[0] == "wrong"
    assert judge(_item("Nobody warned", None, "S2"), brief)[0] == "wrong"  # words nobody in the text said
    assert judge(_item("It was a long night", None, "S2"), brief)[0] == "right"
    assert judge(_item("The river rose", "Ada Brant", "S2"), brief)[0] == "missing"  # another source's quote
    assert (
        judge(
            _item("rebuild the bridge", "Brant", aliases=("Ada Brant",)),
            _brief(("We will rebuild the bridge", "Brant", "S1")),
        )[0]
        == "right"
    )


def test_an_exact_fragment_is_the_whole_quote() -> None:
    brief = _brief(("act of terror", "Ada Brant", "S1"), ("act of terror.", "Tom Reyes", "S1"))
    assert judge(_item("act of terror", "Tom Reyes"), brief)[0] == "wrong"  # both hold it
    assert judge(_item("=act of terror", "Ada Brant"), brief) == ("right", ["Ada Brant"])
    assert judge(_item("=act of terror.", "Tom Reyes"), brief) == ("right", ["Tom Reyes"])
    assert judge(_item("=act of", "Tom Reyes"), brief)[0] == "missing"


def test_gold_file_is_split_and_well_formed() -> None:
    assert GOLD.is_file()
    tune, kept = gold("tune"), gold("kept")
    assert tune and kept and not {i.row for i in tune} & {i.row for i in kept}
    assert all(i.fragment and i.source.startswith("S") for i in tune + kept)


def test_the_basil_events_are_a_set_of_their_own() -> None:
    basil, multinews = gold("all", "basil"), gold("all", "multinews")
    mn47, mn48, mn54, mn55, mn57, mn58, mn59, mn60 = (gold("all", f"mn{n}") for n in (47, 48, 54, 55, 57, 58, 59, 60))
    assert basil and multinews and all(i.row.startswith("basil-") for i in basil)
    assert not any(i.row.startswith("basil-") for i in multinews + mn47 + mn48 + mn54 + mn55 + mn57 + mn58)
    mn = multinews + mn47 + mn48 + mn54 + mn55 + mn57 + mn58 + mn59 + mn60
    assert len(basil) + len(mn) == len(gold("all"))
    tune, kept = {i.row for i in gold("tune", "basil")}, {i.row for i in gold("kept", "basil")}
    assert len(tune) == len(kept) == 38 and not tune & kept
    stops = [f"basil{n}" for n in (39, 40, 41, 42, 43, 44, 45, 46, 49, 50, 51, 52, 53, 56)]
    by_stop = [{i.row for i in gold("all", s)} for s in stops]
    assert [len(rows) for rows in by_stop] == [8, 4, 4, 8, 8, 4, 4, 4, 4, 4, 4, 8, 8, 4] and set().union(
        *by_stop
    ) == tune | kept
    assert {i.row for i in gold("tune", "basil42")} == {
        "basil-2019-0d10341a",
        "basil-2019-1e41e98b",
        "basil-2015-2b9468af",
        "basil-2016-472158a1",
    }
    assert {i.row for i in gold("tune", "basil44")} == {"basil-2016-76810849", "basil-2015-7f9c83f7"}
    assert {i.row for i in gold("kept", "basil44")} == {"basil-2018-87609973", "basil-2019-c9e4d35f"}
    assert {i.row for i in gold("tune", "basil45")} == {"basil-2014-c99adbdd", "basil-2010-df5fe55a"}
    assert {i.row for i in gold("kept", "basil45")} == {"basil-2015-8dac6c12", "basil-2010-ae243a95"}
    assert {i.row for i in gold("tune", "basil46")} == {"basil-2011-97566c74", "basil-2015-af4a3f41"}
    assert {i.row for i in gold("kept", "basil46")} == {"basil-2012-b4dbeda7", "basil-2015-c5534b7e"}
    assert {i.row for i in gold("tune", "basil49")} == {"basil-2010-85475456", "basil-2017-0c78e748"}
    assert {i.row for i in gold("kept", "basil49")} == {"basil-2013-11c9f251", "basil-2011-2153fb3e"}
    assert any(i.speaker is None for i in gold("kept", "basil49"))
    assert {i.row for i in gold("tune", "basil50")} == {"basil-2019-3ae35b16", "basil-2017-dd1e6e3b"}
    assert {i.row for i in gold("kept", "basil50")} == {"basil-2017-84b3c118", "basil-2018-01c59743"}
    assert {i.row for i in gold("tune", "basil51")} == {"basil-2017-58f414e5", "basil-2011-a28a0329"}
    assert {i.row for i in gold("kept", "basil51")} == {"basil-2011-c21cb217", "basil-2013-84678e18"}
    assert {i.row for i in gold("tune", "basil43")} == {
        "basil-2012-29ffd053",
        "basil-2010-2b95d2cf",
        "basil-2012-2ec04201",
        "basil-2019-2f3e86b6",
    }


def test_the_stop47_rows_are_a_set_of_their_own() -> None:
    assert {i.row for i in gold("tune", "mn47")} == {"72", "29"}
    assert {i.row for i in gold("kept", "mn47")} == {"18", "39"}
    assert {i.row for i in gold("all", "multinews")} == {"17", "44", "53", "64", "68", "30", "49", "56", "67", "95"}
    assert any(i.speaker is None for i in gold("tune", "mn47"))


def test_the_stop48_rows_are_a_set_of_their_own() -> None:
    assert {i.row for i in gold("tune", "mn48")} == {"21", "32"}
    assert {i.row for i in gold("kept", "mn48")} == {"7", "16"}
    assert not {i.row for i in gold("all", "mn48")} & {i.row for i in gold("all", "mn47") + gold("all", "multinews")}
    assert any(i.speaker is None for i in gold("tune", "mn48"))
    assert {i.row for i in gold("tune", "basil52")} == {
        "basil-2010-6f95dcb9",
        "basil-2010-6b541575",
        "basil-2016-d4a4bc34",
        "basil-2012-cad4bba5",
    }
    assert {i.row for i in gold("kept", "basil52")} == {
        "basil-2017-d16050b3",
        "basil-2012-08bb9bee",
        "basil-2015-2742e9c1",
        "basil-2011-550b80db",
    }
    assert {i.row for i in gold("tune", "basil53")} == {
        "basil-2017-df6a55fb",
        "basil-2014-ccf19ab6",
        "basil-2011-0ffb34cd",
        "basil-2015-a4edca3f",
    }
    assert {i.row for i in gold("kept", "basil53")} == {
        "basil-2015-6e502405",
        "basil-2012-f11c2566",
        "basil-2017-72fa9b13",
        "basil-2011-3db93526",
    }


def test_the_stop54_rows_are_a_set_of_their_own() -> None:
    assert {i.row for i in gold("tune", "mn54")} == {"9", "36", "107"}
    assert {i.row for i in gold("kept", "mn54")} == {"116", "111", "63"}
    older = gold("all", "mn47") + gold("all", "mn48") + gold("all", "multinews")
    assert not {i.row for i in gold("all", "mn54")} & {i.row for i in older}
    assert any(i.speaker is None for i in gold("tune", "mn54"))


def test_the_stop55_rows_are_a_set_of_their_own() -> None:
    assert {i.row for i in gold("tune", "mn55")} == {"19", "73", "98"}
    assert {i.row for i in gold("kept", "mn55")} == {"92", "50", "93"}
    older = gold("all", "mn47") + gold("all", "mn48") + gold("all", "mn54") + gold("all", "multinews")
    assert not {i.row for i in gold("all", "mn55")} & {i.row for i in older}
    assert any(i.speaker is None for i in gold("tune", "mn55"))


def test_the_stop56_events_are_a_set_of_their_own() -> None:
    assert {i.row for i in gold("tune", "basil56")} == {"basil-2013-a4f1d515", "basil-2018-2a3fde8a"}
    assert {i.row for i in gold("kept", "basil56")} == {"basil-2013-1bb79cc1", "basil-2013-68748e7f"}
    older = [i for i in gold("all", "basil") if not i.row.endswith(BASIL56)]
    assert not {i.row for i in gold("all", "basil56")} & {i.row for i in older}
    assert any(i.speaker is None for i in gold("tune", "basil56"))


def test_the_stop57_rows_are_a_set_of_their_own() -> None:
    assert {i.row for i in gold("tune", "mn57")} == {"3", "24"}
    assert {i.row for i in gold("kept", "mn57")} == {"20", "22"}
    older = [i for i in gold("all") if i.row not in ("3", "24", "20", "22")]
    assert not {i.row for i in gold("all", "mn57")} & {i.row for i in older}
    assert any(i.speaker is None for i in gold("tune", "mn57"))


def test_the_stop58_rows_are_a_set_of_their_own() -> None:
    assert {i.row for i in gold("tune", "mn58")} == {"99", "40"}
    assert {i.row for i in gold("kept", "mn58")} == {"69", "83"}
    older = [i for i in gold("all") if i.row not in ("99", "40", "69", "83")]
    assert not {i.row for i in gold("all", "mn58")} & {i.row for i in older}
    assert any(i.speaker is None for i in gold("tune", "mn58"))


def test_the_stop59_events_are_a_set_of_their_own() -> None:
    assert {i.row for i in gold("tune", "mn59")} == {"basil-2014-b764f81f", "basil-2013-70c744ad"}
    assert {i.row for i in gold("kept", "mn59")} == {"basil-2013-9879bbc0", "basil-2016-59f2f47c"}
    assert not {i.row for i in gold("all", "mn59")} & {i.row for i in gold("all", "basil")}
    assert any(i.speaker is None for i in gold("tune", "mn59"))


def test_the_stop60_rows_are_a_set_of_their_own() -> None:
    assert {i.row for i in gold("tune", "mn60")} == {"45", "85"}
    assert {i.row for i in gold("kept", "mn60")} == {"117", "89"}
    assert not {i.row for i in gold("all", "mn60")} & {i.row for i in gold("all", "multinews")}
    assert any(i.speaker is None for i in gold("tune", "mn60")) and len(gold("all", "mn60")) == 69

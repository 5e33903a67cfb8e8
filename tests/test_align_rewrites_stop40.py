"""A rewrite (an article that retells another's report and credits it, align/rewrites.py) is counted as that
report everywhere its support is counted, not only in the facts' status (stop 39 left two places): the fact
graph's independent sources, which rank the facts and the summary, and the conflicts, which set a rewrite's
figure against its own report's (stop 40, issue 12)."""

from __future__ import annotations

from newsfuse.align.alignment import align
from newsfuse.align.rewrites import independent_sources, source_roots
from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents, story_from_documents
from newsfuse.records import Article, RawDocument

REPORT = [
    "The harbour board voted on Tuesday to close the north quay.",
    "The closure will cost 40 dock workers their jobs, the board said.",
    "Dock workers will move to the south quay in May.",
    "The board chair, Ana Ruiz, called the vote painful.",
]
# in its own words, crediting the report (a verbatim copy is dedup's ``copy_of``), and with another figure
REWRITE = [
    "Port officials in the city have decided to shut the north quay, the Harbour Gazette reports.",
    "According to the Gazette, the closure will cost 60 dock workers their jobs, a board spokesman said.",
    "Its dock workers are to be moved across to the south quay in May, the paper says.",
    "Board chair Ana Ruiz told the paper the vote had been a painful one.",
]


def _documents() -> list[RawDocument]:
    return [
        RawDocument(path="gazette.txt", text="\n\n".join(REPORT), outlet="Harbour Gazette"),
        RawDocument(path="daily.txt", text="\n\n".join(REWRITE), outlet="Coast Daily"),
    ]


def test_a_rewrite_counts_as_its_report_and_a_copy_of_it_too() -> None:
    articles = [
        Article("S1", "1.txt", None, "Harbour Gazette", None, None, ["x"]),
        Article("S2", "2.txt", None, "Coast Daily", None, None, ["x"]),
        Article("S3", "3.txt", None, "Coast Daily", None, None, ["x"], copy_of="S2"),
        Article("S4", "4.txt", None, "Port Wire", None, None, ["x"]),
    ]
    assert source_roots(articles, {}) == {"S1": None, "S2": None, "S3": "S2", "S4": None}
    assert source_roots(articles, {"S2": "S1"}) == {"S1": None, "S2": "S1", "S3": "S1", "S4": None}
    # a rewrite adds no source to a fact its report backs; two rewrites of a report that does not back it do
    assert independent_sources(["S1", "S2", "S4"], {"S2": "S1"}) == ["S1", "S4"]
    assert independent_sources(["S2", "S3"], {"S2": "S1", "S3": "S1"}) == ["S2", "S3"]


def test_a_rewrite_is_no_second_source_in_the_graph_nor_in_conflict_with_its_report(fast_models) -> None:  # type: ignore[no-untyped-def]
    story = story_from_documents(_documents(), Options(), fast_models, [])
    alignment = align(story, Options(), fast_models)
    assert alignment.retells == {"S2": "S1"}
    nodes = [node for node in alignment.graph.facts if len(node.sources) > 1]
    assert nodes  # the rewrite is still cited beside its report ...
    assert all(len(node.independent) == 1 for node in nodes)  # ... but counts with it as one source
    # "40 dock workers" against "60": the rewrite got its report's figure wrong; the report told twice is no
    # disagreement between two sources
    assert alignment.conflicts == []
    brief = brief_from_documents(_documents(), Options(), fast_models)
    assert brief.conflicts == [] and not [f for f in brief.facts if f.status in ("corroborated", "disputed")]


def test_two_reports_with_two_figures_are_still_in_conflict(fast_models) -> None:  # type: ignore[no-untyped-def]
    # the same texts without the credit: two reports, and the figures disagree
    documents = _documents()
    documents[1] = RawDocument(
        path="daily.txt",
        text="\n\n".join(
            [
                "Port officials in the city have decided to shut the north quay.",
                "The closure will cost 60 dock workers their jobs, a board spokesman said.",
                *REWRITE[2:],
            ]
        ),
        outlet="Coast Daily",
    )
    brief = brief_from_documents(documents, Options(), fast_models)
    assert [a.retells for a in brief.sources] == [None, None]
    assert [sorted(v for c in conflict.claims for v in [c.value]) for conflict in brief.conflicts] == [["40", "60"]]


def test_one_outlet_table_names_what_the_text_finds_and_what_a_credit_matches() -> None:
    from newsfuse.align.rewrites import credits, names_of, outlet_key
    from newsfuse.ingest.outlet import outlet_in_text

    # an outlet the text names as its own is shown by the name a reader is told, one name per outlet
    found = outlet_in_text(["By Jane Roe | New York Times", "The ferry sailed at dawn."])
    assert found == "The New York Times" == outlet_in_text(["By Jane Roe | The New York Times", "The ferry sailed."])
    assert outlet_in_text(["MARROW BAY (AP) — The ferry sailed."]) == "Associated Press"
    assert outlet_in_text(["MARROW BAY (CBS) — The ferry sailed."]) == "CBS News"
    # ... and the rewrite check matches a credit to that outlet by any of its names
    assert outlet_key(found) == outlet_key("NYT") == "nyt"
    assert credits("The ferry sank, according to the Times.", names_of("nyt", found, []))

"""An article that retells another article of the set, crediting it ("…, the Harbour Gazette reports"), is no
second source for what it retells (align/rewrites.py; editor read b13, stop 39: two rewrites of one paper's
report made its facts "corroborated" and the brief spoke of "3 independent sources")."""

from __future__ import annotations

from newsfuse.align.rewrites import (
    credits,
    find_rewrites,
    independent_facts,
    names_of,
    outlet_key,
    rewrite_warnings,
)
from newsfuse.options import Options
from newsfuse.records import (
    AnalysedStory,
    Article,
    Brief,
    ClaimSpan,
    Fact,
    FactGraph,
    FactNode,
    RawDocument,
    Sentence,
    SummaryItem,
)
from newsfuse.render.html import to_html
from newsfuse.render.markdown import to_markdown

NYT = names_of("nyt", "NYT", [])


def test_credits_name_the_outlet_as_the_source_of_the_report() -> None:
    assert credits("The mayor resigned on Friday, The New York Times is reporting.", NYT)
    assert credits("The Times reports the mayor resigned on Friday.", NYT)
    assert credits("According to the Times, the mayor resigned.", NYT)
    assert credits("The resignation was first reported by The New York Times.", NYT)
    assert credits("The mayor resigned, reported The New York Times.", NYT)
    assert credits("The Times’s Jane Roe reported that the mayor resigned.", NYT)
    # naming the outlet is not crediting it with the report
    assert not credits("The mayor told The New York Times that he would stay.", NYT)
    assert not credits("He wrote an op-ed in the Times last year.", NYT)
    assert not credits("A Times reporter asked the mayor about it.", NYT)


def test_outlet_aliases_and_the_short_name_only_when_it_is_unambiguous() -> None:
    assert outlet_key("NYT") == outlet_key("The New York Times") == outlet_key("nytimes.com") == "nyt"
    assert outlet_key("HPO") == outlet_key("HuffPost") == outlet_key("The Huffington Post") == "hpo"
    assert outlet_key("FOX") == outlet_key("Fox News") == "fox"
    assert outlet_key("Associated Press") == outlet_key("AP") == "ap"
    assert outlet_key("Harbour Gazette") == "harbour gazette"  # not in the table: its own name
    assert "the Times" in names_of("nyt", "NYT", ["FOX"])
    # with the Los Angeles Times in the set, "the Times" says neither paper
    assert "the Times" not in names_of("nyt", "NYT", ["Los Angeles Times"])
    assert credits(
        "The Harbour Gazette reported on Monday that the quay will close.", names_of("x", "Harbour Gazette", [])
    )


REPORT = [
    "The harbour board voted on Tuesday to close the north quay.",
    "The quay has lost money for six years, the board said.",
    "Dock workers will move to the south quay in May.",
    "The board chair, Ana Ruiz, called the vote painful.",
]
REWRITE = [
    "The harbour board has voted to close the north quay, the Harbour Gazette reports.",
    "The quay has lost money for six years, according to the Gazette.",
    "Dock workers will move to the south quay in May.",
]
CITES_ONCE = [
    "Shipping firms said on Wednesday they would sue over the quay closure.",
    "Their lawyer, Tom Beck, said the vote broke a 1998 lease.",
    "The board voted to close the north quay, the Harbour Gazette reported.",
    "The firms employ 300 people at the port.",
]


def _story_and_graph(
    texts: list[list[str]], outlets: list[str], shared: list[list[str]]
) -> tuple[AnalysedStory, FactGraph]:
    """Articles S1… of ``texts``; one fact node per sentence, backed by its own article and by the articles
    ``shared[a][k]`` names (comma-separated ids) for sentence ``k`` of article ``a``."""
    articles = [
        Article(f"S{a + 1}", f"{a}.txt", None, outlets[a], None, None, list(lines)) for a, lines in enumerate(texts)
    ]
    sentences, claims, nodes = [], [], []
    for a, lines in enumerate(texts):
        for k, line in enumerate(lines):
            i = len(sentences)
            sentences.append(Sentence(f"S{a + 1}", k, 0, line, 0, len(line)))
            claims.append(ClaimSpan(i, f"S{a + 1}", line, ((0, len(line)),)))
            backers = [f"S{a + 1}", *(s for s in shared[a][k].split(",") if s)]
            status = "corroborated" if len(backers) > 1 else "single_source"
            nodes.append(FactNode(f"F{i + 1}", [i], [i], i, backers, backers, status, 1.0))  # type: ignore[arg-type]
    story = AnalysedStory(articles=articles, sentences=sentences, mentions=[])
    graph = FactGraph(claims=claims, facts=nodes, fact_of_claim=list(range(len(claims))), sentence_sources=[])
    return story, graph


def test_a_rewrite_is_found_and_a_report_that_cites_once_is_not() -> None:
    story, graph = _story_and_graph(
        [REPORT, REWRITE, CITES_ONCE],
        ["Harbour Gazette", "Coast Daily", "Port Wire"],
        [["S2,S3", "S2", "S2", ""], ["S1", "S1", "S1"], ["", "", "S1", ""]],
    )
    assert find_rewrites(story, graph) == {"S2": "S1"}


def test_crediting_an_outlet_shares_most_facts_or_it_stays_a_report() -> None:
    # the same credit, but the rewrite's own facts are its own: a report that cites the Gazette once
    story, graph = _story_and_graph(
        [REPORT, REWRITE], ["Harbour Gazette", "Coast Daily"], [["S2", "", "", ""], ["S1", "", ""]]
    )
    assert find_rewrites(story, graph) == {}
    # an article never retells its own outlet (a follow-up by the same paper)
    story, graph = _story_and_graph(
        [REPORT, REWRITE], ["Harbour Gazette", "Harbour Gazette"], [["S2", "S2", "S2", ""], ["S1", "S1", "S1"]]
    )
    assert find_rewrites(story, graph) == {}


def test_a_fact_of_a_report_and_its_rewrites_is_single_source_and_keeps_its_citations() -> None:
    articles = [Article(f"S{n}", f"{n}.txt", None, None, None, None, ["x"]) for n in (1, 2, 3, 4)]
    nodes = {
        "F1": ["S1", "S2", "S3"],  # the report and its two rewrites
        "F2": ["S2", "S3"],  # two rewrites give what the report does not: two sources
        "F3": ["S1", "S2", "S4"],  # an independent report backs it too
    }
    graph = FactGraph(
        claims=[],
        facts=[FactNode(k, [], [], 0, v, v, "corroborated", 1.0) for k, v in nodes.items()],
        fact_of_claim=[],
        sentence_sources=[],
    )
    facts = [Fact("text", v, "corroborated", id=k) for k, v in nodes.items()]
    out = independent_facts(facts, graph, articles, {"S2": "S1", "S3": "S1"})
    assert [(f.id, f.status, f.sources) for f in out] == [
        ("F1", "single_source", ["S1", "S2", "S3"]),
        ("F2", "corroborated", ["S2", "S3"]),
        ("F3", "corroborated", ["S1", "S2", "S4"]),
    ]
    warning = rewrite_warnings(articles, {"S2": "S1", "S3": "S1"})[0]
    assert warning.kind == "rewrite" and warning.sources == ["S2", "S3"]
    assert warning.message.startswith("these sources retell the report of source 1")


def _brief() -> Brief:
    articles = [
        Article("S1", "1.txt", None, "NYT", None, None, [REPORT[0]]),
        Article("S2", "2.txt", None, "FOX", None, None, [REWRITE[0]], retells="S1"),
        Article("S3", "3.txt", None, "HPO", None, None, [REWRITE[0]], retells="S1"),
        Article("S4", "4.txt", None, "AP", None, None, [CITES_ONCE[0]]),
    ]
    facts = [
        Fact(REPORT[0], ["S1", "S2", "S3"], "single_source", id="F1"),
        Fact(CITES_ONCE[0], ["S4"], "single_source", id="F2"),
    ]
    summary = [SummaryItem(REPORT[2], ["S1"])]
    return Brief(
        "Harbour board closes quay",
        articles,
        [],
        summary,
        facts=facts,
        warnings=rewrite_warnings(articles, {"S2": "S1", "S3": "S1"}),
    )


def test_markdown_and_html_tell_the_reader_which_sources_retell_which() -> None:
    md, html = to_markdown(_brief()), to_html(_brief())
    assert "> **Note:** these sources retell the report of source 1 (they credit The New York Times)" in md
    assert "single source (retold by [2], [3])**: The harbour board" in md
    assert "**single source**: Shipping firms" in md  # a fact of one source is not "retold"
    assert "(retells [1])" in md and "<em>retells [1]</em>" in html
    # the rewrites are not counted as independent sources
    assert "None detected among the 2 independent sources" in md
    assert "None detected among the 2 independent sources" in html


def test_a_brief_of_a_report_and_its_rewrite_does_not_call_its_facts_corroborated(fast_models) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.pipeline import brief_from_documents

    report = "\n\n".join(REPORT)
    # in its own words (a verbatim copy is ``copy_of``, dedup's business)
    rewrite = "\n\n".join(
        [
            "Port officials in the city have decided to shut the north quay, the Harbour Gazette reports.",
            "According to the Gazette, the quay has run at a loss for six years, a board spokesman said.",
            "Its dock workers are to be moved across to the south quay in May, the paper says.",
            "Board chair Ana Ruiz told the paper the vote had been a painful one.",
        ]
    )
    documents = [
        RawDocument(path="gazette.txt", text=report, outlet="Harbour Gazette"),
        RawDocument(path="daily.txt", text=rewrite, outlet="Coast Daily"),
    ]
    brief = brief_from_documents(documents, Options(), fast_models)
    assert [(w.kind, w.sources) for w in brief.warnings] == [("rewrite", ["S2"])]
    assert [a.retells for a in brief.sources] == [None, "S1"]
    assert any(len(f.sources) > 1 for f in brief.facts)  # the citations stay
    assert not [f for f in brief.facts if f.status == "corroborated"]

"""Claims: sentences that carry several facts are split (align/claims.py) and each claim joins its own
fact (align/claim_units.py); every claim stays a deletion-only subsequence of its sentence."""

from __future__ import annotations

import pytest

from newsfuse.align.claims import MAX_WORDS, joined, split_sentences
from newsfuse.options import Options


def claims_of(text: str, parse) -> list[str]:  # type: ignore[no-untyped-def]
    return [joined(text, spans) for spans in split_sentences([text], parse)[0]]


def in_order(claim: str, sentence: str) -> bool:
    """Every word of ``claim`` appears in ``sentence``, in the same order (deletion only)."""
    at = 0
    for word in claim.split():
        found = sentence.find(word.strip(".,;:"), at)
        if found < 0:
            return False
        at = found + len(word.strip(".,;:"))
    return True


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "But the company's board will have to approve any stake larger than 4.75%, and foreign voting "
            "interest is capped at 24.9%.",
            [
                "But the company's board will have to approve any stake larger than 4.75%",
                "foreign voting interest is capped at 24.9%.",
            ],
        ),
        (
            "Mr. Hunter easily won the nonpartisan primary with 48 percent of the vote; the next highest "
            "vote-getter, a Democrat, took only 17 percent.",
            [
                "Mr. Hunter easily won the nonpartisan primary with 48 percent of the vote",
                "the next highest vote-getter, a Democrat, took only 17 percent.",
            ],
        ),
        (
            "Representative Chris Collins of New York was indicted on insider trading charges, and announced "
            "days later that he had suspended his campaign.",
            [
                "Representative Chris Collins of New York was indicted on insider trading charges.",
                "Representative Chris Collins of New York announced days later that he had suspended his campaign",
            ],
        ),
    ],
)
def test_clauses_become_claims(fast_models, sentence: str, expected: list[str]) -> None:
    assert claims_of(sentence, fast_models.parse) == expected


def test_a_relative_clause_with_a_figure_is_a_claim(fast_models) -> None:
    sentence = "The closures, which lasted for four days, caused massive traffic jams in the town."
    claims = claims_of(sentence, fast_models.parse)
    assert claims == [
        "The closures caused massive traffic jams in the town.",
        "The closures, which lasted for four days",
    ]


def test_a_relative_clause_set_off_by_commas_is_a_claim(fast_models) -> None:
    # a detail one outlet gives in a clause ("which the port authority had ordered out of service") and
    # another in a sentence of its own joins that sentence's fact only as a claim of its own
    assert claims_of(
        "The ferry, which the port authority had ordered out of service, sank near Tessel harbour on Sunday.",
        fast_models.parse,
    ) == [
        "The ferry sank near Tessel harbour on Sunday.",
        "The ferry, which the port authority had ordered out of service",
    ]
    assert claims_of(
        "Mayor Lena Ostrova, who will step down after the election, opened the new bridge over the river.",
        fast_models.parse,
    ) == [
        "Mayor Lena Ostrova opened the new bridge over the river.",
        "Mayor Lena Ostrova, who will step down after the election",
    ]


def test_a_which_clause_after_a_preposition_stays(fast_models) -> None:
    # "which" may refer to the stay, not the capital: the noun it follows is no safe subject
    sentence = "The minister's stay in the old capital, which ended on Wednesday, was the first by a foreign envoy."
    assert claims_of(sentence, fast_models.parse) == []


def test_a_cut_keeps_the_comma_that_closes_an_apposition(fast_models) -> None:
    sentence = (
        "Zirkle, 46, who finished second three times from 2012 to 2014, was mushing from Kokukuk to Nulato, "
        "a run of less than 20 miles, when she was attacked."
    )
    claims = claims_of(sentence, fast_models.parse)
    assert claims[0].startswith("Zirkle, 46, was mushing from Kokukuk")
    assert claims[1] == "Zirkle, 46, who finished second three times from 2012 to 2014"


def test_the_apposition_comma_stays_when_the_commas_before_it_are_odd(fast_models) -> None:
    # editor read, stop 32 (row 161): "On June 17," made the count odd: "... Dwight Smith, 30 police said."
    sentence = (
        "On June 17, police searched the home of Ivo Brandt, 30, who was arrested on suspicion of fraud, police said."
    )
    claims = claims_of(sentence, fast_models.parse)
    assert any("Ivo Brandt, 30, police said" in c for c in claims), claims


def test_cuts_that_would_garble_the_rest_are_not_made(fast_models) -> None:
    for sentence in [
        # a clause that is not the last conjunct: the rest would read "... their swim no sign of the two men"
        "Hackett's wife, Binni, called 911 when Hackett and Auerbach failed to return from their swim and she "
        "found the men's bicycles at Steep Hill, but no sign of the two men.",
        # a participle sharing "has been": "The mother ... charged in the boy's death" says another thing
        "The mother of the 2-year-old Largo boy that had been the subject of an Amber Alert for several days "
        "has been arrested and charged in the boy's death.",
    ]:
        for claim in claims_of(sentence, fast_models.parse):
            assert "swim no sign" not in claim and not claim.endswith(", but")
            assert "days charged" not in claim


def test_quotes_short_and_plain_sentences_stay_whole(fast_models) -> None:
    for sentence in [
        '"We signed the agreement and we will keep it, whatever happens next," the minister said on Friday.',
        "The two leaders met in Moscow on Tuesday.",
        "Officials said the two countries would spend 2.1 billion euros on water treatment over the next decade.",
    ]:
        assert claims_of(sentence, fast_models.parse) == []


def test_every_claim_is_a_deletion_of_its_sentence(fast_models) -> None:
    sentences = [
        "A grand jury in San Diego indicted the Hunters on charges of filing false campaign finance records, "
        "saying the couple misused more than $250,000 after a two-year investigation.",
        "His family has been a household name in California politics for decades, and his father served in "
        "the House for nearly 30 years until handing the reins to his son.",
    ]
    for sentence in sentences:
        claims = claims_of(sentence, fast_models.parse)
        assert len(claims) == 2
        assert all(in_order(c, sentence) for c in claims)


def test_garbage_and_run_on_sentences_are_not_parsed(fast_models) -> None:
    run_on = " and ".join(["the committee met again"] * 500)  # 2,000 words, one "sentence"
    garbage = "; ".join(["@@ ## 12 $$ %%"] * 300)
    calls: list[list[str]] = []

    def parse(texts: list[str]):  # type: ignore[no-untyped-def]
        calls.append(texts)
        return fast_models.parse(texts)

    assert len(run_on.split()) > MAX_WORDS
    assert split_sentences([run_on, garbage], parse) == [[], []]
    assert calls == []


@pytest.fixture(scope="module")
def brief_two(models):  # type: ignore[no-untyped-def]
    from newsfuse import brief

    articles = [
        {
            "title": "Harbor board backs Qatar stake",
            "text": "The Keld harbor board on Monday approved a request by Qatar Airways to buy a 10 percent stake "
            "in the port operator, and foreign voting interest in the operator remains capped at 24.9 percent.\n\n"
            "The decision follows months of talks between the airline and the port. Dock workers had protested "
            "outside the board's offices for a week, fearing job cuts. The union has asked for guarantees that no "
            "jobs will be lost in the next five years.",
        },
        {
            "title": "Qatar Airways to take stake in Keld port",
            # the same fact in another word order: a sentence printed word for word by both would be one telling
            # (align/units.py, one_per_telling) and single-source
            "text": "On Monday, the Keld harbor board approved a request by Qatar Airways to buy a 10 percent stake "
            "in the port operator.\n\nThe airline said the investment showed its confidence in the port. Its chief "
            "executive flew to Keld last spring to meet the mayor. Shares in the operator rose sharply in early "
            "trading after the announcement, and analysts expect more investors to follow.",
        },
    ]
    with_claims = brief(articles, options=Options(on_error="raise"), models=models)
    without = brief(articles, options=Options(on_error="raise").with_(claims=False), models=models)
    return with_claims, without


def test_a_detail_of_a_shared_sentence_is_its_own_single_source_fact(brief_two) -> None:
    with_claims, without = brief_two
    cap = [f for f in with_claims.facts if "24.9" in f.text]
    assert len(cap) == 1
    assert cap[0].status == "single_source" and cap[0].sources == ["S1"]
    assert cap[0].text == "foreign voting interest in the operator remains capped at 24.9 percent."
    stake = [f for f in with_claims.facts if "10 percent stake" in f.text]
    assert len(stake) == 1 and stake[0].status == "corroborated" and set(stake[0].sources) == {"S1", "S2"}
    # sentence by sentence, the detail hides inside the shared fact
    assert not any(f.status == "single_source" and "24.9" in f.text for f in without.facts)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("LARGO, Fla. — The mother was arrested on Tuesday.", "The mother was arrested on Tuesday."),
        ("SAN DIEGO, Calif. (AP) — Hunter was indicted.", "Hunter was indicted."),
        ("WASHINGTON (Reuters) - The House voted.", "The House voted."),
        ("- Law enforcement officials announced the arrest.", "Law enforcement officials announced the arrest."),
        ("4. The mayor, uncertain, hands the card to the clerk.", "The mayor, uncertain, hands the card to the clerk."),
        ("3.5 million people voted.", "3.5 million people voted."),
        ("I - as I said - disagree.", "I - as I said - disagree."),
        ("The U.S. - China trade deal was signed.", "The U.S. - China trade deal was signed."),
        # editor read, stop 33: a wire's dateline with its day (row 63), CNN's title-case place (row 108)
        ("KELD, May 18 (UPI) -- Art maker Tessa is warning bloggers.", "Art maker Tessa is warning bloggers."),
        ("Washington (CNN) Keld Sen. Ivo Brandt praised the speech.", "Keld Sen. Ivo Brandt praised the speech."),
        ("New Keld (AP) — The dam held.", "The dam held."),
        ("Mr. Brandt (AP) said the dam held.", "Mr. Brandt (AP) said the dam held."),
    ],
)
def test_a_fact_is_shown_without_its_dateline_or_list_bullet(sentence: str, shown: str) -> None:
    from newsfuse.nlp.clarity import display_text

    assert display_text(sentence) == shown


def test_a_main_clause_keeps_its_sentences_score_only_with_an_item_it_shares_words_with() -> None:
    """The whole sentences met through the clause that was cut off: the main clause "The clerk called the
    police" shares nothing with "They agreed to meet at the pier", so that pair is scored again on the
    clause's own words; the pair with "The clerk phoned the police at noon" keeps its score."""
    import numpy as np

    from newsfuse.align.claim_units import inherited_scores
    from newsfuse.records import AnalysedStory, Sentence

    texts = [
        "The clerk called the police",  # main clause of a split sentence of S1
        "the clerk and the buyer agreed to meet at the pier three days later",  # its other claim
        "They agreed to meet at the pier three days later.",  # S2
        "The clerk phoned the police at noon.",  # S3
        "Stalls on the market square opened at dawn.",
        "Fishing boats returned to the harbour before the storm.",
    ]
    owners = ["S1", "S1", "S2", "S3", "S4", "S4"]
    sentences = [Sentence(a, k, 0, t, 0, len(t)) for k, (a, t) in enumerate(zip(owners, texts, strict=True))]
    items = AnalysedStory([], sentences, [])
    known = np.full((6, 6), np.nan)
    for i, j in [(0, 2), (0, 3)]:
        known[i, j] = known[j, i] = 0.97
    kept = inherited_scores(items, [True, False, False, False, False, False], known)
    assert np.isnan(kept[0, 2]) and np.isnan(kept[2, 0])
    assert kept[0, 3] == kept[3, 0] == 0.97
    # a whole sentence's pairs are never touched
    assert np.array_equal(inherited_scores(items, [False] * 6, known), known, equal_nan=True)


def test_two_outlets_quoting_the_same_term_back_each_other(models) -> None:  # type: ignore[no-untyped-def]
    from newsfuse import brief

    articles = [
        {
            "text": "President Okonjo arrived in Tessel City on Monday for a three-day state visit.\n\n"
            "Last spring the two presidents declared a “rock solid” partnership between their countries, shortly "
            "before the border dispute flared up again. Farmers on both sides of the lake welcomed the visit.",
        },
        {
            "text": "Estrella's president began a three-day state visit to Norvane on Monday.\n\n"
            "Varga and Okonjo signed their “rock solid” pact a year ago, weeks before soldiers crossed the river "
            "at Holmvik. The talks this week are expected to cover fishing rights.",
        },
    ]
    facts = brief(articles, options=Options(on_error="raise"), models=models).facts
    quoted = [f for f in facts if "rock solid" in f.text]
    assert len(quoted) == 2
    assert all(set(f.sources) == {"S1", "S2"} and f.status == "corroborated" for f in quoted)


def test_a_sentence_outside_the_unit_backs_a_shown_sentence_it_holds(fast_models) -> None:
    """A unit holds one sentence per article, so a sentence that says everything a shown sentence says,
    and more, can stay out of its fact when it joined another sentence of that article first: it backs
    the shown sentence when the pair reaches the unit threshold (a long sentence that holds a part of the
    shown one does not)."""
    import numpy as np

    from newsfuse.align.facts import Backing, cited_sources, fact_sources
    from newsfuse.align.units import Unit, UnitMap, quantities_of
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    first = "The bridge lanes into Holmvik were closed, and the closures lasted four days in late September."
    second = "The closures lasted four days.\n\nThe mayor of Holmvik asked the port authority why."
    story = story_from_documents(
        [RawDocument(path="0.txt", text=first), RawDocument(path="1.txt", text=second)], Options(), fast_models, []
    )
    texts = [s.text for s in story.sentences]
    long, short, other = texts.index(first), texts.index("The closures lasted four days."), len(texts) - 1
    similarity = np.eye(len(texts))

    def units_with(p: float) -> UnitMap:
        sim = similarity.copy()
        sim[long, short] = sim[short, long] = p
        groups = [[long, other], [short]]  # the long sentence joined the other article's other sentence
        unit_of = [next(u for u, g in enumerate(groups) if k in g) for k in range(len(texts))]
        quantities = [quantities_of(t) for t in texts]
        return UnitMap([Unit(sorted(g)) for g in groups], unit_of, quantities, sim, 0.9)

    backing = Backing.of(story)
    assert fact_sources(story, units_with(0.95), [short], short, backing) == ["S2", "S1"]
    assert fact_sources(story, units_with(0.95), [short], short) == ["S2"]  # the unit alone
    assert fact_sources(story, units_with(0.5), [short], short, backing) == ["S2"]
    # below the unit threshold only the rare phrase ("closures lasted") backs it,
    # listed as such, and the sentence that backs it is the passage a reader is pointed to (FactNode.backers)
    assert cited_sources(story, units_with(0.7), [short], short, backing) == (["S2", "S1"], ["S1"], {"S1": long})
    # the other way round the long sentence says more than the short one: not backed by it
    assert fact_sources(story, units_with(0.95), [long, other], long, backing) == ["S1", "S2"]  # (its unit)
    assert fact_sources(story, units_with(0.95), [long], long, backing) == ["S1"]


def test_a_quoted_title_the_whole_story_names_backs_nothing(fast_models) -> None:
    """A film or show the story is about ("La La Land" in every other sentence of the Oscars story) is
    quoted in sentences on many things; only a term of a few sentences ties two of them together."""
    from newsfuse.align.facts import TERM_MAX_SENTENCES, Backing
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    first = (
        "The musical “Harbour Lights” won six awards on Sunday night.\n\n"
        "Its director thanked the cast of “Harbour Lights” in a long speech.\n\n"
        "The mayor called the town a “safe haven” for artists."
    )
    second = (
        "Critics had tipped “Harbour Lights” for the top prize for months.\n\n"
        "Tickets for “Harbour Lights” sold out within an hour on Monday.\n\n"
        "The town wants to be a “safe haven” for young painters, its mayor said."
    )
    story = story_from_documents(
        [RawDocument(path="0.txt", text=first), RawDocument(path="1.txt", text=second)], Options(), fast_models, []
    )
    terms = {t for found in Backing.of(story).terms for t in found}
    assert TERM_MAX_SENTENCES < 4
    assert terms == {"safe haven"}


def test_a_detail_told_inside_another_sentence_backs_the_shown_one_through_a_rare_phrase(fast_models) -> None:
    """A detail an outlet tells inside a sentence about something else scores below the unit threshold with
    the other outlet's sentence that tells just the detail; a plain two-word phrase of few sentences ("blood
    clot") that both give lets the long one back the short one, listed as ``by_phrase`` (which the
    summary's multi-outlet bonus does not count). A name, a lower score, a figure the long one lacks or a
    phrase other sentences give too backs nothing."""
    import numpy as np

    from newsfuse.align.facts import PHRASE_MAX_ITEMS, PHRASE_SCORE, Backing, cited_sources, phrases
    from newsfuse.align.units import Unit, UnitMap, quantities_of
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    shown = "On Friday doctors found a blood clot in her lung."
    long = "Her husband said she still fights an infection, and that a blood clot in her lung was found on Friday."
    counted = "On Friday doctors found a blood clot in her lung 3 centimetres long."
    other = "The mayor of Holmvik visited her in the clinic on Saturday."

    # other news of the story, so that the words of the two sentences weigh something (story IDF)
    rest = ["The clinic opened a new wing in March.", "Nurses went on strike over pay.", "The council met again."]

    def cited(first: str, second: str, p: float) -> tuple[list[str], list[str]]:
        documents = [
            RawDocument(path="0.txt", text="\n\n".join([first, *rest[:2]])),
            RawDocument(path="1.txt", text="\n\n".join([second, *rest[1:]])),
        ]
        story = story_from_documents(documents, Options(), fast_models, [])
        texts = [s.text for s in story.sentences]
        a, b = texts.index(first.split("\n\n")[0]), texts.index(second)
        sim = np.eye(len(texts))
        sim[a, b] = sim[b, a] = p
        unit_of = list(range(len(texts)))
        units = UnitMap([Unit([k]) for k in unit_of], unit_of, [quantities_of(t) for t in texts], sim, 0.9)
        return cited_sources(story, units, [a], a, Backing.of(story))[:2]

    assert PHRASE_SCORE < 0.9
    assert cited(shown, long, 0.7) == (["S1", "S2"], ["S2"])
    assert cited(shown, long, 0.5) == (["S1"], [])
    assert cited(counted, long, 0.87) == (["S1"], [])  # the long sentence gives no "3"
    assert PHRASE_MAX_ITEMS == 2  # a phrase a third sentence gives too
    assert cited(shown + "\n\n" + "The blood clot was large.", long, 0.87) == (["S1"], [])
    assert cited(shown, other, 0.87) == (["S1"], [])
    assert ("blood", "clot") in {tuple(w[:5] for w in pair) for pair in phrases(shown)}
    assert not phrases("Staten Island Ferry Terminal")  # names break phrases


def test_an_outlet_cited_by_phrase_only_is_not_counted_by_the_summary_bonus() -> None:
    from newsfuse.records import ClaimSpan, FactGraph, FactNode
    from newsfuse.summarize.select import multi_outlet_facts

    texts = ["Doctors found a blood clot in her lung.", "The mayor visited the clinic."]
    claims = [ClaimSpan(i, "S1", t, ((0, len(t)),)) for i, t in enumerate(texts)]
    nodes = [
        FactNode("F1", [0], [0], 0, ["S1", "S2"], ["S1", "S2"], "corroborated", 1.0, by_phrase=["S2"]),
        FactNode("F2", [1], [1], 1, ["S1", "S2"], ["S1", "S2"], "corroborated", 1.0),
    ]
    graph = FactGraph(claims=claims, facts=nodes, fact_of_claim=[0, 1], sentence_sources=[["S1"]] * 2)
    assert nodes[0].close_independent == ["S1"] and nodes[1].close_independent == ["S1", "S2"]
    assert multi_outlet_facts(graph, 2) == {1: {1}}


def pieces_of(text: str, parse) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    from newsfuse.align.claims import split_claims

    return [(joined(text, p.spans), p.reported) for p in split_claims([text], parse)[0]]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # ", saying / adding / noting that Z" (the reporting cut): Z is what the speaker says
        (
            "The mayor criticised the council on Tuesday, saying that the new bridge had been built with stolen money.",
            "the new bridge had been built with stolen money",
        ),
        (
            "Ms. Verrin praised the harbour plan, adding that the port would employ 300 new workers by next spring.",
            "the port would employ 300 new workers by next spring",
        ),
        (
            "The minister defended the budget cuts, noting that the hospital had already overspent by 12 million.",
            "the hospital had already overspent by 12 million",
        ),
        # a semicolon piece under a trailing "…, the mayor said"
        (
            "The new bridge was built with stolen money; the council has refused to answer questions, the mayor said.",
            "The new bridge was built with stolen money",
        ),
        # a relative clause with a figure inside what someone says, denies or is said to have done
        (
            "The mayor said the bridge, which cost 40 million dollars, had been built with stolen money.",
            "the bridge, which cost 40 million dollars",
        ),
        (
            "The council denied that the bridge, which cost 40 million dollars, had been built with stolen money.",
            "the bridge, which cost 40 million dollars",
        ),
        (
            "The bridge, which cost 40 million dollars, was built with stolen money, the mayor said.",
            "The bridge, which cost 40 million dollars",
        ),
        # a coordinated clause under "According to X," or beside a parenthetical "the mayor said"
        (
            "According to the mayor, the council wasted 12 million dollars on the bridge, and the auditor has "
            "opened an inquiry.",
            "the auditor has opened an inquiry.",
        ),
        (
            "The bridge, the mayor said, was built with stolen money, and the council has refused to answer questions.",
            "the council has refused to answer questions.",
        ),
    ],
)
def test_a_clause_someone_reports_is_marked_reported(fast_models, sentence: str, clause: str) -> None:
    found = pieces_of(sentence, fast_models.parse)
    assert (clause, True) in found, found
    # the piece that holds the speaker is no reported clause
    assert any(not reported for _, reported in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor signed 14 agreements with the council, and said the bridge had been built with stolen money.",
        "The mayor, who has led the town for 12 years, said the bridge had been built with stolen money.",
        "The mayor claims the council wasted 12 million dollars on the bridge, and the auditor has opened an inquiry.",
        "The new bridge was built with stolen money, the mayor said, and the council has refused to answer questions.",
        # two speakers, one per piece: the parse hangs one speech verb on the other across the semicolon
        "The union says the strike, which closed 14 docks, was lawful; the port board denies any fault in it.",
    ],
)
def test_a_claim_that_holds_its_speaker_or_is_nobodys_report_is_not_marked(fast_models, sentence: str) -> None:
    found = pieces_of(sentence, fast_models.parse)
    assert len(found) == 2 and not any(reported for _, reported in found), found


def _facts(articles: list[dict[str, str]], models):  # type: ignore[no-untyped-def]
    from newsfuse import brief

    return brief(articles, options=Options(on_error="raise"), models=models).facts


def test_a_reported_clause_is_never_shown_as_a_bare_fact(fast_models) -> None:
    """The clause still matches and joins facts by its own words, but the brief shows it with its speaker
    (the whole sentence)."""
    sentence = (
        "The harbour union criticised the port board on Monday, saying that the new cranes had been bought "
        "with money from a secret fund."
    )
    articles = [
        {"text": f"{sentence} The board will meet again in May to discuss the cranes and the union's claims."},
        {"text": "The port board bought four new cranes last year. The union wants a public inquiry into the fund."},
    ]
    texts = [f.text for f in _facts(articles, fast_models)]
    assert "the new cranes had been bought with money from a secret fund" not in texts, texts
    # neither piece meets the other outlet: one fact, the whole sentence (align/shown_whole.py)
    assert texts.count(sentence) == 1, texts
    assert "The harbour union criticised the port board on Monday." not in texts, texts


def test_a_split_sentence_no_other_outlet_reports_is_one_fact_shown_whole(fast_models) -> None:
    """A sentence whose clauses meet no other outlet is listed once, whole, not as its pieces ("the scene, who
    asked not to be identified" and "the celebrations began …" were facts: editor read a29, row 192)."""
    sentence = (
        "The ferry will sail to Keld on Friday with 300 passengers, but the festival began this weekend in "
        "the harbour town of Marrow, with music, dancing and a parade of 40 boats."
    )
    articles = [
        {"text": f"{sentence} The mayor of Marrow opened the festival on Saturday morning."},
        {"text": "The mayor of Marrow opened the festival on Saturday morning. Crowds lined the quay to watch."},
    ]
    facts = _facts(articles, fast_models)
    texts = [f.text for f in facts]
    assert sentence in texts, texts
    assert not any(t[:1].islower() for t in texts), texts
    whole = next(f for f in facts if f.text == sentence)
    assert whole.status == "single_source" and whole.sources == ["S1"]


def test_a_noun_with_its_relative_clause_is_shown_as_its_sentence(fast_models) -> None:
    """Editor read, stop 36 (rows 50, 120): "Holocaust denial, which carries a five-year prison sentence in the
    Jewish state" was listed as a fact; the piece joins facts by its words and is shown as its whole sentence."""
    from newsfuse.align.claims import split_claims

    sentence = "The closures, which lasted for four days, caused massive traffic jams in the town."
    pieces = split_claims([sentence], fast_models.parse)[0]
    assert [(joined(sentence, p.spans), p.fragment) for p in pieces] == [
        ("The closures caused massive traffic jams in the town.", False),
        ("The closures, which lasted for four days", True),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Each form has a line where the buyer is supposed to sign, but neither line is signed by anyone.",
        "The mayor has previously denied that the two had met, but her aide said that was to protect the deal.",
    ],
)
def test_a_contrast_told_through_the_first_clause_stays_whole(fast_models, sentence: str) -> None:
    """Row 34 (editor read, stop 36): cut at ", but", the first clause lost its point ("Each document includes a
    blank where "DD" is supposed to sign") and the second its subject ("neither blank is signed")."""
    assert claims_of(sentence, fast_models.parse) == []


def test_a_contrast_with_its_own_subject_is_still_a_claim(fast_models) -> None:
    claims = claims_of(
        "The council approved the new budget on Monday, but the mayor vetoed the budget within an hour.",
        fast_models.parse,
    )
    assert len(claims) == 2

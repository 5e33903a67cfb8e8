"""Quote finding and attribution on fictional articles: quote styles, broken and multi-sentence
quotes, quotes running over paragraphs, carried speakers, reported speech; and a property test
that the parser never crashes on arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.nlp.entities import EntityIndex, LocatedMention, build_entities
from newsfuse.nlp.quotes import Attribution, find_attributions, find_quote_spans, quote_text
from newsfuse.nlp.speakers import _head_person
from newsfuse.records import Article, Sentence


def _article(paragraphs: list[str], article_id: str = "S1") -> Article:
    return Article(article_id, f"{article_id}.txt", None, None, None, None, paragraphs)


@pytest.fixture(scope="module")
def attribute(fast_models):
    from newsfuse.nlp.analyse import analyse

    def run(paragraphs: list[str]) -> list[Attribution]:
        article = _article(paragraphs)
        story = analyse([article], fast_models, embed=False)
        return find_attributions(article, story.sentences, build_entities(story))

    return run


def _speaker(found: list[Attribution], words: str) -> str | None:
    match = [a for a in found if words in a.text]
    assert match, f"no attribution containing {words!r} in {[a.text for a in found]}"
    return match[0].speaker.name if match[0].speaker else None


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The harbour will reopen in May,” said Mayor Ilse Varga.",
        '"The harbour will reopen in May," said Mayor Ilse Varga.',
        "«The harbour will reopen in May», said Mayor Ilse Varga.",
        "‘The harbour will reopen in May,’ said Mayor Ilse Varga.",
        "Mayor Ilse Varga said: “The harbour will reopen in May.”",
        "''The harbour will reopen in May,'' said Mayor Ilse Varga.",
        "“The harbour will reopen in May,'' said Mayor Ilse Varga.",
    ],
)
def test_every_quote_mark_style_gives_the_words_and_the_speaker(attribute, paragraph: str) -> None:
    found = [a for a in attribute([paragraph]) if a.kind == "direct"]
    assert len(found) == 1
    assert found[0].text.rstrip(".") == "The harbour will reopen in May"
    assert found[0].speaker is not None and found[0].speaker.name == "Ilse Varga"


def test_quote_broken_by_he_said_is_one_utterance(attribute) -> None:
    found = attribute(
        ["Tomas Brenner runs the ferry company. “We lost three boats,” he said, “and we will not lose another.”"]
    )
    direct = [a for a in found if a.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text == "We lost three boats … and we will not lose another."
    assert len(direct[0].spans) == 2
    assert direct[0].speaker is not None and direct[0].speaker.name == "Tomas Brenner"


def test_multi_sentence_quote_and_quote_over_paragraphs(attribute) -> None:
    found = attribute(
        [
            "“The storm came at night. Nobody was ready. We lost the pier,” said Harbourmaster Olek Danner.",
            "Danner later added: “First we rebuild the pier.",
            "“Then we rebuild the trust of the fishermen.”",
        ]
    )
    direct = [a for a in found if a.kind == "direct"]
    assert direct[0].text == "The storm came at night. Nobody was ready. We lost the pier"
    assert direct[1].text == "First we rebuild the pier. Then we rebuild the trust of the fishermen."
    assert {a.speaker.name for a in direct if a.speaker} == {"Olek Danner"}


def test_speaker_carried_from_an_earlier_sentence(attribute) -> None:
    found = attribute(
        [
            "Councillor Maren Holt opposed the plan at the meeting on Monday.",
            "“It is far too expensive,” she said. “The town cannot pay for it.”",
            "The spokesman for the council, Piet Lunde, disagreed. “The costs are covered,” the spokesman added.",
        ]
    )
    assert _speaker(found, "far too expensive") == "Maren Holt"
    assert _speaker(found, "cannot pay") == "Maren Holt"
    assert _speaker(found, "costs are covered") in ("Piet Lunde", "spokesman")


def test_reported_speech_forms(attribute) -> None:
    found = attribute(
        [
            "Mayor Ilse Varga said on Tuesday that the harbour would reopen in May.",
            "According to Tomas Brenner, the ferry company lost three boats in the storm.",
            "The insurers will not pay for the damage, Olek Danner told reporters.",
        ]
    )
    reported = [a for a in found if a.kind == "reported"]
    assert len(reported) == 3
    assert reported[0].text.startswith("that the harbour would reopen")
    assert [a.speaker.name for a in reported if a.speaker] == ["Ilse Varga", "Tomas Brenner", "Olek Danner"]
    assert reported[2].text == "The insurers will not pay for the damage"


def test_partial_quote_inside_reported_speech(attribute) -> None:
    found = attribute(["The fishermen's union said the council should “stop talking and start building”."])
    partial = [a for a in found if a.kind == "partial"]
    assert partial and partial[0].text == "stop talking and start building"
    assert partial[0].speaker is not None and "union" in (partial[0].speaker.name or "")


def test_apostrophes_are_not_quote_marks() -> None:
    text = "The mayor’s plan and the union’s answer: nobody’s happy."
    assert find_quote_spans(text) == []


def test_two_apostrophes_close_a_double_mark_and_the_attribution_stays_outside() -> None:
    text = "“It was an accident, so I believe it was,'' she said in a telephone interview. Rock 'n' roll."
    assert [quote_text(text, s) for s in find_quote_spans(text)] == ["It was an accident, so I believe it was"]


def test_unclosed_quote_stops_at_the_paragraph_end() -> None:
    text = "He said “we will never agree\n\nA new paragraph without quotes."
    spans = find_quote_spans(text)
    assert len(spans) == 1 and quote_text(text, spans[0]) == "we will never agree"


def _plain_sentences(article: Article) -> list[Sentence]:
    sentences, offset = [], 0
    for number, paragraph in enumerate(article.paragraphs):
        sentences.append(Sentence(article.id, number, number, paragraph, offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return sentences


_PIECES = [*"ab XY.,:;“”«»‘’\"'—", "said ", "he ", "Mr. ", "Ada Brown ", "that ", "according to ", "''", " ''"]
_PIECES += ["KELD (AP) — ", "Lt. ", "Brown’s campaign said ", "she "]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4))
def test_parser_never_crashes_and_spans_stay_inside_the_text(paragraphs: list[str]) -> None:
    paragraphs = [p.replace("\n", " ").strip() or "x" for p in paragraphs]
    article = _article(paragraphs)
    found = find_attributions(article, _plain_sentences(article), EntityIndex([], []))
    for attribution in found:
        for start, end in attribution.spans:
            assert 0 <= start <= end <= len(article.text)
        if attribution.speaker is not None:
            assert 0 <= attribution.speaker.start <= attribution.speaker.end <= len(article.text)


@pytest.fixture(scope="module")
def attribute_parsed(models):
    """The production path: reported speech and unframed speakers from ``Models.parse``."""
    from newsfuse.nlp.analyse import analyse

    def run(paragraphs: list[str]) -> list[Attribution]:
        article = _article(paragraphs)
        story = analyse([article], models, embed=False)
        return find_attributions(article, story.sentences, build_entities(story), models.parse)

    return run


def test_the_addressee_is_never_the_speaker(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "Rebel leaders in Donetsk made a plea to President Ilya Varkov of Norvane on Sunday.",
            "“Without your support, it will be hard for us to resist,” the rebel leaders wrote.",
            "Mayor Anna Kolb told Varkov that the city would not surrender.",
            "Varkov was asked by reporters whether he would help.",
        ]
    )
    assert _speaker(found, "hard for us to resist") != "Ilya Varkov"
    reported = [a for a in found if a.kind == "reported" and "would not surrender" in a.text]
    assert reported and reported[0].speaker is not None and reported[0].speaker.name == "Anna Kolb"
    assert not any(a.speaker and a.speaker.name == "Ilya Varkov" for a in found)


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Harbour master Olek Danner said that the pier would reopen in May.", "pier would reopen", "Olek Danner"),
        ("The pier would reopen in May, Olek Danner said on Tuesday.", "pier would reopen", "Olek Danner"),
        ("According to Olek Danner, the pier would reopen in May.", "pier would reopen", "Olek Danner"),
        ("Olek Danner, the harbour master, warned that the pier could close again.", "pier could close", "Olek Danner"),
        ("Olek Danner denied that the pier had been closed for safety reasons.", "had been closed", "Olek Danner"),
        ("Olek Danner, who runs the harbour, argued that the pier must stay open.", "must stay open", "Olek Danner"),
    ],
)
def test_reported_speech_from_the_parse(attribute_parsed, paragraph: str, words: str, speaker: str) -> None:
    found = [a for a in attribute_parsed([paragraph]) if a.kind == "reported"]
    assert _speaker(found, words) == speaker


def test_speaker_is_null_when_the_text_does_not_name_one(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "Shortly before the summit the two sides issued a joint statement.",
            "“Relations have never been better,” the joint statement said.",
            "Officials said that the talks would resume in May.",
        ]
    )
    assert _speaker(found, "never been better") is None
    assert _speaker(found, "talks would resume") is None


def test_a_named_role_is_a_speaker_and_a_bare_role_is_not(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "Norvane’s foreign ministry said that the talks had been useful.",
            "A minister said that the talks had failed.",
        ]
    )
    assert _speaker(found, "had been useful") == "Norvane’s foreign ministry"
    assert _speaker(found, "had failed") is None


def test_pronoun_speaker_needs_an_antecedent(attribute_parsed) -> None:
    found = attribute_parsed(["“We will rebuild the pier,” he said."])
    assert _speaker(found, "rebuild the pier") is None
    found = attribute_parsed(["Olek Danner visited the harbour on Monday.", "“We will rebuild the pier,” he said."])
    assert _speaker(found, "rebuild the pier") == "Olek Danner"


_BAD = st.sampled_from(
    [
        *["“", "”", "«", "»", '"', "‘", "’", "„", "said ", "told Ada ", "according to ", "he said, “"],
        # the shapes the attribution rules of issue 13 read: headline sources, parenthetical cues,
        # questions, a frame verb glued to the next sentence, photo credits, possessive roles
        *["Ada: ", "Asked if ", ", she says, ", "said.The ", "(Photo: Jo Roe/AP) ", "Ada’s lawyer, ", ", which "],
        # stop 19: typewriter marks, an inverted frame, an age, a document as subject, a passive cue
        *["''", " ''", "'' ", ", said Mr Brown", ", 58, ", "the agency’s forecast said ", "was criticized for "],
        # stop 20: datelines, a title the splitter cuts at, shared family names, nominal cues, owned roles
        *["KELD (AP) — ", "MOSCOW, March 21 (Reuters) - ", "Police Lt. ", "Congressman Brown said ", "Brown said "],
        *["his claim that ", "a plan to ", "According to the affidavit, ", "Brown’s campaign said ", "accused Bo of "],
        # stop 21: frames inside their clause, "as" frames, questions about something, gendered pronouns
        *[", Brown said, ", ", according to Bo, ", "As the Post reported, ", "Asked about ", " with his ", " her "],
    ]
)
_FAMILY = ["Ada Brown", "Bob Brown", "Bobby Brown", "Rep. Bob Brown"]  # people sharing a family name


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(max_size=40) | _BAD, min_size=1, max_size=30).map("".join),
    st.integers(min_value=0, max_value=3),
)
def test_bad_input_with_the_parser_stays_bounded(models, noise: str, nesting: int) -> None:
    """Unbalanced marks, nested quotes and a quote thousands of words long: no crash, spans inside
    the text, and a bounded number of parsed sentences (only cue sentences up to MAX_PARSE_CHARS).
    People of the story share a family name, so the family, title and missed-name paths run too."""
    from collections import Counter

    from newsfuse.nlp.entities import EntityCluster, locate_missed_names
    from newsfuse.nlp.syntax_speech import MAX_PARSE_CHARS
    from newsfuse.records import AnalysedStory

    long_quote = "“" + " ".join(["word"] * 3000) + " said Ada Brown."
    nested = "Ada Brown said: " + "“a ‘b “c " * nesting + "end" + "”" * nesting
    paragraphs = [p.replace("\n", " ").strip() or "x" for p in (noise, long_quote, nested)]
    article = _article(paragraphs)
    seen: list[str] = []

    def parse(texts: list[str]):
        seen.extend(texts)
        return models.parse(texts)

    sentences = _plain_sentences(article)
    clusters = [
        EntityCluster(name, "PERSON", Counter({surface: 1 for surface in _FAMILY if surface.endswith(name)}))
        for name in ("Ada Brown", "Bob Brown", "Bobby Brown")
    ]
    located = locate_missed_names(AnalysedStory([article], sentences, []), clusters, [])
    found = find_attributions(article, sentences, EntityIndex(clusters, located), parse)
    assert all(len(t) <= MAX_PARSE_CHARS for t in seen)
    for attribution in found:
        for start, end in attribution.spans:
            assert 0 <= start <= end <= len(article.text)
        if attribution.speaker is not None:
            assert 0 <= attribution.speaker.start <= attribution.speaker.end <= len(article.text)


def test_a_capitalised_label_is_not_a_speaker(attribute_parsed) -> None:
    found = attribute_parsed(["UPDATE: “The pier will stay closed until further notice.”"])
    assert _speaker(found, "stay closed") is None


def _reported(found: list[Attribution], words: str) -> Attribution:
    match = [a for a in found if a.kind == "reported" and words in a.text]
    assert match, f"no reported speech containing {words!r} in {[a.text for a in found if a.kind == 'reported']}"
    return match[0]


def test_headline_source_before_a_colon(attribute_parsed) -> None:
    found = attribute_parsed(["Danner: Harbour pier to stay closed through May.", "UPDATE: The ferry runs again."])
    headline = _reported(found, "pier to stay closed")
    assert headline.text == "Harbour pier to stay closed through May"
    assert headline.speaker is not None and headline.speaker.text == "Danner"
    assert not [a for a in found if a.kind == "reported" and "ferry" in a.text]


def test_parenthetical_cue_reports_the_clause_around_it(attribute_parsed) -> None:
    found = attribute_parsed(["Olek Danner visited the harbour.", "The pier, Danner says, will reopen in May."])
    record = _reported(found, "The pier")
    assert len(record.spans) == 2
    text = "\n\n".join(["Olek Danner visited the harbour.", "The pier, Danner says, will reopen in May."])
    assert [text[a:b] for a, b in record.spans] == ["The pier", "will reopen in May"]
    assert record.speaker is not None and record.speaker.name == "Olek Danner"


@pytest.mark.parametrize(
    ("paragraph", "pieces", "speaker"),
    [
        (
            "If the storms are mild, the harbour board said, the pier may reopen in May.",
            ["If the storms are mild", "the pier may reopen in May"],
            "harbour board",
        ),
        (
            "It is no surprise, Olek Danner said, that the pier stayed shut.",
            ["It is no surprise", "that the pier stayed shut"],
            "Olek Danner",
        ),
        (
            "The pier needs repairs, and for all the council's promises, the crews are not paid, Olek Danner said.",
            ["The pier needs repairs, and for all the council's promises, the crews are not paid"],
            "Olek Danner",
        ),
        (
            "Since last winter, according to the harbour board, storms have damaged the pier twice.",
            ["Since last winter", "storms have damaged the pier twice"],
            "the harbour board",
        ),
        (
            "Ferries carried 300 people, buses carried 200 and trains took 90, according to the harbour board.",
            ["Ferries carried 300 people, buses carried 200 and trains took 90"],
            "the harbour board",
        ),
    ],
)
def test_a_frame_inside_or_after_its_clause_reports_all_of_it(
    attribute_parsed, paragraph: str, pieces: list[str], speaker: str
) -> None:
    """The parser hangs only one clause (or a fronted one) on the cue; what was said is the whole
    clause around the frame, as PolNeAR annotates it."""
    record = _reported(attribute_parsed([paragraph]), pieces[0])
    assert [paragraph[a:b] for a, b in record.spans] == pieces
    assert record.speaker is not None and speaker in record.speaker.text


def test_an_as_frame_and_a_question_about_something(attribute_parsed) -> None:
    """ "As the Harbour News reported, ..." reports the clause it modifies; "Asked about the pier,
    Danner said ..." reports what the question was about, asked by no one named; "proposed closing
    the pier" reports its "-ing" complement."""
    found = attribute_parsed(["As the Harbour News reported on Monday, the pier will stay closed until May."])
    record = _reported(found, "the pier will stay closed until May")
    assert record.speaker is not None and record.speaker.text == "the Harbour News"
    found = attribute_parsed(["Asked on Tuesday about the pier, Olek Danner said the council would decide."])
    assert _reported(found, "the pier").speaker is None
    assert _speaker([a for a in found if a.kind == "reported"], "the council would decide") == "Olek Danner"
    found = attribute_parsed(["Olek Danner proposed closing the pier for the winter."])
    assert _speaker([a for a in found if a.kind == "reported"], "closing the pier") == "Olek Danner"


def test_titles_and_headlines_in_marks_are_not_quotes(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "Olek Danner stars in the harbour drama, “Salt Water,” which returns this week.",
            "In his 2012 book, ''A Harbour Life,'' Danner wrote about the storms.",
            "“THE PIER MUST STAY”",
            "“We will rebuild the pier,” Danner said. “Salt Water Forever.”",
        ]
    )
    texts = [a.text for a in found if a.kind != "reported"]
    assert not any("Salt Water," in t or "A Harbour Life" in t or "PIER MUST" in t for t in texts)
    assert _speaker(found, "rebuild the pier") == "Olek Danner"
    assert any("Salt Water Forever" in t for t in texts)  # capitalised words with no work named before them
    found = attribute_parsed(
        [
            "The diagnosis came from Dr. Ada Brant, author of “The Naked Truth About Piers.” Dr. Brant said, "
            "“The pier is fine.”",
            "“I doubt it,” Olek Danner said in an interview aired on “Harbour Sunday” when asked about the pier.",
            "“The tide got me down,” Olek Danner rapped on 1995's “Survival of the Pier.”",
        ]
    )
    texts = [a.text for a in found if a.kind != "reported"]
    assert "The pier is fine." in texts and "I doubt it" in texts  # a title is no part of the quote beside it
    assert not any("Survival" in t for t in texts)  # a song named after "on 1995's"


def test_second_clause_relative_content_and_short_answers(attribute_parsed) -> None:
    """ "A said X; B said Y": B said Y, not A's clause; "which officials said will ..." runs from the
    relative pronoun; "the mayor said no" reports the one-word answer."""
    found = attribute_parsed(
        [
            "More than six in 10 said they were tired of the campaign; 46 percent said they were"
            " unenthusiastic about the harbour vote."
        ]
    )
    assert _reported(found, "unenthusiastic about the harbour vote").text.startswith("they were unenthusiastic")
    found = attribute_parsed(["The new rules, which officials said will take effect in May, cover the pier."])
    record = _reported(found, "will take effect in May")
    assert record.text.startswith("which officials said") and record.speaker is not None
    assert record.speaker.text == "officials"
    found = attribute_parsed(["Asked if the pier would close, the mayor said no."])
    assert [a.text for a in found if a.kind == "reported" and a.speaker is not None] == ["no"]
    found = attribute_parsed(
        [
            "Danner is trying to rebound after a poor finish in Keld — and he’s hoping"
            " the governor’s support will be a boost."
        ]
    )
    # the lemmatiser reads "hoping" as "hop" here: the surface form still names the cue
    record = _reported(found, "support will be a boost")
    assert record.speaker is not None and record.speaker.text == "he"
    found = attribute_parsed(["That said, the pier will close in May.", "It is safe to say the ferry is late."])
    assert not [a for a in found if a.kind == "reported"]  # the writer's connectives, not speech


def test_a_question_asked_by_someone_unnamed(attribute_parsed) -> None:
    found = attribute_parsed(["Asked if the pier would reopen, Olek Danner said, “Not before May.”"])
    question = _reported(found, "the pier would reopen")
    assert question.speaker is None  # the one who answers did not ask
    assert _speaker(found, "Not before May") == "Olek Danner"


def test_a_quote_inside_a_wider_reported_clause_is_partial(attribute_parsed) -> None:
    found = attribute_parsed(["Olek Danner said that after the storms of last winter, “the pier will reopen in May.”"])
    clause = _reported(found, "after the storms of last winter")
    assert "the pier will reopen" in clause.text
    quote = [a for a in found if a.kind != "reported" and "pier will reopen" in a.text]
    assert quote and quote[0].kind == "partial" and quote[0].speaker is not None
    assert quote[0].speaker.name == "Olek Danner"
    # a clause that is only the quotation stays a direct quote with no reported twin
    found = attribute_parsed(["Olek Danner said, “The pier will reopen in May.”"])
    assert [a.kind for a in found if "pier will reopen" in a.text] == ["direct"]


def test_reported_content_runs_to_the_end_of_its_quotation(attribute_parsed) -> None:
    found = attribute_parsed(["Olek Danner said that ferry crews “do a fine job. And the harbour needs them.”"])
    assert _reported(found, "ferry crews").text.endswith("the harbour needs them.”")


@pytest.mark.parametrize(
    ("paragraph", "content"),
    [
        (
            "Olek Danner said the pier would close over fears of storms, which hit the coast every winter.",
            "the pier would close over fears of storms",
        ),
        (
            "Olek Danner said the pier would reopen in May, telling reporters that the council agreed.",
            "the pier would reopen in May",
        ),
        (
            "Olek Danner said the pier was safe, and he criticised the council for closing it.",
            "the pier was safe",
        ),
        (
            "Olek Danner announced new steps to protect the harbour from storms.",
            "new steps to protect the harbour from storms",
        ),
        (
            "Olek Danner praised the harbour master, a man who has served the town for thirty years.",
            "the harbour master",
        ),
    ],
)
def test_reported_content_stops_before_a_trailing_aside(attribute_parsed, paragraph: str, content: str) -> None:
    assert _reported(attribute_parsed([paragraph]), content).text == content


def test_speaker_fixes_from_the_gold_clusters(attribute_parsed) -> None:
    """Invented cases of the error kinds read on the tune clusters: a name that ends its sentence,
    a photo credit, a thing-tagged family member, an unnamed witness, a role before a name."""
    found = attribute_parsed(
        [
            "Rene Voss spoke to reporters. Mara Voss heard the Amber Alert on the radio.",
            "“That’s when I drove to the lake,” said Voss. When asked why the Amber Alert mattered, she paused.",
            "(Photo: Jon Dale/Courier) Wochit",
            "“I gave them a choice,” she said in an interview.",
        ]
    )
    assert _speaker(found, "drove to the lake") in ("Mara Voss", "Rene Voss")
    assert _speaker(found, "gave them a choice") != "Jon Dale/Courier"
    found = attribute_parsed(
        ["Another witness said there was fighting near the market. “The police blocked the streets,” she said."]
    )
    assert _speaker(found, "blocked the streets") is None
    found = attribute_parsed(["“Five experts are on the team,” Okonjo spokesman Piet Lunde told reporters."])
    assert _speaker(found, "Five experts") == "Piet Lunde"


def test_a_bare_role_entity_is_not_printed(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "The money went on meals, according to a statement released by the Justice Department.",
            "They called the purchases “toy drives” and “gift cards,” the statement said.",
        ]
    )
    for attribution in found:
        assert attribution.speaker is None or attribution.speaker.name != "Department"


def test_colon_frame_and_a_glued_frame_verb(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            'Mayor Anna Kolb wrote, "The budget is gone.""It was long awaited," Olek Danner said.The council met.',
            "Reporting from Keld, Ada Brown said: “Residents heard gunfire for hours.",
            "“The streets are empty now.” Later, Olek Danner said the port would reopen.",
        ]
    )
    assert _speaker(found, "long awaited") == "Olek Danner"
    assert _speaker(found, "gunfire for hours") == "Ada Brown"


def test_that_clause_hung_on_a_noun_is_still_what_was_said(attribute_parsed) -> None:
    found = attribute_parsed(
        ["Olek Danner said earlier on Friday during a news conference that he may wait until May to decide."]
    )
    record = _reported(found, "he may wait until May")
    assert record.speaker is not None and record.speaker.name == "Olek Danner"


def test_typewriter_quote_marks(attribute_parsed) -> None:
    """Two apostrophes as a double mark (''...'' in wire and archive texts): one utterance in two parts,
    its speaker from the frame between them."""
    text = "''We lost three boats,'' Ada Brown said. ''We will not lose another.''"
    found = [a for a in attribute_parsed([text]) if a.kind == "direct"]
    assert len(found) == 1 and len(found[0].spans) == 2
    assert found[0].text == "We lost three boats … We will not lose another."
    assert found[0].speaker is not None and found[0].speaker.name == "Ada Brown"


def test_wrong_speaker_classes_read_by_an_editor(attribute_parsed) -> None:
    """Invented cases of the classes an editor found on unseen stories: a band member credited to the
    band, an organisation's document, a minister's words about a suspect, a role fragment when the
    text names the person, "he also complained ... but added", an age after a name."""
    found = attribute_parsed(["“We are glad to be back,” Harbour Lights co-founder Jonas Kell said in a statement."])
    assert _speaker(found, "glad to be back") == "Jonas Kell"
    found = attribute_parsed(
        [
            "The National Weather Service warned of heavy snow on Tuesday.",
            "“Travel will be very hard,” the agency’s forecast said.",
        ]
    )
    assert _speaker(found, "Travel will be very hard") == "National Weather Service"
    found = attribute_parsed(
        [
            "Interior Minister Piet Lunde spoke on Wednesday.",
            "The documents established “beyond doubt” that Ravel planned to attack a church, said Mr Lunde.",
        ]
    )
    assert _speaker(found, "beyond doubt") == "Piet Lunde"
    record = _reported(found, "The documents established")
    assert record.speaker is not None and record.speaker.name == "Piet Lunde"
    found = attribute_parsed(
        [
            "The country’s interior minister, Piet Lunde, said the suspect had been arrested.",
            "“This was a serious threat,” the country’s interior minister told reporters.",
        ]
    )
    assert _speaker(found, "serious threat") == "Piet Lunde"
    found = attribute_parsed(["“We were wrong to wait,” Olek Danner, 58, said on Monday."])
    assert _speaker(found, "wrong to wait") == "Olek Danner"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Mayor Anna Kolb has warned of a long winter for the harbour towns.", "a long winter", "Anna Kolb"),
        ("Mayor Anna Kolb is reaffirming that the ferry will run all year.", "the ferry will run", "Anna Kolb"),
        ("The harbour plan was criticized by Olek Danner as a waste of money.", "The harbour plan", "Olek Danner"),
    ],
)
def test_prepositional_that_clause_and_passive_cues(attribute_parsed, paragraph: str, words: str, speaker: str) -> None:
    record = _reported(attribute_parsed([paragraph]), words)
    assert record.speaker is not None and record.speaker.name == speaker


def test_role_words_keep_their_letters() -> None:
    """ "Spokesman" and "Senator" are role words (stripping "’s" as characters made them "pokesman",
    "enator"); a title before a name is a speaker, a bare capitalised role is not."""
    from newsfuse.nlp.speakers import is_named_speaker

    index = EntityIndex([], [])
    assert is_named_speaker("Spokesman Piet Lunde", index)
    assert is_named_speaker("Foreign Ministry Spokesman", index)
    assert not is_named_speaker("Spokesman", index)


def test_a_relative_pronoun_speaker_is_written_who_and_named_by_its_noun(attribute_parsed) -> None:
    """ "Olek Danner, who said ...": the speaker as written is "who" (PolNeAR's Source, like "he"),
    and the name is the noun the clause modifies."""
    record = _reported(
        attribute_parsed(["Olek Danner, who said the port would reopen in May, left the meeting early."]),
        "the port would reopen",
    )
    assert record.speaker is not None and record.speaker.text == "who" and record.speaker.name == "Olek Danner"


def test_a_name_the_ner_missed_is_still_the_antecedent_of_she() -> None:
    """``entities.locate_missed_names`` adds the mentions the model missed to ``EntityIndex.located``,
    so every consumer sees them; here the pronoun resolver."""
    from collections import Counter

    from newsfuse.nlp.entities import EntityCluster, LocatedMention, locate_missed_names
    from newsfuse.nlp.speakers import SpeakerResolver
    from newsfuse.records import AnalysedStory

    paragraphs = [
        "Arnold Demoski said he was sorry.",
        "Zirkle reached Nulato and told a race official the crash had left her shaken.",
        "“Someone tried to kill me,” she said.",
    ]
    article = _article(paragraphs)
    text = article.text
    starts = [0, text.index("Zirkle"), text.index("“")]
    ends = [*starts[1:], len(text)]
    pieces = [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]
    pairs = enumerate(zip(starts, pieces, strict=True))
    sentences = [Sentence("S1", i, i, piece, a, a + len(piece)) for i, (a, piece) in pairs]
    clusters = [
        EntityCluster("Aliy Zirkle", "PERSON", Counter({"Aliy Zirkle": 1, "Zirkle": 1})),
        EntityCluster("Arnold Demoski", "PERSON", Counter({"Arnold Demoski": 1})),
    ]
    # the model tagged only Demoski: "Zirkle" in the second paragraph has no NER mention
    located = [LocatedMention("S1", 0, 0, 14, "Arnold Demoski", "PERSON")]
    added = locate_missed_names(AnalysedStory([article], sentences, []), clusters, located)
    assert [(m.text, m.sentence_index) for m in added] == [("Zirkle", 1)]
    resolver = SpeakerResolver("S1", EntityIndex(clusters, located + added))
    she = text.index("she said")
    assert resolver.resolve(text, she, she + 3).name == "Aliy Zirkle"


def test_speaker_classes_of_unseen_stories(attribute_parsed) -> None:
    """A role owned by a person speaks for itself ("Danner's campaign said", not Danner); a dateline
    is not a subject and not part of what was said; "she" after two people with no honorific goes to
    the subject of the latest sentence, and an honorific that fits the pronoun keeps the earlier one."""
    found = attribute_parsed(
        ["Olek Danner spoke in Keld on Monday.", "“We are proud of our volunteers,” Danner’s campaign said."]
    )
    assert _speaker(found, "proud of our volunteers") == "Danner’s campaign"
    found = attribute_parsed(["KELD, March 3 (Harbour News) - Mayor Ilse Varga said the pier would reopen in May."])
    record = _reported(found, "the pier would reopen")
    assert record.speaker is not None and record.speaker.text == "Mayor Ilse Varga"
    assert "KELD" not in record.text
    found = attribute_parsed(["KELD (Harbour News) — “We will not back down,” the dock workers’ union said."])
    assert [a.kind for a in found if "not back down" in a.text] == ["direct"]
    found = attribute_parsed(
        [
            "Peter Hansen led the race when the storm hit. Maria Olsen reached the checkpoint late.",
            "“I was scared,” she said.",
        ]
    )
    assert _speaker(found, "I was scared") == "Maria Olsen"
    found = attribute_parsed(
        [
            "Ms. Olsen led the race when the storm hit. Peter Hansen reached the checkpoint late.",
            "“I was scared,” she said.",
        ]
    )
    assert _speaker(found, "I was scared") == "Olsen"


def test_the_articles_own_pronouns_give_a_person_a_gender(attribute_parsed) -> None:
    """ "she" whose only other candidate is a man named without a title: the text's "his" after his
    name (in a sentence naming no one else, before any speech verb) rules him out; a "her" that may
    be someone else's ("Hansen said her ...") gives no gender."""
    found = attribute_parsed(
        [
            "Maria Olsen reached the checkpoint first on Sunday.",
            "Peter Hansen arrived an hour later with his dogs.",
            "“I was scared the whole way,” she said.",
        ]
    )
    assert _speaker(found, "I was scared") == "Maria Olsen"
    found = attribute_parsed(
        [
            "Maria Olsen reached the checkpoint first on Sunday.",
            "Peter Hansen said her dogs were the fastest.",
            "“I was scared the whole way,” he said.",
        ]
    )
    assert _speaker(found, "I was scared") == "Peter Hansen"


def test_speaker_classes_of_the_stop_20_editor_read(attribute_parsed) -> None:
    """Invented cases of the classes an editor found on unseen stories: a rank the model tagged as a
    name of its own before the person; a family name two people share; father and son with one family
    name are two people; quoted words of an affidavit belong to the frame that follows them."""
    found = attribute_parsed(["“Our crews train every day,” said Petty Officer Cynthia Oldham of the Coast Guard."])
    assert _speaker(found, "Our crews train") == "Cynthia Oldham"  # not "Petty Officer"
    found = attribute_parsed(
        [
            "Jordan Belliveau was found dead in the woods. His grandmother, Jessica Belliveau, spoke to reporters.",
            "“She doesn't deserve a bond,” Belliveau said.",
        ]
    )
    assert _speaker(found, "deserve a bond") == "Jessica Belliveau"
    found = attribute_parsed(
        [
            "Rep. Bob Goodlatte chaired the hearing. His son, Bobby Goodlatte, gave money to the Democrat.",
            "“I am proud of my son,” Rep. Goodlatte said.",
        ]
    )
    assert _speaker(found, "proud of my son") == "Bob Goodlatte"
    found = attribute_parsed(
        ["Stinson told police she hit the boy “during a moment of frustration,” the police said in an affidavit."]
    )
    quote = [a for a in found if a.kind == "partial"]
    assert quote and quote[0].speaker is not None and quote[0].speaker.text == "the police"
    found = attribute_parsed(
        [
            "Rep. Bob Goodlatte chaired the hearing. His son Bobby Goodlatte gave money to the Democrat.",
            "Bobby Goodlatte was referring to the hearing. Congressman Goodlatte asked colleagues to imagine it.",
            "“Would anyone believe this was acceptable? I think not,” Goodlatte said.",
        ]
    )
    assert _speaker(found, "I think not") == "Bob Goodlatte"  # the title, then the one the writer continues
    found = attribute_parsed(
        ["According to the arrest affidavit, Stinson told police she hit him “during a moment of frustration.”"]
    )
    quote = [a for a in found if a.kind == "partial"]
    assert quote and quote[0].speaker is not None and quote[0].speaker.text == "the arrest affidavit"
    found = attribute_parsed(
        [
            "“This was a tremendous effort by many agencies,” Ipswich Police Lt. Jonathan Hubbard said in a post.",
            "“We are grateful that he was found this evening.”",
        ]
    )
    assert _speaker(found, "tremendous effort") == "Jonathan Hubbard"  # the splitter cut after "Lt."
    assert _speaker(found, "We are grateful") == "Jonathan Hubbard"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Olek Danner repeated his claim that the pier was unsafe.", "that the pier was unsafe", "Olek Danner"),
        ("Mayor Anna Kolb announced a plan to rebuild the harbour wall.", "to rebuild the harbour wall", "Anna Kolb"),
        ("Olek Danner accused the council of wasting money on the pier.", "of wasting money", "Olek Danner"),
    ],
)
def test_nominal_cues_and_object_completions(attribute_parsed, paragraph: str, words: str, speaker: str) -> None:
    """A cue noun with a clause of its own reports that clause; an object content keeps the
    preposition that completes it ("accused X of ...")."""
    record = _reported(attribute_parsed([paragraph]), words)
    assert record.speaker is not None and record.speaker.name == speaker


def test_a_second_partial_quote_ending_its_sentence_keeps_its_speaker(fast_models) -> None:
    """'A called it “X” and “Y.” B said ...': B's sentence does not frame “Y” (editor's read, stop 21)."""
    from newsfuse.api import brief

    text = (
        "Harbour board members distanced themselves from Brant on Thursday.\n\n"
        'Council chairman Tomas Okonjo called the remarks "completely out of line" and "100 percent wrong." '
        'Ilse Varga said the remarks were "hurtful."\n\n'
        'Brant spoke to reporters after appearing on KTV\'s "Morning Harbour."'
    )
    result = brief([text, "Ada Brant of Keld made remarks on Thursday that the harbour board condemned."])
    speakers = {q.text: q.speaker for q in result.quotes}
    assert speakers["100 percent wrong."] == "Tomas Okonjo"
    assert speakers["completely out of line"] == "Tomas Okonjo"
    assert "Morning Harbour." not in speakers  # a programme's name, not words anyone said


def test_the_frame_between_two_parts_owns_the_quote(fast_models) -> None:
    """'“A,” he told her. “B.” She says that ...': the next sentence's "She says" is not the frame
    (editor's read, stop 21: a senator's remark to Gillibrand credited to her)."""
    from newsfuse.api import brief

    text = (
        "Ms. Ada Brant has written a book about her years on the harbour board.\n\n"
        "Ms. Brant reveals that one male colleague came up behind her at a meeting. "
        "\u201cDon't worry about the vote,\u201d he told her. \u201cWe always win.\u201d "
        "She says that he was one of her favourite colleagues."
    )
    result = brief([text, "Ada Brant of Keld published a memoir about the harbour board on Monday."])
    spoken = [q for q in result.quotes if q.text.startswith("Don't worry")]
    assert spoken and spoken[0].speaker is None  # the colleague is never named


def test_the_person_heard_saying_it_is_not_the_speaker(fast_models) -> None:
    from newsfuse.api import brief

    text = (
        "Ada Brant has written a book about her years on the harbour board.\n\n"
        "Brant describes an older colleague who stopped her in a corridor. "
        '"Leave the harbour to us," she recalls him saying.'
    )
    result = brief([text, "Ada Brant of Keld published a memoir about the harbour board on Monday."])
    spoken = [q for q in result.quotes if q.text.startswith("Leave the harbour")]
    assert spoken and spoken[0].speaker is None


def test_a_remark_framed_by_another_subject_is_not_joined_to_the_one_before(attribute_parsed) -> None:
    """'“A!” On another occasion, she writes, after ... one of her colleagues ... said, “B.”': the text
    between the two quotations is B's own frame with another subject, so they are two utterances,
    and neither is the writer's (editor row 198: a senator's remark credited to the author)."""
    found = attribute_parsed(
        [
            "Ms. Ada Brant has written a book about her years on the harbour board.",
            "In the boathouse, an older colleague told her, \u201cGood thing you are rowing, because you "
            "would not want to get slow!\u201d On another occasion, she writes, after she won the regatta "
            "one of her fellow board members came over, shook her hand, and said, \u201cDo not win too "
            "often now. I like my sailors humble!\u201d",
        ]
    )
    direct = [a for a in found if a.kind == "direct"]
    assert [a.text for a in direct] == [
        "Good thing you are rowing, because you would not want to get slow!",
        "Do not win too often now. I like my sailors humble!",
    ]
    assert all(a.speaker is None or a.speaker.name is None for a in direct)


def test_a_pronoun_frame_after_a_named_one_keeps_the_quote_whole(attribute_parsed) -> None:
    """'“A,” Varga said. She added, “B.”': the second frame's "she" may be the same person; one utterance."""
    found = attribute_parsed(
        [
            "\u201cThe pier is safe again,\u201d Ilse Varga said at the harbour on Monday. She added, "
            "\u201cWe will reopen it to the fishermen in May.\u201d"
        ]
    )
    direct = [a for a in found if a.kind == "direct"]
    assert len(direct) == 1 and len(direct[0].parts) == 2
    assert direct[0].speaker is not None and direct[0].speaker.name == "Ilse Varga"


def test_a_coordinated_cue_takes_its_parsed_subject_not_a_fronted_clause(attribute_parsed) -> None:
    """'After reporter Ian Moss finished his report, Varga stormed back, leaned in and said, “...”': the
    subject of the coordinated "said" is Varga, not the words that open the sentence."""
    found = attribute_parsed(
        [
            "Ilse Varga is the harbourmaster of Keld. Ian Moss is a reporter for the Keld Courier.",
            "After reporter Ian Moss finished his report, Varga stormed back, leaned into him and said, "
            "\u201cLet me be clear to you. Never ask me that again.\u201d",
        ]
    )
    speaker = _speaker(found, "Let me be clear")
    assert speaker is not None and speaker.endswith("Varga")


def test_a_statement_from_someone_is_their_words(attribute_parsed) -> None:
    """'“...,” said the statement from Varga's lawyer, Tomas Okonjo.': the one it comes from speaks."""
    found = attribute_parsed(
        [
            "Harbourmaster Ilse Varga was charged on Friday.",
            "\u201cWe are disappointed by the decision, but hardly surprised,\u201d said the statement from "
            "Varga's lawyer, Tomas Okonjo.",
        ]
    )
    assert _speaker(found, "disappointed") == "Tomas Okonjo"


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        # a participle after the quotation has no subject after it: the sentence's subject speaks
        (
            [
                "Ilse Varga has delivered an impassioned defence of \u201charbour values,\u201d saying the town "
                "embodied the \u201ccourage and soul of the coast.\u201d"
            ],
            "harbour values",
            "Ilse Varga",
        ),
        # a colon frame: the speech verb, not a later verb of its clause ("appears to have abandoned")
        (
            [
                "Harbourmaster Ilse Varga is in Keld.",
                "As Ian Moss of the Keld Courier reported after the board appears to have abandoned the pier:",
                "\u201cFor example, the board has done almost nothing with the money it recovered from the "
                "insurers after the storm.\u201d",
            ],
            "For example, the board",
            "Ian Moss",
        ),
        # a person named right before the colon of a clause without a speech verb
        (
            [
                "Harbourmaster Ilse Varga spoke first.",
                "The size of the crowd never surprises the historian Tomas Okonjo: \u201cHarbour towns "
                "have always turned out for their boats.\u201d",
            ],
            "Harbour towns",
            "Tomas Okonjo",
        ),
        # a coordinated verb before a colon: the subject of the first verb
        (
            [
                "Harbourmaster Ilse Varga gestured as if to stop the shouting, then leaned in and boomed: "
                "\u201cLet us rebuild the pier in May.\u201d"
            ],
            "rebuild the pier",
            "Ilse Varga",
        ),
        (
            ["Ilse Varga lost the vote to Tomas Brenner. “The harbour is ours,” Ilse Varga barked."],
            "harbour is ours",
            "Ilse Varga",
        ),
        (
            ["Tomas Brenner mocked the plan. Ilse Varga shot back, “The pier will open in May.”"],
            "pier will open",
            "Ilse Varga",
        ),
        (
            ["Tomas Brenner spoke first. As Peter Hansen put it, “The pier is finished.”"],
            "pier is finished",
            "Peter Hansen",
        ),
        (
            ["Tomas Brenner spoke first. “The pier is finished,” Ilse Varga pointed out."],
            "pier is finished",
            "Ilse Varga",
        ),
    ],
)
def test_participle_and_colon_frames_take_the_clause_subject(
    attribute_parsed, paragraphs: list[str], words: str, speaker: str
) -> None:
    """Also verbs of manner and phrasal cues beside a quotation ("barked", "shot back", "put it")."""
    assert _speaker(attribute_parsed(paragraphs), words) == speaker


@pytest.mark.parametrize(
    ("paragraph", "not_speaker"),
    [
        (
            'Ada Brant, the singer, said on Monday she would leave the show. "Ada is no fool when it comes to '
            'business," a friend of Ada tells me. "She has made millions."',
            "Ada Brant",
        ),
        (
            'Ada Brant said on Monday she would leave the show. "It was time," a lawyer for Ada Brant said. '
            '"She is tired."',
            "Ada Brant",
        ),
    ],
)
def test_the_person_a_role_belongs_to_is_not_the_speaker(attribute, paragraph: str, not_speaker: str) -> None:
    """ "a friend of Kendra tells me" is the friend speaking (editor read, stop 22), not Kendra."""
    quoted = paragraph.split('"')[1].rstrip(",")
    assert _speaker(attribute([paragraph]), quoted) != not_speaker


def test_quotations_each_with_a_frame_of_their_own_are_separate(attribute) -> None:
    paragraph = (
        'Ada Brant will leave the show. "It was time," a lawyer for Ada Brant said. "We are glad," a spokesman '
        'for the Keld council said. "She will be missed," an aide to Ada Brant told reporters.'
    )
    texts = [a.text for a in attribute([paragraph]) if a.kind != "reported"]
    assert {"It was time", "We are glad", "She will be missed"} <= set(texts)
    assert _speaker(attribute([paragraph]), "We are glad") == "spokesman for the Keld council"


def test_a_second_part_without_a_frame_of_its_own_continues_the_quote(attribute) -> None:
    paragraph = 'The council met on Monday. "A new pier will be built," Mayor Ada Brant said. "It will open in May."'
    assert "A new pier will be built … It will open in May." in [a.text for a in attribute([paragraph])]


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        (
            "Ilse Varga joked about the ferry, but went on to say, “The pier will not open this year.”",
            "pier will not open",
            "Ilse Varga",
        ),
        (
            "Tomas Brenner spoke after her. Ilse Varga, speaking to the fishermen, said, “The pier will open.”",
            "pier will open",
            "Ilse Varga",
        ),
        (
            "Ilse Varga was asked by host Tomas Brenner, “Will the pier open in May?”",
            "pier open in May",
            "Tomas Brenner",
        ),
        ("Ilse Varga spoke at the harbour. She was asked, “Will the pier open in May?”", "pier open in May", None),
    ],
)
def test_a_frame_subject_is_a_noun_phrase_and_a_passive_cue_has_its_agent(
    attribute_parsed, paragraph: str, words: str, speaker: str | None
) -> None:
    """The words before a cue are its subject only when they are a noun phrase (the parse's subject
    otherwise); the subject of "was asked" is the one asked, never the speaker."""
    assert _speaker(attribute_parsed([paragraph]), words) == speaker


def test_a_role_for_a_named_owner_is_a_named_role(attribute) -> None:
    """ "a lawyer for Ada Brant" is printed as that role (a name the text gives with its head), not
    as null and not as Ada Brant; "a lawyer for the company" names nobody."""
    found = attribute(['Ada Brant will leave the show. "It was time," a lawyer for Ada Brant said.'])
    assert _speaker(found, "It was time") == "lawyer for Ada Brant"
    found = attribute(['The company will leave the port. "It was time," a lawyer for the company said.'])
    assert _speaker(found, "It was time") is None


def test_a_name_beside_a_role_word_with_a_verb_between_is_not_its_holder(attribute_parsed) -> None:
    """ "the reporter, Peter Hansen, interviewed the congressman ... the congressman said" is not Hansen."""
    found = attribute_parsed(
        [
            "After the vote, the radio station’s reporter, Peter Hansen, interviewed the congressman about the "
            "pier. Then the congressman, speaking in a whisper as he stood close to the reporter, said Hansen was "
            "“not man enough” and added: “I’ll break you in half.”"
        ]
    )
    assert all(a.speaker is None or a.speaker.name != "Peter Hansen" for a in found if "break you" in a.text)


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            ["Lawmakers met on Monday. “The pier will open,” Rep. Ada Brant (D-Wash.) said."],
            "pier will open",
            "Ada Brant",
        ),
        (
            ["Cruz won the backing of Peter Hansen, who declared in the spin room, “The pier will open.”"],
            "pier will open",
            "Peter Hansen",
        ),
        (
            ["The numbers are old.", "“We will win the pier vote in every county.”", "- Peter Hansen.", "He is wrong."],
            "pier vote",
            "Peter Hansen",
        ),
        (["Ada Brant wrote on Facebook.", "“The pier is ours,” posted Peter Hansen."], "pier is ours", "Peter Hansen"),
    ],
)
def test_party_tags_relative_frames_and_signature_lines(
    attribute_parsed, paragraphs: list[str], words: str, speaker: str
) -> None:
    """ "(D-Wash.)" between name and verb, "who declared" (the noun the clause is on), and a
    quotation signed on the next line with a dash all name the speaker."""
    assert _speaker(attribute_parsed(paragraphs), words) == speaker


def test_a_name_inside_the_quotation_is_not_the_pronoun_of_its_frame(attribute_parsed) -> None:
    """ "“We owe everything to Ada Brant,” he said": he is not the person the quotation names."""
    found = attribute_parsed(["Peter Hansen spoke at the pier on Monday. “We owe everything to Ada Brant,” he said."])
    assert _speaker(found, "We owe everything") == "Peter Hansen"


def test_a_platform_posted_on_is_not_a_speaker(attribute_parsed) -> None:
    """ "Hansen eulogized her on Instagram: “...,” he wrote": the platform the tagger took for a
    person is neither the name before the colon nor the antecedent of "he"."""
    found = attribute_parsed(
        [
            "Peter Hansen's mother, Ada Brant, was a singer. When she passed, Hansen eulogized her on "
            "Instagram: “I want to salute this soul. Ada Brant, may you rest in peace,” he wrote."
        ]
    )
    assert _speaker(found, "salute this soul") not in ("Instagram", "Ada Brant")


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        # a title with its full stop opens the name after an inverted verb
        (
            ["“The pier will reopen in May,” said Adm. Ilse Varga, the fleet commander."],
            "pier will reopen",
            "Ilse Varga",
        ),
        # "of Keld, Alabama," is where she is from, not who tweeted
        (
            ["“Just heard the sweetest voice,” Rita Holm of Keld, Alabama, tweeted after the call."],
            "sweetest voice",
            "Rita Holm",
        ),
        (
            [
                "Peter Hansen of the coast guard said two sailors were missing.",
                "“Just heard the sweetest voice. He's okay. Thank you all for the prayers,” Rita Holm of Keld, "
                "Alabama, tweeted after speaking with her grandson, Jon Holm, via video.",
            ],
            "sweetest voice",
            "Rita Holm",
        ),
        # a participle cue on a passive: the one recorded saying it
        (
            [
                "Tomas Brenner and Ada Brant met the couple on Monday.",
                "“They will ask for your papers,” Brenner was recorded saying, according to the indictment.",
            ],
            "ask for your papers",
            "Tomas Brenner",
        ),
        # an adverb after the name is not part of the speaker
        (
            ["Tomas Brenner allegedly told the husband, “Find him and wear him out.”"],
            "wear him out",
            "Tomas Brenner",
        ),
        # a pronoun with a contracted auxiliary, then a participle cue
        (
            [
                "Peter Hansen was criticised for his remarks about the harbour.",
                "He's since defended his comments by stating, “I cherish the harbour.”",
            ],
            "cherish the harbour",
            "Peter Hansen",
        ),
        # "X quoted him as saying": him, not X
        (
            [
                "Ms. Ada Brant met Peter Hansen and his brother at the pier in May.",
                "“Nice to meet you,” she quoted him as saying.",
            ],
            "Nice to meet you",
            "Peter Hansen",
        ),
        # "his web site reads": the man it belongs to
        (
            [
                "Tomas Brenner opened a law office in Keld in 2015.",
                "“Through hard work, he acquainted himself with judges,” his web site reads.",
            ],
            "acquainted himself",
            "Tomas Brenner",
        ),
        # "a vlogger named X hinted": the name, with "hinted" as a cue
        (
            ["A former vlogger named Ada Brant hinted to her viewers that a rival “is married to a banker.”"],
            "married to a banker",
            "Ada Brant",
        ),
        # an appositive with "and" in it, longer than a subject
        (
            ["“Absolutely,” Peter Hansen, an Iowa strategist and former adviser to Ada Brant, said of the race."],
            "Absolutely",
            "Peter Hansen",
        ),
        # "She replied" after a quotation that ends its sentence opens the next sentence
        (
            [
                "In June, Peter Hansen emailed her condolences, addressing her as “Ada” and telling her, “you are "
                "an all-star player!” She replied to him that it was an honor."
            ],
            "all-star player",
            "Peter Hansen",
        ),
        # "tweeting at him," is a cue of the sentence's subject
        (
            ["Ada Brant offered a retort on the mogul's favourite medium, tweeting at him, “you are a whiner.”"],
            "you are a whiner",
            "Ada Brant",
        ),
        # "she" after a speaker of unknown gender, with a woman the text calls "her" named since
        (
            [
                "Mayor Peter Hansen said the water would rise. “We will stay,” Hansen said.",
                "The radio watched Ada Brant race to build a wall around her diner.",
                "“I was determined,” she said.",
            ],
            "I was determined",
            "Ada Brant",
        ),
        # a gendered role in apposition: "he" is not the spokeswoman
        (
            [
                "“It was a fine day,” Peter Hansen said of the regatta.",
                "“The harbour is ours,” Ada Brant, a council spokeswoman, said in a statement.",
                "“I love the harbour,” he said on Tuesday.",
            ],
            "I love the harbour",
            "Peter Hansen",
        ),
        # a letter's words: the writer the paragraph before opens with, not the man it is addressed to
        (
            [
                "“I appointed a great judge,” Mr. Tomas Brenner said.",
                "In his March note to Brenner, Judge Peter Hansen was similarly effusive.",
                "“The team you have assembled is remarkable,” he wrote.",
            ],
            "team you have assembled",
            "Peter Hansen",
        ),
    ],
)
def test_stop24_speaker_classes(attribute_parsed, paragraphs: list[str], words: str, speaker: str) -> None:
    """Classes of wrong speakers in unseen Multi-News stories (stop 24), in invented sentences: titles
    with a full stop, a place in apposition, passive and adverb frames, "quoted him as saying", a
    possessive document, "named X", and a letter credited to its addressee."""
    assert _quote_speaker(attribute_parsed(paragraphs), words) == speaker


def _quote_speaker(found: list[Attribution], words: str) -> str | None:
    return _speaker([a for a in found if a.kind != "reported"], words)


@pytest.mark.parametrize(
    ("paragraphs", "words", "wrong"),
    [
        # a label in marks inside the subject's own noun phrase is not her words
        (['Ada Brant, a Keld-based "harbour expert," claims she met Peter Hansen.'], "harbour expert", "Ada Brant"),
        # a manner verb far from the marks frames nothing
        (
            [
                "Peter Hansen offered a winning plan for the port, and on Monday the mayor panned Ada Brant as "
                "a “terrible person” during an interview."
            ],
            "terrible person",
            "Peter Hansen",
        ),
        # "one that says": the record speaks, not the subject of the earlier "said"
        (
            ["Ada Brant said she had phone records, including one that says, “I want you back.” Hansen was silent."],
            "want you back",
            "Ada Brant",
        ),
        # words after a role's possessive do not hold the role
        (
            [
                "“The president’s nomination of Ada Brant was among his first acts,” an aide said.",
                "Later the president disparaged the “so-called judge” on the radio, saying the ruling “put the "
                "harbour in peril.”",
            ],
            "harbour in peril",
            "Ada Brant",
        ),
        # "” by Hansen, said someone familiar": an unpaired comma before the verb
        (
            ["“It’s clear he was very upset with the comment” by Peter Hansen, said someone familiar with it."],
            "very upset",
            "Peter Hansen",
        ),
    ],
)
def test_stop24_not_the_speaker(attribute_parsed, paragraphs: list[str], words: str, wrong: str) -> None:
    """The person these sentences name near the quotation did not say it."""
    assert _quote_speaker(attribute_parsed(paragraphs), words) != wrong


def test_a_name_modifying_a_noun_is_not_the_antecedent_of_he() -> None:
    """ "the Keldcorp founder said": the company name (typed a person by the entity stage, as the tagger
    did with "Facebook") modifies "founder" and is not who a later "he" is."""
    from collections import Counter

    from newsfuse.nlp.entities import EntityCluster, LocatedMention
    from newsfuse.nlp.speakers import SpeakerResolver

    text = "Peter Hansen has revealed his concerns. In an interview, the Keldcorp founder said the pier was at risk. He"
    clusters = [
        EntityCluster("Peter Hansen", "PERSON", Counter({"Peter Hansen": 1})),
        EntityCluster("Keldcorp", "PERSON", Counter({"Keldcorp": 1})),
    ]
    located = [
        LocatedMention("S1", 0, 0, 12, "Peter Hansen", "PERSON"),
        LocatedMention("S1", 1, text.index("Keldcorp"), text.index("Keldcorp") + 8, "Keldcorp", "ORG"),
    ]
    resolver = SpeakerResolver("S1", EntityIndex(clusters, located))
    assert resolver.resolve(text, len(text) - 2, len(text)).name == "Peter Hansen"


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        # a role in apposition after the name: the name speaks, not the role
        (
            [
                "“Dropping the inquiry is obstruction,” Representative Peter Hansen, Democrat of Keldshire, wrote "
                "on Twitter."
            ],
            "Dropping the inquiry",
            "Peter Hansen",
        ),
        (
            [
                "Already, Rep. Tomas Brenner, Republican chairman of the harbour committee, has asked the council to "
                "provide “all notes and recordings of the meeting.”"
            ],
            "all notes and recordings",
            "Tomas Brenner",
        ),
        (["“We will grow,” Anna Lind, chief executive of Keldcorp, said on Monday."], "We will grow", "Anna Lind"),
        # "of" inside a capitalised name after an inverted verb
        (
            ["“That is when people start talking about obstruction,” said University of Keld law professor Ada Brant."],
            "people start talking",
            "Ada Brant",
        ),
        # a statement introduced by a main verb, with a subordinate "when contacted" before the colon
        (
            [
                "“It was an inside job at the mint,” Peter Hansen told the paper.",
                "Council spokesman Olek Danner issued this statement when contacted by the radio: “We have no record "
                "of any theft at the mint.”",
            ],
            "no record of any theft",
            "Olek Danner",
        ),
    ],
)
def test_stop25_speaker_classes(attribute_parsed, paragraphs: list[str], words: str, speaker: str) -> None:
    """Classes of wrong speakers in unseen Multi-News stories (stop 25), in invented sentences: a role in
    apposition printed instead of the name before it, "University" cut from "University of X professor
    Y", and a statement carried to the previous speaker."""
    assert _quote_speaker(attribute_parsed(paragraphs), words) == speaker


def test_stop25_the_writer_is_no_named_speaker(attribute_parsed) -> None:
    """ "I mentioned in my prior column that “...”": the writer, not the company named before."""
    found = attribute_parsed(
        [
            "Keldcorp said sales of the brewer fell.",
            "I mentioned in my prior column that “the shelves were full of machines that nobody wanted.”",
        ]
    )
    assert _quote_speaker(found, "shelves were full") is None


def test_stop25_a_long_title_after_a_work_noun_is_no_quote(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "Ada Brant and her husband have written about their success in a new book, “The Harbour Family: How Ten "
            "Children Learned to Sail by Age Twelve.”"
        ]
    )
    assert not [a for a in found if a.kind != "reported" and "Harbour Family" in a.text]


def test_stop25_a_family_name_the_tagger_called_a_place() -> None:
    """ "votes from Brenner" does not make the family name a place, and a family name typed a place is not
    one when a person of the story has it: "Brenner said" is Ada Brenner, the one person with that name."""
    from collections import Counter

    from newsfuse.nlp.entities import EntityCluster, LocatedMention
    from newsfuse.nlp.speakers import SpeakerResolver

    text = "Leader Ada Brenner spoke. They need votes from Brenner. “No,” Brenner said."
    at = [i for i in range(len(text)) if text.startswith("Brenner", i)]
    clusters = [
        EntityCluster("Ada Brenner", "PERSON", Counter({"Leader Ada Brenner": 1})),
        EntityCluster("Brenner", "GPE", Counter({"Brenner": 2})),
    ]
    located = [
        LocatedMention("S1", 0, 0, at[0] + 7, "Leader Ada Brenner", "PERSON"),
        LocatedMention("S1", 1, at[1], at[1] + 7, "Brenner", "GPE"),
        LocatedMention("S1", 2, at[2], at[2] + 7, "Brenner", "GPE"),
    ]
    resolver = SpeakerResolver("S1", EntityIndex(clusters, located))
    assert resolver.resolve(text, at[2], at[2] + 7).name == "Ada Brenner"
    # the same with "to Brenner" (a place's usage) and no mention tagged where she speaks
    text = text.replace("votes from", "to talk to")
    at = [i for i in range(len(text)) if text.startswith("Brenner", i)]
    located = [
        LocatedMention("S1", 0, 0, at[0] + 7, "Leader Ada Brenner", "PERSON"),
        LocatedMention("S1", 1, at[1], at[1] + 7, "Brenner", "GPE"),
    ]
    resolver = SpeakerResolver("S1", EntityIndex(clusters, located))
    assert resolver.resolve(text, at[2], at[2] + 7).name == "Ada Brenner"


def test_stop25_the_newspaper_is_not_a_name_inside_the_quote() -> None:
    """ "“... from the Keld Mint,” the newspaper reported": the newspaper quoted before, not the
    organisation named inside the quotation or a firm named last."""
    from collections import Counter

    from newsfuse.nlp.entities import EntityCluster, LocatedMention
    from newsfuse.nlp.speakers import Speaker, SpeakerResolver

    text = (
        "The Keld Courier reported the find. Brant hired Holm Coins Inc. “A heist at the Keld Mint,” "
        "the newspaper reported."
    )
    names = ("Keld Courier", "Holm Coins Inc.", "Keld Mint")
    spans = {name: (text.index(name), text.index(name) + len(name)) for name in names}
    clusters = [EntityCluster(name, "ORG", Counter({name: 1})) for name in spans]
    located = [LocatedMention("S1", i, a, b, name, "ORG") for i, (name, (a, b)) in enumerate(spans.items())]
    resolver = SpeakerResolver("S1", EntityIndex(clusters, located))
    resolver.remember(Speaker("The Keld Courier", 0, 16, "Keld Courier"))
    quote = (text.index("“") + 1, text.index("”"))
    resolver.quoted = [quote]
    start = text.index("the newspaper")
    assert resolver.resolve(text, start, start + len("the newspaper")).name == "Keld Courier"


def test_stop25_according_to_a_report_in_a_paper(attribute_parsed) -> None:
    """ "according to a report in The X": the paper the report is in (was "a report", no name), and "the U.S.
    Department of Agriculture ..." is never cut to "U.S. Department" at "of"."""
    found = attribute_parsed(
        [
            "The Keld Tribune covered the frost on Monday.",
            '"A change of ten degrees cuts the air in tyres by a tenth," according to a report in The Keld Tribune.',
            '"Freezing makes the yolk thick," according to the U.S. Department of Agriculture.',
        ]
    )
    assert _quote_speaker(found, "air in tyres") == "Keld Tribune"
    assert _quote_speaker(found, "yolk thick") != "U.S. Department"


# Speakers that editors found wrong on unseen Multi-News stories (stop 25, row 161), each rebuilt from
# invented sentences of the same shape.
def test_a_possessive_role_named_earlier_speaks_as_that_person(attribute) -> None:
    """Row 161: "Price's mother Jennifer Rivers …" then "Price's mother, who could be a key witness,
    said she …" and "“Every day …,” she said": the mother's words went to her dead son."""
    found = attribute(
        [
            "Tomas Keller, 19, was shot outside a car wash in Keld on May 29.",
            "Keller's mother Ines Calloway, who was with him when he was shot, wept as the arrests were announced.",
            "Police said the men had asked Keller about the colour of his shoes.",
            "Keller's mother, who could be a key witness, said she wants to face the men in court.",
            "“Every day they're in court, I'm going to be there,” she said.",
        ]
    )
    assert _speaker(found, "Every day") == "Ines Calloway"


def test_a_rank_tagged_as_a_name_of_its_own_is_not_the_speaker() -> None:
    """Row 161 printed "LAPD Det" for "LAPD Det. Christopher Barling said": the model tagged "Det"."""
    text = "LAPD Det. Ole Brandvik said."
    rank = LocatedMention("S1", 0, 5, 8, "Det", "PERSON")
    name = LocatedMention("S1", 0, 10, 22, "Ole Brandvik", "PERSON")
    assert text[rank.start : rank.end] == "Det" and text[name.start : name.end] == "Ole Brandvik"
    assert _head_person(text, 0, [rank, name]) is name


# Stop 26: classes of wrong speakers in twelve unseen Multi-News stories and the editors' open case, each
# rebuilt from invented sentences of the same shape.
@pytest.mark.parametrize(
    ("paragraphs", "words", "wrong"),
    [
        # a scare quote inside a poll's sentence: the poll's wording, not the mayor's words (editor row 177)
        (
            [
                "The council has lost the town's trust. And fewer than half - though a still-troubling 44 percent - "
                'think Mayor Peter Hansen "intentionally misled" the public when he said that the pier would open '
                "in May."
            ],
            "intentionally misled",
            "Peter Hansen",
        ),
        # a relative clause after the quotation with a frame of its own (row 57)
        (
            [
                'Ada Brant runs the translation desk. The council website describes the pier as "ein Wunder aus '
                'Holz und Stahl", which Ada Brant says means a wonder of wood and steel.'
            ],
            "ein Wunder",
            "Ada Brant",
        ),
        # a demonstrative opening the sentence is no speaker (PolNeAR train printed "This")
        (
            [
                'Friday, he told the Keld Courier that Brant was "dragging her feet." This prompted the tabloid to do '
                'a cover saying "Don\'t be a Bum, Ada!"'
            ],
            "Bum, Ada",
            "This",
        ),
        # the addressee of a statement is not its source (row 19)
        (
            [
                "So far, the governor has not weighed in on the closures. A council official sent a statement to "
                "the Keld Courier on Monday expressing concern. “We are always concerned when a pier closes,” the "
                "statement said."
            ],
            "always concerned",
            "Keld Courier",
        ),
    ],
)
def test_stop26_not_the_speaker(attribute_parsed, paragraphs: list[str], words: str, wrong: str) -> None:
    """The person or organisation these sentences name near the quotation did not say it."""
    assert _quote_speaker(attribute_parsed(paragraphs), words) != wrong


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        # an unnamed role, then the name in apposition, after an inverted verb (row 53)
        (
            ["“It hurts so much,” said another relative, Anna Lind, 18, the girl's cousin. “I am trying not to cry.”"],
            "It hurts so much",
            "Anna Lind",
        ),
        # an epithet for the person the text has named is resolved as "he" would be (row 7 left the words
        # unattributed; PolNeAR train has "the Florida senator", "the New York businessman" as sources)
        (
            [
                "Peter Hansen found the bodies in May. “We did not know them,” Hansen said outside his hotel.",
                "Based on the description, the guide had little doubt of who they were.",
                "“We did not touch them out of respect,” said the 40-year-old mountaineer from Keld, Norway.",
            ],
            "out of respect",
            "Peter Hansen",
        ),
        (
            ["Senator Peter Hansen spoke on Monday. “The inquiry goes on,” the Texas Republican said."],
            "inquiry goes on",
            "Peter Hansen",
        ),
        (
            [
                "Anna Lind opened the harbour festival on Friday.",
                "“We need more women on the boats,” the star told reporters.",
            ],
            "more women on the boats",
            "Anna Lind",
        ),
        # a fronted phrase opening the sentence is no subject of a participle cue (PolNeAR train printed "In a
        # statement" as a name)
        (
            [
                "In a statement released Thursday, Rep. Peter Hansen (D-N.Y.) reacted to the news, saying: “The "
                "killer should be in prison.”"
            ],
            "killer should be",
            "Peter Hansen",
        ),
        # a colon frame whose subject carries a relative clause (row 94: carried to the paper quoted before)
        (
            [
                "The gunfire erupted at 7:15 p.m. and halted the meeting, the Keld Courier reported.",
                "That's when Peter Hansen, a Keld council member who also works as spokesman of the Keld Harbour "
                'Authority, shouted at his fellow members: "Everybody get down!"',
            ],
            "Everybody get down",
            "Peter Hansen",
        ),
    ],
)
def test_stop26_speaker_classes(attribute_parsed, paragraphs: list[str], words: str, speaker: str) -> None:
    assert _quote_speaker(attribute_parsed(paragraphs), words) == speaker


def test_stop26_an_untagged_family_name_is_an_antecedent() -> None:
    """ "Plant, however, is unequivocal. The chances ... are, he says, “zero”": the family name of the one
    person of the story named in full with it, left untagged because it is also a word, is who "he" is
    (Multi-News row 20 gave Robert Plant's words to Jimmy Page, the speaker before)."""
    from collections import Counter

    from newsfuse.nlp.entities import EntityCluster
    from newsfuse.nlp.speakers import Speaker, SpeakerResolver

    text = (
        "Jimmy Page sorted the tapes. Robert Plant sang. Page says: “I do not sing.”\n"
        "Plant, however, is unequivocal. The chances of a reunion are, he says, “zero”."
    )
    clusters = [
        EntityCluster("Jimmy Page", "PERSON", Counter({"Jimmy Page": 1, "Page": 1})),
        EntityCluster("Robert Plant", "PERSON", Counter({"Robert Plant": 1})),
    ]
    robert, page = text.index("Robert"), text.index("Page says")
    spans = [(0, 10), (robert, robert + 12), (page, page + 4)]
    located = [LocatedMention("S1", 0, a, b, text[a:b], "PERSON") for a, b in spans]
    sentences = [Sentence("S1", 0, 0, text[:71], 0, 71), Sentence("S1", 1, 1, text[72:], 72, len(text))]
    resolver = SpeakerResolver("S1", EntityIndex(clusters, located))
    resolver.add_family_mentions(text, sentences)
    resolver.remember(Speaker("Page", page, page + 4, "Jimmy Page"))
    he = text.index("he says")
    assert resolver.resolve(text, he, he + 2).name == "Robert Plant"
    # "the Plant" (a thing) and "Plant Hall" (a longer name) are no mentions of him; "Page says" is one
    other = "Jimmy Page sorted the tapes. Robert Plant sang. The Plant Hall opened. Page says the Plant closed."
    resolver = SpeakerResolver("S1", EntityIndex(clusters, [LocatedMention("S1", 0, 0, 10, "Jimmy Page", "PERSON")]))
    resolver.add_family_mentions(other, [Sentence("S1", 0, 0, other, 0, len(other))])
    assert [m.text for m in resolver.mentions] == ["Jimmy Page", "Page"]


def test_stop26_the_company_website_is_not_the_outlet_quoted_before() -> None:
    """ "The company website describes the sandwich as “...”": the company's own site, whom the text does
    not name here, not the food blog quoted before (Multi-News row 57 credited the menu to Eater)."""
    from collections import Counter

    from newsfuse.nlp.entities import EntityCluster
    from newsfuse.nlp.speakers import Speaker, SpeakerResolver

    text = "Eaterly calls it a “wooden wonder.” The company website describes the pier as “a wonder of wood.”"
    clusters = [EntityCluster("Eaterly", "ORG", Counter({"Eaterly": 1}))]
    resolver = SpeakerResolver("S1", EntityIndex(clusters, [LocatedMention("S1", 0, 0, 7, "Eaterly", "ORG")]))
    resolver.remember(Speaker("Eaterly", 0, 7, "Eaterly"))
    start = text.index("The company website")
    assert resolver.resolve(text, start, start + len("The company website")).name is None


def test_stop26_a_fronted_clause_is_no_speaker(attribute_parsed) -> None:
    """ "Even before Hansen took the stage, his campaign sent a text message to supporters saying: “...”": the
    words opening the sentence are no speaker phrase (PolNeAR train printed "Even before Sanders")."""
    found = attribute_parsed(
        [
            "Even before Hansen took the stage on Tuesday night, his campaign sent out a text message to "
            'supporters saying: "With your help, we won the harbour vote!"'
        ]
    )
    quote = next(a for a in found if a.kind != "reported" and "harbour vote" in a.text)
    assert quote.speaker is None or not quote.speaker.text.startswith("Even")


def test_stop27_answers_of_a_printed_interview_are_the_interviewees(attribute_parsed) -> None:
    """Questions printed as lines of their own, answers as quotations opening their paragraphs: each answer is
    the words of the person the narrative before the questions introduces (Multi-News row 37: eleven answers
    of two people unattributed). An earlier answer goes on across a question and a bracketed link line."""
    found = attribute_parsed(
        [
            "After the loss on Friday, Anna Lind spoke to reporters about the harbour vote.",
            "What was your first reaction?",
            "“I was angry. We had worked for months on the plan.”",
            "[Keld council delays the vote again]",
            "Did you expect the delay?",
            "“No. Nobody told us anything.”",
            "Harbour master Peter Hansen also answered a few questions.",
            "Will the ferries run in May?",
            "“They will run as soon as the pier is safe.”",
        ]
    )
    assert _quote_speaker(found, "I was angry") == "Anna Lind"
    assert _quote_speaker(found, "Nobody told us") == "Anna Lind"
    assert _quote_speaker(found, "as soon as the pier") == "Peter Hansen"


def test_stop27_a_person_she_was_resolved_to_is_not_he(attribute_parsed) -> None:
    """The text gives the governor no title or "her" of her own, but an earlier "she said" was resolved to her:
    a later "he asked" is someone else (Multi-News row 36 credited the talk-show host's question to the
    governor who had asked him)."""
    found = attribute_parsed(
        [
            "The swell of support for Governor Lena Ward to appoint the radio host Tom Keller to the harbour board "
            "has not gone unnoticed.",
            '"Tom, thank you for your interest in the board," Ward wrote on Friday.',
            '"You forget one thing, my friend. You did not know our state fish," she said, pointing back to an '
            "interview in April when she asked the host to name the state fish.",
            '"There\'s a state fish?" he asked, puzzled.',
        ]
    )
    assert _quote_speaker(found, "You forget one thing") == "Lena Ward"
    assert _quote_speaker(found, "a state fish?") == "Tom Keller"


def _resolver_over(text: str, clusters: list, spans: list[tuple[str, str]]):
    """A resolver over ``text`` with a mention for the first occurrence of each (words, label)."""
    from newsfuse.nlp.speakers import SpeakerResolver

    located = []
    for words, label in spans:
        at = text.index(words)
        located.append(LocatedMention("S1", 0, at, at + len(words), words, label))
    return SpeakerResolver("S1", EntityIndex(clusters, located))


def test_stop27_the_name_before_an_apposition_heads_the_subject() -> None:
    """ "Hansen, well aware of Lind's record and her critics, said ...": the name before the comma speaks, even
    when the tagger typed it an organisation and the phrase after the comma names a person (Multi-News row 108
    gave Sanders' words to Dorothy Day); "the Harbour Committee of Norway, a network of dock workers" is the
    committee, and "the network" that speaks next is that committee (row 47 left it unattributed)."""
    from collections import Counter

    from newsfuse.nlp.entities import EntityCluster

    text = "Peter Hansen spoke. Hansen, well aware of Anna Lind's record and her critics, said the mayor was bold."
    clusters = [
        EntityCluster("Peter Hansen", "PERSON", Counter({"Peter Hansen": 1, "Hansen": 1})),
        EntityCluster("Anna Lind", "PERSON", Counter({"Anna Lind": 1})),
    ]
    resolver = _resolver_over(text, clusters, [("Peter Hansen", "PERSON"), ("Hansen,", "ORG"), ("Anna Lind", "PERSON")])
    start = text.index("Hansen, well")
    assert resolver.resolve(text, start, text.index(" said")).name == "Peter Hansen"

    text = (
        "Five died, said the Harbour Committee of Norway, a network of dock workers. "
        "The gates were locked, the network said."
    )
    clusters = [
        EntityCluster("Harbour Committee", "ORG", Counter({"the Harbour Committee": 1})),
        EntityCluster("Norway", "GPE", Counter({"Norway": 1})),
    ]
    resolver = _resolver_over(text, clusters, [("the Harbour Committee", "ORG"), ("Norway", "GPE")])
    start = text.index("the Harbour")
    first = resolver.resolve(text, start, text.index(". The gates"))
    assert first.name == "Harbour Committee"
    resolver.remember(first)
    network = text.index("the network")
    assert resolver.resolve(text, network, network + len("the network")).name == "Harbour Committee"


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        # verbs of manner beside the marks: "recounted" (row 17), "ripped" (row 112); the speaker before had both
        (
            [
                "“We are cooperating fully,” said Jordan Isen, a spokesman for the owner.",
                "Harold Weiss, 37, lives next door to the family and rode the lift that morning.",
                "“It was a little shaky,” he recounted. “I thought it was the construction.”",
                "“Nobody trusts those lifts,” he added.",
            ],
            "Nobody trusts",
            "Harold Weiss",
        ),
        (
            [
                "Rep. Anna Lind said the deal looked like “a sugar-coated sandwich.”",
                "“This deal trades our jobs for a few votes, and I will not support it,” ripped Rep. Tom Keller "
                "(D-Ariz.), co-chairman of the caucus.",
            ],
            "trades our jobs",
            "Tom Keller",
        ),
        # a quotation signed with a name and no verb (rows 112, 108)
        (
            [
                "“This is not the greatest deal,” Mayor Peter Hansen said on Sunday.",
                "“I am afraid this will not fix the problem,” Sen. Tom Keller (R-Texas), who was elected by the "
                "harbour workers.",
            ],
            "will not fix the problem",
            "Tom Keller",
        ),
        (
            [
                "“I have long believed in the pope,” said Anna Lind, the senator from Keld.",
                "“The pope has been a powerful voice for the poor.” Senator Tom Keller",
                "He was pleased with the speech.",
            ],
            "powerful voice",
            "Tom Keller",
        ),
    ],
)
def test_stop27_speaker_classes(attribute_parsed, paragraphs: list[str], words: str, speaker: str) -> None:
    assert _quote_speaker(attribute_parsed(paragraphs), words) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        # "the company" is the organisation the sentence before has as subject, not the agency it names (row 63)
        (
            [
                "Ada Brant has posted a video on making lipstick from crayons.",
                "However, Keldcraft has made it clear that its crayons have not been approved by the Harbour Agency.",
                "‘As a maker of children’s products, safety is our top priority,’ the company says on its website.",
            ],
            "safety is our top priority",
            "Keldcraft",
        ),
        # "reads the letter": who handed the letter out (row 17)
        (
            [
                "“Nobody trusts those lifts,” said Peter Hansen, who lives on the fourth floor.",
                "Keldhus Realty Corp., the building's management company, handed out this letter to tenants.",
                "“We are all devastated by this tragedy,” reads the letter.",
            ],
            "all devastated",
            "Keldhus Realty Corp",
        ),
        # "his e-mail" after "Solters was also no help": the family name after a sentence that ends with the full
        # name is a mention of him (row 99)
        (
            [
                "“Please deal with Larry,” Peter Hansen said in an e-mail referring to the publicist, Larry Solters.",
                "Solters was also no help. He said he was in Keld on Tuesday. “I was not aware of any escort,” his "
                "e-mail said.",
            ],
            "aware of any escort",
            "Larry Solters",
        ),
        # an interjected phrase after the quotation is no subject (row 36)
        (
            ["“Keller would have had a tough road in the primaries,” both Democratic and Republican, says Ada Brant."],
            "tough road",
            "Ada Brant",
        ),
    ],
)
def test_stop27_holders_and_subjects(attribute_parsed, paragraphs: list[str], words: str, speaker: str) -> None:
    assert _quote_speaker(attribute_parsed(paragraphs), words) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "words", "wrong"),
    [
        # "Then later:" is no headline source (row 99)
        (
            ["“I am in Keld and was not aware of any escort,” his e-mail said.", "Then later: “I have no news.”"],
            "I have no news",
            "Then",
        ),
        # a lone adverb left after a relative clause is no subject (row 23)
        (
            [
                "The war criminal, who was among those most involved in the killings, further wrote: “I never gave "
                "any orders in my name.”"
            ],
            "never gave any orders",
            "further",
        ),
    ],
)
def test_stop27_not_a_speaker_phrase(attribute_parsed, paragraphs: list[str], words: str, wrong: str) -> None:
    found = [a for a in attribute_parsed(paragraphs) if a.kind != "reported" and words in a.text]
    assert found
    assert found[0].speaker is None or wrong not in (found[0].speaker.text, found[0].speaker.name)


def test_stop27_a_title_after_excerpt_is_no_quote(attribute_parsed) -> None:
    """ "The Rev. Ada Brant explains in this excerpt from “Anna Lind: Who Cares About the Harbour?”": a title,
    not the priest's words (row 108)."""
    found = attribute_parsed(
        ["The Rev. Ada Brant explains in this excerpt from “Anna Lind: Who Cares About the Harbour?” (Keld Films)"]
    )
    assert not [a for a in found if a.kind != "reported" and "Who Cares" in a.text]


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        # speech reported inside the words of the speaker before does not take over "he" (row 99)
        (
            [
                "“We do not run escorts for celebrities,” Mayor Anna Lind told reporters on Monday.",
                "Councilman Peter Hansen said Lind told him that the escort started outside the city. He said the "
                "mayor was “very clearly caught off-guard” by news of the ride.",
            ],
            "caught off-guard",
            "Peter Hansen",
        ),
        # a sentence opening with "But" has its subject after the conjunction (row 112)
        (
            [
                "Some Democrats were still looking to sweeten the deal, with Senate Whip Peter Hansen saying he hopes "
                "the package will extend the tax cut for another year.",
                "The joint committee inspired fear in both parties.",
                "But Sen. Tom Keller (R-Texas) dismissed such concerns. A tax increase would “never pass the House,” "
                "he said.",
            ],
            "never pass the House",
            "Tom Keller",
        ),
    ],
)
def test_stop27_he_continues_the_subject(attribute_parsed, paragraphs: list[str], words: str, speaker: str) -> None:
    assert _quote_speaker(attribute_parsed(paragraphs), words) == speaker


def test_stop27_a_wife_named_by_her_husband_is_not_him(attribute_parsed) -> None:
    """ "Peter Hansen's wife said ...": the wife speaks, not Peter Hansen (Multi-News row 47)."""
    found = attribute_parsed(
        [
            "Peter Hansen's wife said on Sunday that her husband had refused to leave with the convoy as he had been "
            'advised that the guards were "not to be trusted".'
        ]
    )
    assert _quote_speaker(found, "not to be trusted") != "Peter Hansen"


def test_stop27_who_presented_a_letter_did_not_write_it(attribute_parsed) -> None:
    """ "President Peter Hansen presented the previously unreleased letter": the letter is not his (Multi-News row
    23 credited a signature to the president who showed the letter)."""
    found = attribute_parsed(
        [
            "President Peter Hansen presented the previously unreleased letter at a ceremony on Monday.",
            "The letter was signed and dated: “Anna Lind, Keld, May 29, 1962.”",
        ]
    )
    assert _quote_speaker(found, "May 29") != "Peter Hansen"


def test_stop27_a_fronted_phrase_before_she_is_not_the_speaker(attribute_parsed) -> None:
    """ "Then, later in the evening she followed up with this comment: “...”": she is the speaker before (Multi-News
    row 112 printed nothing for "later in the evening she")."""
    found = attribute_parsed(
        [
            "First, Ann Lee said of the deal: “We all may not be able to support it.” Then, later in the evening she "
            "followed up with this lukewarm comment: “I look forward to reviewing the bill with my caucus.”"
        ]
    )
    assert _quote_speaker(found, "reviewing the bill") == "Ann Lee"


# invented narration without names or roles, to put an earlier mention beyond the resolver's carry window
_HARBOUR_HISTORY = [
    "The harbour was dug by hand in the years after the great storm, when the old pier had been washed away and "
    "the fishing boats had to land their catch on the open beach below the church. " * 5,
    "For decades the quay served the ferries, the fishing fleet and the timber trade, and the town grew around "
    "the warehouses that still line the water, most of them now shops, cafes and flats for summer visitors. " * 5,
]


# (paragraphs, quoted words, speaker) of the classes stop 28 fixed, each wrong on main e2543c9
_STOP28_CASES = [
    # "said the president." (the subject read up to the full stop) and "the president wrote" with no name beside
    # an earlier "president": the one person the text gives the title (Multi-News rows 221, 193)
    (
        [
            "President Ada Brant has just won the harbour vote after months of talks.",
            "This week the plan goes to the council.",
            "“We rose above our quarrels. We can still do big things,” said the president.",
        ],
        "rose above our quarrels",
        "Ada Brant",
    ),
    (
        [
            "President Ada Brant wrote a guest post on a harbour blog about the port she wants.",
            *_HARBOUR_HISTORY,
            "Mayor Peter Hansen said he had not read it.",
            "“The port will have a new pier and a safe quay,” the president wrote.",
        ],
        "new pier and a safe quay",
        "Ada Brant",
    ),
    # "he" after a paragraph opened by "But in his post, the president closed with ...", not the man quoted
    # before (row 193 gave Obama's words to McConnell)
    (
        [
            "President Tom Keller called on the council to vote on the harbour plan.",
            "“I believe the council will not vote this year,” council leader Peter Hansen told reporters.",
            "But in his weekly post, the president closed with his hope that the council would cooperate.",
            "“I hope they will move quickly to debate the plan,” he said.",
        ],
        "move quickly to debate",
        "Tom Keller",
    ),
    # "he" after "X told reporters he would not say whether they were considering Y ... But he said": X, not Y
    # whom a later "his" gives a gender (row 193 gave Earnest's words to Sandoval)
    (
        [
            "Though it is unclear whether the judge could emerge as the board's pick, even the prospect of his "
            "nomination poses a dilemma for the council, after Peter Hansen was named on Monday.",
            "Port spokesman Tom Keller told reporters Wednesday he would not comment on whether the board was "
            "considering Hansen because he did not want “to get into a rhythm of responding” to every report. But "
            "he said that the board was committed to finding “the best person to run the harbour,” regardless of "
            "party.",
        ],
        "the best person to run",
        "Tom Keller",
    ),
    # "Neither Governor Hansen nor his staff ..." tagged as a name is not who "Hansen told" is (row 193)
    (
        [
            "Governor Peter Hansen is being considered for the harbour board.",
            "A Hansen spokeswoman, Ada Brant, said, “Neither Governor Hansen nor his staff has been contacted "
            "by the board.”",
            "Asked about the board on Saturday, Hansen told the Keld Courier, “It would be a privilege.”",
        ],
        "would be a privilege",
        "Peter Hansen",
    ),
    # "he quoted X:" — the words are X's (row 221); "a quote from Y that ..." before an unframed quotation: Y's
    (
        [
            "Mayor Peter Hansen spoke twice this week about the harbour.",
            "On Friday he quoted Ada Brant: “The sea gives only to those who wait.” On Saturday he built his "
            "speech around a quote from Tom Keller that touched on the same idea. “I am not bound to win, but I "
            "am bound to be true.”",
        ],
        "The sea gives only",
        "Ada Brant",
    ),
    (
        [
            "Mayor Peter Hansen spoke twice this week about the harbour.",
            "On Friday he quoted Ada Brant: “The sea gives only to those who wait.” On Saturday he built his "
            "speech around a quote from Tom Keller that touched on the same idea. “I am not bound to win, but I "
            "am bound to be true.”",
        ],
        "not bound to win",
        "Tom Keller",
    ),
]


def test_stop28_speaker_classes(attribute_parsed) -> None:
    """Each case's quotation is credited to the person the text names for it."""
    got = [(words, _quote_speaker(attribute_parsed(paragraphs), words)) for paragraphs, words, _ in _STOP28_CASES]
    assert got == [(words, speaker) for _, words, speaker in _STOP28_CASES]


def test_stop28_a_quantifier_is_no_speaker(attribute_parsed) -> None:
    """ "Others, including Sen. Ada Brant, who sits on the committee, had said ...": "Others" is no name (Multi-
    News row 193 printed it as the speaker)."""
    found = attribute_parsed(
        [
            "“The council will not act,” council leader Peter Hansen told reporters. Others, including Sen. Ada "
            "Brant, who sits on the harbour committee, had said earlier that there would be “no hearing, no votes.”"
        ]
    )
    quote = [a for a in found if a.kind != "reported" and "no hearing" in a.text]
    assert quote
    assert quote[0].speaker is None or quote[0].speaker.name != "Others"


def test_stop28_a_label_after_a_determiner_is_nobodys(attribute_parsed) -> None:
    """A name in marks after a determiner that hangs from no verb of saying is a label ('The team planned the
    "harbour escort plan"'; Multi-News row 14 credited it to the security company)."""
    found = attribute_parsed(
        [
            "Peter Hansen of Keld Security said his team worked for the family.",
            'The team planned the "harbour escort plan" that had Tom Keller change cars twice on the way.',
        ]
    )
    label = [a for a in found if a.kind != "reported" and "harbour escort plan" in a.text]
    assert not label or label[0].speaker is None


def test_stop28_the_warrant_states(attribute_parsed) -> None:
    """'“...,” the warrant states' frames the quotation: the warrant's words, not the speaker's before (Multi-
    News row 8 credited them to a street name)."""
    found = attribute_parsed(
        [
            "“He was very calm,” Peter Hansen said of the driver.",
            "“Keller was asleep in front of the gate when the truck backed out,” the warrant states.",
        ]
    )
    warrant = [a for a in found if a.kind != "reported" and "asleep in front" in a.text]
    assert warrant and (warrant[0].speaker is None or warrant[0].speaker.name is None)


_STOP29_CASES = [
    # "said a man who identified himself as X": the name he gave (Multi-News row 50 left the quote unattributed)
    (
        [
            "Neighbours said the suspect ate at the harbour mission most evenings.",
            '"He would eat his food and leave," said a man who identified himself as Tomas K. "He was quiet."',
        ],
        "eat his food and leave",
        "Tomas K",
    ),
    # a possessive role, then the name in apposition after an inverted verb (row 32 printed "Hayes's attorney")
    (
        [
            "The ferry stopped at the pier and the van drove off.",
            '"This was not a case where my client chased anyone," said Keller\'s attorney, Peter Hansen.',
        ],
        "my client chased anyone",
        "Peter Hansen",
    ),
    # lower-case role words before a name after an inverted verb (row 33 left the quote unattributed)
    (
        [
            '"There are tracks from bigger animals, but those skeletons were found without the feet," said '
            "co-author Emanuel Tschoppmann, a fellow in the museum's division."
        ],
        "tracks from bigger animals",
        "Emanuel Tschoppmann",
    ),
    # a colon frame whose subject carries a relative clause, with a verb that is no verb of saying (row 50)
    (
        [
            "The Keld Harbour Board, where Tom Keller worked as a cadet in 2010, released the following statement:",
            '"The board was saddened to hear of Tom Keller\'s passing. He served the harbour with honour."',
        ],
        "saddened to hear",
        "Keld Harbour Board",
    ),
    # "as X puts it" (row 46 carried it to the speaker before)
    (
        [
            "The film follows Peter Hansen and Ada Brant across the island.",
            "“We will not get off this rock,” Brant says early on.",
            'And so the team is stranded, as Hansen puts it, on the island, "a place where myth and science meet."',
        ],
        "myth and science meet",
        "Peter Hansen",
    ),
    # a quotation signed by a name and a place after it, with no verb (editor row 167 carried it to the man before)
    (
        [
            "Mayor Tom Keller said last week that he backed the harbour bill.",
            '"I think the best way to pass a bill is to support a position and move it forward," Rep. Ada Brant of '
            'Oregon, a senior harbour board member. Asked if the mayor was doing that, Brant said, "I\'ll leave it."',
        ],
        "best way to pass a bill",
        "Ada Brant",
    ),
    # two quotations, each with its own colon frame and speaker, are two utterances (editor row 142)
    (
        [
            "The harbour study was paid for by the plaintiffs' lawyers.",
            'Peter Hansen of Keld Law stated: "We commissioned this study to test our claims, and it proved them '
            'true." Co-counsel, and former adviser to the harbour board, Tom Keller added: "We know of no testing '
            'done by the company."',
        ],
        "We commissioned this study",
        "Peter Hansen",
    ),
    # the party tag between commas is no speaker: the name before it is (editor row 167 printed "R-Texas")
    (
        [
            'Rep. Tom Keller, R-Texas, the chairman of the harbour committee, said on "Fox News Sunday" that he '
            'talked to the board on Saturday and "they say the mayor is still behind us."'
        ],
        "the mayor is still behind us",
        "Tom Keller",
    ),
    # "he" after "according to X-Y, a dock worker": the hyphenated name the parse split is the speaker "he"
    # continues, not the man the next paragraph names and the quotation speaks of in the third person (editor
    # row 176 credited an activist's words to Gadhafi)
    (
        [
            "Keller is fighting to keep his 40-year rule over the harbour. Calls into the port appeared to be cut.",
            "Snipers had taken position on the roofs around the port, according to Peter Abdel-Hansen, a "
            "London-based dock worker in touch with residents.",
            "Keller's board appeared to be preparing a new vote on Monday night. Port TV announced that the guards "
            'had "stormed the hideouts of saboteurs" as protesters called for a march in front of Keller\'s '
            "harbour residence.",
            '"But I think Keller is going to put up a fight," he said.',
        ],
        "going to put up a fight",
        "Peter Abdel-Hansen",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), _STOP29_CASES)
def test_stop29_speaker_classes(attribute_parsed, paragraphs: list[str], words: str, speaker: str) -> None:
    """Classes of wrong or missing speakers in unseen Multi-News rows and editors' cases (stop 29)."""
    assert _quote_speaker(attribute_parsed(paragraphs), words) == speaker


def test_stop29_the_second_part_is_its_own_quote(attribute_parsed) -> None:
    """'X stated: “A.” Co-counsel Y added: “B.”' gives B to Y and A to X, as two quotes (editor row 142)."""
    found = attribute_parsed(
        [
            'Peter Hansen of Keld Law stated: "We commissioned this study to test our claims, and it proved them '
            'true." Co-counsel, and former adviser to the harbour board, Tom Keller added: "We know of no testing '
            'done by the company."'
        ]
    )
    assert _quote_speaker(found, "We know of no testing") == "Tom Keller"
    assert not [a for a in found if "proved them true" in a.text and "no testing" in a.text]


def test_stop29_unnamed_people_and_things(attribute_parsed) -> None:
    """ "she cried" after a paragraph opened by "X's wife" is the unnamed wife, not a car the tagger took for a person
    nor a man named before (Multi-News row 32); "the police" is no city named before (row 38); a demonstrative is
    no speaker (row 46); a name in marks after "identified only as" is no part of the quotation after it, and "he
    said" in the next paragraph is that man (editor row 176)."""
    found = attribute_parsed(
        [
            "Peter Hansen, a harbour pilot, was hurt when the Keldmobile struck the pier. The Keldmobile drove off.",
            "At some point, Hansen's wife had gotten out of the car and was struck in the leg.",
            '"I need an ambulance. My leg is hurt!" she cried.',
        ]
    )
    assert _quote_speaker(found, "need an ambulance") is None
    found = attribute_parsed(
        [
            "The body was found floating off Copenhagen on August 21, the Keld Harbour Trust said.",
            'After scanning the boat to "search for clues to the crime" on August 29, the police announced nothing.',
        ]
    )
    assert _quote_speaker(found, "search for clues") is None
    found = attribute_parsed(
        [
            "Tom Keller was seen near the harbour on Monday.",
            'Another man, identified only as "Victory," told reporters after touring the port, "We could hear '
            'firing every 15 minutes."',
            '"Our people are dying," he said.',
        ]
    )
    assert not [a for a in found if a.text.startswith("Victory")]
    assert _quote_speaker(found, "Our people are dying") != "Tom Keller"


def test_stop29_a_family_name_typed_with_two_letters_swapped(attribute_parsed) -> None:
    """ "Hasnen said" after "Gov. Peter Hansen": the typo is the one person of the story (Multi-News row 50 printed
    "Sndyer" as the speaker)."""
    found = attribute_parsed(
        [
            "Gov. Peter Hansen's office issued a statement late Wednesday, saying Keller was committed to others.",
            '"May he rest in peace knowing that the harbour is mourning his loss," Hasnen said.',
        ]
    )
    assert _quote_speaker(found, "rest in peace") == "Peter Hansen"


def test_stop29_an_eponym_and_a_present_tense_frame(attribute_parsed) -> None:
    """ "weakened by Lou Hendricks's disease ... he intends": the disease's namesake is no antecedent (Multi-News row 49
    credited the councillor's proposed line to Lou Gehrig); '“...,” Brant replies.' frames the second quotation of
    a review, not a second part of the first (row 46)."""
    found = attribute_parsed(
        [
            "Harbour councillor Tom Keller is losing his own singing voice but that's not stopping him from trying "
            "to change the lyrics of the harbour song.",
            "The veteran councillor, whose vocal cords have been weakened by Lou Hendricks's disease, is determined "
            "to end the song's inference that the harbour belongs to men.",
            "Hence, soon after the council resumes work today, he intends to table a bill that would alter two words. "
            '"The harbour belongs to all of us," he said.',
        ]
    )
    # (stop 54: the line the bill would change, 'from "in all thy sons command" to "in all of us command"', is a
    # wording, not words said: tests/test_lead_stop54.py)
    assert _quote_speaker(found, "The harbour belongs to all of us") == "Tom Keller"
    found = attribute_parsed(
        [
            "The film follows Peter Hansen and Ada Brant across the island.",
            "“We have to go back,” Hansen says. “No, we stay,” Brant replies.",
        ]
    )
    assert _quote_speaker(found, "we stay") == "Ada Brant"


def test_stop29_who_of_a_coordinated_relative_clause(attribute_parsed) -> None:
    """ "an academic named X, who is running for the council and who worked the crowd, praising “...”": the speaker
    "who" is X, through the second relative clause (PolNeAR train left "who" unresolved)."""
    found = attribute_parsed(
        [
            "The crowd was smaller Friday, just 500 people. The senator was rallying for a 70-year-old academic named "
            "Peter Hansen, who is running for the council and who worked the crowd, praising \"Keller's genuineness "
            'and indisputable integrity" as he promised to defend the harbour.'
        ]
    )
    assert _quote_speaker(found, "genuineness") == "Peter Hansen"


def test_stop29_the_man_named_before(attribute_parsed) -> None:
    """ "The man, who spoke to reporters from his home, denied ... “...,” he said" after "The man identified as
    “Victory” told reporters ...": the man the text named before, not a news site named in between (editor row 176)."""
    found = attribute_parsed(
        [
            "Tom Keller spoke on harbour radio on Sunday night.",
            'The man identified as "Victory" told reporters that the telephones went down at 3 p.m.',
            "A fire was raging at the harbour hall, the harbour news site Keldnet said.",
            "The man, who spoke to reporters from his home, denied that the port was at war.",
            '"The situation on the streets is not a war," he said.',
        ]
    )
    assert _quote_speaker(found, "not a war") == "Victory"

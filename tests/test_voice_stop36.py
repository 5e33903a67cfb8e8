"""Inputs in another voice than reporting (editor reads, stop 35, Multi-News rows 102-104): a transcript's, a letter's
or a column's first-person lines were stated as the story's facts, its title and its lede; a press release's lines
filled the summary beside a news report. All text here is invented."""

from __future__ import annotations

from newsfuse.options import Options
from newsfuse.records import Article, RawDocument
from newsfuse.summarize.voice import authorial, classify

REPORT = [
    "KELD — The city council of Keld voted on Monday to close the harbour bridge for three months of repairs.",
    "Mayor Anna Kovac said the repairs would cost four million euros. “I know this is hard for commuters, and we "
    "will run extra ferries,” she told reporters after the vote.",
    "Ferries will carry commuters across the harbour while the bridge is closed, the city said in a statement.",
    "The bridge, built in 1911, carries about 30,000 vehicles a day, according to the council.",
]
TRANSCRIPT = [
    "Full transcript of Mayor Kovac's remarks on the harbour bridge, Monday, in the council chamber:",
    "THE MAYOR: I wanted to come out here to speak about the bridge. I grew up crossing it every morning, and I "
    "know how much it means to this city.",
    "I asked the engineers to tell me the truth, and they told me the steel is tired. My job is to keep people safe.",
    "So I will ask all of you to be patient with us for three months. We will get through this together.",
]
LETTER = [
    "Keld's bishop, Tomas Brenn, published an open letter to the city's commuters on Tuesday.",
    "Dear commuters of Keld,",
    "I know that every one of you will lose time on the ferries this spring. I have crossed that bridge all my life.",
    "I ask you to be kind to the ferry crews, who will work long days for us all.",
    "Sincerely,",
    "Tomas Brenn",
]
COLUMN = [
    "Opinion",
    "I have lived in Keld for forty years, and I have never seen a council so afraid of a little rust.",
    "My grandfather helped paint that bridge, and I can tell you it has stood worse winters than this one.",
    "The council's decision is a failure of nerve, and I think the mayor knows it.",
    "I will be taking the ferry with everyone else, and I will be counting the days.",
]
RELEASE = [
    "KELD, March 3, 2025 /PRNewswire/ -- Harbour Ferries Ltd. is proud to announce extra crossings for Keld.",
    "“Our crews are ready to serve every commuter in Keld,” said Lena Holm, the company's chief executive.",
    "About Harbour Ferries Ltd.: Harbour Ferries has carried passengers across the harbour since 1952.",
]


def _article(paragraphs: list[str], title: str | None = None, ident: str = "S1") -> Article:
    return Article(ident, "x", title, None, None, None, paragraphs)


def test_a_report_quoting_people_in_the_first_person_is_a_report() -> None:
    assert not authorial(REPORT[1])  # the mayor's "I" is inside the quotation marks
    assert classify(_article(REPORT)).kind == "report"


def test_a_transcript_is_the_labelled_speakers_words() -> None:
    voice = classify(_article(TRANSCRIPT))
    assert voice.kind == "transcript"
    assert voice.paragraphs == frozenset({1, 2, 3})  # the header is not the mayor's words
    assert voice.speaker == "Mayor Kovac"


def test_the_host_of_a_broadcast_transcript_speaks_in_the_reports_voice() -> None:
    interview = [
        "A ferry captain on the bridge closure",
        "LISA NORD, HOST: The harbour bridge in Keld closes next week. Captain Ola Berg will run the extra ferries.",
        "OLA BERG: I have never seen so many people waiting at the pier.",
        "NORD: How many crossings a day?",
        "BERG: Forty, and I will be at the wheel for most of them.",
    ]
    voice = classify(_article(interview))
    assert voice.kind == "transcript"
    assert voice.paragraphs == frozenset({2, 4})
    assert voice.speaker == "Ola Berg"


def test_a_letter_printed_in_a_report_is_its_signers_words_from_the_salutation_on() -> None:
    voice = classify(_article(LETTER))
    assert voice.kind == "letter"
    assert voice.paragraphs == frozenset(range(1, len(LETTER)))
    assert voice.speaker == "Tomas Brenn"


def test_a_column_is_an_opinion_piece_and_a_release_a_press_release() -> None:
    assert classify(_article(COLUMN)).kind == "opinion"
    assert classify(_article(COLUMN[1:])).kind == "opinion"  # sustained first person without the label
    assert classify(_article(RELEASE)).kind == "press_release"


def _brief(models, texts: list[list[str]]):
    from newsfuse.pipeline import brief_from_documents

    documents = [RawDocument(path=f"doc{k}.txt", text="\n\n".join(t)) for k, t in enumerate(texts)]
    return brief_from_documents(documents, Options().with_(words=400), models)


def test_a_transcripts_and_a_columns_lines_are_never_the_summary_or_title_and_are_named(models) -> None:
    brief = _brief(models, [REPORT, TRANSCRIPT, COLUMN])
    spoken = [p for p in TRANSCRIPT[1:] + COLUMN[1:]]
    for item in brief.summary:
        assert not any(item.text.rstrip(".") in p for p in spoken), item.text
    assert not any(brief.title.rstrip(".") in p for p in spoken)
    kinds = {w.kind: w.sources for w in brief.warnings}
    assert kinds["transcript"] == ["S2"] and kinds["opinion"] == ["S3"]
    # "Mayor Kovac" of the header resolved to the person the story names
    assert "Anna Kovac" in next(w.message for w in brief.warnings if w.kind == "transcript")
    # nothing dropped: the facts only the transcript gives are kept, marked as its speaker's, after the report's
    voiced = [f for f in brief.facts if f.voice == "transcript"]
    assert voiced and all(f.speaker == "Anna Kovac" for f in voiced)
    first_voiced = next(k for k, f in enumerate(brief.facts) if f.voice)
    assert all(f.voice for f in brief.facts[first_voiced:])
    as_json = brief.to_dict()
    assert any(f.get("voice") == "transcript" for f in as_json["facts"])
    assert all("voice" not in f for f in as_json["facts"] if f["sources"] == ["S1"])


def test_a_press_release_ranks_below_the_report_beside_it(models) -> None:
    release = [
        "KELD, March 3, 2025 /PRNewswire/ -- The Keld harbour bridge will close on Monday for three months of "
        "repairs costing four million euros, Keld Bridge Works Ltd. announced today.",
        "“Our engineers are proud to restore this historic bridge for the people of Keld,” said Lena Holm, the "
        "company's chief executive.",
        "“Teamwork and safety are at the heart of everything we do at Keld Bridge Works,” Holm said.",
    ]
    brief = _brief(models, [release, REPORT])
    assert [w.kind for w in brief.warnings] == ["press_release"]
    assert brief.summary[0].text.startswith("KELD — The city council") or "S2" in brief.summary[0].sources


def test_posts_a_report_quotes_as_a_block_after_a_colon_are_not_the_writers_first_person() -> None:
    report = [
        "Commuters in Keld are still waiting for the ferries the council promised when it closed the harbour bridge.",
        "Many of them wrote to the city's forum on Tuesday morning:",
        "I waited forty minutes at the pier this morning and my boss is not happy about it at all.",
        "I have taken the ferry three times this week and every single time it was late by half an hour.",
        "My daughter missed her exam because the seven o'clock crossing never came, and I want answers.",
        "The ferry company said two of its boats were being repaired and would return to service on Friday.",
        "The council said it would review the timetable at its next meeting, scheduled for the end of the month.",
    ]
    assert classify(_article(report)).kind == "report"
    assert classify(_article([report[0], *report[2:]])).kind == "opinion"  # without the colon they are the writer's

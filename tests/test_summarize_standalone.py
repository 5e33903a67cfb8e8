"""The summary an editor would sign: sentences that stand alone, no repeats, people introduced,
a real headline, a timeline from resolved dates, warnings for mixed inputs, and every summary
sentence findable in a cited source (verbatim or by deletion only)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsfuse.options import Options
from newsfuse.records import Article, Entity, Mention, RawDocument, SummaryItem
from newsfuse.summarize.repeats import repeated_pairs, same_fact, same_figure, same_quote
from newsfuse.summarize.standalone import (
    Introductions,
    common_words,
    needs_context,
    opens_with_reference,
    shorten,
    speaking_words,
    unnamed_document,
    unnamed_speaker,
)
from newsfuse.summarize.stories import not_an_article, page_furniture
from newsfuse.summarize.title import clean_headline, is_headline

STORY = Path(__file__).parent / "fixtures" / "story"
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def findable(text: str, source_text: str) -> bool:
    """Every word of ``text`` appears, in order, within one sentence of the source (the first
    word may change case, as a shortened sentence's first kept word starts it). The sentences are cut
    crudely, by regex, independently of the product's splitter."""
    words = _WORD.findall(text)
    if not words:
        return False
    # a full stop after an initial or a title ("Vladimir V. Putin", "Mr. Xi") ends no sentence
    for sentence in re.split(
        r"(?<=[.!?])(?<![A-Z]\.)(?<!Mr\.)(?<!Ms\.)(?<!Dr\.)(?<!Mrs\.)[”\"’']?\s+|\n+", source_text
    ):
        tokens = iter(_WORD.findall(sentence))
        first, *rest = words
        if any(t.lower() == first.lower() for t in tokens) and all(any(t == w for t in tokens) for w in rest):
            return True
    return False


def follows(before: SummaryItem, item: SummaryItem, texts: dict[str, str]) -> bool:
    """``item``'s sentence is the one right after ``before``'s in the source ``item`` came from."""
    source = item.sources[0]
    text, own, previous = texts[source], item.passages[source], before.passages.get(source)
    return previous is not None and re.search(re.escape(previous) + r"\s*" + re.escape(own), text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "He said the army would leave the city by Friday.",
        "This is a very difficult mission for all of us.",
        "The two leaders focused on something they both could agree on.",
        "On Monday, the first day of Mr. Xi’s three-day visit, the two leaders focused on trade.",
        "The 35-year-old was arrested at his home on Monday night.",
        "“We will not allow this,” he said.",
        "“This is a very difficult mission,” she said.",
        "“It is over,” said he.",
        "Prices will rise again next year, she told reporters on Monday.",
        "“The lake does not care about treaties.”",
        "Largo police later confirmed that was the location where the boy's body was found.",
        "On that day, Cohen obtained a temporary restraining order against Clifford.",
        "When the two leaders met on Tuesday, Japan’s Prime Minister Fumio Kishida visited Kyiv.",
        # stop 23 editor read: a summary opened with this ("his" is the pope, never named before)
        "One of his first acts as Pope was to call Benedict at Castel Gandolfo.",
        "“The reality is the situation,” he said, “and I can’t speak.”",
        # the stop 23 hook's read of the shared corpus: which statement?
        "This year, the statement was more measured.",
        # stop 25 editor re-read (row 126): steps of an opinion writer's argument
        "There's a lot to unpack here.",
        "First, let's consult the dictionary for a definition of the word.",
        "Third, no one is saying the mayor put somebody else's hand on the rail.",
        # stop 29 editor reads: an aside in brackets (row 210), a teaser the page cut off (row 197)
        "(There were roughly twenty of us in the harbour office.)",
        "She plans to use another ferry pass to have her...",
        # stop 30 editor reads: a teaser cut after any word (row 224), the writer's own "I" (rows 222, 224),
        # a subordinate clause standing alone (row 222)
        "Inspectors will ask why the skipper tried to dock the ferry in such rough ...",
        "A few years ago, I was invited by the harbour board to sail on the old ferry.",
        "5:40 am: It's my turn to feed the goats before the ferry leaves.",
        "The old ferry was slow, noisy and cold, but it never sank, I was told.",
        "If it helps, your correspondent put the same question to a harbour official.",
        'Though Marrow and Lunde have also blurred their plan by calling it a "sea bridge."',
    ],
)
def test_sentences_that_need_context_are_recognised(text):
    assert needs_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "“We will not allow this,” President Okonjo said.",
        "This week the army left the city of Bakhmut after months of fighting.",
        "Governor Ilsa Marrow announced $3 million in relief for the families.",
        "On Monday, Mr. Xi arrived in Moscow for a three-day state visit.",
        "The Kremlin said the two leaders had signed 14 agreements.",
        "“Water must unite us,” Mr. Okonjo said, “not divide us.”",
        # an indefinite age introduces someone: the lede of a crime story
        "A 4-year-old boy was thrown from the roof of his building by his 20-year-old brother on Saturday.",
        "A couple born on the same day at the same Massachusetts hospital have exchanged vows.",
        "The statement issued by the Kremlin on Tuesday was more measured.",
        "First Minister Ines Roe opened the bridge on Monday.",
        "Lettuce prices rose 40 percent in March.",
        "(CNN) The ferry to Keld sailed again on Monday after a year.",
        "(HarbourDay News) -- Ferries to Keld sailed again on Monday after a year.",
        "The mayor paused… and then opened the pier.",
        # the first person inside a quotation is the speaker's; a numeral "I" is no person
        "“I will sail the ferry myself,” Mayor Piet Lunde said.",
        "Mayor Piet Lunde said: “My crew and I will sail it.”",
        "The Phase I trial of the ferry's new engine ended in March.",
        "Mayor Piet Lunde said only: “We will see …”",
        "Though tired, the crew of the ferry sailed on.",
        "Because of the storm the ferry stayed in Keld.",
    ],
)
def test_sentences_that_stand_alone_pass(text):
    assert not needs_context(text)


def test_only_openers_and_tails_count_separately():
    assert opens_with_reference("They met on Tuesday in Moscow for talks.")
    assert not unnamed_speaker("They met on Tuesday in Moscow for talks.")
    assert unnamed_speaker("“The talks went well,” he added.")


def test_shortening_never_drops_an_attribution():
    # without ", she said" a claim the police call invented reads as the brief's own statement
    assert shorten("When she woke up in Largo Central Park, Jordan was gone, she said.") is None
    assert shorten("The army will withdraw from the city by Friday, he said on Monday.") is None
    assert shorten("“We will not allow this,” he said.") is None  # a quote keeps its speaker
    assert shorten("He said the army would withdraw by Friday, he added.") is None


def test_same_quote_and_same_fact_are_repeats():
    a = "“We will never give up our land to anyone,” the president said on Monday."
    b = "Speaking in the capital, Okonjo said: “We will never give up our land to anyone.”"
    assert same_quote(a, b)
    c = "Prime Minister Ilse Varga and President Tomas Okonjo signed 11 agreements on Lake Tessel water."
    d = "On Thursday Ilse Varga and Tomas Okonjo signed 11 agreements on sharing Lake Tessel water."
    assert same_fact(c, d)
    assert not same_fact(c, "Fishermen in Osterlund said the storm had arrived with almost no warning.")
    assert repeated_pairs([a, c, b]) == [(0, 2)]


def test_a_person_named_by_one_word_must_be_introduced_first():
    entities = [Entity("Marilyn Mosby", "PERSON", ["Mosby"], ["S1"])]
    mentions = [Mention("S1", 0, "Marilyn Mosby", "PERSON"), Mention("S1", 3, "Mosby", "PERSON")]
    intros = Introductions(entities, mentions)
    late = "Mosby confirmed that six officers had been charged."
    assert intros.unintroduced(("S1", 3), late, []) == ["Mosby"]
    assert intros.unintroduced(("S1", 3), late, ["State's attorney Marilyn Mosby spoke on Friday."]) == []


def test_a_surname_the_ner_labelled_otherwise_still_needs_the_full_name():
    # spaCy often tags a bare surname ORG ("O'Mara said"), and the merge keeps it apart from the person
    entities = [
        Entity("Mark O'Mara", "PERSON", [], ["S1"]),
        Entity("O'Mara", "ORG", [], ["S1"]),
        Entity("Theresa May", "PERSON", [], ["S1"]),
        Entity("Jordan", "GPE", [], ["S1"]),
        Entity("Michael Jordan", "PERSON", [], ["S1"]),
    ]
    mentions = [Mention("S1", 0, "Mark O'Mara", "PERSON"), Mention("S1", 4, "O'Mara", "ORG")]
    intros = Introductions(entities, mentions)
    late = "The guards cost $700 a week, O'Mara said."
    assert intros.unintroduced(("S1", 4), late, []) == ["O'Mara"]
    assert intros.unintroduced(("S1", 4), late, ["Defense lawyer Mark O'Mara spoke."]) == []
    # a month is a date and a surname that also names a place is not taken from the text alone
    assert intros.unintroduced(("S1", 5), "May 5 was the day the talks opened in Geneva.", []) == []
    assert intros.unintroduced(("S1", 6), "Jordan said it would close the border crossing.", []) == []


def test_a_speaker_no_source_names_in_full_cannot_be_introduced():
    # the stories name Pelkonen only by surname; Varnholt Lines is a company, Lake Varnholt a place
    entities = [Entity("Varnholt Lines", "ORG", ["Varnholt"], ["S1"]), Entity("Osterlund", "GPE", [], ["S1"])]
    common = common_words(["The police and the residents said they had been searching all night."])
    intros = Introductions(entities, [], common)
    for text in (
        "“The ferry was far too full,” Pelkonen said.",
        "The storm came without warning, said Pelkonen.",
        "Dr. Pelkonen examined the survivors at the harbour.",
    ):
        assert intros.unintroduced(("S1", 2), text, []) == ["Pelkonen"], text
    # ... once an earlier summary sentence has named them, later ones may too
    assert intros.unintroduced(("S1", 2), "“It was full,” Pelkonen said.", ["Dr. Pelkonen saw them."]) == []
    for text in (
        "The ferry had passed its inspection, Varnholt said.",  # a company speaking
        "“We heard nothing,” Osterlund residents said.",  # a place
        "“We are searching,” Police said.",  # a group the story writes in lower case
        "They said the ferry had no radio.",
        "“It sank fast,” Anna Pelkonen said.",  # a full name
    ):
        assert intros.unintroduced(("S1", 2), text, []) == [], text


def test_page_furniture_is_never_a_headline():
    for furniture in ("Tweet with a location", "Gallery 12 photo Gallery © EPA/Yuri Kochetkov", "Log in", "VIDEO"):
        assert not is_headline(furniture)
    assert is_headline("Xi and Putin Bind China and Russia’s Economies Further, Despite War in Ukraine")
    assert clean_headline("Ferry capsizes on Lake Varnholt | Northshore Herald") == "Ferry capsizes on Lake Varnholt"
    labelled = "TOP STORIES | WEB EXCLUSIVE Ferry Capsizes on Lake Varnholt"
    assert clean_headline(labelled) == "Ferry Capsizes on Lake Varnholt"
    assert clean_headline("NASA Sends a Ferry to Lake Varnholt") == "NASA Sends a Ferry to Lake Varnholt"


def test_widgets_and_login_walls_are_not_articles():
    def article(text: str) -> Article:
        return Article("S9", "x", None, None, None, None, [text])

    assert not_an_article(article("Tweet with a location. You can add location information to your Tweets."))
    assert not_an_article(article("Please log in to continue reading. Subscribe now for full access."))
    story_text = "A passenger ferry capsized on Lake Varnholt on Saturday evening during a sudden storm. " * 8
    assert not not_an_article(article(story_text))
    # what the cleaner leaves of a tweet widget once its "Tweet with a location" line is gone
    assert not_an_article(article("You can add location information to your Tweets, from the web. Learn more"))
    # a login wall longer than a widget: apart from the main story it is furniture, not a second story
    wall = "Welcome back. Please sign in to your profile. By submitting your registration information you agree. "
    assert not not_an_article(article(wall * 6)) and page_furniture(article(wall * 6))
    assert not page_furniture(article(story_text))
    # one such phrase in news prose is not enough, nor are two in a long article
    one = "The ferry company asked passengers to sign in at the harbour office for news of relatives. "
    assert not page_furniture(article(one * 5))
    assert not page_furniture(article((wall + story_text) * 12))
    # a web host's page where the article should be
    parked = "You're almost there. Your custom domain mapping may take up to 24 hours. Please visit our help center."
    assert not_an_article(article(parked))


def test_of_stories_told_by_as_many_articles_one_of_some_length_beats_a_scrap_given_first(models):
    from newsfuse.pipeline import brief_from_documents

    scrap = "Shop or skip the month by the 5th and you won't be charged. Members save on every order this spring."
    story = (
        "A passenger ferry capsized on Lake Varnholt on Saturday evening during a sudden storm, and rescuers "
        "pulled 31 people from the water. The harbour master said the ferry had left Osterlund on time. "
    ) * 5

    def cited(first: tuple[str, str], second: tuple[str, str]):
        documents = [RawDocument(path=path, text=text) for path, text in (first, second)]
        brief = brief_from_documents(documents, Options(), models)
        return brief, {s for item in brief.summary for s in item.sources}

    brief, sources = cited(("scrap.txt", scrap), ("story.txt", story))
    assert sources == {"S2"}
    assert "Varnholt" in brief.title or "ferry" in brief.title.lower()
    # two stories of some length: the first given, not the longer (a feature beside the news)
    feature = (
        "The Brennick library keeps a room of old ferry timetables, maps and tickets from every decade since "
        "the first crossing, and its archivist spends her weekends cataloguing the boxes that families donate. "
    ) * 8
    assert cited(("story.txt", story), ("feature.txt", feature))[1] == {"S1"}


_BLURBS = [
    "“A warm and candid account of life on the island.”—Ines Calloway, author of Harbour Lights",
    "“Candid and inspiring.”—Paul Verhoef The Coastline Gazette",
    "“Every islander should read this memoir. I could not put it down.”—Mara Linde, Keld Radio",
    "“Funny, wise and brave: a book for anyone who has waited for a ferry.”—The Northshore Review of Books",
    "“Hers is a quick read, chatty, candid.”—The Marrow Bay Post",
]


def test_a_publishers_blurb_page_is_not_an_article():
    def article(paragraphs: list[str]) -> Article:
        return Article("S9", "x", None, None, None, None, paragraphs)

    assert not_an_article(article(_BLURBS * 3))  # longer than any widget: it is the endorsements that count
    # a quote listicle with an introduction and a news story with a quote or two stay articles
    intro = [
        "The winners came backstage still holding their trophies on Sunday night at the harbour festival.",
        "Here is what five of them said in their first minutes as winners, in their own words, to reporters.",
    ]
    assert not not_an_article(article(intro + _BLURBS[:4]))
    story = "A passenger ferry capsized on Lake Varnholt on Saturday evening during a sudden storm. " * 4
    assert not not_an_article(article([story, _BLURBS[0], story, _BLURBS[1], story]))


def test_a_page_of_data_tables_is_not_an_article_but_a_report_with_figures_is():
    """A page of poverty-guideline tables was briefed as the main story beside a news item (editor read a29,
    Multi-News row 197)."""

    def article(paragraphs: list[str]) -> Article:
        return Article("S9", "x", None, None, None, None, paragraphs)

    intro = "The 2031 ferry fares of Lake Varnholt have been published. The 2030 fares are given below for reference."
    rows = " ".join(f"{n} ${120 + 15 * n} {140 + 16 * n} {150 + 17 * n} {190 + 20 * n}" for n in range(1, 13))
    assert not_an_article(article([intro, "Fares by household size", rows, rows]))
    report = (
        "The ferry carried 1,240 passengers on Saturday, up from 980 a year ago, and 312 cars, the harbour "
        "office said; fares rose 4.5 % to $12.40 for adults and $6.20 for children under 12."
    )
    assert not not_an_article(article([report] * 3))


# ---- on a real pipeline run ------------------------------------------------------------------


def _documents(published: str | None = None) -> list[RawDocument]:
    return [
        RawDocument(path=str(p), text=p.read_text(encoding="utf-8"), published=published)
        for p in sorted(STORY.glob("*.txt"))
    ]


@pytest.fixture(scope="module")
def dated_story(models):
    from newsfuse.pipeline import story_from_documents

    return story_from_documents(_documents("2031-05-12"), Options(), models, [])


def test_every_summary_sentence_is_findable_in_a_cited_source_and_stands_alone(dated_story, models):
    from newsfuse.pipeline import brief_from_story

    for words in (40, 120, 400):
        brief = brief_from_story(dated_story, Options().with_(words=words), models, [])
        texts = {a.id: a.text for a in brief.sources}
        for k, item in enumerate(brief.summary):
            assert any(findable(item.text, texts[s]) for s in item.sources), item.text
            assert findable(item.text, texts[item.sources[0]]), item.text  # the source it came from first
            # a sentence that needs context comes right after the one before it in its article
            assert not needs_context(item.text) or (k and follows(brief.summary[k - 1], item, texts)), item.text
        assert not repeated_pairs([item.text for item in brief.summary])


def test_timeline_holds_resolved_dates_oldest_first_and_renders(dated_story, models):
    from newsfuse.pipeline import brief_from_story
    from newsfuse.render.json import brief_to_dict
    from newsfuse.render.markdown import to_markdown

    brief = brief_from_story(dated_story, Options(), models, [])
    assert brief.timeline
    dates = [event.date for event in brief.timeline]
    assert dates == sorted(dates)
    # "on Saturday evening" in a story published on Monday 2031-05-12 is 2031-05-10
    assert any(e.date == "2031-05-10" and "capsized" in e.text for e in brief.timeline)
    assert brief_to_dict(brief)["timeline"][0].keys() == {"date", "text", "sources"}
    assert "## Timeline" in to_markdown(brief)


def test_an_unrelated_item_is_left_out_and_named_in_warnings(models):
    from newsfuse.pipeline import brief_from_documents, story_from_documents
    from newsfuse.render.json import brief_to_dict

    other = (
        "The city council of Brennick voted on Tuesday to close the old central library for two years of repairs. "
        "The council said the building's roof and heating had failed inspections in the spring. Books will move "
        "to a temporary site in the former post office on Canal Street, and opening hours will be cut. Librarians "
        "said they feared the temporary site was too small for the children's reading programmes. The repairs "
        "will cost 8 million and are paid for by a regional heritage grant, the council said."
    )
    widget = "Tweet with a location. You can add location information to your Tweets, such as your city."
    blurbs = RawDocument(path="praise.txt", text="\n\n".join(_BLURBS * 2))
    documents = [
        *_documents(),
        RawDocument(path="other.txt", text=other),
        RawDocument(path="w.txt", text=widget),
        blurbs,
    ]
    brief = brief_from_documents(documents, Options(), models)
    kinds = {w.kind: w.sources for w in brief_to_dict(brief)["warnings"] and brief.warnings}
    assert kinds["not_an_article"] == ["S6", "S7"]
    assert "S5" in kinds["several_stories"]
    cited = {s for item in brief.summary for s in item.sources}
    assert cited and not cited & {"S5", "S6"}
    # the blurb page gives no fact and no quote
    assert not any("S7" in item.sources for item in [*brief.summary, *brief.facts])
    assert not any("S7" in q.sources for q in brief.quotes)
    assert "Brennick" not in brief.title and "library" not in " ".join(i.text for i in brief.summary)

    from newsfuse.pipeline import briefs_per_story

    story = story_from_documents(documents, Options(), models, [])
    briefs = briefs_per_story(story, Options(), models, [])
    assert len(briefs) == 2
    assert any("library" in " ".join(i.text for i in b.summary) for b in briefs[1:])


def test_without_headlines_the_title_is_a_lead_sentence_never_a_caption(models):
    # the real sentence model: which lead sentence the two articles share is what picks the title
    from newsfuse.pipeline import brief_from_documents

    caption = "Rescue workers search the rubble in Keld on Monday. (AP Photo/Ana Berg)"
    body = (
        "Rescue teams in the port town of Keld pulled 14 survivors from a collapsed apartment block on Monday. "
        "He said the search would go on through the night. The block, built in 1968, fell after days of heavy rain, "
        "the town's mayor Ilse Varga said. Engineers will inspect every building on the street this week."
    )
    other = (
        "Fourteen people were rescued alive from the ruins of an apartment block in Keld on Monday, officials said. "
        "The building collapsed after days of heavy rain. Mayor Ilse Varga said engineers would inspect the street."
    )
    documents = [
        RawDocument(path="a.txt", text=f"{caption}\n\n{body}"),
        RawDocument(path="b.txt", text=other),
    ]
    brief = brief_from_documents(documents, Options(), models)
    title = brief.title
    # "He said the search ..." follows a sentence that names no person: never a summary sentence
    assert not any(item.text.startswith("He said") for item in brief.summary)
    assert "AP Photo" not in title and not title.endswith("…")
    assert "Keld" in title and not needs_context(title)


def test_the_same_figure_with_the_same_words_is_a_repeat():
    a = "The gulf carrier says it is seeking a stake as large as 10% in American, the world’s largest carrier."
    b = "Qatar Airways also has designs on a stake as large as 10 percent, American said."
    assert same_figure(a, b) and repeated_pairs([a, b]) == [(0, 1)]
    assert not same_figure("In 2014, 20 people were killed in the town.", "In 2014, 20 people were injured there.")
    assert not same_figure(a, "Shares of American rose 10% on Friday.")
    assert not same_figure(
        "Police said two bodies found Tuesday were the missing teens Liberty German, 14, and Abigail Williams.",
        "Police announced that two bodies had been found Tuesday, February 14, 2017, east of Delphi.",
    )


def test_status_rules_recognise_stale_resolved_and_appeals():
    from newsfuse.summarize.status import appeal, resolves, stale

    assert stale("Dylan Reyes, 15, was still missing as of Monday afternoon, police said.")
    assert stale("The search continues for the missing hiker.")
    assert resolves("Dylan Reyes was found safe on Tuesday morning near the river, police said.")
    assert not stale("Dylan Reyes, who had been missing since Sunday, was found safe on Tuesday.")
    assert appeal("If you have any information about his whereabouts, please let authorities know.")
    # a page speaking to its readers (editor read a27, Multi-News row 166)
    assert appeal("Please continue showing your support for the Brandt family on this page.")
    assert appeal("Thanks to those of you showing your support and compassion.")
    assert appeal("We ask that all ferry-related conversation please move to the new page.")
    assert appeal("Any comments not made on the ferry page will be hidden or removed.")
    assert not appeal("The council said it would keep the ferry running through the winter.")
    assert not appeal("Comments by the mayor were removed from the record, the clerk said.")
    assert appeal("Anyone with information is asked to call the sheriff's office.")
    assert appeal("Let's help the Kleins through this hard time.")
    assert not appeal("Police said the boy had no phone with him.")
    # the outlet promoting itself to the reader (stop 32)
    assert appeal("Just fill in your details in the form below to join our mailing list and keep up to date.")
    assert appeal("Or, keep up-to-date on the latest news with the Harbor Gazette apps for phones and tablets.")
    assert appeal("Join us on Facebook and you'll find the top stories in your newsfeed.")
    assert appeal("Click through the slideshow below for the ferry's best moments.")
    assert appeal("CLICK HERE to find out more about the ferry survivors' group.")
    assert not appeal("Clicks on the ferry company's page doubled after the crash, the company said.")
    assert not appeal("Follow-up tests showed the ferry's engine had failed, the company said on Twitter.")
    assert not appeal("Join the two towns' councils, the mayor told reporters, and the ferry could run all year.")


def test_a_sentence_whose_only_news_is_the_reporting_is_no_summary_sentence():
    """Stop 32: a refusal to comment, someone not reached, or who reported first tells how the story was
    reported, not what happened; a sentence that adds a fact besides stays."""
    from newsfuse.summarize.status import reporting_only

    assert reporting_only("Her lawyer declined to comment Thursday.")
    assert reporting_only("A spokesman for the prosecutor said he could not confirm, deny or comment on the case.")
    assert reporting_only("The Harbor Gazette was first to report the news of the expected charges.")
    assert reporting_only("The Okafor family could not be reached for comment Friday evening.")
    assert reporting_only("The ferry company did not immediately respond to the Gazette's requests for comment.")
    assert reporting_only("He did not return a phone call Thursday.")
    assert reporting_only("Spokesmen for the prosecutor, Ana Ruiz, and for the state police declined to comment.")
    # a fact besides the reporting
    assert not reporting_only(
        "Kovac could not be reached for comment Monday, and the council gave her departure only a brief mention."
    )
    assert not reporting_only("The mayor said the inquiry was continuing and she could not comment further.")
    assert not reporting_only("A copy of the order, first reported by the Gazette, left open a later change.")
    # not about comment at all
    assert not reporting_only("The ferry company did not return the money it owed.")
    assert not reporting_only("The governor did not respond to the protests.")
    assert not reporting_only("Mayor Kovac did not confirm the closure of the bridge.")


def test_a_later_report_overturns_a_missing_status(fast_models):
    from newsfuse.pipeline import brief_from_documents

    first = (
        "A 15-year-old boy from the river town of Dunmore went missing on Sunday after leaving a friend's house. "
        "Dylan Reyes was still missing as of Monday afternoon, the county sheriff said on Monday. "
        "Volunteers searched the woods along the Carran river with dogs and a helicopter. "
        "If you have any information about his whereabouts, please let authorities know."
    )
    second = (
        "Dylan Reyes, the Dunmore teenager who went missing on Sunday, was found safe on Tuesday morning, the "
        "county sheriff said. Volunteers and deputies had searched the woods along the Carran river for two days. "
        "The boy was taken to a hospital in Dunmore as a precaution and is expected to go home on Wednesday."
    )
    documents = [
        RawDocument(path="a.txt", text=first, published="2031-05-12T16:00:00Z"),
        RawDocument(path="b.txt", text=second, published="2031-05-13T11:00:00Z"),
    ]
    summary = " ".join(i.text for i in brief_from_documents(documents, Options(), fast_models).summary)
    assert "found safe" in summary
    assert "still missing" not in summary and "let authorities know" not in summary


def test_a_death_overturns_a_report_that_the_same_person_is_well(fast_models):
    """Editor read a27, Multi-News row 166: the summary said the cat "had to be euthanized" and then that
    "the vet has advised that Jack is doing well at present"."""
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.summarize.status import dies, well

    assert well("Doctors said Ines Calloway is in stable condition.") and not dies("She is in stable condition.")
    assert dies("Ines Calloway died at the hospital on Tuesday.") and not well("Ines Calloway died on Tuesday.")
    first = (
        "A fire destroyed two boats and a warehouse on the quay of Keld harbour on Sunday night. "
        "The ferry captain Ines Calloway was pulled from the water by fishermen. "
        "After surgery on both legs, Ines Calloway is in stable condition, doctors told reporters on Monday."
    )
    second = (
        "The ferry captain Ines Calloway, who was hurt in the Keld harbour fire on Sunday, died on Tuesday, "
        "her family said. Two boats and a warehouse burned on the quay."
    )
    documents = [RawDocument(path="a.txt", text=first), RawDocument(path="b.txt", text=second)]
    summary = " ".join(i.text for i in brief_from_documents(documents, Options(), fast_models).summary)
    assert "stable condition" not in summary


def test_a_connective_set_into_the_clause_is_deleted():
    """ ", for instance," points at an earlier sentence; deleting it leaves the claim (deletion only)."""
    source = "Many communities in central Iowa, for instance, got about a foot of snow on Monday."
    assert needs_context(source)
    short = shorten(source)
    assert short == "Many communities in central Iowa got about a foot of snow on Monday."
    assert findable(short, source)
    assert not needs_context("The council, which met in Keld, voted 7-2 for the budget.")  # not a connective
    assert not needs_context("“Roads, however, stay closed,” the mayor of Keld said.")  # inside a quotation
    assert shorten("She said, for example, that the roads would close.") is None  # still opens with "She"


def test_a_pronoun_speaker_is_not_a_name_never_introduced() -> None:
    from newsfuse.summarize.standalone import Introductions

    intros = Introductions([], [])
    assert intros.speakers_never_named("She said the repairs would cost four million euros.") == []
    assert intros.speakers_never_named("“We will reopen,” Varga said.") == ["Varga"]


def test_a_surname_the_ner_took_for_a_place_or_a_people_still_needs_the_full_name():
    """Stop 23, Multi-News rows 113, 130, 161: "Apkarian added" (NORP) after "A. Vania Apkarian";
    "Noah Oppenheim" merged as GPE; "Barling said" (GPE) after "LAPD Det. Chris Barling"."""
    entities = [
        Entity("Vesna Apkarian", "PERSON", [], ["S1"]),
        Entity("Apkarian", "NORP", [], ["S1"]),
        Entity("Tomas Hallberg", "GPE", ["Hallberg", "Mr. Hallberg"], ["S1"]),
        Entity("Ilse Korrin", "PERSON", [], ["S1"]),
        Entity("Korrin", "GPE", [], ["S1"]),
    ]
    mentions = [
        Mention("S1", 0, "Vesna Apkarian", "PERSON"),
        Mention("S1", 1, "Tomas Hallberg", "PERSON"),
        Mention("S1", 2, "Ilse Korrin", "PERSON"),
    ]
    texts = ["“It is new,” Apkarian added.", "Korrin said the men were arrested.", "Hallberg said no."]
    intros = Introductions(entities, mentions, common_words(texts), speaking_words(texts))
    assert intros.unintroduced(("S1", 5), "“The pain is real,” Apkarian added.", []) == ["Apkarian"]
    assert intros.unintroduced(("S1", 6), "“We were clear,” Mr. Hallberg said.", []) == ["Hallberg"]
    assert intros.unintroduced(("S1", 7), "Korrin said the boy was no gang member.", []) == ["Korrin"]
    assert intros.unintroduced(("S1", 7), "Korrin said it.", ["Detective Ilse Korrin spoke on Monday."]) == []
    # initials and a surname are a person's name whatever the NER said
    pilot = Introductions([Entity("K.J. Marrow", "ORG", [], ["S1"])], [Mention("S1", 0, "K.J. Marrow", "ORG")])
    assert pilot.unintroduced(("S1", 3), "“It flew,” said Marrow.", []) == ["Marrow"]
    assert pilot.unintroduced(("S1", 3), "“It flew,” said Marrow.", ["K.J. Marrow, 75, flew it."]) == []
    # a place that never speaks still vetoes: "Jordan" the country beside "Michael Jordan"
    places = Introductions([Entity("Michael Jordan", "PERSON", [], ["S1"]), Entity("Jordan", "GPE", [], ["S1"])], [])
    assert places.unintroduced(("S1", 6), "Jordan will close the border crossing.", []) == []


def test_the_writers_own_i_and_a_cut_off_teaser_are_no_continuation():
    """Editor read, stop 30 (rows 222 and 224): "A few years ago, I was invited ..." and "... in such unfavorable ..."
    followed the sentence before them in their article and were shown; no sentence before names the writer or ends
    the teaser."""
    from newsfuse.summarize.standalone import no_continuation

    assert no_continuation("A few years ago, I was invited by the harbour board to sail on the old ferry.")
    assert no_continuation("Inspectors will ask why the skipper tried to dock the ferry in such rough ...")
    assert no_continuation("Even so, it reached Keld late, I was told.")
    assert not no_continuation("He said he would sail the ferry himself.")
    assert not no_continuation("“I will sail it,” he said.")
    assert not no_continuation("I saw it sink,” the skipper said.")  # the close of a quotation opened before


def test_a_sentence_naming_someone_by_an_age_alone_is_no_continuation():
    from newsfuse.summarize.select import age_reference

    assert age_reference("The 52-year-old baker has been held since March 3 on suspicion of fraud.")
    assert age_reference("On Friday, the 52-year-old baker was released on bail.")
    assert not age_reference("A 52-year-old baker from Leeds was arrested on Friday.")
    assert not age_reference("Tom Hale, 52, was arrested on Friday.")


def test_a_role_noun_the_story_uses_as_a_surname_needs_the_full_name() -> None:
    """Multi-News row 194: "Adrienne Mayor, a research scholar ..." was tagged by no NER, and "“...,” Mayor
    said." passed as a mayor speaking. A first name before a capitalised role noun, then an apposition or
    a speech verb, makes the noun a surname; "Mayor Ilse Korrin" stays a title."""
    from newsfuse.summarize.standalone import Introductions, role_surnames

    texts = [
        "“The fire was set on purpose,” Vesna Mayor, a historian at Keld University, told reporters.",
        "Mayor Ilse Korrin opened the museum on Monday.",
        "Deputy Mayor said the road would reopen.",
    ]
    assert role_surnames(texts) == {"Mayor": ("Vesna Mayor",)}
    intros = Introductions([], [], common_words(texts), speaking_words(texts), role_surnames(texts))
    assert intros.unintroduced(("S1", 4), "“It burned for days,” Mayor said.", []) == ["Mayor"]
    assert intros.unintroduced(("S1", 4), "Mayor described the tunnel as a trap.", []) == ["Mayor"]
    assert intros.unintroduced(("S1", 4), "“It burned,” Mayor said.", ["Vesna Mayor studied the siege."]) == []
    assert intros.unintroduced(("S1", 5), "Mayor Ilse Korrin opened the museum on Monday.", []) == []
    # a first name the story also writes in lower case is no first name ("City Mayor said")
    city = ["The city said it would pay.", "City Mayor said the road would reopen."]
    assert Introductions([], [], common_words(city), speaking_words(city), role_surnames(city)).full == {}


def test_a_stand_in_keeps_most_of_what_the_dropped_sentence_told() -> None:
    """Gold multinews-141: the lede naming "Ms. Stinson" gave way to the first of its equals, which lost
    the charge and the boy's name, over the wording that kept both."""
    from newsfuse.summarize.select import keeping_most

    dropped = "The girl, Ana Varga, died, and Ms. Holt was charged with child neglect and manslaughter."
    texts = {
        3: "Officers arrested Dora Holt, 30, on Friday in the death of her daughter.",
        7: "Dora Holt, 30, faces child neglect and manslaughter charges in the death of Ana Varga.",
    }
    assert keeping_most([3, 7], texts, dropped) == 7
    assert keeping_most([7, 3], texts, dropped) == 7
    assert keeping_most([3], texts, dropped) == 3
    assert keeping_most([], texts, dropped) is None


def test_two_angles_of_one_interview_are_one_story_and_news_beats_a_notice(models):
    """Stop 25 (a reader judged the 84 groups the stream clusterer put apart on Multi-News validation rows
    0-249: 31 were the same story): one interview told by its two topics is one story; among items of as
    many articles, the one that reports speech is the main story, not a crawl notice given first."""
    from newsfuse.pipeline import clean_documents
    from newsfuse.summarize.stories import group_stories

    ferry = (
        "Keld mayor Ada Brant said on Sunday's Harbour Hour programme that the ferry contract with Bayline would "
        "be renewed. Brant said the company had met its safety targets and that fares would stay the same. "
        "She told the host that the council had no plan to open the route to other companies this year. "
        "Opposition councillors said the contract had been renewed without a public tender."
    )
    pier = (
        "Appearing on the Harbour Hour on Sunday, Keld mayor Ada Brant defended the cost of the new pier, "
        "which rose from 2 million to 3.1 million crowns. Brant said the storm damage of last winter had made "
        "the larger design necessary. The host pressed her on whether the council had been told of the rising "
        "cost. Brant said it had, in a closed session in March. Councillor Ole Sand said he had never seen the figures."
    )
    notice = (
        "The Coastal Research Programme supports studies of tides, sediment and marine life along the northern "
        "coast. Grants are open to universities and research institutes in the region. Applications must include "
        "a budget, a work plan and letters of support from two partner bodies. The programme funds projects of up "
        "to three years. Results are published in the programme's annual report, which is available in print and "
        "online. Questions about eligibility can be sent to the programme office."
    )
    articles, _ = clean_documents([RawDocument(path="a.txt", text=ferry), RawDocument(path="b.txt", text=pier)])
    assert [[a.id for a in g] for g in group_stories(articles, models.embedder)] == [["S1", "S2"]]
    articles, _ = clean_documents([RawDocument(path="n.txt", text=notice), RawDocument(path="b.txt", text=pier)])
    assert [[a.id for a in g] for g in group_stories(articles, models.embedder)] == [["S2"], ["S1"]]


@pytest.mark.parametrize(
    "text",
    [
        "Two days later, they had an answer: the ferry's engine had been tampered with.",
        "A week later, the harbour master resigned.",
        "Hours later, police arrested a second man near the pier.",
        "Shortly afterwards, the council closed the pier.",
        "20 years later, the ferry still sails.",
    ],
)
def test_a_time_counted_from_a_moment_not_given_needs_context(text):
    """'Two days later, ...': later than a moment the sentence before gave (editor read, stop 30, row 241)."""
    assert opens_with_reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "Later this week, the council will vote on the pier.",
        "Two days of talks ended on Friday in Keld.",
        "Days before the vote, the council published the plan.",
    ],
)
def test_a_time_given_in_the_sentence_is_no_reference(text):
    assert not opens_with_reference(text)


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("For an instant, they get to gloat before pretending the honour is being nominated.", True),
        ("Allowing for rounding, that only accounts for about 15 percent of the sales.", True),
        ("Despite the rain, it went ahead as planned on Keld's pier.", True),
        ("Speaking to reporters on Monday, he said the pier would reopen.", True),
        ("For the first time, the Keld council voted to close the pier.", False),
        ("Allowing for rounding, the tax brought in about $500,000 in four days.", False),
        ("With the vote over, Mayor Ivo Brandt left the hall.", False),
    ],
)
def test_a_pronoun_after_any_opening_phrase_needs_context(text, needs):
    """ "For an instant, they get to gloat", "Allowing for rounding, that only accounts for ..." were summary lines
    whose subject points at a sentence before (editor read, stop 33, rows 10 and 77)."""
    assert opens_with_reference(text) is needs


@pytest.mark.parametrize(
    "text",
    [
        "“Until then, he will keep serving the people of Keld,” the statement said.",
        '"The pier stays closed," said the letter on Monday.',
        "“We acted within the rules,” the press release added.",
    ],
)
def test_words_attributed_to_a_document_nobody_named_need_context(text):
    """'"...," the statement said.': whose statement the summary has not said (stop 33: a 40-word quotation led the
    candidates of a tune story and reached its summary with no owner for "the statement")."""
    assert unnamed_document(text)
    assert needs_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "“The pier stays closed,” the council said in a statement.",
        "“The pier stays closed,” Mayor Ann Brody’s statement said.",
        "Mayor Ann Brody said in a letter that the pier stays closed.",
    ],
)
def test_a_document_whose_owner_is_named_stands_alone(text):
    assert not unnamed_document(text)
    assert not needs_context(text)


def test_a_day_given_only_in_a_first_person_telling_dates_the_reports_wording(models):
    """The family's page alone gives the day, in a sentence whose "our" cannot stand alone; a report tells the same
    event without the year: the timeline shows the report's wording on the page's day (editor read, stop 37, row
    122: the timeline was empty)."""
    from newsfuse.pipeline import brief_from_documents

    page = (
        "Please help us bring justice for Tomas.\n\n"
        "On November 3rd, 2031, our beloved Tomas was playing at his nursery in Brennick when he was given a peanut "
        "cookie by an adult at the nursery, despite them knowing that he has a severe allergy to peanuts.\n\n"
        "He went into shock and was taken to the children's hospital, where doctors were unable to save him.\n\n"
        "Every day since has been painful for us, and we thank everyone who has written to us."
    )
    report = (
        "Tomas Reyne, 3, was at the Brennick Nursery on Nov. 3 when a supervising adult allegedly gave him a peanut "
        "cookie despite a documented allergy to peanuts, according to a page set up by his family.\n\n"
        "He went into shock and died at the children's hospital, the city's health department said.\n\n"
        "The health department closed the nursery on Friday and said it was investigating the staff's training.\n\n"
        "The nursery's director did not answer calls from reporters."
    )
    docs = [RawDocument(path="page.txt", text=page), RawDocument(path="report.txt", text=report)]
    brief = brief_from_documents(docs, Options(), models, [])
    events = {e.date: e for e in brief.timeline}
    assert "2031-11-03" in events
    assert "peanut" in events["2031-11-03"].text and "our" not in events["2031-11-03"].text.split()

"""The line cleaner: junk lines go, each with its reason; article sentences stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.clean import clean_document
from newsfuse.clean.rules import classify_line
from newsfuse.ingest import read_paths
from newsfuse.options import Options

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

ARTICLE_LINES = [
    "The ferry linking Marrow Bay to the island of Keld resumed sailings on Monday",
    "The harbour authority said engineers had rebuilt forty metres of the pier",
    "“Islanders have waited long enough, and today the boat is back,”",
    "Residents of Keld relied on a small water taxi during the closure",
    "Some island businesses said the reopening came too late",
]


@pytest.fixture(scope="module")
def junk_article():
    [doc], _ = read_paths([FIXTURES / "scraped-with-junk.txt"], Options())
    return clean_document(doc, "S1")


def test_every_article_line_is_kept(junk_article) -> None:
    assert junk_article.title == "Ferry Service Returns to Marrow Bay After Storm Repairs"
    assert len(junk_article.paragraphs) == len(ARTICLE_LINES)
    for start, paragraph in zip(ARTICLE_LINES, junk_article.paragraphs, strict=True):
        assert paragraph.startswith(start)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip to main content", "boilerplate"),
        ("Home", "boilerplate"),
        ("By Ines Calloway", "credit"),
        ("Advertisement", "boilerplate"),
        ("Photo: Harbour authority", "boilerplate"),
        ("READ MORE: Storm damage bill rises in coastal towns", "boilerplate"),
        ("Subscribe to our newsletter to get the latest news delivered to your inbox.", "boilerplate"),
        ("Share this article", "boilerplate"),
        ("Facebook Twitter Email", "boilerplate"),
        ("We use cookies to give you the best experience. By continuing you accept our cookie policy.", "boilerplate"),
        ("This article was originally published on April 14, 2031 and archived from the print edition.", "boilerplate"),
        ("Additional reporting by Paul Verhoef; editing by Mara Linde.", "credit"),
        ("Reuters", "credit"),
        ("© 2031 The Coastline Gazette. All rights reserved.", "boilerplate"),
        ("Related Posts", "boilerplate"),
        ("Leave a Reply", "boilerplate"),
        ("Great post! Keep it up, and check out my blog for more.", "comment"),
    ],
)
def test_each_junk_line_is_reported_with_its_reason(junk_article, line: str, reason: str) -> None:
    assert {"text": line, "reason": reason} in [{"text": r.text, "reason": r.reason} for r in junk_article.removed]


def test_nothing_is_dropped_silently(junk_article) -> None:
    lines = [ln for ln in (FIXTURES / "scraped-with-junk.txt").read_text("utf-8").splitlines()[1:] if ln.strip()]
    assert len(junk_article.paragraphs) + len(junk_article.removed) == len(lines)


@pytest.mark.parametrize(
    "line",
    [
        "The council will subscribe to a new weather service, the mayor said on Tuesday.",
        "Only 3% of households on Keld subscribe to the island newsletter, a survey found.",
        "The company changed its privacy policy last week after complaints from regulators and users across Europe "
        "who said the new terms let it share location data with advertisers without clear consent.",
        "Share prices of Bayline Ferries rose 4 percent on Monday.",
        "Follow-up inspections of the pier are planned for June.",
        "He said the storm had been the worst in living memory.",
        "By Monday evening, three sailings had crossed the bay.",
        "Reuters reported that the port would reopen on Monday, citing two officials.",
        "- Pier rebuilt at a cost of 2.3 million crowns",
        "Updated timetables will be published on the council website next week.",
        "The Internet Archive said on Monday that it had saved copies of the council's flood maps.",
        "By then it was late",
        "Low birth-weight / slow weight gain",
        "The harbour staff will host a fundraiser on Saturday for the family. (Click here to see the flyer)",
        "UPDATE: Police arrested the suspect on Monday, the first report of an arrest.",
        "Test results came back negative for the ferry's crew.",
    ],
)
def test_prose_that_mentions_chrome_words_is_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Correction 2 May 2031: This article has been amended to make clear that the pier was not closed.",
        "CORRECTION: An earlier version of this article misstated the name of the ferry operator.",
        "This story has been corrected to show the pier is in Marrow Bay, not Harrow Bay.",
        "Editor's note: This story has been updated with a statement from the harbour authority.",
        "This undated photo provided by the Keld Ferry Company shows the rebuilt pier at Marrow Bay in April,... "
        "(Associated Press)",
        "In this April 12, 2031, file photo, a ferry leaves Marrow Bay for the island of Keld.",
        "Ferry crews unload supplies on Keld. Ferry crews unload supplies on Keld. (Ines Calloway) (Ines Calloway)",
        "ALSO",
        "UPDATE:",
        # a wire caption past 45 words, with the wire's "FILE -" label
        "FILE - In this April 12, 2031, file photo, a ferry leaves Marrow Bay for the island of Keld after the "
        "harbour authority reopened the pier. The operator says it will add a second boat in the summer and has "
        "asked the council for money to extend the waiting room, but the council told The Coastline Gazette "
        "on Tuesday,... (Associated Press)",
        "Ferry crews unload supplies on the rebuilt pier at Keld. (Photo by Ines Calloway/The Coastline Gazette)",
        "Islanders watch the first sailing. This footage is an excerpt of the ceremony. (Keldcam77/Streamsite.com)",
        "The harbour master, left, greets the crew. (Photo: Paul Verhoef, Coastline Gazette)",
        "MARROW BAY, KELD - APRIL 12: The harbour master greets the first ferry at the rebuilt pier on April 12, 2031.",
        # alert promotions and the line that introduced a player
        "Breaking News Emails Get breaking news alerts and special reports. The news and stories that matter, "
        "delivered weekday mornings.",
        "Listen to the audio below, via The Harbour Hour:",
        # links to other stories and short captions with their credit
        "STORY: Harbour master says the pier will hold for fifty years",
        "TIMELINE | How the storm closed the Keld ferry",
        "What will the new pier cost the island? Read more",
        "See also: The last ferry captain of Keld",
        "Play Video 2:10 The first sailing from Marrow Bay – video",
        "The harbour master at the rebuilt pier. Photo: Ines Calloway via AP",
        "Ferry crews at work.— Paul Verhoef + Read Caption Share Photo",
        "Below is a promo video for the ferry company:",
        # a caption ending in its credit, and a reference site's tagline (both taken as a title before)
        "Ferry crews on the rebuilt pier at Keld. Photo by: Ines Calloway",
        "Ferry crews on the rebuilt pier at Keld. Photo by Ines Calloway",
        # the Times's caption with its label and credit (editor read, stop 36, row 34: the brief's title)
        "Image The harbour master said on Monday that the pier would reopen. Credit Ines Calloway/The Keld Gazette",
        "From Wikipedia, the free encyclopedia",
        # a gallery player flattened into one paragraph (editor read, stop 30, row 238)
        "1 of 14 Full Screen Autoplay Close Skip Ad × The harbour through the years View Photos The ferry is "
        "expected to sail on Monday. Caption The operator announced on Monday that the ferry will not sail. "
        "April 2, 2031 The harbour master speaks at the pier. Ines Calloway/AP Buy Photo Wait 1 second to continue.",
        "Autoplay Close Skip Ad × The harbour through the years",
        # a video gallery flattened into one line (one player alone is a label: test_clean_cleaner)
        "Skip in Skip x Embed x Share CLOSE FERRY ALERT Ferry towed back to Keld | 0:46 The ferry was towed back. "
        "(March 2) AP 1 of 12 Skip in Skip x Embed x Share CLOSE FERRY ALERT Crews at the pier | 1:05",
        "Buy Photo The harbour master was among those who asked for the pier to be tested. He said the council "
        "lacked the money. (Photo: Ines Calloway / The Coastline Gazette)Buy Photo",
    ],
)
def test_captions_corrections_and_link_headings_are_removed(line: str) -> None:
    assert classify_line(line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "The photo shows a man standing in front of the ferry as it leaves the pier.",
        "In this case, the court ruled for the harbour authority.",
        "Also, the council said it would meet on Friday.",
        "He is a reporter who has covered the harbour since 2014 and says it will reopen.",
        "Varga was a reporter before she ran for mayor.",
        "The correction to the timetable was published on Monday, the operator said.",
        "The ferry operator (Bayline) and the council (Marrow Bay) signed the deal.",
        # a slash, a photo and "below" in prose are not a caption or a lead-in
        "Fares will rise for cars and/or vans (Bayline/Keld Ferries said), the operator announced.",
        "The photos below the pier show how far the water rose, the harbour master said.",
        "He listed what the council must do below the ferry terminal: repair, repaint and reopen.",
        "By Monday, the ferry had made four crossings.",
        "HARBOUR MASTER: We will sail on Monday, whatever the weather.",  # a transcript's speaker
        "The council said islanders could read more about the repairs on its website.",
        "She took a photo by the lake. Photo by the pier, it won the prize.",
        "The article from Wikipedia, the free encyclopedia, was cited in the ruling.",
        "The council will wait 10 seconds to continue the vote after each speaker, the clerk said.",
        "Two of 14 full screens in the terminal were broken, the operator said.",
    ],
)
def test_prose_like_captions_and_corrections_is_kept(line: str) -> None:
    assert classify_line(line) is None


def test_mojibake_is_repaired_and_language_detected() -> None:
    from newsfuse.records import RawDocument

    raw = RawDocument(
        path="m.txt",
        text="The harbour masterâ€™s office said the ferry would sail at seven. It carried ninety passengers.",
    )
    article = clean_document(raw, "S1")
    assert "master’s office" in article.text
    assert article.language == "en"


def test_shared_corpus_junk_removed_and_sentences_kept(xi_corpus: Path) -> None:
    """Every junk line of the five real articles is removed and reported; nothing else is."""
    documents, skipped = read_paths([xi_corpus], Options())
    assert skipped == []
    articles = [clean_document(doc, f"S{n}") for n, doc in enumerate(documents, start=1)]
    removed = [[r.text for r in a.removed] for a in articles]
    # how many lines each file loses: the junk, and nothing more
    assert [len(r) for r in removed] == [1, 0, 17, 1, 2]
    everything = "\n".join(t for r in removed for t in r)
    for junk in (
        "New York Times News Service and Reuters",
        "Related Posts",
        "Leave a Reply",
        "Required fields are marked",
        "Editors Pick",
        "All Post",
        "Subscribe For News",
        "Hot News",
        "Latest Posts",
        "Something went wrong",
        "right Reserves",
        "reported from Moscow",
        "I like your posts",
        "keep writing",
    ):
        assert junk in everything, junk
    reasons = {r.reason for a in articles for r in a.removed}
    assert reasons <= {"boilerplate", "comment", "credit"}
    # removed lines are chrome, not prose: short, except the one end-of-story credit paragraph
    long_removed = [t for r in removed for t in r if len(t.split()) > 20]
    assert len(long_removed) == 1 and "contributed" in long_removed[0]
    for article in articles:
        assert article.language == "en" and article.words > 300


def test_a_caption_taken_as_the_headline_is_removed_and_listed(tmp_path: Path) -> None:
    """A plain text's first line is read as its headline; when it is a photo caption it is chrome."""
    path = tmp_path / "caption-first.txt"
    caption = "Image copyright AFP Image caption The man was known to French intelligence services"
    body = "French police have arrested a man suspected of planning an attack, the interior minister said."
    path.write_text(f"{caption}\n\n{body}\n", encoding="utf-8")
    [doc], _ = read_paths([path], Options())
    assert doc.title == caption  # the reader cannot tell; the cleaner's rules can
    article = clean_document(doc, "S1")
    assert article.title is None
    assert [(r.text, r.reason) for r in article.removed] == [(caption, "boilerplate")]
    assert article.text.startswith("French police")
    real = clean_document(read_paths([FIXTURES / "scraped-with-junk.txt"], Options())[0][0], "S1")
    assert real.title  # a real headline stays


def test_the_writers_line_is_a_credit() -> None:
    assert classify_line("Ines Calloway is a special correspondent.") == "credit"
    assert classify_line("Paul Verhoef is a staff writer for the Coastline Gazette.") == "credit"
    # a wire's closing credit and a columnist's archive line (editor read, stop 36, row 120)
    assert classify_line("— With assistance by Ines Calloway, Paul Verhoef, and Mara Linde") == "credit"
    line = "Read more from Ines Calloway's archive, follow her on Twitter or subscribe to her updates on Facebook."
    assert classify_line(line) == "credit"
    assert classify_line("With assistance from the coast guard, the crew reached the pier.") is None
    assert classify_line("With assistance from Norway, the crew reached the pier.") is None
    # the writer's line with a social handle after it (editor read, stop 40, BASIL 2017)
    assert classify_line("Ines Calloway is a Reporter for Harbour News. Follow her on Twitter at @inescal.") == "credit"
    assert classify_line("Ines Calloway is a reporter for Harbour News and she saw the gunman fire.") is None


def test_a_byline_with_an_update_stamp_and_several_names_is_a_credit() -> None:
    assert classify_line("/ Updated By Ines Calloway, Paul Verhoef. and Mara Linde") == "credit"
    assert classify_line("By Ines Calloway, Paul Verhoef and Mara Linde") == "credit"


def _clean(text: str, title: str | None = None):
    from newsfuse.records import RawDocument

    return clean_document(RawDocument(path="t.txt", text=text, title=title), "S1")


def test_a_paragraph_printed_twice_is_kept_once_and_the_copy_listed() -> None:
    caption = (
        "The rebuilt pier at Marrow Bay was opened by the harbour master on Monday morning, before the first sailing."
    )
    body = "The ferry to Keld resumed sailings on Monday after forty metres of the pier were rebuilt."
    article = _clean(f"{caption}\n\n{body}\n\n{caption}\n\nHe did.\n\nHe did.")
    assert article.paragraphs == [caption, body, "He did.", "He did."]  # short repeats are kept
    assert [(r.text, r.reason) for r in article.removed] == [(caption, "duplicate")]


def test_repeats_that_are_the_pages_structure_are_kept() -> None:
    # the same question to each guest of an interview, and a line that comes back much later
    question = "Which of the island's dishes do you like best, and is there one that you would never eat again?"
    answers = [f"Guest {n} said the fish soup at the harbour cafe was the best thing on the island." for n in range(3)]
    text = "\n\n".join(p for a in answers for p in (question, a))
    assert _clean(text).removed == []
    line = "The ferry to Keld resumed sailings on Monday after forty metres of the pier were rebuilt by the council."
    filler = [f"Paragraph {n} of the story says something else about the harbour and its pier." for n in range(11)]
    assert _clean("\n\n".join([line, *filler, line])).removed == []


def test_a_closing_player_lead_in_is_cut_from_its_paragraph_and_listed() -> None:
    paragraph = 'Her book, "Ferry Days," is out on May 9. Below is a promo video for the book:'
    article = _clean(f"The ferry to Keld resumed sailings on Monday after repairs.\n\n{paragraph}")
    assert article.paragraphs[-1] == 'Her book, "Ferry Days," is out on May 9.'
    assert [(r.text, r.reason) for r in article.removed] == [("Below is a promo video for the book:", "boilerplate")]
    # a colon that opens a list is not a lead-in
    listing = "The council named three tasks. It will do these below the pier: repair, repaint, reopen:"
    assert _clean(listing).paragraphs == [listing]


def test_the_outlet_comes_from_the_text_only_without_metadata() -> None:
    from newsfuse.records import RawDocument

    text = "MARROW BAY (AP) — The ferry to Keld resumed sailings on Monday after repairs to the pier."
    assert _clean(text).outlet == "Associated Press"
    assert clean_document(RawDocument(path="t.txt", text=text, outlet="gazette.example"), "S1").outlet == (
        "gazette.example"
    )
    assert _clean("The ferry to Keld resumed sailings on Monday, officials told CNN.").outlet is None


def test_off_topic_median_is_numpys() -> None:
    import math

    import numpy as np

    from newsfuse.clean.offtopic import _median

    rng = np.random.default_rng(3)
    for size in range(1, 12):
        values = [float(v) for v in rng.normal(size=size)]
        assert _median(values) == float(np.median(values))
    assert math.isnan(_median([0.5, float("nan"), 0.2]))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Coastline Press Tue Feb 19, 2013 7:44 PM", "boilerplate"),
        ("Thursday, Apr 22, 2010", "boilerplate"),
        ("Island Gazette Mar. 4, 2019 at 10:15 a.m.", "boilerplate"),
        ("ines.calloway@example.com", "credit"),
        ("555-294-0100 @InesCalloway", "credit"),
        ("(mlinde@example.org; @maralinde)", "credit"),
    ],
)
def test_stamps_and_the_writers_address_alone_on_a_line_are_removed(line: str, reason: str) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The ferry contract was signed on Tuesday, Feb. 19, 2013.",
        "Call 555-294-0100 for tickets to the harbour festival.",
        "The Keld ferry sailed at 7:44 p.m. on Feb. 19, 2013, with 40 passengers aboard.",
    ],
)
def test_prose_with_dates_and_numbers_is_not_a_stamp(line: str) -> None:
    assert classify_line(line) is None


def test_a_byline_glued_to_the_first_sentence_is_cut_and_listed() -> None:
    lede = "Sure, the ferry to Keld is running again, and islanders are queueing at the pier for the first boat."
    article = _clean(f"By Ines C. Calloway and Paul Verhoef {lede}\n\nThe harbour authority rebuilt the pier.")
    assert article.paragraphs[0] == lede
    assert [(r.text, r.reason) for r in article.removed] == [("By Ines C. Calloway and Paul Verhoef", "credit")]
    # a photo credit glued to the lede goes the same way
    credited = _clean(f"Ines Calloway, Coastline Images {lede}")
    assert credited.paragraphs[0] == lede
    assert [(r.text, r.reason) for r in credited.removed] == [("Ines Calloway, Coastline Images", "credit")]
    # prose that opens with "By" and a capitalised phrase, or a name with its role, stays whole
    for kept in (
        "Paul Verhoef, Coastline Images photographer, said the ferry sank near the pier on Monday night.",
        "By Monday Evening Tours had cancelled every sailing to the island, the company said.",
        "By Tuesday the storm had passed and the ferry sailed again on time.",
    ):
        assert _clean(kept).paragraphs == [kept]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # stop 25 editor read (multinews-161, 177, 188): each was listed as a fact or a summary line
        ("FOR THE RECORD", "boilerplate"),
        ("More Video:", "boilerplate"),
        ("2031 Island Images in the News", "boilerplate"),
        ("For more news on harbour crime, follow @inescalloway.", "boilerplate"),
        ("Ines Calloway Ines Calloway covers courts and the law for Coastline.", "credit"),
        ("Paul Verhoef reports for the Coast4 News at 5 p.m. on June 23, 2031.", "credit"),
        ("Call 555-294-0100 with information about the crime.", "credit"),
        ("(Christina Roe / For The Gazette) (Christina Roe / For The Gazette)", "boilerplate"),
        # editor b25 (multinews-231): a promotion and an update correcting the outlet's own first story
        ("Test your knowledge of the harbour with the Gazette's Island Quiz.", "boilerplate"),
        ("UPDATE, 10:11 p.m. — The Gazette's first story said that the ferry was the first to sail.", "boilerplate"),
    ],
)
def test_labels_gallery_links_bios_and_tip_lines_are_removed(line: str, reason: str) -> None:
    assert classify_line(line) == reason


def test_a_long_caption_with_its_credit_twice_is_removed() -> None:
    caption = "Ines Roe, 22, wears red shoes at a news conference on the arrests in the death of her brother."
    line = f"Jon Doe / For The Gazette {caption} {caption} (Jon Doe / For The Gazette) (Jon Doe / For The Gazette)"
    assert len(line.split()) > 45
    assert classify_line(line) == "boilerplate"


def test_chrome_sentences_closing_a_paragraph_are_cut_and_listed() -> None:
    poll = (
        "The poll of 1,006 adults was conducted Nov. 14-17 among a random national sample, including interviews "
        "on landlines and with cellphone-only respondents. The margin of error is 3.5 points."
    )
    video = "Ines Roe mourned her son, who was killed over his shoes."
    article = _clean(
        f"{poll} Click here for interactive results and methodology.\n\n"
        f"{video} Paul Verhoef reports for the Coast4 News at 5 p.m. on June 23, 2031."
        " (Published Tuesday, June 23, 2031)"
    )
    assert article.paragraphs == [poll, video]
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Click here for interactive results and methodology.", "boilerplate"),
        ("(Published Tuesday, June 23, 2031)", "boilerplate"),
        ("Paul Verhoef reports for the Coast4 News at 5 p.m. on June 23, 2031.", "credit"),
    ]
    # a closing sentence that names a topic word of chrome is prose
    prose = "The ferry line changed its privacy policy. The U.S. Copyright Office has not ruled on the logo."
    assert _clean(prose).paragraphs == [prose]


def test_a_stamp_closing_a_long_head_paragraph_dates_the_article() -> None:
    """Stop 25 editor re-read (row 161): "(Published Tuesday, June 23, 2015)" closed a video caption's
    paragraph; the cleaner cuts it off, and the publication date it gives dated nothing."""
    from newsfuse.ingest.published import published_in_text

    caption = (
        "Ines Roe mourned the death of her son, who was killed because he wore the wrong shoes, at a vigil "
        "in Keld on Tuesday evening. Paul Verhoef reports for the Coast4 News at 5 p.m. on June 23, 2015."
    )
    assert published_in_text([f"{caption} (Published Tuesday, June 23, 2015)", "The shooting was in May."]) == (
        "2015-06-23"
    )
    assert _clean(f"{caption} (Published Tuesday, June 23, 2015)").published == "2015-06-23"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("UPDATE: November 8, 8:25 AM CST", "boilerplate"),
        (
            "The Keld Ferry by Ines Brandt. To be published by Harbour Books, Inc.. Copyright (c) 2031 by Ines Brandt.",
            "boilerplate",
        ),
        ("The novel was published by a small press in Keld in 2012 and sold 900 copies.", None),
        (
            "The scene of the collapsed houses on Keld Street on July 29, 2013. (INES BRANDT / Staff Photographer)",
            "boilerplate",
        ),
        ("Rescuers at the quay in Keld. (Piet Lunde / Keld Times)", "boilerplate"),
        ("The vote was close (yes and / or no) in the end.", None),
        ("Update: Tuesday, Nov. 9, 2010", "boilerplate"),
        ("UPDATE: Police said the suspect was arrested at 5:30 p.m. Monday", None),
        ("UPDATE: November 8, the ferry was found", None),
    ],
)
def test_an_update_stamp_and_a_spaced_photo_credit_are_removed_but_prose_stays(line: str, expected: str | None) -> None:
    """Plain texts' first lines taken as titles: "UPDATE: November 8, 8:25 AM CST" (editor read a27, row 166) and
    a caption ending "(LUKE RAFFERTY / Staff Photographer)" (editor read b27, row 187); a book excerpt's
    publisher and copyright line (editor read c27, row 212)."""
    assert classify_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("JUST WATCHED Keld ferry returns Replay More Videos ... MUST WATCH Keld ferry returns 02:14", "boilerplate"),
        ("MUST WATCH Keld ferry returns 02:14", "boilerplate"),
        ("keldcourier.com.au", "boilerplate"),  # a site's footer (editor read, stop 32, row 209)
        ("Visit keldcourier.com.au for the sailing times.", None),
        ("Embed Keld ferry returns: inside look 1:48 autoplay autoplay Copy this code to your website", "boilerplate"),
        ("Story highlights", "boilerplate"),
        ("About Brandt Lunde and Partners", "boilerplate"),
        (
            "If you bought a Keld ferry ticket, we invite you to visit our ferry lawsuit page to contact a consumer "
            "attorney at Brandt Lunde.",
            "boilerplate",
        ),
        ("About 200 islanders watched the ferry leave on Monday.", None),
        ("She had just watched the ferry leave when the storm began, and asked for a replay of the footage.", None),
        ("Residents said they would contact a lawyer if the sailings stopped again.", None),
    ],
)
def test_video_widgets_page_labels_and_press_release_sections_are_removed_but_prose_stays(
    line: str, expected: str | None
) -> None:
    """CNN's flattened video widget ("JUST WATCHED … Replay More Videos … MUST WATCH … 04:56", listed three times as
    facts) and a law firm's press release closing on its profile and its call to readers (listed as a corroborated
    fact): editor read a28, Multi-News validation rows 138 and 142."""
    assert classify_line(line) == expected


def test_a_page_label_glued_to_the_first_highlight_goes_and_a_press_release_ends_at_its_about_heading() -> None:
    body = "\n".join(
        [
            "The ferry linking Marrow Bay to the island of Keld resumed sailings on Monday after a year.",
            "Engineers rebuilt forty metres of the pier, the harbour authority said in a statement on Monday.",
            "Residents of Keld relied on a small water taxi during the closure of the pier last year.",
            "About Brandt Lunde and Partners",
            "Brandt Lunde has litigated hundreds of class actions and recovered millions for its clients.",
            "The firm has offices in Keld and Marrow Bay.",
        ]
    )
    article = _clean(body, title="Story highlights The Keld ferry sails again after a year")
    assert article.title == "The Keld ferry sails again after a year"
    assert article.paragraphs[-1].startswith("Residents of Keld")
    removed = [r.text for r in article.removed]
    assert "Story highlights" in removed
    assert "The firm has offices in Keld and Marrow Bay." in removed


def test_a_live_page_label_between_two_sentences_goes_and_is_listed() -> None:
    """ "... on Tuesday. LIVE BLOG On Monday, William Hague ..." opened a summary sentence (editor read b28,
    row 176)."""
    article = _clean(
        "The ferry sailed from Keld on Tuesday morning. LIVE BLOG On Monday, the harbour master said the pier was "
        "safe.\nThe BLOG LIVE festival opened in Keld. Residents called it LIVE BLOG material."
    )
    assert article.paragraphs[0] == (
        "The ferry sailed from Keld on Tuesday morning. On Monday, the harbour master said the pier was safe."
    )
    assert article.paragraphs[1].endswith("Residents called it LIVE BLOG material.")
    assert "LIVE BLOG" in [r.text for r in article.removed]


def test_a_sharing_widgets_label_glued_to_a_paragraph_goes_and_the_paragraph_stays() -> None:
    """ "SHARE COPY LINK Broward Circuit Judge ... also held that ..." was listed as a corroborated fact (editor read
    b29, row 204)."""
    article = _clean("The ferry sailed on Tuesday.\nSHARE COPY LINK The harbour judge held that the pier was safe.")
    assert article.paragraphs[1] == "The harbour judge held that the pier was safe."
    assert "SHARE COPY LINK" in [r.text for r in article.removed]


def test_a_flattened_photo_gallery_is_removed_whatever_its_length() -> None:
    """A CNN gallery in one line ("Photos: ... Hide Caption 1 of 6 ...") gave a brief facts and timeline entries
    (editor read b28, row 163)."""
    gallery = " ".join(
        f"Photos: The Keld ferry The ferry leaves the pier in Keld on June {n}, 1961, before a storm. Hide Caption {n} "
        "of 30"
        for n in range(1, 31)
    )
    assert classify_line(gallery) == "boilerplate"
    assert classify_line("The museum will hide caption cards for the first 3 of 6 days of the show.") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Read Velk's letter to herself here.", "boilerplate"),
        ("See the full results, charts and tables here.", "boilerplate"),
        ("Read more about the ferry here:", "boilerplate"),
        ("Residents who read the notice said they would stay here.", None),
        ("See you here next year, the mayor told the crowd.", None),
    ],
)
def test_a_link_prompt_without_its_link_is_removed(line: str, expected: str | None) -> None:
    """ "Read Hockley's letter to herself here." was a summary sentence (editor read c28, row 191)."""
    assert classify_line(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "The harbour master greets the mayor of Keld after her arrival at the pier, Marrow Bay, June 8, 2018. "
            "Keld Council/Handout via REUTERS",
            "boilerplate",
        ),
        ("The mayor of Keld speaks to reporters at the pier, June 8, 2018. REUTERS/Jane Roe", "boilerplate"),
        ("NEWS: What Are the Ferry Rules?", "boilerplate"),
        ("READ: The Keld ferry is back after a year", "boilerplate"),
        ("Updated 6.15pm", "boilerplate"),
        ("Update: Some wording in this piece has been changed to better reflect the order of events.", "boilerplate"),
        ("Councillor Jane Roe, left, and Mayor John Doe.", "boilerplate"),
        ("Ferry captain Ann Poe (left) and her first mate at the pier in Keld.", "boilerplate"),
        ("Oh, right, this also explains the ferry's delay.", None),
        ("Update: the ferry has been moved to the north pier.", None),
        ("First published 12.08pm", "boilerplate"),
        ("The council sent its statement to the press via AP.", None),
        ("Updated figures put the ferry's losses at 3.25 million.", None),
        ("The news: the ferry is back.", None),
    ],
)
def test_wire_photo_credits_link_labels_and_dotted_time_stamps_are_removed_but_prose_stays(
    line: str, expected: str | None
) -> None:
    """A caption closing on "Reliance Industries/Handout via REUTERS" opened a summary, "NEWS: What Are the Rules of
    War?" was listed as a fact and "Updated 6.15pm" was taken as a title (editor read a29, Multi-News validation
    rows 192, 194 and 202)."""
    assert classify_line(line) == expected


@pytest.mark.parametrize("label", ["Buy Photo", "Caption", "View Photos"])
def test_a_photo_widgets_label_glued_to_a_paragraph_goes_and_the_paragraph_stays(label: str) -> None:
    """ "Buy Photo Genesee County health official ..." became row 241's title, "Caption The Wisconsin governor ..."
    a fact of row 238 (stop 30 editor read)."""
    article = _clean(f"The ferry sailed on Tuesday.\n{label} The harbour judge held that the pier was safe.")
    assert article.paragraphs[1] == "The harbour judge held that the pier was safe."
    assert label in [r.text for r in article.removed]


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        (
            "CLOSE Skip in Skip x Embed x Share The ferry that ran aground off Keld was towed back to port on Monday. "
            "Video provided by Harbour Wire",
            ["CLOSE Skip in Skip x Embed x Share", "Video provided by Harbour Wire"],
        ),
        (
            "Skip in Skip x Embed x Share The ferry that ran aground off Keld was towed back to port on Monday. "
            "(Ines Calloway/Keld Gazette) Clipwire",
            ["Skip in Skip x Embed x Share", "(Ines Calloway/Keld Gazette) Clipwire"],
        ),
        (
            # the close button alone and the clip credited to its maker by name (editor read, stop 33, row 77)
            "CLOSE The ferry that ran aground off Keld was towed back to port on Monday. Ines Calloway, Keld Gazette",
            ["CLOSE", "Ines Calloway, Keld Gazette"],
        ),
    ],
)
def test_one_video_players_controls_and_credit_go_and_its_blurb_stays(line: str, removed: list[str]) -> None:
    """The controls led row 246's summary and "Video provided by ..." was listed as a fact (editor read, stop 31); the
    blurb is the page's own summary of its story (gold multinews-052: the only telling of a key fact)."""
    article = _clean(f"The ferry sailed on Tuesday.\n{line}")
    assert article.paragraphs[1] == "The ferry that ran aground off Keld was towed back to port on Monday."
    assert [r.text for r in article.removed] == removed


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("BECOME MY FRIEND➜ http://bit.ly/1abcDEF", "boilerplate"),
        ("❄ T W I T T E R➜ https://twitter.com/keldgirl101", "boilerplate"),
        ("Watch My Last Video! ➜ https://www.youtube.com/watch?v=abcDEF...", "boilerplate"),
        (
            "“DIY: How To Dye Wool With Tea Leaves!”GET THIS VIDEO TO 100,000 likes! MY SNAPCHAT IS KELDGIRL101! "
            "FOLLOW ME! :)",
            "boilerplate",
        ),
        ("ALSO CHECK OUT:", "boilerplate"),
        ("Business Inquiries Only: Manager- info@keldmgmt.example", "credit"),
        ("Read on for the backstage reactions of Ines Calloway, Tomas Reyne and others.", "boilerplate"),
        (
            "Have a look at the eight top moments in our gallery, above, then share your own thoughts on the awards "
            "in the comments.",
            "boilerplate",
        ),
    ],
)
def test_a_video_descriptions_channel_links_and_a_galleries_teasers_are_removed(line: str, reason: str) -> None:
    """Seven lines of a vlogger's video description were listed as facts (row 63) and two teasers of a gallery page
    were summary lines (row 10): editor read, stop 33."""
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "“I checked my email and saw it was gone,” she said.",
        "“Follow me,” the officer said, and the crowd went quiet.",
        "She said the agency read on for hours before it decided to check out the report: it found nothing.",
        "Take a look at the numbers and the picture is clear, the minister told the gallery of reporters.",
        "Her Twitter account, which she opened in 2012, has two million followers.",
    ],
)
def test_prose_that_names_a_channel_or_a_gallery_stays(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Prime Minister Ilse Varga (R) speaks with Finance Minister Tomas Reyne (C) at the end of the weekly cabinet "
        "meeting at the palace in Norvik, April 22, 2015.",
        "General view of the main entrance to the Saint Olav Hospital in Norvik April 22, 2015.",
        "Soldiers patrol outside the cathedral as part of the security plan in Norvik, Estrella, May 3, 2016.",
        "Ines Calloway, in this photograph provided by the town hall April 22, 2015, is seen during a race in Lund "
        "on April 11, 2015.",
    ],
)
def test_a_wire_caption_closed_by_its_place_and_date_goes(line: str) -> None:
    """Four agency captions without their credit were summary sentences and the whole timeline (editor read, stop 37,
    Multi-News row 110)."""
    assert classify_line(line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "The treaty was signed in Norvik, April 22, 2015.",
        "Varga signed the treaty at the palace in Norvik, April 22, 2015.",
        "He died in Norvik, April 22, 2015.",
        "The suspect fled. Police found him in Norvik, April 22, 2015.",
    ],
)
def test_a_reports_sentence_closed_by_a_place_and_date_stays(line: str) -> None:
    assert classify_line(line) is None


def test_a_newsletter_box_flattened_with_its_forms_messages_goes() -> None:
    """68 words of one paper's newsletter box, two of its sentences shown as facts (editor read, stop 37, row 122)."""
    line = (
        "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. "
        "Invalid email address. Please re-enter. You must select a newsletter to subscribe to. Sign Up You agree to "
        "receive occasional updates and special offers for The Daily Example's products and services. Thank you for "
        "subscribing. An error has occurred. Please try again later. View all Daily Example newsletters."
    )
    assert classify_line(line) == "boilerplate"
    assert classify_line("The council agreed to receive updates on the bridge every month, the mayor said.") is None


STORY = [
    "The ferry linking Marrow Bay to the island of Keld resumed sailings on Monday after a winter of repairs.",
    "The harbour authority said engineers had rebuilt forty metres of the pier and replaced its lights.",
    "Residents of Keld relied on a small water taxi during the closure, which lasted four months.",
    "Some island businesses said the reopening came too late to save the winter season.",
    "The authority expects the first full summer timetable to run from the middle of May.",
    "A second pier on the north side of the island is due to be rebuilt over the next two years.",
]


def test_a_roundup_after_the_story_goes_with_its_heading() -> None:
    """Editor read #8 (row 112): a newsletter's "Fixbits:" and "Must-reads:" items were stated as facts."""
    from newsfuse.records import RawDocument

    roundup = [
        "Harbour bits:",
        "The mayor of Lunde will not run again.",
        "A second ferry operator bids for the Keld route.",
        "Must-reads:",
        "“Why islands lose their schools” — Ada Brant, Keld Courier",
    ]
    article = clean_document(RawDocument(path="a.txt", text="\n\n".join(STORY + roundup)), "S1")
    assert article.paragraphs == STORY
    assert [r.text for r in article.removed] == roundup


@pytest.mark.parametrize("heading", ["Those charged were:", "They include:", "The victims:"])
def test_the_storys_own_list_after_a_clause_stays(heading: str) -> None:
    from newsfuse.records import RawDocument

    listed = [heading, "Ivo Brandt, 30, of Marrow Bay.", "Piet Lunde, 25, of Keld."]
    article = clean_document(RawDocument(path="a.txt", text="\n\n".join(STORY + listed)), "S1")
    assert article.paragraphs == STORY + listed


def test_a_closing_paragraph_that_points_back_is_no_glued_item() -> None:
    from newsfuse.clean.offtopic import points_back

    # editor read, stop 40 (BASIL 2019): the NYT's last paragraph, a relative's words, was removed as off topic
    assert points_back("“Her death was preventable,” one of the women, Ines Calloway, said. Her son died in 2011.")
    assert points_back("She added that the harbour would reopen in May.")
    # a glued item introduces its own people, even when "some of them" comes later in its sentence
    assert not points_back("Harbour Watch targeted Police raided the homes of former staff and took some of them in.")
    assert not points_back("In other news, the mayor of Springfield opened a zoo. This was a first.")

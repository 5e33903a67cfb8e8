"""The outlet an article names as its own, when the input has no metadata: precision first."""

from __future__ import annotations

import pytest

from newsfuse.ingest.outlet import outlet_in_text


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["(CNN) -- The ferry to Keld resumed sailings on Monday."], "CNN"),
        (["Marrow Bay (CNN) -- The ferry to Keld resumed sailings on Monday."], "CNN"),
        (["MARROW BAY (AP) — The ferry to Keld resumed sailings on Monday."], "Associated Press"),
        (["KELD, Norland (Reuters) - The ferry resumed sailings on Monday."], "Reuters"),
        (["NEW YORK, May 18 (UPI) -- The ferry resumed sailings on Monday."], "UPI"),
        # a caption before the dateline
        (["A ferry leaves the pier. (Photo: Ines Calloway)", "MARROW BAY (KXYZ) — The ferry sailed."], "KXYZ"),
        (["By Ines Calloway | POLITICO", "The ferry to Keld resumed sailings on Monday."], "Politico"),
        (["By Ines Calloway and Paul Verhoef, Coastline News", "The ferry sailed."], "Coastline News"),
        (["The ferry sailed on Monday.", "(Also on POLITICO: Harbour bill stalls)"], "Politico"),
        (["The harbour master tells PEOPLE the ferry will sail."], "People"),
        (["Have a tip we should know? tips@harbourdaily.example"], "harbourdaily.example"),
        (["Have a tip we should know? tips@mediaite.com"], "Mediaite"),
        (["The ferry sailed.", "Write to Ines Calloway at ines.calloway@wsj.com"], "The Wall Street Journal"),
        (["The ferry sailed.", "Write to Ines Calloway at ines@coastline.example"], "coastline.example"),
        (["Marrow Bay (CNN) The ferry to Keld resumed sailings on Monday."], "CNN"),
        (["Story highlights The ferry sails again", "The harbour master told CNN it would sail."], "CNN"),
        # a network's own reporting says so twice
        (["Officials told NBC News the pier is safe.", "The mayor told NBC News she was relieved."], "NBC News"),
        # a staff photographer's credit
        (
            ["The ferry leaves the pier. (Photo by Ines Calloway/The Coastline Post)", "It sailed."],
            "The Coastline Post",
        ),
        # the credit for the house's other reporters (editor read b29, row 204)
        (
            [
                "The ferry sailed.",
                "Coastline Herald reporters Ines Calloway and Paul Verhoef contributed to this report.",
            ],
            "Coastline Herald",
        ),
        # the Times's caption credit and a station's copyright under the story (editor read, stop 36, rows 34, 50)
        (
            ["Image The ferry leaves the pier. Credit Ines Calloway/The Coastline Times", "It sailed."],
            "The Coastline Times",
        ),
        (["The ferry sailed.", "Copyright 2031 by KXYZ Keldnews - All rights reserved."], "KXYZ Keldnews"),
        # an ampersand entity decoded with its semicolon left behind (editor read #8, row 114)
        (["The ferry sailed.", "Copyright 2031 K&K; Publishing. All Rights Reserved."], "K&K Publishing"),
        # the writer's note at the foot and a newsletter box's link (editor read, stop 37, rows 92 and 122)
        (
            [
                "The ferry sailed.",
                "A writer and former producer, Ines Calloway covers politics and media for Keldpost.",
                "BROWSE KELDPOST.COM",
                "Sign up for our free newsletter",
            ],
            "Keldpost",
        ),
        (["The ferry sailed.", "Ines Calloway is a staff writer at The Coastline Herald."], "The Coastline Herald"),
        (["The ferry sailed.", "Sign Up. View all Coastline Times newsletters."], "Coastline Times"),
    ],
)
def test_an_outlets_own_credit_names_it(lines: list[str], outlet: str) -> None:
    assert outlet_in_text(lines) == outlet


@pytest.mark.parametrize(
    "lines",
    [
        # outlets the article cites, not its own
        ["The harbour master told CNN the ferry would sail.", "NBC News first reported the repairs."],
        ["The harbour master told People magazine the ferry would sail."],
        # a senator's party and state, a photo credit, a ticker-like line in title case
        ["Sen. Mara Linde (D-NY) - who backed the repairs - said the ferry would sail."],
        ["Bayline (BAYL) - shares rose on Monday after the ferry sailed."],
        ["A ferry leaves the pier. (AP Photo/Ines Calloway)"],
        # agency photos run in every outlet; an uploader's site is no outlet
        ["A ferry leaves the pier. (Ines Calloway/The Coastline Post via Associated Press)"],
        ["A ferry leaves the pier. (Ines Calloway/Getty Images News)"],
        ["Islanders cheer the first sailing. (Keldcam77/Streamsite.com)"],
        # a dateline late in the article is a quoted report, not the article's own
        ["The ferry sailed."] * 6 + ["MARROW BAY (AP) — An earlier report said the pier was shut."],
        # once is a citation; two networks are two citations
        ["The harbour master told CNN the ferry would sail on Monday."],
        ["Officials told NBC News the pier is safe.", "The mayor told ABC News she was relieved."],
        ["Story highlights The ferry sails again", "The ferry sailed on Monday."],
        ["Marrow Bay (Bayline) The ferry sailed on Monday."],
        # a writer's role is not an outlet
        ["By Ines Calloway, Staff Writer", "The ferry sailed."],
        # "Times staff writers": which Times? no outlet
        ["The ferry sailed.", "Times staff writers Ines Calloway and Paul Verhoef contributed to this report."],
        # two outlets' credits of the same strength: none is named
        ["(CNN) -- The ferry sailed.", "MARROW BAY (Reuters) - The ferry sailed."],
        # an agency's caption credit; a copyright that names no one; a copyright high in the text
        ["Image The ferry leaves the pier. Credit Ines Calloway/Associated Press", "It sailed."],
        ["The ferry sailed.", "Copyright 2031 by the author."],
        ["Copyright 2031 KXYZ Keldnews.", "The ferry sailed."] + ["It sailed on."] * 5,
        # a note naming two outlets (a shared report), and such a sentence in the body (about someone in the story)
        [
            "The ferry sailed.",
            "Ines Calloway and Paul Verhoef are reporters for the Tribune, Mara Linde is a reporter for KXYZ-TV",
        ],
        ["Ines Calloway is a reporter for the Coastline Times, the captain said."] + ["The ferry sailed."] * 16,
        [],
    ],
)
def test_no_outlet_rather_than_a_wrong_one(lines: list[str]) -> None:
    assert outlet_in_text(lines) is None


def test_the_strongest_cue_wins() -> None:
    # an agency dateline beats the house promotion of the site that republished it
    assert outlet_in_text(["MARROW BAY (AP) — The ferry sailed.", "(Also on POLITICO: Harbour bill)"]) == (
        "Associated Press"
    )
    # a dateline beats a photo credit
    caption = "The ferry leaves the pier. (Ines Calloway/The Coastline Post)"
    assert outlet_in_text([caption, "(CNN) -- The ferry sailed."]) == "CNN"

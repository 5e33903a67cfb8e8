"""The lead's fixes from editor reads #10 (stop 39, BASIL 2013) and #11 (stop 40, BASIL 2017/2019): one person under a
first name and its short form, a titled family name given to a relative, places and platforms typed as people, update
stamps and bar-dash datelines shown. All text here is invented."""

from __future__ import annotations

from newsfuse.nlp.entities import nicknames
from newsfuse.records import Article, Entity


def _people(fast_models, texts: list[list[str]]) -> list[Entity]:
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities

    articles = [Article(f"S{i + 1}", f"{i}.txt", None, None, None, None, p) for i, p in enumerate(texts)]
    return [e for e in build_entities(analyse(articles, fast_models, embed=False)).records() if e.type == "PERSON"]


def test_a_short_form_of_a_first_name_in_another_article_is_the_same_person(fast_models) -> None:
    people = _people(
        fast_models,
        [
            ["Elizabeth Varnholt, a Senate candidate in Oregon, spoke at the fair on Friday."],
            ["Liz Varnholt told the crowd at the county fair that she would run."],
        ],
    )
    varnholts = [e for e in people if e.name.endswith("Varnholt")]
    assert len(varnholts) == 1, [(e.name, e.aliases) for e in people]
    assert {varnholts[0].name, *varnholts[0].aliases} >= {"Elizabeth Varnholt", "Liz Varnholt"}


def test_two_forms_in_one_article_stay_two_people(fast_models) -> None:
    people = _people(
        fast_models,
        [["Robert Tennfeld, the mayor, and his son Bob Tennfeld both spoke at the opening on Friday."]],
    )
    assert len([e for e in people if e.name.endswith("Tennfeld")]) == 2, [(e.name, e.aliases) for e in people]


def test_nicknames_are_one_family_of_names() -> None:
    assert nicknames("liz", "elizabeth") and nicknames("bill", "william") and nicknames("ted", "edward")
    assert not nicknames("liz", "mary") and not nicknames("ted", "ted") and not nicknames("bill", "robert")


def _family(people: list[Entity], family: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in people if family in e.name}


def test_a_titled_family_name_is_the_titled_person_not_a_relative(fast_models) -> None:
    # editor read, stop 40 (BASIL 2017): "Mr. Trump said" went to the president's daughter, named in full in the
    # same article, while the president was named in full only in another
    people = _people(
        fast_models,
        [
            [
                "Near the dugout, the governor's daughter Anika Brandvold talked with the mayor.",
                "“We will not be intimidated,” Governor Brandvold said.",
            ],
            ["Governor Oskar Brandvold visited the hospital on Wednesday night."],
        ],
    )
    family = _family(people, "Brandvold")
    assert "Governor Brandvold" in family.get("Oskar Brandvold", set()), family
    assert "Governor Brandvold" not in family.get("Anika Brandvold", set()), family


def test_mr_with_a_family_name_skips_the_wife_and_a_generation_suffix(fast_models) -> None:
    # BASIL 2019: "George T. Conway III, … the husband of Kellyanne Conway" then "Mr. Conway … wrote": his words
    people = _people(
        fast_models,
        [
            [
                "Among the critics was Henrik T. Lysander III, a lawyer and the husband of Marit Lysander, an adviser.",
                "Mr. Lysander, a critic of the plan, wrote that it would fail in court.",
            ]
        ],
    )
    family = _family(people, "Lysander")
    assert "Mr. Lysander" in family.get("Henrik T. Lysander III", set()), family


def test_police_a_stadium_park_and_a_platform_are_no_people() -> None:
    # editor read #11 (stop 40, BASIL 2017/2019): "Alexandria Police", "Eugene Simpson Stadium Park", "Twitter" were
    # listed as people
    from newsfuse.nlp.entities import LocatedMention, _corrected_label, _label_by_what_follows

    def label(surface: str, text: str) -> str:
        mention = LocatedMention("S1", 0, 0, len(surface), surface, "PERSON")
        return _label_by_what_follows(_corrected_label(mention, "", None), mention, text)

    assert label("Norvale Police", "Norvale Police responded soon after.") == "ORG"
    assert label("Oskar Lind Stadium Park", "Oskar Lind Stadium Park was closed.") == "FAC"
    assert label("Twitter", "Twitter suspended the account.") == "ORG"
    assert label("Grace Park", "Grace Park said she would run.") == "PERSON"  # a family name stays a name


def test_an_update_stamp_and_a_bar_dash_dateline_are_not_shown() -> None:
    # editor read #11 (stop 40, BASIL 2017): facts shown as "UPDATE - May 30, 10 p.m.: …", a summary sentence opening
    # "WASHINGTON ― …" (a horizontal bar, not an em dash)
    from newsfuse.nlp.clarity import display_text

    assert display_text("UPDATE - May 30, 5:20 p.m.: Hours after the shoot, it spoke.").startswith("Hours after")
    assert display_text("UPDATED: The mayor resigned on Friday.") == "The mayor resigned on Friday."
    assert display_text("NORVALE ― The harbour reopened on Friday.") == "The harbour reopened on Friday."
    assert display_text("Updates to the harbour plan were made on Friday.").startswith("Updates to")


def test_lower_case_tags_before_a_headline_are_not_the_title() -> None:
    # editor read #11 (Multi-News row 107): the title was "jobs jobs jobs Obama's Jobs Speech Prompted …"
    from newsfuse.summarize.title import clean_headline

    assert clean_headline("harbour harbour Norvale Reopens Its Harbour After the Storm") == (
        "Norvale Reopens Its Harbour After the Storm"
    )
    assert clean_headline("eBay Sells Its Harbour Unit to Norvale") == "eBay Sells Its Harbour Unit to Norvale"


# Editor read #11 (stop 40, BASIL 2017/2019): quotes given to the wrong person. Each on invented text; the speaker
# is right or null ("unattributed"), never the other person.
def _said(found, words: str) -> str | None:
    attribution = next(a for a in found if a.text.startswith(words))
    return attribution.speaker.name if attribution.speaker else None


def test_he_is_not_the_first_lady(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "Governor Piet Molnar and first lady Ada Molnar on Wednesday night visited the harbour.",
            "Molnar said that he was “deeply saddened” by the news.",
            "“Our thoughts are with the crews and all others affected,” he said in a statement.",
        ]
    )
    assert _said(found, "Our thoughts") in ("Piet Molnar", None)


def test_a_person_with_an_age_speaks_for_himself(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "“It would have been a massacre without them,” Senator Tom Lund said.",
            "Arno Velden, 47, lives in a nearby apartment and was at the park when the shooting began.",
            "He said he heard at least 30 shots. “There was no place I could go,” he said.",
        ]
    )
    assert _said(found, "There was no place") in ("Arno Velden", None)


def test_a_title_as_the_subject_names_the_holder_in_apposition(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "“I bet most members would say they don't want a guard,” Rep. Tom Lund told reporters.",
            "The former speaker of the house, Piet Molnar, praised the current system where members meet people in "
            "shops.",
            "He said the threat of the “occasional deranged person” should not change that.",
        ]
    )
    assert _said(found, "occasional deranged") in ("Piet Molnar", None)


def test_one_of_a_list_is_not_he(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "Mayor Piet Molnar's need for praise was on display when he named supporters, naming Tom Lund, Ada Berg, "
            "Jan Holm and Arno Velden, although he insisted that “they don't decide policy.”",
        ]
    )
    assert _said(found, "they don't decide") in ("Piet Molnar", None)


def test_a_name_across_a_sentence_end_holds_no_role(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "Mayor Piet Molnar spoke of his coming meeting with the harbour's owner, Arno Velden.",
            "The mayor again said that he would be proved right.",
            "“People said, ‘Molnar is crazy,’” he said at one point. “It ended up a very good deal.”",
        ]
    )
    assert _said(found, "People said") in ("Piet Molnar", None)


def test_a_colon_frame_without_a_known_verb_names_its_subject(attribute_parsed) -> None:
    # editor read #11 (row 107): Huntsman's and Cain's posts went to Gingrich, quoted in the paragraph before
    found = attribute_parsed(
        [
            "Piet Molnar was pedantic: “I checked with the harbour office. There is no plan.”",
            "Ada Berg stuck to Twitter: “The mayor's tired rhetoric has not worked. My plan will create jobs.”",
            "Meanwhile, Tom Lund kept his statement to a Twitter-friendly length: “We waited 30 months for this?”",
        ]
    )
    assert _said(found, "The mayor's tired") in ("Ada Berg", None)
    assert _said(found, "We waited 30") in ("Tom Lund", None)

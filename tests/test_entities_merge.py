"""Entity merging across articles on fictional stories: titles, surnames, case, spellings,
transliterations, acronyms, and NER label corrections."""

from __future__ import annotations

import pytest

from newsfuse.nlp.aliases import acronym_of, as_acronym, name_key, similar_names, strip_titles
from newsfuse.records import Article, Entity


@pytest.fixture(scope="module")
def entities(fast_models) -> list[Entity]:
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities

    texts = [
        [
            "President Aleksandr Volkonov of Veskaria met Chancellor Ingrid Solberg in Kyiv on Monday.",
            "Mr. Volkonov said the talks were useful. The International Maritime Tribunal (IMT) will rule next week.",
        ],
        [
            "Alexandr Volkonov arrived in Kiev late on Sunday, officials said.",
            "Volkonov later met Solberg. The IMT has no power over Veskaria, he said.",
        ],
        [
            "Ingrid Solberg and Aleksandr Volkonov spoke to reporters in kyiv.",
            "Critics of the International Maritime Tribunal say it moves too slowly.",
        ],
    ]
    articles = [Article(f"S{i + 1}", f"{i}.txt", None, None, None, None, p) for i, p in enumerate(texts)]
    return build_entities(analyse(articles, fast_models, embed=False)).records()


def _find(entities: list[Entity], name: str) -> Entity:
    for entity in entities:
        if entity.name == name or name in entity.aliases:
            return entity
    raise AssertionError(f"{name!r} not among {[e.name for e in entities]}")


def test_titles_surnames_and_transliterations_merge(entities: list[Entity]) -> None:
    person = _find(entities, "Mr. Volkonov")
    assert person.name == "Aleksandr Volkonov"
    assert person.type == "PERSON"
    assert {"Mr. Volkonov", "Alexandr Volkonov"} <= set(person.aliases)
    assert person.sources == ["S1", "S2", "S3"]


def test_place_spellings_and_case_merge_as_a_place(entities: list[Entity]) -> None:
    city = _find(entities, "Kyiv")
    assert city.name == "Kyiv"
    assert city.type == "GPE"  # the small model tags "Kyiv" PERSON: corrected
    assert {"Kiev", "kyiv"} <= set(city.aliases)
    assert city.sources == ["S1", "S2", "S3"]


def test_acronym_merges_with_its_expansion(entities: list[Entity]) -> None:
    court = _find(entities, "IMT")
    assert court.name == "International Maritime Tribunal"
    assert court.sources == ["S1", "S2", "S3"]


def test_no_dates_or_numbers_in_the_entity_list(entities: list[Entity]) -> None:
    assert not any(e.type in ("DATE", "CARDINAL", "TIME", "ORDINAL", "MONEY", "PERCENT") for e in entities)
    assert all(e.name != "Monday" for e in entities)


def test_name_helpers() -> None:
    assert strip_titles("Prime Minister Fumio Kishida") == "Fumio Kishida"
    assert strip_titles("Mr.") == "Mr."
    assert name_key("President Vladimir V. Putin’s") == "vladimir putin"
    assert name_key("Kiev") == name_key("kyiv")
    assert acronym_of("International Criminal Court") == "ICC"
    assert acronym_of("North Atlantic Treaty Organization") == "NATO"
    assert as_acronym("U.S.") == "US" and as_acronym("Putin") is None
    assert similar_names("vlodomyr zelensky", "volodymyr zelensky")
    assert not similar_names("austria", "australia")
    assert not similar_names("mike cernovich", "mike peinovich")  # one first name, two family names
    assert similar_names("jon zelenskyy", "jon zelensky")


def test_a_short_first_name_joins_the_long_one_across_outlets_but_not_inside_one(fast_models) -> None:
    """ "Jon Hubbard" (one outlet) and "Jonathan Hubbard" (another) are one person; "Bob Goodlatte" and
    "Bobby Goodlatte" written in the same article are two (father and son)."""
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities
    from newsfuse.records import Article

    articles = [
        Article("S1", "a", None, None, None, None, ["Police Lt. Jonathan Hubbard thanked the rescuers."]),
        Article("S2", "b", None, None, None, None, ["Acting Police Chief Lt. Jon Hubbard thanked the rescuers."]),
        Article("S3", "c", None, None, None, None, ["Rep. Bob Goodlatte spoke. His son Bobby Goodlatte did not."]),
    ]
    index = build_entities(analyse(articles, fast_models, embed=False))
    hubbard = index.resolve("Jon Hubbard")
    assert hubbard is not None and hubbard is index.resolve("Jonathan Hubbard")
    bob, bobby = index.resolve("Bob Goodlatte"), index.resolve("Bobby Goodlatte")
    assert bob is not None and bobby is not None and bob is not bobby


def _entities_of(fast_models, *paragraphs: list[str]) -> list[Entity]:
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities

    articles = [Article(f"S{i + 1}", f"{i}.txt", None, None, None, None, p) for i, p in enumerate(paragraphs)]
    return build_entities(analyse(articles, fast_models, embed=False)).records()


def test_a_saint_does_not_take_the_living_namesake(fast_models) -> None:
    """Stop 23 editor read: "Pope Francis" and "Francis" were merged into "St Francis", and four of
    the pope's remarks were credited to the saint."""
    found = _entities_of(
        fast_models,
        ["Pope Francis visited the church of St Francis on Sunday.", "Francis told the crowd that he was glad."],
        ["Pope Francis prayed for an hour before he left Rome."],
    )
    pope = _find(found, "Pope Francis")
    assert pope.name == "Francis" and "St Francis" not in pope.aliases
    assert all(e.name != "Pope" for e in found)  # a title alone is a role, not a name


def test_an_emeritus_title_and_a_regnal_number_name_one_pope(fast_models) -> None:
    found = _entities_of(
        fast_models,
        ["Pope Emeritus Benedict greeted the visitors in the garden."],
        ["Benedict XVI resigned in 2013, the first pope to do so in six centuries."],
    )
    assert _find(found, "Pope Emeritus Benedict") is _find(found, "Benedict XVI")


def test_a_company_is_not_its_product_but_is_its_endowment(fast_models) -> None:
    """ "Lenovo" had become an alias of "Lenovo IdeaCentre Horizon Table" (stop 23 editor read, row
    211), and a quote by the company was credited to the product."""
    found = _entities_of(
        fast_models,
        [
            "Microsoft showed the Microsoft Surface Studio tablet in New York on Monday.",
            "Microsoft said the device would ship in May.",
        ],
        ["The Carnegie Endowment for International Peace published the study.", "Carnegie said it stood by it."],
    )
    assert "Microsoft" not in _find(found, "Microsoft Surface Studio").aliases
    assert "Carnegie" in _find(found, "Carnegie Endowment for International Peace").aliases


def test_a_full_name_tagged_as_a_thing_is_the_person_its_bare_family_name_names() -> None:
    """NER tags "Maren Holtvik" ORG and "Holtvik" (after "said Prof") PERSON: one person."""
    from newsfuse.nlp.entities import _family_names, _Groups

    groups = _Groups()
    for key, surface, label in (
        ("maren holtvik", "Maren Holtvik", "ORG"),
        ("holtvik", "Holtvik", "PERSON"),
        ("holtvik holdings", "Holtvik Holdings", "ORG"),
    ):
        groups.add(key, surface, label, "S1")
    _family_names(["maren holtvik", "holtvik", "holtvik holdings"], groups)
    assert groups.label_of("maren holtvik") == "PERSON"
    assert groups.label_of("holtvik holdings") == "ORG"


def test_a_lower_case_word_tagged_person_is_no_entity_and_initialisms_keep_one_key(fast_models) -> None:
    from dataclasses import replace

    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities
    from newsfuse.records import Mention

    text = (
        "The mosquito carries the parasite up the valley, said Maren Holtvik of the U.S. institute. "
        "It bites at dusk, maren holtvik added."
    )
    story = analyse([Article("S1", "0.txt", None, None, None, None, [text])], fast_models, embed=False)
    spun = [Mention("S1", 0, "mosquito", "PERSON"), Mention("S1", 1, "maren holtvik", "PERSON")]
    story = replace(story, mentions=[*story.mentions, *spun])
    entities = build_entities(story).records()
    assert "mosquito" not in {e.name for e in entities}
    # a lower-cased name the story writes with capitals elsewhere is a spun rewrite's spelling: kept
    holtvik = next(e for e in entities if e.name == "Maren Holtvik")
    assert "maren holtvik" in holtvik.aliases
    assert name_key("U.S") == name_key("US") == name_key("U.S.") and name_key("J.K. Rowling") == name_key("JK Rowling")


def test_a_persons_title_marks_a_person_and_outweighs_the_models_org_tags() -> None:
    """Stop 25 editor read (row 126): "President Trump" once and "Trump" tagged ORG six times made Trump
    an organisation, so "he" passed him by and his "I don't know Whitaker" went to Whitaker."""
    from newsfuse.nlp.entities import LocatedMention, _corrected_label, _person_title

    def mention(text: str, label: str) -> LocatedMention:
        return LocatedMention("S1", 0, 0, len(text), text, label)

    assert _person_title(mention("President Brant", "PERSON"), "")
    assert _person_title(mention("Brant", "ORG"), "Keld's new President ")
    assert _corrected_label(mention("Brant", "ORG"), "said President ", None) == "PERSON"
    assert not _person_title(mention("Justice Department", "ORG"), "")
    assert not _person_title(mention("Brant", "ORG"), "the port of ")
    assert _corrected_label(mention("Justice Department", "ORG"), "", None) == "ORG"


def test_a_name_after_a_word_for_a_publication_is_an_organisation() -> None:
    """The shared corpus's "he wrote in the Russian government's daily <name>" listed the newspaper as a
    person under Who and what."""
    from newsfuse.nlp.entities import LocatedMention, _corrected_label

    def mention(text: str, label: str) -> LocatedMention:
        return LocatedMention("S1", 0, 0, len(text), text, label)

    assert _corrected_label(mention("Velsk Vestnik", "PERSON"), "he wrote in the government's daily ", None) == "ORG"
    assert _corrected_label(mention("Norra Posten", "PERSON"), "told the newspaper ", None) == "ORG"
    assert _corrected_label(mention("Maren Holtvik", "PERSON"), "she told the paper's editor ", None) == "PERSON"
    assert _corrected_label(mention("Maren Holtvik", "PERSON"), "the daily briefing with ", None) == "PERSON"


def test_a_rank_written_out_is_stripped_like_its_abbreviation() -> None:
    """Editor a26 (multinews-153): "Sergeant Kim Riley" and "Sgt. Kim Riley" were two speakers of one brief."""
    assert name_key("Sergeant Maren Holt") == name_key("Sgt. Maren Holt") == name_key("Maren Holt")
    assert name_key("Detective Ivo Brandt") == name_key("Ivo Brandt")
    assert name_key("Sergeant") == "sergeant"  # never to nothing


def test_what_follows_a_name_corrects_its_label() -> None:
    """Editor read a27: "found at JFK airport" listed JFK as a person, "the Caucasus Mountains" as a
    person, and a minister who "told" a broadcaster as a work of art."""
    from newsfuse.nlp.entities import LocatedMention, _label_by_what_follows

    def label(text: str, surface: str, model_label: str) -> str:
        start = text.index(surface)
        return _label_by_what_follows(
            model_label, LocatedMention("S1", 0, start, start + len(surface), surface, model_label), text
        )

    assert label("The dog was found at Keld airport on Monday.", "Keld", "PERSON") == "FAC"
    assert label("Rebels hide in the Varn Mountains.", "Varn Mountains", "PERSON") == "LOC"
    assert label("“It is a proud day,” Ines Calloway told Radio Keld.", "Ines Calloway", "WORK_OF_ART") == "PERSON"
    assert label("Ines Calloway said the airport would reopen.", "Ines Calloway", "PERSON") == "PERSON"
    assert label("The song Blue Harbour said little to critics.", "Blue Harbour said", "WORK_OF_ART") == "WORK_OF_ART"
    assert label("Norvane’s Prime Minister spoke.", "Norvane", "PERSON") == "GPE"

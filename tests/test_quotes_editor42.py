"""Stop 42 (issue 13, editor read #13 of five stories nobody had tuned on): who said it when the sentence that names
the speaker is not a plain "X said". A quoted question and the answer after it, a speech verb after another verb of
its subject ("He paused, then added:"), the one who asks is not the one who answers, a letter's addressee is not its
author, "X wanting to “…”", the sentence before a two-sentence quotation, a pronoun inside the previous subject's
clause, a participle of asking the parse made the root, a frame before an ellipsis, and a correction note that repeats
words already quoted. Each test on invented text; the speaker is right or null ("unattributed")."""

from __future__ import annotations


def _by_text(found, words: str):
    return next(a for a in found if a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_a_quoted_question_is_not_the_answer(attribute_parsed) -> None:
    """ "Asked point-blank, “Is that picture you?” Kurt replied, “…”": two speakers, not one quote in two parts; the
    reporter who asked is not named (BASIL 2011 printed the question as the start of Weiner's answer)."""
    found = attribute_parsed(
        [
            "Rep. Tom Kurt, a Democrat, spoke to reporters on Tuesday about the ferry photo.",
            'Asked point-blank, "Is that picture you?" Kurt replied, "You know I\'m not going to talk about this '
            'anymore."',
        ]
    )
    answer = _by_text(found, "You know I'm not")
    assert "picture" not in answer.text
    assert _name(answer) == "Tom Kurt"
    assert _name(_by_text(found, "Is that picture you?")) is None


def test_a_speech_verb_after_another_verb_of_its_subject(attribute_parsed) -> None:
    """ "He paused, then added: “…”": "He", not "He paused", is the subject (BASIL 2011 left it unattributed)."""
    found = attribute_parsed(
        [
            "Mayor Tom Kurt spoke about the photo in his office on Wednesday.",
            "“I don’t have memory of this photograph,” Mr. Kurt said in the interview in his office. “But I also ... "
            "you know, it might have been doctored.”",
            "He paused, then added: “But I don’t know that. And I don’t want that to be the headline.”",
        ]
    )
    assert _name(_by_text(found, "But I don’t know that")) == "Tom Kurt"


def test_the_one_who_asks_is_not_the_one_who_answers(attribute_parsed) -> None:
    """ "Holm asked her … // She said: “…”" is the one asked; the "he" after "Holm later called her answer evasive"
    is Holm (BASIL 2013 printed Lerner's answer under the congressman who asked)."""
    found = attribute_parsed(
        [
            "Rep. Joe Holm asked Maria Olsen about the forms.",
            'She said: "Well there\'s a questionnaire that began this discussion."',
            'Holm later called her answer evasive. "The bottom line is you cannot lie to the council," he said.',
        ]
    )
    assert _name(_by_text(found, "Well there's a questionnaire")) == "Maria Olsen"
    assert _name(_by_text(found, "The bottom line")) == "Joe Holm"


def test_a_letter_is_not_its_addressee_s(attribute_parsed) -> None:
    """ "“…,” the letter addressed to Chairman Tom Kurt reads": the lawyer the letter is from, never the chairman it
    is addressed to (BASIL 2013 printed the lawyer's letter under Chairman Issa)."""
    found = attribute_parsed(
        [
            "Maria Olsen declined to testify, according to a letter from her lawyer, Piet Lund, to the council.",
            '"She has not committed any crime or made any misrepresentation," the letter addressed to Chairman Tom '
            "Kurt (R-Keld) reads.",
        ]
    )
    assert _name(_by_text(found, "She has not committed")) == "Piet Lund"


def test_the_one_wanting_the_quoted_words(attribute_parsed) -> None:
    """ "a story about … Maria Olsen wanting to “just drone” Piet Lund": Olsen's words, not the site's that urged the
    story (BASIL 2017 printed Clinton's words under WikiLeaks)."""
    found = attribute_parsed(
        [
            "The site urged Tom Kurt to push a story about then-mayoral nominee Maria Olsen wanting to “just drone” "
            "Piet Lund, the site's founder."
        ]
    )
    assert _name(_by_text(found, "just drone")) == "Maria Olsen"


def test_he_after_a_quotation_of_two_sentences(attribute_parsed) -> None:
    """The sentence before "he" of "“A. B,” he said" is the one before the quotation, whose subject is the member
    named in apposition (BASIL 2013 printed Lynch's words under Lankford, quoted a paragraph up)."""
    found = attribute_parsed(
        [
            "Representative Piet Lund, Republican of Nordland, said the forms reminded him of the harbour dispute.",
            "“Man, that sounds like the ferry fight to me,” he said.",
            "One Democrat, Representative Tom Kurt of Keld, even raised the threat of appointing a special "
            "prosecutor if the council continues to stall.",
            "“We know where that will lead. It will lead to a special prosecutor,” he said.",
        ]
    )
    assert _name(_by_text(found, "We know where that will lead")) == "Tom Kurt"


def test_he_inside_the_previous_subject_s_clause(attribute_parsed) -> None:
    """ "Mr. Brink offered what he said was … // “…,” he said": the pronoun inside the subject's own clause keeps the
    subject in focus (BASIL 2013 printed Shulman's words under Jordan, quoted before)."""
    found = attribute_parsed(
        [
            "“One hundred visits and it didn’t come up?” Mr. Holm said.",
            "In follow-up questioning by Representative Ada Moss, a Keld Democrat, Mr. Brink offered what he said "
            "was one of the many plausible reasons for his visits. “The harbour parade with my kids,” he said.",
        ]
    )
    assert _name(_by_text(found, "The harbour parade")) == "Brink"


def test_a_fronted_participle_of_asking(attribute_parsed) -> None:
    """ "Days before the election, asked if …, Kurt denied it. “…,” he said": the parse makes "asked" the root; the
    clause after the comma is the main one (BASIL 2017 printed Pence's denial under his press secretary)."""
    found = attribute_parsed(
        [
            "“The mayor was never aware of anyone associated with the campaign being in contact with the paper,” said "
            "Kurt press secretary Ada Brink.",
            "Days before the election, asked if the campaign was “in cahoots” with the Keld Herald, Kurt denied it. "
            "“Nothing could be further from the truth,” he said.",
        ]
    )
    assert _name(_by_text(found, "Nothing could be further")) == "Kurt"


def test_a_frame_before_an_ellipsis(attribute_parsed) -> None:
    """ "Ada Brink, told Billboard in 2017 ... “…”": the ellipsis stands between the frame and the quotation (TMZ,
    editor read #13, left the publicist's words unattributed)."""
    found = attribute_parsed(
        [
            "Doctors removed the tumour in May, and it turned out to be malignant.",
            "The band's publicist, Ada Brink, told Billboard in 2017 ... \"We were really hoping that this was not "
            'cancer. His tour will be canceled."',
        ]
    )
    assert _name(_by_text(found, "We were really hoping")) == "Ada Brink"


def test_a_correction_note_repeats_words_already_quoted(attribute_parsed) -> None:
    """ "This story was edited … to say “citizen of Norvane.”": words already inside the governor's quotation are no
    unattributed quote of their own (editor read #13)."""
    found = attribute_parsed(
        [
            '"I wish to assure you that justice will be done for a citizen of Norvane," Governor Tom Kurt wrote.',
            "Kurt also thanked the consul for his visit on Monday.",
            "This story was edited at 5:48 p.m. to correct a quote from the governor's letter to say "
            '"citizen of Norvane."',
        ]
    )
    quotes = [a for a in found if a.kind != "reported"]
    assert [a.text for a in quotes if a.text.startswith("citizen")] == []
    assert _name(_by_text(found, "I wish to assure")) == "Tom Kurt"

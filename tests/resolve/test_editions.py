"""Editions across languages: one story's English and Korean editions are linked; other outlets are not."""
import pytest

from threadline.ingest.document import build_document
from threadline.pipeline import Extractor
from threadline.resolve.editions import EditionIndex, numbers
from threadline.settings import Settings

KO = "양강도 혜산시의 혜산청년광산이 지난달 말부터 24시간 가동에 들어갔다고 소식통이 전했다. 노동자 1만3천 명이 동원됐다."
EN = ("The Hyesan Youth Copper Mine in Hyesan, Ryanggang Province, began running around the clock in late February, "
      "a source said. Some 13,000 workers were mobilized.")


@pytest.fixture(scope="module")
def extractor():
    return Extractor(Settings.load())


def _x(extractor, text, doc_id, outlet, published="2024-03-07"):
    d = build_document(text, source=doc_id, doc_id=doc_id, outlet=outlet, published=published)
    return next(iter(extractor.extract([d])))


def test_korean_edition_links_to_the_english_one(extractor):
    index = EditionIndex()
    index.link(_x(extractor, EN, "en", "Daily NK"))
    ko = index.link(_x(extractor, KO, "ko", "데일리NK"))
    assert ko.document.outlet == "Daily NK"
    assert ko.document.near_duplicate_of == "en"


def test_another_outlet_or_another_week_is_no_edition(extractor):
    index = EditionIndex()
    index.link(_x(extractor, EN, "en", "Daily NK"))
    assert index.link(_x(extractor, KO, "ko-rfa", "자유아시아방송")).document.near_duplicate_of is None
    assert index.link(_x(extractor, KO, "ko-late", "데일리NK", "2024-03-20")).document.near_duplicate_of is None


@pytest.mark.parametrize("korean, english", [("중앙일보", "JoongAng Daily"), ("자유아시아방송", "RFA"),
                                             ("미국의소리", "VOA"), ("조선일보", "The Chosun Ilbo")])
def test_an_outlets_editions_by_their_own_names_are_one_outlet(extractor, korean, english):
    # Feeds and pages name the Korean edition in Korean and the English one by its own masthead.
    index = EditionIndex()
    index.link(_x(extractor, EN, "en", english))
    ko = index.link(_x(extractor, KO, "ko", korean))
    assert ko.document.near_duplicate_of == "en"


def test_same_language_is_left_to_the_near_duplicate_index(extractor):
    index = EditionIndex()
    index.link(_x(extractor, KO, "ko-a", "데일리NK"))
    assert index.link(_x(extractor, KO + " ", "ko-b", "데일리NK")).document.near_duplicate_of is None


def test_korean_and_written_figures_read_alike():
    assert numbers("노동자 1만3천 명, 포탄 3천 발") == {"13000", "3000"}
    assert numbers("13,000 workers in 2024") == {"13000"}

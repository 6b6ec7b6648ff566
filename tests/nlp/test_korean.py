"""The Korean reader: sentences, mentions with particles stripped, offsets into the text."""
import pytest

from threadline.hangul import initial_sound_variants, romanize
from threadline.nlp.extensions import MENTIONS_KEY
from threadline.nlp.korean import KoreanReader, content_lemmas
from threadline.romanize import name_key


@pytest.fixture(scope="module")
def reader():
    return KoreanReader()


def _mentions(doc):
    return [(s.text, s.label_, s.kb_id_) for s in doc.spans[MENTIONS_KEY]]


def test_particles_and_suffixes_leave_the_place(reader):
    doc = reader.read("양강도 혜산시에서 주민들이 모였다. 혜산은 국경 도시다.", "2024-03-07")
    assert _mentions(doc) == [("양강도", "place", "place:ryanggang"), ("혜산시", "place", "place:hyesan"),
                              ("혜산", "place", "place:hyesan")]
    assert len(list(doc.sents)) == 2


def test_south_korean_spelling_finds_the_northern_name(reader):
    doc = reader.read("영변 핵시설과 녕변군, 량강도와 양강도", None)
    assert [m[2] for m in _mentions(doc)] == ["fac:yongbyon", "place:nyongbyon", "place:ryanggang", "place:ryanggang"]


def test_numbered_and_named_facilities(reader):
    doc = reader.read("소식통에 따르면 제26호 공장과 구성공작기계공장이 가동됐다.", None)
    assert ("제26호 공장", "facility", "fac:kanggye-tractor") in _mentions(doc)
    assert ("구성공작기계공장", "facility", "") in _mentions(doc)


def test_persons_with_titles(reader):
    doc = reader.read("국방상 노광철은 김정은 총비서와 함께 박선원 의원을 만났다.", None)
    persons = [m[0] for m in _mentions(doc) if m[1] == "person"]
    assert persons == ["노광철", "김정은", "박선원"]


def test_a_common_word_that_is_a_county_base_is_no_place(reader):
    # 증산군 is a county, but "증산 지시" is an order to raise output.
    doc = reader.read("김정은은 증산 지시를 내렸다.", None)
    assert all(m[1] != "place" for m in _mentions(doc))


def test_offsets_are_the_texts(reader):
    text = "\"혜산청년광산에서\" 지난 20일 검열이 있었다."
    doc = reader.read(text, "2024-03-07")
    for s in doc.spans[MENTIONS_KEY]:
        assert text[s.start_char:s.end_char] == s.text
    t = doc._.timexes[0]
    assert (text[t.start:t.end], t.value) == ("지난 20일", "2024-02-20")


def test_hangul_names_key_like_their_romanizations():
    assert name_key(romanize("김정은", person=True)) == name_key("Kim Jong Un")
    assert name_key(romanize("혜산")) == name_key("Hyesan")
    assert name_key(romanize("구성")) == name_key("Kusong")
    assert initial_sound_variants("로동신문") == ["노동신문"]
    assert initial_sound_variants("평양") == []


def test_made_in_and_army_of_are_no_place_mentions(reader):
    text = "중국산 휴대전화와 북한군, 그리고 중국 인근"
    doc = reader.read(text, None)
    assert [m[0] for m in _mentions(doc)] == ["중국"]
    assert doc.spans[MENTIONS_KEY][0].start_char == text.rindex("중국")


def test_places_the_pack_lacks_by_their_suffix(reader):
    doc = reader.read("함경북도 어랑군 룡전리에서 해군과 인민군이 평안남도 북창군 득장노동자구의 탄광을 지켰다.", None)
    places = [m[0] for m in _mentions(doc) if m[1] == "place"]
    assert places == ["함경북도", "어랑군", "룡전리", "평안남도", "북창군", "득장노동자구"]


def test_content_lemmas_give_verbs_by_their_stem(reader):
    text = "포탄을 보냈습니다. 외교관이 소환됐고 공장을 짓고 있다."
    doc = reader.read(text, "2024-03-07")
    lemmas = content_lemmas(doc._.morphemes, 0, len(text))
    forms = [lemma for lemma, _, _ in lemmas]
    # Endings, particles and the auxiliary 있다 are left out; 소환되 is the verb 소환하.
    assert forms == ["포탄", "보내", "외교관", "소환하", "공장", "짓"]
    assert all(text[a:b] and a < b for _, a, b in lemmas)
    assert content_lemmas(doc._.morphemes, 11, len(text))[0][0] == "외교관"

"""The Korean reader: sentences, mentions with particles stripped, offsets into the text."""
import pytest

from threadline.hangul import compound_variants, initial_sound_variants, romanize
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


# -- issue #12: classes of names blind text showed missing ---------------------------------------

def test_compound_names_in_either_koreas_spelling_and_their_short_forms(reader):
    # The pack writes 순천비날론연합기업소; the North writes each element's initial ㄹ (련합).
    doc = reader.read("순천비날론련합기업소와 김책제철, 제2경제위, 국회 정보위가 나섰다.", None)
    assert [(m[0], m[2]) for m in _mentions(doc)] == [
        ("순천비날론련합기업소", "fac:sunchon-vinalon"), ("김책제철", "fac:kim-chaek-steel"),
        ("제2경제위", "org:sec"), ("국회 정보위", "org:rok-na-intel")]


def test_one_hanja_countries_of_headlines(reader):
    doc = reader.read("北, 美와 협상 재개. 北京에서 회담.", None)
    assert _mentions(doc) == [("北", "place", "country:KP"), ("美", "place", "country:US")]


def test_bodies_by_their_latin_abbreviation(reader):
    doc = reader.read("국제원자력기구(IAEA)는 영변을 주시하고 있다.", None)
    assert [m[2] for m in _mentions(doc)][:2] == ["org:iaea", "org:iaea"]


def test_names_from_other_languages_beside_a_title(reader):
    doc = reader.read("세르게이 라브로프 러시아 외무장관은 평양을 찾았다. "
                      "로씨야련방 외무상 쎄르게이 라브로브동지와 회담하였다.", None)
    assert [m[0] for m in _mentions(doc) if m[1] == "person"] == ["세르게이 라브로프", "쎄르게이 라브로브"]
    assert ("로씨야련방", "place", "country:RU") in _mentions(doc)


def test_a_titled_name_must_be_a_name(reader):
    # "하면 지배인과" and "공장 지배인도" put a verb and a common noun before the title.
    doc = reader.read("홍철민 지배인은 해임됐다. 계획을 못 하면 지배인과 당비서부터 처벌한다. 공장 지배인도 불려갔다.", None)
    assert [m[0] for m in _mentions(doc) if m[1] == "person"] == ["홍철민"]


def test_a_city_security_department_is_no_mention_of_the_ministry(reader):
    doc = reader.read("혜산시 보위부가 나섰고 노동자들은 보위부에 끌려갔다.", None)
    assert [m[0] for m in _mentions(doc)] == ["혜산시", "보위부"]
    assert doc.spans[MENTIONS_KEY][1].start_char == doc.text.rindex("보위부")


def test_a_place_that_is_a_common_word_counts_beside_a_place(reader):
    # 구성 is Kusong and "composition": beside 北 and 방현, or before a factory, it is the city.
    doc = reader.read("北 구성 방현 일대와 구성의 제65호 공장. 부품 구성 비율이 바뀌었다.", None)
    assert [m[0] for m in _mentions(doc) if m[2] == "place:kusong"] == ["구성", "구성"]
    assert all(s.start_char < doc.text.index("부품") for s in doc.spans[MENTIONS_KEY])


def test_a_body_inside_a_longer_word_but_no_place_inside_a_title(reader):
    doc = reader.read("군수공업부장이 교체됐다. 김정은 위원장의 방중.", None)
    assert [(m[0], m[2]) for m in _mentions(doc)] == [("군수공업부", "org:wpk-mid"), ("김정은", "")]


def test_stations_and_facilities_named_for_what_the_pack_lacks(reader):
    doc = reader.read("열차는 두만강역을 지나 하산역에 닿았다. 백두강공작기계공장에서 생산이 늘었다.", None)
    assert [(m[0], m[1]) for m in _mentions(doc)] == [
        ("두만강역", "facility"), ("하산역", "facility"), ("백두강공작기계공장", "facility")]


def test_compound_variants_change_each_element_that_either_korea_writes_otherwise():
    assert compound_variants("황해제철연합기업소") == ["황해제철련합기업소"]
    assert set(compound_variants("용성기계연합기업소")) == {"룡성기계연합기업소", "용성기계련합기업소", "룡성기계련합기업소"}
    assert compound_variants("국가보위성") == []

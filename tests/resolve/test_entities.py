"""Resolution: one entity per real thing, however spelled; new things placed under known places."""
from threadline.model import Decision
from threadline.resolve import Resolver
from tests.helpers import extract_one


def _entity_of(x, text):
    return next(m.entity_id for m in x.mentions if m.text == text)


def test_romanization_variants_resolve_to_one_entity(extractor):
    x = extract_one(extractor, "Factories in Guseong City and Kusong, in Jagang Province and Chagang, "
                               "and in Ganggye City and Kanggye were inspected.")
    assert _entity_of(x, "Guseong City") == _entity_of(x, "Kusong") == "place:kusong"
    assert _entity_of(x, "Jagang Province") == _entity_of(x, "Chagang") == "place:chagang"
    assert _entity_of(x, "Ganggye City") == _entity_of(x, "Kanggye") == "place:kanggye"


def test_renamed_organizations_are_one_entity(extractor):
    x = extract_one(extractor, "The Ministry of People's Security, now the Ministry of Social Security, "
                               "worked with the Defense Industry Department and the Second Economy Commission.")
    assert _entity_of(x, "Ministry of People's Security") == _entity_of(x, "Ministry of Social Security")
    assert _entity_of(x, "Defense Industry Department") == "org:wpk-mid"
    assert _entity_of(x, "Second Economy Commission") == "org:sec"


def test_unknown_facility_is_placed_under_the_nearest_place(extractor):
    x = extract_one(extractor, "Inspectors visited a tank and armored vehicle factory in Panghyon district "
                               "of Kusong last week.")
    fac_id = _entity_of(x, "tank and armored vehicle factory")
    fac = next(e for e in x.entities if e.id == fac_id)
    assert fac.kind == "facility" and fac.located_in == "place:panghyon"
    ids = {e.id for e in x.entities}
    assert {"place:kusong", "place:npyongan", "country:KP"} <= ids  # the chain up to the country
    assert fac.lat is not None  # placed where its district is


def test_ids_are_stable_across_documents_and_runs(extractor):
    text = "Guards were added at a shell factory in Songrim in January."
    a = extract_one(extractor, text, doc_id="a")
    b = extract_one(extractor, text, doc_id="b")
    assert _entity_of(a, "shell factory") == _entity_of(b, "shell factory")


def test_analyst_decisions_win(extractor):
    x = extract_one(extractor, "Officials of the Second Economic Committee met the SEC Bureau in Kusong.")
    pack = extractor.resolver.pack
    decisions = [Decision("merge", "place:kanggye", "place:kusong", "analyst", "test"),
                 Decision("alias", "org:sec", "SEC Bureau", "analyst", "test")]
    resolver = Resolver(pack, decisions)
    from threadline.nlp import annotate
    from tests.helpers import doc_from
    (document, doc, omap), = list(annotate(extractor.nlp, [doc_from(x.document.text)], 8))
    res = resolver.resolve(document, doc, omap, [])
    by_text = {m.text: m.entity_id for m in res.mentions}
    assert by_text["Kusong"] == "place:kanggye"
    if "SEC Bureau" in by_text:
        assert by_text["SEC Bureau"] == "org:sec"


def test_ambiguous_name_is_resolved_by_the_province_in_context(extractor):
    north = extract_one(extractor, "Guards were doubled in Unsan, North Pyongan Province, last week.")
    south = extract_one(extractor, "Guards were doubled in Unsan County of South Pyongan Province last week.")
    assert _entity_of(north, "Unsan") == "place:unsan"
    assert _entity_of(south, "Unsan County") == "place:unsan-spyongan"


def test_mentions_say_how_they_were_resolved(extractor):
    x = extract_one(extractor, "Officials in Kusŏng met envoys from Moscow.")
    m = next(m for m in x.mentions if m.text == "Kusŏng")
    assert m.entity_id == "place:kusong" and m.method == "gazetteer" and m.confidence == 1.0


def test_places_beyond_the_pack_come_from_registry_data(extractor):
    x = extract_one(extractor, "Delegations from Kampala City, Shimane Prefecture and Austria arrived in "
                               "Pyongyang, and the Sri Lanka embassy sent greetings.")
    by_text = {m.text: m for m in x.mentions}
    ents = {e.id: e for e in x.entities}
    kampala = ents[by_text["Kampala City"].entity_id]
    assert kampala.country == "UG" and kampala.lat is not None and by_text["Kampala City"].method == "geonames"
    assert ents[by_text["Shimane Prefecture"].entity_id].admin1 == "JP-32"
    assert by_text["Austria"].entity_id == "country:AT"
    assert by_text["Sri Lanka"].entity_id == "country:LK" and by_text["Sri Lanka"].kind == "place"
    assert "country:UG" in ents   # a town comes with its country


def test_a_foreign_county_is_not_a_near_spelling_of_a_korean_one(extractor):
    x = extract_one(extractor, "The martyr was born in Fusong County, Baishan City, in China.")
    assert _entity_of(x, "Fusong County") != "place:kusong"


def test_a_surname_alone_is_the_person_named_in_full(extractor):
    x = extract_one(extractor, "South Korean President Lee Myung Bak visited Washington. Lee met the U.S. president.")
    assert _entity_of(x, "Lee") == _entity_of(x, "Lee Myung Bak")
    lee = next(m for m in x.mentions if m.text == "Lee")
    assert lee.method == "coreference"


def test_a_surname_shared_by_two_people_stays_apart(extractor):
    x = extract_one(extractor, "Kim Jong Il and Kim Il Sung were honoured at the meeting, and Kim spoke.")
    assert _entity_of(x, "Kim") not in {_entity_of(x, "Kim Jong Il"), _entity_of(x, "Kim Il Sung")}


def test_kangwon_is_north_koreas_unless_the_report_is_about_the_south(extractor):
    north = extract_one(extractor, "Farmers in Kangwon Province raised output, KCNA said.")
    south = extract_one(extractor, "Heavy snow fell in Gangwon Province in South Korea, Yonhap said.")
    assert _entity_of(north, "Kangwon Province") == "place:kangwon"
    assert _entity_of(south, "Gangwon Province") == "place:kr-gangwon"


def test_state_media_spellings_of_south_korean_places(extractor):
    x = extract_one(extractor, "Shells fell on Yonphyong Island, and rallies were held in Kyonggi Province.")
    assert _entity_of(x, "Yonphyong Island") == "place:yeonpyeong"
    assert _entity_of(x, "Kyonggi Province") == "place:kr-gyeonggi"


def test_loose_matching_never_crosses_a_country_a_number_or_an_organization(extractor):
    x = extract_one(extractor, "A delegation of Jordan visited Munitions Factory No. 25, and the Korean "
                               "Friendship Association of Spain sent a message.")
    assert _entity_of(x, "Jordan") == "country:JO"
    assert _entity_of(x, "Munitions Factory No. 25") != "fac:kanggye-tractor"   # that is No. 26
    friendship = next(m for m in x.mentions if m.text == "Korean Friendship Association")
    assert friendship.method == "new"

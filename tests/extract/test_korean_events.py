"""Korean events, attribution and modality through the pipeline, and one KB with English."""
import pytest

from threadline.model import Document, PublishedDate, Span
from threadline.pipeline import Extractor
from threadline.settings import Settings


def _doc(doc_id, text, lang="ko", published="2024-03-07"):
    return Document(id=doc_id, source=doc_id, text=text, content=(Span(0, len(text)),), language=lang,
                    published=PublishedDate(published, "given"), content_hash=doc_id)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(Settings.load())


def _events(extractor, text):
    (x,) = list(extractor.extract([_doc("ko-1", text)]))
    return x


def test_insider_estimated_production(extractor):
    x = _events(extractor, "양강도 소식통은 \"혜산청년광산에서 지난달 말부터 생산을 늘린 것으로 보인다\"고 전했다.")
    (e,) = x.events
    assert (e.type, e.attribution, e.modality, e.when) == ("PRODUCTION_ACTIVITY", "anonymous_insider", "estimated", "2024-02")
    assert e.facilities == ("fac:hyesan-copper",)


def test_state_media_inspection_and_reported_modality(extractor):
    x = _events(extractor, "김정은 총비서가 강계트랙터종합공장을 현지지도했다고 조선중앙통신이 보도했다.")
    (e,) = x.events
    assert (e.type, e.attribution, e.modality) == ("INSPECTION", "state_media", "asserted")
    assert "fac:kanggye-tractor" in e.facilities and "org:kcna" not in e.actors


def test_intelligence_prediction_and_rumour(extractor):
    x = _events(extractor, "국가정보원은 북한이 올해 상반기 미사일을 추가로 발사할 것으로 예상된다고 밝혔다. "
                           "주민들 사이에서는 공장이 문을 닫는다는 소문이 돌고 있다.")
    kinds = {(e.type, e.attribution, e.modality) for e in x.events}
    assert ("WEAPONS_TEST", "intelligence_agency", "predicted") in kinds
    assert ("FACILITY_STATUS", "outlet", "rumored") in kinds


def test_korean_and_english_names_are_one_entity(extractor):
    ko, en = list(extractor.extract([
        _doc("ko-2", "김정은 총비서가 혜산시를 방문했다."),
        _doc("en-2", "Kim Jong Un visited Hyesan on Monday, state media said.", lang="en")]))
    ko_ids = {m.text: m.entity_id for m in ko.mentions}
    en_ids = {m.text: m.entity_id for m in en.mentions}
    assert ko_ids["혜산시"] == en_ids["Hyesan"] == "place:hyesan"
    assert ko_ids["김정은"] == en_ids["Kim Jong Un"]


def test_show_finds_a_place_by_its_hangul_name(extractor, tmp_path):
    from threadline.analyze.lookup import find_entity
    from threadline.store import open_store
    store = open_store(str(tmp_path / "kb.db"))
    (x,) = list(extractor.extract([_doc("ko-3", "혜산시에서 검열이 있었다.")]))
    store.save_extractions([x], signatures={"ko-3": b"s"})
    assert find_entity(store, "혜산").id == find_entity(store, "Hyesan").id == "place:hyesan"


def test_the_day_news_was_told_is_not_the_event_date(extractor):
    x = _events(extractor, "김정은 총비서가 지난 5일 룡성기계연합기업소를 현지지도했다고 조선중앙통신이 7일 보도했다.")
    (e,) = x.events
    assert e.when == "2024-03-05"
    x = _events(extractor, "노동신문은 7일 김정은 총비서가 공장을 현지지도했다고 보도했다.")
    assert x.events[0].when is None


def test_a_veto_cancels_only_the_trigger_it_overlaps(extractor):
    x = _events(extractor, "최고인민회의 상임위원회가 러시아와의 조약을 비준했다고 조선중앙통신이 보도했다.")
    assert [e.type for e in x.events] == ["AGREEMENT"]


def test_state_media_voice_carries_to_the_next_sentence(extractor):
    x = _events(extractor, "김정은 총비서가 공장을 현지지도했다고 조선중앙통신이 보도했다. 김 총비서는 현대화를 올해 안에 끝낼 것을 지시했다.")
    assert [(e.type, e.attribution) for e in x.events] == [("INSPECTION", "state_media"), ("OTHER_DIRECTIVE", "state_media")]


def test_state_media_own_story_and_honorifics(extractor):
    from dataclasses import replace
    doc = replace(_doc("ko-4", "김정은동지께서 락원기계연합기업소를 현지지도하시였다."), source_type="state_media")
    (x,) = list(extractor.extract([doc]))
    assert [m.text for m in x.mentions] == ["김정은", "락원기계연합기업소"]
    assert [(e.type, e.attribution) for e in x.events] == [("INSPECTION", "state_media")]


def test_a_briefing_session_is_the_channel_not_a_meeting(extractor):
    x = _events(extractor, "국가정보원은 7일 국회 정보위원회 전체회의에서 북한이 올해 하반기 정찰위성을 발사할 것으로 전망했다.")
    assert [(e.type, e.attribution, e.modality, e.when) for e in x.events] == [
        ("WEAPONS_TEST", "intelligence_agency", "predicted", "2024-H2")]


def test_show_finds_a_person_first_met_in_english_by_the_hangul_name(extractor, tmp_path):
    from threadline.analyze.lookup import find_entity
    from threadline.store import open_store
    store = open_store(str(tmp_path / "kb.db"))
    (x,) = list(extractor.extract([_doc("en-5", "Kim Jong Un visited Hyesan on Monday.", lang="en")]))
    store.save_extractions([x], signatures={"en-5": b"s"})
    (kim,) = [m.entity_id for m in x.mentions if m.text == "Kim Jong Un"]
    assert find_entity(store, "김정은").id == kim


def test_korean_events_carry_their_figures(extractor):
    x = _events(extractor, "소식통에 따르면 제71호 군수공장은 지난달부터 하루 포탄 200발을 생산하고 있다. "
                           "보위부가 이 공장 노동자 약 3천 명을 단속한 것으로 알려졌다.")
    figures = {(q.text, q.value, q.approximate, q.item, q.per) for e in x.events for q in e.quantities}
    assert ("하루 포탄 200발", 200, False, "포탄", "day") in figures
    assert ("약 3천 명", 3000, True, "노동자", None) in figures
    # "제71호" and "지난달" are a name and a date, not figures.
    assert not {q.value for e in x.events for q in e.quantities} & {71}


def _kinds(x):
    return [(e.type, e.attribution, e.modality, e.when) for e in x.events]


def test_a_verb_cue_matches_every_ending_and_speech_level(extractor):
    # The pack names the stem 보내 once; 보냈으며, 보내고 있다 and the radio service's
    # 말했습니다 are the same verbs.
    x = _events(extractor, "평안북도의 한 소식통은 5일 자유아시아방송에 \"공장이 포탄을 러시아로 보냈으며 지금도 "
                           "열차로 실어 보내고 있다\"고 말했습니다.")
    assert _kinds(x) == [("TRANSFER", "anonymous_insider", "asserted", None)]
    assert x.events[0].trigger == "보냈으며"


def test_access_restrictions_are_security_measures(extractor):
    x = _events(extractor, "사고 이후 외부 사람은 공장 주변에 드나들 수 없게 됐다.")
    assert [e.type for e in x.events] == ["SECURITY_MEASURE"]


def test_secretly_moving_goods_is_theft_not_transfer(extractor):
    x = _events(extractor, "노동자들이 창고의 탄약을 몰래 가지고 나와 시장에 넘겼다.")
    assert [e.type for e in x.events] == ["THEFT"]


def test_what_is_ordered_is_not_yet_done(extractor):
    # "보내라는 지시": the transfer is the content of an order, not a transfer told as done.
    x = _events(extractor, "소식통은 \"강재를 먼저 군수공장으로 보내라는 지시가 지난달 내려왔다\"고 말했다.")
    assert _kinds(x) == [("OTHER_DIRECTIVE", "anonymous_insider", "asserted", "2024-02")]


def test_a_noun_that_names_a_plan_or_a_purpose_is_no_event(extractor):
    x = _events(extractor, "러시아 수출용 부품의 생산능력을 키우기 위한 협의회가 열렸다. "
                           "재무부는 북한 회사가 탄약 공급 계약을 맺었다고 밝혔다.")
    assert [e.type for e in x.events] == ["MEETING", "AGREEMENT"]


def test_a_trigger_that_points_back_joins_the_event_told_before(extractor):
    x = _events(extractor, "당 전원회의가 지난해 12월 26일 진행되였다. 전원회의에서는 주체113년 계획이 토의되였다.")
    (meeting,) = x.events
    assert (meeting.type, meeting.when, len(meeting.evidence)) == ("MEETING", "2023-12-26", 2)
    # "이 지시는" points back to the production order: no directive of its own.
    x = _events(extractor, "공장에 포탄 생산을 늘리라는 지시가 내려졌다. 이 지시는 도당위원회를 거쳐 하달됐다.")
    assert [(e.type, len(e.evidence)) for e in x.events] == [("PRODUCTION_ORDER", 1)]


def test_a_forecast_is_not_the_launch_told_before(extractor):
    x = _events(extractor, "북한이 5일 동해상으로 탄도미사일을 발사했다. "
                           "군 당국은 북한이 추가로 미사일을 쏠 가능성이 있다고 보고 있다.")
    assert _kinds(x) == [("WEAPONS_TEST", "outlet", "asserted", "2024-03-05"),
                         ("WEAPONS_TEST", "government_official", "predicted", None)]


def test_the_hedge_after_each_trigger_is_its_modality(extractor):
    x = _events(extractor, "구리가 중국으로 몰래 넘어가고 있다는 소문이 돌자 보위 당국이 경비를 강화한 것으로 알려졌다.")
    assert {(e.type, e.modality) for e in x.events} == {("THEFT", "rumored"), ("SECURITY_MEASURE", "estimated")}


def test_the_source_phrase_date_is_the_day_of_telling_and_a_month_never_is(extractor):
    x = _events(extractor, "6일 데일리NK 양강도 소식통에 따르면 지난달 혜산의 한 공장에서 화약을 빼돌린 사실이 드러났다.")
    assert _kinds(x) == [("THEFT", "anonymous_insider", "asserted", "2024-02")]
    x = _events(extractor, "국정원은 지난달 김정은 위원장이 공장을 찾아 준비 상황을 점검했다고 설명했다.")
    assert _kinds(x) == [("INSPECTION", "intelligence_agency", "asserted", "2024-02")]


def test_the_date_nearest_the_trigger_is_the_events(extractor):
    x = _events(extractor, "미국 재무부는 6일 북한 회사가 지난해 러시아 기업과 계약을 맺은 사실을 확인했다고 밝혔다.")
    assert _kinds(x) == [("AGREEMENT", "government_official", "asserted", "2023")]


def test_visiting_a_city_is_no_inspection(extractor):
    x = _events(extractor, "러시아 국방장관이 평양을 방문해 북한 국방상과 회담했다.")
    assert [e.type for e in x.events] == ["MEETING"]
    x = _events(extractor, "김정은 총비서가 평양의 한 탄약 공장을 찾아 생산 실태를 돌아보았다.")
    assert [e.type for e in x.events] == ["INSPECTION"]


def test_a_launch_prepared_for_or_signalled_is_no_launch(extractor):
    x = _events(extractor, "합참은 북한의 미사일 발사 징후는 아직 없다며 추가 발사에 대비하고 있다고 밝혔다.")
    assert x.events == ()
    x = _events(extractor, "군은 추가 발사 가능성에 대비해 동향을 지켜보고 있다.")
    assert x.events == ()

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

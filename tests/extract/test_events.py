"""Events as claims: type, evidence, time, arguments, attribution, modality and grouping."""
from tests.helpers import extract_one

INSIDER = (
    "Party inspectors began a 10-day inspection of Munitions Factory 71 on Mar. 4, Daily NK has learned.\n"
    "A Daily NK source in North Pyongan Province told Daily NK on Tuesday that the inspectors are checking "
    "shell quotas at the plant.\n"
    "The source predicted that managers could be dismissed if the quota is missed.\n"
    "Word is going around that the factory stole copper from a nearby mine.\n"
)


def _by_type(x):
    out = {}
    for e in x.events:
        out.setdefault(e.type, []).append(e)
    return out


def test_restatements_become_one_event_with_several_evidence_spans(extractor):
    x = extract_one(extractor, INSIDER, published="2024-03-14")
    inspections = _by_type(x)["INSPECTION"]
    assert len(inspections) == 1
    ev = inspections[0]
    assert len(ev.evidence) == 2
    assert ev.when == "2024-03-04"
    assert "fac:mf71" in ev.facilities
    for span in ev.evidence:  # evidence offsets point into the text as given
        assert x.document.text[span.start:span.end].strip()


def test_attribution_and_modality(extractor):
    x = extract_one(extractor, INSIDER, published="2024-03-14")
    types = _by_type(x)
    assert types["INSPECTION"][0].attribution == "anonymous_insider"
    assert types["PERSONNEL"][0].modality == "predicted"
    assert types["THEFT"][0].modality == "rumored"


def test_reporting_date_is_not_the_event_date(extractor):
    x = extract_one(extractor, "A government source said on Monday that the plant was shut down.",
                    published="2024-03-14")
    status = _by_type(x)["FACILITY_STATUS"][0]
    assert status.when is None
    assert status.attribution == "government_official"


def test_a_plant_that_resumed_production_is_a_status_claim_about_it(extractor):
    x = extract_one(extractor, "The Kanggye General Tractor Plant resumed production on Tuesday after a month "
                               "of repairs, a source said.", published="2024-03-14")
    (status,) = _by_type(x)["FACILITY_STATUS"]
    assert status.when == "2024-03-12"
    assert status.facilities


def test_intelligence_agency_estimate_with_quantity_and_products(extractor):
    x = extract_one(extractor, "The National Intelligence Service said it believes North Korea has supplied "
                               "over 1 million artillery shells to Russia.", published="2023-11-08")
    transfer = _by_type(x)["TRANSFER"][0]
    assert transfer.attribution == "intelligence_agency"
    assert transfer.modality == "estimated"
    assert "artillery shells" in transfer.products
    assert any(q.value == 1e6 and q.approximate and q.item == "artillery shells" for q in transfer.quantities)
    assert "country:RU" in transfer.where + transfer.actors


def test_state_media_outlet_attributes_everything_to_state_media(extractor):
    x = extract_one(extractor, "Pyongyang, March 5 (KCNA) -- The Songjin Steel Complex has increased steel "
                               "production with domestic fuel.\nThe complex built a new oxygen furnace.",
                    published="2011-03-05")
    assert x.document.outlet == "KCNA"
    assert {e.attribution for e in x.events} == {"state_media"}
    assert {"PRODUCTION_ACTIVITY", "FACILITY_STATUS"} <= {e.type for e in x.events}


def test_a_directive_to_raise_output_is_an_order_not_activity(extractor):
    x = extract_one(extractor, "Authorities ordered the steel mills to restart their furnaces and normalize "
                               "production by the end of the month.", published="2024-10-10")
    assert [e.type for e in x.events] == ["PRODUCTION_ORDER"]


def test_a_prediction_is_not_merged_with_what_happened(extractor):
    x = extract_one(extractor, "The factories increased production last month.\n"
                               "They will likely increase production again next year.", published="2024-03-14")
    activity = _by_type(x)["PRODUCTION_ACTIVITY"]
    assert sorted(e.modality for e in activity) == ["asserted", "predicted"]


def test_named_plants_and_other_counties_doing_the_same_are_two_happenings(extractor):
    x = extract_one(extractor, "Workers of the Hungnam Fertilizer Complex pledged to increase the production of "
                               "fertilizer.\nWorking people in Usi and Chosan counties also pledged to increase the "
                               "production at local factories.", published="2011-12-24")
    activity = _by_type(x)["PRODUCTION_ACTIVITY"]
    assert len(activity) == 2
    plant = next(e for e in activity if e.facilities)
    assert not plant.where or not {"place:usi", "place:chosan"} & set(plant.where)


def test_a_list_of_plants_stays_whole_and_he_is_the_person_named_before(extractor):
    x = extract_one(extractor, "Premier Pak Pong Ju arrived in Chongjin on Saturday.\n"
                               "He toured the Kim Chaek Iron and Steel Complex, the Chongjin Steel Works, the Ranam "
                               "Coal Mining Machine Complex, the Kyongsong Insulator Factory and the Puryong Alloy "
                               "Steel Complex.", published="2011-11-14")
    tour = _by_type(x)["INSPECTION"][0]
    assert len(tour.facilities) == 5
    assert any(a.startswith("person:") for a in tour.actors)


def test_the_source_speaking_is_not_an_actor(extractor):
    x = extract_one(extractor, "Kim Jong Un visited the plant in May, Daily NK has learned.\n"
                               "He told Daily NK that the managers were dismissed.", published="2024-06-20")
    personnel = _by_type(x)["PERSONNEL"][0]
    assert personnel.actors == ()


def test_crackdowns_in_two_cities_are_two_but_a_district_belongs_to_its_city(extractor):
    apart = extract_one(extractor, "Security agents launched a crackdown in Hyesan last week.\n"
                                   "Agents also launched a crackdown in Chongjin.", published="2024-03-14")
    assert len(_by_type(apart)["SECURITY_MEASURE"]) == 2
    together = extract_one(extractor, "Security agents launched a crackdown in Kusong last week.\n"
                                      "The crackdown in Panghyon district was the harshest.", published="2024-03-14")
    assert len(_by_type(together)["SECURITY_MEASURE"]) == 1


def test_a_state_media_story_of_earlier_steps_gives_each_step_its_own_event(extractor):
    x = extract_one(extractor, "Pyongyang, March 5 (KCNA) -- The Songjin Steel Complex fulfilled its February "
                               "plan.\nAfter the war the workers rebuilt the destroyed furnaces.\nDuring the "
                               "Chollima upswing they built a new rolling shop.\nAfterwards, they reconstructed the "
                               "oxygen shop.", published="2011-03-05")
    status = _by_type(x)["FACILITY_STATUS"]
    assert len(status) == 3                      # three steps of the story, not one restated
    assert all(e.when is None for e in status)   # neither took the February plan's date


def test_the_bodies_in_a_leaders_titles_are_not_arguments(extractor):
    x = extract_one(extractor, "Premier of the DPRK Choe Yong Rim inspected the Kim Chaek Iron and Steel Complex "
                               "on Saturday, and Kim Jong Il, general secretary of the Workers' Party of Korea and "
                               "chairman of the National Defence Commission of the DPRK, toured the Chongjin Steel "
                               "Works.", published="2011-03-14")
    args = {a for e in x.events for a in e.where + e.actors}
    assert not args & {"country:KP", "org:wpk", "org:ndc"}, args
    assert {"fac:kim-chaek-steel"} <= {f for e in x.events for f in e.facilities}


def test_a_plants_history_in_state_media_keeps_the_plant_and_its_own_dates(extractor):
    x = extract_one(extractor, "Pyongyang, May 2 (KCNA) -- The Songjin Steel Complex has increased production of "
                               "steel.\nIn the first half of 1950, they produced tens of thousands of tons of steel."
                               "\nThey rebuilt the damaged factory after the war.", published="2011-05-02")
    activity = _by_type(x)["PRODUCTION_ACTIVITY"]
    assert len(activity) == 2                                  # 1950 is not the present increase
    assert sorted(str(e.when) for e in activity) == ["1950-H1", "None"]
    assert all("fac:songjin-steel" in e.facilities for e in activity)     # "they": the plant's workers
    (rebuilt,) = [e for e in _by_type(x)["FACILITY_STATUS"] if "rebuilt" in e.trigger]
    assert rebuilt.facilities == ("fac:songjin-steel",)                   # "the damaged factory"


# The shapes of the sentences the claims issue found mistyped or misattached, in our own words.
MISREAD = (
    "Workers at Munitions Factory 71 in North Pyongan Province actually met the extra shell quota last month.\n"
    "An inspection team sent by the Munitions Industry Department arrived at the factory on Monday.\n"
    "Guards caught two workers stealing copper wire from the plant's warehouse.\n"
    "The Kim Chaek Iron and Steel Complex raised its output of steel this year, KCNA said.\n"
    "Farmers on cooperative farms in South Hamgyong Province harvested more grain than last year.\n"
)


def test_met_a_quota_sent_by_and_thefts_keep_their_types(extractor):
    x = extract_one(extractor, MISREAD, published="2024-03-14")
    types = _by_type(x)
    assert "MEETING" not in types and "TRANSFER" not in types  # "met the quota", "sent by" a department
    assert types["INSPECTION"][0].start == MISREAD.index("An inspection")
    assert [e.start for e in types["THEFT"]] == [MISREAD.index("Guards caught")]
    assert all(e.start != MISREAD.index("Guards caught") for e in types.get("INSPECTION", []))


def test_an_event_names_a_facility_only_when_its_sentence_is_about_it(extractor):
    x = extract_one(extractor, MISREAD, published="2024-03-14")
    kim_chaek = next(e.id for e in x.entities if e.name.startswith("Kim Chaek"))
    about = [x.document.text[e.start:e.end] for e in x.events if kim_chaek in e.facilities]
    assert about and all("Kim Chaek" in s for s in about)  # not the grain harvest that follows

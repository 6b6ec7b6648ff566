"""Korean split dev3: 30 Korean reports (ko-dev3-001 … 030) and 10 English editions (en-dev3-001 … 010),
a development split that developers may tune on.

How it was made: written and annotated blind on 2026-12-02 by an annotator who had not read
src/threadline (rules, lexicons, the Korean pack file), had not run the system on these reports and had
seen no system output, and who did not read the other blind splits' files. Read before writing:
../shared/eval/ANNOTATION.md and CONTRACT.md, the English seeds and their gold (for conventions),
docs/domain-pack.md, reports_a.py (the format only), and real Korean-language reporting (insider outlets,
agencies relaying NIS briefings and JCS statements, KCNA/Rodong Sinmun, RFA, think-tank imagery stories),
read and not copied. Every report, date, figure and quotation is invented; real place, body and official
names are used, and the lawmaker Yun Jae-hyong is invented. Entity ids come from the dev/test gold and the
pack's lookup by English name; the entities the pack lacks are in ENTITIES below.

Format: as reports_a.py (surfaces, offsets computed by build_gold.py), plus per report `ignore` (outlet
names, demonym-like forms such as 북한제/러시아 국기, vague words such as 요즘/당일, the abbreviations 방러/대러/
북러 that fold a country into a word) and per event `happening` ("dev3-hNN", shared across reports and
editions of one real happening) and `independent_sources` (origins of that happening across the split:
an agency relaying KCNA, papers relaying one NIS briefing and an outlet's English edition are one origin).

Conventions chosen here (the guide leaves them open):
- `when` is the time the event's own clause gives (a production order "for 2026" has when 2026); without one,
  the time the discourse fixes (arrests "on the spot" of a theft uncovered on the 29th), else null.
- A part of a period is the period at its own precision: 이달 초 → the month, 작년 연말 → the year.
- A denial (외무성: "수출한 적이 없다") is not an event of the denied type; ko-dev3-008 has no event.
- A question headline ("北, 연내 정찰위성 또 쏘나") is no claim; a headline that states a claim is
  another evidence span of its event.
- A hearing that only frames a briefing (the NIS reporting to the intelligence committee) is not a MEETING
  event (as in the seeds' gold); plenary meetings, summits and talks are.
- 알려졌다/전해졌다 without a named source are `estimated` (reportedly); 파악했다/확인됐다 by the NIS are
  asserted or estimated (both listed); 보인다/추정된다/분석된다 estimated; 전망/예정/계획/가능성 predicted;
  소문/말이 돈다 rumored.
"""
from eval.korean.reports_a import R

ENTITIES = {
    # person:jo-chun-ryong, person:kim-jong-sik and person:pak-thae-song are used here too but are already
    # given by other splits' ENTITIES; build_gold takes the first definition, so redefining them here would
    # change those splits' gold.
    "person:belousov": {"kind": "person", "name": "Andrei Belousov", "country": "RU"},
    "person:peskov": {"kind": "person", "name": "Dmitry Peskov", "country": "RU"},
    "person:yun-jae-hyong": {"kind": "person", "name": "Yun Jae-hyong", "country": "KR"},
    "org:kremlin": {"kind": "organization", "name": "Kremlin (Presidential Administration of Russia)", "country": "RU"},
    "place:east-sea": {"kind": "place", "name": "East Sea", "level": "other"},
    "fac:khasan-station": {"kind": "facility", "name": "Khasan Station", "country": "RU", "located_in": "place:khasan"},
    # The seeds' gold id for the tank and armoured-vehicle factory in Panghyon, Kusong.
    "fac:kusong-tank": {"kind": "facility", "name": "Kusong tank and armored vehicle factory", "country": "KP",
                        "admin1": "KP-03", "located_in": "place:panghyon"},
}


def report(id, published, outlet, text, mentions, timexes, events, lang="ko", counterpart=None, unscored=(),
           ignore=()):
    R.append(dict(id=id, published=published, outlet=outlet, text=text, mentions=mentions, timexes=timexes,
                  events=events, lang=lang, counterpart=counterpart, unscored=list(unscored), ignore=list(ignore)))


def ev(type, evidence, when=None, where=(), actors=(), facilities=(), attribution="outlet", modality="asserted",
       h=None, sources=1):
    return dict(type=type, evidence=list(evidence), when=when, where=list(where), actors=list(actors),
                facilities=list(facilities), attribution=attribution, modality=modality,
                happening=f"dev3-h{h:02d}", independent_sources=sources)


def P(s, i):
    return (s, "place", i)


def O(s, i):
    return (s, "organization", i)


def F(s, i):
    return (s, "facility", i)


def PER(s, i):
    return (s, "person", i)


KP, RU, CN, KR, US = "country:KP", "country:RU", "country:CN", "country:KR", "country:US"
KJU = "person:kim-jong-un"
NK = P("북한", KP)
NK_HANJA = P("北", KP)
ADV, INS, INT, SM, GOV, OTH = "outlet", "anonymous_insider", "intelligence_agency", "state_media", "government_official", "other"
ASS, EST, PRED, RUM = "asserted", "estimated", "predicted", "rumored"
BOTH_AE = [ASS, EST]

# --- h01-h06: a production order to Chagang's munitions factories, from two insider origins ---------------

report("ko-dev3-001", "2025-03-18", "데일리NK",
       "北 제2경제위, 자강도 군수공장에 방사포탄 추가 생산 과제 하달\n"
       "북한 제2경제위원회가 이달 초 자강도 강계시의 제26호 공장을 비롯한 도내 주요 군수공장들에 240mm 방사포탄 "
       "추가 생산 과제를 내려보낸 것으로 확인됐다.\n"
       "데일리NK 자강도 소식통은 17일 \"위(중앙)에서 상반기 안으로 기존 계획보다 30% 많은 방사포탄을 뽑으라는 과제가 "
       "떨어졌다\"며 \"공장마다 3교대로 기대를 세우지 않고 돌려 하루 200발 넘게 뽑아낸다\"고 전했다.\n"
       "소식통에 따르면 공장 측은 지난달 말부터 노동자들의 퇴근을 사실상 막고 정문 출입을 초소에서 일일이 확인하는 등 "
       "통제를 부쩍 조이고 있다.\n"
       "그는 \"과제를 제때 못 하면 지배인과 당비서부터 철직시키겠다는 엄포까지 내려왔다\"고 덧붙였다.\n"
       "자강도는 강계와 희천, 만포 등지에 군수공장이 밀집해 있어 외부인의 출입이 엄격히 제한되는 지역이다.\n"
       "강미진 기자",
       [NK_HANJA, NK, O("제2경제위원회", "org:sec"), O("제2경제위", "org:sec"), P("자강도", "place:chagang"),
        P("강계시", "place:kanggye"), P("강계", "place:kanggye"), F("제26호 공장", "fac:kanggye-tractor"),
        P("희천", "place:huichon"), P("만포", "place:manpo")],
       [("이달 초", "DATE", "2025-03"), ("17일", "DATE", "2025-03-17"), ("상반기", "DATE", "2025-H1"),
        ("하루", "SET", "P1D"), ("지난달 말", "DATE", "2025-02")],
       [ev("PRODUCTION_ORDER", ["北 제2경제위, 자강도 군수공장에 방사포탄 추가 생산 과제 하달",
                                "제2경제위원회가 이달 초 자강도 강계시의 제26호 공장을 비롯한 도내 주요 군수공장들에 240mm 방사포탄 "
                                "추가 생산 과제를 내려보낸 것으로 확인됐다",
                                "위(중앙)에서 상반기 안으로 기존 계획보다 30% 많은 방사포탄을 뽑으라는 과제가 떨어졌다"],
           "2025-03", ["place:chagang", "place:kanggye"], ["org:sec"], ["fac:kanggye-tractor"], [ADV, INS], ASS, h=1, sources=2),
        ev("PRODUCTION_ACTIVITY", ["공장마다 3교대로 기대를 세우지 않고 돌려 하루 200발 넘게 뽑아낸다"], None, ["place:chagang"], [], [],
           INS, ASS, h=2, sources=2),
        ev("SECURITY_MEASURE", ["공장 측은 지난달 말부터 노동자들의 퇴근을 사실상 막고 정문 출입을 초소에서 일일이 확인하는 등 "
                                "통제를 부쩍 조이고 있다"], "2025-02", ["place:chagang"], [], [], INS, ASS, h=3),
        ev("PERSONNEL", ["과제를 제때 못 하면 지배인과 당비서부터 철직시키겠다는 엄포까지 내려왔다"], None, [], [], [], INS, ASS, h=4)],
       counterpart="en-dev3-001", unscored=["강미진 기자"], ignore=["데일리NK"])
report("en-dev3-001", "2025-03-18", "Daily NK",
       "North Korea's Second Economic Committee handed down an additional production quota for 240mm multiple rocket "
       "launcher shells to major munitions factories in Chagang Province, including Factory No. 26 in Kanggye, at the "
       "beginning of this month, Daily NK has confirmed.\n"
       "\"The center ordered us to turn out 30% more rocket shells than originally planned by the end of the first half,\" "
       "a source in Chagang Province told Daily NK on Monday, adding that \"every factory is running its machines in three "
       "shifts without ever stopping them and turns out more than 200 shells a day.\"\n"
       "Since late last month, the factories have effectively stopped workers from going home and check everyone at the "
       "main gate, the source said.\n"
       "\"Word came down that the manager and the party secretary will be the first to be dismissed if the quota is not met "
       "on time,\" he added.\n"
       "By Kang Mi-jin",
       [P("North Korea", KP), O("Second Economic Committee", "org:sec"), P("Chagang Province", "place:chagang"),
        F("Factory No. 26", "fac:kanggye-tractor"), P("Kanggye", "place:kanggye")],
       [("the beginning of this month", "DATE", "2025-03"), ("the end of the first half", "DATE", "2025-H1"),
        ("Monday", "DATE", "2025-03-17"), ("a day", "SET", "P1D"), ("late last month", "DATE", "2025-02")],
       [ev("PRODUCTION_ORDER", ["Second Economic Committee handed down an additional production quota for 240mm multiple "
                                "rocket launcher shells to major munitions factories in Chagang Province",
                                "The center ordered us to turn out 30% more rocket shells than originally planned"],
           "2025-03", ["place:chagang", "place:kanggye"], ["org:sec"], ["fac:kanggye-tractor"], [ADV, INS], ASS, h=1, sources=2),
        ev("PRODUCTION_ACTIVITY", ["every factory is running its machines in three shifts without ever stopping them and turns out more than 200 shells a day"], None,
           ["place:chagang"], [], [], INS, ASS, h=2, sources=2),
        ev("SECURITY_MEASURE", ["the factories have effectively stopped workers from going home and check everyone at the main gate"],
           "2025-02", ["place:chagang"], [], [], INS, ASS, h=3),
        ev("PERSONNEL", ["the manager and the party secretary will be the first to be dismissed if the quota is not met on time"],
           None, [], [], [], INS, ASS, h=4)],
       lang="en", counterpart="ko-dev3-001", unscored=["By Kang Mi-jin"], ignore=["Daily NK"])

report("ko-dev3-002", "2025-03-21", "자유아시아방송",
       "앵커: 북한 자강도의 군수공장들이 중앙의 지시로 포탄 생산량을 크게 늘리고 있다는 소식입니다. 서울에서 박정우 기자가 보도합니다.\n"
       "자강도의 한 주민 소식통은 19일 자유아시아방송(RFA)에 \"지난 4일 중앙에서 내려온 지시문에 따라 강계와 만포의 군수공장들이 "
       "올해 포탄 생산량을 작년의 두 배로 끌어올리라는 과업을 받았다\"고 밝혔습니다.\n"
       "소식통은 \"공장들에서는 요즘 하루 24시간 기계를 세우지 않고 있으며, 로동자들은 2교대로 12시간씩 일한다\"고 전했습니다.\n"
       "그는 \"생산된 포탄 상자들이 밤마다 화물차에 실려 어디론가 나가는데, 로씨야로 간다는 말이 돌고 있다\"고 말했습니다.\n"
       "한편 자강도 강계시 당국은 이달 중순부터 외지인의 시내 출입을 통제하고 숙박 검열을 강화한 것으로 전해졌습니다.\n"
       "자유아시아방송 박정우입니다.",
       [NK, P("자강도", "place:chagang"), P("강계시", "place:kanggye"), P("강계", "place:kanggye"), P("만포", "place:manpo"),
        P("로씨야", RU)],
       [("19일", "DATE", "2025-03-19"), ("지난 4일", "DATE", "2025-03-04"), ("올해", "DATE", "2025"), ("작년", "DATE", "2024"),
        ("12시간", "DURATION", "PT12H"), ("이달 중순", "DATE", "2025-03")],
       [ev("PRODUCTION_ORDER", ["북한 자강도의 군수공장들이 중앙의 지시로 포탄 생산량을 크게 늘리고 있다는 소식입니다",
                                "지난 4일 중앙에서 내려온 지시문에 따라 강계와 만포의 군수공장들이 올해 포탄 생산량을 작년의 두 배로 "
                                "끌어올리라는 과업을 받았다"],
           "2025-03-04", ["place:chagang", "place:kanggye", "place:manpo"], [], [], INS, ASS, h=1, sources=2),
        ev("PRODUCTION_ACTIVITY", ["공장들에서는 요즘 하루 24시간 기계를 세우지 않고 있으며, 로동자들은 2교대로 12시간씩 일한다"],
           None, ["place:kanggye", "place:manpo"], [], [], INS, ASS, h=2, sources=2),
        ev("TRANSFER", ["생산된 포탄 상자들이 밤마다 화물차에 실려 어디론가 나가는데, 로씨야로 간다는 말이 돌고 있다"], None, [],
           [KP, RU], [], INS, RUM, h=5),
        ev("SECURITY_MEASURE", ["자강도 강계시 당국은 이달 중순부터 외지인의 시내 출입을 통제하고 숙박 검열을 강화한 것으로 전해졌습니다"],
           "2025-03", ["place:chagang", "place:kanggye"], [], [], [ADV, INS], EST, h=6)],
       unscored=["서울에서 박정우 기자가 보도합니다.", "자유아시아방송 박정우입니다."],
       ignore=["자유아시아방송", "RFA", "요즘", "하루 24시간", "밤마다"])

# --- h07-h10, h81: KCNA on a field guidance at Ryongsong, and an agency relaying it (one origin) ----------

report("ko-dev3-003", "2025-05-09", "조선중앙통신",
       "경애하는 김정은동지께서 룡성기계련합기업소를 현지지도하시였다\n"
       "(평양 5월 9일발 조선중앙통신)\n"
       "조선로동당 총비서이시며 조선민주주의인민공화국 국무위원장이신 경애하는 김정은동지께서 5월 7일 룡성기계련합기업소를 "
       "현지지도하시였다.\n"
       "김정은동지께서는 여러 직장을 돌아보시면서 생산실태를 구체적으로 료해하시였다.\n"
       "기업소에서는 올해 1.4분기 기계설비생산계획을 137%로 넘쳐 수행하였으며 주요 부분품 생산능력이 지난해의 1.5배로 "
       "장성하였다고 보고드리였다.\n"
       "김정은동지께서는 기업소가 현대화의 다음 단계를 올해 안으로 끝내고 생산능력을 더욱 확대하여 나라의 국방공업을 힘있게 "
       "떠밀어줄데 대한 과업을 제시하시였다.\n"
       "김정은동지께서는 또한 로동자들의 생활조건을 개선하기 위하여 기업소 살림집건설을 다그칠데 대하여 지시하시였다.\n"
       "현지지도에는 조선로동당 중앙위원회 비서 조춘룡동지가 동행하였다.",
       [PER("김정은", KJU), F("룡성기계련합기업소", "fac:ryongsong-machine"), O("조선로동당 중앙위원회", "org:wpk-cc"),
        O("조선로동당", "org:wpk"), P("조선민주주의인민공화국", KP), PER("조춘룡", "person:jo-chun-ryong")],
       [("5월 7일", "DATE", "2025-05-07"), ("올해 1.4분기", "DATE", "2025-Q1"), ("지난해", "DATE", "2024"),
        ("올해 안", "DATE", "2025")],
       [ev("INSPECTION", ["경애하는 김정은동지께서 룡성기계련합기업소를 현지지도하시였다",
                          "국무위원장이신 경애하는 김정은동지께서 5월 7일 룡성기계련합기업소를 현지지도하시였다",
                          "여러 직장을 돌아보시면서 생산실태를 구체적으로 료해하시였다"],
           "2025-05-07", [], [KJU], ["fac:ryongsong-machine"], SM, ASS, h=7),
        ev("PRODUCTION_ACTIVITY", ["기업소에서는 올해 1.4분기 기계설비생산계획을 137%로 넘쳐 수행하였으며 주요 부분품 생산능력이 "
                                   "지난해의 1.5배로 장성하였다고 보고드리였다"],
           "2025-Q1", [], [], ["fac:ryongsong-machine"], SM, ASS, h=8),
        ev("PRODUCTION_ORDER", ["기업소가 현대화의 다음 단계를 올해 안으로 끝내고 생산능력을 더욱 확대하여 나라의 국방공업을 힘있게 "
                                "떠밀어줄데 대한 과업을 제시하시였다"],
           "2025", [], [KJU], ["fac:ryongsong-machine"], SM, ASS, h=9),
        ev("OTHER_DIRECTIVE", ["로동자들의 생활조건을 개선하기 위하여 기업소 살림집건설을 다그칠데 대하여 지시하시였다"], None, [],
           [KJU], ["fac:ryongsong-machine"], SM, ASS, h=81)],
       unscored=["(평양 5월 9일발 조선중앙통신)"])

report("ko-dev3-004", "2025-05-09", "연합뉴스",
       "김정은, 함흥 용성기계연합기업소 현지지도…\"생산능력 더 늘려라\"\n"
       "(서울=연합뉴스) 김하늘 기자 = 김정은 북한 노동당 총비서 겸 국무위원장이 함경남도 함흥의 용성기계연합기업소를 찾아 "
       "생산 현황을 점검했다고 조선중앙통신이 9일 보도했다.\n"
       "통신에 따르면 김 위원장은 지난 7일 기업소 여러 작업장을 둘러봤으며, 현대화를 연내에 마무리하고 생산능력을 확대하라고 "
       "주문했다.\n"
       "기업소 측은 1분기 생산계획을 137% 달성했다고 보고한 것으로 전해졌다.\n"
       "용성기계연합기업소는 대형 압축기와 발전설비 등을 만드는 북한의 대표적 기계공장이지만, 일부 작업장에서는 탄도미사일 부품을 "
       "생산하는 것으로 추정된다.\n"
       "이번 현지지도에는 조춘룡 당 비서가 동행했다.\n"
       "통일부 당국자는 \"군수 분야 실적을 부각해 내부 결속을 꾀하려는 것으로 보인다\"고 말했다.",
       [PER("김정은", KJU), NK, O("노동당", "org:wpk"), P("함경남도", "place:shamgyong"), P("함흥", "place:hamhung"),
        F("용성기계연합기업소", "fac:ryongsong-machine"), O("조선중앙통신", "org:kcna"), PER("조춘룡", "person:jo-chun-ryong"),
        O("통일부", "org:rok-mou")],
       [("9일", "DATE", "2025-05-09"), ("지난 7일", "DATE", "2025-05-07"), ("연내", "DATE", "2025"), ("1분기", "DATE", "2025-Q1")],
       [ev("INSPECTION", ["김정은, 함흥 용성기계연합기업소 현지지도",
                          "김정은 북한 노동당 총비서 겸 국무위원장이 함경남도 함흥의 용성기계연합기업소를 찾아 생산 현황을 점검했다고 "
                          "조선중앙통신이 9일 보도했다",
                          "김 위원장은 지난 7일 기업소 여러 작업장을 둘러봤으며"],
           "2025-05-07", ["place:shamgyong", "place:hamhung"], [KJU], ["fac:ryongsong-machine"], SM, ASS, h=7),
        ev("PRODUCTION_ORDER", ["\"생산능력 더 늘려라\"", "현대화를 연내에 마무리하고 생산능력을 확대하라고 주문했다"], "2025",
           [], [KJU], ["fac:ryongsong-machine"], SM, ASS, h=9),
        ev("PRODUCTION_ACTIVITY", ["기업소 측은 1분기 생산계획을 137% 달성했다고 보고한 것으로 전해졌다"], "2025-Q1", [], [],
           ["fac:ryongsong-machine"], SM, BOTH_AE, h=8),
        ev("PRODUCTION_ACTIVITY", ["일부 작업장에서는 탄도미사일 부품을 생산하는 것으로 추정된다"], None, [], [],
           ["fac:ryongsong-machine"], ADV, EST, h=10)],
       counterpart="en-dev3-002", unscored=["(서울=연합뉴스) 김하늘 기자 = "])
report("en-dev3-002", "2025-05-09", "Yonhap",
       "North Korean leader Kim Jong Un inspected the Ryongsong Machine Complex in Hamhung, South Hamgyong Province, the "
       "Korean Central News Agency reported Friday.\n"
       "During the visit on Wednesday, Kim toured several workshops and ordered the complex to finish its modernization "
       "within the year and expand production capacity, KCNA said.\n"
       "The complex reported that it had carried out 137 percent of its first-quarter production plan.\n"
       "The complex, one of the country's largest machine plants, is believed to produce ballistic missile parts in some of "
       "its workshops.\n"
       "Jo Chun Ryong, a secretary of the ruling Workers' Party, accompanied Kim.\n"
       "(END)",
       [PER("Kim Jong Un", KJU), PER("Kim", KJU), F("Ryongsong Machine Complex", "fac:ryongsong-machine"),
        P("Hamhung", "place:hamhung"), P("South Hamgyong Province", "place:shamgyong"),
        O("Korean Central News Agency", "org:kcna"), O("KCNA", "org:kcna"), PER("Jo Chun Ryong", "person:jo-chun-ryong"),
        O("Workers' Party", "org:wpk")],
       [("Friday", "DATE", "2025-05-09"), ("Wednesday", "DATE", "2025-05-07"), ("the year", "DATE", "2025"),
        ("first-quarter", "DATE", "2025-Q1")],
       [ev("INSPECTION", ["Kim Jong Un inspected the Ryongsong Machine Complex in Hamhung",
                          "During the visit on Wednesday, Kim toured several workshops"],
           "2025-05-07", ["place:hamhung", "place:shamgyong"], [KJU], ["fac:ryongsong-machine"], SM, ASS, h=7),
        ev("PRODUCTION_ORDER", ["ordered the complex to finish its modernization within the year and expand production capacity"],
           "2025", [], [KJU], ["fac:ryongsong-machine"], SM, ASS, h=9),
        ev("PRODUCTION_ACTIVITY", ["The complex reported that it had carried out 137 percent of its first-quarter production plan"],
           "2025-Q1", [], [], ["fac:ryongsong-machine"], SM, ASS, h=8),
        ev("PRODUCTION_ACTIVITY", ["is believed to produce ballistic missile parts in some of its workshops"], None, [], [],
           ["fac:ryongsong-machine"], ADV, EST, h=10)],
       lang="en", counterpart="ko-dev3-004", unscored=["(END)"], ignore=["North Korean"])

# --- h11-h17, h79: arms shipments through Rajin; the NIS briefing (relayed by three reports) and 38 North ---

report("ko-dev3-005", "2025-06-25", "연합뉴스",
       "국정원 \"北, 상반기 라진항 통해 러시아에 컨테이너 4천개 분량 무기 보내\"\n"
       "(서울=연합뉴스) 이지원 기자 = 국가정보원은 25일 북한이 올해 들어 라선시 라진항을 거쳐 러시아로 컨테이너 약 4천개 분량의 "
       "포탄과 탄도미사일을 보낸 것으로 파악했다고 밝혔다.\n"
       "국회 정보위원회 여당 간사인 윤재형 의원은 이날 국정원 업무보고를 받은 뒤 기자들과 만나 \"반출된 포탄은 1천만 발을 웃도는 "
       "것으로 추산된다\"고 전했다.\n"
       "윤 의원은 \"국정원은 김정은 국무위원장이 하반기 중 러시아를 방문할 가능성이 크다고 보고 있다\"고 덧붙였다.\n"
       "국정원은 또 북한이 동창리 서해위성발사장에서 새 발사대 공사를 마무리 단계까지 진척시킨 것으로 보인다며, 이르면 다음 달 "
       "정찰위성을 다시 쏘아 올릴 수 있다고 내다봤다.",
       [O("국가정보원", "org:rok-nis"), O("국정원", "org:rok-nis"), NK_HANJA, NK, P("라선시", "place:rason"),
        F("라진항", "fac:rajin-port"), P("러시아", RU), O("국회 정보위원회", "org:rok-na-intel"),
        PER("윤재형", "person:yun-jae-hyong"), PER("김정은", KJU), P("동창리", "place:tongchang-ri"),
        F("서해위성발사장", "fac:sohae")],
       [("상반기", "DATE", "2025-H1"), ("25일", "DATE", "2025-06-25"), ("올해", "DATE", "2025"), ("이날", "DATE", "2025-06-25"),
        ("하반기", "DATE", "2025-H2"), ("다음 달", "DATE", "2025-07")],
       [ev("TRANSFER", ["北, 상반기 라진항 통해 러시아에 컨테이너 4천개 분량 무기 보내",
                        "국가정보원은 25일 북한이 올해 들어 라선시 라진항을 거쳐 러시아로 컨테이너 약 4천개 분량의 포탄과 탄도미사일을 "
                        "보낸 것으로 파악했다고 밝혔다",
                        "반출된 포탄은 1천만 발을 웃도는 것으로 추산된다"],
           "2025", ["place:rason"], [KP, RU], ["fac:rajin-port"], INT, BOTH_AE, h=11, sources=2),
        ev("LEADER_TRAVEL", ["국정원은 김정은 국무위원장이 하반기 중 러시아를 방문할 가능성이 크다고 보고 있다"], "2025-H2", [RU],
           [KJU], [], INT, PRED, h=12),
        ev("FACILITY_STATUS", ["북한이 동창리 서해위성발사장에서 새 발사대 공사를 마무리 단계까지 진척시킨 것으로 보인다며"], None,
           ["place:tongchang-ri"], [], ["fac:sohae"], INT, EST, h=13),
        ev("WEAPONS_TEST", ["이르면 다음 달 정찰위성을 다시 쏘아 올릴 수 있다고 내다봤다"], "2025-07", [], [KP], ["fac:sohae"],
           INT, PRED, h=14)],
       counterpart="en-dev3-003", unscored=["(서울=연합뉴스) 이지원 기자 = "])
report("en-dev3-003", "2025-06-25", "Yonhap",
       "North Korea has sent about 4,000 containers' worth of artillery shells and ballistic missiles to Russia through "
       "Rajin Port in Rason this year, the National Intelligence Service said Wednesday.\n"
       "The shells shipped are estimated at more than 10 million rounds, Rep. Yun Jae-hyong, the ruling party's senior "
       "member on the National Assembly Intelligence Committee, told reporters after the briefing.\n"
       "The spy agency believes leader Kim Jong Un is likely to visit Russia in the second half of the year, Yun added.\n"
       "The NIS also said work on a new launch pad at the Sohae Satellite Launching Station in Tongchang-ri appears to be "
       "nearly finished, and that North Korea could launch a reconnaissance satellite again as early as next month.\n"
       "(END)",
       [P("North Korea", KP), P("Russia", RU), F("Rajin Port", "fac:rajin-port"), P("Rason", "place:rason"),
        O("National Intelligence Service", "org:rok-nis"), O("NIS", "org:rok-nis"), PER("Yun Jae-hyong", "person:yun-jae-hyong"),
        PER("Yun", "person:yun-jae-hyong"), O("National Assembly Intelligence Committee", "org:rok-na-intel"),
        PER("Kim Jong Un", KJU), F("Sohae Satellite Launching Station", "fac:sohae"), P("Tongchang-ri", "place:tongchang-ri")],
       [("this year", "DATE", "2025"), ("Wednesday", "DATE", "2025-06-25"), ("the second half of the year", "DATE", "2025-H2"),
        ("next month", "DATE", "2025-07")],
       [ev("TRANSFER", ["North Korea has sent about 4,000 containers' worth of artillery shells and ballistic missiles to Russia",
                        "The shells shipped are estimated at more than 10 million rounds"],
           "2025", ["place:rason"], [KP, RU], ["fac:rajin-port"], INT, BOTH_AE, h=11, sources=2),
        ev("LEADER_TRAVEL", ["leader Kim Jong Un is likely to visit Russia in the second half of the year"], "2025-H2", [RU],
           [KJU], [], INT, PRED, h=12),
        ev("FACILITY_STATUS", ["work on a new launch pad at the Sohae Satellite Launching Station in Tongchang-ri appears to be nearly finished"],
           None, ["place:tongchang-ri"], [], ["fac:sohae"], INT, EST, h=13),
        ev("WEAPONS_TEST", ["North Korea could launch a reconnaissance satellite again as early as next month"], "2025-07", [],
           [KP], ["fac:sohae"], INT, PRED, h=14)],
       lang="en", counterpart="ko-dev3-005", unscored=["(END)"])

report("ko-dev3-006", "2025-06-26", "동아일보",
       "정보위 \"北 무기 실은 러시아 선박, 라진항 20여 차례 드나들어\"\n"
       "북한이 올해 상반기 러시아에 보낸 포탄과 미사일이 컨테이너 4000여 개 분량에 이른다는 국가정보원 분석이 나왔다.\n"
       "25일 국회 정보위원회 전체회의에 참석한 복수의 의원에 따르면 국정원은 \"1월부터 6월 초까지 러시아 화물선이 라진항에 "
       "20여 차례 입항해 무기를 싣고 나갔다\"고 보고했다.\n"
       "국정원은 북한이 그 대가로 러시아로부터 방공 장비와 정찰위성 기술을 넘겨받고 있는 것으로 분석했다.\n"
       "양측이 지난해 말 포탄 공급 물량을 늘리는 별도 계약을 맺은 정황도 포착됐다고 국정원은 밝혔다.\n"
       "국정원은 김정은 국무위원장의 방러 가능성도 거론한 것으로 알려졌다.\n"
       "한편 북한 외무성은 이런 보도가 나올 때마다 '날조'라며 무기 거래 사실을 전면 부인해 왔다.\n"
       "신유진 기자 yjshin@donga.com",
       [O("정보위", "org:rok-na-intel"), NK_HANJA, NK, P("러시아", RU), F("라진항", "fac:rajin-port"),
        O("국가정보원", "org:rok-nis"), O("국회 정보위원회", "org:rok-na-intel"), O("국정원", "org:rok-nis"),
        PER("김정은", KJU), O("외무성", "org:kp-mfa")],
       [("올해 상반기", "DATE", "2025-H1"), ("25일", "DATE", "2025-06-25"), ("1월", "DATE", "2025-01"), ("6월 초", "DATE", "2025-06"),
        ("지난해 말", "DATE", "2024")],
       [ev("TRANSFER", ["北 무기 실은 러시아 선박, 라진항 20여 차례 드나들어",
                        "북한이 올해 상반기 러시아에 보낸 포탄과 미사일이 컨테이너 4000여 개 분량에 이른다는 국가정보원 분석이 나왔다",
                        "1월부터 6월 초까지 러시아 화물선이 라진항에 20여 차례 입항해 무기를 싣고 나갔다"],
           "2025-H1", [], [KP, RU], ["fac:rajin-port"], INT, ASS, h=11, sources=2),
        ev("TRANSFER", ["북한이 그 대가로 러시아로부터 방공 장비와 정찰위성 기술을 넘겨받고 있는 것으로 분석했다"], None, [],
           [RU, KP], [], INT, EST, h=15, sources=2),
        ev("AGREEMENT", ["양측이 지난해 말 포탄 공급 물량을 늘리는 별도 계약을 맺은 정황도 포착됐다고 국정원은 밝혔다"], "2024", [],
           [KP, RU], [], INT, BOTH_AE, h=79),
        ev("LEADER_TRAVEL", ["국정원은 김정은 국무위원장의 방러 가능성도 거론한 것으로 알려졌다"], None, [RU], [KJU], [], INT, PRED,
           h=12)],
       unscored=["신유진 기자 yjshin@donga.com"], ignore=["방러"])

report("ko-dev3-007", "2025-06-12", "뉴스1",
       "38노스 \"라진항 부두에 컨테이너 2600여개…러시아 화물선 잇따라 입항\"\n"
       "미국의 북한 전문매체 38노스는 11일(현지시간) 상업위성사진을 분석한 결과 지난 4월부터 두 달 동안 라진항 부두에 쌓인 "
       "컨테이너가 약 2600개로 늘었다가 러시아 선박에 차례로 실려 나간 것으로 보인다고 밝혔다.\n"
       "38노스는 이 가운데 상당수가 포탄 등 군수품을 담은 것으로 추정했으나, 정확한 내용물은 위성사진으로 확인할 수 없다고 "
       "덧붙였다.\n"
       "부두 북쪽에서는 올해 초 착공한 대형 창고 2동이 지난달 말 완공된 모습도 포착됐다.\n"
       "38노스는 \"선박 입항 빈도로 볼 때 이 같은 반출은 하반기에도 이어질 전망\"이라고 밝혔다.",
       [O("38노스", "org:38north"), F("라진항", "fac:rajin-port"), P("러시아", RU), P("미국", US), NK],
       [("11일", "DATE", "2025-06-11"), ("지난 4월", "DATE", "2025-04"), ("두 달", "DURATION", "P2M"), ("올해 초", "DATE", "2025"),
        ("지난달 말", "DATE", "2025-05"), ("하반기", "DATE", "2025-H2")],
       [ev("TRANSFER", ["라진항 부두에 컨테이너 2600여개…러시아 화물선 잇따라 입항",
                        "지난 4월부터 두 달 동안 라진항 부두에 쌓인 컨테이너가 약 2600개로 늘었다가 러시아 선박에 차례로 실려 나간 "
                        "것으로 보인다고 밝혔다",
                        "38노스는 이 가운데 상당수가 포탄 등 군수품을 담은 것으로 추정했으나"],
           "2025-04", [], [KP, RU], ["fac:rajin-port"], OTH, EST, h=11, sources=2),
        ev("FACILITY_STATUS", ["부두 북쪽에서는 올해 초 착공한 대형 창고 2동이 지난달 말 완공된 모습도 포착됐다"], "2025-05", [], [],
           ["fac:rajin-port"], OTH, ASS, h=16),
        ev("TRANSFER", ["선박 입항 빈도로 볼 때 이 같은 반출은 하반기에도 이어질 전망"], "2025-H2", [], [KP, RU], ["fac:rajin-port"],
           OTH, PRED, h=17)])

report("ko-dev3-008", "2025-06-28", "조선중앙통신",
       "조선민주주의인민공화국 외무성 대변인 조선중앙통신사 기자의 질문에 대답\n"
       "(평양 6월 28일발 조선중앙통신)\n"
       "조선민주주의인민공화국 외무성 대변인은 괴뢰한국의 정보원이 이른바 《무기거래》설을 또다시 떠벌인것과 관련하여 "
       "조선중앙통신사 기자가 제기한 질문에 다음과 같이 대답하였다.\n"
       "지난 25일 괴뢰정보원은 국회라는데서 우리가 라진항을 통해 로씨야에 수천개의 콘테이너분의 포탄을 넘겨주었다는 "
       "황당무계한 날조자료를 내돌리였다.\n"
       "우리는 로씨야련방에 그 어떤 무기도 수출한적이 없으며 앞으로도 그러할것이다.\n"
       "조로 두 나라사이의 정상적인 협력관계를 헐뜯으려는 적대세력들의 모략소동은 절대로 용납될수 없다.\n"
       "대변인은 미국과 괴뢰들이 다음달 벌리려는 대규모합동군사연습이야말로 조선반도정세를 격화시키는 주범이라고 주장하였다.",
       [P("조선민주주의인민공화국", KP), O("외무성", "org:kp-mfa"), P("괴뢰한국", KR), O("괴뢰정보원", "org:rok-nis"),
        O("정보원", "org:rok-nis"), O("국회", "org:rok-na"), F("라진항", "fac:rajin-port"), P("로씨야련방", RU),
        P("로씨야", RU), P("미국", US)],
       [("지난 25일", "DATE", "2025-06-25"), ("다음달", "DATE", "2025-07")],
       [],
       unscored=["(평양 6월 28일발 조선중앙통신)"], ignore=["조선중앙통신사", "조로", "조선반도"])

# --- h18-h20: a missile launch seen by the JCS and announced by KCNA (two origins) --------------------------

report("ko-dev3-009", "2025-08-14", "연합뉴스",
       "北, 동해상으로 탄도미사일 2발 발사…합참 \"비행거리 약 600㎞\"\n"
       "(서울=연합뉴스) 최민혁 기자 = 북한이 14일 평안북도 구성 일대에서 동해상으로 단거리탄도미사일(SRBM) 2발을 쐈다고 "
       "합동참모본부가 밝혔다.\n"
       "합참에 따르면 미사일은 오전 7시 20분께와 7시 34분께 차례로 발사돼 약 600㎞를 날아간 뒤 동해상에 떨어졌다.\n"
       "군 당국은 미사일의 정확한 기종과 제원을 분석 중이다.\n"
       "북한의 탄도미사일 발사는 지난달 28일 이후 17일 만이다.\n"
       "군 안팎에서는 이번 발사가 이달 하순 시작되는 한미연합연습을 겨냥한 무력시위라는 분석이 나온다.",
       [NK_HANJA, NK, P("동해", "place:east-sea"), P("평안북도", "place:npyongan"), P("구성", "place:kusong"),
        O("합동참모본부", "org:rok-jcs"), O("합참", "org:rok-jcs")],
       [("14일", "DATE", "2025-08-14"), ("오전 7시 20분", "TIME", "2025-08-14T07:20"), ("7시 34분", "TIME", "2025-08-14T07:34"),
        ("지난달 28일", "DATE", "2025-07-28"), ("17일", "DURATION", "P17D"), ("이달 하순", "DATE", "2025-08")],
       [ev("WEAPONS_TEST", ["北, 동해상으로 탄도미사일 2발 발사",
                            "북한이 14일 평안북도 구성 일대에서 동해상으로 단거리탄도미사일(SRBM) 2발을 쐈다고 합동참모본부가 밝혔다",
                            "미사일은 오전 7시 20분께와 7시 34분께 차례로 발사돼 약 600㎞를 날아간 뒤 동해상에 떨어졌다"],
           "2025-08-14", ["place:npyongan", "place:kusong", "place:east-sea"], [KP], [], GOV, ASS, h=18, sources=2),
        ev("WEAPONS_TEST", ["북한의 탄도미사일 발사는 지난달 28일 이후 17일 만이다"], "2025-07-28", [], [KP], [], ADV, ASS, h=19)],
       counterpart="en-dev3-004", unscored=["(서울=연합뉴스) 최민혁 기자 = "])
report("en-dev3-004", "2025-08-14", "Yonhap",
       "North Korea fired two short-range ballistic missiles into the East Sea from the Kusong area of North Pyongan Province "
       "on Thursday, South Korea's Joint Chiefs of Staff (JCS) said.\n"
       "The missiles were launched at around 7:20 a.m. and 7:34 a.m. and flew about 600 kilometers, according to the JCS.\n"
       "The launch came 17 days after North Korea last fired ballistic missiles, on July 28.\n"
       "(END)",
       [P("North Korea", KP), P("East Sea", "place:east-sea"), P("Kusong", "place:kusong"),
        P("North Pyongan Province", "place:npyongan"), P("South Korea", KR), O("Joint Chiefs of Staff", "org:rok-jcs"),
        O("JCS", "org:rok-jcs")],
       [("Thursday", "DATE", "2025-08-14"), ("7:20 a.m.", "TIME", "2025-08-14T07:20"), ("7:34 a.m.", "TIME", "2025-08-14T07:34"),
        ("17 days", "DURATION", "P17D"), ("July 28", "DATE", "2025-07-28")],
       [ev("WEAPONS_TEST", ["North Korea fired two short-range ballistic missiles into the East Sea from the Kusong area",
                            "The missiles were launched at around 7:20 a.m. and 7:34 a.m. and flew about 600 kilometers"],
           "2025-08-14", ["place:npyongan", "place:kusong", "place:east-sea"], [KP], [], GOV, ASS, h=18, sources=2),
        ev("WEAPONS_TEST", ["North Korea last fired ballistic missiles, on July 28"], "2025-07-28", [], [KP], [], ADV, ASS, h=19)],
       lang="en", counterpart="ko-dev3-009", unscored=["(END)"])

report("ko-dev3-010", "2025-08-15", "조선중앙통신",
       "미싸일총국 신형전술탄도미싸일 시험사격 진행\n"
       "(평양 8월 15일발 조선중앙통신)\n"
       "미싸일총국은 8월 14일 새로 개발한 전술탄도미싸일의 정확도와 기동성능을 확증하기 위한 시험사격을 진행하였다.\n"
       "발사된 미싸일들은 조선동해상의 설정된 목표섬을 정확히 타격하였다.\n"
       "경애하는 김정은동지께서 시험사격을 참관하시였다.\n"
       "김정은동지께서는 국방과학원과 미싸일총국이 이룩한 성과를 높이 평가하시고 새 무기체계를 부대들에 실전배비하기 위한 "
       "련속적인 생산을 조직할데 대한 과업을 제시하시였다.",
       [O("미싸일총국", "org:missile-admin"), P("조선동해", "place:east-sea"), PER("김정은", KJU), O("국방과학원", "org:ads")],
       [("8월 14일", "DATE", "2025-08-14")],
       [ev("WEAPONS_TEST", ["미싸일총국 신형전술탄도미싸일 시험사격 진행",
                            "미싸일총국은 8월 14일 새로 개발한 전술탄도미싸일의 정확도와 기동성능을 확증하기 위한 시험사격을 진행하였다",
                            "발사된 미싸일들은 조선동해상의 설정된 목표섬을 정확히 타격하였다",
                            "경애하는 김정은동지께서 시험사격을 참관하시였다"],
           "2025-08-14", ["place:east-sea"], ["org:missile-admin", KJU], [], SM, ASS, h=18, sources=2),
        ev("PRODUCTION_ORDER", ["새 무기체계를 부대들에 실전배비하기 위한 련속적인 생산을 조직할데 대한 과업을 제시하시였다"], None, [],
           [KJU], [], SM, ASS, h=20)],
       unscored=["(평양 8월 15일발 조선중앙통신)"])

# --- h21-h24: gunpowder stolen from Munitions Factory 71, from two insider origins with different counts -----

report("ko-dev3-011", "2025-04-03", "데일리NK",
       "평안북도 태천의 제71호 군수공장에서 지난 29일 화약 수십 kg이 외부로 빼돌려졌다가 적발되는 사건이 일어난 것으로 "
       "알려졌다.\n"
       "평안북도 소식통은 2일 데일리NK에 \"공장 로동자 세명이 포장작업장에서 화약을 조금씩 몰래 빼내 장마당 밀매꾼들에게 "
       "넘겨오다가 보위부에 걸렸다\"며 \"이들은 모두 현장에서 체포됐다\"고 전했다.\n"
       "소식통은 \"빼돌린 화약은 광산용 폭약으로 둔갑해 중국 쪽으로까지 흘러간 것으로 안다\"고 덧붙였다.\n"
       "사건 이후 공장은 보름 동안 전 종업원을 대상으로 소지품 검사를 벌이고, 화약 창고 경비 인원을 두 배로 늘렸다.\n"
       "공장 지배인도 책임을 물어 철직될 것이라는 관측이 나온다.",
       [P("평안북도", "place:npyongan"), P("태천", "place:taechon"), F("제71호 군수공장", "fac:mf71"),
        O("보위부", "org:mss"), P("중국", CN)],
       [("지난 29일", "DATE", "2025-03-29"), ("2일", "DATE", "2025-04-02"), ("보름", "DURATION", "P15D")],
       [ev("THEFT", ["제71호 군수공장에서 지난 29일 화약 수십 kg이 외부로 빼돌려졌다가 적발되는 사건이 일어난 것으로 알려졌다",
                     "공장 로동자 세명이 포장작업장에서 화약을 조금씩 몰래 빼내 장마당 밀매꾼들에게 넘겨오다가 보위부에 걸렸다",
                     "빼돌린 화약은 광산용 폭약으로 둔갑해 중국 쪽으로까지 흘러간 것으로 안다"],
           "2025-03-29", ["place:npyongan", "place:taechon"], [], ["fac:mf71"], [ADV, INS], [EST, ASS], h=21, sources=2),
        ev("PERSONNEL", ["이들은 모두 현장에서 체포됐다"], "2025-03-29", [], ["org:mss"], ["fac:mf71"], INS, ASS, h=22, sources=2),
        ev("SECURITY_MEASURE", ["사건 이후 공장은 보름 동안 전 종업원을 대상으로 소지품 검사를 벌이고, 화약 창고 경비 인원을 두 배로 늘렸다"],
           None, [], [], ["fac:mf71"], [ADV, INS], ASS, h=23, sources=2),
        ev("PERSONNEL", ["공장 지배인도 책임을 물어 철직될 것이라는 관측이 나온다"], None, [], [], ["fac:mf71"], ADV, PRED, h=24)],
       counterpart="en-dev3-005", ignore=["데일리NK"])
report("en-dev3-005", "2025-04-03", "Daily NK",
       "Several dozen kilograms of gunpowder were smuggled out of Munitions Factory 71 in Taechon, North Pyongan Province, "
       "before the theft was uncovered on Mar. 29, Daily NK has learned.\n"
       "\"Three factory workers had been secretly taking small amounts of gunpowder from the packing shop and passing it to "
       "smugglers at the market until state security caught them,\" a source in North Pyongan Province told Daily NK on "
       "Wednesday. \"All of them were arrested on the spot.\"\n"
       "The source added that he understood the powder had been passed off as mining explosives and had made its way as far "
       "as China.\n"
       "Since the incident, the factory has searched every employee's belongings for 15 days and doubled the guards at its "
       "powder magazine.\n"
       "Observers expect the factory manager to be dismissed as well.",
       [F("Munitions Factory 71", "fac:mf71"), P("Taechon", "place:taechon"), P("North Pyongan Province", "place:npyongan"),
        P("China", CN)],
       [("Mar. 29", "DATE", "2025-03-29"), ("Wednesday", "DATE", "2025-04-02"), ("15 days", "DURATION", "P15D")],
       [ev("THEFT", ["Several dozen kilograms of gunpowder were smuggled out of Munitions Factory 71 in Taechon",
                     "Three factory workers had been secretly taking small amounts of gunpowder from the packing shop",
                     "the powder had been passed off as mining explosives and had made its way as far as China"],
           "2025-03-29", ["place:npyongan", "place:taechon"], [], ["fac:mf71"], [ADV, INS], [ASS, EST], h=21, sources=2),
        ev("PERSONNEL", ["All of them were arrested on the spot."], "2025-03-29", [], [], ["fac:mf71"], INS, ASS, h=22,
           sources=2),
        ev("SECURITY_MEASURE", ["the factory has searched every employee's belongings for 15 days and doubled the guards at its "
                                "powder magazine"], None, [], [], ["fac:mf71"], [ADV, INS], ASS, h=23, sources=2),
        ev("PERSONNEL", ["Observers expect the factory manager to be dismissed as well."], None, [], [], ["fac:mf71"], ADV,
           PRED, h=24)],
       lang="en", counterpart="ko-dev3-011", ignore=["Daily NK"])

report("ko-dev3-012", "2025-04-08", "자유아시아방송",
       "앵커: 북한 평안북도의 한 군수공장에서 화약을 빼돌려 팔던 노동자들이 무더기로 붙잡혔습니다. 이명철 기자가 보도합니다.\n"
       "평안북도 태천군의 한 주민 소식통은 6일 자유아시아방송(RFA)에 \"지난달 말 군수공장 화약이 장마당에 나돈다는 신고가 "
       "들어가 보위부가 수사에 나섰고, 로동자와 경비원 등 다섯명이 잡혀갔다\"고 말했습니다.\n"
       "그는 \"잡힌 사람들 가운데 한명은 공장 경비대 소대장이어서 주민들이 더 놀랐다\"고 전했습니다.\n"
       "소식통은 \"이번 일로 공장 정문에는 화약을 한 톨이라도 들고 나가면 엄벌한다는 포고가 나붙고 경비가 한층 삼엄해졌다\"고 "
       "덧붙였습니다.\n"
       "자유아시아방송 이명철입니다.",
       [NK, P("평안북도", "place:npyongan"), P("태천군", "place:taechon"), O("보위부", "org:mss")],
       [("6일", "DATE", "2025-04-06"), ("지난달 말", "DATE", "2025-03")],
       [ev("THEFT", ["북한 평안북도의 한 군수공장에서 화약을 빼돌려 팔던 노동자들이 무더기로 붙잡혔습니다",
                     "지난달 말 군수공장 화약이 장마당에 나돈다는 신고가 들어가 보위부가 수사에 나섰고"],
           "2025-03", ["place:npyongan", "place:taechon"], [], [], [ADV, INS], ASS, h=21, sources=2),
        ev("PERSONNEL", ["로동자와 경비원 등 다섯명이 잡혀갔다", "잡힌 사람들 가운데 한명은 공장 경비대 소대장이어서 주민들이 더 놀랐다"],
           "2025-03", ["place:taechon"], ["org:mss"], [], INS, ASS, h=22, sources=2),
        ev("SECURITY_MEASURE", ["공장 정문에는 화약을 한 톨이라도 들고 나가면 엄벌한다는 포고가 나붙고 경비가 한층 삼엄해졌다"], None,
           ["place:taechon"], [], [], INS, ASS, h=23, sources=2)],
       unscored=["이명철 기자가 보도합니다.", "자유아시아방송 이명철입니다."], ignore=["자유아시아방송", "RFA"])

# --- h26-h28: Rodong Sinmun on a rebuilt furnace at Hwanghae ------------------------------------------------

report("ko-dev3-013", "2025-10-02", "로동신문",
       "황해제철련합기업소에 현대적인 산소열법용광로 일떠서다\n"
       "황해제철련합기업소에서 산소열법용광로개건공사가 완공되여 9월 30일 조업식이 진행되였다.\n"
       "조업식에는 내각총리 박태성동지와 황해북도안의 일군들이 참가하였다.\n"
       "련합기업소에서는 새 용광로의 조업으로 선철생산능력이 종전보다 근 두배로 늘어나게 되였으며 이달부터 하루 선철생산량이 "
       "계획을 넘어서고있다.\n"
       "조업식에서 연설자는 당중앙위원회 제8기 제12차전원회의가 제시한 강철생산목표를 반드시 점령하여 국방공업과 인민경제의 "
       "여러 부문에 강재를 원만히 보장할것을 호소하였다.\n"
       "본사기자 리철명",
       [F("황해제철련합기업소", "fac:hwanghae-steel"), PER("박태성", "person:pak-thae-song"), P("황해북도", "place:nhwanghae"),
        O("당중앙위원회", "org:wpk-cc")],
       [("9월 30일", "DATE", "2025-09-30"), ("이달", "DATE", "2025-10"), ("하루", "SET", "P1D")],
       [ev("FACILITY_STATUS", ["황해제철련합기업소에 현대적인 산소열법용광로 일떠서다",
                               "황해제철련합기업소에서 산소열법용광로개건공사가 완공되여 9월 30일 조업식이 진행되였다"],
           "2025-09-30", [], [], ["fac:hwanghae-steel"], SM, ASS, h=26),
        ev("PRODUCTION_ACTIVITY", ["선철생산능력이 종전보다 근 두배로 늘어나게 되였으며 이달부터 하루 선철생산량이 계획을 넘어서고있다"],
           "2025-10", [], [], ["fac:hwanghae-steel"], SM, ASS, h=27),
        ev("PRODUCTION_ORDER", ["당중앙위원회 제8기 제12차전원회의가 제시한 강철생산목표를 반드시 점령하여 국방공업과 인민경제의 여러 "
                                "부문에 강재를 원만히 보장할것을 호소하였다"],
           None, [], ["org:wpk-cc"], [], SM, ASS, h=28)],
       unscored=["본사기자 리철명"], ignore=["내각총리"])

# --- h29-h31: the defence ministers' agreement, KCNA and an agency relaying it (one origin) ----------------

report("ko-dev3-014", "2025-11-03", "연합뉴스",
       "북러 국방장관, 모스크바서 '군사기술협력 협정' 서명\n"
       "(서울=연합뉴스) 정수민 기자 = 노광철 북한 국방상과 안드레이 벨로우소프 러시아 국방장관이 지난 30일 모스크바에서 "
       "회담하고 양국 국방성 간 군사기술협력에 관한 협정에 서명했다고 조선중앙통신이 1일 보도했다.\n"
       "통신은 협정이 \"두 나라 군대 사이의 기술협조를 새로운 높이에 올려세우게 될 것\"이라고 전했으나 구체적인 내용은 공개하지 "
       "않았다.\n"
       "정부 소식통은 \"협정에 따라 러시아가 북한의 미사일 생산 설비 현대화를 지원할 가능성이 있다\"고 말했다.",
       [PER("노광철", "person:no-kwang-chol"), NK, PER("안드레이 벨로우소프", "person:belousov"), P("러시아", RU),
        P("모스크바", "place:moscow"), O("조선중앙통신", "org:kcna")],
       [("지난 30일", "DATE", "2025-10-30"), ("1일", "DATE", "2025-11-01")],
       [ev("MEETING", ["노광철 북한 국방상과 안드레이 벨로우소프 러시아 국방장관이 지난 30일 모스크바에서 회담하고"], "2025-10-30",
           ["place:moscow"], ["person:no-kwang-chol", "person:belousov"], [], SM, ASS, h=29),
        ev("AGREEMENT", ["북러 국방장관, 모스크바서 '군사기술협력 협정' 서명",
                         "양국 국방성 간 군사기술협력에 관한 협정에 서명했다고 조선중앙통신이 1일 보도했다"],
           "2025-10-30", ["place:moscow"], ["person:no-kwang-chol", "person:belousov"], [], SM, ASS, h=30),
        ev("TRANSFER", ["협정에 따라 러시아가 북한의 미사일 생산 설비 현대화를 지원할 가능성이 있다"], None, [], [RU, KP], [], GOV,
           PRED, h=31)],
       unscored=["(서울=연합뉴스) 정수민 기자 = "], ignore=["북러"])

report("ko-dev3-015", "2025-11-01", "조선중앙통신",
       "조선민주주의인민공화국 국방성대표단 로씨야련방 방문\n"
       "(평양 11월 1일발 조선중앙통신)\n"
       "조선민주주의인민공화국 국방상 노광철동지를 단장으로 하는 국방성대표단이 로씨야련방을 방문하였다.\n"
       "10월 30일 모스크바에서 조선민주주의인민공화국 국방상 노광철동지와 로씨야련방 국방상 안드레이 벨로우쏘브동지사이의 회담이 "
       "진행되였다.\n"
       "회담에서는 쌍방이 관심하는 군사기술협조문제들이 토의되였으며 조선민주주의인민공화국 국방성과 로씨야련방 국방성사이의 "
       "군사기술협조에 관한 협정이 조인되였다.\n"
       "협정은 두 나라 군대사이의 전략적협동을 더욱 공고히 하는데 이바지하게 될것이다.",
       [O("조선민주주의인민공화국 국방성", "org:kp-mnd"), O("로씨야련방 국방성", "org:ru-mod"), P("조선민주주의인민공화국", KP),
        P("로씨야련방", RU), PER("노광철", "person:no-kwang-chol"), P("모스크바", "place:moscow"),
        PER("안드레이 벨로우쏘브", "person:belousov")],
       [("10월 30일", "DATE", "2025-10-30")],
       [ev("MEETING", ["국방성대표단이 로씨야련방을 방문하였다",
                       "10월 30일 모스크바에서 조선민주주의인민공화국 국방상 노광철동지와 로씨야련방 국방상 안드레이 벨로우쏘브동지사이의 "
                       "회담이 진행되였다"],
           "2025-10-30", ["place:moscow"], ["person:no-kwang-chol", "person:belousov"], [], SM, ASS, h=29),
        ev("AGREEMENT", ["조선민주주의인민공화국 국방성과 로씨야련방 국방성사이의 군사기술협조에 관한 협정이 조인되였다"], "2025-10-30",
           ["place:moscow"], ["org:kp-mnd", "org:ru-mod"], [], SM, ASS, h=30)],
       counterpart="en-dev3-006", unscored=["(평양 11월 1일발 조선중앙통신)"])
report("en-dev3-006", "2025-11-01", "KCNA",
       "DPRK Defence Ministry Delegation Visits Russia\n"
       "Pyongyang, November 1 (KCNA) -- \n"
       "A delegation of the Ministry of National Defence of the DPRK led by No Kwang Chol, minister of National Defence, "
       "visited the Russian Federation.\n"
       "Talks between No Kwang Chol and Andrei Belousov, defence minister of the Russian Federation, took place in Moscow on "
       "October 30.\n"
       "At the talks the sides discussed issues of military and technical cooperation, and an agreement on military-technical "
       "cooperation between the Ministry of National Defence of the DPRK and the Ministry of Defence of the Russian "
       "Federation was signed.",
       [O("DPRK Defence Ministry", "org:kp-mnd"), O("Ministry of National Defence of the DPRK", "org:kp-mnd"), P("Russia", RU),
        O("Ministry of Defence of the Russian Federation", "org:ru-mod"),
        P("Russian Federation", RU), PER("No Kwang Chol", "person:no-kwang-chol"), PER("Andrei Belousov", "person:belousov"),
        P("Moscow", "place:moscow")],
       [("October 30", "DATE", "2025-10-30")],
       [ev("MEETING", ["A delegation of the Ministry of National Defence of the DPRK led by No Kwang Chol, minister of National "
                       "Defence, visited the Russian Federation",
                       "Talks between No Kwang Chol and Andrei Belousov, defence minister of the Russian Federation, took place in "
                       "Moscow on October 30"],
           "2025-10-30", ["place:moscow"], ["person:no-kwang-chol", "person:belousov"], [], SM, ASS, h=29),
        ev("AGREEMENT", ["an agreement on military-technical cooperation between the Ministry of National Defence of the DPRK and the "
                         "Ministry of Defence of the Russian Federation was signed"],
           "2025-10-30", ["place:moscow"], ["org:kp-mnd", "org:ru-mod"], [], SM, ASS, h=30)],
       lang="en", counterpart="ko-dev3-015", unscored=["Pyongyang, November 1 (KCNA) -- "])

# --- h32-h36, h80: Kim's trip to Vladivostok, from the Kremlin and from KCNA (two origins) ------------------

report("ko-dev3-016", "2025-09-10", "중앙일보",
       "김정은, 전용열차로 블라디보스토크 도착…푸틴과 정상회담 예정\n"
       "김정은 북한 국무위원장이 9일 전용열차 편으로 러시아 극동 블라디보스토크에 도착했다고 크렘린궁이 밝혔다.\n"
       "드미트리 페스코프 크렘린궁 대변인은 \"두 정상이 오는 11일 회담할 예정\"이라고 말했다.\n"
       "열차는 전날 두만강 철교를 건너 하산역을 지난 것으로 전해졌다.\n"
       "김 위원장의 방러는 2023년 9월 이후 2년 만이다.\n"
       "북한 매체들은 아직 방러 사실을 보도하지 않았다.\n"
       "모스크바=김선영 특파원",
       [PER("김정은", KJU), NK, P("러시아", RU), P("블라디보스토크", "place:vladivostok"), O("크렘린궁", "org:kremlin"),
        PER("드미트리 페스코프", "person:peskov"), PER("푸틴", "person:putin"), P("두만강", "place:tumen"),
        F("하산역", "fac:khasan-station")],
       [("9일", "DATE", "2025-09-09"), ("오는 11일", "DATE", "2025-09-11"), ("전날", "DATE", "2025-09-08"),
        ("2023년 9월", "DATE", "2023-09"), ("2년", "DURATION", "P2Y")],
       [ev("LEADER_TRAVEL", ["김정은, 전용열차로 블라디보스토크 도착",
                             "김정은 북한 국무위원장이 9일 전용열차 편으로 러시아 극동 블라디보스토크에 도착했다고 크렘린궁이 밝혔다",
                             "열차는 전날 두만강 철교를 건너 하산역을 지난 것으로 전해졌다"],
           "2025-09-09", [RU, "place:vladivostok"], [KJU], [], [GOV, ADV], ASS, h=32, sources=2),
        ev("MEETING", ["푸틴과 정상회담 예정", "두 정상이 오는 11일 회담할 예정"], "2025-09-11", ["place:vladivostok"],
           [KJU, "person:putin"], [], GOV, PRED, h=33),
        ev("LEADER_TRAVEL", ["김 위원장의 방러는 2023년 9월 이후 2년 만이다"], "2023-09", [RU], [KJU], [], ADV, ASS, h=34)],
       unscored=["모스크바=김선영 특파원"], ignore=["방러"])

report("ko-dev3-017", "2025-09-12", "조선중앙통신",
       "경애하는 김정은동지께서 울라지보스또크에서 로씨야련방 대통령 뿌찐동지와 회담하시였다\n"
       "(평양 9월 12일발 조선중앙통신)\n"
       "조선로동당 총비서이시며 조선민주주의인민공화국 국무위원장이신 김정은동지께서 9월 9일 전용렬차로 로씨야련방 "
       "울라지보스또크시에 도착하시였다.\n"
       "김정은동지께서는 11일 로씨야련방 대통령 울라지미르 울라지미로비치 뿌찐동지와 회담하시였다.\n"
       "회담에서는 두 나라사이의 전략적동반자관계를 더욱 발전시키며 군수공업분야를 비롯한 여러 분야에서 협조를 확대하는 문제들이 "
       "허심탄회하게 론의되였다.\n"
       "회담이 끝난 다음 쌍방은 과학기술협조에 관한 합의서에 서명하였다.\n"
       "김정은동지께서는 회담에 앞서 울라지보스또크의 한 기계공장을 돌아보시였다.",
       [PER("김정은", KJU), P("울라지보스또크시", "place:vladivostok"), P("울라지보스또크", "place:vladivostok"),
        P("로씨야련방", RU), PER("울라지미르 울라지미로비치 뿌찐", "person:putin"), PER("뿌찐", "person:putin"),
        O("조선로동당", "org:wpk"), P("조선민주주의인민공화국", KP)],
       [("9월 9일", "DATE", "2025-09-09"), ("11일", "DATE", "2025-09-11")],
       [ev("LEADER_TRAVEL", ["김정은동지께서 9월 9일 전용렬차로 로씨야련방 울라지보스또크시에 도착하시였다"], "2025-09-09",
           [RU, "place:vladivostok"], [KJU], [], SM, ASS, h=32, sources=2),
        ev("MEETING", ["경애하는 김정은동지께서 울라지보스또크에서 로씨야련방 대통령 뿌찐동지와 회담하시였다",
                       "김정은동지께서는 11일 로씨야련방 대통령 울라지미르 울라지미로비치 뿌찐동지와 회담하시였다",
                       "군수공업분야를 비롯한 여러 분야에서 협조를 확대하는 문제들이 허심탄회하게 론의되였다"],
           "2025-09-11", ["place:vladivostok"], [KJU, "person:putin"], [], SM, ASS, h=35),
        ev("AGREEMENT", ["회담이 끝난 다음 쌍방은 과학기술협조에 관한 합의서에 서명하였다"], "2025-09-11", ["place:vladivostok"],
           [KP, RU], [], SM, ASS, h=80),
        ev("INSPECTION", ["김정은동지께서는 회담에 앞서 울라지보스또크의 한 기계공장을 돌아보시였다"], None, ["place:vladivostok"],
           [KJU], [], SM, ASS, h=36)],
       unscored=["(평양 9월 12일발 조선중앙통신)"])

# --- h37-h39: inventory checks of weapons before the party anniversary -------------------------------------

report("ko-dev3-018", "2025-09-30", "데일리NK",
       "北 사회안전성, 당창건 80돌 앞두고 무기·탄약 전수 조사 지시\n"
       "북한 사회안전성이 이달 중순 각 도 안전국에 무기와 탄약, 폭발물에 대한 전면적인 재고 실사를 지시한 것으로 전해졌다.\n"
       "함경북도 소식통은 29일 데일리NK에 \"안전성 지시에 따라 도 안전국이 지난 22일 긴급회의를 열고 시, 군 안전부들에 무기고 "
       "열쇠 관리와 출입 기록을 매일 보고하라고 포치했다\"고 말했다.\n"
       "소식통은 \"회령시 안전부에서는 재고를 맞춰 보다가 자동보총 두 자루가 비는 것이 드러났다는 말이 돈다\"며 \"안전원들은 "
       "쉬쉬하고 있다\"고 전했다.\n"
       "당국은 당창건 80돌인 10월 10일까지 이 같은 통제를 이어갈 방침이다.",
       [NK_HANJA, NK, O("사회안전성", "org:mosoc"), O("안전성", "org:mosoc"), P("함경북도", "place:nhamgyong"),
        P("회령시", "place:hoeryong")],
       [("이달 중순", "DATE", "2025-09"), ("29일", "DATE", "2025-09-29"), ("지난 22일", "DATE", "2025-09-22"),
        ("매일", "SET", "P1D"), ("10월 10일", "DATE", "2025-10-10")],
       [ev("SECURITY_MEASURE", ["北 사회안전성, 당창건 80돌 앞두고 무기·탄약 전수 조사 지시",
                                "북한 사회안전성이 이달 중순 각 도 안전국에 무기와 탄약, 폭발물에 대한 전면적인 재고 실사를 지시한 것으로 전해졌다",
                                "시, 군 안전부들에 무기고 열쇠 관리와 출입 기록을 매일 보고하라고 포치했다",
                                "당국은 당창건 80돌인 10월 10일까지 이 같은 통제를 이어갈 방침이다"],
           "2025-09", ["country:KP"], ["org:mosoc"], [], [ADV, INS], [EST, ASS], h=37),
        ev("MEETING", ["도 안전국이 지난 22일 긴급회의를 열고"], "2025-09-22", ["place:nhamgyong"], [], [], INS, ASS, h=38),
        ev("THEFT", ["회령시 안전부에서는 재고를 맞춰 보다가 자동보총 두 자루가 비는 것이 드러났다는 말이 돈다"], None,
           ["place:hoeryong"], [], [], INS, RUM, h=39)],
       ignore=["데일리NK", "당창건 80돌"])

# --- h40-h43: the party plenary meeting (KCNA relayed) -----------------------------------------------------

report("ko-dev3-019", "2025-12-29", "연합뉴스",
       "北 노동당 전원회의 폐막…군수공업부장 교체, 새해 무기생산 목표 확정\n"
       "(서울=연합뉴스) 한정우 기자 = 북한 노동당 중앙위원회 제8기 제13차 전원회의 확대회의가 지난 25일부터 28일까지 나흘간 평양에서 "
       "열렸다고 조선중앙통신이 29일 보도했다.\n"
       "통신에 따르면 전원회의는 2026년 국방공업 부문의 무기체계 생산 목표를 확정하고, 미사일과 포탄 생산 능력을 한층 "
       "끌어올릴 것을 결정했다.\n"
       "회의에서는 조직문제도 다뤄져 당 군수공업부 부장이 교체됐다.\n"
       "후임으로는 김정식 전 부부장이 기용된 것으로 보인다고 정부 당국자는 말했다.\n"
       "전원회의는 또 국방과학원을 비롯한 연구기관들에 새해 첫 분기 안에 신형 무인기 시험을 끝내라고 지시했다.",
       [NK_HANJA, NK, O("노동당 중앙위원회", "org:wpk-cc"), O("노동당", "org:wpk"), P("평양", "place:pyongyang"),
        O("조선중앙통신", "org:kcna"), O("군수공업부", "org:wpk-mid"), PER("김정식", "person:kim-jong-sik"),
        O("국방과학원", "org:ads")],
       [("새해", "DATE", "2026"), ("지난 25일", "DATE", "2025-12-25"), ("28일", "DATE", "2025-12-28"), ("나흘", "DURATION", "P4D"),
        ("29일", "DATE", "2025-12-29"), ("2026년", "DATE", "2026"), ("새해 첫 분기", "DATE", "2026-Q1")],
       [ev("MEETING", ["북한 노동당 중앙위원회 제8기 제13차 전원회의 확대회의가 지난 25일부터 28일까지 나흘간 평양에서 열렸다고 "
                       "조선중앙통신이 29일 보도했다", "北 노동당 전원회의 폐막"],
           "2025-12-25", ["place:pyongyang"], ["org:wpk-cc"], [], SM, ASS, h=40),
        ev("PRODUCTION_ORDER", ["새해 무기생산 목표 확정",
                                "전원회의는 2026년 국방공업 부문의 무기체계 생산 목표를 확정하고, 미사일과 포탄 생산 능력을 한층 "
                                "끌어올릴 것을 결정했다"],
           "2026", [], ["org:wpk-cc"], [], SM, ASS, h=41),
        ev("PERSONNEL", ["군수공업부장 교체", "회의에서는 조직문제도 다뤄져 당 군수공업부 부장이 교체됐다",
                         "후임으로는 김정식 전 부부장이 기용된 것으로 보인다고 정부 당국자는 말했다"],
           "2025-12", [], ["org:wpk-cc"], [], [SM, GOV], [ASS, EST], h=42),
        ev("OTHER_DIRECTIVE", ["전원회의는 또 국방과학원을 비롯한 연구기관들에 새해 첫 분기 안에 신형 무인기 시험을 끝내라고 지시했다"],
           "2026-Q1", [], ["org:wpk-cc"], [], SM, ASS, h=43)],
       counterpart="en-dev3-007", unscored=["(서울=연합뉴스) 한정우 기자 = "])
report("en-dev3-007", "2025-12-29", "Yonhap",
       "North Korea's ruling Workers' Party of Korea held an enlarged plenary meeting of its Central Committee in Pyongyang "
       "for four days from Thursday to Sunday, the Korean Central News Agency reported Monday.\n"
       "The meeting set production targets for weapons systems in the defense industry for 2026 and decided to further boost "
       "missile and artillery shell production capacity, KCNA said.\n"
       "The director of the party's Munitions Industry Department was replaced at the meeting, and a government official said "
       "Kim Jong Sik, a former vice director, appears to have taken the post.\n"
       "The plenary also instructed research institutes including the Academy of Defence Science to complete tests of a new "
       "drone within the first quarter of the new year.\n"
       "(END)",
       [P("North Korea", KP), O("Workers' Party of Korea", "org:wpk"), O("Central Committee", "org:wpk-cc"),
        P("Pyongyang", "place:pyongyang"), O("Korean Central News Agency", "org:kcna"), O("KCNA", "org:kcna"),
        O("Munitions Industry Department", "org:wpk-mid"), PER("Kim Jong Sik", "person:kim-jong-sik"),
        O("Academy of Defence Science", "org:ads")],
       [("four days", "DURATION", "P4D"), ("Thursday", "DATE", "2025-12-25"), ("Sunday", "DATE", "2025-12-28"),
        ("Monday", "DATE", "2025-12-29"), ("2026", "DATE", "2026"), ("the first quarter of the new year", "DATE", "2026-Q1")],
       [ev("MEETING", ["Workers' Party of Korea held an enlarged plenary meeting of its Central Committee in Pyongyang"],
           "2025-12-25", ["place:pyongyang"], ["org:wpk-cc"], [], SM, ASS, h=40),
        ev("PRODUCTION_ORDER", ["The meeting set production targets for weapons systems in the defense industry for 2026 and "
                                "decided to further boost missile and artillery shell production capacity"],
           "2026", [], ["org:wpk-cc"], [], SM, ASS, h=41),
        ev("PERSONNEL", ["The director of the party's Munitions Industry Department was replaced at the meeting",
                         "Kim Jong Sik, a former vice director, appears to have taken the post"],
           "2025-12", [], ["org:wpk-cc"], [], [SM, GOV], [ASS, EST], h=42),
        ev("OTHER_DIRECTIVE", ["The plenary also instructed research institutes including the Academy of Defence Science to "
                               "complete tests of a new drone"],
           "2026-Q1", [], ["org:wpk-cc"], [], SM, ASS, h=43)],
       lang="en", counterpart="ko-dev3-019", unscored=["(END)"])

# --- h44-h50: a central inspection of Kusong's munitions factories, from two insider outlets ----------------

report("ko-dev3-020", "2025-07-15", "데일리NK",
       "북한 노동당 조직지도부와 군수공업부 합동 검열조가 이달 초부터 열흘 일정으로 평안북도 구성시의 군수공장들에 대한 집중 "
       "검열을 벌이고 있는 것으로 파악됐다.\n"
       "평안북도 소식통은 14일 데일리NK에 \"검열조는 작년 4분기부터 떨어진 추가 생산 과제가 제대로 집행되고 있는지, 자재가 새는 "
       "데는 없는지를 샅샅이 들여다보고 있다\"고 전했다.\n"
       "그는 \"방현 지구의 땅크 공장은 벌써 몇 주째 야간 작업까지 하며 과제를 메우고 있다\"고 말했다.\n"
       "소식통은 \"검열 결과에 따라 공장 간부 몇몇은 철직되거나 지방으로 쫓겨날 수 있다는 말이 돈다\"고 덧붙였다.",
       [NK, O("노동당 조직지도부", "org:wpk-ogd"), O("군수공업부", "org:wpk-mid"),
        P("평안북도", "place:npyongan"), P("구성시", "place:kusong"), P("방현", "place:panghyon"),
        F("땅크 공장", "fac:kusong-tank")],
       [("이달 초", "DATE", "2025-07"), ("열흘", "DURATION", "P10D"), ("14일", "DATE", "2025-07-14"),
        ("작년 4분기", "DATE", "2024-Q4")],
       [ev("INSPECTION", ["노동당 조직지도부와 군수공업부 합동 검열조가 이달 초부터 열흘 일정으로 평안북도 구성시의 군수공장들에 대한 "
                          "집중 검열을 벌이고 있는 것으로 파악됐다",
                          "자재가 새는 데는 없는지를 샅샅이 들여다보고 있다"],
           "2025-07", ["place:npyongan", "place:kusong"], ["org:wpk-ogd", "org:wpk-mid"], [], [ADV, INS], ASS, h=44, sources=2),
        ev("PRODUCTION_ORDER", ["작년 4분기부터 떨어진 추가 생산 과제"], "2024-Q4", [], [], [], INS, ASS, h=45),
        ev("PRODUCTION_ACTIVITY", ["방현 지구의 땅크 공장은 벌써 몇 주째 야간 작업까지 하며 과제를 메우고 있다"], None,
           ["place:panghyon"], [], ["fac:kusong-tank"], INS, ASS, h=46),
        ev("PERSONNEL", ["검열 결과에 따라 공장 간부 몇몇은 철직되거나 지방으로 쫓겨날 수 있다는 말이 돈다"], None, [], [], [],
           INS, [RUM, PRED], h=47)],
       counterpart="en-dev3-008", ignore=["데일리NK", "몇 주째"])
report("en-dev3-008", "2025-07-15", "Daily NK",
       "A joint inspection team from the Organization and Guidance Department and the Munitions Industry Department of North "
       "Korea's ruling party has been conducting an intensive 10-day inspection of munitions factories in Kusong, North "
       "Pyongan Province, since the beginning of this month, Daily NK has learned.\n"
       "\"The inspectors are checking whether the additional production quota handed down in the fourth quarter of last year "
       "is being carried out properly and whether materials are leaking anywhere,\" a source in North Pyongan Province told "
       "Daily NK on Monday.\n"
       "\"The tank factory in Panghyon has been working night shifts for weeks to fill its quota,\" he said.\n"
       "Word is going around that some factory officials could be dismissed or banished to the countryside depending on the "
       "results, the source added.",
       [O("Organization and Guidance Department", "org:wpk-ogd"), O("Munitions Industry Department", "org:wpk-mid"),
        P("North Korea", KP), P("Kusong", "place:kusong"), P("North Pyongan Province", "place:npyongan"),
        F("tank factory", "fac:kusong-tank"), P("Panghyon", "place:panghyon")],
       [("10-day", "DURATION", "P10D"), ("the beginning of this month", "DATE", "2025-07"),
        ("the fourth quarter of last year", "DATE", "2024-Q4"), ("Monday", "DATE", "2025-07-14")],
       [ev("INSPECTION", ["has been conducting an intensive 10-day inspection of munitions factories in Kusong",
                          "The inspectors are checking whether the additional production quota"],
           "2025-07", ["place:npyongan", "place:kusong"], ["org:wpk-ogd", "org:wpk-mid"], [], [ADV, INS], ASS, h=44, sources=2),
        ev("PRODUCTION_ORDER", ["the additional production quota handed down in the fourth quarter of last year"], "2024-Q4", [],
           [], [], INS, ASS, h=45),
        ev("PRODUCTION_ACTIVITY", ["The tank factory in Panghyon has been working night shifts for weeks to fill its quota"], None,
           ["place:panghyon"], [], ["fac:kusong-tank"], INS, ASS, h=46),
        ev("PERSONNEL", ["Word is going around that some factory officials could be dismissed or banished to the countryside"],
           None, [], [], [], INS, [RUM, PRED], h=47)],
       lang="en", counterpart="ko-dev3-020", ignore=["Daily NK", "for weeks"])

report("ko-dev3-021", "2025-07-22", "아시아프레스",
       "[북한 내부] 구성 군수공장에 중앙 검열…간부들 '좌불안석'\n"
       "평안북도 구성시에 사는 취재협력자는 이달 중순 아시아프레스와의 통화에서 \"중앙당 검열 그루빠가 3일부터 내려와 군수공장들을 "
       "뒤지고 있다\"고 전했다.\n"
       "협력자에 따르면 검열 기간에는 공장 주변에 외부인의 접근이 완전히 차단되고, 노동자들도 출퇴근 때마다 몸수색을 받는다.\n"
       "그는 \"지난해에도 비슷한 검열이 있었는데 그때는 기사장 한 명이 출당됐다\"고 말했다.\n"
       "이번 검열이 언제 끝날지는 알려지지 않았다.",
       [P("구성", "place:kusong"), P("평안북도", "place:npyongan"), P("구성시", "place:kusong"), O("중앙당", "org:wpk-cc")],
       [("이달 중순", "DATE", "2025-07"), ("3일", "DATE", "2025-07-03"), ("지난해", "DATE", "2024")],
       [ev("INSPECTION", ["구성 군수공장에 중앙 검열", "중앙당 검열 그루빠가 3일부터 내려와 군수공장들을 뒤지고 있다"], "2025-07-03",
           ["place:kusong"], ["org:wpk-cc"], [], INS, ASS, h=44, sources=2),
        ev("SECURITY_MEASURE", ["검열 기간에는 공장 주변에 외부인의 접근이 완전히 차단되고, 노동자들도 출퇴근 때마다 몸수색을 받는다"],
           None, ["place:kusong"], [], [], INS, ASS, h=48),
        ev("INSPECTION", ["지난해에도 비슷한 검열이 있었는데"], "2024", ["place:kusong"], [], [], INS, ASS, h=50),
        ev("PERSONNEL", ["그때는 기사장 한 명이 출당됐다"], "2024", ["place:kusong"], [], [], INS, ASS, h=49)],
       unscored=["[북한 내부]"], ignore=["아시아프레스", "출퇴근 때마다"])

# --- h51-h53: a think tank's imagery of Panghyon ------------------------------------------------------------

report("ko-dev3-022", "2026-01-20", "조선일보",
       "美 CSIS \"北 구성 방현 군수단지에 조립동 3개 새로 들어서\"\n"
       "미국 전략국제문제연구소(CSIS)의 북한 분석 프로젝트 '분단을 넘어'는 19일(현지시간) 보고서에서 평안북도 구성시 방현 일대 "
       "군수공업단지에 작년 3분기 이후 대형 조립동 3개 동이 새로 지어졌다고 밝혔다.\n"
       "보고서는 지난해 12월 촬영된 위성사진에서 공장 구내를 드나드는 대형 트럭이 석 달 전보다 두 배 가까이 늘어난 것으로 "
       "나타났다며 \"생산이 크게 늘었음을 시사한다\"고 분석했다.\n"
       "방현 단지, 무엇을 만들고 있나\n"
       "연구진은 새 조립동이 자주포나 다연장로켓 발사대를 만드는 시설일 가능성이 있다고 추정했다.\n"
       "국방부는 이에 대해 \"한미 정보당국이 관련 동향을 면밀히 추적하고 있다\"고만 밝혔다.",
       [P("美", US), O("CSIS", "org:csis"), NK_HANJA, P("구성", "place:kusong"), P("방현", "place:panghyon"), P("미국", US),
        O("전략국제문제연구소", "org:csis"), NK, P("평안북도", "place:npyongan"), P("구성시", "place:kusong"),
        O("국방부", "org:rok-mnd")],
       [("19일", "DATE", "2026-01-19"), ("작년 3분기", "DATE", "2025-Q3"), ("지난해 12월", "DATE", "2025-12"),
        ("석 달 전", "DATE", "2025-09")],
       [ev("FACILITY_STATUS", ["北 구성 방현 군수단지에 조립동 3개 새로 들어서",
                               "평안북도 구성시 방현 일대 군수공업단지에 작년 3분기 이후 대형 조립동 3개 동이 새로 지어졌다고 밝혔다"],
           "2025-Q3", ["place:npyongan", "place:kusong", "place:panghyon"], [], [], OTH, ASS, h=51),
        ev("PRODUCTION_ACTIVITY", ["공장 구내를 드나드는 대형 트럭이 석 달 전보다 두 배 가까이 늘어난 것으로 나타났다며 \"생산이 크게 "
                                   "늘었음을 시사한다\"고 분석했다"],
           "2025-12", ["place:panghyon"], [], [], OTH, EST, h=52),
        ev("PRODUCTION_ACTIVITY", ["새 조립동이 자주포나 다연장로켓 발사대를 만드는 시설일 가능성이 있다고 추정했다"], None,
           ["place:panghyon"], [], [], OTH, EST, h=53)],
       ignore=["'분단을 넘어'"])

# --- h54-h56: scrap metal collection in Hyesan (RFA) --------------------------------------------------------

report("ko-dev3-023", "2026-02-10", "자유아시아방송",
       "앵커: 북한 량강도 당국이 주민들에게 파철 수집 과제를 내려 원성을 사고 있습니다. 김지은 기자가 보도합니다.\n"
       "량강도 혜산시의 한 주민 소식통은 8일 자유아시아방송(RFA)에 \"이달 초 시 인민위원회가 세대마다 파철 5킬로그램씩을 설 명절 "
       "전까지 바치라는 지시를 인민반을 통해 내렸다\"고 말했습니다.\n"
       "소식통은 \"모은 파철은 시내 기계공장을 거쳐 강계의 군수공장들로 보내진다는 말이 돈다\"고 전했습니다.\n"
       "그는 \"파철을 못 바치는 세대는 돈으로 대신 내야 하는데, 1킬로그램에 중국 돈 3원씩 받는다\"고 덧붙였습니다.\n"
       "또 다른 소식통은 \"작년 연말에도 같은 과제가 있었다\"며 \"해마다 반복되는 동원에 주민들이 지쳤다\"고 말했습니다.\n"
       "자유아시아방송 김지은입니다.",
       [NK, P("량강도", "place:ryanggang"), P("혜산시", "place:hyesan"), P("강계", "place:kanggye")],
       [("8일", "DATE", "2026-02-08"), ("이달 초", "DATE", "2026-02"), ("설 명절", "DATE", "2026-02-17"), ("작년 연말", "DATE", "2025"),
        ("해마다", "SET", "P1Y")],
       [ev("OTHER_DIRECTIVE", ["북한 량강도 당국이 주민들에게 파철 수집 과제를 내려 원성을 사고 있습니다",
                               "이달 초 시 인민위원회가 세대마다 파철 5킬로그램씩을 설 명절 전까지 바치라는 지시를 인민반을 통해 내렸다",
                               "파철을 못 바치는 세대는 돈으로 대신 내야 하는데"],
           "2026-02", ["place:ryanggang", "place:hyesan"], [], [], [ADV, INS], ASS, h=54),
        ev("TRANSFER", ["모은 파철은 시내 기계공장을 거쳐 강계의 군수공장들로 보내진다는 말이 돈다"], None,
           ["place:hyesan", "place:kanggye"], [], [], INS, RUM, h=55),
        ev("OTHER_DIRECTIVE", ["작년 연말에도 같은 과제가 있었다"], "2025", ["place:hyesan"], [], [], INS, ASS, h=56)],
       unscored=["김지은 기자가 보도합니다.", "자유아시아방송 김지은입니다."], ignore=["자유아시아방송", "RFA", "중국 돈"])

# --- h57-h59, h15: satellite launch preparations (JCS) -----------------------------------------------------

report("ko-dev3-024", "2025-11-20", "한국일보",
       "北, 연내 정찰위성 또 쏘나\n"
       "합동참모본부는 20일 \"북한이 평안북도 철산군 동창리 일대에서 정찰위성 발사를 준비하는 동향이 식별되고 있다\"고 밝혔다.\n"
       "합참 관계자는 \"발사 시점은 이르면 다음 주가 될 수 있다\"며 \"서해위성발사장의 새 발사대는 지난달 공사를 끝낸 것으로 "
       "보인다\"고 말했다.\n"
       "북한은 지난해 5월 정찰위성 발사에 실패한 뒤 추가 발사를 예고해 왔다.\n"
       "군 당국은 북한이 러시아로부터 받은 기술로 엔진을 개량했을 가능성에 주목하고 있다.\n"
       "정현우 기자",
       [NK_HANJA, O("합동참모본부", "org:rok-jcs"), O("합참", "org:rok-jcs"), NK, P("평안북도", "place:npyongan"),
        P("철산군", "place:cholsan"), P("동창리", "place:tongchang-ri"), F("서해위성발사장", "fac:sohae"), P("러시아", RU)],
       [("연내", "DATE", "2025"), ("20일", "DATE", "2025-11-20"), ("다음 주", "DATE", "2025-W48"), ("지난달", "DATE", "2025-10"),
        ("지난해 5월", "DATE", "2024-05")],
       [ev("WEAPONS_TEST", ["북한이 평안북도 철산군 동창리 일대에서 정찰위성 발사를 준비하는 동향이 식별되고 있다",
                            "발사 시점은 이르면 다음 주가 될 수 있다"],
           "2025-W48", ["place:npyongan", "place:cholsan", "place:tongchang-ri"], [KP], [], GOV, PRED, h=57),
        ev("FACILITY_STATUS", ["서해위성발사장의 새 발사대는 지난달 공사를 끝낸 것으로 보인다"], "2025-10", [], [], ["fac:sohae"],
           GOV, EST, h=58),
        ev("WEAPONS_TEST", ["북한은 지난해 5월 정찰위성 발사에 실패한 뒤"], "2024-05", [], [KP], [], ADV, ASS, h=59),
        ev("TRANSFER", ["북한이 러시아로부터 받은 기술로 엔진을 개량했을 가능성에 주목하고 있다"], None, [], [RU, KP], [], GOV, EST,
           h=15, sources=2)],
       unscored=["정현우 기자"])

# --- h61-h64: copper concentrate smuggled from the Hyesan mine ---------------------------------------------

report("ko-dev3-025", "2025-02-06", "데일리NK",
       "량강도 혜산청년광산에서 캐낸 동정광 수십 톤이 지난달 하순 압록강을 건너 중국 장백현으로 밀반출됐다가 국경경비대에 적발된 "
       "것으로 알려졌다.\n"
       "량강도 소식통은 5일 데일리NK에 \"광산 간부들과 국경경비대 군관들이 짜고 설 명절 직전 사흘에 걸쳐 동정광을 넘기려 했다\"고 "
       "전했다.\n"
       "그는 \"걸린 사람만 열 명이 넘고, 광산 부지배인은 보위부에 끌려갔다\"고 말했다.\n"
       "소식통은 \"이 일로 광산과 국경 일대에 보위원들이 대거 배치돼 야간 순찰이 두 배로 늘었다\"고 덧붙였다.\n"
       "광산의 동 생산량이 올해 들어 절반 가까이 줄었다는 말도 나온다.",
       [P("량강도", "place:ryanggang"), F("혜산청년광산", "fac:hyesan-copper"), P("압록강", "place:yalu"), P("중국", CN),
        P("장백현", "place:changbai"), O("보위부", "org:mss")],
       [("지난달 하순", "DATE", "2025-01"), ("5일", "DATE", "2025-02-05"), ("설 명절", "DATE", "2025-01-29"),
        ("사흘", "DURATION", "P3D"), ("올해", "DATE", "2025")],
       [ev("THEFT", ["혜산청년광산에서 캐낸 동정광 수십 톤이 지난달 하순 압록강을 건너 중국 장백현으로 밀반출됐다가 국경경비대에 적발된 "
                     "것으로 알려졌다",
                     "광산 간부들과 국경경비대 군관들이 짜고 설 명절 직전 사흘에 걸쳐 동정광을 넘기려 했다"],
           "2025-01", ["place:ryanggang", "place:yalu", CN, "place:changbai"], [], ["fac:hyesan-copper"], [ADV, INS], [EST, ASS],
           h=61),
        ev("PERSONNEL", ["걸린 사람만 열 명이 넘고, 광산 부지배인은 보위부에 끌려갔다"], None, [], ["org:mss"],
           ["fac:hyesan-copper"], INS, ASS, h=62),
        ev("SECURITY_MEASURE", ["광산과 국경 일대에 보위원들이 대거 배치돼 야간 순찰이 두 배로 늘었다"], None, [], [],
           ["fac:hyesan-copper"], INS, ASS, h=63),
        ev("PRODUCTION_ACTIVITY", ["광산의 동 생산량이 올해 들어 절반 가까이 줄었다는 말도 나온다"], "2025", [], [],
           ["fac:hyesan-copper"], [ADV, INS], RUM, h=64)],
       counterpart="en-dev3-009", ignore=["데일리NK"])
report("en-dev3-009", "2025-02-06", "Daily NK",
       "Dozens of tons of copper concentrate mined at the Hyesan Youth Copper Mine in Ryanggang Province were smuggled across "
       "the Yalu River into China's Changbai County in late January before border guards caught them, according to reports.\n"
       "\"Mine officials and border guard officers colluded to move the concentrate over three days just before the Lunar New "
       "Year holiday,\" a source in Ryanggang Province told Daily NK on Wednesday.\n"
       "\"More than ten people were caught, and the mine's deputy manager was taken away by the Ministry of State Security,\" "
       "he said.\n"
       "Security agents have since been deployed in large numbers around the mine and along the border, doubling night "
       "patrols, the source added.\n"
       "There is also talk that the mine's copper output has fallen by nearly half this year.",
       [F("Hyesan Youth Copper Mine", "fac:hyesan-copper"), P("Ryanggang Province", "place:ryanggang"),
        P("Yalu River", "place:yalu"), P("China", CN), P("Changbai County", "place:changbai"),
        O("Ministry of State Security", "org:mss")],
       [("late January", "DATE", "2025-01"), ("three days", "DURATION", "P3D"), ("the Lunar New Year holiday", "DATE", "2025-01-29"),
        ("Wednesday", "DATE", "2025-02-05"), ("this year", "DATE", "2025")],
       [ev("THEFT", ["Dozens of tons of copper concentrate mined at the Hyesan Youth Copper Mine in Ryanggang Province were "
                     "smuggled across the Yalu River into China's Changbai County in late January",
                     "Mine officials and border guard officers colluded to move the concentrate over three days"],
           "2025-01", ["place:ryanggang", "place:yalu", CN, "place:changbai"], [], ["fac:hyesan-copper"], [ADV, INS], [EST, ASS],
           h=61),
        ev("PERSONNEL", ["More than ten people were caught, and the mine's deputy manager was taken away by the Ministry of "
                         "State Security"], None, [], ["org:mss"], ["fac:hyesan-copper"], INS, ASS, h=62),
        ev("SECURITY_MEASURE", ["Security agents have since been deployed in large numbers around the mine and along the border, "
                                "doubling night patrols"], None, [], [], ["fac:hyesan-copper"], INS, ASS, h=63),
        ev("PRODUCTION_ACTIVITY", ["There is also talk that the mine's copper output has fallen by nearly half this year"], "2025",
           [], [], ["fac:hyesan-copper"], [ADV, INS], RUM, h=64)],
       lang="en", counterpart="ko-dev3-025", ignore=["Daily NK"])

# --- h65-h68, h82: the Cabinet's plenary meeting (KCNA, Juche dating) ---------------------------------------

report("ko-dev3-026", "2026-01-05", "조선중앙통신",
       "내각전원회의 확대회의 진행\n"
       "(평양 1월 5일발 조선중앙통신)\n"
       "주체115(2026)년 1월 3일부터 4일까지 내각전원회의 확대회의가 진행되였다.\n"
       "회의에서는 지난해 인민경제계획수행정형을 총화하고 새해 과업들을 토의하였다.\n"
       "회의는 김책제철련합기업소와 천리마제강련합기업소를 비롯한 금속공업부문에서 올해 강철생산을 전년보다 15% 늘이며 "
       "국방공업부문에 필요한 강재를 우선적으로 보장할데 대한 과업을 제시하였다.\n"
       "회의에서는 지난해 10월 순천비날론련합기업소 1단계 개건공사가 완공되여 생산이 정상화된 성과가 언급되였다.\n"
       "회의는 또한 모든 부문에서 전력을 절약하기 위한 규률을 강화할것을 강조하였다.\n"
       "내각총리 박태성동지가 회의를 지도하였다.",
       [O("내각", "org:cabinet"), F("김책제철련합기업소", "fac:kim-chaek-steel"), F("천리마제강련합기업소", "fac:chollima-steel"),
        F("순천비날론련합기업소", "fac:sunchon-vinalon"), PER("박태성", "person:pak-thae-song")],
       [("주체115(2026)년 1월 3일", "DATE", "2026-01-03"), ("4일", "DATE", "2026-01-04"), ("지난해", "DATE", "2025"),
        ("새해", "DATE", "2026"), ("올해", "DATE", "2026"), ("전년", "DATE", "2025"), ("지난해 10월", "DATE", "2025-10")],
       [ev("MEETING", ["내각전원회의 확대회의 진행",
                       "주체115(2026)년 1월 3일부터 4일까지 내각전원회의 확대회의가 진행되였다",
                       "내각총리 박태성동지가 회의를 지도하였다"],
           "2026-01-03", [], ["org:cabinet", "person:pak-thae-song"], [], SM, ASS, h=65),
        ev("PRODUCTION_ORDER", ["김책제철련합기업소와 천리마제강련합기업소를 비롯한 금속공업부문에서 올해 강철생산을 전년보다 15% 늘이며 "
                                "국방공업부문에 필요한 강재를 우선적으로 보장할데 대한 과업을 제시하였다"],
           "2026", [], ["org:cabinet"], ["fac:kim-chaek-steel", "fac:chollima-steel"], SM, ASS, h=66),
        ev("FACILITY_STATUS", ["지난해 10월 순천비날론련합기업소 1단계 개건공사가 완공되여"], "2025-10", [], [],
           ["fac:sunchon-vinalon"], SM, ASS, h=67),
        ev("PRODUCTION_ACTIVITY", ["생산이 정상화된 성과가 언급되였다"], "2025-10", [], [], ["fac:sunchon-vinalon"], SM, ASS, h=68),
        ev("OTHER_DIRECTIVE", ["모든 부문에서 전력을 절약하기 위한 규률을 강화할것을 강조하였다"], None, [], ["org:cabinet"], [], SM,
           ASS, h=82)],
       unscored=["(평양 1월 5일발 조선중앙통신)"], ignore=["내각총리"])

# --- h69-h71: a government estimate of munitions factories' operation rate ---------------------------------

report("ko-dev3-027", "2026-01-14", "서울신문",
       "정부 \"北 군수공장 가동률 작년 4분기 80% 넘어\"…100곳 남짓 '풀가동'\n"
       "북한 군수공장의 가동률이 지난해 4분기 80%를 넘어선 것으로 정부는 추정하고 있다.\n"
       "정부 소식통은 13일 \"전력 사정이 나아지면서 자강도와 평안북도의 주요 군수공장들이 작년 10월부터 석 달째 사실상 쉬지 않고 "
       "돌아가고 있다\"고 말했다.\n"
       "그는 \"가동 중인 군수공장이 100곳 남짓으로, 2년 전의 두 배 수준\"이라고 덧붙였다.\n"
       "국책연구기관인 한국국방연구원(KIDA)의 한 연구위원은 \"러시아 수요가 줄지 않는 한 올해도 이런 추세가 이어질 것\"이라고 "
       "전망했다.\n"
       "박서연 기자",
       [NK_HANJA, NK, P("자강도", "place:chagang"), P("평안북도", "place:npyongan"), O("한국국방연구원", "org:kida"),
        O("KIDA", "org:kida"), P("러시아", RU)],
       [("작년 4분기", "DATE", "2025-Q4"), ("지난해 4분기", "DATE", "2025-Q4"), ("13일", "DATE", "2026-01-13"),
        ("작년 10월", "DATE", "2025-10"), ("석 달", "DURATION", "P3M"), ("2년 전", "DATE", "2024"), ("올해", "DATE", "2026")],
       [ev("PRODUCTION_ACTIVITY", ["北 군수공장 가동률 작년 4분기 80% 넘어",
                                   "북한 군수공장의 가동률이 지난해 4분기 80%를 넘어선 것으로 정부는 추정하고 있다",
                                   "자강도와 평안북도의 주요 군수공장들이 작년 10월부터 석 달째 사실상 쉬지 않고 돌아가고 있다"],
           "2025-Q4", [KP, "place:chagang", "place:npyongan"], [], [], GOV, [EST, ASS], h=69),
        ev("FACILITY_STATUS", ["100곳 남짓 '풀가동'", "가동 중인 군수공장이 100곳 남짓으로, 2년 전의 두 배 수준"], None, [KP], [], [],
           GOV, ASS, h=70),
        ev("PRODUCTION_ACTIVITY", ["러시아 수요가 줄지 않는 한 올해도 이런 추세가 이어질 것"], "2026", [KP], [], [], [OTH, GOV], PRED,
           h=71)],
       unscored=["박서연 기자"])

# --- h72-h74: a Russian ship loading crates at Chongjin (RFA) ----------------------------------------------

report("ko-dev3-028", "2025-10-16", "자유아시아방송",
       "앵커: 북한 함경북도 청진항에서 러시아 선박이 무기로 보이는 화물을 싣고 떠났다는 주민 증언이 나왔습니다. 이명철 기자의 보도입니다.\n"
       "함경북도 청진시의 한 소식통은 16일 자유아시아방송(RFA)에 \"그저께 러시아 국기를 단 화물선 한 척이 청진항에 들어와 군용 "
       "트럭들이 실어 온 나무 상자들을 밤새 실었다\"고 말했습니다.\n"
       "소식통은 \"화물선은 이튿날 항구를 빠져나갔는데, 상자에 적힌 글자로 보아 포탄이 틀림없다\"고 전했습니다.\n"
       "그는 \"항구 주변은 당일 보안원들이 쫙 깔려 사람들의 접근을 막았다\"고 덧붙였습니다.\n"
       "청진항에서 러시아 선박이 무기를 실어 나갔다는 얘기는 지난 8월에도 주민들 사이에 나돈 바 있습니다.\n"
       "자유아시아방송 이명철입니다.",
       [NK, P("함경북도", "place:nhamgyong"), F("청진항", "fac:chongjin-port"), P("러시아", RU), P("청진시", "place:chongjin")],
       [("16일", "DATE", "2025-10-16"), ("그저께", "DATE", "2025-10-14"), ("이튿날", "DATE", "2025-10-15"),
        ("지난 8월", "DATE", "2025-08")],
       [ev("TRANSFER", ["북한 함경북도 청진항에서 러시아 선박이 무기로 보이는 화물을 싣고 떠났다는 주민 증언이 나왔습니다",
                        "그저께 러시아 국기를 단 화물선 한 척이 청진항에 들어와 군용 트럭들이 실어 온 나무 상자들을 밤새 실었다",
                        "화물선은 이튿날 항구를 빠져나갔는데, 상자에 적힌 글자로 보아 포탄이 틀림없다"],
           "2025-10-14", ["place:nhamgyong", "place:chongjin"], [KP, RU], ["fac:chongjin-port"], [INS, ADV], ASS, h=72),
        ev("SECURITY_MEASURE", ["항구 주변은 당일 보안원들이 쫙 깔려 사람들의 접근을 막았다"], "2025-10-14", ["place:chongjin"], [],
           ["fac:chongjin-port"], INS, ASS, h=73),
        ev("TRANSFER", ["청진항에서 러시아 선박이 무기를 실어 나갔다는 얘기는 지난 8월에도 주민들 사이에 나돈 바 있습니다"], "2025-08",
           [], [KP, RU], ["fac:chongjin-port"], ADV, RUM, h=74)],
       counterpart="en-dev3-010", unscored=["이명철 기자의 보도입니다.", "자유아시아방송 이명철입니다."],
       ignore=["자유아시아방송", "RFA", "러시아 국기", "밤새", "당일"])
report("en-dev3-010", "2025-10-16", "RFA",
       "A cargo ship flying the Russian flag loaded wooden crates brought by military trucks at North Korea's Chongjin Port "
       "two days ago, a source in the northeastern city of Chongjin told RFA on Thursday.\n"
       "The ship left the port the next day, and judging from the markings on the crates, they were certainly artillery "
       "shells, the source said.\n"
       "Security officers were deployed around the port that day to keep people away, he added.\n"
       "Residents were already talking in August about ships from Russia carrying weapons out of Chongjin.",
       [P("North Korea", KP), F("Chongjin Port", "fac:chongjin-port"), P("Chongjin", "place:chongjin"), P("Russia", RU)],
       [("two days ago", "DATE", "2025-10-14"), ("Thursday", "DATE", "2025-10-16"), ("the next day", "DATE", "2025-10-15"),
        ("August", "DATE", "2025-08")],
       [ev("TRANSFER", ["A cargo ship flying the Russian flag loaded wooden crates brought by military trucks at North Korea's "
                        "Chongjin Port two days ago",
                        "The ship left the port the next day, and judging from the markings on the crates, they were certainly "
                        "artillery shells"],
           "2025-10-14", ["place:chongjin"], [KP, RU], ["fac:chongjin-port"], [INS, ADV], ASS, h=72),
        ev("SECURITY_MEASURE", ["Security officers were deployed around the port that day to keep people away"], "2025-10-14",
           ["place:chongjin"], [], ["fac:chongjin-port"], INS, ASS, h=73),
        ev("TRANSFER", ["Residents were already talking in August about ships from Russia carrying weapons out of Chongjin"],
           "2025-08", [], [KP, RU], ["fac:chongjin-port"], ADV, RUM, h=74)],
       lang="en", counterpart="ko-dev3-028", ignore=["RFA", "Russian", "that day"])

# --- h75-h77: discharged soldiers assigned to Kanggye's munitions factories ----------------------------------

report("ko-dev3-029", "2025-05-27", "데일리NK",
       "북한 당국이 지난달 하순 제대군인 300여 명을 자강도 강계의 군수공장들에 집단 배치한 것으로 확인됐다.\n"
       "자강도 소식통은 26일 데일리NK에 \"제대군인들은 한달 남짓 기능 훈련을 받은 뒤 이달 중순부터 포탄 조립 공정에 투입됐다\"고 "
       "말했다.\n"
       "소식통에 따르면 당국은 이들에게 입당과 살림집 배정을 약속하며 탄원 형식으로 지원을 받았다.\n"
       "그는 \"일이 고되고 배급도 제대로 안 나와 벌써 도망치려는 사람이 있다는 소문이 돈다\"고 전했다.\n"
       "한편 희천시의 한 공작기계공장도 이달 말부터 군수품 생산 라인을 하나 더 늘릴 계획인 것으로 알려졌다.",
       [NK, P("자강도", "place:chagang"), P("강계", "place:kanggye"), P("희천시", "place:huichon")],
       [("지난달 하순", "DATE", "2025-04"), ("26일", "DATE", "2025-05-26"), ("한달 남짓", "DURATION", "P1M"),
        ("이달 중순", "DATE", "2025-05"), ("이달 말", "DATE", "2025-05")],
       [ev("PERSONNEL", ["북한 당국이 지난달 하순 제대군인 300여 명을 자강도 강계의 군수공장들에 집단 배치한 것으로 확인됐다",
                         "당국은 이들에게 입당과 살림집 배정을 약속하며 탄원 형식으로 지원을 받았다"],
           "2025-04", ["place:chagang", "place:kanggye"], [KP], [], [ADV, INS], ASS, h=75),
        ev("PRODUCTION_ACTIVITY", ["제대군인들은 한달 남짓 기능 훈련을 받은 뒤 이달 중순부터 포탄 조립 공정에 투입됐다"], "2025-05",
           ["place:kanggye"], [], [], INS, ASS, h=76),
        ev("FACILITY_STATUS", ["희천시의 한 공작기계공장도 이달 말부터 군수품 생산 라인을 하나 더 늘릴 계획인 것으로 알려졌다"],
           "2025-05", ["place:huichon"], [], [], ADV, PRED, h=77)],
       ignore=["데일리NK"])

# --- ko-dev3-030: an agency relaying the denial (008) and restating the NIS briefing (h11) -----------------

report("ko-dev3-030", "2025-06-28", "연합뉴스",
       "北 외무성 \"대러 무기수출설은 날조\"…국정원 보고 정면 반박\n"
       "(서울=연합뉴스) 이지원 기자 = 북한 외무성 대변인은 28일 조선중앙통신 기자와의 문답에서 러시아에 무기를 넘겼다는 "
       "국가정보원의 보고 내용을 \"황당무계한 날조\"라고 주장했다.\n"
       "대변인은 \"우리는 러시아에 그 어떤 무기도 수출한 적이 없다\"고 강조했다.\n"
       "앞서 국정원은 지난 25일 국회 정보위원회에 북한이 올해 들어 라진항을 통해 컨테이너 약 4천개 분량의 포탄과 미사일을 "
       "러시아로 보냈다고 보고했다.\n"
       "북한은 그동안 러시아와의 무기 거래 의혹이 불거질 때마다 이를 부인해 왔다.",
       [NK_HANJA, O("외무성", "org:kp-mfa"), O("국정원", "org:rok-nis"), NK, O("조선중앙통신", "org:kcna"), P("러시아", RU),
        O("국가정보원", "org:rok-nis"), O("국회 정보위원회", "org:rok-na-intel"), F("라진항", "fac:rajin-port")],
       [("28일", "DATE", "2025-06-28"), ("지난 25일", "DATE", "2025-06-25"), ("올해", "DATE", "2025")],
       [ev("TRANSFER", ["국정원은 지난 25일 국회 정보위원회에 북한이 올해 들어 라진항을 통해 컨테이너 약 4천개 분량의 포탄과 미사일을 "
                        "러시아로 보냈다고 보고했다"],
           "2025", [], [KP, RU], ["fac:rajin-port"], INT, ASS, h=11, sources=2)],
       unscored=["(서울=연합뉴스) 이지원 기자 = "], ignore=["대러"])

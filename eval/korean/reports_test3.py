"""Frozen test split `test3`: 30 Korean reports (`ko-test3-001` ... `030`) and English editions of ten of
them (`en-test3-001` ... `010`), written and annotated blind on 2026-12-02.

How it was made: the annotator had not read src/threadline (rules, lexicons, the Korean pack file), did
not run the system on these reports and saw no system output. It read ../shared/eval/ANNOTATION.md and
CONTRACT.md, the English seeds, docs/domain-pack.md, reports_a.py for the format only, and real
Korean-language reporting (insider outlets, agency copy relaying NIS briefings and JCS statements,
KCNA/Rodong Sinmun Korean service, RFA Korean, think-tank imagery analyses relayed by papers): read,
never copied. Every report, date, figure and quotation here is invented; real place, body and
official names are used. Entity ids come from the dev/test gold and from the pack's lookup by English
name; the entities the pack lacks are in ENTITIES below.

Conventions beyond ANNOTATION.md (the annotator's own reading, written down so a scorer can follow):
- `happening` is "test3-hNN"; `independent_sources` counts origins (an outlet's own sources, the NIS,
  the JCS, a defence ministry, state media, a think tank's imagery), not outlets: an agency relaying
  KCNA, two papers quoting one NIS briefing, and an English edition are one origin each.
- A denial (ko-test3-008) is annotated as an event of the happening it denies, so that the
  disagreement can be found; the denying origin is not counted in `independent_sources`, which
  counts the origins that report the happening.
- Reported-speech statements ("소식통은 ...했다고 전했다") are `asserted`; 알려졌다/전해졌다,
  보인다/추정된다/분석된다, "...한 것으로 파악했다/보고 있다" are `estimated` (the last two listed with
  `asserted` where the sentence reads as a finding); 전망/예정/계획/가능성/-ㄹ 것 are `predicted`;
  소문/말이 돈다 are `rumored` (with `predicted` when the rumour is about a future step).
- A question headline, a statement that no sign of something was seen, and an unverified hedge are
  not events. Vague time words (최근, 현재, recently, so far) are `ignore`d; so are outlet names
  where the outlet is the one reporting, demonyms and country abbreviations used as modifiers
  (美, 한미, North Korean, U.S.), and named furnaces.
- `when` is the TIMEX3 value of when the happening took place or began, as this report gives it;
  None where the report gives no time for it. "연말"/"올해 말"/"the end of the year" are the year
  (as "the middle of last year" is in ANNOTATION.md); "설 명절 직전" is the month of the holiday.
"""
from eval.korean.reports_a import R  # every reports_*.py adds its reports to this one list

# Entities the pack lacks (its lookup by English name found nothing for these).
ENTITIES = {
    "person:jo-chun-ryong": {"kind": "person", "name": "Jo Chun Ryong"},
    "place:east-sea": {"kind": "place", "name": "East Sea", "level": "other"},
    "place:yellow-sea": {"kind": "place", "name": "Yellow Sea", "level": "other"},
    "fac:no65-huichon": {"kind": "facility", "name": "Factory No. 65", "country": "KP", "admin1": "KP-04",
                         "located_in": "place:huichon"},
    "fac:tumangang-station": {"kind": "facility", "name": "Tumangang Station", "country": "KP", "admin1": "KP-13",
                              "located_in": "place:sonbong"},
    "org:ru-pacific-fleet": {"kind": "organization", "name": "Pacific Fleet", "country": "RU"},
    "org:chongjin-pc": {"kind": "organization", "name": "Chongjin City People's Committee", "country": "KP"},
}


def report(id, published, outlet, text, mentions, timexes, events, lang="ko", counterpart=None, unscored=(),
           ignore=()):
    R.append(dict(id=id, published=published, outlet=outlet, text=text, mentions=mentions, timexes=timexes,
                  events=events, lang=lang, counterpart=counterpart, unscored=list(unscored), ignore=list(ignore)))


def ev(type, evidence, when=None, where=(), actors=(), facilities=(), attribution="outlet", modality="asserted",
       h=None, sources=1):
    """One event; `h` is the happening number within this split, `sources` its independent origins."""
    return dict(type=type, evidence=list(evidence), when=when, where=list(where), actors=list(actors),
                facilities=list(facilities), attribution=attribution, modality=modality,
                happening=f"test3-h{h:02d}", independent_sources=sources)


KP, RU, CN, US, JP, KR = ("북한", "place", "country:KP"), ("러시아", "place", "country:RU"), \
    ("중국", "place", "country:CN"), ("미국", "place", "country:US"), ("일본", "place", "country:JP"), \
    ("남조선", "place", "country:KR")
KJU = ("김정은", "person", "person:kim-jong-un")
JCR = ("조춘룡", "person", "person:jo-chun-ryong")
INS, OUT, GOV, INT, STATE, OTH = ("anonymous_insider", "outlet", "government_official", "intelligence_agency",
                                  "state_media", "other")
EST_OR_ASS = ["estimated", "asserted"]

# ---------------------------------------------------------------------------------------------------
# h01-h07: an order to Chagang munitions factories, reported by two insider outlets with different
# figures (30% more vs double last year's plan).
report("ko-test3-001", "2026-03-12", "데일리NK",
       "자강도 군수공장들에 포탄 추가 과제…\"계획보다 30% 더 내라\"\n"
       "북한 당국이 최근 자강도 강계시와 만포시의 주요 군수공장들에 포탄 생산량을 기존 계획보다 30% 늘리라는 지시를 하달한 것으로 확인됐다.\n"
       "데일리NK 자강도 소식통은 10일 \"지난달 말 중앙에서 지시문이 내려오자 강계와 만포의 군수공장 간부들이 이달 3일 긴급 협의회를 열고 추가 과제를 공장별로 나눠 받았다\"고 전했다.\n"
       "소식통에 따르면 이번 추가 과제는 122mm 방사포탄과 152mm 포탄에 집중돼 있으며, 첫 물량은 이달 말까지 출하해야 한다.\n"
       "소식통은 \"강계트랙터종합공장은 설 명절 직전부터 이미 3교대로 기계를 돌리고 있었는데, 이번 지시로 휴식일마저 없어졌다\"고 말했다.\n"
       "지시문에는 공장 정문과 화약 창고의 경비 인원을 두 배로 늘리라는 내용도 담긴 것으로 알려졌다.\n"
       "공장 안팎에서는 계획을 채우지 못한 직장장들이 줄줄이 철직될 것이라는 소문이 돌고 있다고 소식통은 덧붙였다.",
       [("자강도", "place", "place:chagang"), ("강계시", "place", "place:kanggye"), ("만포시", "place", "place:manpo"),
        ("강계", "place", "place:kanggye"), ("만포", "place", "place:manpo"),
        ("강계트랙터종합공장", "facility", "fac:kanggye-tractor"), KP],
       [("10일", "DATE", "2026-03-10"), ("지난달 말", "DATE", "2026-02"), ("이달 3일", "DATE", "2026-03-03"),
        ("이달 말", "DATE", "2026-03"), ("설 명절 직전", "DATE", "2026-02")],
       [ev("PRODUCTION_ORDER", ["자강도 군수공장들에 포탄 추가 과제",
                                "북한 당국이 최근 자강도 강계시와 만포시의 주요 군수공장들에 포탄 생산량을 기존 계획보다 30% 늘리라는 지시를 하달한 것으로 확인됐다",
                                "지난달 말 중앙에서 지시문이 내려오자",
                                "이번 추가 과제는 122mm 방사포탄과 152mm 포탄에 집중돼 있으며, 첫 물량은 이달 말까지 출하해야 한다"],
           "2026-02", ["place:chagang", "place:kanggye", "place:manpo"], [], [], [OUT, INS], h=1, sources=2),
        ev("MEETING", ["강계와 만포의 군수공장 간부들이 이달 3일 긴급 협의회를 열고 추가 과제를 공장별로 나눠 받았다"], "2026-03-03",
           ["place:kanggye", "place:manpo"], [], [], INS, h=2),
        ev("PRODUCTION_ACTIVITY", ["강계트랙터종합공장은 설 명절 직전부터 이미 3교대로 기계를 돌리고 있었는데"], "2026-02", [], [],
           ["fac:kanggye-tractor"], INS, h=3, sources=2),
        ev("SECURITY_MEASURE", ["지시문에는 공장 정문과 화약 창고의 경비 인원을 두 배로 늘리라는 내용도 담긴 것으로 알려졌다"], "2026-02",
           ["place:chagang", "place:kanggye", "place:manpo"], [], [], [OUT, INS], "estimated", h=4),
        ev("PERSONNEL", ["계획을 채우지 못한 직장장들이 줄줄이 철직될 것이라는 소문이 돌고 있다"], None, [], [], [], INS,
           ["rumored", "predicted"], h=5)],
       counterpart="en-test3-001", ignore=["데일리NK", "최근"])
report("en-test3-001", "2026-03-12", "Daily NK",
       "North Korea orders Chagang munitions factories to turn out 30% more shells\n"
       "North Korean authorities have recently ordered major munitions factories in Kanggye and Manpo, Chagang Province, to raise their artillery shell output by 30% over the existing plan, Daily NK has confirmed.\n"
       "\"When a directive came down from the center late last month, cadres of the munitions factories in Kanggye and Manpo held an emergency meeting on Mar. 3 and divided the additional quota among the factories,\" a source in Chagang Province told Daily NK on Tuesday.\n"
       "According to the source, the additional quota is focused on 122mm multiple rocket launcher rounds and 152mm shells, and the first batch must be shipped out by the end of this month.\n"
       "\"The Kanggye General Tractor Plant was already running its machines in three shifts from just before the Lunar New Year holiday, and now even rest days are gone,\" the source said.\n"
       "The directive also reportedly calls for doubling the number of guards at factory gates and gunpowder warehouses.\n"
       "Rumors are circulating in and around the factories that workshop chiefs who fail to meet the plan will be dismissed one after another, the source added.",
       [("Chagang Province", "place", "place:chagang"), ("Chagang", "place", "place:chagang"),
        ("Kanggye", "place", "place:kanggye"), ("Manpo", "place", "place:manpo"),
        ("Kanggye General Tractor Plant", "facility", "fac:kanggye-tractor")],
       [("late last month", "DATE", "2026-02"), ("Mar. 3", "DATE", "2026-03-03"), ("Tuesday", "DATE", "2026-03-10"),
        ("the end of this month", "DATE", "2026-03"),
        ("just before the Lunar New Year holiday", "DATE", "2026-02")],
       [ev("PRODUCTION_ORDER", ["North Korea orders Chagang munitions factories to turn out 30% more shells",
                                "North Korean authorities have recently ordered major munitions factories in Kanggye and Manpo, Chagang Province, to raise their artillery shell output by 30% over the existing plan",
                                "When a directive came down from the center late last month",
                                "the additional quota is focused on 122mm multiple rocket launcher rounds and 152mm shells, and the first batch must be shipped out by the end of this month"],
           "2026-02", ["place:chagang", "place:kanggye", "place:manpo"], [], [], [OUT, INS], h=1, sources=2),
        ev("MEETING", ["cadres of the munitions factories in Kanggye and Manpo held an emergency meeting on Mar. 3 and divided the additional quota among the factories"],
           "2026-03-03", ["place:kanggye", "place:manpo"], [], [], INS, h=2),
        ev("PRODUCTION_ACTIVITY", ["The Kanggye General Tractor Plant was already running its machines in three shifts from just before the Lunar New Year holiday"],
           "2026-02", [], [], ["fac:kanggye-tractor"], INS, h=3, sources=2),
        ev("SECURITY_MEASURE", ["The directive also reportedly calls for doubling the number of guards at factory gates and gunpowder warehouses"],
           "2026-02", ["place:chagang", "place:kanggye", "place:manpo"], [], [], [OUT, INS], "estimated", h=4),
        ev("PERSONNEL", ["Rumors are circulating in and around the factories that workshop chiefs who fail to meet the plan will be dismissed one after another"],
           None, [], [], [], INS, ["rumored", "predicted"], h=5)],
       lang="en", counterpart="ko-test3-001", ignore=["North Korean", "Daily NK", "recently"])

report("ko-test3-002", "2026-03-17", "자유아시아방송",
       "앵커: 북한 자강도의 군수공장들이 포탄 생산 계획을 두 배로 늘리라는 지시를 받고 밤낮없이 돌아가고 있다는 소식입니다. 김지성 기자가 보도합니다.\n"
       "자강도의 한 소식통은 15일 자유아시아방송에 \"지난 2월 하순 중앙에서 강계의 군수공장들에 포탄 생산 계획을 작년의 두 배로 올리라는 지시가 떨어졌다\"고 말했습니다.\n"
       "소식통은 \"강계트랙터종합공장은 한달 남짓 불이 꺼진 적이 없을 정도로 24시간 돌아가고 있다\"며 \"노동자들은 공장 안에서 먹고 자고 있다\"고 전했습니다.\n"
       "이와 함께 군수공장에 전기를 우선 보내라는 지시도 함께 내려와 강계 시내 살림집들은 사실상 정전 상태라고 소식통은 덧붙였습니다.\n"
       "평안북도의 또 다른 소식통은 \"구성 쪽 공장들에도 비슷한 과제가 내려왔다는 말이 돌지만 확인된 것은 없다\"고 말했습니다.\n"
       "자유아시아방송 김지성입니다.",
       [KP, ("자강도", "place", "place:chagang"), ("강계", "place", "place:kanggye"),
        ("강계트랙터종합공장", "facility", "fac:kanggye-tractor"), ("평안북도", "place", "place:npyongan"),
        ("구성", "place", "place:kusong")],
       [("15일", "DATE", "2026-03-15"), ("지난 2월 하순", "DATE", "2026-02"), ("작년", "DATE", "2025"),
        ("한달 남짓", "DURATION", "P1M")],
       [ev("PRODUCTION_ORDER", ["북한 자강도의 군수공장들이 포탄 생산 계획을 두 배로 늘리라는 지시를 받고",
                                "지난 2월 하순 중앙에서 강계의 군수공장들에 포탄 생산 계획을 작년의 두 배로 올리라는 지시가 떨어졌다"],
           "2026-02", ["place:chagang", "place:kanggye"], [], [], [INS, OUT], h=1, sources=2),
        ev("PRODUCTION_ACTIVITY", ["밤낮없이 돌아가고 있다는 소식입니다",
                                   "강계트랙터종합공장은 한달 남짓 불이 꺼진 적이 없을 정도로 24시간 돌아가고 있다",
                                   "노동자들은 공장 안에서 먹고 자고 있다"],
           None, ["place:chagang"], [], ["fac:kanggye-tractor"], [INS, OUT], h=3, sources=2),
        ev("OTHER_DIRECTIVE", ["군수공장에 전기를 우선 보내라는 지시도 함께 내려와 강계 시내 살림집들은 사실상 정전 상태라고 소식통은 덧붙였습니다"],
           None, ["place:kanggye"], [], [], INS, h=6),
        ev("PRODUCTION_ORDER", ["구성 쪽 공장들에도 비슷한 과제가 내려왔다는 말이 돌지만 확인된 것은 없다"], None,
           ["place:npyongan", "place:kusong"], [], [], INS, "rumored", h=7)],
       unscored=["김지성 기자가 보도합니다.", "자유아시아방송 김지성입니다."], ignore=["자유아시아방송"])

# ---------------------------------------------------------------------------------------------------
# h08-h13: a field-guidance visit in state media (Korean and English service) and an agency relaying it
# (one origin).
report("ko-test3-003", "2026-05-08", "조선중앙통신",
       "(평양 5월 8일발 조선중앙통신)\n"
       "경애하는 김정은동지께서 룡성기계련합기업소를 현지지도하시였다.\n"
       "김정은동지께서는 새로 꾸려진 조립직장과 열처리직장을 비롯한 여러곳을 돌아보시면서 생산실태를 구체적으로 료해하시였다.\n"
       "련합기업소에서는 올해 1.4분기 인민경제계획과 국방공업부문 주문생산계획을 118%로 넘쳐 수행하였다고 한다.\n"
       "김정은동지께서는 지난해 12월에 착공한 조립직장이 불과 넉달만에 일떠선것은 로동계급의 애국적헌신이 낳은 자랑찬 성과라고 높이 평가하시였다.\n"
       "김정은동지께서는 련합기업소가 올해안으로 중요무장장비생산능력을 두배로 늘일데 대한 과업을 제시하시였다.\n"
       "현지지도에는 조선로동당 중앙위원회 비서 조춘룡동지가 동행하였다.",
       [KJU, ("룡성기계련합기업소", "facility", "fac:ryongsong-machine"),
        ("조선로동당 중앙위원회", "organization", "org:wpk-cc"), JCR],
       [("올해 1.4분기", "DATE", "2026-Q1"), ("지난해 12월", "DATE", "2025-12"), ("넉달", "DURATION", "P4M"),
        ("올해안", "DATE", "2026")],
       [ev("INSPECTION", ["경애하는 김정은동지께서 룡성기계련합기업소를 현지지도하시였다",
                          "새로 꾸려진 조립직장과 열처리직장을 비롯한 여러곳을 돌아보시면서 생산실태를 구체적으로 료해하시였다",
                          "현지지도에는 조선로동당 중앙위원회 비서 조춘룡동지가 동행하였다"],
           None, [], ["person:kim-jong-un"], ["fac:ryongsong-machine"], STATE, h=8),
        ev("PRODUCTION_ACTIVITY", ["련합기업소에서는 올해 1.4분기 인민경제계획과 국방공업부문 주문생산계획을 118%로 넘쳐 수행하였다고 한다"],
           "2026-Q1", [], [], ["fac:ryongsong-machine"], STATE, h=9),
        ev("FACILITY_STATUS", ["지난해 12월에 착공한 조립직장이 불과 넉달만에 일떠선것은"], "2025-12", [], [],
           ["fac:ryongsong-machine"], STATE, h=10),
        ev("PRODUCTION_ORDER", ["련합기업소가 올해안으로 중요무장장비생산능력을 두배로 늘일데 대한 과업을 제시하시였다"], None, [],
           ["person:kim-jong-un"], ["fac:ryongsong-machine"], STATE, h=11)],
       counterpart="en-test3-002", unscored=["(평양 5월 8일발 조선중앙통신)"])
report("en-test3-002", "2026-05-08", "KCNA",
       "Pyongyang, May 8 (KCNA) -- Respected Comrade Kim Jong Un gave field guidance to the Ryongsong Machine Complex.\n"
       "He went round the newly built assembly shop, heat-treatment shop and other places and learned in detail about the production.\n"
       "The complex is said to have overfulfilled its plans for the national economy and for defence industry orders for the January-March period by 118 percent.\n"
       "Noting that the assembly shop, whose construction started in December last year, went up in just four months, he highly praised it as a proud success born of the patriotic devotion of the working class.\n"
       "He set forth the task for the complex to double its capacity for producing major military hardware within this year.\n"
       "He was accompanied by Jo Chun Ryong, secretary of the Central Committee of the Workers' Party of Korea.",
       [("Kim Jong Un", "person", "person:kim-jong-un"), ("Ryongsong Machine Complex", "facility", "fac:ryongsong-machine"),
        ("Jo Chun Ryong", "person", "person:jo-chun-ryong"),
        ("Central Committee of the Workers' Party of Korea", "organization", "org:wpk-cc")],
       [("the January-March period", "DATE", "2026-Q1"), ("December last year", "DATE", "2025-12"),
        ("four months", "DURATION", "P4M"), ("this year", "DATE", "2026")],
       [ev("INSPECTION", ["Respected Comrade Kim Jong Un gave field guidance to the Ryongsong Machine Complex",
                          "He went round the newly built assembly shop, heat-treatment shop and other places and learned in detail about the production",
                          "He was accompanied by Jo Chun Ryong"],
           None, [], ["person:kim-jong-un"], ["fac:ryongsong-machine"], STATE, h=8),
        ev("PRODUCTION_ACTIVITY", ["The complex is said to have overfulfilled its plans for the national economy and for defence industry orders for the January-March period by 118 percent"],
           "2026-Q1", [], [], ["fac:ryongsong-machine"], STATE, h=9),
        ev("FACILITY_STATUS", ["the assembly shop, whose construction started in December last year, went up in just four months"],
           "2025-12", [], [], ["fac:ryongsong-machine"], STATE, h=10),
        ev("PRODUCTION_ORDER", ["He set forth the task for the complex to double its capacity for producing major military hardware within this year"],
           None, [], ["person:kim-jong-un"], ["fac:ryongsong-machine"], STATE, h=11)],
       lang="en", counterpart="ko-test3-003", unscored=["Pyongyang, May 8 (KCNA) --"])

report("ko-test3-004", "2026-05-08", "연합뉴스",
       "(서울=연합뉴스) 정하윤 기자 = 김정은 북한 국무위원장이 함경남도 함흥의 용성기계연합기업소를 찾아 주요 무장장비 생산능력을 올해 안에 두 배로 늘리라고 지시했다고 조선중앙통신이 8일 보도했다.\n"
       "통신은 김 위원장이 새로 건설된 조립직장 등을 둘러봤다고 전했으나 방문 날짜는 밝히지 않았다.\n"
       "통신에 따르면 이 기업소는 올해 1분기 생산계획을 118% 초과 달성했다.\n"
       "전문가들은 이 기업소가 탄도미사일 이동식발사대(TEL) 차량의 부품을 생산하는 곳으로 보고 있다.\n"
       "이번 방문에는 조춘룡 당 비서가 동행했다.\n"
       "김 위원장의 군수 부문 공개 행보는 지난 3월 중순 이후 두 달 만이다.",
       [KJU, KP, ("함경남도", "place", "place:shamgyong"), ("함흥", "place", "place:hamhung"),
        ("용성기계연합기업소", "facility", "fac:ryongsong-machine"), ("조선중앙통신", "organization", "org:kcna"), JCR],
       [("올해", "DATE", "2026"), ("8일", "DATE", "2026-05-08"), ("올해 1분기", "DATE", "2026-Q1"),
        ("지난 3월 중순", "DATE", "2026-03"), ("두 달", "DURATION", "P2M")],
       [ev("INSPECTION", ["김정은 북한 국무위원장이 함경남도 함흥의 용성기계연합기업소를 찾아",
                          "통신은 김 위원장이 새로 건설된 조립직장 등을 둘러봤다고 전했으나 방문 날짜는 밝히지 않았다",
                          "이번 방문에는 조춘룡 당 비서가 동행했다"],
           None, ["place:shamgyong", "place:hamhung"], ["person:kim-jong-un"], ["fac:ryongsong-machine"], STATE, h=8),
        ev("PRODUCTION_ORDER", ["주요 무장장비 생산능력을 올해 안에 두 배로 늘리라고 지시했다고 조선중앙통신이 8일 보도했다"], None,
           ["place:shamgyong", "place:hamhung"], ["person:kim-jong-un"], ["fac:ryongsong-machine"], STATE, h=11),
        ev("FACILITY_STATUS", ["새로 건설된 조립직장"], None, [], [], ["fac:ryongsong-machine"], STATE, h=10),
        ev("PRODUCTION_ACTIVITY", ["통신에 따르면 이 기업소는 올해 1분기 생산계획을 118% 초과 달성했다"], "2026-Q1", [], [],
           ["fac:ryongsong-machine"], STATE, h=9),
        ev("PRODUCTION_ACTIVITY", ["전문가들은 이 기업소가 탄도미사일 이동식발사대(TEL) 차량의 부품을 생산하는 곳으로 보고 있다"], None,
           [], [], ["fac:ryongsong-machine"], OTH, "estimated", h=12),
        ev("INSPECTION", ["김 위원장의 군수 부문 공개 행보는 지난 3월 중순 이후 두 달 만이다"], "2026-03", [],
           ["person:kim-jong-un"], [], OUT, h=13)],
       unscored=["(서울=연합뉴스) 정하윤 기자 ="])

# ---------------------------------------------------------------------------------------------------
# h14-h19: an NIS briefing relayed by two papers (one origin), a think tank's imagery of the same
# shipments (a second origin), and state media denying them.
report("ko-test3-005", "2026-09-24", "연합뉴스",
       "(서울=연합뉴스) 한지훈 기자 = 국가정보원은 북한이 작년 8월 이후 러시아에 포탄과 미사일 등을 담은 컨테이너 2만8천여 개를 보낸 것으로 파악했다고 24일 밝혔다.\n"
       "국회 정보위원회 여당 간사는 이날 국정원 비공개 보고 직후 기자들과 만나 \"국정원은 포탄으로 환산하면 1,200만 발이 넘는 분량으로 보고 있다\"고 전했다.\n"
       "국정원은 또 북한이 군수공장 숙련공과 기술병 약 3천 명을 러시아 드론 생산시설에 보내기 위해 선발 작업을 벌이고 있는 것으로 보인다고 보고했다.\n"
       "이와 함께 북한 내 주요 군수공장들이 올해 들어 사실상 100% 가동되고 있다고 국정원은 판단했다.\n"
       "국정원은 김정은 국무위원장이 연내 러시아를 다시 찾을 가능성도 배제할 수 없다고 밝혔다.\n"
       "다만 나진항을 통한 수송 규모는 현실적으로 확인하기 어렵다는 것이 국정원의 설명이다.",
       [("국가정보원", "organization", "org:rok-nis"), ("국정원", "organization", "org:rok-nis"), KP, RU,
        ("국회 정보위원회", "organization", "org:rok-na-intel"), KJU, ("나진항", "facility", "fac:rajin-port")],
       [("작년 8월", "DATE", "2025-08"), ("24일", "DATE", "2026-09-24"), ("이날", "DATE", "2026-09-24"),
        ("올해", "DATE", "2026"), ("연내", "DATE", "2026")],
       [ev("TRANSFER", ["국가정보원은 북한이 작년 8월 이후 러시아에 포탄과 미사일 등을 담은 컨테이너 2만8천여 개를 보낸 것으로 파악했다고 24일 밝혔다",
                        "국정원은 포탄으로 환산하면 1,200만 발이 넘는 분량으로 보고 있다",
                        "다만 나진항을 통한 수송 규모는 현실적으로 확인하기 어렵다는 것이 국정원의 설명이다"],
           "2025-08", ["country:RU"], ["country:KP"], ["fac:rajin-port"], INT, EST_OR_ASS, h=14, sources=2),
        ev("MEETING", ["국회 정보위원회 여당 간사는 이날 국정원 비공개 보고 직후 기자들과 만나"], "2026-09-24", [],
           ["org:rok-na-intel", "org:rok-nis"], [], [OUT, GOV], h=15),
        ev("PERSONNEL", ["북한이 군수공장 숙련공과 기술병 약 3천 명을 러시아 드론 생산시설에 보내기 위해 선발 작업을 벌이고 있는 것으로 보인다고 보고했다"],
           None, ["country:RU"], ["country:KP"], [], INT, "estimated", h=16),
        ev("PRODUCTION_ACTIVITY", ["북한 내 주요 군수공장들이 올해 들어 사실상 100% 가동되고 있다고 국정원은 판단했다"], "2026",
           ["country:KP"], [], [], INT, EST_OR_ASS, h=17),
        ev("LEADER_TRAVEL", ["김정은 국무위원장이 연내 러시아를 다시 찾을 가능성도 배제할 수 없다고 밝혔다"], "2026",
           ["country:RU"], ["person:kim-jong-un"], [], INT, "predicted", h=18)],
       counterpart="en-test3-003", unscored=["(서울=연합뉴스) 한지훈 기자 ="])
report("en-test3-003", "2026-09-24", "Yonhap",
       "SEOUL, Sept. 24 (Yonhap) -- North Korea has sent about 28,000 containers loaded with artillery shells, missiles and other munitions to Russia since August last year, the National Intelligence Service (NIS) said Thursday.\n"
       "\"The NIS sees it as an amount exceeding 12 million shells when converted into artillery rounds,\" the ruling party's senior member on the parliamentary intelligence committee told reporters after a closed-door briefing by the spy agency.\n"
       "The NIS also reported that North Korea appears to be selecting about 3,000 skilled munitions workers and technical troops to send to drone production facilities in Russia.\n"
       "Major munitions factories in North Korea have been operating at virtually full capacity since the start of this year, the NIS judged.\n"
       "The agency said it could not rule out the possibility of North Korean leader Kim Jong Un visiting Russia again before the end of the year.\n"
       "The NIS added, however, that the volume shipped through the port of Rajin is realistically difficult to verify.",
       [("North Korea", "place", "country:KP"), ("Russia", "place", "country:RU"),
        ("National Intelligence Service", "organization", "org:rok-nis"), ("NIS", "organization", "org:rok-nis"),
        ("parliamentary intelligence committee", "organization", "org:rok-na-intel"),
        ("Kim Jong Un", "person", "person:kim-jong-un"), ("port of Rajin", "facility", "fac:rajin-port")],
       [("August last year", "DATE", "2025-08"), ("Thursday", "DATE", "2026-09-24"),
        ("the start of this year", "DATE", "2026"), ("the end of the year", "DATE", "2026")],
       [ev("TRANSFER", ["North Korea has sent about 28,000 containers loaded with artillery shells, missiles and other munitions to Russia since August last year",
                        "The NIS sees it as an amount exceeding 12 million shells when converted into artillery rounds",
                        "the volume shipped through the port of Rajin is realistically difficult to verify"],
           "2025-08", ["country:RU"], ["country:KP"], ["fac:rajin-port"], INT, EST_OR_ASS, h=14, sources=2),
        ev("MEETING", ["told reporters after a closed-door briefing by the spy agency"], "2026-09-24", [],
           ["org:rok-na-intel", "org:rok-nis"], [], [OUT, GOV], h=15),
        ev("PERSONNEL", ["North Korea appears to be selecting about 3,000 skilled munitions workers and technical troops to send to drone production facilities in Russia"],
           None, ["country:RU"], ["country:KP"], [], INT, "estimated", h=16),
        ev("PRODUCTION_ACTIVITY", ["Major munitions factories in North Korea have been operating at virtually full capacity since the start of this year, the NIS judged"],
           "2026", ["country:KP"], [], [], INT, EST_OR_ASS, h=17),
        ev("LEADER_TRAVEL", ["it could not rule out the possibility of North Korean leader Kim Jong Un visiting Russia again before the end of the year"],
           "2026", ["country:RU"], ["person:kim-jong-un"], [], INT, "predicted", h=18)],
       lang="en", counterpart="ko-test3-005", unscored=["SEOUL, Sept. 24 (Yonhap) --"],
       ignore=["North Korean", "ruling party"])

report("ko-test3-006", "2026-09-25", "조선일보",
       "국정원 \"北, 러시아에 컨테이너 2만8천개 분량 무기 보내\"\n"
       "국가정보원이 북한의 대러 무기 지원 규모를 컨테이너 2만8천여 개로 파악했다고 국회 정보위원들이 전했다.\n"
       "정보위 여야 간사는 전날 국정원에서 비공개로 열린 현안 보고가 끝난 뒤 이같이 밝혔다.\n"
       "간사들에 따르면 국정원은 북한이 지난해 8월부터 라진항과 두만강 철교를 거쳐 무기를 실어 보낸 것으로 보고 있다.\n"
       "국정원은 또 북한이 군수공장 기능공들을 러시아 드론 공장에 보내려고 인원을 고르고 있다고 보고했다.\n"
       "야당 간사는 \"국정원도 라진항 수송 물량을 현장에서 직접 확인한 것은 아니라고 했다\"고 말했다.\n"
       "정보위원들은 김정은이 올해 안에 러시아를 다시 방문할 수 있다는 보고도 받았다고 덧붙였다.\n"
       "김민재 기자",
       [("국정원", "organization", "org:rok-nis"), ("北", "place", "country:KP"), RU,
        ("국가정보원", "organization", "org:rok-nis"), KP, ("정보위", "organization", "org:rok-na-intel"),
        ("라진항", "facility", "fac:rajin-port"), ("두만강", "place", "place:tumen"), KJU],
       [("전날", "DATE", "2026-09-24"), ("지난해 8월", "DATE", "2025-08"), ("올해", "DATE", "2026")],
       [ev("TRANSFER", ["北, 러시아에 컨테이너 2만8천개 분량 무기 보내",
                        "국가정보원이 북한의 대러 무기 지원 규모를 컨테이너 2만8천여 개로 파악했다고 국회 정보위원들이 전했다",
                        "국정원은 북한이 지난해 8월부터 라진항과 두만강 철교를 거쳐 무기를 실어 보낸 것으로 보고 있다",
                        "국정원도 라진항 수송 물량을 현장에서 직접 확인한 것은 아니라고 했다"],
           "2025-08", ["country:RU", "place:tumen"], ["country:KP"], ["fac:rajin-port"], INT, EST_OR_ASS, h=14, sources=2),
        ev("MEETING", ["정보위 여야 간사는 전날 국정원에서 비공개로 열린 현안 보고가 끝난 뒤 이같이 밝혔다"], "2026-09-24", [],
           ["org:rok-na-intel", "org:rok-nis"], [], [OUT, GOV], h=15),
        ev("PERSONNEL", ["국정원은 또 북한이 군수공장 기능공들을 러시아 드론 공장에 보내려고 인원을 고르고 있다고 보고했다"], None,
           ["country:RU"], ["country:KP"], [], INT, h=16),
        ev("LEADER_TRAVEL", ["김정은이 올해 안에 러시아를 다시 방문할 수 있다는 보고도 받았다"], "2026", ["country:RU"],
           ["person:kim-jong-un"], [], INT, "predicted", h=18)],
       unscored=["김민재 기자"], ignore=["국회 정보위원들", "정보위원들"])

report("ko-test3-007", "2026-10-02", "뉴시스",
       "美 38노스 \"나진항에 컨테이너 수백개 쌓여…대러 무기 수송 계속되는 듯\"\n"
       "(서울=뉴시스) 이수민 기자 = 북한 라선시 나진항에서 러시아로 향하는 것으로 보이는 컨테이너 선적 활동이 9월 들어서도 이어지고 있다고 미국의 북한 전문매체 38노스가 1일(현지시간) 밝혔다.\n"
       "38노스는 지난 14일과 27일 촬영된 상업위성사진을 분석한 결과 부두에 쌓인 컨테이너가 약 350개에서 600개 이상으로 늘었다고 설명했다.\n"
       "같은 기간 러시아 선적으로 추정되는 화물선 2척이 부두에 접안한 모습도 포착됐다.\n"
       "38노스는 또 부두 북쪽에 올해 상반기 새로 들어선 대형 창고 3동이 모두 완공된 것으로 보인다고 분석했다.\n"
       "앞서 국가정보원은 북한이 작년 8월 이후 컨테이너 2만8천여 개 분량의 무기를 러시아에 보냈다고 국회에 보고한 바 있다.",
       [("나진항", "facility", "fac:rajin-port"), KP, ("라선시", "place", "place:rason"), RU, US,
        ("38노스", "organization", "org:38north"), ("국가정보원", "organization", "org:rok-nis"),
        ("국회", "organization", "org:rok-na")],
       [("9월", "DATE", "2026-09"), ("1일", "DATE", "2026-10-01"), ("지난 14일", "DATE", "2026-09-14"),
        ("27일", "DATE", "2026-09-27"), ("올해 상반기", "DATE", "2026-H1"), ("작년 8월", "DATE", "2025-08")],
       [ev("TRANSFER", ["나진항에 컨테이너 수백개 쌓여…대러 무기 수송 계속되는 듯",
                        "북한 라선시 나진항에서 러시아로 향하는 것으로 보이는 컨테이너 선적 활동이 9월 들어서도 이어지고 있다",
                        "부두에 쌓인 컨테이너가 약 350개에서 600개 이상으로 늘었다고 설명했다",
                        "같은 기간 러시아 선적으로 추정되는 화물선 2척이 부두에 접안한 모습도 포착됐다",
                        "앞서 국가정보원은 북한이 작년 8월 이후 컨테이너 2만8천여 개 분량의 무기를 러시아에 보냈다고 국회에 보고한 바 있다"],
           "2026-09", ["place:rason", "country:RU"], ["country:KP"], ["fac:rajin-port"], [OTH, INT], EST_OR_ASS,
           h=14, sources=2),
        ev("FACILITY_STATUS", ["부두 북쪽에 올해 상반기 새로 들어선 대형 창고 3동이 모두 완공된 것으로 보인다고 분석했다"], "2026-H1",
           ["place:rason"], [], ["fac:rajin-port"], OTH, "estimated", h=19)],
       unscored=["(서울=뉴시스) 이수민 기자 ="], ignore=["美"])

report("ko-test3-008", "2026-10-05", "조선중앙통신",
       "(평양 10월 5일발 조선중앙통신)\n"
       "조선민주주의인민공화국 외무성 대변인은 남조선괴뢰정보원이 우리가 로씨야에 무기를 넘겨주었다고 떠드는것은 황당무계한 날조라고 하면서 다음과 같은 담화를 발표하였다.\n"
       "대변인은 조로 두 나라사이의 합법적인 협력을 헐뜯으려는 적대세력들의 모략책동은 절대로 통하지 않을것이라고 강조하였다.\n"
       "그는 우리 공화국은 그 누구에게도 무장장비를 수출한 적이 없으며 앞으로도 주권국가의 정당한 권리를 당당히 행사해나갈것이라고 밝혔다.",
       [("조선민주주의인민공화국", "place", "country:KP"), ("외무성", "organization", "org:kp-mfa"), KR,
        ("괴뢰정보원", "organization", "org:rok-nis"), ("로씨야", "place", "country:RU")],
       [],
       [ev("TRANSFER", ["남조선괴뢰정보원이 우리가 로씨야에 무기를 넘겨주었다고 떠드는것은 황당무계한 날조라고 하면서",
                        "우리 공화국은 그 누구에게도 무장장비를 수출한 적이 없으며"],
           None, ["country:RU"], ["country:KP"], [], [STATE, GOV], h=14, sources=2)],
       unscored=["(평양 10월 5일발 조선중앙통신)"])

# ---------------------------------------------------------------------------------------------------
# h20-h24: a launch reported by the JCS (agency copy, English edition) and by state media the next day:
# two origins.
report("ko-test3-009", "2026-06-19", "연합뉴스",
       "북한, 동해상으로 탄도미사일 발사…합참 \"약 800㎞ 비행\"\n"
       "(서울=연합뉴스) 오승택 기자 = 북한이 19일 평양 순안 일대에서 동해상으로 단거리탄도미사일(SRBM) 1발을 발사했다고 합동참모본부가 밝혔다.\n"
       "합참은 \"미사일은 약 800㎞를 비행한 뒤 동해상에 떨어졌다\"며 \"세부 제원은 한미 정보당국이 정밀 분석 중\"이라고 설명했다.\n"
       "군은 추가 발사에 대비해 감시와 경계를 강화하고 미국, 일본과 관련 정보를 긴밀히 공유하고 있다고 합참은 덧붙였다.\n"
       "합참은 현재까지 추가 발사 징후는 포착되지 않았다고 밝혔다.\n"
       "북한의 탄도미사일 발사는 지난달 28일 이후 22일 만이다.",
       [KP, ("동해", "place", "place:east-sea"), ("합참", "organization", "org:rok-jcs"),
        ("평양", "place", "place:pyongyang"), ("순안", "place", "place:sunan"),
        ("합동참모본부", "organization", "org:rok-jcs"), US, JP],
       [("19일", "DATE", "2026-06-19"), ("지난달 28일", "DATE", "2026-05-28"), ("22일", "DURATION", "P22D")],
       [ev("WEAPONS_TEST", ["북한, 동해상으로 탄도미사일 발사",
                            "북한이 19일 평양 순안 일대에서 동해상으로 단거리탄도미사일(SRBM) 1발을 발사했다고 합동참모본부가 밝혔다",
                            "미사일은 약 800㎞를 비행한 뒤 동해상에 떨어졌다"],
           "2026-06-19", ["place:pyongyang", "place:sunan", "place:east-sea"], ["country:KP"], [], GOV, h=20, sources=2),
        ev("SECURITY_MEASURE", ["군은 추가 발사에 대비해 감시와 경계를 강화하고 미국, 일본과 관련 정보를 긴밀히 공유하고 있다고 합참은 덧붙였다"],
           None, [], ["org:rok-jcs"], [], GOV, h=21),
        ev("WEAPONS_TEST", ["북한의 탄도미사일 발사는 지난달 28일 이후 22일 만이다"], "2026-05-28", [], ["country:KP"], [], OUT,
           h=22)],
       counterpart="en-test3-004", unscored=["(서울=연합뉴스) 오승택 기자 ="], ignore=["한미", "현재"])
report("en-test3-004", "2026-06-19", "Yonhap",
       "N. Korea fires ballistic missile into East Sea: JCS\n"
       "SEOUL, June 19 (Yonhap) -- North Korea fired a short-range ballistic missile (SRBM) into the East Sea from the Sunan area of Pyongyang on Friday, South Korea's Joint Chiefs of Staff (JCS) said.\n"
       "The missile flew about 800 kilometers before falling into the East Sea, the JCS said, adding that South Korean and U.S. intelligence authorities were analyzing its details.\n"
       "The military has strengthened surveillance and vigilance in preparation for additional launches and is closely sharing information with the United States and Japan, the JCS added.\n"
       "No signs of additional launches have been detected so far, it said.\n"
       "The launch came 22 days after North Korea fired a ballistic missile on May 28.",
       [("N. Korea", "place", "country:KP"), ("North Korea", "place", "country:KP"), ("East Sea", "place", "place:east-sea"),
        ("JCS", "organization", "org:rok-jcs"), ("Joint Chiefs of Staff", "organization", "org:rok-jcs"),
        ("Sunan", "place", "place:sunan"), ("Pyongyang", "place", "place:pyongyang"),
        ("South Korea", "place", "country:KR"), ("United States", "place", "country:US"), ("Japan", "place", "country:JP")],
       [("Friday", "DATE", "2026-06-19"), ("22 days", "DURATION", "P22D"), ("May 28", "DATE", "2026-05-28")],
       [ev("WEAPONS_TEST", ["N. Korea fires ballistic missile into East Sea",
                            "North Korea fired a short-range ballistic missile (SRBM) into the East Sea from the Sunan area of Pyongyang on Friday",
                            "The missile flew about 800 kilometers before falling into the East Sea"],
           "2026-06-19", ["place:pyongyang", "place:sunan", "place:east-sea"], ["country:KP"], [], GOV, h=20, sources=2),
        ev("SECURITY_MEASURE", ["The military has strengthened surveillance and vigilance in preparation for additional launches"],
           None, [], ["org:rok-jcs"], [], GOV, h=21),
        ev("WEAPONS_TEST", ["The launch came 22 days after North Korea fired a ballistic missile on May 28"], "2026-05-28", [],
           ["country:KP"], [], OUT, h=22)],
       lang="en", counterpart="ko-test3-009", unscored=["SEOUL, June 19 (Yonhap) --"],
       ignore=["South Korean", "U.S.", "so far"])

report("ko-test3-010", "2026-06-20", "조선중앙통신",
       "(평양 6월 20일발 조선중앙통신)\n"
       "미싸일총국은 6월 19일 새로 개발한 전술탄도미싸일무기체계의 시험사격을 진행하였다.\n"
       "시험사격을 통하여 미싸일의 비행안정성과 명중정확성이 검증되였다고 미싸일총국은 밝혔다.\n"
       "경애하는 김정은동지께서 시험사격을 참관하시였다.\n"
       "김정은동지께서는 이 무기체계를 대량생산하기 위한 능력을 시급히 조성할데 대하여 군수공업부문에 과업을 주시였다.\n"
       "새 무기체계는 래년부터 조선인민군 부대들에 인도될것이다.",
       [("미싸일총국", "organization", "org:missile-admin"), KJU, ("조선인민군", "organization", "org:kpa")],
       [("6월 19일", "DATE", "2026-06-19"), ("래년", "DATE", "2027")],
       [ev("WEAPONS_TEST", ["미싸일총국은 6월 19일 새로 개발한 전술탄도미싸일무기체계의 시험사격을 진행하였다",
                            "시험사격을 통하여 미싸일의 비행안정성과 명중정확성이 검증되였다고 미싸일총국은 밝혔다",
                            "경애하는 김정은동지께서 시험사격을 참관하시였다"],
           "2026-06-19", [], ["org:missile-admin", "person:kim-jong-un"], [], STATE, h=20, sources=2),
        ev("PRODUCTION_ORDER", ["이 무기체계를 대량생산하기 위한 능력을 시급히 조성할데 대하여 군수공업부문에 과업을 주시였다"], None, [],
           ["person:kim-jong-un"], [], STATE, h=23),
        ev("TRANSFER", ["새 무기체계는 래년부터 조선인민군 부대들에 인도될것이다"], "2027", [], ["org:kpa"], [], STATE, "predicted",
           h=24)],
       unscored=["(평양 6월 20일발 조선중앙통신)"])

# ---------------------------------------------------------------------------------------------------
# h25-h29: a theft at a numbered factory, from an insider outlet and a radio service (two origins,
# different quantities), each with its English edition.
report("ko-test3-011", "2026-07-09", "데일리NK",
       "자강도 희천 군수공장서 폭약 200kg 사라져…출입 통제 강화\n"
       "자강도 희천시에 있는 제65호 공장에서 지난달 중순 폭약 200kg가량이 없어진 사실이 뒤늦게 드러나 공장 보위부가 출입 통제를 대폭 강화했다고 데일리NK 소식통이 전해왔다.\n"
       "자강도 소식통은 7일 데일리NK와의 통화에서 \"창고 경비를 서던 노동자 두 명이 폭약을 조금씩 빼돌려 장마당에 넘긴 것으로 보위부 조사에서 드러났다\"고 말했다.\n"
       "소식통에 따르면 이달 초부터 공장 정문에서는 출근하는 노동자들의 가방과 몸을 일일이 뒤지고 있으며, 화약 창고에는 열흘에 한 번씩 재고를 대조하는 검사가 새로 도입됐다.\n"
       "소식통은 \"폭약을 빼돌린 두 사람은 보위부에 끌려갔고 창고장은 철직됐다\"며 \"지배인도 무사하지 못할 것이라는 말이 돈다\"고 전했다.\n"
       "한편 희천 일대 장마당에서는 최근 광산용 폭약이 평소보다 싼값에 나돌고 있어 주민들 사이에서 공장 물건이라는 소문이 퍼졌다고 한다.",
       [("자강도", "place", "place:chagang"), ("희천", "place", "place:huichon"), ("희천시", "place", "place:huichon"),
        ("제65호 공장", "facility", "fac:no65-huichon")],
       [("지난달 중순", "DATE", "2026-06"), ("7일", "DATE", "2026-07-07"), ("이달 초", "DATE", "2026-07"),
        ("열흘에 한 번씩", "SET", "P10D")],
       [ev("THEFT", ["자강도 희천 군수공장서 폭약 200kg 사라져",
                     "자강도 희천시에 있는 제65호 공장에서 지난달 중순 폭약 200kg가량이 없어진 사실이 뒤늦게 드러나",
                     "창고 경비를 서던 노동자 두 명이 폭약을 조금씩 빼돌려 장마당에 넘긴 것으로 보위부 조사에서 드러났다",
                     "희천 일대 장마당에서는 최근 광산용 폭약이 평소보다 싼값에 나돌고 있어 주민들 사이에서 공장 물건이라는 소문이 퍼졌다고 한다"],
           "2026-06", ["place:chagang", "place:huichon"], [], ["fac:no65-huichon"], INS, h=25, sources=2),
        ev("SECURITY_MEASURE", ["출입 통제 강화", "공장 보위부가 출입 통제를 대폭 강화했다고 데일리NK 소식통이 전해왔다",
                                "이달 초부터 공장 정문에서는 출근하는 노동자들의 가방과 몸을 일일이 뒤지고 있으며, 화약 창고에는 열흘에 한 번씩 재고를 대조하는 검사가 새로 도입됐다"],
           "2026-07", ["place:chagang", "place:huichon"], [], ["fac:no65-huichon"], INS, h=26),
        ev("PERSONNEL", ["폭약을 빼돌린 두 사람은 보위부에 끌려갔고 창고장은 철직됐다"], None, [], [], ["fac:no65-huichon"], INS,
           h=27, sources=2),
        ev("PERSONNEL", ["지배인도 무사하지 못할 것이라는 말이 돈다"], None, [], [], ["fac:no65-huichon"], INS,
           ["rumored", "predicted"], h=28)],
       counterpart="en-test3-005", ignore=["데일리NK", "최근"])
report("en-test3-005", "2026-07-09", "Daily NK",
       "200 kg of explosives go missing from munitions factory in Chagang Province\n"
       "About 200 kg of explosives went missing from Factory No. 65 in Huichon, Chagang Province, in mid-June, prompting the factory's security department to sharply tighten access controls, a Daily NK source reported.\n"
       "\"A security investigation found that two workers who guarded the warehouse had been siphoning off the explosives little by little and passing them to the market,\" a source in Chagang Province told Daily NK on Tuesday.\n"
       "Since the beginning of this month, guards at the factory gate have been searching the bags and bodies of every worker arriving for work, and a new check that compares the gunpowder warehouse's stock every 10 days has been introduced, according to the source.\n"
       "\"The two who stole the explosives were taken away by the security department and the warehouse chief was dismissed,\" the source said, adding that \"word is going around that the manager will not escape punishment either.\"\n"
       "Meanwhile, mining explosives have recently been circulating at lower-than-usual prices in markets around Huichon, and rumors have spread among residents that they came from the factory, the source said.",
       [("Chagang Province", "place", "place:chagang"), ("Factory No. 65", "facility", "fac:no65-huichon"),
        ("Huichon", "place", "place:huichon")],
       [("mid-June", "DATE", "2026-06"), ("Tuesday", "DATE", "2026-07-07"), ("the beginning of this month", "DATE", "2026-07"),
        ("every 10 days", "SET", "P10D")],
       [ev("THEFT", ["200 kg of explosives go missing from munitions factory in Chagang Province",
                     "About 200 kg of explosives went missing from Factory No. 65 in Huichon, Chagang Province, in mid-June",
                     "two workers who guarded the warehouse had been siphoning off the explosives little by little and passing them to the market",
                     "mining explosives have recently been circulating at lower-than-usual prices in markets around Huichon, and rumors have spread among residents that they came from the factory"],
           "2026-06", ["place:chagang", "place:huichon"], [], ["fac:no65-huichon"], INS, h=25, sources=2),
        ev("SECURITY_MEASURE", ["prompting the factory's security department to sharply tighten access controls",
                                "Since the beginning of this month, guards at the factory gate have been searching the bags and bodies of every worker arriving for work, and a new check that compares the gunpowder warehouse's stock every 10 days has been introduced"],
           "2026-07", ["place:chagang", "place:huichon"], [], ["fac:no65-huichon"], INS, h=26),
        ev("PERSONNEL", ["The two who stole the explosives were taken away by the security department and the warehouse chief was dismissed"],
           None, [], [], ["fac:no65-huichon"], INS, h=27, sources=2),
        ev("PERSONNEL", ["word is going around that the manager will not escape punishment either"], None, [], [],
           ["fac:no65-huichon"], INS, ["rumored", "predicted"], h=28)],
       lang="en", counterpart="ko-test3-011", ignore=["Daily NK", "recently"])

report("ko-test3-012", "2026-07-15", "자유아시아방송",
       "앵커: 북한 자강도의 한 군수공장에서 폭약과 구리선이 대량으로 사라져 당국이 관련자들을 처벌했다는 소식입니다. 박소연 기자가 보도합니다.\n"
       "자강도의 한 주민 소식통은 13일 자유아시아방송에 \"희천의 65호 공장에서 폭약 300여kg과 구리선 1톤 가까이가 없어졌다\"고 말했습니다.\n"
       "소식통은 \"도난 사건이 드러난 것은 6월 말인데, 이미 몇 달에 걸쳐 물건이 새 나간 것 같다\"고 덧붙였습니다.\n"
       "이 일로 공장 창고장과 경비원 2명이 보위부에 체포됐고 공장 당비서는 엄중경고 처벌을 받았다고 소식통은 전했습니다.\n"
       "소식통은 \"사라진 폭약 일부가 국경을 넘어 중국으로 밀수됐다는 말까지 돌고 있다\"고 말했습니다.\n"
       "자유아시아방송 박소연입니다.",
       [KP, ("자강도", "place", "place:chagang"), ("희천", "place", "place:huichon"),
        ("65호 공장", "facility", "fac:no65-huichon"), CN],
       [("13일", "DATE", "2026-07-13"), ("6월 말", "DATE", "2026-06"), ("몇 달", "DURATION", "PXM")],
       [ev("THEFT", ["북한 자강도의 한 군수공장에서 폭약과 구리선이 대량으로 사라져",
                     "희천의 65호 공장에서 폭약 300여kg과 구리선 1톤 가까이가 없어졌다",
                     "도난 사건이 드러난 것은 6월 말인데, 이미 몇 달에 걸쳐 물건이 새 나간 것 같다"],
           None, ["place:chagang", "place:huichon"], [], ["fac:no65-huichon"], [INS, OUT], h=25, sources=2),
        ev("PERSONNEL", ["당국이 관련자들을 처벌했다는 소식입니다",
                         "이 일로 공장 창고장과 경비원 2명이 보위부에 체포됐고 공장 당비서는 엄중경고 처벌을 받았다고 소식통은 전했습니다"],
           None, [], [], ["fac:no65-huichon"], [INS, OUT], h=27, sources=2),
        ev("THEFT", ["사라진 폭약 일부가 국경을 넘어 중국으로 밀수됐다는 말까지 돌고 있다"], None, ["country:CN"], [], [], INS,
           "rumored", h=29)],
       counterpart="en-test3-006", unscored=["박소연 기자가 보도합니다.", "자유아시아방송 박소연입니다."],
       ignore=["자유아시아방송"])
report("en-test3-006", "2026-07-15", "RFA",
       "Explosives and copper wire go missing from North Korean munitions factory\n"
       "Large amounts of explosives and copper wire have disappeared from a munitions factory in North Korea's Chagang province, and authorities have punished those involved, a resident told RFA.\n"
       "\"More than 300 kg of explosives and nearly a ton of copper wire went missing from Factory 65 in Huichon,\" the resident, who requested anonymity for security reasons, told RFA Korean on Monday.\n"
       "\"The theft came to light at the end of June, but it seems the goods had been leaking out for several months,\" the source said.\n"
       "The factory's warehouse chief and two guards were arrested by the security department, and the factory's party secretary received a severe warning, the source said.\n"
       "\"There is even talk that some of the missing explosives were smuggled across the border into China,\" the source added.",
       [("North Korea", "place", "country:KP"), ("Chagang province", "place", "place:chagang"),
        ("Factory 65", "facility", "fac:no65-huichon"), ("Huichon", "place", "place:huichon"), ("China", "place", "country:CN")],
       [("Monday", "DATE", "2026-07-13"), ("the end of June", "DATE", "2026-06"), ("several months", "DURATION", "PXM")],
       [ev("THEFT", ["Large amounts of explosives and copper wire have disappeared from a munitions factory in North Korea's Chagang province",
                     "Explosives and copper wire go missing from North Korean munitions factory",
                     "More than 300 kg of explosives and nearly a ton of copper wire went missing from Factory 65 in Huichon",
                     "The theft came to light at the end of June, but it seems the goods had been leaking out for several months"],
           None, ["place:chagang", "place:huichon"], [], ["fac:no65-huichon"], [INS, OUT], h=25, sources=2),
        ev("PERSONNEL", ["authorities have punished those involved",
                         "The factory's warehouse chief and two guards were arrested by the security department, and the factory's party secretary received a severe warning"],
           None, [], [], ["fac:no65-huichon"], [INS, OUT], h=27, sources=2),
        ev("THEFT", ["some of the missing explosives were smuggled across the border into China"], None, ["country:CN"], [], [],
           INS, "rumored", h=29)],
       lang="en", counterpart="ko-test3-012", ignore=["North Korean", "RFA Korean", "RFA"])

# ---------------------------------------------------------------------------------------------------
# h30-h36: a trip to Russia forecast by the NIS, announced and reported by state media, assessed by the
# ROK defence ministry.
report("ko-test3-013", "2026-08-27", "연합뉴스",
       "국정원 \"김정은, 내달 초 블라디보스토크 방문 가능성…푸틴과 회담 전망\"\n"
       "(서울=연합뉴스) 최윤서 기자 = 김정은 북한 국무위원장이 다음 달 초 러시아 블라디보스토크를 방문해 블라디미르 푸틴 대통령과 정상회담을 할 가능성이 크다고 국가정보원이 27일 밝혔다.\n"
       "국정원은 이날 국회 정보위원회 전체회의에서 \"평양과 블라디보스토크 사이 철도 구간에서 전용열차 운행을 준비하는 동향이 포착됐다\"고 보고했다.\n"
       "국정원은 두 정상이 회담에서 군사기술 협력 문제를 논의하고 별도의 협정에 서명할 것으로 내다봤다.\n"
       "아울러 국정원은 김 위원장이 지난달 하순 당 군수공업부 간부들을 불러 대러 수출용 무기 생산을 점검하는 협의회를 열었다고 전했다.",
       [("국정원", "organization", "org:rok-nis"), KJU, ("블라디보스토크", "place", "place:vladivostok"),
        ("푸틴", "person", "person:putin"), KP, RU, ("블라디미르 푸틴", "person", "person:putin"),
        ("국가정보원", "organization", "org:rok-nis"), ("국회 정보위원회", "organization", "org:rok-na-intel"),
        ("평양", "place", "place:pyongyang"), ("군수공업부", "organization", "org:wpk-mid")],
       [("내달 초", "DATE", "2026-09"), ("다음 달 초", "DATE", "2026-09"), ("27일", "DATE", "2026-08-27"),
        ("이날", "DATE", "2026-08-27"), ("지난달 하순", "DATE", "2026-07")],
       [ev("LEADER_TRAVEL", ["김정은, 내달 초 블라디보스토크 방문 가능성",
                             "김정은 북한 국무위원장이 다음 달 초 러시아 블라디보스토크를 방문해",
                             "평양과 블라디보스토크 사이 철도 구간에서 전용열차 운행을 준비하는 동향이 포착됐다"],
           "2026-09", ["country:RU", "place:vladivostok"], ["person:kim-jong-un"], [], INT, "predicted", h=30, sources=2),
        ev("MEETING", ["푸틴과 회담 전망", "블라디미르 푸틴 대통령과 정상회담을 할 가능성이 크다고 국가정보원이 27일 밝혔다",
                       "국정원은 두 정상이 회담에서 군사기술 협력 문제를 논의하고"],
           "2026-09", ["place:vladivostok"], ["person:kim-jong-un", "person:putin"], [], INT, "predicted", h=31, sources=2),
        ev("MEETING", ["국정원은 이날 국회 정보위원회 전체회의에서"], "2026-08-27", [], ["org:rok-nis", "org:rok-na-intel"], [],
           [OUT, INT], h=32),
        ev("AGREEMENT", ["별도의 협정에 서명할 것으로 내다봤다"], "2026-09", [], ["person:kim-jong-un", "person:putin"], [], INT,
           "predicted", h=33, sources=3),
        ev("MEETING", ["김 위원장이 지난달 하순 당 군수공업부 간부들을 불러 대러 수출용 무기 생산을 점검하는 협의회를 열었다고 전했다"],
           "2026-07", [], ["person:kim-jong-un", "org:wpk-mid"], [], INT, h=34)],
       unscored=["(서울=연합뉴스) 최윤서 기자 ="])

report("ko-test3-014", "2026-09-05", "로동신문",
       "주체115(2026)년 9월 5일 토요일\n"
       "경애하는 김정은동지께서 로씨야련방을 방문하시기 위하여 9월 4일 전용렬차로 평양을 출발하시였다.\n"
       "김정은동지께서는 로씨야련방 대통령 울라지미르 블라지미로비치 뿌찐동지의 초청에 따라 울라지보스또크에서 조로수뇌회담을 진행하시게 된다.\n"
       "출발에 앞서 조선로동당 중앙위원회 정치국 성원들과 당 및 국가기관 일군들이 김정은동지를 배웅하였다.\n"
       "김정은동지의 이번 로씨야방문에는 조춘룡동지를 비롯한 당중앙위원회 간부들이 수행한다.",
       [KJU, ("로씨야련방", "place", "country:RU"), ("로씨야", "place", "country:RU"), ("평양", "place", "place:pyongyang"),
        ("울라지미르 블라지미로비치 뿌찐", "person", "person:putin"), ("울라지보스또크", "place", "place:vladivostok"),
        ("조선로동당 중앙위원회 정치국", "organization", "org:wpk-politburo"), JCR,
        ("당중앙위원회", "organization", "org:wpk-cc")],
       [("9월 4일", "DATE", "2026-09-04")],
       [ev("LEADER_TRAVEL", ["경애하는 김정은동지께서 로씨야련방을 방문하시기 위하여 9월 4일 전용렬차로 평양을 출발하시였다",
                             "출발에 앞서 조선로동당 중앙위원회 정치국 성원들과 당 및 국가기관 일군들이 김정은동지를 배웅하였다",
                             "김정은동지의 이번 로씨야방문에는 조춘룡동지를 비롯한 당중앙위원회 간부들이 수행한다"],
           "2026-09-04", ["country:RU", "place:pyongyang"], ["person:kim-jong-un"], [], STATE, h=30, sources=2),
        ev("MEETING", ["울라지보스또크에서 조로수뇌회담을 진행하시게 된다"], None, ["place:vladivostok"],
           ["person:kim-jong-un", "person:putin"], [], STATE, "predicted", h=31, sources=2)],
       unscored=["주체115(2026)년 9월 5일 토요일"])

report("ko-test3-015", "2026-09-08", "조선중앙통신",
       "(평양 9월 8일발 조선중앙통신)\n"
       "로씨야련방을 방문하고계시는 조선민주주의인민공화국 국무위원장 김정은동지와 로씨야련방 대통령 울라지미르 뿌찐동지사이의 회담이 9월 6일 울라지보스또크에서 진행되였다.\n"
       "회담에서는 조로 두 나라사이의 군사기술분야 협조를 비롯하여 호상 관심사로 되는 문제들이 폭넓게 토의되였다.\n"
       "회담이 끝난 다음 두 나라 수뇌분들은 과학기술 및 군사기술협조에 관한 협정에 서명하시였다.\n"
       "김정은동지께서는 이튿날 울라지보스또크에 있는 로씨야 태평양함대를 방문하시고 함선들을 돌아보시였다.",
       [("로씨야련방", "place", "country:RU"), ("로씨야", "place", "country:RU"),
        ("조선민주주의인민공화국", "place", "country:KP"), KJU, ("울라지미르 뿌찐", "person", "person:putin"),
        ("울라지보스또크", "place", "place:vladivostok"), ("태평양함대", "organization", "org:ru-pacific-fleet")],
       [("9월 6일", "DATE", "2026-09-06"), ("이튿날", "DATE", "2026-09-07")],
       [ev("LEADER_TRAVEL", ["로씨야련방을 방문하고계시는"], None, ["country:RU"], ["person:kim-jong-un"], [], STATE, h=30,
           sources=2),
        ev("MEETING", ["김정은동지와 로씨야련방 대통령 울라지미르 뿌찐동지사이의 회담이 9월 6일 울라지보스또크에서 진행되였다",
                       "회담에서는 조로 두 나라사이의 군사기술분야 협조를 비롯하여 호상 관심사로 되는 문제들이 폭넓게 토의되였다"],
           "2026-09-06", ["place:vladivostok"], ["person:kim-jong-un", "person:putin"], [], STATE, h=31, sources=2),
        ev("AGREEMENT", ["회담이 끝난 다음 두 나라 수뇌분들은 과학기술 및 군사기술협조에 관한 협정에 서명하시였다"], "2026-09-06", [],
           ["person:kim-jong-un", "person:putin"], [], STATE, h=33, sources=3),
        ev("INSPECTION", ["김정은동지께서는 이튿날 울라지보스또크에 있는 로씨야 태평양함대를 방문하시고 함선들을 돌아보시였다"], "2026-09-07",
           ["place:vladivostok"], ["person:kim-jong-un", "org:ru-pacific-fleet"], [], STATE, h=35)],
       counterpart="en-test3-007", unscored=["(평양 9월 8일발 조선중앙통신)"])
report("en-test3-007", "2026-09-08", "KCNA",
       "Pyongyang, September 8 (KCNA) -- Talks between Kim Jong Un, president of the State Affairs of the Democratic People's Republic of Korea, who is on a visit to the Russian Federation, and Vladimir Putin, president of the Russian Federation, were held in Vladivostok on September 6.\n"
       "At the talks, wide-ranging discussions were held on cooperation between the DPRK and Russia in the military-technical field and other issues of mutual concern.\n"
       "After the talks, the top leaders of the two countries signed an agreement on cooperation in science, technology and military technology.\n"
       "The next day, Kim Jong Un visited the Pacific Fleet of Russia in Vladivostok and looked round its warships.",
       [("Kim Jong Un", "person", "person:kim-jong-un"),
        ("Democratic People's Republic of Korea", "place", "country:KP"), ("DPRK", "place", "country:KP"),
        ("Russian Federation", "place", "country:RU"), ("Russia", "place", "country:RU"),
        ("Vladimir Putin", "person", "person:putin"), ("Vladivostok", "place", "place:vladivostok"),
        ("Pacific Fleet", "organization", "org:ru-pacific-fleet")],
       [("September 6", "DATE", "2026-09-06"), ("The next day", "DATE", "2026-09-07")],
       [ev("LEADER_TRAVEL", ["who is on a visit to the Russian Federation"], None, ["country:RU"], ["person:kim-jong-un"], [],
           STATE, h=30, sources=2),
        ev("MEETING", ["Talks between Kim Jong Un, president of the State Affairs of the Democratic People's Republic of Korea",
                       "were held in Vladivostok on September 6",
                       "At the talks, wide-ranging discussions were held on cooperation between the DPRK and Russia in the military-technical field"],
           "2026-09-06", ["place:vladivostok"], ["person:kim-jong-un", "person:putin"], [], STATE, h=31, sources=2),
        ev("AGREEMENT", ["After the talks, the top leaders of the two countries signed an agreement on cooperation in science, technology and military technology"],
           "2026-09-06", [], ["person:kim-jong-un", "person:putin"], [], STATE, h=33, sources=3),
        ev("INSPECTION", ["The next day, Kim Jong Un visited the Pacific Fleet of Russia in Vladivostok and looked round its warships"],
           "2026-09-07", ["place:vladivostok"], ["person:kim-jong-un", "org:ru-pacific-fleet"], [], STATE, h=35)],
       lang="en", counterpart="ko-test3-015", unscored=["Pyongyang, September 8 (KCNA) --"])

report("ko-test3-016", "2026-09-09", "동아일보",
       "국방부 \"북-러 협정에 위성·방공 기술 이전 포함됐을 것\"\n"
       "국방부는 김정은 북한 국무위원장과 블라디미르 푸틴 러시아 대통령이 지난 6일 서명한 협정에 군사정찰위성과 방공체계 관련 기술 이전 조항이 들어 있을 것으로 보고 있다고 이날 밝혔다.\n"
       "국방부 관계자는 \"러시아가 이르면 올해 말부터 정찰위성 부품과 방공미사일 기술을 북한에 넘겨줄 가능성이 있다\"고 말했다.\n"
       "김 위원장은 지난 4일 평양을 출발해 나흘간 러시아에 머문 뒤 8일 귀국했으며, 블라디보스토크에서 푸틴 대통령과 정상회담을 했다.\n"
       "정부는 북러 간 군사기술 협력에 깊은 우려를 표명했다.\n"
       "신예린 기자",
       [("국방부", "organization", "org:rok-mnd"), KJU, KP, ("블라디미르 푸틴", "person", "person:putin"),
        ("푸틴", "person", "person:putin"), RU, ("평양", "place", "place:pyongyang"),
        ("블라디보스토크", "place", "place:vladivostok")],
       [("지난 6일", "DATE", "2026-09-06"), ("이날", "DATE", "2026-09-09"), ("올해 말", "DATE", "2026"),
        ("지난 4일", "DATE", "2026-09-04"), ("나흘", "DURATION", "P4D"), ("8일", "DATE", "2026-09-08")],
       [ev("AGREEMENT", ["북-러 협정에 위성·방공 기술 이전 포함됐을 것",
                         "김정은 북한 국무위원장과 블라디미르 푸틴 러시아 대통령이 지난 6일 서명한 협정에 군사정찰위성과 방공체계 관련 기술 이전 조항이 들어 있을 것으로 보고 있다고 이날 밝혔다"],
           "2026-09-06", [], ["person:kim-jong-un", "person:putin"], [], GOV, EST_OR_ASS, h=33, sources=3),
        ev("TRANSFER", ["러시아가 이르면 올해 말부터 정찰위성 부품과 방공미사일 기술을 북한에 넘겨줄 가능성이 있다"], "2026",
           ["country:KP"], ["country:RU"], [], GOV, "predicted", h=36),
        ev("LEADER_TRAVEL", ["김 위원장은 지난 4일 평양을 출발해 나흘간 러시아에 머문 뒤 8일 귀국했으며"], "2026-09-04",
           ["place:pyongyang", "country:RU"], ["person:kim-jong-un"], [], OUT, h=30, sources=2),
        ev("MEETING", ["블라디보스토크에서 푸틴 대통령과 정상회담을 했다"], "2026-09-06", ["place:vladivostok"],
           ["person:kim-jong-un", "person:putin"], [], OUT, h=31, sources=2)],
       unscored=["신예린 기자"], ignore=["북-러", "북러"])

# ---------------------------------------------------------------------------------------------------
# h37-h45: insider reports on a steel complex and on a munitions plant's manager (the second with an
# English edition).
report("ko-test3-017", "2026-10-20", "데일리NK",
       "함경북도 김책제철련합기업소의 용광로 한 기가 2년 가까이 멈춰 있다가 이달 중순 다시 불을 지핀 것으로 전해졌다.\n"
       "데일리NK 함경북도 소식통은 18일 \"금속공업성이 지난달 초 김책제철소에 군수용 강재를 우선 생산하라는 지시를 내렸고, 이를 위해 2호 용광로를 복구하는 작업이 보름 동안 밤낮으로 진행됐다\"고 말했다.\n"
       "소식통은 \"용광로가 다시 돌기 시작하면서 청진 시내 주민들까지 철광석 운반에 동원되고 있다\"고 전했다.\n"
       "다만 원료인 철광석과 코크스가 제때 들어오지 않아 정상 가동까지는 시간이 걸릴 것으로 보인다고 소식통은 내다봤다.",
       [("함경북도", "place", "place:nhamgyong"), ("김책제철련합기업소", "facility", "fac:kim-chaek-steel"),
        ("금속공업성", "organization", "org:min-metal"), ("김책제철소", "facility", "fac:kim-chaek-steel"),
        ("청진", "place", "place:chongjin")],
       [("2년", "DURATION", "P2Y"), ("이달 중순", "DATE", "2026-10"), ("18일", "DATE", "2026-10-18"),
        ("지난달 초", "DATE", "2026-09"), ("보름", "DURATION", "P15D")],
       [ev("FACILITY_STATUS", ["김책제철련합기업소의 용광로 한 기가 2년 가까이 멈춰 있다가 이달 중순 다시 불을 지핀 것으로 전해졌다",
                               "2호 용광로를 복구하는 작업이 보름 동안 밤낮으로 진행됐다"],
           "2026-10", ["place:nhamgyong"], [], ["fac:kim-chaek-steel"], [OUT, INS], "estimated", h=37),
        ev("PRODUCTION_ORDER", ["금속공업성이 지난달 초 김책제철소에 군수용 강재를 우선 생산하라는 지시를 내렸고"], "2026-09", [],
           ["org:min-metal"], ["fac:kim-chaek-steel"], INS, h=38),
        ev("OTHER_DIRECTIVE", ["청진 시내 주민들까지 철광석 운반에 동원되고 있다"], None, ["place:chongjin"], [], [], INS, h=39),
        ev("PRODUCTION_ACTIVITY", ["원료인 철광석과 코크스가 제때 들어오지 않아 정상 가동까지는 시간이 걸릴 것으로 보인다고 소식통은 내다봤다"],
           None, [], [], ["fac:kim-chaek-steel"], INS, ["predicted", "estimated"], h=40)],
       ignore=["데일리NK", "2호 용광로"])

report("ko-test3-018", "2026-11-04", "데일리NK",
       "'계획 미달' 강계트랙터종합공장 지배인 철직…후임엔 제2경제위 간부\n"
       "자강도 강계트랙터종합공장의 지배인이 올해 3분기 포탄 생산 계획을 채우지 못했다는 이유로 지난달 하순 철직된 것으로 알려졌다.\n"
       "데일리NK 자강도 소식통은 2일 \"당중앙위원회 검열조가 보름 남짓 공장에 머물며 생산 실적과 자재 사용을 샅샅이 따졌고, 그 결과 지배인이 책임을 지게 됐다\"고 전했다.\n"
       "소식통에 따르면 후임 지배인에는 제2경제위원회 출신 간부가 임명됐다.\n"
       "소식통은 \"연말까지 남은 과제를 다 채우지 못하면 직장장들도 무사하지 못할 것\"이라며 공장 분위기가 얼어붙었다고 말했다.",
       [("강계트랙터종합공장", "facility", "fac:kanggye-tractor"), ("제2경제위", "organization", "org:sec"),
        ("자강도", "place", "place:chagang"), ("당중앙위원회", "organization", "org:wpk-cc"),
        ("제2경제위원회", "organization", "org:sec")],
       [("올해 3분기", "DATE", "2026-Q3"), ("지난달 하순", "DATE", "2026-10"), ("2일", "DATE", "2026-11-02"),
        ("보름 남짓", "DURATION", "P15D"), ("연말", "DATE", "2026")],
       [ev("PERSONNEL", ["강계트랙터종합공장 지배인 철직",
                         "자강도 강계트랙터종합공장의 지배인이 올해 3분기 포탄 생산 계획을 채우지 못했다는 이유로 지난달 하순 철직된 것으로 알려졌다",
                         "그 결과 지배인이 책임을 지게 됐다"],
           "2026-10", ["place:chagang"], [], ["fac:kanggye-tractor"], [OUT, INS], "estimated", h=41),
        ev("PERSONNEL", ["후임엔 제2경제위 간부", "후임 지배인에는 제2경제위원회 출신 간부가 임명됐다"], None, [], ["org:sec"],
           ["fac:kanggye-tractor"], INS, h=42),
        ev("PRODUCTION_ACTIVITY", ["올해 3분기 포탄 생산 계획을 채우지 못했다는 이유로"], "2026-Q3", ["place:chagang"], [],
           ["fac:kanggye-tractor"], [OUT, INS], "estimated", h=43),
        ev("INSPECTION", ["당중앙위원회 검열조가 보름 남짓 공장에 머물며 생산 실적과 자재 사용을 샅샅이 따졌고"], None, [],
           ["org:wpk-cc"], ["fac:kanggye-tractor"], INS, h=44),
        ev("PERSONNEL", ["연말까지 남은 과제를 다 채우지 못하면 직장장들도 무사하지 못할 것"], None, [], [], ["fac:kanggye-tractor"],
           INS, "predicted", h=45)],
       counterpart="en-test3-008", ignore=["데일리NK"])
report("en-test3-008", "2026-11-04", "Daily NK",
       "Kanggye tractor plant manager dismissed for missing quota; replaced by Second Economic Committee official\n"
       "The manager of the Kanggye General Tractor Plant in Chagang Province was reportedly dismissed in late October for failing to meet the plant's artillery shell production plan for the third quarter of this year.\n"
       "\"An inspection team from the party's Central Committee stayed at the factory for just over two weeks, going through its output and use of materials, and as a result the manager was held responsible,\" a source in Chagang Province told Daily NK on Monday.\n"
       "According to the source, an official from the Second Economic Committee has been appointed as the new manager.\n"
       "\"If they can't fill the remaining quota by the end of the year, the workshop chiefs won't be safe either,\" the source said, describing a chilled mood at the factory.",
       [("Kanggye tractor plant", "facility", "fac:kanggye-tractor"),
        ("Kanggye General Tractor Plant", "facility", "fac:kanggye-tractor"),
        ("Second Economic Committee", "organization", "org:sec"), ("Chagang Province", "place", "place:chagang"),
        ("Central Committee", "organization", "org:wpk-cc")],
       [("late October", "DATE", "2026-10"), ("the third quarter of this year", "DATE", "2026-Q3"),
        ("just over two weeks", "DURATION", "P2W"), ("Monday", "DATE", "2026-11-02"), ("the end of the year", "DATE", "2026")],
       [ev("PERSONNEL", ["Kanggye tractor plant manager dismissed for missing quota",
                         "The manager of the Kanggye General Tractor Plant in Chagang Province was reportedly dismissed in late October",
                         "as a result the manager was held responsible"],
           "2026-10", ["place:chagang"], [], ["fac:kanggye-tractor"], [OUT, INS], "estimated", h=41),
        ev("PERSONNEL", ["replaced by Second Economic Committee official",
                         "an official from the Second Economic Committee has been appointed as the new manager"],
           None, [], ["org:sec"], ["fac:kanggye-tractor"], INS, h=42),
        ev("PRODUCTION_ACTIVITY", ["for failing to meet the plant's artillery shell production plan for the third quarter of this year"],
           "2026-Q3", ["place:chagang"], [], ["fac:kanggye-tractor"], [OUT, INS], "estimated", h=43),
        ev("INSPECTION", ["An inspection team from the party's Central Committee stayed at the factory for just over two weeks, going through its output and use of materials"],
           None, [], ["org:wpk-cc"], ["fac:kanggye-tractor"], INS, h=44),
        ev("PERSONNEL", ["If they can't fill the remaining quota by the end of the year, the workshop chiefs won't be safe either"],
           None, [], [], ["fac:kanggye-tractor"], INS, "predicted", h=45)],
       lang="en", counterpart="ko-test3-018", ignore=["Daily NK"])

# ---------------------------------------------------------------------------------------------------
# h46-h50: a Central Military Commission meeting in Rodong Sinmun and an agency relaying it (one origin).
report("ko-test3-019", "2026-01-05", "로동신문",
       "주체115(2026)년 1월 5일 월요일\n"
       "조선로동당 중앙군사위원회 확대회의가 1월 3일부터 4일까지 진행되였다.\n"
       "경애하는 김정은동지께서 확대회의를 지도하시였다.\n"
       "확대회의에서는 주체115년 국방공업부문 과업을 관철하기 위한 문제와 군수공업기업소들의 생산능력을 확장할데 대한 문제가 토의되였다.\n"
       "확대회의는 주요 군수공업기업소들에서 포탄과 미싸일 생산을 올해 상반기안으로 결정적으로 늘일데 대한 결정서를 전원일치로 채택하였다.\n"
       "확대회의에서는 조직문제가 취급되였다. 중앙군사위원회 일부 위원들을 소환 및 보선하였다.",
       [("조선로동당 중앙군사위원회", "organization", "org:wpk-cmc"), ("중앙군사위원회", "organization", "org:wpk-cmc"), KJU],
       [("1월 3일", "DATE", "2026-01-03"), ("4일", "DATE", "2026-01-04"), ("주체115년", "DATE", "2026"),
        ("올해 상반기", "DATE", "2026-H1")],
       [ev("MEETING", ["조선로동당 중앙군사위원회 확대회의가 1월 3일부터 4일까지 진행되였다",
                       "경애하는 김정은동지께서 확대회의를 지도하시였다",
                       "확대회의에서는 주체115년 국방공업부문 과업을 관철하기 위한 문제와 군수공업기업소들의 생산능력을 확장할데 대한 문제가 토의되였다"],
           "2026-01-03", [], ["org:wpk-cmc", "person:kim-jong-un"], [], STATE, h=46),
        ev("PRODUCTION_ORDER", ["확대회의는 주요 군수공업기업소들에서 포탄과 미싸일 생산을 올해 상반기안으로 결정적으로 늘일데 대한 결정서를 전원일치로 채택하였다"],
           None, [], ["org:wpk-cmc"], [], STATE, h=47),
        ev("PERSONNEL", ["확대회의에서는 조직문제가 취급되였다", "중앙군사위원회 일부 위원들을 소환 및 보선하였다"], None, [],
           ["org:wpk-cmc"], [], STATE, h=48)],
       unscored=["주체115(2026)년 1월 5일 월요일"])

report("ko-test3-020", "2026-01-05", "연합뉴스",
       "(서울=연합뉴스) 김도현 기자 = 북한이 지난 3일부터 이틀간 노동당 중앙군사위원회 확대회의를 열고 군수공장의 포탄·미사일 생산을 늘리기 위한 결정서를 채택했다고 조선중앙통신과 노동신문이 5일 보도했다.\n"
       "김정은 국무위원장이 회의를 주재했으며, 회의에서는 중앙군사위원회 위원 일부가 교체됐다.\n"
       "통일부 당국자는 \"군수 분야 인사 교체는 대러 무기 수출 확대와 관련이 있는 것으로 보인다\"고 말했다.\n"
       "앞서 김 위원장은 지난달 말 군수공업기업소 여러 곳을 현지지도하며 새해 생산 목표를 제시한 바 있다.",
       [KP, ("노동당 중앙군사위원회", "organization", "org:wpk-cmc"), ("중앙군사위원회", "organization", "org:wpk-cmc"),
        ("조선중앙통신", "organization", "org:kcna"), ("노동신문", "organization", "org:rodong"), KJU,
        ("통일부", "organization", "org:rok-mou")],
       [("지난 3일", "DATE", "2026-01-03"), ("이틀", "DURATION", "P2D"), ("5일", "DATE", "2026-01-05"),
        ("지난달 말", "DATE", "2025-12"), ("새해", "DATE", "2026")],
       [ev("MEETING", ["북한이 지난 3일부터 이틀간 노동당 중앙군사위원회 확대회의를 열고",
                       "김정은 국무위원장이 회의를 주재했으며"],
           "2026-01-03", [], ["org:wpk-cmc", "person:kim-jong-un"], [], STATE, h=46),
        ev("PRODUCTION_ORDER", ["군수공장의 포탄·미사일 생산을 늘리기 위한 결정서를 채택했다고 조선중앙통신과 노동신문이 5일 보도했다"], None,
           [], ["org:wpk-cmc"], [], STATE, h=47),
        ev("PERSONNEL", ["회의에서는 중앙군사위원회 위원 일부가 교체됐다",
                         "군수 분야 인사 교체는 대러 무기 수출 확대와 관련이 있는 것으로 보인다"],
           None, [], ["org:wpk-cmc"], [], [STATE, GOV], EST_OR_ASS, h=48),
        ev("INSPECTION", ["김 위원장은 지난달 말 군수공업기업소 여러 곳을 현지지도하며"], "2025-12", [], ["person:kim-jong-un"], [],
           OUT, h=49),
        ev("PRODUCTION_ORDER", ["새해 생산 목표를 제시한 바 있다"], "2025-12", [], ["person:kim-jong-un"], [], OUT, h=50)],
       unscored=["(서울=연합뉴스) 김도현 기자 ="])

# ---------------------------------------------------------------------------------------------------
# h51-h54: an NIS report to the National Assembly (agency copy and its English edition).
report("ko-test3-021", "2026-02-11", "연합뉴스",
       "국정원 \"北, 지난해 3분기부터 함흥서 자폭형 무인기 양산…러시아 기술 지원 추정\"\n"
       "(서울=연합뉴스) 윤서진 기자 = 북한이 작년 3분기부터 함경남도 함흥 일대 공장에서 자폭형 무인기를 본격적으로 양산하고 있는 것으로 추정된다고 국가정보원이 11일 밝혔다.\n"
       "국정원은 국회 정보위원회에 제출한 업무보고 자료에서 \"러시아로부터 무인기 설계 기술과 부품을 넘겨받은 정황이 있다\"고 설명했다.\n"
       "국정원은 또 김정은 국무위원장이 설 명절을 앞두고 군수공장 노동자들에게 식량과 부식물을 특별 공급하라고 지시한 것으로 파악했다.\n"
       "국정원은 북한이 올해 안에 무인기 생산 공장을 한두 곳 더 세울 계획인 것으로 보고 있다.\n"
       "국정원은 현재로서는 북한의 추가 도발 징후는 없다고 밝혔다.",
       [("국정원", "organization", "org:rok-nis"), ("北", "place", "country:KP"), ("함흥", "place", "place:hamhung"), RU, KP,
        ("함경남도", "place", "place:shamgyong"), ("국가정보원", "organization", "org:rok-nis"),
        ("국회 정보위원회", "organization", "org:rok-na-intel"), KJU],
       [("지난해 3분기", "DATE", "2025-Q3"), ("작년 3분기", "DATE", "2025-Q3"), ("11일", "DATE", "2026-02-11"), ("설 명절", "DATE", "2026-02-17"),
        ("올해", "DATE", "2026")],
       [ev("PRODUCTION_ACTIVITY", ["北, 지난해 3분기부터 함흥서 자폭형 무인기 양산",
                                   "북한이 작년 3분기부터 함경남도 함흥 일대 공장에서 자폭형 무인기를 본격적으로 양산하고 있는 것으로 추정된다고 국가정보원이 11일 밝혔다"],
           "2025-Q3", ["place:shamgyong", "place:hamhung"], ["country:KP"], [], INT, "estimated", h=51),
        ev("TRANSFER", ["러시아 기술 지원 추정", "러시아로부터 무인기 설계 기술과 부품을 넘겨받은 정황이 있다"], None, ["country:KP"],
           ["country:RU"], [], INT, "estimated", h=52),
        ev("OTHER_DIRECTIVE", ["김정은 국무위원장이 설 명절을 앞두고 군수공장 노동자들에게 식량과 부식물을 특별 공급하라고 지시한 것으로 파악했다"],
           None, [], ["person:kim-jong-un"], [], INT, EST_OR_ASS, h=53),
        ev("FACILITY_STATUS", ["북한이 올해 안에 무인기 생산 공장을 한두 곳 더 세울 계획인 것으로 보고 있다"], "2026", ["country:KP"],
           ["country:KP"], [], INT, ["predicted", "estimated"], h=54)],
       counterpart="en-test3-009", unscored=["(서울=연합뉴스) 윤서진 기자 ="], ignore=["현재"])
report("en-test3-009", "2026-02-11", "Yonhap",
       "N. Korea mass-producing suicide drones in Hamhung since Q3 last year: NIS\n"
       "SEOUL, Feb. 11 (Yonhap) -- North Korea is believed to have been mass-producing suicide attack drones at factories in the Hamhung area of South Hamgyong Province since the third quarter of last year, the National Intelligence Service (NIS) said Wednesday.\n"
       "In a report submitted to the parliamentary intelligence committee, the NIS said there were signs that North Korea had received drone design technology and parts from Russia.\n"
       "The NIS also found that North Korean leader Kim Jong Un ordered special supplies of food and side dishes to munitions factory workers ahead of the Lunar New Year holiday.\n"
       "The agency believes North Korea plans to build one or two more drone factories this year.\n"
       "The NIS said there were no signs of further provocations by North Korea for now.",
       [("N. Korea", "place", "country:KP"), ("Hamhung", "place", "place:hamhung"), ("NIS", "organization", "org:rok-nis"),
        ("North Korea", "place", "country:KP"), ("South Hamgyong Province", "place", "place:shamgyong"),
        ("National Intelligence Service", "organization", "org:rok-nis"),
        ("parliamentary intelligence committee", "organization", "org:rok-na-intel"), ("Russia", "place", "country:RU"),
        ("Kim Jong Un", "person", "person:kim-jong-un")],
       [("Q3 last year", "DATE", "2025-Q3"), ("the third quarter of last year", "DATE", "2025-Q3"),
        ("Wednesday", "DATE", "2026-02-11"), ("the Lunar New Year holiday", "DATE", "2026-02-17"),
        ("this year", "DATE", "2026")],
       [ev("PRODUCTION_ACTIVITY", ["N. Korea mass-producing suicide drones in Hamhung since Q3 last year",
                                   "North Korea is believed to have been mass-producing suicide attack drones at factories in the Hamhung area of South Hamgyong Province since the third quarter of last year"],
           "2025-Q3", ["place:shamgyong", "place:hamhung"], ["country:KP"], [], INT, "estimated", h=51),
        ev("TRANSFER", ["there were signs that North Korea had received drone design technology and parts from Russia"], None,
           ["country:KP"], ["country:RU"], [], INT, "estimated", h=52),
        ev("OTHER_DIRECTIVE", ["North Korean leader Kim Jong Un ordered special supplies of food and side dishes to munitions factory workers ahead of the Lunar New Year holiday"],
           None, [], ["person:kim-jong-un"], [], INT, EST_OR_ASS, h=53),
        ev("FACILITY_STATUS", ["The agency believes North Korea plans to build one or two more drone factories this year"], "2026",
           ["country:KP"], ["country:KP"], [], INT, ["predicted", "estimated"], h=54)],
       lang="en", counterpart="ko-test3-021", unscored=["SEOUL, Feb. 11 (Yonhap) --"],
       ignore=["North Korean", "for now"])

# ---------------------------------------------------------------------------------------------------
# h55-h59: imagery of a shipyard (think tank relayed by a paper) and a radio service's residents on the
# same site: the submarine is one happening with two origins.
report("ko-test3-022", "2026-04-22", "조선일보",
       "CSIS \"신포조선소 새 건조장 지붕 완공…하반기 SLBM 시험 가능성\"\n"
       "미국 전략국제문제연구소(CSIS)는 북한 함경남도 신포조선소에서 지난 3월 중순 대형 건조장의 지붕 공사가 마무리된 것으로 보인다고 21일(현지시간) 밝혔다.\n"
       "CSIS는 이달 초 촬영된 위성사진에서 건조장 앞 부두에 잠수함으로 추정되는 물체가 새로 포착됐다고 설명했다.\n"
       "연구소는 북한이 올해 하반기 이 잠수함에서 잠수함발사탄도미사일(SLBM) 시험발사에 나설 것으로 전망했다.\n"
       "군 당국은 신포 일대 동향을 면밀히 추적하고 있다고 밝혔다.\n"
       "워싱턴=이정우 특파원",
       [("CSIS", "organization", "org:csis"), ("신포조선소", "facility", "fac:sinpo-shipyard"), US,
        ("전략국제문제연구소", "organization", "org:csis"), KP, ("함경남도", "place", "place:shamgyong"),
        ("신포", "place", "place:sinpo")],
       [("지난 3월 중순", "DATE", "2026-03"), ("21일", "DATE", "2026-04-21"), ("이달 초", "DATE", "2026-04"),
        ("올해 하반기", "DATE", "2026-H2")],
       [ev("FACILITY_STATUS", ["신포조선소 새 건조장 지붕 완공",
                               "북한 함경남도 신포조선소에서 지난 3월 중순 대형 건조장의 지붕 공사가 마무리된 것으로 보인다고 21일(현지시간) 밝혔다"],
           "2026-03", ["place:shamgyong"], [], ["fac:sinpo-shipyard"], OTH, "estimated", h=55),
        ev("PRODUCTION_ACTIVITY", ["이달 초 촬영된 위성사진에서 건조장 앞 부두에 잠수함으로 추정되는 물체가 새로 포착됐다고 설명했다"], "2026-04",
           [], [], ["fac:sinpo-shipyard"], OTH, "estimated", h=56, sources=2),
        ev("WEAPONS_TEST", ["하반기 SLBM 시험 가능성",
                            "북한이 올해 하반기 이 잠수함에서 잠수함발사탄도미사일(SLBM) 시험발사에 나설 것으로 전망했다"],
           "2026-H2", [], ["country:KP"], [], OTH, "predicted", h=57),
        ev("SECURITY_MEASURE", ["군 당국은 신포 일대 동향을 면밀히 추적하고 있다고 밝혔다"], None, ["place:sinpo"], [], [], GOV, h=58)],
       unscored=["워싱턴=이정우 특파원"])

report("ko-test3-023", "2026-04-28", "자유아시아방송",
       "앵커: 북한 함경남도 신포의 조선소 주변에 경비가 부쩍 강화됐다는 소식입니다. 이현우 기자가 보도합니다.\n"
       "함경남도 신포시의 한 주민은 26일 자유아시아방송에 \"지난 20일부터 신포조선소로 통하는 길목마다 보위원들이 서서 통행증을 검사하고 있다\"고 말했습니다.\n"
       "이 주민은 \"조선소 근처 마을 사람들은 밤에 바다 쪽으로 불빛을 비추지 말라는 지시까지 받았다\"고 전했습니다.\n"
       "주민들 사이에서는 새로 만든 잠수함이 곧 바다에 띄워진다는 소문이 돌고 있다고 이 주민은 덧붙였습니다.\n"
       "자유아시아방송 이현우입니다.",
       [KP, ("함경남도", "place", "place:shamgyong"), ("신포", "place", "place:sinpo"), ("신포시", "place", "place:sinpo"),
        ("신포조선소", "facility", "fac:sinpo-shipyard"), ("조선소", "facility", "fac:sinpo-shipyard")],
       [("26일", "DATE", "2026-04-26"), ("지난 20일", "DATE", "2026-04-20")],
       [ev("SECURITY_MEASURE", ["북한 함경남도 신포의 조선소 주변에 경비가 부쩍 강화됐다는 소식입니다",
                                "지난 20일부터 신포조선소로 통하는 길목마다 보위원들이 서서 통행증을 검사하고 있다",
                                "조선소 근처 마을 사람들은 밤에 바다 쪽으로 불빛을 비추지 말라는 지시까지 받았다"],
           "2026-04-20", ["place:shamgyong", "place:sinpo"], [], ["fac:sinpo-shipyard"], [INS, OUT], h=59),
        ev("PRODUCTION_ACTIVITY", ["새로 만든 잠수함이 곧 바다에 띄워진다는 소문이 돌고 있다"], None, [], [], ["fac:sinpo-shipyard"], INS,
           ["rumored", "predicted"], h=56, sources=2)],
       unscored=["이현우 기자가 보도합니다.", "자유아시아방송 이현우입니다."], ignore=["자유아시아방송"])

# ---------------------------------------------------------------------------------------------------
# h60-h64: an insider report on a vehicle complex.
report("ko-test3-024", "2026-08-06", "데일리NK",
       "평안남도 덕천의 승리자동차련합기업소가 올해 상반기에만 군용 화물차 150여 대를 생산해 군에 넘긴 것으로 알려졌다.\n"
       "데일리NK 평안남도 소식통은 4일 \"공장에서는 하루 두 대꼴로 차량이 조립되고 있으며, 지난달 중순에는 바퀴가 여러 개 달린 대형 차체 20대가 따로 포장돼 평양 방향으로 실려 갔다\"고 말했다.\n"
       "소식통은 \"이 차체들은 미싸일 발사대 차량용이라는 말이 노동자들 사이에 돌고 있다\"고 덧붙였다.\n"
       "기업소 측은 이달 들어 외부인의 공장 출입을 전면 금지하고, 노동자들에게도 휴대전화를 정문에 맡기도록 했다고 소식통은 전했다.",
       [("평안남도", "place", "place:spyongan"), ("덕천", "place", "place:tokchon"),
        ("승리자동차련합기업소", "facility", "fac:sungri-motor"), ("평양", "place", "place:pyongyang")],
       [("올해 상반기", "DATE", "2026-H1"), ("4일", "DATE", "2026-08-04"), ("하루", "SET", "P1D"),
        ("지난달 중순", "DATE", "2026-07"), ("이달", "DATE", "2026-08")],
       [ev("PRODUCTION_ACTIVITY", ["승리자동차련합기업소가 올해 상반기에만 군용 화물차 150여 대를 생산해",
                                   "공장에서는 하루 두 대꼴로 차량이 조립되고 있으며"],
           "2026-H1", ["place:spyongan", "place:tokchon"], [], ["fac:sungri-motor"], [OUT, INS], "estimated", h=60),
        ev("TRANSFER", ["군에 넘긴 것으로 알려졌다"], "2026-H1", [], [], ["fac:sungri-motor"], OUT, "estimated", h=61),
        ev("TRANSFER", ["지난달 중순에는 바퀴가 여러 개 달린 대형 차체 20대가 따로 포장돼 평양 방향으로 실려 갔다"], "2026-07",
           ["place:pyongyang"], [], ["fac:sungri-motor"], INS, h=62),
        ev("PRODUCTION_ACTIVITY", ["이 차체들은 미싸일 발사대 차량용이라는 말이 노동자들 사이에 돌고 있다"], None, [], [],
           ["fac:sungri-motor"], INS, "rumored", h=63),
        ev("SECURITY_MEASURE", ["기업소 측은 이달 들어 외부인의 공장 출입을 전면 금지하고, 노동자들에게도 휴대전화를 정문에 맡기도록 했다고 소식통은 전했다"],
           "2026-08", [], [], ["fac:sungri-motor"], INS, h=64)],
       ignore=["데일리NK"])

# ---------------------------------------------------------------------------------------------------
# h65-h67: a JCS statement on rocket-launcher fire.
report("ko-test3-025", "2026-10-13", "연합뉴스",
       "(서울=연합뉴스) 문태호 기자 = 북한이 12일 황해남도 해안 일대에서 서해상으로 방사포 10여 발을 쐈다고 합동참모본부가 13일 밝혔다.\n"
       "합참에 따르면 방사포탄은 약 30분 동안 잇따라 발사됐으며 모두 북측 해역에 떨어졌다.\n"
       "합참은 \"이번 사격이 북한이 주장해 온 신형 방사포 시험인지는 확인되지 않았다\"며 \"한미 정보당국이 정밀 분석하고 있다\"고 말했다.\n"
       "군은 서해 접경 지역의 경계태세를 한 단계 높였다.\n"
       "북한은 지난 8월에도 같은 지역에서 방사포를 쏜 바 있다.",
       [KP, ("황해남도", "place", "place:shwanghae"), ("서해", "place", "place:yellow-sea"),
        ("합동참모본부", "organization", "org:rok-jcs"), ("합참", "organization", "org:rok-jcs")],
       [("12일", "DATE", "2026-10-12"), ("13일", "DATE", "2026-10-13"), ("30분", "DURATION", "PT30M"),
        ("지난 8월", "DATE", "2026-08")],
       [ev("WEAPONS_TEST", ["북한이 12일 황해남도 해안 일대에서 서해상으로 방사포 10여 발을 쐈다고 합동참모본부가 13일 밝혔다",
                            "방사포탄은 약 30분 동안 잇따라 발사됐으며 모두 북측 해역에 떨어졌다"],
           "2026-10-12", ["place:shwanghae", "place:yellow-sea"], ["country:KP"], [], GOV, h=65),
        ev("SECURITY_MEASURE", ["군은 서해 접경 지역의 경계태세를 한 단계 높였다"], None, ["place:yellow-sea"], [], [], [OUT, GOV], h=66),
        ev("WEAPONS_TEST", ["북한은 지난 8월에도 같은 지역에서 방사포를 쏜 바 있다"], "2026-08", ["place:shwanghae"], ["country:KP"], [],
           OUT, h=67)],
       unscored=["(서울=연합뉴스) 문태호 기자 ="], ignore=["한미"])

# ---------------------------------------------------------------------------------------------------
# h68-h70: state media, with a Juche-year date.
report("ko-test3-026", "2026-11-20", "조선중앙통신",
       "(평양 11월 20일발 조선중앙통신)\n"
       "경애하는 김정은동지께서 남흥청년화학련합기업소를 현지지도하시였다.\n"
       "김정은동지께서는 주체114(2025)년 11월에 착공한 탄소하나화학공업창설의 1단계공사가 완공되여 지난 10월부터 시운전에 들어간 정형을 료해하시였다.\n"
       "김정은동지께서는 련합기업소가 래년도 비료와 화학제품 생산계획을 무조건 수행할수 있게 원료보장대책을 세울데 대하여 지적하시였다.\n"
       "현지지도에는 조선로동당 중앙위원회 비서 조춘룡동지가 동행하였다.",
       [KJU, ("남흥청년화학련합기업소", "facility", "fac:namhung-chemical"),
        ("조선로동당 중앙위원회", "organization", "org:wpk-cc"), JCR],
       [("주체114(2025)년 11월", "DATE", "2025-11"), ("지난 10월", "DATE", "2026-10"), ("래년도", "DATE", "2027")],
       [ev("INSPECTION", ["경애하는 김정은동지께서 남흥청년화학련합기업소를 현지지도하시였다",
                          "지난 10월부터 시운전에 들어간 정형을 료해하시였다",
                          "현지지도에는 조선로동당 중앙위원회 비서 조춘룡동지가 동행하였다"],
           None, [], ["person:kim-jong-un"], ["fac:namhung-chemical"], STATE, h=68),
        ev("FACILITY_STATUS", ["주체114(2025)년 11월에 착공한 탄소하나화학공업창설의 1단계공사가 완공되여 지난 10월부터 시운전에 들어간"],
           "2026-10", [], [], ["fac:namhung-chemical"], STATE, h=69),
        ev("PRODUCTION_ORDER", ["련합기업소가 래년도 비료와 화학제품 생산계획을 무조건 수행할수 있게 원료보장대책을 세울데 대하여 지적하시였다"],
           None, [], ["person:kim-jong-un"], ["fac:namhung-chemical"], STATE, h=70)],
       unscored=["(평양 11월 20일발 조선중앙통신)"])

# ---------------------------------------------------------------------------------------------------
# h71-h74: an insider outlet (with English edition) and a radio service on one rail shipment: two
# origins, 40 vs 60 wagons.
report("ko-test3-027", "2026-11-25", "데일리NK",
       "함경북도 청진서 탄약 상자 만들기에 주민 동원…\"세대당 다섯 개씩\"\n"
       "북한 함경북도 청진시 인민위원회가 이달 중순부터 시내 세대마다 탄약 포장용 나무상자를 다섯 개씩 만들어 바치라는 과제를 내린 것으로 전해졌다.\n"
       "데일리NK 함경북도 소식통은 그저께 \"상자를 제때 내지 못한 세대는 대신 현금 2만 원을 내야 한다\"며 \"주민들 불만이 이만저만이 아니다\"고 전했다.\n"
       "소식통에 따르면 이렇게 모은 상자에 포탄을 담아 지난 21일 청진항에서 화물열차 40여 량에 나눠 싣고 두만강역 쪽으로 보냈다.\n"
       "소식통은 \"러시아로 넘어가는 물건이라는 건 누구나 다 안다\"고 말했다.\n"
       "역 주변과 철길에는 사회안전원들이 배치돼 주민들의 접근을 막았다고 한다.",
       [("함경북도", "place", "place:nhamgyong"), ("청진", "place", "place:chongjin"), KP,
        ("청진시 인민위원회", "organization", "org:chongjin-pc"), ("청진항", "facility", "fac:chongjin-port"),
        ("두만강역", "facility", "fac:tumangang-station"), RU],
       [("이달 중순", "DATE", "2026-11"), ("그저께", "DATE", "2026-11-23"), ("지난 21일", "DATE", "2026-11-21")],
       [ev("OTHER_DIRECTIVE", ["함경북도 청진서 탄약 상자 만들기에 주민 동원",
                               "북한 함경북도 청진시 인민위원회가 이달 중순부터 시내 세대마다 탄약 포장용 나무상자를 다섯 개씩 만들어 바치라는 과제를 내린 것으로 전해졌다",
                               "상자를 제때 내지 못한 세대는 대신 현금 2만 원을 내야 한다"],
           "2026-11", ["place:nhamgyong", "place:chongjin"], ["org:chongjin-pc"], [], [OUT, INS], "estimated", h=71,
           sources=2),
        ev("TRANSFER", ["이렇게 모은 상자에 포탄을 담아 지난 21일 청진항에서 화물열차 40여 량에 나눠 싣고 두만강역 쪽으로 보냈다",
                        "러시아로 넘어가는 물건이라는 건 누구나 다 안다"],
           "2026-11-21", ["place:chongjin", "country:RU"], [], ["fac:chongjin-port", "fac:tumangang-station"], INS,
           h=72, sources=2),
        ev("SECURITY_MEASURE", ["역 주변과 철길에는 사회안전원들이 배치돼 주민들의 접근을 막았다고 한다"], "2026-11-21", [], [],
           ["fac:tumangang-station"], [INS, OUT], ["asserted", "estimated"], h=73, sources=2)],
       counterpart="en-test3-010", ignore=["데일리NK"])
report("en-test3-010", "2026-11-25", "Daily NK",
       "Chongjin residents mobilized to make ammunition crates: \"five per household\"\n"
       "The Chongjin City People's Committee in North Hamgyong Province has reportedly ordered every household in the city to make and hand over five wooden crates for packing ammunition since the middle of this month.\n"
       "\"Households that fail to hand in the crates on time must pay 20,000 won in cash instead, and residents are extremely unhappy,\" a source in North Hamgyong Province told Daily NK on Monday.\n"
       "According to the source, artillery shells packed in the crates were loaded onto more than 40 freight cars at Chongjin Port on Nov. 21 and sent toward Tumangang Station.\n"
       "\"Everyone knows the goods are going over to Russia,\" the source said.\n"
       "Social security officers were reportedly deployed around the station and along the tracks to keep residents away.",
       [("Chongjin", "place", "place:chongjin"), ("Chongjin City People's Committee", "organization", "org:chongjin-pc"),
        ("North Hamgyong Province", "place", "place:nhamgyong"), ("Chongjin Port", "facility", "fac:chongjin-port"),
        ("Tumangang Station", "facility", "fac:tumangang-station"), ("Russia", "place", "country:RU")],
       [("the middle of this month", "DATE", "2026-11"), ("Monday", "DATE", "2026-11-23"), ("Nov. 21", "DATE", "2026-11-21")],
       [ev("OTHER_DIRECTIVE", ["Chongjin residents mobilized to make ammunition crates",
                               "The Chongjin City People's Committee in North Hamgyong Province has reportedly ordered every household in the city to make and hand over five wooden crates for packing ammunition",
                               "Households that fail to hand in the crates on time must pay 20,000 won in cash instead"],
           "2026-11", ["place:nhamgyong", "place:chongjin"], ["org:chongjin-pc"], [], [OUT, INS], "estimated", h=71,
           sources=2),
        ev("TRANSFER", ["artillery shells packed in the crates were loaded onto more than 40 freight cars at Chongjin Port on Nov. 21 and sent toward Tumangang Station",
                        "Everyone knows the goods are going over to Russia"],
           "2026-11-21", ["place:chongjin", "country:RU"], [], ["fac:chongjin-port", "fac:tumangang-station"], INS,
           h=72, sources=2),
        ev("SECURITY_MEASURE", ["Social security officers were reportedly deployed around the station and along the tracks to keep residents away"],
           "2026-11-21", [], [], ["fac:tumangang-station"], [INS, OUT], ["asserted", "estimated"], h=73, sources=2)],
       lang="en", counterpart="ko-test3-027", ignore=["Daily NK"])

report("ko-test3-028", "2026-11-30", "자유아시아방송",
       "앵커: 북한이 함경북도 청진에서 포탄을 실은 화물열차를 러시아 쪽으로 잇따라 내보내고 있다는 소식입니다. 정민아 기자가 보도합니다.\n"
       "함경북도의 한 소식통은 28일 자유아시아방송에 \"이달 21일 청진항에서 포탄 상자를 실은 화차 60량이 두만강 쪽으로 떠났고, 이튿날에도 비슷한 규모의 열차가 한 번 더 나갔다\"고 말했습니다.\n"
       "소식통은 \"열차가 떠나기 전 역 주변 주민들은 집 밖으로 나오지 말라는 통보를 받았다\"고 전했습니다.\n"
       "이 소식통은 또 \"포탄 상자를 만드느라 주민들이 밤잠을 설친다\"며 \"청진에서는 가구마다 상자 과제가 떨어졌다\"고 덧붙였습니다.\n"
       "자유아시아방송 정민아입니다.",
       [KP, ("함경북도", "place", "place:nhamgyong"), ("청진", "place", "place:chongjin"), RU,
        ("청진항", "facility", "fac:chongjin-port"), ("두만강", "place", "place:tumen")],
       [("28일", "DATE", "2026-11-28"), ("이달 21일", "DATE", "2026-11-21"), ("이튿날", "DATE", "2026-11-22")],
       [ev("TRANSFER", ["북한이 함경북도 청진에서 포탄을 실은 화물열차를 러시아 쪽으로 잇따라 내보내고 있다는 소식입니다",
                        "이달 21일 청진항에서 포탄 상자를 실은 화차 60량이 두만강 쪽으로 떠났고"],
           "2026-11-21", ["place:nhamgyong", "place:chongjin", "country:RU", "place:tumen"], ["country:KP"],
           ["fac:chongjin-port"], [INS, OUT], h=72, sources=2),
        ev("TRANSFER", ["이튿날에도 비슷한 규모의 열차가 한 번 더 나갔다"], "2026-11-22", [], [], [], INS, h=74),
        ev("SECURITY_MEASURE", ["열차가 떠나기 전 역 주변 주민들은 집 밖으로 나오지 말라는 통보를 받았다"], None, [], [], [], INS, h=73,
           sources=2),
        ev("OTHER_DIRECTIVE", ["청진에서는 가구마다 상자 과제가 떨어졌다"], None, ["place:chongjin"], [], [], INS, h=71, sources=2)],
       unscored=["정민아 기자가 보도합니다.", "자유아시아방송 정민아입니다."], ignore=["자유아시아방송"])

# ---------------------------------------------------------------------------------------------------
# h75-h76: a think tank's imagery relayed by a paper.
report("ko-test3-029", "2026-06-03", "한국일보",
       "38노스 \"강계 군수공장 단지에 새 건물 5동…지난해 4분기부터 공사\"\n"
       "미국의 북한 전문 웹사이트 38노스는 자강도 강계시 북쪽 군수공장 단지에서 작년 4분기부터 새 건물 5동이 잇따라 들어선 것으로 분석됐다고 2일(현지시간) 밝혔다.\n"
       "38노스는 지난달 하순 촬영한 위성사진에서 단지 안 철도 측선에 화차 수십 량이 늘어서 있는 모습이 확인됐다며 \"생산과 출하가 활발하게 이뤄지고 있다는 징후\"라고 설명했다.\n"
       "보고서는 이 단지가 포탄과 로켓을 생산하는 것으로 추정했다.\n"
       "다만 새 건물들의 정확한 용도는 위성사진만으로 판단하기 어렵다고 덧붙였다.\n"
       "뉴욕=한소영 특파원",
       [("38노스", "organization", "org:38north"), ("강계", "place", "place:kanggye"), US, KP,
        ("자강도", "place", "place:chagang"), ("강계시", "place", "place:kanggye")],
       [("지난해 4분기", "DATE", "2025-Q4"), ("작년 4분기", "DATE", "2025-Q4"), ("2일", "DATE", "2026-06-02"), ("지난달 하순", "DATE", "2026-05")],
       [ev("FACILITY_STATUS", ["강계 군수공장 단지에 새 건물 5동",
                               "자강도 강계시 북쪽 군수공장 단지에서 작년 4분기부터 새 건물 5동이 잇따라 들어선 것으로 분석됐다고 2일(현지시간) 밝혔다"],
           "2025-Q4", ["place:chagang", "place:kanggye"], [], [], OTH, "estimated", h=75),
        ev("PRODUCTION_ACTIVITY", ["지난달 하순 촬영한 위성사진에서 단지 안 철도 측선에 화차 수십 량이 늘어서 있는 모습이 확인됐다며",
                                   "생산과 출하가 활발하게 이뤄지고 있다는 징후",
                                   "보고서는 이 단지가 포탄과 로켓을 생산하는 것으로 추정했다"],
           "2026-05", ["place:kanggye"], [], [], OTH, "estimated", h=76)],
       unscored=["뉴욕=한소영 특파원"])

# ---------------------------------------------------------------------------------------------------
# h77-h81: a year-end analysis under a question headline (the headline is no claim).
report("ko-test3-030", "2026-12-01", "동아일보",
       "북한 군수공장, 내년에도 '풀가동' 이어갈까\n"
       "북한 군수공장들이 올 한 해 사실상 쉬지 않고 돌아간 것으로 분석됐다.\n"
       "국방부는 최근 국회에 낸 자료에서 북한이 올해 들어 10월까지 생산한 포탄이 약 250만 발에 이르는 것으로 추정된다고 밝혔다.\n"
       "군 당국은 하루 평균 8천 발가량이 생산된 셈이라고 설명했다.\n"
       "북한은 지난 9월 러시아와 군사기술 협력 협정을 맺은 데 이어 연말 전원회의에서 내년도 국방공업 과업을 결정할 예정이다.\n"
       "김정은 국무위원장은 지난달 하순 한 군수공업기업소를 찾아 \"래년에는 생산능력을 한 단계 더 높여야 한다\"고 강조했다고 노동신문이 보도했다.\n"
       "전문가들 사이에서는 원자재 부족으로 내년 하반기부터 가동률이 떨어질 수 있다는 관측도 나온다.\n"
       "신예린 기자",
       [KP, ("국방부", "organization", "org:rok-mnd"), ("국회", "organization", "org:rok-na"), RU, KJU,
        ("노동신문", "organization", "org:rodong")],
       [("내년", "DATE", "2027"), ("올 한 해", "DATE", "2026"), ("올해", "DATE", "2026"), ("10월", "DATE", "2026-10"),
        ("하루", "SET", "P1D"), ("지난 9월", "DATE", "2026-09"), ("연말", "DATE", "2026"), ("내년도", "DATE", "2027"),
        ("지난달 하순", "DATE", "2026-11"), ("래년", "DATE", "2027"), ("내년 하반기", "DATE", "2027-H2")],
       [ev("PRODUCTION_ACTIVITY", ["북한 군수공장들이 올 한 해 사실상 쉬지 않고 돌아간 것으로 분석됐다",
                                   "북한이 올해 들어 10월까지 생산한 포탄이 약 250만 발에 이르는 것으로 추정된다고 밝혔다",
                                   "군 당국은 하루 평균 8천 발가량이 생산된 셈이라고 설명했다"],
           "2026", ["country:KP"], [], [], [OUT, GOV], "estimated", h=77),
        ev("AGREEMENT", ["북한은 지난 9월 러시아와 군사기술 협력 협정을 맺은 데 이어"], "2026-09", [], ["country:KP", "country:RU"], [],
           OUT, h=33, sources=3),
        ev("MEETING", ["연말 전원회의에서 내년도 국방공업 과업을 결정할 예정이다"], "2026", [], [], [], OUT, "predicted", h=78),
        ev("INSPECTION", ["김정은 국무위원장은 지난달 하순 한 군수공업기업소를 찾아"], "2026-11", [], ["person:kim-jong-un"], [],
           STATE, h=79),
        ev("PRODUCTION_ORDER", ["래년에는 생산능력을 한 단계 더 높여야 한다"], None, [], ["person:kim-jong-un"], [], STATE, h=80),
        ev("PRODUCTION_ACTIVITY", ["원자재 부족으로 내년 하반기부터 가동률이 떨어질 수 있다는 관측도 나온다"], "2027-H2", [], [], [], OTH,
           "predicted", h=81)],
       unscored=["신예린 기자"], ignore=["최근"])

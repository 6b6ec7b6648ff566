"""Korean development split dev2: 30 Korean reports (``ko-dev2-001`` … ``030``) and 10 English
editions (``en-dev2-001`` … ``010``), written and annotated blind (see eval/korean/README.md) in the
manner of an insider outlet's Korean edition, an agency relaying intelligence briefings and state
media, a radio service's insider reports, state media's Korean service and South Korean dailies.
Every report, date and figure is invented; names of real places, bodies and officials are used.

Same format as reports_a.py; every event also carries ``happening`` (one id per real-world
happening across reports and editions) and ``independent_sources`` (origins reporting it: an
edition in another language or an agency relaying state media is the same origin).
"""
from eval.korean.reports_a import KJU, KP, R, RU, ev as _ev, report as _report

P = lambda s, i: (s, "place", i)  # noqa: E731
F = lambda s, i: (s, "facility", i)  # noqa: E731
O = lambda s, i: (s, "organization", i)  # noqa: E731
H = lambda s, i: (s, "person", i)  # noqa: E731
CN, US = ("중국", "place", "country:CN"), ("미국", "place", "country:US")
NKP, NRU = "country:KP", "country:RU"
JANGJA, KJS, JCR, XI = "fac:jangjagang-machine-tool", "person:kim-jong-sik", "person:jo-chun-ryong", "person:xi-jinping"
KJUI, NKC = "person:kim-jong-un", "person:no-kwang-chol"

# Entities the domain pack lacks (looked up there by English name first).
ENTITIES = {
    JANGJA: {"kind": "facility", "name": "Jangjagang Machine Tool Factory", "country": "KP", "admin1": "KP-04",
             "located_in": "place:manpo"},
    JCR: {"kind": "person", "name": "Jo Chun Ryong"},
    KJS: {"kind": "person", "name": "Kim Jong Sik"},
    XI: {"kind": "person", "name": "Xi Jinping"},
    "place:east-sea": {"kind": "place", "name": "East Sea", "level": "other"},
}


def ev(type, evidence, when=None, where=(), actors=(), facilities=(), attribution="outlet", modality="asserted",
       happening=None, sources=1):
    """An event with its happening id and its number of independent origins."""
    e = _ev(type, evidence, when, where, actors, facilities, attribution, modality)
    e.update(happening=f"dev2-h{happening:02d}", independent_sources=sources)
    return e


def report(*args, ignore=(), **kw):
    """A report, with the surfaces that are neither mentions nor errors (outlet names, demonyms, vague words)."""
    _report(*args, **kw)
    R[-1]["ignore"] = list(ignore)


IO, OI = ["outlet", "anonymous_insider"], ["anonymous_insider", "outlet"]
EA, AE = ["estimated", "asserted"], ["asserted", "estimated"]

# 001: an insider outlet's Korean edition, with its English edition en-dev2-001.
report("ko-dev2-001", "2024-05-16", "데일리NK",
       "자강도 강계시의 제26호 공장에 이달 초 포탄 생산량을 30% 늘리라는 지시가 내려진 것으로 알려졌다.\n"
       "16일 데일리NK 자강도 소식통에 따르면 이 지시는 군수공업부를 거쳐 공장 당위원회에 하달됐다.\n"
       "소식통은 \"지난 8일부터 노동자들이 2교대로 쉬지 않고 포탄을 깎고 있다\"면서 \"완성된 포탄은 화물열차에 실려 어디론가 나간다\"고 전했다.\n"
       "공장 안에서는 이 포탄이 러시아로 간다는 소문이 돌고 있다.",
       [P("자강도", "place:chagang"), P("강계시", "place:kanggye"), F("제26호 공장", "fac:kanggye-tractor"),
        O("군수공업부", "org:wpk-mid"), RU],
       [("이달 초", "DATE", "2024-05"), ("16일", "DATE", "2024-05-16"), ("지난 8일", "DATE", "2024-05-08")],
       [ev("PRODUCTION_ORDER", ["제26호 공장에 이달 초 포탄 생산량을 30% 늘리라는 지시가 내려진 것으로 알려졌다",
                                "이 지시는 군수공업부를 거쳐 공장 당위원회에 하달됐다"], "2024-05",
           ["place:chagang", "place:kanggye"], ["org:wpk-mid"], ["fac:kanggye-tractor"], IO, EA, 1),
        ev("PRODUCTION_ACTIVITY", ["지난 8일부터 노동자들이 2교대로 쉬지 않고 포탄을 깎고 있다"], "2024-05-08", [], [],
           ["fac:kanggye-tractor"], "anonymous_insider", "asserted", 2),
        ev("TRANSFER", ["완성된 포탄은 화물열차에 실려 어디론가 나간다", "이 포탄이 러시아로 간다는 소문이 돌고 있다"], None, [],
           [NRU], ["fac:kanggye-tractor"], OI, ["rumored", "asserted"], 3)],
       counterpart="en-dev2-001", ignore=["데일리NK"])
report("en-dev2-001", "2024-05-16", "Daily NK",
       "Factory No. 26 in Kanggye, Chagang Province, was reportedly ordered early this month to raise its artillery shell output by 30%.\n"
       "The order came down through the Munitions Industry Department to the factory's party committee, a source in Chagang Province told Daily NK on Thursday.\n"
       "\"Since May 8, workers have been machining shells in two shifts without a break,\" the source said, adding that finished shells leave on freight trains.\n"
       "Rumors inside the factory say the shells are bound for Russia.",
       [F("Factory No. 26", "fac:kanggye-tractor"), P("Kanggye", "place:kanggye"), P("Chagang Province", "place:chagang"),
        O("Munitions Industry Department", "org:wpk-mid"), ("Russia", "place", NRU)],
       [("early this month", "DATE", "2024-05"), ("Thursday", "DATE", "2024-05-16"), ("May 8", "DATE", "2024-05-08")],
       [ev("PRODUCTION_ORDER", ["was reportedly ordered early this month to raise its artillery shell output by 30%",
                                "The order came down through the Munitions Industry Department"], "2024-05",
           ["place:chagang", "place:kanggye"], ["org:wpk-mid"], ["fac:kanggye-tractor"], IO, EA, 1),
        ev("PRODUCTION_ACTIVITY", ["workers have been machining shells in two shifts without a break"], "2024-05-08", [], [],
           ["fac:kanggye-tractor"], "anonymous_insider", "asserted", 2),
        ev("TRANSFER", ["finished shells leave on freight trains", "Rumors inside the factory say the shells are bound for Russia"],
           None, [], [NRU], ["fac:kanggye-tractor"], OI, ["rumored", "asserted"], 3)],
       lang="en", counterpart="ko-dev2-001", ignore=["Daily NK"])

# 002 and 003: state media's own story and an agency relaying it (one origin).
report("ko-dev2-002", "2024-06-02", "조선중앙통신",
       "경애하는 김정은동지께서 장자강공작기계공장을 현지지도하시였다.\n"
       "김정은동지께서는 공장의 여러 직장들을 돌아보시면서 주체113년 인민경제계획과 국방공업부문의 생산과제를 넘쳐 수행할데 대한 과업을 제시하시였다.\n"
       "현지지도에는 조춘룡동지가 동행하였다.",
       [KJU, F("장자강공작기계공장", JANGJA), H("조춘룡", JCR)],
       [("주체113년", "DATE", "2024")],
       [ev("INSPECTION", ["경애하는 김정은동지께서 장자강공작기계공장을 현지지도하시였다", "현지지도에는 조춘룡동지가 동행하였다"], None, [],
           [KJUI, JCR], [JANGJA], "state_media", "asserted", 4),
        ev("PRODUCTION_ORDER", ["주체113년 인민경제계획과 국방공업부문의 생산과제를 넘쳐 수행할데 대한 과업을 제시하시였다"], "2024", [],
           [KJUI], [JANGJA], "state_media", "asserted", 5)])
report("ko-dev2-003", "2024-06-02", "연합뉴스",
       "(서울=연합뉴스) 김민수 기자 = 김정은 북한 국무위원장이 자강도 만포시의 장자강공작기계공장을 현지지도했다고 조선중앙통신이 2일 보도했다.\n"
       "통신에 따르면 김정은 위원장은 올해 인민경제계획과 국방공업 생산과제를 넘쳐 수행하라고 지시했다.\n"
       "장자강공작기계공장은 포탄과 방사포탄을 생산하는 대표적인 군수공장으로 알려져 있다.\n"
       "이번 현지지도에는 조춘룡 당 중앙위원회 비서가 동행했다.",
       [KJU, KP, P("자강도", "place:chagang"), P("만포시", "place:manpo"), F("장자강공작기계공장", JANGJA),
        O("조선중앙통신", "org:kcna"), H("조춘룡", JCR), O("당 중앙위원회", "org:wpk-cc")],
       [("2일", "DATE", "2024-06-02"), ("올해", "DATE", "2024")],
       [ev("INSPECTION", ["김정은 북한 국무위원장이 자강도 만포시의 장자강공작기계공장을 현지지도했다고 조선중앙통신이 2일 보도했다",
                          "이번 현지지도에는 조춘룡 당 중앙위원회 비서가 동행했다"], None, ["place:chagang", "place:manpo"],
           [KJUI, JCR], [JANGJA], "state_media", "asserted", 4),
        ev("PRODUCTION_ORDER", ["통신에 따르면 김정은 위원장은 올해 인민경제계획과 국방공업 생산과제를 넘쳐 수행하라고 지시했다"], "2024", [],
           [KJUI], [JANGJA], "state_media", "asserted", 5),
        ev("PRODUCTION_ACTIVITY", ["장자강공작기계공장은 포탄과 방사포탄을 생산하는 대표적인 군수공장으로 알려져 있다"], None, [], [],
           [JANGJA], "outlet", AE, 6)],
       counterpart="en-dev2-002", unscored=["(서울=연합뉴스) 김민수 기자 = "])
report("en-dev2-002", "2024-06-02", "Yonhap",
       "North Korean leader Kim Jong Un inspected the Jangjagang Machine Tool Factory in Manpo, Chagang Province, the Korean Central News Agency said Sunday.\n"
       "Kim told the factory to overfulfil this year's national economic plan and its defense production tasks, according to KCNA.\n"
       "The factory is known as one of the country's main producers of artillery shells and rocket rounds.\n"
       "Jo Chun Ryong, a secretary of the ruling party's Central Committee, accompanied him.",
       [("Kim Jong Un", "person", KJUI), ("Kim", "person", KJUI), F("Jangjagang Machine Tool Factory", JANGJA),
        P("Manpo", "place:manpo"), P("Chagang Province", "place:chagang"), O("Korean Central News Agency", "org:kcna"),
        O("KCNA", "org:kcna"), H("Jo Chun Ryong", JCR), O("Central Committee", "org:wpk-cc")],
       [("Sunday", "DATE", "2024-06-02"), ("this year", "DATE", "2024")],
       [ev("INSPECTION", ["Kim Jong Un inspected the Jangjagang Machine Tool Factory",
                          "Jo Chun Ryong, a secretary of the ruling party's Central Committee, accompanied him"], None,
           ["place:chagang", "place:manpo"], [KJUI, JCR], [JANGJA], "state_media", "asserted", 4),
        ev("PRODUCTION_ORDER", ["Kim told the factory to overfulfil this year's national economic plan"], "2024", [], [KJUI],
           [JANGJA], "state_media", "asserted", 5),
        ev("PRODUCTION_ACTIVITY", ["The factory is known as one of the country's main producers of artillery shells"], None, [], [],
           [JANGJA], "outlet", AE, 6)],
       lang="en", counterpart="ko-dev2-003", ignore=["North Korean"])

# 004: an agency relaying the intelligence service's briefing to lawmakers; English edition en-dev2-003.
report("ko-dev2-004", "2024-10-23", "연합뉴스",
       "국가정보원은 23일 국회 정보위원회 국정감사에서 북한이 작년 8월부터 러시아에 포탄 등 무기를 20여 차례에 걸쳐 보낸 것으로 파악했다고 밝혔다.\n"
       "국정원은 포탄이 주로 라선시 라진항에서 러시아 선박에 실려 나갔으며 그 양이 800만 발을 넘는 것으로 추정된다고 보고했다.\n"
       "국정원은 또 북한이 올해 들어 군수공장 가동률을 크게 높였고 평양 인근에 새 탄약 공장을 짓고 있다고 설명했다.\n"
       "정보위원들에 따르면 국정원은 김정은 국무위원장이 지난달 군수공업부 부장을 교체한 것으로 보고 있다.",
       [O("국가정보원", "org:rok-nis"), O("국회 정보위원회", "org:rok-na-intel"), KP, RU, O("국정원", "org:rok-nis"),
        P("라선시", "place:rason"), F("라진항", "fac:rajin-port"), P("평양", "place:pyongyang"), KJU,
        O("군수공업부", "org:wpk-mid")],
       [("23일", "DATE", "2024-10-23"), ("작년 8월", "DATE", "2023-08"), ("올해", "DATE", "2024"), ("지난달", "DATE", "2024-09")],
       [ev("TRANSFER", ["북한이 작년 8월부터 러시아에 포탄 등 무기를 20여 차례에 걸쳐 보낸 것으로 파악했다고 밝혔다",
                        "포탄이 주로 라선시 라진항에서 러시아 선박에 실려 나갔으며 그 양이 800만 발을 넘는 것으로 추정된다"], "2023-08",
           ["place:rason"], [NKP, NRU], ["fac:rajin-port"], "intelligence_agency", "estimated", 7),
        ev("PRODUCTION_ACTIVITY", ["북한이 올해 들어 군수공장 가동률을 크게 높였고"], "2024", [], [NKP], [], "intelligence_agency",
           "asserted", 8),
        ev("FACILITY_STATUS", ["평양 인근에 새 탄약 공장을 짓고 있다고 설명했다"], None, ["place:pyongyang"], [NKP], [],
           "intelligence_agency", "asserted", 9),
        ev("PERSONNEL", ["김정은 국무위원장이 지난달 군수공업부 부장을 교체한 것으로 보고 있다"], "2024-09", [], [KJUI], [],
           "intelligence_agency", "estimated", 10)],
       counterpart="en-dev2-003")
report("en-dev2-003", "2024-10-23", "Yonhap",
       "North Korea has sent artillery shells and other weapons to Russia more than 20 times since August last year, the National Intelligence Service (NIS) told lawmakers Wednesday.\n"
       "Most of the shells left Rajin Port in Rason on Russian ships, and the total is estimated at over 8 million rounds, the spy agency said in a parliamentary audit.\n"
       "The NIS also said the North has sharply raised the operating rate of its munitions factories this year and is building a new ammunition plant near Pyongyang.\n"
       "Kim Jong Un appears to have replaced the head of the party's Munitions Industry Department last month, according to members of the National Assembly Intelligence Committee.",
       [("North Korea", "place", NKP), ("Russia", "place", NRU), O("National Intelligence Service", "org:rok-nis"),
        O("NIS", "org:rok-nis"), F("Rajin Port", "fac:rajin-port"), P("Rason", "place:rason"), P("Pyongyang", "place:pyongyang"),
        ("Kim Jong Un", "person", KJUI), O("Munitions Industry Department", "org:wpk-mid"),
        O("National Assembly Intelligence Committee", "org:rok-na-intel")],
       [("Wednesday", "DATE", "2024-10-23"), ("August last year", "DATE", "2023-08"), ("this year", "DATE", "2024"),
        ("last month", "DATE", "2024-09")],
       [ev("TRANSFER", ["North Korea has sent artillery shells and other weapons to Russia more than 20 times since August last year",
                        "Most of the shells left Rajin Port in Rason on Russian ships, and the total is estimated at over 8 million rounds"],
           "2023-08", ["place:rason"], [NKP, NRU], ["fac:rajin-port"], "intelligence_agency", "estimated", 7),
        ev("PRODUCTION_ACTIVITY", ["the North has sharply raised the operating rate of its munitions factories this year"], "2024", [],
           [NKP], [], "intelligence_agency", "asserted", 8),
        ev("FACILITY_STATUS", ["is building a new ammunition plant near Pyongyang"], None, ["place:pyongyang"], [NKP], [],
           "intelligence_agency", "asserted", 9),
        ev("PERSONNEL", ["Kim Jong Un appears to have replaced the head of the party's Munitions Industry Department last month"],
           "2024-09", [], [KJUI], [], "intelligence_agency", "estimated", 10)],
       lang="en", counterpart="ko-dev2-004", ignore=["Russian", "the North"])

# 005 and 006: a radio service's and an insider outlet's sources on one theft (two origins).
report("ko-dev2-005", "2024-08-12", "자유아시아방송",
       "함경북도 청진시의 129호 군수공장에서 지난달 중순 화약과 구리 부속품을 몰래 빼내 장마당에 팔아온 노동자 10여 명이 적발됐습니다.\n"
       "함경북도의 한 소식통은 지난 9일 자유아시아방송에 \"이들은 반년 가까이 퇴근길에 화약을 조금씩 들고 나왔다\"고 말했습니다.\n"
       "소식통은 \"사건 이후 국가보위성이 공장 출입구마다 보위원을 세우고 모든 노동자의 몸을 검사하고 있다\"고 전했습니다.",
       [P("함경북도", "place:nhamgyong"), P("청진시", "place:chongjin"), F("129호 군수공장", "fac:chongjin-mf129"),
        O("국가보위성", "org:mss")],
       [("지난달 중순", "DATE", "2024-07"), ("지난 9일", "DATE", "2024-08-09"), ("반년", "DURATION", "P6M")],
       [ev("THEFT", ["129호 군수공장에서 지난달 중순 화약과 구리 부속품을 몰래 빼내 장마당에 팔아온 노동자 10여 명이 적발됐습니다",
                     "이들은 반년 가까이 퇴근길에 화약을 조금씩 들고 나왔다"], "2024-07", ["place:nhamgyong", "place:chongjin"], [],
           ["fac:chongjin-mf129"], IO, "asserted", 11, 2),
        ev("SECURITY_MEASURE", ["국가보위성이 공장 출입구마다 보위원을 세우고 모든 노동자의 몸을 검사하고 있다"], None, [], ["org:mss"],
           ["fac:chongjin-mf129"], "anonymous_insider", "asserted", 12)],
       ignore=["자유아시아방송"])
report("ko-dev2-006", "2024-08-14", "데일리NK",
       "함경북도 청진의 군수공장에서 화약 절도 사건이 터지면서 국가보위성이 도내 군수공장 전반에 대한 재고 검열에 나선 것으로 전해졌다.\n"
       "14일 데일리NK 함경북도 소식통에 따르면 청진시 송평구역의 제129호 공장에서 지난달 노동자들이 화약을 빼돌린 사실이 드러났다.\n"
       "소식통은 \"보위성 검열조가 이달 초부터 각 공장의 화약과 탄피 재고를 하나하나 맞춰보고 있다\"고 말했다.\n"
       "공장 안에서는 지배인이 곧 해임될 것이라는 소문이 돌고 있다고 소식통은 덧붙였다.",
       [P("함경북도", "place:nhamgyong"), P("청진", "place:chongjin"), P("청진시", "place:chongjin"), O("국가보위성", "org:mss"),
        P("송평구역", "place:songpyong"), F("제129호 공장", "fac:chongjin-mf129"), O("보위성", "org:mss")],
       [("14일", "DATE", "2024-08-14"), ("지난달", "DATE", "2024-07"), ("이달 초", "DATE", "2024-08")],
       [ev("THEFT", ["청진시 송평구역의 제129호 공장에서 지난달 노동자들이 화약을 빼돌린 사실이 드러났다",
                     "함경북도 청진의 군수공장에서 화약 절도 사건이 터지면서"], "2024-07",
           ["place:nhamgyong", "place:chongjin", "place:songpyong"], [], ["fac:chongjin-mf129"], OI, AE, 11, 2),
        ev("SECURITY_MEASURE", ["국가보위성이 도내 군수공장 전반에 대한 재고 검열에 나선 것으로 전해졌다",
                                "보위성 검열조가 이달 초부터 각 공장의 화약과 탄피 재고를 하나하나 맞춰보고 있다"], "2024-08",
           ["place:nhamgyong"], ["org:mss"], [], IO, EA, 13),
        ev("PERSONNEL", ["지배인이 곧 해임될 것이라는 소문이 돌고 있다"], None, [], [], ["fac:chongjin-mf129"], OI,
           ["rumored", "predicted"], 14)],
       ignore=["데일리NK"])

# 007: state media's Korean service (DPRK spelling); English edition en-dev2-004.
report("ko-dev2-007", "2024-09-14", "조선중앙통신",
       "미싸일총국은 주체113년 9월 13일 신형 600㎜ 방사포의 시험사격을 진행하였다.\n"
       "김정은동지께서 시험사격을 참관하시였다.\n"
       "김정은동지께서는 국방공업부문에서 래년까지 이 방사포를 대량생산할데 대한 과업을 제시하시였다.",
       [O("미싸일총국", "org:missile-admin"), KJU],
       [("주체113년 9월 13일", "DATE", "2024-09-13"), ("래년", "DATE", "2025")],
       [ev("WEAPONS_TEST", ["미싸일총국은 주체113년 9월 13일 신형 600㎜ 방사포의 시험사격을 진행하였다", "김정은동지께서 시험사격을 참관하시였다"],
           "2024-09-13", [], ["org:missile-admin", KJUI], [], "state_media", "asserted", 15),
        ev("PRODUCTION_ORDER", ["국방공업부문에서 래년까지 이 방사포를 대량생산할데 대한 과업을 제시하시였다"], "2024-09-13", [], [KJUI], [],
           "state_media", "asserted", 16)],
       counterpart="en-dev2-004")
report("en-dev2-004", "2024-09-14", "KCNA",
       "The Missile Administration conducted a test-fire of a new-type 600mm multiple rocket launcher on September 13.\n"
       "Respected Comrade Kim Jong Un watched the test-fire.\n"
       "He set forth the task for the defence industry to mass-produce the launcher by next year.",
       [O("Missile Administration", "org:missile-admin"), ("Kim Jong Un", "person", KJUI)],
       [("September 13", "DATE", "2024-09-13"), ("next year", "DATE", "2025")],
       [ev("WEAPONS_TEST", ["The Missile Administration conducted a test-fire of a new-type 600mm multiple rocket launcher",
                            "Respected Comrade Kim Jong Un watched the test-fire"], "2024-09-13", [], ["org:missile-admin", KJUI], [],
           "state_media", "asserted", 15),
        ev("PRODUCTION_ORDER", ["He set forth the task for the defence industry to mass-produce the launcher by next year"], "2024-09-13",
           [], [KJUI], [], "state_media", "asserted", 16)],
       lang="en", counterpart="ko-dev2-007")

# 008: the party paper on a plenary meeting.
report("ko-dev2-008", "2025-01-03", "로동신문",
       "조선로동당 중앙위원회 제8기 제11차 전원회의확대회의가 지난해 12월 23일부터 27일까지 당중앙위원회 본부청사에서 진행되였다.\n"
       "전원회의에서는 주체114년 국방공업발전계획이 토의되였으며 군수공업부문의 생산능력을 확대하기 위한 결정서가 채택되였다.\n"
       "김정은동지께서는 모든 군수공업기업소들에서 새해 첫 분기부터 생산정상화의 동음을 높이 울릴것을 강조하시였다.",
       [O("조선로동당 중앙위원회", "org:wpk-cc"), O("당중앙위원회", "org:wpk-cc"), KJU],
       [("지난해 12월 23일", "DATE", "2024-12-23"), ("27일", "DATE", "2024-12-27"), ("주체114년", "DATE", "2025"),
        ("새해 첫 분기", "DATE", "2025-Q1")],
       [ev("MEETING", ["조선로동당 중앙위원회 제8기 제11차 전원회의확대회의가 지난해 12월 23일부터 27일까지 당중앙위원회 본부청사에서 진행되였다"],
           "2024-12-23", [], ["org:wpk-cc"], [], "state_media", "asserted", 17),
        ev("PRODUCTION_ORDER", ["군수공업부문의 생산능력을 확대하기 위한 결정서가 채택되였다",
                                "모든 군수공업기업소들에서 새해 첫 분기부터 생산정상화의 동음을 높이 울릴것을 강조하시였다"], "2025", [],
           ["org:wpk-cc", KJUI], [], "state_media", "asserted", 18)])

# 009: an agency on the joint chiefs' statement; English edition en-dev2-005.
report("ko-dev2-009", "2025-02-20", "연합뉴스",
       "(서울=연합뉴스) 박성진 기자 = 북한이 20일 오전 평안북도 구성 일대에서 동해상으로 단거리탄도미사일 여러 발을 발사했다고 합동참모본부가 밝혔다.\n"
       "합참은 미사일이 약 400㎞를 비행한 뒤 동해상에 떨어졌다며 세부 제원을 한미 정보당국이 분석하고 있다고 전했다.\n"
       "북한의 탄도미사일 발사는 지난달 14일 이후 한달 남짓 만이다.\n"
       "군 당국은 북한이 이달 말 시작되는 한미연합연습에 반발해 추가로 미사일을 쏠 가능성이 있다고 보고 있다.",
       [KP, P("평안북도", "place:npyongan"), P("구성", "place:kusong"), P("동해상", "place:east-sea"),
        O("합동참모본부", "org:rok-jcs"), O("합참", "org:rok-jcs")],
       [("20일 오전", "TIME", "2025-02-20TMO"), ("지난달 14일", "DATE", "2025-01-14"), ("한달 남짓", "DURATION", "P1M"),
        ("이달 말", "DATE", "2025-02")],
       [ev("WEAPONS_TEST", ["북한이 20일 오전 평안북도 구성 일대에서 동해상으로 단거리탄도미사일 여러 발을 발사했다고 합동참모본부가 밝혔다",
                            "합참은 미사일이 약 400㎞를 비행한 뒤 동해상에 떨어졌다며"], "2025-02-20",
           ["place:npyongan", "place:kusong"], [NKP], [], "government_official", "asserted", 19),
        ev("WEAPONS_TEST", ["북한의 탄도미사일 발사는 지난달 14일 이후 한달 남짓 만이다"], "2025-01-14", [], [NKP], [], "outlet",
           "asserted", 20),
        ev("WEAPONS_TEST", ["북한이 이달 말 시작되는 한미연합연습에 반발해 추가로 미사일을 쏠 가능성이 있다고 보고 있다"], None, [], [NKP], [],
           "government_official", "predicted", 21)],
       counterpart="en-dev2-005", unscored=["(서울=연합뉴스) 박성진 기자 = "], ignore=["한미"])
report("en-dev2-005", "2025-02-20", "Yonhap",
       "SEOUL, Feb. 20 (Yonhap) -- North Korea fired several short-range ballistic missiles toward the East Sea from the Kusong area in North Pyongan Province on Thursday morning, South Korea's Joint Chiefs of Staff (JCS) said.\n"
       "The missiles flew about 400 kilometers before falling into the sea, the JCS said, adding that South Korean and American intelligence authorities are analyzing the details.\n"
       "It is the North's first ballistic missile launch in just over a month, following one on Jan. 14.\n"
       "The military believes more launches are possible in protest of the allies' joint exercise starting later this month.",
       [("North Korea", "place", NKP), P("East Sea", "place:east-sea"), P("Kusong", "place:kusong"),
        P("North Pyongan Province", "place:npyongan"), ("South Korea", "place", "country:KR"),
        O("Joint Chiefs of Staff", "org:rok-jcs"), O("JCS", "org:rok-jcs")],
       [("Thursday morning", "TIME", "2025-02-20TMO"), ("just over a month", "DURATION", "P1M"), ("Jan. 14", "DATE", "2025-01-14"),
        ("later this month", "DATE", "2025-02")],
       [ev("WEAPONS_TEST", ["North Korea fired several short-range ballistic missiles toward the East Sea from the Kusong area",
                            "The missiles flew about 400 kilometers before falling into the sea"], "2025-02-20",
           ["place:npyongan", "place:kusong"], [NKP], [], "government_official", "asserted", 19),
        ev("WEAPONS_TEST", ["following one on Jan. 14"], "2025-01-14", [], [NKP], [], "outlet", "asserted", 20),
        ev("WEAPONS_TEST", ["The military believes more launches are possible"], None, [], [NKP], [], "government_official",
           "predicted", 21)],
       lang="en", counterpart="ko-dev2-009", unscored=["SEOUL, Feb. 20 (Yonhap) -- "],
       ignore=["South Korean", "American", "the North"])

# 010: an insider outlet on a depot theft, tighter guard and a dismissal.
report("ko-dev2-010", "2025-03-10", "데일리NK",
       "양강도 혜산에 있는 군수품 창고에서 탄약 상자가 사라진 사건 이후 보위 당국이 창고 경비를 대폭 강화한 것으로 알려졌다.\n"
       "10일 데일리NK 양강도 소식통에 따르면 지난 3일 밤 혜산시의 한 군수품 창고에서 소총 탄약 10상자가 없어진 사실이 확인됐다.\n"
       "소식통은 \"사건 다음날부터 창고 주변에 무장한 경비병이 두 배로 늘었고 주민들은 창고 근처로 다닐 수 없게 됐다\"고 전했다.\n"
       "창고 책임자는 해임돼 조사를 받고 있는 것으로 전해졌다.",
       [P("양강도", "place:ryanggang"), P("혜산", "place:hyesan"), P("혜산시", "place:hyesan")],
       [("10일", "DATE", "2025-03-10"), ("지난 3일 밤", "TIME", "2025-03-03TNI"), ("다음날", "DATE", "2025-03-04")],
       [ev("THEFT", ["혜산시의 한 군수품 창고에서 소총 탄약 10상자가 없어진 사실이 확인됐다", "탄약 상자가 사라진 사건"], "2025-03-03",
           ["place:ryanggang", "place:hyesan"], [], [], OI, "asserted", 22),
        ev("SECURITY_MEASURE", ["보위 당국이 창고 경비를 대폭 강화한 것으로 알려졌다", "사건 다음날부터 창고 주변에 무장한 경비병이 두 배로 늘었고"],
           "2025-03-04", ["place:ryanggang", "place:hyesan"], [], [], IO, EA, 23),
        ev("PERSONNEL", ["창고 책임자는 해임돼 조사를 받고 있는 것으로 전해졌다"], None, [], [], [], IO, "estimated", 24)],
       ignore=["데일리NK"])

# 011: a broadcaster's Korean service on an imagery analysis; English edition en-dev2-006.
report("ko-dev2-011", "2025-03-25", "미국의소리",
       "함경남도 신포조선소에서 새 잠수함 건조용 대형 건물이 완공된 모습이 위성사진에 포착됐다고 미국의 한 민간 연구기관이 24일 밝혔다.\n"
       "이 기관은 작년 11월 착공된 건물이 올해 1분기 안에 지붕 공사까지 마무리된 것으로 보인다고 분석했다.\n"
       "연구기관은 북한이 이르면 올해 하반기 이곳에서 새 잠수함을 진수할 것으로 전망했다.\n"
       "신포조선소 주변에서는 경비 초소 3곳이 새로 생긴 것도 확인됐다.",
       [P("함경남도", "place:shamgyong"), F("신포조선소", "fac:sinpo-shipyard"), US, KP],
       [("24일", "DATE", "2025-03-24"), ("작년 11월", "DATE", "2024-11"), ("올해 1분기", "DATE", "2025-Q1"),
        ("올해 하반기", "DATE", "2025-H2")],
       [ev("FACILITY_STATUS", ["신포조선소에서 새 잠수함 건조용 대형 건물이 완공된 모습이 위성사진에 포착됐다고 미국의 한 민간 연구기관이 24일 밝혔다",
                               "작년 11월 착공된 건물이 올해 1분기 안에 지붕 공사까지 마무리된 것으로 보인다고 분석했다"], "2025-Q1",
           ["place:shamgyong"], [], ["fac:sinpo-shipyard"], "other", AE, 25),
        ev("PRODUCTION_ACTIVITY", ["북한이 이르면 올해 하반기 이곳에서 새 잠수함을 진수할 것으로 전망했다"], "2025-H2", [], [NKP],
           ["fac:sinpo-shipyard"], "other", "predicted", 26),
        ev("SECURITY_MEASURE", ["신포조선소 주변에서는 경비 초소 3곳이 새로 생긴 것도 확인됐다"], None, [], [], ["fac:sinpo-shipyard"],
           "other", "asserted", 27)],
       counterpart="en-dev2-006")
report("en-dev2-006", "2025-03-25", "VOA",
       "Satellite imagery shows a large new building for submarine construction completed at the Sinpo South Shipyard in South Hamgyong Province, a U.S. research group said Monday.\n"
       "Construction began in November last year, and the roof appears to have been finished within the first quarter of this year, the group said.\n"
       "It expects North Korea to launch a new submarine there as early as the second half of this year.\n"
       "Three new guard posts were also spotted around the shipyard.",
       [F("Sinpo South Shipyard", "fac:sinpo-shipyard"), P("South Hamgyong Province", "place:shamgyong"),
        ("U.S.", "place", "country:US"), ("North Korea", "place", NKP)],
       [("Monday", "DATE", "2025-03-24"), ("November last year", "DATE", "2024-11"),
        ("the first quarter of this year", "DATE", "2025-Q1"), ("the second half of this year", "DATE", "2025-H2")],
       [ev("FACILITY_STATUS", ["Satellite imagery shows a large new building for submarine construction completed at the Sinpo South Shipyard",
                               "the roof appears to have been finished within the first quarter of this year"], "2025-Q1",
           ["place:shamgyong"], [], ["fac:sinpo-shipyard"], "other", AE, 25),
        ev("PRODUCTION_ACTIVITY", ["It expects North Korea to launch a new submarine there as early as the second half of this year"],
           "2025-H2", [], [NKP], ["fac:sinpo-shipyard"], "other", "predicted", 26),
        ev("SECURITY_MEASURE", ["Three new guard posts were also spotted around the shipyard"], None, [], [], ["fac:sinpo-shipyard"],
           "other", "asserted", 27)],
       lang="en", counterpart="ko-dev2-011")

# 012: an agency on the intelligence service's forecast.
report("ko-dev2-012", "2024-11-05", "연합뉴스",
       "국가정보원은 5일 김정은 국무위원장이 내년 상반기 러시아를 방문할 가능성이 크다고 밝혔다.\n"
       "국정원은 국회 정보위원회 비공개 회의에서 이같이 보고하고 방문 때 두 나라 사이의 군사기술 협력 협정이 체결될 것으로 내다봤다.\n"
       "국정원은 또 북한이 최근 평안남도 순천의 한 공장을 드론 생산시설로 바꾼 것으로 파악했다고 설명했다.",
       [O("국가정보원", "org:rok-nis"), KJU, RU, O("국정원", "org:rok-nis"), O("국회 정보위원회", "org:rok-na-intel"), KP,
        P("평안남도", "place:spyongan"), P("순천", "place:sunchon")],
       [("5일", "DATE", "2024-11-05"), ("내년 상반기", "DATE", "2025-H1")],
       [ev("LEADER_TRAVEL", ["김정은 국무위원장이 내년 상반기 러시아를 방문할 가능성이 크다고 밝혔다"], "2025-H1", [NRU], [KJUI], [],
           "intelligence_agency", "predicted", 28),
        ev("AGREEMENT", ["방문 때 두 나라 사이의 군사기술 협력 협정이 체결될 것으로 내다봤다"], None, [], [NKP, NRU], [],
           "intelligence_agency", "predicted", 29),
        ev("FACILITY_STATUS", ["북한이 최근 평안남도 순천의 한 공장을 드론 생산시설로 바꾼 것으로 파악했다고 설명했다"], None,
           ["place:spyongan", "place:sunchon"], [NKP], [], "intelligence_agency", EA, 30)],
       ignore=["최근"])

# 013: state media's Korean service on a protocol signed abroad; English edition en-dev2-007.
report("ko-dev2-013", "2025-04-28", "조선중앙통신",
       "조선민주주의인민공화국 국방성과 로씨야련방 국방부사이의 군사기술협조에 관한 의정서가 27일 모스크바에서 조인되였다.\n"
       "의정서에는 국방상 노광철동지와 로씨야련방 국방부 대표가 수표하였다.\n"
       "조인식에는 쌍방 군사부문 관계자들이 참가하였다.",
       [("조선민주주의인민공화국", "place", NKP), O("국방성", "org:kp-mnd"), ("로씨야련방", "place", NRU),
        O("국방부", "org:ru-mod"), P("모스크바", "place:moscow"), H("노광철", NKC)],
       [("27일", "DATE", "2025-04-27")],
       [ev("AGREEMENT", ["조선민주주의인민공화국 국방성과 로씨야련방 국방부사이의 군사기술협조에 관한 의정서가 27일 모스크바에서 조인되였다",
                         "의정서에는 국방상 노광철동지와 로씨야련방 국방부 대표가 수표하였다"], "2025-04-27", ["place:moscow"],
           ["org:kp-mnd", "org:ru-mod", NKC], [], "state_media", "asserted", 31)],
       counterpart="en-dev2-007")
report("en-dev2-007", "2025-04-28", "KCNA",
       "A protocol on military-technical cooperation between the Ministry of National Defence of the DPRK and the Ministry of Defence of the Russian Federation was signed in Moscow on April 27.\n"
       "Minister of National Defence No Kwang Chol and a representative of the Ministry of Defence of the Russian Federation signed the protocol.\n"
       "Officials of the defence sectors of both sides were present at the signing ceremony.",
       [O("Ministry of National Defence", "org:kp-mnd"), ("DPRK", "place", NKP),
        O("Ministry of Defence of the Russian Federation", "org:ru-mod"),
        P("Moscow", "place:moscow"), H("No Kwang Chol", NKC)],
       [("April 27", "DATE", "2025-04-27")],
       [ev("AGREEMENT", ["A protocol on military-technical cooperation between the Ministry of National Defence of the DPRK and the Ministry of Defence of the Russian Federation was signed in Moscow",
                         "No Kwang Chol and a representative of the Ministry of Defence of the Russian Federation signed the protocol"], "2025-04-27",
           ["place:moscow"], ["org:kp-mnd", "org:ru-mod", NKC], [], "state_media", "asserted", 31)],
       lang="en", counterpart="ko-dev2-013")

# 014: an insider outlet on a dismissal after a struggle session.
report("ko-dev2-014", "2024-07-08", "데일리NK",
       "평안남도 순천시의 한 군수공장 기사장이 상반기 생산계획을 채우지 못했다는 이유로 해임된 것으로 알려졌다.\n"
       "8일 데일리NK 평안남도 소식통에 따르면 도당 위원회는 지난달 중순 공장 간부들을 모아 보름 동안 사상투쟁회의를 열었다.\n"
       "소식통은 \"기사장은 회의 마지막 날 해임됐고 지배인도 엄중경고 처분을 받았다\"고 전했다.\n"
       "주민들 사이에서는 기사장이 탄광으로 추방될 것이라는 말이 돌고 있다.",
       [P("평안남도", "place:spyongan"), P("순천시", "place:sunchon"), O("도당 위원회", "org:wpk-spyongan-pc")],
       [("상반기", "DATE", "2024-H1"), ("8일", "DATE", "2024-07-08"), ("지난달 중순", "DATE", "2024-06"), ("보름", "DURATION", "P15D")],
       [ev("PERSONNEL", ["한 군수공장 기사장이 상반기 생산계획을 채우지 못했다는 이유로 해임된 것으로 알려졌다",
                         "기사장은 회의 마지막 날 해임됐고 지배인도 엄중경고 처분을 받았다"], None, ["place:spyongan", "place:sunchon"],
           [], [], IO, EA, 32),
        ev("MEETING", ["도당 위원회는 지난달 중순 공장 간부들을 모아 보름 동안 사상투쟁회의를 열었다"], "2024-06", [],
           ["org:wpk-spyongan-pc"], [], "anonymous_insider", "asserted", 33),
        ev("PERSONNEL", ["기사장이 탄광으로 추방될 것이라는 말이 돌고 있다"], None, [], [], [], IO, ["rumored", "predicted"], 34)],
       ignore=["데일리NK"])

# 015: a radio service's insider report on an accident and a restored workshop.
report("ko-dev2-015", "2024-12-18", "자유아시아방송",
       "평안북도 태천군의 제71호 공장에서 지난 10월 폭발 사고가 나 조립직장 건물이 무너졌다고 현지 소식통이 전했습니다.\n"
       "평안북도의 한 소식통은 17일 자유아시아방송에 \"무너진 직장은 한달 남짓 만에 복구됐고 이달 초부터 생산이 다시 시작됐다\"고 말했습니다.\n"
       "소식통은 \"사고 이후 공장 출입증을 새로 발급하고 외부 사람은 아예 들어갈 수 없게 했다\"고 덧붙였습니다.\n"
       "이 소식통은 사고로 노동자 여러 명이 숨졌다는 소문이 돌았지만 당국은 아무런 발표도 하지 않았다고 전했습니다.",
       [P("평안북도", "place:npyongan"), P("태천군", "place:taechon"), F("제71호 공장", "fac:mf71")],
       [("지난 10월", "DATE", "2024-10"), ("17일", "DATE", "2024-12-17"), ("한달 남짓", "DURATION", "P1M"),
        ("이달 초", "DATE", "2024-12")],
       [ev("FACILITY_STATUS", ["제71호 공장에서 지난 10월 폭발 사고가 나 조립직장 건물이 무너졌다고 현지 소식통이 전했습니다"], "2024-10",
           ["place:npyongan", "place:taechon"], [], ["fac:mf71"], "anonymous_insider", "asserted", 35),
        ev("FACILITY_STATUS", ["무너진 직장은 한달 남짓 만에 복구됐고"], None, [], [], ["fac:mf71"], "anonymous_insider", "asserted", 36),
        ev("PRODUCTION_ACTIVITY", ["이달 초부터 생산이 다시 시작됐다"], "2024-12", [], [], ["fac:mf71"], "anonymous_insider",
           "asserted", 37),
        ev("SECURITY_MEASURE", ["사고 이후 공장 출입증을 새로 발급하고 외부 사람은 아예 들어갈 수 없게 했다"], None, [], [], ["fac:mf71"],
           "anonymous_insider", "asserted", 38)],
       ignore=["자유아시아방송"])

# 016: an agency relaying state media; English edition en-dev2-008.
report("ko-dev2-016", "2025-04-17", "연합뉴스",
       "김정은 북한 국무위원장이 국방상 노광철과 함께 평양의 한 탄약 공장을 찾아 포탄 생산 실태를 점검했다고 조선중앙통신이 17일 보도했다.\n"
       "통신에 따르면 김정은 위원장은 올해 1분기 생산 실적이 계획을 넘어섰다는 보고를 받고 만족을 표시했다.\n"
       "그는 생산 능력을 지금의 두 배로 늘리라고 지시했다.\n"
       "조선중앙통신은 공장의 이름은 밝히지 않았다.",
       [KJU, KP, H("노광철", NKC), P("평양", "place:pyongyang"), O("조선중앙통신", "org:kcna")],
       [("17일", "DATE", "2025-04-17"), ("올해 1분기", "DATE", "2025-Q1")],
       [ev("INSPECTION", ["김정은 북한 국무위원장이 국방상 노광철과 함께 평양의 한 탄약 공장을 찾아 포탄 생산 실태를 점검했다고 조선중앙통신이 17일 보도했다"],
           None, ["place:pyongyang"], [KJUI, NKC], [], "state_media", "asserted", 39),
        ev("PRODUCTION_ACTIVITY", ["올해 1분기 생산 실적이 계획을 넘어섰다는 보고를 받고"], "2025-Q1", [], [], [], "state_media",
           "asserted", 40),
        ev("PRODUCTION_ORDER", ["그는 생산 능력을 지금의 두 배로 늘리라고 지시했다"], None, [], [KJUI], [], "state_media", "asserted", 41)],
       counterpart="en-dev2-008")
report("en-dev2-008", "2025-04-17", "Yonhap",
       "North Korean leader Kim Jong Un inspected an ammunition factory in Pyongyang with Defense Minister No Kwang Chol and checked on artillery shell production, the Korean Central News Agency reported Thursday.\n"
       "Kim expressed satisfaction after being told that output in the first quarter had exceeded the plan, KCNA said.\n"
       "He ordered the factory to double its production capacity.\n"
       "The agency did not disclose the name of the factory.",
       [("Kim Jong Un", "person", KJUI), ("Kim", "person", KJUI), P("Pyongyang", "place:pyongyang"), H("No Kwang Chol", NKC),
        O("Korean Central News Agency", "org:kcna"), O("KCNA", "org:kcna")],
       [("Thursday", "DATE", "2025-04-17"), ("the first quarter", "DATE", "2025-Q1")],
       [ev("INSPECTION", ["Kim Jong Un inspected an ammunition factory in Pyongyang with Defense Minister No Kwang Chol"], None,
           ["place:pyongyang"], [KJUI, NKC], [], "state_media", "asserted", 39),
        ev("PRODUCTION_ACTIVITY", ["output in the first quarter had exceeded the plan"], "2025-Q1", [], [], [], "state_media",
           "asserted", 40),
        ev("PRODUCTION_ORDER", ["He ordered the factory to double its production capacity"], None, [], [KJUI], [], "state_media",
           "asserted", 41)],
       lang="en", counterpart="ko-dev2-016", ignore=["North Korean"])

# 017: an insider outlet on fuel pilfering and locks on the depot.
report("ko-dev2-017", "2025-05-22", "데일리NK",
       "자강도 희천시의 한 군수공장에서 발전기용 디젤유를 빼돌려 팔아온 자재과 직원들이 사회안전성에 체포된 것으로 전해졌다.\n"
       "22일 데일리NK 자강도 소식통은 \"지난 3월부터 두 달가량 매주 기름을 몇 통씩 빼돌려 장마당 상인들에게 넘겼다\"고 말했다.\n"
       "소식통에 따르면 이 일로 공장 연료 창고에는 이달 중순부터 자물쇠가 두 개씩 채워지고 창고 열쇠는 보위지도원이 직접 관리하고 있다.",
       [P("자강도", "place:chagang"), P("희천시", "place:huichon"), O("사회안전성", "org:mosoc")],
       [("22일", "DATE", "2025-05-22"), ("지난 3월", "DATE", "2025-03"), ("두 달가량", "DURATION", "P2M"), ("매주", "SET", "P1W"),
        ("이달 중순", "DATE", "2025-05")],
       [ev("THEFT", ["한 군수공장에서 발전기용 디젤유를 빼돌려 팔아온 자재과 직원들이 사회안전성에 체포된 것으로 전해졌다",
                     "지난 3월부터 두 달가량 매주 기름을 몇 통씩 빼돌려 장마당 상인들에게 넘겼다"], "2025-03",
           ["place:chagang", "place:huichon"], [], [], IO, EA, 42),
        ev("SECURITY_MEASURE", ["공장 연료 창고에는 이달 중순부터 자물쇠가 두 개씩 채워지고 창고 열쇠는 보위지도원이 직접 관리하고 있다"], "2025-05",
           [], [], [], "anonymous_insider", "asserted", 43)],
       ignore=["데일리NK"])

# 018: a daily on the intelligence service's assessment, through a government source.
report("ko-dev2-018", "2025-06-12", "동아일보",
       "북한이 올해 상반기 러시아에 단거리탄도미사일 100여 기를 추가로 넘긴 것으로 국가정보원은 추정하고 있다.\n"
       "11일 정부 소식통에 따르면 국정원은 최근 국회 정보위원회에 이 같은 분석을 보고하면서 미사일이 평양 인근 공장에서 생산돼 열차로 러시아 극동 지역까지 옮겨졌다고 설명했다.\n"
       "국정원은 북한이 미사일 수요를 맞추기 위해 평안남도 개천시 일대에 새 조립 공장을 짓고 있으며 내년 초 가동을 시작할 것으로 내다봤다.\n"
       "정부는 북한과 러시아 사이의 무기 거래가 유엔 안보리 결의 위반이라는 입장이다.",
       [KP, RU, O("국가정보원", "org:rok-nis"), O("국정원", "org:rok-nis"), O("국회 정보위원회", "org:rok-na-intel"),
        P("평양", "place:pyongyang"), P("평안남도", "place:spyongan"), P("개천시", "place:kaechon"), O("유엔 안보리", "org:unsc")],
       [("올해 상반기", "DATE", "2025-H1"), ("11일", "DATE", "2025-06-11"), ("내년 초", "DATE", "2026")],
       [ev("TRANSFER", ["북한이 올해 상반기 러시아에 단거리탄도미사일 100여 기를 추가로 넘긴 것으로 국가정보원은 추정하고 있다",
                        "미사일이 평양 인근 공장에서 생산돼 열차로 러시아 극동 지역까지 옮겨졌다고 설명했다"], "2025-H1", [],
           [NKP, NRU], [], ["intelligence_agency", "government_official"], EA, 44),
        ev("FACILITY_STATUS", ["북한이 미사일 수요를 맞추기 위해 평안남도 개천시 일대에 새 조립 공장을 짓고 있으며", "내년 초 가동을 시작할 것으로 내다봤다"],
           None, ["place:spyongan", "place:kaechon"], [NKP], [], "intelligence_agency", ["asserted", "predicted"], 45)],
       ignore=["최근"])

# 019: state media's Korean service on a party military commission meeting; English edition en-dev2-009.
report("ko-dev2-019", "2025-07-05", "조선중앙통신",
       "조선로동당 중앙군사위원회 제8기 제5차 확대회의가 7월 3일과 4일 진행되였다.\n"
       "확대회의에서는 군수공업부문 사업정형이 총화되고 주요군수기업소들의 생산체계를 개편할데 대한 문제가 토의결정되였다.\n"
       "확대회의는 군수공업부문의 일부 지도간부들을 해임하고 새로 임명하였다.\n"
       "김정은동지께서 확대회의를 지도하시였다.",
       [O("조선로동당 중앙군사위원회", "org:wpk-cmc"), KJU],
       [("7월 3일", "DATE", "2025-07-03"), ("4일", "DATE", "2025-07-04")],
       [ev("MEETING", ["조선로동당 중앙군사위원회 제8기 제5차 확대회의가 7월 3일과 4일 진행되였다", "김정은동지께서 확대회의를 지도하시였다"],
           "2025-07-03", [], ["org:wpk-cmc", KJUI], [], "state_media", "asserted", 46),
        ev("OTHER_DIRECTIVE", ["주요군수기업소들의 생산체계를 개편할데 대한 문제가 토의결정되였다"], None, [], ["org:wpk-cmc"], [],
           "state_media", "asserted", 47),
        ev("PERSONNEL", ["확대회의는 군수공업부문의 일부 지도간부들을 해임하고 새로 임명하였다"], None, [], ["org:wpk-cmc"], [],
           "state_media", "asserted", 48)],
       counterpart="en-dev2-009")
report("en-dev2-009", "2025-07-05", "KCNA",
       "The 5th Enlarged Meeting of the 8th Central Military Commission of the Workers' Party of Korea was held on July 3 and 4.\n"
       "The meeting reviewed the work of the munitions industry and discussed and decided on reorganizing the production system of major munitions enterprises.\n"
       "It dismissed some leading officials of the munitions industry and appointed new ones.\n"
       "Respected Comrade Kim Jong Un guided the meeting.",
       [O("Central Military Commission of the Workers' Party of Korea", "org:wpk-cmc"), ("Kim Jong Un", "person", KJUI)],
       [("July 3", "DATE", "2025-07-03")],
       [ev("MEETING", ["The 5th Enlarged Meeting of the 8th Central Military Commission of the Workers' Party of Korea was held on July 3 and 4",
                       "Respected Comrade Kim Jong Un guided the meeting"], "2025-07-03", [], ["org:wpk-cmc", KJUI], [],
           "state_media", "asserted", 46),
        ev("OTHER_DIRECTIVE", ["discussed and decided on reorganizing the production system of major munitions enterprises"], None, [],
           ["org:wpk-cmc"], [], "state_media", "asserted", 47),
        ev("PERSONNEL", ["It dismissed some leading officials of the munitions industry and appointed new ones"], None, [],
           ["org:wpk-cmc"], [], "state_media", "asserted", 48)],
       lang="en", counterpart="ko-dev2-019")

# 020: a radio service's insider report on a machine complex's shifts.
report("ko-dev2-020", "2025-08-01", "자유아시아방송",
       "함경남도 함흥시의 룡성기계연합기업소가 최근 러시아 수출용 부품 생산에 전력을 다하고 있다고 현지 소식통이 전했습니다.\n"
       "함경남도의 한 소식통은 지난달 31일 자유아시아방송에 \"기업소의 여러 직장이 6월 말부터 3교대로 돌아가고 있다\"고 말했습니다.\n"
       "소식통은 \"8월 중에 중앙에서 새 생산 과제가 내려온다는 말이 돌고 있다\"고 덧붙였습니다.",
       [P("함경남도", "place:shamgyong"), P("함흥시", "place:hamhung"), F("룡성기계연합기업소", "fac:ryongsong-machine"), RU],
       [("지난달 31일", "DATE", "2025-07-31"), ("6월 말", "DATE", "2025-06"), ("8월 중", "DATE", "2025-08")],
       [ev("PRODUCTION_ACTIVITY", ["룡성기계연합기업소가 최근 러시아 수출용 부품 생산에 전력을 다하고 있다고 현지 소식통이 전했습니다",
                                   "기업소의 여러 직장이 6월 말부터 3교대로 돌아가고 있다"], "2025-06",
           ["place:shamgyong", "place:hamhung"], [], ["fac:ryongsong-machine"], OI, "asserted", 49),
        ev("PRODUCTION_ORDER", ["8월 중에 중앙에서 새 생산 과제가 내려온다는 말이 돌고 있다"], "2025-08", [], [], ["fac:ryongsong-machine"],
           "anonymous_insider", ["rumored", "predicted"], 50)],
       ignore=["자유아시아방송", "최근"])

# 021: a South Korean daily on the leader's trip; English edition en-dev2-010.
report("ko-dev2-021", "2025-09-04", "중앙일보",
       "김정은 북한 국무위원장이 지난 2일 전용열차로 평양을 떠나 3일 새벽 베이징에 도착했다.\n"
       "김정은 위원장의 중국 방문은 2019년 1월 이후 6년 8개월 만이다.\n"
       "정부 당국자는 김정은 위원장이 이번 방문에서 시진핑 중국 국가주석과 정상회담을 할 것으로 보인다고 말했다.\n"
       "수행단에는 조춘룡 당 비서와 김정식 군수공업부 부부장이 포함된 것으로 알려졌다.",
       [KJU, KP, P("평양", "place:pyongyang"), P("베이징", "place:beijing"), CN, H("시진핑", XI), H("조춘룡", JCR),
        H("김정식", KJS), O("군수공업부", "org:wpk-mid")],
       [("지난 2일", "DATE", "2025-09-02"), ("3일 새벽", "TIME", "2025-09-03TMO"), ("2019년 1월", "DATE", "2019-01"),
        ("6년 8개월", "DURATION", "P6Y8M")],
       [ev("LEADER_TRAVEL", ["김정은 북한 국무위원장이 지난 2일 전용열차로 평양을 떠나 3일 새벽 베이징에 도착했다",
                             "수행단에는 조춘룡 당 비서와 김정식 군수공업부 부부장이 포함된 것으로 알려졌다"], "2025-09-02",
           ["place:pyongyang", "place:beijing"], [KJUI, JCR, KJS], [], "outlet", AE, 51),
        ev("LEADER_TRAVEL", ["김정은 위원장의 중국 방문은 2019년 1월 이후 6년 8개월 만이다"], "2019-01", ["country:CN"], [KJUI], [],
           "outlet", "asserted", 52),
        ev("MEETING", ["김정은 위원장이 이번 방문에서 시진핑 중국 국가주석과 정상회담을 할 것으로 보인다고 말했다"], None, [], [KJUI, XI], [],
           "government_official", ["estimated", "predicted"], 53)],
       counterpart="en-dev2-010")
report("en-dev2-010", "2025-09-04", "JoongAng Daily",
       "North Korean leader Kim Jong Un left Pyongyang on his private train on Tuesday and arrived in Beijing early Wednesday.\n"
       "It is his first trip to China in six years and eight months, since January 2019.\n"
       "Kim is expected to hold a summit with Chinese President Xi Jinping during the visit, a government official said.\n"
       "His entourage reportedly includes party secretary Jo Chun Ryong and Kim Jong Sik, vice director of the Munitions Industry Department.",
       [("Kim Jong Un", "person", KJUI), ("Kim", "person", KJUI), P("Pyongyang", "place:pyongyang"), P("Beijing", "place:beijing"),
        ("China", "place", "country:CN"), H("Xi Jinping", XI), H("Jo Chun Ryong", JCR), H("Kim Jong Sik", KJS),
        O("Munitions Industry Department", "org:wpk-mid")],
       [("Tuesday", "DATE", "2025-09-02"), ("early Wednesday", "TIME", "2025-09-03TMO"),
        ("six years and eight months", "DURATION", "P6Y8M"), ("January 2019", "DATE", "2019-01")],
       [ev("LEADER_TRAVEL", ["Kim Jong Un left Pyongyang on his private train on Tuesday and arrived in Beijing early Wednesday",
                             "His entourage reportedly includes party secretary Jo Chun Ryong and Kim Jong Sik"], "2025-09-02",
           ["place:pyongyang", "place:beijing"], [KJUI, JCR, KJS], [], "outlet", AE, 51),
        ev("LEADER_TRAVEL", ["It is his first trip to China in six years and eight months, since January 2019"], "2019-01",
           ["country:CN"], [KJUI], [], "outlet", "asserted", 52),
        ev("MEETING", ["Kim is expected to hold a summit with Chinese President Xi Jinping during the visit"], None, [], [KJUI, XI], [],
           "government_official", ["estimated", "predicted"], 53)],
       lang="en", counterpart="ko-dev2-021", ignore=["North Korean", "Chinese"])

# 022: an insider outlet on steel diverted to munitions plants.
report("ko-dev2-022", "2025-10-14", "데일리NK",
       "남포시 천리마제강연합기업소에서 생산된 강재 상당량이 지난달부터 군수공장들로 돌려지고 있는 것으로 알려졌다.\n"
       "14일 데일리NK 남포시 소식통은 \"주체114년 인민경제계획 수행보다 군수용 강재를 먼저 보내라는 내각 지시가 지난달 초 내려왔다\"고 말했다.\n"
       "소식통에 따르면 이 때문에 건설용 철근이 모자라 남포항 일대 살림집 건설이 한 달째 멈춰 서 있다.",
       [P("남포시", "place:nampo"), F("천리마제강연합기업소", "fac:chollima-steel"), O("내각", "org:cabinet"),
        F("남포항", "fac:nampo-port")],
       [("지난달", "DATE", "2025-09"), ("14일", "DATE", "2025-10-14"), ("주체114년", "DATE", "2025"), ("지난달 초", "DATE", "2025-09"),
        ("한 달째", "DURATION", "P1M")],
       [ev("TRANSFER", ["천리마제강연합기업소에서 생산된 강재 상당량이 지난달부터 군수공장들로 돌려지고 있는 것으로 알려졌다"], "2025-09",
           ["place:nampo"], [], ["fac:chollima-steel"], IO, EA, 54),
        ev("OTHER_DIRECTIVE", ["군수용 강재를 먼저 보내라는 내각 지시가 지난달 초 내려왔다"], "2025-09", [], ["org:cabinet"], [],
           "anonymous_insider", "asserted", 55)],
       ignore=["데일리NK"])

# 023: an agency on the intelligence service's reading of the launch site.
report("ko-dev2-023", "2024-03-21", "연합뉴스",
       "국가정보원은 북한이 평안북도 철산군 동창리의 서해위성발사장에서 발사대 확장 공사를 마친 것으로 파악했다고 21일 밝혔다.\n"
       "국정원은 북한이 이르면 이달 말, 늦어도 다음 달 초 군사정찰위성을 다시 쏘아 올릴 것으로 전망했다.\n"
       "국정원은 지난달 김정은 국무위원장이 발사장을 찾아 준비 상황을 점검한 정황도 포착했다고 설명했다.",
       [O("국가정보원", "org:rok-nis"), KP, P("평안북도", "place:npyongan"), P("철산군", "place:cholsan"),
        P("동창리", "place:tongchang-ri"), F("서해위성발사장", "fac:sohae"), O("국정원", "org:rok-nis"), KJU],
       [("21일", "DATE", "2024-03-21"), ("이달 말", "DATE", "2024-03"), ("다음 달 초", "DATE", "2024-04"), ("지난달", "DATE", "2024-02")],
       [ev("FACILITY_STATUS", ["북한이 평안북도 철산군 동창리의 서해위성발사장에서 발사대 확장 공사를 마친 것으로 파악했다고 21일 밝혔다"], None,
           ["place:npyongan", "place:cholsan", "place:tongchang-ri"], [NKP], ["fac:sohae"], "intelligence_agency", EA, 56),
        ev("WEAPONS_TEST", ["북한이 이르면 이달 말, 늦어도 다음 달 초 군사정찰위성을 다시 쏘아 올릴 것으로 전망했다"], "2024-03", [], [NKP], [],
           "intelligence_agency", "predicted", 57),
        ev("INSPECTION", ["지난달 김정은 국무위원장이 발사장을 찾아 준비 상황을 점검한 정황도 포착했다고 설명했다"], "2024-02", [], [KJUI],
           ["fac:sohae"], "intelligence_agency", EA, 58)])

# 024: an insider outlet on copper smuggled across the river and the guard along it.
report("ko-dev2-024", "2024-04-09", "데일리NK",
       "양강도 혜산청년광산에서 캐낸 구리 정광이 중국으로 몰래 넘어가고 있다는 소문이 돌자 국경 경비 당국이 압록강 연선 경비를 강화한 것으로 알려졌다.\n"
       "9일 데일리NK 양강도 소식통은 \"광산 노동자들이 정광을 자루에 담아 빼낸 뒤 밀수꾼에게 넘기고 있다\"고 전했다.\n"
       "소식통에 따르면 국경 경비 당국은 지난 1일부터 혜산시 강변에 잠복조를 늘려 밤낮없이 지키고 있다.\n"
       "혜산시 당국은 이달 중순 광산 노동자들의 소지품 검사를 시작할 예정이다.",
       [P("양강도", "place:ryanggang"), F("혜산청년광산", "fac:hyesan-copper"), CN, P("압록강", "place:yalu"),
        P("혜산시", "place:hyesan")],
       [("9일", "DATE", "2024-04-09"), ("지난 1일", "DATE", "2024-04-01"), ("이달 중순", "DATE", "2024-04")],
       [ev("THEFT", ["혜산청년광산에서 캐낸 구리 정광이 중국으로 몰래 넘어가고 있다는 소문이 돌자",
                     "광산 노동자들이 정광을 자루에 담아 빼낸 뒤 밀수꾼에게 넘기고 있다"], None, ["place:ryanggang"], [],
           ["fac:hyesan-copper"], IO, ["rumored", "asserted"], 59),
        ev("SECURITY_MEASURE", ["국경 경비 당국이 압록강 연선 경비를 강화한 것으로 알려졌다",
                                "국경 경비 당국은 지난 1일부터 혜산시 강변에 잠복조를 늘려 밤낮없이 지키고 있다"], "2024-04-01",
           ["place:ryanggang", "place:yalu", "place:hyesan"], [], [], IO, EA, 60),
        ev("SECURITY_MEASURE", ["혜산시 당국은 이달 중순 광산 노동자들의 소지품 검사를 시작할 예정이다"], "2024-04", ["place:hyesan"], [],
           ["fac:hyesan-copper"], IO, "predicted", 61)],
       ignore=["데일리NK"])

# 025: state media's Korean service on a committee's meeting.
report("ko-dev2-025", "2024-12-27", "조선중앙통신",
       "제2경제위원회 일군들의 협의회가 26일 평양에서 진행되였다.\n"
       "협의회에서는 올해 군수생산계획 수행정형이 총화되였으며 래년도 탄약생산을 늘이기 위한 방도들이 토의되였다.\n"
       "협의회에서는 모든 군수기업소들이 래년 1월 1일부터 새로운 생산지표에 따라 생산을 조직할데 대한 지시가 전달되였다.",
       [O("제2경제위원회", "org:sec"), P("평양", "place:pyongyang")],
       [("26일", "DATE", "2024-12-26"), ("올해", "DATE", "2024"), ("래년도", "DATE", "2025"), ("래년 1월 1일", "DATE", "2025-01-01")],
       [ev("MEETING", ["제2경제위원회 일군들의 협의회가 26일 평양에서 진행되였다"], "2024-12-26", ["place:pyongyang"], ["org:sec"], [],
           "state_media", "asserted", 62),
        ev("PRODUCTION_ORDER", ["모든 군수기업소들이 래년 1월 1일부터 새로운 생산지표에 따라 생산을 조직할데 대한 지시가 전달되였다"],
           "2025-01-01", [], ["org:sec"], [], "state_media", "asserted", 63)])

# 026: a broadcaster's Korean service on a sanctions finding by a named government.
report("ko-dev2-026", "2025-01-15", "미국의소리",
       "미국 재무부는 14일 북한 조선광업개발무역회사가 지난해 러시아의 한 기업과 탄약 부품 공급 계약을 맺은 사실을 확인했다며 관련자 3명을 제재 대상에 올렸다.\n"
       "재무부는 이 계약에 따라 작년 4분기 북한산 포탄 신관 수만 개가 블라디보스토크를 거쳐 러시아로 넘어간 것으로 보인다고 밝혔다.\n"
       "재무부는 또 계약을 주선한 북한 외교관이 올해 초 평양으로 소환됐다는 정보가 있다고 덧붙였다.",
       [US, O("재무부", "org:us-treasury"), KP, O("조선광업개발무역회사", "org:komid"), RU, P("블라디보스토크", "place:vladivostok"),
        P("평양", "place:pyongyang")],
       [("14일", "DATE", "2025-01-14"), ("지난해", "DATE", "2024"), ("작년 4분기", "DATE", "2024-Q4"), ("올해 초", "DATE", "2025")],
       [ev("AGREEMENT", ["북한 조선광업개발무역회사가 지난해 러시아의 한 기업과 탄약 부품 공급 계약을 맺은 사실을 확인했다"], "2024", [],
           ["org:komid"], [], "government_official", "asserted", 64),
        ev("TRANSFER", ["작년 4분기 북한산 포탄 신관 수만 개가 블라디보스토크를 거쳐 러시아로 넘어간 것으로 보인다"], "2024-Q4",
           ["place:vladivostok"], [NKP, NRU], [], "government_official", "estimated", 65),
        ev("PERSONNEL", ["계약을 주선한 북한 외교관이 올해 초 평양으로 소환됐다는 정보가 있다"], "2025", ["place:pyongyang"], [], [],
           "government_official", "estimated", 66)],
       ignore=["북한산"])

# 027: an insider outlet on ore and steel routed to munitions and a mine's new hands.
report("ko-dev2-027", "2025-02-27", "데일리NK",
       "함경북도 무산군의 무산광산연합기업소가 올해 들어 철정광 생산량의 절반 가까이를 김책제철연합기업소로 보내고 있는 것으로 알려졌다.\n"
       "27일 데일리NK 함경북도 소식통은 \"김책제철에서 나온 강철은 대부분 군수공장으로 간다\"고 말했다.\n"
       "소식통에 따르면 광산은 이달 초 제대군인 200여 명을 새로 받아 채굴 인력을 보충했다.\n"
       "광산 안에서는 다음 달부터 생산 과제가 더 오른다는 소문이 돌고 있다.",
       [P("함경북도", "place:nhamgyong"), P("무산군", "place:musan"), F("무산광산연합기업소", "fac:musan-mining"),
        F("김책제철연합기업소", "fac:kim-chaek-steel"), F("김책제철", "fac:kim-chaek-steel")],
       [("올해", "DATE", "2025"), ("27일", "DATE", "2025-02-27"), ("이달 초", "DATE", "2025-02"), ("다음 달", "DATE", "2025-03")],
       [ev("TRANSFER", ["무산광산연합기업소가 올해 들어 철정광 생산량의 절반 가까이를 김책제철연합기업소로 보내고 있는 것으로 알려졌다"], "2025",
           ["place:nhamgyong", "place:musan"], [], ["fac:musan-mining", "fac:kim-chaek-steel"], IO, "estimated", 67),
        ev("TRANSFER", ["김책제철에서 나온 강철은 대부분 군수공장으로 간다"], None, [], [], ["fac:kim-chaek-steel"], "anonymous_insider",
           "asserted", 68),
        ev("PERSONNEL", ["광산은 이달 초 제대군인 200여 명을 새로 받아 채굴 인력을 보충했다"], "2025-02", [], [], ["fac:musan-mining"],
           "anonymous_insider", "asserted", 69),
        ev("PRODUCTION_ORDER", ["다음 달부터 생산 과제가 더 오른다는 소문이 돌고 있다"], "2025-03", [], [], ["fac:musan-mining"], IO,
           ["rumored", "predicted"], 70)],
       ignore=["데일리NK"])

# 028: an agency relaying state media on a visiting minister, with a government source's forecast.
report("ko-dev2-028", "2025-06-30", "연합뉴스",
       "(서울=연합뉴스) 최지훈 기자 = 러시아 국방장관이 평양을 방문해 노광철 북한 국방상과 회담했다고 조선중앙통신이 30일 보도했다.\n"
       "통신은 양측이 29일 회담에서 군수 분야 협력을 확대하기로 합의했다고 전했다.\n"
       "러시아 국방장관은 이날 중 김정은 국무위원장도 만날 것으로 보인다고 정부 소식통은 내다봤다.",
       [RU, P("평양", "place:pyongyang"), H("노광철", NKC), KP, O("조선중앙통신", "org:kcna"), KJU],
       [("30일", "DATE", "2025-06-30"), ("29일", "DATE", "2025-06-29"), ("이날", "DATE", "2025-06-30")],
       [ev("MEETING", ["러시아 국방장관이 평양을 방문해 노광철 북한 국방상과 회담했다고 조선중앙통신이 30일 보도했다"], "2025-06-29",
           ["place:pyongyang"], [NKC, NRU], [], "state_media", "asserted", 71),
        ev("AGREEMENT", ["양측이 29일 회담에서 군수 분야 협력을 확대하기로 합의했다고 전했다"], "2025-06-29", [], [NKC, NRU], [],
           "state_media", "asserted", 72),
        ev("MEETING", ["러시아 국방장관은 이날 중 김정은 국무위원장도 만날 것으로 보인다고 정부 소식통은 내다봤다"], "2025-06-30", [],
           [NRU, KJUI], [], "government_official", ["estimated", "predicted"], 73)],
       unscored=["(서울=연합뉴스) 최지훈 기자 = "])

# 029: a radio service's insider report on a new workshop.
report("ko-dev2-029", "2025-11-20", "자유아시아방송",
       "자강도 만포시의 장자강공작기계공장에 지난달 말 새 조립직장이 완공돼 방사포탄 생산을 시작했다고 현지 소식통이 전했습니다.\n"
       "자강도의 한 소식통은 18일 자유아시아방송에 \"새 직장은 올해 5월 착공해 반년 만에 지어졌다\"고 말했습니다.\n"
       "소식통은 \"준공 직후 공장 주변 3㎞ 안으로는 허가증 없이 들어갈 수 없게 됐다\"고 덧붙였습니다.",
       [P("자강도", "place:chagang"), P("만포시", "place:manpo"), F("장자강공작기계공장", JANGJA)],
       [("지난달 말", "DATE", "2025-10"), ("18일", "DATE", "2025-11-18"), ("올해 5월", "DATE", "2025-05"), ("반년", "DURATION", "P6M")],
       [ev("FACILITY_STATUS", ["장자강공작기계공장에 지난달 말 새 조립직장이 완공돼", "새 직장은 올해 5월 착공해 반년 만에 지어졌다"], "2025-10",
           ["place:chagang", "place:manpo"], [], [JANGJA], OI, "asserted", 74),
        ev("PRODUCTION_ACTIVITY", ["방사포탄 생산을 시작했다고 현지 소식통이 전했습니다"], "2025-10", ["place:chagang", "place:manpo"], [],
           [JANGJA], "anonymous_insider", "asserted", 75),
        ev("SECURITY_MEASURE", ["준공 직후 공장 주변 3㎞ 안으로는 허가증 없이 들어갈 수 없게 됐다"], None, [], [], [JANGJA],
           "anonymous_insider", "asserted", 76)],
       ignore=["자유아시아방송"])

# 030: an insider outlet on machine tools smuggled in for munitions plants.
report("ko-dev2-030", "2025-12-05", "데일리NK",
       "평안북도 신의주시에서 중국산 수치제어 공작기계를 몰래 들여와 군수공장에 넘기려던 무역일꾼들이 적발된 것으로 확인됐다.\n"
       "5일 데일리NK 평안북도 소식통에 따르면 이들은 작년 9월부터 신의주 세관을 거치지 않고 공작기계 부품을 들여온 혐의를 받고 있다.\n"
       "소식통은 \"국가보위성은 이달 초 무역회사 사장을 해임하고 관련자들을 평양으로 압송했다\"고 전했다.\n"
       "이번 일로 신의주와 단둥을 잇는 중조우의교의 화물 검사가 한층 까다로워진 것으로 전해졌다.",
       [P("평안북도", "place:npyongan"), P("신의주시", "place:sinuiju"), P("신의주", "place:sinuiju"), O("국가보위성", "org:mss"),
        P("평양", "place:pyongyang"), P("단둥", "place:dandong"), F("중조우의교", "fac:friendship-bridge")],
       [("5일", "DATE", "2025-12-05"), ("작년 9월", "DATE", "2024-09"), ("이달 초", "DATE", "2025-12")],
       [ev("THEFT", ["중국산 수치제어 공작기계를 몰래 들여와 군수공장에 넘기려던 무역일꾼들이 적발된 것으로 확인됐다",
                     "작년 9월부터 신의주 세관을 거치지 않고 공작기계 부품을 들여온 혐의를 받고 있다"], "2024-09",
           ["place:npyongan", "place:sinuiju"], [], [], IO, "asserted", 77),
        ev("PERSONNEL", ["국가보위성은 이달 초 무역회사 사장을 해임하고 관련자들을 평양으로 압송했다"], "2025-12", [], ["org:mss"], [],
           "anonymous_insider", "asserted", 78),
        ev("SECURITY_MEASURE", ["신의주와 단둥을 잇는 중조우의교의 화물 검사가 한층 까다로워진 것으로 전해졌다"], None,
           ["place:sinuiju", "place:dandong"], [], ["fac:friendship-bridge"], "outlet", "estimated", 79)],
       ignore=["데일리NK", "중국산"])

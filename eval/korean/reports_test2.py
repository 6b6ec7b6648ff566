"""Korean test split 2 (``ko-test2-*``, with English counterparts ``en-test2-*``): a second frozen test
set, written and annotated blind, by an annotator who had read neither the Korean rules
(``src/threadline``) nor any system output, only ``../shared/eval/ANNOTATION.md``, ``CONTRACT.md``,
the English seeds and real Korean-language reporting (read, never copied). Every report, and every
event, date and figure in it, is invented; names of real places, facilities, bodies and officials
are used as reports use them.

Format as in reports_a.py, plus:
- ``ignore``: surfaces the guide leaves unmarked and unscored (the outlet reporting the story,
  demonyms), every occurrence;
- on events, ``happening`` (one id per real-world happening, shared across the reports and
  editions that state it) and ``independent_sources`` (distinct origins in this set: an outlet's
  Korean and English editions are one origin, and so are state media and an agency relaying them);
- attribution or modality may be a list when a happening is stated twice in one report in two
  ways (a hedged lead and a source's plain words): either is right.
"""
from eval.korean.reports_a import KJU, KP, RU, R, report
from eval.korean.reports_a import ev as _ev

P = lambda s, i: (s, "place", i)  # noqa: E731
F = lambda s, i: (s, "facility", i)  # noqa: E731
O = lambda s, i: (s, "organization", i)  # noqa: E731
H = lambda s, i: (s, "person", i)  # noqa: E731
CN = ("중국", "place", "country:CN")
KJU_EN, KIM_EN = ("Kim Jong Un", "person", "person:kim-jong-un"), ("Kim", "person", "person:kim-jong-un")
KIM = ("김", "person", "person:kim-jong-un")  # "김 위원장", "김 총비서"
NK_EN, RU_EN = ("North Korea", "place", "country:KP"), ("Russia", "place", "country:RU")

# Entities these reports name that the domain pack does not hold (build_gold reads this).
ENTITIES = {
    "fac:ryonha-machine": {"kind": "facility", "name": "Ryonha Machine Factory", "country": "KP"},
    "fac:kusong-machine-tool": {"kind": "facility", "name": "Kusong Machine Tool Factory", "country": "KP",
                                "located_in": "place:kusong"},
    "fac:huichon-machine-tool": {"kind": "facility", "name": "Huichon Machine Tool Factory", "country": "KP",
                                 "located_in": "place:huichon"},
    "fac:vladivostok-station": {"kind": "facility", "name": "Vladivostok station", "country": "RU",
                                "located_in": "place:vladivostok"},
    "org:central-prosecutors": {"kind": "organization", "name": "Central Public Prosecutors Office"},
    "person:jo-chun-ryong": {"kind": "person", "name": "Jo Chun Ryong"},
    "person:pak-thae-song": {"kind": "person", "name": "Pak Thae Song"},
    "person:andrei-belousov": {"kind": "person", "name": "Andrei Belousov"},
    "person:park-seong-ho": {"kind": "person", "name": "Park Seong-ho"},
    "person:yoon-ji-seok": {"kind": "person", "name": "Yoon Ji-seok"},
}


def ev(type, evidence, when=None, where=(), actors=(), facilities=(), attribution="outlet", modality="asserted",
       happening=None, sources=1):
    e = _ev(type, evidence, when, where, actors, facilities, attribution, modality)
    e.update(happening=happening, independent_sources=sources)
    return e


def report2(id, published, outlet, text, mentions, timexes, events, ignore=(), **kw):
    report(id, published, outlet, text, mentions, timexes, events, **kw)
    R[-1]["ignore"] = list(ignore)


CHAGANG, KANGGYE, F26 = "place:chagang", "place:kanggye", "fac:kanggye-tractor"

# 001: an insider outlet's report (Korean edition; English edition en-test2-001).
report2("ko-test2-001", "2025-03-11", "데일리NK",
        "자강도 강계시의 제26호 공장에 이달 초 포탄 생산량을 30% 늘리라는 지시가 내려진 것으로 알려졌다.\n"
        "이 공장은 대외적으로 강계트랙터종합공장이라는 이름을 쓰고 있다.\n"
        "강계시 소식통은 10일 데일리NK에 \"군수공업부 일꾼들이 직접 내려와 생산 계획을 점검하고 갔다\"고 전했다.\n"
        "소식통은 \"노동자들이 지난달 말부터 3교대로 일하고 있다\"고 덧붙였다.",
        [P("자강도", CHAGANG), P("강계시", KANGGYE), F("제26호 공장", F26), F("강계트랙터종합공장", F26),
         O("군수공업부", "org:wpk-mid")],
        [("이달 초", "DATE", "2025-03"), ("10일", "DATE", "2025-03-10"), ("지난달 말", "DATE", "2025-02")],
        [ev("PRODUCTION_ORDER", ["자강도 강계시의 제26호 공장에 이달 초 포탄 생산량을 30% 늘리라는 지시가 내려진 것으로 알려졌다"],
            "2025-03", [CHAGANG, KANGGYE], [], [F26], "outlet", "estimated", "t2-h01", 2),
         ev("INSPECTION", ["군수공업부 일꾼들이 직접 내려와 생산 계획을 점검하고 갔다"], None, [CHAGANG, KANGGYE],
            ["org:wpk-mid"], [F26], "anonymous_insider", "asserted", "t2-h02"),
         ev("PRODUCTION_ACTIVITY", ["노동자들이 지난달 말부터 3교대로 일하고 있다"], "2025-02", [CHAGANG, KANGGYE], [], [F26],
            "anonymous_insider", "asserted", "t2-h03")],
        ignore=["데일리NK"], counterpart="en-test2-001")
report2("en-test2-001", "2025-03-11", "Daily NK",
        "Factory No. 26 in Kanggye, Chagang Province, has reportedly been ordered to raise its artillery shell output by 30 percent at the start of this month.\n"
        "To the outside world the factory goes by the name Kanggye General Tractor Plant.\n"
        "\"Officials of the Munitions Industry Department came down in person and went over the production plan,\" a source in Kanggye told Daily NK on Monday.\n"
        "\"The workers have been on three shifts since late last month,\" the source added.",
        [F("Factory No. 26", F26), P("Kanggye", KANGGYE), P("Chagang Province", CHAGANG),
         F("Kanggye General Tractor Plant", F26), O("Munitions Industry Department", "org:wpk-mid")],
        [("the start of this month", "DATE", "2025-03"), ("Monday", "DATE", "2025-03-10"), ("late last month", "DATE", "2025-02")],
        [ev("PRODUCTION_ORDER", ["Factory No. 26 in Kanggye, Chagang Province, has reportedly been ordered to raise its artillery shell output by 30 percent at the start of this month"],
            "2025-03", [KANGGYE, CHAGANG], [], [F26], "outlet", "estimated", "t2-h01", 2),
         ev("INSPECTION", ["Officials of the Munitions Industry Department came down in person and went over the production plan"], None,
            [KANGGYE, CHAGANG], ["org:wpk-mid"], [F26], "anonymous_insider", "asserted", "t2-h02"),
         ev("PRODUCTION_ACTIVITY", ["The workers have been on three shifts since late last month"], "2025-02", [KANGGYE, CHAGANG], [], [F26],
            "anonymous_insider", "asserted", "t2-h03")],
        ignore=["Daily NK"], lang="en")

# 002: a radio service's insider report of the same order (another origin), and more.
report2("ko-test2-002", "2025-03-20", "자유아시아방송",
        "북한 당국이 이달 초 강계의 제26호 공장을 비롯한 자강도 군수공장들에 포탄 생산을 크게 늘리라고 지시했습니다.\n"
        "자강도의 한 소식통은 19일 자유아시아방송에 \"도 간부들이 공장 지배인들을 불러 모아 상반기 안에 과제를 끝내라고 다그쳤다\"고 말했습니다.\n"
        "이 소식통은 \"지난 12일부터는 제26호 공장 주변 도로에 보위원들이 나와 외부인의 출입을 막고 있다\"고 덧붙였습니다.\n"
        "또 다른 소식통은 \"자강도에서는 증산 과제를 채우지 못한 직장장 두 명이 벌써 해임됐다는 소문이 돈다\"고 전했습니다.",
        [KP, P("강계", KANGGYE), F("제26호 공장", F26), P("자강도", CHAGANG)],
        [("이달 초", "DATE", "2025-03"), ("19일", "DATE", "2025-03-19"), ("상반기", "DATE", "2025-H1"),
         ("지난 12일", "DATE", "2025-03-12")],
        [ev("PRODUCTION_ORDER", ["북한 당국이 이달 초 강계의 제26호 공장을 비롯한 자강도 군수공장들에 포탄 생산을 크게 늘리라고 지시했습니다",
                                 "도 간부들이 공장 지배인들을 불러 모아 상반기 안에 과제를 끝내라고 다그쳤다"],
            "2025-03", [KANGGYE, CHAGANG], ["country:KP"], [F26], ["outlet", "anonymous_insider"], "asserted", "t2-h01", 2),
         ev("SECURITY_MEASURE", ["지난 12일부터는 제26호 공장 주변 도로에 보위원들이 나와 외부인의 출입을 막고 있다"], "2025-03-12",
            [KANGGYE, CHAGANG], [], [F26], "anonymous_insider", "asserted", "t2-h04"),
         ev("PERSONNEL", ["자강도에서는 증산 과제를 채우지 못한 직장장 두 명이 벌써 해임됐다는 소문이 돈다"], None, [CHAGANG], [], [],
            "anonymous_insider", "rumored", "t2-h05")],
        ignore=["자유아시아방송"])

# 003: a news agency relaying an intelligence briefing to lawmakers (English edition en-test2-002).
NIS = "org:rok-nis"
report2("ko-test2-003", "2024-10-30", "연합뉴스",
        "(서울=연합뉴스) 김민수 기자 = 국가정보원은 30일 북한이 지난해 8월 이후 러시아에 포탄 등 군수물자를 실은 컨테이너 1만5천여 개를 보낸 것으로 파악했다고 밝혔다.\n"
        "국회 정보위원회 여당 간사인 박성호 의원은 이날 국정원 보고 내용을 기자들에게 이같이 전했다.\n"
        "국정원은 북한 무기가 주로 라진항에서 선박에 실려 러시아 극동 항구로 옮겨진 것으로 보고 있다.\n"
        "국정원은 또 북한이 러시아의 지원을 받아 올해 안에 정찰위성을 추가로 발사할 가능성이 크다고 내다봤다.",
        [O("국가정보원", NIS), KP, RU, O("국회 정보위원회", "org:rok-na-intel"), H("박성호", "person:park-seong-ho"),
         O("국정원", NIS), F("라진항", "fac:rajin-port")],
        [("30일", "DATE", "2024-10-30"), ("지난해 8월", "DATE", "2023-08"), ("이날", "DATE", "2024-10-30"),
         ("올해", "DATE", "2024")],
        [ev("TRANSFER", ["북한이 지난해 8월 이후 러시아에 포탄 등 군수물자를 실은 컨테이너 1만5천여 개를 보낸 것으로 파악했다",
                         "북한 무기가 주로 라진항에서 선박에 실려 러시아 극동 항구로 옮겨진 것으로 보고 있다"],
            "2023-08", [], ["country:KP", "country:RU"], ["fac:rajin-port"], "intelligence_agency", "estimated", "t2-h06"),
         ev("WEAPONS_TEST", ["북한이 러시아의 지원을 받아 올해 안에 정찰위성을 추가로 발사할 가능성이 크다고 내다봤다"], "2024", [],
            ["country:KP"], [], "intelligence_agency", "predicted", "t2-h07")],
        unscored=["(서울=연합뉴스) 김민수 기자 ="], counterpart="en-test2-002")
report2("en-test2-002", "2024-10-30", "Yonhap",
        "SEOUL, Oct. 30 (Yonhap) -- North Korea has shipped some 15,000 containers of artillery shells and other munitions to Russia since August last year, the National Intelligence Service believes, a lawmaker said Wednesday.\n"
        "Rep. Park Seong-ho, the ruling party's senior member on the National Assembly Intelligence Committee, briefed reporters on the spy agency's report.\n"
        "The NIS believes the weapons were mostly loaded onto ships at Rajin Port and taken to ports in Russia's Far East.\n"
        "It also said North Korea is highly likely to launch another reconnaissance satellite within this year with Russia's help.",
        [NK_EN, RU_EN, O("National Intelligence Service", NIS), H("Park Seong-ho", "person:park-seong-ho"),
         O("National Assembly Intelligence Committee", "org:rok-na-intel"), O("NIS", NIS), F("Rajin Port", "fac:rajin-port")],
        [("August last year", "DATE", "2023-08"), ("Wednesday", "DATE", "2024-10-30"), ("this year", "DATE", "2024")],
        [ev("TRANSFER", ["North Korea has shipped some 15,000 containers of artillery shells and other munitions to Russia since August last year",
                         "the weapons were mostly loaded onto ships at Rajin Port and taken to ports in Russia's Far East"],
            "2023-08", [], ["country:KP", "country:RU"], ["fac:rajin-port"], "intelligence_agency", "estimated", "t2-h06"),
         ev("WEAPONS_TEST", ["North Korea is highly likely to launch another reconnaissance satellite within this year"], "2024", [],
            ["country:KP"], [], "intelligence_agency", "predicted", "t2-h07")],
        unscored=["SEOUL, Oct. 30 (Yonhap) --"], lang="en")

# 004: state media's own Korean text (DPRK spelling, no date of the visit); 005 relays it.
RYONHA = "fac:ryonha-machine"
report2("ko-test2-004", "2024-05-13", "조선중앙통신",
        "경애하는 김정은동지께서 련하기계공장을 현지지도하시였다.\n"
        "김정은동지께서는 새로 꾸린 수자조종공작기계 조립직장을 돌아보시며 공장이 1.4분기 생산계획을 120%로 넘쳐 수행한데 대하여 높이 평가하시였다.\n"
        "김정은동지께서는 공장의 생산능력을 두배로 늘이기 위한 확장공사를 올해 안으로 끝낼데 대한 과업을 제시하시였다.\n"
        "현지지도에는 당중앙위원회 비서 조춘룡동지가 동행하였다.",
        [KJU, F("련하기계공장", RYONHA), O("당중앙위원회", "org:wpk-cc"), H("조춘룡", "person:jo-chun-ryong")],
        [("1.4분기", "DATE", "2024-Q1"), ("올해", "DATE", "2024")],
        [ev("INSPECTION", ["경애하는 김정은동지께서 련하기계공장을 현지지도하시였다", "새로 꾸린 수자조종공작기계 조립직장을 돌아보시며",
                           "현지지도에는 당중앙위원회 비서 조춘룡동지가 동행하였다"],
            None, [], ["person:kim-jong-un"], [RYONHA], "state_media", "asserted", "t2-h08"),
         ev("PRODUCTION_ACTIVITY", ["공장이 1.4분기 생산계획을 120%로 넘쳐 수행한데 대하여"], "2024-Q1", [], [], [RYONHA],
            "state_media", "asserted", "t2-h09"),
         ev("PRODUCTION_ORDER", ["김정은동지께서는 공장의 생산능력을 두배로 늘이기 위한 확장공사를 올해 안으로 끝낼데 대한 과업을 제시하시였다"],
            None, [], ["person:kim-jong-un"], [RYONHA], "state_media", "asserted", "t2-h11")])
report2("ko-test2-005", "2024-05-13", "연합뉴스",
        "(서울=연합뉴스) 이지현 기자 = 김정은 국무위원장이 자강도의 련하기계공장을 현지지도하고 생산능력을 두 배로 늘리라고 지시했다고 조선중앙통신이 13일 보도했다.\n"
        "통신에 따르면 김 위원장은 지난 11일 공장의 공작기계 조립직장을 둘러보고 1분기 생산계획을 초과 달성한 데 대해 만족을 표시했다.\n"
        "이번 방문에는 조춘룡 당 비서가 동행했다.\n"
        "련하기계공장은 수치제어(CNC) 공작기계를 생산하는 곳이지만 군수용 부품도 만드는 것으로 알려졌다.",
        [KJU, KIM, P("자강도", CHAGANG), F("련하기계공장", RYONHA), O("조선중앙통신", "org:kcna"), H("조춘룡", "person:jo-chun-ryong")],
        [("13일", "DATE", "2024-05-13"), ("지난 11일", "DATE", "2024-05-11"), ("1분기", "DATE", "2024-Q1")],
        [ev("INSPECTION", ["김정은 국무위원장이 자강도의 련하기계공장을 현지지도하고", "김 위원장은 지난 11일 공장의 공작기계 조립직장을 둘러보고",
                           "이번 방문에는 조춘룡 당 비서가 동행했다"],
            "2024-05-11", [CHAGANG], ["person:kim-jong-un"], [RYONHA], "state_media", "asserted", "t2-h08"),
         ev("PRODUCTION_ORDER", ["생산능력을 두 배로 늘리라고 지시했다고 조선중앙통신이 13일 보도했다"], "2024-05-11", [CHAGANG],
            ["person:kim-jong-un"], [RYONHA], "state_media", "asserted", "t2-h11"),
         ev("PRODUCTION_ACTIVITY", ["1분기 생산계획을 초과 달성한 데 대해 만족을 표시했다"], "2024-Q1", [CHAGANG], [], [RYONHA],
            "state_media", "asserted", "t2-h09"),
         ev("PRODUCTION_ACTIVITY", ["련하기계공장은 수치제어(CNC) 공작기계를 생산하는 곳이지만 군수용 부품도 만드는 것으로 알려졌다"], None,
            [CHAGANG], [], [RYONHA], "outlet", "estimated", "t2-h10")],
        unscored=["(서울=연합뉴스) 이지현 기자 ="], counterpart="en-test2-003")
report2("en-test2-003", "2024-05-13", "Yonhap",
        "SEOUL, May 13 (Yonhap) -- North Korean leader Kim Jong Un has ordered the Ryonha Machine Factory in Chagang Province to double its production capacity, the Korean Central News Agency (KCNA) reported Monday.\n"
        "Kim toured the factory's machine tool assembly shop on Saturday and praised it for exceeding its production plan for the first quarter, KCNA said.\n"
        "He was accompanied by Jo Chun Ryong, a secretary of the ruling party's Central Committee.\n"
        "The factory makes computer numerical control (CNC) machine tools but is believed to produce parts for munitions as well.",
        [KJU_EN, KIM_EN, F("Ryonha Machine Factory", RYONHA), P("Chagang Province", CHAGANG),
         O("Korean Central News Agency", "org:kcna"), O("KCNA", "org:kcna"), H("Jo Chun Ryong", "person:jo-chun-ryong"),
         O("Central Committee", "org:wpk-cc")],
        [("Monday", "DATE", "2024-05-13"), ("Saturday", "DATE", "2024-05-11"), ("the first quarter", "DATE", "2024-Q1")],
        [ev("PRODUCTION_ORDER", ["Kim Jong Un has ordered the Ryonha Machine Factory in Chagang Province to double its production capacity"],
            "2024-05-11", [CHAGANG], ["person:kim-jong-un"], [RYONHA], "state_media", "asserted", "t2-h11"),
         ev("INSPECTION", ["Kim toured the factory's machine tool assembly shop on Saturday", "He was accompanied by Jo Chun Ryong"],
            "2024-05-11", [CHAGANG], ["person:kim-jong-un"], [RYONHA], "state_media", "asserted", "t2-h08"),
         ev("PRODUCTION_ACTIVITY", ["exceeding its production plan for the first quarter"], "2024-Q1", [CHAGANG], [], [RYONHA],
            "state_media", "asserted", "t2-h09"),
         ev("PRODUCTION_ACTIVITY", ["The factory makes computer numerical control (CNC) machine tools but is believed to produce parts for munitions as well"],
            None, [CHAGANG], [], [RYONHA], "outlet", "estimated", "t2-h10")],
        ignore=["North Korean"], unscored=["SEOUL, May 13 (Yonhap) --"], lang="en")

# 006: theft and arrests at a mine, a rumour and a source (English edition en-test2-004).
NHAMGYONG, MUSAN, MUSAN_MINE = "place:nhamgyong", "place:musan", "fac:musan-mining"
report2("ko-test2-006", "2024-07-22", "데일리NK",
        "함경북도 무산군의 무산광산연합기업소에서 철정광을 몰래 빼돌려 중국에 넘긴 간부들이 무더기로 적발됐다는 소문이 돌고 있다.\n"
        "함경북도 소식통은 21일 데일리NK에 \"지난달 중순 기업소 자재상사 간부 4명이 보위원들에게 끌려갔다\"며 \"이들은 한달 남짓 동안 정광 수십t을 두만강 건너로 넘긴 것으로 안다\"고 말했다.\n"
        "소식통은 \"이 일로 기업소 지배인도 철직될 것이라는 말이 나온다\"고 전했다.",
        [P("함경북도", NHAMGYONG), P("무산군", MUSAN), F("무산광산연합기업소", MUSAN_MINE), CN, P("두만강", "place:tumen")],
        [("21일", "DATE", "2024-07-21"), ("지난달 중순", "DATE", "2024-06"), ("한달 남짓", "DURATION", "P1M")],
        [ev("THEFT", ["무산광산연합기업소에서 철정광을 몰래 빼돌려 중국에 넘긴 간부들이 무더기로 적발됐다는 소문이 돌고 있다",
                      "이들은 한달 남짓 동안 정광 수십t을 두만강 건너로 넘긴 것으로 안다"],
            None, [NHAMGYONG, MUSAN], [], [MUSAN_MINE], ["outlet", "anonymous_insider"], ["rumored", "estimated"], "t2-h12"),
         ev("PERSONNEL", ["지난달 중순 기업소 자재상사 간부 4명이 보위원들에게 끌려갔다"], "2024-06", [NHAMGYONG, MUSAN], [], [MUSAN_MINE],
            "anonymous_insider", "asserted", "t2-h13"),
         ev("PERSONNEL", ["이 일로 기업소 지배인도 철직될 것이라는 말이 나온다"], None, [NHAMGYONG, MUSAN], [], [MUSAN_MINE],
            "anonymous_insider", ["rumored", "predicted"], "t2-h14")],
        ignore=["데일리NK"], counterpart="en-test2-004")
report2("en-test2-004", "2024-07-22", "Daily NK",
        "Rumors are circulating that a group of officials at the Musan Mining Complex in Musan County, North Hamgyong Province, were caught secretly siphoning off iron concentrate and passing it to China.\n"
        "\"Four officials from the complex's materials supply office were taken away by state security agents in mid-June,\" a source in North Hamgyong Province told Daily NK on Sunday.\n"
        "\"As I understand it, they sent dozens of tons of concentrate across the Tumen River over a little more than a month,\" the source said, adding that people say the complex's manager will be dismissed as well.",
        [F("Musan Mining Complex", MUSAN_MINE), P("Musan County", MUSAN), P("North Hamgyong Province", NHAMGYONG),
         ("China", "place", "country:CN"), P("Tumen River", "place:tumen")],
        [("mid-June", "DATE", "2024-06"), ("Sunday", "DATE", "2024-07-21"), ("a little more than a month", "DURATION", "P1M")],
        [ev("THEFT", ["a group of officials at the Musan Mining Complex in Musan County, North Hamgyong Province, were caught secretly siphoning off iron concentrate and passing it to China",
                      "they sent dozens of tons of concentrate across the Tumen River over a little more than a month"],
            None, [MUSAN, NHAMGYONG], [], [MUSAN_MINE], ["outlet", "anonymous_insider"], ["rumored", "estimated"], "t2-h12"),
         ev("PERSONNEL", ["Four officials from the complex's materials supply office were taken away by state security agents in mid-June"],
            "2024-06", [MUSAN, NHAMGYONG], [], [MUSAN_MINE], "anonymous_insider", "asserted", "t2-h13"),
         ev("PERSONNEL", ["people say the complex's manager will be dismissed as well"], None, [MUSAN, NHAMGYONG], [], [MUSAN_MINE],
            "anonymous_insider", ["rumored", "predicted"], "t2-h14")],
        ignore=["Daily NK"], lang="en")

# 007: a broadcaster's imagery analysis.
SHAMGYONG, SINPO, SINPO_YARD = "place:shamgyong", "place:sinpo", "fac:sinpo-shipyard"
report2("ko-test2-007", "2025-06-24", "미국의소리",
        "미국의소리(VOA)가 민간 위성사진을 분석한 결과 함경남도 신포시의 신포조선소에서 대형 건조장 공사가 지난 4월부터 빠르게 진행되고 있는 것으로 나타났습니다.\n"
        "위성사진에는 길이 100m가 넘는 새 건물의 지붕 공사가 대부분 끝난 모습이 담겼습니다.\n"
        "전문가들은 북한이 이곳에서 신형 잠수함을 건조하려는 것으로 보인다고 분석했습니다.\n"
        "한 전문가는 \"이르면 올해 말 진수식이 열릴 수도 있다\"고 내다봤습니다.",
        [P("함경남도", SHAMGYONG), P("신포시", SINPO), F("신포조선소", SINPO_YARD), KP],
        [("지난 4월", "DATE", "2025-04"), ("올해 말", "DATE", "2025")],
        [ev("FACILITY_STATUS", ["신포조선소에서 대형 건조장 공사가 지난 4월부터 빠르게 진행되고 있는 것으로 나타났습니다",
                                "길이 100m가 넘는 새 건물의 지붕 공사가 대부분 끝난 모습이 담겼습니다"],
            "2025-04", [SHAMGYONG, SINPO], [], [SINPO_YARD], "outlet", "asserted", "t2-h15"),
         ev("PRODUCTION_ACTIVITY", ["북한이 이곳에서 신형 잠수함을 건조하려는 것으로 보인다고 분석했습니다"], None, [SHAMGYONG, SINPO],
            ["country:KP"], [SINPO_YARD], "other", "estimated", "t2-h16"),
         ev("MEETING", ["이르면 올해 말 진수식이 열릴 수도 있다"], "2025", [SHAMGYONG, SINPO], [], [SINPO_YARD], "other", "predicted",
            "t2-h80")],
        ignore=["미국의소리", "VOA"])

# 008: an agency relaying the Joint Chiefs of Staff on a missile launch (English edition en-test2-005).
JCS = "org:rok-jcs"
report2("ko-test2-008", "2024-11-05", "연합뉴스",
        "(서울=연합뉴스) 정수영 기자 = 북한이 5일 오전 평양 순안 일대에서 단거리탄도미사일 여러 발을 발사했다고 합동참모본부가 밝혔다.\n"
        "합참은 \"북한이 오전 7시 30분께부터 미사일 3발을 잇달아 쐈다\"며 \"비행거리는 약 400㎞\"라고 설명했다.\n"
        "군 당국은 이번 발사가 신형 미사일의 성능을 점검하려는 목적일 가능성이 있다고 보고 분석 중이다.\n"
        "북한의 탄도미사일 발사는 지난달 31일 이후 닷새 만이다.",
        [KP, P("평양", "place:pyongyang"), P("순안", "place:sunan"), O("합동참모본부", JCS), O("합참", JCS)],
        [("5일 오전", "TIME", "2024-11-05TMO"), ("오전 7시 30분", "TIME", "2024-11-05T07:30"), ("지난달 31일", "DATE", "2024-10-31"),
         ("닷새", "DURATION", "P5D")],
        [ev("WEAPONS_TEST", ["북한이 5일 오전 평양 순안 일대에서 단거리탄도미사일 여러 발을 발사했다고 합동참모본부가 밝혔다",
                             "북한이 오전 7시 30분께부터 미사일 3발을 잇달아 쐈다"],
            "2024-11-05", ["place:pyongyang", "place:sunan"], ["country:KP"], [], "government_official", "asserted", "t2-h17"),
         ev("WEAPONS_TEST", ["북한의 탄도미사일 발사는 지난달 31일 이후 닷새 만이다"], "2024-10-31", [], ["country:KP"], [],
            "outlet", "asserted", "t2-h18")],
        unscored=["(서울=연합뉴스) 정수영 기자 ="], counterpart="en-test2-005")
report2("en-test2-005", "2024-11-05", "Yonhap",
        "SEOUL, Nov. 5 (Yonhap) -- North Korea fired several short-range ballistic missiles from the Sunan area of Pyongyang on Tuesday morning, South Korea's Joint Chiefs of Staff (JCS) said.\n"
        "\"North Korea fired three missiles in succession starting at around 7:30 a.m.,\" the JCS said, adding that they flew about 400 kilometers.\n"
        "Military authorities believe the launch may have been aimed at testing the performance of a new missile.\n"
        "It came five days after the North's previous ballistic missile launch on Oct. 31.",
        [NK_EN, P("Sunan", "place:sunan"), P("Pyongyang", "place:pyongyang"), ("South Korea", "place", "country:KR"),
         O("Joint Chiefs of Staff", JCS), O("JCS", JCS), ("North", "place", "country:KP")],
        [("Tuesday morning", "TIME", "2024-11-05TMO"), ("7:30 a.m.", "TIME", "2024-11-05T07:30"), ("five days", "DURATION", "P5D"),
         ("Oct. 31", "DATE", "2024-10-31")],
        [ev("WEAPONS_TEST", ["North Korea fired several short-range ballistic missiles from the Sunan area of Pyongyang on Tuesday morning",
                             "North Korea fired three missiles in succession starting at around 7:30 a.m."],
            "2024-11-05", ["place:sunan", "place:pyongyang"], ["country:KP"], [], "government_official", "asserted", "t2-h17"),
         ev("WEAPONS_TEST", ["the North's previous ballistic missile launch on Oct. 31"], "2024-10-31", [], ["country:KP"], [],
            "outlet", "asserted", "t2-h18")],
        unscored=["SEOUL, Nov. 5 (Yonhap) --"], lang="en")

# 009: state media on the leader's trip abroad (DPRK spellings); 010 relays it.
VLAD, VLAD_ST = "place:vladivostok", "fac:vladivostok-station"
report2("ko-test2-009", "2025-08-21", "조선중앙통신",
        "조선로동당 총비서이시며 조선민주주의인민공화국 국무위원장이신 김정은동지께서 로씨야련방 울라지보스또크시에 도착하시였다.\n"
        "김정은동지께서는 19일 전용렬차로 평양을 출발하시여 20일 오전 울라지보스또크역에 도착하시였다.\n"
        "역에서는 로씨야련방 정부 관계자들이 김정은동지를 뜨겁게 영접하였다.\n"
        "김정은동지께서는 방문기간 로씨야련방 대통령 울라지미르 뿌찐동지와 회담을 진행하시게 된다.",
        [O("조선로동당", "org:wpk"), P("조선민주주의인민공화국", "country:KP"), KJU, P("로씨야련방", "country:RU"),
         P("울라지보스또크시", VLAD), P("평양", "place:pyongyang"), F("울라지보스또크역", VLAD_ST),
         H("울라지미르 뿌찐", "person:putin")],
        [("19일", "DATE", "2025-08-19"), ("20일 오전", "TIME", "2025-08-20TMO")],
        [ev("LEADER_TRAVEL", ["김정은동지께서 로씨야련방 울라지보스또크시에 도착하시였다",
                              "김정은동지께서는 19일 전용렬차로 평양을 출발하시여 20일 오전 울라지보스또크역에 도착하시였다",
                              "역에서는 로씨야련방 정부 관계자들이 김정은동지를 뜨겁게 영접하였다"],
            "2025-08-19", ["country:RU", VLAD], ["person:kim-jong-un"], [VLAD_ST], "state_media", "asserted", "t2-h19"),
         ev("MEETING", ["김정은동지께서는 방문기간 로씨야련방 대통령 울라지미르 뿌찐동지와 회담을 진행하시게 된다"], None, ["country:RU"],
            ["person:kim-jong-un", "person:putin"], [], "state_media", "predicted", "t2-h20")])
report2("ko-test2-010", "2025-08-21", "연합뉴스",
        "(서울=연합뉴스) 최윤아 기자 = 김정은 북한 국무위원장이 전용열차를 타고 러시아 블라디보스토크에 도착했다고 조선중앙통신이 21일 보도했다.\n"
        "통신에 따르면 김 위원장은 지난 19일 평양을 출발해 이튿날 오전 블라디보스토크역에 도착했다.\n"
        "김 위원장은 방문 기간 블라디미르 푸틴 러시아 대통령과 정상회담을 할 예정이다.\n"
        "정부 당국자는 \"이번 회담에서 북한과 러시아 간 군사기술 협력 협정이 체결될 가능성이 있다\"고 말했다.",
        [KJU, KIM, KP, RU, P("블라디보스토크", VLAD), F("블라디보스토크역", VLAD_ST), O("조선중앙통신", "org:kcna"),
         P("평양", "place:pyongyang"), H("블라디미르 푸틴", "person:putin")],
        [("21일", "DATE", "2025-08-21"), ("지난 19일", "DATE", "2025-08-19"), ("이튿날 오전", "TIME", "2025-08-20TMO")],
        [ev("LEADER_TRAVEL", ["김정은 북한 국무위원장이 전용열차를 타고 러시아 블라디보스토크에 도착했다고 조선중앙통신이 21일 보도했다",
                              "김 위원장은 지난 19일 평양을 출발해 이튿날 오전 블라디보스토크역에 도착했다"],
            "2025-08-19", ["country:RU", VLAD], ["person:kim-jong-un"], [VLAD_ST], "state_media", "asserted", "t2-h19"),
         ev("MEETING", ["김 위원장은 방문 기간 블라디미르 푸틴 러시아 대통령과 정상회담을 할 예정이다"], None, ["country:RU"],
            ["person:kim-jong-un", "person:putin"], [], ["state_media", "outlet"], "predicted", "t2-h20"),
         ev("AGREEMENT", ["이번 회담에서 북한과 러시아 간 군사기술 협력 협정이 체결될 가능성이 있다"], None, [],
            ["country:KP", "country:RU"], [], "government_official", "predicted", "t2-h21")],
        unscored=["(서울=연합뉴스) 최윤아 기자 ="])

# 011: a crackdown at munitions units in Hyesan (English edition en-test2-006).
RYANGGANG, HYESAN, HYESAN_MINE = "place:ryanggang", "place:hyesan", "fac:hyesan-copper"
report2("ko-test2-011", "2024-12-16", "데일리NK",
        "양강도 혜산에서 국가보위성이 이달 초부터 보름 동안 군수품 생산 단위 노동자들의 휴대전화를 전수 조사한 것으로 확인됐다.\n"
        "혜산시 소식통은 15일 데일리NK에 \"보위원들이 공장마다 찾아와 손전화에 외국 영상이나 외국 노래가 있는지 일일이 검열했다\"고 전했다.\n"
        "소식통에 따르면 이번 조사에서 혜산광산 노동자 3명이 외국 드라마를 보관한 혐의로 체포됐다.\n"
        "혜산은 중국과 마주한 국경 도시로 외부 영상물 유입이 잦은 곳이다.",
        [P("양강도", RYANGGANG), P("혜산", HYESAN), O("국가보위성", "org:mss"), P("혜산시", HYESAN), F("혜산광산", HYESAN_MINE), CN],
        [("이달 초", "DATE", "2024-12"), ("보름", "DURATION", "P15D"), ("15일", "DATE", "2024-12-15")],
        [ev("SECURITY_MEASURE", ["국가보위성이 이달 초부터 보름 동안 군수품 생산 단위 노동자들의 휴대전화를 전수 조사한 것으로 확인됐다",
                                 "보위원들이 공장마다 찾아와 손전화에 외국 영상이나 외국 노래가 있는지 일일이 검열했다"],
            "2024-12", [RYANGGANG, HYESAN], ["org:mss"], [], ["outlet", "anonymous_insider"], "asserted", "t2-h22"),
         ev("PERSONNEL", ["이번 조사에서 혜산광산 노동자 3명이 외국 드라마를 보관한 혐의로 체포됐다"], None, [RYANGGANG, HYESAN], [],
            [HYESAN_MINE], "anonymous_insider", "asserted", "t2-h23")],
        ignore=["데일리NK"], counterpart="en-test2-006")
report2("en-test2-006", "2024-12-16", "Daily NK",
        "The Ministry of State Security has spent about two weeks since early this month checking every mobile phone of workers at munitions production units in Hyesan, Ryanggang Province, Daily NK has confirmed.\n"
        "\"State security agents came to every factory and examined each phone for foreign videos or foreign songs,\" a source in Hyesan told Daily NK on Sunday.\n"
        "According to the source, three workers at the Hyesan Youth Copper Mine were arrested during the probe for keeping foreign dramas.\n"
        "Hyesan, a border city facing China, sees frequent inflows of outside media.",
        [O("Ministry of State Security", "org:mss"), P("Hyesan", HYESAN), P("Ryanggang Province", RYANGGANG),
         F("Hyesan Youth Copper Mine", HYESAN_MINE), ("China", "place", "country:CN")],
        [("about two weeks", "DURATION", "P2W"), ("early this month", "DATE", "2024-12"), ("Sunday", "DATE", "2024-12-15")],
        [ev("SECURITY_MEASURE", ["The Ministry of State Security has spent about two weeks since early this month checking every mobile phone of workers at munitions production units in Hyesan, Ryanggang Province",
                                 "State security agents came to every factory and examined each phone for foreign videos or foreign songs"],
            "2024-12", [HYESAN, RYANGGANG], ["org:mss"], [], ["outlet", "anonymous_insider"], "asserted", "t2-h22"),
         ev("PERSONNEL", ["three workers at the Hyesan Youth Copper Mine were arrested during the probe for keeping foreign dramas"], None,
            [HYESAN, RYANGGANG], [], [HYESAN_MINE], "anonymous_insider", "asserted", "t2-h23")],
        ignore=["Daily NK"], lang="en")

# 012: a dismissal at a machine tool factory.
NPYONGAN, KUSONG, KUSONG_MT = "place:npyongan", "place:kusong", "fac:kusong-machine-tool"
report2("ko-test2-012", "2025-02-04", "데일리NK",
        "평안북도 구성시의 구성공작기계공장 지배인이 지난달 말 해임되고 후임에 외부 인사가 임명된 것으로 전해졌다.\n"
        "평안북도 소식통은 3일 \"지배인이 작년 4분기 생산계획을 절반도 못 채운 책임을 지고 물러났다\"고 말했다.\n"
        "소식통은 \"공장에서는 올해 1분기에도 계획을 못 하면 간부들이 줄줄이 처벌될 것이라는 말이 돈다\"고 전했다.\n"
        "구성공작기계공장은 군수공장용 공작기계를 주로 생산한다.",
        [P("평안북도", NPYONGAN), P("구성시", KUSONG), F("구성공작기계공장", KUSONG_MT)],
        [("지난달 말", "DATE", "2025-01"), ("3일", "DATE", "2025-02-03"), ("작년 4분기", "DATE", "2024-Q4"),
         ("올해 1분기", "DATE", "2025-Q1")],
        [ev("PERSONNEL", ["구성공작기계공장 지배인이 지난달 말 해임되고 후임에 외부 인사가 임명된 것으로 전해졌다",
                          "지배인이 작년 4분기 생산계획을 절반도 못 채운 책임을 지고 물러났다"],
            "2025-01", [NPYONGAN, KUSONG], [], [KUSONG_MT], ["outlet", "anonymous_insider"], ["estimated", "asserted"], "t2-h24"),
         ev("PRODUCTION_ACTIVITY", ["작년 4분기 생산계획을 절반도 못 채운"], "2024-Q4", [NPYONGAN, KUSONG], [], [KUSONG_MT],
            "anonymous_insider", "asserted", "t2-h25"),
         ev("PERSONNEL", ["올해 1분기에도 계획을 못 하면 간부들이 줄줄이 처벌될 것이라는 말이 돈다"], None, [NPYONGAN, KUSONG], [],
            [KUSONG_MT], "anonymous_insider", ["rumored", "predicted"], "t2-h26"),
         ev("PRODUCTION_ACTIVITY", ["구성공작기계공장은 군수공장용 공작기계를 주로 생산한다"], None, [NPYONGAN, KUSONG], [], [KUSONG_MT],
            "outlet", "asserted", "t2-h27")])

# 013: a plant restarted on the Cabinet's order.
SPYONGAN, SUNCHON, SUNCHON_VIN = "place:spyongan", "place:sunchon", "fac:sunchon-vinalon"
report2("ko-test2-013", "2024-09-24", "자유아시아방송",
        "평안남도 순천시의 순천비날론연합기업소가 올해 들어 처음으로 정상 가동에 들어갔다고 현지 소식통이 전했습니다.\n"
        "평안남도의 한 소식통은 23일 자유아시아방송에 \"지난 8월 중순 내각에서 기업소를 이달 안으로 무조건 돌리라는 지시가 내려왔다\"고 말했습니다.\n"
        "이 소식통은 \"기업소는 요즘 군복용 비날론 천을 주로 생산하고 있다\"고 덧붙였습니다.\n"
        "하지만 원료인 무연탄 공급이 달려 가동이 오래가지 못할 것이라는 전망도 나옵니다.",
        [P("평안남도", SPYONGAN), P("순천시", SUNCHON), F("순천비날론연합기업소", SUNCHON_VIN), O("내각", "org:cabinet")],
        [("올해", "DATE", "2024"), ("23일", "DATE", "2024-09-23"), ("지난 8월 중순", "DATE", "2024-08"), ("이달", "DATE", "2024-09")],
        [ev("FACILITY_STATUS", ["순천비날론연합기업소가 올해 들어 처음으로 정상 가동에 들어갔다고 현지 소식통이 전했습니다"], "2024",
            [SPYONGAN, SUNCHON], [], [SUNCHON_VIN], "anonymous_insider", "asserted", "t2-h28"),
         ev("PRODUCTION_ORDER", ["지난 8월 중순 내각에서 기업소를 이달 안으로 무조건 돌리라는 지시가 내려왔다"], "2024-08", [SPYONGAN, SUNCHON],
            ["org:cabinet"], [SUNCHON_VIN], "anonymous_insider", "asserted", "t2-h29"),
         ev("PRODUCTION_ACTIVITY", ["기업소는 요즘 군복용 비날론 천을 주로 생산하고 있다"], None, [SPYONGAN, SUNCHON], [], [SUNCHON_VIN],
            "anonymous_insider", "asserted", "t2-h30"),
         ev("FACILITY_STATUS", ["원료인 무연탄 공급이 달려 가동이 오래가지 못할 것이라는 전망도 나옵니다"], None, [SPYONGAN, SUNCHON], [],
            [SUNCHON_VIN], "outlet", "predicted", "t2-h31")],
        ignore=["자유아시아방송"])

# 014: the party paper on a completion ceremony (DPRK spelling of the complex, Juche year).
FEB8 = "fac:feb8-vinalon"
report2("ko-test2-014", "2025-10-11", "노동신문",
        "함경남도 흥남의 2.8비날론련합기업소에 새로 일떠선 가성소다직장의 준공식이 주체114년 10월 10일 진행되였다.\n"
        "준공식에는 내각총리 박태성동지와 화학공업상, 련합기업소 일군들과 로동계급이 참가하였다.\n"
        "박태성동지는 준공사에서 가성소다직장이 일떠섬으로써 비날론생산에 필요한 원료를 자체로 보장할수 있게 되였다고 말하였다.",
        [P("함경남도", SHAMGYONG), P("흥남", "place:hungnam"), F("2.8비날론련합기업소", FEB8), H("박태성", "person:pak-thae-song"),
         O("내각", "org:cabinet")],
        [("주체114년 10월 10일", "DATE", "2025-10-10")],
        [ev("FACILITY_STATUS", ["함경남도 흥남의 2.8비날론련합기업소에 새로 일떠선 가성소다직장의 준공식이 주체114년 10월 10일 진행되였다"],
            "2025-10-10", [SHAMGYONG, "place:hungnam"], [], [FEB8], "state_media", "asserted", "t2-h32"),
         ev("MEETING", ["함경남도 흥남의 2.8비날론련합기업소에 새로 일떠선 가성소다직장의 준공식이 주체114년 10월 10일 진행되였다",
                        "준공식에는 내각총리 박태성동지와 화학공업상, 련합기업소 일군들과 로동계급이 참가하였다",
                        "박태성동지는 준공사에서 가성소다직장이 일떠섬으로써 비날론생산에 필요한 원료를 자체로 보장할수 있게 되였다고 말하였다"],
            "2025-10-10", [SHAMGYONG, "place:hungnam"], ["person:pak-thae-song"], [FEB8], "state_media", "asserted", "t2-h33")])

# 015: intelligence briefing: the leader's orders, shells to Russia (English edition en-test2-007).
report2("ko-test2-015", "2025-06-26", "연합뉴스",
        "(서울=연합뉴스) 한지훈 기자 = 김정은 북한 노동당 총비서가 올해 상반기 군수공업 부문에 '무인화 생산체계' 도입을 서두르라고 지시한 것으로 파악됐다고 국가정보원이 26일 밝혔다.\n"
        "국정원은 이날 국회 정보위원회 전체회의에서 \"북한이 러시아에 보낸 포탄의 불량률이 높다는 지적이 나오자 김 총비서가 생산 공정 전반을 점검하라고 했다\"고 보고했다.\n"
        "정보위 야당 간사인 윤지석 의원은 회의 뒤 기자들에게 \"국정원은 북한 군수공장들이 지난해 말부터 사실상 쉬지 않고 가동되고 있다고 봤다\"고 전했다.\n"
        "국정원은 또 북한이 러시아로부터 방공 장비를 넘겨받은 정황이 있다고 덧붙였다.",
        [KJU, KIM, KP, O("노동당", "org:wpk"), O("국가정보원", NIS), O("국정원", NIS), O("국회 정보위원회", "org:rok-na-intel"),
         O("정보위", "org:rok-na-intel"), RU, H("윤지석", "person:yoon-ji-seok")],
        [("올해 상반기", "DATE", "2025-H1"), ("26일", "DATE", "2025-06-26"), ("이날", "DATE", "2025-06-26"), ("지난해 말", "DATE", "2024")],
        [ev("OTHER_DIRECTIVE", ["김정은 북한 노동당 총비서가 올해 상반기 군수공업 부문에 '무인화 생산체계' 도입을 서두르라고 지시한 것으로 파악됐다"],
            "2025-H1", [], ["person:kim-jong-un"], [], "intelligence_agency", "estimated", "t2-h34"),
         ev("MEETING", ["국정원은 이날 국회 정보위원회 전체회의에서", "정보위 야당 간사인 윤지석 의원은 회의 뒤 기자들에게"], "2025-06-26", [],
            ["org:rok-na-intel", NIS], [], "outlet", "asserted", "t2-h79"),
         ev("TRANSFER", ["북한이 러시아에 보낸 포탄의 불량률이 높다는 지적이 나오자"], None, [], ["country:KP", "country:RU"], [],
            "intelligence_agency", "asserted", "t2-h35"),
         ev("OTHER_DIRECTIVE", ["김 총비서가 생산 공정 전반을 점검하라고 했다"], None, [], ["person:kim-jong-un"], [],
            "intelligence_agency", "asserted", "t2-h36"),
         ev("PRODUCTION_ACTIVITY", ["국정원은 북한 군수공장들이 지난해 말부터 사실상 쉬지 않고 가동되고 있다고 봤다"], "2024", ["country:KP"],
            [], [], "intelligence_agency", "estimated", "t2-h37"),
         ev("TRANSFER", ["북한이 러시아로부터 방공 장비를 넘겨받은 정황이 있다고 덧붙였다"], None, [], ["country:KP", "country:RU"], [],
            "intelligence_agency", "estimated", "t2-h38")],
        unscored=["(서울=연합뉴스) 한지훈 기자 ="], counterpart="en-test2-007")
report2("en-test2-007", "2025-06-26", "Yonhap",
        "SEOUL, June 26 (Yonhap) -- North Korean leader Kim Jong Un is believed to have ordered the munitions industry in the first half of this year to speed up the introduction of \"unmanned production systems,\" the National Intelligence Service said Thursday.\n"
        "After complaints that many of the artillery shells the North sent to Russia were defective, Kim told officials to check the entire production process, the spy agency told a closed-door session of the National Assembly Intelligence Committee.\n"
        "Rep. Yoon Ji-seok, the opposition party's senior member on the committee, told reporters that the NIS believes the North's munitions factories have been running virtually nonstop since late last year.\n"
        "The NIS also said there are signs that North Korea has received air defense equipment from Russia.",
        [KJU_EN, KIM_EN, O("National Intelligence Service", NIS), ("North", "place", "country:KP"), RU_EN,
         O("National Assembly Intelligence Committee", "org:rok-na-intel"), H("Yoon Ji-seok", "person:yoon-ji-seok"), O("NIS", NIS),
         NK_EN],
        [("the first half of this year", "DATE", "2025-H1"), ("Thursday", "DATE", "2025-06-26"), ("late last year", "DATE", "2024")],
        [ev("OTHER_DIRECTIVE", ["Kim Jong Un is believed to have ordered the munitions industry in the first half of this year to speed up the introduction of \"unmanned production systems,\""],
            "2025-H1", [], ["person:kim-jong-un"], [], "intelligence_agency", "estimated", "t2-h34"),
         ev("MEETING", ["the spy agency told a closed-door session of the National Assembly Intelligence Committee"], "2025-06-26", [],
            ["org:rok-na-intel", NIS], [], "outlet", "asserted", "t2-h79"),
         ev("TRANSFER", ["the artillery shells the North sent to Russia were defective"], None, [], ["country:KP", "country:RU"], [],
            "intelligence_agency", "asserted", "t2-h35"),
         ev("OTHER_DIRECTIVE", ["Kim told officials to check the entire production process"], None, [], ["person:kim-jong-un"], [],
            "intelligence_agency", "asserted", "t2-h36"),
         ev("PRODUCTION_ACTIVITY", ["the NIS believes the North's munitions factories have been running virtually nonstop since late last year"],
            "2024", ["country:KP"], [], [], "intelligence_agency", "estimated", "t2-h37"),
         ev("TRANSFER", ["there are signs that North Korea has received air defense equipment from Russia"], None, [],
            ["country:KP", "country:RU"], [], "intelligence_agency", "estimated", "t2-h38")],
        ignore=["North Korean"], unscored=["SEOUL, June 26 (Yonhap) --"], lang="en")

# 016: copper wire stolen by the guards themselves.
HAMHUNG, RYONGSONG = "place:hamhung", "fac:ryongsong-machine"
report2("ko-test2-016", "2025-08-05", "데일리NK",
        "함경남도 함흥시의 룡성기계연합기업소에서 지난달 중순 전동기용 구리선 수백㎏이 사라지는 사건이 일어났다.\n"
        "함경남도 소식통은 4일 데일리NK에 \"경비를 서던 로농적위군 대원들이 한달 남짓 조금씩 빼돌려 장마당에 넘긴 것으로 드러났다\"고 전했다.\n"
        "소식통은 \"보위원들이 사건을 조사하면서 모든 직장에 자재 출입 대장을 새로 만들게 했다\"고 말했다.\n"
        "이 기업소는 대형 압축기와 군용 차량 부품을 생산하는 것으로 알려져 있다.",
        [P("함경남도", SHAMGYONG), P("함흥시", HAMHUNG), F("룡성기계연합기업소", RYONGSONG), O("로농적위군", "org:wprg")],
        [("지난달 중순", "DATE", "2025-07"), ("4일", "DATE", "2025-08-04"), ("한달 남짓", "DURATION", "P1M")],
        [ev("THEFT", ["룡성기계연합기업소에서 지난달 중순 전동기용 구리선 수백㎏이 사라지는 사건이 일어났다",
                      "경비를 서던 로농적위군 대원들이 한달 남짓 조금씩 빼돌려 장마당에 넘긴 것으로 드러났다"],
            "2025-07", [SHAMGYONG, HAMHUNG], ["org:wprg"], [RYONGSONG], ["outlet", "anonymous_insider"], "asserted", "t2-h39"),
         ev("SECURITY_MEASURE", ["보위원들이 사건을 조사하면서 모든 직장에 자재 출입 대장을 새로 만들게 했다"], None, [SHAMGYONG, HAMHUNG], [],
            [RYONGSONG], "anonymous_insider", "asserted", "t2-h40"),
         ev("PRODUCTION_ACTIVITY", ["이 기업소는 대형 압축기와 군용 차량 부품을 생산하는 것으로 알려져 있다"], None, [SHAMGYONG, HAMHUNG], [],
            [RYONGSONG], "outlet", "estimated", "t2-h41")],
        ignore=["데일리NK"])

# 017: state media on a party military commission meeting (Juche year, "래년도", "마지막날").
CMC = "org:wpk-cmc"
report2("ko-test2-017", "2024-12-28", "조선중앙통신",
        "조선로동당 중앙군사위원회 확대회의가 12월 26일부터 27일까지 평양에서 진행되였다.\n"
        "회의는 경애하는 김정은동지께서 지도하시였다.\n"
        "회의에서는 주체113년 국방공업부문 사업을 총화하고 래년도 무장장비 생산계획을 토의하였다.\n"
        "회의는 마지막날 군수공업부문 련합기업소들의 생산능력을 확장할데 대한 결정서를 채택하였다.",
        [O("조선로동당 중앙군사위원회", CMC), P("평양", "place:pyongyang"), KJU],
        [("12월 26일", "DATE", "2024-12-26"), ("27일", "DATE", "2024-12-27"), ("주체113년", "DATE", "2024"),
         ("래년도", "DATE", "2025"), ("마지막날", "DATE", "2024-12-27")],
        [ev("MEETING", ["조선로동당 중앙군사위원회 확대회의가 12월 26일부터 27일까지 평양에서 진행되였다", "회의는 경애하는 김정은동지께서 지도하시였다",
                        "회의에서는 주체113년 국방공업부문 사업을 총화하고 래년도 무장장비 생산계획을 토의하였다"],
            "2024-12-26", ["place:pyongyang"], [CMC, "person:kim-jong-un"], [], "state_media", "asserted", "t2-h42"),
         ev("PRODUCTION_ORDER", ["회의는 마지막날 군수공업부문 련합기업소들의 생산능력을 확장할데 대한 결정서를 채택하였다"], "2024-12-27",
            ["place:pyongyang"], [CMC], [], "state_media", "asserted", "t2-h43")])

# 018: a rumoured fire at Munitions Factory 71.
TAECHON, MF71 = "place:taechon", "fac:mf71"
report2("ko-test2-018", "2025-04-08", "데일리NK",
        "평안북도 태천군 제71호 군수공장 화약 직장에서 지난달 말 큰 불이 나 생산이 멈췄다는 소문이 돌고 있다.\n"
        "평안북도 소식통은 7일 데일리NK에 \"불이 나고 이틀 동안 공장 주변에 군인들이 배치돼 주민들의 접근을 막았다\"고 전했다.\n"
        "소식통은 \"사망자가 여러 명 나왔다는 말도 있지만 당국은 아무것도 발표하지 않았다\"고 말했다.\n"
        "이 공장은 포탄과 로켓탄을 생산하는 곳으로 알려져 있다.",
        [P("평안북도", NPYONGAN), P("태천군", TAECHON), F("제71호 군수공장", MF71)],
        [("지난달 말", "DATE", "2025-03"), ("7일", "DATE", "2025-04-07"), ("이틀", "DURATION", "P2D")],
        [ev("FACILITY_STATUS", ["평안북도 태천군 제71호 군수공장 화약 직장에서 지난달 말 큰 불이 나 생산이 멈췄다는 소문이 돌고 있다"], "2025-03",
            [NPYONGAN, TAECHON], [], [MF71], "outlet", "rumored", "t2-h44"),
         ev("SECURITY_MEASURE", ["불이 나고 이틀 동안 공장 주변에 군인들이 배치돼 주민들의 접근을 막았다"], "2025-03", [NPYONGAN, TAECHON], [],
            [MF71], "anonymous_insider", "asserted", "t2-h45"),
         ev("PRODUCTION_ACTIVITY", ["이 공장은 포탄과 로켓탄을 생산하는 곳으로 알려져 있다"], None, [NPYONGAN, TAECHON], [], [MF71],
            "outlet", "estimated", "t2-h46")],
        ignore=["데일리NK"])

# 019: cruise missiles, "지난 20일" read back into last month (English edition en-test2-008).
SHWANGHAE = "place:shwanghae"
report2("ko-test2-019", "2025-02-03", "연합뉴스",
        "(서울=연합뉴스) 오현우 기자 = 합동참모본부는 북한이 지난 20일 황해남도 일대에서 전략순항미사일 2발을 시험 발사한 것으로 추정된다고 3일 밝혔다.\n"
        "합참 관계자는 \"미사일이 2시간가량 비행한 것으로 보인다\"며 \"군 정보당국이 정밀 분석하고 있다\"고 말했다.\n"
        "북한은 이번 발사를 공개하지 않았다.\n"
        "앞서 북한은 지난달 초 미사일총국 주관으로 신형 순항미사일 엔진 시험을 했다고 주장한 바 있다.",
        [O("합동참모본부", JCS), KP, P("황해남도", SHWANGHAE), O("합참", JCS), O("미사일총국", "org:missile-admin")],
        [("지난 20일", "DATE", "2025-01-20"), ("3일", "DATE", "2025-02-03"), ("2시간", "DURATION", "PT2H"), ("지난달 초", "DATE", "2025-01")],
        [ev("WEAPONS_TEST", ["북한이 지난 20일 황해남도 일대에서 전략순항미사일 2발을 시험 발사한 것으로 추정된다고 3일 밝혔다",
                             "미사일이 2시간가량 비행한 것으로 보인다"],
            "2025-01-20", [SHWANGHAE], ["country:KP"], [], "government_official", "estimated", "t2-h47"),
         ev("WEAPONS_TEST", ["북한은 지난달 초 미사일총국 주관으로 신형 순항미사일 엔진 시험을 했다고 주장한 바 있다"], "2025-01", [],
            ["country:KP", "org:missile-admin"], [], ["state_media", "government_official"], "asserted", "t2-h48")],
        unscored=["(서울=연합뉴스) 오현우 기자 ="], counterpart="en-test2-008")
report2("en-test2-008", "2025-02-03", "Yonhap",
        "SEOUL, Feb. 3 (Yonhap) -- North Korea is believed to have test-fired two strategic cruise missiles from South Hwanghae Province on Jan. 20, the Joint Chiefs of Staff (JCS) said Monday.\n"
        "\"The missiles appear to have flown for about two hours,\" a JCS official said, adding that military intelligence authorities are analyzing the details.\n"
        "The North did not disclose the launch.\n"
        "Earlier, North Korea claimed that its Missile Administration had tested a new cruise missile engine in early January.",
        [NK_EN, P("South Hwanghae Province", SHWANGHAE), O("Joint Chiefs of Staff", JCS), O("JCS", JCS),
         ("North", "place", "country:KP"), O("Missile Administration", "org:missile-admin")],
        [("Jan. 20", "DATE", "2025-01-20"), ("Monday", "DATE", "2025-02-03"), ("about two hours", "DURATION", "PT2H"),
         ("early January", "DATE", "2025-01")],
        [ev("WEAPONS_TEST", ["North Korea is believed to have test-fired two strategic cruise missiles from South Hwanghae Province on Jan. 20",
                             "The missiles appear to have flown for about two hours"],
            "2025-01-20", [SHWANGHAE], ["country:KP"], [], "government_official", "estimated", "t2-h47"),
         ev("WEAPONS_TEST", ["North Korea claimed that its Missile Administration had tested a new cruise missile engine in early January"],
            "2025-01", [], ["country:KP", "org:missile-admin"], [], ["state_media", "government_official"], "asserted", "t2-h48")],
        unscored=["SEOUL, Feb. 3 (Yonhap) --"], lang="en")

# 020: machine tools coming in by freight train from China.
SINUIJU, DANDONG = "place:sinuiju", "place:dandong"
report2("ko-test2-020", "2024-06-11", "자유아시아방송",
        "중국 단둥에서 평안북도 신의주로 들어오는 화물열차에 지난달 하순부터 군수공장용 공작기계가 실려 오고 있다고 현지 소식통이 전했습니다.\n"
        "신의주의 한 소식통은 10일 자유아시아방송에 \"기계들은 포장에 농업용 설비라고 써 있었지만 하역은 제2경제위원회 일꾼들이 감독했다\"고 말했습니다.\n"
        "이 소식통은 \"기계를 실은 화차는 밤에만 들어왔다\"고 덧붙였습니다.\n"
        "중국 세관 당국은 이와 관련해 아무런 입장을 내놓지 않았습니다.",
        [CN, P("단둥", DANDONG), P("평안북도", NPYONGAN), P("신의주", SINUIJU), O("제2경제위원회", "org:sec")],
        [("지난달 하순", "DATE", "2024-05"), ("10일", "DATE", "2024-06-10")],
        [ev("TRANSFER", ["중국 단둥에서 평안북도 신의주로 들어오는 화물열차에 지난달 하순부터 군수공장용 공작기계가 실려 오고 있다고 현지 소식통이 전했습니다",
                         "기계들은 포장에 농업용 설비라고 써 있었지만 하역은 제2경제위원회 일꾼들이 감독했다",
                         "기계를 실은 화차는 밤에만 들어왔다"],
            "2024-05", [DANDONG, NPYONGAN, SINUIJU], ["org:sec"], [], "anonymous_insider", "asserted", "t2-h49")],
        ignore=["자유아시아방송"])

# 021: a prediction, a new line, and a rumour (English edition en-test2-009).
HUICHON, HUICHON_MT = "place:huichon", "fac:huichon-machine-tool"
report2("ko-test2-021", "2025-01-14", "데일리NK",
        "자강도 희천시의 희천공작기계공장이 올해 상반기 안에 이동식 발사대 부품 생산을 두 배로 늘릴 전망이다.\n"
        "자강도 소식통은 13일 데일리NK에 \"작년 9월 새 생산라인이 들어선 뒤로 공장이 거의 쉬지 않고 돌아가고 있다\"고 말했다.\n"
        "소식통은 \"새 라인 설비는 러시아에서 들여온 것이라는 소문이 있다\"고 전했다.\n"
        "희천공작기계공장은 제2경제위원회 산하 기업소로 분류된다.",
        [P("자강도", CHAGANG), P("희천시", HUICHON), F("희천공작기계공장", HUICHON_MT), RU, O("제2경제위원회", "org:sec")],
        [("올해 상반기", "DATE", "2025-H1"), ("13일", "DATE", "2025-01-13"), ("작년 9월", "DATE", "2024-09")],
        [ev("PRODUCTION_ACTIVITY", ["자강도 희천시의 희천공작기계공장이 올해 상반기 안에 이동식 발사대 부품 생산을 두 배로 늘릴 전망이다"], "2025-H1",
            [CHAGANG, HUICHON], [], [HUICHON_MT], "outlet", "predicted", "t2-h50"),
         ev("FACILITY_STATUS", ["작년 9월 새 생산라인이 들어선"], "2024-09", [CHAGANG, HUICHON], [], [HUICHON_MT], "anonymous_insider",
            "asserted", "t2-h51"),
         ev("PRODUCTION_ACTIVITY", ["공장이 거의 쉬지 않고 돌아가고 있다"], "2024-09", [CHAGANG, HUICHON], [], [HUICHON_MT],
            "anonymous_insider", "asserted", "t2-h52"),
         ev("TRANSFER", ["새 라인 설비는 러시아에서 들여온 것이라는 소문이 있다"], None, [CHAGANG, HUICHON], ["country:RU"], [HUICHON_MT],
            "anonymous_insider", "rumored", "t2-h53")],
        ignore=["데일리NK"], counterpart="en-test2-009")
report2("en-test2-009", "2025-01-14", "Daily NK",
        "The Huichon Machine Tool Factory in Huichon, Chagang Province, is expected to double its output of mobile launcher parts in the first half of this year.\n"
        "\"Since a new production line went in last September, the factory has been running almost without a break,\" a source in Chagang Province told Daily NK on Monday.\n"
        "Rumor has it that the new line's equipment came from Russia, the source said.\n"
        "The factory is classified as an enterprise under the Second Economic Committee.",
        [F("Huichon Machine Tool Factory", HUICHON_MT), P("Huichon", HUICHON), P("Chagang Province", CHAGANG), RU_EN,
         O("Second Economic Committee", "org:sec")],
        [("the first half of this year", "DATE", "2025-H1"), ("last September", "DATE", "2024-09"), ("Monday", "DATE", "2025-01-13")],
        [ev("PRODUCTION_ACTIVITY", ["The Huichon Machine Tool Factory in Huichon, Chagang Province, is expected to double its output of mobile launcher parts in the first half of this year"],
            "2025-H1", [HUICHON, CHAGANG], [], [HUICHON_MT], "outlet", "predicted", "t2-h50"),
         ev("FACILITY_STATUS", ["a new production line went in last September"], "2024-09", [HUICHON, CHAGANG], [], [HUICHON_MT],
            "anonymous_insider", "asserted", "t2-h51"),
         ev("PRODUCTION_ACTIVITY", ["the factory has been running almost without a break"], "2024-09", [HUICHON, CHAGANG], [], [HUICHON_MT],
            "anonymous_insider", "asserted", "t2-h52"),
         ev("TRANSFER", ["Rumor has it that the new line's equipment came from Russia"], None, [HUICHON, CHAGANG], ["country:RU"],
            [HUICHON_MT], "anonymous_insider", "rumored", "t2-h53")],
        ignore=["Daily NK"], lang="en")

# 022: a daily quoting a government source: technology, a protocol, a launch to come.
TONGCHANG, SOHAE = "place:tongchang-ri", "fac:sohae"
report2("ko-test2-022", "2024-09-24", "조선일보",
        "정부 고위 소식통은 23일 \"러시아가 올해 상반기 북한에 위성 발사체 관련 기술 자료를 넘긴 정황이 포착됐다\"고 밝혔다.\n"
        "이 소식통은 \"양측이 지난 6월 평양 정상회담 직후 우주 분야 협력 의정서에 서명한 것으로 안다\"고 했다.\n"
        "정부는 북한이 이르면 다음 달 평안북도 동창리 서해위성발사장에서 정찰위성을 다시 쏠 수 있다고 보고 있다.\n"
        "국방부는 이에 대해 \"관련 동향을 면밀히 추적하고 있다\"고만 했다.",
        [RU, KP, P("평양", "place:pyongyang"), P("평안북도", NPYONGAN), P("동창리", TONGCHANG), F("서해위성발사장", SOHAE),
         O("국방부", "org:rok-mnd")],
        [("23일", "DATE", "2024-09-23"), ("올해 상반기", "DATE", "2024-H1"), ("지난 6월", "DATE", "2024-06"), ("다음 달", "DATE", "2024-10")],
        [ev("TRANSFER", ["러시아가 올해 상반기 북한에 위성 발사체 관련 기술 자료를 넘긴 정황이 포착됐다"], "2024-H1", [],
            ["country:RU", "country:KP"], [], "government_official", "estimated", "t2-h54"),
         ev("MEETING", ["지난 6월 평양 정상회담"], "2024-06", ["place:pyongyang"], ["country:RU", "country:KP"], [],
            "government_official", "asserted", "t2-h55"),
         ev("AGREEMENT", ["양측이 지난 6월 평양 정상회담 직후 우주 분야 협력 의정서에 서명한 것으로 안다"], "2024-06", [],
            ["country:RU", "country:KP"], [], "government_official", "estimated", "t2-h56"),
         ev("WEAPONS_TEST", ["북한이 이르면 다음 달 평안북도 동창리 서해위성발사장에서 정찰위성을 다시 쏠 수 있다고 보고 있다"], "2024-10",
            [NPYONGAN, TONGCHANG], ["country:KP"], [SOHAE], "government_official", "predicted", "t2-h57")])

# 023: the party paper on a steel complex's year (Juche year, "전년", "새해").
report2("ko-test2-023", "2025-01-03", "노동신문",
        "김책제철련합기업소 로동계급이 주체113년 인민경제계획을 지난해 12월 25일까지 넘쳐 수행하였다.\n"
        "련합기업소에서는 선철생산을 전년보다 1.3배로 늘였으며 압연강재생산에서도 새 기록을 세웠다.\n"
        "함경북도 청진시에 자리잡은 이 련합기업소는 나라의 강철생산에서 중요한 몫을 맡고있다.\n"
        "기업소 일군들은 새해 첫 전투에서도 련속 혁신을 일으킬 결의에 넘쳐있다.",
        [F("김책제철련합기업소", "fac:kim-chaek-steel"), P("함경북도", NHAMGYONG), P("청진시", "place:chongjin")],
        [("주체113년", "DATE", "2024"), ("지난해 12월 25일", "DATE", "2024-12-25"), ("전년", "DATE", "2023"), ("새해", "DATE", "2025")],
        [ev("PRODUCTION_ACTIVITY", ["김책제철련합기업소 로동계급이 주체113년 인민경제계획을 지난해 12월 25일까지 넘쳐 수행하였다",
                                    "련합기업소에서는 선철생산을 전년보다 1.3배로 늘였으며 압연강재생산에서도 새 기록을 세웠다"],
            "2024", [NHAMGYONG, "place:chongjin"], [], ["fac:kim-chaek-steel"], "state_media", "asserted", "t2-h58")])

# 024: intelligence agency on a replaced committee chairman and an unpublicised tour.
report2("ko-test2-024", "2025-11-05", "연합뉴스",
        "(서울=연합뉴스) 임채원 기자 = 국가정보원은 북한 제2경제위원회 위원장이 올해 9월께 교체된 것으로 보인다고 5일 밝혔다.\n"
        "국정원은 국회 정보위원회에 \"후임은 국방과학원 출신의 50대 인사로 파악된다\"고 보고했다.\n"
        "국정원은 또 김정은 국무위원장이 지난 8월 하순 자강도의 군수공장 여러 곳을 비공개로 시찰한 것으로 파악했다고 밝혔다.\n"
        "북한 매체는 이 시찰을 보도하지 않았다.",
        [O("국가정보원", NIS), KP, O("제2경제위원회", "org:sec"), O("국정원", NIS), O("국회 정보위원회", "org:rok-na-intel"),
         O("국방과학원", "org:ads"), KJU, P("자강도", CHAGANG)],
        [("올해 9월", "DATE", "2025-09"), ("5일", "DATE", "2025-11-05"), ("지난 8월 하순", "DATE", "2025-08")],
        [ev("PERSONNEL", ["북한 제2경제위원회 위원장이 올해 9월께 교체된 것으로 보인다", "후임은 국방과학원 출신의 50대 인사로 파악된다"],
            "2025-09", [], ["org:sec"], [], "intelligence_agency", "estimated", "t2-h59"),
         ev("INSPECTION", ["김정은 국무위원장이 지난 8월 하순 자강도의 군수공장 여러 곳을 비공개로 시찰한 것으로 파악했다고 밝혔다"], "2025-08",
            [CHAGANG], ["person:kim-jong-un"], [], "intelligence_agency", "estimated", "t2-h60")],
        unscored=["(서울=연합뉴스) 임채원 기자 ="])

# 025: a night curfew by the Yalu (river and facility names, a hedged lead and a source).
RAKWON, YALU = "fac:rakwon-machine", "place:yalu"
report2("ko-test2-025", "2024-08-27", "데일리NK",
        "평안북도 신의주시 당국이 이달 중순부터 락원기계연합기업소 주변 압록강 연선에 야간 통행금지를 내린 것으로 알려졌다.\n"
        "평안북도 소식통은 26일 데일리NK에 \"사회안전성이 연선 지역 주민들에게 해가 진 뒤 외출을 하지 말라는 포고를 붙였다\"고 전했다.\n"
        "소식통은 \"기업소가 요즘 군용 트럭 부품 생산에 매달리면서 내려진 조치로 보인다\"고 말했다.\n"
        "락원기계연합기업소는 압록강을 사이에 두고 중국 단둥과 마주하고 있다.",
        [P("평안북도", NPYONGAN), P("신의주시", SINUIJU), F("락원기계연합기업소", RAKWON), P("압록강", YALU),
         O("사회안전성", "org:mosoc"), CN, P("단둥", DANDONG)],
        [("이달 중순", "DATE", "2024-08"), ("26일", "DATE", "2024-08-26")],
        [ev("SECURITY_MEASURE", ["신의주시 당국이 이달 중순부터 락원기계연합기업소 주변 압록강 연선에 야간 통행금지를 내린 것으로 알려졌다",
                                 "사회안전성이 연선 지역 주민들에게 해가 진 뒤 외출을 하지 말라는 포고를 붙였다"],
            "2024-08", [NPYONGAN, SINUIJU, YALU], ["org:mosoc"], [RAKWON], ["outlet", "anonymous_insider"],
            ["estimated", "asserted"], "t2-h61"),
         ev("PRODUCTION_ACTIVITY", ["기업소가 요즘 군용 트럭 부품 생산에 매달리면서 내려진 조치로 보인다"], None, [NPYONGAN, SINUIJU], [],
            [RAKWON], "anonymous_insider", "estimated", "t2-h62")],
        ignore=["데일리NK"])

# 026: an audit by prosecutors, a theft found, dismissals, guards kept on.
SONGRIM, HWANGHAE = "place:songrim", "fac:hwanghae-steel"
report2("ko-test2-026", "2025-05-20", "데일리NK",
        "황해북도 송림시의 황해제철연합기업소에 지난 7일부터 열흘간 중앙검찰소 검열단이 내려와 자재 유용 실태를 조사했다.\n"
        "황해북도 소식통은 19일 데일리NK에 \"검열단은 지난해 생산 실적이 부풀려졌는지도 따져 물었다\"고 전했다.\n"
        "소식통에 따르면 검열 결과 기업소 부기장과 자재과장이 강재 수십t을 빼돌려 판 사실이 드러나 해임됐다.\n"
        "기업소에서는 검열이 끝난 뒤에도 보위원들이 창고를 지키고 있는 것으로 알려졌다.",
        [P("황해북도", "place:nhwanghae"), P("송림시", SONGRIM), F("황해제철연합기업소", HWANGHAE),
         O("중앙검찰소", "org:central-prosecutors")],
        [("지난 7일", "DATE", "2025-05-07"), ("열흘", "DURATION", "P10D"), ("19일", "DATE", "2025-05-19"), ("지난해", "DATE", "2024")],
        [ev("INSPECTION", ["황해제철연합기업소에 지난 7일부터 열흘간 중앙검찰소 검열단이 내려와 자재 유용 실태를 조사했다",
                           "검열단은 지난해 생산 실적이 부풀려졌는지도 따져 물었다"],
            "2025-05-07", ["place:nhwanghae", SONGRIM], ["org:central-prosecutors"], [HWANGHAE], ["outlet", "anonymous_insider"],
            "asserted", "t2-h63"),
         ev("THEFT", ["기업소 부기장과 자재과장이 강재 수십t을 빼돌려 판 사실이 드러나"], None, ["place:nhwanghae", SONGRIM], [], [HWANGHAE],
            "anonymous_insider", "asserted", "t2-h64"),
         ev("PERSONNEL", ["검열 결과 기업소 부기장과 자재과장이 강재 수십t을 빼돌려 판 사실이 드러나 해임됐다"], None,
            ["place:nhwanghae", SONGRIM], [], [HWANGHAE], "anonymous_insider", "asserted", "t2-h65"),
         ev("SECURITY_MEASURE", ["검열이 끝난 뒤에도 보위원들이 창고를 지키고 있는 것으로 알려졌다"], None, ["place:nhwanghae", SONGRIM], [],
            [HWANGHAE], "outlet", "estimated", "t2-h66")],
        ignore=["데일리NK"])

# 027: an agreement signed abroad by the defence minister, relayed from state media.
report2("ko-test2-027", "2025-04-02", "연합뉴스",
        "(서울=연합뉴스) 송민재 기자 = 노광철 북한 국방상이 지난달 말 러시아 모스크바에서 안드레이 벨로우소프 러시아 국방장관과 군사협력 협정에 서명했다고 조선중앙통신이 2일 보도했다.\n"
        "통신에 따르면 협정에는 포병 무기 생산 기술 교류와 군 교육기관 간 인원 교환이 포함됐다.\n"
        "통신은 노광철 국방상이 러시아 체류 기간 러시아 국방부 산하 군수기업 두 곳도 둘러봤다고 전했다.\n"
        "국방부 관계자는 \"러시아의 첨단 군사기술이 북한으로 넘어갈 가능성을 주시하고 있다\"고 말했다.",
        [H("노광철", "person:no-kwang-chol"), KP, RU, P("모스크바", "place:moscow"), H("안드레이 벨로우소프", "person:andrei-belousov"),
         O("조선중앙통신", "org:kcna"), O("러시아 국방부", "org:ru-mod"), O("국방부", "org:rok-mnd")],
        [("지난달 말", "DATE", "2025-03"), ("2일", "DATE", "2025-04-02")],
        [ev("AGREEMENT", ["노광철 북한 국방상이 지난달 말 러시아 모스크바에서 안드레이 벨로우소프 러시아 국방장관과 군사협력 협정에 서명했다고 조선중앙통신이 2일 보도했다",
                          "협정에는 포병 무기 생산 기술 교류와 군 교육기관 간 인원 교환이 포함됐다"],
            "2025-03", ["country:RU", "place:moscow"], ["person:no-kwang-chol", "person:andrei-belousov"], [], "state_media", "asserted",
            "t2-h67"),
         ev("INSPECTION", ["노광철 국방상이 러시아 체류 기간 러시아 국방부 산하 군수기업 두 곳도 둘러봤다고 전했다"], None, ["country:RU"],
            ["person:no-kwang-chol"], [], "state_media", "asserted", "t2-h68"),
         ev("TRANSFER", ["러시아의 첨단 군사기술이 북한으로 넘어갈 가능성을 주시하고 있다"], None, [], ["country:RU", "country:KP"], [],
            "government_official", "predicted", "t2-h69")],
        unscored=["(서울=연합뉴스) 송민재 기자 ="])

# 028: a radio service's insider report on a steel complex (English edition en-test2-010).
CHONGJIN, KCSTEEL = "place:chongjin", "fac:kim-chaek-steel"
report2("ko-test2-028", "2025-08-19", "자유아시아방송",
        "북한 당국이 이달 중순 함경북도 청진의 김책제철연합기업소에 하반기 강철 생산 목표를 20% 높이라는 지시를 내렸다고 현지 소식통이 전했습니다.\n"
        "함경북도의 한 소식통은 18일 자유아시아방송에 \"늘어난 강철은 대부분 군수공업 부문에 우선 공급하라는 것이 지시의 핵심\"이라고 말했습니다.\n"
        "이 소식통은 \"전력 사정이 나빠 지난 6월에는 용광로 하나가 보름 넘게 멈춰 서기도 했다\"고 덧붙였습니다.\n"
        "소식통은 \"목표를 채우지 못하면 지배인이 책임을 져야 할 것\"이라고 전망했습니다.",
        [KP, P("함경북도", NHAMGYONG), P("청진", CHONGJIN), F("김책제철연합기업소", KCSTEEL)],
        [("이달 중순", "DATE", "2025-08"), ("하반기", "DATE", "2025-H2"), ("18일", "DATE", "2025-08-18"), ("지난 6월", "DATE", "2025-06"),
         ("보름", "DURATION", "P15D")],
        [ev("PRODUCTION_ORDER", ["북한 당국이 이달 중순 함경북도 청진의 김책제철연합기업소에 하반기 강철 생산 목표를 20% 높이라는 지시를 내렸다고 현지 소식통이 전했습니다",
                                 "늘어난 강철은 대부분 군수공업 부문에 우선 공급하라는 것이 지시의 핵심"],
            "2025-08", [NHAMGYONG, CHONGJIN], ["country:KP"], [KCSTEEL], "anonymous_insider", "asserted", "t2-h70"),
         ev("FACILITY_STATUS", ["전력 사정이 나빠 지난 6월에는 용광로 하나가 보름 넘게 멈춰 서기도 했다"], "2025-06", [NHAMGYONG, CHONGJIN], [],
            [KCSTEEL], "anonymous_insider", "asserted", "t2-h71"),
         ev("PERSONNEL", ["목표를 채우지 못하면 지배인이 책임을 져야 할 것"], None, [NHAMGYONG, CHONGJIN], [], [KCSTEEL],
            "anonymous_insider", "predicted", "t2-h72")],
        ignore=["자유아시아방송"], counterpart="en-test2-010")
report2("en-test2-010", "2025-08-19", "Radio Free Asia",
        "North Korean authorities ordered the Kim Chaek Iron and Steel Complex in Chongjin, North Hamgyong Province, in mid-August to raise its steel production target for the second half of the year by 20 percent, a local source told RFA Korean.\n"
        "\"The core of the order is that most of the additional steel should go to the munitions industry first,\" the source in North Hamgyong Province said Monday.\n"
        "Because of the poor power situation, one of the blast furnaces stood idle for more than two weeks in June, the source said.\n"
        "\"If the target is not met, the manager will have to take responsibility,\" the source predicted.",
        [F("Kim Chaek Iron and Steel Complex", KCSTEEL), P("Chongjin", CHONGJIN), P("North Hamgyong Province", NHAMGYONG)],
        [("mid-August", "DATE", "2025-08"), ("the second half of the year", "DATE", "2025-H2"), ("Monday", "DATE", "2025-08-18"),
         ("two weeks", "DURATION", "P2W"), ("June", "DATE", "2025-06")],
        [ev("PRODUCTION_ORDER", ["North Korean authorities ordered the Kim Chaek Iron and Steel Complex in Chongjin, North Hamgyong Province, in mid-August to raise its steel production target for the second half of the year by 20 percent",
                                 "The core of the order is that most of the additional steel should go to the munitions industry first"],
            "2025-08", [CHONGJIN, NHAMGYONG], ["country:KP"], [KCSTEEL], "anonymous_insider", "asserted", "t2-h70"),
         ev("FACILITY_STATUS", ["one of the blast furnaces stood idle for more than two weeks in June"], "2025-06", [CHONGJIN, NHAMGYONG],
            [], [KCSTEEL], "anonymous_insider", "asserted", "t2-h71"),
         ev("PERSONNEL", ["If the target is not met, the manager will have to take responsibility"], None, [CHONGJIN, NHAMGYONG], [],
            [KCSTEEL], "anonymous_insider", "predicted", "t2-h72")],
        ignore=["North Korean", "RFA Korean"], lang="en")

# 029: an administrative order, and fingerprint readers at one factory (a county named after a person).
report2("ko-test2-029", "2024-02-13", "데일리NK",
        "북한 당국이 이달 초 각 도 군수공장들에 올해부터 모든 노동자의 출퇴근 기록을 전산화하라는 지시를 내린 것으로 전해졌다.\n"
        "양강도 소식통은 12일 데일리NK에 \"김정숙군의 한 군수공장에서는 지난 5일부터 지문 인식기를 정문에 달았다\"고 전했다.\n"
        "소식통은 \"출근 시간을 어기면 배급에서 불이익을 주겠다는 경고도 함께 내려왔다\"고 말했다.\n"
        "이 지시는 주체113년을 맞아 내려진 것이라고 소식통은 덧붙였다.",
        [KP, P("양강도", RYANGGANG), P("김정숙군", "place:kimjongsuk")],
        [("이달 초", "DATE", "2024-02"), ("올해", "DATE", "2024"), ("12일", "DATE", "2024-02-12"), ("지난 5일", "DATE", "2024-02-05"),
         ("주체113년", "DATE", "2024")],
        [ev("OTHER_DIRECTIVE", ["북한 당국이 이달 초 각 도 군수공장들에 올해부터 모든 노동자의 출퇴근 기록을 전산화하라는 지시를 내린 것으로 전해졌다",
                                "출근 시간을 어기면 배급에서 불이익을 주겠다는 경고도 함께 내려왔다"],
            "2024-02", [], ["country:KP"], [], ["outlet", "anonymous_insider"], ["estimated", "asserted"], "t2-h73"),
         ev("SECURITY_MEASURE", ["김정숙군의 한 군수공장에서는 지난 5일부터 지문 인식기를 정문에 달았다"], "2024-02-05",
            [RYANGGANG, "place:kimjongsuk"], [], [], "anonymous_insider", "asserted", "t2-h74")],
        ignore=["데일리NK"])

# 030: a daily on the launch site: works under way, a launch to come, an earlier visit and order.
report2("ko-test2-030", "2025-03-04", "동아일보",
        "북한 평안북도 철산군 동창리의 서해위성발사장에서 지난해 말부터 새 발사대 공사가 진행 중인 것으로 확인됐다.\n"
        "군 관계자는 3일 \"발사대 높이를 키우는 공사가 마무리 단계에 있다\"며 \"대형 발사체를 쏘기 위한 준비로 본다\"고 말했다.\n"
        "정부는 북한이 이르면 올해 상반기 중 신형 위성 운반 로켓을 발사할 가능성이 있다고 보고 있다.\n"
        "김정은 국무위원장은 지난해 12월 이곳을 찾아 발사장 확장을 지시한 바 있다.",
        [KP, P("평안북도", NPYONGAN), P("철산군", "place:cholsan"), P("동창리", TONGCHANG), F("서해위성발사장", SOHAE), KJU],
        [("지난해 말", "DATE", "2024"), ("3일", "DATE", "2025-03-03"), ("올해 상반기", "DATE", "2025-H1"), ("지난해 12월", "DATE", "2024-12")],
        [ev("FACILITY_STATUS", ["동창리의 서해위성발사장에서 지난해 말부터 새 발사대 공사가 진행 중인 것으로 확인됐다",
                                "발사대 높이를 키우는 공사가 마무리 단계에 있다"],
            "2024", [NPYONGAN, "place:cholsan", TONGCHANG], [], [SOHAE], ["outlet", "government_official"], "asserted", "t2-h75"),
         ev("WEAPONS_TEST", ["북한이 이르면 올해 상반기 중 신형 위성 운반 로켓을 발사할 가능성이 있다고 보고 있다"], "2025-H1", [],
            ["country:KP"], [], "government_official", "predicted", "t2-h76"),
         ev("INSPECTION", ["김정은 국무위원장은 지난해 12월 이곳을 찾아"], "2024-12", [NPYONGAN, "place:cholsan", TONGCHANG],
            ["person:kim-jong-un"], [SOHAE], "outlet", "asserted", "t2-h77"),
         ev("OTHER_DIRECTIVE", ["발사장 확장을 지시한 바 있다"], "2024-12", [NPYONGAN, "place:cholsan", TONGCHANG], ["person:kim-jong-un"],
            [SOHAE], "outlet", "asserted", "t2-h78")])

"""Korean development reports (see reports_a.py for the format): the split rules are tuned on."""
from eval.korean.reports_a import KJU, KP, RU, ev, report

P = lambda s, i: (s, "place", i)  # noqa: E731
F = lambda s, i: (s, "facility", i)  # noqa: E731
O = lambda s, i: (s, "organization", i)  # noqa: E731

report("ko-dev-001", "2024-03-20", "데일리NK",
       "평안북도 태천군의 제71호 군수공장이 지난달부터 3교대로 포탄을 생산하고 있다고 소식통이 19일 전했다.",
       [P("평안북도", "place:npyongan"), P("태천군", "place:taechon"), F("제71호 군수공장", "fac:mf71")],
       [("지난달", "DATE", "2024-02"), ("19일", "DATE", "2024-03-19")],
       [ev("PRODUCTION_ACTIVITY", ["평안북도 태천군의 제71호 군수공장이 지난달부터 3교대로 포탄을 생산하고 있다고 소식통이 19일 전했다"],
           "2024-02", ["place:npyongan", "place:taechon"], [], ["fac:mf71"], "anonymous_insider")])
report("ko-dev-002", "2024-08-02", "연합뉴스",
       "통일부 당국자는 북한이 최근 신포조선소에서 신형 잠수함 건조를 마무리한 것으로 보인다고 말했다.",
       [O("통일부", "org:rok-mou"), KP, F("신포조선소", "fac:sinpo-shipyard")], [],
       [ev("PRODUCTION_ACTIVITY", ["북한이 최근 신포조선소에서 신형 잠수함 건조를 마무리한 것으로 보인다고 말했다"], None, [],
           ["country:KP"], ["fac:sinpo-shipyard"], "government_official", "estimated")])
report("ko-dev-003", "2024-12-09", "데일리NK",
       "함경남도 단천시의 검덕광업연합기업소에서 지난 5일 간부 2명이 아연 정광을 빼돌린 혐의로 해임됐다.",
       [P("함경남도", "place:shamgyong"), P("단천시", "place:tanchon"), F("검덕광업연합기업소", "fac:komdok-mine")],
       [("지난 5일", "DATE", "2024-12-05")],
       [ev("THEFT", ["검덕광업연합기업소에서 지난 5일 간부 2명이 아연 정광을 빼돌린 혐의로 해임됐다"], "2024-12-05",
           ["place:shamgyong", "place:tanchon"], [], ["fac:komdok-mine"]),
        ev("PERSONNEL", ["검덕광업연합기업소에서 지난 5일 간부 2명이 아연 정광을 빼돌린 혐의로 해임됐다"], "2024-12-05",
           ["place:shamgyong", "place:tanchon"], [], ["fac:komdok-mine"])])
report("ko-dev-004", "2025-01-22", "연합뉴스",
       "김정은 총비서가 지난 20일 룡성기계연합기업소를 현지지도했다고 조선중앙통신이 22일 보도했다.\n"
       "김 총비서는 기업소 현대화를 올해 안에 끝낼 것을 지시했다.",
       [KJU, F("룡성기계연합기업소", "fac:ryongsong-machine"), O("조선중앙통신", "org:kcna")],
       [("지난 20일", "DATE", "2025-01-20"), ("22일", "DATE", "2025-01-22"), ("올해", "DATE", "2025")],
       [ev("INSPECTION", ["김정은 총비서가 지난 20일 룡성기계연합기업소를 현지지도했다고 조선중앙통신이 22일 보도했다"], "2025-01-20",
           [], ["person:kim-jong-un"], ["fac:ryongsong-machine"], "state_media"),
        ev("OTHER_DIRECTIVE", ["김 총비서는 기업소 현대화를 올해 안에 끝낼 것을 지시했다"], "2025", [], ["person:kim-jong-un"], [],
           "state_media")])
report("ko-dev-005", "2024-04-03", "데일리NK",
       "양강도 삼지연시 일대에 지난달 말부터 외부인 출입을 금지하는 조치가 내려졌다는 소문이 돌고 있다.",
       [P("양강도", "place:ryanggang"), P("삼지연시", "place:samjiyon")], [("지난달 말", "DATE", "2024-03")],
       [ev("SECURITY_MEASURE", ["삼지연시 일대에 지난달 말부터 외부인 출입을 금지하는 조치가 내려졌다는 소문이 돌고 있다"], "2024-03",
           ["place:ryanggang", "place:samjiyon"], [], [], "outlet", "rumored")])
report("ko-dev-006", "2024-09-10", "연합뉴스",
       "국가정보원은 북한이 지난해부터 러시아에 병력과 함께 포탄 수백만 발을 공급한 것으로 판단하고 있다고 밝혔다.",
       [O("국가정보원", "org:rok-nis"), KP, RU], [("지난해", "DATE", "2023")],
       [ev("TRANSFER", ["북한이 지난해부터 러시아에 병력과 함께 포탄 수백만 발을 공급한 것으로 판단하고 있다"], "2023", [],
           ["country:KP", "country:RU"], [], "intelligence_agency", "estimated")])
report("ko-dev-007", "2025-05-12", "데일리NK",
       "자강도 만포시의 한 군수공장이 전력 부족으로 보름째 멈춰 섰다.\n소식통은 \"공장 노동자들은 집에서 대기하고 있다\"고 전했다.",
       [P("자강도", "place:chagang"), P("만포시", "place:manpo")], [("보름째", "DURATION", "P15D")],
       [ev("FACILITY_STATUS", ["자강도 만포시의 한 군수공장이 전력 부족으로 보름째 멈춰 섰다"], None, ["place:chagang", "place:manpo"])])
report("ko-dev-008", "2024-06-19", "연합뉴스",
       "블라디미르 푸틴 러시아 대통령이 19일 평양에 도착해 김정은 국무위원장과 정상회담을 했다고 조선중앙통신이 보도했다.",
       [("블라디미르 푸틴", "person", "person:putin"), RU, P("평양", "place:pyongyang"), KJU, O("조선중앙통신", "org:kcna")],
       [("19일", "DATE", "2024-06-19")],
       [ev("MEETING", ["블라디미르 푸틴 러시아 대통령이 19일 평양에 도착해 김정은 국무위원장과 정상회담을 했다고 조선중앙통신이 보도했다"],
           "2024-06-19", ["place:pyongyang"], ["person:putin", "person:kim-jong-un"], [], "state_media")])
report("ko-dev-009", "2024-10-28", "데일리NK",
       "함경북도 무산군의 무산광산연합기업소에 이달 중순 철광석 생산량을 두 배로 늘리라는 지시가 내려왔다고 소식통이 전했다.",
       [P("함경북도", "place:nhamgyong"), P("무산군", "place:musan"), F("무산광산연합기업소", "fac:musan-mining")],
       [("이달 중순", "DATE", "2024-10")],
       [ev("PRODUCTION_ORDER", ["무산광산연합기업소에 이달 중순 철광석 생산량을 두 배로 늘리라는 지시가 내려왔다고 소식통이 전했다"],
           "2024-10", ["place:nhamgyong", "place:musan"], [], ["fac:musan-mining"], "anonymous_insider")])
report("ko-dev-010", "2025-02-03", "연합뉴스",
       "합참은 북한이 지난달 말 서해상으로 순항미사일 여러 발을 시험 발사한 것으로 추정된다고 3일 밝혔다.",
       [O("합참", "org:rok-jcs"), KP], [("지난달 말", "DATE", "2025-01"), ("3일", "DATE", "2025-02-03")],
       [ev("WEAPONS_TEST", ["북한이 지난달 말 서해상으로 순항미사일 여러 발을 시험 발사한 것으로 추정된다고 3일 밝혔다"], "2025-01", [],
           ["country:KP"], [], "government_official", "estimated")])
report("ko-dev-011", "2024-07-16", "데일리NK",
       "평안남도 개천시의 한 탄광에서 이달 초 보안원들이 석탄 재고를 일일이 조사하는 등 단속을 강화했다고 소식통이 15일 전했다.",
       [P("평안남도", "place:spyongan"), P("개천시", "place:kaechon")], [("이달 초", "DATE", "2024-07"), ("15일", "DATE", "2024-07-15")],
       [ev("SECURITY_MEASURE", ["개천시의 한 탄광에서 이달 초 보안원들이 석탄 재고를 일일이 조사하는 등 단속을 강화했다고 소식통이 15일 전했다"],
           "2024-07", ["place:spyongan", "place:kaechon"], [], [], "anonymous_insider")])
report("ko-dev-012", "2024-11-11", "연합뉴스",
       "북한 최고인민회의 상임위원회가 러시아와의 포괄적 전략적 동반자 관계 조약을 비준했다고 조선중앙통신이 11일 보도했다.",
       [KP, O("최고인민회의 상임위원회", "org:spa-sc"), RU, O("조선중앙통신", "org:kcna")], [("11일", "DATE", "2024-11-11")],
       [ev("AGREEMENT", ["북한 최고인민회의 상임위원회가 러시아와의 포괄적 전략적 동반자 관계 조약을 비준했다고 조선중앙통신이 11일 보도했다"],
           None, [], ["org:spa-sc", "country:RU"], [], "state_media")])
report("ko-dev-013", "2025-03-25", "데일리NK",
       "평양 락랑구역의 한 피복공장 지배인이 국가 자재를 시장에 팔아넘긴 사실이 드러나 철직됐다고 소식통이 24일 전했다.",
       [P("평양", "place:pyongyang"), P("락랑구역", "place:rakrang")], [("24일", "DATE", "2025-03-24")],
       [ev("THEFT", ["평양 락랑구역의 한 피복공장 지배인이 국가 자재를 시장에 팔아넘긴 사실이 드러나 철직됐다고 소식통이 24일 전했다"], None,
           ["place:pyongyang", "place:rakrang"], [], [], "anonymous_insider"),
        ev("PERSONNEL", ["평양 락랑구역의 한 피복공장 지배인이 국가 자재를 시장에 팔아넘긴 사실이 드러나 철직됐다고 소식통이 24일 전했다"], None,
           ["place:pyongyang", "place:rakrang"], [], [], "anonymous_insider")])
report("ko-dev-014", "2024-08-26", "연합뉴스",
       "김정은 국무위원장이 지난 24일 국방과학원이 진행한 신형 방사포 시험사격을 참관했다고 조선중앙통신이 26일 보도했다.",
       [KJU, O("국방과학원", "org:ads"), O("조선중앙통신", "org:kcna")],
       [("지난 24일", "DATE", "2024-08-24"), ("26일", "DATE", "2024-08-26")],
       [ev("WEAPONS_TEST", ["김정은 국무위원장이 지난 24일 국방과학원이 진행한 신형 방사포 시험사격을 참관했다고 조선중앙통신이 26일 보도했다"],
           "2024-08-24", [], ["person:kim-jong-un", "org:ads"], [], "state_media")])
report("ko-dev-015", "2024-05-07", "데일리NK",
       "함경남도 함흥시의 2.8비날론연합기업소가 이달부터 다시 가동될 예정이라고 소식통이 6일 전했다.",
       [P("함경남도", "place:shamgyong"), P("함흥시", "place:hamhung"), F("2.8비날론연합기업소", "fac:feb8-vinalon")],
       [("이달", "DATE", "2024-05"), ("6일", "DATE", "2024-05-06")],
       [ev("FACILITY_STATUS", ["2.8비날론연합기업소가 이달부터 다시 가동될 예정이라고 소식통이 6일 전했다"], "2024-05",
           ["place:shamgyong", "place:hamhung"], [], ["fac:feb8-vinalon"], "anonymous_insider", "predicted")])
report("ko-dev-016", "2025-04-18", "연합뉴스",
       "국방부는 북한이 올해 상반기 중 7차 핵실험을 할 가능성은 낮다고 평가했다.",
       [O("국방부", "org:rok-mnd"), KP], [("올해 상반기", "DATE", "2025-H1")],
       [ev("WEAPONS_TEST", ["북한이 올해 상반기 중 7차 핵실험을 할 가능성은 낮다고 평가했다"], "2025-H1", [], ["country:KP"], [],
           "government_official", "predicted")])
report("ko-dev-017", "2024-01-15", "데일리NK",
       "양강도 혜산시 보위부가 지난해 12월 중국산 휴대전화 사용자 단속에 나서 10여 명을 체포했다.",
       [P("양강도", "place:ryanggang"), P("혜산시", "place:hyesan")], [("지난해 12월", "DATE", "2023-12")],
       [ev("SECURITY_MEASURE", ["혜산시 보위부가 지난해 12월 중국산 휴대전화 사용자 단속에 나서 10여 명을 체포했다"], "2023-12",
           ["place:ryanggang", "place:hyesan"])])
report("ko-dev-018", "2024-02-26", "연합뉴스",
       "북한 노동신문은 26일 평안북도 신의주시의 온실농장 건설이 올해 말 완공될 것이라고 보도했다.",
       [KP, O("노동신문", "org:rodong"), P("평안북도", "place:npyongan"), P("신의주시", "place:sinuiju")],
       [("26일", "DATE", "2024-02-26"), ("올해 말", "DATE", "2024")],
       [ev("FACILITY_STATUS", ["평안북도 신의주시의 온실농장 건설이 올해 말 완공될 것이라고 보도했다"], "2024",
           ["place:npyongan", "place:sinuiju"], [], [], "state_media", "predicted")])
report("ko-dev-019", "2024-10-07", "데일리NK",
       "남포시 천리마구역의 천리마제강연합기업소에서 작년 9월부터 1년 넘게 강철 생산이 계획에 못 미치고 있다.",
       [P("남포시", "place:nampo"), P("천리마구역", "place:chollima"), F("천리마제강연합기업소", "fac:chollima-steel")],
       [("작년 9월", "DATE", "2023-09"), ("1년", "DURATION", "P1Y")],
       [ev("PRODUCTION_ACTIVITY", ["천리마제강연합기업소에서 작년 9월부터 1년 넘게 강철 생산이 계획에 못 미치고 있다"], "2023-09",
           ["place:nampo", "place:chollima"], [], ["fac:chollima-steel"])])
report("ko-dev-020", "2025-06-02", "연합뉴스",
       "정부 관계자는 북한이 라진항을 통해 러시아로 컨테이너 수천 개 분량의 탄약을 실어 보낸 것으로 파악됐다고 말했다.",
       [KP, F("라진항", "fac:rajin-port"), RU], [],
       [ev("TRANSFER", ["북한이 라진항을 통해 러시아로 컨테이너 수천 개 분량의 탄약을 실어 보낸 것으로 파악됐다고 말했다"], None, [],
           ["country:KP", "country:RU"], ["fac:rajin-port"], "government_official", "estimated")])

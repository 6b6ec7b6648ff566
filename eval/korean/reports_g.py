"""More Korean dev reports in other outlets' manners: state media's Korean service, a radio
service's insider report, a briefing to lawmakers, an agency story with its dateline and footer."""
from eval.korean.reports_a import KJU, KP, RU, ev, report

P = lambda s, i: (s, "place", i)  # noqa: E731
F = lambda s, i: (s, "facility", i)  # noqa: E731
O = lambda s, i: (s, "organization", i)  # noqa: E731

report("ko-dev-022", "2024-11-29", "조선중앙통신",
       "김정은동지께서 락원기계연합기업소를 현지지도하시였다.\n"
       "김정은동지께서는 연합기업소에서 올해 생산계획을 넘쳐 수행한데 대하여 높이 평가하시였다.",
       [("김정은", "person", "person:kim-jong-un"), F("락원기계연합기업소", "fac:rakwon-machine")], [("올해", "DATE", "2024")],
       [ev("INSPECTION", ["김정은동지께서 락원기계연합기업소를 현지지도하시였다"], None, [], ["person:kim-jong-un"],
           ["fac:rakwon-machine"], "state_media"),
        ev("PRODUCTION_ACTIVITY", ["연합기업소에서 올해 생산계획을 넘쳐 수행한데 대하여 높이 평가하시였다"], "2024", [], [],
           ["fac:rakwon-machine"], "state_media")])
report("ko-dev-023", "2025-02-14", "자유아시아방송",
       "함경남도 신포시의 한 소식통은 13일 자유아시아방송에 \"신포조선소 주변에 이달 초부터 경비병이 두 배로 늘었다\"고 말했다.\n"
       "이 소식통은 \"주민들 사이에서는 새 잠수함을 곧 진수한다는 말이 돌고 있다\"고 덧붙였다.",
       [P("함경남도", "place:shamgyong"), P("신포시", "place:sinpo"), F("신포조선소", "fac:sinpo-shipyard")],
       [("13일", "DATE", "2025-02-13"), ("이달 초", "DATE", "2025-02")],
       [ev("SECURITY_MEASURE", ["신포조선소 주변에 이달 초부터 경비병이 두 배로 늘었다"], "2025-02", ["place:shamgyong", "place:sinpo"],
           [], ["fac:sinpo-shipyard"], "anonymous_insider"),
        ev("PRODUCTION_ACTIVITY", ["주민들 사이에서는 새 잠수함을 곧 진수한다는 말이 돌고 있다"], None, [], [], [], "anonymous_insider",
           "rumored")])
report("ko-dev-024", "2024-07-31", "연합뉴스",
       "(서울=연합뉴스) 이민호 기자 = 국가정보원은 31일 국회 정보위원회 전체회의에서 북한이 올해 하반기 추가 정찰위성을 발사할 것으로 전망했다.\n"
       "국정원은 또 북한이 최근 평양 인근의 미사일 공장을 확장하고 있다고 보고했다.\n"
       "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
       [O("국가정보원", "org:rok-nis"), O("국회 정보위원회", "org:rok-na-intel"), KP, O("국정원", "org:rok-nis"),
        P("평양", "place:pyongyang")],
       [("31일", "DATE", "2024-07-31"), ("올해 하반기", "DATE", "2024-H2")],
       [ev("WEAPONS_TEST", ["북한이 올해 하반기 추가 정찰위성을 발사할 것으로 전망했다"], "2024-H2", [], ["country:KP"], [],
           "intelligence_agency", "predicted"),
        ev("FACILITY_STATUS", ["국정원은 또 북한이 최근 평양 인근의 미사일 공장을 확장하고 있다고 보고했다"], None, ["place:pyongyang"],
           ["country:KP"], [], "intelligence_agency")],
       unscored=["(서울=연합뉴스) 이민호 기자 = ", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"])
report("ko-dev-025", "2024-04-30", "데일리NK",
       "자강도 강계시 일대 군수공장들에서 이달 중순부터 노동자들의 배급이 끊겼다는 소문이 퍼지고 있다.\n"
       "소식통은 \"제2경제위원회가 배급 대신 현금을 주겠다고 했지만 아직 받은 사람은 없다\"고 전했다.",
       [P("자강도", "place:chagang"), P("강계시", "place:kanggye"), O("제2경제위원회", "org:sec")], [("이달 중순", "DATE", "2024-04")],
       [])
report("ko-dev-026", "2025-05-20", "연합뉴스",
       "북한이 라선시 라진항에서 러시아 선박에 포탄 상자를 싣는 모습이 위성사진에 포착됐다고 미국 싱크탱크가 19일 밝혔다.",
       [KP, P("라선시", "place:rason"), F("라진항", "fac:rajin-port"), RU, ("미국", "place", "country:US")],
       [("19일", "DATE", "2025-05-19")],
       [ev("TRANSFER", ["북한이 라선시 라진항에서 러시아 선박에 포탄 상자를 싣는 모습이 위성사진에 포착됐다고 미국 싱크탱크가 19일 밝혔다"], None,
           ["place:rason"], ["country:KP", "country:RU"], ["fac:rajin-port"], "other")])

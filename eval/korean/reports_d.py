"""More Korean test reports (see reports_a.py for the format); written and annotated before
any system output on them was seen."""
from eval.korean.reports_a import KJU, KP, RU, ev, report

P = lambda s, i: (s, "place", i)  # noqa: E731
F = lambda s, i: (s, "facility", i)  # noqa: E731
O = lambda s, i: (s, "organization", i)  # noqa: E731

report("ko-test-016", "2025-03-11", "연합뉴스",
       "국정원은 11일 국회 정보위원회에 북한이 올해 1분기 미사일 생산을 크게 늘린 것으로 보인다고 보고했다.\n"
       "국정원은 이 미사일들이 러시아로 넘어갔을 가능성이 있다고 덧붙였다.",
       [O("국정원", "org:rok-nis"), O("국회 정보위원회", "org:rok-na-intel"), KP, RU],
       [("11일", "DATE", "2025-03-11"), ("올해 1분기", "DATE", "2025-Q1")],
       [ev("PRODUCTION_ACTIVITY", ["북한이 올해 1분기 미사일 생산을 크게 늘린 것으로 보인다고 보고했다"], "2025-Q1", [],
           ["country:KP"], [], "intelligence_agency", "estimated"),
        ev("TRANSFER", ["국정원은 이 미사일들이 러시아로 넘어갔을 가능성이 있다고 덧붙였다"], None, [], ["country:RU"], [],
           "intelligence_agency", "estimated")])
report("ko-test-017", "2024-09-30", "데일리NK",
       "평안남도 순천시의 순천비날론연합기업소에서 이달 중순 당 검열단이 한달 남짓 머물며 자재 사용 실태를 조사한 것으로 확인됐다.",
       [P("평안남도", "place:spyongan"), P("순천시", "place:sunchon"), F("순천비날론연합기업소", "fac:sunchon-vinalon")],
       [("이달 중순", "DATE", "2024-09"), ("한달 남짓", "DURATION", "P1M")],
       [ev("INSPECTION", ["순천비날론연합기업소에서 이달 중순 당 검열단이 한달 남짓 머물며 자재 사용 실태를 조사한 것으로 확인됐다"],
           "2024-09", ["place:spyongan", "place:sunchon"], [], ["fac:sunchon-vinalon"])])
report("ko-test-018", "2024-02-05", "데일리NK",
       "함경북도 김책시의 성진제강연합기업소가 지난달 말 새로 지은 전기로를 가동하기 시작했다고 소식통이 4일 전했다.",
       [P("함경북도", "place:nhamgyong"), P("김책시", "place:kimchaek"), F("성진제강연합기업소", "fac:songjin-steel")],
       [("지난달 말", "DATE", "2024-01"), ("4일", "DATE", "2024-02-04")],
       [ev("FACILITY_STATUS", ["성진제강연합기업소가 지난달 말 새로 지은 전기로를 가동하기 시작했다고 소식통이 4일 전했다"], "2024-01",
           ["place:nhamgyong", "place:kimchaek"], [], ["fac:songjin-steel"], "anonymous_insider")])
report("ko-test-019", "2024-11-20", "연합뉴스",
       "김여정 노동당 부부장은 담화를 내고 한국의 대북 전단 살포에 대응해 국경 경비를 강화하겠다고 밝혔다고 조선중앙통신이 20일 전했다.",
       [("김여정", "person", "person:kim-yo-jong"), O("노동당", "org:wpk"), ("한국", "place", "country:KR"),
        O("조선중앙통신", "org:kcna")], [("20일", "DATE", "2024-11-20")],
       [ev("SECURITY_MEASURE", ["국경 경비를 강화하겠다고 밝혔다고 조선중앙통신이 20일 전했다"], None, [],
           ["person:kim-yo-jong"], [], "state_media", "predicted")])
report("ko-test-020", "2025-04-02", "데일리NK",
       "량강도 혜산시에서 지난 29일 국경경비대 군인 3명이 밀수를 돕다 체포됐다고 현지 소식통이 전했다.\n"
       "소식통은 \"이들은 보위부에 넘겨져 조사를 받고 있다\"고 말했다.",
       [P("량강도", "place:ryanggang"), P("혜산시", "place:hyesan")], [("지난 29일", "DATE", "2025-03-29")],
       [ev("THEFT", ["국경경비대 군인 3명이 밀수를 돕다 체포됐다고 현지 소식통이 전했다"], "2025-03-29",
           ["place:ryanggang", "place:hyesan"], [], [], "anonymous_insider"),
        ev("PERSONNEL", ["국경경비대 군인 3명이 밀수를 돕다 체포됐다고 현지 소식통이 전했다", "이들은 보위부에 넘겨져 조사를 받고 있다"],
           "2025-03-29", ["place:ryanggang", "place:hyesan"], [], [], "anonymous_insider")])
report("ko-test-021", "2024-05-31", "연합뉴스",
       "북한이 30일 새벽 평양 순안 일대에서 동해상으로 단거리탄도미사일 10여 발을 발사했다고 합동참모본부가 밝혔다.",
       [KP, P("평양", "place:pyongyang"), O("합동참모본부", "org:rok-jcs")], [("30일 새벽", "TIME", "2024-05-30TMO")],
       [ev("WEAPONS_TEST", ["북한이 30일 새벽 평양 순안 일대에서 동해상으로 단거리탄도미사일 10여 발을 발사했다고 합동참모본부가 밝혔다"],
           "2024-05-30", ["place:pyongyang"], ["country:KP"], [], "government_official")])
report("ko-test-022", "2024-07-08", "데일리NK",
       "자강도 희천시의 한 기계공장에 이달 초 포탄 부품 생산 과제가 새로 하달됐다.\n"
       "소식통에 따르면 공장 간부들은 계획을 못 채우면 처벌받을 것이라는 말을 듣고 있다.",
       [P("자강도", "place:chagang"), P("희천시", "place:huichon")], [("이달 초", "DATE", "2024-07")],
       [ev("PRODUCTION_ORDER", ["자강도 희천시의 한 기계공장에 이달 초 포탄 부품 생산 과제가 새로 하달됐다"], "2024-07",
           ["place:chagang", "place:huichon"]),
        ev("PERSONNEL", ["공장 간부들은 계획을 못 채우면 처벌받을 것이라는 말을 듣고 있다"], None, [], [], [], "anonymous_insider",
           "predicted")])
report("ko-test-023", "2024-12-27", "연합뉴스",
       "노동당 중앙위원회 제8기 제11차 전원회의 확대회의가 23일부터 26일까지 평양에서 열렸다고 조선중앙통신이 27일 보도했다.",
       [O("노동당 중앙위원회", "org:wpk-cc"), P("평양", "place:pyongyang"), O("조선중앙통신", "org:kcna")],
       [("23일", "DATE", "2024-12-23"), ("26일", "DATE", "2024-12-26"), ("27일", "DATE", "2024-12-27")],
       [ev("MEETING", ["노동당 중앙위원회 제8기 제11차 전원회의 확대회의가 23일부터 26일까지 평양에서 열렸다고 조선중앙통신이 27일 보도했다"],
           "2024-12-23", ["place:pyongyang"], ["org:wpk-cc"], [], "state_media")])
report("ko-test-024", "2025-06-16", "데일리NK",
       "황해남도 재령군의 재령광산에서 채굴한 철광석이 남포항을 거쳐 중국으로 몰래 반출되고 있는 것으로 알려졌다.",
       [P("황해남도", "place:shwanghae"), P("재령군", "place:jaeryong"), F("재령광산", "fac:jaeryong-mine"),
        F("남포항", "fac:nampo-port"), ("중국", "place", "country:CN")], [],
       [ev("TRANSFER", ["재령광산에서 채굴한 철광석이 남포항을 거쳐 중국으로 몰래 반출되고 있는 것으로 알려졌다"], None,
           ["place:shwanghae", "place:jaeryong", "country:CN"], [], ["fac:jaeryong-mine", "fac:nampo-port"], "outlet", "estimated")])
report("ko-test-025", "2024-10-14", "연합뉴스",
       "김정은 국무위원장이 주체113년 10월 미사일총국 산하 군수공업기업소를 현지지도하고 생산 능력 확대를 주문했다고 노동신문이 14일 보도했다.",
       [KJU, O("미사일총국", "org:missile-admin"), O("노동신문", "org:rodong")],
       [("주체113년 10월", "DATE", "2024-10"), ("14일", "DATE", "2024-10-14")],
       [ev("INSPECTION", ["김정은 국무위원장이 주체113년 10월 미사일총국 산하 군수공업기업소를 현지지도하고"], "2024-10", [],
           ["person:kim-jong-un"], [], "state_media"),
        ev("PRODUCTION_ORDER", ["생산 능력 확대를 주문했다고 노동신문이 14일 보도했다"], "2024-10", [], ["person:kim-jong-un"], [],
           "state_media")])

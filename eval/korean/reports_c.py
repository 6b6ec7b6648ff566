"""More Korean reports (see reports_a.py for the format)."""
from eval.korean.reports_a import KJU, KP, RU, ev, report

P = lambda s, i: (s, "place", i)  # noqa: E731
F = lambda s, i: (s, "facility", i)  # noqa: E731
O = lambda s, i: (s, "organization", i)  # noqa: E731

report("ko-test-008", "2024-11-05", "데일리NK",
       "평안북도 구성시의 한 군수공장에서 지난달 중순 폭발 사고가 나 가동이 중단됐다고 소식통이 전했다.",
       [P("평안북도", "place:npyongan"), P("구성시", "place:kusong")], [("지난달 중순", "DATE", "2024-10")],
       [ev("FACILITY_STATUS", ["평안북도 구성시의 한 군수공장에서 지난달 중순 폭발 사고가 나 가동이 중단됐다고 소식통이 전했다"], "2024-10",
           ["place:npyongan", "place:kusong"], [], [], "anonymous_insider")], counterpart="en-test-008")
report("en-test-008", "2024-11-05", "Daily NK",
       "A munitions factory in Kusong, North Pyongan Province, halted operations after an explosion in mid-October, a source said.",
       [P("Kusong", "place:kusong"), P("North Pyongan Province", "place:npyongan")], [("mid-October", "DATE", "2024-10")],
       [ev("FACILITY_STATUS", ["A munitions factory in Kusong, North Pyongan Province, halted operations after an explosion in mid-October"],
           "2024-10", ["place:kusong", "place:npyongan"], [], [], "anonymous_insider")], lang="en")

report("ko-test-009", "2024-08-14", "연합뉴스",
       "국방상 노광철이 러시아를 방문해 러시아 국방부와 군사 협력 합의서에 서명했다고 조선중앙통신이 14일 보도했다.",
       [("노광철", "person", "person:no-kwang-chol"), RU, O("러시아 국방부", "org:ru-mod"), O("조선중앙통신", "org:kcna")],
       [("14일", "DATE", "2024-08-14")],
       [ev("AGREEMENT", ["국방상 노광철이 러시아를 방문해 러시아 국방부와 군사 협력 합의서에 서명했다고 조선중앙통신이 14일 보도했다"], None,
           ["country:RU"], ["person:no-kwang-chol", "org:ru-mod"], [], "state_media")], counterpart="en-test-009")
report("en-test-009", "2024-08-14", "Yonhap",
       "Defense Minister No Kwang Chol visited Russia and signed a military cooperation agreement with the Russian defense ministry, the Korean Central News Agency reported Wednesday.",
       [("No Kwang Chol", "person", "person:no-kwang-chol"), P("Russia", "country:RU"), O("Korean Central News Agency", "org:kcna")],
       [("Wednesday", "DATE", "2024-08-14")],
       [ev("AGREEMENT", ["Defense Minister No Kwang Chol visited Russia and signed a military cooperation agreement with the Russian defense ministry"],
           None, ["country:RU"], ["person:no-kwang-chol"], [], "state_media")], lang="en")

report("ko-test-010", "2025-01-10", "데일리NK",
       "함경남도 함흥시 흥남비료연합기업소의 설비 개건 공사가 지난해 말 마무리돼 이달부터 재가동에 들어갈 전망이다.",
       [P("함경남도", "place:shamgyong"), P("함흥시", "place:hamhung"), F("흥남비료연합기업소", "fac:hungnam-fertilizer")],
       [("지난해 말", "DATE", "2024"), ("이달", "DATE", "2025-01")],
       [ev("FACILITY_STATUS", ["흥남비료연합기업소의 설비 개건 공사가 지난해 말 마무리돼 이달부터 재가동에 들어갈 전망이다"], "2024",
           ["place:shamgyong", "place:hamhung"], [], ["fac:hungnam-fertilizer"], "outlet", "predicted")], counterpart="en-test-010")
report("en-test-010", "2025-01-10", "Daily NK",
       "Renovation of the Hungnam Fertilizer Complex in Hamhung, South Hamgyong Province, was finished late last year, and the plant is expected to restart this month.",
       [F("Hungnam Fertilizer Complex", "fac:hungnam-fertilizer"), P("Hamhung", "place:hamhung"), P("South Hamgyong Province", "place:shamgyong")],
       [("late last year", "DATE", "2024"), ("this month", "DATE", "2025-01")],
       [ev("FACILITY_STATUS", ["Renovation of the Hungnam Fertilizer Complex in Hamhung, South Hamgyong Province, was finished late last year, and the plant is expected to restart this month"],
           "2024", ["place:hamhung", "place:shamgyong"], [], ["fac:hungnam-fertilizer"], "outlet", "predicted")], lang="en")

report("ko-test-011", "2024-12-02", "데일리NK",
       "량강도 보천군에서 주민들이 군수품을 중국으로 밀수하다 적발됐다는 소문이 돌고 있다.",
       [P("량강도", "place:ryanggang"), P("보천군", "place:pochon"), ("중국", "place", "country:CN")], [],
       [ev("THEFT", ["주민들이 군수품을 중국으로 밀수하다 적발됐다는 소문이 돌고 있다"], None, ["place:ryanggang", "place:pochon"], [], [],
           "outlet", "rumored")])
report("ko-test-012", "2024-04-22", "연합뉴스",
       "통일부는 북한이 이달 중순 제2경제위원회 산하 군수공장들에 포탄 증산을 지시한 것으로 파악하고 있다고 밝혔다.",
       [O("통일부", "org:rok-mou"), KP, O("제2경제위원회", "org:sec")], [("이달 중순", "DATE", "2024-04")],
       [ev("PRODUCTION_ORDER", ["북한이 이달 중순 제2경제위원회 산하 군수공장들에 포탄 증산을 지시한 것으로 파악하고 있다"], "2024-04", [],
           ["country:KP"], [], "government_official", "estimated")])
report("ko-test-013", "2025-02-18", "데일리NK",
       "황해북도 송림시의 황해제철연합기업소가 전력난으로 보름 넘게 멈춰 섰다고 현지 소식통이 17일 전했다.",
       [P("황해북도", "place:nhwanghae"), P("송림시", "place:songrim"), F("황해제철연합기업소", "fac:hwanghae-steel")],
       [("보름", "DURATION", "P15D"), ("17일", "DATE", "2025-02-17")],
       [ev("FACILITY_STATUS", ["황해제철연합기업소가 전력난으로 보름 넘게 멈춰 섰다고 현지 소식통이 17일 전했다"], None,
           ["place:nhwanghae", "place:songrim"], [], ["fac:hwanghae-steel"], "anonymous_insider")])
report("ko-test-014", "2024-03-15", "연합뉴스",
       "김정은 국무위원장이 지난 13일 딸 주애와 함께 조선인민군 항공부대의 사격훈련을 참관했다고 노동신문이 보도했다.",
       [KJU, O("조선인민군", "org:kpa"), O("노동신문", "org:rodong")], [("지난 13일", "DATE", "2024-03-13")],
       [ev("WEAPONS_TEST", ["김정은 국무위원장이 지난 13일 딸 주애와 함께 조선인민군 항공부대의 사격훈련을 참관했다고 노동신문이 보도했다"],
           "2024-03-13", [], ["person:kim-jong-un", "org:kpa"], [], "state_media")])
report("ko-test-015", "2024-06-27", "데일리NK",
       "자강도 만포시의 한 병기공장 기사장이 생산 계획 미달을 이유로 철직됐다고 소식통이 26일 알려왔다. "
       "소식통은 \"후임 기사장은 도당에서 내려보낸 인물\"이라고 말했다.",
       [P("자강도", "place:chagang"), P("만포시", "place:manpo")], [("26일", "DATE", "2024-06-26")],
       [ev("PERSONNEL", ["자강도 만포시의 한 병기공장 기사장이 생산 계획 미달을 이유로 철직됐다고 소식통이 26일 알려왔다",
                         "후임 기사장은 도당에서 내려보낸 인물"], None, ["place:chagang", "place:manpo"], [], [], "anonymous_insider")])

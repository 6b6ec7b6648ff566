"""Korean reports written for Threadline's evaluation (invented; in the manner of Korean-language
insider outlets, news agencies and relayed state media). Each entry: id, published date, outlet,
text, and hand annotation by surface string; build_gold.py computes every offset.

Unscored: surfaces of datelines, bylines and footers (left out of scoring).
Mention: (surface, kind, entity id) -- every occurrence of the surface is marked.
Timex: (surface, type, value). Event: dict(type, evidence=[sentence substrings], when, where,
actors, facilities, attribution, modality).
"""
R = []


def report(id, published, outlet, text, mentions, timexes, events, lang="ko", counterpart=None, unscored=()):
    R.append(dict(id=id, published=published, outlet=outlet, text=text, mentions=mentions, timexes=timexes,
                  events=events, lang=lang, counterpart=counterpart, unscored=list(unscored)))


def ev(type, evidence, when=None, where=(), actors=(), facilities=(), attribution="outlet", modality="asserted"):
    return dict(type=type, evidence=list(evidence), when=when, where=list(where), actors=list(actors),
                facilities=list(facilities), attribution=attribution, modality=modality)


KP, RU = ("북한", "place", "country:KP"), ("러시아", "place", "country:RU")
KJU = ("김정은", "person", "person:kim-jong-un")

report("ko-test-001", "2024-03-07", "데일리NK",
       "양강도 혜산시의 혜산청년광산이 지난달 말부터 24시간 가동에 들어간 것으로 알려졌다.\n"
       "양강도 소식통은 \"광산 지배인이 이달 초 증산 지시를 받았다\"고 전했다.",
       [("양강도", "place", "place:ryanggang"), ("혜산시", "place", "place:hyesan"),
        ("혜산청년광산", "facility", "fac:hyesan-copper")],
       [("지난달 말", "DATE", "2024-02"), ("이달 초", "DATE", "2024-03")],
       [ev("PRODUCTION_ACTIVITY", ["혜산청년광산이 지난달 말부터 24시간 가동에 들어간 것으로 알려졌다"], "2024-02",
           ["place:ryanggang", "place:hyesan"], [], ["fac:hyesan-copper"], "outlet", "estimated"),
        ev("PRODUCTION_ORDER", ["광산 지배인이 이달 초 증산 지시를 받았다"], "2024-03", [], [], [], "anonymous_insider")],
       counterpart="en-test-001")
report("en-test-001", "2024-03-07", "Daily NK",
       "The Hyesan Youth Copper Mine in Hyesan, Ryanggang Province, began running around the clock in late February, according to reports.\n"
       "\"The mine manager received an order to raise output at the beginning of this month,\" a source in Ryanggang Province told Daily NK.",
       [("Hyesan Youth Copper Mine", "facility", "fac:hyesan-copper"), ("Hyesan", "place", "place:hyesan"),
        ("Ryanggang Province", "place", "place:ryanggang")],
       [("late February", "DATE", "2024-02"), ("the beginning of this month", "DATE", "2024-03")],
       [ev("PRODUCTION_ACTIVITY", ["began running around the clock in late February"], "2024-02",
           ["place:hyesan", "place:ryanggang"], [], ["fac:hyesan-copper"], "outlet", "estimated"),
        ev("PRODUCTION_ORDER", ["The mine manager received an order to raise output"], "2024-03", [], [], [], "anonymous_insider")],
       lang="en")

report("ko-test-002", "2024-04-15", "연합뉴스",
       "김정은 총비서가 강계트랙터종합공장을 현지지도했다고 조선중앙통신이 15일 보도했다.\n"
       "통신은 김 총비서가 올해 상반기 생산 계획을 앞당겨 수행할 것을 지시했다고 전했다.",
       [KJU, ("강계트랙터종합공장", "facility", "fac:kanggye-tractor"), ("조선중앙통신", "organization", "org:kcna")],
       [("15일", "DATE", "2024-04-15"), ("올해 상반기", "DATE", "2024-H1")],
       [ev("INSPECTION", ["김정은 총비서가 강계트랙터종합공장을 현지지도했다고 조선중앙통신이 15일 보도했다"], None, [],
           ["person:kim-jong-un"], ["fac:kanggye-tractor"], "state_media"),
        ev("PRODUCTION_ORDER", ["통신은 김 총비서가 올해 상반기 생산 계획을 앞당겨 수행할 것을 지시했다고 전했다"], "2024-H1",
           [], ["person:kim-jong-un"], [], "state_media")],
       counterpart="en-test-002")
report("en-test-002", "2024-04-15", "Yonhap",
       "North Korean leader Kim Jong Un inspected the Kanggye General Tractor Plant, the Korean Central News Agency reported Monday.\n"
       "Kim ordered the plant to fulfil its production plan for the first half of this year ahead of schedule, KCNA said.",
       [("Kim Jong Un", "person", "person:kim-jong-un"), ("Kim", "person", "person:kim-jong-un"),
        ("Kanggye General Tractor Plant", "facility", "fac:kanggye-tractor"),
        ("Korean Central News Agency", "organization", "org:kcna"), ("KCNA", "organization", "org:kcna")],
       [("Monday", "DATE", "2024-04-15"), ("the first half of this year", "DATE", "2024-H1")],
       [ev("INSPECTION", ["Kim Jong Un inspected the Kanggye General Tractor Plant"], None, [], ["person:kim-jong-un"],
           ["fac:kanggye-tractor"], "state_media"),
        ev("PRODUCTION_ORDER", ["Kim ordered the plant to fulfil its production plan"], "2024-H1", [], ["person:kim-jong-un"], [],
           "state_media")],
       lang="en")

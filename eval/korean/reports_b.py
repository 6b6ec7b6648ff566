"""More Korean reports (see reports_a.py for the format)."""
from eval.korean.reports_a import KJU, KP, RU, ev, report

P = lambda s, i: (s, "place", i)  # noqa: E731
F = lambda s, i: (s, "facility", i)  # noqa: E731
O = lambda s, i: (s, "organization", i)  # noqa: E731
NIS = O("국가정보원", "org:rok-nis")

report("ko-test-003", "2024-09-12", "연합뉴스",
       "국가정보원은 북한이 지난해 8월부터 러시아에 컨테이너 1만3천여 개 분량의 포탄을 보낸 것으로 추정된다고 밝혔다.",
       [NIS, KP, RU], [("지난해 8월", "DATE", "2023-08")],
       [ev("TRANSFER", ["북한이 지난해 8월부터 러시아에 컨테이너 1만3천여 개 분량의 포탄을 보낸 것으로 추정된다"], "2023-08",
           [], ["country:KP", "country:RU"], [], "intelligence_agency", "estimated")], counterpart="en-test-003")
report("en-test-003", "2024-09-12", "Yonhap",
       "North Korea is estimated to have sent Russia artillery shells filling some 13,000 containers since August last year, the National Intelligence Service said.",
       [("North Korea", "place", "country:KP"), ("Russia", "place", "country:RU"),
        ("National Intelligence Service", "organization", "org:rok-nis")], [("August last year", "DATE", "2023-08")],
       [ev("TRANSFER", ["North Korea is estimated to have sent Russia artillery shells filling some 13,000 containers since August last year"],
           "2023-08", [], ["country:KP", "country:RU"], [], "intelligence_agency", "estimated")], lang="en")

report("ko-test-004", "2024-05-20", "데일리NK",
       "자강도 강계시의 군수공장들에 이달 초부터 외부인 출입이 전면 통제되고 있다고 현지 소식통이 전했다.\n"
       "소식통은 \"보위성 요원들이 공장 정문에서 출입증을 일일이 검사하고 있다\"고 말했다.",
       [P("자강도", "place:chagang"), P("강계시", "place:kanggye"), O("보위성", "org:mss")],
       [("이달 초", "DATE", "2024-05")],
       [ev("SECURITY_MEASURE", ["강계시의 군수공장들에 이달 초부터 외부인 출입이 전면 통제되고 있다고 현지 소식통이 전했다",
                                "보위성 요원들이 공장 정문에서 출입증을 일일이 검사하고 있다"], "2024-05",
           ["place:chagang", "place:kanggye"], ["org:mss"], [], "anonymous_insider")], counterpart="en-test-004")
report("en-test-004", "2024-05-20", "Daily NK",
       "Access to the munitions factories of Kanggye City, Chagang Province, has been closed to outsiders since the beginning of this month, a local source said.\n"
       "\"Ministry of State Security agents are checking every pass at the factory gates,\" the source said.",
       [P("Kanggye City", "place:kanggye"), P("Chagang Province", "place:chagang"), O("Ministry of State Security", "org:mss")],
       [("the beginning of this month", "DATE", "2024-05")],
       [ev("SECURITY_MEASURE", ["Access to the munitions factories of Kanggye City, Chagang Province, has been closed to outsiders since the beginning of this month",
                                "Ministry of State Security agents are checking every pass at the factory gates"], "2024-05",
           ["place:kanggye", "place:chagang"], ["org:mss"], [], "anonymous_insider")], lang="en")

report("ko-test-005", "2024-06-03", "연합뉴스",
       "북한이 어제 평안북도 동창리 서해위성발사장에서 정찰위성을 발사했다고 합참이 밝혔다.",
       [KP, P("평안북도", "place:npyongan"), P("동창리", "place:tongchang-ri"), F("서해위성발사장", "fac:sohae"),
        O("합참", "org:rok-jcs")], [("어제", "DATE", "2024-06-02")],
       [ev("WEAPONS_TEST", ["북한이 어제 평안북도 동창리 서해위성발사장에서 정찰위성을 발사했다고 합참이 밝혔다"], "2024-06-02",
           ["place:npyongan", "place:tongchang-ri"], ["country:KP"], ["fac:sohae"], "government_official")],
       counterpart="en-test-005")
report("en-test-005", "2024-06-03", "Yonhap",
       "North Korea launched a reconnaissance satellite from the Sohae Satellite Launching Station in Tongchang-ri, North Pyongan Province, yesterday, the Joint Chiefs of Staff said.",
       [("North Korea", "place", "country:KP"), F("Sohae Satellite Launching Station", "fac:sohae"), P("Tongchang-ri", "place:tongchang-ri"),
        P("North Pyongan Province", "place:npyongan"), O("Joint Chiefs of Staff", "org:rok-jcs")], [("yesterday", "DATE", "2024-06-02")],
       [ev("WEAPONS_TEST", ["North Korea launched a reconnaissance satellite from the Sohae Satellite Launching Station in Tongchang-ri, North Pyongan Province, yesterday"],
           "2024-06-02", ["place:tongchang-ri", "place:npyongan"], ["country:KP"], ["fac:sohae"], "government_official")], lang="en")

report("ko-test-006", "2024-07-25", "데일리NK",
       "함경북도 청진시의 청진제강소 노동자들이 강재를 몰래 빼돌려 팔다가 적발돼 노동교화형을 받은 것으로 전해졌다.",
       [P("함경북도", "place:nhamgyong"), P("청진시", "place:chongjin"), F("청진제강소", "fac:chongjin-steel")], [],
       [ev("THEFT", ["청진제강소 노동자들이 강재를 몰래 빼돌려 팔다가 적발돼 노동교화형을 받은 것으로 전해졌다"], None,
           ["place:nhamgyong", "place:chongjin"], [], ["fac:chongjin-steel"], "outlet", "estimated"),
        ev("PERSONNEL", ["청진제강소 노동자들이 강재를 몰래 빼돌려 팔다가 적발돼 노동교화형을 받은 것으로 전해졌다"], None,
           ["place:nhamgyong", "place:chongjin"], [], ["fac:chongjin-steel"], "outlet", "estimated")],
       counterpart="en-test-006")
report("en-test-006", "2024-07-25", "Daily NK",
       "Workers at the Chongjin Steel Works in Chongjin, North Hamgyong Province, were reportedly caught pilfering steel and sentenced to labor camps.",
       [F("Chongjin Steel Works", "fac:chongjin-steel"), P("Chongjin", "place:chongjin"), P("North Hamgyong Province", "place:nhamgyong")], [],
       [ev("THEFT", ["Workers at the Chongjin Steel Works in Chongjin, North Hamgyong Province, were reportedly caught pilfering steel"], None,
           ["place:chongjin", "place:nhamgyong"], [], ["fac:chongjin-steel"], "outlet", "estimated"),
        ev("PERSONNEL", ["sentenced to labor camps"], None, ["place:chongjin", "place:nhamgyong"], [], ["fac:chongjin-steel"], "outlet",
           "estimated")], lang="en")

report("ko-test-007", "2024-10-02", "연합뉴스",
       "조선중앙통신은 당 중앙군사위원회 확대회의가 지난 30일 평양에서 열렸다고 2일 보도했다.",
       [O("조선중앙통신", "org:kcna"), O("당 중앙군사위원회", "org:wpk-cmc"), P("평양", "place:pyongyang")],
       [("지난 30일", "DATE", "2024-09-30"), ("2일", "DATE", "2024-10-02")],
       [ev("MEETING", ["당 중앙군사위원회 확대회의가 지난 30일 평양에서 열렸다"], "2024-09-30", ["place:pyongyang"],
           ["org:wpk-cmc"], [], "state_media")], counterpart="en-test-007")
report("en-test-007", "2024-10-02", "Yonhap",
       "An enlarged meeting of the Central Military Commission of the Workers' Party of Korea was held in Pyongyang on Monday, the Korean Central News Agency reported.",
       [O("Central Military Commission of the Workers' Party of Korea", "org:wpk-cmc"), P("Pyongyang", "place:pyongyang"),
        O("Korean Central News Agency", "org:kcna")], [("Monday", "DATE", "2024-09-30")],
       [ev("MEETING", ["An enlarged meeting of the Central Military Commission of the Workers' Party of Korea was held in Pyongyang on Monday"],
           "2024-09-30", ["place:pyongyang"], ["org:wpk-cmc"], [], "state_media")], lang="en")

"""English dev reports: counterparts of Korean dev reports, and one other outlet's report of a
happening a Korean dev report states (corroboration, not an edition)."""
from eval.korean.reports_a import R, ev, report

P = lambda s, i: (s, "place", i)  # noqa: E731
F = lambda s, i: (s, "facility", i)  # noqa: E731
O = lambda s, i: (s, "organization", i)  # noqa: E731
KJU_EN = ("Kim Jong Un", "person", "person:kim-jong-un")

report("en-dev-001", "2024-03-20", "Daily NK",
       "Munitions Factory No. 71 in Taechon County, North Pyongan Province, has been producing shells on three shifts since last month, a source told Daily NK on Tuesday.",
       [F("Munitions Factory No. 71", "fac:mf71"), P("Taechon County", "place:taechon"), P("North Pyongan Province", "place:npyongan")],
       [("last month", "DATE", "2024-02"), ("Tuesday", "DATE", "2024-03-19")],
       [ev("PRODUCTION_ACTIVITY", ["Munitions Factory No. 71 in Taechon County, North Pyongan Province, has been producing shells on three shifts since last month"],
           "2024-02", ["place:taechon", "place:npyongan"], [], ["fac:mf71"], "anonymous_insider")], lang="en")
report("en-dev-004", "2025-01-22", "Yonhap",
       "Kim Jong Un inspected the Ryongsong Machine Complex on Monday, the Korean Central News Agency reported Wednesday.\n"
       "Kim ordered the complex to finish its modernization within this year.",
       [KJU_EN, ("Kim", "person", "person:kim-jong-un"), F("Ryongsong Machine Complex", "fac:ryongsong-machine"),
        O("Korean Central News Agency", "org:kcna")],
       [("Monday", "DATE", "2025-01-20"), ("Wednesday", "DATE", "2025-01-22"), ("this year", "DATE", "2025")],
       [ev("INSPECTION", ["Kim Jong Un inspected the Ryongsong Machine Complex on Monday"], "2025-01-20", [],
           ["person:kim-jong-un"], ["fac:ryongsong-machine"], "state_media"),
        ev("OTHER_DIRECTIVE", ["Kim ordered the complex to finish its modernization within this year"], "2025", [],
           ["person:kim-jong-un"], ["fac:ryongsong-machine"], "state_media")], lang="en")
report("en-dev-006", "2024-09-10", "Yonhap",
       "The National Intelligence Service believes North Korea has supplied Russia with millions of artillery shells along with troops since last year.",
       [O("National Intelligence Service", "org:rok-nis"), P("North Korea", "country:KP"), P("Russia", "country:RU")],
       [("last year", "DATE", "2023")],
       [ev("TRANSFER", ["The National Intelligence Service believes North Korea has supplied Russia with millions of artillery shells along with troops since last year"],
           "2023", [], ["country:KP", "country:RU"], [], "intelligence_agency", "estimated")], lang="en")
report("en-dev-009", "2024-10-28", "Daily NK",
       "The Musan Mining Complex in Musan County, North Hamgyong Province, was ordered in mid-October to double its iron ore output, a source said.",
       [F("Musan Mining Complex", "fac:musan-mining"), P("Musan County", "place:musan"), P("North Hamgyong Province", "place:nhamgyong")],
       [("mid-October", "DATE", "2024-10")],
       [ev("PRODUCTION_ORDER", ["The Musan Mining Complex in Musan County, North Hamgyong Province, was ordered in mid-October to double its iron ore output"],
           "2024-10", ["place:musan", "place:nhamgyong"], [], ["fac:musan-mining"], "anonymous_insider")], lang="en")
report("en-dev-014", "2024-08-26", "Yonhap",
       "Kim Jong Un watched a test-fire of a new multiple rocket launcher by the Academy of Defence Science on Saturday, the Korean Central News Agency reported.",
       [KJU_EN, O("Academy of Defence Science", "org:ads"), O("Korean Central News Agency", "org:kcna")],
       [("Saturday", "DATE", "2024-08-24")],
       [ev("WEAPONS_TEST", ["Kim Jong Un watched a test-fire of a new multiple rocket launcher by the Academy of Defence Science on Saturday"],
           "2024-08-24", [], ["person:kim-jong-un", "org:ads"], [], "state_media")], lang="en")
report("en-dev-021", "2024-09-11", "NK News",
       "South Korea's spy agency told lawmakers that North Korea has shipped millions of shells to Russia since last year, NK News has learned.",
       [P("South Korea", "country:KR"), P("North Korea", "country:KP"), P("Russia", "country:RU")],
       [("last year", "DATE", "2023")],
       [ev("TRANSFER", ["North Korea has shipped millions of shells to Russia since last year"], "2023", [],
           ["country:KP", "country:RU"], [], "intelligence_agency")], lang="en")
# The counterparts, named on the Korean side as well.
for r in R:
    if r["id"] in ("ko-dev-001", "ko-dev-004", "ko-dev-006", "ko-dev-009", "ko-dev-014"):
        r["counterpart"] = "en-" + r["id"][3:]

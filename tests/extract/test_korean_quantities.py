"""Korean figures as quantities: myriad scales, counters, hedges, rates, ratios (our own sentences)."""
import pytest

from threadline.extract.korean_quantities import find_korean_quantities, korean_value


@pytest.mark.parametrize("numeral, value", [
    ("100만", 1e6), ("1만3천", 13000), ("1만 3천", 13000), ("3천500", 3500), ("2억5천만", 2.5e8),
    ("1천200만", 1.2e7), ("13,000", 13000), ("2.5만", 25000), ("5백", 500),
])
def test_korean_numerals(numeral, value):
    assert korean_value(numeral) == value


def _one(sentence, taken=()):
    (q,) = find_korean_quantities(sentence, list(taken))
    return q


def test_a_count_with_its_counter_and_the_thing_before_it():
    q = _one("포탄 100만 발을 러시아에 넘긴 것으로 알려졌다.")
    assert (q.text, q.value, q.approximate, q.item, q.unit, q.per) == ("100만 발", 1e6, False, "포탄", None, None)
    assert _one("노동자 1만3천 명이 건설에 동원됐다.").item == "노동자"


@pytest.mark.parametrize("sentence, text, value", [
    ("공장에 약 3천 명이 일하고 있다.", "약 3천 명", 3000),
    ("3천여 명이 광장에 모였다.", "3천여 명", 3000),
    ("200명 이상이 체포됐다고 한다.", "200명 이상", 200),
    ("수백 명이 단속에 걸렸다.", "수백 명", 100),
    ("수천 톤의 석탄이 실려 나갔다.", "수천 톤", 1000),
])
def test_hedged_figures_are_approximate(sentence, text, value):
    q = _one(sentence)
    assert (q.text, q.value, q.approximate) == (text, value, True)


def test_the_thing_counted_after_the_figure_and_the_counter_when_nothing_names_it():
    assert _one("약 3천 명의 노동자가 동원됐다.").item == "노동자"
    assert _one("공장에 약 3천 명이 일하고 있다.").item == "명"       # a place is not what is counted
    assert _one("이 공장은 하루 200발을 만든다.").item == "발"         # nor is the maker


@pytest.mark.parametrize("sentence, text, per, item", [
    ("포탄을 하루 200발씩 생산하고 있다.", "하루 200발", "day", "포탄"),
    ("한 달에 포탄 5천 발을 만든다.", "한 달에 포탄 5천 발", "month", "포탄"),
    ("연간 100만 톤의 석탄을 캐낸다.", "연간 100만 톤", "year", "석탄"),
])
def test_rates(sentence, text, per, item):
    q = _one(sentence)
    assert (q.text, q.per, q.item) == (text, per, item)


def test_units_ratios_and_native_numbers():
    q = _one("석탄 50만 톤을 중국에 수출했다.")
    assert (q.value, q.unit, q.item) == (5e5, "ton", "석탄")
    q = _one("생산량을 두 배로 늘리라는 지시가 내려왔다.")
    assert (q.text, q.value, q.ratio, q.item) == ("두 배", 2, True, None)
    q = _one("단거리 탄도미사일 세 기를 발사했다.")
    assert (q.value, q.item) == (3, "탄도미사일")
    assert _one("올해 1.5%를 늘렸다.").unit == "percent"


def test_names_dates_codes_and_lone_numbers_are_no_quantities():
    sentence = "제71호 공장이 2024년 3월 20일부터 3개월 동안 3교대로 일했다고 한 소식통이 전했다."
    assert find_korean_quantities(sentence) == []
    # The caller's taken spans: a number inside a name.
    sentence = "혜산 100만 광장에서 모였다."
    assert find_korean_quantities(sentence, [(0, len("혜산 100만 광장"))]) == []

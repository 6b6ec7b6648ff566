"""Korean TIMEX3: the issue's expressions, against a publication date."""
import pytest

from threadline.temporal.korean import find_korean_timexes

DCT = "2024-03-07"


@pytest.mark.parametrize("text, span, type_, value", [
    ("2024년 3월 2일에 공장을 찾았다", "2024년 3월 2일", "DATE", "2024-03-02"),
    ("지난달 말께 가동을 멈췄다", "지난달 말", "DATE", "2024-02"),
    ("이달 초부터 경비가 강화됐다", "이달 초", "DATE", "2024-03"),
    ("올해 상반기까지 늘리라는 지시", "올해 상반기", "DATE", "2024-H1"),
    ("작년 9월 현지지도", "작년 9월", "DATE", "2023-09"),
    ("지난 5일 회의가 열렸다", "지난 5일", "DATE", "2024-03-05"),
    ("지난 20일 검열이 시작됐다", "지난 20일", "DATE", "2024-02-20"),
    ("주체113년 3월", "주체113년 3월", "DATE", "2024-03"),
    ("주체113년에", "주체113년", "DATE", "2024"),
    ("보름 동안 검열했다", "보름", "DURATION", "P15D"),
    ("한달 남짓 걸렸다", "한달 남짓", "DURATION", "P1M"),
    ("3개월째 멈춰 있다", "3개월째", "DURATION", "P3M"),
    ("지난해 말 준공됐다", "지난해 말", "DATE", "2023"),
    ("어제 발사했다", "어제", "DATE", "2024-03-06"),
    ("올해 1분기 생산", "올해 1분기", "DATE", "2024-Q1"),
    ("오는 25일 열린다", "오는 25일", "DATE", "2024-03-25"),
    ("래년 1월 1일부터 새 지표로", "래년 1월 1일", "DATE", "2025-01-01"),
    ("래년도 탄약생산", "래년", "DATE", "2025"),
])
def test_korean_expressions_normalise_against_the_dct(text, span, type_, value):
    found = find_korean_timexes(text, DCT)
    assert [(t.text, t.type, t.value) for t in found] == [(span, type_, value)]
    assert text[found[0].start:found[0].end] == span


def test_unknown_dct_keeps_the_year_unknown():
    assert [t.value for t in find_korean_timexes("지난달 말과 작년 9월", None)] == ["XXXX-XX", "XXXX-09"]


def test_numbers_inside_other_words_are_no_dates():
    assert find_korean_timexes("120일 전투에 나섰다", DCT) == []


def test_inferred_dct_is_carried():
    assert find_korean_timexes("이날", DCT, dct_inferred=True)[0].dct_inferred is True


def test_ol_is_this_year_only_as_a_word_of_its_own():
    # "올 들어" is this year; the 올 of 쏘아 올렸다 and 올랐다 is a verb.
    assert [(t.text, t.value) for t in find_korean_timexes("올 들어 생산이 늘었다", DCT)] == [("올", "2024")]
    assert find_korean_timexes("미사일을 쏘아 올렸고 값이 올랐다", DCT) == []

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


# -- issue #12: time forms blind text showed missing ---------------------------------------------

@pytest.mark.parametrize("text, dct, span, type_, value", [
    ("상반기 안으로 끝내라", "2025-03-18", "상반기", "DATE", "2025-H1"),
    ("1분기 생산계획을 넘쳐 수행", "2025-05-09", "1분기", "DATE", "2025-Q1"),
    ("올해 1.4분기 계획", "2025-05-09", "올해 1.4분기", "DATE", "2025-Q1"),
    ("작년 3·4분기 실적", "2025-05-09", "작년 3·4분기", "DATE", "2024-Q3"),
    ("연내에 마무리한다", "2025-05-09", "연내", "DATE", "2025"),
    ("새해 첫 분기 안에 끝내라", "2025-12-29", "새해 첫 분기", "DATE", "2026-Q1"),
    ("새해 과업을 토의", "2026-01-05", "새해", "DATE", "2026"),
    ("설 명절 전까지 바치라", "2024-01-20", "설 명절", "DATE", "2024-02-10"),
    ("설 명절 직전에", "2025-02-06", "설 명절", "DATE", "2025-01-29"),
    ("추석 연휴에도 일했다", "2024-09-30", "추석 연휴", "DATE", "2024-09-17"),
    ("2교대로 12시간씩 일한다", "2025-03-21", "12시간", "DURATION", "PT12H"),
    ("지난번 발사 이후 17일 만이다", "2025-08-14", "17일", "DURATION", "P17D"),
    ("방러는 2년 만이다", "2025-09-10", "2년", "DURATION", "P2Y"),
    ("반년 만에 지어졌다", "2025-06-01", "반년", "DURATION", "P6M"),
    ("6년 8개월 만이다", "2025-09-04", "6년 8개월", "DURATION", "P6Y8M"),
    ("20일 오전 발사했다", "2025-02-21", "20일 오전", "TIME", "2025-02-20TMO"),
    ("2년 전의 두 배", "2026-01-14", "2년 전", "DATE", "2024"),
    ("주체114(2025)년 11월 회의", "2026-01-05", "주체114(2025)년 11월", "DATE", "2025-11"),
    ("열흘에 한 번씩 검열한다", "2025-05-01", "열흘에 한 번씩", "SET", "P10D"),
    ("하루 평균 8천 발", "2025-05-01", "하루", "SET", "P1D"),
    ("몇 달 동안 멈췄다", "2025-05-01", "몇 달", "DURATION", "PXM"),
])
def test_more_korean_time_forms(text, dct, span, type_, value):
    found = find_korean_timexes(text, dct)
    assert [(t.text, t.type, t.value) for t in found] == [(span, type_, value)]


def test_days_and_times_counted_from_the_story_day_not_the_report():
    text = "북한은 9일 미사일을 쐈다. 미사일은 오전 7시 20분께 발사됐다. 두 정상은 오는 11일 만난다. 군은 전날 징후를 포착했다."
    found = {t.text: t.value for t in find_korean_timexes(text, "2025-09-10")}
    # 전날 is the day before the 9th (the 11th is still to come), the time is on the 9th.
    assert found["전날"] == "2025-09-08" and found["오전 7시 20분"] == "2025-09-09T07:20"
    text = "소식통은 \"그저께 배가 들어왔다\"고 말했다. 배는 이튿날 떠났다."
    assert [t.value for t in find_korean_timexes(text, "2025-10-16")] == ["2025-10-14", "2025-10-15"]


def test_a_span_ago_counts_from_the_date_of_its_sentence():
    text = "지난해 12월 촬영된 사진에서 트럭이 석 달 전보다 두 배로 늘었다."
    assert [(t.text, t.value) for t in find_korean_timexes(text, "2026-01-20")] == [
        ("지난해 12월", "2025-12"), ("석 달 전", "2025-09")]


def test_words_that_look_like_time_but_are_not():
    # 전달되였다 passes an order on; "5일 전했다" tells on the 5th; 하달 hands an order down.
    assert find_korean_timexes("지시가 전달되였다", DCT) == []
    assert [t.value for t in find_korean_timexes("소식통이 5일 전했다", DCT)] == ["2024-03-05"]
    assert find_korean_timexes("추가 생산 과제 하달", DCT) == []

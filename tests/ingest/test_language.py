"""detect_language: the script, then the function words, and English when in doubt."""
import pytest

from threadline.ingest.language import detect_language

SPANISH = ("El Dirigente visito el Complejo Siderurgico de Songjin y elogio a los obreros por el aumento "
           "de la produccion de acero con combustible nacional, segun informo la agencia.")


@pytest.mark.parametrize("text,lang", [
    ("The Songjin Steel Complex raised steel output with domestic fuel this month, officials said.", "en"),
    (SPANISH, "es"),
    ("Le dirigeant a visite le complexe sidérurgique et a félicité les ouvriers pour la hausse de la "
     "production dans les ateliers qui ont été rénovés cette année.", "fr"),
    ("Der Betrieb hat die Produktion von Stahl mit eigenem Brennstoff erhöht, und die Arbeiter sind mit dem "
     "Ergebnis auf der Baustelle nicht unzufrieden, sagte ein Sprecher.", "de"),
    ("Руководитель посетил металлургический комбинат и высоко оценил работу рабочих.", "ru"),
    ("김정은 동지께서 성진제강련합기업소를 현지지도하시였다.", "ko"),
    ("金正恩氏は製鋼所を視察した。", "ja"),
    ("金正恩视察了城津钢铁联合企业。", "zh"),
])
def test_languages(text, lang):
    assert detect_language(text) == lang


def test_english_quoting_spanish_names_stays_english():
    text = ("The ruling party, known in Havana as the Partido del Trabajo de Corea, sent a delegation to the "
            "congress of the Partido Comunista de Cuba, the agency said on Monday.")
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", ["", "Kusong, Kanggye", "El Dirigente visito Kusong.", "12 34 56"])
def test_too_little_to_tell_is_english(text):
    assert detect_language(text) == "en"

"""Who a sentence cites: the speaker its reporting verb names, the origin of a relayed claim."""
import pytest

from threadline.extract.attribution import find_speaker
from threadline.extract.lexicon import load_lexicon


@pytest.mark.parametrize("sentence, attribution", [
    ("Crates of rifle rounds went missing from a depot near Musan, a resident of the town told RFA.",
     "anonymous_insider"),
    ("The plant doubled its shifts, a lawmaker said on Wednesday, citing a military intelligence briefing.",
     "intelligence_agency"),
    ("Defense Minister Han Jae-woo confirmed in a radio interview that two launchers had been shipped.",
     "government_official"),
    ("Kyodo said last week that the yard had launched a second hull.", "other"),
    ("The line will serve the domestic army first, the analyst says.", "other"),
    ("The weekly quoted the NIS as saying that a dozen managers were dismissed.", "intelligence_agency"),
    ("Russia's state-run news agency reported that the accord was signed on Tuesday.", "state_media"),
    ("Marshal Kim inspected the new line, KCNA said.", "state_media"),
])
def test_the_speaker_decides_the_attribution(sentence, attribution):
    found = find_speaker(sentence, load_lexicon())
    assert found is not None and found[0] == attribution
    assert found[1] in sentence


def test_a_content_verb_is_no_speaker():
    assert find_speaker("Party cadres who ordinarily showed no interest now visit the mill daily.",
                        load_lexicon()) is None


def test_a_speaker_placed_once_is_known_by_name():
    lex = load_lexicon()
    first = find_speaker("Vice Minister Oh Sang-min said the output had doubled.", lex)
    assert first[0] == "government_official"
    assert find_speaker("Oh told the news agency that most shells went abroad.", lex,
                        {"Oh": first[0]})[0] == "government_official"

"""TimeML export and import round-trip exactly and agree with the shared converter."""
from __future__ import annotations

import importlib.util

import pytest

from threadline.errors import InputError
from threadline.model import Timex
from threadline.temporal import find_timexes, from_timeml, to_timeml

from timex_shared import EVAL, load_jsonl


TEXT = 'On Tuesday, AT&T said <profits> rose "sharply" since last June & will rise next year.'


def test_round_trip_with_escaping():
    tx = find_timexes(TEXT, "2024-03-07", dct_inferred=True)
    xml = to_timeml("doc-1", TEXT, "2024-03-07", tx)
    assert "AT&amp;T" in xml and "&lt;profits&gt;" in xml
    assert 'functionInDocument="CREATION_TIME"' in xml
    text, dct, back = from_timeml(xml)
    assert (text, dct, back) == (TEXT, "2024-03-07", tx)


def test_unknown_dct_round_trips_as_none():
    tx = [Timex(3, 9, "Oct. 1", "DATE", "XXXX-10-01")]
    assert from_timeml(to_timeml("d", "On Oct. 1 it shut.", None, tx)) == ("On Oct. 1 it shut.", None, tx)


def test_reads_timebank_style_markup():
    xml = ('<TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
           'functionInDocument="CREATION_TIME">01/08/98</TIMEX3></DCT><TEXT>Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> '
           '<SIGNAL sid="s1">in</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="1997-10">October</TIMEX3>.</TEXT></TimeML>')
    text, dct, tx = from_timeml(xml)
    assert text == "Stocks fell in October." and dct == "1998-01-08"
    assert [(t.text, t.value, text[t.start:t.end]) for t in tx] == [("October", "1997-10", "October")]


def test_no_text_element_is_an_input_error():
    with pytest.raises(InputError):
        from_timeml("<TimeML></TimeML>")


def test_shared_converter_reads_our_output(tmp_path):
    conv = EVAL / "timeml_to_jsonl.py"
    if not conv.exists():
        pytest.skip("shared converter not available")
    spec = importlib.util.spec_from_file_location("tl_timeml_to_jsonl", conv)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    text = "Guards were doubled on Mar. 2 and again last week."
    tx = find_timexes(text, "2024-03-07")
    path = tmp_path / "d.tml"
    path.write_text(to_timeml("d", text, "2024-03-07", tx), encoding="utf-8")
    inp, gold = mod.convert(path)
    assert inp["text"] == text and inp["published"] == "2024-03-07"
    assert [(g["start"], g["end"], g["value"]) for g in gold["timexes"]] == [(t.start, t.end, t.value) for t in tx]


def test_round_trip_on_tempeval_inputs():
    path = EVAL / "inputs" / "tempeval3-tbaq.jsonl"
    if not path.exists():
        pytest.skip("TempEval inputs not available")
    for d in load_jsonl(path)[:60]:
        tx = find_timexes(d["text"], d["published"])
        assert from_timeml(to_timeml(d["id"], d["text"], d["published"], tx)) == (d["text"], d["published"], tx)

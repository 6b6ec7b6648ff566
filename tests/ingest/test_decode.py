"""Bytes to text: the encodings reports come in, and refusing what is not a text report."""
from __future__ import annotations

import pytest

from threadline.errors import InputError
from threadline.ingest.decode import decode_bytes
from threadline.ingest.sources import iter_documents
from threadline.settings import Settings

KOREAN = "북한 군수공장에 대한 검열이 시작되었다. 소식통에 따르면 검열단은 10일간 머문다."
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def test_utf8_is_read_as_utf8():
    text, encoding = decode_bytes("Kusŏng tank plant “restarted”".encode("utf-8"), "a.txt")
    assert (text, encoding) == ("Kusŏng tank plant “restarted”", "utf-8")


def test_utf8_byte_order_mark_is_dropped():
    text, encoding = decode_bytes(b"\xef\xbb\xbf" + "Kusŏng plant".encode("utf-8"), "bom.txt")
    assert text == "Kusŏng plant"
    assert encoding == "utf-8"


def test_cp949_korean_is_decoded():
    text, encoding = decode_bytes(KOREAN.encode("cp949"), "korean.txt")
    assert text == KOREAN
    assert encoding == "cp949"


def test_euc_kr_korean_is_decoded():
    text, _ = decode_bytes(KOREAN.encode("euc-kr"), "korean.txt")
    assert text == KOREAN


def test_cp1252_western_text_is_not_mistaken_for_korean():
    original = "The café – ‘quoted’ – said the plant was “idle”."
    text, encoding = decode_bytes(original.encode("cp1252"), "western.txt")
    assert text == original
    assert encoding == "cp1252"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\n"])
def test_empty_input_is_refused(data):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "empty.txt")
    assert info.value.source == "empty.txt"
    assert "empty" in info.value.reason


@pytest.mark.parametrize("data", [PNG_HEADER, b"report\x00\x00\x00text", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20 + b"plant report"])
def test_binary_input_is_refused(data):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "image.txt")
    assert "binary" in info.value.reason


def test_bytes_no_encoding_can_read_are_refused():
    # 0x81 and 0x8d are undefined in cp1252, and the pair is not valid UTF-8 or cp949.
    with pytest.raises(InputError) as info:
        decode_bytes(b"plant \x81\x8d\x81 report", "odd.txt")
    assert "cannot decode" in info.value.reason
    assert "cp949" in info.value.reason and "cp1252" in info.value.reason


# -- the same cases through iter_documents: one failure per bad file, the rest read ------

def _read(tmp_path, settings=None):
    items = list(iter_documents([str(tmp_path)], settings or Settings(offline=True)))
    docs = {d.id: d for d in items if not isinstance(d, InputError)}
    errors = {str(e.source): e.reason for e in items if isinstance(e, InputError)}
    return docs, errors


def test_bad_files_each_give_one_error_and_good_files_are_read(tmp_path):
    (tmp_path / "good.txt").write_text("The Hyesan Steel Mill restarted a rolling line last week.\n", encoding="utf-8")
    (tmp_path / "korean.txt").write_bytes(KOREAN.encode("cp949"))
    (tmp_path / "western.txt").write_bytes("The café – ‘quoted’ – said so.".encode("cp1252"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfA report with a byte-order mark about Kanggye.")
    (tmp_path / "picture.txt").write_bytes(PNG_HEADER)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "odd.txt").write_bytes(b"plant \x81\x8d\x81 report")

    docs, errors = _read(tmp_path)

    assert set(docs) == {"good", "korean", "western", "bom"}
    assert docs["korean"].text == KOREAN
    assert docs["western"].text == "The café – ‘quoted’ – said so."
    assert docs["bom"].text.startswith("A report")
    assert set(errors) == {str(tmp_path / n) for n in ("picture.txt", "empty.txt", "odd.txt")}
    assert "binary" in errors[str(tmp_path / "picture.txt")]
    assert "empty" in errors[str(tmp_path / "empty.txt")]
    assert "cannot decode" in errors[str(tmp_path / "odd.txt")]


def test_over_size_file_is_refused_with_its_size_and_the_limit(tmp_path):
    (tmp_path / "big.txt").write_text("The plant ran around the clock. " * 20, encoding="utf-8")
    (tmp_path / "small.txt").write_text("The plant stopped.", encoding="utf-8")

    docs, errors = _read(tmp_path, Settings(offline=True, max_bytes=100))

    assert set(docs) == {"small"}
    reason = errors[str(tmp_path / "big.txt")]
    assert "over-size" in reason and "640 bytes" in reason and "100" in reason


def test_missing_path_is_one_error(tmp_path):
    items = list(iter_documents([str(tmp_path / "nowhere.txt")], Settings(offline=True)))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].source == str(tmp_path / "nowhere.txt")
    assert "no such file" in items[0].reason


def test_utf16_with_byte_order_mark_is_text():
    from threadline.ingest.decode import decode_bytes
    text, encoding = decode_bytes("Kusŏng plant restarted.".encode("utf-16"), "report.txt")
    assert text == "Kusŏng plant restarted." and encoding == "utf-16"

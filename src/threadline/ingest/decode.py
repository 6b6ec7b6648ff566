"""Bytes to text: encodings Korea-watchers' files really come in, and refusing what is not text."""
from __future__ import annotations

from threadline.errors import InputError

#: Tried in order (after a UTF-16 byte-order mark). cp949 is a superset of euc-kr,
#: which is kept for the error message's sake.
ENCODINGS = ("utf-8", "cp949", "euc-kr", "cp1252")


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text: NUL bytes or many control characters early on."""
    head = data[:4096]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode a report's bytes.

    Args:
        data: the raw bytes.
        source: file path or URL, for error messages.
    Returns:
        ``(text, encoding)``; a UTF-8 byte-order mark is dropped.
    Raises:
        InputError: empty, binary, or undecodable in every supported encoding.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 (as Windows tools save "Unicode" text) is full of NUL bytes but is text.
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"cannot decode text as UTF-16 ({exc.reason})") from exc
        if not text.strip():
            raise InputError(source, "empty file: no text to read")
        return text, "utf-16"
    if not data.strip():
        raise InputError(source, "empty file: no text to read")
    if looks_binary(data):
        raise InputError(source, "binary data, not a text report (is it a PDF, image or archive?)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # cp949 decodes many Western byte pairs as rare Hanja; accept it only
        # when what it yields is mostly Hangul, as a Korean text would be.
        if encoding in ("cp949", "euc-kr") and not _mostly_hangul(text):
            continue
        return text, encoding
    raise InputError(source, f"cannot decode text as any of {', '.join(ENCODINGS)}")


def _mostly_hangul(text: str) -> bool:
    wide = [c for c in text if ord(c) > 127]
    hangul = sum(1 for c in wide if "\uac00" <= c <= "\ud7a3" or "\u3130" <= c <= "\u318f")
    return bool(wide) and hangul / len(wide) > 0.6

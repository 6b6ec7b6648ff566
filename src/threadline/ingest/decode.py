"""Bytes to text: encodings Korea-watchers' files really come in, and refusing what is not text."""
from __future__ import annotations

from threadline.errors import InputError

#: Tried in order (after a UTF-16 byte-order mark). cp949 is a superset of euc-kr,
#: which is kept for the error message's sake.
ENCODINGS = ("utf-8", "cp949", "euc-kr", "cp1252")


def has_text(text: str) -> bool:
    """True when the text has a letter or digit: Unicode spaces, zero-width characters
    and punctuation alone are no report."""
    return any(ch.isalnum() for ch in text)


def _utf16_without_bom(data: bytes) -> str | None:
    """The byte order of UTF-16 text saved without a byte-order mark, or None.

    Text in a Latin or Korean script has a zero in one byte of most code units,
    and always the same one; binary data does not keep to one side.
    """
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        head = head[:len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.3 and zeros_even < 0.02:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.02:
        return "utf-16-be"
    return None


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
        if not has_text(text):
            raise InputError(source, "empty file: no text to read")
        return text, "utf-16"
    if not data.strip():
        raise InputError(source, "empty file: no text to read")
    utf16 = _utf16_without_bom(data) if b"\x00" in data[:4096] else None
    if utf16:
        try:
            text = data[:len(data) - len(data) % 2].decode(utf16)
        except UnicodeDecodeError:
            text = None
        if text is not None and not looks_binary(text.encode("utf-8")):
            if not has_text(text):
                raise InputError(source, "empty file: no text to read")
            return text, utf16
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
        if not has_text(text):
            raise InputError(source, "empty file: no letters or digits, only spaces, punctuation "
                                     "or invisible characters")
        return text, encoding
    raise InputError(source, f"cannot decode text as any of {', '.join(ENCODINGS)}")


def _mostly_hangul(text: str) -> bool:
    wide = [c for c in text if ord(c) > 127]
    hangul = sum(1 for c in wide if "\uac00" <= c <= "\ud7a3" or "\u3130" <= c <= "\u318f")
    return bool(wide) and hangul / len(wide) > 0.6

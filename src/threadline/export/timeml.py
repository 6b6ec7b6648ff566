"""TimeML files for one or many reports: one XML document per report, never concatenated.

A TimeML file holds one document. Several reports go to a folder (one
``ID.tml`` each) or a ``.zip``; to standard output only when there is one.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import IO, Sequence

from threadline.errors import ExportError
from threadline.model import Document, Timex
from threadline.temporal import to_timeml


def safe_file_name(doc_id: str) -> str:
    """A report id as a file name: path separators and odd characters replaced."""
    name = re.sub(r"[^\w.\-]+", "_", doc_id).strip("._") or "report"
    return name[:150]


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Text XML 1.0 can carry: each character it cannot (ESC, NUL...) becomes U+FFFD.

    One character for one, so every offset into the text stays right.
    """
    return _NOT_XML.sub("\ufffd", text)


class TimemlWriter:
    """Writes TimeML for each report added: to ``dest`` (a folder or a .zip), or to ``stream``.

    With no ``dest``, the report is held until the end and a second one is
    refused, so nothing is written to the stream: one stream holds one XML
    document.
    """

    def __init__(self, dest: Path | None, stream: IO[str]):
        self.dest, self.stream, self.count = dest, stream, 0
        self._zip = None
        self._names: set[str] = set()
        self._pending: str | None = None

    def __enter__(self) -> "TimemlWriter":
        if self.dest is not None:
            if self.dest.suffix.lower() == ".zip":
                try:
                    self._zip = zipfile.ZipFile(self.dest, "w", zipfile.ZIP_DEFLATED)
                except OSError as exc:
                    raise ExportError(f"cannot write {self.dest}: {exc.strerror}") from exc
            else:
                try:
                    self.dest.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise ExportError(f"cannot make the folder {self.dest}: {exc.strerror}") from exc
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if self._zip is not None:
            self._zip.close()
        if exc_type is None and self._pending is not None:
            self.stream.write(self._pending + "\n")

    def add(self, document: Document, timexes: Sequence[Timex]) -> None:
        xml = to_timeml(document.id, xml_safe(document.text), document.published.value, list(timexes))
        self.count += 1
        if self.dest is None:
            if self.count > 1:
                raise ExportError("several reports make several TimeML documents: give --output FOLDER "
                                  "or --output FILE.zip")
            self._pending = xml
            return
        name = safe_file_name(document.id)
        while name + ".tml" in self._names:
            name += "_"
        self._names.add(name + ".tml")
        if self._zip is not None:
            self._zip.writestr(name + ".tml", xml)
        else:
            (self.dest / (name + ".tml")).write_text(xml, encoding="utf-8")


def write_timeml(kb, dest: Path | None, stream: IO[str]) -> int:
    """Every report of a snapshot as TimeML; returns the number of files."""
    with TimemlWriter(dest, stream) as writer:
        for doc_id, doc in kb.documents.items():
            writer.add(doc, kb.timexes.get(doc_id, ()))
    return writer.count

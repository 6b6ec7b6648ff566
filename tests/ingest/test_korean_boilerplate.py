"""Korean outlets' datelines, bylines and copyright lines are boilerplate, not content."""
from threadline.ingest.document import build_document

TEXT = ("(서울=연합뉴스) 김철수 기자 = 북한이 어제 동해상으로 탄도미사일을 발사했다고 합참이 밝혔다.\n"
        "합참은 추가 발사에 대비하고 있다고 덧붙였다.\n"
        "김철수 기자 kcs@example.org\n"
        "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>\n")


def _content(doc):
    return "".join(doc.text[s.start:s.end] for s in doc.content)


def test_agency_dateline_byline_and_copyright_are_cut():
    doc = build_document(TEXT, source="ko.txt", doc_id="ko", published="2024-05-30")
    content = _content(doc)
    assert content.startswith("북한이 어제")
    assert "kcs@example.org" not in content and "저작권자" not in content and "서울=연합뉴스" not in content
    assert "합참은 추가 발사에 대비하고 있다고 덧붙였다." in content
    assert doc.language == "ko" and doc.outlet == "Yonhap"

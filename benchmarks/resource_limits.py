"""Hostile inputs, each in a fresh process: what it ends as, how long it took, and peak memory.

Usage: python benchmarks/resource_limits.py [--case NAME ...] [--json]

Each case builds its input in a temporary folder (our own generated text), runs it
through ``pipeline.run`` into a fresh SQLite file next to one ordinary report, and
reports the outcome (stored, or the failure's reason), seconds, and the child
process's peak resident memory (``ru_maxrss``). The ordinary report must be stored
every time: the batch goes on.

Cases: deep_html (100,000 nested elements), busy_html (200,000 paragraphs, the read
deadline), single_line_50mb (refused by the cap; and read with the cap raised),
gzip_bomb / deflate_bomb (served with Content-Encoding from 127.0.0.1),
billion_laughs and xxe feeds, feed_100k_items, sentences_10k (one report of 10,000
sentences through the whole NLP pipeline; sentences_Nk for N thousand, to see how
time and memory grow with a report's length).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

GOOD = "The Kanggye General Tractor Plant added a third shift last week, a source in Chagang Province said.\n"


def _serve(body: bytes, encoding: str) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/bomb.html"


def _feed(items: str, doctype: str = "", title: str = "Feed") -> str:
    return (f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>{title}</title>{items}'
            "</channel></rss>")


def build(case: str, folder: Path) -> tuple[list[str], dict]:
    """The inputs (and settings overrides) of one case."""
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    inputs, overrides = [], {}
    if case == "deep_html":
        (folder / "deep.html").write_text("<html><body>" + "<div>" * 100_000 + "Kanggye plant news." +
                                          "</div>" * 100_000 + "</body></html>", encoding="utf-8")
        inputs.append(str(folder / "deep.html"))
    elif case == "busy_html":
        (folder / "busy.html").write_text("<html><body>" + "<p>Kanggye plant.</p>" * 200_000 + "</body></html>",
                                          encoding="utf-8")
        inputs.append(str(folder / "busy.html"))
        overrides["read_deadline"] = 10.0
    elif case in ("single_line_50mb", "single_line_50mb_cap_raised"):
        with open(folder / "line.txt", "w", encoding="utf-8") as f:
            chunk = "Kanggye plant output rose again according to a source " * 1000
            while f.tell() < 50_000_000:
                f.write(chunk)
        inputs.append(str(folder / "line.txt"))
        if case.endswith("cap_raised"):
            overrides["max_bytes"] = 60_000_000
    elif case in ("gzip_bomb", "deflate_bomb"):
        packer = zlib.compressobj(9, zlib.DEFLATED, 31 if case == "gzip_bomb" else 15)
        block = b"A" * 1_000_000
        body = packer.compress(b"<p>") + b"".join(packer.compress(block) for _ in range(1000)) + packer.flush()
        # 1 GB decoded, about 1 MB on the wire
        server, url = _serve(body, "gzip" if case == "gzip_bomb" else "deflate")
        inputs.append(url)
        overrides["allow_private"] = True
    elif case == "billion_laughs":
        ents = '<!ENTITY lol "lol">' + "".join(
            f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10}">' for i in range(1, 10))
        (folder / "laughs.xml").write_text(_feed("<item><description>&lol9; Kanggye</description></item>",
                                                 f"<!DOCTYPE lolz [{ents}]>", "&lol9;"), encoding="utf-8")
        inputs.append(str(folder / "laughs.xml"))
    elif case == "xxe":
        (folder / "xxe.xml").write_text(_feed("<item><description>&x; The Kanggye plant.</description></item>",
                                              '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'),
                                        encoding="utf-8")
        inputs.append(str(folder / "xxe.xml"))
    elif case == "feed_100k_items":
        items = "".join(f"<item><description>{i}</description></item>" for i in range(100_000))
        (folder / "many.xml").write_text(_feed(items), encoding="utf-8")
        inputs.append(str(folder / "many.xml"))
    elif re.fullmatch(r"sentences_\d+k", case):
        places = ["Kanggye", "Hyesan", "Sinpo", "Kusong", "Nampo"]
        count = int(case[len("sentences_"):-1]) * 1000
        text = "\n".join(" ".join(f"Workers in {places[(i + k) % 5]} were told on March {1 + (i + k) % 28} to "
                                  f"raise output by {i + k} percent." for k in range(10)) for i in range(0, count, 10))
        (folder / "long.txt").write_text(text + "\n", encoding="utf-8")
        inputs.append(str(folder / "long.txt"))
        # This case measures the analysis: on a loaded machine, reading a long text alone
        # can pass the default read deadline.
        overrides["read_deadline"] = 600.0
    else:
        raise SystemExit(f"unknown case {case}")
    return inputs + [str(folder / "good.txt")], overrides


def run_case(case: str) -> dict:
    """Run one case in this process (the child) and return its figures."""
    import resource

    from threadline import pipeline
    from threadline.settings import Settings
    from threadline.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs, overrides = build(case, folder)
        settings = Settings(offline=not overrides.get("allow_private"), **overrides)
        started = time.monotonic()
        with open_store(str(folder / "kb.db")) as store:
            report = pipeline.run(inputs, settings, store)
            good_stored = store.has_document(doc_id="good")
            texts = [d.text for d in store.documents()]
        seconds = time.monotonic() - started
    return {"case": case, "seconds": round(seconds, 1),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "stored": report.stored, "batch_went_on": good_stored,
            "leaked_passwd": any("root:" in t for t in texts),
            "failures": [f"{Path(f.source).name}: {f.reason}"[:160] for f in report.failures]}


#: ``single_line_50mb_cap_raised`` (50 MB through the whole NLP pipeline: tens of minutes) is
#: left out of the default list; name it with --case to run it.
CASES = ["deep_html", "busy_html", "single_line_50mb", "gzip_bomb",
         "deflate_bomb", "billion_laughs", "xxe", "feed_100k_items", "sentences_10k"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", help="run only this case (repeatable)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print one JSON object per case")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_case(args.child)))
        return
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parents[1] / "src"),
                                                       os.environ.get("PYTHONPATH", "")]))
    for case in args.case or CASES:
        proc = subprocess.run([sys.executable, __file__, "--child", case], capture_output=True, text=True, env=env)
        if proc.returncode != 0:
            print(json.dumps({"case": case, "crashed": proc.returncode, "stderr": proc.stderr[-2000:]}))
            continue
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        if args.json:
            print(json.dumps(row))
        else:
            print(f"{row['case']:<28} {row['seconds']:>7.1f} s {row['peak_rss_mb']:>6} MB  stored {row['stored']}  "
                  f"batch went on: {row['batch_went_on']}  {'; '.join(row['failures'])[:200]}")


if __name__ == "__main__":
    main()

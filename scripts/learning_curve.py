"""The event detector's learning curve: train on 25%, 50% and 100% of the training documents
(same seed) and score each on the dev splits and on the train splits.

Usage: python scripts/learning_curve.py [--fractions 0.25 0.5 1.0]
Prints one line per fraction and set: event P/R/F1 from ../shared/eval/score.py.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ["kcna2011:train", "own:train", "kcna2011:dev", "own:dev"]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fractions", type=float, nargs="+", default=[0.25, 0.5, 1.0])
    args = ap.parse_args(argv)
    for fraction in args.fractions:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(ROOT / "scripts" / "train_detector.py"), "--fraction", str(fraction),
                            "--out", tmp], check=True, capture_output=True)
            env = dict(os.environ, THREADLINE_EVENT_DETECTOR=tmp)
            out = subprocess.run([sys.executable, str(ROOT / "scripts" / "evaluate.py"), *SETS], env=env,
                                 check=True, capture_output=True, text=True).stdout
        name = None
        for line in out.splitlines():
            if line.startswith("== "):
                name = line[3:]
            elif line.startswith("events "):
                print(f"{fraction:>5.0%}  {name:16s} {line[6:].strip()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Time resume intake on the shared sample resumes: pypdf, the layout reader, the child, the parser.

Run from the repository root: `.venv/bin/python bench/bench_intake.py [--rounds 5]`.
Prints, per resume, the median of: plain pypdf extraction in this process, the layout-aware
reading in this process (pdfplumber words put in order by core.resume.layout), then
`extract_text_sync` end to end (child process start, limits, layout reading, clean-up) and
`parse_profile` on the extracted text; then one summary line.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from core.adapters.resume_extract import extract_pdf  # noqa: E402
from core.intake import extract_text_sync  # noqa: E402
from core.resume.parser import parse_profile  # noqa: E402

RESUMES = ROOT.parent / "shared" / "resumes"


def median_ms(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def pypdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    files = sorted(RESUMES.glob("*.pdf"))
    if not files:
        print(f"no resumes in {RESUMES}")
        return 1
    pypdf_text(files[0].read_bytes())  # warm the imports
    print(f"{'resume':45} {'pypdf ms':>9} {'layout ms':>10} {'sandboxed ms':>13} {'parse ms':>9}")
    rows = []
    for path in files:
        data = path.read_bytes()
        text = extract_text_sync(data, path.name)
        inline = median_ms(partial(pypdf_text, data), args.rounds)
        layout = median_ms(partial(extract_pdf, data, 20), args.rounds)
        sandboxed = median_ms(partial(extract_text_sync, data, path.name), args.rounds)
        parse = median_ms(partial(parse_profile, text), args.rounds * 4)
        rows.append((inline, layout, sandboxed, parse))
        print(f"{path.name:45} {inline:9.1f} {layout:10.1f} {sandboxed:13.1f} {parse:9.1f}")
    means = [statistics.mean(col) for col in zip(*rows, strict=True)]
    print(
        f"summary: {len(files)} resumes, mean pypdf {means[0]:.0f} ms, layout {means[1]:.0f} ms, "
        f"sandboxed extract {means[2]:.0f} ms, parse {means[3]:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

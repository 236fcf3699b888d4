"""pdfLaTeX writes no space characters: word spaces are read from the gaps between glyphs."""

from __future__ import annotations

from pathlib import Path

from core.intake import extract_text_sync
from core.resume.parser import parse_profile
from core.resume.word_gaps import word_cuts

FIXTURES = Path(__file__).parent / "fixtures"


def _run(widths: list[float], gaps: list[float], start: float = 100.0) -> tuple[list, list]:
    lefts, rights, x = [], [], start
    for i, width in enumerate(widths):
        lefts.append(x)
        rights.append(x + width)
        x += width + (gaps[i] if i < len(gaps) else 0.0)
    return lefts, rights


def test_a_third_of_an_em_between_touching_letters_is_a_space() -> None:
    # "12Orchard" as pdfLaTeX sets "12 Orchard" in a 10 pt sans: the glyphs touch, then 3.3 pt
    lefts, rights = _run([5.0] * 9, [0.0, 3.32, 0.0, 0.0, -0.28, 0.0, 0.0, 0.0])
    assert word_cuts(lefts, rights, 10.0) == [2]


def test_a_shrunk_space_in_a_justified_line_still_cuts() -> None:
    lefts, rights = _run([5.0] * 6, [0.0, 0.0, 2.2, 0.0, 0.0])
    assert word_cuts(lefts, rights, 10.0) == [3]


def test_letter_spaced_text_stays_one_word_and_its_word_gaps_cut() -> None:
    tracked = _run([6.0] * 8, [2.5] * 7)  # "EXPERIEN" tracked by a quarter em
    assert word_cuts(*tracked, 10.0) == []
    two_words = _run([6.0] * 8, [2.5, 2.5, 2.5, 6.0, 2.5, 2.5, 2.5])  # "WORK HIST"
    assert word_cuts(*two_words, 10.0) == [4]


def test_kerning_and_short_runs_never_cut() -> None:
    assert word_cuts(*_run([5.0, 5.0], [1.5]), 10.0) == []
    assert word_cuts(*_run([5.0] * 4, [-0.3, 0.4, -0.2]), 10.0) == []
    assert word_cuts([], [], 10.0) == [] and word_cuts([1.0], [2.0], 0.0) == []


def test_a_moderncv_resume_typeset_by_pdflatex_reads_with_its_spaces() -> None:
    """pdflatex_moderncv.pdf: moderncv's classic style, made from pdflatex_moderncv.tex."""
    text = extract_text_sync((FIXTURES / "pdflatex_moderncv.pdf").read_bytes(), "cv.pdf")
    assert "Senior Landscape Architect" in text
    assert "AutoCAD, Vectorworks, planting design, site analysis" in text
    profile = parse_profile(text)
    assert profile.full_name == "Harriet Quennell"
    assert "Greenway Design Partnership" in [e.company for e in profile.experience]
    assert "University of Sheffield" in [e.institution for e in profile.education]

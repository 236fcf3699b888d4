"""Splitting long replies at line ends, keeping styles and every character unchanged."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from core.chat.messages import Button, OutFile, Reply, Span, Style, bold, code, italic, plain
from core.chat.text import split_lines, split_reply, split_spans, split_text, text_length


def test_split_text_cuts_after_lines_and_loses_nothing() -> None:
    text = "\n".join(f"line {i:03d} " + "x" * (i % 17) for i in range(200))
    pieces = split_text(text, 120)
    assert "".join(pieces) == text
    assert all(len(p) <= 120 for p in pieces)
    # every piece but the last ends at a line end: no line is cut in two
    assert all(p.endswith("\n") for p in pieces[:-1])


def test_a_line_longer_than_the_limit_is_cut_at_spaces() -> None:
    text = " ".join(f"word{i}" for i in range(100))
    pieces = split_text(text, 50)
    assert "".join(pieces) == text
    assert all(len(p) <= 50 for p in pieces)
    assert all(p.endswith(" ") for p in pieces[:-1])


def test_a_word_longer_than_the_limit_is_cut_anywhere() -> None:
    pieces = split_text("a" * 25, 10)
    assert pieces == ["a" * 10, "a" * 10, "a" * 5]


def test_styles_survive_a_split_and_markup_characters_stay_raw() -> None:
    spans = [
        bold("Title <b>&amp; *x*\n"),
        *[plain(f"row {i} _under_ [link](x)\n") for i in range(40)],
    ]
    spans.append(code("`code` </pre>"))
    chunks = split_spans(spans, 100)
    assert len(chunks) > 1
    assert "".join(s.text for c in chunks for s in c) == "".join(s.text for s in spans)
    assert chunks[0][0].style is Style.BOLD and chunks[0][0].text == "Title <b>&amp; *x*\n"
    assert chunks[-1][-1].style is Style.CODE and chunks[-1][-1].text == "`code` </pre>"
    assert all(sum(len(s.text) for s in c) <= 100 for c in chunks)


def test_split_reply_keeps_edit_first_and_buttons_and_files_last() -> None:
    reply = Reply(
        spans=[plain("x" * 30 + "\n") for _ in range(10)],
        buttons=[[Button(label="Approve", payload="ca:1")]],
        files=[OutFile(filename="a.txt", data=b"a")],
        edit=True,
    )
    parts = split_reply(reply, 100)
    assert len(parts) == 4
    assert parts[0].edit and not any(p.edit for p in parts[1:])
    assert parts[-1].buttons == reply.buttons and parts[-1].files == reply.files
    assert not any(p.buttons or p.files for p in parts[:-1])
    assert "".join(p.plain_text() for p in parts) == reply.plain_text()


def test_a_short_reply_is_one_part() -> None:
    reply = Reply(spans=[plain("hi")], buttons=[[Button(label="a", payload="ca:1")]])
    assert split_reply(reply, 100) == [reply]


def test_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        split_text("abc", 0)


# --- the shared splitter with a platform's measure -------------------------------------------


def _markup_len(spans: Sequence[Span]) -> int:
    """A toy rendering's length: `&` escaped to `&amp;`, styled spans wrapped in a tag pair."""
    return sum(
        len(s.text.replace("&", "&amp;")) + (0 if s.style is Style.PLAIN else 7) for s in spans
    )


def _utf16_len(spans: Sequence[Span]) -> int:
    return sum(len(s.text.encode("utf-16-le")) // 2 for s in spans)


def _text(chunks: list[list[Span]]) -> str:
    return "".join(s.text for chunk in chunks for s in chunk)


def test_a_custom_measure_bounds_every_part_and_cuts_stay_at_line_ends() -> None:
    spans: list[Span] = []
    for i in range(300):
        spans += [bold(f"Job {i} & co"), plain(f" — pay & perks {i}\n")]
    chunks = split_spans(spans, 200, _markup_len)
    assert len(chunks) > 1
    assert all(_markup_len(c) <= 200 for c in chunks)
    assert _text(chunks) == _text([spans])
    assert all(c[-1].text.endswith("\n") for c in chunks)
    # Raw length alone would put more in a part: the measure, not the text, set the cuts.
    assert len(split_spans(spans, 200)) < len(chunks)


def test_parts_are_filled_as_far_as_the_measure_allows() -> None:
    spans = [plain(f"line {i:03d} & more!!\n") for i in range(100)]  # 22 measured per line
    chunks = split_spans(spans, 100, _markup_len)
    assert [_markup_len(c) for c in chunks[:-1]] == [88] * (len(chunks) - 1)  # 4 lines each


def test_the_measure_counts_the_part_as_returned_with_styles_joined() -> None:
    def per_span(spans: Sequence[Span]) -> int:  # each span costs 10 besides its text
        return sum(len(s.text) + 10 for s in spans)

    spans = [bold(f"row {i:02d}\n") for i in range(40)]  # one bold run once joined
    chunks = split_spans(spans, 100, per_span)
    assert all(len(c) == 1 and c[0].style is Style.BOLD for c in chunks)
    assert all(per_span(c) <= 100 for c in chunks)
    assert [len(c[0].text) for c in chunks[:-1]] == [84] * (len(chunks) - 1)  # 12 rows of 7


def test_an_overlong_line_is_cut_at_spaces_within_the_measured_limit() -> None:
    line = " ".join(f"w&{i}" for i in range(200))
    chunks = split_spans([italic(line)], 60, _markup_len)
    assert all(_markup_len(c) <= 60 for c in chunks)
    assert all(c[0].style is Style.ITALIC for c in chunks)
    assert all(c[-1].text.endswith(" ") for c in chunks[:-1])
    assert _text(chunks) == line


def test_utf16_units_cut_between_characters_never_inside_one() -> None:
    chunks = split_spans([plain("😀" * 3000)], 4096, _utf16_len)
    assert [len(c[0].text) for c in chunks] == [2048, 952]


def test_an_overlong_line_fills_the_room_left_only_with_whole_words() -> None:
    head = [plain("Score 50\n")]
    words = split_spans([*head, plain("because " * 30)], 100)
    assert words[0][0].text.startswith("Score 50\nbecause ")  # the room was used
    assert len(words) == 3 and all(text_length(c) <= 100 for c in words)
    no_space = split_spans([*head, plain("x" * 150)], 100)
    assert no_space[0][0].text == "Score 50\n"  # a word is not cut to fill the room
    assert [text_length(c) for c in no_space[1:]] == [100, 50]


def test_a_character_wider_than_the_limit_is_refused() -> None:
    with pytest.raises(ValueError):
        split_spans([plain("ok\n"), bold("x")], 5, _markup_len)  # "x" in a tag measures 8


def test_the_measure_is_called_about_twice_per_part_not_per_line_squared() -> None:
    calls = 0

    def counting(spans: Sequence[Span]) -> int:
        nonlocal calls
        calls += 1
        return _markup_len(spans)

    spans = [plain(f"{i:04d} & a short line\n") for i in range(2000)]
    chunks = split_spans(spans, 500, counting)
    assert all(_markup_len(c) <= 500 for c in chunks)
    assert calls <= len(spans) + 3 * len(chunks)


@pytest.mark.parametrize("seed", range(25))
def test_random_text_under_an_uneven_measure_keeps_every_promise(seed: int) -> None:
    rng = random.Random(seed)

    def uneven(spans: Sequence[Span]) -> int:  # neither additive nor monotone in length
        return sum(
            len(s.text) * 2 + (len(s.text) // 7) % 3 + 4 * (s.style != Style.PLAIN) for s in spans
        )

    styles = [plain, bold, italic, code]
    spans = [
        rng.choice(styles)("".join(rng.choice("ab &\n\n<>é😀 ") for _ in range(rng.randint(0, 80))))
        for _ in range(rng.randint(1, 40))
    ]
    limit = rng.randint(12, 120)
    chunks = split_spans(spans, limit, uneven)
    assert _text(chunks) == "".join(s.text for s in spans)
    assert all(chunk and uneven(chunk) <= limit for chunk in chunks)
    # Styles are kept character by character.
    assert _styles(chunks) == _styles([spans])
    # A part ends inside a line only when that line alone is over the limit.
    text, cut = _text([spans]), 0
    for chunk in chunks[:-1]:
        cut += text_length(chunk)
        if text[cut - 1] != "\n":
            line = next(ln for ln in _lines_with_ends(spans) if ln[0] < cut < ln[1])
            assert uneven(_joined(spans, *line)) > limit


def _styles(chunks: list[list[Span]]) -> list[Style]:
    return [s.style for chunk in chunks for s in chunk for _ in s.text]


def _lines_with_ends(spans: list[Span]) -> list[tuple[int, int]]:
    """(start, end) of each line of the spans' text, its newline included."""
    bounds, pos = [], 0
    for line in split_lines(spans):
        bounds.append((pos, pos + text_length(line)))
        pos += text_length(line)
    return bounds


def _joined(spans: list[Span], lo: int, hi: int) -> list[Span]:
    """Characters lo to hi of the spans, neighbouring spans of one style joined."""
    out: list[Span] = []
    pos = 0
    for span in spans:
        piece = span.text[max(lo - pos, 0) : max(hi - pos, 0)]
        pos += len(span.text)
        if not piece:
            continue
        if out and out[-1].style == span.style:
            out[-1] = out[-1].model_copy(update={"text": out[-1].text + piece})
        else:
            out.append(span.model_copy(update={"text": piece}))
    return out

"""Child process that pulls raw text out of a PDF or DOCX under memory and CPU limits.

Run as `python -m core.adapters.resume_extract --kind pdf --max-pages 20 --memory-mb 512`:
the file's bytes come on stdin, one JSON object goes to stdout, either
`{"ok": true, "text": ..., "pages": n}` or `{"ok": false, "error": code}`.
The parent (core.intake) owns the limits, the messages and the clean-up of the text.
PDFs are read as words with their boxes (pdfplumber) and put in reading order by
core.resume.layout (columns, sidebars, right-aligned fields); `--engine pypdf` reads plain
pypdf text instead (kept for comparison: bench/eval_resumes.py --engines).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.adapters.docx_lists import BulletLists
    from core.resume.layout_words import Word

# Keep imports of the parsers inside the functions: the limits must be in force before
# any third-party code runs.


class ExtractError(Exception):
    """A failure with a short code the parent turns into a user message."""


def _apply_limits(memory_mb: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - not on POSIX; the parent's timeout still holds
        return
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    if cpu_seconds > 0:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))


LAYOUT_BUDGET_S = 4.0
ENGINES = ("words", "pypdf", "pypdf-layout")  # "words": geometry from pdfplumber, the default


def _cap_streams(max_stream_mb: int) -> None:
    """Cap what one PDF stream may inflate to and parse (pypdf's own caps are far higher)."""
    try:
        from pypdf import overwrite_configuration
    except ImportError:  # pypdf before 7 has no configuration: the CPU limit still holds
        return
    if max_stream_mb <= 0:
        return
    cap = max_stream_mb * 1024 * 1024
    overwrite_configuration(
        zlib_maximum_output_length=cap,
        lzw_maximum_output_length=cap,
        run_length_maximum_output_length=cap,
        brotli_maximum_output_length=cap,
        # operators and operands of one content stream; a real resume page has ~30,000
        stream_parsing_work_maximum_count=cap // 8,
    )


def _cpu_for_pages(pages: int, per_page: float) -> None:
    """Lower the CPU limit to what `pages` honest pages need (the layout reader spends
    0.3-0.6 s on a real page)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on POSIX
        return
    if per_page <= 0:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    wanted = int(used + 1 + per_page * pages + 0.999)
    if soft == resource.RLIM_INFINITY or wanted < soft:
        new_hard = hard if hard == resource.RLIM_INFINITY or wanted + 1 <= hard else wanted + 1
        resource.setrlimit(resource.RLIMIT_CPU, (wanted, new_hard))


def _cpu_used() -> float:
    try:
        import resource
    except ImportError:  # pragma: no cover - not on POSIX
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _step_aside(used_before: float, after: float) -> bool:
    """Past `after` CPU seconds of reading (an honest page takes well under a second) drop to
    the lowest priority, so the other users' files sharing the machine are read first; True
    once done."""
    if after <= 0 or _cpu_used() - used_before < after:
        return False
    with contextlib.suppress(AttributeError, OSError):  # no nice() on this system
        os.nice(19)
    return True


def _inflate_streams(reader: Any) -> None:
    """Decode every page's content streams through pypdf, whose output caps (set by
    --max-stream-mb) raise LimitReachedError for a stream that inflates too far."""
    for page in reader.pages:
        contents = page.get_contents()
        if contents is not None:
            contents.get_data()


class _PageWatch:
    """Called after each page: steps aside once past `step_aside` CPU seconds, and stops
    early when the text is already too long to be accepted."""

    def __init__(self, max_chars: int, step_aside: float) -> None:
        self.max_chars, self.step_aside = max_chars, step_aside
        self.size, self.started, self.aside = 0, _cpu_used(), False

    def page_done(self, chars: int) -> None:
        self.aside = self.aside or _step_aside(self.started, self.step_aside)
        self.size += chars
        if self.max_chars and self.size > 2 * self.max_chars:  # the rest would be refused
            raise ExtractError("too_long")


def extract_pdf(
    data: bytes,
    max_pages: int,
    engine: str = "words",
    max_chars: int = 0,
    cpu_per_page: float = 0.0,
    step_aside: float = 0.0,
) -> tuple[str, int]:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractError("encrypted")
        pages = len(reader.pages)
        if pages > max_pages:
            raise ExtractError("too_many_pages")
        _cpu_for_pages(pages, cpu_per_page)
        watch = _PageWatch(max_chars, step_aside)
        if engine == "words":
            _inflate_streams(reader)  # pdfminer has no caps of its own: pypdf's apply first
            try:
                text = _pdf_words(data, reader, watch)
            except ExtractError:
                raise
            except Exception as err:  # pdfplumber wraps pdfminer's errors, MemoryError too
                if _caused_by_memory(err):
                    raise MemoryError from err
                raise
        else:
            layout = engine == "pypdf-layout"
            parts: list[str] = []
            for page in reader.pages:
                text = page.extract_text(extraction_mode="layout" if layout else "plain")
                parts.append(text or "")
                watch.page_done(len(parts[-1]))
            text = "\n".join(parts)
    except FileNotDecryptedError as err:
        raise ExtractError("encrypted") from err
    except PyPdfError as err:
        if type(err).__name__ == "LimitReachedError":  # a stream past --max-stream-mb
            raise ExtractError("too_complex") from err
        raise ExtractError("corrupt") from err
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise ExtractError("corrupt") from err
    return text, pages


def _caused_by_memory(err: BaseException) -> bool:
    seen: BaseException | None = err
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, MemoryError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _word(w: dict[str, Any]) -> Word:
    from core.resume.layout_words import Word

    box = (float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]))
    return Word(str(w["text"]), *box, font=f"{w.get('fontname', '')}/{w.get('size', 0):.1f}")


def _words(w: dict[str, Any], spaced: bool = False) -> list[Word]:
    """One pdfplumber word, cut where its glyphs leave a word space (pdfLaTeX writes none)
    or, on a page that writes its spaces (`spaced`), a tab's narrow gap."""
    from core.resume.word_gaps import word_cuts

    chars = w.get("chars") or []
    lefts, rights = [float(c["x0"]) for c in chars], [float(c["x1"]) for c in chars]
    cuts = word_cuts(lefts, rights, float(w.get("size") or 0), spaced)
    if not cuts:
        return [_word(w)]
    bounds = zip([0, *cuts], [*cuts, len(chars)], strict=True)
    return [
        _word(
            w
            | {
                "text": "".join(str(c["text"]) for c in chars[a:b]),
                "x0": lefts[a],
                "x1": max(rights[a:b]),
            }
        )
        for a, b in bounds
    ]


def _pdf_words(data: bytes, reader: Any, watch: _PageWatch) -> str:
    """Each page's words with their boxes, put in reading order by core.resume.layout.

    Word geometry costs several times pypdf's plain reading; past a time budget (a long,
    dense file, or a busy machine) the remaining pages are read plainly, so a file within
    the page limit never runs into the child's timeout.
    """
    import time

    import pdfplumber

    from core.resume.layout import document_text
    from core.resume.word_gaps import tex_hyphen, typeset_by_tex

    started = time.monotonic()
    pages: list[list[Word]] = []
    rest: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        tex = typeset_by_tex(pdf.metadata or {})
        for number, page in enumerate(pdf.pages):
            if time.monotonic() - started > LAYOUT_BUDGET_S:
                for rest_page in reader.pages[number:]:
                    rest.append(rest_page.extract_text() or "")
                    watch.page_done(len(rest[-1]))
                break
            # tolerance relative to the font size: letter-spaced headings stay one word
            found = page.extract_words(
                x_tolerance_ratio=0.5, extra_attrs=["fontname", "size"], return_chars=True
            )
            spaced = any(c.get("text") == " " for c in page.chars)
            words = [p for w in found if w.get("upright", True) for p in _words(w, spaced)]
            if tex:  # TeX hyphenates at line ends: such a hyphen is marked soft
                words = [replace(w, text=tex_hyphen(w.text)) for w in words]
            pages.append(words)
            watch.page_done(sum(len(w.text) + 1 for w in pages[-1]))
            page.close()  # frees the page's parsed objects: memory stays flat on long files
    return "\n".join([document_text(pages), *rest])


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_blocks(container: Any, lists: BulletLists | None = None) -> Iterator[str]:
    """Paragraphs and tables in document order, into cells, plus text boxes in paragraphs.

    Content controls (w:sdt, what Word's own resume templates put every field in) are read
    through, at block and at run level."""
    from docx.table import Table

    from core.adapters.docx_lists import bulleted

    element = container.element.body if hasattr(container, "_body") else container._element
    for child in _inner_blocks(element):
        if child.tag == f"{_W}tbl":
            yield from _docx_table(Table(child, container), lists)
        else:
            text = tab_fields(_paragraph_text(child))
            yield bulleted(text) if lists is not None and lists.is_bullet(child) else text
            yield from _text_boxes(child)


def _inner_blocks(element: Any) -> Iterator[Any]:
    for child in element.iterchildren():
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _inner_blocks(content)


_SKIPPED = frozenset({f"{_W}txbxContent", f"{_W}delText", f"{_W}instrText", f"{_W}sdtPr"})


def _paragraph_text(element: Any) -> str:
    """A paragraph's text as Word shows it: runs, hyperlinks and inline content controls;
    tabs and breaks kept; text boxes (read apart), deleted text and field codes left out."""
    out: list[str] = []
    for child in element.iterchildren():
        tag = child.tag
        if tag in _SKIPPED or tag.endswith("}Fallback"):
            continue
        if tag == f"{_W}t":
            out.append(child.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
        elif tag != f"{_W}pPr" and tag != f"{_W}rPr":
            out.append(_paragraph_text(child))
    return "".join(out)


def tab_fields(text: str) -> str:
    """A paragraph whose fields are set apart by tabs ("Role<tab>Employer<tab>dates") reads
    with its fields joined by " | ", as the PDF reader joins the fields of a line; a leading
    tab is only an indent."""
    fields = [f.strip() for f in text.split("\t") if f.strip()]
    return " | ".join(fields) if len(fields) > 1 else text


def _docx_table(table: Any, lists: BulletLists | None = None) -> Iterator[str]:
    """Row by row. A row that is a record (dates | role | employer, one line per cell, at
    most one cell running on with bullets) reads as one line joined by " | ", as the PDF
    reader joins the fields of a line; a row of two or more long cells is a page layout
    (sidebar beside main column) and is read cell by cell."""
    seen: dict[int, Any] = {}  # holds the elements too, so an id is never reused
    for row in table.rows:
        cells: list[list[str]] = []
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats across the row
                continue
            seen[id(cell._tc)] = cell._tc
            cells.append([t for t in _docx_blocks(cell, lists) if t.strip()])
        cells = [c for c in cells if c]
        if len(cells) > 1 and sum(len(c) > 1 for c in cells) <= 1:
            yield " | ".join(c[0] for c in cells)
            yield from (t for c in cells for t in c[1:])
        else:
            yield from (t for c in cells for t in c)


def _text_boxes(element: Any) -> Iterator[str]:
    # designed templates put columns in text boxes; Word writes each box twice
    # (mc:Choice and the VML mc:Fallback), so the fallback copy is skipped
    from lxml import etree

    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    boxes = etree.XPath(
        ".//w:txbxContent[not(ancestor::*[local-name()='Fallback'])]", namespaces=ns
    )
    paragraphs = etree.XPath("./w:p", namespaces=ns)
    texts = etree.XPath(".//w:t/text()", namespaces=ns)
    for box in boxes(element):
        for paragraph in paragraphs(box):
            yield "".join(texts(paragraph))


def _once(parts: tuple[Any, ...], seen: set[str], lists: BulletLists) -> list[str]:
    found: list[str] = []
    for part in parts:
        if part.is_linked_to_previous:  # no definition of its own: nothing to read
            continue
        texts = [t for t in _docx_blocks(part, lists) if t.strip()]
        key = "\n".join(texts)
        if texts and key not in seen:
            seen.add(key)
            found.extend(texts)
    return found


def extract_docx(data: bytes) -> tuple[str, int]:
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    from core.adapters.docx_lists import BulletLists

    try:
        document = Document(io.BytesIO(data))
        lists = BulletLists(document)
        parts: list[str] = []
        seen: set[str] = set()
        sections = list(document.sections)
        heads: list[tuple[Any, ...]] = [
            (s.first_page_header, s.header, s.even_page_header) for s in sections
        ]
        feet: list[tuple[Any, ...]] = [
            (s.first_page_footer, s.footer, s.even_page_footer) for s in sections
        ]
        # the contact line often sits in the page header: read it first, each text once
        for group in heads:
            parts.extend(_once(group, seen, lists))
        parts.extend(_docx_blocks(document, lists))
        for group in feet:
            parts.extend(_once(group, seen, lists))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise ExtractError("corrupt") from err
    return "\n".join(parts), 0


def run(
    data: bytes,
    kind: str,
    max_pages: int,
    max_chars: int = 0,
    engine: str = "words",
    cpu_per_page: float = 0.0,
    step_aside: float = 0.0,
) -> dict[str, Any]:
    try:
        if kind == "pdf":
            text, pages = extract_pdf(data, max_pages, engine, max_chars, cpu_per_page, step_aside)
        elif kind == "docx":
            text, pages = extract_docx(data)
        else:
            return {"ok": False, "error": "unsupported"}
    except ExtractError as err:
        return {"ok": False, "error": str(err)}
    except MemoryError:
        return {"ok": False, "error": "memory"}
    except RecursionError:
        return {"ok": False, "error": "corrupt"}
    except Exception as err:  # a broken file can make a parser fail in any way
        return {"ok": False, "error": "corrupt", "detail": type(err).__name__}
    if max_chars and len(text) > 2 * max_chars:  # raw text still has its layout spaces
        return {"ok": False, "error": "too_long"}
    return {"ok": True, "text": text, "pages": pages}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kind", choices=["pdf", "docx"], required=True)
    parser.add_argument("--max-pages", type=int, default=20)
    parser.add_argument("--max-chars", type=int, default=0)
    parser.add_argument("--memory-mb", type=int, default=0)
    parser.add_argument("--cpu-seconds", type=int, default=0)
    parser.add_argument("--engine", choices=ENGINES, default="words")
    parser.add_argument("--cpu-per-page", type=float, default=0.0)
    parser.add_argument("--max-stream-mb", type=int, default=0)
    parser.add_argument("--step-aside", type=float, default=0.0)
    args = parser.parse_args(argv)
    _apply_limits(args.memory_mb, args.cpu_seconds)
    _cap_streams(args.max_stream_mb)
    data = sys.stdin.buffer.read()
    result = run(
        data,
        args.kind,
        args.max_pages,
        args.max_chars,
        args.engine,
        args.cpu_per_page,
        args.step_aside,
    )
    try:
        sys.stdout.write(json.dumps(result))
    except MemoryError:
        sys.stdout.write('{"ok": false, "error": "memory"}')
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())

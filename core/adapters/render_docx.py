"""`DocumentRenderer` on python-docx: Word files with real headings, bullets and tab stops.

Word's built-in styles (Title, Heading 1, List Bullet) are used rather than direct formatting,
so an ATS or a recruiter editing the file sees the structure; every string goes in as a run's
text, which python-docx escapes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.text.paragraph import Paragraph

from core.documents.layout import Entry, LetterLayout, Line, ResumeLayout

ACCENT = RGBColor(0x1D, 0x35, 0x57)
MUTED = RGBColor(0x55, 0x55, 0x55)
_PAPER = {"a4": (Cm(21.0), Cm(29.7)), "us-letter": (Cm(21.59), Cm(27.94))}
_MARGIN = Cm(1.9)
_ONE_LINE = 85  # characters of role, employer and dates that fit one line at 10.5 pt


def _new(paper: str, title: str, author: str) -> DocxDocument:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = _PAPER.get(paper, _PAPER["a4"])
    for side in ("left_margin", "right_margin"):
        setattr(section, side, _MARGIN)
    section.top_margin = section.bottom_margin = Cm(1.6)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(3)
    for name, size in (("Title", 22), ("Heading 1", 11.5), ("Heading 2", 10.5)):
        style = doc.styles[name]
        style.font.size = Pt(size)
        style.font.color.rgb = ACCENT
    doc.core_properties.title = title
    doc.core_properties.author = author
    return doc


def _bytes(doc: DocxDocument) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _masthead(doc: DocxDocument, name: str, contact: list[str]) -> None:
    if name:
        doc.add_paragraph(name, style="Title")
    if contact:
        line = doc.add_paragraph()
        line.add_run("  ·  ".join(contact)).font.color.rgb = MUTED


def _right_tab(paragraph: Paragraph, doc: DocxDocument) -> None:
    section = doc.sections[0]
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Emu(width), WD_TAB_ALIGNMENT.RIGHT)


def _dated(paragraph: Paragraph, doc: DocxDocument, date: str) -> None:
    if date:
        _right_tab(paragraph, doc)
        paragraph.add_run("\t" + date).font.color.rgb = MUTED


def _line(doc: DocxDocument, line: Line) -> None:
    paragraph = doc.add_paragraph(style="List Bullet" if line.bullet else None)
    if line.label:
        paragraph.add_run(line.label + ": ").bold = True
    paragraph.add_run(line.text)
    _dated(paragraph, doc, line.date)


def _entry(doc: DocxDocument, entry: Entry) -> None:
    if entry.title or entry.org:
        head = doc.add_paragraph(style="Heading 2")
        head.paragraph_format.keep_with_next = True
        if len(entry.title) + len(entry.org) + len(entry.date) <= _ONE_LINE:
            head.add_run(" — ".join(x for x in (entry.title, entry.org) if x))
            _dated(head, doc, entry.date)
        else:
            # Too long for one line: the employer or school goes under the role, with the
            # dates, so they never wrap away from each other (as in the PDF).
            head.add_run(entry.title)
            head.paragraph_format.space_after = Pt(0)
            org = doc.add_paragraph()
            org.paragraph_format.keep_with_next = True
            org.add_run(entry.org).bold = True
            _dated(org, doc, entry.date)
        if entry.place:
            place = doc.add_paragraph()
            place.paragraph_format.keep_with_next = bool(entry.lines)
            run = place.add_run(entry.place)
            run.italic = True
            run.font.color.rgb = MUTED
    for line in entry.lines:
        _line(doc, line)


def _paragraphs(doc: DocxDocument, lines: Iterable[str]) -> None:
    for text in lines:
        doc.add_paragraph(text)


class WordDocx:
    """Resume and cover letter as .docx (python-docx)."""

    extension = "docx"
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    def resume(self, layout: ResumeLayout) -> bytes:
        title = " – ".join(x for x in (layout.name, "Resume", layout.subject) if x)
        doc = _new(layout.paper, title, layout.name)
        _masthead(doc, layout.name, layout.contact)
        for section in layout.sections:
            if section.heading:
                doc.add_heading(section.heading, level=1)
            for entry in section.entries:
                _entry(doc, entry)
        return _bytes(doc)

    def cover_letter(self, layout: LetterLayout) -> bytes:
        subject = " at ".join(x for x in (layout.job_title, layout.company) if x)
        title = " – ".join(x for x in (layout.name, "Cover Letter", subject) if x)
        doc = _new(layout.paper, title, layout.name)
        doc.styles["Normal"].font.size = Pt(11)
        doc.styles["Normal"].paragraph_format.space_after = Pt(8)
        _masthead(doc, layout.name, layout.contact)
        _paragraphs(doc, [layout.date, "\n".join(["Hiring Team", layout.company]).strip()])
        if layout.job_title:
            doc.add_paragraph().add_run(f"Re: Application for {layout.job_title}").bold = True
        doc.add_paragraph(layout.salutation)
        for line in layout.body:
            _line(doc, line)
        closing = doc.add_paragraph(layout.closing)
        closing.paragraph_format.keep_with_next = True
        closing.paragraph_format.space_after = Pt(24)
        _paragraphs(doc, ["\n".join(layout.signature)] if layout.signature else [])
        return _bytes(doc)

"""DOCX layouts: a two-column table, a page header with the contact, a sidebar in a text box."""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _entries(add: Any, entries: list[dict[str, Any]], bullet: str, dates_inline: bool) -> None:
    for e in entries:
        if dates_inline:
            p = add(f"{e['a']}\t{e['dates']}")
            if e["b"]:
                add(e["b"])
        else:
            p = add(e["a"])
            if e["b"]:
                add(e["b"])
            add(e["dates"])
        if p.runs:
            p.runs[0].bold = True
        for b in e["bullets"]:
            add(f"{bullet} {b}")


def _body(add: Any, d: dict[str, Any], *, sidebar: bool, dates_inline: bool) -> None:
    h = d["h"]
    add(h["summary"], style="Heading 2")
    add(d["summary"])
    add(h["exp"], style="Heading 2")
    _entries(add, d["exp"], d["bullet"], dates_inline)
    add(h["edu"], style="Heading 2")
    _entries(add, d["edu"], d["bullet"], dates_inline)
    if not sidebar:
        add(h["skills"], style="Heading 2")
        add(", ".join(d["skills"]))
        add(h["langs"], style="Heading 2")
        add(", ".join(d["langs"]))
    add(h["certs"], style="Heading 2")
    for c in d["certs"]:
        add(c)


def _table(d: dict[str, Any]) -> bytes:
    doc = Document()
    doc.add_paragraph(d["name"], style="Title")
    doc.add_paragraph(d["headline"])
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = d["h"]["contact"]
    for line in d["contacts"]:
        left.add_paragraph(line)
    left.add_paragraph(d["h"]["skills"])
    for s in d["skills"]:
        left.add_paragraph(s)
    left.add_paragraph(d["h"]["langs"])
    for lang in d["langs"]:
        left.add_paragraph(lang)
    right.paragraphs[0].text = d["h"]["summary"]

    def add(text: str, style: str | None = None) -> Any:
        return right.add_paragraph(text)

    right.add_paragraph(d["summary"])
    h = dict(d["h"])
    h["summary"] = ""
    _rest(add, {**d, "h": h})
    return _save(doc)


def _rest(add: Any, d: dict[str, Any]) -> None:
    h = d["h"]
    add(h["exp"])
    _entries(add, d["exp"], d["bullet"], dates_inline=True)
    add(h["edu"])
    _entries(add, d["edu"], d["bullet"], dates_inline=True)
    add(h["certs"])
    for c in d["certs"]:
        add(c)


def _header(d: dict[str, Any]) -> bytes:
    doc = Document()
    header = doc.sections[0].header
    header.paragraphs[0].text = d["name"]
    header.add_paragraph(d["headline"] + " | " + " | ".join(d["contacts"]))
    _body(doc.add_paragraph, d, sidebar=False, dates_inline=True)
    return _save(doc)


def _textbox(d: dict[str, Any]) -> bytes:
    doc = Document()
    lines = [d["h"]["contact"], *d["contacts"], d["h"]["skills"], *d["skills"]]
    lines += [d["h"]["langs"], *d["langs"]]
    paragraphs = "".join(
        f"<w:p><w:r><w:t xml:space='preserve'>{_esc(t)}</w:t></w:r></w:p>" for t in lines
    )
    anchor = doc.add_paragraph()
    anchor.add_run(d["headline"].upper())
    # the box stands at the right margin and the body wraps around it, as a person would set
    # it (the text the DOCX reader sees is the same wherever the box stands)
    pict = parse_xml(
        f"<w:r {nsdecls('w')} xmlns:v='urn:schemas-microsoft-com:vml'"
        " xmlns:w10='urn:schemas-microsoft-com:office:word'><w:pict>"
        "<v:shape style='position:absolute;margin-left:318pt;margin-top:0;width:150pt;"
        "height:600pt;mso-position-horizontal-relative:margin;"
        "mso-position-vertical-relative:paragraph' stroked='f' filled='f'>"
        f"<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox>"
        "<w10:wrap type='square'/></v:shape></w:pict></w:r>"
    )
    anchor._p.append(pict)
    _body(doc.add_paragraph, d, sidebar=True, dates_inline=False)
    return _save(doc)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _save(doc: Any) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _jobs_table(d: dict[str, Any]) -> bytes:
    """Written after tuning (fresh.py): each entry is a table row, dates | title | where."""
    doc = Document()
    doc.add_paragraph(d["name"], style="Title")
    doc.add_paragraph(" | ".join([d["headline"], *d["contacts"]]))
    h = d["h"]
    doc.add_paragraph(h["summary"], style="Heading 1")
    doc.add_paragraph(d["summary"])
    for heading, entries in ((h["exp"], d["exp"]), (h["edu"], d["edu"])):
        doc.add_paragraph(heading, style="Heading 1")
        table = doc.add_table(rows=0, cols=3)
        for e in entries:
            dates, what, where = table.add_row().cells
            dates.text = e["dates"]
            what.text = e["b"]
            for b in e["bullets"]:
                what.add_paragraph(f"{d['bullet']} {b}")
            where.text = e["a"]
    doc.add_paragraph(h["skills"], style="Heading 1")
    doc.add_paragraph(", ".join(d["skills"]))
    doc.add_paragraph(h["langs"], style="Heading 1")
    doc.add_paragraph(", ".join(d["langs"]))
    doc.add_paragraph(h["certs"], style="Heading 1")
    for c in d["certs"]:
        doc.add_paragraph(c)
    return _save(doc)


def _cells(d: dict[str, Any]) -> bytes:
    """Blind (blind.py): contact in a one-row table; entries are rows of one cell per field."""
    doc = Document()
    doc.add_paragraph(d["name"], style="Title")
    doc.add_paragraph(d["headline"])
    top = doc.add_table(rows=1, cols=len(d["contacts"]))
    for cell, line in zip(top.rows[0].cells, d["contacts"], strict=True):
        cell.text = line
    h = d["h"]
    doc.add_paragraph(h["summary"], style="Heading 1")
    doc.add_paragraph(d["summary"])
    for heading, entries in ((h["exp"], d["exp"]), (h["edu"], d["edu"])):
        doc.add_paragraph(heading, style="Heading 1")
        table = doc.add_table(rows=0, cols=4)
        for e in entries:
            for cell, text in zip(table.add_row().cells, e["cells"], strict=True):
                cell.text = text
            if e["bullets"]:
                row = table.add_row().cells
                merged = row[0].merge(row[3])
                merged.text = f"{d['bullet']} {e['bullets'][0]}"
                for b in e["bullets"][1:]:
                    merged.add_paragraph(f"{d['bullet']} {b}")
    doc.add_paragraph(h["skills"], style="Heading 1")
    grid = doc.add_table(rows=0, cols=3)
    for i in range(0, len(d["skills"]), 3):
        row = grid.add_row().cells
        for cell, skill in zip(row, d["skills"][i : i + 3], strict=False):
            cell.text = skill
    doc.add_paragraph(h["langs"], style="Heading 1")
    for lang in d["langs"]:
        doc.add_paragraph(lang, style="List Bullet")
    doc.add_paragraph(h["certs"], style="Heading 1")
    for c in d["certs"]:
        doc.add_paragraph(c, style="List Bullet")
    return _save(doc)


def _header_grid(d: dict[str, Any]) -> bytes:
    """Blind2 (blind2.py): a name/contact table in the page header; the body one table whose
    rows hold a section name left and its content right."""
    from docx.shared import Cm

    doc = Document()
    head = doc.sections[0].header.add_table(rows=1, cols=2, width=Cm(17))
    who, reach = head.rows[0].cells
    who.text = d["name"]
    who.paragraphs[0].runs[0].bold = True
    who.add_paragraph(d["headline"])
    reach.text = d["contacts"][0]
    for line in d["contacts"][1:]:
        reach.add_paragraph(line)
    h = d["h"]
    body = doc.add_table(rows=0, cols=2)

    def section(title: str) -> Any:
        left, right = body.add_row().cells
        left.text = title.upper()
        left.paragraphs[0].runs[0].bold = True
        return right

    cell = section(h["summary"])
    cell.text = d["summary"]
    for title, entries in ((h["exp"], d["exp"]), (h["edu"], d["edu"])):
        cell = section(title)
        first = True
        for e in entries:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.add_run(e["a"]).bold = True
            cell.add_paragraph(e["b"])
            cell.add_paragraph(e["dates"]).runs[0].italic = True
            for b in e["bullets"]:
                cell.add_paragraph(f"{d['bullet']} {b}")
    section(h["skills"]).text = " / ".join(d["skills"])
    cell = section(h["langs"])
    cell.text = d["langs"][0]
    for lang in d["langs"][1:]:
        cell.add_paragraph(lang)
    if d["certs"]:
        cell = section(h["certs"])
        cell.text = d["certs"][0]
        for c in d["certs"][1:]:
            cell.add_paragraph(c)
    return _save(doc)


def render_docx(layout: str, data: dict[str, Any]) -> bytes:
    """The DOCX bytes of one layout."""
    makers = {
        "docx_table": _table,
        "docx_header": _header,
        "docx_textbox": _textbox,
        "docx_jobs_table": _jobs_table,
        "docx_cells": _cells,
        "docx_header_grid": _header_grid,
    }
    return makers[layout](data)

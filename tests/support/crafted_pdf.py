"""A small PDF that pypdf is slow on: every page shares one stream of many text operators."""

from __future__ import annotations

import io
import zlib


def slow_pdf(pages: int = 20, ops_per_page: int = 40_000, *, visible: bool = True) -> bytes:
    """A few KB that cost pypdf about 1.3 s of CPU per page (40,000 operators each); with
    `visible=False` the operators only move the cursor, so no text cap stops the reading."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    op = b"1 0 0 1 10 10 Tm (ab) Tj " if visible else b"1 0 0 1 10 10 Tm 0 0 Td "
    body = b"BT /F1 9 Tf " + op * ops_per_page + b"ET"
    stream = zlib.compress(body, 9)
    content = add(
        b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    )
    pages_id = len(objects) + pages + 1
    kids = [
        add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
            % (pages_id, font, content)
        )
        for _ in range(pages)
    ]
    add(
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    )
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(objects) + 1, catalog))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()

"""Typst templates for the generated resumes; each reads its content from `sys.inputs.data`."""

from __future__ import annotations

PREAMBLE = """
#let d = json(bytes(sys.inputs.data))
#set page(paper: "a4", margin: (x: 14mm, y: 12mm))
#set text(size: 9.5pt)
#set par(justify: false, leading: 0.55em)
#let bullets(items) = for b in items {
  grid(columns: (9pt, 1fr), row-gutter: 0pt, d.bullet, b)
  v(1pt)
}
#let head(t) = {
  v(6pt); text(weight: "bold", size: 11pt, t); v(-4pt); line(length: 100%, stroke: 0.5pt); v(2pt)
}
#let pairs(l, r) = {
  let out = ()
  for i in range(calc.max(l.len(), r.len())) {
    out.push(l.at(i, default: [])); out.push(r.at(i, default: []))
  }
  out
}
#let spaced(t) = { v(6pt); text(weight: "bold", size: 10pt, tracking: 2.5pt, upper(t)); v(2pt) }
"""

# Each entry is {"a": first line, "b": second line or "", "dates": "...", "bullets": [...]}.
_RIGHT_DATES = """
#let entries(xs) = for e in xs {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), e.dates)
  if e.b != "" { emph(e.b); linebreak() }
  bullets(e.bullets)
  v(3pt)
}
"""
_BELOW_DATES = """
#let entries(xs) = for e in xs {
  text(weight: "bold", e.a); linebreak()
  if e.b != "" { e.b; linebreak() }
  text(fill: luma(90), e.dates); linebreak()
  bullets(e.bullets)
  v(3pt)
}
"""
_LEFT_DATES = """
#let entries(xs) = for e in xs {
  grid(columns: (30mm, 1fr), column-gutter: 4mm, text(fill: luma(80), e.dates), {
    text(weight: "bold", e.a); linebreak()
    if e.b != "" { e.b; linebreak() }
    bullets(e.bullets)
  })
  v(3pt)
}
"""
_ONE_LINE = """
#let entries(xs) = for e in xs {
  text(weight: "bold", e.a); linebreak()
  bullets(e.bullets)
  v(3pt)
}
"""

_LISTS = """
#let lines(xs) = for x in xs { x; linebreak() }
#let commas(xs) = xs.join(", ")
"""

TEMPLATES: dict[str, str] = {
    # one column, contact line under the name, dates right of the title
    "classic": _RIGHT_DATES
    + _LISTS
    + """
#align(center, text(size: 20pt, weight: "bold", d.name))
#align(center, d.contacts.join("  |  "))
#head(d.h.summary)
#d.summary
#head(d.h.exp)
#entries(d.exp)
#head(d.h.edu)
#entries(d.edu)
#head(d.h.certs)
#lines(d.certs)
#head(d.h.skills)
#commas(d.skills)
#head(d.h.langs)
#commas(d.langs)
""",
    # a grey sidebar on the left; the grid's rows pair sidebar and main blocks, so the PDF's
    # text order interleaves them as designed templates do
    "sidebar_left": _BELOW_DATES
    + _LISTS
    + """
#let side = ({ spaced(d.h.contact); lines(d.contacts) }, { spaced(d.h.skills); lines(d.skills) },
  { spaced(d.h.langs); lines(d.langs) })
#let main = (
  { text(size: 22pt, weight: "bold", d.name); linebreak(); text(size: 12pt, d.headline) },
  { head(d.h.summary); d.summary }, { head(d.h.exp); entries(d.exp.slice(0, 1)) },
  entries(d.exp.slice(1)), { head(d.h.edu); entries(d.edu) }, { head(d.h.certs); lines(d.certs) })
#grid(columns: (58mm, 1fr), column-gutter: 7mm, inset: (x, y) => if x == 0 { 3mm } else { 0pt },
  fill: (x, y) => if x == 0 { luma(235) }, ..pairs(side, main))
""",
    # the job title on top, the name only under "Personal details" in a right sidebar
    "sidebar_right": _RIGHT_DATES
    + _LISTS
    + """
#grid(columns: (1fr, 55mm), column-gutter: 7mm,
  {
    text(size: 18pt, weight: "bold", upper(d.headline))
    head(d.h.summary); d.summary
    head(d.h.exp); entries(d.exp)
    head(d.h.edu); entries(d.edu)
  },
  block(fill: luma(238), inset: 4mm, width: 100%, {
    spaced(d.h.contact); lines(d.contacts)
    spaced(d.h.skills); lines(d.skills)
    spaced(d.h.langs); lines(d.langs)
    spaced(d.h.certs); lines(d.certs)
  }))
""",
    # dates in a column left of each entry; title line, then the name, then contact
    "dates_left": _LEFT_DATES
    + _LISTS
    + """
#text(size: 11pt, upper(d.headline)) \\
#text(size: 20pt, weight: "bold", d.name) \\
#d.contacts.join("  ·  ")
#head(d.h.summary)
#d.summary
#head(d.h.exp)
#entries(d.exp)
#head(d.h.edu)
#entries(d.edu)
#head(d.h.skills)
#commas(d.skills)
#head(d.h.langs)
#lines(d.langs)
#head(d.h.certs)
#lines(d.certs)
""",
    # two equal columns under a header; letter-spaced headings
    "two_columns": _BELOW_DATES
    + _LISTS
    + """
#text(size: 22pt, weight: "bold", d.name) \\
#d.headline \\
#d.contacts.join("   ")
#v(4pt)
#grid(columns: (1fr, 1fr), column-gutter: 8mm, ..pairs(
  ({ spaced(d.h.exp); entries(d.exp.slice(0, 1)) }, entries(d.exp.slice(1))),
  ({ spaced(d.h.summary); d.summary; spaced(d.h.edu); entries(d.edu) },
   { spaced(d.h.skills); lines(d.skills); spaced(d.h.langs); lines(d.langs)
     spaced(d.h.certs); lines(d.certs) })))
""",
    # one column, every entry on one line "Role | Employer | City | dates"
    "one_line": _ONE_LINE
    + _LISTS
    + """
#text(size: 20pt, weight: "bold", d.name) \\
#d.headline \\
#lines(d.contacts)
#head(d.h.summary)
#d.summary
#head(d.h.exp)
#entries(d.exp)
#head(d.h.edu)
#entries(d.edu)
#head(d.h.skills)
#commas(d.skills)
#head(d.h.langs)
#commas(d.langs)
#head(d.h.certs)
#lines(d.certs)
""",
    # contact at the end under its own heading; dates before the title
    "contact_last": _BELOW_DATES
    + _LISTS
    + """
#text(size: 20pt, weight: "bold", d.name) \\
#text(size: 12pt, d.headline)
#head(d.h.summary)
#d.summary
#head(d.h.skills)
#commas(d.skills)
#head(d.h.exp)
#entries(d.exp)
#head(d.h.edu)
#entries(d.edu)
#head(d.h.langs)
#commas(d.langs)
#head(d.h.certs)
#lines(d.certs)
#head(d.h.contact)
#lines(d.contacts)
""",
    # a dark band with the name left and contact right; skills in a three-column grid
    "band": _RIGHT_DATES
    + _LISTS
    + """
#block(fill: rgb("#1f3a5f"), inset: 6mm, width: 100%, text(fill: white,
  grid(columns: (1fr, auto), { text(size: 20pt, weight: "bold", d.name); linebreak(); d.headline },
    align(right, d.contacts.join("\\n")))))
#head(d.h.summary)
#d.summary
#head(d.h.skills)
#grid(columns: (1fr, 1fr, 1fr), row-gutter: 4pt, ..d.skills)
#head(d.h.exp)
#entries(d.exp)
#head(d.h.edu)
#entries(d.edu)
#head(d.h.langs)
#commas(d.langs)
#head(d.h.certs)
#lines(d.certs)
""",
    # left sidebar with name and contact, interleaved with the main column row by row
    "sidebar_dates": _LEFT_DATES
    + _LISTS
    + """
#let side = ({ text(size: 16pt, weight: "bold", d.name); linebreak(); d.headline },
  { spaced(d.h.contact); lines(d.contacts) }, { spaced(d.h.langs); lines(d.langs) },
  { spaced(d.h.skills); lines(d.skills) })
#let main = ({ head(d.h.summary); d.summary }, { head(d.h.exp); entries(d.exp.slice(0, 1)) },
  entries(d.exp.slice(1)), { head(d.h.edu); entries(d.edu) }, { head(d.h.certs); lines(d.certs) })
#grid(columns: (52mm, 1fr), column-gutter: 6mm, inset: (x, y) => if x == 0 { 3mm } else { 0pt },
  fill: (x, y) => if x == 0 { luma(230) }, ..pairs(side, main))
""",
    # written after tuning (fresh.py): dates in their own column right of each entry
    "timeline": _LISTS
    + """
#let entries(xs) = for e in xs {
  grid(columns: (1fr, 34mm), column-gutter: 5mm, {
    text(weight: "bold", e.a); linebreak()
    if e.b != "" { emph(e.b); linebreak() }
    bullets(e.bullets)
  }, text(fill: luma(90), e.dates))
  v(3pt)
}
#text(size: 20pt, weight: "bold", d.name)
#h(1fr) #text(size: 11pt, d.headline) \\
#d.contacts.join("  •  ")
#head(d.h.summary)
#d.summary
#head(d.h.skills)
#for s in d.skills [• #s \\ ]
#head(d.h.exp)
#entries(d.exp)
#head(d.h.edu)
#entries(d.edu)
#head(d.h.langs)
#lines(d.langs)
#head(d.h.certs)
#lines(d.certs)
""",
    # written after tuning (fresh.py): one line per entry, dates in brackets at its end
    "inline_parens": _ONE_LINE
    + _LISTS
    + """
#grid(columns: (1fr, auto), text(size: 20pt, weight: "bold", d.name),
  align(right, lines(d.contacts)))
#text(size: 11pt, d.headline)
#head(d.h.summary)
#d.summary
#head(d.h.exp)
#entries(d.exp)
#head(d.h.edu)
#entries(d.edu)
#head(d.h.skills)
#d.skills.join(" · ")
#head(d.h.langs)
#commas(d.langs)
#head(d.h.certs)
#lines(d.certs)
""",
}

"""Form-like resumes (Europass, label rows): "Dates | 2019 – 2022" rows become plain entries.

A row whose left cell names a field of an entry (dates, position, employer, duties, degree,
school) is one field of a record; a field seen again starts the next record. Each record is
written back in the order the entry reader knows (dates, role, employer, bullets), the labels
dropped. Contact labels in a cell ("First name(s) / Surname(s) | Ana Lima") become
"Name: Ana Lima"; a label that only introduces a value ("Mother tongue(s) | English") is
dropped; a line that only finishes a wrapped label is dropped too.
"""

from __future__ import annotations

import re

from core.resume.form_labels import is_counter, label_field, ticked
from core.resume.sections import LABELS, heading_key

_FIELDS: dict[str, str] = {
    "dates": """dates; date; period; from to; duration; graduated; graduation; graduation date;
        date of graduation; year of graduation; completed; dates of employment""",
    "role": """occupation or position held; position held; position; job title; title; role;
        occupation""",
    "employer": """name and address of employer; name of employer; employer; company;
        company name; organisation; organization""",
    "duties": """main activities and responsibilities; responsibilities; main responsibilities;
        duties; activities; tasks; duties and responsibilities""",
    # more of the entry's duties, under a label of their own
    "more": """key accomplishment; key accomplishments; accomplishments; achievements;
        key achievements""",
    # where the entry was: only inside a record (before one, "Location:" is the person's)
    "place": "location; city; place; work location; duty station; city state",
    # form fields that are no part of the entry as an employer reads it
    "drop": """hours per week; hours; supervisor; salary; grade; series; pay plan; series grade;
        may we contact your supervisor; reason for leaving; job type; work schedule""",
    "degree": """title of qualification awarded; qualification awarded; degree; diploma;
        title of qualification""",
    "school": """name and type of organisation providing education and training;
        name and type of organisation; name and type of organization; institution; school;
        university; name of institution""",
    "value": """mother tongue s; mother tongues; mother tongue; native language;
        other language s; other languages; principal subjects occupational skills covered""",
}
_FIELD_OF = {
    heading_key(name): kind
    for kind, blob in _FIELDS.items()
    for name in blob.split(";")
    if name.strip()
}
_ROW = re.compile(r"^(?P<label>[^|:]{2,70}?)\s*(?:\||:)(?:\s+(?P<value>\S.*))?$")
_BULLET = re.compile(r"^[•▪◦·*‣–-]\s*")
_ORDER = ("dates", "role", "degree", "employer", "school")
_PLACES = frozenset({"location", "city", "place"})
_NOT_FORM = frozenset({"contact", "value", "duties", "more", "tick", "drop"})


def _row(line: str) -> tuple[str, str, str] | None:
    """(field, label, value) of a label row, or None."""
    m = _ROW.match(line.strip())
    if m is None:
        # a list's label alone on its line, its cell empty ("Main activities and
        # responsibilities" over the duties, as europecv prints it)
        alone = _FIELD_OF.get(heading_key(line))
        return (alone, line.strip(), "") if alone in ("duties", "more") else None
    key = heading_key(m["label"])
    kind = _FIELD_OF.get(key) or ("contact" if LABELS.get(key) else None)
    if kind is None and m["value"] is not None and ticked(m["value"]):
        kind = "tick"  # "I currently work here: Yes"
    kind = kind or label_field(m["label"])
    if m["value"] is None and kind not in ("duties", "more"):
        return None  # "Duties:" alone opens its list; another label needs its value
    return (kind, m["label"], (m["value"] or "").strip()) if kind else None


def _finishes_label(label: str, line: str) -> bool:
    return bool(label) and heading_key(f"{label} {line}") in _FIELD_OF


def _emit(record: dict[str, list[str]]) -> list[str]:
    where = " ".join(record.get("place", []))
    out = []
    for f in _ORDER:
        if record.get(f):
            value = " ".join(record[f])
            out.append(f"{value} | {where}" if where and f in ("employer", "school") else value)
    # "Main activities | • Signal the line": the cell's own bullet is no part of the duty
    duties = [_BULLET.sub("", d) for d in record.get("duties", []) + record.get("more", [])]
    return out + [f"• {duty}" for duty in duties if duty]


def unlabel(lines: list[str]) -> list[str]:
    """The lines with label rows of entries rewritten as plain entries (see the module)."""
    # a form names an entry's fields; "Key achievements:" over each job's bullets, or a
    # ticked box, makes no form of an ordinary resume
    if sum(1 for line in lines if (r := _row(line)) and r[0] not in _NOT_FORM) < 2:
        return lines
    out: list[str] = []
    record: dict[str, list[str]] = {}
    field, label = "", ""
    for line in lines:
        row = _row(line)
        if row is not None and row[0] == "contact":
            out += _emit(record)
            record, field, label = {}, "", ""
            name = LABELS[heading_key(row[1])]
            out.append(f"{name}: {row[2]}" if name != "skip" else line)
            continue
        if row is not None and row[0] == "value":
            out += _emit(record)
            record, field, label = {}, "", ""
            out.append(row[2])
            continue
        if row is not None and row[0] == "tick":
            if record:
                continue  # a box ticked inside a record says nothing the entry needs
            row = None
        if is_counter(line) and (record or out):
            out += _emit(record)
            record, field, label = {}, "", ""
            continue  # "Position 2 of 3" only separates two records
        if row is not None and row[0] == "place" and not record:
            row = ("contact", row[1], row[2])  # "Location:" before any entry: the person's
        if row is not None and row[0] == "contact" and record and row[1].casefold() in _PLACES:
            row = ("place", row[1], row[2])
        if row is not None and row[0] == "end" and record.get("dates"):
            record["dates"] = [f"{record['dates'][0]} – {row[2]}"]  # "From:" then "To:"
            field, label = "dates", row[1]
            continue
        if row is not None:
            kind, label, value = row
            kind = "dates" if kind in ("start", "end") else kind
            if kind in record and kind not in ("drop", "more"):
                out += _emit(record)
                record = {}
            record.setdefault(kind, [])
            record[kind] = [*record[kind], value] if kind == "more" else [value] if value else []
            field = kind
            continue
        if field and _finishes_label(label, line):
            continue
        if field == "drop" and line.strip() and not _heading(line):
            continue  # a supervisor's details running on
        if field not in ("", "duties", "more") and _BULLET.match(line.strip()):
            # "Designation: Associate" over "• GST return filing": a bullet under a one-line
            # field is the entry's first duty, never the field's wrapped value
            record.setdefault("duties", []).append(line.strip())
            field = "duties"
            continue
        if field and line.strip() and not _heading(line):
            values = record[field]
            if not values:
                values.append(line.strip())  # the first line under "Duties:"
                continue
            bulleted = _BULLET.match(line.strip()) is not None
            if field == "duties" and (
                bulleted or (not line[:1].islower() and values[-1].endswith("."))
            ):
                values.append(line.strip())  # the next duty
            else:
                values[-1] = f"{values[-1]} {line.strip()}"  # a wrapped value
            continue
        out += _emit(record)
        record, field, label = {}, "", ""
        out.append(line)
    return out + _emit(record)


def join_wrapped_headings(lines: list[str]) -> list[str]:
    """A heading wrapped after "and", "&" or "/" ("EDUCATION AND" over "TRAINING") is one."""
    from core.resume.sections import heading_of

    out: list[str] = []
    for line in lines:
        last = out[-1].rstrip() if out else ""
        wrapped = re.search(r"(?:\sand|&|/)$", last, re.I) or (
            last.isupper()
            and line.strip().isupper()
            and (heading_of(last) is None or heading_of(line) is None)
        )
        if last and wrapped and heading_of(f"{last} {line.strip()}"):
            out[-1] = f"{last} {line.strip()}"
        else:
            out.append(line)
    return out


def split_heading_rows(lines: list[str]) -> list[str]:
    """A row of headings side by side ("SKILLS | LANGUAGES") over rows of cells becomes one
    section after the other, each cell under the heading of its column."""
    from core.resume.sections import heading_of

    out: list[str] = []
    columns: list[list[str]] = []
    for line in [*lines, ""]:
        cells = [c.strip() for c in re.split(r"\s*\|\s*", line.strip())]
        if len(cells) > 1 and all((h := heading_of(c)) and not h.rest for c in cells):
            out += [ln for col in columns for ln in col]
            columns = [[c] for c in cells]
            continue
        if columns and line.strip() and not _heading(line):
            for n, cell in enumerate(cells[: len(columns)]):
                if cell:
                    columns[n].append(cell)
            continue
        out += [ln for col in columns for ln in col]
        columns = []
        out.append(line)
    return out[:-1]


def _heading(line: str) -> bool:
    from core.resume.sections import heading_of

    return heading_of(line) is not None

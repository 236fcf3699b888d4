"""Render the "external" resume group: labelled people in resume themes published on npm.

Every other group's layouts were written by this project, so a reader tuned on them may only
have learnt its authors' habits. These 15 themes (JSON Resume, https://jsonresume.org) were
written by other people for real users; each renders two people of personas.py ...
personas10.py from the JSON Resume schema, and Chromium prints the HTML to PDF as
`resume-cli export` does. A label is kept only where the theme prints its value (several themes
leave out certificates, languages, a school or the e-mail), checked on the theme's HTML (the
page as printed), never on the text extracted from the PDF nor on what the reader makes of it.

The same for "external2" (THEMES2, other people, one each), kept blind for later rounds, and
"external3" (THEMES3, two more people each), tuned on from the fifteenth round.

Needs Node.js, npm and Chromium (`apt-get install chromium`); the tests read only the PDFs and
cases.json written here, so CI needs neither. Run from the repository root:
    .venv/bin/python -m tests.intake.resume_set.external.make_external [external3 ...]
Bullets were labelled later, from the pages' HTML only (Node.js and npm, no Chromium):
    .venv/bin/python -m tests.intake.resume_set.external.make_external --bullets
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from tests.intake.resume_set.evaluate import norm
from tests.intake.resume_set.labels import printed_labels_of
from tests.intake.resume_set.personas import Person, plain

HERE = Path(__file__).resolve().parent
THEMES = (
    "actual",
    "caffeine",
    "class",
    "compact",
    "elegant",
    "even",
    "flat",
    "kendall",
    "macchiato",
    "modern",
    "onepage",
    "paper",
    "short",
    "spartan",
    "stackoverflow",
)
# the half of THEMES tuning may look at ("external"); the other half is "external_blind"
TUNED_THEMES = THEMES[::2]
# "external2": 21 more published themes, one person each, kept blind for later rounds
THEMES2 = (
    "ace",
    "autumn",
    "crisp",
    "direct",
    "eloquent",
    "fresh",
    "full",
    "github",
    "jacrys",
    "keloran",
    "lucide",
    "mantra",
    "minimal",
    "minyma",
    "papirus",
    "projects",
    "pumpkin",
    "riga",
    "rocketspacer",
    "tachyons-clean",
    "wraypro",
)
# "external3": 12 more published themes, two more people each, tuned on from the fifteenth
# round (no fork of a blind theme: paper-plus-plus is left out, paper is blind)
THEMES3 = (
    "boilerplate",
    "dinesh",
    "flat-fr",
    "msresume",
    "onepage-plus",
    "simple",
    "simplistic",
    "slick",
    "spartacus",
    "srt",
    "standard-resume",
    "techlead",
)
# group: (themes, people offset, people a theme)
SETS = {
    "external": (THEMES, 0, 2),
    "external2": (THEMES2, 1, 1),
    "external3": (THEMES3, 2, 2),
}
# every person of the groups tuned on so far (never blind16/17's), one in three taken
SOURCES = (("personas", "PEOPLE"), *((f"personas{n}", f"PEOPLE{n + 5}") for n in range(2, 11)))
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _people(offset: int) -> list[tuple[str, Person]]:
    found = []
    for module, name in SOURCES:
        people = getattr(importlib.import_module(f"tests.intake.resume_set.{module}"), name)
        found += [(module, p) for p in people]
    return found[offset::3]


def _date(text: str) -> str | None:
    """The schema's form of a date: "Mar 2019" -> "2019-03", "2011" -> "2011", "Present" -> None."""
    if text == "Present":
        return None
    month, _, year = text.rpartition(" ")
    return f"{year}-{MONTHS.index(month) + 1:02d}" if month else year


def _dated(start: str, end: str) -> dict[str, str]:
    dates = {"startDate": _date(start), "endDate": _date(end)}
    return {k: v for k, v in dates.items() if v}


def json_resume(person: Person) -> dict[str, object]:
    """The person in the JSON Resume schema (with the older schema's `company` beside `name`,
    which older themes read)."""
    work = [
        {
            "name": j.employer,
            "company": j.employer,
            "position": j.role,
            "location": j.city,
            **_dated(j.start, j.end),
            "highlights": [plain(b) for b in j.bullets],
        }
        for j in person.jobs
    ]
    education = [
        {"institution": s.school, "studyType": s.degree, "area": "", **_dated(s.start, s.end)}
        for s in person.schools
    ]
    profiles = [
        {"network": link.split("/")[0].split(".")[-2].title(), "url": f"https://{link}"}
        for link in person.links
        if "." in link.split("/")[0]
    ]
    return {
        "basics": {
            "name": person.name,
            "label": person.headline,
            "email": person.email,
            "phone": person.phone,
            "summary": plain(person.summary),
            "location": {"city": person.city},
            "profiles": profiles,
        },
        "work": work,
        "education": education,
        "skills": [{"name": s, "keywords": []} for s in person.skills],
        "languages": [{"language": n, "fluency": lvl.capitalize()} for n, lvl in person.languages],
        "certificates": [{"name": c} for c in person.certifications],
    }


class _Visible(HTMLParser):
    """The text a browser shows: everything outside <head>, <script>, <style> and <title>."""

    HIDDEN: ClassVar[set[str]] = {"head", "script", "style", "title", "template", "noscript"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in self.HIDDEN

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in self.HIDDEN and self.hidden > 0

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    reader = _Visible()
    reader.feed(html)
    return " ".join(reader.parts)


# Themes link their CSS and fonts from CDNs, which this machine cannot reach: each is served
# from the same release on npm (package.json), so grids, icons and fonts print as for a user
# online. Unknown links stay as they are (the page then prints without them).
MODULES = HERE / "node_modules"
_ASSETS: tuple[tuple[str, str], ...] = (
    (
        r"bootstrap/3\.2\.0/css/(bootstrap(?:-theme)?)(?:\.min)?\.css",
        "bootstrap320/dist/css/{0}.min.css",
    ),
    (
        r"bootstrap/3\.3\.6/css/(bootstrap(?:-theme)?)(?:\.min)?\.css",
        "bootstrap336/dist/css/{0}.min.css",
    ),
    (
        r"bootstrap/3\.3\.7/css/(bootstrap(?:-theme)?)(?:\.min)?\.css",
        "bootstrap/dist/css/{0}.min.css",
    ),
    (
        r"bootswatch(?:\.com|/3\.3\.7)/(\w+)/bootstrap(?:\.min)?\.css",
        "bootswatch/{0}/bootstrap.min.css",
    ),
    (
        r"font-awesome/4\.\d+\.\d+/css/font-awesome(?:\.min)?\.css",
        "font-awesome/css/font-awesome.min.css",
    ),
    (
        r"(?:font-awesome/5\.\d+\.\d+|releases/v5\.\d+\.\d+)/css/all(?:\.min)?\.css",
        "font-awesome5/css/all.min.css",
    ),
    (
        r"font-awesome/6\.\d+\.\d+/css/all(?:\.min)?\.css",
        "@fortawesome/fontawesome-free/css/all.min.css",
    ),
    (r"tachyons@4\.10\.0/css/tachyons(?:\.min)?\.css", "tachyons/css/tachyons.min.css"),
    (r"bulma/0\.7\.1/css/bulma(?:\.min)?\.css", "bulma/css/bulma.min.css"),
    (r"flexboxgrid/6\.3\.0/flexboxgrid(?:\.min)?\.css", "flexboxgrid/dist/flexboxgrid.min.css"),
)


def _fonts(url: str) -> list[str]:
    """Google Fonts families -> their @fontsource copies (regular and bold)."""
    families = re.findall(r"family=([^&:|]+)|\|([^&:|]+)", url.replace("&amp;", "&"))
    found = []
    for family in (a or b for a, b in families):
        folder = MODULES / "@fontsource" / family.replace("+", "-").lower()
        found += [
            str(folder / f) for f in ("400.css", "700.css", "index.css") if (folder / f).exists()
        ]
    return found


def local_assets(html: str) -> str:
    """The page with each CDN stylesheet it links replaced by the same file from npm."""

    def swap(link: re.Match[str]) -> str:
        url = link.group(2)
        if "fonts.googleapis.com/" in url:
            files = _fonts(url)
            return "".join(f'<link rel="stylesheet" href="{Path(f).as_uri()}">' for f in files)
        for pattern, target in _ASSETS:
            found = re.search(pattern, url)
            if found:
                local = MODULES / target.format(*found.groups())
                return link.group(1) + local.as_uri() + link.group(3)
        return link.group(0)

    return re.sub(r'(<link\b[^>]*?href=")((?:https?:)?//[^"]+)("[^>]*>)', swap, html)


def _html(theme: str, person: Person, work: Path) -> Path:
    """The theme's page for the person (no browser needed)."""
    source, html = work / "resume.json", work / "resume.html"
    source.write_text(json.dumps(json_resume(person)), encoding="utf-8")
    subprocess.run(["node", HERE / "render.js", theme, source, html], check=True, cwd=HERE)
    return html


def _render(theme: str, person: Person, work: Path) -> tuple[bytes, str]:
    html, pdf = _html(theme, person, work), work / "resume.pdf"
    html.write_text(local_assets(html.read_text(encoding="utf-8")), encoding="utf-8")
    chromium = ["chromium", "--headless", "--no-sandbox", "--disable-gpu"]
    subprocess.run(
        [
            *chromium,
            "--allow-file-access-from-files",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return pdf.read_bytes(), visible_text(html.read_text(encoding="utf-8"))


def printed_labels(person: Person, text: str) -> dict[str, object]:
    """The person's labels, each value kept only where the page's text shows it."""
    shown = f" {norm(text)} "

    def printed(value: str) -> bool:
        return f" {norm(value)} " in shown

    return printed_labels_of(person, printed, text)


def _cases_of(group: str) -> list[tuple[str, int, Person]]:
    """(theme, index in cases.json, person) of every case of a set, in main()'s order."""
    themes, offset, each = SETS[group]
    people = _people(offset)
    found = []
    for n, theme in enumerate(themes):
        for _module, person in people[each * n : each * n + each]:
            found.append((theme, len(found), person))
    return found


def label_bullets(group: str, themes: tuple[str, ...]) -> None:
    """Add to cases.json the job bullets each case's page shows (bullets were not labelled
    when the sets were rendered), for `themes` only (never a blind theme's); every other label
    stays as it is, and the PDFs are not rendered again."""
    path = HERE.parent / group / "cases.json"
    cases = json.loads(path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        for theme, index, person in _cases_of(group):
            if theme not in themes:
                continue
            assert cases[index]["theme"] == theme, (group, index)
            shown = visible_text(_html(theme, person, Path(tmp)).read_text(encoding="utf-8"))
            labels = printed_labels(person, shown)
            cases[index]["labels"]["bullets"] = labels["bullets"]
    path.write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(groups: list[str]) -> None:
    """Render the sets named (all when none is)."""
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], check=True, cwd=HERE)
    for group, (themes, offset, each) in SETS.items():
        if groups and group not in groups:
            continue
        out = HERE.parent / group
        out.mkdir(exist_ok=True)
        people = _people(offset)
        cases = []
        with tempfile.TemporaryDirectory() as tmp:
            for n, theme in enumerate(themes):
                for module, person in people[each * n : each * n + each]:
                    first = unicodedata.normalize("NFKD", person.name.split()[0].lower())
                    name = f"{theme}-{first.encode('ascii', 'ignore').decode()}.pdf"
                    data, shown = _render(theme, person, Path(tmp))
                    (out / name).write_bytes(data)
                    labels = printed_labels(person, shown)
                    cases.append({"file": name, "theme": theme, "people": module, "labels": labels})
                    print(f"{group}/{name}: {len(data) // 1024} KB")
        text = json.dumps(cases, indent=1, ensure_ascii=False) + "\n"
        (out / "cases.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--bullets"]:  # label the bullets of the sets tuning may look at
        label_bullets("external", TUNED_THEMES)
        label_bullets("external3", THEMES3)
    else:
        main(sys.argv[1:])

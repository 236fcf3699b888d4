"""A person as the LaTeX source of a CV class published on CTAN, in the class's own commands.

Every writer prints the whole person (contact, summary, jobs with bullets, schools,
certifications, skills, languages) where its class has a place for it (europecv, the Europass
of 2004, has none for a summary), the way the class's documentation and examples fill it. The
text is the ground truth as rendered (`plain`): the skills a bullet names in [brackets] are
printed too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tests.intake.resume_set.personas import Job, Person, School, plain

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    '"': r"\textquotedbl{}",
}
# the European framework's levels for the words the personas use (for the Europass grids)
_CEFR = {"fluent": "C1", "good": "B2", "intermediate": "B1", "conversational": "B1"}
_CEFR |= {"basic": "A2", "advanced": "C1", "proficient": "C2"}


def esc(text: str) -> str:
    """Text as LaTeX source: the special characters escaped, the [skill] brackets removed."""
    return "".join(_SPECIAL.get(c, c) for c in plain(text))


def span(start: str, end: str) -> str:
    return esc(start) if start == end else f"{esc(start)} -- {esc(end)}"


def bullets(job: Job, env: str = "itemize") -> str:
    items = "\n".join(rf"  \item {esc(b)}" for b in job.bullets)
    return f"\\begin{{{env}}}\n{items}\n\\end{{{env}}}"


def level(name: str) -> str:
    return _CEFR.get(name.lower(), name.upper() if len(name) == 2 else name)


def native(person: Person) -> list[str]:
    return [n for n, lvl in person.languages if lvl.lower() == "native"]


def foreign(person: Person) -> list[tuple[str, str]]:
    return [(n, lvl) for n, lvl in person.languages if lvl.lower() != "native"]


def spoken(person: Person) -> str:
    return ", ".join(f"{esc(n)} ({esc(lvl)})" for n, lvl in person.languages)


def dated(person: Person, item: str, job: str, school: str) -> tuple[list[str], list[str]]:
    """The jobs (with their bullets) and schools as `item[dates] text` lines; `job` formats
    role, employer and city, `school` degree, school and city (all escaped)."""
    jobs = [
        f"{item}[{span(j.start, j.end)}] "
        + job.format(role=esc(j.role), employer=esc(j.employer), city=esc(j.city))
        + f"\n{bullets(j)}"
        for j in person.jobs
    ]
    schools = [
        f"{item}[{span(s.start, s.end)}] "
        + school.format(degree=esc(s.degree), school=esc(s.school), city=esc(s.city))
        for s in person.schools
    ]
    return jobs, schools


def extras(person: Person, item: str, end: str = "") -> list[str]:
    """Skills, languages and certificates as labelled `item[label] text` lines."""
    lines = [f"{item}[Skills] {', '.join(esc(s) for s in person.skills)}{end}"]
    lines.append(f"{item}[Languages] {spoken(person)}{end}")
    if person.certifications:
        lines.append(f"{item}[Certificates] {'; '.join(map(esc, person.certifications))}{end}")
    return lines


PDFLATEX = r"""\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
"""


@dataclass(frozen=True)
class Template:
    """One published class: how its document is typeset and how a person is written in it."""

    name: str
    engine: str
    write: Callable[[Person], dict[str, str]]  # file name -> source; "cv.tex" is the document


# --- moderncv (CTAN moderncv 2.3.1), one look per style ---------------------------------------


def _moderncv_entry(job: Job) -> str:
    return (
        rf"\cventry{{{span(job.start, job.end)}}}{{{esc(job.role)}}}{{{esc(job.employer)}}}"
        f"{{{esc(job.city)}}}{{}}{{%\n{bullets(job)}}}"
    )


def _moderncv_school(school: School) -> str:
    return (
        rf"\cventry{{{span(school.start, school.end)}}}{{{esc(school.degree)}}}"
        rf"{{{esc(school.school)}}}{{{esc(school.city)}}}{{}}{{}}"
    )


def _moderncv_skills(style: str, skills: tuple[str, ...]) -> str:
    """Each style as its own example file lists skills: one line, pairs, or a list."""
    if style in ("banking", "fancy"):
        pairs = [skills[i : i + 2] for i in range(0, len(skills), 2)]
        return "\n".join(
            rf"\cvlistdoubleitem{{{esc(p[0])}}}{{{esc(p[1]) if len(p) > 1 else ''}}}" for p in pairs
        )
    if style == "oldstyle":
        return "\n".join(rf"\cvlistitem{{{esc(s)}}}" for s in skills)
    return rf"\cvitem{{Key skills}}{{{', '.join(esc(s) for s in skills)}}}"


def moderncv(style: str, color: str, hints: str = "") -> Callable[[Person], dict[str, str]]:
    """`hints`: the width of the left column, where fancy prints the contact lines (set as
    moderncv's template.tex shows when an e-mail is too wide for it)."""
    width = f"\\setlength{{\\hintscolumnwidth}}{{{hints}}}\n" if hints else ""

    def write(person: Person) -> dict[str, str]:
        first, _, last = person.name.partition(" ")
        languages = "\n".join(
            rf"\cvitemwithcomment{{{esc(n)}}}{{{esc(lvl.capitalize())}}}{{}}"
            for n, lvl in person.languages
        )
        certs = "\n".join(rf"\cvlistitem{{{esc(c)}}}" for c in person.certifications)
        body = [
            r"\section{Profile}",
            rf"\cvitem{{}}{{{esc(person.summary)}}}",
            r"\section{Experience}",
            *map(_moderncv_entry, person.jobs),
            r"\section{Education}",
            *map(_moderncv_school, person.schools),
            *([r"\section{Certifications}", certs] if certs else []),
            r"\section{Skills}",
            _moderncv_skills(style, person.skills),
            r"\section{Languages}",
            languages,
        ]
        return {
            "cv.tex": f"""\\documentclass[11pt,a4paper,sans]{{moderncv}}
\\moderncvstyle{{{style}}}
\\moderncvcolor{{{color}}}
{PDFLATEX}\\usepackage[scale=0.8]{{geometry}}
{width}\\name{{{esc(first)}}}{{{esc(last)}}}
\\title{{{esc(person.headline)}}}
\\address{{{esc(person.city)}}}{{}}{{}}
\\phone[mobile]{{{esc(person.phone)}}}
\\email{{{esc(person.email)}}}
\\begin{{document}}
\\makecvtitle
{chr(10).join(body)}
\\end{{document}}
"""
        }

    return write


# --- europasscv (the Europass CV of 2013) and europecv (its 2004 predecessor) -----------------


def _europass_languages(person: Person, header: str, footer: str) -> list[str]:
    """The mother tongues, then the other languages as rows of the framework's grid (the same
    level for listening, reading, interaction, production and writing)."""
    rows = foreign(person)
    lines = [rf"\ecvmothertongue{{{', '.join(esc(n) for n in native(person))}}}"]
    if rows:
        lines.append(header)
        for n, (name, lvl) in enumerate(rows):
            command = "ecvlastlanguage" if n == len(rows) - 1 else "ecvlanguage"
            lines.append(rf"\{command}{{{esc(name)}}}" + f"{{{level(lvl)}}}" * 5)
        lines.append(footer)
    return lines


def europasscv(person: Person) -> dict[str, str]:
    body = [r"\ecvsection{Work experience}"]
    for job in person.jobs:
        body += [
            rf"\ecvtitle{{{span(job.start, job.end)}}}{{{esc(job.role)}}}",
            rf"\ecvitem{{}}{{{esc(job.employer)}, {esc(job.city)}}}",
            rf"\ecvitem{{}}{{{bullets(job, 'ecvitemize')}}}",
        ]
    body.append(r"\ecvsection{Education and training}")
    for school in person.schools:
        body += [
            rf"\ecvtitle{{{span(school.start, school.end)}}}{{{esc(school.degree)}}}",
            rf"\ecvitem{{}}{{{esc(school.school)}, {esc(school.city)}}}",
        ]
    skills = "\n".join(rf"\item {esc(s)}" for s in person.skills)
    body += [
        r"\ecvsection{Personal skills}",
        *_europass_languages(person, r"\ecvlanguageheader", r"\ecvlanguagefooter"),
        rf"\ecvblueitem{{Job-related skills}}{{\begin{{ecvitemize}}{skills}\end{{ecvitemize}}}}",
    ]
    if person.certifications:
        certs = "\n".join(rf"\item {esc(c)}" for c in person.certifications)
        body += [
            r"\ecvsection{Additional information}",
            rf"\ecvblueitem{{Certifications}}{{\begin{{ecvitemize}}{certs}\end{{ecvitemize}}}}",
        ]
    return {
        "cv.tex": f"""\\documentclass[english,a4paper]{{europasscv}}
{PDFLATEX}\\ecvname{{{esc(person.name)}}}
\\ecvaddress{{{esc(person.city)}}}
\\ecvmobile{{{esc(person.phone)}}}
\\ecvemail{{{esc(person.email)}}}
\\begin{{document}}
\\begin{{europasscv}}
\\ecvpersonalinfo
\\ecvitem{{\\large Preferred job}}{{\\large {esc(person.headline)}}}
\\ecvitem{{\\large Personal statement}}{{{esc(person.summary)}}}
{chr(10).join(body)}
\\end{{europasscv}}
\\end{{document}}
"""
    }


def europecv(person: Person) -> dict[str, str]:
    body = [r"\ecvsection{Work experience}"]
    for job in person.jobs:
        body += [
            rf"\ecvitem{{Dates}}{{{span(job.start, job.end)}}}",
            rf"\ecvitem{{Occupation or position held}}{{{esc(job.role)}}}",
            rf"\ecvitem{{Main activities and responsibilities}}{{{bullets(job)}}}",
            rf"\ecvitem{{Name and address of employer}}{{{esc(job.employer)}, {esc(job.city)}}}",
            r"\ecvitem{}{}",
        ]
    body.append(r"\ecvsection{Education and training}")
    for school in person.schools:
        body += [
            rf"\ecvitem{{Dates}}{{{span(school.start, school.end)}}}",
            rf"\ecvitem{{Title of qualification awarded}}{{{esc(school.degree)}}}",
            rf"\ecvitem{{Name and type of organisation providing education and training}}"
            rf"{{{esc(school.school)}, {esc(school.city)}}}",
            r"\ecvitem{}{}",
        ]
    body += [
        r"\ecvsection{Personal skills and competences}",
        *_europass_languages(
            person,
            "\\ecvitem{\\large Other language(s)}{}\n\\ecvlanguageheader{(*)}",
            r"\ecvlanguagefooter{(*)}",
        ),
    ]
    body.append(
        rf"\ecvitem{{Technical skills and competences}}"
        rf"{{{', '.join(esc(s) for s in person.skills)}}}"
    )
    if person.certifications:
        certs = "; ".join(esc(c) for c in person.certifications)
        body += [r"\ecvsection{Additional information}", rf"\ecvitem{{Certifications}}{{{certs}}}"]
    return {
        "cv.tex": f"""\\documentclass[english,a4paper,nologo]{{europecv}}
{PDFLATEX}\\usepackage[top=1.5cm,bottom=1.5cm,left=1cm,right=1.5cm]{{geometry}}
\\usepackage{{hyperref}}  % the class loads it at \\begin{{document}}, too late for LaTeX 2022
\\ecvname{{{esc(person.name)}}}
\\ecvaddress{{{esc(person.city)}}}
\\ecvtelephone{{{esc(person.phone)}}}
\\ecvemail{{{esc(person.email)}}}
\\begin{{document}}
\\begin{{europecv}}
\\ecvpersonalinfo
\\ecvitem{{\\large Desired employment / Occupational field}}{{\\large {esc(person.headline)}}}
{chr(10).join(body)}
\\end{{europecv}}
\\end{{document}}
"""
    }


# --- curve, currvita and simplecv: the older general CV classes --------------------------------


def curve(person: Person) -> dict[str, str]:
    """curve: each rubric in its own file, typeset by \\makerubric (as the class's example)."""

    def rubric(title: str, entries: list[str]) -> str:
        return f"\\begin{{rubric}}{{{title}}}\n" + "\n".join(entries) + "\n\\end{rubric}\n"

    entry = r"\entry*"
    jobs, schools = dated(
        person,
        entry,
        r"\textbf{{{role}}}, {employer}, {city}.",
        r"\textbf{{{degree}}}, {school}, {city}.",
    )
    skills = extras(person, entry, ".")
    return {
        "cv.tex": f"""\\documentclass[a4paper,11pt]{{curve}}
{PDFLATEX}\\usepackage[top=2cm,bottom=2cm,left=2.2cm,right=2.2cm]{{geometry}}
\\leftheader{{{esc(person.city)}\\\\ {esc(person.phone)}}}
\\rightheader{{\\begin{{tabular}}{{@{{}}r@{{}}}}{esc(person.email)}\\end{{tabular}}}}
\\title{{{esc(person.name)}}}
\\subtitle{{{esc(person.headline)}}}
\\begin{{document}}
\\makeheaders[c]
\\maketitle
\\noindent {esc(person.summary)}
\\makerubric{{experience}}
\\makerubric{{education}}
\\makerubric{{skills}}
\\end{{document}}
""",
        "experience.tex": rubric("Professional Experience", jobs),
        "education.tex": rubric("Education", schools),
        "skills.tex": rubric("Skills", skills),
    }


def currvita(person: Person) -> dict[str, str]:
    def cvlist(title: str, items: list[str]) -> str:
        return f"\\begin{{cvlist}}{{{title}}}\n" + "\n".join(items) + "\n\\end{cvlist}"

    jobs, schools = dated(
        person,
        r"\item",
        r"\textbf{{{role}}}\\ {employer}, {city}",
        r"{degree}\\ \textit{{{school}}}, {city}",
    )
    other = extras(person, r"\item")
    lists = [
        cvlist(
            "Personal Details",
            [
                rf"\item[Address] {esc(person.city)}",
                rf"\item[Phone] {esc(person.phone)}",
                rf"\item[E-mail] {esc(person.email)}",
            ],
        ),
        cvlist("Profile", [rf"\item {esc(person.summary)}"]),
        cvlist("Professional Experience", jobs),
        cvlist("Education", schools),
        cvlist("Skills and Languages", other),
    ]
    return {
        "cv.tex": f"""\\documentclass[a4paper,11pt]{{article}}
{PDFLATEX}\\usepackage[margin=2.2cm]{{geometry}}
\\usepackage[LabelsAligned]{{currvita}}
\\setlength{{\\cvlabelwidth}}{{3.4cm}}
\\pagestyle{{empty}}
\\begin{{document}}
\\begin{{cv}}{{{esc(person.name)}}}
{chr(10).join(lists)}
\\end{{cv}}
\\end{{document}}
"""
    }


def simplecv(person: Person) -> dict[str, str]:
    """simplecv: the name heads the left header, "Curriculum Vitae" is the title (its example)."""

    def topic(items: list[str]) -> str:
        return "\\begin{topic}\n" + "\n".join(items) + "\n\\end{topic}"

    jobs, schools = dated(
        person,
        r"\item",
        r"\textbf{{{role}}}, {employer}, {city}",
        r"{degree}, \textit{{{school}}}, {city}",
    )
    certs = [rf"\item[] {esc(c)}" for c in person.certifications]
    languages = [rf"\item[{esc(n)}] {esc(lvl.capitalize())}" for n, lvl in person.languages]
    body = [
        r"\section{Profile}",
        esc(person.summary),
        r"\section{Professional Experience}",
        topic(jobs),
        r"\section{Education}",
        topic(schools),
        *([r"\section{Certifications}", topic(certs)] if certs else []),
        r"\section{Skills}",
        ", ".join(esc(s) for s in person.skills),
        r"\section{Languages}",
        topic(languages),
    ]
    return {
        "cv.tex": f"""\\documentclass[a4paper,11pt]{{simplecv}}
{PDFLATEX}\\usepackage[margin=2.2cm]{{geometry}}
\\leftheader{{\\textbf{{{esc(person.name)}}}\\\\ {esc(person.headline)}\\\\ {esc(person.city)}}}
\\rightheader{{Phone: {esc(person.phone)}\\\\ E-mail: {esc(person.email)}}}
\\title{{Curriculum Vitae}}
\\pagestyle{{empty}}
\\begin{{document}}
\\maketitle
{chr(10).join(body)}
\\end{{document}}
"""
    }


def tucv(person: Person) -> dict[str, str]:
    """tucv (a package on article): grey heading bars, the employer above its jobs, a job's
    description under its title and the dates at the right; the heading written by hand."""
    jobs = []
    for job in person.jobs:
        jobs += [
            rf"\resemployer{{{esc(job.employer)}}}{{{esc(job.city)}}}",
            rf"\resjob[{{{bullets(job)}}}]{{{esc(job.role)}}}{{{esc(job.start)}}}{{{esc(job.end)}}}",
        ]
    schools = []
    for school in person.schools:
        schools += [
            rf"\resschool{{{esc(school.school)}}}{{{esc(school.city)}}}",
            rf"\ressubentry{{{esc(school.degree)}}}{{{span(school.start, school.end)}}}",
        ]
    certs = "\\\\ ".join(esc(c) for c in person.certifications)
    body = [
        r"\resheading{Summary}",
        rf"\resentrysinglecol{{{esc(person.summary)}}}",
        r"\resheading{Experience}",
        *jobs,
        r"\resheading{Education}",
        *schools,
        *([r"\resheading{Certifications}", rf"\resentrysinglecol{{{certs}}}"] if certs else []),
        r"\resheading{Skills}",
        rf"\resdesc{{Skills:}}{{{', '.join(esc(s) for s in person.skills)}}}",
        rf"\resdesc{{Languages:}}{{{spoken(person)}}}",
    ]
    return {
        "cv.tex": f"""\\documentclass[letterpaper,11pt]{{article}}
{PDFLATEX}\\usepackage[pagesetup]{{tucv}}
\\begin{{document}}
\\begin{{center}}
{{\\LARGE\\textbf{{{esc(person.name)}}}}}\\\\[4pt]
{esc(person.headline)}\\\\
{esc(person.city)} \\textbullet{{}} {esc(person.phone)} \\textbullet{{}} {esc(person.email)}
\\end{{center}}
{chr(10).join(body)}
\\end{{document}}
"""
    }


TEMPLATES: tuple[Template, ...] = (
    Template("currvita", "pdflatex", currvita),
    Template("curve", "pdflatex", curve),
    Template("europasscv", "pdflatex", europasscv),
    Template("europecv", "pdflatex", europecv),
    Template("moderncv-banking", "pdflatex", moderncv("banking", "blue")),
    Template("moderncv-casual", "pdflatex", moderncv("casual", "orange")),
    Template("moderncv-classic", "pdflatex", moderncv("classic", "blue")),
    Template("moderncv-fancy", "pdflatex", moderncv("fancy", "grey", "5cm")),
    Template("simplecv", "pdflatex", simplecv),
    Template("tucv", "pdflatex", tucv),
)

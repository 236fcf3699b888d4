"""Resume section headings and contact labels in their many spellings, and the section split."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

# English first, then French, Spanish, Portuguese, Italian, German and Dutch
_SYNONYMS: dict[str, str] = {
    "summary": """profile; summary; professional summary; career summary; about; about me;
        objective; career objective; professional profile; personal profile; personal statement;
        overview; introduction; executive summary; personal summary; career profile;
        summary of qualifications; qualifications summary; professional overview; bio;
        research interests; research profile; a propos; à propos; profil;
        perfil; perfil profesional; resumen; resumen profesional; sobre mí; perfil profissional;
        resumo; resumo profissional; sobre mim; profilo; profilo professionale; chi sono;
        profil; kurzprofil; über mich; persönliches profil; profiel; over mij; samenvatting""",
    "experience": """experience; work experience; professional experience; employment history;
        employment; work history; career history; relevant experience; experiences;
        professional background; career experience; positions held; internships;
        internship experience; teaching experience;
        clinical experience; relevant work experience; work experiences; employment experience;
        professional history; experience history; appointments; academic appointments;
        academic positions; academic employment; expérience professionnelle;
        expériences professionnelles; parcours professionnel; experiencia; experiencia laboral;
        experiencia profesional; experiência; experiência profissional; esperienza;
        esperienze; esperienza professionale; esperienze professionali; esperienza lavorativa;
        berufserfahrung; berufliche erfahrung; beruflicher werdegang; werdegang;
        werkervaring; ervaring; professionele ervaring; loopbaan""",
    "education": """education; education and training; academic background; academic history;
        academic qualifications; educational qualification; educational qualifications;
        academic qualification; academic details; educational details; education details;
        educational background; education history; studies;
        qualifications; education and qualifications; academic record; formation; formations;
        études; diplômes; formation et diplômes; educación; formación; formación académica;
        estudios; educação; formação; formação académica; formação acadêmica; istruzione;
        formazione; titoli di studio; ausbildung; bildung; bildungsweg; studium; opleiding;
        opleidingen; onderwijs""",
    "certifications": """certifications; certificates; certification; licenses; licences;
        licenses and certifications; certifications and licenses; courses; trainings;
        training and certifications; certifications and training; professional training;
        licensure; certifications and courses; courses and certifications;
        professional qualifications; professional qualification;
        training; licenses and certificates; certificates and licenses; accreditations;
        certificates and courses; additional training; certificaciones; certificados; cursos;
        certificações; certificazioni; corsi; zertifikate; zertifizierungen; weiterbildung;
        kurse; certificaten; certificeringen; cursussen""",
    "skills": """skills; key skills; core skills; technical skills; core competencies;
        competencies; areas of expertise; skills and abilities; skill set; skillset;
        skills and expertise; soft skills; hard skills; tools; technologies; tools and technologies;
        strengths; abilities; professional skills; relevant skills; computer skills; it skills;
        special skills; key competencies; capabilities; skills and competencies;
        skills and qualifications; technical proficiencies; skills summary; key strengths;
        what i do well; what i do best; what i bring; methods and skills; research methods;
        compétences; compétences techniques; talents; habilidades; competencias; aptitudes;
        conocimientos; competências; conhecimentos; competenze; capacità; abilità;
        kenntnisse; fähigkeiten; kompetenzen; fachkenntnisse; vaardigheden; competenties""",
    "achievements": """achievements; accomplishments; awards; honors; honours; awards and honors;
        awards and honours; key achievements; awards and achievements; recognition;
        achievements and awards; honors and awards; key accomplishments""",
    "projects": """projects; personal projects; selected projects; key projects; portfolio;
        academic projects; side projects; notable projects; project experience""",
    "languages": """languages; language skills; spoken languages; language proficiency;
        languages i speak; languages known; language known; known languages;
        langues; idiomas; lenguas; línguas; lingue; lingue straniere;
        sprachen; sprachkenntnisse; talen; talenkennis""",
    "contact": """details; contact; contact information; contact details; personal details;
        personal information; personal info; contact info; personal data""",
    "links": "links; social links; online; online presence; profiles; websites; social; web",
    "other": """hobbies; interests; hobbies and interests; references; publications; activities;
        extracurricular activities; memberships; affiliations;
        declaration; referees; volunteer work; volunteer experience; volunteering;
        volunteer roles; conferences; personal interests; other;
        teaching; teaching activities; presentations; talks; grants; centres d intérêt;
        loisirs; intérêts""",
    # courses taken, with the odd credential among them: only the credentials are read
    "development": "professional development; continuing professional development; cpd",
    # a mixed bag: credentials are read from it, nothing else
    "additional": """extra; extras; additional; additional information; miscellaneous; misc;
        other information; further information; additional details""",
}

_LABELS: dict[str, str] = {
    "location": """address; adresse; location; home address; residence; city; based in;
        current location; lives in; home""",
    "phone": """phone; phone number; tel; telephone; mobile; cell; mobile phone; cell phone;
        contact number; mob; téléphone; portable""",
    "email": "email; e mail; email address; mail",
    "links": "website; web site; linkedin; github; homepage; url; site; blog",
    "name": """name; full name; first name s surname s; first names surnames; first name surname;
        name and surname; surname s first name s""",
    "skip": """place of birth; date of birth; date place of birth; birth date; birthday; dob;
        nationality; driving license; driving licence; drivers license; driver s license;
        gender; marital status; age; citizenship; visa; visa status; religion; sex; born;
        date and place of birth; place and date of birth""",
}


def unaccented(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


def heading_key(text: str) -> str:
    """A heading's letters only, accents folded: "Expérience" keys as "experience", not as
    "exprience" (a template's headings in French or Spanish)."""
    words = re.findall(r"[a-z]+", unaccented(text.casefold()))
    return "".join(w for w in words if w != "and")


def _table(raw: dict[str, str]) -> dict[str, str]:
    return {
        heading_key(name): kind
        for kind, blob in raw.items()
        for name in blob.split(";")
        if name.strip()
    }


_COUNTRIES = """united states; usa; us; u.s.; u.s.a.; united kingdom; uk; u.k.; england;
    scotland; wales; ireland; canada; australia; new zealand; germany; france; spain; italy;
    portugal; netherlands; the netherlands; belgium; switzerland; austria; sweden; norway;
    denmark; finland; poland; czech republic; czechia; hungary; romania; greece; turkey; russia;
    ukraine; india; pakistan; bangladesh; china; japan; south korea; korea; singapore; malaysia;
    indonesia; philippines; vietnam; thailand; uae; united arab emirates; saudi arabia; qatar;
    israel; egypt; nigeria; kenya; south africa; ghana; morocco; brazil; mexico; argentina;
    chile; colombia; peru; remote"""
COUNTRIES = frozenset(name.strip() for name in _COUNTRIES.split(";"))
HEADINGS = _table(_SYNONYMS)
LABELS = _table(_LABELS)
_MAX_HEADING_WORDS = 5


class Heading(NamedTuple):
    section: str
    rest: str
    cell: bool = False  # the name sat in a table cell left of its content ("SKILLS | ...")


_RUN_IN = re.compile(r"^(?P<name>[^\W\d][\w ]{1,40}?)\s+[—–]\s+(?P<rest>\S.*)$")


def heading_of(line: str) -> Heading | None:
    """The section a heading line opens ("Work Experience", "S K I L L S", "## Skills:")."""
    text = line.strip().lstrip("#").strip().strip("*_").strip()
    if not text:
        return None
    name, colon, rest = text.partition(":")
    in_cell = False
    if not colon and " / " in text:  # "Experience / Expérience": a heading in two languages
        first, _, second = text.partition(" / ")
        if len(second.split()) <= 3 and not re.search(r"\d", second):
            return heading_of(first)
    if not colon and (dashed := _RUN_IN.match(text)):  # "Skills — Agronomy, Plant Nutrition"
        found = heading_of(dashed["name"])
        if found is not None and not found.rest:
            return Heading(found.section, dashed["rest"].strip(), False)
    # a table row: the section's name in its own cell (a colon may end a later cell)
    if " | " in text and ":" not in text.partition(" | ")[0]:
        cell, _, after = text.partition(" | ")
        words = re.findall(r"[^\W\d_]+", cell)
        if HEADINGS.get(heading_key(cell)) or cell.isupper() or (words and _family_of(words)):
            name, rest, in_cell = cell, after, True
    if len(name) > 60:
        return None
    words = re.findall(r"[^\W\d_]+", name)
    if not words or len(words) > _MAX_HEADING_WORDS or re.search(r"\d|@", name):
        return None
    section = HEADINGS.get(heading_key(name)) or _family_of(words)
    rest = rest.strip().lstrip("|").strip()  # "Certificates: | CDL Class B" in a table
    return Heading(section, rest, in_cell) if section else None


# A heading not in the table still names its section by a head word of a family ("Schooling",
# "Languages Spoken", "Get in Touch", "Accreditations"), when every other word is one that
# only qualifies a heading; a line with any other word ("Education Assistant") is no heading.
_FAMILIES: dict[str, str] = {
    "summary": """summary profile about objective overview statement introduction bio biography
        brief""",
    "experience": """experience experiences employment work career positions job jobs internships
        worked""",
    "education": """education educational schooling academic academics degrees studies
        qualifications qualification study studied learning institutions""",
    "skills": """skills skill competencies competences capabilities expertise abilities
        strengths proficiencies tools technologies toolbox toolkit talents""",
    "languages": "languages language speak langues",
    "certifications": """certifications certificates certification accreditations credentials
        licenses licences licensure courses training trainings certified""",
    "contact": "contact touch details reach",
    "achievements": "achievements accomplishments awards honors honours",
    "projects": "projects portfolio",
    "other": "hobbies interests references referees publications activities memberships",
}
_FAMILY_OF = {word: kind for kind, blob in _FAMILIES.items() for word in blob.split()}
_QUALIFIERS = frozenset(
    re.findall(
        r"\w+",
        """and of the my in on a an get key core main professional relevant personal technical
        additional other spoken held history summary areas area set list selected recent
        previous prior full detailed general specific practical working short formal further
        extra i me where have has path related top civilian military detail in depth
        with dates attended obtained gained earned received""",
    )
)


def _family_of(words: list[str]) -> str | None:
    """The section whose head word the heading holds, all other words only qualifying it."""
    if not words[0][:1].isupper():
        return None  # "work" alone is a sentence's wrapped end, not a heading
    words = [unaccented(w) for w in words]  # "Expériences Professionnelles"
    kinds = [_FAMILY_OF.get(w.casefold()) for w in words]
    pairs = zip(kinds, words, strict=True)
    if any(k is None and w.casefold() not in _QUALIFIERS for k, w in pairs):
        return None
    # the head noun comes last ("Job-related Skills", "Languages I Speak"), unless that word
    # may only qualify ("Experience Summary")
    heads = [k for k, w in zip(kinds, words, strict=True) if k and w.casefold() not in _QUALIFIERS]
    # "details" heads a heading alone ("Personal Details") but only qualifies another head
    # ("Employment Details", "Education Details")
    if len(set(heads)) > 1 and "contact" in heads and "details" in (w.casefold() for w in words):
        heads = [k for k in heads if k != "contact"]
    if {"education", "certifications"} <= set(heads):
        return "education_mixed"  # "Education & Credentials": degrees, then credentials
    if {"skills", "certifications"} <= set(heads):
        return "skills_mixed"  # "Skills & Certificates": a list of both, an item each
    return heads[-1] if heads else next((k for k in kinds if k), None)


def label_of(line: str) -> tuple[str, str] | None:
    """A contact label and its inline value: "PHONE" -> ("phone", ""), "Tel: 555" -> ..."""
    name, sep, value = line.partition(":")
    if len(name) > 30:
        return None
    kind = LABELS.get(heading_key(name))
    if kind is None and not sep:
        return None
    if kind is None:
        return None
    return kind, value.strip().lstrip("|").strip()  # "Name: | Luis Ramírez" in a table


@dataclass
class Section:
    """Lines under one heading; the first section ("header") is what precedes any heading."""

    name: str
    lines: list[str] = field(default_factory=list)
    run_in: bool = False  # opened by "Label: items" on one line


# the words of a heading that names no topic of its own ("Other", "Additional"), as a row label
_GENERIC_HEAD = re.compile(
    r"(?i)(?:other|others|additional|extra|extras|misc|miscellaneous)\b(?!\s+interests|\s+hobbies)"
)


def split_sections(
    lines: list[str], opens_header: Callable[[str, str], bool] | None = None
) -> list[Section]:
    """Cut the lines at each heading; a heading's inline text opens its section.

    `opens_header(line, next_line)` tells where a column with the person's name and title
    begins after other blocks (a sidebar read first): that line opens a new "header".
    """
    from core.resume.sub_labels import sub_labels
    from core.resume.unknown_headings import guessed_headings

    heads = [heading_of(line) for line in lines]
    # "EMPLOYMENT RECORD" over dated jobs: a heading by its shape and its block
    for n, kind in guessed_headings(lines, heads).items():
        heads[n] = Heading(kind, "")
    labels = sub_labels(lines, heads)  # "Key achievements:" in every job
    sections = [Section("header")]
    reopened = False
    for n, line in enumerate(lines):
        if n in labels:
            continue  # a label of part of an entry: no section, and nothing to read
        nxt = lines[n + 1] if n + 1 < len(lines) else ""
        if (
            opens_header is not None
            and not reopened
            and sections[-1].name not in ("header", "experience", "education", "projects")
            and opens_header(line, nxt)
        ):
            reopened = True
            sections.append(Section("header", [line]))
            continue
        heading = heads[n]
        # "Languages: Python, Go" inside a skills section labels a group of skills
        sublabel = (
            heading is not None
            and heading.rest
            and not heading.cell
            and sections[-1].name in ("skills", "skills_mixed")
        )
        # "Other | Shipping, Teamwork" in a skills table ranks that row of skills; "Interests:
        # sea swimming" after the skills opens a section of its own
        ranked = (
            heading is not None
            and heading.rest
            and sections[-1].name == "skills"
            and _GENERIC_HEAD.match(line.strip().lstrip("#*_ ")) is not None
        )
        if (
            heading is None
            or (sublabel and heading.section in ("skills", "languages"))
            or (ranked and heading.section in ("other", "additional"))
        ):
            sections[-1].lines.append(line)
            continue
        section = heading.section
        # a second, ambiguous "Qualifications" after the education lists credentials
        if heading_key(line) == "qualifications" and any(s.name == "education" for s in sections):
            section = "certifications"
        sections.append(Section(section, run_in=bool(heading.rest)))
        if heading.rest:
            sections[-1].lines.append(heading.rest)
    return sections

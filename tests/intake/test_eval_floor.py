"""CI floor for the labelled resume set, and nothing but skills among skills.

Runs the whole set (tests/intake/resume_set/): the three shared PDFs, 48 generated resumes
in twelve layouts (a third held out of the first tuning), 12 in three layouts written after
it ("fresh"), then blind groups of 16 resumes each, every one written and measured once
before a round of parser work looked at it: "blind1" to "blind6" (the same 16 people in new
layouts), "blind7" to "blind13" (eight new people each, personas2.py to personas8.py, in
four new layouts each), "blind14" to "blind16" (eight new people each, personas9.py to
personas11.py). All have been tuned on since, and so has "external_blind" (seen since the
sixteenth round). "blind17" and "blind18" (eight new people each, personas12.py,
personas13.py) and "external2" are blind (run.py's BLIND):
they have no floor until the lead measures them once, and the checks that would print what the
parser read on a resume skip them, so a failure never shows anyone their errors.
"latex" (the first half of the LaTeX CV classes) is seen since the sixteenth round's LaTeX part,
"latex2" (the other half, "latex_blind" until then: 74.1% blind) since the seventeenth.
"rendercv" (the first half of RenderCV's themes) is seen; "rendercv_blind" is blind.
"office" (the seen DOCX layouts exported to PDF by LibreOffice) is seen from its start.
PDFs are read in-process by the same layout reader the sandboxed child runs (the sandbox
has its own tests in test_limits.py and test_layout.py); DOCX go through the child.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from core.models import Experience, Profile, Skill
from core.resume.dates import find_dates
from core.resume.entry_parts import is_place
from core.resume.languages import LANGUAGE_NAMES
from core.resume.skills import VOCABULARY
from tests.intake.checks import invented
from tests.intake.resume_set.evaluate import BULLET_FIELD, FIELDS, Score, norm
from tests.intake.resume_set.run import BLIND, GROUPS, Result, Run

# (precision, recall) floors, a little under what the set measures today. held_out, fresh,
# blind1 to blind16 have been tuned on since (seen); their comments give what each read
# before any round looked at it. The fourteenth round (skills precision: headings, bodies of
# people and places, plural nouns of things, phrases as written) raised skills precision to
# tuned 99.1, shared 97.4, blind1-6 98.2-99.1, blind7 95.4, blind8 96.6, blind9 96.6, blind10
# 95.3, blind11 89.8, blind12 95.8, blind13 92.5, blind14 94.7, blind15 95.1%; the skills
# precision floors sit about a point under those. The sixteenth (compounds headed by a noun of
# work, glued and wrapped list items) read skills P/R blind7 95.5/92.6, blind8 96.7/79.5,
# blind10 95.7/62.0, blind11 94.8/75.3, blind12 96.1/64.5, blind13 93.0/58.8, blind14
# 95.0/66.7, blind16 97.6/64.1, external 95.3/76.5, external3 97.5/70.2; floors follow. The
# seventeenth (skills17: verbs and letters that claim nothing, phrases around translation,
# disputed labels settled) read skills P/R tuned 100/99.5, held_out 100/98.2, fresh
# 100/98.9, blind1-6 100/99.1, blind7 96.9/92.6, blind8 98.3/79.7, blind9 98.3/76.3, blind10
# 97.8/63.4, blind11 98.3/77.3, blind12 100/67.5, blind13 97.7/60.0, blind14 95.2/70.2,
# blind15 97.5/62.9, external 99.0/77.6, external_blind 96.7/73.7, external3 98.4/72.0
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "tuned": {f: (0.99, 0.99) for f in FIELDS} | {"skills": (0.99, 0.98)},
    "held_out": {f: (0.99, 0.99) for f in FIELDS} | {"skills": (0.99, 0.97)},
    "shared": {f: (0.99, 0.99) for f in FIELDS} | {"skills": (0.96, 0.99)},
    "fresh": {f: (0.99, 0.99) for f in FIELDS} | {"skills": (0.99, 0.97)},
    # blind1 (blind.py) was never tuned on until the third round of parser work, which did
    "blind1": {f: (0.99, 0.99) for f in FIELDS} | {"skills": (0.99, 0.98)},
    # blind2 (blind2.py) was never tuned on through the third round (48.3% mean F1 then); the
    # fourth round tuned on it (99.6%), so these floors sit a little under what it reads now
    "blind2": {f: (0.97, 0.97) for f in FIELDS}
    | {"languages": (0.97, 0.94), "skills": (0.99, 0.98)},
    # blind3 (blind3.py) was never tuned on through the fourth round (86.6% mean F1 then); the
    # fifth round tuned on it (97.6%), the seventh read its "Extra" section's credentials (99.8%)
    "blind3": {f: (0.97, 0.97) for f in FIELDS} | {"skills": (0.99, 0.98)},
    # blind4 (blind4.py) was never tuned on through the fifth round (91.5% mean F1 then); the
    # sixth round tuned on it (99.9%)
    "blind4": {f: (0.97, 0.97) for f in FIELDS} | {"skills": (0.99, 0.98)},
    # blind5 (blind5.py) was never tuned on through the sixth round (87.1% mean F1 then); the
    # seventh round tuned on it (99.9%: numbered lists of jobs, schools and credentials)
    "blind5": {f: (0.97, 0.97) for f in FIELDS} | {"skills": (0.99, 0.98)},
    # blind6 (blind6.py) was never tuned on through the seventh round (84.0% mean F1 then); the
    # eighth round tuned on it (99.9%: side heads, LinkedIn export, label cells, split ranges)
    "blind6": {f: (0.97, 0.97) for f in FIELDS} | {"skills": (0.99, 0.98)},
    # blind7 (blind7.py, eight new people in personas2.py) was never tuned on through the
    # seventh round (87.6%); the eighth tuned on it (98.0%), the wider vocabulary (99.3%)
    "blind7": {f: (0.97, 0.97) for f in FIELDS} | {"skills": (0.95, 0.91)},
    # blind8 and blind9 (new people in personas3.py, personas4.py) were never tuned on through
    # the eighth round (81.5%, 89.6%); the ninth tuned on them (97.0%, 96.7%): skills named only
    # in prose stay the weak field for trades the vocabulary does not know
    # the twelfth round (skills precision) read skills in prose as the phrase written
    # ("electrical troubleshooting", "KYC checks"), functional skill groups as prose and glued
    # list items as their skills: blind8 to blind13 skills precision 76.9, 80.5, 60.9, 65.0,
    # 69.2, 79.1% -> 90.3, 85.2, 87.8, 73.6, 86.2, 83.3%
    "blind8": {f: (0.97, 0.97) for f in FIELDS} | {"skills": (0.97, 0.78)},
    "blind9": {f: (0.97, 0.97) for f in FIELDS} | {"skills": (0.97, 0.75)},
    # blind10 and blind11 (new people in personas5.py, personas6.py) were never tuned on
    # through the ninth round (90.5%, 63.9%); the tenth tuned on them (92.5%, 84.8%); the
    # twelfth read a resume without any heading by its blocks' content, degrees with their
    # field after a comma, credentials without their provider (95.2%, 95.9%)
    "blind10": {f: (0.97, 0.97) for f in FIELDS}
    | {"languages": (0.97, 0.95), "skills": (0.96, 0.62)},
    "blind11": {f: (0.97, 0.97) for f in FIELDS} | {"skills": (0.97, 0.76)},
    # blind12 and blind13 (new people in personas7.py, personas8.py) were never tuned on
    # through the tenth round (73.2% after the content-control fix, 88.3%); the eleventh tuned
    # on them (89.2%, 93.4%), the twelfth (94.3%, 95.8%)
    "blind12": {f: (0.97, 0.97) for f in FIELDS}
    | {"languages": (0.97, 0.82), "skills": (0.98, 0.66)},
    "blind13": {f: (0.97, 0.97) for f in FIELDS} | {"email": (0.97, 0.90), "skills": (0.96, 0.59)},
    # blind14 and blind15 (new people in personas9.py, personas10.py) were never tuned on
    # through the twelfth round (first sight 77.2%, 89.4%; 78.4%, 89.5% after the twelfth);
    # blind14 reads 97.4% after the thirteenth (ASCII frames, legal forms, the e-mail's name);
    # blind15 every field but skills 100/100, skills P 85.7 R 58.1
    "blind14": {f: (0.97, 0.97) for f in FIELDS} | {"skills": (0.94, 0.69)},
    "blind15": {f: (0.97, 0.97) for f in FIELDS} | {"skills": (0.96, 0.61)},
    # blind16 (new people in personas11.py) was never tuned on through the thirteenth round
    # (first sight 71.5%, 73.2% after the thirteenth); the fourteenth read it by structure
    # (form labels by their head word, tables of entries, two-line schools, heading grids):
    # every field but skills 100/100, skills P 95.2 R 62.5
    "blind16": {f: (0.99, 0.99) for f in FIELDS} | {"skills": (0.96, 0.63)},
    # external (every other of 15 JSON Resume themes published on npm, written by other people)
    # was measured before any round looked at it: mean F1 82.4%; the fourteenth round tuned on
    # it (right-aligned sidebars, header rows of boxes, wrapped chips, bare skill labels): 96.4%,
    # name 93.8/93.8, schools 94.7/94.7, languages R 86.7, skills 95.1/73.5, the rest 100/100
    "external": {f: (0.99, 0.99) for f in FIELDS}
    | {
        "name": (0.99, 0.99),  # 100 once a name set over two lines is read whole
        "languages": (0.99, 0.85),
        "skills": (0.97, 0.76),
    },
    # external_blind (the other 7 of those 15 themes) was blind until the sixteenth round
    # (85.2% at first sight that round), which tuned on it (headings in a margin beside their
    # sections, small capitals, stacked years, grids of chips under headings): 98.0%, every
    # field 100/100 but skills P 93.1 R 69.8
    "external_blind": {f: (0.99, 0.99) for f in FIELDS} | {"skills": (0.95, 0.72)},
    # external3 (12 more published themes, two more people each) was first measured after the
    # fourteenth round (90.6%) and tuned on in the fifteenth (97.0%); these floors sit about
    # a point under its tuned figures. The sixteenth round's wrapped chips over a heading:
    # 97.2%, skills 92.6/66.7 -> 95.8/67.9
    "external3": {f: (0.98, 0.98) for f in FIELDS}
    | {
        "employers": (0.99, 0.99),
        "roles": (0.99, 0.99),
        "schools": (0.99, 0.99),  # 100/100 once rows of entries read row by row
        "degrees": (0.99, 0.99),
        "languages": (0.99, 0.96),
        "skills": (0.97, 0.73),
    },
    # latex (every other of 10 LaTeX CV classes on CTAN, typeset by pdflatex) read 31% at
    # first sight and 89.0% once word gaps were read; the sixteenth round's LaTeX part tuned
    # on it (a label column close beside its content, a name beside its title, values that
    # wrap beside their labels, fields parted by type style, semicolon lists, Europass
    # language labels and footers): 97.6%, skills 96.0/63.2, every other field 100/100
    "latex": {f: (0.99, 0.99) for f in FIELDS} | {"skills": (0.95, 0.62)},
    # rendercv (classic, engineeringresumes, moderncv of RenderCV 2.8, typeset by Typst) read
    # 94.8% at first sight; once dates beside the first bullets went back to the title line, a
    # length of time there was dropped and a degree in the school's cell was the degree:
    # 98.9%, skills 97.7/81.1 (skills named only in bullets), every other field 100/100
    "rendercv": {f: (0.99, 0.99) for f in FIELDS} | {"skills": (0.96, 0.79)},
    # office (every seen DOCX layout once, exported to PDF by LibreOffice) read 91.9% at first
    # sight, against 99.2% for the same files read as DOCX; 97.7% once tables laid out row by
    # row, wrapped cells and tabs drawn as narrow gaps were read (test_office_pdfs.py):
    # employers and roles 97.8/97.8, certifications 91.3/95.5, languages R 98.0, skills
    # 92.3/86.3, the rest 100/100; 98.2% once a level grid broken into lines went (skills
    # 98.5/87.6, languages 100/100); 99.3% once a title or list item wrapped in a block whose
    # paragraphs stand a space apart read as one line (employers, roles and certifications
    # 100/100)
    "office": {f: (0.99, 0.99) for f in FIELDS} | {"skills": (0.97, 0.85)},
    # latex2 (the other five classes) was blind until the seventeenth round (74.1%), which
    # tuned on it (a margin of headings under contact lines, TeX's line-end hyphens, a cell of
    # places and dates, left-aligned label columns, wrapped Europass labels, running footers):
    # 97.0%, degrees 93.3/93.3, skills 96.2/64.1, every other field 100/100
    "latex2": {f: (0.99, 0.99) for f in FIELDS} | {"skills": (0.95, 0.63)},  # degrees 100 since
    # a hyphenated name wrapped in its cell ("Saint-" over "Hyacinthe") joins
}

# bullets, scored apart from the mean F1 (evaluate.py) where the labels hold them: a job's
# bullet is right only when it equals a labelled one. First measured (before / after reading
# two-column bullet lists column by column, unmapped bullet glyphs, list labels and contact
# blocks): tuned, held_out, fresh, blind2, blind4-6, blind10-15 100/100; blind1 93.7/93.7;
# blind3 92.5/100 -> 100/100; blind7 86.7/86.7; blind8 98.6/98.6 (93.2/88.5 before its
# federal layout's labels took the duties paragraph it prints); blind9 88.9/95.2; blind16
# 98.8/98.8; external 85.5/82.3 -> 100/97.5; external3 94.6/88.9 -> 98.9/92.9 (P/R); latex
# (labelled in the sixteenth round's LaTeX part) 92.2/92.2 -> 100/100 (a date range wrapped in
# moderncv's hints column); rendercv 72.4/72.4 -> 100/100 (an entry's dates in a column beside
# its bullets). The floors sit about a point under the figures after
BULLET_FLOORS: dict[str, tuple[float, float]] = {
    **dict.fromkeys(
        ("tuned", "held_out", "fresh", "blind2", "blind3", "blind4", "blind5", "blind6"),
        (0.99, 0.99),
    ),
    **dict.fromkeys(
        ("blind10", "blind11", "blind12", "blind13", "blind14", "blind15"), (0.99, 0.99)
    ),
    "blind1": (0.92, 0.92),
    "blind7": (0.87, 0.99),  # 88.2/100 once DOCX list bullets read (86.7/86.7 before)
    "blind8": (0.97, 0.97),
    "blind9": (0.87, 0.94),
    "blind16": (0.97, 0.97),
    "external": (0.99, 0.96),
    "external3": (0.99, 0.99),  # 100/100 (highlights beside their entries)
    "latex": (0.99, 0.99),
    "rendercv": (0.99, 0.99),
    "office": (0.94, 0.94),  # 95.6/95.6
    # latex2 (labelled in the seventeenth round) 86.0/67.3 at first, 100/100 after its rules
    "latex2": (0.99, 0.99),
}
for _group, _floor in BULLET_FLOORS.items():
    FLOORS[_group][BULLET_FIELD] = _floor


@pytest.fixture(scope="module")
def measured(resume_set_run: Run) -> Run:
    return resume_set_run


def _seen(run: Run) -> list[Result]:
    """The results of the groups tuning may look at: a blind group's errors stay unread."""
    return [r for r in run.results if r.group not in BLIND]


def _f1(score: Score) -> float:
    f1 = [
        2 * score.precision(f) * score.recall(f) / ((score.precision(f) + score.recall(f)) or 1)
        for f in FIELDS
    ]
    return sum(f1) / len(f1)


def test_the_set_is_big_and_varied(measured: Run) -> None:
    assert len(measured.results) >= 40
    layouts = {r.layout for r in measured.results if r.group in ("tuned", "held_out")}
    held_out = {r.layout for r in measured.results if r.group == "held_out"}
    assert len(layouts) >= 10 and len(held_out) * 3 >= len(layouts)


@pytest.mark.parametrize("group", GROUPS)
def test_field_floors(measured: Run, group: str) -> None:
    if group not in FLOORS:  # a blind group gets its floor once it has been measured
        assert group in BLIND, f"{group} has no floor"
        pytest.skip(f"{group} is blind: no floor until it is measured once")
    score = measured.total(group)
    below = {
        f: (round(score.precision(f), 3), round(score.recall(f), 3))
        for f, (p, r) in FLOORS[group].items()
        if score.precision(f) < p or score.recall(f) < r
    }
    assert below == {}


def test_held_out_and_fresh_layouts_within_three_points(measured: Run) -> None:
    assert _f1(measured.total("tuned")) - _f1(measured.total("held_out")) <= 0.03
    assert _f1(measured.total("tuned")) - _f1(measured.total("fresh")) <= 0.03
    assert _f1(measured.total("tuned")) - _f1(measured.total("blind1")) <= 0.03


def test_a_normal_resume_parses_in_well_under_a_second(measured: Run) -> None:
    assert max(r.parse_s for r in measured.results) < 1.0


_URL_PIECE = re.compile(r"@|https?:|www\.|\.(?:com|org|net|io|me)\b|/")


def _not_skills(profile: Profile) -> list[str]:
    """Skills or languages that are dates, places, schools, employers, links, handles or
    sentences."""
    orgs = {norm(e.company) for e in profile.experience} | {
        norm(e.institution) for e in profile.education
    }
    places = {norm(p) for e in profile.experience + profile.education for p in [e.location or ""]}
    places |= {norm(part) for part in (profile.location or "").split(",")}
    places.discard("")
    # the person's own name, the e-mail's local part and a link's last piece: a handle
    handles = {norm(profile.full_name or ""), norm((profile.email or "").partition("@")[0])}
    handles |= {norm(link.rstrip("/").rpartition("/")[2]) for link in profile.links}
    handles.discard("")
    bad: list[str] = []
    for value in [*profile.skill_names(), *profile.languages]:
        key = norm(value)
        if find_dates(value)[1] is not None or re.search(r"\b(?:19|20)\d\d\b", value):
            bad.append(f"date: {value}")
        elif key in places or is_place(value):
            bad.append(f"place: {value}")
        elif key in orgs:
            bad.append(f"school or employer: {value}")
        elif _URL_PIECE.search(value) and value not in VOCABULARY:  # "A/B Testing" is one
            bad.append(f"link: {value}")
        elif key in handles:
            bad.append(f"handle or name: {value}")
        elif len(value.split()) > 6 or value.rstrip().endswith("."):
            bad.append(f"sentence: {value}")
        elif value.count("(") != value.count(")"):
            bad.append(f"a piece cut at a bracket: {value}")
    for language in profile.languages:
        name = unicodedata.normalize("NFKD", re.sub(r"\s*\(.*\)$", "", language))
        if "".join(c for c in name if not unicodedata.combining(c)) not in LANGUAGE_NAMES:
            bad.append(f"not a language: {language}")
    return bad


def test_the_guard_names_each_kind_of_value_that_is_no_skill() -> None:
    profile = Profile(
        full_name="Sam Carter",
        email="samcodes@example.com",
        links=["https://github.com/samcarter88"],
        location="Leeds, UK",
        experience=[Experience(company="Acme Ltd", role="Analyst")],
        skills=[
            Skill(name=n)
            for n in ("Excel", "2019", "Leeds", "Acme Ltd", "www.acme.co.uk", "samcodes")
        ]
        + [Skill(name="samcarter88"), Skill(name="Sam Carter"), Skill(name="Ran the team.")]
        + [Skill(name="Suite Adobe (Photoshop")],
    )
    kinds = [bad.partition(":")[0] for bad in _not_skills(profile)]
    expected = ["date", "place", "school or employer", "link", *["handle or name"] * 3]
    assert kinds == [*expected, "sentence", "a piece cut at a bracket"]


def test_no_profile_lists_anything_but_skills_and_languages(measured: Run) -> None:
    found = {r.name: bad for r in _seen(measured) if (bad := _not_skills(r.profile))}
    assert found == {}


def test_bullets_are_clean_sentences(measured: Run) -> None:
    for result in _seen(measured):
        for job in result.profile.experience:
            for item in job.responsibilities:
                assert not item.startswith(("·", "•", "-", "–", "—", "▪", "✓")), (result.name, item)
                assert "\n" not in item and "  " not in item, (result.name, item)


def test_every_value_is_in_the_text(measured: Run) -> None:
    found = {r.name: bad for r in _seen(measured) if (bad := invented(r.profile, r.text))}
    assert found == {}

"""Spoken languages: a bundled list of language names and the ways a level is written."""

from __future__ import annotations

import re

from core.resume.skills import VOCABULARY, canonical_skill
from core.resume.text import strip_marks

# English names of the languages people list on resumes (ISO 639 major languages and the
# common alternative names), then the major European languages as a resume in German,
# Spanish, Portuguese, Italian, Dutch or French names them; a value is a language only when
# it is one of these.
_NAMES = """
Afrikaans; Akan; Albanian; Amharic; Arabic; Armenian; Assamese; Azerbaijani; Azeri; Basque;
Belarusian; Bengali; Bangla; Berber; Bosnian; Breton; Bulgarian; Burmese; Cantonese; Catalan;
Cebuano; Chichewa; Chinese; Corsican; Croatian; Czech; Danish; Dari; Dutch; Flemish; English;
Esperanto; Estonian; Ewe; Faroese; Farsi; Fijian; Filipino; Finnish; French; Frisian; Fula;
Galician; Georgian; German; Greek; Greenlandic; Guarani; Gujarati; Haitian Creole; Hausa;
Hawaiian; Hebrew; Hindi; Hmong; Hungarian; Icelandic; Igbo; Ilocano; Indonesian; Inuktitut;
Irish; Irish Gaelic; Italian; Japanese; Javanese; Kannada; Kazakh; Khmer; Kinyarwanda; Kirundi;
Kikuyu; Gikuyu; Korean; Kurdish; Kyrgyz; Lao; Latin; Latvian; Lingala; Lithuanian; Luganda;
Luxembourgish;
Macedonian; Malagasy; Malay; Malayalam; Maltese; Mandarin; Mandarin Chinese; Maori; Marathi;
Mongolian; Montenegrin; Nepali; Norwegian; Odia; Oriya; Oromo; Pashto; Persian; Pidgin;
Nigerian Pidgin; Polish;
Portuguese; Brazilian Portuguese; Punjabi; Quechua; Romanian; Romansh; Russian; Samoan;
Sanskrit; Scots Gaelic; Scottish Gaelic; Serbian; Serbo-Croatian; Sesotho; Shona; Sindhi;
Sinhala; Sinhalese; Slovak; Slovenian; Slovene; Somali; Spanish; Castilian; Sundanese;
Swahili; Swedish; Tagalog; Tajik; Tamil; Tatar; Telugu; Thai; Tibetan; Tigrinya; Tongan;
Tswana; Turkish; Turkmen; Twi; Ukrainian; Urdu; Uyghur; Uzbek; Vietnamese; Welsh; Wolof;
Xhosa; Yiddish; Yoruba; Zulu; American Sign Language; British Sign Language; Sign Language;
ASL; BSL; Auslan; NZSL;
Deutsch; Englisch; Französisch; Spanisch; Italienisch; Niederländisch; Portugiesisch; Russisch;
Polnisch; Türkisch; Arabisch; Chinesisch; Español; Castellano; Inglés; Francés; Alemán;
Italiano; Portugués; Catalán; Català; Euskera; Galego; Português; Inglês; Francês; Alemão;
Espanhol; Inglese; Francese; Tedesco; Spagnolo; Nederlands; Engels; Duits; Frans; Spaans;
Français; Anglais; Allemand; Espagnol; Néerlandais; Portugais
"""
LANGUAGE_NAMES = frozenset(n.strip() for n in _NAMES.split(";") if n.strip())
# keyed without accents: an item is matched after strip_marks ("Español" as "Espanol"); where
# two names share a key, the English one listed first ("Catalan", not "Catalán") is kept
_BY_KEY: dict[str, str] = {}
for _name in (n.strip() for n in _NAMES.split(";") if n.strip()):
    _BY_KEY.setdefault(strip_marks(_name).casefold(), _name)
_NAME = re.compile(
    r"^(" + "|".join(re.escape(n) for n in sorted(_BY_KEY, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_LEVEL_WORDS = (
    r"native or bilingual|native(?: speaker| language)?|mother tongue|first language|"
    r"bilingual|fluent|fluency|"
    r"full professional(?: proficiency)?|professional(?: working)?(?: proficiency)?|"
    r"working(?: proficiency| knowledge)?|limited working(?: proficiency)?|proficient|"
    r"advanced|upper[- ]intermediate|intermediate|lower[- ]intermediate|pre[- ]intermediate|"
    r"conversational|elementary|beginner|basic|good|very good|excellent|excellent command|"
    r"business(?: level| fluent)?|reading(?: and writing)?|written|spoken|"
    r"[abc][12](?:\+)?(?:\s+level)?|ilr\s*\d\+?|level\s*\d|\d/5|[1-5]\s*/\s*5|"
    # the same levels in German, Spanish, Portuguese, Italian, Dutch and French
    r"muttersprache|muttersprachlich|flie(?:ß|ss)end|verhandlungssicher|grundkenntnisse|"
    r"(?:sehr )?gute kenntnisse|lengua materna|nativo|nativa|avanzado|intermedio|b[áa]sico|"
    r"fluido|l[íi]ngua materna|fluente|avan[çc]ado|intermedi[áa]rio|madrelingua|ottimo|buono|"
    r"scolastico|moedertaal|vloeiend|goed|langue maternelle|courant|interm[ée]diaire|notions"
)
_LEVEL = re.compile(rf"^(?:{_LEVEL_WORDS})$", re.IGNORECASE)
_LEVEL_HEAD = re.compile(rf"^({_LEVEL_WORDS})\s+(\S.*)$", re.IGNORECASE)


# a spoken level in brackets after one capitalised word: "Kikuyu (native)", "Tigre (fluent)"
_SPOKEN = re.compile(
    r"^([A-ZÀ-Þ][\w'’-]+)\s*\((native|mother tongue|first language|bilingual|fluent|"
    r"conversational|[ABC][12])\)$"
)


_LINGUAL = re.compile(r"(?i)^(?:bi|tri|multi)lingual\b\s*[:(–—-]?\s*(?P<names>.+?)\)?$")


def lingual_languages(item: str) -> list[str] | None:
    """ "Bilingual: English/Spanish", "Trilingual (French, Dutch and English)" -> the
    languages it names; None when a piece is no language."""
    match = _LINGUAL.match(" ".join(item.split()))
    if match is None:
        return None
    pieces = re.split(r"\s*(?:/|,|&|\band\b)\s*", match["names"])
    names = [language_of(p) for p in pieces if p]
    return [n for n in names if n] if names and all(names) else None


def spoken_language(item: str) -> str | None:
    """A language the name list lacks, known by the spoken level after it; else None."""
    match = _SPOKEN.match(" ".join(item.split()))
    if match is None or VOCABULARY.get(canonical_skill(match.group(1)), "language") != "language":
        return None  # "Python (fluent)" is a skill with a level
    return f"{match.group(1)} ({match.group(2)})"


def level_then_language(item: str) -> tuple[str, str] | None:
    """'native Japanese' (a level run into the next language when the gap was lost) ->
    ('native', 'Japanese'); else None."""
    match = _LEVEL_HEAD.match(" ".join(item.split()))
    if match is None or language_of(match.group(2)) is None:
        return None
    return match.group(1), match.group(2)


_CEFR_FIRST = re.compile(r"(?i)([abc][12])\b(?!\s*[-–/])")


def _level_text(rest: str) -> str:
    level = re.sub(r"^[(\[]\s*|\s*[)\]]$", "", rest.lstrip(" -–—:|,/")).strip(" .")
    return re.sub(r"\s*(?:proficiency|level|speaker)$", "", level, flags=re.I) or level


def language_of(item: str) -> str | None:
    """'Spanish (fluent)', 'French - B2', 'German: native' -> 'Spanish (fluent)' ...; else None.

    The item must be a language name, optionally followed by a level; anything else
    ("Training", "OSHA 10-Hour", a place) is not a language.
    """
    written = " ".join(item.split()).strip(" .,;:•·-–—")
    text = strip_marks(written)  # a name matches however it is accented
    match = _NAME.match(text)
    if match is None:
        return None
    name = _BY_KEY[match.group(1).casefold()]
    if len(text) == len(written) and written[: match.end()] != text[: match.end()]:
        name = written[: match.end()]  # "Māori" keeps its macron
    known = canonical_skill(name)  # the vocabulary's name: "Mandarin Chinese" is "Mandarin"
    name = known if VOCABULARY.get(known) == "language" else name
    rest = text[match.end() :].strip()
    if not rest:
        return name
    # the level as written ("avançado"), matched without its accents ("avancado")
    shown = written[match.end() :].strip() if len(text) == len(written) else rest
    level, shown = (_level_text(r) for r in (rest, shown))
    if _LEVEL.match(level) or _LEVEL.match(level + " proficiency"):
        return f"{name} ({shown})"
    if cefr := _CEFR_FIRST.match(level):  # "C1 (Cambridge Advanced)"
        return f"{name} ({cefr.group(1).upper()})"
    bare, noted = (re.sub(r"\s*\([^()]*\)?$", "", x) for x in (level, shown))
    if bare != level and _LEVEL.match(bare):  # "courant (TOEIC 910)": the level, its test aside
        return f"{name} ({noted})"
    # "Spanish (some words)" is still Spanish; "Spanish Literature" is a subject
    return name if rest[:1] in "([-–—:|,/" else None


# the self-assessment grid of a Europass CV: its column heads, its legend, a row per language
# (europecv sets "Spoken" over "interaction", and "Self-assessment" and "European level"
# as the grid's row labels)
_GRID_HEAD = re.compile(
    r"(?i)^(?:understanding|speaking|writing|listening|reading|spoken interaction|"
    r"spoken production|spoken|interaction|production|self-assessment|european level"
    r"(?:\s*\(\*\))?)$"
)
_GRID_LEGEND = re.compile(
    r"(?i)^(?:levels?\s*:.*\b[abc][12]\b.*|(?:\(\*\)\s*)?common european framework of "
    r"reference(?: for languages)?(?:\s*\(cefr?\))?(?: level)?)$"
)
_CEFR = re.compile(r"(?i)^[abc][12]\+?$")


_USER_LEVEL = re.compile(r"(?i)^(?:(?:basic|independent|proficient) user\W*)+$")


def _cells_all(line: str, pattern: re.Pattern[str]) -> bool:
    cells = [c.strip() for c in line.split("|")]
    return bool(line.strip()) and all(pattern.match(c) for c in cells)


def without_level_grid(lines: list[str]) -> list[str]:
    """A CEFR self-assessment grid read as text: the rows of column heads ("Listening |
    Reading | Spoken interaction") and the legend ("Levels: A1 and A2: Basic user ...") go;
    a row of levels ("French | B2 | C1 | B1") becomes "French (B2/C1/B1)"."""
    heads = [_cells_all(line, _GRID_HEAD) for line in lines]
    levels_only = [_cells_all(line, _CEFR) for line in lines]
    out: list[str] = []
    legend_at = -9
    for n, line in enumerate(lines):
        cells = [c.strip() for c in line.split("|")]
        if len(cells) >= 2 and heads[n]:
            continue
        # a grid a word processor broke into lines ("SPEAKING" / "Spoken" / "interaction" /
        # "B1"): a head or a row of levels alone counts only near another head
        near = [m for m in range(max(0, n - 3), min(len(lines), n + 4)) if m != n and heads[m]]
        if (heads[n] or levels_only[n]) and near:
            continue
        if _GRID_LEGEND.match(line.strip()):
            legend_at = n
            continue
        if n - legend_at <= 2 and _USER_LEVEL.match(line.strip()):
            continue  # the legend's wrapped end: "Proficient user"
        levels = [c.upper() for c in cells[1:]]
        if len(levels) >= 2 and all(_CEFR.match(c) for c in levels):
            name = language_of(cells[0])
            if name is not None:
                out.append(f"{name} ({'/'.join(dict.fromkeys(levels))})")
                continue
        if out and _wrapped_language(out[-1], line):
            out[-1] = f"{out[-1].strip()} {line.strip()}"  # "Scottish" over "Gaelic"
            continue
        out.append(line)
    return out


def _wrapped_language(above: str, line: str) -> bool:
    """Two words on lines of their own that name a language only together."""
    a, b = above.strip(), line.strip()
    if not a or not b or len(a.split()) + len(b.split()) > 3 or "|" in a + b:
        return False
    return language_of(a) is None and language_of(b) is None and language_of(f"{a} {b}") is not None


def header_languages(lines: list[str]) -> list[str]:
    """Languages a header lists on a line of their own beside the contact data ("English,
    Irish, Polish" after a globe icon), with no heading: every item of the line must be a
    language, and there must be two or more."""
    for line in lines:
        items = [i.strip() for i in re.split(r"[,|·•]", line) if i.strip()]
        names = [language_of(i) for i in items]
        if len(items) >= 2 and all(names):
            return [n for n in names if n]
    return []

"""Month names, full and abbreviated, in the languages resumes here are written in.

English, French, Spanish, German, Portuguese, Italian and Dutch, each month's names in one
row; accented names also without their accents, as a keyboard without them types them.
Also the words for "now" that end a range, the words that join its two ends, and the words
for "since", in the same languages.
"""

from __future__ import annotations

import re

from core.resume.text import strip_marks

_BY_MONTH = (
    "jan january janvier janv enero ene januar jänner janeiro gennaio gen januari",
    "feb february février févr fév febrero februar fevereiro fev febbraio februari",
    "mar march mars marzo märz mär mrz março maart mrt",
    "apr april avril avr abril abr aprile",
    "may mai mayo maio maggio mag mei",
    "jun june juin junio juni junho giugno giu",
    "jul july juillet juil julio juli julho luglio lug",
    "aug august août aout agosto ago augustus",
    "sep sept september septembre septiembre setiembre set setembro settembre",
    "oct october octobre octubre okt oktober outubro out ottobre ott",
    "nov november novembre noviembre novembro",
    "dec december décembre déc diciembre dic dezember dez dezembro dicembre",
)


MONTH_NAMES = frozenset(
    name for row in _BY_MONTH for word in row.split() for name in (word, strip_marks(word))
)

_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
# longest first, so that "janvier" is not read as "jan" followed by letters
MONTH_WORDS = "|".join(
    re.escape(n) for n in sorted({*MONTH_NAMES, *_SEASONS}, key=lambda n: (-len(n), n))
)

# "Present" in each language: "présent", "actualidad", "heute", "atual", "oggi", "heden"
NOW_WORDS = (
    "présent|present|aujourd'hui|aujourd’hui|ce jour|actuel|actuellement"
    "|actualidad|actualmente|actual|presente|hoy|heute|jetzt|aktuell|derzeit"
    "|atual|hoje|oggi|attuale|in corso|heden|huidig"
)
# the word between a range's two ends ("janvier 2019 à mars 2021", "2016 bis 2019")
RANGE_WORDS = "à|au|a|al|hasta|bis|até|ate|tot"
SINCE_WORDS = "depuis|desde|seit|dal|sinds|vanaf"

"""The English words the generator writes and the answer checker reads: month names and currencies (Flask-free).

Both sides import them from here, so a month or currency the generator asks about is one the checker knows.
Month names are written out rather than taken from the standard library's `calendar.month_name`, which
follows the LC_TIME locale: the generated bank must be byte for byte the same on every machine.
Numbers in words have their own module, `quizapp.numberwords` (text2num and num2words).
"""

from __future__ import annotations

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Currency signs as articles write them, the longer first ("US$" before "$"), with the ISO code each stands for.
CURRENCY_SIGNS = {"US$": "usd", "A$": "aud", "C$": "cad", "$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
# Currency names and codes a student may type instead of a sign.
CURRENCY_WORDS = {
    "usd": "usd",
    "dollar": "usd",
    "dollars": "usd",
    "eur": "eur",
    "euro": "eur",
    "euros": "eur",
    "gbp": "gbp",
    "pound": "gbp",
    "pounds": "gbp",
    "yen": "jpy",
}
# Currencies named in words after an amount ("15 kronor"): what the generator asks about as money. Those a
# student may also type for a sign are in CURRENCY_WORDS; the rest are compared as the words themselves.
CURRENCY_NAMES = (
    "dollars",
    "euros",
    "pounds",
    "kronor",
    "kroner",
    "krona",
    "francs",
    "marks",
    "yen",
    "rupees",
    "roubles",
    "rubles",
    "dinars",
    "riyals",
    "shekels",
    "pesos",
    "lira",
    "guilders",
    "crowns",
    "markka",
    "florins",
    "yuan",
    "won",
    "rand",
)

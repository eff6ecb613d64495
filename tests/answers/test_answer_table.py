"""150+ typed answers a student might give to questions of the bank, each with the verdict it must get.

The rows come from the study-loop review (answers wrongly refused or accepted) and from the answers of
the generated decks, written the ways students write them: dates, numbers in digits and words, units,
acronyms the article defines, names in other romanisations, parts of names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.answers import Verdict, acronyms_in, assess

CORRECT, CLOSE, INCOMPLETE, WRONG = Verdict.CORRECT, Verdict.CLOSE, Verdict.INCOMPLETE, Verdict.WRONG
ROOT = Path(__file__).resolve().parents[2]
# The Kuwait article writes "Palestinian Liberation Organization (PLO)": that acronym is defined.
ACRONYMS = acronyms_in((ROOT / "seeds" / "000_239a2713105e4f37.txt").read_text(encoding="utf-8"))

# (typed, expected answer, verdict); accepted forms are in ACCEPTED_TABLE below.
TABLE = [
    # dates written as numbers: ISO, year-month, day first as the articles write them
    ("2015-03-09", "9 March 2015", CORRECT),
    ("2015-3-9", "9 March 2015", CORRECT),
    ("9.3.2015", "9 March 2015", CORRECT),
    ("09.03.2015", "9 March 2015", CORRECT),
    ("9/3/2015", "9 March 2015", CORRECT),
    ("3/9/2015", "9 March 2015", CLOSE),  # month first: the other reading of an ambiguous date
    ("3.9.2015", "9 March 2015", CLOSE),
    ("2015-09-03", "9 March 2015", WRONG),  # ISO is never ambiguous: 3 September
    ("10.3.2015", "9 March 2015", WRONG),
    ("9 March 2016", "9 March 2015", WRONG),
    ("March 9, 2015", "9 March 2015", CORRECT),
    ("9th March 2015", "9 March 2015", CORRECT),
    ("on 9 March 2015", "9 March 2015", CORRECT),
    ("9 Mar 2015", "9 March 2015", CORRECT),
    ("March 2015", "9 March 2015", WRONG),
    ("2017-01", "January 2017", CORRECT),
    ("01/2017", "January 2017", WRONG),  # not a date form the app reads; the year alone is not the answer
    ("Jan 2017", "January 2017", CORRECT),
    ("in January 2017", "January 2017", CORRECT),
    ("2017-02", "January 2017", WRONG),
    ("2017", "January 2017", WRONG),
    ("28 January 2017", "January 28, 2017", CORRECT),
    ("2017-01-28", "January 28, 2017", CORRECT),
    ("28.1.2017", "January 28, 2017", CORRECT),
    ("1/28/2017", "January 28, 2017", CORRECT),  # only one reading is a date: 28 is no month
    ("2012-07-01", "July 1, 2012", CORRECT),
    ("1.7.2012", "July 1, 2012", CORRECT),
    ("7/1/2012", "July 1, 2012", CLOSE),
    ("4 November 1995", "November 4, 1995", CORRECT),
    ("1995-11-04", "November 4, 1995", CORRECT),
    ("5 November 1995", "November 4, 1995", WRONG),
    ("2024-03-06", "6 March 2024", CORRECT),
    ("6.3.2024", "6 March 2024", CORRECT),
    ("2023-10-30", "30 October 2023", CORRECT),
    ("30.10.2023", "30 October 2023", CORRECT),
    ("10/30/2023", "30 October 2023", CORRECT),  # only one reading is a date: 30 is no month
    ("9 February 2021", "February 9, 2021", CORRECT),
    ("2021-02-09", "February 9, 2021", CORRECT),
    ("Dec 2018", "December 2018", CORRECT),
    ("2018-12", "December 2018", CORRECT),
    ("2024-12", "December 2024", CORRECT),
    ("November 2012", "November 2023", WRONG),
    # years
    ("2013", "2013", CORRECT),
    ("in 2004", "2004", CORRECT),
    ("the year 1991", "1991", CORRECT),
    ("1990", "1991", WRONG),
    ("2009.", "2009", CORRECT),
    ("1948 and 1967", "1948 and 1967", CORRECT),
    ("1967 and 1948", "1948 and 1967", CORRECT),
    ("1948", "1948 and 1967", WRONG),
    ("1967-1969", "1967 to 1969", CORRECT),
    ("from 1967 to 1969", "1967 to 1969", CORRECT),
    ("1967 to 1970", "1967 to 1969", WRONG),
    # numbers in digits and in words
    ("two hundred seventy-six", "276", CORRECT),
    ("two hundred and seventy-six", "276", CORRECT),
    ("two hundred seventy six", "276", CORRECT),
    ("276", "two hundred seventy-six", CORRECT),
    ("two hundred sixty-seven", "276", WRONG),
    ("one hundred twenty", "120", CORRECT),
    ("a hundred and twenty", "120", CORRECT),
    ("one hundred", "120", WRONG),
    ("eighteen", "18", CORRECT),
    ("eighty", "18", WRONG),
    ("thirty-nine", "39", CORRECT),
    ("thirty nine", "39", CORRECT),
    ("93", "39", WRONG),
    ("two hundred", "200", CORRECT),
    ("200", "200", CORRECT),
    ("3", "three", CORRECT),
    ("three", "three", CORRECT),
    ("four", "three", WRONG),
    ("7500", "7,500", CORRECT),
    ("7 500", "7,500", CORRECT),
    ("seven thousand five hundred", "7,500", CORRECT),
    ("7.5 thousand", "7,500", CORRECT),
    ("750", "7,500", WRONG),
    ("400,000 to 20,000", "400 thousand to 20 thousand", CORRECT),
    ("400 thousand to 20 thousand", "400 thousand to 20 thousand", CORRECT),
    ("400,000 to 200,000", "400 thousand to 20 thousand", WRONG),
    # percentages
    ("twenty-five percent", "25 percent", CORRECT),
    ("twenty five per cent", "25 percent", CORRECT),
    ("25%", "25 percent", CORRECT),
    ("20 percent", "25 percent", WRONG),
    ("5%", "five percent", CORRECT),
    ("five per cent", "five percent", CORRECT),
    ("5", "five percent", CORRECT),
    ("50%", "five percent", WRONG),
    ("60%", "60 percent", CORRECT),
    ("sixty percent", "60 percent", CORRECT),
    ("70 per cent", "70 percent", CORRECT),
    ("seventy percent", "70 percent", CORRECT),
    ("17 percent", "70 percent", WRONG),
    ("10%", "10 percent", CORRECT),
    ("30 %", "30 percent", CORRECT),
    # money
    ("2 000 000", "US$2 million", CORRECT),
    ("$2,000,000", "US$2 million", CORRECT),
    ("2 million dollars", "US$2 million", CORRECT),
    ("two million dollars", "US$2 million", CORRECT),
    ("USD 2 million", "US$2 million", CORRECT),
    ("2 million euros", "US$2 million", WRONG),
    ("20 000 000", "US$2 million", WRONG),
    ("$30 million", "US$30 million", CORRECT),
    ("thirty million dollars", "US$30 million", CORRECT),
    ("$13 million", "US$30 million", WRONG),
    ("€13 million", "€13 million", CORRECT),
    ("13 million euros", "€13 million", CORRECT),
    ("EUR 13 million", "€13 million", CORRECT),
    ("$13 million", "€13 million", WRONG),
    # amounts with units
    ("34 tonnes", "34 tons", CORRECT),
    ("34 metric tons", "34 tons", CORRECT),
    ("34 t", "34 tons", CORRECT),
    ("thirty-four tons", "34 tons", CORRECT),
    ("34", "34 tons", CORRECT),
    ("43 tons", "34 tons", WRONG),
    ("34 kg", "34 tons", WRONG),
    # more than / fewer than
    ("more than 80", "more than 80", CORRECT),
    ("over 80", "more than 80", CORRECT),
    ("above eighty", "more than 80", CORRECT),
    ("at least 80", "more than 80", CORRECT),
    ("80", "more than 80", CORRECT),
    ("fewer than 80", "more than 80", WRONG),
    ("less than 80", "more than 80", WRONG),
    ("under 80", "more than 80", WRONG),
    ("no more than 80", "more than 80", WRONG),
    ("more than 90", "more than 80", WRONG),
    # acronyms the article defines, both ways
    ("PLO", "PLO", CORRECT),
    ("P.L.O.", "PLO", CORRECT),
    ("p.l.o", "PLO", CORRECT),
    ("Palestinian Liberation Organization", "PLO", CORRECT),
    ("Palestine Liberation Organization", "PLO", CORRECT),
    ("Palestine Liberation Organisation", "PLO", CORRECT),  # British spelling
    ("the Palestinian Liberation Organization", "PLO", CORRECT),
    ("PLO", "Palestinian Liberation Organization", CORRECT),
    ("P.L.O.", "Palestinian Liberation Organization", CORRECT),
    ("PLO", "P.L.O.", CORRECT),
    ("Palestine Liberation Front", "PLO", WRONG),
    ("PFLP", "PLO", WRONG),
    ("Pretty Little Owls", "PLO", WRONG),
    # countries and their long forms
    ("the State of Israel", "Israel", CORRECT),
    ("State of Israel", "Israel", CORRECT),
    ("israel", "Israel", CORRECT),
    ("Isreal", "Israel", CLOSE),
    ("Iran", "Iraq", WRONG),
    ("Republic of Iraq", "Iraq", CORRECT),
    ("the Sultanate of Oman", "Oman", CORRECT),
    ("Egypt", "Egypt", CORRECT),
    ("Jordan", "Egypt", WRONG),
    ("USA", "United States", WRONG),
    ("the United States", "United States", CORRECT),
    ("Untied States", "United States", CLOSE),
    # organisations
    ("Hamas", "Hamas", CORRECT),
    ("Hammas", "Hamas", CLOSE),
    ("Fatah", "Fatah", CORRECT),
    ("Fateh", "Fatah", CLOSE),
    ("Hamas", "Fatah", WRONG),
    ("Al-Jazeera", "Al Jazeera", CORRECT),
    ("Aljazeera", "Al Jazeera", CLOSE),
    ("Dawa", "Dawa Party", INCOMPLETE),
    ("the Dawa Party", "Dawa Party", CORRECT),
    ("Kuwaiti National Assembly", "Kuwaiti National Assembly", CORRECT),
    ("National Assembly", "Kuwaiti National Assembly", INCOMPLETE),
    # names in other romanisations: close, never wrong
    ("Mahmud Abbas", "Mahmoud Abbas", CLOSE),
    ("Yasir Arafat", "Yasser Arafat", CLOSE),
    ("Qaddafi", "Gaddafi", CLOSE),
    ("Muammar Qaddafi", "Muammar Gaddafi", CLOSE),
    ("Iyad Allawi", "Ayad Allawi", CLOSE),
    ("Ayad Allawi", "Iyad Allawi", CLOSE),
    ("Saddam Husayn", "Saddam Hussein", CLOSE),
    ("Saddam Hussain", "Saddam Hussein", CLOSE),
    ("Khalid Meshaal", "Khaled Mashal", CLOSE),
    ("Khaled Meshal", "Khaled Mashal", CLOSE),
    ("Mohammed Al-Emadi", "Mohamed Al-Emadi", CLOSE),
    ("Haidar Mansour Al-Athari", "Haider Mansour Al-Athari", CLOSE),
    ("Mohammed Abbas", "Mahmoud Abbas", WRONG),
    ("Yasser Arafat", "Mahmoud Abbas", WRONG),
    # parts of names: the surname alone is incomplete, a given name alone is wrong
    ("Ghannam", "Munir Abdullah Ghannam", INCOMPLETE),
    ("Arafat", "Yasser Arafat", INCOMPLETE),
    ("Abbas", "Mahmoud Abbas", INCOMPLETE),
    ("Rabin", "Yitzhak Rabin", INCOMPLETE),
    ("Hussein", "Saddam Hussein", INCOMPLETE),
    ("Husayn", "Saddam Hussein", INCOMPLETE),
    ("al-Maliki", "Nouri al-Maliki", INCOMPLETE),
    ("Al-Sabah", "Salem Abdullah Al-Jaber Al-Sabah", INCOMPLETE),
    ("Khalifa", "Hamad bin Khalifa Al Thani", WRONG),
    ("Abdullah", "Munir Abdullah Ghannam", WRONG),
    ("Yitzhak", "Yitzhak Rabin", WRONG),
    ("Saddam", "Saddam Hussein", WRONG),
    ("Munir", "Munir Abdullah Ghannam", WRONG),
    ("Munir Ghannam", "Munir Abdullah Ghannam", INCOMPLETE),
    ("Yitzhak Rabin", "Yitzhak Rabin", CORRECT),
    ("Rabin, Yitzhak", "Yitzhak Rabin", CORRECT),
    ("Yitzak Rabin", "Yitzhak Rabin", CLOSE),
    ("Shimon Peres", "Yitzhak Rabin", WRONG),
    ("Ali al-Sistani", "Ali al-Sistani", CORRECT),
    ("Ali Sistani", "Ali al-Sistani", INCOMPLETE),
    ("Jihad Harb", "Jihad Harb", CORRECT),
    ("Safiya Al-Suhail", "Safiya Al-Suhail", CORRECT),
    ("Safia al Suhail", "Safiya Al-Suhail", CLOSE),
    ("Rafiq Qiblawi", "Rafiq Shafiq Qiblawi", INCOMPLETE),
    ("Al Tayeb Abdul Rahim", "Al Tayeb Abdul Rahim", CORRECT),
    ("Al-Tayyib Abdel Rahim", "Al Tayeb Abdul Rahim", CLOSE),
    # groups of people
    ("Iraqis", "Iraqis", CORRECT),
    ("Palestinian Arabs", "Palestinian Arabs", CORRECT),
    ("Palestinians", "Palestinian Arabs", WRONG),
    # nothing useful typed
    ("", "Hamas", WRONG),
    ("?", "Israel", WRONG),
    ("the", "Israel", WRONG),
    ("I don't know", "Israel", WRONG),
]

# (typed, expected answer, accepted forms, verdict)
ACCEPTED_TABLE = [
    ("Qatar Emiri Air Force", "Qatar Emiri Air Force", (), CORRECT),
    ("QEAF", "Qatar Emiri Air Force", ("QEAF",), CORRECT),
    ("1990-91", "1990–91", ("1990 to 1991",), CORRECT),
    ("2008 to 2009", "2008–2009", (), CORRECT),
    ("US", "US", ("United States",), CORRECT),
    ("the early 90s", "the early 1990s", ("early 90s",), CORRECT),
    ("early 1990s", "the early 1990s", (), CORRECT),
    ("1990", "the early 1990s", (), WRONG),  # a year is not the decade
    ("the 1980s", "the early 1990s", (), WRONG),
]


@pytest.mark.parametrize(("typed", "answer", "verdict"), TABLE)
def test_typed_answer_gets_its_verdict(typed, answer, verdict):
    assert assess(typed, answer, (), ACRONYMS).verdict is verdict


@pytest.mark.parametrize(("typed", "answer", "accepted", "verdict"), ACCEPTED_TABLE)
def test_typed_answer_against_accepted_forms(typed, answer, accepted, verdict):
    assert assess(typed, answer, accepted, ACRONYMS).verdict is verdict


def test_the_table_holds_at_least_150_answers_of_every_verdict():
    assert len(TABLE) + len(ACCEPTED_TABLE) >= 150
    assert {row[-1] for row in TABLE} == set(Verdict)


def test_the_article_defines_the_plo():
    assert ACRONYMS == {"plo": "Palestinian Liberation Organization"}

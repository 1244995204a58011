#!/usr/bin/env python3
"""Generates two word lists of crates/engine/data from public data:

- `companies.txt`: listed companies (the constituents of the world's main
  stock indices), as pytickersymbols 1.17.10 (MIT) packages them from
  Wikipedia's index pages; each name also without its legal suffix
  (`Oracle Corporation` -> `Oracle`).
- `common_words.txt`: the most frequent English words (wordfreq 3.1.1, data
  CC BY-SA 4.0), less every word that is also a name: a given name of
  Jörg Michael's `nam_dict.txt` (GNU Free Documentation License 1.2, as
  gender-guesser 0.4.0 packages it) common in some country, one of the
  most frequent US given names and surnames (the 1990 US Census lists, public
  domain, as the `names` 0.3.0 package ships them), a company above, or a
  name of the engine's own lists. What is left is almost never a person's name,
  so a capitalised run made of them (`Climate Change`, `Top Gun`) is not a
  person.

Run once, by hand, when the lists should change; the outputs are committed:

    pip install pytickersymbols==1.17.10 gender-guesser==0.4.0 wordfreq==3.1.1 names==0.3.0
    python3 scripts/gazetteer/generate_names.py
"""
import os
import re

import gender_guesser
import names as census_names
import wordfreq
from pytickersymbols import PyTickerSymbols

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
DATA = os.path.join(ROOT, "crates", "engine", "data")
# nam_dict.txt rates each name's frequency per country from 1 to 13 (hex);
# 7 and above is "common" somewhere.
MIN_NAME_FREQUENCY = 7
COMMON_WORDS = 1800
# The most frequent US surnames and given names (by rank) taken out of the
# common words: `Davis`, `Carter`, `Chase` are names before they are words.
CENSUS_SURNAMES = 1000
CENSUS_GIVEN_NAMES = 500
# The large-cap indices: the companies world news names (small and mid caps
# cost bundle bytes for names news seldom prints).
INDICES = [
    "AEX", "BEL 20", "CAC_40", "DAX", "DOW JONES", "EURO STOXX 50", "FTSE 100", "IBEX 35", "NASDAQ 100",
    "NIKKEI 225", "OMX Stockholm 30", "S&P 100", "Switzerland 20",
]
LEGAL_SUFFIXES = re.compile(
    r"(,? (Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|Ltd\.?|Limited|plc|PLC|AG|SE|S\.A\.|SA|N\.V\.|NV"
    r"|Holdings?|Group|Holding|Oyj|AB|ASA|A/S|KGaA|& Co\.?|Co\., Ltd\.?))+$"
)


def entries(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


def write(name, header, items):
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write(f"# {line}\n")
        for item in sorted(items):
            f.write(item + "\n")
    print(f"{path}: {len(items)} entries")


def common_english(n):
    return [w for w in wordfreq.top_n_list("en", n) if w.isalpha() and len(w) >= 3]


def main():
    places = entries("countries.txt") | entries("places.txt") | entries("geonames_places.txt")
    own = entries("given_names.txt") | entries("demonyms.txt") | entries("organisations.txt")
    english = set(common_english(20000))
    # Words news prints in lower case: the most frequent English words that
    # are no given name, place or organisation of the engine's own lists.
    common = {w for w in common_english(COMMON_WORDS) if w not in {n.lower() for n in places | own}}

    companies = set()
    tickers = PyTickerSymbols()
    for stock in (s for index in INDICES for s in tickers.get_stocks_by_index(index)):
        name = stock["name"].strip()
        # News writes the name without its legal suffix (`Oracle`, not
        # `Oracle Corporation`); the full form is kept only when the short one
        # is an English word (`Apple Inc.`: `Apple` would turn every
        # sentence-initial apple into a company).
        short = re.sub(r"\s+(and|&)$", "", LEGAL_SUFFIXES.sub("", name).strip(" ,"))
        form = short if short and not (" " not in short and short.lower() in common) else name
        # News seldom prints a company's name of four words or more whole.
        if form[0].isupper() and form not in places and len(form) > 1 and len(form.split()) <= 3:
            companies.add(form)

    nam_dict = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    given = set()
    with open(nam_dict, encoding="utf-8") as f:
        for line in f:
            if line.startswith(("#", "=")):
                continue
            name = line[3:29].strip().replace("+", "-")
            freqs = [int(c, 16) for c in line[30:85] if c in "0123456789abcdefABCDEF"]
            if freqs and max(freqs) >= MIN_NAME_FREQUENCY and name[:1].isupper():
                if name.lower() not in english and name not in places and " " not in name:
                    given.add(name)

    common -= {n.lower() for n in given | companies}
    census = os.path.dirname(census_names.__file__)
    for file, top in [("dist.all.last", CENSUS_SURNAMES), ("dist.male.first", CENSUS_GIVEN_NAMES),
                      ("dist.female.first", CENSUS_GIVEN_NAMES)]:
        with open(os.path.join(census, file), encoding="ascii") as f:
            common -= {line.split()[0].lower() for _, line in zip(range(top), f)}

    write("companies.txt", [
        "Listed companies: constituents of the large-cap stock indices, without their legal suffixes.",
        "Data: pytickersymbols 1.17.10 (MIT), from Wikipedia's index pages (CC BY-SA 4.0).",
        "Generated by scripts/gazetteer/generate_names.py; do not edit by hand.",
    ], companies)
    write("common_words.txt", [
        f"The {COMMON_WORDS} most frequent English words, less every word that is also a name.",
        "Data: wordfreq 3.1.1 (MIT; its data CC BY-SA 4.0); names taken out from nam_dict.txt (GFDL 1.2,",
        "via gender-guesser 0.4.0), the 1990 US Census name lists (public domain, via names 0.3.0)",
        "and the engine's own lists.",
        "Generated by scripts/gazetteer/generate_names.py; do not edit by hand.",
    ], common)


if __name__ == "__main__":
    main()

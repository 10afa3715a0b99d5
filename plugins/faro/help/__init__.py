"""The help directory: where to get help in each country, as checked records.

`directory` loads and validates the records (`data/help/<iso2>.yml` in the
project), `export` writes them as open data, `panel` renders the "Do you need
help now?" panel. Plain Python; `faro.help.plugin` only feeds it.
"""

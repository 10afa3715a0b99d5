"""`faro/positions`: checks the position records, then adds their pages and open data to the build.

A thin adapter (see `faro.records.plugin`): reading and checking records,
writing pages and exports are the engine's (`faro.positions.*` on
`faro.records`), which never imports MkDocs. Runs after `faro/i18n`, whose
language, content folder and catalogs it reuses.
"""

from __future__ import annotations

import faro.positions as engine
from faro.positions.validation import PositionRecords
from faro.positions.vocabulary import load_vocabulary
from faro.records.plugin import RecordPagesPlugin


class PositionsPlugin(RecordPagesPlugin):
    name = "positions"
    engine = engine
    load_vocabulary = load_vocabulary
    record_type = PositionRecords

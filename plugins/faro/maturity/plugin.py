"""`faro/maturity`: checks the assessment records, then adds their pages, charts and open data to the build.

A thin adapter (see `faro.records.plugin`): reading and checking records,
drawing charts and writing pages and exports are the engine's
(`faro.maturity.*` on `faro.records`), which never imports MkDocs. Runs after
`faro/i18n`, whose language, content folder and catalogs it reuses.
"""

from __future__ import annotations

import faro.maturity as engine
from faro.cache import make_key, open_cache
from faro.maturity import ncsi_records
from faro.maturity.validation import AssessmentRecords
from faro.maturity.vocabulary import load_vocabulary
from faro.records.plugin import RecordPagesPlugin


class MaturityPlugin(RecordPagesPlugin):
    name = "maturity"
    engine = engine
    load_vocabulary = load_vocabulary
    record_type = AssessmentRecords
    pages_without_records = True  # the NCSI pages come from package data, not from records

    def project_pass(self, project):
        """The assessment records' findings, and those of the NCSI country data (checked the same way)."""
        store, key = open_cache(project.root, "ncsi"), make_key("ncsi")  # package data: keyed by the code
        findings = store.get(key)
        if findings is None:
            findings = ncsi_records.shipped()[1]
            store.put(key, findings)
            store.save()
        return super().project_pass(project) + findings

    def on_files(self, files, *, config):
        index = load_vocabulary().layouts[self.i18n.language].index_page if self.config.enabled else None
        if not self.records and (index is None or files.get_file_from_path(index) is None):
            return files  # a site without a maturity section gets no NCSI pages either
        return super().on_files(files, config=config)

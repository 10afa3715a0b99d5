"""Random input never breaks the engines: it gives findings, or nothing, never an exception.

Front matter, Markdown text extraction and the syllable counters read what
contributors write; a crash there would stop every check of the build. Each
example runs under an alarm, so a parser that loops forever fails instead of
hanging the suite.
"""

from __future__ import annotations

import signal
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faro.content.front_matter import FrontMatterError, split_front_matter
from faro.content.pages import read_page
from faro.readability.analysis import analyse_markdown
from faro.readability.markdown_text import extract_blocks
from faro.readability.syllables_en import count_syllables_en
from faro.readability.syllables_es import count_syllables_es

# Letters, the characters Markdown and YAML give meaning to, and line breaks.
MARKDOWN_ALPHABET = st.sampled_from(list(
    "aeiouáéíóúüñbcdrstlmnAEZ \t\n\n\n#*-_+=[]()!:>|`~{}<>/\\\"'.,;?¿¡&^%$0123456789"))
markdownish = st.text(MARKDOWN_ALPHABET, max_size=400)
anything = st.text(max_size=200)
RUNS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@contextmanager
def at_most(seconds: int):
    def stop(signum, frame):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@RUNS
@given(yaml_text=st.one_of(markdownish, anything), body=markdownish)
def test_front_matter_gives_values_or_a_finding_with_a_line_in_the_file(yaml_text, body):
    text = f"---\n{yaml_text}\n---\n{body}"
    with at_most(5):
        try:
            meta, rest, body_line = split_front_matter(text)
        except FrontMatterError as error:
            assert 1 <= error.line <= text.count("\n") + 1
        else:
            assert isinstance(meta, dict) and body_line >= 1 and rest in text


@RUNS
@given(raw=st.binary(max_size=300))
def test_any_bytes_in_a_page_are_read_or_reported(tmp_path_factory, raw):
    path = Path(tmp_path_factory.mktemp("page")) / "pagina.md"
    path.write_bytes(raw)
    with at_most(5):
        page, findings = read_page(path, "es", "pagina.md", "content/es/pagina.md")
    assert (page is None) == bool(findings) or page is not None
    assert all(f.path == "content/es/pagina.md" for f in findings)


@RUNS
@given(source=markdownish)
def test_text_extraction_ends_and_keeps_lines_inside_the_page(source):
    with at_most(5):
        blocks = extract_blocks(source)
    lines = source.count("\n") + 1
    assert all(1 <= block.line <= lines for block in blocks)


@RUNS
@given(source=markdownish, lang=st.sampled_from(["es", "en"]))
def test_a_page_of_any_text_is_scored_or_reported(source, lang):
    with at_most(10):
        analysis = analyse_markdown(source, path="content/x.md", lang=lang)
    assert all(f.path == "content/x.md" for f in analysis.findings)


@RUNS
@given(word=st.text(st.characters(categories=("L",)), min_size=1, max_size=30))
def test_every_word_has_at_least_one_syllable(word):
    with at_most(5):
        assert count_syllables_es(word) >= 1 or not any(c in "aeiouáéíóúüy" for c in word.lower())
        assert count_syllables_en(word) >= 1 or not any(c in "aeiouy" for c in word.lower())


@RUNS
@given(text=anything)
def test_syllable_counters_take_any_string(text):
    with at_most(5):
        assert count_syllables_es(text) >= 0
        assert count_syllables_en(text) >= 0

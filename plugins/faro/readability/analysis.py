"""One page's readability: counts, scores, gates and findings.

Shared by the MkDocs plugin and the `faro readability` command, so a page gets
the same numbers whether it is built or checked from the command line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from faro.findings import Finding, Severity
from faro.readability.formulas import Counts, page_scores
from faro.readability.markdown_text import extract_blocks, split_front_matter
from faro.readability.syllables_en import count_syllables_en
from faro.readability.syllables_es import count_syllables_es
from faro.readability.syllables_fr import count_syllables_fr
from faro.readability.syllables_pt import count_syllables_pt
from faro.readability.tokens import Sentence, letter_count, split_sentences, token_syllables

# Languages with a published formula and a syllable counter. Any other language
# is still split into sentences and checked for long ones, but not scored.
WORD_COUNTERS: dict[str, Callable[[str], int]] = {
    "es": count_syllables_es, "en": count_syllables_en,
    "pt": count_syllables_pt, "fr": count_syllables_fr,
}
LANGUAGES = tuple(WORD_COUNTERS)
LONG_WORD_LETTERS = 6  # LIX counts words of more than six letters
OVERRIDE_KEY = "readability"
OVERRIDE_LINE_RE = re.compile(rf"^{OVERRIDE_KEY}\s*:", re.MULTILINE)
EXCERPT_WORDS = 12


@dataclass(frozen=True)
class Thresholds:
    """Gate limits; defaults are the spec's recommended thresholds (section 3.7)."""

    szigriszt_warn: float = 65.0
    szigriszt_fail: float = 55.0
    fkgl_warn: float = 8.0
    fkgl_fail: float = 10.0
    fre_warn: float = 60.0
    fre_fail: float = 50.0
    martins_warn: float = 60.0
    martins_fail: float = 50.0
    kandel_moles_warn: float = 60.0
    kandel_moles_fail: float = 50.0


@dataclass(frozen=True)
class Settings:
    thresholds: Mapping[str, Thresholds] = field(
        default_factory=lambda: {lang: Thresholds() for lang in GATES}
    )
    min_words: int = 100
    long_sentence_words: int = 25
    longest_sentences: int = 5


@dataclass(frozen=True)
class Gate:
    """One score checked against a warn and a fail limit."""

    score_key: str
    formula: str
    warn_field: str
    fail_field: str
    higher_is_easier: bool

    def limits(self, thresholds: Thresholds) -> tuple[float, float]:
        return getattr(thresholds, self.warn_field), getattr(thresholds, self.fail_field)

    def misses(self, score: float, limit: float) -> bool:
        return score < limit if self.higher_is_easier else score > limit

    def requirement(self, limit: float) -> str:
        return f"{'≥' if self.higher_is_easier else '≤'} {limit:g}"


GATES = {
    "es": (Gate("szigriszt_pazos", "Szigriszt-Pazos", "szigriszt_warn", "szigriszt_fail", True),),
    "en": (
        Gate("flesch_kincaid_grade", "Flesch-Kincaid grade", "fkgl_warn", "fkgl_fail", False),
        Gate("flesch_reading_ease", "Flesch Reading Ease", "fre_warn", "fre_fail", True),
    ),
    "pt": (Gate("flesch_martins", "Flesch (Martins et al. 1996)", "martins_warn", "martins_fail", True),),
    "fr": (Gate("kandel_moles", "Kandel-Moles", "kandel_moles_warn", "kandel_moles_fail", True),),
}
BAND_KEYS = {"szigriszt_pazos": "inflesz_band", "flesch_reading_ease": "flesch_band",
             "flesch_martins": "martins_band"}
# Front-matter key -> the thresholds it sets: one number is the page's accepted level.
OVERRIDE_LIMITS = {
    "szigriszt_min": ("szigriszt_warn", "szigriszt_fail"),
    "fkgl_max": ("fkgl_warn", "fkgl_fail"),
    "fre_min": ("fre_warn", "fre_fail"),
    "martins_min": ("martins_warn", "martins_fail"),
    "kandel_moles_min": ("kandel_moles_warn", "kandel_moles_fail"),
}


@dataclass(frozen=True)
class Override:
    reason: str
    limits: Mapping[str, float]
    skip: bool = False

    def apply(self, thresholds: Thresholds) -> Thresholds:
        changes = {}
        for key, value in self.limits.items():
            for field_name in OVERRIDE_LIMITS[key]:
                changes[field_name] = value
        return dataclasses.replace(thresholds, **changes)

    def to_dict(self) -> dict:
        return {"reason": self.reason, "skip": self.skip, **self.limits}


@dataclass
class PageAnalysis:
    path: str
    lang: str
    sentences: list[Sentence]
    word_syllables: list[int]  # one per word, in reading order
    counts: Counts
    scores: dict
    findings: list[Finding]
    override: Override | None
    gated: bool

    @property
    def scored(self) -> bool:
        """Whether a formula exists for the page's language."""
        return self.lang in WORD_COUNTERS

    @property
    def status(self) -> str:
        severities = {finding.effective_severity for finding in self.findings}
        if Severity.ERROR in severities:
            return "fail"
        return "warn" if Severity.WARNING in severities else "ok"

    def longest(self, count: int) -> list[Sentence]:
        ranked = sorted(self.sentences, key=lambda s: (-len(s.words), s.line))
        return ranked[:count]

    def to_dict(
        self, *, longest: int = 5, detail: bool = False, message_lang: str | None = None
    ) -> dict:
        data = {
            "path": self.path,
            "lang": self.lang,
            "sentences": self.counts.sentences,
            "words": self.counts.words,
            "syllables": self.counts.syllables if self.scored else None,
            "letters": self.counts.letters,
            "scores": {
                key: round(value, 2) if isinstance(value, float) else value
                for key, value in self.scores.items()
            },
            "gated": self.gated,
            "status": self.status,
            "override": self.override.to_dict() if self.override else None,
            "longest_sentences": [_sentence_dict(s) for s in self.longest(longest)],
            "findings": [finding.to_dict(message_lang or self.lang) for finding in self.findings],
        }
        if detail:
            data["sentence_list"] = [_sentence_dict(s) for s in self.sentences]
            words = (word for sentence in self.sentences for word in sentence.words)
            data["word_list"] = [
                {"text": word, "syllables": syllables}
                for word, syllables in zip(words, self.word_syllables, strict=True)
            ]
        return data


def _sentence_dict(sentence: Sentence) -> dict:
    return {"line": sentence.line, "words": len(sentence.words), "text": sentence.text}


def _excerpt(sentence: Sentence) -> str:
    words = sentence.text.split()
    return " ".join(words[:EXCERPT_WORDS]) + (" …" if len(words) > EXCERPT_WORDS else "")


def parse_override(value: object, path: str, line: int) -> tuple[Override | None, list[Finding]]:
    """The page's `readability:` front-matter exception, or the findings that reject it."""
    if not isinstance(value, Mapping):
        problem = "it must be a mapping of keys to values"
        return None, [Finding("readability.override-invalid", path, line, args={"problem": problem})]
    problems = []
    limits: dict[str, float] = {}
    for key, item in value.items():
        if key in OVERRIDE_LIMITS:
            if isinstance(item, bool) or not isinstance(item, (int, float)):
                problems.append(f"{key} = {item!r} (number expected)")
            else:
                limits[key] = float(item)
        elif key == "skip":
            if not isinstance(item, bool):
                problems.append(f"skip = {item!r} (true/false expected)")
        elif key != "reason":
            problems.append(f"unknown key {key!r}")
    if problems:
        args = {"problem": "; ".join(problems)}
        return None, [Finding("readability.override-invalid", path, line, args=args)]
    reason = value.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        return None, [Finding("readability.override-without-reason", path, line)]
    override = Override(reason.strip(), limits, skip=bool(value.get("skip", False)))
    described = [f"{key} {number:g}" for key, number in limits.items()]
    described += ["skip"] if override.skip else []
    args = {"limits": ", ".join(described), "reason": override.reason}
    return override, [Finding("readability.override-applied", path, line, args=args)]


def _gate_findings(
    gate: Gate, scores: Mapping, thresholds: Thresholds, path: str, line: int
) -> list[Finding]:
    score = scores[gate.score_key]
    warn, fail = gate.limits(thresholds)
    for rule_id, limit in (("readability.score-fail", fail), ("readability.score-warn", warn)):
        if gate.misses(score, limit):
            band = scores.get(BAND_KEYS.get(gate.score_key, ""))
            shown = f"{score:.1f}" + (f" ({band})" if band else "")
            args = {"formula": gate.formula, "score": shown, "requirement": gate.requirement(limit)}
            return [Finding(rule_id, path, line, args=args)]
    return []


def analyse_markdown(
    source: str, *, path: str, lang: str, settings: Settings | None = None
) -> PageAnalysis:
    """Scores one Markdown page (front matter included) in its language."""
    settings = settings or Settings()
    meta, _ = split_front_matter(source)
    sentences = [
        sentence for block in extract_blocks(source) for sentence in split_sentences(block, lang)
    ]
    count_word = WORD_COUNTERS.get(lang)
    words = [word for sentence in sentences for word in sentence.words]
    word_syllables = [token_syllables(word, count_word) if count_word else 0 for word in words]
    letters = [letter_count(word) for word in words]
    counts = Counts(
        sentences=len(sentences),
        words=len(words),
        syllables=sum(word_syllables),
        letters=sum(letters),
        long_words=sum(1 for count in letters if count > LONG_WORD_LETTERS),
    )
    scores = page_scores(counts, lang)
    findings: list[Finding] = []
    override = None
    if OVERRIDE_KEY in meta:
        key_line = OVERRIDE_LINE_RE.search(source)  # front matter comes first
        line = source.count("\n", 0, key_line.start()) + 1 if key_line else 1
        override, override_findings = parse_override(meta[OVERRIDE_KEY], path, line)
        findings.extend(override_findings)
    if not (override and override.skip):
        findings.extend(
            Finding(
                "readability.long-sentence",
                path,
                sentence.line,
                args={
                    "words": len(sentence.words),
                    "limit": settings.long_sentence_words,
                    "excerpt": _excerpt(sentence),
                },
            )
            for sentence in sentences
            if len(sentence.words) > settings.long_sentence_words
        )
    gated = counts.words >= settings.min_words and not (override and override.skip)
    if gated and lang not in GATES:
        gated = False  # no published formula: say so rather than borrow another language's
        line = sentences[0].line if sentences else 1
        findings.append(Finding("readability.no-formula", path, line, args={"lang": lang}))
    if gated:
        thresholds = settings.thresholds[lang]
        if override:
            thresholds = override.apply(thresholds)
        text_start = sentences[0].line  # a page-wide finding points where the text begins
        for gate in GATES[lang]:
            findings.extend(_gate_findings(gate, scores, thresholds, path, text_start))
    return PageAnalysis(
        path, lang, sentences, word_syllables, counts, scores, findings, override, gated
    )


"""Inline SVG charts drawn at build time: bars per dimension and a radar of the dimensions.

No script, no colour that carries meaning alone: every bar and point has its
stage written as text, ranges are hatched and targets dashed, and each chart
paints its own white background so the 3:1 contrast of its lines (WCAG 1.4.11)
does not depend on the page around it. `data-*` attributes repeat the numbers so
tests can check a chart against its record.
"""

from __future__ import annotations

import html
import math

from faro.maturity.aggregate import DimensionSummary
from faro.maturity.records import AssessmentRecord
from faro.maturity.text import SiteText
from faro.maturity.vocabulary import Dimension

# Theme colours only, so a chart keeps its contrast in the light and the dark scheme
# (SVG attributes take no CSS variables: they are set as styles).
BACKGROUND = "var(--md-default-bg-color)"
INK = "var(--md-typeset-color)"
GRID = "var(--md-default-fg-color--light)"
STAGE_FILL = "var(--md-typeset-a-color)"
UPPER_LINE = "var(--md-accent-fg-color)"
TARGET_LINE = INK
FONT = 'font-family="sans-serif"'

# Bar chart geometry (user units of the viewBox).
BAR_LEFT, BAND, ROW, BAR_HEIGHT, BAR_TOP = 20, 120, 58, 22, 46
# Radar geometry.
RADAR_WIDTH, RADAR_HEIGHT, RADAR_CX, RADAR_CY, RADAR_R = 760, 540, 380, 270, 150


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _svg_open(chart_id: str, width: int, height: int, title: str, desc: str, css_class: str) -> str:
    return (f'<svg class="faro-chart {css_class}" id="{chart_id}" role="img" viewBox="0 0 {width} {height}" '
            f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{chart_id}-title">{_esc(title)}</title>'
            f'<desc id="{chart_id}-desc">{_esc(desc)}</desc>'
            f'<rect width="{width}" height="{height}" style="fill: {BACKGROUND}"/>')


def _hatch(pattern_id: str, colour: str) -> str:
    return (f'<defs><pattern id="{pattern_id}" width="8" height="8" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" style="stroke: {colour}" '
            'stroke-width="3"/></pattern></defs>')


def _text(x: float, y: float, content: str, size: int = 14, anchor: str = "start", weight: str = "") -> str:
    bold = ' font-weight="700"' if weight else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" {FONT} font-size="{size}" style="fill: {INK}" '
            f'text-anchor="{anchor}"{bold}>{_esc(content)}</text>')


def bar_chart(record: AssessmentRecord, dimension: Dimension, text: SiteText, chart_id: str) -> str:
    """One horizontal bar per factor: solid up to its lowest stage, hatched up to its highest."""
    _ = text.gettext
    framework, lang = record.framework, text.lang
    width = BAR_LEFT * 2 + BAND * len(framework.levels)
    height = BAR_TOP + ROW * len(dimension.factors) + 60
    descriptions = []
    body = [_hatch(f"{chart_id}-range", STAGE_FILL)]
    for index, level in enumerate(framework.levels):
        x = BAR_LEFT + BAND * index
        body.append(_text(x + BAND / 2, 24, f"{level.value} {level.label[lang]}", 13, "middle"))
        body.append(f'<line x1="{x + BAND}" y1="32" x2="{x + BAND}" y2="{height - 56}" '
                    f'style="stroke: {GRID}"/>')
    body.append(f'<line x1="{BAR_LEFT}" y1="32" x2="{BAR_LEFT}" y2="{height - 56}" style="stroke: {GRID}"/>')
    for row, factor in enumerate(dimension.factors):
        rating = record.rating(factor.id)
        top = BAR_TOP + ROW * row
        stage_words = text.stage(rating.stage, framework)
        label = f"{factor.id} {factor.title[lang]}: {stage_words}"
        if rating.target:
            label += ", " + _("target %(stage)s") % {"stage": rating.target}
        descriptions.append(label)
        stage = rating.stage
        low, high = (stage.low, stage.high) if stage else (0, 0)
        target = rating.target or ""
        body.append(f'<g class="faro-bar" data-factor="{_esc(factor.id)}" data-stage-low="{low}" '
                    f'data-stage-high="{high}" data-target="{target}">')
        body.append(_text(BAR_LEFT, top + 14, label, 13))
        if stage:
            body.append(f'<rect class="faro-bar__stage" x="{BAR_LEFT}" y="{top + 20}" width="{BAND * low}" '
                        f'height="{BAR_HEIGHT}" style="fill: {STAGE_FILL}"/>')
        if stage and stage.is_range:
            body.append(f'<rect class="faro-bar__range" x="{BAR_LEFT + BAND * low}" y="{top + 20}" '
                        f'width="{BAND * (high - low)}" height="{BAR_HEIGHT}" fill="url(#{chart_id}-range)" '
                        f'style="stroke: {STAGE_FILL}" stroke-width="2"/>')
        if rating.target:
            x = BAR_LEFT + BAND * rating.target
            body.append(f'<line class="faro-bar__target" x1="{x}" y1="{top + 16}" x2="{x}" '
                        f'y2="{top + 20 + BAR_HEIGHT + 4}" style="stroke: {TARGET_LINE}" stroke-width="3" '
                        'stroke-dasharray="5 3"/>')
        body.append("</g>")
    body.append(_bar_legend(chart_id, height - 40, text))
    title = _("%(dimension)s: stage of each factor") % {"dimension": dimension.title[lang]}
    desc = "; ".join(descriptions) + "."
    return _svg_open(chart_id, width, height, title, desc, "faro-chart--bars") + "".join(body) + "</svg>"


def _bar_legend(chart_id: str, y: float, text: SiteText) -> str:
    _ = text.gettext
    return (f'<rect x="{BAR_LEFT}" y="{y}" width="24" height="14" style="fill: {STAGE_FILL}"/>'
            + _text(BAR_LEFT + 30, y + 12, _("stage reached"), 13)
            + f'<rect x="{BAR_LEFT + 180}" y="{y}" width="24" height="14" fill="url(#{chart_id}-range)" '
              f'style="stroke: {STAGE_FILL}" stroke-width="2"/>'
            + _text(BAR_LEFT + 210, y + 12, _("range given by the assessment"), 13)
            + f'<line x1="{BAR_LEFT + 450}" y1="{y - 2}" x2="{BAR_LEFT + 450}" y2="{y + 16}" '
              f'style="stroke: {TARGET_LINE}" stroke-width="3" stroke-dasharray="5 3"/>'
            + _text(BAR_LEFT + 460, y + 12, _("target"), 13))


def radar_point(index: int, count: int, value: float) -> tuple[float, float]:
    """Where `value` (in stages) lies on axis `index`; axis 0 points up, the others follow clockwise."""
    angle = -math.pi / 2 + 2 * math.pi * index / count
    radius = RADAR_R * value / 5
    return RADAR_CX + radius * math.cos(angle), RADAR_CY + radius * math.sin(angle)


def radar_chart(record: AssessmentRecord, rows: list[DimensionSummary], text: SiteText, chart_id: str) -> str:
    """The five dimensions at a glance: the median range of each, as two outlines (Faro's calculation)."""
    _ = text.gettext
    framework, lang, count = record.framework, text.lang, len(rows)
    top = framework.highest
    body = [_hatch(f"{chart_id}-low", STAGE_FILL)]
    for level in framework.levels:
        ring = " ".join(f"{x:.1f},{y:.1f}" for x, y in
                        (radar_point(i, count, level.value * 5 / top) for i in range(count)))
        body.append(f'<polygon points="{ring}" fill="none" style="stroke: {GRID}"/>')
        x, y = radar_point(0, count, level.value * 5 / top)
        body.append(_text(x + 6, y + 4, str(level.value), 12))
    descriptions = []
    for index, row in enumerate(rows):
        x, y = radar_point(index, count, 5)
        body.append(f'<line x1="{RADAR_CX}" y1="{RADAR_CY}" x2="{x:.1f}" y2="{y:.1f}" '
                    f'style="stroke: {GRID}"/>')
        lx, ly = radar_point(index, count, 5.9)
        anchor = "middle" if abs(lx - RADAR_CX) < 10 else ("start" if lx > RADAR_CX else "end")
        ly += -18 if index == 0 else (10 if ly > RADAR_CY else 0)
        value = text.stage(row.median, framework)
        body.append(_text(lx, ly, f"{row.dimension.id} {row.dimension.short[lang]}", 14, anchor, "bold"))
        body.append(_text(lx, ly + 18, value, 13, anchor))
        descriptions.append(f"{row.dimension.title[lang]}: {value}")
    lows = [row.median.low if row.median else 0 for row in rows]
    highs = [row.median.high if row.median else 0 for row in rows]
    for bound, values, style in (
        ("low", lows, f'fill="url(#{chart_id}-low)" style="stroke: {STAGE_FILL}" stroke-width="3"'),
        ("high", highs, f'fill="none" style="stroke: {UPPER_LINE}" stroke-width="3" stroke-dasharray="8 5"'),
    ):
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in
                          (radar_point(i, count, v * 5 / top) for i, v in enumerate(values)))
        body.append(f'<polygon class="faro-radar__{bound}" data-bound="{bound}" '
                    f'data-values="{" ".join(map(str, values))}" points="{points}" {style}/>')
    legend_y = RADAR_HEIGHT - 30
    body.append(f'<rect x="20" y="{legend_y}" width="24" height="14" fill="url(#{chart_id}-low)" '
                f'style="stroke: {STAGE_FILL}" stroke-width="3"/>')
    body.append(_text(50, legend_y + 12, _("lower median"), 13))
    body.append(f'<line x1="220" y1="{legend_y + 7}" x2="260" y2="{legend_y + 7}" '
                f'style="stroke: {UPPER_LINE}" '
                'stroke-width="3" stroke-dasharray="8 5"/>')
    body.append(_text(268, legend_y + 12, _("upper median"), 13))
    title = _("Median stage of each dimension (Faro's calculation)")
    desc = (_("Median of the factors' stages in each dimension, calculated by Faro; not a score of the "
              "framework.") + " " + "; ".join(descriptions) + ".")
    return (_svg_open(chart_id, RADAR_WIDTH, RADAR_HEIGHT, title, desc, "faro-chart--radar")
            + "".join(body) + "</svg>")

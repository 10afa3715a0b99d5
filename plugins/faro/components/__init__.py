"""Faro's page components, written in Markdown that plain Python-Markdown reads.

A help panel, a warning, a numbered "what to do now" list and summary cards
(`docs/components.md`). Writers use admonition and attribute-list syntax, so a
page still renders without Faro; this package only turns that markup into
labelled, accessible HTML with the page language's default titles.
"""

"""Cyber-maturity assessments of countries: records, framework data, pages, charts and open data."""

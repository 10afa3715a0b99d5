"""Primary sources: the publisher registry, the checks on a page's sources and
its ageing claims, and the editors' report of pages due for review.

Plain Python: `faro.sources.plugin` only feeds it the pages of the project.
"""

"""Static accessibility checks (WCAG 2.2 AA, the part visible in HTML and CSS).

`check_page` checks one rendered page, `check_site` a built site folder (what
`faro check`/`faro audit` call); the MkDocs plugin in `plugin.py` runs both
during a build.
"""

from faro.accessibility.engine import PageSource, check_page
from faro.accessibility.site import check_site

__all__ = ["PageSource", "check_page", "check_site"]

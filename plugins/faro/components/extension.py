"""The Python-Markdown extension behind Faro's components (no MkDocs here).

Two forms, both plain Python-Markdown (admonition, attr_list):

    !!! faro-help "Title"        an <aside> labelled by its title
    !!! faro-warning             a note whose title says it is a warning
    !!! faro-steps               a <section> around a real <ol>
    !!! faro-cards               a <section> whose list items become cards

    ## What to do now {.faro-steps}     the heading labels the <ol> after it
    ### Accounts {.faro-cards}          the heading labels the list of cards after it

A component with no title gets the page language's default title (`labels`),
so a writer never types "Warning" and a translator never has to. The cells of a
Markdown table also get their column's header, for the phone layout.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

# Component -> (element, role). An <aside> is a complementary landmark; a
# warning is a note, read as one unit; steps and cards are labelled sections.
ADMONITIONS = {
    "faro-help": ("aside", None),
    "faro-warning": ("div", "note"),
    "faro-steps": ("section", None),
    "faro-cards": ("section", None),
}
# Components a heading may introduce, and the list that must follow it.
HEADING_COMPONENTS = {"faro-steps": ("ol",), "faro-cards": ("ul", "ol")}
HEADINGS = {f"h{level}" for level in range(1, 7)}
HIDDEN = "faro-visually-hidden"
_SEPARATOR = re.compile(r"^\s*[:–—-]\s*")
_HTML_ID = re.compile(r"""\bid=["']([^"']+)["']""")


def default_labels(gettext: Callable[[str], str]) -> dict[str, str]:
    """Each component's default title in the page language (Faro's interface catalogs)."""
    _ = gettext
    return {
        "faro-help": _("Do you need help now?"),
        "faro-warning": _("Warning"),
        "faro-steps": _("What to do now"),
        "faro-cards": _("Guides"),
    }


def _classes(element: etree.Element) -> list[str]:
    return (element.get("class") or "").split()


class ComponentsTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, labels: dict[str, str]) -> None:
        super().__init__(md)
        self.labels = labels

    def run(self, root: etree.Element) -> None:
        self.ids = {element.get("id") for element in root.iter() if element.get("id")}
        # Raw HTML is still stashed away at this point; its ids count too.
        self.ids |= {match for block in self.md.htmlStash.rawHtmlBlocks
                     for match in _HTML_ID.findall(str(block))}
        admonitions, headings = [], []
        for parent in root.iter():
            for child in parent:
                classes = _classes(child)
                if child.tag == "div" and "admonition" in classes:
                    kind = next((c for c in classes if c in ADMONITIONS), None)
                    if kind:
                        admonitions.append((child, kind))
                elif child.tag in HEADINGS:
                    kind = next((c for c in classes if c in HEADING_COMPONENTS), None)
                    if kind:
                        headings.append((parent, child, kind))
        for element, kind in admonitions:
            self._admonition(element, kind)
        for parent, heading, kind in headings:
            self._heading(parent, heading, kind)
        for table in root.iter("table"):
            if not table.get("class"):
                self._label_cells(table)

    def _new_id(self, kind: str) -> str:
        number = 1
        while f"{kind}-{number}" in self.ids:
            number += 1
        self.ids.add(f"{kind}-{number}")
        return f"{kind}-{number}"

    def _admonition(self, element: etree.Element, kind: str) -> None:
        tag, role = ADMONITIONS[kind]
        element.tag = tag
        if role:
            element.set("role", role)
        title = element[0] if len(element) and "admonition-title" in _classes(element[0]) else None
        label = self.labels[kind]
        if title is None:  # `!!! faro-warning ""`: no visible title, the default one is still read
            title = etree.Element("p", {"class": f"admonition-title {HIDDEN}"})
            title.text = label
            element.insert(0, title)
        elif (title.text or "").strip() == kind.capitalize() and len(title) == 0:
            title.text = label  # no title written: Python-Markdown's is the type's name
        elif kind == "faro-warning":
            prefix = etree.Element("span", {"class": HIDDEN})
            prefix.text = f"{label}: "
            prefix.tail = title.text
            title.text = None
            title.insert(0, prefix)
        if not title.get("id"):
            title.set("id", self._new_id(kind))
        element.set("aria-labelledby", title.get("id"))
        if kind == "faro-cards":
            for child in element:
                if child.tag in ("ul", "ol"):
                    self._cards(child)

    def _heading(self, parent: etree.Element, heading: etree.Element, kind: str) -> None:
        index = list(parent).index(heading)
        following = parent[index + 1] if index + 1 < len(parent) else None
        if following is None or following.tag not in HEADING_COMPONENTS[kind]:
            return  # nothing to label: the heading stays as written (docs/components.md)
        classes = [c for c in _classes(heading) if c != kind]
        if classes:
            heading.set("class", " ".join(classes))
        else:
            del heading.attrib["class"]
        if not heading.get("id"):
            heading.set("id", self._new_id(kind))
        section = etree.Element("section", {"class": kind, "aria-labelledby": heading.get("id")})
        section.text, section.tail = "\n", following.tail
        following.tail = "\n"
        parent.remove(heading)
        parent.remove(following)
        section.extend([heading, following])
        parent.insert(index, section)
        if kind == "faro-cards":
            self._cards(following)

    @staticmethod
    def _label_cells(table: etree.Element) -> None:
        """Each cell carries its column's header, so on a phone a row reflows into a card
        ("Points: 6") instead of the table making the page scroll sideways (1.4.10)."""
        head = table.find("thead/tr")
        if head is None:
            return
        headers = [" ".join("".join(th.itertext()).split()) for th in head]
        for row in table.iterfind("tbody/tr"):
            for cell, header in zip(row, headers, strict=False):
                if cell.tag == "td" and header:
                    cell.set("data-label", header)

    @staticmethod
    def _cards(listing: etree.Element) -> None:
        """Each item that starts with a link becomes a card: the link is its title, the rest its summary."""
        listing.set("class", " ".join([*_classes(listing), "faro-cards__list"]))
        for item in listing.findall("li"):
            holder = item[0] if len(item) and item[0].tag == "p" and not (item.text or "").strip() else item
            if not len(holder) or holder[0].tag != "a" or (holder.text or "").strip():
                continue
            item.set("class", " ".join([*_classes(item), "faro-card"]))
            link = holder[0]
            link.set("class", " ".join([*_classes(link), "faro-card__link"]))
            match = _SEPARATOR.match(link.tail or "")
            if not match:
                continue
            # "[Title](page.md): summary" -> the colon is still read; the summary is its own line.
            separator = etree.Element("span", {"class": HIDDEN})
            separator.text = match.group(0)
            summary = etree.Element("span", {"class": "faro-card__text"})
            summary.text = (link.tail or "")[match.end():]
            rest = list(holder)[1:]
            for child in rest:
                holder.remove(child)
            summary.extend(rest)
            link.tail = None
            holder.insert(1, separator)
            holder.insert(2, summary)


class ComponentsExtension(Extension):
    def __init__(self, **kwargs) -> None:
        self.config = {"labels": [{}, "Default titles by component, in the page language"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        labels = default_labels(lambda message: message) | dict(self.getConfig("labels"))
        # After attr_list (8), which sets the heading classes, and toc (5), which sets their ids.
        md.treeprocessors.register(ComponentsTreeprocessor(md, labels), "faro_components", 4)


def makeExtension(**kwargs) -> ComponentsExtension:
    return ComponentsExtension(**kwargs)

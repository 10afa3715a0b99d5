"""Every per-page check, in one list: a new check is one small function added here."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from faro.accessibility.checks import (
    aria,
    document,
    images,
    interaction,
    language,
    links,
    media,
    names,
    structure,
)
from faro.accessibility.html import Issue, Page

PageCheck = Callable[[Page], Iterable[Issue]]

PAGE_CHECKS: tuple[PageCheck, ...] = (
    images.check_images,
    images.check_image_map_areas,
    images.check_image_buttons,
    images.check_inline_svg,
    media.check_video_captions,
    media.check_autoplay,
    media.check_moving_text,
    structure.check_headings,
    structure.check_table_headers,
    structure.check_lists,
    names.check_form_labels,
    names.check_button_names,
    names.check_frame_titles,
    names.check_label_in_name,
    names.check_visible_labels,
    names.check_empty_labels,
    names.check_duplicate_labels,
    links.check_link_names,
    links.check_link_text,
    document.check_bypass,
    document.check_main_landmark,
    document.check_document_title,
    document.check_meta_viewport,
    document.check_meta_refresh,
    language.check_page_language,
    language.check_element_languages,
    language.check_language_of_parts,
    aria.check_duplicate_ids,
    aria.check_aria_references,
    aria.check_roles,
    aria.check_label_references,
    aria.check_header_references,
    aria.check_required_children,
    aria.check_required_parent,
    aria.check_prohibited_naming,
    interaction.check_positive_tabindex,
    interaction.check_hidden_focusable,
    interaction.check_interactive_focus,
    interaction.check_autocomplete,
    interaction.check_content_colours,
)

"""Templates (W2): the built-in ones shipped in resources/templates and those imported into the store."""

from __future__ import annotations

import functools
import json
from typing import Any

from ccpropa_desktop.domain.model import TemplateSummary
from ccpropa_desktop.domain.text import sort_key
from ccpropa_desktop.errors import NotFound
from ccpropa_desktop.paths import resources_dir
from ccpropa_desktop.store import Store


@functools.cache
def builtin_templates() -> dict[str, dict[str, Any]]:
    folder = resources_dir() / "templates"
    docs = {}
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        docs[doc["id"]] = doc
    return docs


def _summary(doc: dict[str, Any], builtin: bool) -> TemplateSummary:
    issuer = doc.get("issuer", {})
    return TemplateSummary(
        id=doc["id"], name=doc.get("name", doc["id"]), level=doc.get("level", ""),
        year=int(doc.get("year") or 0), issuer=issuer.get("short_name", ""),
        task_count=len(doc.get("appendix", {}).get("tasks", [])), builtin=builtin,
    )


def list_templates(store: Store) -> list[TemplateSummary]:
    out = [_summary(d, True) for d in builtin_templates().values()]
    out += [_summary(d, False) for d in store.list_template_docs()]
    return sorted(out, key=lambda s: (-s.year, sort_key(s.name)))


def get_template(store: Store, template_id: str) -> dict[str, Any]:
    doc = builtin_templates().get(template_id) or store.get_template_doc(template_id)
    if doc is None:
        known = ", ".join(s.id for s in list_templates(store))
        raise NotFound("template_not_found",
                       f"Không có kế hoạch mẫu “{template_id}”. Các mẫu hiện có: {known}.")
    return doc


def flatten_sections(sections: list[dict[str, Any]], depth: int = 0) -> list[tuple[int, dict[str, Any]]]:
    """The template's section tree as (depth, section) in reading order."""
    out: list[tuple[int, dict[str, Any]]] = []
    for section in sections:
        out.append((depth, section))
        out.extend(flatten_sections(section.get("children", []), depth + 1))
    return out

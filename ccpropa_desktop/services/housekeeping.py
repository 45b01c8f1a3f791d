"""Plans and templates as users expect to handle them (issue 11): duplicate, delete, restore, rename.

A deleted plan goes to the bin with all its rows and issued versions, and comes back whole; only a
plan never issued can be purged from the bin. Built-in templates are read-only: "duplicate" makes
an editable copy; an imported template can be renamed and deleted.
"""

from __future__ import annotations

import copy
from typing import Any

from ccpropa_desktop.domain.model import Plan
from ccpropa_desktop.domain.text import clean_line
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store, plan_bin

from .plans import get_plan, parse_plan_id
from .templates import builtin_templates, get_template


# -- plans --------------------------------------------------------------------------------------
def duplicate_plan(store: Store, plan_id: int | str, title: str | None = None) -> Plan:
    """A new draft with the same content (sections, tasks with their template links); no issued
    versions and no tracking records come along."""
    original = get_plan(store, plan_id)
    plan = copy.deepcopy(original)
    plan.id, plan.status, plan.created_at, plan.updated_at = 0, "draft", "", ""
    plan.title = clean_line(title) if title and clean_line(title) else f"{original.title} (bản sao)"
    for item in [*plan.sections, *plan.tasks]:
        item.id = None
    plan.id = store.create_plan(plan)
    return get_plan(store, plan.id)


def delete_plan(store: Store, plan_id: int | str) -> dict[str, Any]:
    """Move a plan to the bin (its rows and issued versions are kept)."""
    plan = get_plan(store, plan_id)
    plan_bin.move_to_bin(store, plan.id)
    return {"id": plan.id, "title": plan.title, "versions": len(store.list_versions(plan.id))}


def bin_contents(store: Store) -> list[dict[str, Any]]:
    return plan_bin.in_bin(store)


def _binned(store: Store, plan_id: int | str) -> int:
    pid = parse_plan_id(plan_id)
    if plan_bin.deleted_at(store, pid) is None:
        raise UserError("plan_not_in_bin", f"Kế hoạch {pid} không ở thùng rác.", field="plan")
    return pid


def restore_plan(store: Store, plan_id: int | str) -> Plan:
    pid = _binned(store, plan_id)
    plan_bin.restore(store, pid)
    return get_plan(store, pid)


def purge_plan(store: Store, plan_id: int | str) -> None:
    """Delete for good a plan in the bin that was never issued; an issued plan stays recoverable."""
    pid = _binned(store, plan_id)
    if store.list_versions(pid):
        raise UserError("plan_issued", f"Kế hoạch {pid} đã ban hành: các bản đã ban hành được giữ lại trong "
                        "thùng rác, không xóa hẳn được.", field="plan")
    plan_bin.purge(store, pid)


# -- templates ----------------------------------------------------------------------------------
def _imported(store: Store, template_id: str) -> dict[str, Any]:
    if template_id in builtin_templates():
        raise UserError("template_builtin", f"Kế hoạch mẫu “{template_id}” có sẵn, chỉ đọc: hãy nhân bản "
                        "để có một bản sửa được.", field="template")
    doc = store.get_template_doc(template_id)
    if doc is None:
        get_template(store, template_id)  # raises the usual "not found" message
        raise AssertionError("unreachable")
    return doc


def rename_template(store: Store, template_id: str, name: str) -> dict[str, Any]:
    doc = _imported(store, template_id)
    name = clean_line(name)
    if not name:
        raise UserError("name_empty", "Tên kế hoạch mẫu không được để trống.", field="name")
    doc["name"] = name
    store.save_template_doc(doc)
    return doc


def duplicate_template(store: Store, template_id: str, new_id: str | None = None) -> dict[str, Any]:
    """An editable copy (of a built-in or an imported template), under a new id."""
    from .importing import _ID, _taken, unique_id

    doc = copy.deepcopy(get_template(store, template_id))
    doc["name"] = f"{doc.get('name', template_id)} (bản sao)"
    if new_id is not None:
        if not _ID.match(new_id) or new_id in _taken(store):
            raise UserError("template_id_invalid", f"Mã mẫu “{new_id}” không dùng được (đã có, hoặc không "
                            "phải chữ thường không dấu, số và dấu gạch ngang).", field="id")
        doc["id"] = new_id
    else:
        doc["id"] = unique_id(store, doc)
    store.save_template_doc(doc)
    return doc


def delete_template(store: Store, template_id: str) -> dict[str, Any]:
    """Delete an imported template; plans built from it keep their citation of it."""
    doc = _imported(store, template_id)
    plan_bin.delete_template(store, template_id)
    return doc

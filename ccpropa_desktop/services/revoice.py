"""Re-voicing a plan (issue 11): what would change to make the template's text the unit's own.

`plan_changes` lists every proposed change of a plan (in memory or stored), grouped by rule;
`apply_changes` applies the accepted ones. `plan new` uses them before saving, `plan revoice`
on a stored plan, and the year rollover from one year's plan to the next.

The rules are ``resources/revoice/default.json`` ("*" for every level pair, then the pair's own),
and the unit's own rules, kept in the store's settings (key ``revoice:<from>><to>``), win by id.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from ccpropa_desktop.domain.levels import LEVELS
from ccpropa_desktop.domain.mapping import dedupe_agencies
from ccpropa_desktop.domain.model import Plan, UnitProfile
from ccpropa_desktop.domain.revoice import Found, Revoicer, RevoiceRule, Voice, context
from ccpropa_desktop.domain.text import clean_line
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.paths import resources_dir
from ccpropa_desktop.store import Store
from ccpropa_desktop.store import tracking as settings_store

from .plan_texts import plan_texts, save_changed, set_text

KINDS = {"tinh": "tỉnh", "so": "tỉnh", "huyen": "huyện", "phong": "huyện", "xa": "xã"}
"""The territory word a level speaks of: a Sở speaks of its province, a Phòng of its district."""
AGENCY_FIELDS = ("lead", "partners")


@dataclass
class Change:
    """One proposed change, where it is and the words around it."""

    id: str  # "task:3:content@120": stable for one text, used to untick a single occurrence
    rule: str
    label: str
    where: str  # "section:2:paragraph:0", "task:3:content", "closing:0", "title", "appendix_title"
    old: str
    new: str
    before: str
    after: str


@dataclass
class RuleGroup:
    rule: str
    label: str
    changes: list[Change] = field(default_factory=list)


# -- rules --------------------------------------------------------------------------------------
@functools.cache
def _default_file() -> dict[str, Any]:
    return json.loads((resources_dir() / "revoice" / "default.json").read_text(encoding="utf-8"))


def _key(from_level: str, to_level: str) -> str:
    return f"{from_level}>{to_level}"


def default_rules(from_level: str, to_level: str) -> list[RevoiceRule]:
    data = _default_file()
    rules: dict[str, RevoiceRule] = {}
    for item in [*data.get("*", []), *data.get(_key(from_level, to_level), [])]:
        rules[item["id"]] = RevoiceRule(item["id"], item.get("label", item["id"]), item["find"],
                                        item["replace"])
    return list(rules.values())


def unit_rules(store: Store, from_level: str, to_level: str) -> list[RevoiceRule]:
    items = settings_store.get_setting(store, f"revoice:{_key(from_level, to_level)}", []) or []
    return [RevoiceRule(i["id"], i.get("label", i["id"]), i.get("find", ""), i.get("replace", ""))
            for i in items]


def rules_for(store: Store, from_level: str, to_level: str) -> list[tuple[RevoiceRule, str]]:
    """Every rule in force, with where it comes from ("có sẵn" / "của đơn vị"); the unit's win by id."""
    own = {r.id: r for r in unit_rules(store, from_level, to_level)}
    merged = [(own.pop(r.id), "của đơn vị") if r.id in own else (r, "có sẵn")
              for r in default_rules(from_level, to_level)]
    return [(r, "của đơn vị") for r in own.values()] + merged  # the unit's new rules first


def _check_levels(from_level: str, to_level: str) -> None:
    for level, label in ((from_level, "từ cấp"), (to_level, "đến cấp")):
        if level not in LEVELS:
            known = ", ".join(LEVELS)
            raise UserError("level_invalid", f"Cấp “{level}” ({label}) không hợp lệ; dùng: {known}.",
                            field="level")


def set_rule(store: Store, from_level: str, to_level: str, rule_id: str, find: str = "", replace: str = "",
             label: str = "", *, off: bool = False) -> RevoiceRule:
    """Add or replace the unit's own rule (the id of a built-in rule overrides it); `off` stores a
    rule with nothing to find, which switches the built-in rule of that id off."""
    _check_levels(from_level, to_level)
    rule_id, find, replace = clean_line(rule_id), clean_line(find), clean_line(replace)
    if not rule_id or not (find or off):
        raise UserError("rule_invalid",
                        "Quy tắc cần có mã và cụm từ cần tìm (hoặc chọn tắt quy tắc có sẵn cùng mã).",
                        field="find")
    items = [r for r in unit_rules(store, from_level, to_level) if r.id != rule_id]
    builtin = {r.id: r for r in default_rules(from_level, to_level)}
    if off:
        rule = RevoiceRule(rule_id, builtin[rule_id].label if rule_id in builtin else rule_id, "", "")
    else:
        rule = RevoiceRule(rule_id, clean_line(label) or f"«{find}»", find, replace)
    items.append(rule)
    with store.transaction():
        settings_store.set_setting(store, f"revoice:{_key(from_level, to_level)}",
                                   [r.__dict__ for r in items])
    return rule


def remove_rule(store: Store, from_level: str, to_level: str, rule_id: str) -> bool:
    """Drop the unit's own rule; a built-in rule it overrode is in force again."""
    _check_levels(from_level, to_level)
    items = unit_rules(store, from_level, to_level)
    kept = [r for r in items if r.id != rule_id]
    if len(kept) == len(items):
        return False
    with store.transaction():
        settings_store.set_setting(store, f"revoice:{_key(from_level, to_level)}", [r.__dict__ for r in kept])
    return True


# -- voices -------------------------------------------------------------------------------------
def template_voice(doc: dict[str, Any]) -> Voice:
    level = doc.get("level", "")
    return Voice(level, KINDS.get(level, ""), doc.get("issuer", {}).get("place", ""), doc.get("year") or None)


def unit_voice(unit: UnitProfile, year: int) -> Voice:
    """The unit's territory word from its short name ("UBND thị trấn Sông Mã" → "thị trấn")."""
    kind = KINDS.get(unit.level, "")
    name = unit.short_name
    for prefix in ("UBND ", "Ủy ban nhân dân ", "Uỷ ban nhân dân "):
        if name.startswith(prefix) and unit.place and name.endswith(unit.place):
            kind = name[len(prefix):-len(unit.place)].strip().lower() or kind
    return Voice(unit.level, kind, unit.place, year)


def revoicer(store: Store, source: Voice, target: Voice) -> Revoicer:
    rules = [r for r, _ in rules_for(store, source.level, target.level) if r.find]
    return Revoicer(rules, source, target)


# -- a plan's texts -----------------------------------------------------------------------------
def _change(where: str, text: str, found: Found) -> Change:
    before, after = context(text, found.start, found.end)
    return Change(f"{where}@{found.start}", found.rule.id, found.rule.label, where, found.old, found.new,
                  before, after)


def plan_changes(plan: Plan, engine: Revoicer) -> list[Change]:
    if engine.empty:
        return []
    return [_change(where, text, found) for where, text in plan_texts(plan) for found in engine.find(text)]


def grouped(changes: list[Change]) -> list[RuleGroup]:
    """Changes by rule, in the order the rules first occur."""
    groups: dict[str, RuleGroup] = {}
    for change in changes:
        groups.setdefault(change.rule, RuleGroup(change.rule, change.label)).changes.append(change)
    return list(groups.values())


def apply_changes(plan: Plan, engine: Revoicer, *, skip_rules: Collection[str] = (),
                  skip_changes: Collection[str] = ()) -> Plan:
    """The plan (changed in place and returned) with every change not skipped by rule or by id."""
    skip_rules, skip_changes = set(skip_rules), set(skip_changes)
    if engine.empty:
        return plan
    for where, text in list(plan_texts(plan)):
        new = engine.apply(text, lambda f, where=where: f.rule.id not in skip_rules
                           and f"{where}@{f.start}" not in skip_changes)
        if new != text:
            field_name = where.rsplit(":", 1)[-1]
            set_text(plan, where, dedupe_agencies(new) if field_name in AGENCY_FIELDS else new)
    return plan


# -- a stored plan ------------------------------------------------------------------------------
def stored_engine(store: Store, plan: Plan) -> Revoicer:
    """From the plan's template (its issuer, level, year) to the unit and the plan's year."""
    from .templates import get_template
    from .unit import get_unit

    try:
        source = template_voice(get_template(store, plan.template_id))
    except UserError:  # the template was deleted: its level and year from the plan's own record
        ref = plan.template_ref
        source = Voice(ref.get("level", ""), KINDS.get(ref.get("level", ""), ""), ref.get("place", ""),
                       ref.get("year") or None)
    return revoicer(store, source, unit_voice(get_unit(store), plan.year))


def revoice_plan(store: Store, plan_id: int | str, *, dry_run: bool = False,
                 skip_rules: Collection[str] = (), skip_changes: Collection[str] = ()
                 ) -> tuple[list[Change], Plan]:
    """The changes `plan revoice` proposes, and the plan after applying them (saved in one
    transaction unless `dry_run`)."""
    from .plans import get_plan

    plan = get_plan(store, plan_id)
    engine = stored_engine(store, plan)
    changes = plan_changes(plan, engine)
    kept = [c for c in changes if c.rule not in set(skip_rules) and c.id not in set(skip_changes)]
    if dry_run or not kept:
        return changes, plan
    before = get_plan(store, plan_id)
    apply_changes(plan, engine, skip_rules=skip_rules, skip_changes=skip_changes)
    save_changed(store, before, plan)
    return changes, get_plan(store, plan_id)

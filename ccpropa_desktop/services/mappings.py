"""The unit's editable agency mapping (brief W3), seeded from resources/mappings/default.json."""

from __future__ import annotations

import functools
import json
from typing import Any

from ccpropa_desktop.domain.levels import LEVELS
from ccpropa_desktop.domain.mapping import MappingRule
from ccpropa_desktop.domain.proposal import ProposalRules
from ccpropa_desktop.domain.text import clean_line
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.paths import resources_dir
from ccpropa_desktop.store import Store


@functools.cache
def _default_file() -> dict[str, Any]:
    return json.loads((resources_dir() / "mappings" / "default.json").read_text(encoding="utf-8"))


@functools.cache
def proposal_rules() -> ProposalRules:
    data = json.loads((resources_dir() / "mappings" / "proposal.json").read_text(encoding="utf-8"))
    return ProposalRules(own=data["own"], all_units=data["all"], qualifiers=data["qualifiers"])


def default_rules(from_level: str, to_level: str) -> list[MappingRule]:
    pairs = _default_file().get(f"{from_level}>{to_level}", [])
    return [MappingRule(source, target) for source, target in pairs]


def _check_level(level: str, field: str) -> None:
    if level not in LEVELS:
        raise UserError("level_invalid", f"Cấp “{level}” ({field}) không hợp lệ; dùng một trong: "
                        f"{', '.join(LEVELS)}.")


def get_rules(store: Store, from_level: str, to_level: str) -> list[MappingRule]:
    """The unit's mapping between two levels; the defaults are copied in on first use."""
    _check_level(from_level, "từ cấp")
    _check_level(to_level, "đến cấp")
    if not store.mapping_seeded(from_level, to_level):
        store.seed_mapping(from_level, to_level, default_rules(from_level, to_level))
    return store.mapping_rules(from_level, to_level)


def _current_rules(store: Store, from_level: str, to_level: str) -> list[MappingRule]:
    """The rules as the unit sees them, without seeding the defaults (a read, never a write)."""
    _check_level(from_level, "từ cấp")
    _check_level(to_level, "đến cấp")
    if store.mapping_seeded(from_level, to_level):
        return store.mapping_rules(from_level, to_level)
    return default_rules(from_level, to_level)


def set_rule(store: Store, from_level: str, to_level: str, source: str, target: str) -> MappingRule:
    _current_rules(store, from_level, to_level)  # validate the levels before writing anything
    source, target = clean_line(source), clean_line(target)
    if not source:
        raise UserError("mapping_invalid", "Tên cơ quan cần đổi (nguồn) không được để trống.")
    get_rules(store, from_level, to_level)
    store.set_mapping(from_level, to_level, source, target)
    return MappingRule(source, target)


def remove_rule(store: Store, from_level: str, to_level: str, source: str) -> None:
    wanted = clean_line(source)
    if wanted not in {r.source for r in _current_rules(store, from_level, to_level)}:
        # Checked before seeding the defaults, so a bad name writes nothing.
        raise UserError("mapping_not_found", f"Không có quy tắc đổi tên cho “{source}” "
                        f"({from_level} → {to_level}).")
    get_rules(store, from_level, to_level)
    store.remove_mapping(from_level, to_level, wanted)

"""One handler per CLI command: open the store, call a service, print."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator

from ccpropa_desktop.domain.levels import LEVELS
from ccpropa_desktop.domain.model import TASK_FIELD_LABELS, TASK_FIELDS, Plan
from ccpropa_desktop.domain.noi_nhan import archive_line
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import issuing, mappings, plans, templates, unit
from ccpropa_desktop.services.render import write_output
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.store import Store

from .lazy import lazy
from .output import emit, emit_json, table

editing = lazy("ccpropa_desktop.services.editing")  # the task and section commands only

TASK_OPTIONS = [(f, TASK_FIELD_LABELS[f]) for f in TASK_FIELDS]


@contextlib.contextmanager
def _store(args: argparse.Namespace) -> Iterator[Store]:
    store = open_store(args.data_dir)
    try:
        yield store
    finally:
        store.close()


# -- templates ---------------------------------------------------------------------------------
def templates_list(args: argparse.Namespace) -> None:
    with _store(args) as store:
        items = templates.list_templates(store)
    if args.json:
        return emit_json(items)
    table([[t.id, str(t.year), LEVELS.get(t.level, t.level), t.issuer, str(t.task_count),
            "có sẵn" if t.builtin else "đã nhập"] for t in items],
          ["Mã", "Năm", "Cấp", "Cơ quan ban hành", "Nhiệm vụ", "Nguồn"])


def templates_show(args: argparse.Namespace) -> None:
    with _store(args) as store:
        doc = templates.get_template(store, args.template)
    if args.json:
        return emit_json(doc)
    emit(f"{doc['name']}  [{doc['id']}]")
    emit(f"Số: {doc.get('number') or '…'}   Ngày: {doc.get('date') or '…'}   Cấp: {doc.get('level')}")
    emit(f"Trích yếu: {doc.get('title', '')}")
    for depth, section in templates.flatten_sections(doc.get("sections", [])):
        emit(f"{'  ' * depth}- {section['title']} ({len(section.get('paragraphs', []))} đoạn)")
    rows = doc.get("appendix", {}).get("tasks", [])
    emit(f"Phụ lục: {len(rows)} nhiệm vụ")
    table([[r["number"], r["content"], r["lead"], r["schedule"]] for r in rows],
          ["TT", "Nhiệm vụ", "Chủ trì", "Thời gian"])


# -- unit --------------------------------------------------------------------------------------
def unit_set(args: argparse.Namespace) -> None:
    profile = unit.read_unit_file(args.file)  # validate before opening the store: nothing written
    with _store(args) as store:
        unit.set_unit(store, profile)
    if args.json:
        return emit_json(profile)
    emit(f"Đã lưu hồ sơ đơn vị: {profile.short_name} (cấp {LEVELS[profile.level]}).")


def unit_show(args: argparse.Namespace) -> None:
    with _store(args) as store:
        profile = unit.get_unit(store)
    if args.json:
        return emit_json(profile)
    for line in profile.parent_lines:
        emit(line)
    for line in profile.name_lines:
        emit(line)
    emit(f"Viết tắt: {profile.abbreviation}   Cấp: {LEVELS[profile.level]}   Địa danh: {profile.place}")
    emit(f"Người ký: {profile.signer.authority} / {profile.signer.title} / {profile.signer.name}")
    emit(f"Nơi nhận: {len(profile.recipients)}   Danh bạ cơ quan: {len(profile.agencies)}")
    emit(f"Đơn vị soạn thảo: {profile.drafting_unit or '(chưa khai báo)'}   "
         f"Dòng lưu: - {archive_line(profile.drafting_unit)}.")


# -- mapping -----------------------------------------------------------------------------------
def _levels(args: argparse.Namespace, store: Store) -> tuple[str, str]:
    to_level = args.to_level or unit.get_unit(store).level
    return args.from_level, to_level


def mapping_list(args: argparse.Namespace) -> None:
    with _store(args) as store:
        from_level, to_level = _levels(args, store)
        rules = mappings.get_rules(store, from_level, to_level)
    if args.json:
        return emit_json({"from": from_level, "to": to_level, "rules": rules})
    emit(f"Đổi tên cơ quan: cấp {LEVELS[from_level]} → cấp {LEVELS[to_level]} ({len(rules)} quy tắc)")
    table([[r.source, r.target] for r in rules], ["Tên trong mẫu", "Tên ở cấp đơn vị"])


def mapping_set(args: argparse.Namespace) -> None:
    with _store(args) as store:
        from_level, to_level = _levels(args, store)
        rule = mappings.set_rule(store, from_level, to_level, args.source, args.target)
    if args.json:
        return emit_json(rule)
    emit(f"Đã lưu: “{rule.source}” → “{rule.target}”.")


def mapping_remove(args: argparse.Namespace) -> None:
    with _store(args) as store:
        from_level, to_level = _levels(args, store)
        mappings.remove_rule(store, from_level, to_level, args.source)
    if args.json:
        return emit_json({"removed": args.source})
    emit(f"Đã xóa quy tắc cho “{args.source}”.")


# -- plans -------------------------------------------------------------------------------------
def _print_tasks(plan: Plan) -> None:
    table([[t.number, t.content, t.lead, t.partners, t.schedule] for t in plan.tasks],
          ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"])


def plan_new(args: argparse.Namespace) -> None:
    wanted = [n.strip() for n in args.tasks.split(",") if n.strip()] if args.tasks else None
    choice = {"task_numbers_wanted": wanted, "all_tasks": args.all, "title": args.title}
    if args.dry_run:
        from ccpropa_desktop.services import revoice

        from .wording_cli import print_changes

        with _store(args) as store:
            draft, engine = plans.draft_plan(store, args.template, args.year, **choice)
            changes = [] if args.keep_wording else revoice.plan_changes(draft, engine)
        if args.json:
            return emit_json({"tasks": len(draft.tasks), "changes": changes})
        emit(f"Xem trước (--dry-run, chưa lưu): {draft.title}; {len(draft.tasks)} nhiệm vụ.")
        return print_changes(changes)
    with _store(args) as store:
        plan = plans.create_plan(store, args.template, args.year, keep_wording=args.keep_wording,
                                 skip_rules=args.skip_rule, skip_changes=args.skip, **choice)
    if args.json:
        return emit_json(plan)
    emit(str(plan.id))


def plan_propose(args: argparse.Namespace) -> None:
    with _store(args) as store:
        proposals = plans.propose_tasks(store, args.template)
    if args.json:
        return emit_json(proposals)
    table([["x" if p.proposed else "", p.number, p.content, p.reason] for p in proposals],
          ["Chọn", "TT", "Nhiệm vụ", "Lý do"])


def plan_list(args: argparse.Namespace) -> None:
    with _store(args) as store:
        items = plans.list_plans(store)
    if args.json:
        return emit_json(items)
    table([[str(p["id"]), str(p["year"]), p["title"], p["template_id"], str(p["task_count"]),
            p["updated_at"]] for p in items], ["Mã", "Năm", "Trích yếu", "Mẫu", "Nhiệm vụ", "Sửa lúc"])


def plan_show(args: argparse.Namespace) -> None:
    with _store(args) as store:
        plan = plans.get_plan(store, args.plan)
    if args.json:
        return emit_json(plan)
    emit(f"Kế hoạch {plan.id}: {plan.title}")
    emit(f"Năm {plan.year} · mẫu {plan.template_id} ({plan.template_ref.get('citation', '')})")
    emit(f"Hình thức: {'B (Quyết định ban hành Kế hoạch)' if plan.form == 'B' else 'A (Kế hoạch)'}")
    for basis in plan.legal_bases:
        emit(basis)
    if plan.opening:
        emit(f"Mở đầu: {plan.opening}")
    signer = [plan.signer.authority, plan.signer.title, plan.signer.name]
    emit(f"Người ký: {' / '.join(v or '(theo hồ sơ đơn vị)' for v in signer)}")
    emit(f"Nơi nhận: {len(plan.recipients)} (riêng của kế hoạch)" if plan.recipients
         else "Nơi nhận: theo hồ sơ đơn vị")
    for s in plan.sections:
        emit(f"{'  ' * s.depth}{s.number} {s.title} ({len(s.paragraphs)} đoạn)")
    emit(f"Phụ lục: {plan.appendix_title} ({len(plan.tasks)} nhiệm vụ)")
    _print_tasks(plan)


def plan_render(args: argparse.Namespace) -> None:
    with _store(args) as store:
        if args.version is not None:
            rendered = issuing.render_version(store, args.plan, args.version, args.format)
        else:
            rendered = issuing.render_current(store, args.plan, args.format, draft=args.draft,
                                              form=args.form)
            for warning in plans.plan_warnings(plans.get_plan(store, args.plan)):
                sys.stderr.write(f"Lưu ý: {warning}\n")
    path = write_output(rendered.data, args.out)
    if rendered.sha256_ok is False:
        sys.stderr.write("Cảnh báo: tệp in lại khác bản đã ban hành (phông chữ hoặc thư viện đã đổi); "
                         "đối chiếu với bản giấy đã ký.\n")
    if args.json:
        return emit_json({"out": str(path), "bytes": len(rendered.data), "version": rendered.version,
                          "sha256_ok": rendered.sha256_ok})
    emit(f"Đã ghi {path} ({len(rendered.data) // 1024} KB).")


def plan_issue(args: argparse.Namespace) -> None:
    with _store(args) as store:
        result = issuing.issue_plan(store, args.plan, args.number, args.date, args.form)
    if args.json:
        return emit_json(result)
    emit(f"Đã ban hành kế hoạch {result['plan']}, phiên bản {result['version']}: "
         f"số {result['number']}, ngày {result['date']}.")


def plan_versions(args: argparse.Namespace) -> None:
    with _store(args) as store:
        items = issuing.list_versions(store, args.plan)
    if args.json:
        return emit_json(items)
    table([[str(v["version"]), "đã ban hành" if v["status"] == "issued" else "dự thảo", v["number"],
            v["issued_on"], v["pdf_sha256"][:12]] for v in items],
          ["Phiên bản", "Trạng thái", "Số", "Ngày", "SHA-256"])


def task_list(args: argparse.Namespace) -> None:
    with _store(args) as store:
        plan = plans.get_plan(store, args.plan)
    if args.json:
        return emit_json(plan.tasks)
    _print_tasks(plan)


def _task_values(args: argparse.Namespace) -> dict[str, str | None]:
    return {f: getattr(args, f) for f in TASK_FIELDS}


def task_add(args: argparse.Namespace) -> None:
    with _store(args) as store:
        task = editing.add_task(store, args.plan, _task_values(args), after=args.after,
                                as_child=args.child)
    if args.json:
        return emit_json(task)
    emit(f"Đã thêm nhiệm vụ {task.number}.")


def task_edit(args: argparse.Namespace) -> None:
    values = _task_values(args)
    if all(v is None for v in values.values()):
        raise UserError("nothing_to_edit", "Không có gì để sửa: dùng --content, --lead, --schedule…")
    with _store(args) as store:
        task = editing.edit_task(store, args.plan, args.number, values)
    if args.json:
        return emit_json(task)
    emit(f"Đã sửa nhiệm vụ {task.number}.")


def outline_action(kind: str, action: str) -> Callable[[argparse.Namespace], None]:
    label = "nhiệm vụ" if kind == "tasks" else "mục"

    def handler(args: argparse.Namespace) -> None:
        with _store(args) as store:
            if action == "remove":
                removed = editing.remove(store, args.plan, kind, args.number)
                if args.json:
                    return emit_json({"removed": removed})
                return emit(f"Đã xóa {label} {', '.join(removed)}.")
            item = editing.restructure(store, args.plan, kind, args.number, action)
        if args.json:
            return emit_json(item)
        emit(f"{label.capitalize()} {args.number} nay là {item.number}.")

    return handler


def outline_move(kind: str) -> Callable[[argparse.Namespace], None]:
    def handler(args: argparse.Namespace) -> None:
        with _store(args) as store:
            item = editing.restructure(store, args.plan, kind, args.number, args.direction)
        if args.json:
            return emit_json(item)
        emit(f"Đã chuyển {args.number} thành {item.number}.")

    return handler


def section_list(args: argparse.Namespace) -> None:
    with _store(args) as store:
        plan = plans.get_plan(store, args.plan)
    if args.json:
        return emit_json(plan.sections)
    for s in plan.sections:
        emit(f"{'  ' * s.depth}{s.number} {s.title} ({len(s.paragraphs)} đoạn)")


def section_add(args: argparse.Namespace) -> None:
    with _store(args) as store:
        section = editing.add_section(store, args.plan, args.title or "", args.paragraph or [],
                                      after=args.after, as_child=args.child)
    if args.json:
        return emit_json(section)
    emit(f"Đã thêm mục {section.number} {section.title}.")


def section_edit(args: argparse.Namespace) -> None:
    if args.title is None and args.paragraph is None:
        raise UserError("nothing_to_edit", "Không có gì để sửa: dùng --title hoặc --paragraph.")
    with _store(args) as store:
        section = editing.edit_section(store, args.plan, args.number, title=args.title,
                                       paragraphs=args.paragraph)
    if args.json:
        return emit_json(section)
    emit(f"Đã sửa mục {section.number} {section.title}.")


# -- selftest ----------------------------------------------------------------------------------
def selftest(args: argparse.Namespace) -> int:
    """Check this installation in a temporary data folder (the unit's own store is not opened)."""
    from ccpropa_desktop.services import selftest as checks

    results = checks.run_checks()
    text, code = checks.report(results)
    if args.json:
        emit_json({"ok": code == 0, "checks": results})
    else:
        sys.stdout.write(text)
    return code

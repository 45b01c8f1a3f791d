"""Benchmark: re-voicing (issue 11 targets: the largest template ≤ 50 ms; `plan new` ≤ 50 ms).

Prints figures; it is not a test. Usage:

    .venv/bin/python benchmarks/revoice.py [--runs 30]

Figures, each for the largest built-in template and a district unit in 2026, with a baseline
measured in the same run: building the plan in memory without re-voicing (``draft_plan``).
- the engine built from the rules (``services.revoice.revoicer``);
- finding every change (``plan_changes``, what `plan new --dry-run` and the wizard list);
- applying them (``apply_changes``);
- `plan new` in-process (``create_plan``, saved to a file store), with and without re-voicing.
"""

from __future__ import annotations

import argparse
import copy
import tempfile
from pathlib import Path

from plan_new import UNIT, largest_template
from timing import ms, timed

from ccpropa_desktop.services import plans, revoice, unit
from ccpropa_desktop.services.session import open_store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    template_id = largest_template()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "data")
        profile = unit.set_unit(store, unit.unit_from_dict(UNIT))
        plans.create_plan(store, template_id, 2026)  # warm-up: mapping seeded, caches filled
        draft, engine = plans.draft_plan(store, template_id, 2026)
        changes = revoice.plan_changes(draft, engine)
        source = revoice.template_voice(plans.get_template(store, template_id))
        target = revoice.unit_voice(profile, 2026)
        print(f"template {template_id}: {len(draft.tasks)} tasks, {len(changes)} changes proposed")
        print("draft_plan (baseline)      ", ms(timed(lambda: plans.draft_plan(store, template_id, 2026),
                                                        args.runs)))
        print("revoicer (compile rules)   ", ms(timed(lambda: revoice.revoicer(store, source, target),
                                                        args.runs)))
        print("plan_changes (find all)    ", ms(timed(lambda: revoice.plan_changes(draft, engine),
                                                        args.runs)))
        print("apply_changes              ", ms(timed(
            lambda: revoice.apply_changes(copy.deepcopy(draft), engine), args.runs)))
        print("plan new, re-voiced        ", ms(timed(lambda: plans.create_plan(store, template_id, 2026),
                                                        args.runs)))
        print("plan new, --keep-wording   ", ms(timed(
            lambda: plans.create_plan(store, template_id, 2026, keep_wording=True), args.runs)))
        store.close()


if __name__ == "__main__":
    main()

"""Pure-Python domain: the plan, its tasks and sections, and the rules on them. No Qt, no SQL."""

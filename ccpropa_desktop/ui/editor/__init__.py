"""The plan editor's parts: the editing session with its undo stack, the section and task panels."""

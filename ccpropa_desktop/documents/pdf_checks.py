"""Checks on a PDF we wrote, read off its bytes (the self-test's "are the fonts embedded?")."""

from __future__ import annotations

import re


def pdf_font_problems(data: bytes) -> list[str]:
    """Why a PDF's fonts are not all embedded: a standard-14 face, or a font with no font file.

    reportlab writes font dictionaries uncompressed, so their names and FontFile2 entries can be
    read from the bytes; only page content streams are compressed.
    """
    names = [m.decode("latin-1") for m in re.findall(rb"/BaseFont\s*/([^\s/<>\[\]]+)", data)]
    problems = []
    if not names:
        problems.append("không có phông chữ nào")
    unembedded = [n for n in names if "+" not in n]  # embedded subsets are named ABCDEF+Face
    if unembedded:
        problems.append("phông không nhúng: " + ", ".join(sorted(set(unembedded))))
    embedded = len(re.findall(rb"/FontFile2\s+\d+\s+\d+\s+R", data))
    if embedded < len(set(names) - set(unembedded)):
        problems.append(f"{embedded} tệp phông cho {len(names)} phông")
    return problems

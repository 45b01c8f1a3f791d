"""The body's section tree: I. / 1. / 1.1 / a) headings and the paragraphs under them.

A numbered short title is a heading, a numbered sentence a paragraph; "3. Phòng Tài chính - Kế
hoạch: Tham mưu …" splits into a run-in heading and its paragraph when its siblings are headings.
"""

from __future__ import annotations

from typing import Any

from .patterns import ARABIC, KIND_RANK, LETTER, ROMAN, SENTENCE_END, SUB, word_count


def build_sections(texts: list[str]) -> list[dict[str, Any]]:
    """Body paragraphs in order → the section tree of docs/template-format.md."""
    entries = classify(texts)
    roots: list[dict[str, Any]] = []
    stack: list[tuple[int, dict[str, Any]]] = []
    for kind, title, paragraphs in entries:
        if kind is None:
            if stack:
                stack[-1][1]["paragraphs"].extend(paragraphs)
            elif roots:
                roots[-1]["paragraphs"].extend(paragraphs)
            else:
                roots.append({"title": "", "paragraphs": list(paragraphs), "children": []})
            continue
        rank = KIND_RANK[kind]
        while stack and stack[-1][0] >= rank:
            stack.pop()
        node = {"title": title, "paragraphs": list(paragraphs), "children": []}
        (stack[-1][1]["children"] if stack else roots).append(node)
        stack.append((rank, node))
    return roots


def classify(texts: list[str]) -> list[tuple[str | None, str, list[str]]]:
    """Each body paragraph: (heading kind, title, its own paragraphs) or (None, "", [text])."""
    raw: list[tuple[str | None, str, str]] = []   # (kind, marker-less text, full text)
    for text in texts:
        kind, rest = None, text
        for name, pattern in (("roman", ROMAN), ("sub", SUB), ("arabic", ARABIC), ("letter", LETTER)):
            m = pattern.match(text)
            if m:
                kind, rest = name, m.group(2).strip()
                break
        raw.append((kind, rest, text))

    def heading(kind: str | None, rest: str) -> bool:
        ends = rest.endswith(SENTENCE_END)
        if kind == "roman":
            return not (ends and word_count(rest) > 30)
        if kind in ("arabic", "sub"):
            return (word_count(rest) <= 25 and not ends) or word_count(rest) <= 9
        if kind == "letter":
            return word_count(rest) <= 15 and not ends
        return False

    flags = [heading(k, r) for k, r, _t in raw]
    out: list[tuple[str | None, str, list[str]]] = []
    for n, (kind, rest, text) in enumerate(raw):
        if kind and flags[n]:
            out.append((kind, rest, []))
            continue
        head, sep, body = rest.partition(":")
        if kind in ("arabic", "sub") and sep and body.strip() and word_count(head) <= 10 \
                and _sibling_is_heading(raw, flags, n):
            out.append((kind, head.strip() + ":", [body.strip()]))  # a run-in heading keeps its colon
            continue
        out.append((None, "", [text]))
    return out


def _sibling_is_heading(raw: list[tuple[str | None, str, str]], flags: list[bool], n: int) -> bool:
    kind = raw[n][0]
    rank = KIND_RANK[kind or "letter"]
    for step in (-1, 1):
        j = n + step
        while 0 <= j < len(raw):
            other = raw[j][0]
            if other and KIND_RANK[other] < rank and flags[j]:
                break
            if other == kind and flags[j]:
                return True
            j += step
    return False

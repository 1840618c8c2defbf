#!/usr/bin/env python3
"""Assembles CHANGELOG.md from docs/readme/changelog-head.md and docs/changelog/*.md (Keep a Changelog).

A fragment's area title is its first-line comment <!-- title: Quantities and units -->; fragments are
ordered as in LEGACY below, then by file name. No need to edit this script to add a fragment.
"""
import re, pathlib
root = pathlib.Path(__file__).resolve().parents[2]
LEGACY = [("build", "Build and documentation"), ("surface", "Using the library from other code"),
          ("quantity", "Quantities and units"), ("money", "Money and exchange rates"),
          ("figures", "Periods, relative figures and intervals"), ("dataset", "Datasets and sums"),
          ("checks", "Consistency checks"), ("io", "CSV and JSON"), ("io2", "Reading and writing datasets"),
          ("cli", "The metrics command and examples")]
known = dict(LEGACY)
names = [n for n, _ in LEGACY] + sorted(p.stem for p in (root / "docs" / "changelog").glob("*.md") if p.stem not in known)
order = []
sections = {}
for name in names:
    p = root / "docs" / "changelog" / (name + ".md")
    if not p.exists():
        continue
    text = p.read_text(encoding="utf-8")
    m = re.search(r"<!--\s*title:\s*(.*?)\s*-->", text)
    title = m.group(1) if m else known.get(name, name)
    order.append(title)
    kind = None
    for line in text.splitlines():
        h = re.match(r"^###\s+(\w+)", line)
        if h:
            kind = h.group(1)
            continue
        if kind and line.strip() and not line.lstrip().startswith("<!--"):
            sections.setdefault(kind, {}).setdefault(title, []).append(line)
head = (root / "docs/readme/changelog-head.md").read_text(encoding="utf-8").rstrip("\n")
out = [head, ""]
for kind in ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"]:
    if kind not in sections:
        continue
    out.append("### " + kind)
    out.append("")
    for title in order:
        lines = sections[kind].get(title)
        if lines:
            out.append("#### " + title)
            out.append("")
            out.extend(lines)
            out.append("")
(root / "CHANGELOG.md").write_text("\n".join(out).rstrip("\n") + "\n", encoding="utf-8")
print("CHANGELOG.md written")

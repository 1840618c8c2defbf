#!/usr/bin/env python3
"""Assembles CHANGELOG.md from docs/readme/changelog-head.md and docs/changelog/*.md (Keep a Changelog)."""
import re, pathlib
root = pathlib.Path(__file__).resolve().parents[2]
order = [("build", "Build and documentation"), ("surface", "Using the library from other code"), ("quantity", "Quantities and units"), ("money", "Money and exchange rates"),
         ("figures", "Periods, relative figures and intervals"), ("dataset", "Datasets and sums"),
         ("checks", "Consistency checks"), ("io", "CSV and JSON"), ("io2", "Reading and writing datasets"),
         ("cli", "The metrics command and examples")]
sections = {}
for name, title in order:
    p = root / "docs" / "changelog" / (name + ".md")
    if not p.exists():
        continue
    kind = None
    for line in p.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^###\s+(\w+)", line)
        if m:
            kind = m.group(1)
            continue
        if kind and line.strip():
            sections.setdefault(kind, {}).setdefault(title, []).append(line)
head = (root / "docs/readme/changelog-head.md").read_text(encoding="utf-8").rstrip("\n")
out = [head, ""]
for kind in ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"]:
    if kind not in sections:
        continue
    out.append("### " + kind)
    out.append("")
    for _, title in order:
        lines = sections[kind].get(title)
        if lines:
            out.append("#### " + title)
            out.append("")
            out.extend(lines)
            out.append("")
(root / "CHANGELOG.md").write_text("\n".join(out).rstrip("\n") + "\n", encoding="utf-8")
print("CHANGELOG.md written")

#!/usr/bin/env python3
"""Assembles README.md from docs/readme/head.md, the tour fragments and docs/readme/tail.md.

Subsections about speed are gathered into one "Measurements" section before the tail.
Run from the repository root: python3 docs/readme/assemble.py
"""
import re, pathlib
root = pathlib.Path(__file__).resolve().parents[2]
order = ["quantity", "money", "figures", "dataset", "sums", "checks", "io", "io2", "cli", "html", "testkit", "extract", "spark"]
perf_titles = re.compile(r"^### (Speed|Performance|Measurements|How long a check run takes)\s*$")
body, perf = [], []
head_text = (root / "docs/readme/head.md").read_text(encoding="utf-8")
for name in order:
    p = root / "docs" / "tour" / (name + ".md")
    if not p.exists():
        continue
    text = re.sub(r"<!--.*?-->\n*", "", p.read_text(encoding="utf-8"), flags=re.S)
    # links relative to docs/tour/ are made relative to the root; an image the head already shows is not repeated
    text = text.replace("](../", "](docs/")
    text = "\n".join(l for l in text.splitlines() if not (l.startswith("![") and l in head_text))
    cur = body
    for line in text.splitlines():
        if line.startswith("## "):
            cur = body
            section = line[3:].strip()
        if perf_titles.match(line):
            cur = perf
            perf.append("")
            line = "### " + section
        cur.append(line)
    body.append("")
head = (root / "docs/readme/head.md").read_text(encoding="utf-8")
tail = (root / "docs/readme/tail.md").read_text(encoding="utf-8")
out = head.rstrip("\n") + "\n\n" + "\n".join(body).strip("\n") + "\n\n## Measurements\n\n" \
    + (root / "docs/readme/measurements.md").read_text(encoding="utf-8").strip("\n") + "\n\n" \
    + "\n".join(perf).strip("\n") + "\n\n" + tail.strip("\n") + "\n"
out = re.sub(r"\n{3,}", "\n\n", out)
(root / "README.md").write_text(out, encoding="utf-8")
print("README.md:", len(out.splitlines()), "lines")

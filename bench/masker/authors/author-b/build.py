#!/usr/bin/env python3
"""Convert texts.txt (+ generated.txt from gen.py) into set.jsonl.
Marks: {{K:value}}, K in E P A D S C N. Texts separated by a line holding only ---.
Optional first line '#lang es' / '#lang en' (default en)."""
import json, re, sys, os
from collections import Counter

FOLDER = "author-b"
KINDS = {"E": "Email", "P": "Phone", "A": "Address", "D": "DateOfBirth",
         "S": "SocialSecurityNumber", "C": "CaseNumber", "N": "Name"}
MARK = re.compile(r"\{\{([EPADSCN]):(.*?)\}\}", re.S)
here = os.path.dirname(os.path.abspath(__file__))

def read_blocks(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    blocks, cur = [], []
    for line in raw.split("\n"):
        if line.strip() == "---":
            blocks.append("\n".join(cur)); cur = []
        else:
            cur.append(line)
    blocks.append("\n".join(cur))
    return [b.strip("\n") for b in blocks if b.strip()]

def convert(block):
    lang = "en"
    lines = block.split("\n")
    if lines[0].startswith("#lang"):
        lang = lines[0].split()[1].strip()
        lines = lines[1:]
    src = "\n".join(lines).strip()
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(src):
        pre = src[pos:m.start()]
        out.append(pre); length += len(pre)
        val = m.group(2)
        spans.append({"kind": KINDS[m.group(1)], "start": length, "end": length + len(val), "value": val})
        out.append(val); length += len(val)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text, ("stray mark", text[:80])
    return lang, text, spans

def main():
    blocks = read_blocks(os.path.join(here, "texts.txt"))
    nhand = len(blocks)
    blocks += read_blocks(os.path.join(here, "generated.txt"))
    kinds, langs, clean = Counter(), Counter(), 0
    seen = set()
    rows = []
    for i, b in enumerate(blocks, 1):
        lang, text, spans = convert(b)
        assert lang in ("en", "es"), lang
        assert all(ord(ch) < 0x10000 for ch in text), "non-BMP"
        if text in seen:
            print("WARNING duplicate text", i, text[:60], file=sys.stderr)
        seen.add(text)
        prev_end = -1
        for s in sorted(spans, key=lambda s: s["start"]):
            assert text[s["start"]:s["end"]] == s["value"], (i, s)
            assert s["start"] >= prev_end, ("overlap", i, s)
            assert s["value"] == s["value"].strip() and s["value"], ("untrimmed", i, s)
            prev_end = s["end"]
            kinds[s["kind"]] += 1
        langs[lang] += 1
        if not spans:
            clean += 1
        rows.append({"id": f"{FOLDER}-{i:04d}", "split": FOLDER, "lang": lang, "text": text,
                     "spans": [{"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in spans]})
    with open(os.path.join(here, "set.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = len(rows)
    print(f"texts: {n} (hand {nhand}, generated {n - nhand})")
    print("spans per kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
    print("per language:", dict(langs), f"es share {langs['es']/n:.1%}" if n else "")
    print(f"clean texts: {clean} ({clean/n:.1%})" if n else "")

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Convert texts.txt (inline {{K:value}} marks) to set.jsonl."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
KINDS = {"E": "Email", "P": "Phone", "A": "Address", "D": "DateOfBirth",
         "S": "SocialSecurityNumber", "C": "CaseNumber", "N": "Name"}
MARK = re.compile(r"\{\{([A-Z]):(.*?)\}\}", re.S)

def parse(raw):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(raw):
        k, v = m.group(1), m.group(2)
        if k not in KINDS:
            sys.exit(f"unknown kind {k!r} in: {raw[:80]!r}")
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(v)
        spans.append({"kind": KINDS[k], "start": start, "end": start + len(v), "_v": v})
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "{{" in text or "}}" in text:
        sys.exit(f"unbalanced mark in: {raw[:120]!r}")
    return text, spans

def main():
    src = open(os.path.join(HERE, "texts.txt"), encoding="utf-8").read()
    blocks = re.split(r"^---[ \t]*$", src, flags=re.M)
    recs = []
    for b in blocks:
        b = b.strip("\n")
        if not b.strip():
            continue
        lang = "en"
        lines = b.split("\n")
        if lines[0].startswith("#lang "):
            lang = lines[0][6:].strip()
            b = "\n".join(lines[1:])
        b = b.strip()
        if lang not in ("en", "es"):
            sys.exit(f"bad lang {lang}")
        text, spans = parse(b)
        if any(ord(c) > 0xFFFF for c in text):
            sys.exit(f"non-BMP char in: {text[:80]!r}")
        spans.sort(key=lambda s: (s["start"], s["end"]))
        for s in spans:
            assert text[s["start"]:s["end"]] == s["_v"], (text, s)
            assert s["end"] > s["start"], ("empty span", text)
            assert s["_v"] == s["_v"].strip(), ("span has outer whitespace", s["_v"])
        for a, c in zip(spans, spans[1:]):
            assert a["end"] <= c["start"], ("overlap", text, a, c)
        recs.append((lang, text, [{"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in spans]))
    seen = set()
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for i, (lang, text, spans) in enumerate(recs, 1):
            if text in seen:
                print(f"WARNING duplicate text {i}: {text[:60]!r}")
            seen.add(text)
            f.write(json.dumps({"id": f"{FOLDER}-{i:04d}", "split": FOLDER, "lang": lang,
                                "text": text, "spans": spans}, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for _, _, sp in recs for s in sp)
    langs = Counter(l for l, _, _ in recs)
    clean = sum(1 for _, _, sp in recs if not sp)
    print(f"texts: {len(recs)}")
    print("spans per kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
    print("texts per language:", dict(sorted(langs.items())))
    print(f"clean texts: {clean} ({100*clean/max(1,len(recs)):.1f} %)")

if __name__ == "__main__":
    main()

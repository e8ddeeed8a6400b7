#!/usr/bin/env python3
"""Convert texts.txt (hand-written) + generated.txt (from gen.py) into set.jsonl."""
import json, re, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "author-c"
KINDS = {"E": "Email", "P": "Phone", "A": "Address", "D": "DateOfBirth",
         "S": "SocialSecurityNumber", "C": "CaseNumber", "N": "Name"}
MARK = re.compile(r"\{\{([EPADSCN]):(.*?)\}\}", re.S)

def parse(raw):
    lang = "en"
    lines = raw.strip("\n").split("\n")
    if lines and lines[0].startswith("#lang "):
        lang = lines[0][6:].strip(); lines = lines[1:]
    src = "\n".join(lines).strip("\n")
    out, spans, pos = [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        start = sum(len(x) for x in out)
        val = m.group(2)
        out.append(val)
        spans.append({"kind": KINDS[m.group(1)], "start": start, "end": start + len(val), "_v": val})
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    return lang, text, spans

def main():
    blocks = []
    for fn in ("texts.txt", "generated.txt"):
        p = os.path.join(HERE, fn)
        if not os.path.exists(p):
            continue
        data = open(p, encoding="utf-8").read()
        for b in re.split(r"^---[ \t]*$", data, flags=re.M):
            if b.strip():
                blocks.append((fn, b))
    recs, errors = [], 0
    kc, lc = collections.Counter(), collections.Counter()
    clean = 0
    for i, (fn, b) in enumerate(blocks, 1):
        lang, text, spans = parse(b)
        if "{{" in text or "}}" in text:
            print(f"ERROR unparsed mark in {fn} text {i}: {text[:80]!r}"); errors += 1
        if lang not in ("en", "es"):
            print(f"ERROR lang {lang} in text {i}"); errors += 1
        if any(ord(ch) > 0xFFFF for ch in text):
            print(f"ERROR non-BMP char in text {i}"); errors += 1
        last = -1
        for s in sorted(spans, key=lambda s: s["start"]):
            if text[s["start"]:s["end"]] != s["_v"]:
                print(f"ERROR offset mismatch text {i}"); errors += 1
            if s["start"] < last:
                print(f"ERROR overlap text {i}"); errors += 1
            if s["_v"] != s["_v"].strip() or not s["_v"]:
                print(f"ERROR whitespace/empty value text {i}: {s['_v']!r}"); errors += 1
            last = s["end"]
        for s in spans:
            kc[s["kind"]] += 1
            del s["_v"]
        lc[lang] += 1
        if not spans:
            clean += 1
        recs.append({"id": f"{SPLIT}-{i:04d}", "split": SPLIT, "lang": lang, "text": text, "spans": spans})
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = len(recs)
    print(f"texts: {n}")
    print("spans per kind:", dict(sorted(kc.items())), "total", sum(kc.values()))
    print("per language:", dict(lc), f"es share {lc['es']/max(n,1):.1%}")
    print(f"clean texts: {clean} ({clean/max(n,1):.1%})")
    if errors:
        print(f"{errors} ERRORS"); sys.exit(1)

if __name__ == "__main__":
    main()

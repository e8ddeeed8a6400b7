#!/usr/bin/env python3
"""Convert texts.txt (+ generated texts from gen.py) into set.jsonl."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = os.path.basename(HERE)
KINDS = {"E": "Email", "P": "Phone", "A": "Address", "D": "DateOfBirth",
         "S": "SocialSecurityNumber", "C": "CaseNumber", "N": "Name"}
MARK = re.compile(r"\{\{([EPADSCN]):(.*?)\}\}", re.S)

def parse(raw):
    lang = "en"
    lines = raw.split("\n")
    if lines and lines[0].startswith("#lang "):
        lang = lines[0][6:].strip()
        lines = lines[1:]
    body = "\n".join(lines).strip("\n")
    out, spans, pos = [], [], 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        start = sum(len(x) for x in out)
        val = m.group(2)
        out.append(val)
        spans.append({"kind": KINDS[m.group(1)], "start": start, "end": start + len(val), "_v": val})
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "{{" in text or "}}" in text:
        raise SystemExit("unparsed mark in: " + text[:120])
    for s in spans:
        assert text[s["start"]:s["end"]] == s["_v"], s
        assert s["_v"] == s["_v"].strip(), ("whitespace at span edge", s["_v"])
        del s["_v"]
    spans.sort(key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], ("overlap", text)
    assert all(ord(ch) <= 0xFFFF for ch in text), "non-BMP char"
    assert lang in ("en", "es"), lang
    return lang, text, spans

def main():
    raws = []
    with open(os.path.join(HERE, "texts.txt"), encoding="utf-8") as f:
        chunk = []
        for line in f.read().split("\n"):
            if line.strip() == "---":
                raws.append("\n".join(chunk)); chunk = []
            else:
                chunk.append(line)
        raws.append("\n".join(chunk))
    raws = [r for r in raws if r.strip()]
    nhand = len(raws)
    sys.path.insert(0, HERE)
    import gen
    raws += gen.generate()
    recs = []
    for i, r in enumerate(raws, 1):
        lang, text, spans = parse(r)
        recs.append({"id": f"{SPLIT}-{i:04d}", "split": SPLIT, "lang": lang, "text": text, "spans": spans})
    texts = Counter(r["text"] for r in recs)
    dup = [t for t, c in texts.items() if c > 1]
    assert not dup, ("duplicate texts", dup[:3])
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for r in recs for s in r["spans"])
    langs = Counter(r["lang"] for r in recs)
    clean = sum(1 for r in recs if not r["spans"])
    print(f"texts: {len(recs)} (hand {nhand}, generated {len(recs)-nhand})")
    print("spans per kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
    print("texts per lang:", dict(langs))
    print(f"clean: {clean} ({100*clean/len(recs):.1f}%)")
    tk = Counter(s["kind"] for r in recs for s in {x["kind"]: x for x in r["spans"]}.values())
    print("texts containing kind:", dict(sorted(tk.items())))

if __name__ == "__main__":
    main()

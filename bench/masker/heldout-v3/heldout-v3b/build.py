#!/usr/bin/env python3
"""Convert texts.txt (hand-written) + generated.txt (from gen.py) into set.jsonl."""
import json, re, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = os.path.basename(HERE)
KINDS = {"E": "Email", "P": "Phone", "A": "Address", "D": "DateOfBirth",
         "S": "SocialSecurityNumber", "C": "CaseNumber", "N": "Name"}
MARK = re.compile(r"\{\{([EPADSCN]):(.*?)\}\}", re.S)

def read_blocks(path):
    if not os.path.exists(path):
        return []
    raw = open(path, encoding="utf-8").read().replace("\r\n", "\n")
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
    if lines and lines[0].startswith("#lang "):
        lang = lines[0][6:].strip()
        block = "\n".join(lines[1:]).strip("\n")
    assert lang in ("en", "es"), lang
    out, spans, pos = [], [], 0
    for m in MARK.finditer(block):
        out.append(block[pos:m.start()])
        start = sum(len(x) for x in out)
        val = m.group(2)
        assert val and val == val.strip(), repr(val)
        out.append(val)
        spans.append({"kind": KINDS[m.group(1)], "start": start, "end": start + len(val), "_v": val})
        pos = m.end()
    out.append(block[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text, text[:200]
    for s in spans:
        assert text[s["start"]:s["end"]] == s.pop("_v")
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], "overlap"
    assert all(ord(c) < 0x10000 for c in text), "non-BMP"
    return lang, text, spans

def main():
    blocks = read_blocks(os.path.join(HERE, "texts.txt"))
    nhand = len(blocks)
    blocks += read_blocks(os.path.join(HERE, "generated.txt"))
    kinds, langs, clean, seen = collections.Counter(), collections.Counter(), 0, set()
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for i, b in enumerate(blocks, 1):
            try:
                lang, text, spans = convert(b)
            except AssertionError as e:
                sys.exit(f"block {i}: {e}\n{b[:300]}")
            if text in seen:
                sys.exit(f"duplicate text at block {i}")
            seen.add(text)
            langs[lang] += 1
            clean += not spans
            for s in spans:
                kinds[s["kind"]] += 1
            f.write(json.dumps({"id": f"{SPLIT}-{i:04d}", "split": SPLIT, "lang": lang,
                                "text": text, "spans": spans}, ensure_ascii=False) + "\n")
    n = len(blocks)
    print(f"texts: {n} (hand {nhand}, generated {n - nhand})")
    print("per kind:", dict(sorted(kinds.items())), "total spans:", sum(kinds.values()))
    print("per lang:", dict(langs), f"es share {langs['es']/n:.1%}")
    print(f"clean: {clean} ({clean/n:.1%})")

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds labelled.jsonl from the marked-up texts in source/.

Each source file holds texts separated by lines that read "===". Personal data is marked inline as
{{K:value}}, where K is E (Email), P (Phone), A (Address), D (DateOfBirth), S (SocialSecurityNumber),
C (CaseNumber) or N (Name). The script removes the marks and records the character offsets of each value
in the clean text (end exclusive, UTF-16 code units so they agree with .NET string indices).
"""
import json
import pathlib
import re
import sys

KINDS = {"E": "Email", "P": "Phone", "A": "Address", "D": "DateOfBirth",
         "S": "SocialSecurityNumber", "C": "CaseNumber", "N": "Name"}
MARK = re.compile(r"\{\{([EPADSCN]):(.*?)\}\}", re.S)
SPANISH_WORDS = set("de la el los las y en que mi mis por para con es se del un una lo su al muy hay soy "
                    "está son pero como gracias vivo tengo quiero".split())
ENGLISH_WORDS = set("the and of to in is my for i a it on with we are this that you me our please".split())


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def parse(entry: str):
    text, spans, pos = [], [], 0
    for m in MARK.finditer(entry):
        text.append(entry[pos:m.start()])
        start = utf16_len("".join(text))
        value = m.group(2)
        text.append(value)
        spans.append({"kind": KINDS[m.group(1)], "start": start, "end": start + utf16_len(value)})
        pos = m.end()
    text.append(entry[pos:])
    clean = "".join(text)
    if "{{" in clean or "}}" in clean:
        raise ValueError(f"unbalanced mark in: {entry[:60]}")
    return clean, spans


def language(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text.lower())
    spanish = sum(w in SPANISH_WORDS for w in words) + text.count("¿")
    english = sum(w in ENGLISH_WORDS for w in words)
    return "es" if spanish > english else "en"


def main() -> None:
    here = pathlib.Path(__file__).resolve().parent
    out = here / "labelled.jsonl"
    rows = []
    for split in ("tune", "heldout", "fresh"):
        raw = (here / "source" / f"{split}.txt").read_text(encoding="utf-8")
        for i, entry in enumerate(e.strip() for e in re.split(r"^===$", raw, flags=re.M)):
            if not entry:
                continue
            text, spans = parse(entry)
            rows.append({"id": f"{split}-{i + 1:03d}", "split": split, "lang": language(text),
                         "text": text, "spans": spans})
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    summary = {}
    for row in rows:
        s = summary.setdefault(row["split"], {"texts": 0, "es": 0, "none": 0, "spans": {}})
        s["texts"] += 1
        s["es"] += row["lang"] == "es"
        s["none"] += not row["spans"]
        for sp in row["spans"]:
            s["spans"][sp["kind"]] = s["spans"].get(sp["kind"], 0) + 1
    json.dump(summary, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()

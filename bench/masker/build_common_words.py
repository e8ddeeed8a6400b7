#!/usr/bin/env python3
"""Writes Site.Core/PersonalData/Lexicon/common-words.txt: every word written in lower case at least twice in the
Pol.is resident statements (../shared/data/polis/statements.csv, CC BY 4.0). The tagger reads it as a feature:
a capitalised ordinary word is less likely to be a name."""
import collections, csv, pathlib, re

root = pathlib.Path(__file__).resolve().parents[2]
counts = collections.Counter()
with open(root.parent / "shared/data/polis/statements.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        for m in re.finditer(r"[A-Za-z]+(?:'[a-z]+)?", row["text"]):
            word = m.group(0)
            if word[0].islower() and len(word) > 1:
                counts[word.lower()] += 1
# Spanish: the site's own Spanish pages and interface strings, which name no private person.
spanish = [p.read_text(encoding="utf-8") for p in sorted((root / "content").rglob("*.es.md"))]
spanish.append((root / "Site/Resources/SharedResource.es.resx").read_text(encoding="utf-8"))
for text in spanish:
    for m in re.finditer(r"[^\W\d_]+", text):
        word = m.group(0)
        if word[0].islower() and len(word) > 1:
            counts[word.lower()] += 1
words = sorted(w for w, n in counts.items() if n >= 2)
with open(root / "Site.Core/PersonalData/Lexicon/common-words.txt", "w", encoding="utf-8") as f:
    f.write("# Ordinary words: every word written in lower case at least twice in the Pol.is resident statements\n")
    f.write("# (../shared/data/polis/statements.csv, CC BY 4.0) or in the site's own Spanish pages and strings;\n")
    f.write("# made by bench/masker/build_common_words.py.\n")
    f.write("# A capitalised word that is an ordinary word is less likely to be a name.\n")
    f.writelines(w + "\n" for w in words)
print(len(words), "words")

#!/usr/bin/env python3
"""Turns the JSON documents of bench/clustering/run.sh into a Markdown summary (followed by the documents)."""
import datetime, json, os, platform, subprocess, sys

folder = sys.argv[1]
names = [n[: -len(".ours.json")] for n in sorted(os.listdir(folder)) if n.endswith(".ours.json")]
names.sort(key=lambda n: (n != "main", n != "six", n))
docs = {n: (json.load(open(f"{folder}/{n}.ours.json")), json.load(open(f"{folder}/{n}.sklearn.json"))) for n in names}


def ratio(a, b):
    return f"{a / b:.2f}×" if b > 0 else "—"


now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
print(f"# Clustering benchmark — {now}\n")
print(f"`nproc` {os.cpu_count()}, {platform.machine()}; scikit-learn {docs['main'][1]['sklearn']}; ours: MiniLM ({docs['main'][0]['featurizer']}) + ML.NET k-means.\n")
print("| set | rows | labels | NMI ours (k = labels) | NMI scikit-learn | ratio | ARI ours | ARI scikit-learn | ours, k chosen: k / NMI / ARI | our TF-IDF fallback: NMI |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|")
for n in names:
    ours, sk = docs[n]
    f, a = ours["fixed_k"], ours["auto_k"]
    print(f"| {n} | {ours['data']['rows']} | {ours['data']['labels']} | **{f['nmi']:.3f}** | {sk['nmi']:.3f} | {ratio(f['nmi'], sk['nmi'])} | "
          f"{f['ari']:.3f} | {sk['ari']:.3f} | {a['k']} / {a['nmi']:.3f} / {a['ari']:.3f} | {ours['tfidf_fixed_k']['nmi']:.3f} |")
main = docs["main"][0]
print()
print(f"Same clusters on a second run with the same seed: {'yes' if all(d[0]['reproducible'] for d in docs.values()) else 'NO'}.")
if "pairs" in main:
    p, h = main["pairs"], main.get("pairs_heldout")
    print("\n| near-duplicate pairs | pairs (duplicates) | ROC-AUC | best F1 (threshold) | at the tuned threshold: precision / recall / F1 |")
    print("|---|---:|---:|---:|---|")
    print(f"| tuning ({os.path.basename(p['path'])}) | {p['pairs']} ({p['duplicates']}) | {p['roc_auc']:.3f} | {p['best_f1']:.3f} ({p['best_threshold']:.3f}) | |")
    if h:
        t = h["at_tuned_threshold"]
        print(f"| held out ({os.path.basename(h['path'])}) | {h['pairs']} ({h['duplicates']}) | {h['roc_auc']:.3f} | {h['best_f1']:.3f} ({h['best_threshold']:.3f}) | "
              f"{t['precision']:.3f} / {t['recall']:.3f} / {t['f1']:.3f} |")
    print("\nPrecision / recall of the cosine threshold on the held-out pairs: " + ", ".join(
        f"{b['threshold']}: {b['precision']:.2f} / {b['recall']:.2f}" for b in h["by_threshold"]) + ".")
    d = main["duplicate_links"]
    print(f"Near-duplicate links at {d['threshold']} in the whole file: {d['linked']} statements linked to an earlier one "
          f"(each compared with all before it: {d['seconds_all_pairs']:.2f} s for all {main['data']['rows']}).")
if "scale" in main:
    s, sk = main["scale"], docs["main"][1].get("scale", {})
    print("\n| speed | ours | scikit-learn | ratio (theirs / ours) |")
    print("|---|---:|---:|---:|")
    print(f"| clustering run over {s['submissions']:,} stored submissions, k = {s['fixed_k']['k']} | {s['fixed_k']['seconds']:.2f} s | "
          f"{sk.get('seconds', float('nan')):.2f} s (TF-IDF + KMeans) | {ratio(sk.get('seconds', 0), s['fixed_k']['seconds'])} |")
    print(f"| the same with k chosen (2–20) | {s['auto_k']['seconds']:.2f} s (k = {s['auto_k']['k']}) | | |")
    for q in main.get("similar_query", []):
        print(f"| similar query at {q['submissions']:,} (embed the query + scan): p50 / p95 | {q['p50_ms']:.1f} / **{q['p95_ms']:.1f} ms** (scan alone p95 {q['scan_only_p95_ms']:.1f} ms) | | |")
    t = main["embedding_throughput"]
    print(f"| embedding {min(512, main['data']['rows'])} texts in batches of 32: 1 thread / 2 threads | {t['texts_per_s_1_thread']:.0f} / {t['texts_per_s_2_threads']:.0f} texts/s | | |")
    print(f"| peak working set (whole benchmark process) | {main['peak_working_set_mb']:.0f} MB | {docs['main'][1]['peak_rss_mb']:.0f} MB peak RSS | |")
print("\n## Cluster labels (whole file, k = labels)\n")
for label in main["fixed_k"]["labels"]:
    print(f"- {label}")
print("\n## JSON\n")
for n in names:
    print(f"`{n}` ours:\n```json\n{json.dumps(docs[n][0])}\n```\n`{n}` scikit-learn:\n```json\n{json.dumps(docs[n][1])}\n```")

#!/usr/bin/env python3
"""scikit-learn reference for bench/clustering/run.sh: TfidfVectorizer (English stop words, 1-2-grams, sublinear tf,
min_df 2) + KMeans (n_init 10), on the same CSV, the same labels and the same k. Prints one JSON document.

  sklearn_baseline.py --data PATH [--subset a,b] [--seed 42] [--scale N]

--scale N also times TF-IDF + KMeans on N texts resampled from the data with light perturbation (each copy after
the originals loses one random word), the text counterpart of the vector resampling of the .NET side."""
import argparse, csv, json, random, resource, time

import sklearn
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

parser = argparse.ArgumentParser()
parser.add_argument("--data", required=True)
parser.add_argument("--subset", default="")
parser.add_argument("--seed", type=int, default=42)
parser.add_argument("--scale", type=int, default=0)
parser.add_argument("--k", type=int, default=0, help="k for the scale run (default: the number of labels)")
args = parser.parse_args()

with open(args.data, encoding="utf-8", newline="") as f:
    rows = [r for r in csv.DictReader(f) if r["text"].strip()]
if args.subset:
    wanted = set(args.subset.split(","))
    rows = [r for r in rows if r["label"] in wanted]
texts = [r["text"] for r in rows]
labels = [r["label"] for r in rows]
k = len(set(labels))


def cluster(corpus, k):
    start = time.perf_counter()
    features = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), sublinear_tf=True, min_df=2).fit_transform(corpus)
    assignments = KMeans(n_clusters=k, n_init=10, random_state=args.seed).fit_predict(features)
    return assignments, time.perf_counter() - start, features.shape[1]


assignments, seconds, vocabulary = cluster(texts, k)
result = {
    "sklearn": sklearn.__version__,
    "rows": len(rows), "labels": k, "vocabulary": vocabulary,
    "nmi": round(normalized_mutual_info_score(labels, assignments), 4),
    "ari": round(adjusted_rand_score(labels, assignments), 4),
    "seconds": round(seconds, 3),
}

if args.scale:
    rng = random.Random(args.seed)
    big = list(texts)
    while len(big) < args.scale:
        words = rng.choice(texts).split()
        if len(words) > 3:
            del words[rng.randrange(len(words))]
        big.append(" ".join(words))
    big = big[: args.scale]
    _, scale_seconds, scale_vocabulary = cluster(big, args.k or k)
    result["scale"] = {"texts": len(big), "k": args.k or k, "seconds": round(scale_seconds, 2), "vocabulary": scale_vocabulary}

result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
print(json.dumps(result))

#!/usr/bin/env python3
"""An independent check of the paper-mode calibration, in plain Python (no NumPy), written from
docs/method.md §5 and §8 rather than from emogap's Java: for every point annotator (encoder, head)
in a paper-mode calibration.csv it recomputes the bias-correction row, with scikit-learn's
KFold(5, shuffle=True, random_state=42) folds over the id-sorted items (NumPy's legacy MT19937
shuffle, re-implemented here), the raw per-label rater shares as targets, JSD on normalised
rows, and the summary as the mean over folds. Exits 1 when a change_pct differs by more than
0.01 percentage points.

With --lexicon SCRIPT (the authors' lexical_transparency.py), it also recomputes the paper
lexicon's coverage per category by the authors' own rule — the dictionary literal parsed by
Python itself, `any(word.lower() in text.lower() for word in words)` over the core-set texts
that at least one rater gave the category — and compares it with `lexicon_coverage.csv`
(`coverage_paper_substring`) of the same results folder: they must agree exactly.

Usage: check_paper_calibration.py PAPER_RESULTS JUDGMENTS_ROOT EMOTIONS_TXT RAW_CSV[,RAW_CSV...] [--lexicon SCRIPT]
"""
import ast
import csv
import json
import math
import os
import re
import sys


class MT19937:
    """Matsumoto and Nishimura's generator, seeded by init_genrand as RandomState(int) seeds it."""

    def __init__(self, seed):
        self.mt = [0] * 624
        self.mt[0] = seed & 0xFFFFFFFF
        for i in range(1, 624):
            self.mt[i] = (1812433253 * (self.mt[i - 1] ^ (self.mt[i - 1] >> 30)) + i) & 0xFFFFFFFF
        self.i = 624

    def u32(self):
        if self.i >= 624:
            for k in range(624):
                y = (self.mt[k] & 0x80000000) | (self.mt[(k + 1) % 624] & 0x7FFFFFFF)
                self.mt[k] = self.mt[(k + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
            self.i = 0
        y = self.mt[self.i]
        self.i += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y & 0xFFFFFFFF

    def interval(self, mx):
        if mx == 0:
            return 0
        mask = mx
        for s in (1, 2, 4, 8, 16):
            mask |= mask >> s
        while True:
            v = self.u32() & mask
            if v <= mx:
                return v


def permutation(n, seed):
    a = list(range(n))
    r = MT19937(seed)
    for i in range(n - 1, 0, -1):
        j = r.interval(i)
        a[i], a[j] = a[j], a[i]
    return a


def norm(x):
    s = sum(x)
    return [v / s for v in x] if s > 0 else [1 / len(x)] * len(x)


def jsd(p, q):
    s = 0.0
    for a, b in zip(p, q):
        m = (a + b) / 2
        if a > 0:
            s += a * math.log(a / m)
        if b > 0:
            s += b * math.log(b / m)
    return max(0.0, min(1.0, 0.5 * s / math.log(2)))


def main(paper, judgments, emotions, raws):
    assert permutation(10, 42) == [8, 1, 5, 0, 7, 2, 9, 4, 3, 6], "MT19937 does not reproduce NumPy"
    labels = [l.strip() for l in open(emotions, encoding="utf-8") if l.strip()]
    votes, raters = {}, {}
    for raw in raws:
        for r in csv.DictReader(open(raw, encoding="utf-8")):
            raters[r["id"]] = raters.get(r["id"], 0) + 1
            v = votes.setdefault(r["id"], [0] * len(labels))
            for k, l in enumerate(labels):
                v[k] += int(r[l])
    core = [r["item_id"] for r in csv.DictReader(open(os.path.join(paper, "goemotions", "core_set_ids.csv")))]
    rows = list(csv.DictReader(open(os.path.join(paper, "goemotions", "calibration.csv"))))
    checked, worst = 0, 0.0
    for row in rows:
        if row["method"] != "bias" or row["kind"] not in ("encoder", "head") or " @ T=" in row["model"]:
            continue
        f = os.path.join(judgments, "goemotions", re.sub(r"[^A-Za-z0-9._-]", "_", row["model"]) + ".jsonl")
        mvals = {}
        for line in open(f, encoding="utf-8"):
            j = json.loads(line)
            if not j.get("in_training"):
                mvals[j["item"]] = j["values"]
        ids = sorted(i for i in core if i in mvals and i in votes)
        n, K = len(ids), len(labels)
        M = [norm(mvals[i]) for i in ids]
        R = [[c / raters[i] for c in votes[i]] for i in ids]
        H = [norm(votes[i]) for i in ids]
        perm, fold, pos = permutation(n, 42), [0] * n, 0
        for fo in range(5):
            for _ in range(n // 5 + (1 if fo < n % 5 else 0)):
                fold[perm[pos]] = fo
                pos += 1
        before, after = [], []
        for fo in range(5):
            tr = [i for i in range(n) if fold[i] != fo]
            te = [i for i in range(n) if fold[i] == fo]
            bias = [sum(M[i][k] for i in tr) / len(tr) - sum(R[i][k] for i in tr) / len(tr) for k in range(K)]
            cal = [norm([max(0.0, M[i][k] - bias[k]) for k in range(K)]) for i in te]
            before.append(sum(jsd(M[i], H[i]) for i in te) / len(te))
            after.append(sum(jsd(c, H[i]) for c, i in zip(cal, te)) / len(te))
        b, a = sum(before) / 5, sum(after) / 5
        change = 100 * (a - b) / b
        diff = abs(change - float(row["change_pct"]))
        worst = max(worst, diff)
        checked += 1
        print(f"{row['model']}: {n} items, bias {b:.6f} -> {a:.6f} ({change:+.4f}%), emogap {float(row['change_pct']):+.4f}%, "
              f"difference {diff:.1e} pp")
        if n != int(row["n_items"]):
            print(f"  item count differs: {n} here, {row['n_items']} in calibration.csv")
            return 1
    if checked == 0:
        print("no encoder or head rows to check in " + paper)
        return 1
    print(f"{checked} annotators checked; largest difference {worst:.1e} percentage points")
    return 0 if worst < 0.01 else 1


def check_lexicon(results, emotions, raws, script):
    """The paper lexicon's substring coverage, by the authors' rule, against lexicon_coverage.csv."""
    tree = ast.parse(open(script, encoding="utf-8").read())
    mapping = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "NRC_LEXICON_MAPPING" for t in node.targets):
            mapping = ast.literal_eval(node.value)
    if mapping is None:
        print("no NRC_LEXICON_MAPPING in " + script)
        return 1
    labels = [l.strip() for l in open(emotions, encoding="utf-8") if l.strip()]
    core = {r["item_id"] for r in csv.DictReader(open(os.path.join(results, "goemotions", "core_set_ids.csv")))}
    text, positive = {}, {l: set() for l in labels}
    for raw in raws:
        for r in csv.DictReader(open(raw, encoding="utf-8")):
            if r["id"] not in core:
                continue
            text[r["id"]] = r["text"]
            for l in labels:
                if int(r[l]):
                    positive[l].add(r["id"])
    coverage = {r["category"]: r for r in csv.DictReader(open(os.path.join(results, "goemotions", "lexicon_coverage.csv")))}
    bad = 0
    for l in labels:
        ids = positive[l]
        if not ids:
            continue
        cell = coverage[l]["coverage_paper_substring"]
        if cell == "":  # the authors' script gives NaN below 5 positive texts, and so does paper mode
            if len(ids) >= 5:
                print(f"  {l}: empty coverage with {len(ids)} positive texts")
                bad += 1
            continue
        ours = float(cell)
        theirs = sum(1 for i in ids if any(w.lower() in text[i].lower() for w in mapping[l])) / len(ids)
        if abs(ours - theirs) > 5e-7:  # the CSV keeps 6 decimals
            print(f"  {l}: emogap {ours:.6f}, the authors' rule {theirs:.6f} over {len(ids)} texts")
            bad += 1
    print(f"paper lexicon coverage: {len(labels) - bad} of {len(labels)} categories agree with the authors' rule")
    return 1 if bad else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    lexicon = None
    if "--lexicon" in args:
        i = args.index("--lexicon")
        lexicon = args[i + 1]
        del args[i:i + 2]
    if len(args) != 4:
        sys.exit(__doc__)
    status = main(args[0], args[1], args[2], args[3].split(","))
    if lexicon:
        status |= check_lexicon(args[0], args[2], args[3].split(","), lexicon)
    sys.exit(status)

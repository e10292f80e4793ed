#!/usr/bin/env python3
"""Speed benchmark, Python side: 5-fold CV of the paper's three calibrators (temperature scaling,
per-label bias correction, per-label isotonic regression) on fixed-seed synthetic inputs.

    calibrate_numpy.py --write FILE   writes the inputs (4 models x 2,000 items x 28 labels, folds)
    calibrate_numpy.py FILE [--repeats N]   runs the CV and prints mean JSD per model and method
                                            and the wall time of each repeat

The Java harness (org.emogap.bench.CalibrateBench) reads the same FILE, uses the same folds and
prints the same table, so the two can be checked against each other as well as timed.
Written as idiomatic vectorised NumPy/SciPy/scikit-learn: whole-matrix softmax and JSD,
scipy.optimize.minimize_scalar(method="bounded"), sklearn.isotonic.IsotonicRegression.

File format (little-endian): b"EMOGAPCAL1", int32 n_models, n_items, k, n_folds; then the human
matrix (n_items x k float64), the model matrices (n_models x n_items x k float64), the fold of
each item (n_items int32).
"""
import argparse
import struct
import sys
import time

import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import rel_entr
from sklearn.isotonic import IsotonicRegression

MAGIC = b"EMOGAPCAL1"
EPS = 1e-12
LN2 = np.log(2.0)


def write_inputs(path, n_models=4, n=2000, k=28, n_folds=5, seed=42):
    rng = np.random.default_rng(seed)
    # humans: 3-5 raters per item, each ticks 1-3 labels drawn from an item's sparse preference
    pref = rng.dirichlet(np.full(k, 0.3), size=n)
    human = np.zeros((n, k))
    for i in range(n):
        for _ in range(rng.integers(3, 6)):
            labels = rng.choice(k, size=rng.integers(1, 4), replace=False, p=pref[i])
            human[i, labels] += 1
    human /= human.sum(axis=1, keepdims=True)
    # models: 40 samples from a sharpened, biased, noisy version of the preference (LLM-like rates)
    models = np.zeros((n_models, n, k))
    for m, sharp in enumerate([0.3, 0.5, 0.7, 1.0][:n_models]):
        bias = rng.normal(0, 0.5, size=k)
        logits = (np.log(pref + 0.01) + bias + rng.normal(0, 0.5, size=(n, k))) / sharp
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        for i in range(n):
            models[m, i] = rng.multinomial(40, p[i]) / 40.0
    fold = np.empty(n, dtype=np.int32)
    fold[rng.permutation(n)] = np.arange(n) % n_folds
    with open(path, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<4i", n_models, n, k, n_folds))
        f.write(human.astype("<f8").tobytes())
        f.write(models.astype("<f8").tobytes())
        f.write(fold.astype("<i4").tobytes())


def read_inputs(path):
    with open(path, "rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            sys.exit(f"{path}: not a calibration benchmark input (bad magic)")
        n_models, n, k, n_folds = struct.unpack("<4i", f.read(16))
        human = np.frombuffer(f.read(8 * n * k), dtype="<f8").reshape(n, k)
        models = np.frombuffer(f.read(8 * n_models * n * k), dtype="<f8").reshape(n_models, n, k)
        fold = np.frombuffer(f.read(4 * n), dtype="<i4")
    return human, models, fold, n_folds


def normalize(p):
    s = p.sum(axis=1, keepdims=True)
    return np.where(s > 0, p / np.where(s > 0, s, 1), 1.0 / p.shape[1])


def jsd_rows(p, q):
    m = 0.5 * (p + q)
    return 0.5 * (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / LN2


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def temperature(m_tr, h_tr, m_te):
    l_tr, l_te = np.log(m_tr + EPS), np.log(m_te + EPS)
    res = minimize_scalar(lambda t: jsd_rows(softmax(l_tr / t), h_tr).mean(), bounds=(0.1, 10.0), method="bounded")
    return softmax(l_te / res.x)


def bias(m_tr, h_tr, m_te):
    b = (m_tr - h_tr).mean(axis=0)
    return normalize(np.clip(m_te - b, 0, None))


def isotonic(m_tr, h_tr, m_te):
    out = np.empty_like(m_te)
    for j in range(m_tr.shape[1]):
        ir = IsotonicRegression(y_min=0.0, y_max=1.0, increasing=True, out_of_bounds="clip")
        out[:, j] = ir.fit(m_tr[:, j], h_tr[:, j]).predict(m_te[:, j])
    return normalize(np.clip(out, 0, 1))


METHODS = [("temperature", temperature), ("bias", bias), ("isotonic", isotonic)]


def run(human, models, fold, n_folds):
    h = normalize(human)
    table = []
    for mi in range(models.shape[0]):
        m = normalize(models[mi])
        for name, fn in METHODS:
            cal = np.empty_like(m)
            for f in range(n_folds):
                te, tr = fold == f, fold != f
                cal[te] = fn(m[tr], h[tr], m[te])
            table.append((mi, name, jsd_rows(m, h).mean(), jsd_rows(cal, h).mean()))
    return table


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--write", action="store_true", help="write the inputs to FILE and exit")
    ap.add_argument("--repeats", type=int, default=5)
    a = ap.parse_args()
    if a.write:
        write_inputs(a.file)
        return
    human, models, fold, n_folds = read_inputs(a.file)
    times, cpu = [], []
    for _ in range(a.repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        table = run(human, models, fold, n_folds)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    for mi, name, before, after in table:
        print(f"model {mi} {name:12s} jsd {before:.6f} -> {after:.6f}")
    print(f"python first {times[0]:.3f} s, median {np.median(times):.3f} s over {len(times)} runs; "
          f"CPU time first {cpu[0]:.3f} s, median {np.median(cpu):.3f} s")


if __name__ == "__main__":
    main()

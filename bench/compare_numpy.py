"""Reference: every GoEmotions item metric of 4 models x 2,000 items x 28 labels, and the
1,000-resample bootstrap of each model's mean JSD, vectorised with NumPy/SciPy. Same maths as
org.emogap.dist.PairMetrics and org.emogap.stats.Bootstrap (human-only terms computed once per
run, JSD from entropies, KL with the paper's 1e-12 smoothing, per-label Bernoulli JSD).

Usage: python3 bench/compare_numpy.py INPUTS [REPEATS]  -> prints the per-model means and the
minimum and median seconds per run (min is the least disturbed by other load on the machine).
"""
import sys
import time
import numpy as np
from scipy.special import entr

LN2 = np.log(2)
EPS = 1e-12

def read(path):
    with open(path, "rb") as f:
        assert f.read(8) == b"EMOGAPB1"
        m, n, k = np.frombuffer(f.read(12), dtype="<i4")
        raters = np.frombuffer(f.read(4 * n), dtype="<i4")
        rates = np.frombuffer(f.read(8 * n * k), dtype="<f8").reshape(n, k)
        values = np.frombuffer(f.read(8 * m * n * k), dtype="<f8").reshape(m, n, k)
    return raters, rates, values

def normalise(x):
    s = x.sum(axis=1, keepdims=True)
    k = x.shape[1]
    return np.where(s > 0, x / np.where(s > 0, s, 1), 1.0 / k)

def run(rates, values, seed=42, resamples=1000):
    k = rates.shape[1]
    hd = normalise(rates)
    h_ent = entr(hd).sum(axis=1)                                  # nats
    h_bern = (entr(rates) + entr(1 - rates)).sum(axis=1)
    h_max = rates.max(axis=1)
    rng = np.random.default_rng(seed)
    out = []
    for mv in values:
        md = normalise(mv)
        m_ent = entr(md).sum(axis=1)
        jsd = np.clip((entr(0.5 * (hd + md)).sum(axis=1) - 0.5 * (h_ent + m_ent)) / LN2, 0, 1)
        ms = (md + EPS) / (1 + k * EPS)
        with np.errstate(divide="ignore", invalid="ignore"):
            kl = np.maximum(0, np.where(hd > 0, hd * np.log(hd / ms), 0).sum(axis=1) / LN2)
        tv = 0.5 * np.abs(hd - md).sum(axis=1)
        mid = 0.5 * (rates + mv)
        bern = np.clip(((entr(mid) + entr(1 - mid)).sum(axis=1)
                        - 0.5 * (h_bern + (entr(mv) + entr(1 - mv)).sum(axis=1))) / (k * LN2), 0, 1)
        top = mv.argmax(axis=1)
        hit = (h_max > 0) & (rates[np.arange(len(top)), top] == h_max)
        idx = rng.integers(0, len(jsd), size=(resamples, len(jsd)))
        means = jsd[idx].mean(axis=1)
        lo, hi = np.percentile(means, [2.5, 97.5])
        out.append((jsd.mean(), lo, hi, kl.mean(), tv.mean(), bern.mean(), h_ent.mean() / LN2,
                    m_ent.mean() / LN2, hit.mean()))
    return out

def main():
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    _, rates, values = read(path)
    for _ in range(3):
        res = run(rates, values)
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        res = run(rates, values)
        times.append(time.perf_counter() - t)
    for m, r in enumerate(res):
        print("numpy model %d: jsd %.6f [%.6f, %.6f] kl %.4f tv %.6f bjsd %.6f H_h %.4f H_m %.4f top1 %.4f" % ((m,) + r))
    print("numpy seconds (%d rounds): min %.4f median %.4f" % (repeats, min(times), float(np.median(times))))

if __name__ == "__main__":
    main()

"""Writes the fixed-seed synthetic inputs of the comparison benchmark (both sides read this file).

Layout (little-endian): 8 bytes magic b"EMOGAPB1", int32 models, items, labels, then int32 raters
per item, float64 human rates (items x labels), float64 model values (models x items x labels).
Humans: 3-5 raters per item, each ticking 1-3 labels around an item's favourite label, so rates are
multiples of 1/n as in GoEmotions. Models: 40 samples per item from a noisy version of the human
rates, so values are multiples of 1/40 as a pooled LLM's would be.
"""
import sys
import numpy as np

def main(path, models=4, items=2000, labels=28, seed=42):
    rng = np.random.default_rng(seed)
    raters = rng.integers(3, 6, size=items)
    fav = rng.integers(0, labels, size=items)
    rates = np.zeros((items, labels))
    for i in range(items):
        for _ in range(raters[i]):
            n = rng.integers(1, 4)
            ls = np.where(rng.random(n) < 0.6, fav[i], rng.integers(0, labels, size=n))
            rates[i, np.unique(ls)] += 1
        rates[i] /= raters[i]
    values = np.zeros((models, items, labels))
    for m in range(models):
        p = np.clip(rates + rng.normal(0, 0.1 + 0.1 * m, size=rates.shape), 0, 1)
        values[m] = rng.binomial(40, p) / 40.0
    with open(path, "wb") as f:
        f.write(b"EMOGAPB1")
        f.write(np.array([models, items, labels], dtype="<i4").tobytes())
        f.write(raters.astype("<i4").tobytes())
        f.write(rates.astype("<f8").tobytes())
        f.write(values.astype("<f8").tobytes())

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bench/compare_inputs.bin")

"""Shared by the benchmark scripts: run a function N times, and print samples as one line."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock seconds of `runs` calls."""
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def ms(samples: list[float], decimals: int = 1) -> str:
    """"median 12.3 ms   min 11.0 ms   p90 14.2 ms   (n=20)"."""
    samples = sorted(samples)
    p90 = samples[min(len(samples) - 1, int(len(samples) * 0.9))]
    width = 5 + decimals
    return (f"median {statistics.median(samples) * 1000:{width}.{decimals}f} ms   "
            f"min {samples[0] * 1000:{width}.{decimals}f} ms   "
            f"p90 {p90 * 1000:{width}.{decimals}f} ms   (n={len(samples)})")

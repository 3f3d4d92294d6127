"""``make bench``: every benchmark, in order; each prints its own numbers."""

from __future__ import annotations

import importlib

BENCHMARKS = ("eval.bench_ingest", "eval.bench_web")


def main() -> int:
    for name in BENCHMARKS:
        print(f"\n=== {name}")
        importlib.import_module(name).main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``make eval``: every evaluation, in order; each prints its own table."""

from __future__ import annotations

import importlib
import sys

from eval import polnear

EVALUATIONS = ("eval.statements", "eval.speakers", "eval.timex", "eval.statement_dates")


def main() -> int:
    if not polnear.available():
        print("make eval: ../shared/data is not here; nothing to evaluate", file=sys.stderr)
        return 0
    for name in EVALUATIONS:
        print(f"\n=== {name}")
        importlib.import_module(name).main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

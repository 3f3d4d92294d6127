"""``make bench`` (ingest): whole processes on one core, PolNeAR dev as input.

Two processes, each under ``taskset -c 0`` with start-up and model load included:

- ``python -m onrecord.cli ingest dev.jsonl --db fresh.db`` (the full onrecord pipeline
  into a fresh record);
- a script loading the configured spaCy model with its default components and running
  ``nlp.pipe`` over the same texts (the full parse a user would run anyway).

Prints words/s of each (words: whitespace-separated) and the ratio; target ≥ 1.2. The two
run ``--runs`` times, one after the other (3 by default): on a shared machine one run
spreads by about ±0.3 s on 10 s, so each pair gives a ratio and the median of these
ratios is the result. Also
prints how much of the text a "parse only where statements are" design would still parse:
the share of sentences (and of their words) that hold part of a gold attribution (content,
cue or source), sentences split by spaCy's rule-based ``sentencizer``.

    python -m eval.bench_ingest [--limit N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eval import polnear
from onrecord.settings import Settings

TARGET_RATIO = 1.2
PARSE_SCRIPT = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _doc in nlp.pipe(texts, batch_size=16):
    pass
"""


def write_jsonl(path: Path, limit: int | None) -> int:
    """The dev articles as ingest input; returns their word count."""
    words = 0
    with open(path, "w", encoding="utf-8") as f:
        for article in polnear.load_split("dev", limit=limit):
            row = {"source": f"polnear/{article.name}", "text": article.text,
                   "published": article.published}
            f.write(json.dumps(row) + "\n")
            words += len(article.text.split())
    return words


def attribution_coverage(limit: int | None = None) -> tuple[float, float]:
    """Share of dev sentences, and of their words, touching a gold attribution span."""
    import spacy

    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    sentences = covered = words = covered_words = 0
    for article in polnear.load_split("dev", limit=limit):
        spans = [span for a in article.attributions for span in a.content + a.cue + a.source]
        for sent in splitter(article.text).sents:
            n = len(sent.text.split())
            sentences, words = sentences + 1, words + n
            if any(s < sent.end_char and sent.start_char < e for s, e in spans):
                covered, covered_words = covered + 1, covered_words + n
    return covered / max(sentences, 1), covered_words / max(words, 1)


def timed(command: list[str]) -> float:
    pinned = ["taskset", "-c", "0", *command] if shutil.which("taskset") else command
    started = time.perf_counter()
    done = subprocess.run(pinned, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode:
        print(f"warning: {command[2]} exited {done.returncode}: {done.stderr.strip()[-300:]}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N dev articles")
    parser.add_argument("--runs", type=int, default=3, help="runs of both processes")
    args = parser.parse_args(argv if argv is not None else [])
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not polnear.available():
        print("bench_ingest: ../shared/data is not here", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "dev.jsonl"
        words = write_jsonl(data, args.limit)
        script = Path(tmp) / "parse.py"
        script.write_text(PARSE_SCRIPT, encoding="utf-8")
        print(f"{words} words, one core, whole processes, {args.runs} runs")
        ratios = []
        for run in range(1, args.runs + 1):
            parse_s = timed([sys.executable, str(script), str(data), Settings.model])
            ingest_s = timed([sys.executable, "-m", "onrecord", "ingest", str(data),
                              "--db", str(Path(tmp) / f"fresh{run}.db")])
            ratios.append(parse_s / ingest_s)
            print(f"run {run}: spaCy {Settings.model} nlp.pipe {parse_s:5.1f} s "
                  f"{words / parse_s:6,.0f} words/s | onrecord ingest {ingest_s:5.1f} s "
                  f"{words / ingest_s:6,.0f} words/s | {ratios[-1]:.2f}x")
    print(f"ratio {statistics.median(ratios):.2f}x, the median of {args.runs} runs "
          f"(target >= {TARGET_RATIO}x)")
    sentence_share, word_share = attribution_coverage(args.limit)
    print(f"sentences holding a gold attribution: {sentence_share:.0%} "
          f"({word_share:.0%} of the words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

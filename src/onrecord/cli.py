"""The ``onrecord`` command: thin commands that validate and call one function each."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from onrecord.core import Overrides
from onrecord.errors import OnrecordError
from onrecord.record import Record, open_record
from onrecord.types import IngestOutcome

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="onrecord: who said what, when, in what role, reported by whom.")
out = Console()
err = Console(stderr=True)

DbOption = Annotated[Path | None, typer.Option(
    "--db", help="Record file (default $ONRECORD_DB or ./onrecord.db).")]
HostOption = Annotated[str, typer.Option(
    "--host", help="Interface to listen on (default: this machine only).")]
PortOption = Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")]


def main() -> None:
    app()


@contextmanager
def _clean_errors() -> Iterator[None]:
    """Any onrecord error becomes one line on stderr and exit code 1."""
    try:
        yield
    except OnrecordError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


def _open(db: Path | None, **settings: Any) -> Record:
    return open_record(db, **settings)


@app.callback()
def _setup(verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(message)s", stream=sys.stderr)
    for noisy in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="HTML, text or JSONL files, or directories.")],
    db: DbOption = None,
    glob: Annotated[str, typer.Option(help="Files to take from directories.")] = "**/*",
    workers: Annotated[int, typer.Option(min=1, help="NLP processes.")] = 1,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    publisher: Annotated[str | None, typer.Option()] = None,
    url: Annotated[str | None, typer.Option()] = None,
    title: Annotated[str | None, typer.Option()] = None,
    author: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Read articles, find their statements and store them in the record."""
    overrides = Overrides(url=url, title=title, author=author, published=published,
                          publisher=publisher)
    with _clean_errors(), _open(db, workers=workers) as record:
        outcomes = _with_progress(
            "ingesting", lambda tick: record.ingest(inputs, glob=glob, overrides=overrides,
                                                    on_outcome=tick))
    _print_summary(outcomes)
    if any(o.outcome == "rejected" for o in outcomes):
        raise typer.Exit(1)


@app.command()
def reprocess(
    db: DbOption = None,
    all_: Annotated[bool, typer.Option("--all", help="Every article, not only older ones.")]
    = False,
) -> None:
    """Run the current pipeline again over articles an older version processed."""
    with _clean_errors(), _open(db) as record:
        started = time.perf_counter()
        count = record.reprocess(everything=all_)
    out.print(f"reprocessed {count} article(s) in {time.perf_counter() - started:.1f}s")


@app.command()
def export(
    what: Annotated[str, typer.Argument(help="statements or articles")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet")] = "jsonl",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File (default stdout).")]
    = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Speaker name or mention contains.")] = None,
    db: DbOption = None,
) -> None:
    """Write statements or articles as JSONL, CSV or Parquet."""
    from onrecord.export import FORMATS, iter_dicts, write_records

    if what not in ("statements", "articles"):
        raise typer.BadParameter("must be 'statements' or 'articles'", param_hint="WHAT")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"must be one of {', '.join(FORMATS)}", param_hint="--format")
    if fmt == "parquet" and output is None:
        raise typer.BadParameter("parquet needs a file", param_hint="-o")
    with _clean_errors(), _open(db) as record:
        items = (record.statements(speaker=speaker, since=since, until=until)
                 if what == "statements" else record.articles(since=since, until=until))
        if output is None:
            count = write_records(iter_dicts(items), fmt, sys.stdout.buffer, what)  # type: ignore[arg-type]
            sys.stdout.flush()
        else:
            with output.open("wb") as handle:
                count = write_records(iter_dicts(items), fmt, handle, what)  # type: ignore[arg-type]
    err.print(f"exported {count} {what}")


@app.command()
def serve(db: DbOption = None, host: HostOption = "127.0.0.1", port: PortOption = 8000) -> None:
    """Browse the record in a web browser, with a JSON API (read-only)."""
    from onrecord.settings import default_db_path

    _serve(db or default_db_path(), host, port)


@app.command()
def demo(
    db: Annotated[Path, typer.Option("--db", help="Where to build the demo record.")]
    = Path("onrecord-demo.db"),
    serve_: Annotated[bool, typer.Option("--serve", help="Then browse it on the web.")] = False,
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
) -> None:
    """Ingest the bundled sample articles into a fresh record and show the statements."""
    from onrecord.demo import build_demo, statements_table

    with _clean_errors():
        record = build_demo(db)
        with record:
            out.print(statements_table(record.statements()))
            counts = record.store.counts()
    out.print(f"demo record: {db} — {counts['articles']} articles, "
              f"{counts['statements']} statements")
    if serve_:
        _serve(db, host, port)


def _serve(db: Path, host: str, port: int) -> None:
    from onrecord.api.server import serve as serve_record

    with _clean_errors():
        serve_record(db, host, port, announce=lambda url: out.print(
            f"serving {db} at {url} — Ctrl+C to stop"))


@app.command()
def timex(
    file: Annotated[Path, typer.Argument(help="A UTF-8 text file, read verbatim.")],
    dct: Annotated[str | None, typer.Option(
        help="Document creation date YYYY-MM-DD; without it, years that need it stay X.")]
    = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl")] = "table",
) -> None:
    """Find the temporal expressions in a file and normalise them to TIMEX3."""
    import json

    from onrecord.nlp.timex import timex_records

    if fmt not in ("table", "jsonl"):
        raise typer.BadParameter("must be table or jsonl", param_hint="--format")
    with _clean_errors():
        text = _read_verbatim(file)
        found = timex_records(text, _checked_day(dct))
    if fmt == "jsonl":
        for t in found:
            sys.stdout.write(json.dumps(t.to_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
        return
    out.print(_timex_table(found))


def _read_verbatim(path: Path) -> str:
    from onrecord.errors import BadEncoding, UnreadableInput

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(exc.strerror or str(exc), input_name=str(path)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadEncoding(f"not UTF-8 ({exc.reason} at byte {exc.start})",
                          input_name=str(path)) from None


def _checked_day(value: str | None) -> str | None:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not YYYY-MM-DD", param_hint="--dct") from None


def _timex_table(found: list[Any]) -> Any:
    from rich.table import Table

    table = Table(title="Temporal expressions")
    for column in ("start", "end", "text", "type", "value"):
        table.add_column(column)
    for t in found:
        table.add_row(str(t.start), str(t.end), t.text, t.type, t.value)
    return table


def _with_progress(label: str, work: Callable[[Callable[[IngestOutcome], None]], Any]) -> Any:
    columns = (TextColumn("[bold]{task.description}"), BarColumn(),
               TextColumn("{task.completed} articles · {task.fields[rate]:.1f}/s"),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task(label, total=None, rate=0.0)
        started = time.perf_counter()

        def tick(outcome: IngestOutcome) -> None:
            if outcome.outcome == "rejected":
                err.print(f"[red]rejected[/red] {outcome.input}: {outcome.reason}",
                          highlight=False, soft_wrap=True)
            done = bar.tasks[0].completed + 1
            bar.update(task, completed=done,
                       rate=done / max(1e-6, time.perf_counter() - started))

        return work(tick)


def _print_summary(outcomes: list[IngestOutcome]) -> None:
    counts = {kind: sum(1 for o in outcomes if o.outcome == kind)
              for kind in ("stored", "duplicate", "rejected")}
    statements = sum(o.statements for o in outcomes)
    out.print(f"{counts['stored']} stored ({statements} statements), "
              f"{counts['duplicate']} duplicate, {counts['rejected']} rejected")

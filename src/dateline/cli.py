"""The command line: a thin layer that parses arguments and calls the library.

Library errors become click errors here and nowhere else. Every command's help ends with an
example.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any, TypeVar

import click

from . import __version__
from .errors import DatelineError
from .settings import SETTINGS, Settings
from .store import ArticleQuery, Store, open_store

F = TypeVar("F", bound=Callable[..., Any])


# -- shared options and helpers ------------------------------------------------------------------
def db_option(func: F) -> F:
    return click.option("--db", "db", default=None, metavar="FILE|URL", envvar="DATELINE_DB",
                        help="Store: a SQLite file (default dateline.db) or a postgresql:// URL.")(func)


def engine_options(func: F) -> F:
    """--workers, --engine and --address, shared by `process` and `ingest --analyze`."""
    func = click.option("--address", metavar="ADDRESS", default=None,
                        help="Ray cluster to join (ray://HOST:10001 or auto); default: a local one.")(func)
    func = click.option("--engine", type=click.Choice(["local", "ray"]), default=None,
                        help="Where workers run: local processes (default) or Ray Data.")(func)
    return click.option("--workers", "-w", type=click.IntRange(0), default=None, metavar="N",
                        help="Worker processes (or Ray actors), each loading the models once; "
                             "0 = one per core. Default: the workers setting (1).")(func)


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(func)


def handle_errors(func: F) -> F:
    """Turn library errors into a one-line message and exit status 1."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DatelineError as exc:
            raise click.ClickException(str(exc)) from None
    return wrapper  # type: ignore[return-value]


def settings_from(ctx: click.Context, **overrides: Any) -> Settings:
    pairs = dict(ctx.find_root().params.get("setting") or ())
    return Settings({**pairs, **{k: v for k, v in overrides.items() if v is not None}})


@contextmanager
def store_from(ctx: click.Context, db: str | None) -> Iterator[Store]:
    store = open_store(db or settings_from(ctx)["db"])
    try:
        yield store
    finally:
        store.close()


def show_progress(settings: Settings) -> bool:
    mode = settings["progress"]
    return mode == "always" or (mode == "auto" and sys.stderr.isatty())


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def echo_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    """A plain aligned table (rich is used only for progress, so output pipes cleanly)."""
    if not rows:
        click.echo("(none)")
        return
    widths = {c: min(60, max(len(c), *(len(str(r.get(c, "") or "")) for r in rows))) for c in columns}
    click.echo("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        cells = [str(row.get(c, "") if row.get(c) is not None else "") for c in columns]
        click.echo("  ".join(cell[: widths[c]].ljust(widths[c]) for cell, c in zip(cells, columns)))


def echo_figures(figures: dict[str, Any], as_json: bool) -> None:
    """An evaluation's figures: JSON, or a two-column table of measure and value."""
    if as_json:
        echo_json(figures)
    else:
        echo_table([{"measure": k, "value": v} for k, v in figures.items()], ["measure", "value"])


def parse_map(value: str | None) -> dict[str, str]:
    """``date=published,text=body`` -> ``{"date": "published", "text": "body"}``."""
    mapping: dict[str, str] = {}
    for pair in filter(None, (value or "").split(",")):
        key, sep, field_name = pair.partition("=")
        if not sep or key.strip() not in ("date", "text", "title", "url", "source", "id"):
            raise click.BadParameter(f"{pair!r}: expected FIELD=COLUMN with FIELD one of "
                                     "date, text, title, url, source, id", param_hint="--map")
        mapping[key.strip()] = field_name.strip()
    return mapping


# -- the command group -----------------------------------------------------------------------------
@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="dateline")
@click.option("--setting", "setting", multiple=True, type=(str, str), metavar="NAME VALUE",
              help="Override a setting (see `dateline settings`).")
def cli(setting: tuple[tuple[str, str], ...]) -> None:
    """dateline: turn dated news into dated, placed, typed events and timelines.

    \b
    Example:
        dateline ingest examples/ && dateline process && dateline summary
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl", "csv", "tsv", "html", "feed"]),
              help="Read every input as this format (default: from the name and content).")
@click.option("--map", "mapping", metavar="FIELD=COLUMN,...",
              help="Which record fields hold the date, text, title, url, source and id.")
@click.option("--analyze", "--analyse", "analyze", is_flag=True,
              help="Run the analysis pipeline on new articles as they are stored.")
@engine_options
@json_option
@click.pass_context
@handle_errors
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str | None, fmt: str | None,
           mapping: str | None, analyze: bool, workers: int | None, engine: str | None,
           address: str | None, as_json: bool) -> None:
    """Read dated articles from files, folders (recursively) or - (stdin) into the store.

    Formats: plain dated text (`date YYYY-MM-DD` then the text), JSON Lines, CSV/TSV, HTML pages,
    RSS/Atom feeds, each optionally gzip-compressed. Ingesting the same input twice adds nothing;
    bad documents are reported and kept in the store's ingest_errors, and the rest goes on.
    Exit status 1 when any input failed.

    \b
    Example:
        dateline ingest examples/ data/feed.xml.gz --db news.db
        dateline ingest articles.csv --map date=published,text=body
        dateline ingest big.jsonl.gz --analyze --workers 0
    """
    from .ingest import ingest as run_ingest

    settings = settings_from(ctx, workers=workers, engine=engine, ray_address=address)
    field_map = parse_map(mapping)
    processed = None
    with store_from(ctx, db) as store, _ingest_progress(settings) as progress:
        if analyze:
            from .pipeline import available_stages
            from .process import ingest_and_analyse
            report, processed = ingest_and_analyse(
                paths, store, available_stages(settings["pipeline"].split(",")), settings=settings,
                workers=settings["workers"], engine=settings["engine"],
                address=settings["ray_address"] or None, progress=progress, fmt=fmt, mapping=field_map)
        else:
            report = run_ingest(paths, store, settings=settings, fmt=fmt, mapping=field_map,
                                progress=progress)
    if as_json:
        data = asdict(report)
        data.pop("added_ids")
        echo_json({**data, "analysis": asdict(processed)} if processed else data)
    else:
        _print_ingest_report(report)
        if processed:
            click.echo(f"analysed {processed.done} new articles ({processed.workers} {processed.engine} "
                       f"workers)")
    if report.errors:
        ctx.exit(1)


@contextmanager
def _ingest_progress(settings: Settings) -> Iterator[Callable[[Any], None] | None]:
    if not show_progress(settings):
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  transient=True, console=_stderr_console()) as bar:
        task = bar.add_task("reading")

        def update(report: Any) -> None:
            bar.update(task, description=f"read {report.read}  added {report.added}  "
                                         f"errors {len(report.errors)}")
        yield update


def _stderr_console() -> Any:
    from rich.console import Console
    return Console(stderr=True)


def _print_ingest_report(report: Any) -> None:
    click.echo(f"read {report.read} documents: {report.added} added, {report.existing} already "
               f"stored, {report.near_duplicates} near-duplicates linked, {len(report.errors)} errors")
    for problem in report.errors[:20]:
        where = ":".join(p for p in (problem.path, problem.location) if p)
        click.echo(f"  error: {where}: {problem.message}", err=True)
    if len(report.errors) > 20:
        click.echo(f"  ... and {len(report.errors) - 20} more: dateline errors --run {report.run_id}",
                   err=True)


@cli.command()
@db_option
@click.option("--from", "date_from", metavar="DATE", help="Published on or after (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", metavar="DATE", help="Published on or before (YYYY[-MM[-DD]]).")
@click.option("--search", metavar="TEXT", help="Full-text search (words are ANDed; \"a phrase\").")
@click.option("--source", metavar="NAME", help="Only articles from this source.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100000))
@click.option("--offset", default=0, type=click.IntRange(0))
@json_option
@click.pass_context
@handle_errors
def articles(ctx: click.Context, db: str | None, date_from: str | None, date_to: str | None,
             search: str | None, source: str | None, limit: int, offset: int, as_json: bool) -> None:
    """List stored articles, oldest first (best match first with --search).

    \b
    Example:
        dateline articles --from 2022-01 --to 2022-03 --search "coup Burkina"
    """
    query = ArticleQuery(date_from=date_from, date_to=date_to, search=search, source=source,
                         limit=limit, offset=offset, order="rank" if search else "published")
    with store_from(ctx, db) as store:
        found = store.articles(query)
    rows = [{"id": a.id, "published": a.published, "source": a.source, "title": a.title,
             "duplicate_of": a.duplicate_of, "lead": a.text[:90].replace("\n", " ")} for a in found]
    if as_json:
        echo_json(rows)
    else:
        echo_table(rows, ["id", "published", "source", "lead"])


@cli.command()
@click.argument("article_id")
@db_option
@json_option
@click.pass_context
@handle_errors
def show(ctx: click.Context, article_id: str, db: str | None, as_json: bool) -> None:
    """Show one article (an id or a unique prefix of one) with what the pipeline found in it.

    \b
    Example:
        dateline show 3f2a9c
    """
    with store_from(ctx, db) as store:
        article = store.get_article(article_id)
    if as_json:
        echo_json(article.to_dict())
        return
    click.echo(f"id:         {article.id}")
    click.echo(f"published:  {article.published} ({article.date_precision})")
    for name in ("title", "source", "url", "origin", "duplicate_of"):
        if getattr(article, name):
            click.echo(f"{name + ':':<12}{getattr(article, name)}")
    click.echo(f"stages:     {', '.join(article.stages) or '(not analysed)'}")
    click.echo("")
    click.echo(article.text)
    for layer in ("timexes", "entities", "places", "events"):
        parts = getattr(article, layer)
        if parts:
            click.echo(f"\n{layer} ({len(parts)}):")
            for part in parts:
                click.echo("  " + _describe(part))


def _describe(part: Any) -> str:
    data = part.to_dict()
    keys = [k for k in ("text", "type", "value", "label", "canonical", "name", "country_code",
                        "event_type", "sub_event_type", "event_date", "actor1", "fatalities")
            if data.get(k) not in (None, "")]
    return "  ".join(f"{k}={data[k]}" for k in keys)


@cli.command()
@db_option
@click.option("--run", "run_id", metavar="RUN", help="Only the errors of this ingest run.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1))
@json_option
@click.pass_context
@handle_errors
def errors(ctx: click.Context, db: str | None, run_id: str | None, limit: int, as_json: bool) -> None:
    """List documents that could not be ingested, with file, line and reason.

    \b
    Example:
        dateline errors --limit 20
    """
    with store_from(ctx, db) as store:
        problems = store.ingest_errors(run_id, limit)
    rows = [asdict(p) for p in problems]
    if as_json:
        echo_json(rows)
    else:
        echo_table(rows, ["run_id", "path", "location", "message"])


@cli.command()
@db_option
@click.option("--stages", metavar="NAMES", help="Comma-separated stages (default: the pipeline setting).")
@click.option("--force", is_flag=True, help="Analyse again articles already analysed.")
@engine_options
@json_option
@click.pass_context
@handle_errors
def process(ctx: click.Context, db: str | None, stages: str | None, force: bool, workers: int | None,
            engine: str | None, address: str | None, as_json: bool) -> None:
    """Run the analysis pipeline over stored articles not yet analysed, in parallel (resumable).

    Finished batches are written as they come back, in order, so an interrupted run keeps them
    and the same command picks up where it stopped. Results do not depend on --workers or --engine.

    \b
    Example:
        dateline process --stages sentences,time
        dateline process --workers 0 --db postgresql://localhost/news
        dateline process --engine ray --address ray://head:10001 --workers 16
    """
    from .pipeline import available_stages
    from .process import process_store

    settings = settings_from(ctx, workers=workers, engine=engine, ray_address=address)
    names = (stages or settings["pipeline"]).split(",")
    names = names if stages else available_stages(names)
    with store_from(ctx, db) as store, _process_progress(settings) as progress:
        report = process_store(store, names, force=force, progress=progress,
                               batch_size=settings["batch_size"], workers=settings["workers"],
                               engine=settings["engine"], address=settings["ray_address"] or None)
    if as_json:
        echo_json({"stages": names, **asdict(report), "rate": round(report.rate, 2)})
    else:
        click.echo(f"analysed {report.done} articles with {', '.join(names)} "
                   f"({report.skipped} already done) in {report.seconds:.1f} s, "
                   f"{report.rate:.1f} articles/s with {report.workers} {report.engine} workers")


@contextmanager
def _process_progress(settings: Settings) -> Iterator[Callable[[Any], None] | None]:
    if not show_progress(settings):
        yield None
        return
    import time

    import rich.progress as rp

    started = time.perf_counter()
    with rp.Progress(rp.TextColumn("analysing"), rp.BarColumn(), rp.MofNCompleteColumn(),
                     rp.TextColumn("{task.fields[rate]} articles/s", style="cyan"),
                     rp.TimeElapsedColumn(), rp.TextColumn("ETA"), rp.TimeRemainingColumn(),
                     console=_stderr_console()) as bar:
        task = bar.add_task("analysing", total=None, rate="-")

        def update(report: Any) -> None:
            rate = report.done / max(time.perf_counter() - started, 1e-9)
            bar.update(task, total=report.total, completed=report.done, rate=f"{rate:,.1f}")
        yield update


@cli.command()
@db_option
@click.option("--dates", default=8, show_default=True, type=click.IntRange(1, 1000),
              help="Timeline entries to show.")
@json_option
@click.pass_context
@handle_errors
def summary(ctx: click.Context, db: str | None, dates: int, as_json: bool) -> None:
    """Summarise the store: articles, date range, analysis, and a timeline of its main subject.

    \b
    Example:
        dateline summary --db dateline.db
    """
    from .timeline import build_timeline, main_subject

    with store_from(ctx, db) as store:
        stats = store.stats()
        subject = main_subject(store)
        entries = build_timeline(store, subject, dates=dates) if subject else []
    if as_json:
        echo_json({"stats": asdict(stats), "subject": subject,
                   "timeline": [e.to_dict() for e in entries]})
        return
    click.echo(f"{stats.articles} articles ({stats.duplicates} near-duplicates), "
               f"published {stats.first_date} to {stats.last_date}")
    if stats.analysed:
        click.echo("analysed: " + ", ".join(f"{k} {v}" for k, v in stats.analysed.items()))
        click.echo("found: " + ", ".join(f"{v} {k}" for k, v in stats.layers.items()))
    if stats.ingest_errors:
        click.echo(f"ingest errors: {stats.ingest_errors} (dateline errors)")
    if subject:
        click.echo(f"\nTimeline: {subject}")
        for entry in entries:
            text = entry.sentences[0] if entry.sentences else ""
            click.echo(f"  {entry.date}  {text[:110]}")


@cli.command(name="settings")
@json_option
@click.pass_context
@handle_errors
def settings_command(ctx: click.Context, as_json: bool) -> None:
    """List settings with their current values (set with --setting NAME VALUE or DATELINE_NAME).

    \b
    Example:
        dateline --setting batch_size 500 settings
    """
    current = settings_from(ctx)
    rows = [{"name": s.name, "value": current[s.name], "default": s.default, "help": s.help}
            for s in SETTINGS]
    if as_json:
        echo_json(rows)
    else:
        echo_table(rows, ["name", "value", "help"])


@cli.group(name="eval")
def eval_group() -> None:
    """Measure dateline on the field's benchmark data (TempEval-3, GeoWebNews/LGL, ACLED, T17).

    \b
    Example:
        dateline eval time ../shared/data/time/te3-platinum --json
    """


# -- entities ---------------------------------------------------------------------------------------
def _actor_type_option(value: str | None) -> str | None:
    if value is None:
        return None
    from .entities.actors import parse_actor_type
    try:
        return parse_actor_type(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--type") from None


@cli.command(name="entities")
@db_option
@click.option("--type", "actor_type", metavar="TYPE",
              help="Only actors of this ACLED type: a name (\"State Forces\"), a code 1-8 or a short "
                   "name (state, rebel, political, identity, rioters, protesters, civilians, external).")
@click.option("--label", metavar="LABEL", help="Only this entity label (ACTOR, PERSON, ORG, GPE, NORP ...).")
@click.option("--country", metavar="CC", help="Only entities of this country (ISO alpha-2, e.g. ML).")
@click.option("--search", metavar="TEXT", help="Only names or mentions containing TEXT.")
@click.option("--actors", "actors_only", is_flag=True, help="Only mentions resolved to an actor type.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 1_000_000))
@json_option
@click.pass_context
@handle_errors
def entities_command(ctx: click.Context, db: str | None, actor_type: str | None, label: str | None,
                     country: str | None, search: str | None, actors_only: bool, limit: int,
                     as_json: bool) -> None:
    """List the canonical actors and entities in the store with their mention counts.

    Run `dateline process` (with the entities stage) first. Each row is one canonical name
    ("Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims") with its
    ACLED actor type, country, how often it is mentioned and in how many articles.

    \b
    Example:
        dateline entities --type state --limit 20
        dateline entities --label PERSON --json
    """
    from .store import EntityQuery

    query = EntityQuery(actor_type=_actor_type_option(actor_type), label=label and label.upper(),
                        country=country and country.upper(), search=search, actors_only=actors_only,
                        limit=limit)
    with store_from(ctx, db) as store:
        counts = store.entity_counts(query)
    rows = [asdict(c) for c in counts]
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        row["forms"] = ", ".join(row["forms"])
    echo_table(rows, ["mentions", "articles", "label", "actor_type", "country", "name", "forms"])


@cli.command(name="actor")
@click.argument("mention")
@click.option("--country", metavar="CC", help="Country where the mention's event happens (ISO alpha-2).")
@click.option("--date", metavar="DATE", help="Date of the event (picks the regime suffix), YYYY-MM-DD.")
@json_option
@handle_errors
def actor_command(mention: str, country: str | None, date: str | None, as_json: bool) -> None:
    """Resolve a mention to its canonical actor, ACLED type and country (no model needed).

    \b
    Example:
        dateline actor "Malian soldiers" --date 2021-11-06
        dateline actor "al-Qaeda-linked militants" --country BF
    """
    from .entities import lookup_actor

    found = lookup_actor(mention, country, date)
    if found is None:
        raise click.ClickException(f"{mention!r} names no known actor")
    data = asdict(found)
    if as_json:
        echo_json(data)
        return
    for key in ("name", "actor_type", "inter", "country", "key"):
        click.echo(f"{key + ':':<12}{data[key] if data[key] is not None else ''}")


@eval_group.command(name="entities")
@click.argument("table", type=click.Path(exists=True, dir_okay=False))
@click.option("--misses", is_flag=True, help="List every expected actor that was not found right.")
@json_option
@handle_errors
def eval_entities(table: str, misses: bool, as_json: bool) -> None:
    """Score the entities stage on a hand-written actor table (sentences with expected actors).

    Prints the share of expected actors found with the right canonical name and ACLED type.

    \b
    Example:
        dateline eval entities tests/entities/actor_sentences.json --json
    """
    from .entities.evaluate import score_table

    data = score_table(table).as_dict()
    if not misses:
        data.pop("misses")
    if as_json:
        echo_json(data)
        return
    for key in ("sentences", "expected", "share_correct", "type_correct", "found", "predicted"):
        click.echo(f"{key + ':':<16}{data[key]}")
    for miss in data.get("misses", []):
        click.echo(f"  miss: sentence {miss['sentence']} {miss['mention']!r}: expected "
                   f"{miss['expected'][0]} ({miss['expected'][1]}), got {miss['got']}")


@eval_group.command(name="actors")
@click.argument("acled_csv", type=click.Path(exists=True, dir_okay=False))
@click.option("--country-hint", is_flag=True,
              help="Tell each note its country (as a feed filtered by country would).")
@click.option("--limit", type=click.IntRange(1), help="Only the first N events.")
@json_option
@click.pass_context
@handle_errors
def eval_actors(ctx: click.Context, acled_csv: str, country_hint: bool, limit: int | None,
                as_json: bool) -> None:
    """Compare the first actor each ACLED note mentions with the coder's actor1 (a diagnostic).

    Names are compared case-insensitively, exactly and ignoring a parenthesised country.

    \b
    Example:
        dateline eval actors ../shared/data/events/acled/acled_western_africa_2021Q4.csv --json
    """
    from .entities.evaluate import acled_actor_match, read_acled

    rows = list(read_acled(acled_csv, limit))
    with _count_progress(settings_from(ctx), "notes", len(rows)) as progress:
        score = acled_actor_match(rows, country_hint=country_hint, progress=progress)
    data = score.as_dict()
    if as_json:
        echo_json(data)
        return
    for key in ("notes", "with_actor", "exact", "name_ignoring_country", "inter", "actor1_or_assoc"):
        click.echo(f"{key + ':':<24}{data[key]}")
    for row in data["top_confusions"]:
        click.echo(f"  {row['count']:>4}  {row['acled']}  ->  {row['dateline']}")


# -- places --------------------------------------------------------------------------------------
@contextmanager
def _counting_progress(settings: Settings, label: str) -> Iterator[Callable[..., None] | None]:
    """A rich progress bar fed with ``(description, done, total)`` or ``(done, total)``."""
    if not show_progress(settings):
        yield None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                  TimeElapsedColumn(), transient=True, console=_stderr_console()) as bar:
        task = bar.add_task(label, total=None)

        def update(*args: Any) -> None:
            description, (done, total) = (args[0], args[1:]) if len(args) == 3 else (label, args)
            bar.update(task, description=str(description), completed=done, total=total)
        yield update


def _gazetteer(ctx: click.Context, path: str | None) -> Any:
    from .places import Gazetteer
    from .places.gazetteer import default_path

    settings = settings_from(ctx)
    target = default_path(path or settings["gazetteer"])
    if not Gazetteer.is_built(target):
        click.echo(f"building the gazetteer index {target} (first use, under a minute)", err=True)
    with _counting_progress(settings, "building gazetteer") as progress:
        return Gazetteer(target, progress=progress)


def gazetteer_option(func: F) -> F:
    return click.option("--gazetteer", "gazetteer_path", metavar="FILE", default=None,
                        help="Gazetteer index (default: the gazetteer setting or the user cache).")(func)


@cli.group(name="gazetteer")
def gazetteer_group() -> None:
    """The offline gazetteer: GeoNames places from packages and the dump files you import.

    \b
    Example:
        dateline gazetteer import ML.txt BF.txt NE.zip && dateline gazetteer search Gossi
    """


@gazetteer_group.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@gazetteer_option
@json_option
@click.pass_context
@handle_errors
def gazetteer_import(ctx: click.Context, files: tuple[str, ...], gazetteer_path: str | None,
                     as_json: bool) -> None:
    """Add GeoNames dump files (allCountries.txt, ML.txt, or their .zip) to the gazetteer.

    Importing a file again replaces its places; imported GeoNames rows also replace the estimated
    coordinates of countries and regions built from packages.

    \b
    Example:
        dateline gazetteer import ../shared/data/geo/geonames/ML.txt allCountries.zip
    """
    from .places.geonames import import_geonames

    gazetteer = _gazetteer(ctx, gazetteer_path)
    reports = []
    for path in files:
        with _counting_progress(settings_from(ctx), f"importing {path}") as progress:
            reports.append(import_geonames(gazetteer, path, progress=progress))
    if as_json:
        echo_json([asdict(r) for r in reports])
        return
    for report in reports:
        click.echo(f"{report.path}: {report.rows} places imported, {report.skipped} lines skipped")
        for problem in report.problems:
            click.echo(f"  {problem}", err=True)


@gazetteer_group.command(name="info")
@gazetteer_option
@json_option
@click.pass_context
@handle_errors
def gazetteer_info(ctx: click.Context, gazetteer_path: str | None, as_json: bool) -> None:
    """Where the gazetteer is, what it holds and which files were imported into it.

    \b
    Example:
        dateline gazetteer info --json
    """
    info = _gazetteer(ctx, gazetteer_path).info()
    if as_json:
        echo_json(info)
        return
    click.echo(f"index:   {info['path']} ({info['size_mb']} MB)")
    click.echo(f"places:  {info['places']}  names: {info['names']}  countries: {info['countries']}  "
               f"admin names: {info['admin_names']}")
    click.echo("classes: " + ", ".join(f"{k} {v}" for k, v in info["feature_classes"].items()))
    echo_table(info["sources"], ["source", "rows", "imported_at", "path"])


@gazetteer_group.command(name="search")
@click.argument("name")
@click.option("--country", metavar="CODE", help="Only places in this country (ISO alpha-2).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@gazetteer_option
@json_option
@click.pass_context
@handle_errors
def gazetteer_search(ctx: click.Context, name: str, country: str | None, limit: int,
                     gazetteer_path: str | None, as_json: bool) -> None:
    """Places a name may refer to, most likely first (without context).

    \b
    Example:
        dateline gazetteer search "St. Louis" --country SN
    """
    places = _gazetteer(ctx, gazetteer_path).search(name, country=country, limit=limit)
    rows = [p.to_dict() for p in places]
    if as_json:
        echo_json(rows)
    else:
        echo_table(rows, ["geonameid", "name", "feature_code", "country_code", "admin1", "latitude",
                          "longitude"])


@cli.command(name="geocode")
@click.argument("name")
@click.option("--country", metavar="CODE|NAME", help="The country the name is in, if known.")
@click.option("--context", "context_text", metavar="TEXT", help="Text the name comes from.")
@gazetteer_option
@json_option
@click.pass_context
@handle_errors
def geocode_command(ctx: click.Context, name: str, country: str | None, context_text: str | None,
                    gazetteer_path: str | None, as_json: bool) -> None:
    """Resolve one place name as an ACLED note writes it ("near Djibo (Soum, Sahel)").

    \b
    Example:
        dateline geocode "Kampti (Poni)" --country BF
    """
    from .places import geocode

    place = geocode(name, country=country, context_text=context_text,
                    gazetteer=_gazetteer(ctx, gazetteer_path))
    if place is None:
        raise click.ClickException(f"no place named {name!r} in the gazetteer")
    if as_json:
        echo_json(place.to_dict())
    else:
        echo_table([place.to_dict()], ["name", "geonameid", "country", "admin1", "latitude", "longitude",
                                       "feature_code", "geo_precision", "confidence"])


@eval_group.command(name="geo")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--gold-spans", is_flag=True, help="Resolve the gold toponym spans (resolution only).")
@click.option("--limit", type=click.IntRange(1), help="Only the first N documents.")
@click.option("--save", type=click.Path(dir_okay=False), help="Write every predicted toponym as JSON Lines.")
@gazetteer_option
@json_option
@click.pass_context
@handle_errors
def eval_geo(ctx: click.Context, file: str, gold_spans: bool, limit: int | None, save: str | None,
             gazetteer_path: str | None, as_json: bool) -> None:
    """Geoparsing on GeoWebNews/LGL toponym XML: recognition P/R/F1, accuracy@161km, error km.

    \b
    Example:
        dateline eval geo ../shared/data/geo/geoparsing/lgl.xml --gold-spans --json
    """
    from .evaluate.geo import evaluate_geo

    gazetteer = _gazetteer(ctx, gazetteer_path)
    with _counting_progress(settings_from(ctx), "geoparsing") as progress:
        figures = evaluate_geo(file, gold_spans=gold_spans, limit=limit, gazetteer=gazetteer, save=save,
                               progress=progress)
    echo_figures(figures, as_json)


@eval_group.command(name="acled-places")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(1), help="Only the first N events.")
@click.option("--country-hint", is_flag=True, help="Give the geocoder ACLED's country of each event.")
@click.option("--save", type=click.Path(dir_okay=False),
              help="Write each event's resolved place as JSON Lines.")
@gazetteer_option
@json_option
@click.pass_context
@handle_errors
def eval_acled_places(ctx: click.Context, file: str, limit: int | None, country_hint: bool,
                      save: str | None, gazetteer_path: str | None, as_json: bool) -> None:
    """Locate each ACLED note's event and compare with ACLED's coordinates and admin1.

    \b
    Example:
        dateline gazetteer import ../shared/data/geo/geonames/{ML,BF,NE}.txt
        dateline eval acled-places ../shared/data/events/acled/acled_western_africa_2021Q4.csv --json
    """
    from .evaluate.acled_places import evaluate_acled_places

    gazetteer = _gazetteer(ctx, gazetteer_path)
    with _counting_progress(settings_from(ctx), "locating events") as progress:
        figures = evaluate_acled_places(file, limit=limit, country_hint=country_hint, gazetteer=gazetteer,
                                        save=save, progress=progress)
    echo_figures(figures, as_json)


# -- time ----------------------------------------------------------------------------------------
@cli.command()
@click.argument("text")
@click.option("--dct", required=True, metavar="DATE",
              help="Publication date the text is anchored on (YYYY-MM-DD).")
@json_option
@handle_errors
def timex(text: str, dct: str, as_json: bool) -> None:
    """Find and resolve the time expressions of TEXT (- reads standard input).

    \b
    Example:
        dateline timex "Officers seized power in August 2020 and nine months later." --dct 2022-02-17
    """
    from .time import tag_text

    if text == "-":
        text = sys.stdin.read()
    found = tag_text(text, dct)
    if as_json:
        echo_json([t.to_dict() for t in found])
        return
    rows = [{**t.to_dict(), "span": f"{t.start}-{t.end}", "interval": _interval(t.begin, t.end_value)}
            for t in found]
    echo_table(rows, ["tid", "span", "text", "type", "value", "mod", "anchor", "interval"])


def _interval(begin: str | None, end: str | None) -> str:
    return f"{begin or '?'}..{end or '?'}" if begin or end else ""


@eval_group.command(name="time")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--system-dir", type=click.Path(exists=True, file_okay=False),
              help="Score the TimeML files of another system (same names) instead of dateline.")
@click.option("--save", "save_dir", type=click.Path(file_okay=False),
              help="Write dateline's output as TimeML files (one per document, same names).")
@json_option
@click.pass_context
@handle_errors
def eval_time(ctx: click.Context, gold_dir: str, system_dir: str | None, save_dir: str | None,
              as_json: bool) -> None:
    """Score temporal tagging on TimeML gold files (TempEval-3 measures, in percent).

    Input text and DCT come from a sibling folder of *.TE3input files when there is one
    (GOLD_DIR-input), otherwise from the gold files with their tags stripped. The DCT is not scored.

    \b
    Example:
        dateline eval time ../shared/data/time/te3-platinum --json
        dateline eval time ../shared/data/time/te3-platinum --system-dir heideltime-out/
    """
    from .evaluate.time import evaluate_time, gold_files

    total = len(gold_files(__import__("pathlib").Path(gold_dir)))
    with _count_progress(settings_from(ctx), "scoring", total) as progress:
        result = evaluate_time(gold_dir, system_dir=system_dir, save_dir=save_dir, progress=progress)
    summary = result.summary()
    if as_json:
        echo_json(summary)
        return
    for key, value in summary.items():
        click.echo(f"{key:<12}{value}")


@contextmanager
def _count_progress(settings: Settings, label: str, total: int) -> Iterator[Callable[[int], None] | None]:
    if not show_progress(settings):
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), transient=True,
                  console=_stderr_console()) as bar:
        task = bar.add_task(label, total=total)
        yield lambda done: bar.update(task, completed=done)


# -- events ------------------------------------------------------------------------------------------
@cli.command(name="events")
@db_option
@click.option("--country", metavar="NAME", help="Country of the event: a name (Mali) or ISO code (ML).")
@click.option("--type", "type_", metavar="TYPE",
              help="ACLED event type (Battles, Protests ...) or sub-event type (\"Air/drone strike\").")
@click.option("--actor", metavar="TEXT", help="Actor1 or actor2 contains this text.")
@click.option("--from", "date_from", metavar="DATE", help="Event on or after (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", metavar="DATE", help="Event on or before (YYYY[-MM[-DD]]).")
@click.option("--background/--no-background", default=True, show_default=True,
              help="Include past events that articles only recall.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 10_000_000))
@click.option("--offset", default=0, type=click.IntRange(0))
@click.option("--csv", "as_csv", is_flag=True, help="Print ACLED-format CSV (ACLED's columns and order).")
@json_option
@click.pass_context
@handle_errors
def events_command(ctx: click.Context, db: str | None, country: str | None, type_: str | None,
                   actor: str | None, date_from: str | None, date_to: str | None, background: bool,
                   limit: int, offset: int, as_csv: bool, as_json: bool) -> None:
    """List coded events: what happened, who did it to whom, where, when, how many were killed.

    Events come from `dateline process` (stage events). --csv writes ACLED's columns in ACLED's
    order; --json includes each field's evidence (sentence, span, confidence).

    \b
    Example:
        dateline events --country Mali --type Battles --from 2021-01 --to 2021-12
        dateline events --type "Air/drone strike" --csv > strikes.csv
    """
    from .events.export import ACLED_COLUMNS, write_acled_csv
    from .events.listing import TABLE_COLUMNS, acled_rows, event_query, table_rows

    query = event_query(country=country, type_=type_, actor=actor, date_from=date_from, date_to=date_to,
                        background=background, limit=limit, offset=offset)
    with store_from(ctx, db) as store:
        found = store.events(query)
        if as_csv:
            write_acled_csv(sys.stdout, acled_rows(store, found), ACLED_COLUMNS)
            return
    if as_json:
        echo_json([{"id": s.id, "article_id": s.article_id, "published": s.published, **s.event.to_dict()}
                   for s in found])
    else:
        echo_table(table_rows(found), TABLE_COLUMNS)


@eval_group.command(name="events")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(1), help="Only the first N rows.")
@click.option("--save", type=click.Path(dir_okay=False),
              help="Write the predicted rows as ACLED CSV (the input's columns and order, one per row).")
@click.option("--note-tags/--no-note-tags", default=None,
              help="Read ACLED's note tags (\"Looting:\") as the sub-event type (default: the setting).")
@gazetteer_option
@json_option
@click.pass_context
@handle_errors
def eval_events(ctx: click.Context, file: str, limit: int | None, save: str | None,
                note_tags: bool | None, gazetteer_path: str | None, as_json: bool) -> None:
    """Code each row of an ACLED CSV from its date and notes, and score it field by field.

    Each row is one document (published on event_date, the notes as text); the first
    non-background event is compared with the row. Figures are percentages, with the median
    location error in km and the rows per second.

    \b
    Example:
        dateline --setting gazetteer sahel.sqlite gazetteer import ../shared/data/geo/geonames/{ML,BF,NE}.txt
        dateline --setting gazetteer sahel.sqlite eval events \\
            ../shared/data/events/acled/acled_western_africa_2021Q4.csv --json --save predicted.csv
    """
    from .evaluate.events import evaluate_acled_events

    gazetteer = _gazetteer(ctx, gazetteer_path)
    with _counting_progress(settings_from(ctx), "coding events") as progress:
        figures = evaluate_acled_events(file, limit=limit, gazetteer=str(gazetteer.path), note_tags=note_tags,
                                        save=save, progress=progress)
    echo_figures(figures, as_json)


@eval_group.command(name="case2021")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(1), help="Only the first N snippets.")
@gazetteer_option
@json_option
@click.pass_context
@handle_errors
def eval_case2021(ctx: click.Context, file: str, limit: int | None, gazetteer_path: str | None,
                  as_json: bool) -> None:
    """Sub-event type macro-F1 on CASE 2021 task 2 (ACLED's 25 types; the others count as NONE).

    \b
    Example:
        dateline eval case2021 --json \\
            ../shared/data/events/case2021_task2/test_set_final_release_with_labels.tsv
    """
    from .evaluate.events import evaluate_case

    gazetteer = _gazetteer(ctx, gazetteer_path)
    with _counting_progress(settings_from(ctx), "coding snippets") as progress:
        figures = evaluate_case(file, limit=limit, gazetteer=str(gazetteer.path), progress=progress)
    echo_figures(figures, as_json)


# -- scale ---------------------------------------------------------------------------------------
@cli.command()
@click.option("--from", "source", required=True, metavar="FILE|URL", help="The store to copy from.")
@click.option("--to", "target", required=True, metavar="URL|FILE",
              help="An empty store to copy into (a postgresql:// URL, or a SQLite file).")
@json_option
@click.pass_context
@handle_errors
def migrate(ctx: click.Context, source: str, target: str, as_json: bool) -> None:
    """Copy a whole store (every table: articles, analysis, events, errors) into another backend.

    The target is created and migrated if needed and must hold no articles. The copy is one
    transaction: if it is interrupted, the target is left as it was. Event ids are kept.

    \b
    Example:
        dateline migrate --from dateline.db --to postgresql://localhost/news
    """
    from .store.transfer import copy_store

    settings = settings_from(ctx)
    with open_store(source) as origin, open_store(target) as destination, \
            _migrate_progress(settings) as progress:
        report = copy_store(origin, destination, progress=progress)
    if as_json:
        echo_json(asdict(report))
        return
    click.echo(f"copied {report.rows} rows: " + ", ".join(f"{n} {c}" for n, c in report.tables.items()))
    for table, columns in report.skipped_columns.items():
        click.echo(f"  not copied (no such column in the target): {table}.{', '.join(columns)}", err=True)


@contextmanager
def _migrate_progress(settings: Settings) -> Iterator[Callable[[str, int, int], None] | None]:
    if not show_progress(settings):
        yield None
        return
    import rich.progress as rp

    with rp.Progress(rp.TextColumn("{task.description:<12}"), rp.BarColumn(), rp.MofNCompleteColumn(),
                     rp.TimeRemainingColumn(), console=_stderr_console()) as bar:
        tasks: dict[str, Any] = {}

        def update(table: str, done: int, total: int) -> None:
            if table not in tasks:
                tasks[table] = bar.add_task(table, total=total)
            bar.update(tasks[table], completed=done)
        yield update


# -- timeline ------------------------------------------------------------------------------------
@cli.command()
@click.argument("query")
@db_option
@click.option("--from", "date_from", metavar="DATE", help="First day (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", metavar="DATE", help="Last day (YYYY[-MM[-DD]]).")
@click.option("--dates", type=click.IntRange(1, 1000), default=None,
              help="Entries (default: chosen from the data, 5-40).")
@click.option("--sentences", type=click.IntRange(1, 20), default=None,
              help="Sentences per entry (default: 1 or 2, from the data).")
@click.option("--events", "events", is_flag=True,
              help="List the coded events in date order instead of sentences.")
@click.option("--markdown", "as_markdown", is_flag=True, help="Print Markdown.")
@json_option
@click.pass_context
@handle_errors
def timeline(ctx: click.Context, query: str, db: str | None, date_from: str | None,
             date_to: str | None, dates: int | None, sentences: int | None, events: bool,
             as_markdown: bool, as_json: bool) -> None:
    """A timeline of the stored articles that match QUERY (words, a name, a place, a country).

    Dates come from what the articles mention (resolved by the temporal engine) and from how
    many articles each day has; each date gets the sentences most central to it and to the
    query, without repeating one another. Every sentence is linked to its article.

    \b
    Example:
        dateline timeline "Mali junta" --from 2021-05 --to 2022-02 --dates 12
        dateline timeline Mali --events --json
    """
    from .timeline import build_timeline, event_timeline

    with store_from(ctx, db) as store:
        if events:
            found = event_timeline(store, query, date_from=date_from, date_to=date_to)
            total = store.count_events(None) if not found else len(found)
            _print_events(query, found, total, as_json, as_markdown)
            return
        entries = build_timeline(store, query, date_from=date_from, date_to=date_to,
                                 dates=dates, sentences=sentences)
        urls = {a.id: a.url for a in store.articles(ArticleQuery(
            ids=[i for e in entries for i in e.article_ids], limit=None))}
    _print_timeline(query, entries, urls, as_json, as_markdown)


def _print_timeline(query: str, entries: list[Any], urls: dict[str, str | None], as_json: bool,
                    as_markdown: bool) -> None:
    if as_json:
        echo_json({"query": query, "entries": [
            {"date": e.date, "score": e.score, "sentences": [
                {"text": t, "article_id": a, "url": urls.get(a)}
                for t, a in zip(e.sentences, e.article_ids)]} for e in entries]})
        return
    if not entries:
        click.echo(f"No timeline for {query!r}: no stored article matches it in that period.")
        return
    if as_markdown:
        click.echo(f"# Timeline: {query}\n")
    for e in entries:
        click.echo(f"## {e.date}\n" if as_markdown else e.date)
        for text, article_id in zip(e.sentences, e.article_ids):
            link = urls.get(article_id) or article_id
            click.echo(f"- {text} ([source]({link}))" if as_markdown else f"  {text}  [{article_id}]")
        if as_markdown:
            click.echo("")


def _print_events(query: str, found: list[Any], total: int, as_json: bool, as_markdown: bool) -> None:
    rows = [{"event_date": s.event.event_date, "event_type": s.event.event_type,
             "sub_event_type": s.event.sub_event_type, "actor1": s.event.actor1,
             "actor2": s.event.actor2, "location": s.event.location.name if s.event.location else None,
             "fatalities": s.event.fatalities, "notes": s.event.notes, "article_id": s.article_id}
            for s in found]
    if as_json:
        echo_json({"query": query, "events": rows})
        return
    if not rows:
        why = ("no events have been coded yet: run `dateline process` with the events stage"
               if total == 0 else f"none of the {total} coded events matches it")
        click.echo(f"No events for {query!r}: {why}.")
        return
    for r in rows:
        head = f"{r['event_date'] or 'undated'}  {r['event_type']} / {r['sub_event_type']}"
        click.echo(f"- **{head}**: {r['notes']} ({r['article_id']})" if as_markdown
                   else f"{head}  [{r['article_id']}]\n  {r['notes']}")


@eval_group.command(name="tls")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--topics", metavar="NAMES", help="Comma-separated topic names (default: all).")
@click.option("--save", "save", metavar="DIR", type=click.Path(file_okay=False),
              help="Write each predicted timeline in the gold format to DIR/<topic>/timelines.jsonl.")
@json_option
@click.pass_context
@handle_errors
def eval_tls(ctx: click.Context, directory: str, topics: str | None, save: str | None,
             as_json: bool) -> None:
    """Timeline summarization on topic folders in the Timeline17 layout (news-tls setup).

    Folders sharing a prefix are merged into one topic; each gold timeline is predicted from the
    articles of its period with its own L (dates) and K (sentences per date), and scored with
    alignment ROUGE-1/2 (many-to-one date-content costs, "AR") and Date-F1, macro-averaged.

    \b
    Example:
        dateline eval tls ../shared/data/tls/t17 --json --save runs/t17
    """
    from .evaluate.tls_eval import evaluate_tls

    settings = settings_from(ctx)
    progress = (lambda name: click.echo(f"topic {name} ...", err=True)) if show_progress(settings) else None
    result = evaluate_tls(directory, topics=topics.split(",") if topics else None, save=save,
                          progress=progress)
    if as_json:
        echo_json(result)
        return
    rows = [{"topic": name, **figures} for name, figures in result["topics"].items()]
    rows.append({"topic": "overall", **result["overall"]})
    echo_table(rows, ["topic", "ar1_f", "ar2_f", "date_f1", "seconds"])


# -- web -----------------------------------------------------------------------------------------
@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default serves this machine only.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", envvar="DATELINE_TOKEN", metavar="SECRET",
              help="Enable uploads (POST /api/ingest) for requests carrying `Authorization: Bearer "
                   "SECRET` [env: DATELINE_TOKEN]. Without it uploads are refused.")
@click.pass_context
@handle_errors
def serve(ctx: click.Context, db: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the dashboard and the JSON API (OpenAPI docs at /api/docs) over the store.

    \b
    Example:
        dateline serve --db news.db --port 8000
        DATELINE_TOKEN=s3cret dateline serve   # and upload with:
        curl -H "Authorization: Bearer s3cret" -F files=@feed.xml http://127.0.0.1:8000/api/ingest
    """
    from .web.server import is_loopback, port_free
    from .web.server import serve as run_server

    settings = settings_from(ctx)
    location = db or settings["db"]
    if not port_free(host, port):
        raise click.ClickException(f"cannot listen on {host}:{port}: the port is in use or not allowed; "
                                   "choose another with --port")
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"dateline: serving {location} at http://{shown}:{port}/  (API docs: /api/docs; "
               f"uploads {'on, with the token' if token else 'off: start with --token to enable'})")
    if not is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read the store", err=True)
    run_server(location, host=host, port=port, token=token, settings=settings)


def write_csv(rows: list[dict[str, Any]], columns: list[str]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)


def main() -> None:
    cli(prog_name="dateline")

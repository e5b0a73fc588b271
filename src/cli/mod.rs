//! The `whosaid` command line: parse flags, check them, run one command.

mod args;
mod config;
mod progress;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use whosaid::corpus::{self, read_file};
use whosaid::{annotate, printer, Engine, IndexOptions, Store};

use args::{
    AnnotateArgs, BenchArgs, Cli, Command, EvalArgs, ExportArgs, ExportFormat, GenerateArgs, IndexArgs,
    SearchArgs, SpeakersArgs,
};

/// Exit statuses, as grep has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Something matched (or the command did all it was asked).
    Found = 0,
    /// Nothing matched.
    NotFound = 1,
    /// Something went wrong; the message says what.
    Error = 2,
}

impl From<Status> for ExitCode {
    fn from(s: Status) -> ExitCode {
        ExitCode::from(s as u8)
    }
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { Status::Error } else { Status::Found }.into();
        }
    };
    let result = match &cli.command {
        Command::Index(a) => index(&cli, a),
        Command::Search(a) => search(&cli, a),
        Command::Speakers(a) => speakers(&cli, a),
        Command::Annotate(a) => annotate_files(&cli, a),
        Command::Eval(a) => eval(a),
        Command::Bench(a) => bench(&cli, a),
        Command::Export(a) => export(&cli, a),
        Command::Generate(a) => generate(a),
    };
    match result {
        Ok(status) => status.into(),
        // A closed pipe (`whosaid search x | head`) is not an error.
        Err(e) if broken_pipe(e.as_ref()) => Status::Found.into(),
        Err(e) => {
            eprintln!("whosaid: {e}");
            Status::Error.into()
        }
    }
}

fn broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    let io = e.downcast_ref::<io::Error>().or(match e.downcast_ref::<whosaid::SearchError>() {
        Some(whosaid::SearchError::Io(io)) => Some(io),
        _ => None,
    });
    io.is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
}

/// Runs `f` with buffered standard output, flushed at the end.
fn with_stdout(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    f(&mut out)?;
    out.flush()
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn index(cli: &Cli, a: &IndexArgs) -> Result<Status> {
    let store = Store::open_or_create(&cli.index)?;
    let options = IndexOptions {
        fields: config::field_names(&a.fields),
        memory_bytes: a.memory << 20,
        threads: a.threads,
    };
    let bar = progress::Bar::new(a.quiet);
    let report = whosaid::index_corpus(&store, &a.paths, &options, &bar)
        .map_err(|e| format!("indexing into {} failed, the index is unchanged: {e}", cli.index.display()))?;
    bar.finish();
    eprintln!(
        "indexed {} files, {} articles, {} sentences ({:.1} MB) in {:.2}s: {:.1} MB/s, {:.0} sentences/s{}",
        report.files,
        report.articles,
        report.sentences,
        report.bytes as f64 / 1e6,
        report.elapsed.as_secs_f64(),
        report.megabytes_per_second(),
        report.sentences_per_second(),
        [("read with a guess", report.notes.len()), ("skipped", report.skipped.len())]
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(what, n)| format!("; {what} {n}"))
            .collect::<String>()
    );
    Ok(if report.skipped.is_empty() { Status::Found } else { Status::Error })
}

fn open_engine(cli: &Cli) -> Result<Engine> {
    Ok(Engine::open(Store::open(&cli.index)?)?)
}

fn search(cli: &Cli, a: &SearchArgs) -> Result<Status> {
    let filters = config::filters(&a.filters)?;
    let query = a.query.as_deref().unwrap_or("");
    if whosaid::search::is_blank(query) && filters.is_empty() {
        return Err(
            "give a query, a filter (--speaker, --affiliation, --section, --kind, --since, --until), or both"
                .into(),
        );
    }
    let engine = open_engine(cli)?;
    let hits = engine.search(query, &filters, a.limit)?;
    with_stdout(|out| {
        if a.json {
            printer::hits_json(out, &hits)
        } else {
            printer::hits(out, config::style(cli.color), &hits)
        }
    })?;
    Ok(if hits.is_empty() { Status::NotFound } else { Status::Found })
}

fn speakers(cli: &Cli, a: &SpeakersArgs) -> Result<Status> {
    let filters = config::filters(&a.filters)?;
    let engine = open_engine(cli)?;
    let mut rows = engine.speakers(a.query.as_deref().unwrap_or(""), &filters)?;
    if let Some(n) = a.limit {
        rows.truncate(n);
    }
    with_stdout(|out| {
        if a.json {
            printer::speakers_json(out, &rows)
        } else {
            printer::speakers(out, config::style(cli.color), &rows)
        }
    })?;
    Ok(if rows.is_empty() { Status::NotFound } else { Status::Found })
}

fn annotate_files(cli: &Cli, a: &AnnotateArgs) -> Result<Status> {
    let fields = config::field_names(&a.fields);
    let style = config::style(cli.color);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut status = Status::Found;
    let (files, issues) = corpus::discover(&a.files);
    for issue in issues {
        eprintln!("whosaid: skipped {issue}");
        status = Status::Error;
    }
    for path in files {
        let contents = match read_file(&path, &fields) {
            Ok(c) => c,
            Err(issue) => {
                eprintln!("whosaid: skipped {issue}");
                status = Status::Error;
                continue;
            }
        };
        for issue in &contents.issues {
            eprintln!("whosaid: {} {issue}", issue.outcome());
            if !issue.guessed {
                status = Status::Error;
            }
        }
        for article in &contents.articles {
            let sentences = annotate(article);
            if a.json {
                printer::annotations_json(&mut out, article, &sentences)?;
            } else {
                printer::annotations(&mut out, style, article, &sentences)?;
            }
        }
    }
    out.flush()?;
    Ok(status)
}

fn eval(a: &EvalArgs) -> Result<Status> {
    let report = whosaid::eval::evaluate_polnear(&a.polnear)?;
    with_stdout(|out| {
        if a.json {
            serde_json::to_writer_pretty(&mut *out, &report)?;
            writeln!(out)
        } else {
            printer::eval_report(out, &report, a.misses)
        }
    })?;
    Ok(Status::Found)
}

/// The default query set, shipped in benches/ and built into the binary.
const DEFAULT_QUERIES: &str = include_str!("../../benches/queries.jsonl");

fn bench(cli: &Cli, a: &BenchArgs) -> Result<Status> {
    let text = match &a.queries {
        Some(p) => std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?,
        None => DEFAULT_QUERIES.to_string(),
    };
    let queries = whosaid::bench::parse_query_set(&text).map_err(|e| {
        format!("{}: {e}", a.queries.as_ref().map_or("default query set".into(), |p| p.display().to_string()))
    })?;
    let engine = open_engine(cli)?;
    // (Each query is read before any is timed: a bad one is named by its line.)
    for q in &queries {
        engine.query(&q.query, &q.filters()).map_err(|e| {
            let set = a.queries.as_ref().map_or("default query set".into(), |p| p.display().to_string());
            format!("{set}:{}: {e}", q.line)
        })?;
    }
    let report = whosaid::bench::run(&engine, &queries, a.runs as usize)?;
    with_stdout(|out| {
        if a.json {
            serde_json::to_writer_pretty(&mut *out, &report)?;
            writeln!(out)
        } else {
            printer::bench_report(out, &report)
        }
    })?;
    Ok(Status::Found)
}

fn export(cli: &Cli, a: &ExportArgs) -> Result<Status> {
    let engine = open_engine(cli)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let n = engine.for_each_sentence(|doc| {
        if a.format == ExportFormat::EsBulk {
            let action = serde_json::json!({"index": {"_index": a.es_index, "_id": doc.id()}});
            serde_json::to_writer(&mut out, &action)?;
            out.write_all(b"\n")?;
        }
        serde_json::to_writer(&mut out, &doc)?;
        out.write_all(b"\n")
    })?;
    out.flush()?;
    Ok(if n == 0 { Status::NotFound } else { Status::Found })
}

fn generate(a: &GenerateArgs) -> Result<Status> {
    let from = if a.from.is_empty() {
        ["../shared/corpus", "fixtures"].iter().map(std::path::PathBuf::from).filter(|p| p.exists()).collect()
    } else {
        a.from.clone()
    };
    let report = match &a.out {
        Some(path) => {
            let file = std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let mut w = io::BufWriter::new(file);
            let r = whosaid::scale::generate(&from, a.sentences, a.seed, &mut w)?;
            w.flush()?;
            r
        }
        None => {
            let stdout = io::stdout();
            let mut w = io::BufWriter::new(stdout.lock());
            let r = whosaid::scale::generate(&from, a.sentences, a.seed, &mut w)?;
            w.flush()?;
            r
        }
    };
    eprintln!(
        "generated {} articles, {} sentences, {:.1} MB from {} source articles (seed {})",
        report.articles,
        report.sentences,
        report.bytes as f64 / 1e6,
        report.source_articles,
        a.seed
    );
    Ok(Status::Found)
}

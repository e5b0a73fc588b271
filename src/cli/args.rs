//! Command-line flags, defined once: clap derives both parsing and --help.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "whosaid",
    version,
    about = "Search quotations in news: who said what, attributed and ranked."
)]
pub struct Cli {
    /// Index folder.
    #[arg(long, global = true, env = "WHOSAID_INDEX", default_value = "index", value_name = "DIR")]
    pub index: PathBuf,

    /// When to colour output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Index articles from files and folders (.txt, .md, .jsonl, .ndjson, .csv).
    Index(IndexArgs),
    /// Search indexed sentences, ranked by BM25, with highlighted snippets.
    Search(SearchArgs),
    /// List speakers and their number of quotes, over the index or a query's matches.
    Speakers(SpeakersArgs),
    /// Show sentences, quotations and speakers of files, without an index.
    Annotate(AnnotateArgs),
    /// Score attribution against hand annotations (a PolNeAR split).
    Eval(EvalArgs),
    /// Measure query latency on the index, in-process and warm.
    Bench(BenchArgs),
    /// Write every indexed sentence with all its fields, one JSON object a line.
    Export(ExportArgs),
    /// Make a scale corpus of N sentences by recombining real articles (JSON Lines).
    Generate(GenerateArgs),
}

/// Which record fields hold what, for JSON Lines and CSV.
#[derive(Debug, Args, Clone, Default)]
pub struct FieldArgs {
    /// Field holding the article text (default: text, body, content, article).
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,
    /// Field holding the title (default: title, headline).
    #[arg(long, value_name = "NAME")]
    pub title_field: Option<String>,
    /// Field holding the date (default: date, published, ...).
    #[arg(long, value_name = "NAME")]
    pub date_field: Option<String>,
    /// Field holding the URL (default: url, link).
    #[arg(long, value_name = "NAME")]
    pub url_field: Option<String>,
    /// Field holding the article id (default: id, article_id, ...; else the line).
    #[arg(long, value_name = "NAME")]
    pub id_field: Option<String>,
}

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Files or folders, walked recursively.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Memory budget of the index writer, in MB (peak memory stays near it).
    #[arg(long, default_value_t = 256, value_name = "MB")]
    pub memory: usize,
    /// Indexing threads beside the one that reads and attributes (default: the cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Filters shared by `search` and `speakers`.
#[derive(Debug, Args, Clone, Default)]
pub struct FilterArgs {
    /// Speaker: any part of the name, case- and accent-insensitive.
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Words of the speaker's affiliation.
    #[arg(long, value_name = "WORDS")]
    pub affiliation: Option<String>,
    /// Words of the section name ("what to know").
    #[arg(long, value_name = "WORDS")]
    pub section: Option<String>,
    /// Kind of sentence.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Articles dated on or after this day: YYYY-MM-DD, today, yesterday, or 7d, 2w (days, weeks ago; UTC).
    #[arg(long, value_name = "DAY")]
    pub since: Option<String>,
    /// Articles dated on or before this day, written as for --since.
    #[arg(long, value_name = "DAY")]
    pub until: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Direct,
    Indirect,
    Mixed,
    None,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Terms, "phrases", AND/OR/NOT, field:value (speaker:, affiliation:, section:, kind:, title:).
    /// Without it, every sentence that passes the filters, newest first.
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Most hits to show.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub limit: usize,
    /// JSON Lines, one object a hit.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SpeakersArgs {
    /// Only sentences matching this query ("cannon fodder" answers "who said cannon fodder?").
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Most speakers to show.
    #[arg(long, short = 'n')]
    pub limit: Option<usize>,
    /// JSON Lines, one object a speaker.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AnnotateArgs {
    /// Files to annotate.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// JSON Lines, one object a sentence.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// A PolNeAR split folder, with text/ and attributions/.
    #[arg(long, value_name = "DIR")]
    pub polnear: PathBuf,
    /// One JSON object: the scores, by outlet, and every miss.
    #[arg(long)]
    pub json: bool,
    /// How many misses of each kind to list.
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub misses: usize,
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Query set: one query a line, or JSON Lines with "class", "query",
    /// "speaker", "section", "kind", "speakers" (default: the set in benches/).
    #[arg(long, value_name = "FILE")]
    pub queries: Option<PathBuf>,
    /// Timed runs of each query, after one warm-up.
    #[arg(long, default_value_t = 20, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub runs: u32,
    /// One JSON object with every figure.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One sentence a line.
    Ndjson,
    /// Elasticsearch/OpenSearch _bulk: an action line, then the sentence.
    EsBulk,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum, default_value_t = ExportFormat::Ndjson)]
    pub format: ExportFormat,
    /// Index name in es-bulk action lines.
    #[arg(long, default_value = "whosaid", value_name = "NAME")]
    pub es_index: String,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// How many sentences.
    #[arg(long, default_value_t = 1_000_000, value_name = "N")]
    pub sentences: usize,
    /// Seed: the same seed and sources give the same corpus.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Corpora to recombine (default: ../shared/corpus and fixtures/, those present).
    #[arg(long, value_name = "PATH")]
    pub from: Vec<PathBuf>,
    /// Output file (default: standard output).
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

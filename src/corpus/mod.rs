//! Reading a corpus: files and folders into [`Article`]s.
//!
//! `.txt` and `.md` hold one article a file (optional front matter, optional
//! title line); `.jsonl`/`.ndjson` and `.csv` hold one article a record. What
//! cannot be read is returned as a [`ReadIssue`] naming the file and line, and
//! the rest goes on.

mod date;
mod encoding;
mod records;
mod text_file;

use std::fmt;
use std::path::{Path, PathBuf};

pub use date::{parse_date, parse_day};
pub use records::FieldNames;

/// One article, ready for structure and attribution.
#[derive(Debug, Clone)]
pub struct Article {
    /// Path of the file it came from, as given or found by walking.
    pub file: String,
    /// The article's id: the record's id (or line) for records, the file's
    /// stem for one-article files. With the file it makes a stable key.
    pub id: String,
    pub title: Option<String>,
    /// The date as written in the source.
    pub date: Option<String>,
    pub url: Option<String>,
    /// The article's text; offsets in annotations point into it. For `.txt`
    /// and `.md` it is the whole file.
    pub text: String,
    /// Where the body starts in `text` (after front matter and title line).
    pub body_start: usize,
    pub markdown: bool,
}

impl Article {
    /// An article from text, read as a `.txt` file is: front matter (`---`
    /// lines with `title:`, `date:`, `url:`) or a first line followed by a
    /// blank line gives the title. `name` stands for the file.
    ///
    /// ```
    /// let article = whosaid::Article::from_text(
    ///     "note.txt",
    ///     "Harvest\n\n\"The harvest failed,\" said Ana Lima, a farmer in Goiás.\n",
    /// );
    /// let sentences = whosaid::annotate(&article);
    /// let said = &sentences[0].attribution;
    /// assert_eq!(said.speaker.as_deref(), Some("Ana Lima"));
    /// assert_eq!(said.affiliation.as_deref(), Some("farmer in Goiás"));
    /// ```
    pub fn from_text(name: &str, text: impl Into<String>) -> Article {
        text_file::article(name, text.into(), false)
    }
}

/// A file or record that was skipped, and why; or one read with a guess.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadIssue {
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
    /// Read all the same, with the guess the message names (a file not in
    /// UTF-8 read as Windows-1252): a note, and nothing lost.
    pub guessed: bool,
}

impl ReadIssue {
    /// A file or record left out.
    pub fn skipped(path: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> ReadIssue {
        ReadIssue { path: path.into(), line, message: message.into(), guessed: false }
    }

    /// A file or record read all the same, with the guess `message` names.
    pub fn read_with_guess(
        path: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> ReadIssue {
        ReadIssue { guessed: true, ..ReadIssue::skipped(path, line, message) }
    }

    /// What became of it, for messages: "skipped", or "note:" when it was read.
    pub fn outcome(&self) -> &'static str {
        if self.guessed {
            "note:"
        } else {
            "skipped"
        }
    }
}

impl fmt::Display for ReadIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// The kinds of file whosaid reads, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    JsonLines,
    Csv,
}

impl Format {
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// Finds the files to read under `paths`, in a stable order. Folders are
/// walked recursively and keep only the formats whosaid reads; a file named
/// directly with another extension, or a path that does not exist, is an issue.
pub fn discover(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<ReadIssue>) {
    let mut files = Vec::new();
    let mut issues = Vec::new();
    for path in paths {
        if path.is_dir() {
            let walker = walkdir::WalkDir::new(path).follow_links(true).sort_by_file_name();
            for entry in walker {
                match entry {
                    Ok(e) if e.file_type().is_file() && Format::of(e.path()).is_some() => {
                        files.push(e.into_path())
                    }
                    Ok(_) => {}
                    Err(err) => issues.push(ReadIssue::skipped(
                        err.path().unwrap_or(path).display().to_string(),
                        None,
                        format!("cannot walk: {err}"),
                    )),
                }
            }
        } else if path.is_file() {
            if Format::of(path).is_some() {
                files.push(path.clone());
            } else {
                issues.push(ReadIssue::skipped(
                    path.display().to_string(),
                    None,
                    "not a file type whosaid reads (.txt, .md, .jsonl, .ndjson, .csv)",
                ));
            }
        } else {
            issues.push(ReadIssue::skipped(path.display().to_string(), None, "no such file or folder"));
        }
    }
    (files, issues)
}

/// What reading one file gave: its articles and the records it skipped.
#[derive(Debug, Default)]
pub struct FileContents {
    pub articles: Vec<Article>,
    pub issues: Vec<ReadIssue>,
}

/// Reads one file. `Err` means nothing of it could be read (missing, not
/// UTF-8, binary); record-level problems come back in `issues`.
pub fn read_file(path: &Path, fields: &FieldNames) -> Result<FileContents, ReadIssue> {
    let mut out = FileContents::default();
    for_each_article(path, fields, &mut |r| match r {
        Ok(a) => out.articles.push(a),
        Err(i) => out.issues.push(i),
    })?;
    Ok(out)
}

/// The note of text read as Windows-1252 from byte `at` on.
fn not_utf8(at: usize) -> String {
    format!("not valid UTF-8 from byte {at} on; read as Windows-1252")
}

/// Reads one file, handing each article (or a record's problem) to `sink`
/// as it is read: JSON Lines and CSV stream, so memory does not grow with
/// the file. `Err` means nothing of the file could be read.
pub fn for_each_article(
    path: &Path,
    fields: &FieldNames,
    sink: &mut dyn FnMut(Result<Article, ReadIssue>),
) -> Result<(), ReadIssue> {
    use std::io::Read;
    let name = path.display().to_string();
    let issue = |line: Option<usize>, message: String| ReadIssue::skipped(name.clone(), line, message);
    let format = Format::of(path).ok_or_else(|| issue(None, "unknown file type".into()))?;
    let mut file = std::fs::File::open(path).map_err(|e| issue(None, format!("cannot read: {e}")))?;
    // A NUL byte at the start says binary, whatever the extension.
    let mut head = vec![0u8; 8192];
    let got = file.read(&mut head).map_err(|e| issue(None, format!("cannot read: {e}")))?;
    head.truncate(got);
    if head.contains(&0) {
        return Err(issue(None, "binary file (contains NUL bytes)".into()));
    }
    // A byte-order mark is no part of the first line, header or title.
    if head.starts_with(b"\xef\xbb\xbf") {
        head.drain(..3);
    }
    let input = std::io::BufReader::with_capacity(1 << 16, std::io::Cursor::new(head).chain(file));
    match format {
        Format::Text | Format::Markdown => {
            let mut bytes = Vec::new();
            let mut input = input;
            input.read_to_end(&mut bytes).map_err(|e| issue(None, format!("cannot read: {e}")))?;
            if bytes.contains(&0) {
                return Err(issue(None, "binary file (contains NUL bytes)".into()));
            }
            let (text, guessed_at) = encoding::decode(bytes);
            let note = guessed_at.map(|at| {
                let line = text.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
                ReadIssue::read_with_guess(name.clone(), Some(line), not_utf8(at))
            });
            sink(Ok(text_file::article(&name, text, format == Format::Markdown)));
            if let Some(note) = note {
                sink(Err(note));
            }
            Ok(())
        }
        Format::JsonLines => records::json_lines_each(&name, input, fields, sink),
        Format::Csv => records::csv_each(&name, input, fields, sink),
    }
}

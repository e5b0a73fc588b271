//! One-article-a-record files: JSON Lines and CSV.

#[cfg(test)]
use super::FileContents;
use super::{Article, ReadIssue};

/// Which record fields hold the text, title, date, url and id. `None` means
/// "look among the usual names".
#[derive(Debug, Clone, Default)]
pub struct FieldNames {
    pub text: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub id: Option<String>,
}

const TEXT_NAMES: &[&str] = &["text", "body", "content", "article", "story", "full_text"];
const TITLE_NAMES: &[&str] = &["title", "headline", "heading"];
const DATE_NAMES: &[&str] = &["date", "published", "published_at", "pubdate", "datetime", "time"];
const URL_NAMES: &[&str] = &["url", "link", "href"];
const ID_NAMES: &[&str] = &["id", "article_id", "doc_id", "guid", "uuid"];

/// A record as field name -> value, whatever the file format.
trait Record {
    fn get(&self, name: &str) -> Option<String>;

    /// The value, which the record may give up rather than copy: the text
    /// is most of a record, and is asked for last.
    fn take(&mut self, name: &str) -> Option<String> {
        self.get(name)
    }
}

fn pick(record: &mut dyn Record, chosen: &Option<String>, usual: &[&str], take: bool) -> Option<String> {
    let mut value = |name: &str| if take { record.take(name) } else { record.get(name) };
    match chosen {
        Some(name) => value(name),
        None => usual.iter().find_map(|n| value(n)),
    }
    .filter(|v| !v.trim().is_empty())
}

/// Turns one record into an article; `None` when it has no text (a record
/// without a body is not an error: Reuters has thousands).
fn article_of(file: &str, line: usize, record: &mut dyn Record, fields: &FieldNames) -> Option<Article> {
    let key = pick(record, &fields.id, ID_NAMES, false);
    let title = pick(record, &fields.title, TITLE_NAMES, false);
    let date = pick(record, &fields.date, DATE_NAMES, false);
    let url = pick(record, &fields.url, URL_NAMES, false);
    let text = pick(record, &fields.text, TEXT_NAMES, true)?;
    Some(Article {
        file: file.to_string(),
        id: key.unwrap_or_else(|| format!("line{line}")),
        title,
        date,
        url,
        text,
        body_start: 0,
        markdown: false,
    })
}

/// The article ids of one file so far, as hashes (eight bytes an article,
/// whatever the id's length). An id met again names another article (a feed
/// that repeats ids, or a copy): it is made its own with its line ("42@7"),
/// so that neither is lost to the other in search results or in an export
/// keyed by id.
#[derive(Default)]
struct SeenIds(std::collections::HashSet<u64>);

impl SeenIds {
    /// Makes `article`'s id unique in its file, and says so when it had to.
    fn make_unique(&mut self, file: &str, line: usize, article: &mut Article) -> Option<ReadIssue> {
        use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
        let hash = BuildHasherDefault::<DefaultHasher>::default().hash_one(&article.id);
        if self.0.insert(hash) {
            return None;
        }
        let unique = format!("{}@{line}", article.id);
        let message =
            format!("article id {:?} was given before in this file; this one is {unique:?}", article.id);
        article.id = unique;
        Some(ReadIssue::read_with_guess(file, Some(line), message))
    }
}

struct JsonRecord(serde_json::Map<String, serde_json::Value>);

impl JsonRecord {
    fn text_of(v: &serde_json::Value) -> Option<String> {
        match v {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            serde_json::Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }
}

impl Record for JsonRecord {
    fn get(&self, name: &str) -> Option<String> {
        let v = self
            .0
            .get(name)
            .or_else(|| self.0.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v))?;
        JsonRecord::text_of(v)
    }

    fn take(&mut self, name: &str) -> Option<String> {
        let v = match self.0.remove(name) {
            Some(v) => v,
            None => {
                let key = self.0.keys().find(|k| k.eq_ignore_ascii_case(name))?.clone();
                self.0.remove(&key)?
            }
        };
        match v {
            serde_json::Value::String(s) => Some(s),
            v => JsonRecord::text_of(&v),
        }
    }
}

/// Reads JSON Lines one line at a time, handing each article (or the
/// problem with its line) to `sink`; memory stays that of one record.
pub fn json_lines_each(
    file: &str,
    mut input: impl std::io::BufRead,
    fields: &FieldNames,
    sink: &mut dyn FnMut(Result<Article, ReadIssue>),
) -> Result<(), ReadIssue> {
    let issue = |line: usize, message: String| ReadIssue::skipped(file, Some(line), message);
    let mut buf = Vec::new();
    let mut n = 0;
    let (mut records, mut articles) = (0usize, 0usize);
    let mut ids = SeenIds::default();
    loop {
        buf.clear();
        let read =
            input.read_until(b'\n', &mut buf).map_err(|e| issue(n + 1, format!("cannot read: {e}")))?;
        if read == 0 {
            break;
        }
        n += 1;
        let (line, guessed_at) = match std::str::from_utf8(&buf) {
            Ok(line) => (std::borrow::Cow::Borrowed(line), None),
            Err(_) => {
                let (line, at) = super::encoding::decode(buf.clone());
                (std::borrow::Cow::Owned(line), at)
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<serde_json::Value>(&line) {
            Ok(serde_json::Value::Object(map)) => {
                records += 1;
                if let Some(mut a) = article_of(file, n, &mut JsonRecord(map), fields) {
                    articles += 1;
                    let repeated = ids.make_unique(file, n, &mut a);
                    sink(Ok(a));
                    if let Some(note) = repeated {
                        sink(Err(note));
                    }
                    if let Some(at) = guessed_at {
                        sink(Err(ReadIssue::read_with_guess(file, Some(n), super::not_utf8(at))));
                    }
                }
            }
            Ok(_) => sink(Err(issue(n, "not a JSON object".into()))),
            Err(e) => sink(Err(issue(n, format!("malformed JSON: {e}")))),
        }
    }
    if records > 0 && articles == 0 {
        sink(Err(ReadIssue::skipped(file, None, no_text_field(fields))));
    }
    Ok(())
}

/// Why a file whose records all lack a text gave nothing.
fn no_text_field(fields: &FieldNames) -> String {
    match &fields.text {
        Some(name) => format!("no record has a text in the field {name:?}"),
        None => format!("no record has a text field ({}; --text-field names another)", TEXT_NAMES.join(", ")),
    }
}

#[cfg(test)]
fn read_json_lines(file: &str, text: &str, fields: &FieldNames) -> FileContents {
    let mut out = FileContents::default();
    let _ = json_lines_each(file, text.as_bytes(), fields, &mut |r| match r {
        Ok(a) => out.articles.push(a),
        Err(i) => out.issues.push(i),
    });
    out
}

struct CsvRecord<'a> {
    headers: &'a [String],
    row: &'a csv::StringRecord,
}

impl Record for CsvRecord<'_> {
    fn get(&self, name: &str) -> Option<String> {
        let i = self.headers.iter().position(|h| h.eq_ignore_ascii_case(name))?;
        self.row.get(i).map(str::to_string)
    }
}

/// Reads CSV one record at a time; a malformed record (or one not in UTF-8)
/// is reported with its line and the rest goes on.
pub fn csv_each(
    file: &str,
    input: impl std::io::Read,
    fields: &FieldNames,
    sink: &mut dyn FnMut(Result<Article, ReadIssue>),
) -> Result<(), ReadIssue> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(input);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ReadIssue::skipped(file, Some(1), format!("cannot read the CSV header: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut row = csv::StringRecord::new();
    let (mut records, mut articles) = (0usize, 0usize);
    let mut ids = SeenIds::default();
    loop {
        let line = reader.position().line() as usize;
        match reader.read_record(&mut row) {
            Ok(true) => {
                let line = row.position().map(|p| p.line() as usize).unwrap_or(line);
                let mut rec = CsvRecord { headers: &headers, row: &row };
                records += 1;
                if let Some(mut a) = article_of(file, line, &mut rec, fields) {
                    articles += 1;
                    let repeated = ids.make_unique(file, line, &mut a);
                    sink(Ok(a));
                    if let Some(note) = repeated {
                        sink(Err(note));
                    }
                }
            }
            Ok(false) => {
                if records > 0 && articles == 0 {
                    let message = match headers.as_slice() {
                        [one] if one.contains([';', '\t']) => {
                            "one column: whosaid reads CSV with fields separated by commas".to_string()
                        }
                        _ => no_text_field(fields),
                    };
                    sink(Err(ReadIssue::skipped(file, None, message)));
                }
                return Ok(());
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(line);
                let stop = matches!(e.kind(), csv::ErrorKind::Io(_));
                sink(Err(ReadIssue::skipped(file, Some(line), format!("malformed CSV record: {e}"))));
                if stop {
                    return Ok(());
                }
            }
        }
    }
}

#[cfg(test)]
fn read_csv(file: &str, text: &str, fields: &FieldNames) -> Result<FileContents, ReadIssue> {
    let mut out = FileContents::default();
    csv_each(file, text.as_bytes(), fields, &mut |r| match r {
        Ok(a) => out.articles.push(a),
        Err(i) => out.issues.push(i),
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_find_the_usual_fields_and_report_bad_lines() {
        let text = "{\"id\": 7, \"title\": \"T\", \"body\": \"He said so.\"}\n{oops\n{\"id\": 8}\n";
        let got = read_json_lines("r.jsonl", text, &FieldNames::default());
        assert_eq!(got.articles.len(), 1);
        assert_eq!(got.articles[0].id, "7");
        assert_eq!(got.articles[0].text, "He said so.");
        assert_eq!(got.issues.len(), 1);
        assert_eq!(got.issues[0].line, Some(2));
    }

    #[test]
    fn a_repeated_article_id_is_made_its_own_and_noted() {
        let text = "{\"id\": 7, \"body\": \"He said so.\"}\n{\"id\": 7, \"body\": \"She said no.\"}\n";
        let got = read_json_lines("r.jsonl", text, &FieldNames::default());
        let ids: Vec<&str> = got.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["7", "7@2"]);
        assert!(got.issues[0].guessed && got.issues[0].line == Some(2), "{:?}", got.issues);
    }

    #[test]
    fn a_named_text_field_wins() {
        let text = "{\"text\": \"a\", \"summary\": \"b\"}\n";
        let fields = FieldNames { text: Some("summary".into()), ..Default::default() };
        let got = read_json_lines("r.jsonl", text, &fields);
        assert_eq!(got.articles[0].text, "b");
    }

    #[test]
    fn a_field_named_for_both_title_and_text_gives_both() {
        // The text is taken from the record last, so a field read for
        // another purpose too is still there for it.
        let text = "{\"Body\": \"He said so.\"}\n";
        let fields = FieldNames { title: Some("body".into()), ..Default::default() };
        let got = read_json_lines("r.jsonl", text, &fields);
        assert_eq!(got.articles[0].title.as_deref(), Some("He said so."));
        assert_eq!(got.articles[0].text, "He said so.");
    }

    #[test]
    fn csv_records_with_quoted_newlines() {
        let text = "url,date,title,text\nhttp://x,2019-01-04,\"A, B\",\"One.\n\nTwo.\"\nhttp://y,2019-01-05,C,\"Three.\"\n";
        let got = read_csv("w.csv", text, &FieldNames::default()).unwrap();
        assert_eq!(got.articles.len(), 2);
        assert_eq!(got.articles[0].title.as_deref(), Some("A, B"));
        assert_eq!(got.articles[0].text, "One.\n\nTwo.");
        assert_eq!(got.articles[1].id, "line5");
    }
}

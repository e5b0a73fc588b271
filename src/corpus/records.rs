//! One-article-a-record files: JSON Lines and CSV.

use super::{Article, FileContents, ReadIssue};

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
}

fn pick(record: &dyn Record, chosen: &Option<String>, usual: &[&str]) -> Option<String> {
    match chosen {
        Some(name) => record.get(name),
        None => usual.iter().find_map(|n| record.get(n)),
    }
    .filter(|v| !v.trim().is_empty())
}

/// Turns one record into an article; `None` when it has no text (a record
/// without a body is not an error: Reuters has thousands).
fn article_of(file: &str, line: usize, record: &dyn Record, fields: &FieldNames) -> Option<Article> {
    let text = pick(record, &fields.text, TEXT_NAMES)?;
    let key = pick(record, &fields.id, ID_NAMES).unwrap_or_else(|| format!("line{line}"));
    Some(Article {
        file: file.to_string(),
        id: key,
        title: pick(record, &fields.title, TITLE_NAMES),
        date: pick(record, &fields.date, DATE_NAMES),
        url: pick(record, &fields.url, URL_NAMES),
        text,
        body_start: 0,
        markdown: false,
    })
}

struct JsonRecord(serde_json::Map<String, serde_json::Value>);

impl Record for JsonRecord {
    fn get(&self, name: &str) -> Option<String> {
        let v = self
            .0
            .get(name)
            .or_else(|| self.0.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v))?;
        match v {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            serde_json::Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }
}

pub fn read_json_lines(file: &str, text: &str, fields: &FieldNames) -> FileContents {
    let mut out = FileContents::default();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<serde_json::Value>(line) {
            Ok(serde_json::Value::Object(map)) => {
                if let Some(a) = article_of(file, n, &JsonRecord(map), fields) {
                    out.articles.push(a);
                }
            }
            Ok(_) => out.issues.push(ReadIssue {
                path: file.to_string(),
                line: Some(n),
                message: "not a JSON object".into(),
            }),
            Err(e) => out.issues.push(ReadIssue {
                path: file.to_string(),
                line: Some(n),
                message: format!("malformed JSON: {e}"),
            }),
        }
    }
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

pub fn read_csv(file: &str, text: &str, fields: &FieldNames) -> Result<FileContents, ReadIssue> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ReadIssue {
            path: file.to_string(),
            line: Some(1),
            message: format!("cannot read the CSV header: {e}"),
        })?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut out = FileContents::default();
    let mut row = csv::StringRecord::new();
    loop {
        let line = reader.position().line() as usize;
        match reader.read_record(&mut row) {
            Ok(true) => {
                let line = row.position().map(|p| p.line() as usize).unwrap_or(line);
                let rec = CsvRecord { headers: &headers, row: &row };
                if let Some(a) = article_of(file, line, &rec, fields) {
                    out.articles.push(a);
                }
            }
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(line);
                out.issues.push(ReadIssue {
                    path: file.to_string(),
                    line: Some(line),
                    message: format!("malformed CSV record: {e}"),
                });
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
            }
        }
    }
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
    fn a_named_text_field_wins() {
        let text = "{\"text\": \"a\", \"summary\": \"b\"}\n";
        let fields = FieldNames { text: Some("summary".into()), ..Default::default() };
        let got = read_json_lines("r.jsonl", text, &fields);
        assert_eq!(got.articles[0].text, "b");
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

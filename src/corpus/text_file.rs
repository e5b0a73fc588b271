//! One-article files: `.txt` and `.md`.

use super::Article;

/// Builds the article of a text or Markdown file. Front matter between `---`
/// lines gives title, date and url; otherwise a first line followed by a blank
/// line (or a leading `# ` heading in Markdown) is the title.
pub fn article(file: &str, text: String, markdown: bool) -> Article {
    let mut title = None;
    let mut date = None;
    let mut url = None;
    let mut body_start = 0;
    if let Some((fields, end)) = front_matter(&text) {
        for (k, v) in fields {
            match k.as_str() {
                "title" | "headline" => title = Some(v),
                "date" | "published" | "published_at" => date = Some(v),
                "url" | "link" => url = Some(v),
                _ => {}
            }
        }
        body_start = end;
    }
    if title.is_none() {
        if let Some((t, end)) = title_line(&text, body_start, markdown) {
            title = Some(t);
            body_start = end;
        }
    }
    Article {
        file: file.to_string(),
        id: std::path::Path::new(file)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| file.to_string()),
        title,
        date,
        url,
        text,
        body_start,
        markdown,
    }
}

/// `---\nkey: value\n---` at the top of the file: its fields and where the
/// body starts.
fn front_matter(text: &str) -> Option<(Vec<(String, String)>, usize)> {
    let first = text.lines().next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut pos = text.find('\n')? + 1;
    let mut fields = Vec::new();
    for raw in text[pos..].split_inclusive('\n') {
        pos += raw.len();
        let line = raw.trim_end();
        if line == "---" || line == "..." {
            return Some((fields, pos));
        }
        if let Some((k, v)) = line.split_once(':') {
            let v = v.trim().trim_matches('"').trim_matches('\'').to_string();
            fields.push((k.trim().to_ascii_lowercase(), v));
        }
    }
    None
}

fn title_line(text: &str, from: usize, markdown: bool) -> Option<(String, usize)> {
    let rest = &text[from..];
    let lead = rest.len() - rest.trim_start().len();
    let start = from + lead;
    let line_end = text[start..].find('\n').map(|i| start + i).unwrap_or(text.len());
    let line = text[start..line_end].trim();
    if line.is_empty() {
        return None;
    }
    if markdown {
        if let Some(t) = line.strip_prefix("# ") {
            return Some((t.trim().to_string(), line_end));
        }
        return None;
    }
    // A title stands alone: a blank line follows it, then the body.
    let after = &text[line_end..];
    let mut next_lines = after.split('\n').skip(1);
    let blank_follows = next_lines.next().is_some_and(|l| l.trim().is_empty());
    let body_follows = next_lines.any(|l| !l.trim().is_empty());
    if blank_follows && body_follows && line.chars().count() <= 200 {
        return Some((line.to_string(), line_end));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::article;

    #[test]
    fn front_matter_gives_title_date_and_url() {
        let text = "---\ntitle: \"A vote\"\ndate: 2024-05-02\nurl: https://example.org/a\n---\nBody.\n";
        let a = article("a.md", text.to_string(), true);
        assert_eq!(a.title.as_deref(), Some("A vote"));
        assert_eq!(a.date.as_deref(), Some("2024-05-02"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(&a.text[a.body_start..], "Body.\n");
    }

    #[test]
    fn first_line_before_a_blank_line_is_the_title() {
        let a = article("b.txt", "Labour plans\n\nIt would mean more.\n".into(), false);
        assert_eq!(a.title.as_deref(), Some("Labour plans"));
        let seed_like = article("c.txt", "What's New\nTroops were killed.\n".into(), false);
        assert_eq!(seed_like.title, None);
        assert_eq!(seed_like.body_start, 0);
        let one_line = article("d.txt", "\"We won,\" said Ana Lima.\n".into(), false);
        assert_eq!(one_line.title, None);
    }
}

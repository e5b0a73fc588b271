//! Article structure: sections and paragraphs.
//!
//! Paragraphs are separated by blank lines; inside a block of lines, each line
//! is its own paragraph unless the block looks hard-wrapped (every line but
//! the last of similar, prose-like length). Sections start at Markdown
//! headings and at header lines: short lines without closing punctuation that
//! stand alone, like "What to know".

/// One paragraph: a byte range of the article text and the section it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// Index into [`Structure::sections`].
    pub section: Option<usize>,
}

/// Sections and paragraphs of one article.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    pub sections: Vec<String>,
    pub paragraphs: Vec<Paragraph>,
}

impl Structure {
    pub fn section_name(&self, paragraph: &Paragraph) -> Option<&str> {
        paragraph.section.map(|i| self.sections[i].as_str())
    }
}

/// Reads the structure of `text[body_start..]`.
pub fn parse(text: &str, body_start: usize, markdown: bool) -> Structure {
    let mut out = Structure::default();
    let mut current: Option<usize> = None;
    let mut in_code_fence = false;
    let (all_lines, blocks) = lines_and_blocks(text, body_start);
    for block in blocks {
        let lines = &all_lines[block];
        // (A wrapped block is one piece, else each line is.)
        let whole = [(lines[0].0, lines[lines.len() - 1].1)];
        let pieces = if looks_wrapped(text, lines) { &whole[..] } else { lines };
        for &(s, e) in pieces {
            let line = &text[s..e];
            if markdown {
                let t = line.trim_start();
                if t.starts_with("```") || t.starts_with("~~~") {
                    in_code_fence = !in_code_fence;
                    continue;
                }
                if in_code_fence {
                    continue;
                }
                if let Some(h) = markdown_heading(t) {
                    out.sections.push(h.to_string());
                    current = Some(out.sections.len() - 1);
                    continue;
                }
            }
            if is_header_line(line) {
                out.sections.push(line.trim().to_string());
                current = Some(out.sections.len() - 1);
                continue;
            }
            let (ps, pe) = trim_range(text, s, e);
            if markdown {
                // List markers and block quotes are layout, not text.
                let rest = &text[ps..pe];
                let skip = rest.len() - strip_markdown_prefix(rest).len();
                if ps + skip < pe {
                    out.paragraphs.push(Paragraph { start: ps + skip, end: pe, section: current });
                }
                continue;
            }
            if ps < pe {
                out.paragraphs.push(Paragraph { start: ps, end: pe, section: current });
            }
        }
    }
    out
}

/// The non-blank lines, each as a byte range (without its newline), and the
/// blocks they make, each a range of those lines, never empty. (Two vectors
/// for the whole article, not one a block: an allocation a paragraph showed
/// in profiles.)
fn lines_and_blocks(text: &str, from: usize) -> (Vec<(usize, usize)>, Vec<std::ops::Range<usize>>) {
    let mut lines = Vec::new();
    let mut blocks = Vec::new();
    let mut block_start = 0;
    let mut pos = from;
    for raw in text[from..].split_inclusive('\n') {
        let end = pos + raw.trim_end_matches(['\n', '\r']).len();
        if text[pos..end].trim().is_empty() {
            if lines.len() > block_start {
                blocks.push(block_start..lines.len());
                block_start = lines.len();
            }
        } else {
            lines.push((pos, end));
        }
        pos += raw.len();
    }
    if lines.len() > block_start {
        blocks.push(block_start..lines.len());
    }
    (lines, blocks)
}

/// A block is hard-wrapped when all of its lines but the last have a similar
/// prose length, as text filled to a column does.
fn looks_wrapped(text: &str, lines: &[(usize, usize)]) -> bool {
    if lines.len() < 2 {
        return false;
    }
    let widths: Vec<usize> =
        lines[..lines.len() - 1].iter().map(|(s, e)| text[*s..*e].chars().count()).collect();
    let min = *widths.iter().min().unwrap_or(&0);
    let max = *widths.iter().max().unwrap_or(&0);
    min >= 40 && max <= 100 && max - min <= 25
}

/// A short line that names a section: starts with a capital, no closing
/// punctuation, few words, not a quotation.
pub fn is_header_line(line: &str) -> bool {
    let t = line.trim();
    // (More than 60 characters: more than 240 bytes always are, and most
    // lines are paragraphs of prose; otherwise counted up to the 61st.)
    if t.is_empty() || t.len() > 240 || (t.len() > 60 && t.chars().nth(60).is_some()) {
        return false;
    }
    let first = t.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    let last = t.chars().last().unwrap_or('.');
    if matches!(last, '.' | '!' | '?' | ',' | ';' | ':' | '"' | '”' | '’' | '\'' | ')' | '…' | '-')
        || crate::text::is_dash(last)
    {
        return false;
    }
    let words = t.split_whitespace().count();
    if words > 8 {
        return false;
    }
    // A header has letters, mostly.
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    letters * 2 >= t.chars().filter(|c| !c.is_whitespace()).count()
}

fn markdown_heading(line: &str) -> Option<&str> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
        let h = line[hashes..].trim().trim_end_matches('#').trim();
        if !h.is_empty() {
            return Some(h);
        }
    }
    None
}

fn strip_markdown_prefix(s: &str) -> &str {
    let mut t = s;
    loop {
        let before = t.len();
        t = t.trim_start();
        for marker in ["> ", "- ", "* ", "+ "] {
            if let Some(rest) = t.strip_prefix(marker) {
                t = rest;
            }
        }
        // Numbered list item: "1. ".
        let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && t[digits..].starts_with(". ") {
            t = &t[digits + 2..];
        }
        if t.len() == before {
            return t;
        }
    }
}

fn trim_range(text: &str, s: usize, e: usize) -> (usize, usize) {
    let slice = &text[s..e];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    (s + lead, e - trail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_start_sections() {
        let text = "What's New\nTroops were killed, officials said.\nWhat to know\nMore came.\n";
        let s = parse(text, 0, false);
        assert_eq!(s.sections, vec!["What's New", "What to know"]);
        assert_eq!(s.paragraphs.len(), 2);
        assert_eq!(s.section_name(&s.paragraphs[1]), Some("What to know"));
        assert_eq!(&text[s.paragraphs[1].start..s.paragraphs[1].end], "More came.");
    }

    #[test]
    fn sentences_are_not_headers() {
        assert!(!is_header_line("He declined to comment."));
        assert!(!is_header_line("\"We will win\""));
        assert!(!is_header_line("MS. RIVERA:"));
        assert!(is_header_line("What people are saying"));
    }

    #[test]
    fn hard_wrapped_block_is_one_paragraph() {
        let text = "The minister said on Monday that the budget would be\nbalanced by the end of the decade, a promise critics\ndoubt.\n\nSecond paragraph.";
        let s = parse(text, 0, false);
        assert_eq!(s.paragraphs.len(), 2);
        assert!(text[s.paragraphs[0].start..s.paragraphs[0].end].ends_with("doubt."));
    }

    #[test]
    fn markdown_headings_and_lists() {
        let text = "## The vote\n\n- \"Yes,\" she said.\n\n```\ncode\n```\n";
        let s = parse(text, 0, true);
        assert_eq!(s.sections, vec!["The vote"]);
        assert_eq!(s.paragraphs.len(), 1);
        assert_eq!(&text[s.paragraphs[0].start..s.paragraphs[0].end], "\"Yes,\" she said.");
    }
}

//! A scale corpus for benchmarks: N sentences made by recombining the
//! paragraphs of a real corpus, deterministically from a seed.
//!
//! Runs of consecutive paragraphs are kept together, so quotations keep
//! their frames and most pronouns their antecedents, and attribution works
//! on the scale corpus as it does on news.

use std::io::{self, Write};
use std::path::PathBuf;

use serde::Serialize;

use crate::corpus::{self, FieldNames};
use crate::{sentences, structure};

/// splitmix64: a small, well-mixed, reproducible generator.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..hi` (`hi > lo`).
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo) as u64) as usize
    }
}

/// The paragraphs of one source article, with their sentence counts and
/// sections.
struct Source {
    title: Option<String>,
    paragraphs: Vec<(String, usize, Option<String>)>,
}

/// What was generated.
#[derive(Debug, Default, Clone, Serialize)]
pub struct ScaleReport {
    pub source_articles: usize,
    pub articles: usize,
    pub sentences: usize,
    pub bytes: usize,
}

#[derive(Serialize)]
struct Record<'a> {
    id: String,
    date: String,
    title: &'a str,
    text: &'a str,
}

fn load(paths: &[PathBuf]) -> Vec<Source> {
    let (files, _) = corpus::discover(paths);
    let mut out = Vec::new();
    for f in files {
        let Ok(contents) = corpus::read_file(&f, &FieldNames::default()) else { continue };
        for a in contents.articles {
            let st = structure::parse(&a.text, a.body_start, a.markdown);
            let paragraphs: Vec<(String, usize, Option<String>)> = st
                .paragraphs
                .iter()
                .map(|p| {
                    let n = sentences::split(&a.text, p.start, p.end).len();
                    (a.text[p.start..p.end].to_string(), n, st.section_name(p).map(str::to_string))
                })
                .filter(|(_, n, _)| *n > 0)
                .collect();
            if !paragraphs.is_empty() {
                out.push(Source { title: a.title.clone(), paragraphs });
            }
        }
    }
    out
}

/// Writes a JSON Lines corpus of about `sentences` sentences (`id`, `date`,
/// `title`, `text`) made from the articles under `from`.
pub fn generate(
    from: &[PathBuf],
    sentences: usize,
    seed: u64,
    out: &mut dyn Write,
) -> io::Result<ScaleReport> {
    let sources = load(from);
    if sources.is_empty() {
        return Err(io::Error::new(io::ErrorKind::NotFound, "no articles to recombine"));
    }
    let mut rng = Rng::new(seed);
    let mut report = ScaleReport { source_articles: sources.len(), ..Default::default() };
    let mut text = String::new();
    while report.sentences < sentences {
        // An article of 10 to 40 sentences, from runs of 2 to 6 paragraphs.
        let target = rng.range(10, 41).min(sentences - report.sentences).max(1);
        text.clear();
        let mut n = 0;
        let first = &sources[rng.range(0, sources.len())];
        let title = first.title.as_deref().unwrap_or("Untitled");
        while n < target {
            let src = &sources[rng.range(0, sources.len())];
            let start = rng.range(0, src.paragraphs.len());
            let run = rng.range(2, 7);
            let mut section: Option<&str> = None;
            for (p, count, sec) in src.paragraphs.iter().skip(start).take(run) {
                if n >= target {
                    break;
                }
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                // Keep the section a run comes from, as a header line.
                if sec.as_deref() != section {
                    if let Some(h) = sec {
                        text.push_str(h);
                        text.push_str("\n\n");
                    }
                    section = sec.as_deref();
                }
                text.push_str(p);
                n += count;
            }
        }
        report.articles += 1;
        report.sentences += n;
        report.bytes += text.len();
        let day = rng.range(0, 3650);
        let (y, m, d) = civil_from_days(16_436 + day as i64); // from 2015-01-01
        let record = Record {
            id: format!("scale-{:07}", report.articles),
            date: format!("{y:04}-{m:02}-{d:02}"),
            title,
            text: &text,
        };
        serde_json::to_writer(&mut *out, &record)?;
        out.write_all(b"\n")?;
    }
    Ok(report)
}

/// The date of a day number since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_corpus() {
        let fixtures = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures")];
        let mut a = Vec::new();
        let mut b = Vec::new();
        let ra = generate(&fixtures, 500, 7, &mut a).unwrap();
        generate(&fixtures, 500, 7, &mut b).unwrap();
        assert_eq!(a, b);
        assert!(ra.sentences >= 500);
        let mut c = Vec::new();
        generate(&fixtures, 500, 8, &mut c).unwrap();
        assert_ne!(a, c);
    }

    #[test]
    fn day_numbers_round_trip_to_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(16_436), (2015, 1, 1));
    }
}

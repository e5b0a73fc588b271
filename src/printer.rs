//! Printing results for people (with colour on a terminal) and for scripts
//! (JSON Lines). Separate from searching so other front ends can reuse either.

use std::io::{self, Write};

use crate::annotate::AnnotatedSentence;
use crate::bench::{BenchReport, Latency};
use crate::corpus::Article;
use crate::eval::{Ratio, Report, Scores};
use crate::search::{Hit, SpeakerCount};

/// ANSI styles, or nothing when colour is off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    fn mark(&self, s: &str) -> String {
        self.paint("1;31", s)
    }
}

/// `text` with the byte ranges in `ranges` highlighted.
pub fn highlighted(style: Style, text: &str, ranges: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len() + ranges.len() * 12);
    let mut at = 0;
    for &(s, e) in ranges {
        if s < at || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        out.push_str(&text[at..s]);
        out.push_str(&style.mark(&text[s..e]));
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

fn speaker_line(style: Style, speaker: Option<&str>, affiliation: Option<&str>) -> String {
    match (speaker, affiliation) {
        (Some(s), Some(a)) => format!("{} — {}", style.bold(s), a),
        (Some(s), None) => style.bold(s),
        (None, _) => style.dim("(no speaker)"),
    }
}

/// Search hits for people: speaker and affiliation, where the sentence is,
/// then the snippet with the matched words highlighted.
pub fn hits(out: &mut dyn Write, style: Style, hits: &[Hit]) -> io::Result<()> {
    for (i, h) in hits.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let s = &h.sentence;
        writeln!(out, "{}. {}", h.rank, speaker_line(style, s.speaker.as_deref(), s.affiliation.as_deref()))?;
        let place = s.title.as_deref().unwrap_or(&s.file);
        let mut meta = format!("{place} ¶{}", s.paragraph);
        if let Some(sec) = &s.section {
            meta.push_str(&format!(" · {sec}"));
        }
        if let Some(d) = &s.date {
            meta.push_str(&format!(" · {d}"));
        }
        meta.push_str(&format!(" · {}", s.kind));
        if let Some(score) = h.score {
            meta.push_str(&format!(" · score {score:.2}"));
        }
        writeln!(out, "   {}", style.dim(&meta))?;
        writeln!(out, "   {}", highlighted(style, &h.snippet, &h.highlights))?;
    }
    Ok(())
}

/// Search hits as JSON Lines.
pub fn hits_json(out: &mut dyn Write, hits: &[Hit]) -> io::Result<()> {
    for h in hits {
        serde_json::to_writer(&mut *out, h)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Speakers with their quote counts, most quoted first.
pub fn speakers(out: &mut dyn Write, style: Style, rows: &[SpeakerCount]) -> io::Result<()> {
    let width = rows.iter().map(|r| r.quotes.to_string().len()).max().unwrap_or(1);
    for r in rows {
        let aff = r.affiliations.first().map(String::as_str);
        writeln!(out, "{:>width$}  {}", r.quotes, speaker_line(style, Some(&r.speaker), aff))?;
    }
    Ok(())
}

pub fn speakers_json(out: &mut dyn Write, rows: &[SpeakerCount]) -> io::Result<()> {
    for r in rows {
        serde_json::to_writer(&mut *out, r)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Annotated sentences for people: one a line, with paragraph and sentence
/// numbers, section, kind, speaker and affiliation.
pub fn annotations(
    out: &mut dyn Write,
    style: Style,
    article: &Article,
    sentences: &[AnnotatedSentence],
) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        style.bold(&format!("{} ({})", article.title.as_deref().unwrap_or(&article.file), article.id))
    )?;
    for s in sentences {
        let a = &s.attribution;
        let who = match (&a.speaker, &a.affiliation) {
            (Some(sp), Some(af)) => format!("{} ({af})", style.bold(sp)),
            (Some(sp), None) => style.bold(sp),
            (None, _) => "-".to_string(),
        };
        let section = s.section.as_deref().unwrap_or("-");
        writeln!(
            out,
            "{:>3}.{:<3} {:<8} {:<24} {}  {}",
            s.paragraph,
            s.sentence,
            a.kind.as_str(),
            style.dim(&format!("[{section}]")),
            who,
            s.text(article)
        )?;
    }
    Ok(())
}

pub fn annotations_json(
    out: &mut dyn Write,
    article: &Article,
    sentences: &[AnnotatedSentence],
) -> io::Result<()> {
    for s in sentences {
        serde_json::to_writer(&mut *out, &s.record(article))?;
        writeln!(out)?;
    }
    Ok(())
}

/// An evaluation report: the measures overall and by outlet, then misses.
pub fn eval_report(out: &mut dyn Write, r: &Report, misses: usize) -> io::Result<()> {
    let cell = |x: &Ratio| format!("{:.3} ({}/{})", x.value, x.hits, x.total);
    let row = |out: &mut dyn Write, name: &str, s: &Scores| {
        writeln!(
            out,
            "{name:<14} {:<20} {:<20} {:<20} {:<20}",
            cell(&s.recall_quoted),
            cell(&s.recall_speech_verb),
            cell(&s.source_accuracy),
            cell(&s.precision)
        )
    };
    writeln!(
        out,
        "{} articles, {} relations, {} kept (quoted or with a speech verb)",
        r.articles, r.relations, r.relations_kept
    )?;
    writeln!(
        out,
        "{:<14} {:<20} {:<20} {:<20} {:<20}",
        "", "recall (quoted)", "recall (verb)", "source accuracy", "precision"
    )?;
    row(out, "all", &r.overall)?;
    for (outlet, s) in &r.by_outlet {
        row(out, outlet, s)?;
    }
    let k = &r.overall.by_kind;
    let cell = |x: &crate::eval::Ratio| format!("{:.3} ({}/{})", x.value, x.hits, x.total);
    writeln!(out, "\nby kind")?;
    writeln!(
        out,
        "  source accuracy: quoted {}, speech verb {}",
        cell(&k.source_accuracy_quoted),
        cell(&k.source_accuracy_speech_verb)
    )?;
    writeln!(
        out,
        "  precision: direct {}, mixed {}, indirect {}",
        cell(&k.precision_direct),
        cell(&k.precision_mixed),
        cell(&k.precision_indirect)
    )?;
    for kind in ["recall", "source", "precision"] {
        let list: Vec<_> = r.misses.iter().filter(|m| m.kind == kind).collect();
        if list.is_empty() {
            continue;
        }
        writeln!(out, "\n{} {kind} misses (first {}):", list.len(), misses.min(list.len()))?;
        for m in list.into_iter().take(misses) {
            let short: String = m.text.chars().take(140).collect();
            writeln!(out, "- {}: {short}", m.article)?;
            if m.gold_source.is_some() || m.our_source.is_some() || m.gold_cue.is_some() {
                writeln!(
                    out,
                    "    gold source {:?} cue {:?}; ours {:?} ({:?})",
                    m.gold_source, m.gold_cue, m.our_source, m.our_speaker
                )?;
            }
        }
    }
    Ok(())
}

/// Query latencies by class: top 10 with snippets (as `search` answers) and
/// count only.
pub fn bench_report(out: &mut dyn Write, r: &BenchReport) -> io::Result<()> {
    writeln!(
        out,
        "{} sentences, {} timed runs a query, in-process and warm; latencies in µs",
        r.sentences, r.runs
    )?;
    writeln!(
        out,
        "{:<18} {:>8} | {:>8} {:>8} {:>8} {:>9} {:>9} | {:>8} {:>8} {:>8} {:>9}",
        "class", "matches", "p50", "p95", "p99", "max", "qps", "cnt p50", "cnt p95", "cnt p99", "cnt qps"
    )?;
    let row = |out: &mut dyn Write, name: &str, matches: u64, s: &Latency, c: &Latency| {
        writeln!(
            out,
            "{:<18} {:>8} | {:>8.1} {:>8.1} {:>8.1} {:>9.1} {:>9.0} | {:>8.1} {:>8.1} {:>8.1} {:>9.0}",
            name, matches, s.p50_us, s.p95_us, s.p99_us, s.max_us, s.qps, c.p50_us, c.p95_us, c.p99_us, c.qps
        )
    };
    for (class, c) in &r.by_class {
        row(out, class, c.matches, &c.search, &c.count)?;
    }
    row(out, "overall", r.overall.matches, &r.overall.search, &r.overall.count)
}

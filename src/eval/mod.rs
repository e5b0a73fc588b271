//! Scoring attribution against PolNeAR's hand annotations.
//!
//! Kept relations are those whose content holds a quotation mark or whose
//! cue is a speech verb (PolNeAR also annotates beliefs and polls). The
//! speech verbs are whosaid's cues and more besides, so that a verb the
//! extractor does not know still counts against it.
//! - recall: a kept relation is found when sentences whosaid attributes
//!   cover at least 30% of its content;
//! - precision: the share of attributed sentences that overlap the content
//!   of some gold relation;
//! - source accuracy: for found relations with a gold source, a source
//!   mention whosaid gives the relation's sentence (its speaker, or a
//!   further speaker of the same sentence) overlaps it. The relation's
//!   sentence is the one holding the gold cue when whosaid attributes it
//!   and it holds some of the content (a quotation over several sentences
//!   is framed once: `"A. B," he said.`); otherwise the attributed sentence
//!   covering most of the content.
//!
//! Relations inside the headline are left out: headlines are not sentences.

pub mod polnear;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::attribution::{cues, Kind};
use crate::corpus::{read_file, FieldNames};
use polnear::{GoldArticle, Relation};

/// Share of a gold content that attributed sentences must cover.
pub const COVERAGE: f64 = 0.30;

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Ratio {
    pub hits: usize,
    pub total: usize,
    pub value: f64,
}

impl Ratio {
    fn add(&mut self, hit: bool) {
        self.total += 1;
        self.hits += hit as usize;
        self.value = self.hits as f64 / self.total as f64;
    }
}

/// The four measures, for one outlet or all.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Scores {
    /// Relations whose content holds a quotation mark.
    pub recall_quoted: Ratio,
    /// Relations whose cue is a speech verb.
    pub recall_speech_verb: Ratio,
    /// Every kept relation.
    pub recall: Ratio,
    pub source_accuracy: Ratio,
    pub precision: Ratio,
    /// By kind: source accuracy of quoted and of speech-verb relations, and
    /// precision of the sentences whosaid calls direct, mixed and indirect.
    pub by_kind: KindScores,
}

/// The measures split by kind.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct KindScores {
    pub source_accuracy_quoted: Ratio,
    pub source_accuracy_speech_verb: Ratio,
    pub precision_direct: Ratio,
    pub precision_mixed: Ratio,
    pub precision_indirect: Ratio,
}

/// Something to study: a relation not found, a wrong source, or a sentence
/// attributed where the gold has none.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub article: String,
    /// "recall", "source" or "precision".
    pub kind: &'static str,
    pub text: String,
    pub gold_source: Option<String>,
    pub gold_cue: Option<String>,
    pub our_source: Option<String>,
    pub our_speaker: Option<String>,
    /// The sentence that holds the gold cue (or the miss itself).
    pub sentence: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub articles: usize,
    pub relations: usize,
    pub relations_kept: usize,
    pub overall: Scores,
    pub by_outlet: BTreeMap<String, Scores>,
    pub misses: Vec<Miss>,
}

fn has_quote_mark(s: &str) -> bool {
    s.contains(['"', '“', '”'])
}

/// Speech verbs beyond those whosaid reads as cues, so that the relations
/// kept for scoring do not depend on the extractor's own list.
const MORE_SPEECH_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "describe",
    "describes",
    "described",
    "describing",
    "dub",
    "dubbed",
    "label",
    "labeled",
    "labelled",
    "brand",
    "branded",
    "term",
    "termed",
    "read",
    "reads",
    "chant",
    "chanted",
    "praise",
    "praised",
    "praising",
    "dismiss",
    "dismissed",
    "recommend",
    "recommended",
    "propose",
    "proposed",
    "proposing",
    "post",
    "posted",
    "tweet",
    "tweets",
    "say",
    "state",
    "states",
    "claim",
    "claims",
    "note",
    "notes",
    "report",
    "reports",
    "comment",
    "comments",
    "reply",
    "replies",
    "answer",
    "answers",
    "promise",
    "promises",
    "urge",
    "urges",
    "predict",
    "predicts",
    "tell",
    "announce",
    "announces",
    "argue",
    "argues",
    "suggest",
    "suggests",
    "warn",
    "warns",
    "insist",
    "insists",
    "explain",
    "explains",
    "add",
    "adds",
    "ask",
    "asks",
    "write",
    "writes",
];

fn speech_cue(s: &str) -> bool {
    let l = s.to_lowercase();
    l.contains("according to")
        || l.split(|c: char| !c.is_alphabetic()).any(|w| {
            !w.is_empty()
                && (cues::is_speech_verb(w)
                    || cues::needs_quotation(w)
                    || cues::is_naming_verb(w)
                    || MORE_SPEECH_VERBS.contains(&w))
        })
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn joined(text: &str, spans: &[(usize, usize)]) -> Option<String> {
    (!spans.is_empty()).then(|| spans.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>().join(" … "))
}

/// Scores whosaid on a PolNeAR split folder (with `text/` and `attributions/`).
pub fn evaluate_polnear(dir: &Path) -> Result<Report, String> {
    let gold = polnear::load(dir)?;
    let mut report = Report::default();
    for article in &gold {
        score_article(article, &mut report)?;
    }
    Ok(report)
}

fn score_article(g: &GoldArticle, report: &mut Report) -> Result<(), String> {
    let contents = read_file(&g.path, &FieldNames::default()).map_err(|e| e.to_string())?;
    let Some(article) = contents.articles.first() else { return Ok(()) };
    let text = &article.text;
    let sentences = crate::annotate(article);
    let attributed: Vec<_> = sentences.iter().filter(|s| s.attribution.kind != Kind::None).collect();
    report.articles += 1;
    let outlet = report.by_outlet.entry(g.outlet.clone()).or_default().clone();
    let mut scores = outlet;
    let body_start = article.body_start;

    for r in &g.relations {
        report.relations += 1;
        if r.content.iter().all(|&(_, e)| e <= body_start) {
            continue; // the headline
        }
        let content_text = joined(text, &r.content).unwrap_or_default();
        let cue_text = joined(text, &r.cue).unwrap_or_default();
        let quoted = has_quote_mark(&content_text);
        let verb = speech_cue(&cue_text);
        if !quoted && !verb {
            continue;
        }
        report.relations_kept += 1;
        let size: usize = r.content.iter().map(|&(s, e)| e - s).sum();
        let covered: usize = r
            .content
            .iter()
            .map(|&c| attributed.iter().map(|s| overlap(c, (s.start, s.end))).sum::<usize>())
            .sum();
        let found = size > 0 && covered as f64 >= COVERAGE * size as f64;
        for (flag, ratio) in [(quoted, &mut scores.recall_quoted), (verb, &mut scores.recall_speech_verb)] {
            if flag {
                ratio.add(found);
            }
        }
        scores.recall.add(found);
        if !found {
            report.misses.push(miss(g, "recall", &content_text, text, r, None, &sentences));
            continue;
        }
        if r.source.is_empty() {
            continue;
        }
        let content_in = |s: &crate::AnnotatedSentence| {
            r.content.iter().map(|&c| overlap(c, (s.start, s.end))).sum::<usize>()
        };
        let cue_at = r.cue.first().map(|c| c.0);
        let framing = attributed
            .iter()
            .find(|s| cue_at.is_some_and(|c| s.start <= c && c < s.end) && content_in(s) > 0)
            .copied();
        let best = framing.or_else(|| attributed.iter().max_by_key(|s| content_in(s)).copied());
        // A sentence may report several speakers; any of its sources counts.
        let all_sources = best.into_iter().flat_map(|s| {
            s.attribution.source.into_iter().chain(s.attribution.others.iter().map(|o| o.source))
        });
        let right =
            all_sources.into_iter().any(|o| r.source.iter().any(|&gs| overlap(gs, (o.start, o.end)) > 0));
        scores.source_accuracy.add(right);
        if quoted {
            scores.by_kind.source_accuracy_quoted.add(right);
        }
        if verb {
            scores.by_kind.source_accuracy_speech_verb.add(right);
        }
        if !right {
            report.misses.push(miss(g, "source", &content_text, text, r, best, &sentences));
        }
    }
    for s in &attributed {
        let hit = g.relations.iter().any(|r| r.content.iter().any(|&c| overlap(c, (s.start, s.end)) > 0));
        scores.precision.add(hit);
        match s.attribution.kind {
            Kind::Direct => scores.by_kind.precision_direct.add(hit),
            Kind::Mixed => scores.by_kind.precision_mixed.add(hit),
            _ => scores.by_kind.precision_indirect.add(hit),
        }
        if !hit {
            report.misses.push(Miss {
                article: g.name.clone(),
                kind: "precision",
                text: text[s.start..s.end].to_string(),
                gold_source: None,
                gold_cue: None,
                our_source: s.attribution.source.map(|o| text[o.start..o.end].to_string()),
                our_speaker: s.attribution.speaker.clone(),
                sentence: None,
            });
        }
    }
    report.by_outlet.insert(g.outlet.clone(), scores);
    report.overall = merge(report.by_outlet.values());
    Ok(())
}

fn miss(
    g: &GoldArticle,
    kind: &'static str,
    content: &str,
    text: &str,
    r: &Relation,
    ours: Option<&crate::AnnotatedSentence>,
    sentences: &[crate::AnnotatedSentence],
) -> Miss {
    let anchor = r.cue.first().or(r.content.first()).map(|c| c.0).unwrap_or(0);
    let sentence = sentences
        .iter()
        .find(|s| s.start <= anchor && anchor < s.end)
        .map(|s| text[s.start..s.end].to_string());
    Miss {
        article: g.name.clone(),
        kind,
        text: content.to_string(),
        gold_source: joined(text, &r.source),
        gold_cue: joined(text, &r.cue),
        our_source: ours.and_then(|s| s.attribution.source).map(|o| text[o.start..o.end].to_string()),
        our_speaker: ours.and_then(|s| s.attribution.speaker.clone()),
        sentence,
    }
}

fn merge<'a>(all: impl Iterator<Item = &'a Scores>) -> Scores {
    let mut out = Scores::default();
    let sum = |a: &mut Ratio, b: &Ratio| {
        a.hits += b.hits;
        a.total += b.total;
        a.value = if a.total == 0 { 0.0 } else { a.hits as f64 / a.total as f64 };
    };
    for s in all {
        sum(&mut out.recall_quoted, &s.recall_quoted);
        sum(&mut out.recall_speech_verb, &s.recall_speech_verb);
        sum(&mut out.recall, &s.recall);
        sum(&mut out.source_accuracy, &s.source_accuracy);
        sum(&mut out.precision, &s.precision);
        let (k, o) = (&s.by_kind, &mut out.by_kind);
        sum(&mut o.source_accuracy_quoted, &k.source_accuracy_quoted);
        sum(&mut o.source_accuracy_speech_verb, &k.source_accuracy_speech_verb);
        sum(&mut o.precision_direct, &k.precision_direct);
        sum(&mut o.precision_mixed, &k.precision_mixed);
        sum(&mut o.precision_indirect, &k.precision_indirect);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes a one-article PolNeAR split: `text` and brat lines built from
    /// (id, role, span text, occurrence) so offsets come from the text.
    fn split_with(text: &str, spans: &[(&str, &str, &str)], events: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temporary folder");
        std::fs::create_dir_all(dir.path().join("text")).unwrap();
        std::fs::create_dir_all(dir.path().join("attributions")).unwrap();
        std::fs::write(dir.path().join("text/wire_2016-01-01_test.txt"), text).unwrap();
        let mut ann = String::new();
        for (id, role, words) in spans {
            let start = text.find(words).expect("span text in the article");
            ann += &format!("{id}\t{role} {start} {}\t{words}\n", start + words.len());
        }
        for e in events {
            ann += &format!("{e}\n");
        }
        std::fs::write(dir.path().join("attributions/wire_2016-01-01_test_a1.ann"), ann).unwrap();
        dir
    }

    #[test]
    fn a_quotation_over_two_frames_is_scored_at_its_cue() {
        // Gold links both quotations to "Vale added"; most of the content
        // lies in Reyes's sentence, but the relation's frame is Vale's.
        let text = "Prices\n\nReyes said that \"prices will rise in spring and summer and autumn and in every winter.\"\n\n\"They will fall,\" Vale added.\n";
        let dir = split_with(
            text,
            &[
                ("T1", "Source", "Vale"),
                ("T2", "Cue", "added"),
                (
                    "T3",
                    "Content",
                    "\"prices will rise in spring and summer and autumn and in every winter.\"",
                ),
                ("T4", "Content", "\"They will fall,\""),
            ],
            &["E1\tAttribution:T2 Content:T3 Content2:T4 Cue:T2 Source:T1"],
        );
        let report = evaluate_polnear(dir.path()).expect("the split loads");
        assert_eq!(report.relations_kept, 1);
        assert_eq!(report.overall.recall.hits, 1);
        assert_eq!((report.overall.source_accuracy.hits, report.overall.source_accuracy.total), (1, 1));
    }

    #[test]
    fn a_wrong_speaker_is_a_source_miss() {
        let text = "Prices\n\nReyes met Vale on Monday.\n\n\"Prices will rise in spring and in summer,\" Reyes said.\n";
        let dir = split_with(
            text,
            &[
                ("T1", "Source", "Vale"),
                ("T2", "Cue", "said"),
                ("T3", "Content", "\"Prices will rise in spring and in summer,\""),
            ],
            &["E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1"],
        );
        let report = evaluate_polnear(dir.path()).expect("the split loads");
        assert_eq!(report.overall.recall.hits, 1);
        assert_eq!((report.overall.source_accuracy.hits, report.overall.source_accuracy.total), (0, 1));
        assert_eq!(report.misses.iter().filter(|m| m.kind == "source").count(), 1);
        // By kind: the relation is quoted and has a speech verb; the sentence is direct.
        let k = &report.overall.by_kind;
        assert_eq!((k.source_accuracy_quoted.hits, k.source_accuracy_quoted.total), (0, 1));
        assert_eq!((k.source_accuracy_speech_verb.hits, k.source_accuracy_speech_verb.total), (0, 1));
        assert_eq!((k.precision_direct.hits, k.precision_direct.total), (1, 1));
        assert_eq!(k.precision_indirect.total, 0);
    }
}

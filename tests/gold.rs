//! Attribution against gold annotations written by hand (tests/gold/).
//!
//! Every sentence of every fixture (the seed and the house styles: wire,
//! broadsheet, interview, transcript, op-ed, Newsweek layout, multi-sentence
//! quotes, Markdown) must be right on kind, speaker, affiliation and section.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use whosaid::corpus::{read_file, FieldNames};

#[derive(Debug, Deserialize, PartialEq)]
struct Gold {
    text: String,
    section: Option<String>,
    kind: String,
    speaker: Option<String>,
    affiliation: Option<String>,
}

/// Annotates the fixture of a gold file; returns (gold, ours) row pairs and
/// a description of every difference.
fn compare(gold_path: &Path) -> (usize, usize, Vec<String>) {
    let stem = gold_path.file_stem().unwrap().to_str().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = ["txt", "md"]
        .iter()
        .map(|ext| root.join("fixtures").join(format!("{stem}.{ext}")))
        .find(|p| p.exists())
        .unwrap_or_else(|| panic!("no fixture for {}", gold_path.display()));
    let gold: Vec<Gold> = std::fs::read_to_string(gold_path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let contents = read_file(&fixture, &FieldNames::default()).unwrap();
    let article = &contents.articles[0];
    let ours: Vec<Gold> = whosaid::annotate(article)
        .iter()
        .map(|s| Gold {
            text: s.text(article).to_string(),
            section: s.section.clone(),
            kind: s.attribution.kind.as_str().to_string(),
            speaker: s.attribution.speaker.clone(),
            affiliation: s.attribution.affiliation.clone(),
        })
        .collect();
    let mut diffs = Vec::new();
    let mut right = 0;
    // Sentences are matched by text, so a split error costs only its own rows.
    for g in &gold {
        match ours.iter().find(|o| o.text == g.text) {
            None => diffs.push(format!("{stem}: sentence not found: {:?}", g.text)),
            Some(o) if o == g => right += 1,
            Some(o) => diffs.push(format!(
                "{stem}: {:?}\n    gold: {} / {:?} / {:?} / {:?}\n    ours: {} / {:?} / {:?} / {:?}",
                g.text,
                g.kind,
                g.speaker,
                g.affiliation,
                g.section,
                o.kind,
                o.speaker,
                o.affiliation,
                o.section
            )),
        }
    }
    if ours.len() != gold.len() {
        diffs.push(format!("{stem}: {} sentences, gold has {}", ours.len(), gold.len()));
    }
    (right, gold.len(), diffs)
}

fn gold_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    files
}

const SEED: &str = "000_35a883c343635e69";

#[test]
fn seed_article_is_right_on_every_sentence() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/gold/{SEED}.jsonl"));
    let (right, total, diffs) = compare(&path);
    assert!(diffs.is_empty(), "{right}/{total} right:\n{}", diffs.join("\n"));
}

#[test]
fn house_style_fixtures_are_right_on_every_sentence() {
    let mut right = 0;
    let mut total = 0;
    let mut all = Vec::new();
    for path in gold_files().iter().filter(|p| !p.ends_with(format!("{SEED}.jsonl"))) {
        let (r, t, d) = compare(path);
        eprintln!("{}: {r}/{t}", path.file_stem().unwrap().to_string_lossy());
        right += r;
        total += t;
        all.extend(d);
    }
    let share = right as f64 / total.max(1) as f64;
    eprintln!("house-style fixtures: {right}/{total} = {share:.3}\n{}", all.join("\n"));
    assert!(total >= 150, "the house-style gold files are missing");
    assert!(all.is_empty(), "{right}/{total} = {share:.3} right:\n{}", all.join("\n"));
}

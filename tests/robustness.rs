//! Bad or odd text never panics the text pipeline, and every offset it
//! returns is a char boundary inside the article: thousands of seeded
//! mutations of the fixtures (cut anywhere, quote marks and punctuation
//! sprinkled in, lines joined and split), and sentences of their words
//! mixed with the words the rules look for.

use std::path::Path;

use whosaid::corpus::{read_file, Article, FieldNames};
use whosaid::scale::Rng;

const NOISE: &[&str] = &[
    "\"", "“", "”", "‘", "’", "'", "''", ":", ".", "?", "…", "—", "\n", "\n\n", "(", ")", "Q: ", "MS. X: ",
    " said ", "# ", "é", "🙂",
];

fn check(text: String) {
    let article = Article {
        file: "mutant.txt".into(),
        id: "mutant".into(),
        title: None,
        date: None,
        url: None,
        text,
        body_start: 0,
        markdown: false,
    };
    let text = &article.text;
    let mut last_end = 0;
    for s in whosaid::annotate(&article) {
        assert!(s.start <= s.end && s.end <= text.len(), "sentence out of the text");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.start >= last_end, "sentences overlap");
        last_end = s.end;
        let a = &s.attribution;
        for span in a.source.iter().chain(a.cue.iter()).chain(a.content.iter()) {
            assert!(span.start <= span.end && span.end <= text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
}

#[test]
fn mutated_articles_never_panic_and_keep_offsets_on_char_boundaries() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let c = read_file(&entry.unwrap().path(), &FieldNames::default()).unwrap();
        texts.extend(c.articles.into_iter().map(|a| a.text));
    }
    let mut rng = Rng::new(2026);
    for round in 0..400 {
        let base = &texts[round % texts.len()];
        let mut t = base.clone();
        for _ in 0..rng.range(1, 30) {
            let mut at = rng.range(0, t.len() + 1);
            while !t.is_char_boundary(at) {
                at -= 1;
            }
            match rng.range(0, 3) {
                0 => t.insert_str(at, NOISE[rng.range(0, NOISE.len())]),
                1 => {
                    let mut end = (at + rng.range(1, 40)).min(t.len());
                    while !t.is_char_boundary(end) {
                        end += 1;
                    }
                    t.replace_range(at..end, "");
                }
                _ => t.truncate(at),
            }
        }
        check(t);
    }
}

/// Words the attribution rules turn on: titles, connectors, cues, counts
/// of time, company words, pronouns and marks.
const RULE_WORDS: &[&str] = &[
    "said",
    "says",
    "told",
    "according",
    "to",
    "at",
    "from",
    "of",
    "for",
    "and",
    "the",
    "a",
    "Secretary",
    "Mr",
    "Ms",
    "Dr.",
    "President",
    "First",
    "Corp",
    "Inc",
    "Bank",
    "years",
    "ago",
    "This",
    "week",
    "Eight",
    "he",
    "she",
    "it",
    "who",
    ",",
    ",",
    ".",
    "\"",
    "“",
    "”",
    "—",
    "N.H.",
    "Ohio",
    "In",
    "On",
    "Tuesday",
];

#[test]
fn word_salad_of_the_rules_words_never_panics() {
    // Sentences drawn at random from the fixtures' words and the words the
    // rules look for, so that rare orders of them come up: a title, "of",
    // a name and "at" in one run, a count of time before a cue, commas
    // round a source.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut words: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let c = read_file(&entry.unwrap().path(), &FieldNames::default()).unwrap();
        for a in c.articles {
            words.extend(a.text.split_whitespace().map(str::to_string));
        }
    }
    words.sort();
    words.dedup();
    // (Capitalised words make name runs, where most rules are.)
    let names: Vec<&str> =
        words.iter().map(String::as_str).filter(|w| w.starts_with(char::is_uppercase)).collect();
    let mut rng = Rng::new(7);
    for _ in 0..2000 {
        let mut text = String::new();
        for _ in 0..rng.range(1, 12) {
            for _ in 0..rng.range(3, 25) {
                let w = match rng.range(0, 3) {
                    0 => RULE_WORDS[rng.range(0, RULE_WORDS.len())],
                    1 => names[rng.range(0, names.len())],
                    _ => words[rng.range(0, words.len())].as_str(),
                };
                text.push_str(w);
                text.push(' ');
            }
            text.push_str(if rng.range(0, 3) == 0 { ".\n\n" } else { ". " });
        }
        check(text);
    }
}

#[test]
fn degenerate_texts() {
    for t in [
        "",
        "\"",
        "“",
        "''''",
        "...",
        "Q:",
        "Q: A: B:",
        "\n\n\n",
        "\"\"\"\"\"\"",
        "‘’‘’",
        "said said said.",
        "(((",
        "A.B.C.D.",
    ] {
        check(t.to_string());
    }
    check("word ".repeat(20_000));
    check("\"quote ".repeat(5_000));
}

//! "Who said" through the library: speakers counted over segments written by
//! separate indexing runs, with each affiliation, the same however the
//! questions come (the engine keeps the speaker keys it has read, and counts
//! many matches by dictionary ordinal rather than in a list).

use whosaid::{index_corpus, Engine, Filters, IndexOptions, SpeakerCount, Store};

fn row(speaker: &str, quotes: u64, affiliations: &[&str]) -> SpeakerCount {
    SpeakerCount {
        speaker: speaker.to_string(),
        quotes,
        affiliations: affiliations.iter().map(|a| a.to_string()).collect(),
    }
}

#[test]
fn speakers_are_counted_across_segments_however_the_questions_come() {
    let corpus = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = corpus.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let a = write(
        "a.txt",
        "Prices\n\n\"Prices will rise,\" said Ana Lima, chief economist at Banco Sul.\n\n\
         \"Rates will fall,\" Lima said.\n\n\"Prices are low,\" said Tom Reed.\n",
    );
    let b = write(
        "b.txt",
        "Prices again\n\n\"Prices will rise again,\" said Ana Lima, a professor at the University of Porto.\n\n\
         \"Prices are high,\" said Tom Reed.\n",
    );
    // Seventy quotes in one segment: more than a small dictionary's list holds.
    let points: String = (1..=70).map(|i| format!("\"Point {i} stands,\" said Tom Reed.\n\n")).collect();
    let c = write("c.txt", &format!("Points\n\n{points}"));
    let ix = tempfile::tempdir().unwrap();
    let store = Store::open_or_create(ix.path()).unwrap();
    // Three runs of one indexing thread: each file's sentences in a segment of their own.
    let one_thread = IndexOptions { threads: Some(1), ..IndexOptions::default() };
    for file in [a, b, c] {
        index_corpus(&store, &[file], &one_thread, &()).unwrap();
    }
    assert_eq!(store.index.searchable_segment_ids().unwrap().len(), 3);
    let engine = Engine::open(Store::open(ix.path()).unwrap()).unwrap();
    let none = Filters::default();
    let lima = |quotes| {
        row("Ana Lima", quotes, &["chief economist at Banco Sul", "professor at the University of Porto"])
    };

    // First a question that reads one key of one segment, then one that
    // needs that key and others not read yet.
    assert_eq!(
        engine.speakers("again", &none).unwrap(),
        vec![row("Ana Lima", 1, &["professor at the University of Porto"])]
    );
    let all = vec![row("Tom Reed", 72, &[]), lima(3)];
    assert_eq!(engine.speakers("", &none).unwrap(), all);
    // Equal counts: by name.
    assert_eq!(engine.speakers("prices", &none).unwrap(), vec![lima(2), row("Tom Reed", 2, &[])]);
    assert_eq!(
        engine.speakers("rates", &none).unwrap(),
        vec![row("Ana Lima", 1, &["chief economist at Banco Sul"])]
    );
    assert_eq!(engine.speakers("point", &none).unwrap(), vec![row("Tom Reed", 70, &[])]);
    // Asked again, answered from the keys read before.
    assert_eq!(engine.speakers("", &none).unwrap(), all);
    let reed = Filters { speaker: Some("reed".to_string()), ..Filters::default() };
    assert_eq!(engine.speakers("prices", &reed).unwrap(), vec![row("Tom Reed", 2, &[])]);
    assert!(engine.speakers("\"cannon fodder\"", &none).unwrap().is_empty());
    // A fresh engine, whose first question reads everything, agrees.
    let fresh = Engine::open(Store::open(ix.path()).unwrap()).unwrap();
    assert_eq!(fresh.speakers("", &none).unwrap(), all);
}

#[test]
fn an_affiliation_written_with_other_capitals_is_one_shown_as_most_written() {
    let corpus = tempfile::tempdir().unwrap();
    let file = corpus.path().join("outlook.txt");
    std::fs::write(
        &file,
        "Outlook\n\n\"Prices will rise,\" said Ana Lima, chief economist at Banco Sul.\n\n\
         \"Rates will fall,\" said Ana Lima, Chief Economist at Banco Sul.\n\n\
         \"Costs will fall,\" said Ana Lima, Chief Economist at Banco Sul.\n\n\
         \"Wages will rise,\" said Ana Lima, a professor at the University of Porto.\n",
    )
    .unwrap();
    let ix = tempfile::tempdir().unwrap();
    let store = Store::open_or_create(ix.path()).unwrap();
    index_corpus(&store, &[file], &IndexOptions::default(), &()).unwrap();
    let engine = Engine::open(store).unwrap();
    assert_eq!(
        engine.speakers("", &Filters::default()).unwrap(),
        vec![row("Ana Lima", 4, &["Chief Economist at Banco Sul", "professor at the University of Porto"])]
    );
}

//! "Who said" through the library: speakers counted over segments written by
//! separate indexing runs, with each affiliation, the same when asked again
//! (the engine keeps the speaker keys it has read).

use whosaid::{index_corpus, Engine, Filters, IndexOptions, SpeakerCount, Store};

fn row(speaker: &str, quotes: u64, affiliations: &[&str]) -> SpeakerCount {
    SpeakerCount {
        speaker: speaker.to_string(),
        quotes,
        affiliations: affiliations.iter().map(|a| a.to_string()).collect(),
    }
}

#[test]
fn speakers_are_counted_across_segments_and_asking_again_answers_the_same() {
    let corpus = tempfile::tempdir().unwrap();
    let a = corpus.path().join("a.txt");
    let b = corpus.path().join("b.txt");
    std::fs::write(
        &a,
        "Prices\n\n\"Prices will rise,\" said Ana Lima, chief economist at Banco Sul.\n\n\"Rates will fall,\" Lima said.\n",
    )
    .unwrap();
    std::fs::write(
        &b,
        "Prices again\n\n\"Prices will rise again,\" said Ana Lima, a professor at the University of Porto.\n\n\"Prices are high,\" said Tom Reed.\n",
    )
    .unwrap();
    let ix = tempfile::tempdir().unwrap();
    let store = Store::open_or_create(ix.path()).unwrap();
    // Two runs, two commits: each file's sentences in a segment of their own.
    for file in [a, b] {
        index_corpus(&store, &[file], &IndexOptions::default(), &()).unwrap();
    }
    let engine = Engine::open(Store::open(ix.path()).unwrap()).unwrap();
    let none = Filters::default();

    let lima_everywhere =
        row("Ana Lima", 3, &["chief economist at Banco Sul", "professor at the University of Porto"]);
    let all = vec![lima_everywhere, row("Tom Reed", 1, &[])];
    assert_eq!(engine.speakers("", &none).unwrap(), all);
    let prices = vec![
        row("Ana Lima", 2, &["chief economist at Banco Sul", "professor at the University of Porto"]),
        row("Tom Reed", 1, &[]),
    ];
    assert_eq!(engine.speakers("prices", &none).unwrap(), prices);
    assert_eq!(
        engine.speakers("rates", &none).unwrap(),
        vec![row("Ana Lima", 1, &["chief economist at Banco Sul"])]
    );
    // Asked again, answered from the keys read the first time.
    assert_eq!(engine.speakers("", &none).unwrap(), all);
    assert_eq!(engine.speakers("prices", &none).unwrap(), prices);
    let reed = Filters { speaker: Some("reed".to_string()), ..Filters::default() };
    assert_eq!(engine.speakers("prices", &reed).unwrap(), vec![row("Tom Reed", 1, &[])]);
    assert!(engine.speakers("\"cannon fodder\"", &none).unwrap().is_empty());
}

//! A search with filters and no words lists sentences: newest article first,
//! articles of one day by file, each in reading order, undated last; the
//! same whatever the segments the sentences sit in and wherever the limit
//! cuts.

use whosaid::{index_corpus, Engine, Filters, IndexOptions, Store};

#[test]
fn a_listing_is_newest_first_and_in_reading_order_wherever_the_limit_cuts() {
    let corpus = tempfile::tempdir().unwrap();
    let article = |name: &str, date: Option<&str>, words: &[&str]| {
        let date = date.map(|d| format!("date: {d}\n")).unwrap_or_default();
        let front = format!("---\ntitle: {name}\n{date}---\n\n");
        let body: String = words.iter().map(|w| format!("\"{w} will rise,\" said Ana Lima.\n\n")).collect();
        let path = corpus.path().join(format!("{name}.txt"));
        std::fs::write(&path, format!("{front}{body}")).unwrap();
        path
    };
    // Indexed in another order than they are listed: b before a (same day),
    // the undated one before the oldest.
    let b = article("b", Some("2024-03-10"), &["Bread", "Butter", "Beans"]);
    let a = article("a", Some("2024-03-10"), &["Apples", "Apricots", "Almonds"]);
    let undated = article("c", None, &["Corn", "Cocoa"]);
    let old = article("old", Some("2024-01-01"), &["Oats"]);
    let ix = tempfile::tempdir().unwrap();
    let store = Store::open_or_create(ix.path()).unwrap();
    let one_thread = IndexOptions { threads: Some(1), ..IndexOptions::default() };
    for file in [b, a, undated, old] {
        index_corpus(&store, &[file], &one_thread, &()).unwrap();
    }
    assert_eq!(store.index.searchable_segment_ids().unwrap().len(), 4);
    let engine = Engine::open(Store::open(ix.path()).unwrap()).unwrap();
    let lima = Filters { speaker: Some("lima".into()), ..Filters::default() };
    let listed = |limit: usize| -> Vec<String> {
        let hits = engine.search("", &lima, limit).unwrap();
        assert!(hits.iter().all(|h| h.score.is_none()), "a listing has no score");
        assert!(hits.iter().enumerate().all(|(n, h)| h.rank == n + 1));
        hits.iter()
            .map(|h| h.sentence.text.split(' ').next().unwrap().trim_matches('"').to_string())
            .collect()
    };
    let all = ["Apples", "Apricots", "Almonds", "Bread", "Butter", "Beans", "Oats", "Corn", "Cocoa"];
    assert_eq!(listed(100), all);
    // The limit cuts through a day whose first sentences, in the index, are
    // article b's; and through the undated ones.
    for limit in [1, 2, 4, 7, 8] {
        assert_eq!(listed(limit), all[..limit], "limit {limit}");
    }
    // With words, hits are ranked and scored.
    let ranked = engine.search("rise", &lima, 3).unwrap();
    assert!(ranked.iter().all(|h| h.score.is_some()));
}

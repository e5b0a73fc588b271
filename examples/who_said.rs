//! The engine as a library: index a corpus into a temporary folder, then ask
//! who said a phrase and show the best sentences.
//!
//! ```sh
//! cargo run --release --example who_said -- fixtures '"cannon fodder"'
//! ```

use std::path::PathBuf;

use whosaid::{index_corpus, Engine, Filters, IndexOptions, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let corpus = PathBuf::from(args.next().unwrap_or_else(|| "fixtures".to_string()));
    let query = args.next().unwrap_or_else(|| "\"cannon fodder\"".to_string());

    let folder = tempfile::tempdir()?;
    let store = Store::open_or_create(folder.path())?;
    let report = index_corpus(&store, &[corpus], &IndexOptions::default(), &())?;
    for issue in &report.skipped {
        eprintln!("skipped {issue}");
    }
    println!("{} sentences of {} articles indexed", report.sentences, report.articles);

    let engine = Engine::open(store)?;
    let none = Filters::default();
    println!("\nwho said {query}?");
    for row in engine.speakers(&query, &none)? {
        println!("  {:>3}  {}  {}", row.quotes, row.speaker, row.affiliations.join("; "));
    }
    println!("\nthe best sentences:");
    for hit in engine.search(&query, &none, 5)? {
        let who = hit.sentence.speaker.as_deref().unwrap_or("-");
        println!("  {}. {who}: {}", hit.rank, hit.snippet);
    }
    Ok(())
}

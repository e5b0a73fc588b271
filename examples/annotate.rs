//! Attribution without an index: who said each sentence of a text.
//!
//! ```sh
//! cargo run --example annotate < fixtures/000_35a883c343635e69.txt
//! echo '"We will rebuild," Mayor Ruth Obi told reporters.' | cargo run --example annotate
//! ```

use std::io::Read;

use whosaid::{annotate, Article, Kind};

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let article = Article::from_text("stdin", text);
    for s in annotate(&article) {
        let a = &s.attribution;
        if a.kind == Kind::None {
            continue;
        }
        let speaker = a.speaker.as_deref().unwrap_or("(unknown)");
        let affiliation = a.affiliation.as_deref().map(|f| format!(", {f}")).unwrap_or_default();
        println!("¶{} {:<8} {speaker}{affiliation}", s.paragraph, a.kind.as_str());
        println!("    {}", s.text(&article).replace('\n', " "));
    }
    Ok(())
}

use std::io::Write;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let c = whosaid::corpus::read_file(std::path::Path::new(&path), &Default::default()).unwrap();
    let out = std::io::stdout();
    let mut out = out.lock();
    for a in &c.articles {
        for s in whosaid::annotate(a) {
            let at = &s.attribution;
            writeln!(out, "{:>2} {:<22} {:<8} {:<20} | {:<40} | {}", s.paragraph, s.section.clone().unwrap_or_default(), at.kind.as_str(), at.speaker.clone().unwrap_or_default(), at.affiliation.clone().unwrap_or_default(), &s.text(a)[..s.text(a).len().min(70)]).unwrap();
        }
    }
}

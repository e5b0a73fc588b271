//! Reading a PolNeAR split: `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`
//! in brat standoff, with Unicode code-point offsets.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One gold attribution relation, with byte ranges into the article text.
#[derive(Debug, Clone, Default)]
pub struct Relation {
    pub content: Vec<(usize, usize)>,
    pub cue: Vec<(usize, usize)>,
    pub source: Vec<(usize, usize)>,
}

/// One article with its gold relations (from one annotator).
#[derive(Debug, Clone)]
pub struct GoldArticle {
    pub name: String,
    pub outlet: String,
    pub path: PathBuf,
    pub text: String,
    pub relations: Vec<Relation>,
}

/// Loads every article of a split that has an annotation file. With several
/// annotators for one article, the first file in name order is used.
pub fn load(dir: &Path) -> Result<Vec<GoldArticle>, String> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut anns: Vec<PathBuf> = std::fs::read_dir(&ann_dir)
        .map_err(|e| format!("{}: {e}", ann_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    anns.sort();
    let mut by_article: HashMap<String, PathBuf> = HashMap::new();
    for a in anns {
        let stem = a.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let name = match stem.rsplit_once('_') {
            Some((name, _annotator)) => name.to_string(),
            None => stem,
        };
        by_article.entry(name).or_insert(a);
    }
    let mut names: Vec<&String> = by_article.keys().collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let path = text_dir.join(format!("{name}.txt"));
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(_) => continue,
        };
        let ann = std::fs::read_to_string(&by_article[name])
            .map_err(|e| format!("{}: {e}", by_article[name].display()))?;
        let relations = parse_ann(&ann, &text);
        let outlet = name.split('_').next().unwrap_or("").to_string();
        out.push(GoldArticle { name: name.clone(), outlet, path, text, relations });
    }
    Ok(out)
}

/// Parses brat `T` and `E` lines into relations; offsets become bytes.
pub fn parse_ann(ann: &str, text: &str) -> Vec<Relation> {
    let bytes_at: Vec<usize> =
        text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
    let to_byte = |cp: usize| bytes_at.get(cp).copied().unwrap_or(text.len());
    let mut spans: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(middle)) = (cols.next(), cols.next()) else { continue };
        if id.starts_with('T') {
            let mut parts = middle.splitn(2, ' ');
            let _kind = parts.next();
            let Some(ranges) = parts.next() else { continue };
            let frags = ranges
                .split(';')
                .filter_map(|r| {
                    let (a, b) = r.trim().split_once(' ')?;
                    Some((to_byte(a.parse().ok()?), to_byte(b.parse().ok()?)))
                })
                .collect();
            spans.insert(id, frags);
        } else if id.starts_with('E') {
            let mut args = middle.split_whitespace();
            let head = args.next().unwrap_or("");
            if !(head.starts_with("Attribution:") || head.starts_with("Attribution-no-source:")) {
                continue;
            }
            events.push(
                args.filter_map(|a| a.split_once(':'))
                    .map(|(r, t)| (r.to_string(), t.to_string()))
                    .collect::<Vec<_>>(),
            );
        }
    }
    events
        .into_iter()
        .filter_map(|args| {
            let mut r = Relation::default();
            for (role, t) in args {
                let frags = spans.get(t.as_str()).cloned().unwrap_or_default();
                match role.trim_end_matches(char::is_numeric) {
                    "Content" => r.content.extend(frags),
                    "Cue" => r.cue.extend(frags),
                    "Source" => r.source.extend(frags),
                    _ => {}
                }
            }
            (!r.content.is_empty()).then_some(r)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::parse_ann;

    #[test]
    fn code_points_become_bytes_and_fragments_join() {
        let text = "“Yes,” said Ann. “No.”";
        let ann = "T1\tSource 12 15\tAnn\nT2\tCue 7 11\tsaid\nT3\tContent 1 5;18 21\tYes, No.\nT4\tAttribution 7 11\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        let r = parse_ann(ann, text);
        assert_eq!(r.len(), 1);
        let (s, e) = r[0].source[0];
        assert_eq!(&text[s..e], "Ann");
        let (s, e) = r[0].content[1];
        assert_eq!(&text[s..e], "No.");
    }
}

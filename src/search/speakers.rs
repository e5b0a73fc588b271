//! "Who said": counting matching sentences by speaker through the
//! `speaker_key` fast field, without loading documents.

use std::collections::HashMap;

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::index::SegmentReader;
use tantivy::{DocId, Score, SegmentOrdinal};

use crate::store::KEY_SEPARATOR;

/// A speaker with the number of matching quotes and the affiliations given.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SpeakerCount {
    pub speaker: String,
    /// Most frequent first.
    pub affiliations: Vec<String>,
    pub quotes: u64,
}

/// Counts matching documents by `speaker_key` value.
pub struct SpeakerKeys;

pub struct SegmentSpeakerKeys {
    column: Option<StrColumn>,
    /// The speaker-key ordinal of every matching sentence; counted at harvest.
    ords: Vec<u64>,
}

impl Collector for SpeakerKeys {
    type Fruit = HashMap<String, u64>;
    type Child = SegmentSpeakerKeys;

    fn for_segment(&self, _: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<SegmentSpeakerKeys> {
        let column = reader.fast_fields().str("speaker_key")?;
        Ok(SegmentSpeakerKeys { column, ords: Vec::new() })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<HashMap<String, u64>>) -> tantivy::Result<HashMap<String, u64>> {
        let mut out = HashMap::new();
        for fruit in fruits {
            for (k, v) in fruit {
                *out.entry(k).or_insert(0) += v;
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for SegmentSpeakerKeys {
    type Fruit = HashMap<String, u64>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(c) = &self.column {
            self.ords.extend(c.ords().values_for_doc(doc));
        }
    }

    /// Counts the ordinals, then turns the distinct ones into keys in one
    /// sorted pass over the dictionary (far cheaper than one lookup each).
    fn harvest(mut self) -> HashMap<String, u64> {
        let mut out = HashMap::new();
        let Some(c) = &self.column else { return out };
        self.ords.sort_unstable();
        let mut distinct: Vec<u64> = Vec::new();
        let mut counts: Vec<u64> = Vec::new();
        for &ord in &self.ords {
            if distinct.last() == Some(&ord) {
                *counts.last_mut().unwrap_or(&mut 0) += 1;
            } else {
                distinct.push(ord);
                counts.push(1);
            }
        }
        let mut i = 0;
        let _ = c.dictionary().sorted_ords_to_term_cb(&distinct, |key| {
            out.insert(String::from_utf8_lossy(key).into_owned(), counts[i]);
            i += 1;
        });
        out
    }
}

/// Folds (speaker, affiliation) counts into one row a speaker.
pub fn by_speaker(pairs: HashMap<String, u64>) -> Vec<SpeakerCount> {
    let mut rows: HashMap<String, (u64, Vec<(u64, String)>)> = HashMap::new();
    for (key, n) in pairs {
        let (speaker, aff) = key.split_once(KEY_SEPARATOR).unwrap_or((key.as_str(), ""));
        let row = rows.entry(speaker.to_string()).or_default();
        row.0 += n;
        if !aff.is_empty() {
            row.1.push((n, aff.to_string()));
        }
    }
    let mut out: Vec<SpeakerCount> = rows
        .into_iter()
        .map(|(speaker, (quotes, mut affs))| {
            affs.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
            SpeakerCount { speaker, quotes, affiliations: affs.into_iter().map(|(_, a)| a).collect() }
        })
        .collect();
    out.sort_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.speaker.cmp(&b.speaker)));
    out
}

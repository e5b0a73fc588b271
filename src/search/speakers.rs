//! "Who said": counting matching sentences by speaker through the
//! `speaker_key` fast field, without loading documents.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::index::{SegmentId, SegmentReader};
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

/// The speakers and affiliations of an open index, read from the segments'
/// `speaker_key` dictionaries as queries ask for them, and kept. A "who
/// said" query over common words asks for a thousand keys and more, and
/// decoding them from the dictionaries' compressed blocks at every query,
/// then hashing them as strings, was nearly all of its time. A segment never
/// changes, so a key once read stays true; only keys asked for are read.
#[derive(Default)]
pub struct SpeakerDirectory {
    inner: Mutex<Directory>,
}

#[derive(Default)]
struct Directory {
    /// Each segment's dictionary ordinals, as a speaker and an affiliation
    /// (see `pair`) plus one, or 0 where not read yet. (Zero, so that a new
    /// table is zeroed memory, which a one-off query over few keys never
    /// touches: filling it cost a process a third of a millisecond.)
    segments: HashMap<SegmentId, Vec<u64>>,
    /// Speakers and affiliations, each written once, by id.
    names: Vec<Box<str>>,
    ids: HashMap<Box<str>, u32>,
}

const UNREAD: u64 = 0;

/// A speaker and an affiliation as one number, the speaker in the high half:
/// sorting pairs groups each speaker's affiliations together.
fn pair(speaker: u32, affiliation: u32) -> u64 {
    (speaker as u64) << 32 | affiliation as u64
}

impl Directory {
    fn id(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(name.into());
        self.ids.insert(name.into(), id);
        id
    }

    /// The pairs of `ords` (sorted, distinct) of one segment, read from its
    /// dictionary where not read before. `None` for an ordinal the
    /// dictionary does not hold.
    fn pairs(&mut self, segment: SegmentId, column: &StrColumn, ords: &[u64]) -> Vec<Option<u64>> {
        let mut known = self.segments.remove(&segment).unwrap_or_else(|| vec![UNREAD; column.num_terms()]);
        let unread: Vec<u64> =
            ords.iter().copied().filter(|&o| known.get(o as usize) == Some(&UNREAD)).collect();
        let mut next = unread.iter();
        let _ = column.dictionary().sorted_ords_to_term_cb(&unread, |key| {
            let key = String::from_utf8_lossy(key);
            let (speaker, affiliation) = key.split_once(KEY_SEPARATOR).unwrap_or((&key, ""));
            let p = pair(self.id(speaker), self.id(affiliation));
            if let Some(slot) = next.next().and_then(|&o| known.get_mut(o as usize)) {
                *slot = p + 1;
            }
        });
        let out = ords
            .iter()
            .map(|&o| known.get(o as usize).copied().filter(|&p| p != UNREAD).map(|p| p - 1))
            .collect();
        self.segments.insert(segment, known);
        out
    }
}

/// Counts matching documents by speaker and affiliation.
pub struct SpeakerKeys {
    pub directory: Arc<SpeakerDirectory>,
}

pub struct SegmentSpeakerKeys {
    column: Option<StrColumn>,
    segment: SegmentId,
    directory: Arc<SpeakerDirectory>,
    /// The speaker-key ordinal of every matching sentence, counted at
    /// harvest; once they outnumber an eighth of the dictionary, a
    /// count by ordinal instead, which costs a pass over the dictionary's
    /// ordinals but no sort (of a million ordinals, for a query of all).
    ords: Vec<u64>,
    by_ord: Vec<u32>,
}

/// Sentences by (speaker, affiliation) pair, sorted by pair.
pub type PairCounts = Vec<(u64, u64)>;

impl Collector for SpeakerKeys {
    type Fruit = PairCounts;
    type Child = SegmentSpeakerKeys;

    fn for_segment(&self, _: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<SegmentSpeakerKeys> {
        Ok(SegmentSpeakerKeys {
            column: reader.fast_fields().str("speaker_key")?,
            segment: reader.segment_id(),
            directory: Arc::clone(&self.directory),
            ords: Vec::new(),
            by_ord: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<PairCounts>) -> tantivy::Result<PairCounts> {
        let mut all: PairCounts = fruits.into_iter().flatten().collect();
        all.sort_unstable();
        Ok(merge_sorted(all))
    }
}

/// Adds up the counts of equal keys, which sorting made neighbours.
fn merge_sorted(sorted: Vec<(u64, u64)>) -> Vec<(u64, u64)> {
    let mut out: Vec<(u64, u64)> = Vec::with_capacity(sorted.len());
    for (k, n) in sorted {
        match out.last_mut() {
            Some((last, m)) if *last == k => *m += n,
            _ => out.push((k, n)),
        }
    }
    out
}

impl SegmentCollector for SegmentSpeakerKeys {
    type Fruit = PairCounts;

    fn collect(&mut self, doc: DocId, _: Score) {
        let Some(c) = &self.column else { return };
        if self.by_ord.is_empty() {
            self.ords.extend(c.ords().values_for_doc(doc));
            if self.ords.len() > c.num_terms() / 8 + 64 {
                self.by_ord = vec![0; c.num_terms()];
                for ord in self.ords.drain(..) {
                    if let Some(n) = self.by_ord.get_mut(ord as usize) {
                        *n += 1;
                    }
                }
            }
        } else {
            for ord in c.ords().values_for_doc(doc) {
                if let Some(n) = self.by_ord.get_mut(ord as usize) {
                    *n += 1;
                }
            }
        }
    }

    fn harvest(mut self) -> PairCounts {
        let Some(c) = &self.column else { return Vec::new() };
        let counted: Vec<(u64, u64)> = if self.by_ord.is_empty() {
            self.ords.sort_unstable();
            merge_sorted(self.ords.iter().map(|&o| (o, 1)).collect())
        } else {
            let counts = self.by_ord.iter().enumerate().filter(|(_, n)| **n > 0);
            counts.map(|(o, &n)| (o as u64, n as u64)).collect()
        };
        let ords: Vec<u64> = counted.iter().map(|&(o, _)| o).collect();
        let pairs =
            self.directory.inner.lock().unwrap_or_else(PoisonError::into_inner).pairs(self.segment, c, &ords);
        let mut out: PairCounts =
            pairs.into_iter().zip(counted).filter_map(|(p, (_, n))| Some((p?, n))).collect();
        out.sort_unstable();
        out
    }
}

impl SpeakerDirectory {
    /// One row a speaker, most quoted first, from counts by pair.
    pub fn rows(&self, counts: &PairCounts) -> Vec<SpeakerCount> {
        let directory = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        let name = |id: u64| directory.names.get(id as usize).map_or("", |n| n);
        let mut out: Vec<SpeakerCount> = Vec::new();
        for group in counts.chunk_by(|a, b| a.0 >> 32 == b.0 >> 32) {
            let mut affiliations: Vec<(u64, &str)> = group
                .iter()
                .map(|&(p, n)| (n, name(p & 0xffff_ffff)))
                .filter(|(_, a)| !a.is_empty())
                .collect();
            affiliations.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
            out.push(SpeakerCount {
                speaker: name(group[0].0 >> 32).to_string(),
                quotes: group.iter().map(|&(_, n)| n).sum(),
                affiliations: affiliations.into_iter().map(|(_, a)| a.to_string()).collect(),
            });
        }
        // (Speakers are distinct, so the order is total without a stable sort.)
        out.sort_unstable_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.speaker.cmp(&b.speaker)));
        out
    }
}

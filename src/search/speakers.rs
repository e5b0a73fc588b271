//! "Who said": counting matching sentences by speaker through the
//! `speaker_key` fast field, without loading documents.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::index::{SegmentId, SegmentReader};
use tantivy::{DocId, Score, SegmentOrdinal};

use crate::store::KEY_SEPARATOR;
use crate::text::fold;

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
/// then hashing them as strings, was most of its time. A segment never
/// changes, so a key once read stays true; only keys asked for are read.
///
/// (The engine's reader never reloads, so the segments kept are the ones it
/// searches. A reader that reloads would have to drop merged-away segments.)
#[derive(Default)]
pub struct SpeakerKeyCache {
    tables: Mutex<KeyTables>,
}

#[derive(Default)]
struct KeyTables {
    /// Each segment's dictionary ordinals, as a speaker and an affiliation
    /// (see `pair`) plus one, or 0 where not read yet. (Zero, so that a new
    /// table is zeroed memory, which a one-off query over few keys never
    /// touches: filling it cost a process a third of a millisecond.)
    segments: HashMap<SegmentId, Vec<u64>>,
    names: Names,
}

const UNREAD: u64 = 0;

/// Speakers and affiliations, each written once, by id.
#[derive(Default)]
struct Names {
    list: Vec<Box<str>>,
    ids: HashMap<Box<str>, u32>,
}

impl Names {
    fn id(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = u32::try_from(self.list.len()).expect("fewer than 2^32 speakers and affiliations");
        self.list.push(name.into());
        self.ids.insert(name.into(), id);
        id
    }

    fn name(&self, id: u32) -> &str {
        self.list.get(id as usize).map_or("", |n| n)
    }
}

/// A speaker and an affiliation as one number, the speaker in the high half:
/// sorting pairs groups each speaker's affiliations together.
fn pair(speaker: u32, affiliation: u32) -> u64 {
    ((speaker as u64) << 32) | affiliation as u64
}

fn unpair(p: u64) -> (u32, u32) {
    ((p >> 32) as u32, p as u32)
}

impl KeyTables {
    /// Adds to `out` the counts of one segment's ordinals (sorted, distinct)
    /// by pair, reading from its dictionary the keys not read before; an
    /// ordinal the dictionary does not hold is left out.
    fn add_by_pair(
        &mut self,
        segment: SegmentId,
        column: &StrColumn,
        by_ord: &[(u64, u64)],
        out: &mut Vec<(u64, u64)>,
    ) -> std::io::Result<()> {
        let KeyTables { segments, names } = self;
        let known = segments.entry(segment).or_insert_with(|| vec![UNREAD; column.num_terms()]);
        let unread: Vec<u64> =
            by_ord.iter().map(|&(o, _)| o).filter(|&o| known.get(o as usize) == Some(&UNREAD)).collect();
        // (The dictionary calls back once an ordinal, in order.)
        let mut next = unread.iter();
        column.dictionary().sorted_ords_to_term_cb(&unread, |key| {
            let key = String::from_utf8_lossy(key);
            let (speaker, affiliation) = key.split_once(KEY_SEPARATOR).unwrap_or((&key, ""));
            let p = pair(names.id(speaker), names.id(affiliation));
            if let Some(slot) = next.next().and_then(|&o| known.get_mut(o as usize)) {
                *slot = p + 1;
            }
        })?;
        let read = |o: u64| known.get(o as usize).filter(|&&p| p != UNREAD).map(|p| p - 1);
        out.extend(by_ord.iter().filter_map(|&(o, n)| Some((read(o)?, n))));
        Ok(())
    }

    /// One row a speaker, most quoted first, from counts by pair, sorted.
    fn rows(&self, counts: &[(u64, u64)]) -> Vec<SpeakerCount> {
        let mut out: Vec<SpeakerCount> = Vec::new();
        for group in counts.chunk_by(|a, b| unpair(a.0).0 == unpair(b.0).0) {
            let affiliations = group.iter().map(|&(p, n)| (n, self.names.name(unpair(p).1)));
            out.push(SpeakerCount {
                speaker: self.names.name(unpair(group[0].0).0).to_string(),
                quotes: group.iter().map(|&(_, n)| n).sum(),
                affiliations: most_given(affiliations.filter(|(_, a)| !a.is_empty())),
            });
        }
        // (Speakers are distinct, so the order is total without a stable sort.)
        out.sort_unstable_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.speaker.cmp(&b.speaker)));
        out
    }
}

/// Affiliations with their numbers of quotes, most given first. Those
/// written alike but for capitals or accents ("Korea Foundation fellow",
/// "Korea Foundation Fellow") are one, shown as written most often.
fn most_given<'a>(affiliations: impl Iterator<Item = (u64, &'a str)>) -> Vec<String> {
    let affiliations: Vec<(u64, &str)> = affiliations.collect();
    // (Most speakers have one affiliation or none: nothing to fold.)
    if let [] | [_] = affiliations.as_slice() {
        return affiliations.into_iter().map(|(_, a)| a.to_string()).collect();
    }
    let mut written: Vec<(String, u64, &str)> =
        affiliations.into_iter().map(|(n, a)| (fold(a), n, a)).collect();
    // (By the folded form, then most written and first in order.)
    written.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.cmp(&a.1)).then_with(|| a.2.cmp(b.2)));
    let mut one_each: Vec<(u64, &str)> = written
        .chunk_by(|a, b| a.0 == b.0)
        .map(|alike| (alike.iter().map(|&(_, n, _)| n).sum(), alike[0].2))
        .collect();
    one_each.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    one_each.into_iter().map(|(_, a)| a.to_string()).collect()
}

/// Counts matching documents by speaker and affiliation, most quoted first.
pub struct SpeakerKeys<'a> {
    pub cache: &'a SpeakerKeyCache,
}

pub struct SegmentSpeakerKeys {
    column: Option<StrColumn>,
    segment: SegmentId,
    counts: Counts,
    /// The keys of each match with more than one, one after another, each
    /// list ended by `END`: a speaker named twice in a sentence (with two
    /// affiliations) is one quote.
    several: Vec<u64>,
}

const END: u64 = u64::MAX;

/// The speaker-key ordinals of a segment's matches: listed, then sorted and
/// counted at harvest; or, once they outnumber an eighth of the dictionary,
/// counted by ordinal as they come, which costs a pass over every ordinal but
/// no sort (of a million ordinals, for a query of all sentences).
enum Counts {
    Listed(Vec<u64>),
    ByOrdinal(Vec<u32>),
}

/// Matches listed before counting by ordinal, for a dictionary of `terms`.
/// (The floor spares a small dictionary a table for a handful of matches.)
fn listed_at_most(terms: usize) -> usize {
    terms / 8 + 64
}

/// One segment's matches, counted by dictionary ordinal (sorted); turned
/// into speakers when the segments' counts are merged.
pub struct SegmentCounts {
    column: Option<StrColumn>,
    segment: SegmentId,
    by_ord: Vec<(u64, u64)>,
    several: Vec<u64>,
}

impl Collector for SpeakerKeys<'_> {
    type Fruit = Vec<SpeakerCount>;
    type Child = SegmentSpeakerKeys;

    fn for_segment(&self, _: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<SegmentSpeakerKeys> {
        Ok(SegmentSpeakerKeys {
            column: reader.fast_fields().str("speaker_key")?,
            segment: reader.segment_id(),
            counts: Counts::Listed(Vec::new()),
            several: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<SegmentCounts>) -> tantivy::Result<Vec<SpeakerCount>> {
        let mut tables = self.cache.tables.lock().unwrap_or_else(PoisonError::into_inner);
        let mut by_pair: Vec<(u64, u64)> = Vec::new();
        for f in fruits {
            let Some(column) = f.column.filter(|_| !f.by_ord.is_empty()) else { continue };
            tables.add_by_pair(f.segment, &column, &f.by_ord, &mut by_pair)?;
            // A speaker keyed twice in one match counts once: the second
            // key's pair gives a quote back.
            let known = tables.segments.get(&f.segment);
            let pair_of =
                |o: u64| known.and_then(|k| k.get(o as usize)).filter(|&&p| p != UNREAD).map(|p| p - 1);
            for keys in f.several.split(|&o| o == END) {
                let pairs: Vec<u64> = keys.iter().filter_map(|&o| pair_of(o)).collect();
                for (i, &p) in pairs.iter().enumerate() {
                    if pairs[..i].iter().any(|&q| unpair(q).0 == unpair(p).0) {
                        by_pair.push((p, u64::MAX));
                    }
                }
            }
        }
        by_pair.sort_unstable();
        Ok(tables.rows(&add_up_sorted(by_pair)))
    }
}

/// Adds up the counts of equal keys, which sorting made neighbours.
/// (A count of `u64::MAX` takes one back: `wrapping_add` of it is one less.)
fn add_up_sorted(sorted: Vec<(u64, u64)>) -> Vec<(u64, u64)> {
    let mut out: Vec<(u64, u64)> = Vec::with_capacity(sorted.len());
    for (k, n) in sorted {
        match out.last_mut() {
            Some((last, m)) if *last == k => *m = m.wrapping_add(n),
            _ => out.push((k, n)),
        }
    }
    out.retain(|&(_, n)| n > 0 && n != u64::MAX);
    out
}

impl SegmentCollector for SegmentSpeakerKeys {
    type Fruit = SegmentCounts;

    fn collect(&mut self, doc: DocId, _: Score) {
        let Some(c) = &self.column else { return };
        let values = c.ords().values_for_doc(doc);
        // (Most matches have one key or none: a second is looked for, no more.)
        if c.ords().values_for_doc(doc).nth(1).is_some() {
            self.several.extend(c.ords().values_for_doc(doc));
            self.several.push(END);
        }
        match &mut self.counts {
            Counts::Listed(ords) => {
                ords.extend(values);
                if ords.len() > listed_at_most(c.num_terms()) {
                    let mut by_ord = vec![0; c.num_terms()];
                    count_into(&mut by_ord, ords.drain(..));
                    self.counts = Counts::ByOrdinal(by_ord);
                }
            }
            Counts::ByOrdinal(by_ord) => count_into(by_ord, values),
        }
    }

    fn harvest(self) -> SegmentCounts {
        let by_ord = match self.counts {
            Counts::Listed(mut ords) => {
                ords.sort_unstable();
                add_up_sorted(ords.into_iter().map(|o| (o, 1)).collect())
            }
            Counts::ByOrdinal(by_ord) => {
                let counted = by_ord.into_iter().enumerate().filter(|&(_, n)| n > 0);
                counted.map(|(o, n)| (o as u64, n as u64)).collect()
            }
        };
        SegmentCounts { column: self.column, segment: self.segment, by_ord, several: self.several }
    }
}

fn count_into(by_ord: &mut [u32], ords: impl Iterator<Item = u64>) {
    for ord in ords {
        if let Some(n) = by_ord.get_mut(ord as usize) {
            *n += 1;
        }
    }
}

//! Small character helpers shared by the text stages.

/// FNV-1a: a fast hash for short words (the default SipHash, built to resist
/// flooding, showed in profiles of word-list lookups; these keys are ours).
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash set of words keyed with [`Fnv`].
pub type WordSet<T> = std::collections::HashSet<T, std::hash::BuildHasherDefault<Fnv>>;

/// A fixed list of words, looked up through a table built on first use
/// (the lists are read for every token, and a linear scan showed in profiles).
pub struct Words {
    list: &'static [&'static str],
    set: std::sync::OnceLock<(ShortWordMap<()>, WordSet<&'static str>)>,
}

impl Words {
    pub const fn new(list: &'static [&'static str]) -> Words {
        Words { list, set: std::sync::OnceLock::new() }
    }

    pub fn contains(&self, word: &&str) -> bool {
        let (short, long) = self.set.get_or_init(|| {
            let short = ShortWordMap::new(self.list.iter().map(|w| (w.to_string(), ())));
            (short, self.list.iter().copied().filter(|w| w.len() > 16).collect())
        });
        if word.len() <= 16 {
            short.get(word).is_some()
        } else {
            long.contains(*word)
        }
    }
}

/// Short words (up to 16 bytes) mapped to small values, in an open-addressed
/// table: a lookup is a multiply and a compare of two machine words. Built
/// for word classes asked of every token, where a general hash map showed
/// in profiles. The slots are four bytes (a 16-bit tag of the hash and the
/// entry's index), so that the tables of all the word lists stay in the
/// closest caches; a word is compared only where its tag matches. A
/// prefilter turns away most other words before any of that.
pub struct ShortWordMap<V> {
    filter: Prefilter,
    slots: Vec<u32>,
    entries: Vec<(Key, V)>,
    shift: u32,
}

/// A word of up to 16 bytes as its length and two machine words: the first
/// eight bytes and the last eight (which overlap in words shorter than 16),
/// or for words shorter than eight, the bytes and zero.
type Key = (usize, u64, u64);

impl<V: Copy> ShortWordMap<V> {
    /// The map of `entries`; words longer than 16 bytes are left out.
    pub fn new(entries: impl IntoIterator<Item = (String, V)>) -> Self {
        let mut index: std::collections::HashMap<Key, usize> = std::collections::HashMap::new();
        let mut unique: Vec<(Key, V)> = Vec::new();
        let mut filter = Prefilter::default();
        for (w, v) in entries {
            let Some(k) = Self::key(w.as_bytes()) else { continue };
            filter.insert(&w);
            match index.get(&k) {
                Some(&i) => unique[i].1 = v,
                None => {
                    index.insert(k, unique.len());
                    unique.push((k, v));
                }
            }
        }
        assert!(unique.len() < 0xffff, "a word list for a 16-bit index");
        // A quarter full at most, so that probes are short.
        let bits = (unique.len() * 4).next_power_of_two().max(16).trailing_zeros();
        let mut map = ShortWordMap { filter, slots: vec![0; 1 << bits], entries: unique, shift: 64 - bits };
        for (n, &(k, _)) in map.entries.iter().enumerate() {
            let (mut i, tag) = map.slot(k);
            while map.slots[i] != 0 {
                i = (i + 1) & (map.slots.len() - 1);
            }
            map.slots[i] = tag | (n as u32 + 1);
        }
        map
    }

    pub fn get(&self, word: &str) -> Option<V> {
        self.get_bytes(word.as_bytes())
    }

    /// `get` for a word's bytes (the tokenizer holds lowercased ASCII as bytes).
    pub fn get_bytes(&self, word: &[u8]) -> Option<V> {
        if !self.filter.may_contain_bytes(word) {
            return None;
        }
        let k = Self::key(word)?;
        let (mut i, tag) = self.slot(k);
        loop {
            match self.slots[i] {
                0 => return None,
                s if s & 0xffff_0000 == tag => {
                    let (other, v) = self.entries[(s & 0xffff) as usize - 1];
                    if other == k {
                        return Some(v);
                    }
                }
                _ => {}
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }

    fn key(b: &[u8]) -> Option<Key> {
        let n = b.len();
        let word_at = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or_default());
        match n {
            0..8 => Some((n, b.iter().rev().fold(0, |x, &c| (x << 8) | c as u64), 0)),
            8..=16 => Some((n, word_at(0), word_at(n - 8))),
            _ => None,
        }
    }

    /// The first slot to probe for a key, and its tag (in the high half).
    fn slot(&self, (n, lo, hi): Key) -> (usize, u32) {
        let h = (lo ^ hi.rotate_left(31) ^ n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        ((h >> self.shift) as usize, (h as u32) & 0xffff_0000)
    }
}

/// A quick "certainly not in the list" test before hashing: a bitmap of
/// the words' first two bytes, last two and length, hashed. Most words of a
/// sentence are in no list, and this rejects nearly all of them in one read.
/// (Keyed by the first two bytes and the length alone, it let a third of
/// all words through to the full lookup of the cue table: common words
/// share their openings with cues.)
/// (Kept in the table itself, not behind a pointer: the word lists are
/// statics, and the bitmap is then read without a load before it.)
#[derive(Clone)]
struct Prefilter {
    bits: [u64; PREFILTER_WORDS],
}

/// 2^14 bits, 2 KB: a list of a thousand words sets about one bit in sixteen.
const PREFILTER_BITS: u32 = 14;
const PREFILTER_WORDS: usize = 1 << (PREFILTER_BITS - 6);

impl Default for Prefilter {
    fn default() -> Self {
        Prefilter { bits: [0; PREFILTER_WORDS] }
    }
}

impl Prefilter {
    fn slot(b: &[u8]) -> (usize, u64) {
        let n = b.len();
        // (The first two bytes and the last two; one test of the length
        // instead of four of each index: this runs for every word asked.)
        let ends = match *b {
            [] => 0,
            [c] => c as u64 | (c as u64) << 24,
            [c0, c1, ..] => c0 as u64 | (c1 as u64) << 8 | (b[n - 2] as u64) << 16 | (b[n - 1] as u64) << 24,
        };
        let x = ends | (n as u64) << 32;
        let h = x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - PREFILTER_BITS);
        ((h >> 6) as usize, 1 << (h & 63))
    }

    fn insert(&mut self, word: &str) {
        let (slot, bit) = Prefilter::slot(word.as_bytes());
        self.bits[slot] |= bit;
    }

    #[cfg(test)]
    fn may_contain(&self, word: &str) -> bool {
        self.may_contain_bytes(word.as_bytes())
    }

    fn may_contain_bytes(&self, word: &[u8]) -> bool {
        let (slot, bit) = Prefilter::slot(word);
        self.bits[slot] & bit != 0
    }
}

/// Dashes longer than a hyphen: en dash, em dash, and the horizontal bar
/// some outlets set for both ("gun rights ― the share", "― Maria, 25").
pub fn is_dash(c: char) -> bool {
    matches!(c, '–' | '—' | '―')
}

/// Characters that can close a quotation.
pub fn is_closing_mark(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | '»')
}

/// Characters that can open a quotation.
pub fn is_opening_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '«')
}

/// Lowercases and strips accents from Latin letters, for matching names
/// ("Zelenskyy", "ZELENSKYY", "Zélensky" all compare alike).
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        for l in c.to_lowercase() {
            out.push(fold_char(l));
        }
    }
    out
}

fn fold_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ş' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ť' | 'ţ' => 't',
        '’' => '\'',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn short_word_map_finds_its_words_and_no_others() {
        // Lengths on both sides of the key's eight- and sixteen-byte parts.
        let words = ["say", "saying", "reported", "acknowledged", "acknowledgement", "counterstatement"];
        let map = super::ShortWordMap::new(words.iter().enumerate().map(|(i, w)| (w.to_string(), i)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(i), "{w}");
        }
        for w in ["sa", "says", "sayin", "reporter", "acknowledgements", "counterstatements", "", "say\0"] {
            assert_eq!(map.get(w), None, "{w:?}");
        }
    }

    #[test]
    fn prefilter_never_turns_away_a_word_of_its_list() {
        // (A word turned away would be a word of the list missed.)
        let words = ["", "a", "he", "said", "according", "acknowledgement", "d’avant", "état", "co-founder"];
        let mut filter = super::Prefilter::default();
        words.iter().for_each(|w| filter.insert(w));
        for w in words {
            assert!(filter.may_contain(w), "{w:?}");
        }
        // And it turns away most others: that is what it is for.
        let others = ["the", "of", "and", "to", "in", "that", "is", "was", "for", "on", "with", "as"];
        assert!(others.iter().filter(|w| filter.may_contain(w)).count() <= 2);
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(super::fold("Zélensky ŁUKASZ"), "zelensky lukasz");
    }
}

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

/// A fixed list of words, looked up through a hash set built on first use
/// (the lists are read for every token, and a linear scan showed in profiles).
pub struct Words {
    list: &'static [&'static str],
    set: std::sync::OnceLock<(Prefilter, WordSet<&'static str>)>,
}

impl Words {
    pub const fn new(list: &'static [&'static str]) -> Words {
        Words { list, set: std::sync::OnceLock::new() }
    }

    pub fn contains(&self, word: &&str) -> bool {
        let (filter, set) = self.set.get_or_init(|| {
            let mut filter = Prefilter::default();
            self.list.iter().for_each(|w| filter.insert(w));
            (filter, self.list.iter().copied().collect())
        });
        filter.may_contain(word) && set.contains(*word)
    }
}

/// A quick "certainly not in the list" test before hashing: which lengths
/// occur for each pair of first two bytes. Most words of a sentence are in
/// no list, and this rejects them in a table read.
#[derive(Clone)]
pub struct Prefilter {
    lengths: Box<[u16; 1024]>,
}

impl Default for Prefilter {
    fn default() -> Self {
        Prefilter { lengths: Box::new([0; 1024]) }
    }
}

impl Prefilter {
    fn slot(word: &str) -> (usize, u16) {
        let b = word.as_bytes();
        let first = b.first().map_or(0, |c| (c & 31) as usize);
        let second = b.get(1).map_or(0, |c| (c & 31) as usize);
        (first * 32 + second, 1 << word.len().min(15))
    }

    pub fn insert(&mut self, word: &str) {
        let (slot, bit) = Prefilter::slot(word);
        self.lengths[slot] |= bit;
    }

    pub fn may_contain(&self, word: &str) -> bool {
        let (slot, bit) = Prefilter::slot(word);
        self.lengths[slot] & bit != 0
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
    fn folding_ignores_case_and_accents() {
        assert_eq!(super::fold("Zélensky ŁUKASZ"), "zelensky lukasz");
    }
}

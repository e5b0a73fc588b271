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
    set: std::sync::OnceLock<WordSet<&'static str>>,
}

impl Words {
    pub const fn new(list: &'static [&'static str]) -> Words {
        Words { list, set: std::sync::OnceLock::new() }
    }

    pub fn contains(&self, word: &&str) -> bool {
        self.set.get_or_init(|| self.list.iter().copied().collect()).contains(*word)
    }
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

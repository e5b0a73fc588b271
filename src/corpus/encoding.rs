//! Text that is not UTF-8: news archives keep files in Windows-1252 (Latin-1
//! with curly quotes), and a file with one such byte is still worth reading.

/// `bytes` as text: UTF-8 where they are UTF-8, and each other byte read as
/// Windows-1252 (which Latin-1 text is too). Also the offset of the first
/// byte read so, if any: the caller says that it guessed.
pub fn decode(bytes: Vec<u8>) -> (String, Option<usize>) {
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return (text, None),
        Err(e) => e.into_bytes(),
    };
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut first_guess = None;
    let mut rest = &bytes[..];
    let mut at = 0;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                out.push_str(valid);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // (Valid up to `good`, as `from_utf8` found.)
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let bad = e.error_len().unwrap_or(rest.len() - good);
                for &b in &rest[good..good + bad] {
                    out.push(windows_1252(b));
                }
                first_guess.get_or_insert(at + good);
                at += good + bad;
                rest = &rest[good + bad..];
            }
        }
    }
    (out, first_guess)
}

/// The character of a byte of Windows-1252 that is not ASCII. (The five
/// bytes it leaves unassigned are kept as the C1 controls Latin-1 makes
/// them.)
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[(b - 0x80) as usize],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn windows_1252_bytes_are_read_and_utf8_is_kept() {
        // "£5m", Latin-1; curly quotes, Windows-1252.
        assert_eq!(decode(b"\xa35m".to_vec()), ("£5m".to_string(), Some(0)));
        assert_eq!(decode(b"he said \x93no\x94".to_vec()).0, "he said “no”");
        // A UTF-8 file with one stray byte keeps its UTF-8 as it is.
        let (text, at) = decode("Zürich \u{2014} ".bytes().chain([0xe9, b'!']).collect());
        assert_eq!(text, "Zürich \u{2014} é!");
        assert_eq!(at, Some("Zürich \u{2014} ".len()));
        assert_eq!(decode(b"plain".to_vec()), ("plain".to_string(), None));
    }
}

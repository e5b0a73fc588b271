//! Quotation spans: straight and curly double quotes, single quotes used as
//! quotation marks, nesting, and quotations that run over paragraphs.

/// One quotation within one paragraph. A quotation that runs on into the next
/// paragraph (its paragraph opens again with a quote mark, the older one never
/// closed) is one [`Quote`] a paragraph, sharing `chain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Byte offset of the opening mark.
    pub start: usize,
    /// Byte offset just after the closing mark, or the paragraph's end when
    /// the quotation was not closed there.
    pub end: usize,
    /// The words inside the marks.
    pub inner_start: usize,
    pub inner_end: usize,
    /// Quotations of one chain are one speaker's words.
    pub chain: usize,
    /// Never closed: no closing mark, and no paragraph after it that opens
    /// with one to go on with it; or opened again in mid-paragraph, where an
    /// archive lost the paragraph breaks. Its end is a guess.
    pub dangling: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Double,
    Single,
}

struct Open {
    mark: Mark,
    start: usize,
    inner_start: usize,
    /// A quotation of the other mark opened inside this one.
    nested: bool,
    chain: usize,
}

/// The quote marks of a paragraph with their byte offsets. A SIMD search
/// for the bytes that can start one (", ', and E2 for the curly marks),
/// since a search by chars decodes the whole text; « and » are rare, and
/// a paragraph with a C2 byte takes the char search.
fn quote_marks(para: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    const MARKS: [char; 8] = ['"', '“', '”', '‘', '’', '\'', '«', '»'];
    let bytes = para.as_bytes();
    // (Exactly one of the two searches is made, the other is None; without
    // a box, since a box a paragraph showed in profiles.)
    let by_chars = memchr::memchr(0xC2, bytes).is_some();
    let chars = by_chars.then(|| para.match_indices(MARKS));
    let quick = (!by_chars).then(|| {
        memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).filter_map(move |i| {
            let c = para[i..].chars().next()?;
            MARKS.contains(&c).then(|| (i, &para[i..i + c.len_utf8()]))
        })
    });
    chars.into_iter().flatten().chain(quick.into_iter().flatten())
}

/// Finds the quotations of every paragraph; `paragraphs` are byte ranges of
/// `text` in reading order.
pub fn find(text: &str, paragraphs: &[(usize, usize)]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut chains = 0;
    // The chain of a double quotation left open at the end of the last paragraph.
    let mut pending: Option<usize> = None;
    for (pi, &(ps, pe)) in paragraphs.iter().enumerate() {
        let para = &text[ps..pe];
        let opens_with_mark = para.trim_start().starts_with(['"', '“', '‘', '\'', '«']);
        // The first quotation of a paragraph that opens with a quote mark
        // continues a quotation left open in the paragraph before.
        let mut continued = if opens_with_mark { pending.take() } else { None };
        pending = None;
        let mut new_open = |mark: Mark, start: usize, inner_start: usize| {
            let chain = continued.take().unwrap_or_else(|| {
                chains += 1;
                chains
            });
            Some(Open { mark, start, inner_start, nested: false, chain })
        };
        let mut open: Option<Open> = None;
        // Only quote marks matter: visit them and look at their neighbours,
        // without walking every character.
        let marks = quote_marks(para);
        let mut skip_until = 0;
        for (i, mark) in marks {
            if i < skip_until {
                continue;
            }
            let c = mark.chars().next().unwrap_or('"');
            let mut prev = para[..i].chars().next_back();
            let mut next = para[i + c.len_utf8()..].chars().next();
            let at = ps + i;
            let mut after = at + c.len_utf8();
            // Two apostrophes stand for a double quote in some wire copy: ''Yes,'' he said.
            let c = if c == '\'' && next == Some('\'') {
                skip_until = i + 2;
                after += 1;
                next = para[i + 2..].chars().next();
                '"'
            } else {
                c
            };
            if para[..i].ends_with("''") {
                prev = Some('"');
            }
            match c {
                '“' | '«' => match &mut open {
                    None => open = new_open(Mark::Double, at, after),
                    Some(o) if o.mark == Mark::Single => o.nested = true,
                    // A typo'd closing mark: `...here,“ said Jim Clyburn`.
                    Some(_)
                        if prev.is_some_and(|p| !p.is_whitespace())
                            && next.is_none_or(char::is_whitespace) =>
                    {
                        close(&mut out, &mut open, at, after);
                    }
                    Some(_) => {}
                },
                '”' | '»' => match &mut open {
                    Some(o) if o.mark == Mark::Double => {
                        close(&mut out, &mut open, at, after);
                    }
                    Some(o) => o.nested = false,
                    None => {}
                },
                '"' => {
                    let opening = opens(prev, next);
                    match &mut open {
                        Some(o) if o.mark == Mark::Double => {
                            if !opening || next.is_none() {
                                close(&mut out, &mut open, at, after);
                            } else if let Some(end) =
                                sentence_end_before(para, i).filter(|&e| ps + e > o.inner_start)
                            {
                                // `...blame on Robin. "It's just ...`: opened again
                                // after a sentence, where a paragraph of the
                                // quotation began in an archive that lost the
                                // breaks. The one before ends there, its end a guess.
                                let chain = o.chain;
                                close(&mut out, &mut open, ps + end, ps + end);
                                if let Some(q) = out.last_mut() {
                                    q.dangling = true;
                                }
                                open = Some(Open {
                                    mark: Mark::Double,
                                    start: at,
                                    inner_start: after,
                                    nested: false,
                                    chain,
                                });
                            }
                        }
                        Some(o) => o.nested = !o.nested,
                        None => {
                            if opening {
                                open = new_open(Mark::Double, at, after);
                            }
                        }
                    }
                }
                '‘' | '\'' | '’' => {
                    let apostrophe =
                        prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
                    if apostrophe {
                        continue;
                    }
                    let opening = c != '’' && opens(prev, next);
                    let closing = c != '‘'
                        && prev.is_some_and(|p| !p.is_whitespace())
                        && next.is_none_or(|n| !n.is_alphanumeric());
                    match &mut open {
                        None if opening => open = new_open(Mark::Single, at, after),
                        Some(o) if o.mark == Mark::Single && closing && !o.nested => {
                            close(&mut out, &mut open, at, after);
                        }
                        Some(o) if o.mark == Mark::Double => {
                            if opening {
                                o.nested = true;
                            } else if closing {
                                o.nested = false;
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        // A double quotation still open at the paragraph's end runs to it, and
        // may go on in the next paragraph; a single mark left open was most
        // likely an apostrophe, and is dropped.
        if let Some(o) = open.take() {
            if o.mark == Mark::Double {
                let continues = paragraphs.get(pi + 1).is_some_and(|&(ns, ne)| {
                    text[ns..ne].trim_start().starts_with(['"', '“', '‘', '\'', '«'])
                });
                // A closing mark forgotten before the frame: `"The pier will
                // be back, Sutton said after the meeting.` ends at the comma.
                let end = if continues { None } else { forgotten_close(text, o.inner_start, pe) };
                match end {
                    Some(at) => out.push(Quote {
                        start: o.start,
                        end: at,
                        inner_start: o.inner_start,
                        inner_end: at,
                        chain: o.chain,
                        dangling: false,
                    }),
                    None => {
                        out.push(Quote {
                            start: o.start,
                            end: pe,
                            inner_start: o.inner_start,
                            inner_end: pe,
                            chain: o.chain,
                            dangling: !continues,
                        });
                        pending = Some(o.chain);
                    }
                }
            }
        }
    }
    out
}

/// In an unclosed quotation, the comma after which a speech frame ends the
/// paragraph (", Sutton said after the meeting."): up to four words, one of
/// them a speech verb, at most eight words in all after the comma.
fn forgotten_close(text: &str, from: usize, end: usize) -> Option<usize> {
    let inner = &text[from..end];
    let comma = inner.rfind(", ")?;
    let tail: Vec<&str> = inner[comma + 2..].split_whitespace().collect();
    if tail.is_empty() || tail.len() > 8 {
        return None;
    }
    let verb_at = tail.iter().take(5).position(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
        super::cues::is_speech_verb(w)
    })?;
    let named = tail[..verb_at].iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        || matches!(tail.first().copied(), Some("he" | "she" | "they"));
    (verb_at <= 4 && (verb_at == 0 || named)).then_some(from + comma + 1)
}

/// Where the sentence before the mark at `i` ends, just after its full stop
/// (or ? or !), when only spaces stand between them.
fn sentence_end_before(para: &str, i: usize) -> Option<usize> {
    let before = para[..i].trim_end_matches(' ');
    (before.len() < i && before.ends_with(['.', '?', '!'])).then_some(before.len())
}

/// A straight quote opens when it follows white space, an opening bracket or
/// a dash, and precedes a word.
fn opens(prev: Option<char>, next: Option<char>) -> bool {
    let before_ok = prev.is_none_or(|p| {
        p.is_whitespace() || crate::text::is_dash(p) || matches!(p, '(' | '[' | '-' | '/' | ':' | '“' | '"')
    });
    let after_ok = next.is_some_and(|n| !n.is_whitespace());
    before_ok && after_ok
}

fn close(out: &mut Vec<Quote>, open: &mut Option<Open>, at: usize, after: usize) {
    if let Some(o) = open.take() {
        out.push(Quote {
            start: o.start,
            end: after,
            inner_start: o.inner_start,
            inner_end: at,
            chain: o.chain,
            dangling: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted<'a>(text: &'a str, paras: &[(usize, usize)]) -> Vec<(&'a str, usize)> {
        find(text, paras).iter().map(|q| (&text[q.inner_start..q.inner_end], q.chain)).collect()
    }

    fn whole(text: &str) -> Vec<(usize, usize)> {
        vec![(0, text.len())]
    }

    #[test]
    fn a_quotation_opened_again_after_a_sentence_ends_there() {
        // An archive that ran paragraphs together: each paragraph of the
        // quotation opened it again. One chain, the earlier end a guess.
        let t = "Cole said: \"No one blames him. \"It just happens.\" He left.";
        let q = find(t, &whole(t));
        assert_eq!(quoted(t, &whole(t)), vec![("No one blames him.", 1), ("It just happens.", 1)]);
        assert!(q[0].dangling && !q[1].dangling);
        // Inside a sentence it is no new paragraph: the old behaviour stands.
        let t = "He said: \"The so-called \"experts\" are wrong.\"";
        assert_eq!(find(t, &whole(t)).len(), 1);
    }

    #[test]
    fn straight_and_curly_double_quotes() {
        let t = "\"It is over,\" he said. She called it “a mess.”";
        assert_eq!(quoted(t, &whole(t)), vec![("It is over,", 1), ("a mess.", 2)]);
    }

    #[test]
    fn british_single_quotes_and_apostrophes() {
        let t = "‘We don’t know,’ Mr Smith said, ‘but the plan is “dead”.’";
        let q = quoted(t, &whole(t));
        assert_eq!(q[0].0, "We don’t know,");
        assert_eq!(q.len(), 2);
        let straight = "'We will win,' he said. It's Jones's turn.";
        assert_eq!(quoted(straight, &whole(straight)), vec![("We will win,", 1)]);
    }

    #[test]
    fn an_opening_mark_typed_for_a_closing_one_still_closes() {
        let t = "“It could create problems,“ said Jim Clyburn.";
        assert_eq!(quoted(t, &whole(t)), vec![("It could create problems,", 1)]);
    }

    #[test]
    fn a_forgotten_closing_mark_before_the_frame() {
        let t = "\"The pier will be back by summer, Sutton said after the meeting.";
        assert_eq!(quoted(t, &whole(t)), vec![("The pier will be back by summer,", 1)]);
        let open = "He said \"it is over, and more.";
        assert_eq!(quoted(open, &whole(open))[0].0, "it is over, and more.");
    }

    #[test]
    fn two_apostrophes_are_a_double_quote() {
        let t = "''If there is a drop-off, that is 60 votes,'' Mr. King said.";
        assert_eq!(quoted(t, &whole(t)), vec![("If there is a drop-off, that is 60 votes,", 1)]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        let t = "\"He told me 'never again' and left,\" she said.";
        assert_eq!(quoted(t, &whole(t)), vec![("He told me 'never again' and left,", 1)]);
    }

    #[test]
    fn quotation_running_into_the_next_paragraph_keeps_its_chain() {
        let t = "He said: \"First part.\n\"Second part.\"\nNarration.";
        let paras = vec![(0, 21), (22, 37), (38, t.len())];
        let q = find(t, &paras);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].chain, q[1].chain);
        assert_eq!(&t[q[1].inner_start..q[1].inner_end], "Second part.");
    }

    #[test]
    fn unbalanced_mark_recovers_at_paragraph_end() {
        let t = "He said \"it is over.\nThen \"another\" came.";
        let paras = vec![(0, 20), (21, t.len())];
        let q = quoted(t, &paras);
        assert_eq!(q[0].0, "it is over.");
        assert_eq!(q[1].0, "another");
        assert_ne!(q[0].1, q[1].1);
    }
}

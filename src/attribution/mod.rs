//! Quotations and attribution: who said each sentence, in what words.
//!
//! Pure code over text, with no index in it. The stages, per article:
//! 1. [`quotes`] finds quotation spans, chained across paragraphs;
//! 2. each sentence looks for a cue (a speech verb outside quotations, or
//!    "according to") and the [`mentions`] around it: the subject before the
//!    verb, or the name after it ("said Sonin");
//! 3. [`speakers`] resolves mentions to one canonical name a person;
//! 4. quotations without a frame take the speaker of their chain or of the
//!    sentence before; unnamed sources take the name of whoever is quoted
//!    with the same words elsewhere in the article.

pub mod cues;
mod first_names;
pub mod labels;
pub mod mentions;
pub mod quotes;
pub mod speakers;
pub mod tokens;

use crate::text::Words;
use mentions::{Mention, MentionKind, Pronoun};
use quotes::Quote;
use serde::Serialize;
use speakers::Speakers;
use tokens::Token;

/// What kind of speech a sentence carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// In quotation marks.
    Direct,
    /// Reported speech.
    Indirect,
    /// Reported speech with a quoted fragment.
    Mixed,
    /// Narration.
    None,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Indirect => "indirect",
            Kind::Mixed => "mixed",
            Kind::None => "none",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        match s.to_ascii_lowercase().as_str() {
            "direct" => Some(Kind::Direct),
            "indirect" => Some(Kind::Indirect),
            "mixed" => Some(Kind::Mixed),
            "none" => Some(Kind::None),
            _ => None,
        }
    }
}

/// A byte range of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// The attribution of one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub kind: Kind,
    pub speaker: Option<String>,
    pub affiliation: Option<String>,
    /// The mention that names the speaker ("he", "Edward Howell"); for a
    /// quotation that runs on, the mention in the sentence that framed it.
    pub source: Option<Span>,
    /// The speech verb or "according to".
    pub cue: Option<Span>,
    /// The quoted or reported words inside the sentence.
    pub content: Vec<Span>,
    /// Further speakers the sentence reports ("X said A, while Y said B"):
    /// the first is in the fields above.
    pub others: Vec<OtherSpeaker>,
}

/// A further speaker of a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OtherSpeaker {
    pub speaker: Option<String>,
    pub affiliation: Option<String>,
    pub source: Span,
    pub cue: Span,
}

impl Attribution {
    fn none() -> Self {
        Attribution {
            kind: Kind::None,
            speaker: None,
            affiliation: None,
            source: None,
            cue: None,
            content: Vec::new(),
            others: Vec::new(),
        }
    }
}

/// A sentence to attribute: its paragraph (index into the paragraph list) and
/// byte range.
#[derive(Debug, Clone, Copy)]
pub struct SentenceRef {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// A cue and the mention that goes with it.
struct Frame {
    cue: Span,
    mention: Option<Mention>,
}

/// A speaker handed on to a sentence without a frame: who (when resolved),
/// their affiliation, and the mention that named them.
type Inherited = (Option<usize>, Option<String>, Option<Span>);

/// A further frame of a sentence, resolved: speaker, affiliation, source, cue.
type OtherFrame = (Option<usize>, Option<String>, Span, Span);

/// What one sentence says about itself before the article-wide passes.
struct Facts {
    quotes: Vec<usize>,
    frame: Option<Frame>,
    speaker: Option<usize>,
    affiliation: Option<String>,
    source: Option<Span>,
    kind: Kind,
    /// A turn of a transcript or interview, spoken by its label's speaker.
    turn: bool,
    /// The clause's subject, for a quotation in narration without a cue.
    subject: Option<Mention>,
    /// Further frames of the sentence, resolved.
    others: Vec<OtherFrame>,
}

/// Attributes every sentence of one article. `paragraphs` are byte ranges of
/// `text`; each sentence names its paragraph.
pub fn attribute(text: &str, paragraphs: &[(usize, usize)], sentences: &[SentenceRef]) -> Vec<Attribution> {
    let mut quotes = quotes::find(text, paragraphs);
    end_open_quotes_at_narration(text, sentences, &mut quotes);
    // (Once a quotation: one that runs over sentences is asked by each.)
    let quotation: Vec<bool> = quotes.iter().map(|q| is_quotation(text, q)).collect();
    let mut speakers = Speakers::default();
    let mut facts: Vec<Facts> = Vec::with_capacity(sentences.len());
    // Transcripts and interviews: from the first labelled paragraph on, every
    // paragraph is a turn of the labelled speaker (or of the last one).
    let labels = labels::find(text, paragraphs);
    let dialogue_from = labels::dialogue_start(text, &labels);
    let every_turn_labelled = labels.iter().flatten().next().is_some_and(|l| l.marks_every_turn(text));
    let mut last_turn_paragraph: Option<usize> = None;
    let mut intro_people: Vec<usize> = Vec::new();
    let mut turn: Option<Inherited> = None;
    let mut first_quote = 0;
    // (One buffer of each for every sentence of the article.)
    let mut sentence_tokens = Vec::new();
    let mut in_quote_buffer = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        // Where every turn is labelled, an unlabelled paragraph is narration,
        // unless it goes on with the turn before it in the first person.
        let p = s.paragraph;
        let continues = last_turn_paragraph.is_some_and(|t| t == p || t + 1 == p) && {
            let (ps, pe) = paragraphs[p];
            labels::first_person(&text[ps..pe])
        };
        let narration = labels[p].is_none() && every_turn_labelled && !continues;
        if let Some(from) = dialogue_from.filter(|&d| p >= d && !narration) {
            last_turn_paragraph = Some(p);
            let opens_paragraph = i == 0 || sentences[i - 1].paragraph != s.paragraph;
            if let (true, Some(label)) = (opens_paragraph, labels[s.paragraph]) {
                turn = Some(label_speaker(text, &label, &labels[from..], &intro_people, &mut speakers, i));
            }
            let (speaker, affiliation, source) = turn.clone().unwrap_or((None, None, None));
            // "I said when I announced ...": speech the turn reports.
            let from = source.filter(|l| l.start == s.start).map_or(s.start, |l| l.end.min(s.end));
            let others = nested_frames(text, &tokens::tokenize(text, from, s.end), &mut speakers, i, source);
            facts.push(Facts {
                quotes: Vec::new(),
                frame: None,
                speaker,
                affiliation,
                source,
                kind: Kind::Direct,
                turn: true,
                subject: None,
                others,
            });
            continue;
        }
        // Quotations come in text order: skip those that ended before this sentence.
        while first_quote < quotes.len() && quotes[first_quote].end <= s.start {
            first_quote += 1;
        }
        let overlapping: Vec<usize> = (first_quote..quotes.len())
            .take_while(|&k| quotes[k].start < s.end)
            .filter(|&k| quotes[k].end > s.start)
            .collect();
        // "WASHINGTON, Dec. 8 (UPI) — ...": the dateline is no part of the
        // sentence's grammar (and "WASHINGTON" no subject).
        let opens_paragraph = i == 0 || sentences[i - 1].paragraph != s.paragraph;
        let body = if opens_paragraph {
            dateline_end(&text[s.start..s.end]).map_or(s.start, |e| s.start + e)
        } else {
            s.start
        };
        tokens::tokenize_into(text, body, s.end, &mut sentence_tokens);
        let toks = &sentence_tokens[..];
        // (Most sentences quote nobody: their tokens are all outside.)
        in_quote_buffer.clear();
        if overlapping.is_empty() {
            in_quote_buffer.resize(toks.len(), false);
        } else {
            in_quote_buffer.extend(
                toks.iter().map(|t| {
                    overlapping.iter().any(|&k| quotes[k].start <= t.start && t.start < quotes[k].end)
                }),
            );
        }
        let in_quote = &in_quote_buffer[..];
        let mut f = Facts {
            quotes: overlapping,
            frame: None,
            speaker: None,
            affiliation: None,
            source: None,
            kind: Kind::None,
            turn: false,
            subject: None,
            others: Vec::new(),
        };
        let real_quotes = f.quotes.iter().any(|&k| quotation[k]);
        // People named at the start of narration can be "he" or "she" later,
        // and organisations "it" ("Texaco Inc reported a loss. It said ...").
        let leading = mentions::leading_subject(text, toks, 0, toks.len())
            .filter(|m| matches!(m.kind, MentionKind::Name { .. }));
        // "DiCaprio, who lost out to Foxx, ...": a name "who" follows is a
        // person's, whom "he" can name later, though the article gives no
        // first name.
        let leading_person = leading.as_ref().is_some_and(|m| {
            toks.iter().position(|t| t.start >= m.end).is_some_and(|k| {
                toks.get(k).is_some_and(|t| !t.word && t.ch(text) == ',')
                    && toks.get(k + 1).is_some_and(|t| lower(text, t) == "who")
            }) && (m.name.contains(' ') || !mentions::written_as_thing(text, &m.name))
        });
        if dialogue_from.is_some() {
            for m in mentions::named_people(text, toks) {
                if let Some(id) = speakers.resolve(&m, i) {
                    intro_people.push(id);
                }
            }
        }
        let (mut frame, subordinate) = find_frame(text, toks, in_quote, real_quotes).unzip();
        if let Some(f) = frame.as_mut() {
            possessor_owns_the_claim(text, toks, f);
            impersonal_it(f);
        }
        let subordinate = subordinate.flatten();
        // "Mr Blair has failed, he claimed": a name in the words reported
        // is no one "he" can be; it is noticed after the frame's pronoun.
        let reported_before_pronoun = frame.as_ref().and_then(|f| f.mention.as_ref()).is_some_and(|m| {
            matches!(m.kind, MentionKind::Pronoun(Pronoun::He | Pronoun::She))
                && toks.iter().position(|t| t.start == m.start).is_some_and(|k| {
                    k > 0
                        && !toks[k - 1].word
                        && (toks[k - 1].ch(text) == ',' || crate::text::is_closing_mark(toks[k - 1].ch(text)))
                })
        });
        if !reported_before_pronoun {
            if let Some(m) = &leading {
                speakers.notice(text, m, i, leading_person);
            }
        }
        if let Some(frame) = frame {
            // '"...," he told Hannity': the one told is not "he".
            let addressee = toks.iter().position(|t| t.start == frame.cue.start).and_then(|k| {
                let told = matches!(lower(text, &toks[k]).as_str(), "told" | "tells" | "asked" | "asks");
                let next = toks.get(k + 1).filter(|n| told && n.word && !n.plain)?;
                speakers.find(next.text(text))
            });
            let resolved = frame.mention.as_ref().map(|m| (m, speakers.resolve_avoiding(m, i, addressee)));
            match resolved {
                // "it" with no organisation to refer to is no attribution,
                // unless it frames a quotation: '"I am still Sanders," it read.'
                Some((m, None)) if matches!(m.kind, MentionKind::Pronoun(Pronoun::It)) && !real_quotes => {}
                Some((m, id)) => {
                    f.speaker = id;
                    f.affiliation = speakers.affiliation_for(m, id);
                    f.source = Some(Span { start: m.start, end: m.end });
                    f.frame = Some(frame);
                }
                None => f.frame = Some(frame),
            }
        }
        if reported_before_pronoun {
            if let Some(m) = &leading {
                speakers.notice(text, m, i, leading_person);
            }
        }
        // "X said A, while Y said B": the later frames of the sentence, after
        // the subordinate one the main frame was chosen over.
        if let Some(primary) = &f.frame {
            let after = toks.iter().position(|t| t.start == primary.cue.start).map_or(toks.len(), |k| k + 1);
            let scan = Scan { toks, in_quote, has_quotes: real_quotes, from: after };
            let framed_clause = subordinate.is_some();
            f.others = further_frames(text, scan, subordinate, f.source, &mut speakers, i);
            // (The one who reports the sentence, not the one in a clause of
            // it, is whom "they" names next: "Japan agreed ..., officials
            // said. They said ...".)
            if let Some(id) = f.speaker.filter(|_| framed_clause) {
                speakers.bring_forward(id, i);
            }
        }
        // A sentence wholly inside a quotation ("... Then, in 2017, Kerry said
        // that 100,000 would be accepted.") reports the speech it quotes.
        if f.frame.is_none() && toks.iter().zip(in_quote).all(|(t, q)| *q || !t.word) {
            f.others = nested_frames(text, toks, &mut speakers, i, None);
        }
        f.kind = match &f.frame {
            Some(frame) => {
                if f.quotes.is_empty() {
                    Kind::Indirect
                } else if frames_quotation(text, toks, in_quote, frame, f.source) {
                    Kind::Direct
                } else {
                    Kind::Mixed
                }
            }
            None if real_quotes => Kind::Direct,
            None => Kind::None,
        };
        // A quotation inside narration with no speech verb ("Billy Joel sings,
        // "..."", "Paul Ryan worried that the net was "a hammock ..."") is the
        // words of the clause's subject, unless the sentence continues a
        // quotation (then the inheritance below decides).
        if f.kind == Kind::Direct && f.frame.is_none() {
            let first_quote = f.quotes.iter().map(|&k| quotes[k].start).min().unwrap_or(s.start);
            let subject_first =
                toks.iter().take_while(|t| t.start < first_quote).filter(|t| t.word).count() >= 2;
            // ("HSDPA has been described as "3G on steroids"": the thing
            // named by someone unnamed, not the one naming it.)
            let named_passively = toks.windows(2).take_while(|w| w[1].start < first_quote).any(|w| {
                cues::is_be(&lower(text, &w[0]))
                    && matches!(
                        lower(text, &w[1]).as_str(),
                        "described"
                            | "called"
                            | "dubbed"
                            | "labelled"
                            | "labeled"
                            | "branded"
                            | "termed"
                            | "billed"
                            | "hailed"
                            | "known"
                            | "nicknamed"
                    )
            });
            if named_passively {
                // (Words quoted in narration, whose speaker goes unnamed.)
                f.kind = Kind::Mixed;
            } else if subject_first {
                f.subject = mentions::leading_subject(text, toks, 0, toks.len())
                    .filter(|m| !matches!(m.kind, MentionKind::Pronoun(Pronoun::It)));
            }
        }
        facts.push(f);
    }

    // Quotations that run over sentences or paragraphs are one speaker's.
    let mut chain_speaker: std::collections::HashMap<usize, Inherited> = Default::default();
    for f in &facts {
        if f.frame.is_some() && (f.speaker.is_some() || f.source.is_some()) {
            for &k in &f.quotes {
                chain_speaker.entry(quotes[k].chain).or_insert((f.speaker, f.affiliation.clone(), f.source));
            }
        }
    }
    for i in 0..facts.len() {
        if facts[i].kind != Kind::Direct || facts[i].frame.is_some() || facts[i].turn {
            continue;
        }
        let from_chain = facts[i].quotes.iter().find_map(|&k| chain_speaker.get(&quotes[k].chain).cloned());
        let from_before = (i > 0).then(|| &facts[i - 1]).and_then(|p| {
            let same_paragraph = sentences[i - 1].paragraph == sentences[i].paragraph;
            let next_paragraph = sentences[i - 1].paragraph + 1 == sentences[i].paragraph;
            // A paragraph that ends "... told reporters:" introduces the next.
            let introduces = text[..sentences[i - 1].end].trim_end().ends_with(':');
            let carries = (same_paragraph && p.kind != Kind::None)
                || (next_paragraph && (matches!(p.kind, Kind::Direct | Kind::Mixed) || introduces));
            (carries && (p.speaker.is_some() || p.source.is_some()))
                .then(|| (p.speaker, p.affiliation.clone(), p.source))
        });
        // A sentence that opens in narration with a subject of its own ("Moore
        // thanked him for "..."") is that subject's, not the previous speaker's.
        let opens_in_quote = facts[i].quotes.iter().any(|&k| quotes[k].start < sentences[i].start);
        let from_before = from_before.filter(|_| facts[i].subject.is_none() || opens_in_quote);
        // "Trump issued the following statement:" as a paragraph, then the
        // statement in quotation marks: the subject of the colon's sentence
        // is the speaker.
        let introduced = || {
            let prev = sentences[i.checked_sub(1)?];
            let opens_quoted =
                text[sentences[i].start..].starts_with(|c: char| crate::text::is_opening_mark(c));
            let colon_paragraph = prev.paragraph + 1 == sentences[i].paragraph
                && facts[i - 1].kind == Kind::None
                && text[prev.start..prev.end].trim_end().ends_with(':');
            if !(opens_quoted && colon_paragraph) {
                return None;
            }
            let toks = tokens::tokenize(text, prev.start, prev.end);
            // The subject before the first verb ("Republican presidential
            // nominee Donald Trump issued"), else the sentence's leading one;
            // with no verb ("Transcript as follows:") nobody is named.
            let verb = (1..toks.len()).find(|&k| {
                let w = lower(text, &toks[k]);
                toks[k].word && toks[k].plain && (w.ends_with("ed") || toks[k].cue.any() || w == "went")
            })?;
            mentions::subject_before(text, &toks, 0, verb)
                .or_else(|| mentions::leading_subject(text, &toks, 0, toks.len()))
                .filter(|m| !matches!(m.kind, MentionKind::Pronoun(Pronoun::It)))
        };
        let introduced = if from_chain.is_none() && from_before.is_none() { introduced() } else { None };
        if let Some(m) = introduced {
            let id = speakers.resolve(&m, i - 1);
            let f = &mut facts[i];
            f.affiliation = speakers.affiliation_for(&m, id);
            f.speaker = id;
            f.source = Some(Span { start: m.start, end: m.end });
        } else if let Some((id, aff, src)) = from_chain.or(from_before) {
            let f = &mut facts[i];
            f.speaker = id;
            f.affiliation = aff;
            f.source = src;
        } else if let Some(m) = facts[i].subject.take() {
            let id = speakers.resolve(&m, i);
            let f = &mut facts[i];
            f.affiliation = speakers.affiliation_for(&m, id);
            f.speaker = id;
            f.source = Some(Span { start: m.start, end: m.end });
            f.kind = Kind::Mixed;
        }
    }

    sign_quotations(text, sentences, &quotes, &mut facts, &mut speakers);
    resolve_unnamed_by_quote(text, &quotes, &mut facts, &speakers);
    let mut used = vec![false; speakers.list.len()];
    for f in &facts {
        for id in f.speaker.into_iter().chain(f.others.iter().filter_map(|o| o.0)) {
            used[id] = true;
        }
    }
    speakers.complete_names(text, &used);

    // "He said:" as the end of a paragraph, the quotation in the next: the
    // words are the next paragraph's, which has the speaker; the frame
    // alone says nothing to find.
    let frame_only = |i: usize| {
        let (f, s) = (&facts[i], &sentences[i]);
        f.kind == Kind::Indirect
            && f.quotes.is_empty()
            && text[s.start..s.end].trim_end().ends_with(':')
            && sentences.get(i + 1).is_some_and(|n| n.paragraph == s.paragraph + 1)
            && facts
                .get(i + 1)
                .is_some_and(|n| n.kind == Kind::Direct && n.speaker == f.speaker && n.source == f.source)
    };
    facts
        .iter()
        .zip(sentences)
        .enumerate()
        .map(|(i, (f, s))| {
            if f.kind == Kind::None || frame_only(i) {
                return Attribution::none();
            }
            let content = content_spans(text, s, f, &quotes);
            // (A phrase cut off mid-way, "the number of", "the", names
            // nobody; what it was given as affiliation goes with it.)
            let shown =
                |id: Option<usize>| id.filter(|&id| mentions::shown_name(&speakers.list[id].name).is_some());
            let name_of =
                |id: usize| mentions::shown_name(&speakers.list[id].name).unwrap_or_default().to_string();
            let speaker = shown(f.speaker);
            Attribution {
                kind: f.kind,
                speaker: speaker.map(name_of),
                affiliation: f
                    .affiliation
                    .as_deref()
                    .filter(|_| speaker.is_some() || f.speaker.is_none())
                    .and_then(mentions::tidy_affiliation),
                source: f.source,
                cue: f.frame.as_ref().map(|fr| fr.cue),
                content,
                others: f
                    .others
                    .iter()
                    .map(|(id, aff, source, cue)| OtherSpeaker {
                        speaker: shown(*id).map(name_of),
                        affiliation: aff
                            .as_deref()
                            .filter(|_| shown(*id).is_some() || id.is_none())
                            .and_then(mentions::tidy_affiliation),
                        source: *source,
                        cue: *cue,
                    })
                    .collect(),
            }
        })
        .collect()
}

/// A quotation never closed runs to its paragraph's end; where a later
/// sentence of it names its own speaker to a speech verb ("Scrichapan said
/// he would donate ...", "Gunners boss Arsene Wenger said: \"..."), the
/// quotation was over before it and the sentence is narration, with a
/// quotation of its own where a mark opens one. (Archives that lost their
/// paragraph breaks leave such quotations open: each paragraph of a
/// quotation opened it again, and the last never closed.)
fn end_open_quotes_at_narration(text: &str, sentences: &[SentenceRef], quotes: &mut Vec<Quote>) {
    let mut chains = quotes.iter().map(|q| q.chain).max().unwrap_or(0);
    let mut k = 0;
    while k < quotes.len() {
        let q = quotes[k];
        k += 1;
        if !q.dangling {
            continue;
        }
        let narration = sentences
            .iter()
            .enumerate()
            .skip_while(|(_, s)| s.start <= q.inner_start)
            .take_while(|(_, s)| s.start < q.end)
            .find(|&(j, s)| j > 0 && names_its_own_speaker(text, s));
        let Some((j, s)) = narration else { continue };
        let end = sentences[j - 1].end.max(q.inner_start);
        (quotes[k - 1].end, quotes[k - 1].inner_end) = (end, end);
        // ("..., Mr Milburn said: \"Michael Howard is ...": the mark that
        // seemed to go on with the old quotation opens the sentence's own.)
        let mark = text[s.start..q.end].char_indices().find(|&(i, c)| {
            matches!(c, '"' | '“')
                && text[s.start + i + c.len_utf8()..].starts_with(|n: char| !n.is_whitespace())
                && text[..s.start + i].ends_with(char::is_whitespace)
        });
        if let Some((i, c)) = mark {
            chains += 1;
            let at = s.start + i;
            let own = Quote { start: at, inner_start: at + c.len_utf8(), chain: chains, ..q };
            quotes.insert(k, own);
            // (What went on with the old quotation after this goes on with
            // the sentence's own.)
            for later in quotes[k + 1..].iter_mut().filter(|l| l.chain == q.chain) {
                later.chain = chains;
            }
        }
    }
}

/// A sentence of narration inside an open quotation: a speech verb with a
/// name for its subject ("Scrichapan said"), not in the first person, not
/// opening with a mark of its own, not a saying ("Time will tell").
fn names_its_own_speaker(text: &str, s: &SentenceRef) -> bool {
    if text[s.start..s.end].starts_with(crate::text::is_opening_mark) {
        return false;
    }
    let toks = tokens::tokenize(text, s.start, s.end);
    // ("Somebody told me ...", "I've been ...": the quotation's speaker,
    // still speaking; not the words the sentence quotes itself, after a
    // mark: 'Wenger said: "Freddie is an option but we need ...'.)
    let narrated =
        toks.iter().find(|t| !t.word && matches!(t.ch(text), '"' | '“')).map_or(s.end, |t| t.start);
    if labels::first_person(&text[s.start..narrated]) {
        return false;
    }
    let outside = vec![false; toks.len()];
    find_frame(text, &toks, &outside, false).is_some_and(|(f, _)| {
        let cue = toks.iter().position(|t| t.start == f.cue.start).unwrap_or(0);
        let modal = toks[cue.saturating_sub(2)..cue]
            .iter()
            .any(|t| matches!(lower(text, t).as_str(), "will" | "would" | "may" | "might" | "can" | "could"));
        !modal && f.mention.is_some_and(|m| matches!(m.kind, MentionKind::Name { .. }))
    })
}

/// The frames inside words that are someone else's (a quotation, a turn of
/// a transcript), as further speakers: the sentence's own speaker stays.
fn nested_frames(
    text: &str,
    toks: &[Token],
    speakers: &mut Speakers,
    at: usize,
    own: Option<Span>,
) -> Vec<OtherFrame> {
    // (With nothing marked as quoted, a colon frames nothing here.)
    let open = vec![false; toks.len()];
    let scan = Scan { toks, in_quote: &open, has_quotes: false, from: 0 };
    further_frames(text, scan, None, own, speakers, at)
}

/// Where `further_frames` looks: a sentence's tokens, which of them are
/// quoted, and the token to start from.
struct Scan<'a> {
    toks: &'a [Token],
    in_quote: &'a [bool],
    has_quotes: bool,
    from: usize,
}

/// Up to three further speakers of a sentence: `first` (a frame already
/// found), then the frames from `scan.from` on, each resolved, leaving out
/// the sentence's `own` source, repeats and an "it".
fn further_frames(
    text: &str,
    scan: Scan,
    first: Option<Frame>,
    own: Option<Span>,
    speakers: &mut Speakers,
    at: usize,
) -> Vec<OtherFrame> {
    let mut out: Vec<OtherFrame> = Vec::new();
    let mut first = first;
    let mut after = scan.from;
    while out.len() < 3 {
        let frame = match first.take() {
            Some(frame) => frame,
            None => {
                let Some(next) = frame_from(text, scan.toks, scan.in_quote, scan.has_quotes, after) else {
                    break;
                };
                after = scan
                    .toks
                    .iter()
                    .position(|t| t.start == next.cue.start)
                    .map_or(scan.toks.len(), |k| k + 1);
                next
            }
        };
        let Some(m) = frame.mention.as_ref() else { continue };
        let source = Span { start: m.start, end: m.end };
        if matches!(m.kind, MentionKind::Pronoun(Pronoun::It))
            || own == Some(source)
            || out.iter().any(|o| o.2 == source)
        {
            continue;
        }
        let id = speakers.resolve(m, at);
        out.push((id, speakers.affiliation_for(m, id), source, frame.cue));
    }
    out
}

/// "- Sanders." or "—Michelle Marks, Philadelphia." as a paragraph of its
/// own, after a quotation, or after the quotation in its own paragraph
/// (`"I vote because my parents could not." - Maria Lopez, 34, Texas`): a
/// signature, naming the speaker of the quoted paragraph (readers' letters,
/// quotes of the day, epigraphs, readers' voices).
fn sign_quotations(
    text: &str,
    sentences: &[SentenceRef],
    quotes: &[Quote],
    facts: &mut [Facts],
    speakers: &mut Speakers,
) {
    for i in 0..sentences.len() {
        let s = sentences[i];
        let opens_paragraph = i == 0 || sentences[i - 1].paragraph != s.paragraph;
        let ends_paragraph = sentences.get(i + 1).is_none_or(|n| n.paragraph != s.paragraph);
        let own_paragraph = i > 0 && opens_paragraph && ends_paragraph && facts[i].kind == Kind::None;
        // (The signature after the sentence's last closing quotation mark.)
        let after_quote = facts[i].quotes.iter().map(|&k| quotes[k].end).max().filter(|&e| {
            ends_paragraph
                && facts[i].kind == Kind::Direct
                && facts[i].frame.is_none()
                && !facts[i].turn
                && e < s.end
        });
        let from = match (own_paragraph, after_quote) {
            (true, _) => s.start,
            (false, Some(e)) => e + (text[e..s.end].len() - text[e..s.end].trim_start().len()),
            _ => continue,
        };
        let Some(m) = signature(text, from, s.end) else { continue };
        // The signed sentences: this one, or the paragraph before.
        let quoted = if own_paragraph { sentences[i - 1].paragraph } else { s.paragraph };
        let last = if own_paragraph { i } else { i + 1 };
        let signed: Vec<usize> = (0..last)
            .rev()
            .take_while(|&j| sentences[j].paragraph == quoted)
            .filter(|&j| facts[j].kind == Kind::Direct && facts[j].frame.is_none() && !facts[j].turn)
            .collect();
        if signed.is_empty() {
            continue;
        }
        let id = speakers.resolve(&m, i);
        let affiliation = speakers.affiliation_for(&m, id);
        for j in signed {
            facts[j].speaker = id;
            facts[j].affiliation = affiliation.clone();
            facts[j].source = Some(Span { start: m.start, end: m.end });
        }
    }
}

/// A signature in `text[from..end]`: a dash, then a name, and after a comma
/// what describes them ("—Tomas Reis, deckhand.").
fn signature(text: &str, from: usize, end: usize) -> Option<Mention> {
    let rest = text[from..end].strip_prefix(|c: char| c == '-' || crate::text::is_dash(c))?;
    if rest.split_whitespace().count() > 12 {
        return None;
    }
    let toks = tokens::tokenize(text, end - rest.len(), end);
    // The name runs to a comma ("-Michelle Marks, Philadelphia.") or the end.
    let name_end = toks.iter().position(|t| !t.word && matches!(t.ch(text), ',' | '.')).unwrap_or(toks.len());
    let mut m = mentions::subject_before(text, &toks, 0, name_end)
        .filter(|m| matches!(m.kind, MentionKind::Name { .. }))?;
    if let Some(after) = toks.get(name_end + 1).filter(|_| toks[name_end].ch(text) == ',') {
        // (An age is no affiliation: "Maria Lopez, 34, Texas".)
        let described =
            text[after.start..end].trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == ' ');
        m.affiliation = m.affiliation.or_else(|| mentions::clean_affiliation(described));
    }
    Some(m)
}

/// The speaker of a labelled turn. A named label ("SECRETARY OKAFOR") is a
/// surname to resolve; "Q:" is a reporter who names themself ("Q: Dana
/// Whitfield, Port Calder Courier.") or else the interviewer named in the
/// introduction; "A:" is the interviewee.
fn label_speaker(
    text: &str,
    label: &labels::Label,
    all: &[Option<labels::Label>],
    intro_people: &[usize],
    speakers: &mut Speakers,
    at: usize,
) -> Inherited {
    let source = Some(Span { start: label.start, end: label.end });
    let with_affiliation = |speakers: &Speakers, id: Option<usize>| -> Inherited {
        (id, id.and_then(|id| speakers.list[id].affiliation.clone()), source)
    };
    let label_words = |l: &labels::Label| -> Vec<String> {
        text[l.start..l.end]
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .filter(|w| !mentions::is_title(w))
            .collect()
    };
    match label.turn {
        labels::Turn::Named => {
            // "((Zara Kay))" is written as the name is; "MS. RIVERA:" is in
            // capitals, and the name in them is "Rivera".
            let words: Vec<String> = if label.marks_every_turn(text) {
                text[label.start..label.end].split_whitespace().map(str::to_string).collect()
            } else {
                label_words(label)
                    .iter()
                    .map(|w| {
                        let mut c = w.chars();
                        c.next()
                            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                            .unwrap_or_default()
                    })
                    .collect()
            };
            if words.is_empty() {
                return (None, None, source);
            }
            let m = Mention {
                kind: MentionKind::Name { org: false },
                start: label.start,
                end: label.end,
                name: words.join(" "),
                affiliation: None,
                gender: None,
            };
            let id = speakers.resolve(&m, at);
            with_affiliation(speakers, id)
        }
        labels::Turn::Outlet => {
            let m = Mention {
                kind: MentionKind::Name { org: true },
                start: label.start,
                end: label.end,
                name: "Wikinews".to_string(),
                affiliation: None,
                gender: None,
            };
            let id = speakers.resolve(&m, at);
            with_affiliation(speakers, id)
        }
        labels::Turn::Question => {
            let body_end = text[label.body..].find(['.', '?', '!']).map_or(text.len(), |e| label.body + e);
            let toks = tokens::tokenize(text, label.body, body_end);
            if let Some(mut m) = mentions::leading_subject(text, &toks, 0, toks.len())
                .filter(|m| matches!(m.kind, MentionKind::Name { org: false }))
            {
                // "Q: Dana Whitfield, Port Calder Courier."
                if let Some(comma) = text[m.end..body_end].strip_prefix(", ") {
                    m.affiliation = mentions::clean_affiliation(comma);
                }
                let id = speakers.resolve(&m, at);
                return with_affiliation(speakers, id);
            }
            // The interviewer: the person of the introduction no label names.
            let labelled: Vec<Vec<String>> =
                all.iter().flatten().filter(|l| l.turn == labels::Turn::Named).map(label_words).collect();
            let interviewer = intro_people.iter().rev().copied().find(|&id| {
                let name = crate::text::fold(&speakers.list[id].name);
                !labelled.iter().any(|words| {
                    words.iter().any(|w| name.split_whitespace().any(|n| n == crate::text::fold(w)))
                })
            });
            with_affiliation(speakers, interviewer)
        }
        labels::Turn::Answer => {
            let interviewee = intro_people.first().copied();
            with_affiliation(speakers, interviewee)
        }
    }
}

/// The end of a news agency dateline opening `sentence`: "WASHINGTON (AP) —
/// ", "PASADENA, Calif., Jan. 1 (UPI) — ", "New York (AFP) – ", "ST. LOUIS —
/// ". The place is in capitals or followed by an agency in parentheses.
fn dateline_end(sentence: &str) -> Option<usize> {
    let mut cut = sentence.len().min(80);
    while !sentence.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &sentence[..cut];
    // The first spaced dash (one pass: this runs for every paragraph).
    let bytes = head.as_bytes();
    // (Dashes longer than a hyphen all open with the byte 0xE2.)
    let (dash_at, dash) = memchr::memchr2_iter(b'-', 0xE2, bytes).find_map(|k| {
        let c = head[k..].chars().next()?;
        if !(c == '-' || crate::text::is_dash(c)) || k == 0 || bytes[k - 1] != b' ' {
            return None;
        }
        let mut end = k + c.len_utf8();
        if c == '-' && bytes.get(end) == Some(&b'-') {
            end += 1; // "--"
        }
        (bytes.get(end) == Some(&b' ')).then_some((k - 1, end + 1 - (k - 1)))
    })?;
    let before = head[..dash_at].trim_end();
    let (place, agency) = match before.strip_suffix(')').and_then(|b| b.rsplit_once('(')) {
        Some((place, agency)) => (place.trim_end(), Some(agency)),
        None => (before, None),
    };
    let agency_ok = agency.is_some_and(|a| {
        (2..=12).contains(&a.len()) && a.starts_with(|c: char| c.is_ascii_uppercase()) && !a.contains(' ')
    });
    let first_word = place.split([' ', ',']).next().unwrap_or("");
    let in_capitals = first_word.len() >= 3 && first_word.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    // A place and a date: capitalised words, numbers, commas and dots.
    let place_like = !place.is_empty()
        && place.len() <= 50
        && place
            .split([' ', ','])
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    (place_like && (agency_ok || (in_capitals && agency.is_none()))).then_some(dash_at + dash)
}

/// A quotation rather than scare quotes or a title: four words or more, or
/// closing punctuation inside.
fn is_quotation(text: &str, q: &Quote) -> bool {
    let inner = text[q.inner_start..q.inner_end].trim();
    // (Counted up to three: all the rule below asks.)
    let words = inner.split_whitespace().take(3).count();
    // A title or a label, whatever its length: 'a film called "Heat"',
    // 'the so-called "tax relief plan"', 'a show titled "Morning Joe"'.
    let before = text[..q.start].trim_end();
    let word_before = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("").to_lowercase();
    let names_it = matches!(
        word_before.trim_end_matches(','),
        "called"
            | "so-called"
            | "titled"
            | "entitled"
            | "dubbed"
            | "named"
            | "nicknamed"
            | "labelled"
            | "labeled"
    );
    !names_it && (words >= 3 || (words >= 2 && inner.ends_with(['.', ',', '!', '?', '…'])))
}

fn lower<'a>(text: &'a str, t: &'a Token) -> tokens::Lower<'a> {
    t.lower(text)
}

/// Verbs of saying that "continued to" carries on ("continued to portray
/// her as hiding"), beside the cues.
static SAYING_ON: crate::text::Words = crate::text::Words::new(&[
    "portray",
    "question",
    "refute",
    "complain",
    "attack",
    "criticize",
    "criticise",
    "express",
    "affirm",
    "needle",
    "blast",
    "slam",
    "hammer",
    "press",
    "defend",
    "mock",
    "praise",
    "tout",
    "dispute",
    "decry",
]);

/// What "continued his ..." goes on saying ("continued his attacks").
static SPOKEN_THINGS: crate::text::Words = crate::text::Words::new(&[
    "attack",
    "attacks",
    "assault",
    "criticism",
    "criticisms",
    "remarks",
    "onslaught",
    "rhetoric",
    "tirade",
    "barrage",
    "critique",
    "complaints",
    "denials",
    "insistence",
    "calls",
    "argument",
    "pitch",
    "message",
]);

/// "It's said that ...": "it's" before a cue is impersonal, nobody named,
/// as "it is" is (and so is an "It" some rule took for a name).
fn impersonal_it(frame: &mut Frame) {
    let impersonal = frame.mention.as_ref().is_some_and(|m| {
        (matches!(m.kind, MentionKind::Name { .. }) || m.name.contains(['\'', '’']))
            && mentions::name_as_pronoun(&m.name) == Some(Pronoun::It)
    });
    if impersonal {
        frame.mention = None;
    }
}

/// Whether the article writes the possessive word `t` ("Trump's") without
/// its 's somewhere ("Trump said"), as a word of its own.
fn written_bare(text: &str, t: &Token) -> bool {
    let word = t.text(text);
    let bare = without_possessive_s(word).unwrap_or(word);
    if bare.is_empty() {
        return false;
    }
    memchr::memmem::find_iter(text.as_bytes(), bare.as_bytes()).any(|at| {
        let before = text[..at].chars().next_back();
        let after = text[at + bare.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric())
            && after.is_none_or(|c| !c.is_alphanumeric() && c != '\'' && c != '’')
    })
}

/// `word` without its final 's, straight or curly ("Trump’s" is "Trump").
fn without_possessive_s(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// A word with a possessive 's, not a contraction ("he's", "it's").
fn is_possessive_word(lower: &str) -> bool {
    lower.ends_with("'s")
        && !matches!(
            lower,
            "he's" | "she's" | "it's" | "that's" | "what's" | "there's" | "here's" | "who's" | "let's"
        )
}

/// "Biden rubbished Trump’s claim that ...", "rejected Clinton’s claim":
/// a name with 's right before a cue used as a noun is whose claim it is,
/// not the clause it stands in. ("Moody's said" keeps its 's: "said" is a
/// verb.)
fn possessor_owns_the_claim(text: &str, toks: &[Token], frame: &mut Frame) {
    let Some(k) = toks.iter().position(|t| t.start == frame.cue.start) else { return };
    let nominal = toks[k].cue.nouny && !toks[k].cue.speech;
    if k == 0 || !nominal || frame.mention.is_none() {
        return;
    }
    let p = k - 1;
    if !toks[p].word || !is_possessive_word(&lower(text, &toks[p])) {
        return;
    }
    // The owner: the capitalised words that end in the 's, and "the" before
    // them ("Mr Mallon's claim", "the London mayor's comments", "the
    // party's promises"), not the clause they stand in.
    let mut j = p;
    while j > 0 {
        // ("Department of Agriculture's": a connector between capitals.)
        let connects = j >= 2
            && matches!(lower(text, &toks[j - 1]).as_str(), "of" | "for" | "and")
            && toks[j - 2].is_capitalised(text);
        if !(toks[j - 1].is_capitalised(text) || connects) {
            break;
        }
        j -= 1;
    }
    if j > 0 && lower(text, &toks[j - 1]) == "the" {
        j -= 1;
    }
    // ("Moody's notes that", "Sainsbury's reports": opening the clause
    // before what may be a verb's -s form, the 's may be the company's own;
    // it is a possessive only if the article writes the name without it
    // too, as it does "Trump" beside "Trump's claims".)
    // (A single word: "Treasury Secretary James Baker's comments", "The
    // senator's remarks" are no company's.)
    let opens_clause = j == 0 || !toks[j - 1].word;
    if j == p && opens_clause && lower(text, &toks[k]).ends_with('s') && !written_bare(text, &toks[p]) {
        return;
    }
    let Some(mut m) = mentions::subject_before(text, toks, j, k).filter(|m| m.end == toks[p].end) else {
        return;
    };
    let Some(name) = without_possessive_s(&m.name) else { return };
    // (The span loses the 's as the text writes it, which the name may not:
    // "’s" is four bytes, "'s" two.)
    let written = toks[p].text(text);
    let Some(cut) = without_possessive_s(written).map(|bare| written.len() - bare.len()) else { return };
    if name.is_empty() {
        return;
    }
    m.name = name.to_string();
    m.end -= cut;
    frame.mention = Some(m);
}

/// Finds the first cue in the sentence that has a source (or is an impersonal
/// passive: "It was reported that ...").
/// The sentence's main frame, and the frame of a subordinate clause it was
/// chosen over ("While Sanders has pledged ..., Devine suggested ..."), which
/// reports speech too.
fn find_frame(
    text: &str,
    toks: &[Token],
    in_quote: &[bool],
    has_quotes: bool,
) -> Option<(Frame, Option<Frame>)> {
    let first = frame_from(text, toks, in_quote, has_quotes, 0)?;
    // "After the department asked Mills to ..., Hackett said that ...": a
    // cue whose subject opens a subordinate clause yields to a later cue of
    // the main clause.
    let subordinate = |f: &Frame| {
        f.mention.as_ref().is_some_and(|m| {
            toks.iter().rposition(|t| t.end <= m.start).is_some_and(|k| {
                toks[k].word
                    && matches!(
                        lower(text, &toks[k]).as_str(),
                        "after"
                            | "when"
                            | "while"
                            | "because"
                            | "if"
                            | "since"
                            | "before"
                            | "although"
                            | "though"
                            | "once"
                    )
            })
        })
    };
    let cue_at = toks.iter().position(|t| t.start == first.cue.start).unwrap_or(0);
    if let Some(quoted) = quoted_as_saying(text, toks, in_quote, cue_at) {
        return Some((quoted, Some(first)));
    }
    if subordinate(&first) {
        if let Some(later) =
            frame_from(text, toks, in_quote, has_quotes, cue_at + 1).filter(|f| !subordinate(f))
        {
            return Some((later, Some(first)));
        }
    }
    // "Venezuela has agreed to revise the terms, bankers said.": the report
    // that closes the sentence frames all of it, the earlier cue included.
    if !has_quotes {
        if let Some(report) = trailing_report(text, toks, cue_at + 1) {
            // ("The BPI strongly believes ..., it said": "it" and "they" are
            // most often the subject before, and "he" or "she" the person
            // named before: "..., said Susumu Uchiyama of Yamaichi. Japanese
            // are not buying, he said.")
            // (A person named after their cue: "said Susumu Uchiyama".)
            let person_before = first.mention.as_ref().is_some_and(|m| {
                matches!(m.kind, MentionKind::Name { org: false }) && m.start > first.cue.start
            });
            let refers_back = |f: &Frame| {
                f.mention.as_ref().is_some_and(|m| match m.kind {
                    MentionKind::Pronoun(Pronoun::It | Pronoun::They) => true,
                    MentionKind::Pronoun(Pronoun::He | Pronoun::She) => person_before,
                    _ => false,
                })
            };
            if let Some(later) = frame_from(text, toks, in_quote, has_quotes, report)
                .filter(|f| f.cue.start == toks[report].start && !refers_back(f))
            {
                return Some((later, Some(first)));
            }
        }
    }
    Some((first, None))
}

/// "the paper quoted Mr Chernin as saying", "Geoff Dixon was quoted by The
/// Australian as saying": the one quoted is the speaker, and the one
/// quoting (the frame at `cue`) reports them.
fn quoted_as_saying(text: &str, toks: &[Token], in_quote: &[bool], cue: usize) -> Option<Frame> {
    if !matches!(toks.get(cue)?.lower(text).as_str(), "quoted" | "quotes" | "quoting") {
        return None;
    }
    let as_at = (cue + 1..toks.len().min(cue + 16)).find(|&k| {
        toks[k].lower(text) == "as"
            && toks.get(k + 1).is_some_and(|n| {
                matches!(n.lower(text).as_str(), "saying" | "telling" | "stating" | "adding" | "warning")
            })
    })?;
    let saying = &toks[as_at + 1];
    let cue_span = Span { start: saying.start, end: saying.end };
    let passive = cue > 0 && cues::is_be(&toks[cue - 1].lower(text));
    let mention = if passive {
        mentions::subject_before(text, toks, 0, cue - 1)
    } else {
        mentions::phrase_after(text, toks, cue + 1, as_at, false)
    };
    let mention = mention.filter(|m| !matches!(m.kind, MentionKind::Pronoun(Pronoun::It)))?;
    (!in_quote[as_at]).then_some(Frame { cue: cue_span, mention: Some(mention) })
}

/// The cue of a report set after a comma at the end of a sentence (", bankers
/// said.", ", a Commerce department official said on Monday.", ", said
/// Redstone.", ", he told reporters."), at token `from` or later.
fn trailing_report(text: &str, toks: &[Token], from: usize) -> Option<usize> {
    let is_report = |t: &Token| {
        t.word && t.cue.any() && matches!(t.lower(text).as_str(), "said" | "says" | "told" | "reported")
    };
    let comma = (from..toks.len()).rev().take(12).find(|&k| !toks[k].word && toks[k].ch(text) == ',')?;
    let cue = (comma + 1..toks.len()).find(|&k| is_report(&toks[k]))?;
    // (A clause of its own is no report of the sentence: ", while 30% said
    // only some had", ", compared to 34% who said", "where they had said
    // they would be", "songs that the minister said were demeaning".)
    let joins = |t: &Token| {
        t.word
            && matches!(
                t.lower(text).as_str(),
                "while"
                    | "whereas"
                    | "and"
                    | "but"
                    | "who"
                    | "which"
                    | "that"
                    | "where"
                    | "when"
                    | "compared"
                    | "as"
                    | "because"
                    | "if"
                    | "though"
                    | "although"
                    | "what"
            )
    };
    if toks[comma + 1..cue].iter().any(joins) {
        return None;
    }
    // After the cue, only the source ("said Redstone", "told the BBC") or
    // when and where ("said on Monday", "said in a statement").
    let rest: Vec<&Token> = toks[cue + 1..].iter().filter(|t| t.word).collect();
    let Some(first) = rest.first() else { return Some(cue) };
    let w = first.lower(text);
    let opens_tail = first.is_capitalised(text)
        || matches!(
            w.as_str(),
            "yesterday"
                | "today"
                | "tonight"
                | "last"
                | "this"
                | "on"
                | "in"
                | "at"
                | "during"
                | "after"
                | "from"
                | "to"
                | "the"
                | "a"
                | "an"
                | "reporters"
                | "journalists"
                | "him"
                | "her"
                | "them"
                | "us"
                | "me"
                | "late"
                | "earlier"
                | "later"
                | "recently"
        );
    let clause = rest.iter().any(|t| {
        matches!(
            t.lower(text).as_str(),
            "that"
                | "was"
                | "were"
                | "is"
                | "are"
                | "be"
                | "been"
                | "would"
                | "will"
                | "could"
                | "can"
                | "has"
                | "have"
                | "had"
                | "should"
                | "may"
                | "might"
        )
    });
    (rest.len() <= 6 && opens_tail && !clause).then_some(cue)
}

/// The first frame whose cue is at token `from` or later; with `from` 0, a
/// colon before a quotation frames it when no cue does.
fn frame_from(text: &str, toks: &[Token], in_quote: &[bool], has_quotes: bool, from: usize) -> Option<Frame> {
    static NOT_AFTER: Words =
        Words::new(&["a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "no"]);
    let is_mark = |t: &Token| {
        !t.word && (crate::text::is_closing_mark(t.ch(text)) || crate::text::is_opening_mark(t.ch(text)))
    };
    // An open parenthesis ends the clause too: "(as low as 19%, Gutin says)".
    let is_clause_break = |t: &Token| !t.word && matches!(t.ch(text), ':' | ';' | '(');
    // "Zoe Saldana Asked Men Everywhere To ...": in a heading in title case
    // the verb is capitalised too.
    // (Counted only when a capitalised word could be a cue: names are
    // capitalised in nearly every sentence.)
    let title_case = std::cell::OnceCell::new();
    let is_title_case = || {
        *title_case.get_or_init(|| {
            let (mut long, mut upper) = (0, 0);
            for t in toks.iter().filter(|t| t.word && t.end - t.start >= 4) {
                long += 1;
                upper += usize::from(t.is_capitalised(text));
            }
            long >= 3 && upper * 4 >= long * 3
        })
    };
    for (i, t) in toks.iter().enumerate().skip(from) {
        // Most words are no cue and open none: they end here.
        if !(t.cue.any() || t.cue.opens_phrase) || in_quote[i] || !(3..=14).contains(&(t.end - t.start)) {
            continue;
        }
        // Cues are lowercase ("States" is no verb), but a sentence may open
        // with "According to" or "Said".
        let capitalised = t.is_capitalised(text);
        let l = t.lower(text);
        let mut class = t.cue;
        let opening = i == 0 && matches!(l.as_str(), "according" | "said" | "says");
        if capitalised && !opening && !(class.any() && is_title_case()) {
            continue;
        }
        // Two-word cues: "as Byler pointed out", "as Trump put it".
        let next_is = |w: &str| toks.get(i + 1).is_some_and(|n| lower(text, n) == w);
        let phrasal = (matches!(l.as_str(), "pointed" | "points" | "point" | "pointing") && next_is("out"))
            // '"Jeb wants to be a tough guy," Trump shot back.', "shot back
            // that ..." (not "fired back at the crowd").
            || (matches!(l.as_str(), "shot" | "fired" | "hit" | "fires" | "hits" | "shoots")
                && next_is("back")
                && (in_quote.iter().any(|q| *q)
                    || toks.get(i + 2).is_some_and(|n| matches!(lower(text, n).as_str(), "that" | ":"))))
            || (matches!(l.as_str(), "put" | "puts")
                && next_is("it")
                && toks[i.saturating_sub(6)..i].iter().any(|t| lower(text, t) == "as"));
        if phrasal {
            class.speech = true;
        }
        if l == "according" && toks.get(i + 1).is_some_and(|n| lower(text, n) == "to") {
            if let Some(m) = mentions::according_to(text, toks, i + 2, toks.len()) {
                return Some(Frame { cue: Span { start: t.start, end: toks[i + 1].end }, mention: Some(m) });
            }
            continue;
        }
        if !class.any() {
            continue;
        }
        // "Sideways tells the story of two men": a film's or book's telling
        // (a person's, "he told the story of a supporter", is speech).
        let by_person = toks[i.saturating_sub(3)..i]
            .iter()
            .any(|p| p.word && matches!(lower(text, p).as_str(), "he" | "she" | "they" | "we" | "i" | "who"));
        let storytelling = !by_person
            && matches!(l.as_str(), "tells" | "tell" | "told")
            && matches!(
                toks.get(i + 1).map(|n| lower(text, n)).as_deref(),
                Some("the" | "a" | "an" | "its" | "his" | "her" | "their")
            )
            && toks
                .get(i + 2)
                .is_some_and(|n| matches!(lower(text, n).as_str(), "story" | "tale" | "stories" | "tales"));
        if storytelling {
            continue;
        }
        let naming = class.naming;
        let with_quotation = class.with_quotation;
        let speech = class.speech;
        // `"...," Conway notes.`, "He claims that ...": a nouny form that can
        // only be a verb here.
        let nouny = !speech && class.nouny && {
            // A quotation closes the clause: '"...," a voice-over in the ad states.'
            let after_quote = i > 0
                && !in_quote[i - 1]
                && (i.saturating_sub(8)..i)
                    .rev()
                    .take_while(|&k| !is_clause_break(&toks[k]))
                    .any(|k| in_quote[k]);
            let before_that =
                toks.get(i + 1).is_some_and(|n| matches!(lower(text, n).as_str(), "that" | "to"))
                    && i > 0
                    && toks[i - 1].word;
            // "..., the Chicago Tribune reports.": a name after a comma, then
            // the verb ends the sentence.
            let at_end = i > 1
                && toks[i - 1].word
                && toks[i - 1].is_capitalised(text)
                && toks[i.saturating_sub(6)..i].iter().any(|t| !t.word && t.ch(text) == ',')
                && toks.get(i + 1).is_none_or(|n| !n.word && n.ch(text) == '.');
            after_quote || before_that || at_end
        };
        if !speech && !naming && !with_quotation && !nouny {
            continue;
        }
        // "continued to dominate", "maintained his lead": these say something
        // only before what is said ("continued: "...", "maintains that") or
        // after a quotation ('"...," he continued.').
        if matches!(
            l.as_str(),
            "continue"
                | "continues"
                | "continued"
                | "continuing"
                | "maintain"
                | "maintains"
                | "maintained"
                | "maintaining"
        ) {
            let says_next = toks.get(i + 1).is_none_or(|n| {
                in_quote[i + 1]
                    || (!n.word && matches!(n.ch(text), ':' | ',' | '.' | '"' | '“'))
                    || lower(text, n) == "that"
            });
            let after_quotation = (i.saturating_sub(4)..i).any(|k| in_quote[k]);
            // "continued to insist", "continued his attacks": saying goes on.
            let word_at = |k: usize| toks.get(k).map(|t| lower(text, t));
            let keeps_saying = match word_at(i + 1).as_deref() {
                Some("to") => toks
                    .get(i + 2)
                    .is_some_and(|t| t.cue.any() || SAYING_ON.contains(&lower(text, t).as_str())),
                Some("his" | "her" | "their" | "its") => (i + 2..(i + 4).min(toks.len()))
                    .any(|k| SPOKEN_THINGS.contains(&lower(text, &toks[k]).as_str())),
                _ => false,
            };
            if !says_next && !after_quotation && !keeps_saying {
                continue;
            }
        }
        // "he read the report" is no speech; "dismissed the plan as a stunt"
        // and "praised her for her courage" judge aloud, quoted or not.
        let judges =
            matches!(
                l.as_str(),
                "praised" | "praising" | "dismissed" | "mocked" | "mocking" | "slammed" | "blasted"
            ) && toks[i + 1..].iter().take(8).any(|t| matches!(lower(text, t).as_str(), "as" | "for"));
        if with_quotation && !judges && !in_quote.iter().any(|q| *q) {
            continue;
        }
        if i > 0 && NOT_AFTER.contains(&lower(text, &toks[i - 1]).as_str()) {
            continue; // "a reported attack"
        }
        // "the state's 20 pledged delegates": a participle before its noun.
        if i > 0 && l.ends_with("ed") && {
            let p = &toks[i - 1];
            let w = lower(text, p);
            let possessive = is_possessive_word(&w);
            // (Its noun follows: not "as a study from 2011 noted, ...".)
            let noun_next = toks.get(i + 1).is_some_and(|n| {
                n.word
                    && n.plain
                    && !matches!(lower(text, n).as_str(), "that" | "to" | "by" | "on" | "in" | "for" | "it")
            });
            p.word && noun_next && (w.bytes().all(|b| b.is_ascii_digit()) || possessive || w == "most")
        } {
            continue;
        }
        // "adding to his victories", "added to her lead": no words said.
        // (Not "added to People": told a magazine.)
        if matches!(l.as_str(), "add" | "adds" | "added" | "adding")
            && toks.get(i + 1).is_some_and(|n| lower(text, n) == "to")
            && toks.get(i + 2).is_none_or(|n| n.plain)
        {
            continue;
        }
        // What follows shows a deed, not words: "added 1 million jobs", "has
        // added another facet", "precincts reporting" (not '"...," added a
        // New Hampshire Democrat').
        let next_word = toks.get(i + 1).map(|n| lower(text, n));
        let next = next_word.as_deref().unwrap_or("");
        let inverted = i > 0 && !toks[i - 1].word;
        let thing_next = next.bytes().next().is_some_and(|b| b.is_ascii_digit())
            || matches!(next, "a" | "an" | "another" | "his" | "her" | "its" | "their" | "new" | "more");
        let deed = match l.as_str() {
            "add" | "adds" | "added" | "adding" => thing_next && !inverted,
            // ("precincts reporting", "Additional reporting by": not someone reporting.)
            "reporting" => i > 0 && matches!(lower(text, &toks[i - 1]).as_str(), "precincts" | "additional"),
            "pledged" => matches!(next, "delegates" | "delegate" | "support"),
            _ => false,
        };
        if deed {
            continue;
        }
        // "did not respond to a request for comment", "He did not elaborate.":
        // nothing was said.
        let negated = i > 0 && matches!(lower(text, &toks[i - 1]).as_str(), "not" | "never" | "n't");
        if negated
            && matches!(l.as_str(), "respond" | "responded" | "elaborate" | "comment" | "return" | "reply")
        {
            continue;
        }
        // "called for talks", "calls on Congress to": a demand, reported.
        let demands =
            naming && toks.get(i + 1).is_some_and(|n| matches!(lower(text, n).as_str(), "for" | "on"));
        // "in what officials called a hate crime", "what it calls profiles":
        // the name given is the speech, quoted or not.
        let what_they_call = naming
            && (i.saturating_sub(5)..i).any(|k| lower(text, &toks[k]) == "what")
            && toks[i.saturating_sub(5)..i].iter().all(|t| t.word);
        // "called Clinton a liar", "described the plan as a failure": an
        // object, then what it is called.
        let calls_it = naming && {
            let after: Vec<&Token> = toks[i + 1..].iter().take(8).take_while(|t| t.word).collect();
            (1..after.len().min(5)).any(|k| {
                matches!(lower(text, after[k]).as_str(), "a" | "an" | "as")
                    && !matches!(lower(text, after[0]).as_str(), "a" | "an" | "as")
            })
        };
        if naming && !demands && !what_they_call && !calls_it && !in_quote[i..].iter().any(|q| *q) {
            continue;
        }
        if what_they_call {
            let what = (i.saturating_sub(5)..i).rev().find(|&k| lower(text, &toks[k]) == "what").unwrap_or(i);
            if let Some(m) = mentions::subject_before(text, toks, what + 1, i) {
                return Some(Frame { cue: Span { start: t.start, end: t.end }, mention: Some(m) });
            }
        }
        // "a film called "Heat"" names a title; "called him "a stiff"" and
        // "described it as "..."" report words: an object stands between.
        let titles_it = naming && in_quote.get(i + 1).copied().unwrap_or(false);
        if titles_it {
            continue;
        }
        let cue = Span { start: t.start, end: if phrasal { toks[i + 1].end } else { t.end } };
        // A participle after a comma or dash takes the main clause's subject:
        // "He apologized the next day, saying ...".
        // (The comma may sit inside a closing quotation mark: 'strategy," promising'.)
        let comma_at =
            |k: usize| !toks[k].word && (toks[k].ch(text) == ',' || crate::text::is_dash(toks[k].ch(text)));
        let after_comma = i > 0
            && (comma_at(i - 1) || (i > 1 && is_mark(&toks[i - 1]) && in_quote[i - 2] && comma_at(i - 2)));
        // ("..., while saying that ...": the same after "while"; and "distanced
        // himself from the movement by saying ...".)
        let after_while =
            i > 1 && l.ends_with("ing") && matches!(lower(text, &toks[i - 1]).as_str(), "while" | "by");
        // ("issued a statement saying", "sent an email saying": the one
        // who sent it.)
        let after_document = i > 1
            && matches!(
                lower(text, &toks[i - 1]).as_str(),
                "statement"
                    | "statements"
                    | "letter"
                    | "email"
                    | "e-mail"
                    | "tweet"
                    | "message"
                    | "memo"
                    | "release"
                    | "note"
                    | "post"
                    | "video"
                    | "ad"
                    | "op-ed"
            );
        // "..., with one of her ads asking", "with about three in 10 saying":
        // the phrase after "with" does the saying.
        // (The phrase right before the verb: not "with the board, contending",
        // "with Trump this week after writing".)
        let np_before = i >= 2
            && toks[i - 1].word
            && !matches!(
                lower(text, &toks[i - 1]).as_str(),
                "after"
                    | "before"
                    | "by"
                    | "for"
                    | "in"
                    | "on"
                    | "at"
                    | "of"
                    | "from"
                    | "to"
                    | "while"
                    | "when"
                    | "without"
                    | "about"
            );
        if l.ends_with("ing") && np_before {
            let with = (i.saturating_sub(7)..i - 1)
                .rev()
                .take_while(|&k| toks[k].word && !in_quote[k])
                .find(|&k| lower(text, &toks[k]) == "with");
            if let Some(m) = with.and_then(|w| mentions::subject_before(text, toks, w + 1, i)) {
                return Some(Frame { cue, mention: Some(m) });
            }
        }
        if l.ends_with("ing") && (after_comma || after_while || after_document) {
            if let Some(m) = mentions::leading_subject(text, toks, 0, i) {
                return Some(Frame { cue, mention: Some(m) });
            }
            // "The Pentagon's top adviser went further, arguing ...": the
            // subject before the clause's first verb.
            let verb = (1..i).find(|&k| {
                let w = lower(text, &toks[k]);
                toks[k].word && toks[k].plain && (w.ends_with("ed") || toks[k].cue.speech) && !in_quote[k]
            });
            // (A name, or a description with "the": other phrases there are
            // rarely the subject.)
            let subject = verb.and_then(|v| mentions::subject_before(text, toks, 0, v)).filter(|m| {
                matches!(m.kind, MentionKind::Name { .. })
                    || (matches!(m.kind, MentionKind::Description { .. })
                        && m.name.to_lowercase().starts_with("the "))
            });
            if let Some(m) = subject {
                return Some(Frame { cue, mention: Some(m) });
            }
            // (After a document alone, the clause's subject as any cue has it.)
            if after_comma || after_while {
                continue;
            }
        }
        // "a fact first reported by Christopher Heath": the agent is the source.
        if l.ends_with("ed") && toks.get(i + 1).is_some_and(|n| lower(text, n) == "by") {
            if let Some(m) = mentions::phrase_after(text, toks, i + 2, toks.len(), true) {
                return Some(Frame { cue, mention: Some(m) });
            }
        }
        // Passive: "It was reported that", "was told by officials".
        let mut b = i;
        while b > 0
            && matches!(
                lower(text, &toks[b - 1]).as_str(),
                "also" | "widely" | "previously" | "not" | "later" | "reportedly"
            )
        {
            b -= 1;
        }
        // "is arguing" is progressive, not passive.
        if b > 0 && cues::is_be(&lower(text, &toks[b - 1])) && !l.ends_with("ing") {
            if toks.get(i + 1).is_some_and(|n| lower(text, n) == "by") {
                if let Some(m) = mentions::phrase_after(text, toks, i + 2, toks.len(), false) {
                    return Some(Frame { cue, mention: Some(m) });
                }
            }
            // "It was reported that ...", "Some advisers are said to be ...":
            // reported speech with no source.
            let expletive = b >= 2 && lower(text, &toks[b - 2]) == "it" && (b == 2 || !toks[b - 3].word);
            let said_to = toks.get(i + 1).is_some_and(|n| lower(text, n) == "to")
                && matches!(l.as_str(), "said" | "reported");
            // "He was asked what happened": a question put by someone unnamed.
            let asked = matches!(l.as_str(), "asked" | "questioned" | "pressed")
                && toks.get(i + 1).is_none_or(|n| lower(text, n) != "by");
            if (expletive || said_to || asked) && !has_quotes {
                return Some(Frame { cue, mention: None });
            }
            continue;
        }
        // "Clinton invoked Obama and suggested that ...": the first verb's subject.
        let mut before = i;
        while before > 0
            && matches!(
                lower(text, &toks[before - 1]).as_str(),
                "then" | "also" | "later" | "repeatedly" | "now" | "still" | "again" | "once"
            )
        {
            before -= 1;
        }
        if before > 1 && matches!(lower(text, &toks[before - 1]).as_str(), "and" | "but") {
            if let Some(m) = mentions::leading_subject(text, toks, 0, before - 1) {
                return Some(Frame { cue, mention: Some(m) });
            }
        }
        // The clause before the cue, back to a quotation or a colon.
        let mut lo = i;
        // (A lone mark outside any quotation is an apostrophe: "Rail Users’ Forum".)
        while lo > 0 && !in_quote[lo - 1] && !is_clause_break(&toks[lo - 1]) {
            lo -= 1;
            // Parenthetical asides belong to the clause: "Sen. Warren (D-MA) said".
            if !toks[lo].word && toks[lo].ch(text) == ')' {
                while lo > 0 && (toks[lo].word || toks[lo].ch(text) != '(') {
                    lo -= 1;
                }
            }
        }
        let opening = opening_name_with_aside(text, toks, in_quote, i);
        let opened = opening.is_some();
        let before = opening.or_else(|| mentions::subject_before(text, toks, lo, i));
        // `"..." about the decision, said RoseAnn DeMoro, a union leader.`: a
        // name after the verb that closes the sentence (with its appositive)
        // is the speaker, rather than a phrase before the comma.
        // (Not after "Ana Lima, the mayor, said Rui Costa, her deputy,
        // would resign": a subject with its own aside speaks. But a name
        // that ends the sentence cannot be what was said, so it speaks even
        // after such a subject: "ICI, the largest chemical company, will
        // expand, said chairman-elect Denys Henderson.")
        if before.is_some()
            && matches!(
                l.as_str(),
                "said"
                    | "says"
                    | "added"
                    | "wrote"
                    | "writes"
                    | "noted"
                    | "explained"
                    | "argued"
                    | "recalled"
            )
            && i > 0
            && !toks[i - 1].word
            && toks[i - 1].ch(text) == ','
        {
            // (The name right after the verb: not "said in his office
            // overlooking Biscayne Bay", "says that Walker, who ...". After
            // a title or "the", any word but a preposition, only where it ends
            // the sentence: "said the Telecom Regulatory Authority of India.",
            // not "said the National Security Council, the Treasury and ...
            // held a meeting".)
            let capitalised = toks.get(i + 1).is_some_and(|n| n.is_capitalised(text));
            let not_a_preposition = toks.get(i + 1).is_some_and(|n| {
                n.word
                    && !matches!(
                        lower(text, n).as_str(),
                        "that"
                            | "in"
                            | "on"
                            | "at"
                            | "of"
                            | "to"
                            | "for"
                            | "with"
                            | "by"
                            | "from"
                            | "so"
                            | "it"
                    )
            });
            if let Some(m) = mentions::phrase_after(text, toks, i + 1, toks.len(), true)
                .filter(|m| (capitalised || not_a_preposition) && matches!(m.kind, MentionKind::Name { .. }))
            {
                let end = toks.iter().position(|t| t.end == m.end).unwrap_or(toks.len());
                let rest = &toks[(end + 1).min(toks.len())..];
                let ends_sentence = rest.iter().all(|t| {
                    (!t.word && matches!(t.ch(text), '.' | '!' | '?' | '"' | '”'))
                        || (t.word && mentions::is_trailing_adverb(&lower(text, t)))
                });
                let appositive_next = rest.first().is_some_and(|t| !t.word && t.ch(text) == ',');
                if ends_sentence || (capitalised && appositive_next && !opened) {
                    return Some(Frame { cue, mention: Some(m) });
                }
            }
        }
        if let Some(m) = before {
            // "It said" is an organisation speaking; "It suggests a grim role"
            // is a fact implying, no speech.
            let organisation_verb = matches!(
                l.as_str(),
                "said"
                    | "says"
                    | "told"
                    | "added"
                    | "announced"
                    | "stated"
                    | "wrote"
                    | "reported"
                    | "warned"
                    | "confirmed"
                    | "denied"
                    | "argued"
                    | "insisted"
                    | "noted"
                    | "notes"
                    | "reads"
                    | "read"
                    | "states"
                    | "writes"
                    | "concludes"
                    | "concluded"
                    | "continued"
            );
            // "In cases of abortion, it said, ...", "it now says": "it" right
            // before the verb, adverbs aside.
            let it_before_verb = toks[lo..i]
                .iter()
                .rev()
                .find(|t| !matches!(lower(text, t).as_str(), "now" | "also" | "then" | "later" | "further"))
                .is_some_and(|t| t.end == m.end);
            if !matches!(m.kind, MentionKind::Pronoun(Pronoun::It)) || (it_before_verb && organisation_verb) {
                return Some(Frame { cue, mention: Some(m) });
            }
        }
        if naming {
            continue;
        }
        // Inverted: `"...," said Sonin.` / `..., said Yuriy Boyechko, CEO of ...`
        let after_break = i == 0
            || in_quote[i - 1]
            || is_mark(&toks[i - 1])
            || (!toks[i - 1].word && toks[i - 1].ch(text) == ',');
        // (Not "told Politico on Wednesday that ...": that is the object.)
        let object_then_that =
            matches!(l.as_str(), "told" | "tells" | "asked" | "informed" | "reminded" | "warned")
                && toks[i + 1..].iter().take(6).any(|t| lower(text, t) == "that");
        // (A judging verb's object follows it: "..., praised the Saudis for".)
        if after_break && !object_then_that && !judges {
            if let Some(m) = mentions::phrase_after(text, toks, i + 1, toks.len(), true) {
                // "..., said he had less magnetism": a pronoun with its verb
                // is the reported clause's subject, not an inverted speaker.
                let clause_subject =
                    matches!(m.kind, MentionKind::Pronoun(_)) && toks.get(i + 2).is_some_and(|n| n.word);
                // (The speech is still reported, by someone unnamed here.)
                return Some(Frame { cue, mention: (!clause_subject).then_some(m) });
            }
        }
    }
    if from > 0 {
        return None;
    }
    // "Albrecht was blunt about the alternative: "If we ..."": a colon
    // before a quotation frames it, with the clause's subject as source.
    let colon = (1..toks.len())
        .find(|&k| in_quote[k] && !in_quote[k - 1] && !toks[k - 1].word && toks[k - 1].ch(text) == ':')?;
    // "Pollsters agree - Carl Bialik: "..."", "More from the report: "...",
    // "Here's Clinton in 1992: "...": the words between a dash (or the
    // sentence start) and the colon, less their lead-in, name the source.
    let dash = (0..colon - 1)
        .rev()
        .find(|&k| !toks[k].word && (toks[k].ch(text) == '-' || crate::text::is_dash(toks[k].ch(text))));
    let mut lo = dash.map_or(0, |d| d + 1);
    while lo + 1 < colon - 1
        && matches!(lower(text, &toks[lo]).as_str(), "more" | "from" | "here" | "here's" | "is" | "via")
    {
        lo += 1;
    }
    let m = (dash.is_some() || lo > 0)
        .then(|| mentions::subject_before(text, toks, lo, colon - 1))
        .flatten()
        .or_else(|| mentions::leading_subject(text, toks, 0, colon - 1))
        // 'Clinton: "Our goal is ..."': a name alone before the colon.
        .or_else(|| {
            (colon <= 5)
                .then(|| mentions::subject_before(text, toks, 0, colon - 1))
                .flatten()
                .filter(|m| matches!(m.kind, MentionKind::Name { .. }))
        })?;
    Some(Frame { cue: Span { start: toks[colon - 1].start, end: toks[colon - 1].end }, mention: Some(m) })
}

/// "Sandy Phillips, who lost her daughter in Aurora, Colorado, in 2012,
/// said", "Humphrey, who calls Trump a "sociopath," said": a name that opens
/// the sentence, then an aside running to the comma before the verb, with
/// whatever commas, names and quotations inside it. The name is the subject.
fn opening_name_with_aside(text: &str, toks: &[Token], in_quote: &[bool], verb: usize) -> Option<Mention> {
    // (Dashes set off an aside as commas do: "Donald Trump - who said ... -
    // said", "--" included.)
    let is_comma = |k: usize| (!toks[k].word && toks[k].ch(text) == ',') || tokens::is_dash_at(text, toks, k);
    // The verb right after a comma, or after a quotation closed with one.
    let comma_before = verb >= 1
        && (is_comma(verb - 1)
            || (verb >= 3 && !toks[verb - 1].word && in_quote[verb - 1] && is_comma(verb - 2)));
    if !comma_before {
        return None;
    }
    let start = usize::from(
        toks.first().is_some_and(|t| matches!(lower(text, t).as_str(), "and" | "but" | "so" | "yet")),
    );
    let first_comma = (start..verb.saturating_sub(1)).find(|&k| is_comma(k) && !in_quote[k])?;
    // ("--" is one dash.)
    let first_comma =
        if first_comma + 1 < verb && is_comma(first_comma + 1) { first_comma + 1 } else { first_comma };
    let opener_token = toks.get(first_comma + 1)?;
    let opener = lower(text, opener_token);
    // (Or a role in lowercase: "Makoto Kuroda, vice minister at the Ministry
    // of International Trade and Industry, said"; not a list, "and" or a name.)
    let role = opener_token.word
        && (opener_token.text(text).starts_with(char::is_lowercase) || mentions::is_title(&opener))
        && !matches!(opener.as_str(), "and" | "or" | "but" | "nor");
    if first_comma <= start
        || in_quote[start]
        || !(role || matches!(opener.as_str(), "who" | "whose" | "who's" | "a" | "an" | "the"))
    {
        return None;
    }
    // An appositive describes the name: "Giovanni Vian, the editor of the
    // Vatican's newspaper, L'Osservatore Romano, said".
    let appositive_end = (first_comma + 1..verb).find(|&k| is_comma(k)).unwrap_or(first_comma);
    // The name opens the sentence, with its titles at most ("GOP front-runner
    // Donald Trump - who ... - said"); not "In Iowa, voters said".
    let first_word = lower(text, &toks[start]);
    let opens_with_phrase = matches!(
        first_word.as_str(),
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "during"
            | "for"
            | "from"
            | "with"
            | "as"
            | "while"
            | "when"
            | "since"
            | "by"
            | "to"
            | "of"
            | "under"
            | "over"
            | "among"
    ) || (first_word.ends_with("ing") && toks[start].is_capitalised(text));
    // (One name: not "Salah Abu-Laban and his wife Sahar Quaider, ...".)
    let joined = toks[start..first_comma].iter().any(|t| lower(text, t) == "and");
    let named_at_start = |m: &Mention| {
        matches!(m.kind, MentionKind::Name { .. })
            && !opens_with_phrase
            && !joined
            && m.start >= toks[start].start
            && m.end <= toks[first_comma].start
    };
    let appositive = opener != "who" && opener != "whose" && opener != "who's";
    let described = appositive
        .then(|| mentions::subject_before(text, toks, start, appositive_end))
        .flatten()
        .filter(named_at_start);
    described.or_else(|| {
        let mut m = mentions::subject_before(text, toks, start, first_comma).filter(named_at_start)?;
        if appositive && appositive_end > first_comma + 1 {
            let (from, to) = (toks[first_comma + 1].start, toks[appositive_end - 1].end);
            m.affiliation = m.affiliation.or_else(|| mentions::clean_affiliation(&text[from..to]));
        }
        Some(m)
    })
}

/// Direct speech: the sentence outside its quotations is only the frame
/// (speaker, verb, a short object such as "Newsweek", and punctuation), and
/// the verb introduces the quotation with a comma or a colon.
fn frames_quotation(
    text: &str,
    toks: &[Token],
    in_quote: &[bool],
    frame: &Frame,
    source: Option<Span>,
) -> bool {
    // `"...," he told reporters at a breakfast hosted by ...`: a run that
    // follows a quotation closed by , ? or ! is its frame, however long.
    let closes_quotation = |lo: usize| {
        lo >= 2 && in_quote[lo - 1] && crate::text::is_closing_mark(toks[lo - 1].ch(text)) && {
            let before = toks[lo - 2].ch(text);
            !toks[lo - 2].word && matches!(before, ',' | '?' | '!')
        }
    };
    // Runs of tokens outside quotations.
    let mut runs: Vec<(usize, usize, bool)> = Vec::new(); // (lo, hi, quote follows)
    let mut k = 0;
    while k < toks.len() {
        if in_quote[k] {
            k += 1;
            continue;
        }
        let lo = k;
        while k < toks.len() && !in_quote[k] {
            k += 1;
        }
        runs.push((lo, k, k < toks.len()));
    }
    for (lo, hi, quote_follows) in runs {
        let words = toks[lo..hi].iter().filter(|t| t.word).count();
        if words == 0 {
            continue;
        }
        let has_cue = toks[lo..hi].iter().any(|t| t.start == frame.cue.start);
        let has_source =
            source.is_some_and(|s| toks[lo..hi].iter().any(|t| t.start >= s.start && t.end <= s.end));
        if !has_cue && !has_source {
            return false;
        }
        if !has_cue {
            return false;
        }
        let cue_at = (lo..hi).find(|&j| toks[j].start == frame.cue.start).unwrap_or(lo);
        // `"...," she said, holding up a hand`: a participle after the frame is narration.
        let frame_end = (cue_at + 1..hi)
            .find(|&j| {
                !toks[j].word
                    && toks[j].ch(text) == ','
                    && toks.get(j + 1).is_some_and(|n| n.word && n.text(text).ends_with("ing"))
                    && !quote_follows
            })
            .unwrap_or(hi);
        let after: Vec<&Token> = toks[cue_at + 1..frame_end].iter().collect();
        let after_words = after.iter().filter(|t| t.word).count();
        if quote_follows {
            let last = after.iter().rev().find(|t| !crate::text::is_opening_mark(t.ch(text)) || t.word);
            let introduces = match last {
                None => true,
                Some(t) => !t.word && matches!(t.ch(text), ',' | ':'),
            };
            if !introduces || after_words > 4 {
                return false;
            }
        } else if after_words > 4
            && source.is_none_or(|s| s.start <= frame.cue.start)
            && !closes_quotation(lo)
        {
            // `"...," said Helen Marsh, a spokeswoman for the directorate.` is
            // direct: the words after the verb are the speaker and appositive.
            return false;
        }
    }
    true
}

/// The words the sentence reports: the quotation interiors for direct
/// speech, the reported clause otherwise.
fn content_spans(text: &str, s: &SentenceRef, f: &Facts, quotes: &[Quote]) -> Vec<Span> {
    let clipped = |q: &Quote| Span { start: q.inner_start.max(s.start), end: q.inner_end.min(s.end) };
    if f.turn {
        // A turn's words are the sentence, less the label that opens it.
        let start = f.source.filter(|l| l.start == s.start).map_or(s.start, |l| (l.end + 1).min(s.end));
        let start = start + text[start..s.end].len() - text[start..s.end].trim_start().len();
        return vec![Span { start, end: s.end }];
    }
    if f.kind == Kind::Direct {
        return f.quotes.iter().map(|&k| clipped(&quotes[k])).filter(|sp| sp.start < sp.end).collect();
    }
    let Some(frame) = &f.frame else { return Vec::new() };
    let own_source = f.source.filter(|sp| sp.start >= s.start && sp.end <= s.end);
    let fs = own_source.map_or(frame.cue.start, |sp| sp.start.min(frame.cue.start));
    let fe = own_source.map_or(frame.cue.end, |sp| sp.end.max(frame.cue.end));
    let trim = |a: usize, b: usize| {
        let piece = &text[a..b];
        let lead = piece.len()
            - piece.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';')).len();
        let tail = piece.len()
            - piece.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ':' | ';')).len();
        (a + lead, (b - tail).max(a + lead))
    };
    // "Prices will rise, Ana Lima said, while ...": a frame set off by
    // commas reports what comes before it, and what goes on after "NAME
    // said," too ("The plan, Lima said, would go ahead"), unless another
    // frame's words follow. (After "said NAME," come the name's
    // appositive or narration: "insists Mr Hadi, an Iraqi who ...".)
    // ("Already, he said, there have been ...", "But, says Nick Donofrio,
    // ...": a word or two before is an opening, and the words come after.)
    let set_off = text[s.start..fs].trim_end().ends_with(',')
        && text[fe..s.end].trim_start().starts_with(',')
        && text[s.start..fs].split_whitespace().count() >= 3;
    if set_off {
        let before = trim(s.start, fs);
        let after = trim(fe, s.end);
        let named_after = own_source.is_some_and(|sp| sp.start > frame.cue.start);
        // ("..., the spokeswoman said, without providing further details.")
        let narration_after = text[after.0..after.1]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with("ing") || w == "without");
        let another = named_after || narration_after || f.others.iter().any(|o| o.3.start >= fe);
        return [before, after]
            .into_iter()
            .take(if another { 1 } else { 2 })
            .filter(|(a, b)| a < b)
            .map(|(start, end)| Span { start, end })
            .collect();
    }
    let (a, b) = if fs - s.start > s.end - fe {
        trim(s.start, fs)
    } else {
        // Skip the object of the verb up to "that": "told a press briefing Monday that".
        let rest = &text[fe..s.end];
        // (A prebuilt searcher: building one for each sentence showed in profiles.)
        static THAT: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" that "));
        let start = match THAT.find(rest.as_bytes()) {
            Some(p) if rest[..p].split_whitespace().count() <= 6 && !rest[..p].contains(',') => fe + p + 6,
            _ => fe,
        };
        trim(start, s.end)
    };
    if a < b {
        vec![Span { start: a, end: b }]
    } else {
        Vec::new()
    }
}

/// "one expert telling Newsweek they have 'now become Putin's cannon fodder'"
/// is the expert quoted by name elsewhere with the same words.
fn resolve_unnamed_by_quote(text: &str, quotes: &[Quote], facts: &mut [Facts], speakers: &Speakers) {
    let words_of = |f: &Facts| -> String {
        let mut out = String::from(" ");
        for &k in &f.quotes {
            let q = &quotes[k];
            let inner = &text[q.inner_start..q.inner_end];
            if inner.is_ascii() {
                // (The same words, in one pass over the bytes: this runs for
                // every quoting sentence of an article with an unnamed source.)
                for &b in inner.as_bytes() {
                    if b.is_ascii_alphanumeric() {
                        out.push(b.to_ascii_lowercase() as char);
                    } else if !out.ends_with(' ') {
                        out.push(' ');
                    }
                }
                if !out.ends_with(' ') {
                    out.push(' ');
                }
                continue;
            }
            for w in inner.split(|c: char| !c.is_alphanumeric()) {
                if !w.is_empty() {
                    out.push_str(&tokens::lowercase(w));
                    out.push(' ');
                }
            }
        }
        out
    };
    let unnamed = |f: &Facts| f.speaker.is_some_and(|id| speakers.list[id].unnamed) && !f.quotes.is_empty();
    if !facts.iter().any(unnamed) {
        return;
    }
    // The words of each sentence's quotations, once.
    let words: Vec<Option<String>> =
        facts.iter().map(|f| (!f.quotes.is_empty() && f.speaker.is_some()).then(|| words_of(f))).collect();
    for i in 0..facts.len() {
        if !unnamed(&facts[i]) {
            continue;
        }
        let Some(mine) = &words[i] else { continue };
        if mine.split_whitespace().count() < 3 {
            continue;
        }
        let named = (0..facts.len()).find(|&j| {
            j != i
                && facts[j].speaker.is_some_and(|o| !speakers.list[o].unnamed)
                && words[j]
                    .as_ref()
                    .is_some_and(|theirs| theirs.contains(mine.as_str()) || mine.contains(theirs.as_str()))
        });
        if let Some(j) = named {
            // (The sentences of the same quotation that took their speaker
            // from the same mention are renamed with it.)
            let (was, source) = (facts[i].speaker, facts[i].source);
            let chains: Vec<usize> = facts[i].quotes.iter().map(|&k| quotes[k].chain).collect();
            let (speaker, affiliation) = (facts[j].speaker, facts[j].affiliation.clone());
            for f in facts.iter_mut().filter(|f| {
                f.speaker == was
                    && f.source == source
                    && f.quotes.iter().any(|&k| chains.contains(&quotes[k].chain))
            }) {
                f.speaker = speaker;
                f.affiliation = affiliation.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agency_datelines_are_not_subjects() {
        for (line, body) in [
            ("WASHINGTON (AP) — Bernie Sanders said he would stay.", "Bernie Sanders"),
            ("PASADENA, Calif., Jan. 1 (UPI) — A handful of pilots said no.", "A handful"),
            ("New York (AFP) – Susan Sarandon said she was not sure.", "Susan Sarandon"),
            ("ST. LOUIS — The mayor said the plan works.", "The mayor"),
            ("Dec 29 (Reuters) - Hillary Clinton said it was genocide.", "Hillary Clinton"),
            ("WASHINGTON ― The administration announced plans Tuesday.", "The administration"),
        ] {
            let end = dateline_end(line).unwrap_or_else(|| panic!("no dateline in {line:?}"));
            assert!(line[end..].starts_with(body), "{line:?} -> {:?}", &line[end..]);
        }
        // A subject with an aside between dashes, and long non-ASCII text.
        assert_eq!(dateline_end("Trump - the candidate - said so."), None);
        assert_eq!(dateline_end("The union — not the firm — said it would strike."), None);
        let long = format!("{}\u{a0}é — said", "a".repeat(79));
        assert_eq!(dateline_end(&long), None);
    }

    /// Attributes `text` with one paragraph a line; returns (sentence, kind,
    /// speaker, affiliation) rows.
    fn attributed(text: &str) -> Vec<(String, Kind, Option<String>, Option<String>)> {
        attribute_rows(text).into_iter().map(|(a, t)| (t, a.kind, a.speaker, a.affiliation)).collect()
    }

    /// Like `attributed`, with whole attributions.
    fn attribute_rows(text: &str) -> Vec<(Attribution, String)> {
        let mut paragraphs = Vec::new();
        let mut refs = Vec::new();
        let mut pos = 0;
        for line in text.split('\n') {
            let (s, e) = (pos, pos + line.len());
            pos = e + 1;
            if line.trim().is_empty() {
                continue;
            }
            for (a, b) in crate::sentences::split(text, s, e) {
                refs.push(SentenceRef { paragraph: paragraphs.len(), start: a, end: b });
            }
            paragraphs.push((s, e));
        }
        attribute(text, &paragraphs, &refs)
            .into_iter()
            .zip(&refs)
            .map(|(a, r)| (a, text[r.start..r.end].to_string()))
            .collect()
    }

    fn row(
        rows: &[(String, Kind, Option<String>, Option<String>)],
        i: usize,
    ) -> (Kind, Option<&str>, Option<&str>) {
        (rows[i].1, rows[i].2.as_deref(), rows[i].3.as_deref())
    }

    #[test]
    fn signature_paragraphs_name_the_quotation_before_them() {
        let r = attributed(
            "The readers wrote in.\n\"Taxes are too high for families like ours.\"\n- Maria Costa, Porto.\n\"Nobody asked the teachers what they think.\"\n—Ines Vaz.",
        );
        assert_eq!(row(&r, 1).1, Some("Maria Costa"));
        assert_eq!(row(&r, 2).0, Kind::None);
        assert_eq!(row(&r, 3).1, Some("Ines Vaz"));
        // The signature after the quotation, in its paragraph; an age is no affiliation.
        let r = attributed("\"I vote because my parents could not.\" - Maria Lopez, 34, Faro\n\"Nobody asked us.\" —Rui Vaz, 52");
        assert_eq!(row(&r, 0), (Kind::Direct, Some("Maria Lopez"), Some("Faro")));
        assert_eq!(row(&r, 1), (Kind::Direct, Some("Rui Vaz"), None));
        // Some outlets set the horizontal bar for a dash.
        let r = attributed("\"We are still here.\" ― Carla Nunes, 25, Braga");
        assert_eq!(row(&r, 0), (Kind::Direct, Some("Carla Nunes"), Some("Braga")));
    }

    #[test]
    fn colon_frames_take_the_name_after_a_dash() {
        let r = attributed(
            "Pollsters agree - Dana Whitfield: \"Keep contacting voters as late as possible, and the polls improve.\"\nMore from the report: \"Samples with longer field periods were more accurate than the rest.\"",
        );
        assert_eq!(row(&r, 0).1, Some("Dana Whitfield"));
        assert_eq!(r[1].1, Kind::Direct);
    }

    #[test]
    fn a_time_phrase_before_a_title_is_no_part_of_the_affiliation() {
        let r = attributed(
            "Last week Acme Foods president Jean Morel said prices would rise.\nLast month the Port Authority said the pier would reopen.\nEarlier this week Finance Minister Tom Reed said taxes would fall.\nNext chief executive Ana Lima said sales were below plan.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Jean Morel"), Some("Acme Foods president")));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Port Authority"), None));
        assert_eq!(row(&r, 2), (Kind::Indirect, Some("Tom Reed"), Some("Finance Minister")));
        // ("Next" with no time after it may be the company.)
        assert_eq!(row(&r, 3), (Kind::Indirect, Some("Ana Lima"), Some("Next chief executive")));
    }

    #[test]
    fn a_name_that_ends_the_sentence_after_said_is_the_speaker() {
        // Wire style: the claim first, then its source with a title or "the",
        // even after a subject with its own aside.
        let text = "Halden Foods Corp, the largest grocer in the region, will close four stores this year, said chairman-elect Mara Quill.\nRents rose by a tenth, overtaking wages, said the Harbour Statistics Office.\nPrices will fall, said lead manager First Boston Corp.\nThe aide, who asked not to be named, said the Harbour Board, the Treasury and the port held talks.";
        let r = attributed(text);
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Mara Quill"), Some("chairman-elect")));
        assert_eq!(row(&r, 1).1, Some("Harbour Statistics Office"));
        // "First" is a word of the company's name, not a title.
        assert_eq!(row(&r, 2), (Kind::Indirect, Some("First Boston Corp"), Some("lead manager")));
        // A list after "said the" is what was said, not who said it.
        assert_eq!(row(&r, 3).1, Some("the aide"));
        let others = &attribute_rows(text)[3].0.others;
        assert!(others.iter().all(|o| o.speaker.as_deref() != Some("Harbour Board")), "{others:?}");
    }

    #[test]
    fn a_name_then_at_or_from_and_where_they_work() {
        let r = attributed(
            "On Tuesday, Ronald Glantz at Montgomery Securities said further cuts might be needed.\nBank analyst Mara Quill at First Harbour Securities Ltd said rates would fall.\nMr Hirsch from Retail Banking Research said the risk was low.\nOren Blake from Dean Witter noted that prices held.\nTim Crawford, Group Economist at Halifax, said prices rose.\nSecretary of Homeland Security Jeh Johnson at Fort Bragg said the plan was sound.\nMs Ana Lima at Harbour Bank said rates would rise.\nTom Reed spoke next.\nShe said rates would rise again.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Ronald Glantz"), Some("Montgomery Securities")));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Mara Quill"), Some("Bank analyst")));
        assert_eq!(row(&r, 2), (Kind::Indirect, Some("Hirsch"), Some("Retail Banking Research")));
        // ("Dean" is no title inside where someone works.)
        assert_eq!(row(&r, 3), (Kind::Indirect, Some("Oren Blake"), Some("Dean Witter")));
        // An appositive with "at" stays the affiliation of the name before it.
        assert_eq!(row(&r, 4), (Kind::Indirect, Some("Tim Crawford"), Some("Group Economist at Halifax")));
        // Titles, "of" in them and a title's gender end where the firm begins.
        assert_eq!(row(&r, 5), (Kind::Indirect, Some("Jeh Johnson"), Some("Secretary of Homeland Security")));
        assert_eq!(row(&r, 6), (Kind::Indirect, Some("Ana Lima"), Some("Harbour Bank")));
        assert_eq!(row(&r, 8).1, Some("Ana Lima"));
    }

    #[test]
    fn a_count_of_time_opening_the_sentence_is_no_subject() {
        let r = attributed(
            "Oren Blake ran for mayor in 2010.\nEight years ago, he backed the plan and said it would pass.\nThis week Harbour Foods said sales rose.\nEarlier this month Halden Corp rejected the bid and said it would stay independent.\nTwo weeks after the vote, Mara Quill said she would resign.\nOne year ago, Tom Reed backed the plan and said it would pass.\nSeveral days later Ana Lima rejected the bid and said it was low.",
        );
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Oren Blake"), None));
        assert_eq!(row(&r, 2).1, Some("Harbour Foods"));
        assert_eq!(row(&r, 3).1, Some("Halden Corp"));
        assert_eq!(row(&r, 4).1, Some("Mara Quill"));
        assert_eq!(row(&r, 5).1, Some("Tom Reed"));
        assert_eq!(row(&r, 6).1, Some("Ana Lima"));
    }

    #[test]
    fn a_source_set_off_before_the_verb_said_it() {
        let r = attributed(
            "Mara Quill, a top aide said, is confident of the result.\nHalden Corp, a spokesman said, will close the plant.\nMara Quill, a former mayor, said the plan would fail.\nOren Blake, an aide to the mayor said, \"We will win.\"",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("a top aide"), None));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("a spokesman"), None));
        // An appositive set off on both sides describes the name.
        assert_eq!(row(&r, 2), (Kind::Indirect, Some("Mara Quill"), Some("former mayor")));
        // A comma left out before the cue of a quotation that starts a
        // sentence: the name speaks, described.
        assert_eq!(row(&r, 3), (Kind::Direct, Some("Oren Blake"), Some("aide to the mayor")));
    }

    #[test]
    fn a_state_after_a_name_of_a_place_is_no_speaker() {
        let r = attributed(
            "Tom Emanuel of Laconia, N.H., said he was leaning toward the mayor.\nIn Taipei, Taiwan said it would not sign.\nMara Quill, a nurse in Columbus, Ohio, said she would vote.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Tom Emanuel"), Some("Laconia")));
        // After an opening phrase the country speaks.
        assert_eq!(row(&r, 1).1, Some("Taiwan"));
        assert_eq!(row(&r, 2), (Kind::Indirect, Some("Mara Quill"), Some("nurse in Columbus")));
    }

    #[test]
    fn she_and_he_reach_people_of_their_gender_by_given_name() {
        let r = attributed(
            "Hillary Clinton arrived in Iowa on Monday.\nBarack Obama arrived a day later.\nShe said the race was close.\nHe said it was not.\nPat Ryder arrived too.\nShe said she would stay.",
        );
        assert_eq!(row(&r, 2).1, Some("Hillary Clinton"));
        assert_eq!(row(&r, 3).1, Some("Barack Obama"));
        // A name given to either tells nothing: "she" may be Pat Ryder.
        assert_eq!(row(&r, 5).1, Some("Pat Ryder"));
    }

    #[test]
    fn a_role_word_opening_the_sentence_is_a_title() {
        let r = attributed(
            "Analyst Ann Berg said rates would rise.\nLawyer Tom Reed, who represents the port, said it would appeal.\nBerg said later that rates had risen.\nAnalyst Oren Blake of Halden and Reed said prices held.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Ann Berg"), Some("Analyst")));
        assert_eq!(row(&r, 1).1, Some("Tom Reed"));
        // (So the surname later is the same speaker.)
        assert_eq!(row(&r, 2).1, Some("Ann Berg"));
        // The title and what its bearer is of, both.
        assert_eq!(row(&r, 3), (Kind::Indirect, Some("Oren Blake"), Some("Analyst, Halden and Reed")));
    }

    #[test]
    fn a_trade_before_a_name_is_a_title_and_alone_a_surname() {
        let r = attributed(
            "Actress Nell Dane said the play would close.\n\"We were lucky,\" said Fly-half Owen Price.\nChief Executive Rhona Kell said profits rose.\nBrian Coach told the court he had left.\nCoach said he had not.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Nell Dane"), Some("Actress")));
        assert_eq!(row(&r, 1), (Kind::Direct, Some("Owen Price"), Some("Fly-half")));
        assert_eq!(row(&r, 2), (Kind::Indirect, Some("Rhona Kell"), Some("Chief Executive")));
        // A trade's word alone is a surname: the same man, named again.
        assert_eq!(row(&r, 3).1, Some("Brian Coach"));
        assert_eq!(row(&r, 4).1, Some("Brian Coach"));
    }

    #[test]
    fn the_tail_of_the_clause_reported_is_no_description_of_the_speaker() {
        let r = attributed(
            "Taxes would go up after the election to fill a black hole, Mr Ward said.\nThe talks come as the leader of the union, Ann Cole, on Monday called for calm.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Ward"), None));
        // A description before a name set off on both sides describes it.
        assert_eq!(row(&r, 1).2, Some("leader of the union"));
    }

    #[test]
    fn names_with_ampersands_and_opening_digits_stay_whole() {
        let r = attributed(
            "Ernst & Young said the audit was done.\nAT&T said the merger would close.\n3Com Corp said profits rose.\nThe Securities & Exchange Commission said it would look.",
        );
        assert_eq!(row(&r, 0).1, Some("Ernst & Young"));
        assert_eq!(row(&r, 1).1, Some("AT&T"));
        assert_eq!(row(&r, 2), (Kind::Indirect, Some("3Com Corp"), None));
        assert_eq!(row(&r, 3).1, Some("Securities & Exchange Commission"));
    }

    #[test]
    fn a_person_s_spokesman_is_no_quotation_of_the_person() {
        let r = attributed(
            "A spokesman for Mr Hale said the talks went well.\nA spokeswoman for Hillary Clinton said she was resting.\nMr Hale's official spokesman said no date was set.\nA spokesman for the Finance Ministry said rates would hold.\nA Treasury spokesman said nothing.",
        );
        assert_eq!(row(&r, 0).1, Some("a spokesman for Mr Hale"));
        assert_eq!(row(&r, 1).1, Some("a spokeswoman for Hillary Clinton"));
        assert_eq!(row(&r, 2).1, Some("Mr Hale's official spokesman"));
        // An organisation speaks through its spokespeople.
        assert_eq!(row(&r, 3).1, Some("Finance Ministry"));
        assert_eq!(row(&r, 4).1, Some("Treasury"));
        // "May" after a name is a surname, not the verb.
        let r = attributed("A spokesman for Theresa May said the talks went well.\nLabour MSP Christine May said the plan was wrong.");
        assert_eq!(row(&r, 0).1, Some("a spokesman for Theresa May"));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Christine May"), Some("Labour MSP")));
    }

    #[test]
    fn a_word_of_when_after_the_speaker_is_no_part_of_the_name() {
        let r = attributed(
            "\"What a way to end the year,\" said Nadal afterwards.\nRates will fall, according to a study released today.\nIt had no comment, according to USA Today.",
        );
        assert_eq!(row(&r, 0), (Kind::Direct, Some("Nadal"), None));
        assert_eq!(row(&r, 1).1, Some("a study released"));
        assert_eq!(row(&r, 2).1, Some("USA Today"));
    }

    #[test]
    fn the_title_a_person_was_given_names_them_later() {
        let r = attributed(
            "Wales coach Mike Ruddock named his side.\nThe coach said: \"We are ready.\"\nDeputy Prime Minister John Prescott spoke.\nThe prime minister said nothing.\nMitchell Ross, author of the book, spoke.\nThe book says the war was lost.",
        );
        assert_eq!(row(&r, 1), (Kind::Direct, Some("Mike Ruddock"), Some("Wales coach")));
        // Not a deputy for the one he deputises, nor an author for the book.
        assert_eq!(row(&r, 3).1, Some("the prime minister"));
        assert_eq!(row(&r, 5).1, Some("the book"));
    }

    #[test]
    fn according_to_a_measure_is_no_source() {
        let r = attributed(
            "The groups operate according to a strict code of honour.\nAll went according to plan.\nThe rate is set according to a complex formula.\nSales fell, according to the Nielsen ratings system.\nSales fell, according to a survey of retailers.",
        );
        for k in 0..3 {
            assert_eq!(row(&r, k).0, Kind::None, "{:?}", r[k]);
        }
        assert_eq!(row(&r, 3).1, Some("the Nielsen ratings system"));
        assert_eq!(row(&r, 4).1, Some("a survey of retailers"));
    }

    #[test]
    fn likening_is_speech() {
        let r = attributed("Sun likened grid computing to the coming of electricity.");
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Sun"), None));
    }

    #[test]
    fn organisations_with_a_plural_possessive_and_roles_of_them() {
        let r = attributed(
            "The Professional Footballers' Association said it would appeal.\nNigel Hale from the Musicians' Union said pay was low.\nRamon Ortiz, Chairman of the Presidential Commission on Good Government, said the case was closed.",
        );
        assert_eq!(row(&r, 0).1, Some("Professional Footballers' Association"));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Nigel Hale"), Some("Musicians' Union")));
        assert_eq!(
            row(&r, 2),
            (
                Kind::Indirect,
                Some("Ramon Ortiz"),
                Some("Chairman of the Presidential Commission on Good Government")
            )
        );
    }

    #[test]
    fn a_thing_named_in_quotation_marks_is_no_speaker() {
        let r = attributed(
            "Mira Vale said: \"We are pleased.\"\nThe network has been described as \"3G on steroids\" by some.\nIt is billed as \"the first smart shoe\".",
        );
        assert_eq!(row(&r, 1), (Kind::Mixed, None, None));
        assert_eq!(row(&r, 2), (Kind::Mixed, None, None));
    }

    #[test]
    fn someone_at_a_firm_is_no_firm() {
        let r = attributed(
            "An executive at insurance firm Aon said the market was soft.\nAn attorney for shareholder Jo Deck said the suit would go on.\nA spokesman for chemicals group Akzo said output rose.",
        );
        assert_eq!(row(&r, 0).1, Some("an executive at insurance firm Aon"));
        assert_eq!(row(&r, 1).1, Some("an attorney for shareholder Jo Deck"));
        // An organisation still speaks through its spokespeople.
        assert_eq!(row(&r, 2).1, Some("Akzo"));
    }

    #[test]
    fn narration_ends_a_quotation_left_open() {
        // A quotation never closed, then sentences of narration in the same
        // paragraph: each names its own speaker; the first person is still
        // the quotation's.
        let r = attributed(
            "Moya said: \"I am giving my prize money to the victims. I hope it helps. Srichaphan said he would give an amount too. The tour has announced that it would add the fee.",
        );
        assert_eq!(row(&r, 1), (Kind::Direct, Some("Moya"), None));
        assert_eq!(row(&r, 2), (Kind::Indirect, Some("Srichaphan"), None));
        assert_eq!(row(&r, 3).0, Kind::Indirect);
        // Paragraphs run together, each quoted one opening again: the
        // manager's words are his own, the quotation going on after them too.
        let r = attributed(
            "Cole added: \"I have done it before. \"Of course he will learn. I went a bit crazy for a second. Arsenal boss Arsene Wenger said: \"Freddie is an option but we need a striker. \"I have to decide who will start.\"",
        );
        assert_eq!(row(&r, 1).1, Some("Cole"));
        assert_eq!(row(&r, 2).1, Some("Cole"));
        assert_eq!(row(&r, 3), (Kind::Direct, Some("Arsene Wenger"), Some("Arsenal boss")));
        assert_eq!(row(&r, 4), (Kind::Direct, Some("Arsene Wenger"), Some("Arsenal boss")));
        // A saying is no narration: "Time will tell."
        let r = attributed("Parry said: \"We will see. Time will tell.");
        assert_eq!(row(&r, 1).1, Some("Parry"));
    }

    #[test]
    fn the_clause_going_on_after_an_inverted_cue_is_no_affiliation() {
        let r = attributed(
            "Also, said Oren Blake, the port has cut off ten sellers.\nThe tone, said Mara Quill, would be calm.\n\"We will win,\" said Tom Reed, a Republican strategist who has run six races.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Oren Blake"), None));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Mara Quill"), None));
        assert_eq!(row(&r, 2), (Kind::Direct, Some("Tom Reed"), Some("Republican strategist")));
    }

    #[test]
    fn asides_before_the_verb_are_not_its_subject() {
        let r = attributed(
            "Mara Quill, who on Tuesday endorsed Oren Blake, said the race was over.\nTom Vance, speaking at a rally in Columbus, Ohio, said he would win.\nLia Hart, 58, says she will vote.",
        );
        assert_eq!(row(&r, 0).1, Some("Mara Quill"));
        assert_eq!(row(&r, 1).1, Some("Tom Vance"));
        assert_eq!(row(&r, 2).1, Some("Lia Hart"));
    }

    #[test]
    fn inverted_frames_with_initials_and_belonging() {
        let r = attributed(
            "\"We were not happy,\" said Jock A. Finlayson of the Business Council.\n\"Nobody told us,\" said Dana Kessel, whose group sued.\n\"I am not shy,\" I said.",
        );
        assert_eq!(row(&r, 0), (Kind::Direct, Some("Jock A. Finlayson"), Some("Business Council")));
        assert_eq!(row(&r, 1), (Kind::Direct, Some("Dana Kessel"), None));
        // The writer speaks: no named speaker, and not the previous one.
        assert_eq!(row(&r, 2), (Kind::Direct, None, None));
    }

    #[test]
    fn a_long_frame_after_a_quotation_is_still_direct() {
        let r = attributed(
            "\"We are not going anywhere,\" Tom Reed told reporters at a breakfast hosted by the Chamber of Commerce.\nReed said the plan was \"dead on arrival\" in a House that had passed it twice before.",
        );
        assert_eq!(row(&r, 0).0, Kind::Direct);
        assert_eq!(row(&r, 1).0, Kind::Mixed);
    }

    #[test]
    fn speech_inside_a_quotation_is_a_further_speaker() {
        let r = attribute_rows(
            "Lena Ortiz told the court: \"The treaty was signed in 2015. Then, in 2017, Marco Bell said that it would end. Nobody listened.\"",
        );
        // The quoted sentence stays Ortiz's words, and names Bell too.
        assert_eq!(r[1].0.speaker.as_deref(), Some("Lena Ortiz"), "{:?}", r[1]);
        assert_eq!(
            r[1].0.others.iter().map(|o| o.speaker.as_deref()).collect::<Vec<_>>(),
            [Some("Marco Bell")]
        );
        assert!(r[2].0.others.is_empty(), "{:?}", r[2]);
    }

    #[test]
    fn a_surname_first_takes_the_full_name_given_later() {
        let r =
            attributed("\"We will stay,\" Okafor said.\nLater, Amara Okafor said the talks would resume.");
        assert_eq!(row(&r, 0).1, Some("Amara Okafor"));
        assert_eq!(row(&r, 1).1, Some("Amara Okafor"));
    }

    #[test]
    fn a_name_closing_the_sentence_after_the_verb_is_the_speaker() {
        let r = attributed(
            "\"We are happy\" about the ruling, said Rosa Diaz, a union leader.\nSome voters who heard him over the years, at rallies and on television, said he had lost his touch.",
        );
        assert_eq!(row(&r, 0).1, Some("Rosa Diaz"));
        // The pronoun after the verb is the reported clause's subject.
        assert_eq!(row(&r, 1).0, Kind::Indirect);
        assert!(row(&r, 1).1.is_some_and(|s| s.starts_with("some voters")), "{:?}", r[1]);
    }

    #[test]
    fn headings_in_title_case_have_capitalised_verbs() {
        let r = attributed(
            "Zoe Saldana Asked Men Everywhere To Redefine Masculinity.\nThe actress spoke in June.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Zoe Saldana"), None));
        assert_eq!(row(&r, 1).0, Kind::None);
    }

    #[test]
    fn agency_copy_companies_speak_as_it_and_the_company() {
        let r = attributed(
            "<Harbor Point Financial Corp> said it filed a registration statement.\nIt said the offering will be underwritten by Ryan, Beck and Co.\nThe company said proceeds will repay debt.\nLiberty Fund said it would act.\nIt said the dividend was raised.",
        );
        for i in 0..3 {
            assert_eq!(row(&r, i), (Kind::Indirect, Some("Harbor Point Financial Corp"), None), "{:?}", r[i]);
        }
        assert_eq!(row(&r, 4).1, Some("Liberty Fund"));
    }

    #[test]
    fn organisation_names_stay_whole() {
        let r = attributed(
            "Al Jazeera said the report was false.\nMoody's Investors Service Inc said it cut the rating.\nIn November the British Medical Association said staff were leaving.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Al Jazeera"), None));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Moody's Investors Service Inc"), None));
        assert_eq!(row(&r, 2), (Kind::Indirect, Some("British Medical Association"), None));
        // A portfolio joined by "and" is no title; a ticker is no part of the name.
        let r = attributed(
            "Exports will fall, the Department of Trade and Industry said.\nCSR Ltd <CSRA.S> said its profit rose.\nMakoto Kuroda, vice minister at the Ministry of Finance, said rates would hold.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Department of Trade and Industry"), None));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("CSR Ltd"), None));
        assert_eq!(
            row(&r, 2),
            (Kind::Indirect, Some("Makoto Kuroda"), Some("vice minister at the Ministry of Finance"))
        );
        // A subject with its own aside speaks, whoever is named after the verb;
        // a verb before a role is no role.
        let r = attributed(
            "Ana Lima, the mayor, said Rui Costa, her deputy, would resign.\nThe plan is dead, Theresa May, the prime minister, said.\nPaulo Reis fired campaign manager Tiago Melo on Monday.\nHe said the campaign needed a change.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Ana Lima"), Some("mayor")));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Theresa May"), Some("prime minister")));
        assert_eq!(row(&r, 3).1, Some("Paulo Reis"));
        // A title opens an appositive too: "Mr Johnson, MP for Henley, Oxfordshire, said".
        let r = attributed("Mr Rui Costa, MP for Braga, Minho, said the plan was late.");
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Rui Costa"), Some("MP for Braga")));
    }

    #[test]
    fn wikinews_interviews_mark_every_turn() {
        let r = attributed(
            "Wikinews spoke with Zara Kay about the campaign.\n((WN))  How did the campaign begin?\n((Zara Kay))  It began with a letter to the council.\nThe council met in June.\n((WN))  What comes next?\n((Zara Kay))  We keep writing.\nI hope the mayor reads them.",
        );
        assert_eq!(row(&r, 1).1, Some("Wikinews"));
        assert_eq!(row(&r, 2), (Kind::Direct, Some("Zara Kay"), None));
        // Narration between labelled turns is no one's turn...
        assert_eq!(row(&r, 3).0, Kind::None);
        assert_eq!(row(&r, 5).1, Some("Zara Kay"));
        // ...but an answer going on in the first person is.
        assert_eq!(row(&r, 6), (Kind::Direct, Some("Zara Kay"), None));
    }

    #[test]
    fn which_speaks_for_an_organisation() {
        let r =
            attributed("The rules were drafted by the Harbor Board, which said fees would rise next year.");
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Harbor Board"), None));
    }

    #[test]
    fn second_clauses_have_their_own_subjects() {
        let r = attributed(
            "On Monday the union endorsed the deal, but said talks would continue.\nThe mayor won the vote but engineers said the count was wrong.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("the union"), None));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("engineers"), None));
    }

    #[test]
    fn what_they_call_it_is_reported_speech() {
        let r = attributed("The gunman attacked the club in what officials called a hate crime.");
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("officials"), None));
        let r = attributed("A film called Heat opened in June.");
        assert_eq!(row(&r, 0).0, Kind::None);
    }

    #[test]
    fn a_question_put_by_someone_unnamed_is_reported_speech() {
        let r = attributed("In an interview that year, he was asked what happened to the vote.");
        assert_eq!(row(&r, 0), (Kind::Indirect, None, None));
    }

    #[test]
    fn a_surname_speaker_takes_the_full_name_written_elsewhere() {
        let r = attributed(
            "Prime Minister Tony Blair met union leaders on Monday.\n\"We will not back down,\" Blair said.\nYesterday Blair said the talks would resume.",
        );
        assert_eq!(row(&r, 1).1, Some("Tony Blair"));
        assert_eq!(row(&r, 2).1, Some("Tony Blair"));
        // Two people share the surname: no one is completed.
        let r = attributed(
            "The mayor met Cherie Blair on Monday and Tony Blair on Tuesday.\n\"We are glad,\" Blair said.",
        );
        assert_eq!(row(&r, 1).1, Some("Blair"));
    }

    #[test]
    fn discourse_words_and_referring_to() {
        let r = attributed("First, Dana Reyes attacked the plan as a \"failed experiment.\"\nTom Vale referred to the mayor as \"a brilliant manager.\"");
        assert_eq!(row(&r, 0).1, Some("Dana Reyes"));
        assert_eq!(row(&r, 1).1, Some("Tom Vale"));
    }

    #[test]
    fn judging_aloud_without_quotation_marks() {
        let r = attributed("Dana Reyes dismissed the plan as a stunt.\nTom Vale read the report on Monday.");
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Dana Reyes"), None));
        assert_eq!(row(&r, 1).0, Kind::None);
    }

    #[test]
    fn calling_someone_something_is_speech() {
        let r = attributed("Dana Reyes called the plan a disaster.\nShe works for a company called Harbor Point.\nTom Vale called the police.");
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Dana Reyes"), None));
        assert_eq!(row(&r, 1).0, Kind::None);
        assert_eq!(row(&r, 2).0, Kind::None);
    }

    #[test]
    fn participles_find_the_subject_before_the_first_verb() {
        let r = attributed(
            "The Pentagon's top adviser on the campaign went further, arguing the plan could backfire.\nTom Vale praised the budget while saying it was late.",
        );
        assert_eq!(row(&r, 0).1, Some("the Pentagon's top adviser on the campaign"));
        assert_eq!(row(&r, 1).1, Some("Tom Vale"));
    }

    #[test]
    fn shares_of_people_polled_are_sources() {
        let r = attributed("Among Trump voters, 74 percent said they are set on their choice.");
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("74 percent"), None));
    }

    #[test]
    fn a_relative_pronoun_speaks_for_the_description_before_it() {
        let text = "The mayor sat through a lecture from the regional governor, who said the budget was too small.\n\"We were never asked,\" said one former city planner, who said he left on good terms.\nOne in three said the plan was fair, compared with four in 10 who said it was not.";
        let rows = attribute_rows(text);
        let speakers = |i: usize| {
            let a = &rows[i].0;
            let mut all = vec![(a.speaker.clone(), a.source.map(|s| &text[s.start..s.end]))];
            all.extend(
                a.others.iter().map(|o| (o.speaker.clone(), Some(&text[o.source.start..o.source.end]))),
            );
            all
        };
        let named = |n: &str, m: &'static str| (Some(n.to_string()), Some(m));
        assert_eq!(speakers(0), [named("the regional governor", "who")]);
        assert_eq!(
            speakers(1),
            [
                named("one former city planner", "one former city planner"),
                named("one former city planner", "who")
            ]
        );
        assert_eq!(speakers(2), [named("one in three", "One in three"), named("four in 10", "who")]);
    }

    #[test]
    fn asides_with_commas_inside_keep_the_name_that_opens_them() {
        let r = attributed(
            "Ana Lima, who lost her shop in Porto, Portugal, in July 2012, said the fund came too late.\nRui Costa, who calls the plan a \"fiasco,\" said he would vote against it.\nAnd the mayor, said Ines Vaz, who has known him for years, never forgets.\nThe fund was late, said Paulo Reis, head of the Porto Traders Union, a group that has sued the city, and others.",
        );
        assert_eq!(row(&r, 0).1, Some("Ana Lima"));
        assert_eq!(row(&r, 1).1, Some("Rui Costa"));
        assert_eq!(row(&r, 2).1, Some("Ines Vaz"));
        assert_eq!(row(&r, 3).1, Some("Paulo Reis"));
        // Dashes set off asides as commas do, "--" and a spaced hyphen too.
        let r = attributed(
            "Closing the session with a long speech -- complete with slides -- Rui Costa told delegates that the fund was safe.\nPorto mayor Ana Lima - who once said she would quit - said the city would stay.",
        );
        assert_eq!(row(&r, 0).1, Some("Rui Costa"));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Ana Lima"), Some("Porto mayor")));
        let a = &attribute_rows(
            "Porto mayor Ana Lima - who once said she would quit - said the city would stay.",
        )[0]
        .0;
        let all: Vec<_> =
            a.others.iter().map(|o| o.speaker.as_deref()).chain([a.speaker.as_deref()]).collect();
        assert!(all.iter().all(|s| *s == Some("Ana Lima")), "{all:?}");
    }

    #[test]
    fn a_paragraph_ending_in_a_colon_introduces_the_quotation_after_it() {
        let r = attributed(
            "In response, Lisbon mayor Carla Moedas issued the following statement:\n\"Our city grieves. We will rebuild.\"\nThe report ends:\nThe work goes on.",
        );
        assert_eq!(row(&r, 0).0, Kind::None);
        assert_eq!(row(&r, 1), (Kind::Direct, Some("Carla Moedas"), Some("Lisbon mayor")));
        assert_eq!(row(&r, 2), (Kind::Direct, Some("Carla Moedas"), Some("Lisbon mayor")));
        // Only a quotation is introduced so.
        assert_eq!(row(&r, 4).0, Kind::None);
        // "He told reporters:" alone says nothing to find; the quotation after
        // it has the speaker.
        let r =
            attributed("Mayor Rui Costa spoke at noon.\nHe told reporters:\n\"We will rebuild the bridge.\"");
        assert_eq!(row(&r, 1).0, Kind::None);
        assert_eq!(row(&r, 2), (Kind::Direct, Some("Rui Costa"), Some("Mayor")));
    }

    #[test]
    fn firing_back_and_barking_are_speech_beside_a_quotation() {
        let r = attributed(
            "\"He wants to be a tough guy,\" Rui Costa shot back.\n\"Sit down,\" Ana Lima barked.\nThe guard fired back at the crowd.",
        );
        assert_eq!(row(&r, 0), (Kind::Direct, Some("Rui Costa"), None));
        assert_eq!(row(&r, 1), (Kind::Direct, Some("Ana Lima"), None));
        assert_eq!(row(&r, 2).0, Kind::None);
        let r =
            attributed("\"Is the mayor profiling?\" reacted Rui Costa.\nLima: \"Our goal is to rebuild.\"");
        assert_eq!(row(&r, 0), (Kind::Direct, Some("Rui Costa"), None));
        assert_eq!(row(&r, 1), (Kind::Direct, Some("Lima"), None));
    }

    #[test]
    fn by_saying_takes_the_clause_subject() {
        let r =
            attributed("Rui Costa distanced himself from the party by saying he would vote for the plan.");
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Rui Costa"), None));
        // "with X saying": X says it.
        let r = attributed(
            "Most voters shrugged off the choice, with three in 10 saying it would change nothing.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("three in 10"), None));
        // So does a document's "saying".
        let r = attributed(
            "Shortly after the vote, Senate leader Ana Lima (D-Porto) issued a statement saying the count was fair.\nMinutes later, she sent an email saying, \"done.\"",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Ana Lima"), Some("Senate leader")));
        assert_eq!(row(&r, 1).1, Some("Ana Lima"));
    }

    #[test]
    fn continuing_and_maintaining_are_speech_only_about_words() {
        let r = attributed(
            "Costa continues to dominate the polls.\nLima maintained her lead in the north.\nCosta continued to insist that the vote was rigged.\n\"We will win,\" Lima continued.\nLima maintains that the count was fair.",
        );
        assert_eq!(row(&r, 0).0, Kind::None);
        assert_eq!(row(&r, 1).0, Kind::None);
        assert_eq!(row(&r, 2).1, Some("Costa"));
        assert_eq!(row(&r, 3), (Kind::Direct, Some("Lima"), None));
        assert_eq!(row(&r, 4).1, Some("Lima"));
    }

    #[test]
    fn no_words_said_no_attribution() {
        let r = attributed(
            "Lima won the state, adding to her victories in the south.\nCosta took most of the state's 20 pledged delegates.\nThe campaign did not respond to a request for comment.\n\"We won,\" Lima added to People magazine.",
        );
        assert_eq!(row(&r, 0).0, Kind::None);
        assert_eq!(row(&r, 1).0, Kind::None);
        assert_eq!(row(&r, 2).0, Kind::None);
        assert_eq!(row(&r, 3), (Kind::Direct, Some("Lima"), None));
        let r = attributed(
            "The firm added 1 million jobs last year.\nWith all precincts reporting, Lima led.\n\"It is close,\" added a Porto Democrat.",
        );
        assert_eq!(row(&r, 0).0, Kind::None);
        assert_eq!(row(&r, 1).0, Kind::None);
        assert_eq!(row(&r, 2), (Kind::Direct, Some("Porto Democrat"), None));
    }

    #[test]
    fn verb_after_and_before_the_speaker() {
        let r = attributed("Prices will rise, said Ana Lima, an economist at the Bank of Spain.\nRates will fall, Lima said.");
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Ana Lima"), Some("economist at the Bank of Spain")));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Ana Lima"), Some("economist at the Bank of Spain")));
    }

    #[test]
    fn direct_mixed_and_colon_quotations() {
        let r = attributed(
            "\"We will win,\" Senator Tom Reed said.\nReed told reporters the plan was \"dead on arrival\" in the House.\nHe told CNN: \"Nobody wants it.\"",
        );
        assert_eq!(row(&r, 0), (Kind::Direct, Some("Tom Reed"), Some("Senator")));
        assert_eq!(r[1].1, Kind::Mixed);
        assert_eq!(r[1].2.as_deref(), Some("Tom Reed"));
        assert_eq!(row(&r, 2).0, Kind::Direct);
        assert_eq!(row(&r, 2).1, Some("Tom Reed"));
    }

    #[test]
    fn split_quotation_around_its_frame() {
        let r = attributed("\"I think,\" Maria Sousa said, \"it is over.\"");
        assert_eq!(r.len(), 1);
        assert_eq!(row(&r, 0).0, Kind::Direct);
        assert_eq!(row(&r, 0).1, Some("Maria Sousa"));
    }

    #[test]
    fn quotation_over_sentences_and_paragraphs_keeps_its_speaker() {
        let r = attributed(
            "\"The first point is simple. The second is not,\" said Dr. Omar Haddad.\nHaddad added: \"We tried.\n\"We failed.\"\nThe meeting ended.",
        );
        assert_eq!(row(&r, 0).1, Some("Omar Haddad"), "{r:?}");
        assert_eq!(row(&r, 1).1, Some("Omar Haddad"));
        assert_eq!(row(&r, 3), (Kind::Direct, Some("Omar Haddad"), None));
        assert_eq!(row(&r, 4).0, Kind::None);
    }

    #[test]
    fn pronouns_name_the_subject_of_narration_before_them() {
        // A role before a one-word surname ("Best actor Foxx"), a name with
        // "who" after it ("Malone, who lost out ...") and a particle inside
        // a name ("Edda von Brandt") are the subjects "he" and "she" name next.
        let r = attributed(
            "Her director Ortiz told the audience: \"It is a real surprise.\"\nBest actor Pruitt could not attend the ceremony. He apologised, joking: \"I am stuck on a film set.\"\nMalone, who lost out to Pruitt, will face him again next month. \"It is my first time here,\" he told reporters.\nHarlan's chairman Edda von Brandt shrugged off the rivals in an interview. \"We have the better cars,\" she said.",
        );
        assert_eq!(row(&r, 0), (Kind::Direct, Some("Ortiz"), Some("Her director")));
        assert_eq!(row(&r, 2), (Kind::Direct, Some("Pruitt"), Some("Best actor")));
        assert_eq!(row(&r, 4), (Kind::Direct, Some("Malone"), None));
        assert_eq!(row(&r, 6), (Kind::Direct, Some("Edda von Brandt"), Some("Harlan's chairman")));
        // A club written as a place elsewhere ("at Leicester") is no "he",
        // though "who" follows it in British English.
        let r = attributed(
            "Tom Crane has played well of late for Halford.\nHalford, who signed Crane last summer, are top of the table. \"I am pleased with my form at Halford,\" he said.",
        );
        assert_eq!(row(&r, 2).1, Some("Tom Crane"));
    }

    #[test]
    fn a_report_that_closes_the_sentence_is_its_speaker() {
        // Wire style: the speech or deed of one party, reported by another.
        let r = attributed(
            "Harbour Foods has agreed to sell its mills to a rival, bankers said. They said the price was not disclosed.\nThe Port Authority believes fees will rise, the Daily Courier reported on Monday.\nHarbour Foods promised to keep the mills open, Ana Lima told reporters.",
        );
        assert_eq!(row(&r, 0).1, Some("bankers"));
        assert_eq!(row(&r, 1).1, Some("bankers"));
        assert_eq!(row(&r, 2).1, Some("Daily Courier"));
        assert_eq!(row(&r, 3).1, Some("Ana Lima"));
        // A clause of its own at the end is no report of the sentence.
        let r = attributed(
            "Rui Vaz said he disliked the songs, which the minister said were crude.\nMost voters said the plan was fair, while a third said it was not.",
        );
        assert_eq!(row(&r, 0).1, Some("Rui Vaz"));
        assert_eq!(row(&r, 1).1, Some("most voters"));
        // "he" after a person named after their cue is that person.
        let r = attributed(
            "Dealers are calm, said Tom Reed of Harbour Securities. Lima said it was quiet. Japanese buyers are waiting, said Ana Ortiz of Halden Bank, and they will buy later, she said.",
        );
        assert_eq!(row(&r, 2).1, Some("Ana Ortiz"));
    }

    #[test]
    fn it_names_a_firm_whose_name_reads_as_a_person() {
        // No suffix tells that "Halvorsen Mills" is a firm; "it" does, and
        // then "the firm" names it too.
        let r = attributed(
            "Halvorsen Mills said it had arranged a loan programme. It said this is the largest such programme to date. The firm said demand would grow.",
        );
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Halvorsen Mills"), None));
        assert_eq!(row(&r, 2), (Kind::Indirect, Some("Halvorsen Mills"), None));
        // Not a person with a title, nor one called "he".
        let r = attributed(
            "Budget Minister Ana Lima said cuts were needed. It said the deficit would fall.\nRui Vaz said he would resign. He said it was time. It said the board would meet.",
        );
        assert_eq!(row(&r, 1).0, Kind::None);
        assert_eq!(row(&r, 4).0, Kind::None);
        // A report described is "it" too, when no organisation is named.
        let r = attributed("The report said wheat output fell. It said rain was needed.");
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("the report"), None));
    }

    #[test]
    fn a_title_after_a_national_determiner_is_the_affiliation() {
        // "U.S." opens descriptions ("U.S. officials"), but before a title and
        // a name it is part of the title, which later mentions carry.
        let r = attributed(
            "U.S. Agriculture Secretary Ana Lima opens talks in Tokyo today. \"They will give us nothing,\" Lima said.\nU.S. officials said talks would last a week.",
        );
        assert_eq!(row(&r, 1), (Kind::Direct, Some("Ana Lima"), Some("U.S. Agriculture Secretary")));
        assert_eq!(row(&r, 2), (Kind::Indirect, Some("U.S. officials"), None));
    }

    #[test]
    fn a_short_form_names_what_the_article_defines_it_for() {
        let r = attributed(
            "Harbour Investments Ltd <HIL.WE> (HIL) sold its stake in the mills.\nHIL said in a statement it would review events daily. The Port Statistics Office (PSO) said traffic rose.\nPSO said cargo fell. The NBA said the season would go on.",
        );
        assert_eq!(row(&r, 1).1, Some("Harbour Investments Ltd (HIL)"));
        assert_eq!(row(&r, 2).1, Some("Port Statistics Office (PSO)"));
        assert_eq!(row(&r, 3).1, Some("Port Statistics Office (PSO)"));
        // (Undefined, it stays as written.)
        assert_eq!(row(&r, 4).1, Some("NBA"));
    }

    #[test]
    fn market_groups_are_sources() {
        // Wire copy's plural sources without a determiner.
        let r = attributed(
            "Japanese investors said they would buy more bonds.\nThai coffee exporters said quotas would hurt.\nMajor lenders counter that small banks must share the burden.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Japanese investors"), None));
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Thai coffee exporters"), None));
        assert_eq!(row(&r, 2), (Kind::Indirect, Some("Major lenders"), None));
        let r = attributed("The bill goes to the upper house this week, parliamentarians said.");
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("parliamentarians"), None));
    }

    #[test]
    fn a_story_told_is_no_speech() {
        let r = attributed(
            "The film tells the story of two brothers on a road trip.\nHarbour Ballet told the tale of a lost ship. Its director told reporters the tour would go on.",
        );
        assert_eq!(row(&r, 0).0, Kind::None);
        assert_eq!(row(&r, 1).0, Kind::None);
        assert_eq!(row(&r, 2).0, Kind::Indirect);
    }

    #[test]
    fn a_lowercase_company_suffix_ends_the_name() {
        let r = attributed(
            "Halvorsen Mills corp said it has cancelled a planned offering.\nThe company said demand fell.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("Halvorsen Mills Corp"), None));
        assert_eq!(row(&r, 1).1, Some("Halvorsen Mills Corp"));
    }

    #[test]
    fn the_one_quoted_is_the_speaker_not_the_one_quoting() {
        let r = attributed(
            "Video games are \"big business\", the paper quoted Mr Ortiz as saying.\nChief executive Ana Lima was quoted by the Harbour Courier as saying the airline could no longer stay \"all-local\".",
        );
        assert_eq!(row(&r, 0).1, Some("Ortiz"));
        assert_eq!(row(&r, 1), (Kind::Mixed, Some("Ana Lima"), Some("Chief executive")));
        // The paper still reports it.
        let rows = attribute_rows("Video games are \"big business\", the paper quoted Mr Ortiz as saying.");
        assert!(rows[0].0.others.iter().any(|o| o.speaker.as_deref() == Some("the paper")));
    }

    #[test]
    fn a_ministry_of_a_portfolio_is_one_name() {
        let r = attributed(
            "The Harbour Ministry of Foreign Affairs denounced the summit, calling the deal \"unlawful\".\nHalden Energy Fund, for example, has said it plans to spend more.",
        );
        assert_eq!(row(&r, 0).1, Some("Harbour Ministry of Foreign Affairs"));
        assert_eq!(row(&r, 0).2, None);
        // "for example" is the writer's aside, not the fund's description.
        assert_eq!(row(&r, 1), (Kind::Indirect, Some("Halden Energy Fund"), None));
    }

    #[test]
    fn a_which_clause_set_off_before_the_verb_is_no_subject() {
        let r = attributed(
            "The organisers of the Harbour Open, which begins on 17 January, said the champion was injured.\nThe group, which also includes Halden Partners, said it bought the stake.\nThe airline ordered the new jet, which Halvorsen says is economical.",
        );
        assert_eq!(row(&r, 0).1, Some("the organisers of the Harbour Open"));
        assert_eq!(row(&r, 1).1, Some("the group"));
        assert_eq!(row(&r, 2).1, Some("Halvorsen"));
    }

    #[test]
    fn an_organisation_s_statement_is_the_organisation_speaking() {
        let r = attributed(
            "Halvorsen Mills Corp raised its dividend. A company statement said profits rose.\nA Finance Ministry statement said taxes would fall.\nChelsea's statement said the club was sorry.",
        );
        assert_eq!(row(&r, 1).1, Some("Halvorsen Mills Corp"));
        assert_eq!(row(&r, 2).1, Some("Finance Ministry"));
        // (Not one ending in a possessive.)
        assert_eq!(row(&r, 3).1, Some("Chelsea's statement"));
    }

    #[test]
    fn a_description_set_off_after_a_name_in_narration_is_carried() {
        let r = attributed(
            "Kenneth Ortiz, president of the Harbour Federation of Inspectors, attacked the plan.\n\"It voids the law,\" Ortiz said.\nTom Crane, 45, was arrested. \"I am innocent,\" Crane said.",
        );
        assert_eq!(
            row(&r, 1),
            (Kind::Direct, Some("Kenneth Ortiz"), Some("president of the Harbour Federation of Inspectors"))
        );
        // (An age is no description.)
        assert_eq!(row(&r, 3), (Kind::Direct, Some("Tom Crane"), None));
    }

    #[test]
    fn he_names_an_unnamed_speaker_a_sentence_of_narration_later() {
        let r = attributed(
            "Tom Crane, the minister, opened the plant. A senior official said output would double. The plant cost 80 mln dlrs. The state and private firms will share the cost, he said.\nPrices rose. Output fell. Exports rose. Demand fell, he said.",
        );
        assert_eq!(row(&r, 3).1, Some("a senior official"));
        // Further on, "he" is someone named.
        assert_eq!(row(&r, 7).1, Some("Tom Crane"));
    }

    #[test]
    fn a_source_after_and_speaks_for_its_own_clause() {
        let r = attributed(
            "Halvorsen Air rejected the invitations and a spokesman said the route would close.\nLabour and the Liberal Democrats say the sums do not add up.",
        );
        assert_eq!(row(&r, 0), (Kind::Indirect, Some("a spokesman"), None));
        // (Not a subject of two: no clause before "and".)
        assert_eq!(row(&r, 1).1, Some("Labour and the Liberal Democrats"));
    }

    #[test]
    fn pronouns_resolve_by_gender() {
        let r = attributed(
            "Mayor Ruth Obi said the bridge would reopen.\nMr. Karl Benz said it would not.\nShe said he was wrong.",
        );
        assert_eq!(row(&r, 2).1, Some("Ruth Obi"));
        // "the Attorney General Lord Goldsmith" is a person with titles, whom
        // "he" can name.
        let r = attributed("Rui Costa told the BBC the police would act.\nThe Attorney General Lord Goldsmith has not issued any guidance.\nHe said he would consult the police.");
        assert_eq!(row(&r, 2).1, Some("Goldsmith"));
        // The one told is not "he".
        let r = attributed("Rui Costa spoke on Monday.\nPaulo Reis asked him about the vote.\n\"We have no choice,\" he told Reis.");
        assert_eq!(row(&r, 2).1, Some("Rui Costa"));
        // Places, groups and pairs speak, but are not "he".
        let r = attributed(
            "Rui Costa arrived on Monday.\nEgypt said it would seek loans.\nMPs said the plan was late.\nAna Lima and Paulo Reis said they agreed.\nHe said the talks went well.",
        );
        assert_eq!(row(&r, 4).1, Some("Rui Costa"));
        // A city, or the club named for it, is no "he" either.
        let r = attributed(
            "Rui Costa scored twice.\nBirmingham said the fee was agreed.\n\"It was fine,\" he said.",
        );
        assert_eq!(row(&r, 2).1, Some("Rui Costa"));
        // A surname opening narration is the person the article names in
        // full elsewhere, so "he" beside it is them, not a name met since.
        let r = attributed(
            "The debate pitted Gov. Ana Lima against Sen. Rui Costa on Tuesday.\nSocial Security and farm payments are not counted.\nCosta exaggerates when he says he wrote the bill.",
        );
        assert_eq!(row(&r, 2).1, Some("Rui Costa"));
    }

    #[test]
    fn a_claim_is_its_possessor_s() {
        let r = attributed("Donald Trump spoke on Monday.\nBiden rubbished Trump’s claim that the economy was weak.\nMoody's said the rating would stay.");
        assert_eq!((row(&r, 1).1, row(&r, 1).2), (Some("Donald Trump"), None));
        // A verb after the 's: the name is the company's own.
        assert_eq!(row(&r, 2).1, Some("Moody's"));
        // The owner, not the clause the owner stands in.
        let r = attributed("Rui Costa spoke on Monday.\nAnd he hit back at Mr Costa's claim that the bridge was safe.\nThe inquiry rejected the Department of Transport's claim that it had acted.");
        assert_eq!(row(&r, 1).1, Some("Rui Costa"));
        assert_eq!(row(&r, 2).1, Some("Department of Transport"));
        // A company whose name has the 's keeps it before a verb's -s form;
        // a title before the owner stays the owner's.
        let r = attributed("\"Demand remains weak,\" Moody's notes.\nSainsbury's reports that sales rose.\nThe court rejected Treasury Secretary Rui Costa's claim that it had acted.");
        assert_eq!(row(&r, 0).1, Some("Moody's"));
        assert_eq!(row(&r, 1).1, Some("Sainsbury's"));
        assert_eq!((row(&r, 2).1, row(&r, 2).2), (Some("Rui Costa"), Some("Treasury Secretary")));
        // The source span ends before the 's as written, curly or straight.
        for text in [
            "He highlighted the party’s claim that taxes would fall.",
            "He highlighted the party's claim that taxes would fall.",
        ] {
            let source = attribute_rows(text)[0].0.source.expect("a source");
            assert_eq!(&text[source.start..source.end], "the party", "{text}");
        }
    }

    #[test]
    fn contracted_pronouns_are_pronouns_not_names() {
        let r = attributed("Rui Costa spoke on Monday.\nHe's claiming that the vote was rigged.\nAs I've suggested, the plan will fail.");
        assert_eq!(row(&r, 1).1, Some("Rui Costa"));
        // The writer is no one the article names.
        assert_eq!(row(&r, 2).1, None);
        // "He's" tells a man as "He" does: "she" is someone else.
        let r = attributed("Ana Lima spoke first.\nRui Costa spoke next.\nHe's claiming that the vote was rigged.\n\"It was not,\" she said.");
        assert_eq!(row(&r, 3).1, Some("Ana Lima"));
        // "I'm saying" inside a quotation names no new person for "he".
        let r = attributed("Rui Costa spoke on Monday.\n\"I'm not saying it is deliberate, but Reis did a similar thing.\"\n\"I said it was fine,\" he added.");
        assert_eq!(row(&r, 2).1, Some("Rui Costa"));
    }

    #[test]
    fn a_surname_names_one_of_a_pair_not_the_pair() {
        let r = attributed(
            "Ana Lima and Paulo Reis said they agreed.\nLima said the vote was fair.\nSears Roebuck and Co said sales rose.\nSears said it would hire.",
        );
        assert_eq!(row(&r, 1).1, Some("Ana Lima"));
        // A company named with "and" is one speaker, whom its first word names.
        assert_eq!(row(&r, 3).1, Some("Sears Roebuck and Co"));
    }

    #[test]
    fn pronouns_find_the_subject_not_names_in_the_words_reported() {
        // The narration's subject after "But" and an opening phrase, or after
        // an organisation and a role, is who "he" is next.
        let r = attributed(
            "Paulo Reis spoke first.\nBut at another event on Thursday, Mr. Rui Costa showed no sign of doubt.\nHe said the vote was fair.\nBut Lima's Porto counterpart Tiago Melo was in no mood to celebrate.\nHe said: \"I am far from happy.\"\nMr Paulo Reis has failed to tackle these problems, he claimed.",
        );
        assert_eq!(row(&r, 2).1, Some("Rui Costa"));
        assert_eq!(row(&r, 4).1, Some("Tiago Melo"));
        // A name inside the reported words is no one "he" can be.
        assert_eq!(row(&r, 5).1, Some("Tiago Melo"));
        // An unnamed official is "he" right after speaking; a title names
        // the person who holds it.
        let r = attributed(
            "Finance Minister Ana Lima said taxes would fall.\nA senior central bank official said rates would hold.\nHe added that the bank was ready.\nThe finance minister said more cuts would follow.",
        );
        assert_eq!(row(&r, 2).1, Some("a senior central bank official"));
        assert_eq!(row(&r, 3).1, Some("Ana Lima"));
    }

    #[test]
    fn scare_quotes_and_titles_are_not_speech() {
        let r = attributed(
            "The so-called \"reforms\" failed.\nShe watched a film called \"Heat\" twice.\nThe so-called \"tax relief plan\" passed.\nHe hosts a show titled \"Morning With Joe\" daily.",
        );
        for row in &r {
            assert_eq!(row.1, Kind::None, "{}", row.0);
        }
    }

    #[test]
    fn organisations_and_unnamed_sources() {
        let r = attributed("The ministry said the talks had failed.\nOne official said more would follow, according to the Defence Ministry.");
        assert_eq!(row(&r, 0).1, Some("the ministry"));
        assert_eq!(row(&r, 1).1, Some("one official"));
        // A spokesperson speaks for the organisation; a named one stays themself.
        let r = attributed(
            "A spokesperson for the ministry said the troops would stay.\nA Navy spokesman said the base was closed.\nA spokeswoman for the Port Authority said talks went on.\nAna Lima, a spokeswoman for the Port Authority, said ships were waiting.\nA spokesman said nothing more.",
        );
        assert_eq!(row(&r, 0).1, Some("the ministry"));
        assert_eq!(row(&r, 1).1, Some("Navy"));
        assert_eq!(row(&r, 2).1, Some("Port Authority"));
        assert_eq!(
            row(&r, 3),
            (Kind::Indirect, Some("Ana Lima"), Some("spokeswoman for the Port Authority"))
        );
        assert_eq!(row(&r, 4).1, Some("a spokesman"));
    }

    #[test]
    fn an_unnamed_source_takes_the_name_quoted_with_the_same_words() {
        let r = attributed(
            "One expert told us they had \"become cannon fodder for the war.\"\n\"They have become cannon fodder for the war,\" said Edward Howell.",
        );
        assert_eq!(row(&r, 0).1, Some("Edward Howell"));
    }

    #[test]
    fn a_sentence_can_report_several_speakers() {
        let text = "Prices will rise, Ana Lima said, while Tom Reed said they would fall.";
        let paragraphs = vec![(0, text.len())];
        let refs = vec![SentenceRef { paragraph: 0, start: 0, end: text.len() }];
        let a = &attribute(text, &paragraphs, &refs)[0];
        assert_eq!(a.speaker.as_deref(), Some("Ana Lima"));
        let others: Vec<_> = a.others.iter().map(|o| o.speaker.as_deref()).collect();
        assert_eq!(others, vec![Some("Tom Reed")]);
        // Ana Lima's words are before her frame, not Tom Reed's after it.
        let words: Vec<&str> = a.content.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(words, ["Prices will rise"]);
    }

    #[test]
    fn a_frame_set_off_by_commas_reports_the_words_on_both_sides() {
        let (a, text) =
            &attribute_rows("The other proposals, the board said, would bring stability to the group.")[0];
        let words: Vec<&str> = a.content.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(words, ["The other proposals", "would bring stability to the group"]);
    }

    #[test]
    fn impersonal_reports_have_no_speaker() {
        let r = attributed("It was reported that the talks had failed.");
        assert_eq!(row(&r, 0), (Kind::Indirect, None, None));
    }
}

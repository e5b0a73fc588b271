//! The speakers of one article: one canonical name a person, to which
//! surnames, honorifics and pronouns resolve.

use super::mentions::{Gender, Mention, MentionKind, Pronoun};
use crate::text::fold;

#[derive(Debug, Clone)]
pub struct Speaker {
    /// The full name at first mention (or the description, for unnamed sources).
    pub name: String,
    pub person: bool,
    pub unnamed: bool,
    /// An unnamed source that is one person ("the official").
    pub one_person: bool,
    pub gender: Option<Gender>,
    pub affiliation: Option<String>,
    /// Folded name words, for matching later mentions.
    words: Vec<String>,
    /// The words name two ("Pierce and Carroll"): kept with them, as every
    /// mention is matched against every speaker.
    pair: bool,
    /// Sentence index of the latest mention.
    last_seen: usize,
    /// Named as the source of a frame, not only in narration.
    spoke: bool,
    /// Set when the speaker is brought forward in its sentence (the report
    /// that frames a sentence, over the speaker of a clause inside it), and
    /// cleared when it is mentioned again: of two speakers seen in the same
    /// sentence, the one brought forward is the nearer for a pronoun, else
    /// the one made later.
    tick: u64,
}

#[derive(Debug, Default)]
pub struct Speakers {
    pub list: Vec<Speaker>,
    clock: u64,
}

impl Speakers {
    /// Resolves a mention made in sentence `at` to a speaker, creating one for
    /// a new name. Pronouns resolve to the latest compatible speaker.
    pub fn resolve(&mut self, m: &Mention, at: usize) -> Option<usize> {
        self.resolve_avoiding(m, at, None)
    }

    /// Like `resolve`, with a speaker a pronoun cannot be ("he told
    /// Hannity": not Hannity).
    pub fn resolve_avoiding(&mut self, m: &Mention, at: usize, not: Option<usize>) -> Option<usize> {
        let id = self.resolve_mention(m, at, not)?;
        self.list[id].spoke = true;
        Some(id)
    }

    fn resolve_mention(&mut self, m: &Mention, at: usize, not: Option<usize>) -> Option<usize> {
        let id = match &m.kind {
            MentionKind::Pronoun(p) => self.antecedent(*p, at, not)?,
            MentionKind::Name { org } => self.by_name(&m.name, !org),
            MentionKind::Description { person } => self.by_description(&m.name, *person),
        };
        let s = &mut self.list[id];
        s.last_seen = at;
        s.tick = 0;
        // A title tells the gender ("Mrs Lund"), as a given name does when
        // the name is made ("Barack Obama"), before a pronoun can: "she" must
        // not make him hers.
        if s.gender.is_none() {
            s.gender = m.gender;
        }
        if let MentionKind::Pronoun(p) = &m.kind {
            // (A name "it" could only name is an organisation's, and no "he".)
            if *p == Pronoun::It {
                s.person = false;
            }
            if s.person && s.gender.is_none() {
                s.gender = match p {
                    Pronoun::He => Some(Gender::Male),
                    Pronoun::She => Some(Gender::Female),
                    _ => None,
                };
            }
        }
        if m.affiliation.is_some() {
            s.affiliation.clone_from(&m.affiliation);
        }
        Some(id)
    }

    /// Makes speaker `id` the nearest for a pronoun, seen in sentence `at`.
    pub fn bring_forward(&mut self, id: usize, at: usize) {
        self.clock += 1;
        let s = &mut self.list[id];
        s.last_seen = at;
        s.tick = self.clock;
    }

    /// A mention's own affiliation, or else the one its speaker was given
    /// before (carried to later mentions).
    pub fn affiliation_for(&self, m: &Mention, id: Option<usize>) -> Option<String> {
        m.affiliation.clone().or_else(|| id.and_then(|id| self.list[id].affiliation.clone()))
    }

    /// Gives a person known by surname alone the full name the article
    /// writes elsewhere ("Blair" is "Tony Blair" when the article says so,
    /// once or often, and names no other Blair).
    /// Likewise a short form the article defines ("BIL" for "Brierley
    /// Investments Ltd (BIL)"); and the name it is defined for is written
    /// with it, so that either finds the speaker.
    /// Only the speakers in `used` are looked at: most people an article
    /// names never speak.
    pub fn complete_names(&mut self, text: &str, used: &[bool]) {
        let short_forms = super::mentions::short_forms(text);
        let speaking = self.list.iter_mut().zip(used).filter(|(_, u)| **u).map(|(s, _)| s);
        for s in speaking.filter(|s| !s.unnamed) {
            let full = if s.words.len() > 1 {
                let defined = short_forms.iter().find(|(before, _)| before.ends_with(s.name.as_str()));
                defined.map(|(_, short)| format!("{} ({short})", s.name))
            } else if short_forms.iter().any(|(_, short)| *short == s.name) {
                super::mentions::defined_short_form(text, &s.name)
            } else if s.person {
                super::mentions::full_name_in(text, &s.name)
            } else {
                None
            };
            if let Some(full) = full {
                s.set_words(fold(&full).split_whitespace().map(str::to_string).collect());
                s.name = full;
            }
        }
    }

    /// Notes a person named in narration, so that a later pronoun can refer
    /// to them: a full name, a surname already known, or a surname whose
    /// full name the article writes elsewhere (`text`); or any name that
    /// the sentence shows to be a person's (`person`).
    pub fn notice(&mut self, text: &str, m: &Mention, at: usize, person: bool) {
        let several_words = m.name.split_whitespace().nth(1).is_some();
        // (A surname with a title is a person too: "The Attorney General
        // Lord Goldsmith has issued guidance".)
        if several_words || m.affiliation.is_some() || self.find(&m.name).is_some() {
            self.resolve_mention(m, at, None);
        } else if matches!(m.kind, MentionKind::Name { org: false }) {
            // "Sanders exaggerates when he says ...", the article having
            // named "Sen. Bernie Sanders" only inside other sentences: he is
            // Bernie Sanders, whom "he" can name.
            match super::mentions::person_full_name_in(text, &m.name) {
                Some(full) => {
                    self.resolve_mention(&Mention { name: full, ..m.clone() }, at, None);
                }
                None if person => {
                    self.resolve_mention(m, at, None);
                }
                None => {}
            }
        }
    }

    /// The known speaker a name (or surname) is, without adding one.
    pub fn find(&self, name: &str) -> Option<usize> {
        let folded = fold(name);
        let words: Vec<&str> = folded.split_whitespace().collect();
        self.list
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                !s.unnamed
                    && (s.words == words
                        || (words.len() == 1 && !s.pair && s.words.iter().any(|w| w == words[0])))
            })
            .max_by_key(|(_, s)| s.recency())
            .map(|(i, _)| i)
    }

    fn antecedent(&self, p: Pronoun, at: usize, not: Option<usize>) -> Option<usize> {
        let fits = |s: &Speaker| match p {
            Pronoun::He => (s.person || s.one_person) && s.gender != Some(Gender::Female),
            Pronoun::She => (s.person || s.one_person) && s.gender != Some(Gender::Male),
            Pronoun::They => true,
            Pronoun::It => !s.person && !s.unnamed,
            // The writer is no one the article names.
            Pronoun::Writer => false,
        };
        // An unnamed person ("the official said ... He added") is "he" only
        // soon after speaking, a sentence of narration between at most:
        // further on, "he" is someone named.
        let reachable =
            |s: &Speaker| !(s.unnamed && matches!(p, Pronoun::He | Pronoun::She)) || s.last_seen + 2 >= at;
        let latest = |fits: &dyn Fn(&Speaker) -> bool| {
            self.list
                .iter()
                .enumerate()
                .filter(|&(i, s)| fits(s) && reachable(s) && Some(i) != not)
                .max_by_key(|(_, s)| s.recency())
                .map(|(i, _)| i)
        };
        // With no organisation named, "it" is a source no one has called
        // "he" or "she", and of whom no given name or title tells ("AMAX
        // said ... It said", "Abbey National": names of firms are often read
        // as people's), or a document, outlet or public body described ("The
        // report said ... It said"), whichever was seen last.
        let document = |s: &Speaker| s.unnamed && s.is_document();
        let unplaced = Speaker::unplaced;
        let it = matches!(p, Pronoun::It);
        latest(&fits).or_else(|| it.then(|| latest(&|s: &Speaker| unplaced(s) || document(s))).flatten())
    }

    fn by_name(&mut self, name: &str, person: bool) -> usize {
        // (Borrowed from one folded string: owned words are made only for a
        // speaker who keeps them.)
        let folded = fold(name);
        let words: Vec<&str> = folded.split_whitespace().collect();
        if let Some(i) = self.list.iter().position(|s| !s.unnamed && s.words == words) {
            return i;
        }
        // "Howell" and "Mr. Howell" are the latest speaker with that surname;
        // "Vladimir Putin" after "Putin" is the same person.
        let pair = is_pair(&words);
        let matching = self
            .list
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                !s.unnamed
                    && !s.pair
                    && !pair
                    && ((words.len() == 1 && s.words.iter().any(|w| w == words[0]))
                        || (s.words.len() == 1 && words.contains(&s.words[0].as_str())))
            })
            .max_by_key(|(_, s)| s.recency())
            .map(|(i, _)| i);
        if let Some(i) = matching {
            // "Sanders" first, "Bernie Sanders" later: the full name is the
            // canonical one, for every sentence of the article.
            let s = &mut self.list[i];
            if s.words.len() == 1 && words.len() > 1 && person && s.person {
                s.name = company_cased(name);
                s.set_words(owned(&words));
                s.gender = s.gender.or_else(|| super::first_names::gender_of(name));
            }
            return i;
        }
        // ("MPs", "Egypt": groups and places speak, but are not "he".)
        // ("Amelie Mauresmo and Maria Sharapova" are "they".)
        let group = (name.len() > 2
            && name.ends_with('s')
            && name[..name.len() - 1].bytes().all(|b| b.is_ascii_uppercase()))
            || name.contains(" and ");
        let person = person && !group && !super::mentions::is_place(name);
        self.list.push(Speaker {
            name: company_cased(name),
            person,
            unnamed: false,
            one_person: false,
            gender: if person { super::first_names::gender_of(name) } else { None },
            affiliation: None,
            pair,
            words: owned(&words),
            last_seen: 0,
            tick: 0,
            spoke: false,
        });
        self.list.len() - 1
    }

    fn by_description(&mut self, text: &str, one_person: bool) -> usize {
        // (Borrowed from one folded string: owned words are made only for a
        // new speaker.)
        let folded = fold(text);
        let words: Vec<&str> = folded.split_whitespace().collect();
        // "the finance minister" after "Finance Minister Palaniappan
        // Chidambaram", "the prop" after "Wales prop Adam Jones": the person
        // the article gave that title, or one ending in it.
        if words.len() >= 2 && words[0] == "the" {
            let title = words[1..].join(" ");
            // (Not what the title is of, "author of the book"; not a deputy's
            // or a shadow's title, "deputy prime minister"; one person, not
            // "the managers".)
            let one = !title.ends_with('s') || title.ends_with("ss");
            let ends_in_title = |a: &str| {
                // (Folded only when it can end in the title.)
                if a.len() < title.len() {
                    return false;
                }
                let a = fold(a);
                let Some(before) = a.strip_suffix(title.as_str()) else { return false };
                let before: Vec<&str> = before.split_whitespace().collect();
                one && (before.is_empty() || a[..a.len() - title.len()].ends_with(' '))
                    && !before.last().is_some_and(|w| {
                        matches!(*w, "of" | "for" | "at" | "to" | "in" | "with" | "the" | "a" | "an" | "by")
                    })
                    && !before.iter().any(|w| {
                        matches!(
                            *w,
                            "deputy" | "vice" | "shadow" | "former" | "acting" | "assistant" | "junior" | "ex"
                                | "under" | "recall" | "member"
                        )
                    })
                    // ("dean of the journalism school"; not "Bank of Japan governor".)
                    && !before.windows(2).any(|p| {
                        matches!(p[0], "of" | "for" | "at" | "in" | "with") && matches!(p[1], "the" | "a" | "an")
                    })
            };
            let titled = self
                .list
                .iter()
                .enumerate()
                .filter(|(_, s)| {
                    s.person
                        && !s.unnamed
                        && s.affiliation.as_deref().is_some_and(|a| folds_to(a, &title) || ends_in_title(a))
                })
                .max_by_key(|(_, s)| s.recency())
                .map(|(i, _)| i);
            if let Some(i) = titled {
                return i;
            }
        }
        // "the directorate" after "the Maritime Safety Directorate said".
        if let [the, noun] = words.as_slice() {
            if *the == "the" {
                let named = self
                    .list
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| !s.unnamed && !s.person && s.words.iter().any(|w| w == noun))
                    .max_by_key(|(_, s)| s.recency())
                    .map(|(i, _)| i);
                if let Some(i) = named {
                    return i;
                }
                // "the company" after "The vessel's operator, Corrant Maritime,":
                // the latest speaker that is, or is described as, an organisation.
                const GENERIC: &[&str] =
                    &["company", "firm", "operator", "group", "carrier", "airline", "business", "maker"];
                if GENERIC.contains(noun) {
                    let org = self
                        .list
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| {
                            !s.unnamed
                                && (!s.person
                                    || s.affiliation.as_deref().is_some_and(|a| {
                                        fold(a).split_whitespace().any(|w| GENERIC.contains(&w))
                                    }))
                        })
                        .max_by_key(|(_, s)| s.recency())
                        .map(|(i, _)| i);
                    if let Some(i) = org {
                        return i;
                    }
                }
            }
        }
        if let Some(i) = self.list.iter().position(|s| s.unnamed && s.words == words) {
            return i;
        }
        self.list.push(Speaker {
            name: text.to_string(),
            person: false,
            unnamed: true,
            one_person,
            gender: None,
            affiliation: None,
            pair: is_pair(&words),
            words: owned(&words),
            last_seen: 0,
            tick: 0,
            spoke: false,
        });
        self.list.len() - 1
    }
}

impl Speaker {
    /// How recently the speaker was seen: its sentence, then whether it was
    /// brought forward in it.
    fn recency(&self) -> (usize, u64) {
        (self.last_seen, self.tick)
    }

    /// A named source no one has called "he" or "she", and of whom no given
    /// name or title tells: a firm, as often as a person ("AMAX", "Abbey
    /// National").
    fn unplaced(&self) -> bool {
        self.spoke && !self.unnamed && self.gender.is_none() && self.affiliation.is_none()
    }

    /// A report, statement, paper or public body described, which "it" can
    /// name. (Not "the company" or "the firm": those are most often a firm
    /// the article names, which "it" names itself.)
    fn is_document(&self) -> bool {
        const IMPERSONAL: &[&str] = &[
            "report",
            "statement",
            "study",
            "survey",
            "letter",
            "document",
            "paper",
            "newspaper",
            "daily",
            "weekly",
            "magazine",
            "agency",
            "bulletin",
            "review",
            "journal",
            "government",
            "ministry",
            "institute",
            "board",
            "council",
            "committee",
            "commission",
            "association",
            "authority",
            "department",
            "regulator",
        ];
        self.words.last().is_some_and(|w| IMPERSONAL.contains(&w.as_str()))
    }

    fn set_words(&mut self, words: Vec<String>) {
        self.pair = is_pair(&words);
        self.words = words;
    }
}

/// A name as shown, with a company suffix that wire copy writes in
/// lowercase capitalised: "Atari Corp" for "Atari corp".
fn company_cased(name: &str) -> String {
    match name.rsplit_once(' ') {
        Some((firm, suffix)) if matches!(suffix, "corp" | "inc" | "co" | "ltd" | "plc") => {
            format!("{firm} {}{}", suffix[..1].to_ascii_uppercase(), &suffix[1..])
        }
        _ => name.to_string(),
    }
}

/// Words borrowed from a folded name, owned for a speaker who keeps them.
fn owned(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

/// Whether `s` folds to `folded`, without folding it where it is ASCII.
fn folds_to(s: &str, folded: &str) -> bool {
    if s.is_ascii() {
        s.eq_ignore_ascii_case(folded)
    } else {
        fold(s) == folded
    }
}

/// "Pierce and Carroll": two people, neither of whom a surname alone names
/// ("Sears Roebuck and Co" is one company, which "Sears" names).
fn is_pair<S: AsRef<str>>(words: &[S]) -> bool {
    let company = words.last().is_some_and(|w| {
        matches!(
            w.as_ref().trim_end_matches('.'),
            "co" | "corp" | "inc" | "plc" | "nv" | "ltd" | "company" | "corporation"
        )
    });
    !company && words.iter().any(|w| w.as_ref() == "and")
}

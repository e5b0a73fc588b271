//! Speech verbs and other attribution cues ("according to").
//!
//! The verbs are listed once, by lemma, and inflected here: the forms of the
//! verbs attribution corpora annotate as cues. Verbs that are as often nouns
//! ("reports", "claims") keep only their verb forms ("reported", "claiming").

use std::sync::OnceLock;

use crate::text::{ShortWordMap, WordSet, Words};

/// Lemmas whose every form is a cue.
const ALL_FORMS: &[&str] = &[
    "say",
    "tell",
    "write",
    "add",
    "ask",
    "warn",
    "insist",
    "explain",
    "argue",
    "announce",
    "declare",
    "respond",
    "acknowledge",
    "admit",
    "allege",
    "assert",
    "concede",
    "confirm",
    "contend",
    "deny",
    "disclose",
    "emphasize",
    "emphasise",
    "maintain",
    "reiterate",
    "urge",
    "wonder",
    "believe",
    "boast",
    "shout",
    "yell",
    "whisper",
    "exclaim",
    "recount",
    "conclude",
    "retort",
    "lament",
    "clarify",
    "proclaim",
    "predict",
    "reveal",
    "testify",
    "complain",
    "mention",
    "observe",
    "inform",
    "remind",
    "opine",
    "bemoan",
    "reckon",
    "assure",
    "elaborate",
    "inquire",
    "mutter",
    "speculate",
    "concur",
    "accuse",
    "recall",
    "insinuate",
    "acknowledge",
    "stress",
    "vow",
    "suggest",
    "propose",
    "liken",
];

/// Lemmas that are as often nouns or mean other things in the base form:
/// only their past and -ing forms are cues.
const VERB_FORMS_ONLY: &[&str] = &[
    "claim", "note", "report", "state", "remark", "comment", "estimate", "promise", "caution", "answer",
    "demand", "pledge", "counter", "protest", "signal", "hint", "object", "joke", "quip", "blog", "muse",
    "reply", "continue", "agree", "indicate", "tweet", "beg", "plead", "tout", "lament", "forecast",
    "theorize",
];

/// Irregular forms, and forms that double their last consonant.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("say", &["say", "says", "said", "saying"]),
    ("tell", &["tell", "tells", "told", "telling"]),
    ("write", &["write", "writes", "wrote", "written", "writing"]),
    ("admit", &["admit", "admits", "admitted", "admitting"]),
    ("quip", &["quipped", "quipping"]),
    ("beg", &["begged", "begging"]),
    ("plead", &["pleaded", "pled", "pleading"]),
    ("forecast", &["forecasted"]),
    ("stress", &["stressed", "stressing", "stresses"]),
];

/// Verbs that are cues only when the sentence holds a quotation ("the
/// email read", "Some chanted", "praised it as").
const WITH_QUOTATION_LIST: &[&str] = &[
    "read",
    "reads",
    "chanted",
    "chanting",
    "chant",
    "chants",
    "praised",
    "praising",
    "mocked",
    "mocking",
    "dismissed",
    "slammed",
    "blasted",
    "echoed",
    "echoing",
    "posted",
    "texted",
    "emailed",
    "screamed",
    "shouting",
    "yelling",
    "cried",
    "sang",
    "quoted",
    "quoting",
    // Manners of saying, only beside the words said: '"Go back," Trump barked.'
    "barked",
    "fumed",
    "exhorted",
    "snapped",
    "scoffed",
    "gushed",
    "sneered",
    "marveled",
    "marvelled",
    "thundered",
    "bragged",
    "groused",
    "grumbled",
    "huffed",
    "chided",
    "scolded",
    "reacted",
    "surmised",
    "mocks",
    "laughed",
    "sighed",
    "lectured",
    "intoned",
];
static WITH_QUOTATION: Words = Words::new(WITH_QUOTATION_LIST);

fn inflect(lemma: &str, base_forms: bool, out: &mut WordSet<String>) {
    if let Some((_, forms)) = IRREGULAR.iter().find(|(l, _)| *l == lemma) {
        out.extend(forms.iter().map(|f| f.to_string()));
        return;
    }
    let consonant_y =
        lemma.ends_with('y') && !lemma.ends_with("ay") && !lemma.ends_with("ey") && !lemma.ends_with("oy");
    let stem = lemma.trim_end_matches('e');
    let past = if lemma.ends_with('e') {
        format!("{lemma}d")
    } else if consonant_y {
        format!("{}ied", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ed")
    };
    let ing = if lemma.ends_with('e') && !lemma.ends_with("ee") {
        format!("{stem}ing")
    } else {
        format!("{lemma}ing")
    };
    out.insert(past);
    out.insert(ing);
    if base_forms {
        let third = if consonant_y {
            format!("{}ies", &lemma[..lemma.len() - 1])
        } else if ["s", "sh", "ch", "x", "z"].iter().any(|e| lemma.ends_with(e)) {
            format!("{lemma}es")
        } else {
            format!("{lemma}s")
        };
        out.insert(lemma.to_string());
        out.insert(third);
    }
}

fn speech_verbs() -> &'static WordSet<String> {
    static VERBS: OnceLock<WordSet<String>> = OnceLock::new();
    VERBS.get_or_init(|| {
        let mut out = WordSet::default();
        for l in ALL_FORMS {
            inflect(l, true, &mut out);
        }
        for l in VERB_FORMS_ONLY {
            inflect(l, false, &mut out);
        }
        out
    })
}

/// True for a lowercase speech verb form.
pub fn is_speech_verb(lower: &str) -> bool {
    speech_verbs().contains(lower)
}

/// True for verbs that are cues only beside a quotation.
pub fn needs_quotation(lower: &str) -> bool {
    WITH_QUOTATION.contains(&lower)
}

/// What a lowercase word can be as a cue, found with one lookup: the cue
/// search asks all four questions of nearly every word of a sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CueClass {
    /// A speech verb form ("said", "warns").
    pub speech: bool,
    /// The base and -s forms of verbs that are as often nouns ("notes",
    /// "claims"): cues only right after a quotation and its speaker
    /// (`"...," Conway notes.`) or before "that".
    pub nouny: bool,
    /// A cue only beside a quotation ("the email read").
    pub with_quotation: bool,
    /// A verb that names or labels ("called it a disaster").
    pub naming: bool,
    /// The first word of a cue of two words ("according to", "pointed out",
    /// "shot back", "put it"): no cue on its own.
    pub opens_phrase: bool,
}

impl CueClass {
    pub fn any(self) -> bool {
        self.speech || self.nouny || self.with_quotation || self.naming
    }
}

pub fn classify(lower: &str) -> CueClass {
    classify_bytes(lower.as_bytes())
}

/// `classify` for the bytes of a lowercase word.
#[inline]
pub fn classify_bytes(lower: &[u8]) -> CueClass {
    // (Every word of every sentence is asked: cues are 3 to 14 letters, and
    // the table holds only those, so other words end at the length test.)
    if !(3..=14).contains(&lower.len()) {
        return CueClass::default();
    }
    CUE_CLASSES.get_or_init(cue_classes).get_bytes(lower).unwrap_or_default()
}

static CUE_CLASSES: OnceLock<ShortWordMap<CueClass>> = OnceLock::new();

/// The cue table, built on first use. (Apart from `classify_bytes`, which
/// is asked of every word and so is inlined where words are made.)
#[cold]
fn cue_classes() -> ShortWordMap<CueClass> {
    let mut map: std::collections::HashMap<String, CueClass> = std::collections::HashMap::default();
    for w in speech_verbs() {
        map.entry(w.clone()).or_default().speech = true;
    }
    for l in VERB_FORMS_ONLY {
        for w in [l.to_string(), format!("{l}s")] {
            map.entry(w).or_default().nouny = true;
        }
    }
    for w in WITH_QUOTATION_LIST {
        map.entry(w.to_string()).or_default().with_quotation = true;
    }
    for w in NAMING {
        map.entry(w.to_string()).or_default().naming = true;
    }
    for w in OPENS_PHRASE {
        map.entry(w.to_string()).or_default().opens_phrase = true;
    }
    map.retain(|w, _| could_be_cue(w));
    ShortWordMap::new(map)
}

/// Words that open a cue of two words, with what follows them: "according
/// to", "pointed out", "shot back", "put it".
const OPENS_PHRASE: &[&str] = &[
    "according",
    "point",
    "points",
    "pointed",
    "pointing",
    "shot",
    "shoots",
    "fired",
    "fires",
    "hit",
    "hits",
    "put",
    "puts",
];

/// A quick test that a lowercase word could be a cue of any kind, before
/// the set lookups: cues are 3 to 14 ASCII letters.
pub fn could_be_cue(lower: &str) -> bool {
    (3..=14).contains(&lower.len()) && lower.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// Verbs that name or label ("called it a disaster"): cues only with a
/// quotation after them and a named speaker, since "a film called "Heat""
/// is no speech.
pub fn is_naming_verb(lower: &str) -> bool {
    NAMING.contains(&lower)
}

const NAMING: &[&str] = &[
    "referred",
    "refers",
    "call",
    "calls",
    "called",
    "calling",
    "described",
    "describes",
    "describing",
    "dubbed",
    "labeled",
    "labelled",
    "branded",
    "termed",
];

/// Forms of "be" that make the following participle passive ("was reported").
pub fn is_be(lower: &str) -> bool {
    matches!(lower, "is" | "are" | "was" | "were" | "be" | "been" | "being")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_verbs_in_their_forms() {
        for w in [
            "said",
            "says",
            "told",
            "telling",
            "added",
            "warned",
            "insisted",
            "wrote",
            "denied",
            "replied",
            "noting",
            "admitted",
            "promising",
            "testifies",
            "stresses",
            "argued",
            "declaring",
        ] {
            assert!(is_speech_verb(w), "{w}");
        }
        // A couple of hundred forms, as attribution corpora annotate.
        let forms = speech_verbs().len() + WITH_QUOTATION_LIST.len() + NAMING.len();
        assert!(forms >= 300, "{forms} cue forms");
    }

    #[test]
    fn nouns_and_loose_verbs_are_not_cues() {
        for w in ["posted", "purports", "reports", "claims", "notes", "called", "troops", "reply"] {
            assert!(!is_speech_verb(w), "{w}");
        }
        assert!(needs_quotation("read") && !is_speech_verb("read"));
    }
}

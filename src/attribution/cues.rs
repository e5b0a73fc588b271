//! Speech verbs and other attribution cues ("according to").

/// Speech and report verbs in their inflected forms: the verbs attribution
/// corpora annotate as cues, less those that are as often nouns ("reports",
/// "claims") or too loose without a parser ("posted", "suggests", "called").
const SPEECH_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "write",
    "writes",
    "wrote",
    "writing",
    "ask",
    "asks",
    "asked",
    "asking",
    "warn",
    "warns",
    "warned",
    "warning",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "claimed",
    "claiming",
    "stated",
    "explain",
    "explains",
    "explained",
    "explaining",
    "noted",
    "noting",
    "argue",
    "argues",
    "argued",
    "arguing",
    "announce",
    "announces",
    "announced",
    "announcing",
    "declare",
    "declares",
    "declared",
    "declaring",
    "reported",
    "remarked",
    "reply",
    "replied",
    "replies",
    "replying",
    "respond",
    "responds",
    "responded",
    "responding",
    "continued",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "acknowledging",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "affirmed",
    "agreed",
    "allege",
    "alleges",
    "alleged",
    "alleging",
    "assert",
    "asserts",
    "asserted",
    "asserting",
    "cautioned",
    "cautioning",
    "commented",
    "complained",
    "complaining",
    "concede",
    "concedes",
    "conceded",
    "conceding",
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    "contend",
    "contends",
    "contended",
    "denies",
    "denied",
    "denying",
    "disclosed",
    "emphasized",
    "emphasised",
    "indicated",
    "maintains",
    "maintained",
    "mentioned",
    "observed",
    "predicts",
    "predicted",
    "predicting",
    "promised",
    "recalled",
    "recalling",
    "reiterate",
    "reiterates",
    "reiterated",
    "reiterating",
    "repeated",
    "reveals",
    "revealed",
    "stressed",
    "stressing",
    "suggested",
    "testified",
    "testifies",
    "tweeted",
    "urges",
    "urged",
    "urging",
    "vowed",
    "vowing",
    "wondered",
    "believe",
    "believes",
    "believed",
    "boasted",
    "joked",
    "quipped",
    "shouted",
    "yelled",
    "whispered",
    "exclaimed",
    "recounted",
    "concludes",
    "concluded",
    "countered",
    "retorted",
    "lamented",
    "clarified",
    "proclaimed",
    "pledged",
    "demanded",
    "reckons",
    "reckoned",
    "assured",
    "elaborated",
    "answered",
    "begged",
    "pleaded",
    "inquired",
    "mused",
    "muttered",
    "blogged",
    "speculated",
    "hinted",
    "signalled",
    "signaled",
    "informed",
    "reminded",
    "objected",
    "protested",
    "opined",
];

/// True for a lowercase speech verb form.
pub fn is_speech_verb(lower: &str) -> bool {
    SPEECH_VERBS.contains(&lower)
}

/// Verbs that name or label ("called it a disaster"): cues only with a
/// quotation after them and a named speaker, since "a film called "Heat""
/// is no speech.
pub fn is_naming_verb(lower: &str) -> bool {
    matches!(
        lower,
        "call"
            | "calls"
            | "called"
            | "calling"
            | "described"
            | "describes"
            | "describing"
            | "dubbed"
            | "labeled"
            | "labelled"
            | "branded"
            | "termed"
    )
}

/// Forms of "be" that make the following participle passive ("was reported").
pub fn is_be(lower: &str) -> bool {
    matches!(lower, "is" | "are" | "was" | "were" | "be" | "been" | "being")
}

#[cfg(test)]
mod tests {
    #[test]
    fn speech_verbs_in_their_forms() {
        for w in ["said", "says", "told", "telling", "added", "warned", "insisted", "wrote"] {
            assert!(super::is_speech_verb(w), "{w}");
        }
        for w in ["posted", "purports", "suggests", "reports", "called", "troops"] {
            assert!(!super::is_speech_verb(w), "{w}");
        }
    }
}

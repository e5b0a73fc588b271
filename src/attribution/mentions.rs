//! Source mentions: the noun phrase that names who speaks, read off the
//! tokens around a cue. Names lose their titles to the affiliation
//! ("Pentagon press secretary Major General Pat Ryder" is Pat Ryder,
//! "Pentagon press secretary"); appositives become affiliations.

use super::tokens::{lowercase, Lower, Token};
use crate::text::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
    It,
    /// "I", "we": the writer, whom the article does not name.
    Writer,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MentionKind {
    Pronoun(Pronoun),
    /// A proper name: a person or an organisation.
    Name {
        org: bool,
    },
    /// An unnamed source as written: "one expert", "officials"; `person`
    /// when it is one person ("the official", "a spokesman"), whom "he" or
    /// "she" can name in the next sentence.
    Description {
        person: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// A mention of a source, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub kind: MentionKind,
    /// Byte range of the mention in the text (the name or the description,
    /// without its appositive).
    pub start: usize,
    pub end: usize,
    /// The name without titles, or the description.
    pub name: String,
    pub affiliation: Option<String>,
    pub gender: Option<Gender>,
}

impl Mention {
    /// A pronoun as written at `text[start..end]`.
    fn pronoun(text: &str, p: Pronoun, start: usize, end: usize) -> Mention {
        Mention {
            kind: MentionKind::Pronoun(p),
            start,
            end,
            name: text[start..end].to_string(),
            affiliation: None,
            gender: None,
        }
    }
}

/// Words that, capitalised at the start of a sentence, are not names.
static FUNCTION_WORDS: Words = Words::new(&[
    "again",
    "indeed",
    "nor",
    "rather",
    "thereafter",
    "otherwise",
    "afterward",
    "afterwards",
    "said",
    "says",
    "told",
    "added",
    "asked",
    "according",
    "how",
    "what",
    "why",
    "where",
    "whom",
    "whose",
    "which",
    "who",
    "were",
    "was",
    "is",
    "are",
    "do",
    "does",
    "did",
    "can",
    "could",
    "would",
    "should",
    "has",
    "have",
    "had",
    "am",
    "therefore",
    "thus",
    "hence",
    "moreover",
    "furthermore",
    "additionally",
    "consequently",
    "nevertheless",
    "nonetheless",
    "otherwise",
    "perhaps",
    "maybe",
    "sometimes",
    "often",
    "usually",
    "recently",
    "previously",
    "currently",
    "notably",
    "ultimately",
    "eventually",
    "specifically",
    "similarly",
    "likewise",
    "accordingly",
    "besides",
    "overall",
    "together",
    "please",
    "yes",
    "well",
    "a",
    "an",
    "the",
    "in",
    "on",
    "at",
    "after",
    "before",
    "but",
    "and",
    "or",
    "if",
    "when",
    "while",
    "as",
    "because",
    "so",
    "yet",
    "though",
    "although",
    "meanwhile",
    "however",
    "still",
    "then",
    "with",
    "without",
    "for",
    "from",
    "by",
    "to",
    "of",
    "that",
    "this",
    "these",
    "those",
    "there",
    "here",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "last",
    "next",
    "during",
    "since",
    "until",
    "even",
    "also",
    "now",
    "asked",
    "speaking",
    "instead",
    "indeed",
    "earlier",
    "later",
    "today",
    "yesterday",
    "separately",
    "elsewhere",
    "finally",
    "first",
    "second",
    "according",
    "under",
    "over",
    "about",
    "into",
    "through",
    "despite",
    "among",
    "some",
    "many",
    "most",
    "several",
    "other",
    "another",
    "one",
    "two",
    "three",
    "no",
    "not",
    "all",
    "both",
    "each",
    "every",
]);

/// Lowercase words that may stand inside a name between capitalised ones.
static NAME_CONNECTORS: Words = Words::new(&[
    "of", "for", "the", "and", "de", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "del", "da",
    "di", "y", "&", "on",
]);

/// Role words that stand before a name ("President", "Sen."); forms of
/// address are in [`HONORIFICS`], and [`is_title`] reads both.
static TITLES: Words = Words::new(&[
    "President",
    "Sen.",
    "republican",
    "democrat",
    "democratic",
    "gop",
    "conservative",
    "tory",
    "liberal",
    "independent",
    "administrator",
    "manager",
    "chairperson",
    "councilmember",
    "alderman",
    "selectman",
    "treasurer",
    "clerk",
    "president",
    "vice",
    "prime",
    "minister",
    "chancellor",
    "secretary",
    "senator",
    "sen.",
    "representative",
    "rep.",
    "congressman",
    "congresswoman",
    "governor",
    "gov.",
    "mayor",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "chief",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ambassador",
    "speaker",
    "leader",
    "majority",
    "minority",
    "attorney",
    "deputy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ceo",
    "founder",
    "commissioner",
    "councillor",
    "councilman",
    "councilwoman",
    "sheriff",
    "superintendent",
    "inspector",
    "detective",
    "officer",
    "professor",
    // Occupations written as titles: "Immunologist Kristian Andersen".
    "immunologist",
    "epidemiologist",
    "virologist",
    "scientist",
    "researcher",
    "economist",
    "analyst",
    "strategist",
    "lawyer",
    "historian",
    "astronomer",
    "physicist",
    "biologist",
    "archaeologist",
    "journalist",
    "activist",
    "constable",
    "novelist",
    "comedian",
    "astronaut",
    "goalscorer",
    "agent",
    "prof.",
    "dean",
    "premier",
    "candidate",
    "nominee",
    "mp",
    "mep",
    "msp",
    "mla",
    "archbishop",
    "bishop",
    "cardinal",
    "rabbi",
    "imam",
    "sheikh",
    "emir",
    "crown",
    "former",
    "acting",
    "interim",
    "state",
    "press",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "health",
    "treasury",
    "energy",
    "trade",
    "economy",
    "president-elect",
    "vice-president",
    "secretary-general",
    "first",
    "lady",
]);

/// Trades of sport, stage, screen and business, as the press writes them
/// before a name: "Actress Teri Hatcher", "Fly-half Charlie Hodgson", "DJ
/// Norman Cook". Titles before a name; alone, a word of them may be a
/// surname or a firm ("Coach said"), so it stays a name there.
static TRADES: Words = Words::new(&[
    "actor",
    "actress",
    "singer",
    "rapper",
    "guitarist",
    "drummer",
    "musician",
    "dj",
    "broadcaster",
    "presenter",
    "producer",
    "film-maker",
    "filmmaker",
    "writer",
    "editor",
    "playwright",
    "striker",
    "midfielder",
    "defender",
    "winger",
    "keeper",
    "goalkeeper",
    "fly-half",
    "scrum-half",
    "skipper",
    "coach",
    "boss",
    "investor",
    "businessman",
    "businesswoman",
    "executive",
    "prof",
]);

/// Titles that are forms of address, not roles: dropped from the affiliation
/// when a description says more ("Pentagon press secretary Major General").
static HONORIFICS: Words = Words::new(&[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "dr",
    "dr.",
    "mx",
    "sir",
    "dame",
    "lord",
    "lady",
    "general",
    "gen.",
    "lieutenant",
    "lt.",
    "colonel",
    "col.",
    "major",
    "maj.",
    "captain",
    "capt.",
    "sergeant",
    "sgt.",
    "admiral",
    "adm.",
    "commander",
    "cmdr.",
    "corporal",
    "private",
    "brigadier",
    "marshal",
    "rear",
    "rev.",
    "reverend",
    "father",
    "sister",
    "brother",
]);

/// The given names written before `surname` in `text` ("Tony Blair" for
/// "Blair"), when the article writes exactly one such full name: a speaker
/// first met by surname alone then takes it.
pub fn full_name_in(text: &str, surname: &str) -> Option<String> {
    // (An empty surname would match between the bytes of a character.)
    if surname.is_empty() {
        return None;
    }
    let mut found: Option<String> = None;
    for at in memchr::memmem::find_iter(text.as_bytes(), surname.as_bytes()) {
        let end = at + surname.len();
        if text[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue; // a longer word
        }
        let before = &text[..at];
        if !before.ends_with(' ') {
            continue;
        }
        // Up to two given names or initials, capitalised, no titles or common words.
        let mut given: Vec<&str> = Vec::new();
        for w in before.trim_end_matches(' ').rsplit(' ').take(2) {
            let l = lowercase(w);
            // (A dot only in an initial: "Morgan." ends a sentence.)
            let name_like = w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || (c == '.' && w.len() == 2))
                && !is_title(&l)
                && !HONORIFICS.contains(&l.as_str())
                && !FUNCTION_WORDS.contains(&l.as_str())
                && !PREPOSITIONS.contains(&l.as_str())
                && !SUBORDINATORS.contains(&l.as_str())
                && !DETERMINERS.contains(&l.as_str())
                && !INTRO_TIME_WORDS.contains(&l.as_str())
                && !WEEKDAYS_AND_MONTHS.contains(&l.as_str())
                && !ORG_WORDS.contains(&l.as_str())
                && !matches!(
                    l.as_str(),
                    "and" | "but" | "so" | "then" | "meanwhile" | "however" | "also" | "when" | "as"
                );
            if !name_like {
                break;
            }
            given.push(w);
        }
        if given.is_empty() {
            continue;
        }
        given.reverse();
        let full = format!("{} {surname}", given.join(" "));
        match &found {
            Some(f) if *f != full => return None,
            _ => found = Some(full),
        }
    }
    found
}

/// A short form of a name: two to six capitals ("BIL", "FSO").
pub fn is_short_form(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// The short forms the article defines, in parentheses ("(FSO)"), each
/// with the text before it: found once an article, as most define none.
pub fn short_forms(text: &str) -> Vec<(&str, &str)> {
    memchr::memchr_iter(b'(', text.as_bytes())
        .filter_map(|open| {
            let rest = &text[open + 1..];
            let short = &rest[..rest.find(')')?];
            is_short_form(short).then(|| (text[..open].trim_end(), short))
        })
        .collect()
}

/// The name the article defines `short` for, with the short form after it,
/// so that either finds it: "Brierley Investments Ltd (BIL)" for "Brierley
/// Investments Ltd <BRYW.WE> (BIL)", "Federal Statistics Office (FSO)". The
/// name's words are capitalised (with "of", "and" or "for" between them),
/// and the first begins with the short form's first letter.
pub fn defined_short_form(text: &str, short: &str) -> Option<String> {
    let defined = format!("({short})");
    let at = memchr::memmem::find(text.as_bytes(), defined.as_bytes())?;
    let mut before = text[..at].trim_end();
    // (A ticker between the name and its short form.)
    if before.ends_with('>') {
        before = before[..before.rfind('<')?].trim_end();
    }
    // (A possessive before it: "the Motion Picture Association of America's (MPAA) ...".)
    let before = before.strip_suffix("'s").or_else(|| before.strip_suffix('\'')).unwrap_or(before);
    let mut words: Vec<&str> = Vec::new();
    for w in before.rsplit(' ').take(8) {
        let capital = w.starts_with(|c: char| c.is_uppercase())
            && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '&' | '\''));
        if !(capital || (matches!(w, "of" | "and" | "for" | "de") && !words.is_empty())) {
            break;
        }
        words.push(w);
    }
    // From the last word (in reading order, the first) that opens as the short form.
    let first = short.chars().next()?;
    let from = words.iter().rposition(|w| w.starts_with(first))?;
    let words: Vec<&str> = words[..=from].iter().rev().copied().collect();
    let name = words.join(" ");
    (words.len() >= 2 && !is_place(&name)).then(|| format!("{name} ({short})"))
}

/// The full name of a person the article names by surname alone, as
/// `full_name_in` finds it, but none for places and organisations ("China"
/// is no surname in "South China", nor "Insurance" in "Nippon Life
/// Insurance").
pub fn person_full_name_in(text: &str, surname: &str) -> Option<String> {
    if is_place(surname) {
        return None;
    }
    let full = full_name_in(text, surname)?;
    let organisation = full.split_whitespace().any(|w| {
        let l = lowercase(w);
        // (Insurers are named for what they sell: "Nippon Life Insurance".)
        ORG_WORDS.contains(&l.as_str()) || l == "insurance"
    });
    (!organisation && !is_place(&full)).then_some(full)
}

/// Whether the article writes `word` as a place, a team or a common noun
/// elsewhere: after "at", "in", "for", "from", "to" or "the" ("people I play
/// with at Leicester"), or in lowercase ("exporters"). Such a word opening a
/// sentence with ", who" after it is no one "he" can be.
pub fn written_as_thing(text: &str, word: &str) -> bool {
    let lower = lowercase(word);
    let is_word_at = |at: usize, len: usize| {
        let before = text[..at].chars().next_back();
        let after = text[at + len..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    if lower != word
        && memchr::memmem::find_iter(text.as_bytes(), lower.as_bytes()).any(|at| is_word_at(at, lower.len()))
    {
        return true;
    }
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).filter(|&at| is_word_at(at, word.len())).any(
        |at| {
            let previous = text[..at].trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            matches!(lowercase(previous).as_str(), "at" | "in" | "for" | "from" | "to" | "the")
        },
    )
}

/// "Mr", "Mrs.", "Dr", "Sir", "Lady" (lowercase): forms of address, which
/// say nothing of a role.
pub fn is_form_of_address(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "mr" | "mrs" | "ms" | "miss" | "mx" | "dr" | "sir" | "dame" | "lord" | "lady"
    )
}

/// True for a title or form of address ("secretary", "ms.").
pub fn is_title(lower: &str) -> bool {
    TITLES.contains(&lower) || HONORIFICS.contains(&lower) || TRADES.contains(&lower)
}

/// Words that make a name an organisation's.
static ORG_WORDS: Words = Words::new(&[
    "ministry",
    "department",
    "agency",
    "institute",
    "university",
    "college",
    "school",
    "party",
    "council",
    "committee",
    "commission",
    "bank",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "company",
    "group",
    "association",
    "foundation",
    "office",
    "police",
    "court",
    "union",
    "federation",
    "organization",
    "organisation",
    "authority",
    "service",
    "services",
    "army",
    "navy",
    "force",
    "forces",
    "military",
    "government",
    "administration",
    "campaign",
    "board",
    "bureau",
    "center",
    "centre",
    "fund",
    "network",
    "news",
    "times",
    "post",
    "journal",
    "reuters",
    "tribune",
    "herald",
    "guardian",
    "league",
    "society",
    "trust",
    "church",
    "house",
    "pentagon",
    "kremlin",
    "congress",
    "senate",
    "parliament",
    "assembly",
    "cabinet",
    "embassy",
    "democrats",
    "republicans",
    "conservatives",
    "tories",
    "labour",
    "coalition",
    "team",
    "club",
    "firm",
    "ltd",
    "plc",
    "llc",
    "co.",
    "airlines",
    "motors",
    "co",
    "cos",
    "corporation",
    "holdings",
    "industries",
    "bancorp",
    "partners",
    "securities",
    "exchange",
    "systems",
    "technologies",
    "petroleum",
    "resources",
    "airways",
    "railways",
    "laboratories",
    "pharmaceuticals",
    "ag",
    "sa",
    "nv",
    "bhd",
    "media",
    "press",
    "channel",
    "magazine",
    "observatory",
    "watch",
    "alliance",
    "command",
    "guard",
    "intelligence",
    "statement",
    "report",
    "study",
    "survey",
    "poll",
]);

/// Unnamed sources written without a determiner ("Officials said").
static SOURCE_NOUNS: Words = Words::new(&[
    "others",
    "many",
    "some",
    "few",
    "both",
    "several",
    "strategists",
    "advocates",
    "consultants",
    "operatives",
    "staffers",
    "delegates",
    "members",
    "leaders",
    "lawyers",
    "attorneys",
    "allies",
    "donors",
    "backers",
    "fans",
    "pollsters",
    "agents",
    "employees",
    "workers",
    "students",
    "parents",
    "teachers",
    "farmers",
    "legislators",
    "senators",
    "governors",
    "candidates",
    "respondents",
    "supporters",
    "conservatives",
    "liberals",
    "progressives",
    "insurers",
    "officials",
    "experts",
    "analysts",
    "sources",
    "critics",
    "witnesses",
    "residents",
    "police",
    "investigators",
    "prosecutors",
    "authorities",
    "lawmakers",
    "observers",
    "diplomats",
    "researchers",
    "scientists",
    "economists",
    "activists",
    "supporters",
    "opponents",
    "protesters",
    "officers",
    "doctors",
    "aides",
    "advisers",
    "advisors",
    "people",
    "reports",
    "polls",
    "studies",
    "documents",
    "records",
    "data",
    "statistics",
    "traders",
    "dealers",
    "executives",
    "industry",
    "bankers",
    "insiders",
    "organizers",
    "organisers",
    "relatives",
    "neighbours",
    "neighbors",
    "voters",
    "republicans",
    "democrats",
    "campaigners",
    "unions",
    "observers",
    "commentators",
    "historians",
    "scholars",
    "spokesmen",
    "spokespeople",
    "proponents",
    "skeptics",
    "sceptics",
    "detractors",
    "defenders",
    "sponsors",
    "participants",
    "attendees",
    "veterans",
    "families",
    "survivors",
    "citizens",
    "americans",
    "immigrants",
    // (Markets and industry, in wire copy: "Japanese investors said".)
    "investors",
    "panelists",
    "panellists",
    "producers",
    "exporters",
    "importers",
    "manufacturers",
    "retailers",
    "wholesalers",
    "lenders",
    "brokers",
    "creditors",
    "growers",
    "regulators",
    "negotiators",
    "ministers",
    "planners",
    "societies",
    "refiners",
    "airlines",
    "parliamentarians",
]);

static DETERMINERS: Words = Words::new(&[
    "multiple", "various", "numerous", "this", "those", "these", "many", "more", "fewer", "no", "a", "an",
    "the", "one", "two", "three", "four", "some", "several", "many", "most", "other", "another", "his",
    "her", "their", "its", "both", "all", "few", "senior", "top", "local", "u.s.", "western", "federal",
    "state",
]);

/// Number words that open a description ("six in 10", "nearly a third").
static NUMBER_WORDS: Words = Words::new(&[
    "majorities",
    "minority",
    "minorities",
    "plurality",
    "most",
    "large",
    "small",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "half",
    "nearly",
    "almost",
    "about",
    "roughly",
    "majority",
    "third",
    "quarter",
    "only",
    "just",
    "fewer",
    "more",
]);

/// Words that end a phrase after a cue ("according to X while ...").
static CLAUSE_WORDS: Words = Words::new(&[
    "that",
    "who",
    "whose",
    "which",
    "while",
    "when",
    "where",
    "as",
    "because",
    "but",
    "and",
    "after",
    "before",
    "since",
    "if",
    "though",
    "although",
    "whereas",
    "so",
    "to",
    "on",
    "in",
    "last",
    "this",
    "earlier",
    "said",
    "told",
    "about",
    "during",
    "at",
    "with",
    "from",
    "following",
    "amid",
    "outside",
]);

/// Words that sit between a subject and its verb ("has also said").
static AUXILIARIES: Words = Words::new(&[
    "is",
    "are",
    "was",
    "were",
    "am",
    "has",
    "have",
    "had",
    "also",
    "later",
    "previously",
    "earlier",
    "will",
    "would",
    "could",
    "may",
    "might",
    "did",
    "does",
    "do",
    "then",
    "again",
    "once",
    "repeatedly",
    "publicly",
    "recently",
    "reportedly",
    "further",
    "however",
    "separately",
    "already",
    "not",
    "never",
    "just",
    "still",
    "privately",
    "often",
    "first",
    "initially",
    "subsequently",
    "himself",
    "herself",
    "themselves",
    "itself",
    "only",
    "simply",
    "flatly",
    "angrily",
    "quickly",
    "on",
    "last",
    "week",
    "night",
    "morning",
    "afternoon",
    "evening",
    "this",
    "can",
    "should",
    "must",
    "shall",
    "been",
    "even",
    "too",
    "actually",
    "always",
]);

/// Words that, inside a description, show it is a clause and not a noun phrase.
static VERBISH: Words = Words::new(&[
    "is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had", "may", "might",
    "should", "must", "do", "does", "did", "be", "been", "comes", "seeks", "suggests", "allows", "makes",
    "made", "gets", "got", "took", "takes", "went", "goes",
]);

static PREPOSITIONS: Words = Words::new(&[
    "at", "in", "of", "for", "from", "with", "by", "on", "to", "into", "near", "over", "under", "about",
    "against", "across", "inside", "outside", "within", "between", "among", "like",
]);

/// "week", "Monday", "June": what "last", "this" or "next" make a time of.
fn is_time_noun(lower: &str) -> bool {
    matches!(
        lower,
        "week"
            | "month"
            | "year"
            | "weekend"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
    ) || WEEKDAYS_AND_MONTHS.contains(&lower)
}

static WEEKDAYS_AND_MONTHS: Words = Words::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "today",
    "yesterday",
    "tonight",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
]);

fn lower<'a>(text: &'a str, t: &'a Token) -> super::tokens::Lower<'a> {
    t.lower(text)
}

fn is_possessive(text: &str, t: &Token) -> bool {
    let l = lower(text, t);
    l.ends_with("'s") || l.ends_with("s'")
}

fn is_punct(text: &str, t: &Token, chars: &[char]) -> bool {
    !t.word && chars.contains(&t.ch(text))
}

fn join(text: &str, toks: &[Token]) -> String {
    match (toks.first(), toks.last()) {
        (Some(a), Some(b)) if !text[a.start..b.end].contains(['<', '>']) => text[a.start..b.end].to_string(),
        // Markup between the words ("<Canamax Resources Inc> and <Pacific
        // Ltd>", "Ericsson <ERIC ST>"): the words alone, spaced as written.
        (Some(_), Some(_)) => {
            let mut out = String::new();
            for (k, t) in toks.iter().enumerate() {
                if k > 0 && t.start > toks[k - 1].end {
                    out.push(' ');
                }
                out.push_str(t.text(text));
            }
            out
        }
        _ => String::new(),
    }
}

/// The pronoun a name is, when a rule took one for a name ("He's", "I’m").
pub(crate) fn name_as_pronoun(name: &str) -> Option<Pronoun> {
    pronoun(&Lower::of(name))
}

fn pronoun(l: &str) -> Option<Pronoun> {
    // (With their contractions: "He's claiming that ...", "let's tell".)
    match l {
        "he" | "him" | "he's" | "he'd" | "he'll" => Some(Pronoun::He),
        "she" | "her" | "she's" | "she'd" | "she'll" => Some(Pronoun::She),
        "they" | "them" | "they're" | "they'd" | "they'll" | "they've" => Some(Pronoun::They),
        "it" | "it's" | "it'd" | "it'll" => Some(Pronoun::It),
        "i" | "we" | "i'm" | "i'd" | "i'll" | "i've" | "we're" | "we'd" | "we'll" | "we've" | "let's" => {
            Some(Pronoun::Writer)
        }
        _ => None,
    }
}

/// A speaker's name as it is shown: none where it stops on a word that
/// cannot end one ("the number of", "the", "the bank spokesman said in"),
/// a phrase cut off rather than a name; "the spokesman declined to" is the
/// spokesman.
pub fn shown_name(name: &str) -> Option<&str> {
    let name =
        ["declined to", "refused to"].iter().find_map(|v| name.strip_suffix(v)).unwrap_or(name).trim_end();
    let cut_off = name.split_whitespace().last().is_none_or(|w| {
        matches!(
            w,
            "the"
                | "a"
                | "an"
                | "of"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "with"
                | "by"
                | "from"
                | "and"
                | "or"
                | "which"
                | "who"
                | "that"
                | "this"
                | "said"
                | "says"
                | "told"
        )
    });
    (!cut_off).then_some(name)
}

/// An affiliation as it is shown: none without a letter or digit (a stray
/// quote mark), no form of address left at its end ("Chairman Sir" of
/// "Chairman Sir John Bond"), and none that is a clause ("Prime minister's
/// questions also saw", "blogging world found out", "Asked whether").
pub fn tidy_affiliation(s: &str) -> Option<String> {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while let Some(last) = words.last() {
        // (Forms of address only, capitalised: "Attorney General", "law lord"
        // and "first lady" end as they should.)
        let address = last.starts_with(char::is_uppercase)
            && (is_form_of_address(&lowercase(last)) || matches!(*last, "Ratu" | "Rev" | "Rev."))
            && *last != "Lady";
        if address || matches!(*last, "and" | "of" | "for" | "the") {
            words.pop();
        } else {
            break;
        }
    }
    if !words.iter().any(|w| w.chars().any(char::is_alphanumeric)) {
        return None;
    }
    let lows: Vec<_> =
        words.iter().map(|w| lowercase(w.trim_matches(|c: char| !c.is_alphanumeric()))).collect();
    let clause = lows.iter().enumerate().any(|(k, l)| {
        // Verbs of narration, and an adverb before a past form: "also forced".
        matches!(
            l.as_str(),
            "saw" | "found" | "came" | "began" | "showed" | "shows" | "left" | "added" | "owns"
        ) || (matches!(l.as_str(), "also" | "then" | "just")
            && lows.get(k + 1).is_some_and(|n| n.ends_with("ed")))
    }) || matches!(
        lows.first().map(|l| l.as_str()),
        Some("asked" | "commenting" | "observes" | "speaking")
    );
    // ("Geodyne Energy Income Fund, for example, has said": an aside of the
    // writer's, no description.)
    let aside = matches!(
        lows.iter().map(|l| l.as_str()).collect::<Vec<_>>().as_slice(),
        ["example"]
            | ["instance"]
            | ["however"]
            | ["meanwhile"]
            | ["too"]
            | ["though"]
            | ["in", "turn"]
            | ["in", "particular"]
    );
    (!clause && !aside).then(|| words.join(" "))
}

/// Cleans an appositive or pre-modifier into an affiliation: no leading
/// article, relative clauses cut off, no trailing punctuation.
pub fn clean_affiliation(s: &str) -> Option<String> {
    // Padded, so that a relative clause at the very start is cut too:
    // "Kessel, whose organization ..." names no affiliation.
    let padded = format!(" {}", s.trim());
    let mut s = padded.as_str();
    // (Prebuilt searchers: building them for every aside showed in profiles.)
    static CUTS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> = std::sync::LazyLock::new(|| {
        [" who ", " whose ", " which ", " that ", " where ", " and who "]
            .iter()
            .map(memchr::memmem::Finder::new)
            .collect()
    });
    for cut in CUTS.iter() {
        if let Some(i) = cut.find(s.as_bytes()) {
            s = &s[..i];
        }
    }
    let s = s
        .trim()
        .trim_end_matches(|c: char| matches!(c, ',' | '.' | ';' | ':') || crate::text::is_dash(c))
        .trim();
    // An aside that is a clause says what someone did, not who they are:
    // "speaking for the investor group", "referring to ...", "but he said
    // ...". "from Microsoft", "for the Liberal Democrats": who they speak for.
    let first = lowercase(s.split_whitespace().next().unwrap_or(""));
    // ("2004 saw a rise in ...": a year opens a clause.)
    if first.len() == 4 && first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // (Titles have their own -ing words: "managing director", "acting chief".)
    let title_ing = matches!(
        first.as_str(),
        "managing"
            | "leading"
            | "founding"
            | "ruling"
            | "acting"
            | "visiting"
            | "outgoing"
            | "incoming"
            | "banking"
            | "marketing"
            | "planning"
            | "engineering"
            | "publishing"
            | "consulting"
            | "polling"
            | "presiding"
            | "reigning"
            | "governing"
            | "standing"
            | "ranking"
            | "sitting"
            | "reporting"
            | "accounting"
            | "building"
            | "touring"
            | "performing"
            | "recording"
            | "training"
            | "coaching"
    );
    // (A capitalised -ing word is a participle only before a preposition:
    // "Speaking to the BBC", not "Boeing spokesman", "Beijing correspondent".)
    let second = lowercase(s.split_whitespace().nth(1).unwrap_or(""));
    let participle = first.ends_with("ing")
        && !title_ing
        && (s.starts_with(char::is_lowercase) || PREPOSITIONS.contains(&second.as_str()));
    if participle
        || matches!(
            first.as_str(),
            "but"
                | "and"
                | "or"
                | "said"
                | "says"
                | "who"
                | "which"
                | "after"
                | "before"
                | "when"
                | "while"
                | "although"
                | "though"
                | "because"
                | "if"
                | "in"
                | "on"
                | "with"
                | "during"
                | "as"
                | "now"
                | "then"
                | "today"
                | "yesterday"
                | "later"
                | "earlier"
                | "also"
                | "still"
        )
    {
        return None;
    }
    // (A cue inside it is another clause's: "Market sources said", "Sears,
    // Roebuck and Co said"; not a name's word, "North East Says No".)
    if s.split_whitespace().any(|w| matches!(w, "said" | "says" | "told" | "tells")) {
        return None;
    }
    let s = match first.as_str() {
        "from" | "for" | "at" => s[first.len()..].trim_start(),
        _ => s,
    };
    let lower = s.to_lowercase();
    let s = ["a ", "an ", "the "]
        .iter()
        .find_map(|a| lower.starts_with(a).then(|| &s[a.len()..]))
        .unwrap_or(s)
        .trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// A name run parsed from tokens: where it is, its name, the titles before it.
struct NameRun {
    /// Token range of the whole run (titles included).
    lo: usize,
    hi: usize,
    /// First token of the name proper.
    name_lo: usize,
    org: bool,
    gender: Option<Gender>,
}

/// Splits a run of capitalised tokens into titles and the name proper.
fn name_run(text: &str, toks: &[Token], lo: usize, hi: usize, after_the: bool) -> NameRun {
    let lowers: Vec<super::tokens::Lower> = toks[lo..hi].iter().map(|t| lower(text, t)).collect();
    // A person's words end at "at" or "from", where their bearer works:
    // titles come before the name, not in the firm ("William Arndt from Dean
    // Witter"), and "Ms Mara Quill at Harbour Bank" is a woman, not a bank.
    let person_hi = lowers.iter().position(|l| matches!(l.as_str(), "at" | "from")).map_or(hi, |k| lo + k);
    let mut name_lo = lo;
    let mut gender = None;
    for (k, l) in lowers[..person_hi - lo].iter().enumerate() {
        // ("Trade and Industry", "Energy and Mines": a portfolio joined to
        // the next word is no title before a name.)
        let joined = lowers.get(k + 1).is_some_and(|n| matches!(n.as_str(), "and" | "&" | "of" | "for"));
        // ("Ministry of Foreign Affairs": a portfolio after an organisation's
        // "of" is the organisation's name.)
        let portfolio = k >= 2
            && matches!(lowers[k - 1].as_str(), "of" | "for")
            && ORG_WORDS.contains(&lowers[k - 2].as_str());
        if is_title(l) && lo + k + 1 < person_hi && !joined && !portfolio {
            name_lo = lo + k + 1;
        }
        // "Secretary of Transportation Amara Okafor": "of X" belongs to the title.
        if k > 0 && matches!(l.as_str(), "of" | "for") && is_title(&lowers[k - 1]) && person_hi - (lo + k) > 3
        {
            name_lo = person_hi - 2;
        }
        match l.as_str() {
            "mr" | "mr." | "sir" | "lord" | "king" | "prince" | "father" | "brother" => {
                gender = Some(Gender::Male)
            }
            "mrs" | "mrs." | "ms" | "ms." | "miss" | "dame" | "lady" | "queen" | "princess" | "sister" => {
                gender = Some(Gender::Female)
            }
            _ => {}
        }
    }
    // A party before a name: "Lib Dem Norman Baker" (not "the Lib Dems").
    if name_lo == lo && hi - lo >= 4 && lowers[0].as_str() == "lib" && lowers[1].as_str() == "dem" {
        name_lo = lo + 2;
    }
    // "Justice Department": the title split would leave an organisation's
    // tail; "Senate Majority Leader Ruth Calloway" leaves a person.
    let tail_is_org = lowers[name_lo - lo..person_hi - lo].iter().any(|l| ORG_WORDS.contains(&l.as_str()));
    if tail_is_org && name_lo > lo {
        name_lo = lo;
    }
    let name_lowers = &lowers[name_lo - lo..person_hi - lo];
    let has_org_word = name_lowers.iter().any(|l| ORG_WORDS.contains(&l.as_str()));
    let acronym = name_lowers.len() == 1 && {
        let w = toks[name_lo].text(text);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_lowercase())
    };
    // ("the Maritime Directorate" is an organisation; "the Attorney General
    // Lord Goldsmith" a person with titles.)
    let org = has_org_word
        || acronym
        || (after_the && (name_lo == lo || is_title(&lowers[hi - lo - 1])))
        || person_hi - name_lo > 5;
    NameRun { lo, hi, name_lo, org, gender: if org { None } else { gender } }
}

/// The run of name tokens that ends at `hi` (exclusive), scanning back to `lo`.
fn trailing_name_run(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<usize> {
    let mut start = hi;
    let mut k = hi;
    while k > lo {
        let t = &toks[k - 1];
        let l = lower(text, t);
        // "In November the British Medical Association said": a month is no
        // part of the name after it.
        if start < hi && WEEKDAYS_AND_MONTHS.contains(&l.as_str()) {
            break;
        }
        // A company's name ending in "Corp", "Inc" and the like.
        let company = || start == k && ORG_WORDS.contains(&lower(text, &toks[hi - 1]).as_str());
        // ("First Boston Corp", "Credit Suisse First Boston Ltd": "First" is a
        // word of the company's name, not the run's edge.)
        let first_of_company = l == "first" && t.is_capitalised(text) && company();
        if t.is_capitalised(text) && (!FUNCTION_WORDS.contains(&l.as_str()) || first_of_company) {
            // "Moody's Investors Service Inc": a possessive inside a company's
            // name; "Trump's campaign" ends the run.
            if is_possessive(text, t) && k != hi && !company() {
                break;
            }
            // A possessive right before the verb is a name with its 's:
            // "Moody's said".

            start = k - 1;
        } else if (t.word || l == "&")
            && NAME_CONNECTORS.contains(&l.as_str())
            && start < hi
            && start - (k - 1) <= 2
        {
            // At most two connectors inside a run ("Institute for the Study");
            // they join only when a capitalised word comes before them.
        } else if !t.word
            && matches!(t.ch(text), '\'' | '’')
            && company()
            && k >= 2
            && toks[k - 2].end == t.start
            && toks[k - 2].text(text).ends_with('s')
            && toks[k - 2].is_capitalised(text)
        {
            // "Professional Footballers' Association": a plural possessive
            // inside an organisation's name.
        } else if k == hi
            && k >= lo + 2
            && matches!(l.as_str(), "corp" | "inc" | "co" | "ltd" | "plc")
            && toks[k - 2].is_capitalised(text)
        {
            // "Atari corp said": wire copy's lowercase company suffix.
            start = k - 1;
        } else {
            break;
        }
        k -= 1;
    }
    // Connectors at the run's left edge do not belong to it, unless they
    // are a capitalised particle of the name ("Al Jazeera", "De Blasio").
    while start < hi && {
        let l = lower(text, &toks[start]);
        NAME_CONNECTORS.contains(&l.as_str())
            && (matches!(l.as_str(), "of" | "for" | "the" | "and") || !toks[start].is_capitalised(text))
    } {
        start += 1;
    }
    (start < hi).then_some(start)
}

/// The subject of a cue: the noun phrase in `toks[lo..hi]` (the clause before
/// the cue, outside quotations), with an appositive or pre-modifier as its
/// affiliation. What follows `hi` is read too, as the cue and what comes
/// after it: a source set off by commas before its verb is told by them.
pub fn subject_before(text: &str, all: &[Token], lo: usize, hi: usize) -> Option<Mention> {
    // Parenthetical asides ("Sen. Elizabeth Warren (D-MA) said") are left
    // out; a sentence that is all in parentheses keeps its words.
    let lo = if all.get(lo).is_some_and(|t| is_punct(text, t, &['(', '['])) { lo + 1 } else { lo };
    if lo >= hi {
        return None;
    }
    let toks = without_parentheses(text, &all[lo..hi]);
    let toks = &toks[..];
    // Comma (or dash) separated parts of the clause.
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    let hyphen = |j: usize| toks.get(j).is_some_and(|t| !t.word && t.ch(text) == '-');
    let mut k = 0;
    while k < toks.len() {
        if is_punct(text, &toks[k], &[',']) || super::tokens::is_dash_at(text, toks, k) {
            parts.push((s, k));
            // ("--" is one dash.)
            if hyphen(k) && hyphen(k + 1) {
                k += 1;
            }
            s = k + 1;
        }
        k += 1;
    }
    parts.push((s, toks.len()));
    // "Clinton, a top aide said, is confident": a source set off between the
    // clause's subject and its verb (no comma before the cue, one after it,
    // then the clause going on) is the one who said it, not an appositive of
    // the name before it. (Not 'Tony Proffitt, an aide to the comptroller
    // said, "Bullock is ...': a comma left out before the cue of a quotation
    // that starts a sentence of its own.)
    let set_off = parts.len() > 1
        && parts.last().is_some_and(|&(s, e)| s < e)
        && all.get(hi + 1).is_some_and(|t| is_punct(text, t, &[',']))
        && match all.get(hi + 2) {
            Some(t) if t.word => true,
            // ('said, "is very confident ...": the clause goes on quoted.)
            Some(_) => all.get(hi + 3).is_some_and(|t| t.word && !t.is_capitalised(text)),
            None => false,
        };
    // Parts that are only a discourse adverb ("Hunter, meanwhile, told") are
    // not subjects.
    parts.retain(|&(a, b)| {
        !(b > a
            && toks[a..b].iter().all(|t| {
                matches!(
                    lower(text, t).as_str(),
                    "meanwhile"
                        | "however"
                        | "though"
                        | "too"
                        | "also"
                        | "instead"
                        | "nevertheless"
                        | "nonetheless"
                        | "moreover"
                        | "then"
                        | "now"
                        | "still"
                )
            }))
    });
    if let Some(last) = parts.last_mut() {
        trim_to_subject(text, toks, last);
    }
    while parts.last().is_some_and(|p| p.0 == p.1) {
        parts.pop();
    }
    let (mut a, mut b) = parts.pop()?;
    // "in Columbus, Ohio, said": the state after a place belongs to the
    // phrase before it, and is no subject.
    if toks[a..b].iter().filter(|t| t.word).count() <= 2
        && REGIONS.contains(&join(text, &toks[a..b]).as_str())
    {
        if let Some(&(pa, pb)) = parts.last() {
            // (Not after a day: "hit on Saturday, when Iraq reported".)
            if pb >= pa + 2
                && toks[pb - 1].is_capitalised(text)
                && PREPOSITIONS.contains(&lower(text, &toks[pb - 2]).as_str())
                && !WEEKDAYS_AND_MONTHS.contains(&lower(text, &toks[pb - 1]).as_str())
            {
                let opening = parts.len() == 1 && PREPOSITIONS.contains(&lower(text, &toks[pa]).as_str());
                parts.pop();
                // (A name alone stands for both, "Tom Emanuel of Laconia,
                // N.H.": its run would stop at the comma. Not an opening
                // phrase, "In Taipei, Taiwan said", nor a name after a clause,
                // "The FDA also said Circle Rubber Corp of Newark, N.J., is".)
                let named = !opening
                    && matches!(phrase(text, toks, pa, pb), Some(Phrase::Name(n)) if n.premod.is_none());
                let mut merged = if named { (pa, pb) } else { (pa, b) };
                trim_to_subject(text, toks, &mut merged);
                (a, b) = merged;
            }
        }
    }
    let prev_phrase =
        |parts: &[(usize, usize)]| parts.last().and_then(|&(pa, pb)| phrase(text, toks, pa, pb));
    // "Bernie Sanders, who on Tuesday endorsed Clinton, said", "The Journal,
    // citing internal documents, reported", "Woodrow Benford, 58, says": an
    // aside names no subject of its own, whatever names are inside it; so
    // does "which" set off before the verb ("The organisers of the grand
    // slam, which begins on 17 January, said"; not "which Boeing says").
    let opens_aside = {
        let first = lower(text, &toks[a]);
        let set_off = toks.get(b).is_some_and(|t| is_punct(text, t, &[',']));
        !parts.is_empty()
            && (first == "who"
                || (first == "which" && set_off)
                || (first.ends_with("ing") && first != "including" && !toks[a].is_capitalised(text))
                || (b == a + 1 && first.chars().all(|c| c.is_ascii_digit())))
    };

    // "experts who say", "Barkley, who said": the relative pronoun is the
    // mention, its antecedent the speaker.
    // ("the weblog, which said": "which" speaks for an organisation or a
    // document the same way.)
    if matches!(lower(text, &toks[b - 1]).as_str(), "who" | "which") {
        let who = toks[b - 1];
        let antecedent = if b - 1 > a { phrase(text, toks, a, b - 1) } else { prev_phrase(&parts) };
        let antecedent_at = if b - 1 > a { Some((a, b - 1)) } else { parts.last().copied() };
        let mut m = match antecedent {
            Some(Phrase::Name(n)) => n.mention(text, toks),
            // (The nearest noun phrase: "a lecture from the governor, who".)
            Some(Phrase::Description(s, e, true)) => antecedent_at
                .and_then(|(pa, pb)| trailing_description(text, toks, pa, pb))
                .unwrap_or_else(|| description(text, s, e)),
            // "The loss was steep for Mr. Sanders, who said": the antecedent
            // ends a clause; its last name is the speaker, if it has one.
            _ => {
                let (pa, pb) = if b - 1 > a { (a, b - 1) } else { *parts.last()? };
                let named =
                    trailing_name_run(text, toks, pa, pb).and_then(|run| match phrase(text, toks, run, pb) {
                        Some(Phrase::Name(n)) => Some(n.mention(text, toks)),
                        _ => None,
                    });
                // "a lecture from the Mexican president, who said", "said one
                // former campaign staffer, who said": else the description
                // that ends the clause.
                named.or_else(|| trailing_description(text, toks, pa, pb))?
            }
        };
        m.start = who.start;
        m.end = who.end;
        return Some(m);
    }

    match phrase(text, toks, a, b).filter(|_| !opens_aside) {
        Some(Phrase::Pronoun(p, s, e)) => return Some(Mention::pronoun(text, p, s, e)),
        Some(Phrase::Description(s, e, true))
            if set_off && DETERMINERS.contains(&lower(text, &toks[a]).as_str()) =>
        {
            return Some(description(text, s, e));
        }
        Some(Phrase::Name(name)) => {
            // "Ukraine's military intelligence agency, the GUR, has said",
            // "The Chancellor, Rachel Hart, said": a description before the name.
            if name.pure {
                // (Not an opening clause: "Speaking after the budget before
                // the general election, Mr Kennedy said".)
                let opening = |k: usize| {
                    let l = lower(text, &toks[k]);
                    (l.ends_with("ing") && toks[k].is_capitalised(text))
                        || PREPOSITIONS.contains(&l.as_str())
                        || SUBORDINATORS.contains(&l.as_str())
                };
                if let Some(&(pa, pb)) = parts.last().filter(|&&(pa, pb)| pb > pa && !opening(pa)) {
                    let mut prev = (pa, pb);
                    trim_to_subject(text, toks, &mut prev);
                    // (The whole part, or after "But", or a name set off on
                    // both sides: "... come as the co-chairman of the party,
                    // Liam Fox, on Saturday called". Not the tail of the
                    // clause reported: "taxes would go up after the election
                    // to plug a financial black hole, Mr Howard said".)
                    let set_off_name = toks.get(b).is_some_and(|t| is_punct(text, t, &[',']));
                    let whole = prev.0 <= pa + 1 || set_off_name;
                    let (pa, pb) = prev;
                    if whole && describes(text, toks, pa, pb) {
                        let mut m = name.mention(text, toks);
                        m.affiliation = clean_affiliation(&join(text, &toks[pa..pb]));
                        return Some(m);
                    }
                }
            }
            match prev_phrase(&parts) {
                // "Yuriy Boyechko, CEO and founder of the charity Hope for Ukraine told";
                // "Marcel Cazale, President of the French Maize Producers'
                // Association, said", whose role reads as a name.
                Some(Phrase::Name(prev))
                    if prev.pure && (!name.pure || role_of_organisation(text, toks, a)) =>
                {
                    let mut m = prev.mention(text, toks);
                    m.affiliation = clean_affiliation(&join(text, &toks[a..b]));
                    return Some(m);
                }
                _ => return Some(name.mention(text, toks)),
            }
        }
        Some(Phrase::Description(s, e, true)) if plural_source(text, toks, a, b) => {
            return Some(description(text, s, e));
        }
        _ => {}
    }
    // Walk back over appositives to the name they describe: "Edward Howell,
    // Korea Foundation fellow at ..., told"; "Jacob Shiansky, 24, who was
    // visiting ..., told"; "Sen. Durbin, noting the size of ..., said".
    let mut affiliation: Option<(usize, usize)> = None;
    let mut current = (a, b);
    let mut k = parts.len();
    for _ in 0..4 {
        if !appositive_like(text, toks, current) {
            break;
        }
        if nominal(text, toks, current) {
            affiliation = Some(relative_cut(text, toks, current));
        }
        if k == 0 {
            break;
        }
        k -= 1;
        let p = parts[k];
        // An age ("Cory James, 22, of Flint") is no name, nor an opening
        // phrase ("Appearing on CBS' Face the Nation, the GOP front-runner
        // said", "But midday Saturday, Kasich's campaign announced").
        let age = toks[p.0..p.1].iter().all(|t| t.text(text).bytes().all(|b| b.is_ascii_digit()));
        let opening = p.1 > p.0 && {
            let words: Vec<_> = toks[p.0..p.1].iter().map(|t| lower(text, t)).collect();
            let first = &words[0];
            (first.ends_with("ing") && toks[p.0].is_capitalised(text))
                || words.iter().enumerate().any(|(j, w)| {
                    WEEKDAYS_AND_MONTHS.contains(&w.as_str()) && !month_as_name(text, toks, p.0, p.0 + j)
                })
        };
        if opening {
            break;
        }
        match phrase(text, toks, p.0, p.1).filter(|_| !age) {
            Some(Phrase::Name(n)) => {
                let mut m = n.mention(text, toks);
                if let Some((s, e)) = affiliation {
                    if let Some(aff) = clean_affiliation(&join(text, &toks[s..e])) {
                        m.affiliation = Some(aff);
                    }
                }
                return Some(m);
            }
            // "A White House official, who requested anonymity, said"
            Some(Phrase::Description(s, e, true)) if affiliation.is_none() => {
                return Some(description(text, s, e))
            }
            _ => {}
        }
        current = p;
    }
    match phrase(text, toks, a, b) {
        Some(Phrase::Description(s, e, true)) => Some(description(text, s, e)),
        _ => None,
    }
}

/// States and countries written after a city ("Columbus, Ohio"), as
/// datelines and news copy write them.
static REGIONS: Words = Words::new(&[
    "Alabama",
    "Ala.",
    "Alaska",
    "Arizona",
    "Ariz.",
    "Arkansas",
    "Ark.",
    "California",
    "Calif.",
    "Colorado",
    "Colo.",
    "Connecticut",
    "Conn.",
    "Delaware",
    "Del.",
    "Florida",
    "Fla.",
    "Georgia",
    "Ga.",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Ill.",
    "Indiana",
    "Ind.",
    "Iowa",
    "Kansas",
    "Kan.",
    "Kentucky",
    "Ky.",
    "Louisiana",
    "La.",
    "Maine",
    "Maryland",
    "Md.",
    "Massachusetts",
    "Mass.",
    "Michigan",
    "Mich.",
    "Minnesota",
    "Minn.",
    "Mississippi",
    "Miss.",
    "Missouri",
    "Mo.",
    "Montana",
    "Mont.",
    "Nebraska",
    "Neb.",
    "Nevada",
    "Nev.",
    "New Hampshire",
    "N.H.",
    "New Jersey",
    "N.J.",
    "New Mexico",
    "N.M.",
    "New York",
    "N.Y.",
    "North Carolina",
    "N.C.",
    "North Dakota",
    "N.D.",
    "Ohio",
    "Oklahoma",
    "Okla.",
    "Oregon",
    "Ore.",
    "Pennsylvania",
    "Pa.",
    "Rhode Island",
    "R.I.",
    "South Carolina",
    "S.C.",
    "South Dakota",
    "S.D.",
    "Tennessee",
    "Tenn.",
    "Texas",
    "Utah",
    "Vermont",
    "Vt.",
    "Virginia",
    "Va.",
    "Washington",
    "Wash.",
    "West Virginia",
    "W.Va.",
    "Wisconsin",
    "Wis.",
    "Wyoming",
    "Wyo.",
    "D.C.",
    "England",
    "Scotland",
    "Wales",
    "Ireland",
    "France",
    "Germany",
    "Italy",
    "Spain",
    "Canada",
    "Mexico",
    "Israel",
    "Russia",
    "Ukraine",
    "China",
    "Japan",
    "India",
    "Australia",
    "Britain",
    "Egypt",
    "Iran",
    "Iraq",
    "Syria",
    "Turkey",
    "Greece",
    "Brazil",
    "Argentina",
    "Poland",
    "Netherlands",
    "Belgium",
    "Sweden",
    "Norway",
    "Denmark",
    "Switzerland",
    "Austria",
    "Portugal",
    "Pakistan",
    "Afghanistan",
    "Korea",
    "Nigeria",
    "Kenya",
    "Venezuela",
    "Colombia",
    "Indonesia",
    "Philippines",
    "Taiwan",
    "Europe",
    "Africa",
    "Asia",
    "America",
]);

/// A country, region, state or city: a speaker at times ("Japan said",
/// "Birmingham said"), never "he" or "she".
pub fn is_place(name: &str) -> bool {
    REGIONS.contains(&name) || CITIES.contains(&name)
}

/// Cities that news names as speakers, or as the clubs and governments
/// named for them (those that are also personal names or surnames, such as
/// Jackson, Sydney, Dallas or Madrid, are left out).
static CITIES: Words = Words::new(&[
    "London",
    "Paris",
    "Berlin",
    "Moscow",
    "Beijing",
    "Tokyo",
    "Brussels",
    "Rome",
    "Vienna",
    "Geneva",
    "Zurich",
    "Amsterdam",
    "Stockholm",
    "Oslo",
    "Copenhagen",
    "Helsinki",
    "Warsaw",
    "Prague",
    "Budapest",
    "Athens",
    "Istanbul",
    "Ankara",
    "Kiev",
    "Kyiv",
    "Minsk",
    "Tehran",
    "Baghdad",
    "Damascus",
    "Beirut",
    "Jerusalem",
    "Cairo",
    "Riyadh",
    "Dubai",
    "Kabul",
    "Islamabad",
    "Delhi",
    "Mumbai",
    "Bombay",
    "Karachi",
    "Dhaka",
    "Bangkok",
    "Hanoi",
    "Manila",
    "Jakarta",
    "Singapore",
    "Seoul",
    "Pyongyang",
    "Shanghai",
    "Taipei",
    "Canberra",
    "Ottawa",
    "Toronto",
    "Montreal",
    "Mexico City",
    "Havana",
    "Caracas",
    "Bogota",
    "Brasilia",
    "Johannesburg",
    "Nairobi",
    "Lagos",
    "Birmingham",
    "Manchester",
    "Liverpool",
    "Leeds",
    "Glasgow",
    "Edinburgh",
    "Cardiff",
    "Belfast",
    "Dublin",
    "Newcastle",
    "Chicago",
    "Philadelphia",
    "Detroit",
    "Seattle",
    "Atlanta",
    "Baltimore",
    "Pittsburgh",
    "Miami",
    "Los Angeles",
    "San Francisco",
    "New Orleans",
    "Munich",
    "Frankfurt",
    "Hamburg",
    "Barcelona",
    "Lisbon",
    "Naples",
    "Turin",
    "Marseille",
]);

/// Time words and adverbs that open a sentence before its subject.
static INTRO_TIME_WORDS: Words = Words::new(&[
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "moments",
    "minutes",
    "back",
    "early",
    "earlier",
    "later",
    "shortly",
    "soon",
    "just",
    "already",
    "absent",
    "amid",
    "beyond",
    "hastily",
    "recently",
    "separately",
    "elsewhere",
    "today",
    "yesterday",
    "tonight",
    "last",
    "next",
    "overall",
    "instead",
    "first",
    "second",
    "third",
    "finally",
    "indeed",
    "still",
    "again",
]);

/// Subordinators: the subject of the verb comes after the last of them
/// ("drew boos when he told").
static SUBORDINATORS: Words = Words::new(&[
    "when", "while", "because", "if", "although", "though", "since", "until", "unless", "whereas", "as",
    "where", "after", "before", "once", "that",
]);

/// Narrows the part before a verb to its subject: drops auxiliaries and
/// adverbs ("has also said"), a short time phrase ("Trump at the time said"),
/// and what comes before a subordinator ("... when he told").
fn trim_to_subject(text: &str, toks: &[Token], part: &mut (usize, usize)) {
    // Auxiliaries, and adverbs: "has also said", "jokingly said".
    let aux = |part: &mut (usize, usize)| {
        while part.1 > part.0 && {
            let l = lower(text, &toks[part.1 - 1]);
            !month_as_name(text, toks, part.0, part.1 - 1)
                && (AUXILIARIES.contains(&l.as_str()) || WEEKDAYS_AND_MONTHS.contains(&l.as_str()))
                || (l.ends_with("ly") && l.len() > 4 && !toks[part.1 - 1].is_capitalised(text))
        } {
            part.1 -= 1;
        }
    };
    aux(part);
    // "videos he calls": a subject pronoun right before the verb.
    if part.1 > part.0 + 1
        && matches!(lower(text, &toks[part.1 - 1]).as_str(), "he" | "she" | "they" | "it" | "we" | "i")
    {
        part.0 = part.1 - 1;
        return;
    }
    let time_prep = ["at", "on", "in", "during", "over", "earlier", "last", "this"];
    let numeric = |t: &Token| {
        let l = lower(text, t);
        l == "one" || NUMBER_WORDS.contains(&l.as_str()) || l.bytes().all(|b| b.is_ascii_digit())
    };
    // (Not a share, "one in four", nor before a relative pronoun, "the
    // officials in the room who": that is the subject's own phrase.)
    let relative_last = part.1 > part.0 && RELATIVES.contains(&lower(text, &toks[part.1 - 1]).as_str());
    for j in (part.0 + 1..part.1).rev().take(4) {
        let share =
            lower(text, &toks[j]) == "in" && numeric(&toks[j - 1]) && toks.get(j + 1).is_some_and(numeric);
        if share || relative_last {
            break;
        }
        if time_prep.contains(&lower(text, &toks[j]).as_str()) {
            let tail_ok = toks[j + 1..part.1].iter().all(|t| {
                let l = lower(text, t);
                t.word && (!t.is_capitalised(text) || WEEKDAYS_AND_MONTHS.contains(&l.as_str()))
            });
            if tail_ok && j + 1 < part.1 {
                part.1 = j;
                aux(part);
            }
            break;
        }
    }
    // (Found once: the loop below asks it of every "and".)
    let first_verb = (part.0..part.1).find(|&k| {
        let t = &toks[k];
        let w = lower(text, t);
        t.plain && (VERBISH.contains(&w.as_str()) || t.cue.speech)
    });
    for j in (part.0..part.1).rev() {
        let l = lower(text, &toks[j]);
        let pronoun_follows =
            toks.get(j + 1).is_some_and(|n| matches!(lower(text, n).as_str(), "he" | "she" | "they"));
        // ("but" opens a new clause: "Sanders won but engineers said"; not
        // in "all but".)
        let new_clause_but = l == "but" && j > 0 && lower(text, &toks[j - 1]) != "all";
        // ("and" after a clause with a verb: "One in three said ... and one
        // in four"; not "Trump and Clinton".)
        let clause_and = l == "and" && first_verb.is_some_and(|v| v < j);
        // ("KLM rejected the invitations and a spokesman said": a short
        // source after "and", a speaker of its own.)
        let source_follows = l == "and"
            && j + 1 < part.1
            && part.1 - (j + 1) <= 5
            // (After a clause, not in a subject: "Labour and the Liberal
            // Democrats say".)
            && (part.0..j).any(|k| {
                let w = lower(text, &toks[k]);
                let past = w.len() > 4 && w.ends_with("ed") && !toks.get(k + 1).is_some_and(|n| n.is_capitalised(text));
                toks[k].plain && (VERBISH.contains(&w.as_str()) || past)
            })
            && matches!(lower(text, &toks[j + 1]).as_str(), "a" | "an" | "the")
            && {
                let head = lower(text, &toks[part.1 - 1]);
                ONE_PERSON.contains(&head.as_str()) || SOURCE_NOUNS.contains(&head.as_str())
            };
        if j + 1 < part.1
            && (SUBORDINATORS.contains(&l.as_str())
                || new_clause_but
                || (l == "and" && pronoun_follows)
                || clause_and
                || source_follows)
        {
            part.0 = j + 1;
            break;
        }
    }
}

/// Words of when or how often that close a clause after its speaker ("said
/// Nadal afterwards", "Williams said later").
pub fn is_trailing_adverb(lower: &str) -> bool {
    matches!(
        lower,
        "afterwards"
            | "afterward"
            | "later"
            | "yesterday"
            | "today"
            | "tonight"
            | "again"
            | "too"
            | "recently"
    )
}

/// "A spokesman for Theresa May", "Mrs May's aide": "May" after a name or
/// a form of address is a surname, not the verb "may" (nor "the U.S. May
/// ..." or "Harcourt's May 26").
fn may_as_surname(text: &str, toks: &[Token], lo: usize, k: usize) -> bool {
    k > lo
        && toks[k].text(text).starts_with("May")
        && lower(text, &toks[k]).trim_end_matches("'s") == "may"
        && {
            let prev = toks[k - 1].text(text);
            toks[k - 1].is_capitalised(text) && !prev.ends_with('.') && prev.chars().any(char::is_lowercase)
        }
        && !toks.get(k + 1).is_some_and(|n| n.text(text).starts_with(|c: char| c.is_ascii_digit()))
}

/// "Theresa May", "Brian May": a month (or "may") that is a surname, after
/// a capitalised given name within `toks[lo..]`; no time word.
fn month_as_name(text: &str, toks: &[Token], lo: usize, k: usize) -> bool {
    k > lo
        && matches!(lower(text, &toks[k]).as_str(), "may" | "june" | "april" | "august")
        && toks[k].is_capitalised(text)
        && toks[k - 1].is_capitalised(text)
}

/// The tokens without parenthesised asides; borrowed when there are none,
/// as in most clauses (a copy of every clause showed in profiles).
fn without_parentheses<'t>(text: &str, toks: &'t [Token]) -> std::borrow::Cow<'t, [Token]> {
    if !toks.iter().any(|t| !t.word && matches!(t.ch(text), '(' | '[')) {
        return std::borrow::Cow::Borrowed(toks);
    }
    let mut out = Vec::with_capacity(toks.len());
    let mut depth = 0usize;
    for t in toks {
        match (t.word, t.ch(text)) {
            (false, '(' | '[') => depth += 1,
            (false, ')' | ']') if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(*t),
            _ => {}
        }
    }
    std::borrow::Cow::Owned(out)
}

static RELATIVES: Words = Words::new(&["who", "whose", "which", "that", "where"]);

/// A part of a clause up to its relative clause: "a professor at X whose
/// criticism ..." is "a professor at X".
fn relative_cut(text: &str, toks: &[Token], (a, b): (usize, usize)) -> (usize, usize) {
    let end = (a + 1..b).find(|&k| RELATIVES.contains(&lower(text, &toks[k]).as_str())).unwrap_or(b);
    (a, end)
}

/// A part that can stand between a name and its verb: a relative clause,
/// an age, a participle phrase or a description.
/// "President of the French Maize Producers' Association", "Director of
/// the Congressional Budget Office": a role of an organisation opening at
/// `a`, whose name would read as the whole.
fn role_of_organisation(text: &str, toks: &[Token], a: usize) -> bool {
    let first = lower(text, &toks[a]);
    (is_title(&first) || ROLE_NOUNS.contains(&first.as_str()))
        && toks.get(a + 1).is_some_and(|t| matches!(lower(text, t).as_str(), "of" | "for" | "at"))
}

fn appositive_like(text: &str, toks: &[Token], (a, b): (usize, usize)) -> bool {
    if a >= b {
        return false;
    }
    let first = lower(text, &toks[a]);
    if RELATIVES.contains(&first.as_str()) || first.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    if first.ends_with("ing") || first.ends_with("ed") {
        return true;
    }
    if role_of_organisation(text, toks, a) {
        return true;
    }
    let (a, b) = relative_cut(text, toks, (a, b));
    matches!(phrase(text, toks, a, b), Some(Phrase::Description(..)))
}

/// Role nouns that open an appositive ("professor at ...", "fellow at ...").
static ROLE_NOUNS: Words = Words::new(&[
    "professor",
    "director",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "fellow",
    "analyst",
    "economist",
    "member",
    "head",
    "chief",
    "founder",
    "co-founder",
    "owner",
    "co-owner",
    "editor",
    "author",
    "lawyer",
    "attorney",
    "researcher",
    "executive",
    "manager",
    "secretary",
    "minister",
    "leader",
    "adviser",
    "advisor",
    "aide",
    "correspondent",
    "reporter",
    "columnist",
    "strategist",
    "partner",
    "senior",
    "former",
    "deputy",
    "vice",
    "ceo",
    "mayor",
    "governor",
    "senator",
    "candidate",
    "resident",
    "student",
    "teacher",
    "doctor",
    "expert",
    "official",
    "officer",
    "commander",
    "pastor",
    "rabbi",
    "veteran",
    "organizer",
    "organiser",
    "activist",
    "historian",
]);

/// A part that reads as a description of a person: the affiliation.
fn nominal(text: &str, toks: &[Token], (a, b): (usize, usize)) -> bool {
    if a >= b {
        return false;
    }
    let t = &toks[a];
    let first = lower(text, t);
    if first.ends_with("ing")
        || first.chars().all(|c| c.is_ascii_digit())
        || RELATIVES.contains(&first.as_str())
    {
        return false;
    }
    DETERMINERS.contains(&first.as_str())
        || is_possessive(text, t)
        || t.is_capitalised(text)
        || ROLE_NOUNS.contains(&first.as_str())
        || ["er", "or", "ist", "ian", "man", "woman", "person"].iter().any(|s| first.ends_with(s))
}

/// A description that can stand before a name as its appositive: it opens
/// with "the" or a possessive ("The Chancellor", "The vessel's operator",
/// "Ukraine's military intelligence agency"), is short, and has no verb.
fn describes(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    if a >= b || b - a > 8 {
        return false;
    }
    let first = lower(text, &toks[a]);
    let opens = first == "the" || is_possessive(text, &toks[a]);
    opens
        && toks[a..b].iter().all(|t| t.word || is_punct(text, t, &['-', '’', '\'']))
        && !(a..b)
            .any(|k| VERBISH.contains(&lower(text, &toks[k]).as_str()) && !may_as_surname(text, toks, a, k))
}

/// "officials", "Gulf sources": a plural source, never an appositive.
fn plural_source(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    // "officials", and shares of people polled: "74 percent", "61%".
    b > a
        && (SOURCE_NOUNS.contains(&lower(text, &toks[b - 1]).as_str())
            || (b - a <= 3
                && toks[a].text(text).starts_with(|c: char| c.is_ascii_digit())
                && matches!(lower(text, &toks[b - 1]).as_str(), "percent" | "%" | "pct")))
}

/// Every person named in a sentence of narration with two words or more,
/// with the description before or after the name: "moderated by Department
/// of Transportation press secretary Lena Rivera", "Ingrid Solberg, director
/// of the Svalbard Polar Monitoring Station, has spent".
pub fn named_people(text: &str, toks: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let starts =
            toks[k].is_capitalised(text) && !FUNCTION_WORDS.contains(&lower(text, &toks[k]).as_str());
        if !starts {
            k += 1;
            continue;
        }
        let mut end = k;
        while end < toks.len() {
            let t = &toks[end];
            let l = lower(text, t);
            let capital = t.is_capitalised(text) && !FUNCTION_WORDS.contains(&l.as_str());
            // "and" ends a name here: "Okafor and Federal Highway Administrator Marcus Bell".
            let connector = (t.word || l == "&")
                && l != "and"
                && NAME_CONNECTORS.contains(&l.as_str())
                && toks.get(end + 1).is_some_and(|n| n.is_capitalised(text));
            if !(capital || connector) || is_possessive(text, t) {
                break;
            }
            end += 1;
        }
        // The pre-modifier: "Department of Transportation press secretary".
        let mut lo = k;
        while lo > 0 && lo + 8 > k && {
            let t = &toks[lo - 1];
            let l = lower(text, t);
            t.word
                && (l == "of"
                    || (!FUNCTION_WORDS.contains(&l.as_str()) && !PREPOSITIONS.contains(&l.as_str())))
                && !VERBISH.contains(&l.as_str())
                && !l.ends_with("ed")
                && l != "and"
        } {
            lo -= 1;
        }
        if let Some(Phrase::Name(n)) = phrase(text, toks, lo, end) {
            let mut m = n.mention(text, toks);
            if !n.org && m.name.split_whitespace().count() >= 2 {
                if m.affiliation.is_none() && toks.get(end).is_some_and(|t| is_punct(text, t, &[','])) {
                    let stop = (end + 1..toks.len())
                        .find(|&j| is_punct(text, &toks[j], &[',', '.', ';']))
                        .unwrap_or(toks.len());
                    if stop > end + 1 && nominal(text, toks, (end + 1, stop)) {
                        m.affiliation = clean_affiliation(&join(text, &toks[end + 1..stop]));
                    }
                }
                out.push(m);
            }
        }
        k = end.max(k + 1);
    }
    out
}

/// Whether the clause opens at `k` (whose lowercase is `l`) with a count of
/// time: "Eight years ago, he ...", "Two days later, Smith ...", "This time
/// around, Clinton ...", a count of time being no name either.
fn counted_time_at(text: &str, toks: &[Token], k: usize, l: &str) -> bool {
    let this = matches!(l, "this" | "that");
    let count = !this
        && (l.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                l,
                "a" | "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "eleven"
                    | "twelve"
                    | "twenty"
                    | "thirty"
                    | "forty"
                    | "fifty"
                    | "several"
                    | "few"
            ));
    if !this && !count {
        return false;
    }
    toks.get(k + 1).is_some_and(|n| {
        let n = lower(text, n);
        if this {
            return n == "time" || is_time_noun(&n);
        }
        matches!(
            n.as_str(),
            "hours"
                | "days"
                | "weeks"
                | "months"
                | "years"
                | "decades"
                | "minutes"
                | "day"
                | "week"
                | "month"
                | "year"
                | "decade"
        )
    })
}

/// The subject at the start of a clause: a pronoun or a name run followed
/// by a lowercase word or a comma ("Sen. John McCain calls", "The Democratic
/// National Convention released a statement"), after an opening count of
/// time ("Eight years ago, he ... and said"). Used for participle cues
/// (", saying ..."), clauses joined to a cue ("... and said"), and to notice
/// people named in narration.
pub fn leading_subject(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<Mention> {
    const LEADING: &[&str] = &["but", "and", "so", "yet", "still", "meanwhile", "however", "then", "now"];
    let mut k = lo;
    // Introductory phrases ("Speaking at a town hall in Salem, ...", "In June,")
    // come before the subject, after a conjunction too ("But at another
    // event on Thursday, Mr. Sanders ...", "And, while we are on it, ...").
    loop {
        while k < hi
            && (LEADING.contains(&lower(text, &toks[k]).as_str()) || is_punct(text, &toks[k], &[',']))
        {
            k += 1;
        }
        let t = toks.get(k).filter(|_| k < hi)?;
        let l = lower(text, t);
        let intro = t.word
            && (PREPOSITIONS.contains(&l.as_str())
                || SUBORDINATORS.contains(&l.as_str())
                || ["after", "before", "during", "despite", "asked", "speaking", "according"]
                    .contains(&l.as_str())
                || (l.ends_with("ing") && t.is_capitalised(text)));
        // "Hours later, Trump ...", "Back in 1999, Mr. Trump ...": time words
        // opening a sentence are capitalised, and no name.
        let listed_time = t.word && INTRO_TIME_WORDS.contains(&l.as_str());
        let counted_time = t.word && !intro && !listed_time && counted_time_at(text, toks, k, &l);
        let time_word = listed_time || counted_time;
        if !intro && !time_word {
            break;
        }
        // ("This week Hughes seemed ...", "Eight years ago he ...": the count,
        // its unit and "ago" go, with or without a comma, where a subject
        // follows; "Two weeks after Scalia died, ..." runs to the comma.)
        if counted_time {
            let mut j = k + 2;
            while j < hi && matches!(lower(text, &toks[j]).as_str(), "ago" | "later" | "earlier" | "around") {
                j += 1;
            }
            let subject_next = toks.get(j).is_some_and(|n| {
                n.is_capitalised(text)
                    || is_punct(text, n, &[','])
                    || matches!(lower(text, n).as_str(), "he" | "she" | "they" | "it" | "we" | "i" | "the")
            });
            if subject_next {
                k = j;
                continue;
            }
        }
        // "On Monday the union endorsed ...": a preposition and a day, no comma.
        if PREPOSITIONS.contains(&l.as_str())
            && toks.get(k + 1).is_some_and(|n| WEEKDAYS_AND_MONTHS.contains(&lower(text, n).as_str()))
            && toks.get(k + 2).is_some_and(|n| matches!(lower(text, n).as_str(), "the" | "a" | "an"))
        {
            k += 2;
            continue;
        }
        match (k..hi).find(|&j| is_punct(text, &toks[j], &[','])) {
            Some(comma) => k = comma + 1,
            None if time_word => k += 1,
            None => return None,
        }
    }
    while k < hi && (!toks[k].word || LEADING.contains(&lower(text, &toks[k]).as_str())) {
        if !toks[k].word && !matches!(toks[k].ch(text), ',') {
            return None;
        }
        k += 1;
    }
    let first = toks.get(k).filter(|_| k < hi)?;
    let l = lower(text, first);
    if let Some(p) = pronoun(&l) {
        // (A contraction opening the sentence, "He's a former president,"
        // is no name, and may be quoted words: no subject either.)
        if matches!(l.as_str(), "he" | "she" | "they") {
            return Some(Mention::pronoun(text, p, first.start, first.end));
        }
        return None;
    }
    let after_the = l == "the";
    // "Other Republicans echoed": a quantifier before a name makes a description.
    let quantified = !after_the && DETERMINERS.contains(&l.as_str());
    let start = if after_the || quantified { k + 1 } else { k };
    let mut end = start;
    while end < hi {
        let t = &toks[end];
        let tl = lower(text, t);
        let capital = t.is_capitalised(text) && !FUNCTION_WORDS.contains(&tl.as_str());
        let connector = (t.word || tl == "&")
            && NAME_CONNECTORS.contains(&tl.as_str())
            && end > start
            && toks.get(end + 1).is_some_and(|n| n.is_capitalised(text));
        if !(capital || connector) || is_possessive(text, t) {
            break;
        }
        end += 1;
    }
    // "Band Aid founder Bob Geldof said", "Wenger's Bayern counterpart Felix
    // Magath was": a role between an organisation (or someone's) and a name
    // makes the name the subject.
    if !after_the && !quantified {
        let from = if end < hi && end == start && is_possessive(text, &toks[end]) { end + 1 } else { end };
        if let Some(m) = name_after_role(text, toks, start, from, hi) {
            return Some(m);
        }
    }
    // "the justice sounded off", "A spokesman for the mayor defended": a
    // determiner and a common noun or two (with "for/of X"), then a verb.
    if end == start && (after_the || quantified) {
        let verb_like = |t: &Token| {
            let l = lower(text, t);
            t.word
                && !t.is_capitalised(text)
                && (VERBISH.contains(&l.as_str()) || l.ends_with("ed") || super::cues::is_speech_verb(&l))
        };
        let mut e = start;
        while e < hi && e < start + 14 {
            if e > start && verb_like(&toks[e]) {
                return Some(description(text, first.start, toks[e - 1].end));
            }
            if !toks[e].word {
                break;
            }
            e += 1;
        }
        // "But a few days later, Trump reversed himself": a time phrase first.
        if e < hi && is_punct(text, &toks[e], &[',']) && e > k {
            return leading_subject(text, toks, e + 1, hi);
        }
        return None;
    }
    if end == start || end >= hi {
        return None;
    }
    // "Rep. Hakeem Jeffries (D-N.Y.) reacted": a party tag after the name.
    let mut after = end;
    if is_punct(text, &toks[end], &['(']) {
        if let Some(close) = (end + 1..hi.min(end + 8)).find(|&k| is_punct(text, &toks[k], &[')'])) {
            after = close + 1;
        }
    }
    let next = toks.get(after).filter(|_| after < hi)?;
    let followed_by_verb = next.word && !next.is_capitalised(text) || is_punct(text, next, &[',']);
    if !followed_by_verb {
        return None;
    }
    // "The Chancellor, Rachel Hart, has defended ...": the name in the
    // appositive is the subject, the description its affiliation.
    if is_punct(text, next, &[',']) {
        let mut e2 = after + 1;
        while e2 < hi
            && toks[e2].is_capitalised(text)
            && !FUNCTION_WORDS.contains(&lower(text, &toks[e2]).as_str())
        {
            e2 += 1;
        }
        if e2 >= after + 3 && e2 < hi && is_punct(text, &toks[e2], &[',']) {
            let run = name_run(text, toks, after + 1, e2, false);
            let mut m = NamePhrase { run, premod: None, pure: true, org: false }.mention(text, toks);
            m.affiliation = clean_affiliation(&text[first.start..toks[end - 1].end]);
            return Some(m);
        }
    }
    // "Roche, Labour MP for Hornsey and Wood Green, believes": a
    // description set off after the name, then the verb, is the person's
    // affiliation, which later mentions carry.
    // (Read only for a full name with no title: most subjects have none.)
    let appositive = || {
        (is_punct(text, next, &[',']) && !after_the && !quantified)
            .then(|| {
                let close = (after + 2..hi.min(after + 16)).find(|&k| is_punct(text, &toks[k], &[',']))?;
                let part = (after + 1, close);
                let verb_next = toks.get(close + 1).is_some_and(|t| t.word && t.plain && close + 1 < hi);
                let role = role_of_organisation(text, toks, part.0)
                    || matches!(lower(text, &toks[part.0]).as_str(), "a" | "an" | "the")
                    || (part.0..part.1.min(part.0 + 3)).any(|k| {
                        let w = lower(text, &toks[k]);
                        ROLE_NOUNS.contains(&w.as_str()) || is_title(&w)
                    });
                (verb_next && role && nominal(text, toks, part) && appositive_like(text, toks, part))
                    .then(|| clean_affiliation(&join(text, &toks[part.0..part.1])))
                    .flatten()
            })
            .flatten()
    };
    if quantified {
        // "U.S. Agriculture Secretary Richard Lyng opens talks": a title
        // and a name after the determiner.
        let national = first.is_capitalised(text) && matches!(l.as_str(), "u.s." | "federal" | "state");
        if let Some(Phrase::Name(n)) = phrase(text, toks, k, end).filter(|_| national) {
            let m = n.mention(text, toks);
            if !n.org && m.affiliation.is_some() && m.name.contains(' ') {
                return Some(m);
            }
        }
        return Some(description(text, first.start, toks[end - 1].end));
    }
    // "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried":
    // a place after an introductory phrase is not the subject.
    if k > lo && is_punct(text, next, &[',']) && end - start <= 2 {
        if let Some(m) = leading_subject(text, toks, after + 1, hi) {
            return Some(m);
        }
    }
    let run = name_run(text, toks, start, end, after_the);
    let org = run.org;
    let mut m = NamePhrase { run, premod: None, pure: true, org }.mention(text, toks);
    // (A full name: a word alone opening a sentence is too often a place,
    // an adverb or a magazine.)
    let full_name =
        m.name.split(' ').count() >= 2 && m.name.split(' ').all(|w| w.starts_with(char::is_uppercase));
    if m.affiliation.is_none() && full_name && !is_place(&m.name) {
        m.affiliation = appositive();
    }
    Some(m).filter(|m| !m.name.is_empty())
}

/// The source after a cue: "said Yuriy Boyechko, CEO of ...", "according to
/// the Institute for the Study of War while ...". `appositive` reads a
/// following ", description" as the affiliation.
pub fn phrase_after(text: &str, toks: &[Token], from: usize, hi: usize, appositive: bool) -> Option<Mention> {
    phrase_after_as(text, toks, from, hi, appositive, false)
}

/// The source of "according to": whatever noun phrase follows is the source
/// ("according to lawyers with the CARA Family Detention Pro Bono Project").
pub fn according_to(text: &str, toks: &[Token], from: usize, hi: usize) -> Option<Mention> {
    // "operate according to a strict code", "priced according to a basket":
    // in a manner, not a source.
    let manner_verb = from >= 3
        && matches!(
            lower(text, &toks[from - 3]).as_str(),
            "operate"
                | "operates"
                | "operated"
                | "vary"
                | "varies"
                | "varied"
                | "priced"
                | "adjusted"
                | "calculated"
                | "classified"
                | "ranked"
                | "divided"
                | "sorted"
                | "paid"
                | "go"
                | "goes"
                | "went"
                | "going"
                | "proceed"
                | "proceeded"
                | "proceeding"
                | "allocated"
                | "distributed"
                | "graded"
        );
    if manner_verb {
        return None;
    }
    let mut m = phrase_after_as(text, toks, from, hi, false, true)?;
    // "according to plan", "according to a complex formula", "according to
    // changes in turnover": a measure, not anyone speaking.
    // (Someone's own measure is still their word: "according to the
    // Nielsen ratings system", "according to PG&E's schedule".)
    if matches!(m.kind, MentionKind::Description { .. }) {
        let before_of: Vec<&str> = m
            .name
            .split_whitespace()
            .take_while(|w| {
                !matches!(
                    *w,
                    "of" | "in"
                        | "to"
                        | "for"
                        | "from"
                        | "by"
                        | "with"
                        | "between"
                        | "instead"
                        | "developed"
                        | "tied"
                )
            })
            .collect();
        let someones = before_of.iter().any(|w| w.starts_with(char::is_uppercase));
        let head = before_of
            .last()
            .filter(|_| !someones)
            .map(|w| lowercase(w.trim_end_matches(|c: char| !c.is_alphanumeric())).to_string());
        let measure = head.is_some_and(|h| {
            matches!(
                h.as_str(),
                "plan"
                    | "plans"
                    | "schedule"
                    | "formula"
                    | "formulas"
                    | "rule"
                    | "rules"
                    | "code"
                    | "system"
                    | "set"
                    | "basket"
                    | "change"
                    | "changes"
                    | "quality"
                    | "level"
                    | "levels"
                    | "scale"
                    | "size"
                    | "weight"
                    | "age"
                    | "type"
                    | "types"
                    | "category"
                    | "categories"
                    | "criteria"
                    | "principles"
                    | "principle"
                    | "tradition"
                    | "custom"
                    | "customs"
                    | "need"
                    | "needs"
                    | "merit"
                    | "ability"
            )
        });
        if measure {
            return None;
        }
    }
    // "according to a recent report from Bloomberg New Energy Finance": the
    // document and who made it.
    let end = toks.iter().position(|t| t.end == m.end)?;
    let document = matches!(
        lower(text, &toks[end]).as_str(),
        "report"
            | "reports"
            | "post"
            | "poll"
            | "study"
            | "survey"
            | "analysis"
            | "count"
            | "statement"
            | "review"
            | "memo"
    );
    if document && toks.get(end + 1).is_some_and(|t| matches!(lower(text, t).as_str(), "from" | "by" | "of"))
    {
        let run_end = (end + 2..hi)
            .take_while(|&k| toks[k].is_capitalised(text) || lower(text, &toks[k]) == "of")
            .last();
        if let Some(last) = run_end.filter(|&k| toks[k].is_capitalised(text)) {
            m.end = toks[last].end;
            m.name = text[m.start..m.end].to_string();
        }
    }
    Some(m)
}

fn phrase_after_as(
    text: &str,
    toks: &[Token],
    from: usize,
    hi: usize,
    appositive: bool,
    any_phrase: bool,
) -> Option<Mention> {
    let first = toks.get(from).filter(|_| from < hi)?;
    let l = lower(text, first);
    if let Some(p) = pronoun(&l) {
        if !matches!(l.as_str(), "him" | "her" | "them") {
            return Some(Mention::pronoun(text, p, first.start, first.end));
        }
    }
    if WEEKDAYS_AND_MONTHS.contains(&l.as_str()) || !first.word {
        return None;
    }
    // The phrase runs to punctuation or a clause word.
    let mut end = from;
    while end < hi {
        let t = &toks[end];
        let tl = lower(text, t);
        if !t.word && !matches!(t.ch(text), '&' | '-') {
            break;
        }
        if end > from && CLAUSE_WORDS.contains(&tl.as_str()) && !t.is_capitalised(text) {
            // "of" and "for" stay inside names ("Institute for the Study of War").
            break;
        }
        end += 1;
        if end - from > if any_phrase { 30 } else { 16 } {
            return None;
        }
    }
    // ("said Nadal afterwards": when, not who; "USA Today" is a name.)
    while end > from + 1
        && !toks[end - 1].is_capitalised(text)
        && is_trailing_adverb(&lower(text, &toks[end - 1]))
    {
        end -= 1;
    }
    // "said Robert Antonacci of the New York delegation": a name, then what
    // it belongs to.
    let belongs = (from + 1..end).find(|&k| {
        matches!(lower(text, &toks[k]).as_str(), "of" | "from" | "at" | "with")
            && !toks[k].is_capitalised(text)
            && toks[from..k].iter().all(|t| t.is_capitalised(text))
    });
    let whole_is_source =
        matches!(phrase(text, toks, from, end), Some(Phrase::Name(_) | Phrase::Description(_, _, true)));
    // A person's name before "of" splits off even when the whole reads as a
    // name ("Jock A. Finlayson of the Business Council"); an organisation's
    // does not ("National Association of Manufacturers").
    let person_then_of = |k: usize| {
        k >= from + 2 && !toks[from..k].iter().any(|t| ORG_WORDS.contains(&lower(text, t).as_str()))
    };
    if let Some(k) = belongs.filter(|&k| !whole_is_source || person_then_of(k)) {
        if let Some(Phrase::Name(n)) =
            phrase(text, toks, from, k).filter(|p| !matches!(p, Phrase::Name(n) if n.org))
        {
            let mut m = n.mention(text, toks);
            m.affiliation = clean_affiliation(&join(text, &toks[k + 1..end]));
            return Some(m);
        }
    }
    let mut m = match phrase(text, toks, from, end)? {
        Phrase::Name(n) => n.mention(text, toks),
        Phrase::Description(s, e, true) => description(text, s, e),
        // "according to the average of recent polls compiled by Real Clear Politics"
        Phrase::Description(s, e, false) if any_phrase || looks_nominal(text, toks, from, end) => {
            description(text, s, e)
        }
        _ => return None,
    };
    if appositive && end < hi && is_punct(text, &toks[end], &[',']) {
        let mut from = end + 1;
        let stop = |from: usize| {
            (from..hi)
                .find(|&k| is_punct(text, &toks[k], &[',', '.', ';', ':', '"', '“', '”', '(']))
                .unwrap_or(hi)
        };
        let mut k = stop(from);
        // "said Sara Walker, 44, a home-care aide from Nashua": past the age.
        if k == from + 1 && toks[from].text(text).chars().all(|c| c.is_ascii_digit()) && k < hi {
            from = k + 1;
            k = stop(from);
        }
        if k > from && matches!(m.kind, MentionKind::Name { .. }) {
            // (A description, not the clause going on after an inverted cue,
            // its verb among its first words: "Also, said Mr Flynn, Vodafone
            // has cut off ten sellers", "The tone, said Mr Milburn, would be
            // ..."; not "co-author of ''Those Guys Have All the Fun''".)
            let clause =
                |a: &String| a.split_whitespace().take(4).any(|w| VERBISH.contains(&lowercase(w).as_str()));
            m.affiliation = clean_affiliation(&join(text, &toks[from..k])).filter(|a| !clause(a));
        }
    }
    Some(m)
}

fn description(text: &str, s: usize, e: usize) -> Mention {
    let raw = &text[s..e];
    // Sentence-initial capital: "One expert" is "one expert"; "Treasury
    // officials" keeps its proper noun.
    let first = lowercase(raw.split_whitespace().next().unwrap_or(""));
    let common = DETERMINERS.contains(&first.as_str())
        || SOURCE_NOUNS.contains(&first.as_str())
        || NUMBER_WORDS.contains(&first.as_str());
    // ("A spokesman" too: the first word, not its first two letters, decides.)
    let first_word = raw.split_whitespace().next().unwrap_or("");
    let mut chars = first_word.chars();
    let name = match chars.next() {
        Some(c) if common && c.is_uppercase() && chars.all(|d| d.is_lowercase()) => {
            c.to_lowercase().collect::<String>() + &raw[c.len_utf8()..]
        }
        _ => raw.to_string(),
    };
    let name = spokesperson_for(&name).unwrap_or(name);
    let name = if name.contains(['<', '>']) { without_markup(&name) } else { name };
    let person = raw.split_whitespace().last().is_some_and(|w| ONE_PERSON.contains(&lowercase(w).as_str()))
        || (raw.contains("pokes")
            && raw
                .split_whitespace()
                .any(|w| matches!(lowercase(w).as_str(), "spokesman" | "spokeswoman" | "spokesperson")));
    Mention {
        kind: MentionKind::Description { person },
        start: s,
        end: e,
        name,
        affiliation: None,
        gender: None,
    }
}

/// Nouns that end a description of one person ("a senior central bank
/// official", "the economist").
static ONE_PERSON: Words = Words::new(&[
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "economist",
    "analyst",
    "executive",
    "banker",
    "dealer",
    "trader",
    "lawyer",
    "diplomat",
    "aide",
    "adviser",
    "advisor",
    "minister",
    "expert",
    "officer",
    "director",
    "manager",
    "chairman",
    "source",
    "strategist",
    "broker",
    "delegate",
    "negotiator",
]);

/// A description without the markup of agency copy: tickers ("Hitachi Ltd
/// <HIT.T>") go, and the brackets around names ("the <Nordbanken> group").
fn without_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let inner = &rest[open + 1..];
        let close = inner.find('>').unwrap_or(inner.len());
        let ticker = close <= 16
            && inner[..close]
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'.' | b' '));
        if !ticker {
            out.push_str(&inner[..close]);
        }
        rest = inner.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    // (A bracket whose partner lies outside the description goes too.)
    out.replace('>', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Common nouns for organisations: "a ministry spokesman", "a company spokeswoman".
static ORGANISATION_NOUNS: Words = Words::new(&[
    "ministry",
    "department",
    "company",
    "firm",
    "campaign",
    "government",
    "police",
    "army",
    "military",
    "party",
    "embassy",
    "agency",
    "bank",
    "union",
    "council",
    "court",
    "school",
    "university",
    "hospital",
    "airline",
    "club",
    "league",
    "team",
    "group",
    "commission",
    "committee",
    "office",
    "navy",
    "administration",
]);

/// "a spokesperson for the ministry", "a Pentagon spokesman", "the ministry
/// spokeswoman": the organisation speaks through them, and is the speaker.
fn spokesperson_for(description: &str) -> Option<String> {
    // (Most descriptions name no spokesperson: no word list for them.)
    // ("A company statement", "a Ferruzzi statement": an organisation's
    // statement is the organisation speaking, as its spokesman is.)
    let statement = description.ends_with(" statement");
    if !description.contains("pokes") && !statement {
        return None;
    }
    let words: Vec<&str> = description.split_whitespace().collect();
    let is_role = |w: &str| {
        matches!(w, "spokesman" | "spokeswoman" | "spokesperson" | "spokesmen" | "spokespeople")
            || (statement && w == "statement")
    };
    let role = words.iter().position(|w| is_role(&lowercase(w)))?;
    let lead = usize::from(
        words
            .first()
            .is_some_and(|w| matches!(lowercase(w).as_str(), "a" | "an" | "the" | "one" | "another")),
    );
    let org: Vec<&str> = if role + 2 < words.len() && matches!(words[role + 1], "for" | "of" | "at") {
        // (Only "a [senior] spokesman for X".)
        if role > lead + 1 {
            return None;
        }
        words[role + 2..].to_vec()
    } else if role + 1 == words.len() && role > lead {
        words[lead..role].to_vec()
    } else {
        return None;
    };
    // "a spokesman for Mr Blair", "a spokeswoman for Hillary Clinton", "a
    // spokesman for the governor": a person's spokesman speaks for them,
    // and is no quotation of theirs; the description stays.
    // ("Mr Blair's official spokesman": whose spokesman, before the 's.)
    let owner_end = words[..role].iter().position(|w| w.ends_with("'s") || w.ends_with("’s"));
    let spoken_for: &[&str] = match owner_end {
        Some(k) if role + 1 == words.len() => &words[lead..=k],
        _ if role + 2 < words.len() => &words[role + 2..],
        _ => &[],
    };
    let for_person = !spoken_for.is_empty() && {
        let named: Vec<&str> =
            spoken_for.iter().skip_while(|w| w.eq_ignore_ascii_case("the")).copied().collect();
        let first = named.first().map(|w| lowercase(w.trim_end_matches(|c: char| !c.is_alphanumeric())));
        first.is_some_and(|w| {
            is_form_of_address(&w)
                || matches!(
                    w.as_str(),
                    "president"
                        | "prime"
                        | "governor"
                        | "gov"
                        | "mayor"
                        | "senator"
                        | "sen"
                        | "rep"
                        | "representative"
                        | "congressman"
                        | "congresswoman"
                        | "king"
                        | "queen"
                        | "prince"
                        | "princess"
                        | "pope"
                )
        }) || super::first_names::gender_of(&named.join(" ")).is_some()
    };
    if for_person {
        return None;
    }
    // (A statement is an organisation's when the words say so: "a company
    // statement", "a Foreign Ministry statement", "the Petrobras statement";
    // not "Chelsea's statement", "the French statement", "the Paris
    // statement".)
    if statement {
        let body = org.iter().any(|w| {
            let l = lowercase(w);
            ORGANISATION_NOUNS.contains(&l.as_str()) || ORG_WORDS.contains(&l.as_str())
        });
        let proper = org
            .iter()
            .skip_while(|w| w.eq_ignore_ascii_case("the"))
            .all(|w| w.starts_with(char::is_uppercase) && !is_place(w))
            && !org.last().is_some_and(|w| {
                ["ese", "ish", "ian", "ch", "ek", "an"].iter().any(|end| w.ends_with(end))
                    && w.chars().skip(1).all(char::is_lowercase)
            });
        if !(body || proper) || org.iter().any(|w| w.ends_with("'s") || w.ends_with("’s")) {
            return None;
        }
    }
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let org = match org.split_first() {
        // "the White House" is "White House"; "the ministry" stays so.
        Some((first, rest)) if first.eq_ignore_ascii_case("the") && rest.first().is_some_and(capitalised) => {
            rest.join(" ")
        }
        Some((first, _)) if first.eq_ignore_ascii_case("the") => org.join(" "),
        Some((first, _)) if capitalised(first) => org.join(" "),
        // ("a ministry spokesman"; not "his spokesman", "a senior spokesman".)
        Some(_) if org.iter().any(|w| ORGANISATION_NOUNS.contains(&lowercase(w).as_str())) => {
            format!("the {}", org.join(" "))
        }
        Some(_) => return None,
        None => return None,
    };
    Some(org)
}

struct NamePhrase {
    run: NameRun,
    /// Tokens before the run: a pre-modifier ("Pentagon press secretary").
    premod: Option<(usize, usize)>,
    /// The whole phrase is the name, titles at most.
    pure: bool,
    org: bool,
}

impl NamePhrase {
    fn mention(&self, text: &str, toks: &[Token]) -> Mention {
        let r = &self.run;
        // "Bill Eastland of Texas": a person's name, then where they are
        // from (an organisation keeps its "of": "Bank of America").
        // (After a title a surname alone will do before "from" and "at": "Mr
        // Hirsch from Retail Banking Research"; "Lord Walker of Gestingthorpe"
        // and "Superintendent of Banks" are whole.)
        let after_title = r.name_lo > r.lo;
        let belongs = (r.name_lo + 1..r.hi.saturating_sub(1)).find(|&k| {
            let w = lower(text, &toks[k]);
            ((matches!(w.as_str(), "of" | "from" | "at") && k >= r.name_lo + 2)
                || (after_title && matches!(w.as_str(), "from" | "at")))
                && !toks[k].is_capitalised(text)
                && !toks[r.name_lo..k].iter().any(|t| {
                    let l = lower(text, t);
                    ORG_WORDS.contains(&l.as_str()) || l == "the"
                })
        });
        let org = self.org && belongs.is_none();
        let name_hi = belongs.unwrap_or(r.hi);
        let name_toks = &toks[r.name_lo..name_hi];
        let mut name = join(text, name_toks);
        if org {
            for a in ["the ", "The "] {
                if let Some(rest) = name.strip_prefix(a) {
                    name = rest.to_string();
                }
            }
        }
        let titles: Vec<&Token> = toks[r.lo..r.name_lo].iter().collect();
        let roles: Vec<&Token> =
            titles.iter().copied().filter(|t| !HONORIFICS.contains(&lower(text, t).as_str())).collect();
        let title_text =
            |ts: &[&Token]| (!ts.is_empty()).then(|| text[ts[0].start..ts[ts.len() - 1].end].to_string());
        let affiliation = match self.premod {
            Some((s, e)) => {
                // "Pentagon press secretary Major General": the description
                // says more than the rank.
                let desc = join(text, &toks[s..e]);
                let keep_roles = roles.len() == titles.len() && !roles.is_empty();
                let full = if keep_roles {
                    format!("{} {}", desc, title_text(&titles).unwrap_or_default())
                } else {
                    desc
                };
                clean_affiliation(&full)
            }
            None => {
                // Forms of address say nothing of a role: "Dr. Haddad" has no affiliation.
                let all_mr = titles.iter().all(|t| is_form_of_address(&lower(text, t)));
                if all_mr {
                    None
                } else {
                    title_text(&titles).map(|t| expand_title(&t))
                }
            }
        };
        // ("Analyst Rosemarie Morbelli of Ingalls and Snyder", "Senator Bernie
        // Sanders of Vermont": the title and what its bearer is of, both. Not
        // after "at", often where they were: "Secretary ... Jeh Johnson at
        // Fort Bragg".)
        let affiliation = match (belongs, affiliation) {
            (Some(k), None) => clean_affiliation(&join(text, &toks[k + 1..r.hi])),
            (Some(k), Some(title)) if lower(text, &toks[k]) == "of" => {
                match clean_affiliation(&join(text, &toks[k + 1..r.hi])) {
                    Some(of) => Some(format!("{title}, {of}")),
                    None => Some(title),
                }
            }
            (_, affiliation) => affiliation,
        };
        // ("He's", "I'm": a pronoun, whichever rule took it for a name.)
        let contracted = if name_hi == r.name_lo + 1 && name.contains(['\'', '’']) {
            name_as_pronoun(&name)
        } else {
            None
        };
        Mention {
            kind: contracted.map_or(MentionKind::Name { org }, MentionKind::Pronoun),
            start: toks[r.name_lo].start,
            end: toks[name_hi - 1].end,
            name,
            affiliation,
            gender: r.gender,
        }
    }
}

fn expand_title(t: &str) -> String {
    let expanded: Vec<&str> = t
        .split_whitespace()
        .map(|w| match w.to_lowercase().as_str() {
            "sen." => "Senator",
            "rep." => "Representative",
            "gov." => "Governor",
            "gen." => "General",
            "lt." => "Lieutenant",
            "col." => "Colonel",
            "maj." => "Major",
            "capt." => "Captain",
            "sgt." => "Sergeant",
            "adm." => "Admiral",
            "prof." => "Professor",
            "cmdr." => "Commander",
            _ => w,
        })
        .collect();
    expanded.join(" ")
}

enum Phrase {
    Pronoun(Pronoun, usize, usize),
    Name(NamePhrase),
    /// Byte range; `true` when short enough to stand as an unnamed source.
    Description(usize, usize, bool),
}

/// The description that ends `toks[lo..hi]`, from its first determiner or
/// number on: "the Mexican president", "one former campaign staffer", "four
/// in 10", and "the leader of the party" whole.
fn trailing_description(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<Mention> {
    let opens = |k: usize| {
        let w = lower(text, &toks[k]);
        DETERMINERS.contains(&w.as_str())
            || NUMBER_WORDS.contains(&w.as_str())
            || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut d = (lo..hi).rev().take(6).find(|&k| opens(k))?;
    loop {
        if d > lo && opens(d - 1) {
            d -= 1; // "the two senior officials"
        } else if d >= lo + 2 && matches!(lower(text, &toks[d - 1]).as_str(), "of" | "in") && opens(d - 2) {
            d -= 2; // "four in 10"
        } else if d >= lo + 2 && lower(text, &toks[d - 1]) == "of" {
            match (d.saturating_sub(5).max(lo)..d - 1).rev().find(|&k| opens(k)) {
                Some(e) => d = e, // "the leader of the party"
                None => break,
            }
        } else {
            break;
        }
    }
    match phrase(text, toks, d, hi)? {
        Phrase::Description(s, e, true) => Some(description(text, s, e)),
        Phrase::Name(n) => Some(n.mention(text, toks)),
        _ => None,
    }
}

/// Reads `toks[lo..hi]` as a pronoun, a name (with pre-modifier) or a description.
fn phrase(text: &str, toks: &[Token], mut lo: usize, hi: usize) -> Option<Phrase> {
    // Leading conjunctions and prepositions: "with one expert telling".
    static LEADING: Words = Words::new(&[
        "which",
        "that",
        "with",
        "and",
        "but",
        "as",
        "while",
        "because",
        "so",
        "when",
        "after",
        "before",
        "since",
        "if",
        "though",
        "although",
        "meanwhile",
        "however",
        "yet",
        "whereas",
        "even",
        "then",
        "also",
        "still",
    ]);
    while lo < hi && {
        let w = lower(text, &toks[lo]);
        LEADING.contains(&w.as_str()) || (w.ends_with("ing") && !toks[lo].is_capitalised(text) && hi - lo > 1)
    } {
        lo += 1;
    }
    if lo >= hi {
        return None;
    }
    // (Words are lowercased as the tests ask for them: a phrase can be a
    // whole clause, and most tests look at a word or two of it.)
    let word = |k: usize| lower(text, &toks[k]);
    let verbish = |range: std::ops::Range<usize>| {
        let first = range.start;
        range
            .into_iter()
            .any(|k| VERBISH.contains(&word(k).as_str()) && !may_as_surname(text, toks, first, k))
    };
    if hi - lo == 1 {
        let only = word(lo);
        // "Interestingly," "Unfortunately,": an adverb, not a name.
        if only.len() > 6 && only.ends_with("ly") {
            return None;
        }
        if let Some(p) = pronoun(&only) {
            if !matches!(only.as_str(), "him" | "her" | "them") {
                return Some(Phrase::Pronoun(p, toks[lo].start, toks[lo].end));
            }
        }
        if SOURCE_NOUNS.contains(&only.as_str()) {
            return Some(Phrase::Description(toks[lo].start, toks[lo].end, true));
        }
    }
    if let Some(mut run_lo) = trailing_name_run(text, toks, lo, hi) {
        // "Bank analyst Michael Walsh at First Marathon Securities Ltd": a
        // person's name, then where they work; the run takes both, and the
        // mention splits them ("of" joins a run already).
        // (Not an appositive after a comma, "Tim Crawford, Group Economist
        // at Halifax, said", nor a run of titles or an organisation's words.)
        let appositive = lo > 0
            && is_punct(text, &toks[lo - 1], &[','])
            && toks.get(hi).is_some_and(|t| is_punct(text, t, &[',']));
        // ("Nigel McCune from the Musicians' Union" too.)
        let the = usize::from(run_lo >= lo + 4 && word(run_lo - 1) == "the");
        if run_lo >= lo + 3 + the && !appositive && matches!(word(run_lo - 1 - the).as_str(), "at" | "from") {
            let firm = run_lo - the;
            let person = trailing_name_run(text, toks, lo, firm - 1).filter(|&p| {
                p + 2 < firm
                    && !is_title(&word(firm - 2))
                    && !(p..firm - 1).any(|k| ORG_WORDS.contains(&word(k).as_str()))
            });
            if let Some(person) = person {
                run_lo = person;
            }
        }
        let after_the = run_lo > lo && lower(text, &toks[run_lo - 1]) == "the";
        let premod_hi = if after_the { run_lo - 1 } else { run_lo };
        // ("An executive at insurance firm Aon": someone at the firm, whom an
        // indefinite description before a preposition leaves unnamed.)
        let someone_at = premod_hi > lo + 2
            && matches!(word(lo).as_str(), "a" | "an" | "one" | "another")
            && (lo + 1..premod_hi).any(|k| matches!(word(k).as_str(), "at" | "of" | "for" | "from" | "with"))
            // (An organisation speaks through its spokespeople: "a spokesman
            // for consortium member Rolls-Royce Plc" is Rolls-Royce.)
            && !(lo..premod_hi).any(|k| word(k).starts_with("spokes"));
        let ends_in_preposition =
            someone_at || (premod_hi > lo && PREPOSITIONS.contains(&word(premod_hi - 1).as_str()));
        // ("It claims Mr Blair said": a clause, not a description.)
        let clause_like = verbish(lo..premod_hi)
            || (premod_hi > lo
                && matches!(word(lo).as_str(), "he" | "she" | "it" | "they" | "we" | "i")
                && (premod_hi - lo < 2 || word(lo + 1) != "and"));
        // "Mr. King", "Ms. Prince": after a form of address, a title word is a surname.
        let run_has_name = toks[run_lo..hi].iter().any(|t| !is_title(&lower(text, t)))
            || (hi >= run_lo + 2 && HONORIFICS.contains(&lower(text, &toks[hi - 2]).as_str()))
            // ("Singer said": a trade's word alone is a surname or a firm.)
            || (hi == run_lo + 1 && TRADES.contains(&word(run_lo).as_str()));
        if !ends_in_preposition && !clause_like && premod_hi - lo <= 6 && run_has_name {
            let run = name_run(text, toks, run_lo, hi, after_the);
            let org = run.org;
            let premod = (premod_hi > lo).then_some((lo, premod_hi));
            let opening_phrase = |s: usize| {
                let first = lower(text, &toks[s]);
                PREPOSITIONS.contains(&first.as_str())
                    || matches!(
                        first.as_str(),
                        "during" | "after" | "before" | "despite" | "following" | "since" | "until"
                    )
            };
            // "Last week Lord Goldsmith said", "Last month London broker C
            // Czarnikow estimated": a time phrase opening the clause is no
            // part of the description. ("Next chief executive Simon Wolfson":
            // a word of time alone may be a company.)
            let premod = premod.and_then(|(mut s, e)| {
                while s < e {
                    let w = lower(text, &toks[s]);
                    let time_noun = s + 1 < e && is_time_noun(&lower(text, &toks[s + 1]));
                    if matches!(w.as_str(), "last" | "this" | "next" | "early" | "late") && time_noun {
                        s += 2;
                    } else if matches!(w.as_str(), "today" | "yesterday" | "tonight" | "earlier" | "later") {
                        s += 1;
                    } else {
                        break;
                    }
                }
                (s < e).then_some((s, e))
            });
            // A determiner before a name is not a description of it, nor is
            // a time phrase ("In November the British Medical Association").
            let premod = premod
                .filter(|(s, e)| !(e - s == 1 && DETERMINERS.contains(&lower(text, &toks[*s]).as_str())))
                // "During the interview Mr Blair said": an opening phrase
                // with no comma, not a description of the name.
                .filter(|&(s, _)| !opening_phrase(s))
                .filter(|&(s, e)| {
                    !toks[s..e].iter().all(|t| {
                        let l = lower(text, t);
                        PREPOSITIONS.contains(&l.as_str())
                            || WEEKDAYS_AND_MONTHS.contains(&l.as_str())
                            || INTRO_TIME_WORDS.contains(&l.as_str())
                            || l.bytes().all(|b| b.is_ascii_digit())
                    })
                });
            // (A name after an opening phrase is no name standing alone:
            // "In a statement Thursday" is no speaker before an appositive.)
            let pure = premod.is_none() && !(premod_hi > lo && opening_phrase(lo));
            return Some(Phrase::Name(NamePhrase { run, premod, pure, org }));
        }
    }
    // A description: a determiner or possessive first, no verb inside.
    let s = toks[lo].start;
    let e = toks[hi - 1].end;
    if verbish(lo..hi) {
        return None;
    }
    let short = looks_nominal(text, toks, lo, hi) && hi - lo <= 10;
    Some(Phrase::Description(s, e, short))
}

/// After `toks[lo..from]` (an organisation, or someone's): up to three
/// capitalised words and role nouns with at least one role, then a name of
/// two words or more and a verb. The name, with the words before it as its
/// affiliation.
fn name_after_role(text: &str, toks: &[Token], lo: usize, from: usize, hi: usize) -> Option<Mention> {
    static ROLES: Words = Words::new(&[
        "founder",
        "counterpart",
        "boss",
        "coach",
        "chief",
        "leader",
        "head",
        "captain",
        "adviser",
        "advisor",
        "aide",
        "lawyer",
        "attorney",
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "father",
        "mother",
        "partner",
        "colleague",
        "rival",
        "successor",
        "predecessor",
        "deputy",
        "executive",
        "director",
        "chairman",
        "chairwoman",
        "manager",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "president",
        "minister",
        "secretary",
        "star",
        "singer",
        "actor",
        "actress",
        "teammate",
        "striker",
    ]);
    if from <= lo || from >= hi {
        return None;
    }
    // ("Conservative family spokeswoman Theresa May": lowercase words, then
    // the role right before the name.)
    // (At most one lowercase word before the role, and no verb: not "Trump
    // fired campaign manager Corey Lewandowski", "Clinton beat rival Bernie
    // Sanders".)
    let mut k = from;
    let mut lowercase = 0;
    while k < hi && k < from + 4 {
        let t = &toks[k];
        if !t.word || (t.is_capitalised(text) && lowercase > 0) {
            break;
        }
        if t.plain {
            let w = lower(text, t);
            let verb_like = w.ends_with("ed")
                || VERBISH.contains(&w.as_str())
                || t.cue.any()
                || matches!(
                    w.as_str(),
                    "beat"
                        | "met"
                        | "won"
                        | "lost"
                        | "hit"
                        | "led"
                        | "cut"
                        | "put"
                        | "saw"
                        | "sent"
                        | "left"
                        | "thanks"
                        | "backs"
                        | "named"
                        | "hired"
                        | "joins"
                        | "joined"
                        | "praises"
                        | "slams"
                        | "meets"
                );
            if verb_like && !ROLES.contains(&w.as_str()) {
                return None;
            }
            lowercase += 1;
        }
        k += 1;
    }
    if k == from
        || lowercase > 2
        || !toks[k - 1].plain
        || !ROLES.contains(&lower(text, &toks[k - 1]).as_str())
    {
        return None;
    }
    let name_lo = k;
    let mut name_hi = k;
    // ("BMW's chairman Eberhard von Kuenheim": a particle inside the name.)
    let connector = |k: usize| {
        k > name_lo
            && matches!(
                lower(text, &toks[k]).as_str(),
                "de" | "van"
                    | "von"
                    | "der"
                    | "den"
                    | "bin"
                    | "al"
                    | "la"
                    | "le"
                    | "du"
                    | "del"
                    | "da"
                    | "di"
            )
            && toks.get(k + 1).is_some_and(|n| n.word && n.is_capitalised(text))
    };
    while name_hi < hi
        && toks[name_hi].word
        && (toks[name_hi].is_capitalised(text) || connector(name_hi))
        && !is_possessive(text, &toks[name_hi])
    {
        name_hi += 1;
    }
    // ("Senate leader Ana Lima (D-Porto) issued": a party tag first.)
    let mut after = name_hi;
    if toks.get(after).is_some_and(|t| is_punct(text, t, &['('])) {
        if let Some(close) = (after + 1..hi.min(after + 8)).find(|&k| is_punct(text, &toks[k], &[')'])) {
            after = close + 1;
        }
    }
    let verb_next = toks.get(after).is_some_and(|t| t.word && t.plain);
    if name_hi == name_lo || !verb_next {
        return None;
    }
    match phrase(text, toks, name_lo, name_hi)? {
        Phrase::Name(n) if !n.org => {
            let mut m = n.mention(text, toks);
            m.affiliation = m.affiliation.or_else(|| clean_affiliation(&join(text, &toks[lo..name_lo])));
            Some(m)
        }
        _ => None,
    }
}

/// A noun phrase that can name an unnamed source: a determiner, a possessive
/// ("Bernie Sanders' campaign"), a source noun ("officials", "people briefed
/// on ..."), a share ("29 percent", "six in 10"), or names joined by "and".
fn looks_nominal(text: &str, toks: &[Token], lo: usize, hi: usize) -> bool {
    // (Words lowercased as each test asks: most phrases are decided by the
    // first ones, and lowercasing them all first showed in profiles.)
    let span = &toks[lo..hi];
    let (Some(first_tok), Some(last_tok)) = (span.first(), span.last()) else { return false };
    let first = lower(text, first_tok);
    let last = lower(text, last_tok);
    let numeric = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&w);
    DETERMINERS.contains(&first.as_str())
        || span.iter().any(|t| is_possessive(text, t))
        || SOURCE_NOUNS.contains(&first.as_str())
        || SOURCE_NOUNS.contains(&last.as_str())
        || numeric(first.split('-').next().unwrap_or(first.as_str()))
        || span.iter().any(|t| matches!(lower(text, t).as_str(), "percent" | "%"))
        || (first_tok.is_capitalised(text) && span.iter().any(|t| lower(text, t) == "and"))
        // "engineers said", "local engineers said": a bare plural of people.
        || (span.len() <= 2
            && span.iter().all(|t| lower(text, t).bytes().all(|b| b.is_ascii_lowercase()))
            && last.ends_with("ers")
            && !span.iter().any(|t| t.is_capitalised(text)))
        || (first_tok.is_capitalised(text) && MEDIA_NOUNS.contains(&last.as_str()))
}

/// "Time magazine", "the Guardian newspaper": a title and what it is.
static MEDIA_NOUNS: Words = Words::new(&[
    "magazine",
    "newspaper",
    "daily",
    "weekly",
    "tabloid",
    "website",
    "network",
    "broadcaster",
    "channel",
    "station",
    "blog",
    "newsletter",
    "paper",
    "agency",
]);

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn a_speaker_cut_off_mid_phrase_is_no_name() {
        assert_eq!(shown_name("the number of"), None);
        assert_eq!(shown_name("the"), None);
        assert_eq!(shown_name("the bank spokesman said in"), None);
        assert_eq!(shown_name("the spokesman declined to"), Some("the spokesman"));
        assert_eq!(shown_name("Bank of America"), Some("Bank of America"));
    }

    #[test]
    fn affiliations_shown_are_no_stray_marks_forms_of_address_or_clauses() {
        assert_eq!(tidy_affiliation("\""), None);
        assert_eq!(
            tidy_affiliation("Metropolitan Police Commissioner Sir").as_deref(),
            Some("Metropolitan Police Commissioner")
        );
        assert_eq!(tidy_affiliation("Labour MP for Hornsey and").as_deref(), Some("Labour MP for Hornsey"));
        assert_eq!(tidy_affiliation("Prime minister's questions also saw"), None);
        assert_eq!(tidy_affiliation("Democratic senator also forced"), None);
        assert_eq!(tidy_affiliation("Asked whether"), None);
        // Ranks and titles that end in a form of address's word stay.
        for kept in ["Attorney General", "England captain", "Former first lady", "senior law lord"] {
            assert_eq!(tidy_affiliation(kept).as_deref(), Some(kept));
        }
    }

    fn subject(clause: &str) -> Option<(String, Option<String>)> {
        let toks = tokenize(clause, 0, clause.len());
        subject_before(clause, &toks, 0, toks.len()).map(|m| (m.name, m.affiliation))
    }

    fn some(name: &str, aff: Option<&str>) -> Option<(String, Option<String>)> {
        Some((name.to_string(), aff.map(str::to_string)))
    }

    #[test]
    fn full_names_of_surnames_are_people_only() {
        let text = "Sen. Rui Costa visited South China and Nippon Life Insurance.";
        assert_eq!(person_full_name_in(text, "Costa").as_deref(), Some("Rui Costa"));
        assert_eq!(full_name_in(text, "China").as_deref(), Some("South China"));
        assert_eq!(person_full_name_in(text, "China"), None);
        assert_eq!(person_full_name_in(text, "Insurance"), None);
        assert_eq!(full_name_in(text, ""), None);
    }

    #[test]
    fn titles_come_off_the_name() {
        assert_eq!(subject("Economist Ravi Batra"), some("Ravi Batra", Some("Economist")));
        assert_eq!(subject("the Economist"), some("the Economist", None));
        assert_eq!(subject("Lib Dem Norman Baker"), some("Norman Baker", Some("Lib Dem")));
        // Review cases: a possessive role, an -ing proper noun, titles alone.
        assert_eq!(subject("Her husband Bill Clinton"), some("Bill Clinton", Some("Her husband")));
        assert_eq!(subject("Boeing spokesman Rui Costa"), some("Rui Costa", Some("Boeing spokesman")));
        assert_eq!(subject("The Prime Minister"), some("the Prime Minister", None));
        assert_eq!(subject("His spokesman"), some("his spokesman", None));
        assert_eq!(subject("A senior spokesman"), some("a senior spokesman", None));
        assert_eq!(subject("a ministry spokesman"), some("the ministry", None));
        assert_eq!(
            subject("Conservative family spokeswoman Theresa May"),
            some("Theresa May", Some("Conservative family spokeswoman"))
        );
        assert_eq!(
            subject("Suffolk Chief Constable Alastair McWhirter").map(|s| s.0),
            Some("Alastair McWhirter".into())
        );
        assert_eq!(subject("the Lib Dems"), some("Lib Dems", None));
        assert_eq!(clean_affiliation("Now"), None);
        assert_eq!(
            subject("Without giving numbers, Pentagon press secretary Major General Pat Ryder"),
            some("Pat Ryder", Some("Pentagon press secretary"))
        );
        assert_eq!(
            subject("Ukrainian President Volodymr Zelensky"),
            some("Volodymr Zelensky", Some("Ukrainian President"))
        );
        assert_eq!(subject("Sen. Bernie Sanders"), some("Bernie Sanders", Some("Senator")));
        assert_eq!(subject("Mr. Trump"), some("Trump", None));
    }

    #[test]
    fn appositives_become_affiliations() {
        assert_eq!(
            subject("Konstantin Sonin, a Russian-born professor at the University of Chicago whose criticism has put him on a list,"),
            some("Konstantin Sonin", Some("Russian-born professor at the University of Chicago"))
        );
        assert_eq!(
            subject("Edward Howell, Korea Foundation Fellow at Chatham House think tank in London"),
            some("Edward Howell", Some("Korea Foundation Fellow at Chatham House think tank in London"))
        );
        assert_eq!(
            subject("Yuriy Boyechko, CEO and founder of the charity Hope for Ukraine"),
            some("Yuriy Boyechko", Some("CEO and founder of the charity Hope for Ukraine"))
        );
        assert_eq!(
            subject("Ukraine's military intelligence agency, the GUR, has also"),
            some("GUR", Some("Ukraine's military intelligence agency"))
        );
    }

    #[test]
    fn unnamed_sources_and_pronouns() {
        assert_eq!(subject("It suggests a grim role, with one expert"), some("one expert", None));
        assert_eq!(subject("He"), some("He", None));
        assert_eq!(subject("Officials"), some("officials", None));
        assert_eq!(subject("North Korea will still benefit"), None);
    }

    #[test]
    fn an_opening_phrase_without_a_comma_is_no_affiliation() {
        assert_eq!(subject("During the interview Mr Blair also"), some("Blair", None));
        assert_eq!(subject("It claims Mr Blair"), None);
        assert_eq!(
            subject("Appearing on CBS' Face the Nation, the GOP front-runner"),
            some("the GOP front-runner", None)
        );
        assert_eq!(subject("But midday Saturday, Kasich's campaign"), some("Kasich's campaign", None));
        assert_eq!(
            subject(
                "Speaking after Mr Brown had delivered the Budget before the general election, Mr Kennedy"
            ),
            some("Kennedy", None)
        );
        assert_eq!(
            subject("In a statement Thursday, Clinton spokesman Jesse Ferguson"),
            some("Jesse Ferguson", Some("Clinton spokesman"))
        );
    }

    #[test]
    fn a_clause_is_no_affiliation() {
        assert_eq!(clean_affiliation("speaking for the investor group"), None);
        assert_eq!(clean_affiliation("but he said the company was waiting"), None);
        assert_eq!(clean_affiliation("from Microsoft").as_deref(), Some("Microsoft"));
        assert_eq!(clean_affiliation("for the Liberal Democrats").as_deref(), Some("Liberal Democrats"));
        assert_eq!(
            clean_affiliation("managing director of Acme").as_deref(),
            Some("managing director of Acme")
        );
        // Another clause's cue: what another source said is no one's role.
        assert_eq!(clean_affiliation("Market sources said"), None);
        assert_eq!(clean_affiliation("Chief Technological Officer of Red Hat said Red Hat"), None);
        assert_eq!(
            clean_affiliation("spokesman for North East Says No").as_deref(),
            Some("spokesman for North East Says No")
        );
    }

    #[test]
    fn and_after_a_clause_opens_a_new_subject() {
        assert_eq!(subject("Ana Lima did not respond and Rui Costa"), some("Rui Costa", None));
        assert_eq!(subject("One in three said the plan was fair and one in four"), some("one in four", None));
        // Names joined by "and" are one subject.
        assert_eq!(subject("Rui Costa and Ana Lima"), some("Rui Costa and Ana Lima", None));
    }

    #[test]
    fn agency_markup_leaves_names() {
        assert_eq!(without_markup("Hitachi Ltd <HIT.T> unit"), "Hitachi Ltd unit");
        assert_eq!(
            without_markup("Sweden's <Nordbanken> banking group"),
            "Sweden's Nordbanken banking group"
        );
        assert_eq!(
            without_markup("Hoechst AG's> Hoechst Celanese Corp"),
            "Hoechst AG's Hoechst Celanese Corp"
        );
        assert_eq!(subject("Telefon AB L.M. Ericsson <ERIC ST>"), some("Telefon AB L.M. Ericsson", None));
    }

    #[test]
    fn phrase_after_a_cue() {
        let t = "according to the Institute for the Study of War while Kyiv waits";
        let toks = tokenize(t, 0, t.len());
        let m = phrase_after(t, &toks, 2, toks.len(), false).unwrap();
        assert_eq!(m.name, "Institute for the Study of War");
        let t = "said Yuriy Boyechko, CEO and founder of the charity Hope for Ukraine.";
        let toks = tokenize(t, 0, t.len());
        let m = phrase_after(t, &toks, 1, toks.len(), true).unwrap();
        assert_eq!(m.name, "Yuriy Boyechko");
        assert_eq!(m.affiliation.as_deref(), Some("CEO and founder of the charity Hope for Ukraine"));
    }
}

//! Speaker labels of transcripts and interviews: "MS. RIVERA:", "Solberg:",
//! "Q:" at the start of a paragraph.

/// A label at the start of a paragraph: its words' byte range (without the
/// colon) and what kind of turn it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label {
    pub start: usize,
    pub end: usize,
    /// Where the turn's own words start, after the colon.
    pub body: usize,
    pub turn: Turn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    /// "Q:": the interviewer or a reporter.
    Question,
    /// "A:": the interviewee.
    Answer,
    /// A named speaker: "SECRETARY OKAFOR", "Solberg".
    Named,
    /// The publication asking: "((WN))" in Wikinews interviews.
    Outlet,
}

impl Label {
    /// Wikinews' "((Name))" labels mark every turn: a paragraph without one
    /// is narration or a caption, not the last speaker going on.
    pub fn marks_every_turn(&self, text: &str) -> bool {
        text[..self.start].ends_with("((")
    }
}

/// Words that end with a colon without naming a speaker.
const NOT_LABELS: &[&str] = &[
    "note",
    "update",
    "editor's note",
    "correction",
    "source",
    "sources",
    "photo",
    "video",
    "watch",
    "read more",
    "related",
    "warning",
    "disclaimer",
    "transcript",
    "advertisement",
    "caption",
    "credit",
    "updated",
    "image",
    "images",
    "picture",
    "map",
    "chart",
    "graphic",
    "illustration",
];

/// The label of each paragraph, if it opens with one.
pub fn find(text: &str, paragraphs: &[(usize, usize)]) -> Vec<Option<Label>> {
    paragraphs.iter().map(|&(s, e)| label(text, s, e)).collect()
}

/// Where the dialogue starts, when the article is a transcript or an
/// interview: at least three labelled paragraphs, making up at least 40% of
/// the paragraphs from the first label on. A few "Iowa: ..." or "Jeb Bush:
/// Student loans" lines are headings, not turns.
///
/// Labels in double parentheses ("((Zara Kay))") are markup that only
/// interviews use: two of them make a dialogue, whatever else the article
/// holds.
pub fn dialogue_start(text: &str, labels: &[Option<Label>]) -> Option<usize> {
    let first = labels.iter().position(Option::is_some)?;
    let labelled = labels.iter().flatten().count();
    let rest = labels.len() - first;
    let bracketed = labels[first].is_some_and(|l| l.marks_every_turn(text));
    ((bracketed && labelled >= 2) || (labelled >= 3 && labelled * 10 >= rest * 4)).then_some(first)
}

/// A paragraph in the first person ("I advocated for ..."): where every turn
/// is labelled, such a paragraph right after a turn goes on with it.
pub fn first_person(paragraph: &str) -> bool {
    paragraph.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).any(|w| {
        matches!(
            w,
            "I" | "I'm"
                | "I’m"
                | "I've"
                | "I’ve"
                | "I'd"
                | "I’d"
                | "my"
                | "My"
                | "we"
                | "We"
                | "our"
                | "Our"
                | "me"
                | "us"
        )
    })
}

fn label(text: &str, start: usize, end: usize) -> Option<Label> {
    let para = &text[start..end];
    // Wikinews interviews: "((Aparna Garg))  There were fifteen of them.",
    // "((WN))  What happened next?" for the interviewer.
    if let Some(inner) = para.strip_prefix("((") {
        let close = inner.find("))").filter(|&c| c > 0 && c <= 40)?;
        let words = inner[..close].trim();
        let body_rel = 2 + close + 2;
        let body = start + body_rel + (para[body_rel..].len() - para[body_rel..].trim_start().len());
        let turn = match words {
            "WN" | "Wikinews" => Turn::Outlet,
            "Q" => Turn::Question,
            _ if words.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) => Turn::Named,
            _ => return None,
        };
        return Some(Label { start: start + 2, end: start + 2 + close, body, turn });
    }
    let colon = para.find(':')?;
    if colon == 0 || colon > 40 || !para[colon + 1..].starts_with(' ') {
        return None;
    }
    let words = para[..colon].trim();
    if NOT_LABELS.contains(&words.to_lowercase().as_str()) || words.contains(',') {
        return None;
    }
    let body = start + colon + 2;
    // A turn says something: "Hillary Clinton: 1,769." is a tally.
    if para[colon + 2..].split_whitespace().count() < 2 {
        return None;
    }
    let turn = match words {
        "Q" | "Q." => Turn::Question,
        "A" | "A." => Turn::Answer,
        _ => {
            let parts: Vec<&str> = words.split_whitespace().collect();
            // ("Susan Rice Image: White House.": a picture's credit.)
            let credit = parts.len() > 1
                && matches!(parts.last().copied(), Some("Image" | "Photo" | "Picture" | "Credit" | "Source"));
            let name_like = !credit
                && (1..=4).contains(&parts.len())
                && parts.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && parts
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')));
            if !name_like {
                return None;
            }
            Turn::Named
        }
    };
    Some(Label { start, end: start + colon, body, turn })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transcript_and_interview_labels() {
        let t = "MS. RIVERA: Good morning.";
        let l = label(t, 0, t.len()).unwrap();
        assert_eq!((&t[l.start..l.end], l.turn), ("MS. RIVERA", Turn::Named));
        let q = "Q: How bad was it?";
        assert_eq!(label("Hillary Clinton: 1,769.", 0, 23), None);
        let credit = "Susan Rice Image: White House press office.";
        assert_eq!(label(credit, 0, credit.len()), None);
        assert_eq!(label(q, 0, q.len()).unwrap().turn, Turn::Question);
    }

    #[test]
    fn wikinews_interview_labels() {
        let t = "((Aparna Garg))  There were fifteen of them.";
        let l = label(t, 0, t.len()).unwrap();
        assert_eq!(
            (&t[l.start..l.end], l.turn, &t[l.body..]),
            ("Aparna Garg", Turn::Named, "There were fifteen of them.")
        );
        let q = "((WN))  What happened next?";
        assert_eq!(label(q, 0, q.len()).unwrap().turn, Turn::Outlet);
    }

    #[test]
    fn datelines_notes_and_sentences_are_not_labels() {
        for t in ["LONDON, March 3: Ships sank.", "Note: figures are rounded.", "He said this: nothing."] {
            assert_eq!(label(t, 0, t.len()), None, "{t}");
        }
    }
}

//! The index schema: one document a sentence.

use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, STORED,
};

use super::analyzer::{NAME_ANALYZER, TEXT_ANALYZER};

/// The fast field of article dates, which searches with no words are
/// ordered by.
pub const DATE_TS: &str = "date_ts";

/// Handles to every field of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Stable key of the article's file, for replacing it on re-indexing.
    pub file_key: Field,
    pub file: Field,
    pub article: Field,
    pub title: Field,
    pub date: Field,
    /// The date as days since the epoch, times 86,400: for --since/--until.
    pub date_ts: Field,
    pub url: Field,
    pub section: Field,
    pub paragraph: Field,
    pub sentence: Field,
    pub start: Field,
    pub end: Field,
    pub kind: Field,
    pub speaker: Field,
    /// "speaker\u{1f}affiliation" untokenized, for counting quotes a speaker.
    pub speaker_key: Field,
    pub affiliation: Field,
    pub text: Field,
}

impl Fields {
    pub fn from_schema(schema: &Schema) -> tantivy::Result<Fields> {
        let f = |name: &str| schema.get_field(name);
        Ok(Fields {
            file_key: f("file_key")?,
            file: f("file")?,
            article: f("article")?,
            title: f("title")?,
            date: f("date")?,
            date_ts: f(DATE_TS)?,
            url: f("url")?,
            section: f("section")?,
            paragraph: f("paragraph")?,
            sentence: f("sentence")?,
            start: f("start")?,
            end: f("end")?,
            kind: f("kind")?,
            speaker: f("speaker")?,
            speaker_key: f("speaker_key")?,
            affiliation: f("affiliation")?,
            text: f("text")?,
        })
    }
}

pub fn build() -> Schema {
    let mut b = Schema::builder();
    let text = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TEXT_ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    // Speakers, sections and affiliations keep positions, so `speaker:"edward
    // howell"` and `section:"what to know"` work as phrases.
    let speaker = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(NAME_ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    // Filters need only which sentences hold a word: no frequencies,
    // positions or norms, which would grow the index for nothing.
    let filter = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(NAME_ANALYZER)
                .set_index_option(IndexRecordOption::Basic)
                .set_fieldnorms(false),
        )
        .set_stored();
    let key = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("raw")
            .set_index_option(IndexRecordOption::Basic)
            .set_fieldnorms(false),
    );
    let number = NumericOptions::default().set_stored();
    b.add_text_field("file_key", key.clone());
    b.add_text_field("file", STORED);
    b.add_text_field("article", STORED);
    b.add_text_field("title", filter.clone());
    b.add_text_field("date", STORED);
    b.add_i64_field(DATE_TS, NumericOptions::default().set_fast());
    b.add_text_field("url", STORED);
    b.add_text_field("section", speaker.clone());
    b.add_u64_field("paragraph", number.clone());
    b.add_u64_field("sentence", number.clone());
    b.add_u64_field("start", number.clone());
    b.add_u64_field("end", number);
    b.add_text_field("kind", key.clone().set_stored().set_fast("raw"));
    b.add_text_field("speaker", speaker.clone());
    b.add_text_field("speaker_key", key.set_fast("raw"));
    b.add_text_field("affiliation", speaker);
    b.add_text_field("text", text);
    b.build()
}

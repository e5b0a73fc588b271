//! The `whosaid` binary end to end: indexing the fixtures into a temporary
//! folder, then searching, filtering, listing speakers and annotating.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn whosaid(index: &Path) -> Command {
    let mut cmd = Command::cargo_bin("whosaid").unwrap();
    cmd.arg("--index").arg(index).env_remove("WHOSAID_INDEX").env("NO_COLOR", "1");
    cmd
}

/// A temporary index of the fixtures.
fn indexed() -> TempDir {
    let dir = TempDir::new().unwrap();
    whosaid(dir.path()).arg("index").arg(fixtures()).assert().success();
    dir
}

fn json_lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// Runs `whosaid` with `args` on the index, expects exit 0, and reads its JSON Lines.
fn json_of(index: &Path, args: &[&str]) -> Vec<Value> {
    json_lines(&whosaid(index).args(args).assert().code(0).get_output().stdout)
}

/// A temporary index of the given files, and the folder holding them.
fn indexed_files(files: &[(&str, &[u8])]) -> (TempDir, TempDir) {
    let ix = TempDir::new().unwrap();
    let corpus = corpus_of(files);
    whosaid(ix.path()).arg("index").arg(corpus.path()).assert().success();
    (ix, corpus)
}

/// A temporary folder holding the given files.
fn corpus_of(files: &[(&str, &[u8])]) -> TempDir {
    let dir = TempDir::new().unwrap();
    for (name, contents) in files {
        std::fs::write(dir.path().join(name), contents).unwrap();
    }
    dir
}

#[test]
fn who_said_cannon_fodder_finds_howell_with_the_phrase_highlighted_whole() {
    let ix = indexed();
    let out = json_of(ix.path(), &["search", "\"cannon fodder\"", "--speaker", "Howell", "--json"]);
    let hits = out;
    assert!(hits.len() >= 3, "{hits:?}");
    let mut sections = Vec::new();
    for h in &hits {
        assert_eq!(h["speaker"], "Edward Howell");
        let snippet = h["snippet"].as_str().unwrap();
        let ranges = h["highlights"].as_array().unwrap();
        assert_eq!(ranges.len(), 1, "one range for the phrase in {snippet:?}");
        let (s, e) = (ranges[0][0].as_u64().unwrap() as usize, ranges[0][1].as_u64().unwrap() as usize);
        assert_eq!(snippet[s..e].to_lowercase(), "cannon fodder");
        sections.push(h["section"].as_str().unwrap().to_string());
    }
    assert!(sections.contains(&"What to know".to_string()));
    assert!(sections.contains(&"What people are saying".to_string()));
}

#[test]
fn search_hits_carry_every_json_field_and_rank_in_order() {
    let ix = indexed();
    let out = json_of(ix.path(), &["search", "North Korean troops", "--json"]);
    let hits = out;
    assert!(!hits.is_empty() && hits.len() <= 10);
    for key in [
        "rank",
        "score",
        "article",
        "file",
        "title",
        "date",
        "section",
        "paragraph",
        "sentence",
        "start",
        "end",
        "speaker",
        "affiliation",
        "kind",
        "text",
        "snippet",
        "highlights",
    ] {
        assert!(hits[0].get(key).is_some(), "missing {key}");
    }
    let scores: Vec<f64> = hits.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "ranked by score: {scores:?}");
    let ranks: Vec<u64> = hits.iter().map(|h| h["rank"].as_u64().unwrap()).collect();
    assert_eq!(ranks, (1..=hits.len() as u64).collect::<Vec<_>>());
}

#[test]
fn a_lone_word_of_the_phrase_is_not_highlighted() {
    let ix = indexed();
    // "Putin's cannon fodder" sentences also say "Putin" outside the phrase.
    let out = json_of(ix.path(), &["search", "\"cannon fodder\" OR troops", "--speaker", "howell", "--json"]);
    for h in out {
        let snippet = h["snippet"].as_str().unwrap();
        for r in h["highlights"].as_array().unwrap() {
            let (s, e) = (r[0].as_u64().unwrap() as usize, r[1].as_u64().unwrap() as usize);
            let marked = snippet[s..e].to_lowercase();
            assert!(marked == "cannon fodder" || marked == "troops", "marked {marked:?}");
        }
    }
}

#[test]
fn filters_by_section_kind_and_accent_insensitive_speaker() {
    let ix = indexed();
    let out = json_of(
        ix.path(),
        &["search", "North Korea", "--section", "what to know", "--kind", "direct", "--json"],
    );
    for h in out {
        assert_eq!(h["section"], "What to know");
        assert_eq!(h["kind"], "direct");
    }
    // Accents and case in the filter do not matter.
    whosaid(ix.path()).args(["search", "troops", "--speaker", "SÓNIN"]).assert().code(0);
    // Field phrases in the query itself.
    whosaid(ix.path()).args(["search", "section:\"what to know\" troops"]).assert().code(0);
    whosaid(ix.path()).args(["search", "speaker:\"edward howell\" fodder"]).assert().code(0);
}

#[test]
fn an_organisation_is_found_by_its_name_or_its_short_form() {
    let text: &[u8] = b"Oil stocks\n\nThe Harbour Energy Agency (HEA) said oil stocks fell last week. HEA said demand would rise in the spring.\n";
    let (ix, _corpus) = indexed_files(&[("oil.txt", text)]);
    for filter in ["hea", "harbour energy agency"] {
        let hits = json_of(ix.path(), &["search", "--speaker", filter, "--json"]);
        assert_eq!(hits.len(), 2, "--speaker {filter}");
        assert!(hits.iter().all(|h| h["speaker"] == "Harbour Energy Agency (HEA)"), "{hits:?}");
    }
}

#[test]
fn filters_narrow_the_matches_and_leave_their_order_and_scores_alone() {
    let ix = indexed();
    let all = json_of(ix.path(), &["search", "troops", "-n", "1000", "--json"]);
    let howell = json_of(ix.path(), &["search", "troops", "--speaker", "howell", "-n", "1000", "--json"]);
    assert!(!howell.is_empty() && howell.len() < all.len(), "{} of {}", howell.len(), all.len());
    let key = |h: &Value| (h["file"].to_string(), h["sentence"].as_u64(), h["score"].as_f64());
    let expected: Vec<_> = all.iter().filter(|h| h["speaker"] == "Edward Howell").map(key).collect();
    assert_eq!(howell.iter().map(key).collect::<Vec<_>>(), expected);
}

#[test]
fn apostrophes_and_colons_in_words_are_searched_as_written() {
    let ix = indexed();
    // "Putin's cannon fodder": a possessive, typed straight, is no syntax error.
    let hits = json_of(ix.path(), &["search", "Putin's fodder", "--json"]);
    assert!(hits.iter().all(|h| h["text"].as_str().unwrap().contains("Putin's cannon fodder")), "{hits:?}");
    assert!(!hits.is_empty());
    // A colon after a word that names no field is the word's.
    whosaid(ix.path()).args(["search", "Newsweek: troops"]).assert().code(0);
    // Field names still ask their field.
    whosaid(ix.path()).args(["search", "speaker:howell fodder"]).assert().code(0);
    // Only words left out: every other sentence, as grep -v.
    let without =
        json_of(ix.path(), &["search", "NOT troops", "--speaker", "howell", "-n", "1000", "--json"]);
    assert!(!without.is_empty() && without.iter().all(|h| !h["text"].as_str().unwrap().contains("troops")));
    // A wildcard is refused, not read as the word alone.
    whosaid(ix.path()).args(["search", "troop*"]).assert().code(2);
    // A kind that is none is an error, not "no match".
    whosaid(ix.path()).args(["search", "troops kind:quote"]).assert().code(2);
    // A parenthesis left open is an error that says what to try.
    let out =
        whosaid(ix.path()).args(["search", "(troops OR war"]).assert().code(2).get_output().stderr.clone();
    assert!(String::from_utf8_lossy(&out).contains("double quotes"));
}

#[test]
fn any_limit_is_answered_without_failing() {
    let ix = indexed();
    // No hits asked for: none shown, as grep -m 0 (exit 1).
    whosaid(ix.path()).args(["search", "troops", "-n", "0"]).assert().code(1).stdout("");
    // A limit past the index's size is every match.
    let all = json_of(ix.path(), &["search", "troops", "-n", "18446744073709551615", "--json"]);
    assert_eq!(all.len(), json_of(ix.path(), &["search", "troops", "-n", "100000", "--json"]).len());
}

#[test]
fn exit_codes_are_zero_one_two_like_grep() {
    let ix = indexed();
    whosaid(ix.path()).args(["search", "cannon"]).assert().code(0);
    whosaid(ix.path()).args(["search", "xylophonist"]).assert().code(1);
    let bad = whosaid(ix.path()).args(["search", "troops AND ("]).assert().code(2);
    let err = String::from_utf8_lossy(&bad.get_output().stderr).to_string();
    assert!(err.contains("invalid query"), "{err}");
    let missing = TempDir::new().unwrap();
    whosaid(&missing.path().join("nope")).args(["search", "x"]).assert().code(2);
    whosaid(ix.path()).args(["search", "x", "--since", "last tuesday"]).assert().code(2);
}

#[test]
fn speakers_answers_who_said_a_phrase() {
    let ix = indexed();
    let out = json_of(ix.path(), &["speakers", "\"cannon fodder\"", "--json"]);
    let rows = out;
    assert_eq!(rows[0]["speaker"], "Edward Howell");
    assert_eq!(rows[0]["quotes"], 3);
    let all = json_of(ix.path(), &["speakers", "--json"]);
    let names: Vec<String> = all.iter().map(|r| r["speaker"].as_str().unwrap().to_string()).collect();
    for n in ["Edward Howell", "Konstantin Sonin", "Yuriy Boyechko", "Pat Ryder"] {
        assert!(names.contains(&n.to_string()), "{n} missing from {names:?}");
    }
}

#[test]
fn indexing_twice_replaces_and_never_duplicates() {
    let ix = indexed();
    let count = |ix: &Path| {
        let out =
            whosaid(ix).args(["search", "\"cannon fodder\"", "--json", "--limit", "100"]).output().unwrap();
        json_lines(&out.stdout).len()
    };
    let before = count(ix.path());
    whosaid(ix.path()).arg("index").arg(fixtures()).assert().success();
    whosaid(ix.path()).arg("index").arg(fixtures().join("000_35a883c343635e69.txt")).assert().success();
    assert_eq!(count(ix.path()), before);
}

#[test]
fn a_changed_file_replaces_its_old_sentences() {
    let ix = TempDir::new().unwrap();
    let corpus = TempDir::new().unwrap();
    let file = corpus.path().join("a.txt");
    std::fs::write(&file, "\"The harvest failed,\" said Ana Lima.\n").unwrap();
    whosaid(ix.path()).arg("index").arg(&file).assert().success();
    std::fs::write(&file, "\"The harvest recovered,\" said Ana Lima.\n").unwrap();
    whosaid(ix.path()).arg("index").arg(&file).assert().success();
    whosaid(ix.path()).args(["search", "failed"]).assert().code(1);
    whosaid(ix.path()).args(["search", "recovered", "--speaker", "lima"]).assert().code(0);
}

#[test]
fn a_bad_record_is_skipped_with_its_line_and_the_rest_is_indexed() {
    let ix = TempDir::new().unwrap();
    let corpus = corpus_of(&[
        ("good.txt", b"\"We will rebuild,\" said Mayor Ruth Obi.\n"),
        ("latin1.txt", b"caf\xe9 \"quote,\" he said.\n"),
        (
            "wire.jsonl",
            b"{\"id\": 1, \"body\": \"Prices rose, said Tom Reed.\"}\n{not json\n{\"id\": 3, \"body\": \"Rain fell, Ana Lima said.\"}\n",
        ),
    ]);
    let out = whosaid(ix.path()).arg("index").arg(corpus.path()).assert().code(2).get_output().clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("skipped") && err.contains("wire.jsonl:2"), "{err}");
    // Latin-1 is read as Windows-1252, and says so: nothing of it is lost.
    assert!(err.contains("note: ") && err.contains("latin1.txt:1") && err.contains("Windows-1252"), "{err}");
    let cafe = json_of(ix.path(), &["search", "quote", "--json"]);
    assert_eq!(cafe[0]["text"], "café \"quote,\" he said.");
    whosaid(ix.path()).args(["search", "rebuild", "--speaker", "obi"]).assert().code(0);
    whosaid(ix.path()).args(["search", "rain", "--speaker", "lima"]).assert().code(0);
    whosaid(ix.path()).args(["search", "prices", "--speaker", "reed"]).assert().code(0);
}

#[test]
fn files_that_give_nothing_say_why_and_a_byte_order_mark_is_no_text() {
    let ix = TempDir::new().unwrap();
    let corpus = corpus_of(&[
        ("marked.jsonl", b"\xef\xbb\xbf{\"id\": 1, \"text\": \"Prices rose, said Tom Reed.\"}\n"),
        ("marked.csv", b"\xef\xbb\xbfid,text\n2,\"Rain fell, Ana Lima said.\"\n"),
        ("bodiless.jsonl", b"{\"id\": 3, \"story_text\": \"Snow fell, Ed Moss said.\"}\n"),
    ]);
    let out = whosaid(ix.path()).arg("index").arg(corpus.path()).assert().code(2).get_output().clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bodiless.jsonl: no record has a text field") && err.contains("--text-field"),
        "{err}"
    );
    assert!(!err.contains("marked"), "{err}");
    whosaid(ix.path()).args(["search", "prices", "--speaker", "reed"]).assert().code(0);
    whosaid(ix.path()).args(["search", "rain", "--speaker", "lima"]).assert().code(0);
    // Named, the field is read.
    let bodiless = corpus.path().join("bodiless.jsonl");
    whosaid(ix.path()).args(["index", "--text-field", "story_text"]).arg(bodiless).assert().code(0);
    whosaid(ix.path()).args(["search", "snow", "--speaker", "moss"]).assert().code(0);
}

#[test]
fn a_further_speaker_is_shown_with_its_own_affiliation_and_counted_alone() {
    let (ix, _corpus) = indexed_files(&[(
        "a.txt",
        b"Rates\n\nPrices will rise, Ana Lima said, while Tom Reed, an economist at Banco Sul, said they would fall.\n\nTom Reed said so again, and Tom Reed, the Banco Sul economist, said it twice.\n",
    )]);
    let hits = json_of(ix.path(), &["search", "prices", "--json"]);
    // Ana Lima, who has no affiliation, does not take Tom Reed's.
    assert_eq!(hits[0]["speaker"], "Ana Lima");
    assert_eq!(hits[0]["affiliation"], Value::Null);
    assert_eq!(hits[0]["others"][0]["speaker"], "Tom Reed");
    assert_eq!(hits[0]["others"][0]["affiliation"], "economist at Banco Sul");
    // Asked for Reed, "who said" counts Reed, not the others quoted beside
    // him, and a sentence that names him twice once.
    let rows = json_of(ix.path(), &["speakers", "--speaker", "reed", "--json"]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["speaker"], "Tom Reed");
    assert_eq!(rows[0]["quotes"], 2, "{rows:?}");
}

#[test]
fn every_speaker_of_a_sentence_can_be_searched_and_counted() {
    let (ix, _corpus) = indexed_files(&[(
        "a.txt",
        b"Prices will rise, Ana Lima said, while Tom Reed said they would fall.\n",
    )]);
    let out = json_of(ix.path(), &["search", "prices", "--speaker", "reed", "--json"]);
    assert_eq!(out[0]["speaker"], "Ana Lima", "the first speaker is the one shown");
    let rows = json_of(ix.path(), &["speakers", "--json"]);
    let names: Vec<String> = rows.iter().map(|r| r["speaker"].as_str().unwrap().to_string()).collect();
    assert!(names.contains(&"Ana Lima".to_string()) && names.contains(&"Tom Reed".to_string()), "{names:?}");
}

#[test]
fn dates_filter_articles() {
    let (ix, _corpus) = indexed_files(&[(
        "news.jsonl",
        b"{\"id\": \"a\", \"date\": \"2024-01-10\", \"text\": \"Rates will fall, said Ana Lima.\"}\n{\"id\": \"b\", \"date\": \"2024-03-10\", \"text\": \"Rates will rise, said Tom Reed.\"}\n",
    )]);
    let out = json_of(ix.path(), &["search", "rates", "--since", "2024-02-01", "--json"]);
    let hits = out;
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["speaker"], "Tom Reed");
    whosaid(ix.path()).args(["search", "rates", "--until", "2023-12-31"]).assert().code(1);
    // Days counted back from today: both articles are older than a week
    // and younger than a hundred thousand days.
    whosaid(ix.path()).args(["search", "rates", "--since", "7d"]).assert().code(1);
    whosaid(ix.path()).args(["search", "rates", "--since", "yesterday"]).assert().code(1);
    assert_eq!(
        json_of(ix.path(), &["search", "rates", "--since", "100000d", "--until", "today", "--json"]).len(),
        2
    );
    let bad = whosaid(ix.path()).args(["search", "rates", "--since", "7é"]).assert().code(2);
    assert!(String::from_utf8_lossy(&bad.get_output().stderr).contains("--since \"7é\": not a day"));
    // A day no calendar has, or a date with more typed after it, is a slip
    // to report, not a day to guess.
    for slip in ["2024-02-30", "2024-02-01x"] {
        whosaid(ix.path()).args(["search", "rates", "--since", slip]).assert().code(2);
    }
    // A range that ends before it begins holds no day: an error, not "no match".
    let mut backwards = whosaid(ix.path());
    backwards.args(["search", "rates", "--since", "2024-02-01", "--until", "2024-01-01"]);
    let bad = backwards.assert().code(2);
    assert!(String::from_utf8_lossy(&bad.get_output().stderr).contains("is after --until"));
}

#[test]
fn with_no_query_a_filter_lists_everything_the_speaker_said_newest_first() {
    // "Everything Lima said": no words to rank by, so the newest article
    // comes first, each article in reading order, undated articles last;
    // the file holds them in another order.
    let (ix, _corpus) = indexed_files(&[(
        "news.jsonl",
        concat!(
            r#"{"id": "old", "date": "2024-01-10", "text": "Rates will fall, said Ana Lima.\n\nGrowth will slow, Lima said.\n\nRates are fine, said Tom Reed."}"#,
            "\n",
            r#"{"id": "undated", "text": "Banks will lend, said Ana Lima."}"#,
            "\n",
            r#"{"id": "new", "date": "2024-03-10", "text": "Rates will rise, said Ana Lima.\n\nPrices will follow, Lima said."}"#,
            "\n",
        )
        .as_bytes(),
    )]);
    let hits = json_of(ix.path(), &["search", "--speaker", "lima", "--json"]);
    let order: Vec<(String, u64)> = hits
        .iter()
        .map(|h| (h["article"].as_str().unwrap().to_string(), h["paragraph"].as_u64().unwrap()))
        .collect();
    let expected = [("new", 1), ("new", 2), ("old", 1), ("old", 2), ("undated", 1)];
    assert_eq!(order, expected.map(|(a, p)| (a.to_string(), p)));
    assert!(hits.iter().all(|h| h["speaker"] == "Ana Lima" && h.get("score").is_none()), "{hits:?}");
    let text = whosaid(ix.path()).args(["search", "--speaker", "lima", "-n", "1"]).assert().code(0);
    let text = String::from_utf8_lossy(&text.get_output().stdout).to_string();
    assert!(text.contains("Rates will rise") && !text.contains("score"), "{text}");
    // A filter that passes nothing finds nothing; no query and no filter is
    // a usage error, not the whole index.
    whosaid(ix.path()).args(["search", "--speaker", "nobody"]).assert().code(1);
    let bare = whosaid(ix.path()).arg("search").assert().code(2);
    assert!(String::from_utf8_lossy(&bare.get_output().stderr).contains("give a query, a filter"));
}

#[test]
fn annotate_json_offsets_point_at_the_sentence_and_its_spans() {
    let seed = fixtures().join("000_35a883c343635e69.txt");
    let text = std::fs::read_to_string(&seed).unwrap();
    let rows = json_of(Path::new("unused-index"), &["annotate", seed.to_str().unwrap(), "--json"]);
    assert_eq!(rows.len(), 32);
    for r in &rows {
        let (s, e) = (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], r["text"].as_str().unwrap());
        for key in ["source", "cue"] {
            if let Some(span) = r[key].as_object() {
                let (a, b) =
                    (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
                assert_eq!(&text[a..b], span["text"].as_str().unwrap());
            }
        }
        for c in r["content"].as_array().unwrap() {
            let (a, b) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
            assert!(s <= a && a < b && b <= e, "content inside the sentence");
        }
    }
    let zelensky = rows.iter().find(|r| r["speaker"] == "Volodymr Zelensky").unwrap();
    assert_eq!(zelensky["cue"]["text"], "said");
    assert_eq!(zelensky["source"]["text"], "Volodymr Zelensky");
    let he =
        rows.iter().find(|r| r["text"].as_str().unwrap().starts_with("He said the North Koreans")).unwrap();
    assert_eq!(he["source"]["text"], "He");
    assert_eq!(he["speaker"], "Pat Ryder");
}

#[test]
fn annotate_prints_a_sentence_a_line_for_people() {
    let seed = fixtures().join("000_35a883c343635e69.txt");
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .env("NO_COLOR", "1")
        .arg("annotate")
        .arg(&seed)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), 33, "a header line and 32 sentences");
    assert!(text
        .lines()
        .any(|l| l.contains("direct") && l.contains("Edward Howell") && l.contains("[What to know]")));
}

//! Attribution measured on PolNeAR dev (hand-annotated US political news),
//! when the shared corpus is present beside the repository. The floors keep
//! what has been reached; the targets are in the README.

use std::path::PathBuf;

fn polnear_dev() -> Option<PathBuf> {
    let dir = std::env::var_os("WHOSAID_POLNEAR_DEV")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear/dev"));
    dir.join("attributions").is_dir().then_some(dir)
}

#[test]
fn polnear_dev_scores_hold_their_floors() {
    let Some(dir) = polnear_dev() else {
        eprintln!("skipped: no PolNeAR dev split at ../shared/corpus/polnear/dev");
        return;
    };
    let r = whosaid::eval::evaluate_polnear(&dir).unwrap();
    let s = &r.overall;
    eprintln!(
        "PolNeAR dev: recall quoted {:.3}, recall speech verb {:.3}, source accuracy {:.3}, precision {:.3}",
        s.recall_quoted.value, s.recall_speech_verb.value, s.source_accuracy.value, s.precision.value
    );
    assert_eq!(r.articles, 84, "the dev split has 84 annotated articles");
    assert!(s.recall_quoted.value >= 0.96, "recall of quoted relations {:.3}", s.recall_quoted.value);
    assert!(
        s.recall_speech_verb.value >= 0.925,
        "recall of speech-verb relations {:.3}",
        s.recall_speech_verb.value
    );
    assert!(s.source_accuracy.value >= 0.93, "source accuracy {:.3}", s.source_accuracy.value);
    assert!(s.precision.value >= 0.96, "precision {:.3}", s.precision.value);
}

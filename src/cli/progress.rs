//! The indexing progress bar, drawn only when stderr is a terminal.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use whosaid::store::Progress;
use whosaid::{IndexReport, ReadIssue};

pub struct Bar {
    bar: Option<ProgressBar>,
    started: std::time::Instant,
}

impl Bar {
    pub fn new(quiet: bool) -> Bar {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let b = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            b.set_style(
                ProgressStyle::with_template("{bar:30} {pos}/{len} files · {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            b
        });
        Bar { bar, started: std::time::Instant::now() }
    }

    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

impl Progress for Bar {
    fn start(&self, files: usize) {
        if let Some(b) = &self.bar {
            b.set_length(files as u64);
        }
    }

    fn file_done(&self, r: &IndexReport) {
        if let Some(b) = &self.bar {
            let secs = self.started.elapsed().as_secs_f64().max(1e-9);
            b.set_position(r.files as u64);
            b.set_message(format!(
                "{} articles · {} sentences · {:.1} MB/s",
                r.articles,
                r.sentences,
                r.bytes as f64 / 1e6 / secs
            ));
        }
    }

    fn issue(&self, issue: &ReadIssue) {
        let line = format!("whosaid: {} {issue}", issue.outcome());
        match &self.bar {
            Some(b) => b.println(line),
            None => eprintln!("{line}"),
        }
    }
}

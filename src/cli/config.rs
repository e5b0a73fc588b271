//! Flags turned into checked values before any work starts.

use std::io::IsTerminal;

use whosaid::corpus::parse_day;
use whosaid::printer::Style;
use whosaid::{FieldNames, Filters, Kind};

use super::args::{ColorChoice, FieldArgs, FilterArgs, KindArg};

/// Colour on a terminal unless NO_COLOR is set, or as --color says.
pub fn style(choice: ColorChoice) -> Style {
    let color = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    Style { color }
}

pub fn field_names(a: &FieldArgs) -> FieldNames {
    FieldNames {
        text: a.text_field.clone(),
        title: a.title_field.clone(),
        date: a.date_field.clone(),
        url: a.url_field.clone(),
        id: a.id_field.clone(),
    }
}

pub fn filters(a: &FilterArgs) -> Result<Filters, String> {
    let now =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let date = |flag: &str, v: &Option<String>| -> Result<Option<i64>, String> {
        match v {
            None => Ok(None),
            Some(s) => parse_day(s, now).map(Some).ok_or_else(|| {
                format!("--{flag} {s:?}: not a day (use YYYY-MM-DD, today, yesterday, or 7d and 2w for days and weeks ago)")
            }),
        }
    };
    let (since, until) = (date("since", &a.since)?, date("until", &a.until)?);
    if let (Some(s), Some(u), Some(from), Some(to)) = (since, until, &a.since, &a.until) {
        if s > u {
            return Err(format!("--since {from:?} is after --until {to:?}: no day is in between"));
        }
    }
    Ok(Filters {
        speaker: a.speaker.clone(),
        affiliation: a.affiliation.clone(),
        section: a.section.clone(),
        kind: a.kind.map(|k| match k {
            KindArg::Direct => Kind::Direct,
            KindArg::Indirect => Kind::Indirect,
            KindArg::Mixed => Kind::Mixed,
            KindArg::None => Kind::None,
        }),
        since,
        until,
    })
}

//! Article dates as written in corpora, to days for filtering.

/// Parses the date forms found in news corpora into seconds since the Unix
/// epoch (midnight UTC of that day): `2024-05-02`, `2024-05-02T10:00:00Z`,
/// `2024/05/02`, `26-FEB-1987 15:01:01.79`, `Feb 26, 1987`, `26 February 1987`.
pub fn parse_date(s: &str) -> Option<i64> {
    let s = s.trim();
    let (y, m, d) = iso(s).or_else(|| day_month_year(s)).or_else(|| month_day_year(s))?;
    Some(days_from_civil(y, m, d) * 86_400)
}

/// A day asked for on the command line, as seconds since the epoch: a date
/// written `YYYY-MM-DD` (or `YYYY/MM/DD`), or one counted back from the day of `now`
/// (seconds since the epoch; days are UTC days, as article dates are):
/// `today`, `yesterday`, `7d` (seven days ago), `2w` (two weeks ago).
/// "What was said this week" is `--since 7d`.
pub fn parse_day(s: &str, now: i64) -> Option<i64> {
    let s = s.trim();
    let days_ago = match s.to_ascii_lowercase().as_str() {
        "today" => Some(0),
        "yesterday" => Some(1),
        other => {
            let (n, per) = match (other.strip_suffix('d'), other.strip_suffix('w')) {
                (Some(n), _) => (n, 1),
                (_, Some(n)) => (n, 7),
                _ => ("", 0),
            };
            // (Digits only: not "+7d".)
            let count = n.bytes().all(|b| b.is_ascii_digit()).then(|| n.parse::<i64>().ok()).flatten();
            count.map(|n| n * per).filter(|&days| per > 0 && days <= MAX_DAYS_AGO)
        }
    };
    match days_ago {
        Some(n) => Some(now.div_euclid(86_400) * 86_400 - n * 86_400),
        // (Exactly a date, where an article's may run on into its time: a
        // day asked for with more after it is a typing slip to report.)
        None if s.len() == 10 => iso(s).map(|(y, m, d)| days_from_civil(y, m, d) * 86_400),
        None => None,
    }
}

/// The furthest back a day can be counted: a thousand years.
const MAX_DAYS_AGO: i64 = 366_000;

fn iso(s: &str) -> Option<(i64, u32, u32)> {
    let head: String = s.chars().take(10).collect();
    // ("2024-05-02T10:00:00Z", "1987-03-02 15:01": a time may follow, not more digits.)
    if s[head.len()..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = head.split(['-', '/']).collect();
    if parts.len() != 3 || parts[0].len() != 4 {
        return None;
    }
    let y = parts[0].parse().ok()?;
    let m = parts[1].parse().ok()?;
    let d = parts[2].parse().ok()?;
    valid(y, m, d)
}

fn month_number(name: &str) -> Option<u32> {
    let n = name.to_ascii_lowercase();
    let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    months.iter().position(|m| n.starts_with(m)).map(|i| i as u32 + 1)
}

fn words(s: &str) -> Vec<&str> {
    s.split(['-', ' ', ',', '/']).filter(|w| !w.is_empty()).collect()
}

fn day_month_year(s: &str) -> Option<(i64, u32, u32)> {
    let w = words(s);
    if w.len() < 3 {
        return None;
    }
    let d = w[0].parse().ok()?;
    let m = month_number(w[1])?;
    let y = w[2].parse().ok()?;
    valid(y, m, d)
}

fn month_day_year(s: &str) -> Option<(i64, u32, u32)> {
    let w = words(s);
    // "Friday, January 4, 2019" and "January 4, 2019".
    let w: Vec<&str> = if w.len() >= 4 && month_number(w[0]).is_none() { w[1..].to_vec() } else { w };
    if w.len() < 3 {
        return None;
    }
    let m = month_number(w[0])?;
    let d = w[1].parse().ok()?;
    let y = w[2].parse().ok()?;
    valid(y, m, d)
}

/// The date if it is one: no 30 February, no 31 April.
fn valid(y: i64, m: u32, d: u32) -> Option<(i64, u32, u32)> {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in_month = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    ((1..=12).contains(&m) && (1..=days_in_month).contains(&d) && (1000..=9999).contains(&y))
        .then_some((y, m, d))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn corpus_date_forms() {
        let day = 86_400;
        assert_eq!(parse_date("1970-01-02"), Some(day));
        assert_eq!(parse_date("2024-05-02T10:00:00Z"), parse_date("2024-05-02"));
        assert_eq!(parse_date("26-FEB-1987 15:01:01.79"), parse_date("1987-02-26"));
        assert_eq!(parse_date("Friday, January 4, 2019"), parse_date("2019-01-04"));
        assert_eq!(parse_date("4 January 2019"), parse_date("2019-01-04"));
        assert_eq!(parse_date("soon"), None);
        // Days no calendar has are no dates.
        for nonsense in ["1987-02-30", "2023-02-29", "2024-04-31", "2024-13-45", "30 February 1987"] {
            assert_eq!(parse_date(nonsense), None, "{nonsense}");
        }
        assert_eq!(parse_date("2024-02-29"), Some(parse_date("2024-03-01").unwrap() - day));
        assert_eq!(parse_date("2024-05-023"), None);
    }

    #[test]
    fn days_asked_for_are_dates_or_days_back_from_today() {
        use super::parse_day;
        // 2024-05-02, at ten in the morning UTC.
        let now = parse_date("2024-05-02").unwrap() + 10 * 3600;
        assert_eq!(parse_day("today", now), parse_date("2024-05-02"));
        assert_eq!(parse_day("Yesterday", now), parse_date("2024-05-01"));
        assert_eq!(parse_day("7d", now), parse_date("2024-04-25"));
        assert_eq!(parse_day("2w", now), parse_date("2024-04-18"));
        assert_eq!(parse_day("0d", now), parse_date("2024-05-02"));
        assert_eq!(parse_day("2023-12-31", now), parse_date("2023-12-31"));
        for nonsense in [
            "last tuesday",
            "7",
            "d",
            "-3d",
            "+7d",
            "7y",
            "7é",
            "99999999999999999999d",
            "60000w",
            "1987-02-30",
            "1987-03-02garbage",
            "2024-05-02T99",
            "2024-05-023",
        ] {
            assert_eq!(parse_day(nonsense, now), None, "{nonsense}");
        }
    }
}

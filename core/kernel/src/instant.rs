//! The range of instants the library accepts. Every language it speaks must hold every time it
//! gives back, and Python's `datetime` ends with year 9999; windows, thresholds and estimates
//! add at most a few decades to an input. So a time given to the library (a command's `now`, a
//! scan, a promise, a policy date) must lie in years 1000 to 8999; anything else is refused with
//! [`ErrorKind::InvalidInput`] before anything changes.

use chrono::{DateTime, NaiveDate, Utc};

use crate::error::{Error, ErrorKind, Result};

/// 1000-01-01T00:00:00Z in seconds since the Unix epoch (a test checks it against the calendar).
const MIN_SECONDS: i64 = -30_610_224_000;
/// 9000-01-01T00:00:00Z in seconds since the Unix epoch.
const END_SECONDS: i64 = 221_845_392_000;

/// The earliest instant accepted: 1000-01-01T00:00:00Z.
pub fn min_instant() -> DateTime<Utc> {
    DateTime::from_timestamp(MIN_SECONDS, 0).unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// The first instant refused: 9000-01-01T00:00:00Z.
pub fn end_instant() -> DateTime<Utc> {
    DateTime::from_timestamp(END_SECONDS, 0).unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// Refuses an instant outside [`min_instant`], [`end_instant`]).
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use postpurchase::instant::check_instant;
/// assert!(check_instant(Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap(), "now").is_ok());
/// let far = "+262142-12-31T00:00:00Z".parse().unwrap();
/// assert_eq!(check_instant(far, "now").unwrap_err().code(), "input.invalid");
/// ```
///
/// # Errors
/// [`ErrorKind::InvalidInput`] naming the field.
pub fn check_instant(at: DateTime<Utc>, field: &'static str) -> Result<()> {
    // whole seconds decide: the bounds are whole seconds
    let seconds = at.timestamp();
    if !(MIN_SECONDS..END_SECONDS).contains(&seconds) {
        return Err(Error::new(ErrorKind::InvalidInput, "a time must lie in the years 1000 to 8999")
            .with("field", field)
            .with("value", at.to_rfc3339()));
    }
    Ok(())
}

/// [`check_instant`] for an optional instant.
///
/// # Errors
/// As [`check_instant`].
pub fn check_optional(at: Option<DateTime<Utc>>, field: &'static str) -> Result<()> {
    at.map_or(Ok(()), |t| check_instant(t, field))
}

/// [`check_instant`] for a calendar date (its midnight, UTC).
///
/// # Errors
/// As [`check_instant`].
pub fn check_date(d: NaiveDate, field: &'static str) -> Result<()> {
    check_instant(d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc(), field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_bounds_are_the_calendar_dates_they_name() {
        assert_eq!(Some(min_instant()), Utc.with_ymd_and_hms(1000, 1, 1, 0, 0, 0).single());
        assert_eq!(Some(end_instant()), Utc.with_ymd_and_hms(9000, 1, 1, 0, 0, 0).single());
        let last = end_instant() - chrono::Duration::nanoseconds(1);
        assert!(check_instant(last, "t").is_ok());
        assert!(check_instant(end_instant(), "t").is_err());
        assert!(check_instant(min_instant(), "t").is_ok());
        assert!(check_instant(min_instant() - chrono::Duration::nanoseconds(1), "t").is_err());
    }
}

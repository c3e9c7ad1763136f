//! The range of instants the library accepts. Every language it speaks must hold every time it
//! gives back, and Python's `datetime` ends with year 9999; windows, thresholds and estimates
//! add at most a few decades to an input. So a time given to the library (a command's `now`, a
//! scan, a promise, a policy date) must lie in years 1000 to 8999; anything else is refused with
//! [`ErrorKind::InvalidInput`] before anything changes.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use crate::error::{Error, ErrorKind, Result};

/// The earliest instant accepted: 1000-01-01T00:00:00Z.
pub fn min_instant() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(1000, 1, 1, 0, 0, 0).single().unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// The first instant refused: 9000-01-01T00:00:00Z.
pub fn end_instant() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(9000, 1, 1, 0, 0, 0).single().unwrap_or(DateTime::<Utc>::MAX_UTC)
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
    if at < min_instant() || at >= end_instant() {
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

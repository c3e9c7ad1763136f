//! Local days: where a calendar day in a shop's or customer's time zone begins and ends, as
//! instants (a day that starts in a daylight-saving gap starts at the first instant that exists).

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// End of the local day `date` in `tz`, as the first instant of the next local day.
pub fn end_of_local_day(date: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let next = date.succ_opt().unwrap_or(date);
    let midnight = next.and_hms_opt(0, 0, 0).unwrap_or_default();
    match tz.from_local_datetime(&midnight) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
        // a gap at midnight (rare DST rule): the first instant after the gap
        chrono::LocalResult::None => tz
            .from_local_datetime(&midnight.checked_add_signed(Duration::hours(1)).unwrap_or(midnight))
            .earliest()
            .map_or_else(|| midnight.and_utc(), |t| t.with_timezone(&Utc)),
    }
}

/// The first instant of the local day `date` in `tz`.
pub fn start_of_local_day(date: NaiveDate, tz: Tz) -> DateTime<Utc> {
    end_of_local_day(date.pred_opt().unwrap_or(date), tz)
}

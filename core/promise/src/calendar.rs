//! The shop's business calendar: which local days are working days, and the daily cut-off after
//! which an order or a handover counts from the next working day.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use postpurchase_kernel::error::{Error, ErrorKind, Result};
use serde::{Deserialize, Serialize};

/// The most holidays a calendar lists (a century of them).
pub const MAX_HOLIDAYS: usize = 3_660;

/// Working days, holidays and the daily cut-off, in the shop's time zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusinessCalendar {
    /// The IANA time zone (`Europe/Berlin`).
    pub time_zone: Tz,
    /// The working weekdays, Monday first.
    pub working_days: [bool; 7],
    /// Days that are not worked although their weekday is.
    #[serde(default)]
    pub holidays: BTreeSet<NaiveDate>,
    /// The local time after which a day's orders and handovers count from the next working day
    /// (`"14:00"` or `"14:00:00"` in a document).
    #[serde(deserialize_with = "cutoff")]
    pub cutoff: NaiveTime,
}

fn cutoff<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<NaiveTime, D::Error> {
    let text = String::deserialize(d)?;
    NaiveTime::parse_from_str(&text, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(&text, "%H:%M"))
        .map_err(|_| serde::de::Error::custom(format!("the cut-off is HH:MM, not `{text}`")))
}

fn invalid(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::InvalidConfig, message.into())
}

impl BusinessCalendar {
    /// Monday to Friday in `time_zone`, with the cut-off `HH:MM`.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidConfig`] for an unknown zone or a cut-off that is not `HH:MM`.
    pub fn weekdays(time_zone: &str, cutoff: &str) -> Result<BusinessCalendar> {
        let time_zone: Tz = time_zone.parse().map_err(|_| invalid(format!("unknown time zone `{time_zone}`")))?;
        let cutoff = NaiveTime::parse_from_str(cutoff, "%H:%M").map_err(|_| invalid("the cut-off is HH:MM"))?;
        BusinessCalendar {
            time_zone,
            working_days: [true, true, true, true, true, false, false],
            holidays: BTreeSet::new(),
            cutoff,
        }
        .checked()
    }

    /// The calendar with these holidays added.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidConfig`] for more than [`MAX_HOLIDAYS`].
    pub fn with_holidays(mut self, days: impl IntoIterator<Item = NaiveDate>) -> Result<BusinessCalendar> {
        self.holidays.extend(days);
        self.checked()
    }

    /// Checks a calendar read from a document.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidConfig`] for a week without a working day or too many holidays.
    pub fn checked(self) -> Result<BusinessCalendar> {
        if !self.working_days.iter().any(|w| *w) {
            return Err(invalid("a calendar needs at least one working day a week"));
        }
        if self.holidays.len() > MAX_HOLIDAYS {
            return Err(invalid(format!("at most {MAX_HOLIDAYS} holidays")));
        }
        Ok(self)
    }

    /// Whether a local date is worked.
    pub fn is_working(&self, day: NaiveDate) -> bool {
        let index = usize::try_from(day.weekday().num_days_from_monday()).unwrap_or(0);
        self.working_days.get(index).copied().unwrap_or(false) && !self.holidays.contains(&day)
    }

    /// The next working day after `day`, if the calendar has one within a year.
    fn next_working(&self, day: NaiveDate) -> Option<NaiveDate> {
        let mut d = day;
        for _ in 0..370 {
            d = d.succ_opt()?;
            if self.is_working(d) {
                return Some(d);
            }
        }
        None
    }

    /// The working day an instant counts from: its own local day if worked and before the
    /// cut-off, else the next working day.
    pub fn start_day(&self, at: DateTime<Utc>) -> Option<NaiveDate> {
        let local = at.with_timezone(&self.time_zone);
        let day = local.date_naive();
        if self.is_working(day) && local.time() < self.cutoff { Some(day) } else { self.next_working(day) }
    }

    /// The local date of an instant.
    pub fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.time_zone).date_naive()
    }

    /// Business days from `from` to `to`: the working days after `from`'s start day up to `to`'s
    /// local date (0 when `to` falls on or before the start day).
    pub fn business_days(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Option<u32> {
        self.business_days_until(from, self.local_date(to))
    }

    /// Business days from `from`'s start day to the local date `end` (0 when `end` is on or
    /// before the start day); `None` past 400 business days.
    pub fn business_days_until(&self, from: DateTime<Utc>, end: NaiveDate) -> Option<u32> {
        let start = self.start_day(from)?;
        let mut n = 0_u32;
        let mut d = start;
        while d < end {
            d = d.succ_opt()?;
            if self.is_working(d) {
                n = n.checked_add(1)?;
            }
            if n > 400 {
                return None;
            }
        }
        Some(n)
    }

    /// A table of this calendar's working days around `day` (from `before` days before it to
    /// `after` days after), counting business days without walking the calendar.
    pub(crate) fn table(&self, day: NaiveDate, before: u32, after: u32) -> DayTable<'_> {
        let first = day.checked_sub_days(chrono::Days::new(u64::from(before))).unwrap_or(day);
        let mut cumulative = Vec::with_capacity(usize::try_from(before.saturating_add(after)).unwrap_or(0));
        let (mut d, mut n) = (first, 0_u32);
        for _ in 0..before.saturating_add(after) {
            if self.is_working(d) {
                n = n.saturating_add(1);
            }
            cumulative.push(n);
            match d.succ_opt() {
                Some(next) => d = next,
                None => break,
            }
        }
        let offsets = self.offsets(first, before.saturating_add(after));
        DayTable { calendar: self, first, cumulative, offsets }
    }

    /// The zone's UTC offsets over `days` days from `first`: each from the instant it starts
    /// (found to the second), probed every six hours.
    fn offsets(&self, first: NaiveDate, days: u32) -> Vec<(i64, i32)> {
        use chrono::{Offset, TimeZone};
        let offset_at = |secs: i64| {
            DateTime::from_timestamp(secs, 0)
                .map(|t| self.time_zone.offset_from_utc_datetime(&t.naive_utc()).fix().local_minus_utc())
        };
        let start = first.and_time(NaiveTime::MIN).and_utc().timestamp();
        let mut out: Vec<(i64, i32)> = Vec::new();
        let Some(mut current) = offset_at(start) else { return out };
        out.push((start, current));
        let step = 6 * 3600;
        let mut previous = start;
        for k in 1..=i64::from(days).saturating_mul(4) {
            let probe = start.saturating_add(k.saturating_mul(step));
            let Some(here) = offset_at(probe) else { break };
            if here != current {
                // the change lies in (previous, probe]: find its first second
                let (mut lo, mut hi) = (previous, probe);
                while hi.saturating_sub(lo) > 1 {
                    let mid = lo.saturating_add(hi.saturating_sub(lo) / 2);
                    if offset_at(mid) == Some(current) { lo = mid } else { hi = mid }
                }
                out.push((hi, here));
                current = here;
            }
            previous = probe;
        }
        out.push((start.saturating_add(i64::from(days).saturating_mul(86_400)), current)); // the span's end
        out
    }

    /// The local date `days` business days after `from`'s start day.
    pub fn add_business_days(&self, from: DateTime<Utc>, days: u32) -> Option<NaiveDate> {
        self.working_days_after(self.start_day(from)?, days)
    }

    /// The working day `days` working days after `day`.
    pub(crate) fn working_days_after(&self, day: NaiveDate, days: u32) -> Option<NaiveDate> {
        let mut d = day;
        for _ in 0..days {
            d = self.next_working(d)?;
        }
        Some(d)
    }
}

/// Working days counted ahead of time over a span of dates ([`BusinessCalendar::table`]): the
/// same counts as [`BusinessCalendar::business_days`], read from a running total; outside the
/// span it asks the calendar.
#[derive(Debug)]
pub(crate) struct DayTable<'a> {
    calendar: &'a BusinessCalendar,
    first: NaiveDate,
    /// Working days from `first` up to and including each date.
    cumulative: Vec<u32>,
    /// The zone's offsets over the span (start instant in Unix seconds, offset in seconds); the
    /// last entry marks the span's end.
    offsets: Vec<(i64, i32)>,
}

impl DayTable<'_> {
    fn running(&self, day: NaiveDate) -> Option<u32> {
        let offset = usize::try_from(day.signed_duration_since(self.first).num_days()).ok()?;
        self.cumulative.get(offset).copied()
    }

    /// The local time of an instant: from the offset table inside the span, else the zone.
    fn local(&self, at: DateTime<Utc>) -> chrono::NaiveDateTime {
        let secs = at.timestamp();
        let inside =
            self.offsets.first().is_some_and(|f| secs >= f.0) && self.offsets.last().is_some_and(|l| secs < l.0);
        if inside {
            let i = self.offsets.partition_point(|(from, _)| *from <= secs);
            let shifted = i.checked_sub(1).and_then(|i| self.offsets.get(i)).and_then(|(_, offset)| {
                at.naive_utc().checked_add_signed(chrono::Duration::seconds(i64::from(*offset)))
            });
            if let Some(local) = shifted {
                return local;
            }
        }
        at.with_timezone(&self.calendar.time_zone).naive_local()
    }

    /// As [`BusinessCalendar::start_day`].
    pub(crate) fn start_day(&self, at: DateTime<Utc>) -> Option<NaiveDate> {
        let local = self.local(at);
        let day = local.date();
        if self.calendar.is_working(day) && local.time() < self.calendar.cutoff {
            Some(day)
        } else {
            self.calendar.next_working(day)
        }
    }

    /// As [`BusinessCalendar::business_days`].
    pub(crate) fn business_days(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Option<u32> {
        let start = self.start_day(from)?;
        let end = self.local(to).date();
        if end <= start {
            return Some(0);
        }
        match (self.running(start), self.running(end)) {
            (Some(a), Some(b)) => {
                let n = b.saturating_sub(a);
                (n <= 400).then_some(n)
            }
            _ => self.calendar.business_days(from, to),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    proptest! {
        /// The table counts what the calendar counts, inside its span and outside it.
        #[test]
        fn the_table_counts_as_the_calendar_does(a in -900i64..900, b in -900i64..900, h in 0u32..24, m in 0i64..1440, holiday in 0i64..60) {
            let base = Utc.with_ymd_and_hms(2026, 3, 2, 0, 0, 0).unwrap();
            let cal = BusinessCalendar::weekdays("Europe/Berlin", "14:00").unwrap()
                .with_holidays([base.date_naive() + chrono::Duration::days(holiday)]).unwrap();
            let table = cal.table(base.date_naive(), 300, 200);
            let from = base + chrono::Duration::days(a) + chrono::Duration::hours(i64::from(h));
            let to = base + chrono::Duration::days(b) + chrono::Duration::minutes(m);
            prop_assert_eq!(table.business_days(from, to), cal.business_days(from, to));
            prop_assert_eq!(table.start_day(to), cal.start_day(to));
        }
    }

    #[test]
    fn the_table_knows_the_second_the_clocks_change() {
        let cal = BusinessCalendar::weekdays("Europe/Berlin", "02:30").unwrap();
        let table = cal.table(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(), 10, 300);
        // 29 March 2026, 01:00 UTC: 02:00 CET becomes 03:00 CEST; 25 October, 01:00 UTC back
        for (y, mo, d, h, mi, s) in
            [(2026, 3, 29, 0, 59, 59), (2026, 3, 29, 1, 0, 0), (2026, 10, 25, 0, 59, 59), (2026, 10, 25, 1, 0, 0)]
        {
            let t = Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap();
            assert_eq!(table.local(t), t.with_timezone(&cal.time_zone).naive_local(), "{t}");
        }
    }
}

//! Next-purchase timing from a fitted BG/NBD (or modified BG/NBD) model: the probability that a
//! customer buys at least once within a horizon, and the median wait until their next purchase.
//!
//! Given the customer is alive, their purchase rate has the posterior Gamma(r + x, α + T), and
//! in both models a customer who does not buy does not drop out, so with `q = (α + T) / (α + T + t)`:
//!
//! * P(at least one purchase within `t`) = P(alive) · (1 − q^(r + x));
//! * the median wait is the `t` where that reaches ½:
//!   `(α + T) · ((1 − 1 / (2 · P(alive)))^(−1 / (r + x)) − 1)`, and there is none when
//!   P(alive) ≤ ½ (the customer more likely than not never buys again).
//!
//! ```
//! use postpurchase::clv::{BetaGeo, Variant};
//! use postpurchase::journey::next_purchase;
//! let m = BetaGeo { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, variant: Variant::BgNbd };
//! let n = next_purchase(&m, 2.0, 30.43, 38.86, 4.0)?;
//! assert!(n.p_within > 0.0 && n.p_within < n.p_alive);
//! // at the median wait, the chance of a purchase is one half
//! let w = n.median_wait.unwrap();
//! assert!((next_purchase(&m, 2.0, 30.43, 38.86, w)?.p_within - 0.5).abs() < 1e-9);
//! # Ok::<(), postpurchase::Error>(())
//! ```

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::clv::{BetaGeo, TransactionModel, check_rfm};
use crate::error::{Error, ErrorKind, Result};
use crate::ids::CustomerId;
use crate::notify::{NotificationKind, Signal};

/// A customer's next-purchase timing.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NextPurchase {
    /// P(alive) now.
    pub p_alive: f64,
    /// P(at least one purchase within the horizon).
    pub p_within: f64,
    /// The median wait until the next purchase, in the model's time unit; `None` when the
    /// customer more likely than not never buys again.
    pub median_wait: Option<f64>,
}

/// Next-purchase timing of a customer with summary (x, t_x, T) over `horizon` (in the model's
/// time unit).
///
/// # Errors
/// [`ErrorKind::InvalidInput`] for an invalid summary row or a horizon that is negative or not
/// finite.
pub fn next_purchase(model: &BetaGeo, x: f64, t_x: f64, big_t: f64, horizon: f64) -> Result<NextPurchase> {
    check_rfm(&[x], &[t_x], &[big_t])?;
    if !(horizon.is_finite() && horizon >= 0.0) {
        return Err(Error::new(ErrorKind::InvalidInput, "the horizon must be finite and >= 0"));
    }
    let p_alive = model.probability_alive(x, t_x, big_t).clamp(0.0, 1.0);
    let (shape, scale) = (model.r + x, model.alpha + big_t);
    // 1 − q^shape, computed as −expm1(shape · ln q) so that short horizons keep their digits
    let bought = -(shape * (-(horizon / (scale + horizon))).ln_1p()).exp_m1();
    let median_wait = (p_alive > 0.5).then(|| scale * ((1.0 - 0.5 / p_alive).powf(-1.0 / shape) - 1.0));
    Ok(NextPurchase { p_alive, p_within: p_alive * bought, median_wait: median_wait.filter(|w| w.is_finite()) })
}

/// A replenishment reminder for a customer whose next purchase is expected: a
/// [`NotificationKind::ReplenishmentReminder`] signal `lead_days` before the expected date (the
/// last purchase plus the median wait, the wait converted to days by `days_per_unit`: 7 for a
/// model fitted in weeks), and not before `now`. The planner then applies the same consent,
/// quiet-hours and throttle rules as to any marketing message. `None` when there is no median
/// wait (the customer more likely than not never buys again) or the expected date has passed
/// (the customer is overdue: a matter for the at-risk stage, not a reminder).
///
/// The signal's subject is `replenishment/` and the expected date, so a reminder for one
/// expected purchase is planned once.
///
/// # Errors
/// [`ErrorKind::InvalidInput`] for `days_per_unit` not in (0, 366] or `lead_days` above 365.
pub fn replenishment_signal(
    customer: &CustomerId,
    last_purchase: DateTime<Utc>,
    next: &NextPurchase,
    days_per_unit: f64,
    lead_days: u32,
    now: DateTime<Utc>,
) -> Result<Option<Signal>> {
    if !(days_per_unit > 0.0 && days_per_unit <= 366.0) || lead_days > 365 {
        return Err(Error::new(ErrorKind::InvalidInput, "days_per_unit must be in (0, 366] and lead_days at most 365"));
    }
    let Some(wait) = next.median_wait else { return Ok(None) };
    // whole seconds, bounded: a wait beyond a century is no reminder
    let seconds = wait * days_per_unit * 86_400.0;
    if !(seconds.is_finite() && (0.0..=3.2e9).contains(&seconds)) {
        return Ok(None);
    }
    // checked in range above, so the whole seconds fit
    let whole = whole_seconds(seconds);
    let Some(expected) = Duration::try_seconds(whole).and_then(|d| last_purchase.checked_add_signed(d)) else {
        return Ok(None);
    };
    if expected < now {
        return Ok(None);
    }
    let remind = Duration::try_days(i64::from(lead_days))
        .and_then(|d| expected.checked_sub_signed(d))
        .map_or(now, |r| r.max(now));
    let day = expected.date_naive().to_string();
    let payload = BTreeMap::from([
        ("expected_date".to_string(), day.clone()),
        ("p_alive".to_string(), format!("{:.4}", next.p_alive)),
    ]);
    Ok(Some(Signal {
        kind: NotificationKind::ReplenishmentReminder,
        customer: customer.clone(),
        occurred_at: remind,
        subject: format!("replenishment/{day}"),
        payload,
    }))
}

/// Whole seconds of a finite, non-negative value at most 3.2e9 (the caller checks).
fn whole_seconds(seconds: f64) -> i64 {
    use rust_decimal::prelude::ToPrimitive;
    seconds.trunc().to_i64().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clv::Variant;

    #[test]
    fn the_chance_grows_with_the_horizon_towards_p_alive() {
        let m = BetaGeo { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, variant: Variant::BgNbd };
        let short = next_purchase(&m, 2.0, 30.43, 38.86, 1.0).unwrap();
        let long = next_purchase(&m, 2.0, 30.43, 38.86, 1.0e6).unwrap();
        assert!(short.p_within < long.p_within && (long.p_within - long.p_alive).abs() < 1e-3);
        assert_eq!(next_purchase(&m, 2.0, 30.43, 38.86, 0.0).unwrap().p_within, 0.0);
        // a customer who has not bought for long: no median wait
        let gone = next_purchase(&m, 5.0, 2.0, 38.86, 4.0).unwrap();
        assert!(gone.p_alive < 0.5 && gone.median_wait.is_none());
        assert!(next_purchase(&m, 1.0, 5.0, 4.0, 1.0).is_err());
        assert!(next_purchase(&m, 1.0, 2.0, 4.0, f64::NAN).is_err());
    }

    #[test]
    fn a_reminder_comes_lead_days_before_the_expected_purchase_and_never_for_the_gone() {
        use chrono::TimeZone;
        let t = |d: i64| Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().unwrap_or_default() + Duration::days(d);
        let c = CustomerId::new("c-1").unwrap();
        let next = NextPurchase { p_alive: 0.8, p_within: 0.3, median_wait: Some(4.0) };
        // four weeks after a purchase on day 0: expected on day 28, reminded on day 25
        let s = replenishment_signal(&c, t(0), &next, 7.0, 3, t(10)).unwrap().unwrap();
        assert_eq!(
            (s.kind, s.occurred_at, s.subject.as_str()),
            (NotificationKind::ReplenishmentReminder, t(25), "replenishment/2026-01-29")
        );
        // within the lead time: now
        assert_eq!(replenishment_signal(&c, t(0), &next, 7.0, 3, t(27)).unwrap().unwrap().occurred_at, t(27));
        // overdue, or no median wait: nothing
        assert!(replenishment_signal(&c, t(0), &next, 7.0, 3, t(40)).unwrap().is_none());
        let gone = NextPurchase { median_wait: None, ..next };
        assert!(replenishment_signal(&c, t(0), &gone, 7.0, 3, t(10)).unwrap().is_none());
        assert!(replenishment_signal(&c, t(0), &next, 0.0, 3, t(10)).is_err());
    }
}

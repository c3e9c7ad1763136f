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

use serde::{Deserialize, Serialize};

use crate::clv::{BetaGeo, TransactionModel, check_rfm};
use crate::error::{Error, ErrorKind, Result};

/// A customer's next-purchase timing.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
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
}

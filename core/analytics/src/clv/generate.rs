//! Synthetic customers drawn from a fitted (or chosen) purchase model, as lifetimes'
//! `generate_new_data`: each customer's rates are drawn from the model's mixing distributions,
//! then purchases from the model's process over `T` periods. The same seed gives the same
//! customers, so a simulation is a pure function of its inputs.
//!
//! ```
//! use postpurchase::clv::{BetaGeo, Variant};
//! let model = BetaGeo { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, variant: Variant::BgNbd };
//! let sim = model.generate(&[39.0; 1000], 7)?;
//! assert_eq!(sim.frequency.len(), 1000);
//! assert!(sim.recency.iter().zip(&sim.t).all(|(r, t)| r <= t));
//! assert_eq!(sim, model.generate(&[39.0; 1000], 7)?); // the same seed, the same customers
//! # Ok::<(), postpurchase::Error>(())
//! ```

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rand_distr::{Beta, Distribution, Exp, Gamma};
use serde::{Deserialize, Serialize};

use super::bgnbd::{BetaGeo, Variant};
use super::pareto::ParetoNbd;
use crate::error::{Error, ErrorKind, Result};

/// The most customers one call simulates.
pub const MAX_GENERATED_CUSTOMERS: usize = 10_000_000;
/// The most purchases one simulated customer may make before the call is refused (a rate that
/// high over `T` is not a customer base to simulate). Purchases in the same period count once in
/// `frequency`, as lifetimes counts them, but every purchase counts towards this bound.
pub const MAX_GENERATED_PURCHASES: u64 = 1_000_000;

/// Simulated customers, one row per customer, in the shape lifetimes gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Generated {
    /// Repeat purchases, counted once per whole period (as lifetimes counts them).
    pub frequency: Vec<f64>,
    /// Time of the last purchase (0 when none), in periods.
    pub recency: Vec<f64>,
    /// Observation length, in periods.
    pub t: Vec<f64>,
    /// The customer's purchase rate.
    pub lambda: Vec<f64>,
    /// The customer's drop-out: the probability after each purchase (BG/NBD, modified BG/NBD)
    /// or the drop-out rate (Pareto/NBD, lifetimes' `mu`).
    pub dropout: Vec<f64>,
    /// Still alive at `T`.
    pub alive: Vec<bool>,
}

fn bad(what: &str) -> Error {
    Error::new(ErrorKind::InvalidInput, format!("generate: {what}"))
}

fn check_t(t: &[f64]) -> Result<()> {
    if t.len() > MAX_GENERATED_CUSTOMERS {
        return Err(bad("at most 10,000,000 customers per call"));
    }
    if let Some(i) = t.iter().position(|v| !v.is_finite() || *v <= 0.0) {
        return Err(bad("every T must be finite and positive").with("position", i));
    }
    Ok(())
}

fn gamma(shape: f64, rate: f64) -> Result<Gamma<f64>> {
    Gamma::new(shape, 1.0 / rate).map_err(|_| bad("the model's parameters must be finite and positive"))
}

fn exp(rate: f64) -> Result<Exp<f64>> {
    Exp::new(rate).map_err(|_| bad("a drawn rate is not usable (parameters too extreme)"))
}

/// Purchases at the arrival times of a rate-`lambda` process before `end`, stopping early when
/// `dies` says so after a purchase; returns (repeat periods with a purchase, last time, alive).
fn purchases(
    rng: &mut StdRng,
    lambda: f64,
    end: f64,
    mut alive: bool,
    mut dies: impl FnMut(&mut StdRng) -> bool,
) -> Result<(f64, f64, bool)> {
    let gap = exp(lambda)?;
    let (mut time, mut last, mut count, mut last_period) = (0.0f64, 0.0f64, 0u64, None::<f64>);
    let mut made = 0u64;
    let mut next = gap.sample(rng);
    while alive && time + next < end {
        time += next;
        last = time;
        let period = time.floor();
        if last_period != Some(period) {
            count = count.saturating_add(1);
            last_period = Some(period);
        }
        made = made.saturating_add(1);
        if made > MAX_GENERATED_PURCHASES {
            return Err(bad("a customer makes more than 1,000,000 purchases: the purchase rates are too high for T"));
        }
        next = gap.sample(rng);
        alive = !dies(rng);
    }
    #[allow(clippy::cast_precision_loss, reason = "a count of at most 1,000,000")]
    Ok((count as f64, last, alive))
}

impl BetaGeo {
    /// One simulated customer per entry of `t` (each observed for that many periods), from
    /// the BG/NBD process (or the modified one, where a customer may drop out before any
    /// purchase), seeded by `seed`.
    ///
    /// # Errors
    /// `input.invalid` for parameters that are not finite and positive, a `T` that is not, more
    /// than [`MAX_GENERATED_CUSTOMERS`], or rates so high a customer makes more than
    /// [`MAX_GENERATED_PURCHASES`] purchases.
    pub fn generate(&self, t: &[f64], seed: u64) -> Result<Generated> {
        check_t(t)?;
        let rates = gamma(self.r, self.alpha)?;
        let drop = Beta::new(self.a, self.b).map_err(|_| bad("the model's parameters must be finite and positive"))?;
        let mut rng = StdRng::seed_from_u64(seed);
        let mut out = Generated::with_capacity(t.len());
        for &big_t in t {
            let lambda = rates.sample(&mut rng).max(f64::MIN_POSITIVE);
            let p: f64 = drop.sample(&mut rng);
            // the modified model tosses the drop-out coin once before any purchase
            let alive = match self.variant {
                Variant::BgNbd => true,
                Variant::Modified => rng.r#gen::<f64>() > p,
            };
            let (x, last, alive) = purchases(&mut rng, lambda, big_t, alive, |rng| rng.r#gen::<f64>() <= p)?;
            out.push(x, last, big_t, lambda, p, alive);
        }
        Ok(out)
    }
}

impl ParetoNbd {
    /// One simulated customer per entry of `t`, from the Pareto/NBD process: a purchase rate
    /// and a drop-out rate per customer, purchases until the drop-out time or `T`, seeded by
    /// `seed`.
    ///
    /// # Errors
    /// As [`BetaGeo::generate`].
    pub fn generate(&self, t: &[f64], seed: u64) -> Result<Generated> {
        check_t(t)?;
        let rates = gamma(self.r, self.alpha)?;
        let deaths = gamma(self.s, self.beta)?;
        let mut rng = StdRng::seed_from_u64(seed);
        let mut out = Generated::with_capacity(t.len());
        for &big_t in t {
            let lambda = rates.sample(&mut rng).max(f64::MIN_POSITIVE);
            let mu = deaths.sample(&mut rng).max(f64::MIN_POSITIVE);
            let death = exp(mu)?.sample(&mut rng);
            let (x, last, _) = purchases(&mut rng, lambda, death.min(big_t), true, |_| false)?;
            out.push(x, last, big_t, lambda, mu, death > big_t);
        }
        Ok(out)
    }
}

impl Generated {
    fn with_capacity(n: usize) -> Generated {
        Generated {
            frequency: Vec::with_capacity(n),
            recency: Vec::with_capacity(n),
            t: Vec::with_capacity(n),
            lambda: Vec::with_capacity(n),
            dropout: Vec::with_capacity(n),
            alive: Vec::with_capacity(n),
        }
    }

    fn push(&mut self, x: f64, recency: f64, t: f64, lambda: f64, dropout: f64, alive: bool) {
        self.frequency.push(x);
        self.recency.push(recency);
        self.t.push(t);
        self.lambda.push(lambda);
        self.dropout.push(dropout);
        self.alive.push(alive);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clv::FitOptions;

    #[test]
    fn a_refit_on_simulated_customers_finds_the_parameters_again() {
        // purchases are counted once per period (as lifetimes does), so the rates are kept well
        // below one per period for the refit to see every purchase
        let truth = BetaGeo { r: 0.5, alpha: 40.0, a: 0.8, b: 2.5, variant: Variant::BgNbd };
        let sim = truth.generate(&vec![400.0; 15_000], 11).unwrap();
        let (fit, _) =
            BetaGeo::fit(&sim.frequency, &sim.recency, &sim.t, None, Variant::BgNbd, &FitOptions::default()).unwrap();
        for (got, want) in [(fit.r, truth.r), (fit.alpha, truth.alpha), (fit.a, truth.a), (fit.b, truth.b)] {
            assert!((got - want).abs() / want < 0.12, "{fit:?} vs {truth:?}");
        }
    }

    #[test]
    fn pareto_customers_die_at_their_own_rate_and_refit() {
        let truth = ParetoNbd { r: 0.6, alpha: 50.0, s: 0.8, beta: 120.0 };
        let sim = truth.generate(&vec![400.0; 15_000], 3).unwrap();
        // P(alive at T) for Pareto/NBD is (beta / (beta + T))^s on average
        #[allow(clippy::cast_precision_loss)]
        let alive = sim.alive.iter().filter(|a| **a).count() as f64 / 15_000.0;
        let want = (120.0f64 / 520.0).powf(0.8);
        assert!((alive - want).abs() < 0.015, "{alive} vs {want}");
        let (fit, _) = ParetoNbd::fit(&sim.frequency, &sim.recency, &sim.t, None, &FitOptions::default()).unwrap();
        assert!((fit.r - truth.r).abs() / truth.r < 0.15 && (fit.s - truth.s).abs() / truth.s < 0.25, "{fit:?}");
    }

    #[test]
    fn the_modified_model_can_lose_customers_before_any_purchase() {
        let m = BetaGeo { r: 0.5, alpha: 4.0, a: 0.8, b: 2.5, variant: Variant::Modified };
        let sim = m.generate(&vec![10.0; 5_000], 1).unwrap();
        assert!(sim.alive.iter().zip(&sim.frequency).any(|(a, x)| !a && *x == 0.0));
        let plain = BetaGeo { variant: Variant::BgNbd, ..m }.generate(&vec![10.0; 5_000], 1).unwrap();
        assert!(plain.alive.iter().zip(&plain.frequency).all(|(a, x)| *a || *x > 0.0));
    }

    #[test]
    fn bad_inputs_are_refused() {
        let m = BetaGeo { r: 0.5, alpha: 4.0, a: 0.8, b: 2.5, variant: Variant::BgNbd };
        for t in [vec![0.0], vec![f64::NAN], vec![-1.0]] {
            assert_eq!(m.generate(&t, 1).unwrap_err().code(), "input.invalid");
        }
        let broken = BetaGeo { r: -1.0, ..m };
        assert_eq!(broken.generate(&[1.0], 1).unwrap_err().code(), "input.invalid");
        // rates of a million per period that never drop out: refused, not simulated for ever
        let wild = BetaGeo { r: 1e6, alpha: 1.0, a: 1e-6, b: 1e6, variant: Variant::BgNbd };
        assert_eq!(wild.generate(&[1e6], 1).unwrap_err().code(), "input.invalid");
    }
}

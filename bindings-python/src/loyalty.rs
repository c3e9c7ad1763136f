//! Loyalty ledgers as Python objects.

use postpurchase::CustomerId;
use postpurchase::loyalty::{Entry, LoyaltyCommand, Member, Programme};
use pyo3::prelude::*;

use crate::{from_json, to_json, to_py};

crate::native_config!(PyProgramme, "NativeProgramme", Programme);

/// A member's points ledger.
#[pyclass(name = "NativeMember", module = "postpurchase._native")]
struct PyMember {
    inner: Member,
}

#[pymethods]
impl PyMember {
    #[new]
    fn new(customer: &str) -> PyResult<Self> {
        Ok(PyMember { inner: Member::new(CustomerId::new(customer).map_err(to_py)?) })
    }

    #[staticmethod]
    fn from_entries(customer: &str, entries_json: &str) -> PyResult<Self> {
        let entries: Vec<Entry> = from_json("ledger entries", entries_json)?;
        Ok(PyMember {
            inner: Member::try_from_entries(CustomerId::new(customer).map_err(to_py)?, &entries).map_err(to_py)?,
        })
    }

    /// Decides and applies a command; returns the new entries as JSON. With `expected_version`,
    /// a ledger at another version refuses the command (`store.concurrency_conflict`).
    #[pyo3(signature = (command_json, programme, key, now, expected_version=None))]
    fn handle(
        &mut self,
        command_json: &str,
        programme: &PyProgramme,
        key: &str,
        now: &str,
        expected_version: Option<i64>,
    ) -> PyResult<String> {
        let cmd: LoyaltyCommand = from_json("loyalty command", command_json)?;
        let m = crate::order::meta_expecting(key, now, expected_version)?;
        to_json(&self.inner.handle(&cmd, &programme.inner, &m).map_err(to_py)?)
    }

    fn state_json(&self) -> PyResult<String> {
        to_json(&self.inner)
    }

    /// The customer id.
    #[getter]
    fn customer(&self) -> &str {
        self.inner.customer().as_str()
    }

    /// Available points (kept in the state: no copy of the ledger).
    #[getter]
    fn balance(&self) -> i64 {
        self.inner.balance()
    }

    /// Pending points.
    #[getter]
    fn pending(&self) -> i64 {
        self.inner.pending()
    }

    /// Points owed from clawbacks of spent points.
    #[getter]
    fn debt(&self) -> i64 {
        self.inner.debt()
    }

    /// The current tier.
    #[getter]
    fn tier(&self) -> Option<&str> {
        self.inner.tier()
    }

    /// Entries applied.
    #[getter]
    fn version(&self) -> u64 {
        self.inner.version()
    }

    /// Every entry, as JSON (what a store keeps).
    fn entries_json(&self) -> PyResult<String> {
        to_json(&self.inner.entries())
    }

    /// Progress to the next tier at `now` under a programme, as JSON.
    fn tier_progress(&self, programme: &PyProgramme, now: &str) -> PyResult<String> {
        to_json(&self.inner.tier_progress(&programme.inner, crate::time(now)?))
    }

    /// Balances, tier, progress and version at `now` under a programme, as JSON.
    fn status_json(&self, programme: &PyProgramme, now: &str) -> PyResult<String> {
        to_json(&self.inner.status(&programme.inner, crate::time(now)?))
    }
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyProgramme>()?;
    m.add_class::<PyMember>()?;
    Ok(())
}

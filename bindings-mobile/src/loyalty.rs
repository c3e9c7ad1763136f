//! Loyalty as values: a member is their ledger entries (JSON, the core's shape).
use std::sync::Arc;
use std::time::SystemTime;

use postpurchase as pp;
use pp::loyalty as l;

use crate::wire::from_core;
use crate::{LoyaltyStatus, Result, dump, instant, parse};

/// A ledger after a command: every entry to store, the new ones, and the status.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LoyaltyUpdate {
    /// Every entry so far (JSON list): the ledger of record.
    pub entries_json: String,
    /// Only the entries this command added (JSON list).
    pub new_entries_json: String,
    /// Balance, tier and progress after the command.
    pub status: LoyaltyStatus,
}

fn member(customer: &str, entries_json: &str) -> Result<(l::Member, Vec<l::Entry>)> {
    let entries: Vec<l::Entry> = parse("loyalty entries", entries_json)?;
    Ok((l::Member::try_from_entries(pp::CustomerId::new(customer)?, &entries)?, entries))
}

pub(crate) fn status(m: &l::Member, p: &l::Programme, now: SystemTime) -> Result<LoyaltyStatus> {
    from_core(&m.status(p, instant(now)?), "status")
}

/// Validates a loyalty programme (JSON); every problem is reported at once. Returns the canonical JSON.
#[uniffi::export]
pub fn validate_loyalty_programme(programme_json: String) -> Result<String> {
    crate::guard(|| dump(&l::Programme::from_json(&programme_json)?))
}

fn status_with(p: &l::Programme, customer: &str, entries_json: &str, now: SystemTime) -> Result<LoyaltyStatus> {
    status(&member(customer, entries_json)?.0, p, now)
}

fn command_with(
    p: &l::Programme,
    customer: &str,
    entries_json: &str,
    command_json: &str,
    key: &str,
    now: SystemTime,
    expected_version: Option<i64>,
) -> Result<LoyaltyUpdate> {
    let (mut m, mut entries) = member(customer, entries_json)?;
    let cmd: l::LoyaltyCommand = parse("loyalty command", command_json)?;
    // the version the caller saw, or (without one) the ledger as given
    let new = m.handle(&cmd, p, &crate::meta_expecting(key, now, expected_version)?)?;
    let new_entries_json = dump(&new)?;
    entries.extend_from_slice(new);
    Ok(LoyaltyUpdate { entries_json: dump(&entries)?, new_entries_json, status: status(&m, p, now)? })
}

/// Balance, tier and progress of the member whose ledger entries are given, at `now`.
#[uniffi::export]
pub fn loyalty_status(
    customer: String,
    entries_json: String,
    programme_json: String,
    now: SystemTime,
) -> Result<LoyaltyStatus> {
    crate::guard(|| status_with(&l::Programme::from_json(&programme_json)?, &customer, &entries_json, now))
}

/// Runs a loyalty command (JSON in the core's `LoyaltyCommand` shape) on the member's ledger.
/// A refused command changes nothing; a repeated key is a no-op.
#[uniffi::export(default(expected_version = None))]
pub fn loyalty_command(
    customer: String,
    entries_json: String,
    command_json: String,
    programme_json: String,
    key: String,
    now: SystemTime,
    expected_version: Option<i64>,
) -> Result<LoyaltyUpdate> {
    crate::guard(|| {
        let p = l::Programme::from_json(&programme_json)?;
        command_with(&p, &customer, &entries_json, &command_json, &key, now, expected_version)
    })
}

/// A loyalty programme parsed and validated once; its methods run without parsing it again (the
/// functions that take `programmeJson` parse it on every call).
#[derive(uniffi::Object)]
pub struct LoyaltyProgramme {
    pub(crate) inner: l::Programme,
}

#[uniffi::export]
impl LoyaltyProgramme {
    /// Parses and validates a programme (JSON); every problem is reported at once.
    #[uniffi::constructor]
    pub fn new(programme_json: String) -> Result<Arc<Self>> {
        crate::guard(|| Ok(Arc::new(LoyaltyProgramme { inner: l::Programme::from_json(&programme_json)? })))
    }

    /// The programme as canonical JSON.
    pub fn to_json(&self) -> Result<String> {
        crate::guard(|| dump(&self.inner))
    }

    /// As [`loyalty_status`].
    pub fn status(&self, customer: String, entries_json: String, now: SystemTime) -> Result<LoyaltyStatus> {
        crate::guard(|| status_with(&self.inner, &customer, &entries_json, now))
    }

    /// As [`loyalty_command`].
    #[uniffi::method(default(expected_version = None))]
    pub fn command(
        &self,
        customer: String,
        entries_json: String,
        command_json: String,
        key: String,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<LoyaltyUpdate> {
        crate::guard(|| command_with(&self.inner, &customer, &entries_json, &command_json, &key, now, expected_version))
    }
}

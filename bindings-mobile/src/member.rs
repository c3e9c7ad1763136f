//! A loyalty member held natively (feature `loyalty`): built once from its ledger entries, then
//! every command applies in place.
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use postpurchase as pp;
use postpurchase::loyalty as l;

use crate::loyalty::{LoyaltyProgramme, status};
use crate::state::locked;
use crate::wire::{from_core, to_core};
use crate::{LedgerEntry, LoyaltyCommand, LoyaltyStatus, Result, dump, meta_expecting, parse};

/// A member and the ledger entries it was built from.
struct MemberInner {
    member: l::Member,
    entries: Vec<l::Entry>,
}

/// A loyalty member held natively: balance, pending points and version read in O(1).
#[derive(uniffi::Object)]
pub struct Member {
    inner: Mutex<MemberInner>,
}

#[uniffi::export]
impl Member {
    /// A member with no entries yet.
    #[uniffi::constructor]
    pub fn new(customer: String) -> Result<Arc<Self>> {
        crate::guard(|| Member::rebuilt(&customer, Vec::new()))
    }

    /// Rebuilds a member from its stored ledger entries.
    #[uniffi::constructor]
    pub fn from_entries(customer: String, entries: Vec<LedgerEntry>) -> Result<Arc<Self>> {
        crate::guard(|| Member::rebuilt(&customer, to_core(&entries, "loyalty entries")?))
    }

    /// Rebuilds a member from its stored ledger entries as JSON text (a list, the core's shape).
    #[uniffi::constructor]
    pub fn from_entries_json(customer: String, entries_json: String) -> Result<Arc<Self>> {
        crate::guard(|| Member::rebuilt(&customer, parse("loyalty entries", &entries_json)?))
    }

    /// Runs a loyalty command under `programme` and returns the new entries to store. With
    /// `expected_version`, a stale one fails with `ConcurrencyConflict`.
    #[uniffi::method(default(expected_version = None))]
    pub fn handle(
        &self,
        command: LoyaltyCommand,
        programme: Arc<LoyaltyProgramme>,
        key: String,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<Vec<LedgerEntry>> {
        crate::guard(|| {
            let cmd = to_core(&command, "loyalty command")?;
            from_core(&self.apply(&cmd, &programme, &key, now, expected_version)?, "entries")
        })
    }

    /// As `handle`, with the command as JSON text in the core's `LoyaltyCommand` shape; the new
    /// entries come back as JSON text (a list).
    #[uniffi::method(default(expected_version = None))]
    pub fn handle_json(
        &self,
        command_json: String,
        programme: Arc<LoyaltyProgramme>,
        key: String,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<String> {
        crate::guard(|| {
            let cmd = parse("loyalty command", &command_json)?;
            dump(&self.apply(&cmd, &programme, &key, now, expected_version)?)
        })
    }

    /// Balance, tier and progress at `now`.
    pub fn status(&self, programme: Arc<LoyaltyProgramme>, now: SystemTime) -> Result<LoyaltyStatus> {
        crate::guard(|| status(&locked(&self.inner)?.member, &programme.inner, now))
    }

    /// Available points.
    pub fn balance(&self) -> Result<i64> {
        crate::guard(|| Ok(locked(&self.inner)?.member.balance()))
    }

    /// Points waiting for delivery and the return window.
    pub fn pending(&self) -> Result<i64> {
        crate::guard(|| Ok(locked(&self.inner)?.member.pending()))
    }

    /// Entries applied so far.
    pub fn version(&self) -> Result<u64> {
        crate::guard(|| Ok(locked(&self.inner)?.member.version()))
    }

    /// Every entry so far: the ledger of record.
    pub fn entries(&self) -> Result<Vec<LedgerEntry>> {
        crate::guard(|| from_core(&locked(&self.inner)?.entries, "entries"))
    }

    /// Every entry so far as JSON text (a list): the ledger of record, to store as it is.
    pub fn entries_json(&self) -> Result<String> {
        crate::guard(|| dump(&locked(&self.inner)?.entries))
    }
}

impl Member {
    fn rebuilt(customer: &str, entries: Vec<l::Entry>) -> Result<Arc<Self>> {
        let member = l::Member::try_from_entries(pp::CustomerId::new(customer)?, &entries)?;
        Ok(Arc::new(Member { inner: Mutex::new(MemberInner { member, entries }) }))
    }

    /// Decides and applies a command; the new entries.
    fn apply(
        &self,
        command: &l::LoyaltyCommand,
        programme: &LoyaltyProgramme,
        key: &str,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<Vec<l::Entry>> {
        let mut inner = locked(&self.inner)?;
        let MemberInner { member, entries } = &mut *inner;
        let new = member.handle(command, &programme.inner, &meta_expecting(key, now, expected_version)?)?;
        let new = new.to_vec();
        entries.extend_from_slice(&new);
        Ok(new)
    }
}

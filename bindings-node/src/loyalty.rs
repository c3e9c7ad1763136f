//! A member's loyalty ledger as a JS class.
use chrono::{DateTime, Utc};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase as pp;
use pp::loyalty as l;

use crate::args::{contract_doc, count, dump, js, meta, text, time};
use crate::configs::{ConfigArg, LoyaltyProgramme, configured};
use crate::document::Document;
use crate::enums::TierMetric;

/// Progress towards the next tier.
#[napi(object)]
pub struct TierProgress {
    /// What qualifies.
    pub metric: TierMetric,
    /// The metric in the current window (decimal string: spend, points or orders).
    pub value: String,
    /// Where the window starts; absent for lifetime.
    pub window_start: Option<DateTime<Utc>>,
    /// The next tier above the current one.
    pub next_tier: Option<String>,
    /// Its threshold (decimal string).
    pub next_threshold: Option<String>,
    /// How much more it needs (decimal string, never negative).
    pub remaining: Option<String>,
}

/// A member's balance, tier and progress.
#[napi(object)]
pub struct LoyaltyStatus {
    /// Customer id.
    pub customer: String,
    /// Available points.
    pub balance: i64,
    /// Points waiting for delivery and the return window.
    pub pending: i64,
    /// Points owed from clawbacks of spent points.
    pub debt: i64,
    /// Current tier.
    pub tier: Option<String>,
    /// Since when.
    pub tier_since: Option<DateTime<Utc>>,
    /// Progress to the next tier.
    pub progress: TierProgress,
    /// Entries applied (the `expectedVersion` for the next command).
    pub version: u32,
}

/// What a loyalty command did.
#[napi(object, object_from_js = false)]
pub struct LoyaltyResult {
    /// The new entries, as documents (camelCase, `Date`s).
    #[napi(ts_type = "Array<LedgerEntry>")]
    pub entries: Vec<Document>,
    /// The new entries as JSON (append them to the member's ledger).
    pub entries_json: String,
}

/// A member's loyalty ledger. Commands and the programme are documents in the core's JSON shape.
#[napi]
pub struct Member {
    inner: l::Member,
}

#[napi]
impl Member {
    /// An empty ledger.
    #[napi(constructor)]
    pub fn new(#[napi(ts_arg_type = "string")] customer: Unknown<'_>) -> Result<Member, String> {
        crate::guard(|| {
            Ok(Member { inner: l::Member::new(pp::CustomerId::new(text(&customer, "customer")?).map_err(js)?) })
        })
    }

    /// Rebuilds a ledger from its stored entries (a JSON string or an array).
    #[napi(factory)]
    pub fn from_entries(
        env: Env,
        #[napi(ts_arg_type = "string")] customer: Unknown<'_>,
        #[napi(ts_arg_type = "string | Array<Input<LedgerEntry>>")] entries: Unknown<'_>,
    ) -> Result<Member, String> {
        crate::guard(|| {
            let id = pp::CustomerId::new(text(&customer, "customer")?).map_err(js)?;
            let entries: Vec<l::Entry> = contract_doc(&env, &entries, "entries")?;
            Ok(Member { inner: l::Member::from_entries(id, &entries) })
        })
    }

    /// Decides and applies a command (`{type: 'earn_order', …}`) under a programme.
    /// `expectedVersion` defaults to the current version; a stale one is `store.concurrency_conflict`.
    #[napi]
    pub fn handle(
        &mut self,
        env: Env,
        #[napi(ts_arg_type = "string | Input<LoyaltyCommand>")] command: Unknown<'_>,
        #[napi(ts_arg_type = "LoyaltyProgramme | Input<LoyaltyProgrammeConfig> | string")] programme: ConfigArg<
            '_,
            LoyaltyProgramme,
        >,
        #[napi(ts_arg_type = "string")] key: Unknown<'_>,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
        #[napi(ts_arg_type = "number")] expected_version: Option<Unknown<'_>>,
    ) -> Result<LoyaltyResult, String> {
        crate::guard(|| {
            let cmd: l::LoyaltyCommand = contract_doc(&env, &command, "command")?;
            let p = configured(&env, &programme, "programme", |p| &p.inner)?;
            let v = match expected_version {
                Some(v) if !matches!(v.get_type(), Ok(napi::ValueType::Undefined)) => {
                    u64::from(count(&v, "expectedVersion")?)
                }
                _ => self.inner.version(),
            };
            let new = self.inner.handle(&cmd, p.as_ref(), &meta(&key, &now)?, v).map_err(js)?;
            Ok(LoyaltyResult { entries: Document::all(new, "entry")?, entries_json: dump(&new)? })
        })
    }

    /// Balance, tier and progress to the next tier at `now`.
    #[napi]
    pub fn status(
        &self,
        env: Env,
        #[napi(ts_arg_type = "LoyaltyProgramme | Input<LoyaltyProgrammeConfig> | string")] programme: ConfigArg<
            '_,
            LoyaltyProgramme,
        >,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
    ) -> Result<LoyaltyStatus, String> {
        crate::guard(|| {
            let p = configured(&env, &programme, "programme", |p| &p.inner)?;
            let m = &self.inner;
            let g = m.tier_progress(p.as_ref(), time(&now, "now")?);
            Ok(LoyaltyStatus {
                customer: m.customer().to_string(),
                balance: m.balance(),
                pending: m.pending(),
                debt: m.debt(),
                tier: m.tier().map(str::to_string),
                tier_since: m.tier_since(),
                progress: TierProgress {
                    metric: g.metric.into(),
                    value: g.value.normalize().to_string(),
                    window_start: g.window_start,
                    next_tier: g.next_tier,
                    next_threshold: g.next_threshold.map(|d| d.normalize().to_string()),
                    remaining: g.remaining.map(|d| d.normalize().to_string()),
                },
                version: u32::try_from(m.version()).unwrap_or(u32::MAX),
            })
        })
    }

    /// Every entry, as documents (camelCase, `Date`s).
    #[napi(ts_return_type = "Array<LedgerEntry>")]
    pub fn entries(&self) -> Result<Vec<Document>, String> {
        crate::guard(|| Document::all(self.inner.entries(), "entry"))
    }

    /// Every entry as JSON (the ledger, for storage or `Member.fromEntries`).
    #[napi]
    pub fn entries_json(&self) -> Result<String, String> {
        crate::guard(|| dump(&self.inner.entries()))
    }

    /// The whole state as JSON.
    #[napi]
    pub fn state_json(&self) -> Result<String, String> {
        crate::guard(|| dump(&self.inner))
    }
}

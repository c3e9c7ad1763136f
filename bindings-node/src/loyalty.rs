//! A member's loyalty ledger as a JS class.
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase as pp;
use pp::loyalty as l;

use crate::args::{contract_doc, dump, js, text, time};
use crate::configs::{ConfigArg, LoyaltyProgramme, configured};
use crate::document::Document;

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
            Ok(Member { inner: l::Member::try_from_entries(id, &entries).map_err(js)? })
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
            let m = crate::args::meta_expecting(&key, &now, expected_version.as_ref())?;
            let new = self.inner.handle(&cmd, p.as_ref(), &m).map_err(js)?;
            Ok(LoyaltyResult { entries: Document::all(new, "entry")?, entries_json: dump(&new)? })
        })
    }

    /// Balance, tier and progress to the next tier at `now`.
    #[napi(ts_return_type = "LoyaltyStatus")]
    pub fn status(
        &self,
        env: Env,
        #[napi(ts_arg_type = "LoyaltyProgramme | Input<LoyaltyProgrammeConfig> | string")] programme: ConfigArg<
            '_,
            LoyaltyProgramme,
        >,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
    ) -> Result<Document, String> {
        crate::guard(|| {
            let p = configured(&env, &programme, "programme", |p| &p.inner)?;
            Document::of(&self.inner.status(p.as_ref(), time(&now, "now")?), "status")
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

//! Configurations parsed and validated once: `new ReturnPolicy(doc)`, `new LoyaltyProgramme(doc)`,
//! `new NotifyPolicy(doc)`. Every function that takes a policy or programme accepts one of these
//! (no parsing on the call) or, as before, a JSON string or plain object (parsed on the call).

use std::borrow::Cow;

use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase as pp;

use crate::args::{config, dump};

/// A policy or programme argument: a parsed class instance, or a document to parse now.
pub(crate) type ConfigArg<'a, W> = Either<&'a W, Unknown<'a>>;

/// The configuration an argument holds: borrowed from a class instance, or parsed from a document.
pub(crate) fn configured<'a, W, T>(
    env: &Env,
    given: &'a ConfigArg<'a, W>,
    arg: &str,
    inner: fn(&W) -> &T,
) -> Result<Cow<'a, T>, String>
where
    T: Clone + serde::de::DeserializeOwned + pp::config::Validate,
{
    match given {
        Either::A(parsed) => Ok(Cow::Borrowed(inner(parsed))),
        Either::B(doc) => Ok(Cow::Owned(config(env, doc, arg)?)),
    }
}

macro_rules! config_class {
    ($name:ident, $core:ty, $doc:literal, $arg:literal) => {
        #[doc = concat!("A validated `", stringify!($core), "`, parsed once; pass it wherever a ", $arg, " is taken.")]
        #[napi]
        pub struct $name {
            pub(crate) inner: $core,
        }

        #[napi]
        impl $name {
            /// Parses and validates a JSON string or object (camelCase or the core's snake_case
            /// field names); every problem is reported at once as `config.invalid`.
            #[napi(constructor)]
            pub fn new(env: Env, #[napi(ts_arg_type = $doc)] doc: Unknown<'_>) -> Result<Self, String> {
                crate::guard(|| Ok($name { inner: config(&env, &doc, $arg)? }))
            }

            /// The configuration as canonical JSON, with every default filled in.
            #[napi]
            pub fn to_json(&self) -> Result<String, String> {
                crate::guard(|| dump(&self.inner))
            }
        }
    };
}

config_class!(ReturnPolicy, pp::returns::ReturnPolicy, "string | Input<ReturnPolicyConfig>", "policy");
config_class!(LoyaltyProgramme, pp::loyalty::Programme, "string | Input<LoyaltyProgrammeConfig>", "programme");
config_class!(NotifyPolicy, pp::notify::NotifyPolicy, "string | Input<NotifyPolicyConfig>", "policy");

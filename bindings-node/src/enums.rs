//! Statuses and reason codes as string-literal unions in `index.d.ts`, each mapped from the core
//! explicitly (a new core variant breaks this build until it is listed).
use napi_derive::napi;
use postpurchase as pp;

/// Declares a `#[napi(string_enum)]` mirroring a core enum, with the exhaustive conversion.
macro_rules! string_enum {
    ($doc:literal $name:ident => $core:ty { $($(#[$vm:meta])* $v:ident = $s:literal),+ $(,)? }) => {
        #[doc = $doc]
        #[napi(string_enum)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vm])* #[napi(value = $s)] $v,)+
        }
        impl From<$core> for $name {
            fn from(x: $core) -> Self {
                type C = $core;
                match x {
                    $(C::$v => $name::$v,)+
                }
            }
        }
    };
}

string_enum!(
    "Where a raw carrier status code comes from."
    CarrierSource => pp::CarrierSource {
        /// AfterShip tags and subtags.
        AfterShip = "aftership",
        /// EasyPost tracker statuses.
        EasyPost = "easypost",
        /// Shippo statuses and substatus codes.
        Shippo = "shippo",
        /// Shopify fulfilment event statuses.
        Shopify = "shopify",
    }
);

//! Every core error kind mapped to the code thrown as `err.code`, and the codes as a string enum so
//! `index.d.ts` exports their union; both generated from the core's one list of kinds.

use napi_derive::napi;
use postpurchase::ErrorKind;

/// The string enum of codes and both mappings, generated from the core's one list of kinds.
macro_rules! error_codes {
    ($($(#[$m:meta])* $kind:ident => $code:literal in $cat:ident,)+) => {
        /// Every stable error code the package throws as `err.code`.
        #[napi(string_enum)]
        pub enum ErrorCode {
            $(
                #[doc = $code]
                #[napi(value = $code)]
                $kind,
            )+
        }

        /// The code for a core kind (a kind newer than this list, which the one list rules out,
        /// would be `internal`).
        pub(crate) fn code(kind: ErrorKind) -> ErrorCode {
            match kind {
                $(ErrorKind::$kind => ErrorCode::$kind,)+
                _ => ErrorCode::Internal,
            }
        }

        /// The code as text.
        pub(crate) fn code_str(kind: ErrorKind) -> &'static str {
            kind.code()
        }
    };
}
postpurchase::for_each_error_kind!(error_codes);

//! The canonical text of a command, written in one pass: JSON with every object's members
//! sorted by key and its `null` members dropped, at any depth (array items keep their order and
//! their nulls). The text is byte for byte what serialising the command to a `serde_json::Value`,
//! dropping nulls, sorting and printing would give (a test holds the two side by side), without
//! building the tree: scalars are printed by `serde_json` straight into one buffer, and each
//! object is reordered in place when it closes.

use std::borrow::Cow;
use std::ops::Range;

use serde::Serialize;
use serde::ser::{self, Impossible};

/// Why a value has no canonical text (a map key that is not a string, number or bool, or a
/// serialiser's own error).
#[derive(Debug)]
pub(super) struct CanonError(String);

impl std::fmt::Display for CanonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CanonError {}

impl ser::Error for CanonError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        CanonError(msg.to_string())
    }
}

type Res<T = ()> = Result<T, CanonError>;

/// Hands `use_text` the canonical text of `value` (after `tag:` when a tag is given), or gives
/// `None` when it has none (a map keyed by something that is not text).
pub(super) fn with_text<T: Serialize + ?Sized, R>(
    tag: &str,
    value: &T,
    use_text: impl FnOnce(&[u8]) -> R,
) -> Option<R> {
    // the buffers are kept per thread between calls (a fingerprint is taken on every command);
    // a nested call, which no command makes, gets fresh ones
    thread_local! {
        static SPARE: std::cell::RefCell<Option<Writer>> = const { std::cell::RefCell::new(None) };
    }
    let spare = SPARE.with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.take()));
    let mut w = spare.unwrap_or_else(|| Writer {
        out: Vec::with_capacity(256),
        scratch: Vec::with_capacity(256),
        members: Vec::with_capacity(16),
        printed: String::new(),
    });
    w.out.clear();
    w.members.clear();
    if !tag.is_empty() {
        w.out.extend_from_slice(tag.as_bytes());
        w.out.push(b':');
    }
    let done = value.serialize(Canon { w: &mut w }).ok().map(|()| use_text(&w.out));
    // a huge command's buffers are let go rather than kept for the thread's life
    if w.out.capacity().saturating_add(w.scratch.capacity()) <= 1 << 20 {
        SPARE.with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                *s = Some(w);
            }
        });
    }
    done
}

/// The text written so far, with the members of the objects still open (a stack shared by the
/// nested objects, so an object allocates nothing of its own).
struct Writer {
    out: Vec<u8>,
    /// Where an object's members wait while it is put in order.
    scratch: Vec<u8>,
    members: Vec<Member>,
    /// Where a displayed value is printed before it is escaped.
    printed: String,
}

/// Prints a scalar exactly as `serde_json` does.
fn scalar<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) -> Res {
    serde_json::to_writer(out, v).map_err(|e| CanonError(e.to_string()))
}

/// Prints a string as `serde_json` does: as it is between quotes when nothing in it needs an
/// escape (ids, codes, amounts, times), else through `serde_json`'s escaping.
fn string(out: &mut Vec<u8>, v: &str) -> Res {
    if v.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        out.reserve(v.len().saturating_add(2));
        out.push(b'"');
        out.extend_from_slice(v.as_bytes());
        out.push(b'"');
        Ok(())
    } else {
        scalar(out, v)
    }
}

const NULL: &[u8] = b"null";

/// Writes `{"variant":` ahead of a struct or tuple variant's body.
fn open_variant(out: &mut Vec<u8>, variant: Option<&'static str>) -> Res {
    if let Some(v) = variant {
        out.push(b'{');
        string(out, v)?;
        out.push(b':');
    }
    Ok(())
}

struct Canon<'a> {
    w: &'a mut Writer,
}

/// An object being written: its members are printed as they come after `start`, and put in
/// order (sorted, nulls dropped, last of equal keys kept) when it closes.
struct Object<'a> {
    w: &'a mut Writer,
    start: usize,
    /// Where this object's members begin on the writer's stack.
    base: usize,
    /// The key of the member whose value comes next (maps give key and value separately).
    key: Option<Cow<'static, str>>,
    /// For a struct variant: the variant, written as `{"variant": {…}}` around the object.
    variant: Option<&'static str>,
}

impl<'a> Object<'a> {
    fn open(w: &'a mut Writer, variant: Option<&'static str>) -> Res<Object<'a>> {
        open_variant(&mut w.out, variant)?;
        w.out.push(b'{');
        let start = w.out.len();
        let base = w.members.len();
        Ok(Object { w, start, base, key: None, variant })
    }

    /// Writes `"key":value` (after a comma unless first) and notes where it lies.
    fn member<T: Serialize + ?Sized>(&mut self, key: Cow<'static, str>, value: &T) -> Res {
        if self.w.members.len() > self.base {
            self.w.out.push(b',');
        }
        let from = self.w.out.len();
        string(&mut self.w.out, key.as_ref())?;
        self.w.out.push(b':');
        let value_from = self.w.out.len();
        value.serialize(Canon { w: self.w })?;
        let to = self.w.out.len();
        self.w.members.push(Member { key, text: from..to, value_from });
        Ok(())
    }

    /// Closes the object. Members already in key order with no nulls (small structs, mostly)
    /// stay where they were written; otherwise they are put in order from a copy.
    fn close(self) -> Res {
        let Object { w, start, base, variant, .. } = self;
        let Writer { out, scratch, members, .. } = w;
        let members = members.get_mut(base..).unwrap_or_default();
        let is_null = |m: &Member| out.get(m.value_from..m.text.end) == Some(NULL);
        let in_order = members.windows(2).all(|p| matches!(p, [a, b] if a.key < b.key));
        if !in_order || members.iter().any(is_null) {
            scratch.clear();
            scratch.extend_from_slice(out.get(start..).unwrap_or_default());
            out.truncate(start);
            // stable: of equal keys the last written wins, as a map insert would have it
            members.sort_by(|a, b| a.key.cmp(&b.key));
            let mut first = true;
            let mut i = 0;
            while let Some(m) = members.get(i) {
                i = i.saturating_add(1);
                if members.get(i).is_some_and(|next| next.key == m.key) {
                    continue;
                }
                let shifted = |r: usize| r.saturating_sub(start);
                let value = scratch.get(shifted(m.value_from)..shifted(m.text.end)).unwrap_or(NULL);
                if value == NULL {
                    continue;
                }
                if !first {
                    out.push(b',');
                }
                first = false;
                out.extend_from_slice(scratch.get(shifted(m.text.start)..shifted(m.text.end)).unwrap_or_default());
            }
        }
        out.push(b'}');
        if variant.is_some() {
            out.push(b'}');
        }
        w.members.truncate(base);
        Ok(())
    }
}

/// Where one member of an open object lies in the text.
struct Member {
    key: Cow<'static, str>,
    /// `"key":value`.
    text: Range<usize>,
    /// Where its value starts.
    value_from: usize,
}

/// An array being written: items in order, nulls kept.
struct Array<'a> {
    w: &'a mut Writer,
    empty: bool,
    /// For a tuple variant: written as `{"variant": […]}`.
    variant: bool,
}

impl<'a> Array<'a> {
    fn open(w: &'a mut Writer, variant: Option<&'static str>) -> Res<Array<'a>> {
        open_variant(&mut w.out, variant)?;
        w.out.push(b'[');
        Ok(Array { w, empty: true, variant: variant.is_some() })
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Res {
        if !self.empty {
            self.w.out.push(b',');
        }
        self.empty = false;
        value.serialize(Canon { w: self.w })
    }

    fn close(self) -> Res {
        self.w.out.push(b']');
        if self.variant {
            self.w.out.push(b'}');
        }
        Ok(())
    }
}

macro_rules! scalars {
    ($($method:ident: $t:ty),* $(,)?) => {
        $(fn $method(self, v: $t) -> Res {
            scalar(&mut self.w.out, &v)
        })*
    };
}

impl<'a> ser::Serializer for Canon<'a> {
    type Ok = ();
    type Error = CanonError;
    type SerializeSeq = Array<'a>;
    type SerializeTuple = Array<'a>;
    type SerializeTupleStruct = Array<'a>;
    type SerializeTupleVariant = Array<'a>;
    type SerializeMap = Object<'a>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = Object<'a>;

    scalars!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64, serialize_f64: f64,
        serialize_char: char);

    fn serialize_str(self, v: &str) -> Res {
        string(&mut self.w.out, v)
    }

    fn serialize_i128(self, v: i128) -> Res {
        // a value tree holds only 64-bit integers
        match (i64::try_from(v), u64::try_from(v)) {
            (Ok(n), _) => scalar(&mut self.w.out, &n),
            (_, Ok(n)) => scalar(&mut self.w.out, &n),
            _ => Err(CanonError("number out of range".into())),
        }
    }
    fn serialize_u128(self, v: u128) -> Res {
        u64::try_from(v).map_err(|_| CanonError("number out of range".into())).and_then(|n| scalar(&mut self.w.out, &n))
    }
    fn serialize_f32(self, v: f32) -> Res {
        // a value tree holds it as the f64 of the same value
        scalar(&mut self.w.out, &f64::from(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Res {
        let mut a = Array::open(self.w, None)?;
        for b in v {
            a.item(b)?;
        }
        a.close()
    }
    fn serialize_none(self) -> Res {
        self.w.out.extend_from_slice(NULL);
        Ok(())
    }
    fn collect_str<T: std::fmt::Display + ?Sized>(self, v: &T) -> Res {
        // printed whole into a reused buffer, then escaped in one go (escaping each piece a
        // formatter writes, as serde_json does, costs four times as much for a time)
        use std::fmt::Write;
        let Writer { out, printed, .. } = self.w;
        printed.clear();
        write!(printed, "{v}").map_err(|e| CanonError(e.to_string()))?;
        string(out, printed.as_str())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Res {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Res {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Res {
        scalar(&mut self.w.out, variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Res {
        let mut o = Object::open(self.w, None)?;
        o.member(Cow::Borrowed(variant), v)?;
        o.close()
    }
    fn serialize_seq(self, _: Option<usize>) -> Res<Array<'a>> {
        Array::open(self.w, None)
    }
    fn serialize_tuple(self, _: usize) -> Res<Array<'a>> {
        Array::open(self.w, None)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Res<Array<'a>> {
        Array::open(self.w, None)
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Res<Array<'a>> {
        Array::open(self.w, Some(variant))
    }
    fn serialize_map(self, _: Option<usize>) -> Res<Object<'a>> {
        Object::open(self.w, None)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Res<Object<'a>> {
        Object::open(self.w, None)
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Res<Object<'a>> {
        Object::open(self.w, Some(variant))
    }
}

/// The sequence traits all add an item to an [`Array`].
macro_rules! array_traits {
    ($($tr:ident: $method:ident),*) => {
        $(impl ser::$tr for Array<'_> {
            type Ok = ();
            type Error = CanonError;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
                self.item(v)
            }
            fn end(self) -> Res {
                self.close()
            }
        })*
    };
}

array_traits!(SerializeSeq: serialize_element, SerializeTuple: serialize_element,
    SerializeTupleStruct: serialize_field, SerializeTupleVariant: serialize_field);

/// The struct traits both add a named member to an [`Object`].
macro_rules! struct_traits {
    ($($tr:ident),*) => {
        $(impl ser::$tr for Object<'_> {
            type Ok = ();
            type Error = CanonError;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Res {
                self.member(Cow::Borrowed(key), v)
            }
            fn end(self) -> Res {
                self.close()
            }
        })*
    };
}

struct_traits!(SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for Object<'_> {
    type Ok = ();
    type Error = CanonError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Res {
        self.key = Some(Cow::Owned(key.serialize(KeyText)?));
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        let key = self.key.take().ok_or_else(|| CanonError("a map value without its key".into()))?;
        self.member(key, v)
    }
    fn end(self) -> Res {
        self.close()
    }
}

/// A map key as the text a value tree would key it by: strings as they are, numbers and bools
/// printed, unit variants by name; anything else is refused (as `serde_json` refuses it).
struct KeyText;

fn key_error() -> CanonError {
    CanonError("key must be a string".into())
}

macro_rules! printed_keys {
    ($($method:ident: $t:ty),* $(,)?) => {
        $(fn $method(self, v: $t) -> Res<String> {
            Ok(v.to_string())
        })*
    };
}

impl ser::Serializer for KeyText {
    type Ok = String;
    type Error = CanonError;
    type SerializeSeq = Impossible<String, CanonError>;
    type SerializeTuple = Impossible<String, CanonError>;
    type SerializeTupleStruct = Impossible<String, CanonError>;
    type SerializeTupleVariant = Impossible<String, CanonError>;
    type SerializeMap = Impossible<String, CanonError>;
    type SerializeStruct = Impossible<String, CanonError>;
    type SerializeStructVariant = Impossible<String, CanonError>;

    printed_keys!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128, serialize_char: char, serialize_str: &str);

    fn serialize_f32(self, v: f32) -> Res<String> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Res<String> {
        if v.is_finite() { serde_json::to_string(&v).map_err(|e| CanonError(e.to_string())) } else { Err(key_error()) }
    }
    fn serialize_bytes(self, _: &[u8]) -> Res<String> {
        Err(key_error())
    }
    fn serialize_none(self) -> Res<String> {
        Err(key_error())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Res<String> {
        Err(key_error())
    }
    fn serialize_unit(self) -> Res<String> {
        Err(key_error())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Res<String> {
        Err(key_error())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Res<String> {
        Ok(variant.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Res<String> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Res<String> {
        Err(key_error())
    }
    fn serialize_seq(self, _: Option<usize>) -> Res<Self::SerializeSeq> {
        Err(key_error())
    }
    fn serialize_tuple(self, _: usize) -> Res<Self::SerializeTuple> {
        Err(key_error())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Res<Self::SerializeTupleStruct> {
        Err(key_error())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Res<Self::SerializeTupleVariant> {
        Err(key_error())
    }
    fn serialize_map(self, _: Option<usize>) -> Res<Self::SerializeMap> {
        Err(key_error())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Res<Self::SerializeStruct> {
        Err(key_error())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Res<Self::SerializeStructVariant> {
        Err(key_error())
    }
}

//! The generated documents (`crate::contract`) to and from the core's types, with no JSON text
//! and no `serde_json::Value` in the middle (#34 item 3).
//!
//! Both sides have the core's JSON shape, and serde is the bridge:
//! - **into the core** ([`to_core`]): a document is a serde `Deserializer` ([`De`]) that hands the
//!   core's `Deserialize` its fields as it asks for them ([`Feed`]), so the core checks a document
//!   exactly as it checks JSON (exact decimals, known currencies, bounds);
//! - **out of the core** ([`from_core`]): a serde `Serializer` ([`Sink`]) builds the document as
//!   the core's `Serialize` writes it ([`Build`]).
//!
//! `core/gen` writes the [`Feed`] and [`Build`] of every generated record and enum next to it in
//! `contract.rs`; the leaves (text, numbers, amounts, times, lists, maps, options) are here.
//! Times cross as RFC 3339 text, amounts as decimal strings. Errors are `serde_json::Error`s, so
//! the core's `Error::from_json_error` gives them the codes a JSON document gets.
use std::collections::HashMap;
use std::marker::PhantomData;
use std::time::SystemTime;

use chrono::{DateTime, SecondsFormat, Utc};
use postpurchase as pp;
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, Visitor};
use serde::ser::{self, Serialize, Serializer};
use serde::{Deserialize, forward_to_deserialize_any};

use crate::{Amount, Result};

/// The error both directions report.
pub(crate) type Error = serde_json::Error;
type Res<T> = std::result::Result<T, Error>;

/// A document as the core's value; the core checks it as it checks JSON (`what` names it in the
/// error).
pub(crate) fn to_core<C: DeserializeOwned, M: Feed + ?Sized>(document: &M, what: &str) -> Result<C> {
    C::deserialize(De(document)).map_err(|e| pp::Error::from_json_error(what, &e).into())
}

/// A core value as its document.
pub(crate) fn from_core<M: Build, C: Serialize + ?Sized>(value: &C, what: &str) -> Result<M> {
    value.serialize(Sink::<M>::new()).map_err(|e| pp::Error::from_json_error(what, &e).into())
}

fn fail(msg: impl std::fmt::Display) -> Error {
    <Error as de::Error>::custom(msg)
}

/// The error for a field a record needs and the core did not write.
pub(crate) fn missing(field: &str, of: &str) -> Error {
    fail(format!("missing field `{field}` of {of}"))
}

/// The error for a name (a field, a variant, a code) a document does not have.
pub(crate) fn unknown(name: &str, of: &str) -> Error {
    fail(format!("unknown `{name}` for {of}"))
}

fn text(t: &SystemTime) -> String {
    DateTime::<Utc>::from(*t).to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

fn parse<E: de::Error>(s: &str) -> std::result::Result<SystemTime, E> {
    DateTime::parse_from_rfc3339(s).map(|t| SystemTime::from(t.with_timezone(&Utc))).map_err(E::custom)
}

// ---- into the core ----

/// A document that hands its content to a serde visitor, as a JSON reader would.
pub(crate) trait Feed {
    /// The value as JSON would give it (`deserialize_any`).
    fn feed<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value>;

    /// The value where the core expects an enum: a code is a unit variant.
    fn feed_enum<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        self.feed(v)
    }

    /// The value where the core expects an option: present.
    fn feed_option<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        v.visit_some(De(self))
    }
}

/// A document as a serde `Deserializer`.
pub(crate) struct De<'a, T: ?Sized>(pub(crate) &'a T);

impl<'de, T: Feed + ?Sized> Deserializer<'de> for De<'de, T> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Res<V::Value> {
        self.0.feed(v)
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Res<V::Value> {
        self.0.feed_option(v)
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _: &'static str, _: &'static [&'static str], v: V) -> Res<V::Value> {
        self.0.feed_enum(v)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, v: V) -> Res<V::Value> {
        v.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Res<V::Value> {
        v.visit_unit()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct seq tuple tuple_struct map struct identifier
    }
}

/// A code where the core expects an enum: its unit variant.
pub(crate) struct UnitVariant(pub(crate) &'static str);

impl<'de> de::EnumAccess<'de> for UnitVariant {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Res<(S::Value, Self)> {
        Ok((seed.deserialize(BorrowedStrDeserializer::<Error>::new(self.0))?, self))
    }
}

impl<'de> de::VariantAccess<'de> for UnitVariant {
    type Error = Error;

    fn unit_variant(self) -> Res<()> {
        Ok(())
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, _: S) -> Res<S::Value> {
        Err(fail(format!("`{}` carries no value", self.0)))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Res<V::Value> {
        Err(fail(format!("`{}` carries no value", self.0)))
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], _: V) -> Res<V::Value> {
        Err(fail(format!("`{}` carries no value", self.0)))
    }
}

/// A variant that carries one value (`{"payment": "p1"}`).
pub(crate) struct NewtypeVariant<'de, T>(pub(crate) &'static str, pub(crate) &'de T);

impl<'de, T: Feed> de::EnumAccess<'de> for NewtypeVariant<'de, T> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Res<(S::Value, Self)> {
        Ok((seed.deserialize(BorrowedStrDeserializer::<Error>::new(self.0))?, self))
    }
}

impl<'de, T: Feed> de::VariantAccess<'de> for NewtypeVariant<'de, T> {
    type Error = Error;

    fn unit_variant(self) -> Res<()> {
        Err(fail(format!("`{}` carries a value", self.0)))
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Res<S::Value> {
        seed.deserialize(De(self.1))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, v: V) -> Res<V::Value> {
        De(self.1).deserialize_seq(v)
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], v: V) -> Res<V::Value> {
        De(self.1).deserialize_map(v)
    }
}

/// A document whose content is named fields: a record, or a variant with its tag first.
pub(crate) trait Fields {
    /// The number of places (present or not).
    fn places(&self) -> usize;

    /// The name at place `i`, or `None` when that field is left out (an absent optional field).
    fn name(&self, i: usize) -> Option<&'static str>;

    /// The value at place `i`.
    fn value<'de, S: DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Res<S::Value>;
}

/// The fields of a document as a serde map.
pub(crate) struct FieldMap<'de, R> {
    record: &'de R,
    at: usize,
}

impl<'de, R> FieldMap<'de, R> {
    pub(crate) fn new(record: &'de R) -> Self {
        FieldMap { record, at: 0 }
    }
}

impl<'de, R: Fields> de::MapAccess<'de> for FieldMap<'de, R> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Res<Option<K::Value>> {
        while self.at < self.record.places() {
            if let Some(name) = self.record.name(self.at) {
                return seed.deserialize(BorrowedStrDeserializer::<Error>::new(name)).map(Some);
            }
            self.at = self.at.saturating_add(1);
        }
        Ok(None)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Res<S::Value> {
        let at = self.at;
        self.at = self.at.saturating_add(1);
        self.record.value(at, seed)
    }
}

/// A variant with one value where the core reads any value: an object of one field, as JSON
/// writes it.
pub(crate) struct OneField<'de, T> {
    name: Option<&'static str>,
    value: &'de T,
}

impl<'de, T> OneField<'de, T> {
    pub(crate) fn new(name: &'static str, value: &'de T) -> Self {
        OneField { name: Some(name), value }
    }
}

impl<'de, T: Feed> de::MapAccess<'de> for OneField<'de, T> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Res<Option<K::Value>> {
        self.name.map(|name| seed.deserialize(BorrowedStrDeserializer::<Error>::new(name))).transpose()
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Res<S::Value> {
        self.name = None;
        seed.deserialize(De(self.value))
    }
}

/// A text field's value (a tag, a code) for a seed.
pub(crate) fn code<'de, S: DeserializeSeed<'de>>(code: &'static str, seed: S) -> Res<S::Value> {
    seed.deserialize(BorrowedStrDeserializer::<Error>::new(code))
}

impl Feed for String {
    fn feed<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        v.visit_borrowed_str(self)
    }

    fn feed_enum<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        v.visit_enum(BorrowedStrDeserializer::<Error>::new(self))
    }
}

impl Feed for Amount {
    fn feed<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        v.visit_borrowed_str(&self.0)
    }
}

impl Feed for SystemTime {
    fn feed<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        v.visit_string(text(self))
    }
}

impl Feed for i64 {
    fn feed<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        v.visit_i64(*self)
    }
}

impl Feed for f64 {
    fn feed<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        v.visit_f64(*self)
    }
}

impl Feed for bool {
    fn feed<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        v.visit_bool(*self)
    }
}

impl<T: Feed> Feed for Option<T> {
    fn feed<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        match self {
            Some(x) => x.feed(v),
            None => v.visit_unit(),
        }
    }

    fn feed_enum<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        match self {
            Some(x) => x.feed_enum(v),
            None => v.visit_unit(),
        }
    }

    fn feed_option<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        match self {
            Some(x) => v.visit_some(De(x)),
            None => v.visit_none(),
        }
    }
}

/// The items of a list as a serde sequence.
struct Items<'de, T>(std::slice::Iter<'de, T>);

impl<'de, T: Feed> de::SeqAccess<'de> for Items<'de, T> {
    type Error = Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Res<Option<S::Value>> {
        self.0.next().map(|x| seed.deserialize(De(x))).transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

impl<T: Feed> Feed for [T] {
    fn feed<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        v.visit_seq(Items(self.iter()))
    }
}

impl<T: Feed> Feed for Vec<T> {
    fn feed<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        self.as_slice().feed(v)
    }
}

/// The entries of a map as a serde map.
struct Entries<'de, T> {
    entries: std::collections::hash_map::Iter<'de, String, T>,
    value: Option<&'de T>,
}

impl<'de, T: Feed> de::MapAccess<'de> for Entries<'de, T> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Res<Option<K::Value>> {
        match self.entries.next() {
            Some((k, v)) => {
                self.value = Some(v);
                seed.deserialize(BorrowedStrDeserializer::<Error>::new(k)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Res<S::Value> {
        match self.value.take() {
            Some(v) => seed.deserialize(De(v)),
            None => Err(fail("a map value without its key")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

impl<T: Feed> Feed for HashMap<String, T> {
    fn feed<'de, V: Visitor<'de>>(&'de self, v: V) -> Res<V::Value> {
        v.visit_map(Entries { entries: self.iter(), value: None })
    }
}

// ---- out of the core ----

/// A document built from what the core's `Serialize` writes. Each method takes one kind of
/// written value and refuses it unless the document is made of it.
pub(crate) trait Build: Sized {
    /// What the document collects while the core writes an object or a list into it.
    type Slots: Default;
    /// What the document is, for errors.
    const WHAT: &'static str;

    /// From a boolean.
    fn from_bool(_: bool) -> Res<Self> {
        Err(fail(format!("a boolean is not {}", Self::WHAT)))
    }
    /// From a signed integer.
    fn from_i64(_: i64) -> Res<Self> {
        Err(fail(format!("an integer is not {}", Self::WHAT)))
    }
    /// From an unsigned integer.
    fn from_u64(v: u64) -> Res<Self> {
        i64::try_from(v).map_err(|_| fail(format!("{v} is out of range for {}", Self::WHAT))).and_then(Self::from_i64)
    }
    /// From a float.
    fn from_f64(_: f64) -> Res<Self> {
        Err(fail(format!("a number is not {}", Self::WHAT)))
    }
    /// From text.
    fn from_str(_: &str) -> Res<Self> {
        Err(fail(format!("text is not {}", Self::WHAT)))
    }
    /// From null.
    fn from_none() -> Res<Self> {
        Err(fail(format!("null is not {}", Self::WHAT)))
    }
    /// From a present option: the value itself.
    fn from_some<T: Serialize + ?Sized>(v: &T) -> Res<Self> {
        v.serialize(Sink::<Self>::new())
    }
    /// From a variant without a value: its name, as JSON writes it.
    fn from_unit_variant(variant: &'static str) -> Res<Self> {
        Self::from_str(variant)
    }
    /// From a variant with one value.
    fn from_newtype_variant<T: Serialize + ?Sized>(variant: &'static str, _: &T) -> Res<Self> {
        Err(fail(format!("`{variant}` with a value is not {}", Self::WHAT)))
    }
    /// One field of an object.
    fn put<T: Serialize + ?Sized>(_: &mut Self::Slots, key: &str, _: &T) -> Res<()> {
        Err(fail(format!("an object (field `{key}`) is not {}", Self::WHAT)))
    }
    /// One item of a list.
    fn push<T: Serialize + ?Sized>(_: &mut Self::Slots, _: &T) -> Res<()> {
        Err(fail(format!("a list is not {}", Self::WHAT)))
    }
    /// The object or list, complete.
    fn finish(_: Self::Slots) -> Res<Self> {
        Err(fail(format!("an object or a list is not {}", Self::WHAT)))
    }
}

/// A value written as a document of type `T`.
pub(crate) fn build<T: Build, V: Serialize + ?Sized>(v: &V) -> Res<T> {
    v.serialize(Sink::<T>::new())
}

/// The serde `Serializer` that builds a `T`.
pub(crate) struct Sink<T>(PhantomData<T>);

impl<T> Sink<T> {
    pub(crate) fn new() -> Self {
        Sink(PhantomData)
    }
}

/// An object or list being written into a `T`.
pub(crate) struct Compound<T: Build> {
    slots: T::Slots,
    key: Option<String>,
}

impl<T: Build> Compound<T> {
    fn new() -> Self {
        Compound { slots: T::Slots::default(), key: None }
    }
}

/// The serializer's number methods: each widens its number and hands it to one `Build` method.
macro_rules! numbers {
    ($($method:ident($ty:ty) => $build:ident),*) => {
        $(fn $method(self, v: $ty) -> Res<T> {
            T::$build(v.into())
        })*
    };
}

impl<T: Build> Serializer for Sink<T> {
    type Ok = T;
    type Error = Error;
    type SerializeSeq = Compound<T>;
    type SerializeTuple = Compound<T>;
    type SerializeTupleStruct = Compound<T>;
    type SerializeTupleVariant = ser::Impossible<T, Error>;
    type SerializeMap = Compound<T>;
    type SerializeStruct = Compound<T>;
    type SerializeStructVariant = ser::Impossible<T, Error>;

    fn serialize_bool(self, v: bool) -> Res<T> {
        T::from_bool(v)
    }
    numbers! {
        serialize_i8(i8) => from_i64, serialize_i16(i16) => from_i64, serialize_i32(i32) => from_i64,
        serialize_i64(i64) => from_i64, serialize_u8(u8) => from_u64, serialize_u16(u16) => from_u64,
        serialize_u32(u32) => from_u64, serialize_u64(u64) => from_u64, serialize_f32(f32) => from_f64,
        serialize_f64(f64) => from_f64
    }
    fn serialize_char(self, v: char) -> Res<T> {
        T::from_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Res<T> {
        T::from_str(v)
    }
    fn serialize_bytes(self, _: &[u8]) -> Res<T> {
        Err(fail(format!("bytes are not {}", T::WHAT)))
    }
    fn serialize_none(self) -> Res<T> {
        T::from_none()
    }
    fn serialize_some<V: Serialize + ?Sized>(self, v: &V) -> Res<T> {
        T::from_some(v)
    }
    fn serialize_unit(self) -> Res<T> {
        T::from_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Res<T> {
        T::from_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Res<T> {
        T::from_unit_variant(variant)
    }
    fn serialize_newtype_struct<V: Serialize + ?Sized>(self, _: &'static str, v: &V) -> Res<T> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<V: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &V,
    ) -> Res<T> {
        T::from_newtype_variant(variant, v)
    }
    fn serialize_seq(self, _: Option<usize>) -> Res<Compound<T>> {
        Ok(Compound::new())
    }
    fn serialize_tuple(self, _: usize) -> Res<Compound<T>> {
        Ok(Compound::new())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Res<Compound<T>> {
        Ok(Compound::new())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Res<ser::Impossible<T, Error>> {
        Err(fail(format!("`{variant}` with a list is not {}", T::WHAT)))
    }
    fn serialize_map(self, _: Option<usize>) -> Res<Compound<T>> {
        Ok(Compound::new())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Res<Compound<T>> {
        Ok(Compound::new())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Res<ser::Impossible<T, Error>> {
        Err(fail(format!("`{variant}` with fields is not {}", T::WHAT)))
    }
}

macro_rules! sequence {
    ($($trait:ident :: $method:ident),*) => {
        $(impl<T: Build> ser::$trait for Compound<T> {
            type Ok = T;
            type Error = Error;

            fn $method<V: Serialize + ?Sized>(&mut self, v: &V) -> Res<()> {
                T::push(&mut self.slots, v)
            }

            fn end(self) -> Res<T> {
                T::finish(self.slots)
            }
        })*
    };
}

sequence!(SerializeSeq::serialize_element, SerializeTuple::serialize_element, SerializeTupleStruct::serialize_field);

impl<T: Build> ser::SerializeMap for Compound<T> {
    type Ok = T;
    type Error = Error;

    fn serialize_key<K: Serialize + ?Sized>(&mut self, key: &K) -> Res<()> {
        self.key = Some(build::<String, K>(key)?);
        Ok(())
    }

    fn serialize_value<V: Serialize + ?Sized>(&mut self, v: &V) -> Res<()> {
        let key = self.key.take().ok_or_else(|| fail("a map value without its key"))?;
        T::put(&mut self.slots, &key, v)
    }

    fn end(self) -> Res<T> {
        T::finish(self.slots)
    }
}

impl<T: Build> ser::SerializeStruct for Compound<T> {
    type Ok = T;
    type Error = Error;

    fn serialize_field<V: Serialize + ?Sized>(&mut self, key: &'static str, v: &V) -> Res<()> {
        T::put(&mut self.slots, key, v)
    }

    fn end(self) -> Res<T> {
        T::finish(self.slots)
    }
}

impl Build for String {
    type Slots = ();
    const WHAT: &'static str = "text";

    fn from_str(v: &str) -> Res<Self> {
        Ok(v.to_string())
    }
}

impl Build for Amount {
    type Slots = ();
    const WHAT: &'static str = "an amount";

    fn from_str(v: &str) -> Res<Self> {
        Ok(Amount(v.to_string()))
    }
}

impl Build for SystemTime {
    type Slots = ();
    const WHAT: &'static str = "a time";

    fn from_str(v: &str) -> Res<Self> {
        parse(v)
    }
}

impl Build for i64 {
    type Slots = ();
    const WHAT: &'static str = "an integer";

    fn from_i64(v: i64) -> Res<Self> {
        Ok(v)
    }
}

impl Build for f64 {
    type Slots = ();
    const WHAT: &'static str = "a number";

    fn from_i64(v: i64) -> Res<Self> {
        Ok(v as f64)
    }
    fn from_u64(v: u64) -> Res<Self> {
        Ok(v as f64)
    }
    fn from_f64(v: f64) -> Res<Self> {
        Ok(v)
    }
}

impl Build for bool {
    type Slots = ();
    const WHAT: &'static str = "a boolean";

    fn from_bool(v: bool) -> Res<Self> {
        Ok(v)
    }
}

/// An option is the value or null; whatever else is written is the value, present.
impl<T: Build> Build for Option<T> {
    type Slots = T::Slots;
    const WHAT: &'static str = T::WHAT;

    fn from_bool(v: bool) -> Res<Self> {
        T::from_bool(v).map(Some)
    }
    fn from_i64(v: i64) -> Res<Self> {
        T::from_i64(v).map(Some)
    }
    fn from_u64(v: u64) -> Res<Self> {
        T::from_u64(v).map(Some)
    }
    fn from_f64(v: f64) -> Res<Self> {
        T::from_f64(v).map(Some)
    }
    fn from_str(v: &str) -> Res<Self> {
        T::from_str(v).map(Some)
    }
    fn from_none() -> Res<Self> {
        Ok(None)
    }
    fn from_some<V: Serialize + ?Sized>(v: &V) -> Res<Self> {
        build::<T, V>(v).map(Some)
    }
    fn from_unit_variant(variant: &'static str) -> Res<Self> {
        T::from_unit_variant(variant).map(Some)
    }
    fn from_newtype_variant<V: Serialize + ?Sized>(variant: &'static str, v: &V) -> Res<Self> {
        T::from_newtype_variant(variant, v).map(Some)
    }
    fn put<V: Serialize + ?Sized>(slots: &mut Self::Slots, key: &str, v: &V) -> Res<()> {
        T::put(slots, key, v)
    }
    fn push<V: Serialize + ?Sized>(slots: &mut Self::Slots, v: &V) -> Res<()> {
        T::push(slots, v)
    }
    fn finish(slots: Self::Slots) -> Res<Self> {
        T::finish(slots).map(Some)
    }
}

impl<T: Build> Build for Vec<T> {
    type Slots = Vec<T>;
    const WHAT: &'static str = "a list";

    fn push<V: Serialize + ?Sized>(slots: &mut Vec<T>, v: &V) -> Res<()> {
        slots.push(build(v)?);
        Ok(())
    }
    fn finish(slots: Vec<T>) -> Res<Self> {
        Ok(slots)
    }
}

impl<T: Build> Build for HashMap<String, T> {
    type Slots = HashMap<String, T>;
    const WHAT: &'static str = "a map";

    fn put<V: Serialize + ?Sized>(slots: &mut Self::Slots, key: &str, v: &V) -> Res<()> {
        slots.insert(key.to_string(), build(v)?);
        Ok(())
    }
    fn finish(slots: Self::Slots) -> Res<Self> {
        Ok(slots)
    }
}

// ---- the records' own serde (`Amount`, times), for what still writes them as JSON ----

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Amount, D::Error> {
        String::deserialize(d).map(Amount)
    }
}

/// A time as RFC 3339 text.
pub(crate) mod time {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(t: &SystemTime, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&text(t))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<SystemTime, D::Error> {
        parse(&String::deserialize(d)?)
    }
}

/// An optional time as RFC 3339 text or null.
pub(crate) mod optional_time {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(t: &Option<SystemTime>, s: S) -> std::result::Result<S::Ok, S::Error> {
        t.as_ref().map(text).serialize(s)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<SystemTime>, D::Error> {
        Option::<String>::deserialize(d)?.map(|s| parse(&s)).transpose()
    }
}

/// A list of times as RFC 3339 texts (the generated records' required lists of times).
pub(crate) mod times {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(ts: &[SystemTime], s: S) -> std::result::Result<S::Ok, S::Error> {
        ts.iter().map(text).collect::<Vec<_>>().serialize(s)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Vec<SystemTime>, D::Error> {
        Vec::<String>::deserialize(d)?.iter().map(|s| parse(s)).collect()
    }
}

/// An optional list of times as RFC 3339 texts or null.
pub(crate) mod optional_times {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(ts: &Option<Vec<SystemTime>>, s: S) -> std::result::Result<S::Ok, S::Error> {
        ts.as_ref().map(|ts| ts.iter().map(text).collect::<Vec<_>>()).serialize(s)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> std::result::Result<Option<Vec<SystemTime>>, D::Error> {
        Option::<Vec<String>>::deserialize(d)?.map(|v| v.iter().map(|s| parse(s)).collect()).transpose()
    }
}

#[cfg(test)]
mod tests {
    //! The typed path gives what the JSON path gave: for every document the shared vectors hold
    //! (and the views the core makes of them), the record `from_core` builds equals the one
    //! serde_json's round trip builds, and `to_core` reads it back into the same core value.
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    use super::*;
    use crate::contract as doc;

    fn vectors(file: &str) -> Vec<Value> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance").join(file);
        let all: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("the vectors")).expect("JSON");
        all["cases"].as_array().cloned().unwrap_or_default()
    }

    /// Checks one document both ways; returns how many it checked (0 when the JSON is not a `C`,
    /// as some vectors hold bad input on purpose).
    fn same<C, D>(json: &Value) -> usize
    where
        C: Serialize + DeserializeOwned,
        D: Build + Feed + Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let Ok(core) = serde_json::from_value::<C>(json.clone()) else { return 0 };
        let written = serde_json::to_value(&core).expect("the core writes JSON");
        let by_json: D = serde_json::from_value(written.clone()).expect("the record reads the core's JSON");
        let typed: D = from_core(&core, "document").expect("the record is built from the core's value");
        assert_eq!(typed, by_json, "{json}");
        let back: C = to_core(&typed, "document").expect("the core reads the record");
        assert_eq!(serde_json::to_value(&back).expect("JSON"), written, "{json}");
        1
    }

    #[test]
    fn every_document_of_the_vectors_crosses_typed_as_it_crossed_as_json() {
        let mut checked = 0;
        for case in vectors("customer.json") {
            let input = &case["input"];
            checked += same::<Vec<pp::OrderEvent>, Vec<doc::OrderEvent>>(&input["events"]);
            for e in input["events"].as_array().into_iter().flatten() {
                checked += same::<pp::OrderEvent, doc::OrderEvent>(e);
            }
            if let Ok(view) = postpurchase::customer::ViewRequest::from_json(&input.to_string()).and_then(|r| r.run()) {
                checked += same::<postpurchase::customer::OrderView, doc::OrderView>(
                    &serde_json::to_value(&view).expect("JSON"),
                );
            }
        }
        for case in vectors("order.json") {
            checked += same::<pp::NewOrder, doc::NewOrder>(&case["input"]["order"]);
            for step in case["input"]["steps"].as_array().into_iter().flatten() {
                checked += same::<pp::OrderCommand, doc::OrderCommand>(&step["command"]);
            }
        }
        for case in vectors("returns.json") {
            let input = &case["input"];
            checked += same::<pp::NewOrder, doc::NewOrder>(&input["order"]);
            checked += same::<postpurchase::returns::ReturnRequest, doc::ReturnRequest>(&input["request"]);
            checked += same::<postpurchase::returns::EligibilityContext, doc::EligibilityContext>(&input["context"]);
        }
        for case in vectors("loyalty.json") {
            for step in case["input"]["steps"].as_array().into_iter().flatten() {
                checked += same::<postpurchase::loyalty::LoyaltyCommand, doc::LoyaltyCommand>(&step["command"]);
            }
        }
        for case in vectors("journey.json") {
            for c in case["input"]["customers"].as_array().into_iter().flatten() {
                checked += same::<postpurchase::journey::RfmMeasures, doc::RfmMeasures>(c);
                checked += same::<postpurchase::journey::CustomerPurchases, doc::CustomerPurchases>(c);
            }
        }
        // every kind above was met many times (a renamed vector field would make this fall)
        assert!(checked > 250, "only {checked} documents checked");
    }

    #[test]
    fn a_bad_record_gets_the_code_its_json_gets() {
        let order = |amount: &str, currency: &str| {
            serde_json::json!({"id": "o-1", "customer": "c-1", "currency": currency, "placed_at": "2026-03-01T09:00:00Z",
                "lines": [{"id": "a", "sku": "S", "title": "T", "quantity": 1,
                           "unit_price": {"amount": amount, "currency": currency}}]})
        };
        for (json, code) in [
            (order("1.5e3", "USD"), "money.invalid_amount"),
            (order("10.00", "XXQ"), "money.unknown_currency"),
            (order("-1", "USD"), ""),
        ] {
            let record: doc::NewOrder = serde_json::from_value(json.clone()).expect("a record");
            let by_json =
                serde_json::from_value::<pp::NewOrder>(json).map_err(|e| pp::Error::from_json_error("order", &e));
            let typed = to_core::<pp::NewOrder, _>(&record, "order");
            match (by_json, typed) {
                (Err(a), Err(b)) => {
                    assert_eq!(a.code(), b.error_code());
                    assert_eq!(a.code(), code);
                }
                (Ok(_), Ok(_)) => assert_eq!(code, ""),
                (a, b) => panic!("the JSON path gave {a:?}, the typed path {b:?}"),
            }
        }
    }
}

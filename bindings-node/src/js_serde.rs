//! The core's serde types to and from JavaScript without `serde_json::Value` in between (#34
//! item 3).
//!
//! Writing ([`to_js`]): a serde `Serializer` writes the core's value straight into JavaScript
//! values: field names in camelCase (data maps, `contract_maps::MAP_FIELDS`, as the core wrote
//! them), the times of `contract_maps::DATE_FIELDS` as `Date`s.
//!
//! Reading ([`from_json_text`]): the object is handed to V8's own `JSON.stringify` (one native
//! call; it decides what an object says: own enumerable keys, `toJSON`, `undefined` skipped, a
//! cycle or a `BigInt` refused) and the text is read in one pass straight into the core's type,
//! field names camelCase or snake_case (a name given twice, in either spelling, refused). Walking
//! the object property by property through napi instead was measured 25 % slower on a realistic
//! input (`bench/boundary.js`: `Order.fromEvents` 90 µs against 58 µs), so the text stays.
//!
//! Errors are `serde_json::Error`s, so the core's `Error::from_json_error` gives them the codes a
//! JSON document gets.
#![allow(unsafe_code)]

use std::ptr;

use chrono::DateTime;
use napi::sys;
use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};
use serde::ser::{self, Serialize};

use crate::contract_maps::{DATE_FIELDS, MAP_FIELDS};
use crate::document::camel_case;

type Error = serde_json::Error;

fn fail(msg: impl std::fmt::Display) -> Error {
    de::Error::custom(msg)
}

/// A napi call's status as a result.
fn ok(status: sys::napi_status, what: &str) -> Result<(), Error> {
    if status == sys::Status::napi_ok { Ok(()) } else { Err(fail(format!("{what} could not be made"))) }
}

/// `placedAt` → `placed_at`; snake_case stays as it is.
pub(crate) fn snake_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len().saturating_add(4));
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

// ---- writing ----

/// Writes a core value as a JavaScript value of the contract.
pub(crate) fn to_js<T: Serialize + ?Sized>(env: sys::napi_env, value: &T) -> Result<sys::napi_value, Error> {
    value.serialize(Writer { env, field: None, data: false })
}

/// Where a value is written: the field it is under (times under `DATE_FIELDS` become `Date`s)
/// and whether it is inside a data map (names as they are, no `Date`s).
#[derive(Clone, Copy)]
struct Writer<'f> {
    env: sys::napi_env,
    field: Option<&'f str>,
    data: bool,
}

impl Writer<'_> {
    fn made(&self, status: sys::napi_status, value: sys::napi_value) -> Result<sys::napi_value, Error> {
        ok(status, "a result value").map(|()| value)
    }

    fn null(&self) -> Result<sys::napi_value, Error> {
        let mut out = ptr::null_mut();
        // SAFETY: the environment of the current call.
        self.made(unsafe { sys::napi_get_null(self.env, &mut out) }, out)
    }

    fn number(&self, n: f64) -> Result<sys::napi_value, Error> {
        if !n.is_finite() {
            return self.null();
        }
        let mut out = ptr::null_mut();
        // SAFETY: as above.
        self.made(unsafe { sys::napi_create_double(self.env, n, &mut out) }, out)
    }

    fn string(&self, s: &str) -> Result<sys::napi_value, Error> {
        let mut out = ptr::null_mut();
        let len = isize::try_from(s.len()).map_err(|_| fail("a text too long"))?;
        // SAFETY: `s` is valid UTF-8 of `len` bytes.
        self.made(unsafe { sys::napi_create_string_utf8(self.env, s.as_ptr().cast(), len, &mut out) }, out)
    }

    fn object(&self) -> Result<sys::napi_value, Error> {
        let mut out = ptr::null_mut();
        // SAFETY: as above.
        self.made(unsafe { sys::napi_create_object(self.env, &mut out) }, out)
    }

    fn set(&self, object: sys::napi_value, key: &str, value: sys::napi_value) -> Result<(), Error> {
        let key = self.string(key)?;
        // SAFETY: `object` is an object made in this environment.
        ok(unsafe { sys::napi_set_property(self.env, object, key, value) }, "a result field")
    }

    /// The name a field is written under.
    fn name(&self, key: &str) -> String {
        if self.data { key.to_owned() } else { camel_case(key) }
    }

    /// The writer of a field's value.
    fn under<'k>(&self, key: &'k str) -> Writer<'k> {
        Writer { env: self.env, field: Some(key), data: self.data || MAP_FIELDS.contains(&key) }
    }

    /// An object with one field (an enum variant with data, as serde writes it).
    fn tagged(&self, variant: &str, value: sys::napi_value) -> Result<sys::napi_value, Error> {
        let object = self.object()?;
        self.set(object, &self.name(variant), value)?;
        Ok(object)
    }
}

impl<'f> ser::Serializer for Writer<'f> {
    type Ok = sys::napi_value;
    type Error = Error;
    type SerializeSeq = List<'f>;
    type SerializeTuple = List<'f>;
    type SerializeTupleStruct = List<'f>;
    type SerializeTupleVariant = TaggedList<'f>;
    type SerializeMap = Map<'f>;
    type SerializeStruct = Map<'f>;
    type SerializeStructVariant = TaggedMap<'f>;

    fn serialize_bool(self, v: bool) -> Result<sys::napi_value, Error> {
        let mut out = ptr::null_mut();
        // SAFETY: the environment of the current call.
        self.made(unsafe { sys::napi_get_boolean(self.env, v, &mut out) }, out)
    }
    fn serialize_i8(self, v: i8) -> Result<sys::napi_value, Error> {
        self.number(f64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<sys::napi_value, Error> {
        self.number(f64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<sys::napi_value, Error> {
        self.number(f64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<sys::napi_value, Error> {
        self.number(v as f64)
    }
    fn serialize_u8(self, v: u8) -> Result<sys::napi_value, Error> {
        self.number(f64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<sys::napi_value, Error> {
        self.number(f64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<sys::napi_value, Error> {
        self.number(f64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<sys::napi_value, Error> {
        self.number(v as f64)
    }
    fn serialize_f32(self, v: f32) -> Result<sys::napi_value, Error> {
        self.number(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<sys::napi_value, Error> {
        self.number(v)
    }
    fn serialize_char(self, v: char) -> Result<sys::napi_value, Error> {
        self.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<sys::napi_value, Error> {
        if !self.data && self.field.is_some_and(|f| DATE_FIELDS.contains(&f)) {
            // the core writes every time in RFC 3339; a `Date` holds milliseconds
            if let Ok(t) = DateTime::parse_from_rfc3339(v) {
                let mut out = ptr::null_mut();
                // SAFETY: the environment of the current call.
                return self
                    .made(unsafe { sys::napi_create_date(self.env, t.timestamp_millis() as f64, &mut out) }, out);
            }
        }
        self.string(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<sys::napi_value, Error> {
        v.serialize(self)
    }
    fn serialize_none(self) -> Result<sys::napi_value, Error> {
        self.null()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<sys::napi_value, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<sys::napi_value, Error> {
        self.null()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<sys::napi_value, Error> {
        self.null()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<sys::napi_value, Error> {
        self.string(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<sys::napi_value, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<sys::napi_value, Error> {
        let inner = value.serialize(self.under(variant))?;
        self.tagged(variant, inner)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<List<'f>, Error> {
        List::new(self, len.unwrap_or(0))
    }
    fn serialize_tuple(self, len: usize) -> Result<List<'f>, Error> {
        List::new(self, len)
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<List<'f>, Error> {
        List::new(self, len)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<TaggedList<'f>, Error> {
        Ok(TaggedList { list: List::new(self, len)?, variant })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Map<'f>, Error> {
        Map::new(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Map<'f>, Error> {
        Map::new(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<TaggedMap<'f>, Error> {
        Ok(TaggedMap { map: Map::new(self)?, variant })
    }
}

/// A list being written.
struct List<'f> {
    writer: Writer<'f>,
    array: sys::napi_value,
    next: u32,
}

impl<'f> List<'f> {
    fn new(writer: Writer<'f>, len: usize) -> Result<List<'f>, Error> {
        let mut array = ptr::null_mut();
        // SAFETY: the environment of the current call.
        let array = writer.made(unsafe { sys::napi_create_array_with_length(writer.env, len, &mut array) }, array)?;
        Ok(List { writer, array, next: 0 })
    }

    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        // the items of a list of times are times too
        let item = value.serialize(self.writer)?;
        // SAFETY: `array` is an array made in this environment.
        ok(unsafe { sys::napi_set_element(self.writer.env, self.array, self.next, item) }, "a list")?;
        self.next = self.next.checked_add(1).ok_or_else(|| fail("a list too long"))?;
        Ok(())
    }
}

/// The list traits serde asks for, each pushing its items in order.
macro_rules! list_of {
    ($($trait:ident::$method:ident),* $(,)?) => {
        $(impl ser::$trait for List<'_> {
            type Ok = sys::napi_value;
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.push(value)
            }
            fn end(self) -> Result<sys::napi_value, Error> {
                Ok(self.array)
            }
        })*
    };
}

list_of! { SerializeSeq::serialize_element, SerializeTuple::serialize_element, SerializeTupleStruct::serialize_field }

struct TaggedList<'f> {
    list: List<'f>,
    variant: &'static str,
}

impl ser::SerializeTupleVariant for TaggedList<'_> {
    type Ok = sys::napi_value;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.list.push(value)
    }
    fn end(self) -> Result<sys::napi_value, Error> {
        self.list.writer.tagged(self.variant, self.list.array)
    }
}

/// An object being written.
struct Map<'f> {
    writer: Writer<'f>,
    object: sys::napi_value,
    key: Option<String>,
}

impl<'f> Map<'f> {
    fn new(writer: Writer<'f>) -> Result<Map<'f>, Error> {
        Ok(Map { object: writer.object()?, writer, key: None })
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        let v = value.serialize(self.writer.under(key))?;
        self.writer.set(self.object, &self.writer.name(key), v)
    }
}

/// A map key as text (JSON writes every key as a string).
struct KeyText;

macro_rules! key_text {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(fn $method(self, v: $ty) -> Result<String, Error> {
            Ok(v.to_string())
        })*
    };
}

impl ser::Serializer for KeyText {
    type Ok = String;
    type Error = Error;
    type SerializeSeq = ser::Impossible<String, Error>;
    type SerializeTuple = ser::Impossible<String, Error>;
    type SerializeTupleStruct = ser::Impossible<String, Error>;
    type SerializeTupleVariant = ser::Impossible<String, Error>;
    type SerializeMap = ser::Impossible<String, Error>;
    type SerializeStruct = ser::Impossible<String, Error>;
    type SerializeStructVariant = ser::Impossible<String, Error>;

    key_text! { serialize_bool(bool), serialize_i8(i8), serialize_i16(i16), serialize_i32(i32), serialize_i64(i64),
    serialize_u8(u8), serialize_u16(u16), serialize_u32(u32), serialize_u64(u64), serialize_f32(f32), serialize_f64(f64),
    serialize_char(char) }
    fn serialize_str(self, v: &str) -> Result<String, Error> {
        Ok(v.to_owned())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, Error> {
        Err(fail("a map key is text"))
    }
    fn serialize_none(self) -> Result<String, Error> {
        Err(fail("a map key is text"))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<String, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<String, Error> {
        Err(fail("a map key is text"))
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, Error> {
        Err(fail("a map key is text"))
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<String, Error> {
        Ok(variant.to_owned())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<String, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, Error> {
        Err(fail("a map key is text"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(fail("a map key is text"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(fail("a map key is text"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Error> {
        Err(fail("a map key is text"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(fail("a map key is text"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(fail("a map key is text"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(fail("a map key is text"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(fail("a map key is text"))
    }
}

impl ser::SerializeMap for Map<'_> {
    type Ok = sys::napi_value;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(key.serialize(KeyText)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self.key.take().ok_or_else(|| fail("a map value without its key"))?;
        self.field(&key, value)
    }
    fn end(self) -> Result<sys::napi_value, Error> {
        Ok(self.object)
    }
}

impl ser::SerializeStruct for Map<'_> {
    type Ok = sys::napi_value;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<sys::napi_value, Error> {
        Ok(self.object)
    }
}

struct TaggedMap<'f> {
    map: Map<'f>,
    variant: &'static str,
}

impl ser::SerializeStructVariant for TaggedMap<'_> {
    type Ok = sys::napi_value;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.map.field(key, value)
    }
    fn end(self) -> Result<sys::napi_value, Error> {
        self.map.writer.tagged(self.variant, self.map.object)
    }
}

// ---- reading JSON text with snake_case field names, straight into the core's type ----

/// Reads the core's type from JSON text whose field names may be camelCase or snake_case (a name
/// given twice, in either spelling, is refused; the keys of data maps stay as they are): one pass,
/// no `serde_json::Value` in between.
pub(crate) fn from_json_text<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(Snake { de: &mut de, data: false })?;
    de.end()?;
    Ok(value)
}

/// A deserializer whose maps give their keys in snake_case (unless `data`).
struct Snake<D> {
    de: D,
    data: bool,
}

macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {
        $(fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.de.$method($($arg,)* Snakes { visitor, data: self.data })
        })*
    };
}

impl<'de, D: de::Deserializer<'de>> de::Deserializer<'de> for Snake<D> {
    type Error = D::Error;

    forward! {
        deserialize_any(), deserialize_bool(), deserialize_i8(), deserialize_i16(), deserialize_i32(),
        deserialize_i64(), deserialize_i128(), deserialize_u8(), deserialize_u16(), deserialize_u32(),
        deserialize_u64(), deserialize_u128(), deserialize_f32(), deserialize_f64(), deserialize_char(),
        deserialize_str(), deserialize_string(), deserialize_bytes(), deserialize_byte_buf(),
        deserialize_option(), deserialize_unit(), deserialize_unit_struct(name: &'static str),
        deserialize_newtype_struct(name: &'static str), deserialize_seq(), deserialize_tuple(len: usize),
        deserialize_tuple_struct(name: &'static str, len: usize), deserialize_map(),
        deserialize_struct(name: &'static str, fields: &'static [&'static str]),
        deserialize_enum(name: &'static str, variants: &'static [&'static str]),
        deserialize_identifier(), deserialize_ignored_any(),
    }
}

/// A visitor that hands on maps with their keys in snake_case.
struct Snakes<V> {
    visitor: V,
    data: bool,
}

macro_rules! pass {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.visitor.$method(v)
        })*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Snakes<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.visitor.expecting(f)
    }

    pass! {
        visit_bool(bool), visit_i8(i8), visit_i16(i16), visit_i32(i32), visit_i64(i64), visit_i128(i128),
        visit_u8(u8), visit_u16(u16), visit_u32(u32), visit_u64(u64), visit_u128(u128), visit_f32(f32),
        visit_f64(f64), visit_char(char), visit_str(&str), visit_borrowed_str(&'de str), visit_string(String),
        visit_bytes(&[u8]), visit_borrowed_bytes(&'de [u8]), visit_byte_buf(Vec<u8>),
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_none()
    }
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_unit()
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_some(Snake { de: d, data: self.data })
    }
    fn visit_newtype_struct<D: de::Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_newtype_struct(Snake { de: d, data: self.data })
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_seq(SnakeSeq { seq, data: self.data })
    }
    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(SnakeMap { map, data: self.data, seen: Vec::new(), value_is_data: false })
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, e: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(SnakeEnum { e, data: self.data })
    }
}

struct SnakeSeq<A> {
    seq: A,
    data: bool,
}

impl<'de, A: de::SeqAccess<'de>> de::SeqAccess<'de> for SnakeSeq<A> {
    type Error = A::Error;

    fn next_element_seed<S: de::DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>, A::Error> {
        self.seq.next_element_seed(SnakeSeed { seed, data: self.data })
    }

    fn size_hint(&self) -> Option<usize> {
        self.seq.size_hint()
    }
}

/// A seed whose value is read with snake_case keys (unless `data`).
struct SnakeSeed<S> {
    seed: S,
    data: bool,
}

impl<'de, S: de::DeserializeSeed<'de>> de::DeserializeSeed<'de> for SnakeSeed<S> {
    type Value = S::Value;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.seed.deserialize(Snake { de: d, data: self.data })
    }
}

struct SnakeMap<A> {
    map: A,
    data: bool,
    /// The keys so far, as the core names them (a key given twice is refused).
    seen: Vec<String>,
    /// The value about to be read belongs to a data map field.
    value_is_data: bool,
}

impl<'de, A: de::MapAccess<'de>> de::MapAccess<'de> for SnakeMap<A> {
    type Error = A::Error;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        let Some(key) = self.map.next_key::<String>()? else { return Ok(None) };
        let name = if self.data { key } else { snake_case(&key) };
        if self.seen.contains(&name) {
            return Err(de::Error::custom(format!("duplicate field `{name}`")));
        }
        self.value_is_data = self.data || MAP_FIELDS.contains(&name.as_str());
        let out = seed.deserialize(IntoDeserializer::<A::Error>::into_deserializer(name.as_str()))?;
        self.seen.push(name);
        Ok(Some(out))
    }

    fn next_value_seed<S: de::DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.map.next_value_seed(SnakeSeed { seed, data: self.value_is_data })
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

struct SnakeEnum<A> {
    e: A,
    data: bool,
}

impl<'de, A: de::EnumAccess<'de>> de::EnumAccess<'de> for SnakeEnum<A> {
    type Error = A::Error;
    type Variant = SnakeVariant<A::Variant>;

    fn variant_seed<S: de::DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self::Variant), A::Error> {
        let (value, variant) = self.e.variant_seed(seed)?;
        Ok((value, SnakeVariant { v: variant, data: self.data }))
    }
}

struct SnakeVariant<V> {
    v: V,
    data: bool,
}

impl<'de, A: de::VariantAccess<'de>> de::VariantAccess<'de> for SnakeVariant<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.v.unit_variant()
    }
    fn newtype_variant_seed<S: de::DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.v.newtype_variant_seed(SnakeSeed { seed, data: self.data })
    }
    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.v.tuple_variant(len, Snakes { visitor, data: self.data })
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.v.struct_variant(fields, Snakes { visitor, data: self.data })
    }
}

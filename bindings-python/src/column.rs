//! Numeric columns read where they lie, through the buffer protocol (in the limited API from
//! Python 3.11): a numpy array, a `memoryview`, an `array.array` or any other exporter.
//!
//! A column of the type the core computes in (`f64`, `i64`, `u64`, `u8`) is read in place, with
//! no copy; float32, int64, int32 and uint8 columns that the core reads as `f64` are converted
//! in one pass. The package hands numpy arrays over (bool as a uint8 view, pandas and Arrow
//! columns through numpy), so nothing crosses as `bytes`.
//!
//! This module is the crate's only `unsafe` code: viewing an exported buffer as a slice. The
//! buffer stays exported (and its memory in place) while the [`Column`] that holds it lives, and
//! the slice cannot outlive it. What Rust cannot see is another thread writing to the same array
//! during a call: as with numpy's own functions that release the GIL, a caller must not write
//! to an array while a call reads it.
#![allow(unsafe_code)]

use postpurchase::{Error, ErrorKind};
use pyo3::buffer::{Element, PyBuffer, PyUntypedBuffer};
use pyo3::prelude::*;

use crate::to_py;

/// A numeric column: an exported buffer read in place, or values converted from another type.
pub(crate) enum Column<T: Element> {
    /// A C-contiguous buffer of `T`.
    InPlace(PyBuffer<T>),
    /// Values converted (or gathered from a strided buffer).
    Owned(Vec<T>),
}

impl<T: Element + Copy> Column<T> {
    /// The values.
    pub(crate) fn values(&self) -> &[T] {
        match self {
            Column::InPlace(buffer) => match buffer.as_slice_ptr() {
                // SAFETY: `Column::read` keeps only C-contiguous buffers whose format, item size
                // and alignment pyo3 checked against `T`; the buffer (and the memory it exports)
                // is held until `self` drops, and the returned slice borrows `self`. Concurrent
                // writers are excluded by the module's contract.
                Some(slice) => unsafe { slice.as_ref() },
                None => &[],
            },
            Column::Owned(values) => values,
        }
    }
}

impl<T: Element + Copy> std::ops::Deref for Column<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.values()
    }
}

/// The buffer of `obj`, or a typed error naming the argument.
fn buffer(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<PyUntypedBuffer> {
    PyUntypedBuffer::get(obj).map_err(|_| {
        to_py(
            Error::new(ErrorKind::InvalidInput, "a numeric column (a numpy array or another buffer) was expected")
                .with("argument", name),
        )
    })
}

/// The values of a buffer of `S` converted to `T`.
fn converted<S: Element + Copy, T>(
    py: Python<'_>,
    buffer: &PyUntypedBuffer,
    to: impl Fn(S) -> T,
) -> PyResult<Option<Vec<T>>> {
    match buffer.as_typed::<S>() {
        Ok(typed) => Ok(Some(typed.to_vec(py)?.into_iter().map(to).collect())),
        Err(_) => Ok(None),
    }
}

/// A column of `T` when `obj` exports `T` items: in place when C-contiguous, else copied in C
/// order. `None` when its items are of another type.
fn in_place<T: Element + Copy>(py: Python<'_>, obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Option<Column<T>>> {
    let untyped = buffer(obj, name)?;
    match untyped.as_typed::<T>() {
        Err(_) => Ok(None),
        Ok(typed) if !typed.is_c_contiguous() => Ok(Some(Column::Owned(typed.to_vec(py)?))),
        Ok(_) => Ok(Some(Column::InPlace(untyped.into_typed()?))),
    }
}

fn wrong_type(name: &str, expected: &str) -> PyErr {
    to_py(Error::new(ErrorKind::InvalidInput, format!("the column must hold {expected}")).with("argument", name))
}

/// A column of survey answers, read in place in the type it holds.
pub(crate) enum Answers {
    /// float64.
    F64(Column<f64>),
    /// float32.
    F32(Column<f32>),
    /// int64.
    I64(Column<i64>),
    /// int32.
    I32(Column<i32>),
    /// uint8 (and bool, viewed as uint8).
    U8(Column<u8>),
}

/// A column of answers in the type it holds: float64, float32, int64, int32 or uint8, never
/// converted (so counting it costs one read of the column).
pub(crate) fn answers(py: Python<'_>, obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Answers> {
    if let Some(c) = in_place::<f64>(py, obj, name)? {
        return Ok(Answers::F64(c));
    }
    if let Some(c) = in_place::<f32>(py, obj, name)? {
        return Ok(Answers::F32(c));
    }
    if let Some(c) = in_place::<i64>(py, obj, name)? {
        return Ok(Answers::I64(c));
    }
    if let Some(c) = in_place::<i32>(py, obj, name)? {
        return Ok(Answers::I32(c));
    }
    if let Some(c) = in_place::<u8>(py, obj, name)? {
        return Ok(Answers::U8(c));
    }
    Err(wrong_type(name, "float64, float32, int64, int32, uint8 or bool values"))
}

/// A float64 column: float64 in place; float32, int64, int32 and uint8 converted.
pub(crate) fn f64s(py: Python<'_>, obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Column<f64>> {
    if let Some(column) = in_place::<f64>(py, obj, name)? {
        return Ok(column);
    }
    let b = buffer(obj, name)?;
    #[allow(clippy::cast_precision_loss, reason = "int64 values above 2^53 round as numpy's astype(float) does")]
    let from_i64 = |v: i64| v as f64;
    let values = match converted::<f32, f64>(py, &b, f64::from)? {
        Some(v) => Some(v),
        None => match converted::<i64, f64>(py, &b, from_i64)? {
            Some(v) => Some(v),
            None => match converted::<i32, f64>(py, &b, f64::from)? {
                Some(v) => Some(v),
                None => converted::<u8, f64>(py, &b, f64::from)?,
            },
        },
    };
    values.map(Column::Owned).ok_or_else(|| wrong_type(name, "float64, float32, int64, int32, uint8 or bool values"))
}

/// An int64 column: int64 in place; int32 and uint8 converted.
pub(crate) fn i64s(py: Python<'_>, obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Column<i64>> {
    if let Some(column) = in_place::<i64>(py, obj, name)? {
        return Ok(column);
    }
    let b = buffer(obj, name)?;
    let values = match converted::<i32, i64>(py, &b, i64::from)? {
        Some(v) => Some(v),
        None => converted::<u8, i64>(py, &b, i64::from)?,
    };
    values.map(Column::Owned).ok_or_else(|| wrong_type(name, "int64, int32 or uint8 values"))
}

/// A uint64 column, in place.
pub(crate) fn u64s(py: Python<'_>, obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Column<u64>> {
    in_place::<u64>(py, obj, name)?.ok_or_else(|| wrong_type(name, "uint64 values"))
}

/// A uint8 column (answers, scores, flags; bool as a uint8 view), in place.
pub(crate) fn u8s(py: Python<'_>, obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Column<u8>> {
    in_place::<u8>(py, obj, name)?.ok_or_else(|| wrong_type(name, "uint8 values"))
}

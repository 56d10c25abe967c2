//! Thin commands: take State and arguments, call one core function, return its result or its
//! `ApiError { code, message }`. Names are prefixed by area because command names are global.

pub mod app;
pub mod casus;
pub mod oefen;
pub mod presentatie;
pub mod sessie;
pub mod vault;

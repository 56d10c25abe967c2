//! One machine-readable line per figure, for `cargo xtask bench`'s table (the benches' own
//! human-readable output stays as it is):
//! `#meting<TAB>naam<TAB>waarde<TAB>eenheid<TAB>basislijn<TAB>verhouding<TAB>doel`
//! (basislijn and verhouding `-` when there is none; the baseline is measured in the same run).

#![allow(dead_code)]

use std::time::Duration;

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// A figure with a baseline from the same run; `verhouding` is given when it is not simply
/// waarde / basislijn (e.g. the median of paired rounds).
pub fn met_basis(naam: &str, waarde: f64, eenheid: &str, basis: f64, verhouding: f64, doel: &str) {
    println!("#meting\t{naam}\t{waarde:.3}\t{eenheid}\t{basis:.3}\t{verhouding:.3}\t{doel}");
}

/// A figure without a baseline.
pub fn los(naam: &str, waarde: f64, eenheid: &str, doel: &str) {
    println!("#meting\t{naam}\t{waarde:.3}\t{eenheid}\t-\t-\t{doel}");
}

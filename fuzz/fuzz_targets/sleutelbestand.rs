//! Fuzz the key file (`kluis.sleutels`) and the remembered audit head: any bytes give a header or
//! a Dutch error, never a panic; hostile KDF parameters are refused before any work; whatever is
//! accepted survives a write → parse round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(header) = top3::vault::fuzz::sleutelbestand(data) {
        for slot in &header.slots {
            assert!(slot.params.m_kib <= top3::vault::keys::KdfParams::MAXIMUM.m_kib);
            assert!(slot.params.t <= top3::vault::keys::KdfParams::MAXIMUM.t);
        }
        let terug = top3::vault::Header::parse(&header.to_bytes()).expect("own header reads back");
        assert_eq!(terug, header);
    }
});

//! Fuzz the backup file's framing (magic, lengths, header, database, SHA-256). The checksum would
//! stop almost every input at the door, so each input is tried twice: as it is, and with a correct
//! checksum appended, which takes the fuzzer into the length and header parsing behind it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};

fuzz_target!(|data: &[u8]| {
    let _ = top3::vault::fuzz::backup(data);
    let mut met_som = data.to_vec();
    met_som.extend_from_slice(&Sha256::digest(data));
    if let Ok(n) = top3::vault::fuzz::backup(&met_som) {
        assert!(n <= data.len());
    }
});

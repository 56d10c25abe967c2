//! Fuzz the casus importer: any bytes must give a casus or a Dutch `Importfout`, never a panic;
//! and whatever it accepts must survive export → read → export unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let vandaag = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    if let Ok(casus) = top3::export::lees(data, vandaag) {
        let een = top3::export::exporteer(&casus);
        let terug = top3::export::lees(een.as_bytes(), vandaag).expect("own export reads back");
        assert_eq!(top3::export::exporteer(&terug), een);
    }
});

//! Fuzz the pseudonymisation: any names and any text must give no panic, and no word of three
//! letters or more of a name may be left in what the projector would show (unless the whole line
//! was hidden because a name part could also be an ordinary word).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(invoer) = std::str::from_utf8(data) else {
        return;
    };
    // "name|name|…" then a line feed, then the text.
    let (namen, tekst) = invoer.split_once('\n').unwrap_or((invoer, invoer));
    let namen: Vec<&str> = namen.split('|').take(16).collect();
    let uit = top3::export::pseudonimiseer(&namen, tekst);
    if uit != top3::export::TEKST_VERBORGEN {
        let resten = top3::export::naamresten(&namen, &uit);
        assert!(resten.is_empty(), "{resten:?} left in {uit:?}");
    }
});

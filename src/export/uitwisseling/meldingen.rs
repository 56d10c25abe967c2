//! The first error of the typed pass (serde, with its path from `serde_path_to_error`) as a
//! [`Probleem`] in Dutch: a missing, unknown or doubled field, a wrong type, a number out of range,
//! an unknown value, an impossible date or id. Free text from the file is never quoted (it may be
//! case content); dates, ids and enum values are, shortened.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use super::VERSIE;
use super::lezen::{Blad, Stap, citaat, pad_tekst, waarde_op, zonder_positie};
use crate::domain::Probleem;

/// The first error of the typed pass as a [`Probleem`] with its JSON path.
pub(super) fn typefout(
    tekst: &str,
    fout: &serde_path_to_error::Error<serde_json::Error>,
) -> Probleem {
    let mut stappen = Vec::new();
    for segment in fout.path() {
        match segment {
            serde_path_to_error::Segment::Seq { index } => stappen.push(Stap::Index(*index)),
            serde_path_to_error::Segment::Map { key } => stappen.push(Stap::Sleutel(key.clone())),
            serde_path_to_error::Segment::Enum { variant } => {
                stappen.push(Stap::Sleutel(variant.clone()));
            }
            serde_path_to_error::Segment::Unknown => {}
        }
    }
    let bericht = zonder_positie(fout.inner());
    let (stappen, melding) = melding(tekst, stappen, &bericht);
    Probleem {
        pad: pad_tekst(&stappen),
        melding,
    }
}

/// The text between the first `voor` and the next `na` after it.
fn tussen<'b>(bericht: &'b str, voor: &str, na: &str) -> Option<&'b str> {
    let rest = &bericht[bericht.find(voor)? + voor.len()..];
    Some(&rest[..rest.find(na)?])
}

/// Dutch for a serde error message; may extend the path (a missing field's name).
fn melding(tekst: &str, mut stappen: Vec<Stap>, bericht: &str) -> (Vec<Stap>, String) {
    if let Some(veld) = bericht
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        stappen.push(Stap::Sleutel(veld.to_string()));
        return (stappen, "Dit verplichte veld ontbreekt.".to_string());
    }
    if let Some(veld) = tussen(bericht, "unknown field `", "`") {
        if stappen.last() != Some(&Stap::Sleutel(veld.to_string())) {
            stappen.push(Stap::Sleutel(veld.to_string()));
        }
        return (
            stappen,
            format!("Onbekend veld: dit hoort niet in versie {VERSIE} van het formaat."),
        );
    }
    if let Some(veld) = tussen(bericht, "duplicate field `", "`") {
        stappen.push(Stap::Sleutel(veld.to_string()));
        return (stappen, "Dit veld staat er twee keer in.".to_string());
    }
    if let Some(waarde) = tussen(bericht, "unknown variant `", "`") {
        let toegestaan: Vec<&str> = bericht
            .split_once("expected ")
            .map(|(_, lijst)| lijst.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        let melding = if toegestaan.is_empty() {
            format!("Onbekende waarde '{}'.", citaat(waarde))
        } else {
            format!(
                "Onbekende waarde '{}'; kies uit: {}.",
                citaat(waarde),
                toegestaan.join(", ")
            )
        };
        return (stappen, melding);
    }
    if let Some(rest) = bericht.strip_prefix("invalid type: ")
        && let Some((gevonden, verwacht)) = rest.split_once(", expected ")
    {
        return (
            stappen,
            format!(
                "Verwacht {}, maar dit is {}.",
                verwacht_nl(verwacht),
                gevonden_nl(gevonden)
            ),
        );
    }
    if let Some(rest) = bericht.strip_prefix("invalid value: ")
        && let Some((gevonden, verwacht)) = rest.split_once(", expected ")
    {
        let melding = match bereik(verwacht) {
            Some(bereik) => format!(
                "{} valt buiten het bereik van dit veld ({bereik}).",
                hoofdletter(&gevonden_nl(gevonden))
            ),
            None => format!(
                "Ongeldige waarde ({}); verwacht {}.",
                gevonden_nl(gevonden),
                verwacht_nl(verwacht)
            ),
        };
        return (stappen, melding);
    }
    if let Some(rest) = bericht.strip_prefix("invalid length ")
        && let Some((lengte, verwacht)) = rest.split_once(", expected ")
    {
        return (
            stappen,
            format!(
                "Verwacht {}, maar de lijst heeft {lengte} elementen.",
                verwacht_nl(verwacht)
            ),
        );
    }
    const CHRONO: &[&str] = &[
        "input is out of range",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
        "premature end of input",
        "input contains invalid characters",
        "trailing input",
        "bad or unsupported format string",
    ];
    if CHRONO.contains(&bericht) {
        if stappen.last() == Some(&Stap::Sleutel("aangemaakt".to_string())) {
            let (stappen, waarde) =
                preciseer(tekst, stappen, |s| s.parse::<DateTime<Utc>>().is_ok());
            let melding = format!(
                "Ongeldig tijdstip{waarde} (verwacht een bestaand tijdstip als 2026-01-15T09:30:00Z)."
            );
            return (stappen, melding);
        }
        let (stappen, waarde) = preciseer(tekst, stappen, |s| s.parse::<NaiveDate>().is_ok());
        let melding =
            format!("Ongeldige datum{waarde} (verwacht een bestaande datum als JJJJ-MM-DD).");
        return (stappen, melding);
    }
    if bericht.starts_with("UUID parsing failed") {
        let (stappen, waarde) = preciseer(tekst, stappen, |s| s.parse::<Uuid>().is_ok());
        let melding = format!(
            "Ongeldige id{waarde} (verwacht een UUID als 0f8fad5b-d9cb-469f-a165-70867728950e)."
        );
        return (stappen, melding);
    }
    (
        stappen,
        format!("Deze waarde past niet in het formaat ({bericht})."),
    )
}

/// The bad text at `stappen`, quoted (" '2026-02-31'"), for a date or id error. serde reports an
/// error inside an internally tagged value (`leeftijd`, `wanneer`, `perspectief`) at the value
/// itself; then the path is extended to the first of its fields that `geldig` refuses.
fn preciseer(tekst: &str, mut stappen: Vec<Stap>, geldig: fn(&str) -> bool) -> (Vec<Stap>, String) {
    match waarde_op(tekst, &stappen) {
        Some(Blad::Tekst(s)) => (stappen, format!(" '{s}'")),
        Some(Blad::Object(velden)) => {
            let fout = velden.into_iter().find_map(|(sleutel, blad)| match blad {
                Blad::Tekst(s) if sleutel != "soort" && !geldig(&s) => Some((sleutel, s)),
                _ => None,
            });
            match fout {
                Some((sleutel, s)) => {
                    stappen.push(Stap::Sleutel(sleutel));
                    (stappen, format!(" '{s}'"))
                }
                None => (stappen, String::new()),
            }
        }
        _ => (stappen, String::new()),
    }
}

/// serde's "expected …" in Dutch.
fn verwacht_nl(verwacht: &str) -> String {
    let geheel = |bereik: &str| format!("een geheel getal van {bereik}");
    match verwacht {
        "a string" | "string" => "een tekst".to_string(),
        "a boolean" => "true of false".to_string(),
        "a sequence" => "een lijst".to_string(),
        "a formatted date string" => "een datum (JJJJ-MM-DD)".to_string(),
        "an RFC 3339 formatted date and time string" => {
            "een tijdstip (zoals 2026-01-15T09:30:00Z)".to_string()
        }
        v if v.contains("UUID") => "een id (UUID)".to_string(),
        v if bereik(v).is_some() => geheel(&bereik(v).unwrap_or_default()),
        v if v.starts_with("struct ")
            || v.starts_with("internally tagged enum")
            || v == "a map"
            || v == "map" =>
        {
            "een object".to_string()
        }
        v if v.starts_with("enum ") || v == "variant identifier" => {
            "een van de vaste waarden".to_string()
        }
        _ => "een andere waarde".to_string(),
    }
}

/// The range of an integer type serde names ("u8").
fn bereik(verwacht: &str) -> Option<String> {
    let (laag, hoog): (i128, i128) = match verwacht {
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" => (0, u64::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i64" => (i64::MIN.into(), i64::MAX.into()),
        _ => return None,
    };
    Some(format!("{laag} tot en met {hoog}"))
}

/// serde's description of what it found, in Dutch. Text is never quoted: it may be case content.
fn gevonden_nl(gevonden: &str) -> String {
    let tussen_backticks = |s: &str| tussen(s, "`", "`").map(str::to_string);
    if gevonden.starts_with("string ") {
        "een tekst".to_string()
    } else if gevonden.starts_with("integer ") || gevonden.starts_with("floating point ") {
        format!(
            "het getal {}",
            tussen_backticks(gevonden).unwrap_or_default()
        )
    } else if gevonden.starts_with("boolean ") {
        tussen_backticks(gevonden).unwrap_or_default()
    } else {
        match gevonden {
            "null" | "unit value" => "null".to_string(),
            "map" => "een object".to_string(),
            "sequence" => "een lijst".to_string(),
            _ => "een andere soort waarde".to_string(),
        }
    }
}

fn hoofdletter(s: &str) -> String {
    let mut tekens = s.chars();
    match tekens.next() {
        Some(eerste) => eerste.to_uppercase().chain(tekens).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_meldingen_in_het_nederlands() {
        // (serde's message, expected Dutch)
        let gevallen = [
            (
                "invalid type: string \"geheim\", expected u8",
                "Verwacht een geheel getal van 0 tot en met 255, maar dit is een tekst.",
            ),
            (
                "invalid type: integer `5`, expected a string",
                "Verwacht een tekst, maar dit is het getal 5.",
            ),
            (
                "invalid type: null, expected a sequence",
                "Verwacht een lijst, maar dit is null.",
            ),
            (
                "invalid type: map, expected a formatted date string",
                "Verwacht een datum (JJJJ-MM-DD), maar dit is een object.",
            ),
            (
                "invalid type: boolean `true`, expected struct Informatie",
                "Verwacht een object, maar dit is true.",
            ),
            (
                "invalid value: integer `300`, expected u8",
                "Het getal 300 valt buiten het bereik van dit veld (0 tot en met 255).",
            ),
            (
                "invalid value: integer `-1`, expected u64",
                "Het getal -1 valt buiten het bereik van dit veld (0 tot en met 18446744073709551615).",
            ),
            (
                "unknown variant `vaag`, expected one of `feit`, `zorg`",
                "Onbekende waarde 'vaag'; kies uit: feit, zorg.",
            ),
            (
                "iets onverwachts",
                "Deze waarde past niet in het formaat (iets onverwachts).",
            ),
        ];
        for (engels, nl) in gevallen {
            assert_eq!(melding("{}", vec![], engels).1, nl, "{engels}");
        }
    }
}

//! The JSON Schema of a casusbestand, generated from the Rust types with schemars and committed
//! as `docs/top3-casus.schema.json` (a test keeps the two equal).

use super::Casusbestand;

/// The JSON Schema (draft 2020-12) of a casusbestand, generated from the Rust types; descriptions
/// come from their doc comments, without the source markers (`[seed 003]`, `\[ours]`). Keys are
/// sorted, so the pretty-printed schema is stable. Committed as `docs/top3-casus.schema.json`.
pub fn schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Casusbestand).to_value();
    schoon_beschrijvingen(&mut schema);
    gesorteerd(schema)
}

/// Removes the source markers of the domain's doc comments from every `description`.
fn schoon_beschrijvingen(waarde: &mut serde_json::Value) {
    match waarde {
        serde_json::Value::Object(map) => {
            for (sleutel, w) in map.iter_mut() {
                match w {
                    serde_json::Value::String(s) if sleutel == "description" => {
                        *s = zonder_bronnen(s);
                    }
                    _ => schoon_beschrijvingen(w),
                }
            }
        }
        serde_json::Value::Array(lijst) => lijst.iter_mut().for_each(schoon_beschrijvingen),
        _ => {}
    }
}

/// "How often. \[ours]" → "How often."; "[seed 003; ours: the set]" and "[src: …]" go too;
/// "[`Informatie`](super::Informatie)" becomes "`Informatie`".
fn zonder_bronnen(tekst: &str) -> String {
    let mut uit = String::new();
    let mut rest = tekst;
    while let Some(begin) = rest.find('[') {
        let (voor, vanaf) = rest.split_at(begin);
        let escaped = voor.ends_with('\\');
        let voor = voor.strip_suffix('\\').unwrap_or(voor);
        let Some(eind) = vanaf.find(']') else {
            break;
        };
        let binnen = &vanaf[1..eind];
        let na = &vanaf[eind + 1..];
        let is_bron = escaped
            || ["seed", "src", "ours", "DOMAIN"]
                .iter()
                .any(|b| binnen.starts_with(b));
        if is_bron {
            uit.push_str(voor.trim_end_matches(' '));
            rest = na;
        } else if let Some(link) = na.strip_prefix('(')
            && let Some(sluit) = link.find(')')
        {
            // An intra-doc link: keep the text.
            uit.push_str(voor);
            uit.push_str(binnen);
            rest = &link[sluit + 1..];
        } else {
            uit.push_str(voor);
            uit.push_str(&vanaf[..=eind]);
            rest = na;
        }
    }
    uit.push_str(rest);
    // Doc comments wrap at 100 columns and speak Rust; the schema speaks JSON.
    uit.trim()
        .replace('\n', " ")
        .replace("`None`", "`null`")
        .replace(" .", ".")
        .replace("  ", " ")
}

/// The same value with the keys of every object in sorted order.
fn gesorteerd(waarde: serde_json::Value) -> serde_json::Value {
    match waarde {
        serde_json::Value::Object(map) => {
            let mut paren: Vec<_> = map.into_iter().collect();
            paren.sort_by(|a, b| a.0.cmp(&b.0));
            serde_json::Value::Object(paren.into_iter().map(|(k, v)| (k, gesorteerd(v))).collect())
        }
        serde_json::Value::Array(lijst) => {
            serde_json::Value::Array(lijst.into_iter().map(gesorteerd).collect())
        }
        anders => anders,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::uitwisseling::{FORMAT, VERSIE};

    const SCHEMA_PAD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/top3-casus.schema.json");

    #[test]
    fn schema_in_docs_is_actueel() {
        let verwacht = format!(
            "{}\n",
            serde_json::to_string_pretty(&schema()).expect("schema serialises")
        );
        if std::env::var_os("TOP3_SCHRIJF_SCHEMA").is_some() {
            std::fs::write(SCHEMA_PAD, &verwacht).expect("write docs/top3-casus.schema.json");
        }
        let vastgelegd = std::fs::read_to_string(SCHEMA_PAD).unwrap_or_default();
        assert!(
            vastgelegd == verwacht,
            "docs/top3-casus.schema.json is not the schema generated from the Rust types. \
             Regenerate it with `TOP3_SCHRIJF_SCHEMA=1 cargo test -p top3 --lib schema`, \
             check the diff and commit it (and bump VERSIE when old files no longer fit)."
        );
    }

    #[test]
    fn schema_beschrijft_het_formaat() {
        let s = schema();
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(s["properties"]["format"]["const"], FORMAT);
        assert_eq!(s["properties"]["versie"]["const"], VERSIE);
        assert_eq!(s["additionalProperties"], false);
        assert_eq!(
            s["required"],
            serde_json::json!(["format", "versie", "casus"])
        );
        let score = &s["$defs"]["Veiligheidsscore"]["properties"]["waarde"];
        assert_eq!(score["maximum"], 10);
        // No source markers in descriptions.
        let tekst = s.to_string();
        for marker in ["[seed", "\\\\[ours", "[src", "](super"] {
            assert!(!tekst.contains(marker), "{marker} in schema");
        }
    }

    #[test]
    fn bronnen_uit_beschrijvingen() {
        let gevallen = [
            (
                "How often a situation occurs. \\[ours]",
                "How often a situation occurs.",
            ),
            ("Whose view. [seed 003; ours: the set]", "Whose view."),
            ("Help started. [seed 000, 004] More.", "Help started. More."),
            (
                "The concretisation of one onveilige situatie (an [`Informatie`](super::Informatie) item).",
                "The concretisation of one onveilige situatie (an `Informatie` item).",
            ),
            ("Ranges [0, 10] stay.", "Ranges [0, 10] stay."),
            ("Days. [seed 000, 004: \"de hulpverlening\"]", "Days."),
            (
                "Feit or zorg; `None` while capturing.\nWrapped.",
                "Feit or zorg; `null` while capturing. Wrapped.",
            ),
        ];
        for (invoer, verwacht) in gevallen {
            assert_eq!(zonder_bronnen(invoer), verwacht, "{invoer}");
        }
    }
}

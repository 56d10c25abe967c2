//! PDF: a small document engine for what the app prints — the veiligheidsplan, later the MDA++
//! verslag. A [`Document`] is metadata, a running header and footer, optional watermarks and a
//! list of [`Blok`]s (headings, paragraphs, lists, label/value fields, tables, signature boxes);
//! [`render`] turns it into the bytes of an A4 PDF.
//!
//! - [`opmaak`]: all hand layout (line breaking by glyph widths, pagination), pure and unit-tested;
//! - [`schrift`]: font fallback per character, placeholders, right-to-left runs;
//! - `uitvoer`: the thin printpdf side — fonts in, positioned text and rules out.
//!
//! Fonts (Noto Sans Regular and Bold, Noto Sans Arabic, Noto Sans Hebrew; `assets/fonts/`, OFL)
//! are embedded and subset, so a one-page plan is some tens of KB. Text is real text (extractable,
//! with ToUnicode maps). Like the rest of `export`, this does no I/O.

pub mod opmaak;
pub mod schrift;
mod uitvoer;

use chrono::{DateTime, Utc};

/// A document to print.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// PDF metadata: title.
    pub titel: String,
    /// PDF metadata: author (the profile name).
    pub auteur: String,
    /// PDF metadata: subject.
    pub onderwerp: String,
    /// Creation and modification date in the PDF metadata.
    pub gemaakt: DateTime<Utc>,
    /// The running header on every page, e.g. "Casus K-014 · Veiligheidsplan · versie 2".
    pub kop: String,
    /// The footer's left text, e.g. "Vertrouwelijk"; "pagina x van y" is added on the right.
    pub voet: String,
    /// Large, light, diagonal text behind every page ("CONCEPT", "OEFENOMGEVING"); several stack.
    pub watermerken: Vec<String>,
    pub blokken: Vec<Blok>,
}

/// One block of content, laid out top to bottom.
#[derive(Clone, Debug, PartialEq)]
pub enum Blok {
    /// The document title: large and bold.
    Titel(String),
    /// A section heading (bold, 14 pt), never left alone at the bottom of a page.
    Kop(String),
    /// A sub-heading (bold, 11 pt).
    Subkop(String),
    /// A wrapped paragraph; `'\n'` starts a new line.
    Alinea(String),
    /// A bulleted list with a hanging indent.
    Opsomming(Vec<String>),
    /// Label/value pairs: a bold label column and the wrapped value.
    Velden(Vec<(String, String)>),
    /// A ruled table: the header row repeats after a page break; a row is moved whole to the next
    /// page (unless it is taller than a page).
    Tabel {
        kolommen: Vec<Kolom>,
        rijen: Vec<Vec<String>>,
    },
    /// Signature boxes, two per row: a line to sign on, the name, "Datum: ____".
    Handtekeningen(Vec<String>),
    /// Vertical space in millimetres (dropped at the top of a page).
    Ruimte(f32),
}

/// A table column: its title and its relative width (the widths are normalised).
#[derive(Clone, Debug, PartialEq)]
pub struct Kolom {
    pub titel: String,
    pub breedte: f32,
}

/// Why no PDF was made. The messages are Dutch and contain no document content.
#[derive(Debug, thiserror::Error)]
pub enum PdfFout {
    #[error("Het ingebouwde lettertype {0} kon niet worden gelezen. Er is geen PDF gemaakt.")]
    Lettertype(&'static str),
    #[error("Tabel {tabel} is ongeldig: {reden}. Er is geen PDF gemaakt.")]
    OngeldigeTabel { tabel: usize, reden: &'static str },
}

/// Table columns from (title, relative width) pairs.
pub fn kolommen(spec: &[(&str, f32)]) -> Vec<Kolom> {
    spec.iter()
        .map(|&(titel, breedte)| Kolom {
            titel: titel.to_string(),
            breedte,
        })
        .collect()
}

/// The text, or "—" when it is empty: a field left blank stays visibly blank on paper.
pub fn leeg_streep(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_string()
    } else {
        s.to_string()
    }
}

impl Document {
    /// Every text of the blocks in reading order, one per line (table headers before their cells,
    /// a field as "label: value"): what a reader finds in the document, without page furniture.
    pub fn tekst(&self) -> String {
        let mut uit = Vec::new();
        for b in &self.blokken {
            match b {
                Blok::Titel(t) | Blok::Kop(t) | Blok::Subkop(t) | Blok::Alinea(t) => {
                    uit.push(t.clone())
                }
                Blok::Opsomming(l) | Blok::Handtekeningen(l) => uit.extend(l.iter().cloned()),
                Blok::Velden(v) => uit.extend(v.iter().map(|(a, b)| format!("{a}: {b}"))),
                Blok::Tabel { kolommen, rijen } => {
                    uit.extend(kolommen.iter().map(|k| k.titel.clone()));
                    uit.extend(rijen.iter().flatten().cloned());
                }
                Blok::Ruimte(_) => {}
            }
        }
        uit.join("\n")
    }
}

impl PdfFout {
    /// A stable code for callers that branch on the kind of error.
    pub fn code(&self) -> &'static str {
        match self {
            PdfFout::Lettertype(_) => "pdf_lettertype",
            PdfFout::OngeldigeTabel { .. } => "pdf_ongeldige_tabel",
        }
    }
}

fn controleer(doc: &Document) -> Result<(), PdfFout> {
    let tabellen = doc.blokken.iter().filter_map(|b| match b {
        Blok::Tabel { kolommen, rijen } => Some((kolommen, rijen)),
        _ => None,
    });
    for (i, (kolommen, rijen)) in tabellen.enumerate() {
        let fout = |reden| PdfFout::OngeldigeTabel {
            tabel: i + 1,
            reden,
        };
        if kolommen.is_empty() {
            return Err(fout("er zijn geen kolommen"));
        }
        if kolommen
            .iter()
            .any(|k| !k.breedte.is_finite() || k.breedte <= 0.0)
        {
            return Err(fout("een kolombreedte is niet groter dan nul"));
        }
        if rijen.iter().any(|r| r.len() > kolommen.len()) {
            return Err(fout("een rij heeft meer cellen dan er kolommen zijn"));
        }
    }
    Ok(())
}

/// Renders the document as an A4 PDF.
pub fn render(doc: &Document) -> Result<Vec<u8>, PdfFout> {
    controleer(doc)?;
    let fonts = uitvoer::Fonts::geladen()?;
    let doc = fonts.schoon(doc);
    let meet = |t: &str, stijl: opmaak::Stijl, grootte: f32| fonts.breedte(t, stijl, grootte);
    let paginas = opmaak::maak_op(&doc, &meet);
    Ok(uitvoer::schrijf(&doc, &paginas, fonts))
}

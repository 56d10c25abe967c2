//! The printpdf side, kept thin: the embedded fonts (parsed once), glyph widths for the layout,
//! and turning laid-out pages into PDF operations and bytes.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use chrono::{DateTime, Datelike, Timelike, Utc};
use printpdf::{
    Color, DictItem, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};

use super::opmaak::{Kleur, PAGINA_BREEDTE, PAGINA_HOOGTE, Pagina, Stijl, Teken};
use super::schrift::{self, Font};
use super::{Blok, Document, PdfFout};

const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf");
const ARABIC: &[u8] = include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf");
const HEBREW: &[u8] = include_bytes!("../../../assets/fonts/NotoSansHebrew-Regular.ttf");

/// The four embedded fonts, parsed once per process.
pub struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
    arabic: ParsedFont,
    hebrew: ParsedFont,
    /// Font and advance width per em of U+0000–U+024F, per style (filled on first use).
    latijn: OnceLock<Vec<[(Font, f32); 2]>>,
}

const LATIJN: usize = 0x250;

static FONTS: OnceLock<Result<Fonts, PdfFout>> = OnceLock::new();

fn lees(bytes: &[u8], naam: &'static str) -> Result<ParsedFont, PdfFout> {
    ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(PdfFout::Lettertype(naam))
}

impl Fonts {
    pub fn geladen() -> Result<&'static Fonts, PdfFout> {
        let fonts = FONTS.get_or_init(|| {
            Ok(Fonts {
                regular: lees(REGULAR, "Noto Sans")?,
                bold: lees(BOLD, "Noto Sans Bold")?,
                arabic: lees(ARABIC, "Noto Sans Arabic")?,
                hebrew: lees(HEBREW, "Noto Sans Hebrew")?,
                latijn: OnceLock::new(),
            })
        });
        match fonts {
            Ok(f) => Ok(f),
            Err(PdfFout::Lettertype(naam)) => Err(PdfFout::Lettertype(naam)),
            Err(_) => Err(PdfFout::Lettertype("Noto Sans")),
        }
    }

    fn font(&self, f: Font) -> &ParsedFont {
        match f {
            Font::Regular => &self.regular,
            Font::Bold => &self.bold,
            Font::Arabic => &self.arabic,
            Font::Hebrew => &self.hebrew,
        }
    }

    fn heeft(&self, c: char) -> bool {
        [&self.regular, &self.arabic, &self.hebrew]
            .iter()
            .any(|f| f.lookup_glyph_index(c as u32).is_some_and(|g| g != 0))
    }

    /// The font that draws `c` in `stijl`: Noto Sans if it has the glyph, else Arabic, else Hebrew.
    pub fn kies(&self, c: char, stijl: Stijl) -> Font {
        if let Some((f, _)) = self.latijn(c, stijl) {
            return f;
        }
        self.kies_traag(c, stijl)
    }

    fn kies_traag(&self, c: char, stijl: Stijl) -> Font {
        let eerst = match stijl {
            Stijl::Normaal => Font::Regular,
            Stijl::Vet => Font::Bold,
        };
        [eerst, Font::Arabic, Font::Hebrew]
            .into_iter()
            .find(|&f| {
                self.font(f)
                    .lookup_glyph_index(c as u32)
                    .is_some_and(|g| g != 0)
            })
            .unwrap_or(eerst)
    }

    /// Font and width for the Latin characters (U+0000–U+024F), looked up once per process.
    fn latijn(&self, c: char, stijl: Stijl) -> Option<(Font, f32)> {
        let i = c as usize;
        if i >= LATIJN {
            return None;
        }
        let tabel = self.latijn.get_or_init(|| {
            let mut t = vec![[(Font::Regular, 0.0); 2]; LATIJN];
            for (i, rij) in t.iter_mut().enumerate() {
                if let Some(c) = char::from_u32(i as u32) {
                    for (k, stijl) in [Stijl::Normaal, Stijl::Vet].into_iter().enumerate() {
                        let f = self.kies_traag(c, stijl);
                        rij[k] = (f, self.per_em_traag(c, f));
                    }
                }
            }
            t
        });
        Some(tabel[i][usize::from(stijl == Stijl::Vet)])
    }

    fn per_em_traag(&self, c: char, f: Font) -> f32 {
        let font = self.font(f);
        let gid = font.lookup_glyph_index(c as u32).unwrap_or(0);
        let em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        f32::from(font.get_horizontal_advance(gid)) / em
    }

    fn per_em(&self, c: char, f: Font) -> f32 {
        let stijl = match f {
            Font::Regular => Some(Stijl::Normaal),
            Font::Bold => Some(Stijl::Vet),
            _ => None,
        };
        match stijl.and_then(|s| self.latijn(c, s)) {
            Some((g, w)) if g == f => w,
            _ => self.per_em_traag(c, f),
        }
    }

    /// The width of a run drawn in one font.
    fn breedte_in(&self, tekst: &str, f: Font, grootte: f32) -> f32 {
        tekst.chars().map(|c| self.per_em(c, f)).sum::<f32>() * grootte
    }

    /// The width of `tekst` as it will be drawn (each character in the font that has it).
    pub fn breedte(&self, tekst: &str, stijl: Stijl, grootte: f32) -> f32 {
        tekst
            .chars()
            .map(|c| match self.latijn(c, stijl) {
                Some((_, w)) => w,
                None => self.per_em_traag(c, self.kies_traag(c, stijl)),
            })
            .sum::<f32>()
            * grootte
    }

    /// The document with every text cleaned for drawing (see [`schrift::schoon`]).
    pub fn schoon(&self, doc: &Document) -> Document {
        let s = |t: &String| schrift::schoon(t, |c| self.heeft(c));
        let blokken = doc
            .blokken
            .iter()
            .map(|b| match b {
                Blok::Titel(t) => Blok::Titel(s(t)),
                Blok::Kop(t) => Blok::Kop(s(t)),
                Blok::Subkop(t) => Blok::Subkop(s(t)),
                Blok::Alinea(t) => Blok::Alinea(s(t)),
                Blok::Opsomming(v) => Blok::Opsomming(v.iter().map(s).collect()),
                Blok::Velden(v) => Blok::Velden(v.iter().map(|(a, b)| (s(a), s(b))).collect()),
                Blok::Tabel { kolommen, rijen } => Blok::Tabel {
                    kolommen: kolommen
                        .iter()
                        .map(|k| super::Kolom {
                            titel: s(&k.titel),
                            breedte: k.breedte,
                        })
                        .collect(),
                    rijen: rijen.iter().map(|r| r.iter().map(s).collect()).collect(),
                },
                Blok::Handtekeningen(v) => Blok::Handtekeningen(v.iter().map(s).collect()),
                Blok::Ruimte(mm) => Blok::Ruimte(*mm),
            })
            .collect();
        let regel = |t: &String| s(t).replace('\n', " ");
        Document {
            titel: doc.titel.clone(),
            auteur: doc.auteur.clone(),
            onderwerp: doc.onderwerp.clone(),
            gemaakt: doc.gemaakt,
            kop: regel(&doc.kop),
            voet: regel(&doc.voet),
            watermerken: doc.watermerken.iter().map(regel).collect(),
            blokken,
        }
    }
}

fn kleur((r, g, b): Kleur) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

fn punt(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt(x),
            y: Pt(PAGINA_HOOGTE - y),
        },
        bezier: false,
    }
}

/// A UTF-16BE PDF text string with its byte-order mark.
fn utf16(tekst: &str) -> Vec<u8> {
    let mut v = vec![0xFE, 0xFF];
    for u in tekst.encode_utf16() {
        v.extend_from_slice(&u.to_be_bytes());
    }
    v
}

/// `/Span <</ActualText …>> BDC`: what text extraction reports for the glyphs up to `EMC`.
fn actual_text(tekst: &str) -> Op {
    let mut map = BTreeMap::new();
    map.insert(
        "ActualText".to_string(),
        DictItem::String {
            data: utf16(tekst),
            literal: false,
        },
    );
    Op::BeginMarkedContentWithProperties {
        tag: "Span".to_string(),
        properties: DictItem::Dict { map },
    }
}

struct Tekenaar<'a> {
    fonts: &'a Fonts,
    ids: HashMap<Font, FontId>,
    ops: Vec<Op>,
}

impl Tekenaar<'_> {
    /// One line of text from (`x`, `y`) (page coordinates, y down) along `hoek` degrees, split
    /// into runs by font; a right-to-left run is drawn reversed (visual order). No `/ActualText`
    /// on those: poppler (pdftotext 22.12) turns visually ordered Arabic and Hebrew back into
    /// the logical string by itself, and re-reverses an `/ActualText` (measured: visual order
    /// extracts as typed; logical order, or either with `/ActualText`, extracts reversed).
    #[allow(clippy::too_many_arguments)]
    fn tekst(
        &mut self,
        x: f32,
        y: f32,
        hoek: f32,
        tekst: &str,
        stijl: Stijl,
        grootte: f32,
        k: Kleur,
    ) {
        if tekst.trim().is_empty() {
            return;
        }
        let (sin, cos) = hoek.to_radians().sin_cos();
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetFillColor { col: kleur(k) });
        let mut voortgang = 0.0;
        // A diagonal watermark's glyphs would extract as fragments ("NC", "CO"): /ActualText
        // gives pdftotext the word.
        let schuin = hoek != 0.0;
        if schuin {
            self.ops.push(actual_text(tekst));
        }
        for stuk in schrift::stukken(tekst, |c| self.fonts.kies(c, stijl)) {
            let Some(id) = self.ids.get(&stuk.font) else {
                continue;
            };
            let px = x + voortgang * cos;
            let py = PAGINA_HOOGTE - y + voortgang * sin;
            voortgang += self.fonts.breedte_in(&stuk.zichtbaar, stuk.font, grootte);
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(id.clone()),
                size: Pt(grootte),
            });
            self.ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Raw([cos, sin, -sin, cos, px, py]),
            });
            self.ops.push(Op::ShowText {
                items: vec![TextItem::Text(stuk.zichtbaar)],
            });
        }
        if schuin {
            self.ops.push(Op::EndMarkedContentWithProperties);
        }
        self.ops.push(Op::EndTextSection);
    }

    fn teken(&mut self, t: &Teken) {
        match t {
            Teken::Tekst {
                x,
                y,
                tekst,
                stijl,
                grootte,
                kleur: k,
            } => self.tekst(*x, *y, 0.0, tekst, *stijl, *grootte, *k),
            Teken::Watermerk {
                x,
                y,
                hoek,
                tekst,
                grootte,
                kleur: k,
            } => self.tekst(*x, *y, *hoek, tekst, Stijl::Vet, *grootte, *k),
            Teken::Lijn {
                x1,
                y1,
                x2,
                y2,
                dikte,
                kleur: k,
            } => {
                self.ops.push(Op::SetOutlineColor { col: kleur(*k) });
                self.ops.push(Op::SetOutlineThickness { pt: Pt(*dikte) });
                self.ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![punt(*x1, *y1), punt(*x2, *y2)],
                        is_closed: false,
                    },
                });
            }
            Teken::Vlak {
                x,
                y,
                breedte,
                hoogte,
                kleur: k,
            } => {
                self.ops.push(Op::SetFillColor { col: kleur(*k) });
                self.ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(PAGINA_HOOGTE - y - hoogte),
                        width: Pt(*breedte),
                        height: Pt(*hoogte),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
        }
    }
}

fn datum(d: DateTime<Utc>) -> printpdf::OffsetDateTime {
    printpdf::OffsetDateTime::new_in_offset(
        printpdf::date::Date {
            year: d.year(),
            month: d.month() as u8,
            day: d.day() as u8,
        },
        printpdf::date::Time {
            hour: d.hour() as u8,
            minute: d.minute() as u8,
            second: d.second() as u8,
            millisecond: 0,
        },
        printpdf::date::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    )
}

/// The PDF's bytes for laid-out pages.
pub fn schrijf(doc: &Document, paginas: &[Pagina], fonts: &Fonts) -> Vec<u8> {
    let mut pdf = PdfDocument::new(&doc.titel);
    let info = &mut pdf.metadata.info;
    info.author = doc.auteur.clone();
    info.subject = doc.onderwerp.clone();
    info.creator = "TOP-3 Werkplaats".to_string();
    info.producer = "TOP-3 Werkplaats (printpdf)".to_string();
    info.creation_date = datum(doc.gemaakt);
    info.modification_date = datum(doc.gemaakt);
    info.metadata_date = datum(doc.gemaakt);

    let ids = [Font::Regular, Font::Bold, Font::Arabic, Font::Hebrew]
        .into_iter()
        .map(|f| (f, pdf.add_font(fonts.font(f))))
        .collect();
    let mut tekenaar = Tekenaar {
        fonts,
        ids,
        ops: Vec::new(),
    };
    let mut pdf_paginas = Vec::with_capacity(paginas.len());
    for pagina in paginas {
        for t in &pagina.tekens {
            tekenaar.teken(t);
        }
        let ops = std::mem::take(&mut tekenaar.ops);
        pdf_paginas.push(PdfPage::new(
            Mm(PAGINA_BREEDTE / super::opmaak::MM),
            Mm(PAGINA_HOOGTE / super::opmaak::MM),
            ops,
        ));
    }
    pdf.with_pages(pdf_paginas);
    pdf.save(&PdfSaveOptions::default(), &mut Vec::new())
}

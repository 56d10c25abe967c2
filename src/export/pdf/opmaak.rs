//! The hand layout of a PDF, and nothing else: line breaking by glyph widths and pagination.
//!
//! Pure: the input is a [`Document`] and a measure function (text, style, size → width in pt);
//! the output is pages of positioned [`Teken`]s (text, rules, filled areas, watermarks) in points
//! from the page's top-left corner. It knows nothing of printpdf or fonts, so every rule here —
//! words wrap at spaces, a word longer than the line breaks by characters, `'\n'` starts a new
//! line, a heading is never left alone at the bottom of a page, a table row moves whole to the next
//! page with the header row repeated, "pagina x van y" is right — is unit-tested with a fake
//! measure.
//!
//! Layout happens in two steps: every block becomes a list of [`Eenheid`]s (a line, a table row,
//! a row of signature boxes: a piece that is never split), then the paginator places those on
//! pages. Only after all pages are known are the header, the footer ("pagina x van y") and the
//! watermarks added.

use super::{Blok, Document};

/// A4 portrait, in points.
pub const PAGINA_BREEDTE: f32 = 595.276;
pub const PAGINA_HOOGTE: f32 = 841.89;
/// One millimetre in points.
pub const MM: f32 = 72.0 / 25.4;

const MARGE_LINKS: f32 = 20.0 * MM;
const MARGE_RECHTS: f32 = 20.0 * MM;
/// The body runs from here to [`ROMP_ONDER`] (the header sits in the top margin above it).
const ROMP_BOVEN: f32 = 24.0 * MM;
const ROMP_ONDER: f32 = PAGINA_HOOGTE - 22.0 * MM;
const ROMP_BREEDTE: f32 = PAGINA_BREEDTE - MARGE_LINKS - MARGE_RECHTS;
const ROMP_HOOGTE: f32 = ROMP_ONDER - ROMP_BOVEN;

const KOP_BASISLIJN: f32 = 14.0 * MM;
const KOP_LIJN: f32 = 16.5 * MM;
const VOET_LIJN: f32 = PAGINA_HOOGTE - 16.5 * MM;
const VOET_BASISLIJN: f32 = PAGINA_HOOGTE - 12.0 * MM;
const KOP_VOET_GROOTTE: f32 = 8.0;

const TEKST: f32 = 10.0;
const REGELAFSTAND: f32 = 1.35;
const TITEL: f32 = 20.0;
const KOPGROOTTE: f32 = 14.0;
const SUBKOPGROOTTE: f32 = 11.0;

/// Colours as RGB 0..1.
pub type Kleur = (f32, f32, f32);
const ZWART: Kleur = (0.10, 0.10, 0.12);
const KOPKLEUR: Kleur = (0.11, 0.22, 0.35);
const GRIJS: Kleur = (0.42, 0.42, 0.45);
const LIJNGRIJS: Kleur = (0.72, 0.72, 0.75);
const TABELKOP_VLAK: Kleur = (0.93, 0.94, 0.96);
const WATERMERK: Kleur = (0.90, 0.90, 0.91);

/// A font style; the drawing side maps it to Noto Sans Regular or Bold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stijl {
    Normaal,
    Vet,
}

/// One thing to draw, in points from the page's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub enum Teken {
    /// Text on one line; `y` is the baseline.
    Tekst {
        x: f32,
        y: f32,
        tekst: String,
        stijl: Stijl,
        grootte: f32,
        kleur: Kleur,
    },
    Lijn {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        dikte: f32,
        kleur: Kleur,
    },
    /// A filled rectangle; (`x`, `y`) is its top-left corner.
    Vlak {
        x: f32,
        y: f32,
        breedte: f32,
        hoogte: f32,
        kleur: Kleur,
    },
    /// Rotated text: the baseline starts at (`x`, `y`) and rises `hoek` degrees counter-clockwise.
    Watermerk {
        x: f32,
        y: f32,
        hoek: f32,
        tekst: String,
        grootte: f32,
        kleur: Kleur,
    },
}

impl Teken {
    fn verschuif(mut self, dy: f32) -> Teken {
        match &mut self {
            Teken::Tekst { y, .. } | Teken::Vlak { y, .. } | Teken::Watermerk { y, .. } => *y += dy,
            Teken::Lijn { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
        }
        self
    }
}

/// One laid-out page: watermarks first (they are drawn behind everything), then the rest.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pagina {
    pub tekens: Vec<Teken>,
}

impl Pagina {
    /// All text on the page, in drawing order, one item per line (for tests).
    pub fn teksten(&self) -> Vec<&str> {
        self.tekens
            .iter()
            .filter_map(|t| match t {
                Teken::Tekst { tekst, .. } | Teken::Watermerk { tekst, .. } => Some(tekst.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// Breaks `tekst` into lines no wider than `max` (as measured by `meet`): at spaces; a word wider
/// than the line is broken between characters; `'\n'` always starts a new line (an empty line
/// stays an empty line). Runs of spaces collapse to one. Never returns an empty list.
pub fn breek_regels(tekst: &str, max: f32, meet: &dyn Fn(&str) -> f32) -> Vec<String> {
    let spatie = meet(" ");
    let mut regels = Vec::new();
    for alinea in tekst.split('\n') {
        let mut regel = String::new();
        let mut breedte = 0.0f32;
        for woord in alinea.split(' ').filter(|w| !w.is_empty()) {
            let w = meet(woord);
            if regel.is_empty() {
                if w <= max {
                    regel.push_str(woord);
                    breedte = w;
                    continue;
                }
            } else if breedte + spatie + w <= max {
                regel.push(' ');
                regel.push_str(woord);
                breedte += spatie + w;
                continue;
            } else {
                regels.push(std::mem::take(&mut regel));
                breedte = 0.0;
                if w <= max {
                    regel.push_str(woord);
                    breedte = w;
                    continue;
                }
            }
            // A word longer than a whole line: break it between characters (at least one per line).
            let mut buf = [0u8; 4];
            for c in woord.chars() {
                let cw = meet(c.encode_utf8(&mut buf));
                if !regel.is_empty() && breedte + cw > max {
                    regels.push(std::mem::take(&mut regel));
                    breedte = 0.0;
                }
                regel.push(c);
                breedte += cw;
            }
        }
        regels.push(regel);
    }
    regels
}

/// A piece that is placed whole: a line, a table row, a row of signature boxes, or vertical space.
#[derive(Clone, Debug, Default)]
struct Eenheid {
    hoogte: f32,
    /// `y` relative to the top of the piece.
    tekens: Vec<Teken>,
    /// Must end up on the same page as the next piece (headings, a paragraph's first line).
    houd_bij_volgende: bool,
    /// Vertical space: dropped at the top of a page.
    ruimte: bool,
    /// A table row: on a new page, this table header goes first.
    tabelkop: Option<usize>,
}

impl Eenheid {
    fn ruimte(hoogte: f32) -> Eenheid {
        Eenheid {
            hoogte,
            ruimte: true,
            ..Eenheid::default()
        }
    }
}

fn regelhoogte(grootte: f32) -> f32 {
    grootte * REGELAFSTAND
}

/// The baseline within a line of height `regelhoogte(grootte)`, Noto Sans' ascent 1.069 em and
/// descent 0.293 em centred in it.
fn basislijn(grootte: f32, hoogte: f32) -> f32 {
    (hoogte - 1.362 * grootte) / 2.0 + 1.069 * grootte
}

struct Opmaker<'a> {
    meet: &'a dyn Fn(&str, Stijl, f32) -> f32,
    eenheden: Vec<Eenheid>,
    tabelkoppen: Vec<Eenheid>,
}

impl Opmaker<'_> {
    fn breek(&self, tekst: &str, stijl: Stijl, grootte: f32, max: f32) -> Vec<String> {
        breek_regels(tekst, max, &|t| (self.meet)(t, stijl, grootte))
    }

    fn tekst(x: f32, y: f32, tekst: String, stijl: Stijl, grootte: f32, kleur: Kleur) -> Teken {
        Teken::Tekst {
            x,
            y,
            tekst,
            stijl,
            grootte,
            kleur,
        }
    }

    /// Wrapped lines as pieces; `houd_alles` keeps every line with the next piece (headings),
    /// otherwise the first line stays with the second and the second-to-last with the last
    /// (no lone first or last line of a paragraph).
    fn regels(&mut self, tekst: &str, stijl: Stijl, grootte: f32, kleur: Kleur, houd_alles: bool) {
        let regels = self.breek(tekst, stijl, grootte, ROMP_BREEDTE);
        let n = regels.len();
        let h = regelhoogte(grootte);
        for (i, regel) in regels.into_iter().enumerate() {
            let houd = houd_alles || (n > 1 && i == 0) || (n > 2 && i == n - 2);
            self.eenheden.push(Eenheid {
                hoogte: h,
                tekens: vec![Self::tekst(
                    MARGE_LINKS,
                    basislijn(grootte, h),
                    regel,
                    stijl,
                    grootte,
                    kleur,
                )],
                houd_bij_volgende: houd,
                ..Eenheid::default()
            });
        }
    }

    /// Two columns side by side (a bullet and its text, a label and its value), one piece per line.
    fn kolommen(&mut self, links: Vec<(f32, String, Stijl)>, rechts: (f32, Vec<String>)) {
        let h = regelhoogte(TEKST);
        let n = links.len().max(rechts.1.len());
        let mut links = links.into_iter();
        let mut rechts_regels = rechts.1.into_iter();
        for i in 0..n {
            let mut tekens = Vec::new();
            if let Some((x, t, stijl)) = links.next() {
                tekens.push(Self::tekst(x, basislijn(TEKST, h), t, stijl, TEKST, ZWART));
            }
            if let Some(t) = rechts_regels.next() {
                tekens.push(Self::tekst(
                    rechts.0,
                    basislijn(TEKST, h),
                    t,
                    Stijl::Normaal,
                    TEKST,
                    ZWART,
                ));
            }
            self.eenheden.push(Eenheid {
                hoogte: h,
                tekens,
                houd_bij_volgende: n > 1 && (i == 0 || (n > 2 && i == n - 2)),
                ..Eenheid::default()
            });
        }
    }

    fn blok(&mut self, blok: &Blok) {
        match blok {
            Blok::Titel(t) => {
                self.regels(t, Stijl::Vet, TITEL, KOPKLEUR, true);
                self.eenheden.push(Eenheid::ruimte(10.0));
            }
            Blok::Kop(t) => {
                self.eenheden.push(Eenheid::ruimte(12.0));
                self.regels(t, Stijl::Vet, KOPGROOTTE, KOPKLEUR, true);
                self.eenheden.push(Eenheid::ruimte(3.0));
            }
            Blok::Subkop(t) => {
                self.eenheden.push(Eenheid::ruimte(7.0));
                self.regels(t, Stijl::Vet, SUBKOPGROOTTE, ZWART, true);
                self.eenheden.push(Eenheid::ruimte(1.5));
            }
            Blok::Alinea(t) => {
                self.regels(t, Stijl::Normaal, TEKST, ZWART, false);
                self.eenheden.push(Eenheid::ruimte(6.0));
            }
            Blok::Opsomming(punten) => {
                let inspring = 14.0;
                for punt in punten {
                    let regels = self.breek(punt, Stijl::Normaal, TEKST, ROMP_BREEDTE - inspring);
                    let bol = vec![(MARGE_LINKS + 3.0, "•".to_string(), Stijl::Normaal)];
                    self.kolommen(bol, (MARGE_LINKS + inspring, regels));
                    self.eenheden.push(Eenheid::ruimte(2.0));
                }
                self.eenheden.push(Eenheid::ruimte(4.0));
            }
            Blok::Velden(velden) => {
                // The label column fits the widest label, within a quarter to two fifths of the body.
                let breedste = velden
                    .iter()
                    .map(|(l, _)| (self.meet)(l, Stijl::Vet, TEKST))
                    .fold(0.0f32, f32::max);
                let label = (breedste + 12.0).clamp(ROMP_BREEDTE * 0.25, ROMP_BREEDTE * 0.4);
                for (l, w) in velden {
                    let labels = self.breek(l, Stijl::Vet, TEKST, label - 12.0);
                    let waarden = self.breek(w, Stijl::Normaal, TEKST, ROMP_BREEDTE - label);
                    let links = labels
                        .into_iter()
                        .map(|t| (MARGE_LINKS, t, Stijl::Vet))
                        .collect();
                    self.kolommen(links, (MARGE_LINKS + label, waarden));
                    self.eenheden.push(Eenheid::ruimte(3.0));
                }
                self.eenheden.push(Eenheid::ruimte(4.0));
            }
            Blok::Tabel { kolommen, rijen } => self.tabel(kolommen, rijen),
            Blok::Handtekeningen(namen) => self.handtekeningen(namen),
            Blok::Ruimte(mm) => {
                let h = if mm.is_finite() {
                    mm.clamp(0.0, 250.0)
                } else {
                    0.0
                };
                self.eenheden.push(Eenheid::ruimte(h * MM));
            }
        }
    }

    fn tabel(&mut self, kolommen: &[super::Kolom], rijen: &[Vec<String>]) {
        const OPVULLING: f32 = 4.0;
        const BOVEN: f32 = 3.5;
        let totaal: f32 = kolommen.iter().map(|k| k.breedte).sum();
        let mut x = MARGE_LINKS;
        let mut posities = Vec::new();
        for k in kolommen {
            let b = k.breedte / totaal * ROMP_BREEDTE;
            posities.push((x, b));
            x += b;
        }
        let h = regelhoogte(TEKST);
        let meet = self.meet;
        let rij = |cellen: Vec<&str>, stijl: Stijl| -> (Vec<Vec<String>>, usize) {
            let regels: Vec<Vec<String>> = posities
                .iter()
                .enumerate()
                .map(|(i, (_, b))| {
                    let cel = cellen.get(i).copied().unwrap_or("");
                    breek_regels(cel, b - 2.0 * OPVULLING, &|t| meet(t, stijl, TEKST))
                })
                .collect();
            let n = regels.iter().map(Vec::len).max().unwrap_or(1);
            (regels, n)
        };
        let teken_regels = |regels: &[Vec<String>], van: usize, tot: usize, stijl| {
            let mut tekens = Vec::new();
            for (cel, (x, _)) in regels.iter().zip(&posities) {
                for (k, t) in cel.iter().enumerate().take(tot).skip(van) {
                    let y = BOVEN + (k - van) as f32 * h + basislijn(TEKST, h);
                    tekens.push(Self::tekst(
                        x + OPVULLING,
                        y,
                        t.clone(),
                        stijl,
                        TEKST,
                        ZWART,
                    ));
                }
            }
            tekens
        };
        let lijn = |y: f32, dikte: f32, kleur: Kleur| Teken::Lijn {
            x1: MARGE_LINKS,
            y1: y,
            x2: MARGE_LINKS + ROMP_BREEDTE,
            y2: y,
            dikte,
            kleur,
        };

        // The header row: a light band, bold text, a darker rule under it.
        let (koppen, n) = rij(
            kolommen.iter().map(|k| k.titel.as_str()).collect(),
            Stijl::Vet,
        );
        let kophoogte = n as f32 * h + 2.0 * BOVEN;
        let mut tekens = vec![Teken::Vlak {
            x: MARGE_LINKS,
            y: 0.0,
            breedte: ROMP_BREEDTE,
            hoogte: kophoogte,
            kleur: TABELKOP_VLAK,
        }];
        tekens.extend(teken_regels(&koppen, 0, n, Stijl::Vet));
        tekens.push(lijn(0.0, 0.6, GRIJS));
        tekens.push(lijn(kophoogte, 0.8, GRIJS));
        let kop = Eenheid {
            hoogte: kophoogte,
            tekens,
            houd_bij_volgende: !rijen.is_empty(),
            ..Eenheid::default()
        };
        let kop_index = self.tabelkoppen.len();
        self.tabelkoppen.push(kop.clone());
        self.eenheden.push(kop);

        for cellen in rijen {
            let (regels, n) = rij(cellen.iter().map(String::as_str).collect(), Stijl::Normaal);
            let hoogte = n as f32 * h + 2.0 * BOVEN;
            if hoogte + kophoogte <= ROMP_HOOGTE {
                let mut tekens = teken_regels(&regels, 0, n, Stijl::Normaal);
                tekens.push(lijn(hoogte, 0.4, LIJNGRIJS));
                self.eenheden.push(Eenheid {
                    hoogte,
                    tekens,
                    tabelkop: Some(kop_index),
                    ..Eenheid::default()
                });
            } else {
                // A row taller than a page: line by line, the rule under the last line.
                for k in 0..n {
                    let eerste = k == 0;
                    let laatste = k + 1 == n;
                    let mut hoogte = h;
                    let mut tekens: Vec<Teken> = teken_regels(&regels, k, k + 1, Stijl::Normaal);
                    if !eerste {
                        tekens = tekens.into_iter().map(|t| t.verschuif(-BOVEN)).collect();
                    } else {
                        hoogte += BOVEN;
                    }
                    if laatste {
                        hoogte += BOVEN;
                        tekens.push(lijn(hoogte, 0.4, LIJNGRIJS));
                    }
                    self.eenheden.push(Eenheid {
                        hoogte,
                        tekens,
                        tabelkop: Some(kop_index),
                        ..Eenheid::default()
                    });
                }
            }
        }
        self.eenheden.push(Eenheid::ruimte(10.0));
    }

    fn handtekeningen(&mut self, namen: &[String]) {
        const PER_RIJ: usize = 2;
        const TUSSEN: f32 = 14.0 * MM;
        const TEKENRUIMTE: f32 = 16.0 * MM;
        let breedte = (ROMP_BREEDTE - TUSSEN * (PER_RIJ - 1) as f32) / PER_RIJ as f32;
        let h = regelhoogte(TEKST);
        self.eenheden.push(Eenheid::ruimte(6.0));
        for rij in namen.chunks(PER_RIJ) {
            let mut tekens = Vec::new();
            let mut hoogte: f32 = 0.0;
            for (i, naam) in rij.iter().enumerate() {
                let x = MARGE_LINKS + i as f32 * (breedte + TUSSEN);
                tekens.push(Teken::Lijn {
                    x1: x,
                    y1: TEKENRUIMTE,
                    x2: x + breedte,
                    y2: TEKENRUIMTE,
                    dikte: 0.6,
                    kleur: GRIJS,
                });
                let mut y = TEKENRUIMTE + 2.0;
                for regel in self.breek(naam, Stijl::Vet, TEKST, breedte) {
                    tekens.push(Self::tekst(
                        x,
                        y + basislijn(TEKST, h),
                        regel,
                        Stijl::Vet,
                        TEKST,
                        ZWART,
                    ));
                    y += h;
                }
                tekens.push(Self::tekst(
                    x,
                    y + basislijn(TEKST, h),
                    "Datum: ____________________".to_string(),
                    Stijl::Normaal,
                    TEKST,
                    GRIJS,
                ));
                y += h;
                hoogte = hoogte.max(y);
            }
            self.eenheden.push(Eenheid {
                hoogte,
                tekens,
                ..Eenheid::default()
            });
            self.eenheden.push(Eenheid::ruimte(8.0));
        }
    }
}

/// The height of the chain that starts at `i`: the piece, and while a piece must stay with the
/// next, the next (vertical space in between counts too).
fn keten(eenheden: &[Eenheid], i: usize) -> f32 {
    let mut h = eenheden[i].hoogte;
    let mut houd = eenheden[i].houd_bij_volgende;
    let mut j = i + 1;
    while houd && j < eenheden.len() {
        h += eenheden[j].hoogte;
        if !eenheden[j].ruimte {
            houd = eenheden[j].houd_bij_volgende;
        }
        j += 1;
        if h > ROMP_HOOGTE {
            break;
        }
    }
    h
}

/// Places the pieces on pages; `y` of every sign becomes a page coordinate.
fn pagineer(eenheden: Vec<Eenheid>, tabelkoppen: &[Eenheid]) -> Vec<Pagina> {
    const MARGE: f32 = 0.01;
    let mut paginas = vec![Pagina::default()];
    let mut y = 0.0f32;
    let ketens: Vec<f32> = (0..eenheden.len()).map(|i| keten(&eenheden, i)).collect();
    for (e, keten) in eenheden.into_iter().zip(ketens) {
        if e.ruimte {
            if y > 0.0 {
                y += e.hoogte;
            }
            continue;
        }
        let kop = e.tabelkop.and_then(|k| tabelkoppen.get(k));
        let kophoogte = kop.map_or(0.0, |k| k.hoogte);
        let past_zelf = y + e.hoogte <= ROMP_HOOGTE + MARGE;
        let past_keten = y + keten <= ROMP_HOOGTE + MARGE;
        let keten_past_op_pagina = kophoogte + keten <= ROMP_HOOGTE + MARGE;
        if y > 0.0 && (!past_zelf || (!past_keten && keten_past_op_pagina)) {
            paginas.push(Pagina::default());
            y = 0.0;
            if let Some(kop) = kop {
                let pagina = paginas.last_mut().expect("just pushed");
                pagina
                    .tekens
                    .extend(kop.tekens.iter().cloned().map(|t| t.verschuif(ROMP_BOVEN)));
                y = kop.hoogte;
            }
        }
        let pagina = paginas.last_mut().expect("never empty");
        let dy = ROMP_BOVEN + y;
        pagina
            .tekens
            .extend(e.tekens.into_iter().map(|t| t.verschuif(dy)));
        y += e.hoogte;
    }
    paginas
}

/// Shortens `tekst` with "…" until it fits `max`.
fn passend(tekst: &str, max: f32, meet: &dyn Fn(&str) -> f32) -> String {
    if meet(tekst) <= max {
        return tekst.to_string();
    }
    let mut t: String = tekst.to_string();
    while !t.is_empty() {
        t.pop();
        let kort = format!("{}…", t.trim_end());
        if meet(&kort) <= max {
            return kort;
        }
    }
    String::new()
}

/// Watermarks: centred on the page, along its diagonal, stacked when there are several.
fn watermerken(teksten: &[String], meet: &dyn Fn(&str, Stijl, f32) -> f32) -> Vec<Teken> {
    let teksten: Vec<&String> = teksten.iter().filter(|t| !t.trim().is_empty()).collect();
    if teksten.is_empty() {
        return Vec::new();
    }
    let hoek = (PAGINA_HOOGTE - 40.0 * MM).atan2(PAGINA_BREEDTE - 40.0 * MM);
    let (sin, cos) = hoek.sin_cos();
    let n = teksten.len() as f32;
    let breedste = teksten
        .iter()
        .map(|t| meet(t, Stijl::Vet, 1.0))
        .fold(0.0f32, f32::max)
        .max(0.001);
    // As large as fits 70% of the diagonal, at most 96 pt, smaller when stacked.
    let diagonaal = PAGINA_BREEDTE.hypot(PAGINA_HOOGTE);
    let grootte = (0.70 * diagonaal / breedste).min(96.0).min(260.0 / n);
    let (cx, cy) = (PAGINA_BREEDTE / 2.0, PAGINA_HOOGTE / 2.0);
    teksten
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let w = meet(t, Stijl::Vet, grootte);
            // Offset across the text direction: the first on top.
            let stap = (i as f32 - (n - 1.0) / 2.0) * grootte * 1.15;
            // In page coordinates (y down) the text direction is (cos, -sin), "up" is (-sin, -cos).
            let mx = cx + stap * sin;
            let my = cy + stap * cos;
            Teken::Watermerk {
                x: mx - w / 2.0 * cos + 0.36 * grootte * sin,
                y: my + w / 2.0 * sin + 0.36 * grootte * cos,
                hoek: hoek.to_degrees(),
                tekst: (*t).clone(),
                grootte,
                kleur: WATERMERK,
            }
        })
        .collect()
}

/// Lays out the whole document: pages of positioned signs, with header, footer
/// ("pagina x van y") and watermarks.
pub fn maak_op(doc: &Document, meet: &dyn Fn(&str, Stijl, f32) -> f32) -> Vec<Pagina> {
    let mut opmaker = Opmaker {
        meet,
        eenheden: Vec::new(),
        tabelkoppen: Vec::new(),
    };
    for blok in &doc.blokken {
        opmaker.blok(blok);
    }
    let Opmaker {
        eenheden,
        tabelkoppen,
        ..
    } = opmaker;
    let romp = pagineer(eenheden, &tabelkoppen);
    let totaal = romp.len();
    let klein = |t: &str| meet(t, Stijl::Normaal, KOP_VOET_GROOTTE);
    let watermerk = watermerken(&doc.watermerken, meet);
    let kop = passend(doc.kop.trim(), ROMP_BREEDTE, &klein);
    romp.into_iter()
        .enumerate()
        .map(|(i, pagina)| {
            let mut tekens = watermerk.clone();
            let rechts = format!("pagina {} van {}", i + 1, totaal);
            let rechts_breedte = klein(&rechts);
            let voet = passend(
                doc.voet.trim(),
                ROMP_BREEDTE - rechts_breedte - 12.0,
                &klein,
            );
            let lijn = |y: f32| Teken::Lijn {
                x1: MARGE_LINKS,
                y1: y,
                x2: PAGINA_BREEDTE - MARGE_RECHTS,
                y2: y,
                dikte: 0.4,
                kleur: LIJNGRIJS,
            };
            if !kop.is_empty() {
                tekens.push(Opmaker::tekst(
                    MARGE_LINKS,
                    KOP_BASISLIJN,
                    kop.clone(),
                    Stijl::Normaal,
                    KOP_VOET_GROOTTE,
                    GRIJS,
                ));
                tekens.push(lijn(KOP_LIJN));
            }
            tekens.push(lijn(VOET_LIJN));
            if !voet.is_empty() {
                tekens.push(Opmaker::tekst(
                    MARGE_LINKS,
                    VOET_BASISLIJN,
                    voet,
                    Stijl::Normaal,
                    KOP_VOET_GROOTTE,
                    GRIJS,
                ));
            }
            tekens.push(Opmaker::tekst(
                PAGINA_BREEDTE - MARGE_RECHTS - rechts_breedte,
                VOET_BASISLIJN,
                rechts,
                Stijl::Normaal,
                KOP_VOET_GROOTTE,
                GRIJS,
            ));
            tekens.extend(pagina.tekens);
            Pagina { tekens }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::pdf::Kolom;

    /// A fake monospace font: every character is half an em wide.
    fn mono(t: &str, _: Stijl, grootte: f32) -> f32 {
        t.chars().count() as f32 * grootte * 0.5
    }

    fn doc(blokken: Vec<Blok>) -> Document {
        Document {
            titel: "T".into(),
            auteur: "A".into(),
            onderwerp: "O".into(),
            gemaakt: chrono::DateTime::UNIX_EPOCH,
            kop: "Kop".into(),
            voet: "Vertrouwelijk".into(),
            watermerken: vec![],
            blokken,
        }
    }

    /// Lines of text in the body (not header/footer) per page.
    fn romp(paginas: &[Pagina]) -> Vec<Vec<String>> {
        paginas
            .iter()
            .map(|p| {
                p.tekens
                    .iter()
                    .filter_map(|t| match t {
                        Teken::Tekst { tekst, y, .. } if *y > ROMP_BOVEN && *y < ROMP_ONDER => {
                            Some(tekst.clone())
                        }
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn breaks_lines() {
        // One unit per character: a line of 10 holds "aaaa bbbb" (9) but not "aaaa bbbb c" (11).
        let meet = |t: &str| t.chars().count() as f32;
        let gevallen: &[(&str, f32, &[&str])] = &[
            ("aaaa bbbb cccc", 10.0, &["aaaa bbbb", "cccc"]),
            ("aaaa bbbb cccc", 14.0, &["aaaa bbbb cccc"]),
            ("aaaa   bbbb", 20.0, &["aaaa bbbb"]),
            ("", 10.0, &[""]),
            ("een\ntwee", 20.0, &["een", "twee"]),
            ("een\n\ntwee", 20.0, &["een", "", "twee"]),
            ("abcdefghijklmnop", 5.0, &["abcde", "fghij", "klmno", "p"]),
            (
                "ab abcdefghijkl xy",
                5.0,
                &["ab", "abcde", "fghij", "kl xy"],
            ),
            ("ëéïü şğİı łżń", 4.0, &["ëéïü", "şğİı", "łżń"]),
            ("x", 0.5, &["x"]),
        ];
        for (tekst, max, verwacht) in gevallen {
            assert_eq!(
                breek_regels(tekst, *max, &meet),
                *verwacht,
                "{tekst:?} op {max}"
            );
            for r in breek_regels(tekst, *max, &meet) {
                assert!(meet(&r) <= max.max(1.0), "{r:?} te breed");
            }
        }
    }

    #[test]
    fn widths_not_characters_decide() {
        // "W" is three times as wide as "i": five i's fit where two W's do not.
        let meet = |t: &str| t.chars().map(|c| if c == 'W' { 3.0 } else { 1.0 }).sum();
        assert_eq!(
            breek_regels("iiiii WW", 5.0, &meet),
            vec!["iiiii", "W", "W"]
        );
    }

    #[test]
    fn short_document_is_one_page_with_footer() {
        let p = maak_op(
            &doc(vec![
                Blok::Titel("Plan".into()),
                Blok::Alinea("Hallo".into()),
            ]),
            &mono,
        );
        assert_eq!(p.len(), 1);
        let t = p[0].teksten();
        for verwacht in ["Kop", "Vertrouwelijk", "pagina 1 van 1", "Plan", "Hallo"] {
            assert!(t.contains(&verwacht), "{verwacht} ontbreekt in {t:?}");
        }
    }

    /// How many 10 pt lines fit on a page body.
    fn regels_per_pagina() -> usize {
        (ROMP_HOOGTE / regelhoogte(TEKST)).floor() as usize
    }

    #[test]
    fn exact_page_counts() {
        let per = regels_per_pagina();
        // A paragraph of exactly k pages of lines fills exactly k pages; one line more adds a page.
        for (regels, paginas) in [
            (1, 1),
            (per, 1),
            (per + 1, 2),
            (3 * per, 3),
            (3 * per + 2, 4),
        ] {
            let tekst = vec!["regel"; regels].join("\n");
            let p = maak_op(&doc(vec![Blok::Alinea(tekst)]), &mono);
            assert_eq!(p.len(), paginas, "{regels} regels");
            let laatste = format!("pagina {paginas} van {paginas}");
            assert!(p[paginas - 1].teksten().contains(&laatste.as_str()));
            for (k, pagina) in p.iter().enumerate() {
                let x = format!("pagina {} van {}", k + 1, paginas);
                assert!(pagina.teksten().contains(&x.as_str()), "{x}");
            }
            // Every line is on some page, in order.
            let alle: Vec<String> = romp(&p).concat();
            assert_eq!(alle.len(), regels);
        }
    }

    #[test]
    fn nothing_runs_below_the_body() {
        let tekst = "woord ".repeat(5000);
        let p = maak_op(&doc(vec![Blok::Alinea(tekst)]), &mono);
        assert!(p.len() > 3);
        for pagina in &p {
            for t in &pagina.tekens {
                if let Teken::Tekst { y, tekst, .. } = t {
                    assert!(
                        *y <= ROMP_ONDER || tekst.starts_with("pagina") || tekst == "Vertrouwelijk"
                    );
                }
            }
        }
    }

    #[test]
    fn heading_is_kept_with_next_block() {
        let per = regels_per_pagina();
        // Fill the page to one line short of full, then a heading and a paragraph: the heading
        // would fit, but alone; it must move to page 2 with the paragraph.
        for vrij in 1..4 {
            let vulling = vec!["vul"; per - vrij].join("\n");
            let p = maak_op(
                &doc(vec![
                    Blok::Alinea(vulling),
                    Blok::Kop("Afspraken".into()),
                    Blok::Alinea("eerste regel\ntweede regel\nderde regel".into()),
                ]),
                &mono,
            );
            let r = romp(&p);
            let pagina_kop = r.iter().position(|p| p.contains(&"Afspraken".to_string()));
            let pagina_tekst = r
                .iter()
                .position(|p| p.contains(&"eerste regel".to_string()));
            assert_eq!(pagina_kop, pagina_tekst, "vrij {vrij}: {r:?}");
            assert!(r[0].last().is_none_or(|l| l != "Afspraken"));
        }
    }

    #[test]
    fn table_row_moves_whole_and_header_repeats() {
        let per = regels_per_pagina();
        let kolommen = vec![
            Kolom {
                titel: "Wie".into(),
                breedte: 1.0,
            },
            Kolom {
                titel: "Wat".into(),
                breedte: 3.0,
            },
        ];
        // Fill most of page 1, then rows of 3 lines each: some row must move to page 2.
        let rijen: Vec<Vec<String>> = (0..12)
            .map(|i| vec![format!("r{i}"), format!("a{i}\nb{i}\nc{i}")])
            .collect();
        let p = maak_op(
            &doc(vec![
                Blok::Alinea(vec!["vul"; per - 12].join("\n")),
                Blok::Tabel {
                    kolommen,
                    rijen: rijen.clone(),
                },
            ]),
            &mono,
        );
        assert_eq!(p.len(), 2);
        let r = romp(&p);
        for i in 0..12 {
            let op: Vec<usize> = [format!("a{i}"), format!("b{i}"), format!("c{i}")]
                .iter()
                .map(|t| r.iter().position(|p| p.contains(t)).expect("regel"))
                .collect();
            assert!(op.iter().all(|&x| x == op[0]), "rij {i} gesplitst: {op:?}");
        }
        // The header is on both pages, at the top of page 2.
        for pagina in &r {
            assert_eq!(
                pagina.iter().filter(|t| *t == "Wie").count(),
                1,
                "{pagina:?}"
            );
        }
        assert_eq!(r[1][0], "Wie");
        assert!(r[1][2].starts_with('r'), "{:?}", &r[1][..3]);
    }

    #[test]
    fn signatures_and_fields() {
        let p = maak_op(
            &doc(vec![
                Blok::Velden(vec![("Casus".into(), "K-014".into())]),
                Blok::Opsomming(vec!["Bel 112".into()]),
                Blok::Handtekeningen(vec!["Fatma Yılmaz".into(), "Jan de Vries".into()]),
            ]),
            &mono,
        );
        let t = p[0].teksten();
        for verwacht in [
            "Casus",
            "K-014",
            "•",
            "Bel 112",
            "Fatma Yılmaz",
            "Jan de Vries",
        ] {
            assert!(t.contains(&verwacht), "{verwacht}: {t:?}");
        }
        assert_eq!(t.iter().filter(|x| x.starts_with("Datum:")).count(), 2);
    }

    #[test]
    fn watermarks_stack_and_come_first() {
        let mut d = doc(vec![Blok::Alinea("x".into())]);
        assert!(
            !maak_op(&d, &mono)[0]
                .tekens
                .iter()
                .any(|t| matches!(t, Teken::Watermerk { .. }))
        );
        d.watermerken = vec!["CONCEPT".into(), "OEFENOMGEVING".into()];
        let p = maak_op(&d, &mono);
        let w: Vec<(f32, f32)> = p[0]
            .tekens
            .iter()
            .take(2)
            .map(|t| match t {
                Teken::Watermerk { x, y, grootte, .. } => (*x + *y, *grootte),
                _ => panic!("watermerk niet eerst"),
            })
            .collect();
        assert!(w[0].1 > 30.0);
        // The two are apart by more than their size (not drawn over each other).
        assert!((w[0].0 - w[1].0).abs() > w[0].1);
    }
}

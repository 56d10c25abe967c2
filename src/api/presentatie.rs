//! The projector of an MDA++ sessie: which agendapunt and which step the shared screen shows, a
//! timer per agendapunt, and whether identities are hidden (they are, until the voorzitter says
//! otherwise — for the casus on the wall only: every change of casus hides them again). The shell
//! keeps one [`Presentatie`]; every action goes through [`Werkplaats::presentatie_beeld`], which
//! reads the sessie and every casus on its agenda from the vault again, so what the table just
//! decided is on the wall at once, and turns them into the [`Presentatiebeeld`] the projector
//! window draws (with the names of all those casussen hidden).

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Result, Werkplaats};
use crate::export::{PRESENTATIESTAPPEN, Presentatiebeeld, presentatiebeeld};
use crate::vault::{self, Inzage};

/// What the voorzitter does with the projector (keys in either window, buttons in the main one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "soort", rename_all = "camelCase")]
#[ts(export)]
pub enum Presentatieactie {
    /// The next step; after the last step of a casus, the next casus.
    VolgendeStap,
    /// The previous step; before the first, the previous casus's last step.
    VorigeStap,
    /// The next casus, at its first step.
    VolgendeCasus,
    /// The previous casus, at its first step.
    VorigeCasus,
    /// Start or stop the timer of the casus on the screen.
    Timer,
    /// Hide identities (initials, organisations and roles) or show the names as typed — until the
    /// projector shows another casus.
    Verbergen { aan: bool },
    /// Go to a casus (0-based on the agenda) and a step (0-based).
    Ga { agenda: u32, stap: u32 },
    /// Only draw again (after the sessie or a casus was saved).
    Ververs,
}

#[derive(Debug, Clone, Default)]
struct Timer {
    opgeteld: Duration,
    sinds: Option<Instant>,
}

impl Timer {
    fn stand(&self, nu: Instant) -> Duration {
        self.opgeteld
            + self
                .sinds
                .map_or(Duration::ZERO, |s| nu.saturating_duration_since(s))
    }

    fn stop(&mut self, nu: Instant) {
        self.opgeteld = self.stand(nu);
        self.sinds = None;
    }
}

/// Where the projector of one sessie is. Starts at the first casus, first step, identities hidden,
/// every timer at zero and stopped.
///
/// Showing names holds for one casus: every action that changes which casus is on the wall
/// (another agendapunt, or another casus at the same place after the agenda changed) hides them
/// again.
#[derive(Debug, Clone)]
pub struct Presentatie {
    sessie_id: String,
    agenda: usize,
    stap: usize,
    verbergen: bool,
    timers: Vec<Timer>,
    /// The casus last recorded as shown, and whether its names were visible: a look is recorded
    /// when another casus comes on the screen or its names are shown, not on every step, timer
    /// tick or redraw.
    vastgelegd: Option<(String, bool)>,
    /// The casus the last beeld showed.
    getoond: Option<uuid::Uuid>,
}

impl Presentatie {
    pub fn nieuw(sessie_id: &str) -> Presentatie {
        Presentatie {
            sessie_id: sessie_id.to_string(),
            agenda: 0,
            stap: 0,
            verbergen: true,
            timers: Vec::new(),
            vastgelegd: None,
            getoond: None,
        }
    }

    pub fn sessie_id(&self) -> &str {
        &self.sessie_id
    }

    /// Apply `actie` to an agenda of `aantal` casussen (which may have changed since the last
    /// action: positions are clamped, timers follow the index).
    pub fn pas_toe(&mut self, actie: Presentatieactie, aantal: usize, nu: Instant) {
        let stappen = PRESENTATIESTAPPEN.len();
        let eerst = self.agenda;
        self.timers.resize_with(aantal, Timer::default);
        self.agenda = self.agenda.min(aantal.saturating_sub(1));
        let van = self.agenda;
        match actie {
            Presentatieactie::VolgendeStap => {
                if self.stap + 1 < stappen {
                    self.stap += 1;
                } else if self.agenda + 1 < aantal {
                    self.agenda += 1;
                    self.stap = 0;
                }
            }
            Presentatieactie::VorigeStap => {
                if self.stap > 0 {
                    self.stap -= 1;
                } else if self.agenda > 0 {
                    self.agenda -= 1;
                    self.stap = stappen - 1;
                }
            }
            Presentatieactie::VolgendeCasus => {
                if self.agenda + 1 < aantal {
                    self.agenda += 1;
                    self.stap = 0;
                }
            }
            Presentatieactie::VorigeCasus => {
                if self.agenda > 0 {
                    self.agenda -= 1;
                    self.stap = 0;
                }
            }
            Presentatieactie::Timer => {
                if let Some(t) = self.timers.get_mut(self.agenda) {
                    if t.sinds.is_some() {
                        t.stop(nu);
                    } else {
                        t.sinds = Some(nu);
                    }
                }
            }
            Presentatieactie::Verbergen { aan } => self.verbergen = aan,
            Presentatieactie::Ga { agenda, stap } => {
                self.agenda = (agenda as usize).min(aantal.saturating_sub(1));
                self.stap = (stap as usize).min(stappen - 1);
            }
            Presentatieactie::Ververs => {}
        }
        // The timer belongs to its agendapunt: leaving the casus stops it.
        if self.agenda != van
            && let Some(t) = self.timers.get_mut(van)
        {
            t.stop(nu);
        }
        // Names shown were for that casus only.
        if self.agenda != eerst {
            self.verbergen = true;
        }
    }

    /// Note that the beeld shows casus `id` now: when that is another casus than the last beeld
    /// showed (the agenda changed under the projector), identities are hidden again.
    pub fn toont(&mut self, id: uuid::Uuid) {
        if self.getoond.is_some_and(|g| g != id) {
            self.verbergen = true;
        }
        self.getoond = Some(id);
    }

    /// The timer of the casus on the screen: seconds so far, and whether it runs.
    pub fn timer(&self, nu: Instant) -> (u64, bool) {
        self.timers
            .get(self.agenda)
            .map_or((0, false), |t| (t.stand(nu).as_secs(), t.sinds.is_some()))
    }

    pub fn verbergen(&self) -> bool {
        self.verbergen
    }
}

impl Werkplaats {
    /// Apply `actie` (if any) to the projector and draw what it shows now, from the vault as it is.
    /// A casus coming on the screen, and its names being shown, are recorded in the audit trail
    /// (before the beeld is handed out).
    pub fn presentatie_beeld(
        &self,
        p: &mut Presentatie,
        actie: Option<Presentatieactie>,
        nu: Instant,
    ) -> Result<Presentatiebeeld> {
        self.with_open(|v| {
            let sessie = v.sessie_get(p.sessie_id())?;
            if sessie.agenda.is_empty() {
                return Err(vault::Error::Invalid(
                    "Deze sessie heeft nog geen casussen op de agenda. Zet er eerst een casus op."
                        .into(),
                ));
            }
            p.pas_toe(
                actie.unwrap_or(Presentatieactie::Ververs),
                sessie.agenda.len(),
                nu,
            );
            p.toont(sessie.agenda[p.agenda].casus_id);
            // Every casus on the agenda: a name from one may be said in another's inbreng.
            let casussen = super::sessie::agenda_casussen(v, &sessie)?;
            let mut beeld = presentatiebeeld(
                &sessie,
                &casussen,
                p.agenda,
                PRESENTATIESTAPPEN[p.stap],
                p.verbergen,
            )
            .ok_or_else(|| vault::Error::Internal("agendapunt buiten de agenda".into()))?;
            let op_het_scherm = sessie.agenda[p.agenda].casus_id;
            if let Some(c) = casussen.iter().find(|c| c.id == op_het_scherm) {
                let getoond = (c.id.to_string(), !p.verbergen);
                let inzage = match &p.vastgelegd {
                    Some(eerder) if *eerder == getoond => None,
                    // The same casus: only showing its names is a new look.
                    Some((id, _)) if *id == getoond.0 => getoond.1.then_some(Inzage::NamenGetoond),
                    _ => Some(Inzage::Gepresenteerd { namen: getoond.1 }),
                };
                if let Some(inzage) = inzage {
                    v.record_inzage(inzage, Some(&getoond.0))?;
                }
                p.vastgelegd = Some(getoond);
            }
            (beeld.timer_seconden, beeld.timer_loopt) = p.timer(nu);
            Ok(beeld)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(p: &Presentatie) -> (usize, usize) {
        (p.agenda, p.stap)
    }

    #[test]
    fn stappen_lopen_door_naar_de_volgende_casus_en_terug() {
        let n = PRESENTATIESTAPPEN.len();
        let t0 = Instant::now();
        let mut p = Presentatie::nieuw("s");
        assert!(p.verbergen(), "namen zijn standaard verborgen");
        for _ in 0..n - 1 {
            p.pas_toe(Presentatieactie::VolgendeStap, 2, t0);
        }
        assert_eq!(op(&p), (0, n - 1));
        p.pas_toe(Presentatieactie::VolgendeStap, 2, t0);
        assert_eq!(op(&p), (1, 0), "na de laatste stap komt de volgende casus");
        p.pas_toe(Presentatieactie::VolgendeStap, 2, t0);
        p.pas_toe(Presentatieactie::VolgendeCasus, 2, t0);
        assert_eq!(
            op(&p),
            (1, 1),
            "na de laatste casus blijft het scherm staan"
        );
        p.pas_toe(Presentatieactie::VorigeStap, 2, t0);
        p.pas_toe(Presentatieactie::VorigeStap, 2, t0);
        assert_eq!(
            op(&p),
            (0, n - 1),
            "terug vóór de eerste stap: de vorige casus"
        );
        p.pas_toe(Presentatieactie::VorigeCasus, 2, t0);
        assert_eq!(
            op(&p),
            (0, n - 1),
            "vóór de eerste casus blijft het scherm staan"
        );
        p.pas_toe(
            Presentatieactie::Ga {
                agenda: 9,
                stap: 99,
            },
            2,
            t0,
        );
        assert_eq!(op(&p), (1, n - 1), "ga naar wordt begrensd");
        p.pas_toe(Presentatieactie::Ververs, 1, t0);
        assert_eq!(op(&p).0, 0, "een kortere agenda begrenst de casus");
    }

    #[test]
    fn de_timer_hoort_bij_het_agendapunt() {
        let t0 = Instant::now();
        let s = Duration::from_secs;
        let mut p = Presentatie::nieuw("s");
        assert_eq!(p.timer(t0), (0, false));
        p.pas_toe(Presentatieactie::Timer, 2, t0);
        assert_eq!(p.timer(t0 + s(65)), (65, true));
        p.pas_toe(Presentatieactie::Timer, 2, t0 + s(70));
        assert_eq!(p.timer(t0 + s(500)), (70, false), "gestopt blijft staan");
        p.pas_toe(Presentatieactie::Timer, 2, t0 + s(600));
        p.pas_toe(Presentatieactie::VolgendeCasus, 2, t0 + s(610));
        assert_eq!(
            p.timer(t0 + s(700)),
            (0, false),
            "de volgende casus heeft zijn eigen timer"
        );
        p.pas_toe(Presentatieactie::VorigeCasus, 2, t0 + s(800));
        assert_eq!(
            p.timer(t0 + s(900)),
            (80, false),
            "weggaan stopte de timer van de vorige casus (70 + 10 s)"
        );
        p.pas_toe(Presentatieactie::Verbergen { aan: false }, 2, t0);
        assert!(!p.verbergen());
    }

    /// Showing names holds for one casus: every way of reaching another casus hides them again;
    /// moving between the steps of the same casus, the timer and redrawing do not.
    #[test]
    fn namen_tonen_geldt_voor_een_casus() {
        let n = PRESENTATIESTAPPEN.len() as u32;
        let t0 = Instant::now();
        let toon =
            |p: &mut Presentatie| p.pas_toe(Presentatieactie::Verbergen { aan: false }, 3, t0);
        let acties = [
            (Presentatieactie::Ga { agenda: 1, stap: 0 }, 0, 0, true),
            (Presentatieactie::VolgendeCasus, 0, 0, true),
            (Presentatieactie::VorigeCasus, 1, 0, true),
            (Presentatieactie::VolgendeStap, 0, n - 1, true),
            (Presentatieactie::VorigeStap, 1, 0, true),
            (Presentatieactie::VolgendeStap, 0, 0, false),
            (Presentatieactie::VorigeStap, 0, 1, false),
            (Presentatieactie::Ga { agenda: 0, stap: 4 }, 0, 0, false),
            (Presentatieactie::Timer, 0, 0, false),
            (Presentatieactie::Ververs, 0, 0, false),
        ];
        for (actie, agenda, stap, verborgen) in acties {
            let mut p = Presentatie::nieuw("s");
            p.pas_toe(Presentatieactie::Ga { agenda, stap }, 3, t0);
            toon(&mut p);
            assert!(!p.verbergen());
            p.pas_toe(actie, 3, t0);
            assert_eq!(
                p.verbergen(),
                verborgen,
                "{actie:?} vanaf ({agenda}, {stap})"
            );
        }
        // A shorter agenda moves the projector to another casus.
        let mut p = Presentatie::nieuw("s");
        p.pas_toe(Presentatieactie::Ga { agenda: 2, stap: 0 }, 3, t0);
        toon(&mut p);
        p.pas_toe(Presentatieactie::Ververs, 2, t0);
        assert!(p.verbergen(), "de agenda werd korter");
        // The same place, another casus (the agenda was reordered): hidden again.
        let (a, b) = (uuid::Uuid::new_v4(), uuid::Uuid::new_v4());
        let mut p = Presentatie::nieuw("s");
        p.toont(a);
        toon(&mut p);
        p.toont(a);
        assert!(!p.verbergen(), "dezelfde casus");
        p.toont(b);
        assert!(p.verbergen(), "een andere casus op dezelfde plaats");
    }
}

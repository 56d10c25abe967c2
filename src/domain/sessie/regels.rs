//! The rules every stored sessie obeys: what a save may change, and what makes a sessie valid.

use uuid::Uuid;

use super::{
    Actiepunt, MAX_PARTNER_BYTES, Sessie, Sessiefout, Sessiestatus, is_begintijd, is_duur,
};
use crate::domain::MAX_TEKST_BYTES;
use crate::domain::Probleem;
use crate::domain::validatie::te_vroeg;

/// The rule every save of a sessie obeys (`oud` is what is stored, `nieuw` what is about to be):
/// only afronden makes a sessie afgerond and marks actiepunten verwerkt, an afgerond sessie
/// stays afgerond and changes only its samenvatting (it is the record of what the table
/// decided), and a verwerkt actiepunt — already in its casus — never changes or disappears.
pub fn controleer_sessiewijzigingen(oud: &Sessie, nieuw: &Sessie) -> Result<(), Sessiefout> {
    let afgerond = |s: &Sessie| s.status == Sessiestatus::Afgerond;
    if afgerond(oud) != afgerond(nieuw) {
        return Err(Sessiefout::NietTeWijzigen);
    }
    if afgerond(oud) {
        let zonder_samenvatting = Sessie {
            samenvatting: oud.samenvatting.clone(),
            versie: oud.versie,
            ..nieuw.clone()
        };
        return if zonder_samenvatting == *oud {
            Ok(())
        } else {
            Err(Sessiefout::Vastgelegd)
        };
    }
    let verwerkt = |s: &Sessie| -> Vec<(Uuid, Actiepunt)> {
        s.agenda
            .iter()
            .flat_map(|a| {
                a.actiepunten
                    .iter()
                    .filter(|p| p.verwerkt)
                    .map(move |p| (a.casus_id, p.clone()))
            })
            .collect()
    };
    let (was, wordt) = (verwerkt(oud), verwerkt(nieuw));
    if was.len() != wordt.len() || was.iter().any(|p| !wordt.contains(p)) {
        return Err(Sessiefout::NietTeWijzigen);
    }
    Ok(())
}

/// Every problem in the sessie, each with its JSON path and a Dutch message; empty when valid.
/// Checked: voorzitter and names present, texts within [`MAX_TEKST_BYTES`], unique ids, inbreng
/// from deelnemers that exist, times "HH:MM" and durations of 1 to [`MAX_DUUR_MINUTEN`] minutes,
/// a casus at most once on the agenda, actiepunten with wie and wat, the status consistent with
/// its moments.
pub fn valideer_sessie(sessie: &Sessie) -> Vec<Probleem> {
    let mut p = Vec::new();
    let mut meld = |pad: String, melding: &str| {
        p.push(Probleem {
            pad,
            melding: melding.to_string(),
        })
    };
    let tekst = |meld: &mut dyn FnMut(String, &str), pad: String, waarde: &str, verplicht: bool| {
        if waarde.len() > MAX_TEKST_BYTES {
            meld(pad, "Te lang: hoogstens 1024 kB.");
        } else if verplicht && waarde.trim().is_empty() {
            meld(pad, "Dit veld is verplicht maar leeg.");
        }
    };
    // The voorzitter is a person's name, held to a partner's limit.
    if sessie.voorzitter.len() > MAX_PARTNER_BYTES {
        meld(
            "voorzitter".into(),
            &format!("Te lang: hoogstens {MAX_PARTNER_BYTES} bytes."),
        );
    } else {
        tekst(&mut meld, "voorzitter".into(), &sessie.voorzitter, true);
    }
    if let Some(melding) = te_vroeg(sessie.datum) {
        meld("datum".into(), &melding);
    }
    tekst(
        &mut meld,
        "samenvatting".into(),
        &sessie.samenvatting,
        false,
    );
    let mut ids: Vec<(Uuid, String)> = Vec::new();
    let mut uniek = |meld: &mut dyn FnMut(String, &str), id: Uuid, pad: String| {
        if ids.iter().any(|(i, _)| *i == id) {
            meld(pad, "Dubbele id: al eerder gebruikt in deze sessie.");
        } else {
            ids.push((id, pad));
        }
    };
    for (i, d) in sessie.deelnemers.iter().enumerate() {
        let pad = format!("deelnemers[{i}]");
        uniek(&mut meld, d.id, format!("{pad}.id"));
        for probleem in d.problemen(&pad) {
            meld(probleem.pad, &probleem.melding);
        }
    }
    for (i, a) in sessie.agenda.iter().enumerate() {
        let pad = format!("agenda[{i}]");
        if sessie.agenda[..i].iter().any(|b| b.casus_id == a.casus_id) {
            meld(
                format!("{pad}.casusId"),
                "Deze casus staat al eerder op de agenda.",
            );
        }
        tekst(&mut meld, format!("{pad}.casusCode"), &a.casus_code, true);
        if !is_begintijd(&a.begintijd) {
            meld(
                format!("{pad}.begintijd"),
                "Geen geldige tijd: schrijf uren en minuten als 09:30.",
            );
        }
        if !is_duur(a.duur_minuten) {
            meld(
                format!("{pad}.duurMinuten"),
                "De duur loopt van 1 tot en met 480 minuten.",
            );
        }
        for (j, inbreng) in a.inbreng.iter().enumerate() {
            if sessie.deelnemer(inbreng.deelnemer_id).is_none() {
                meld(
                    format!("{pad}.inbreng[{j}].deelnemerId"),
                    "Verwijst naar een deelnemer die niet in de sessie staat.",
                );
            }
            tekst(
                &mut meld,
                format!("{pad}.inbreng[{j}].tekst"),
                &inbreng.tekst,
                true,
            );
        }
        tekst(&mut meld, format!("{pad}.weging"), &a.weging, false);
        for (j, b) in a.besluiten.iter().enumerate() {
            tekst(&mut meld, format!("{pad}.besluiten[{j}]"), b, true);
        }
        for (j, actie) in a.actiepunten.iter().enumerate() {
            let pad = format!("{pad}.actiepunten[{j}]");
            uniek(&mut meld, actie.id, format!("{pad}.id"));
            tekst(&mut meld, format!("{pad}.wie"), &actie.wie, true);
            tekst(&mut meld, format!("{pad}.wat"), &actie.wat, true);
            if let Some(melding) = te_vroeg(actie.wanneer) {
                meld(format!("{pad}.wanneer"), &melding);
            }
            if actie.verwerkt && sessie.status != Sessiestatus::Afgerond {
                meld(
                    format!("{pad}.verwerkt"),
                    "Alleen een afgeronde sessie heeft verwerkte actiepunten.",
                );
            }
        }
    }
    match (sessie.status, sessie.gestart, sessie.afgerond) {
        (Sessiestatus::Gepland, _, Some(_)) | (Sessiestatus::Gestart, _, Some(_)) => meld(
            "afgerond".into(),
            "Een sessie die niet is afgerond heeft geen moment van afronden.",
        ),
        (Sessiestatus::Gestart, None, _) => meld(
            "gestart".into(),
            "Een gestarte sessie moet zeggen wanneer ze begon.",
        ),
        (Sessiestatus::Afgerond, _, None) | (Sessiestatus::Afgerond, None, _) => meld(
            "afgerond".into(),
            "Een afgeronde sessie moet zeggen wanneer ze begon en werd afgerond.",
        ),
        (Sessiestatus::Afgerond, Some(g), Some(a)) if a < g => meld(
            "afgerond".into(),
            "De sessie werd afgerond voordat ze begon.",
        ),
        _ => {}
    }
    p
}

//! The façade the shell calls: states, error codes and Dutch messages as the UI receives them.

use top3::api::{ErrorCode, VaultState, Werkplaats};

use crate::util::{self, PASS};

#[test]
fn session_states_and_error_codes() {
    let tmp = util::tempdir();
    let w = Werkplaats::new(tmp.path()).unwrap();
    let info = w.info();
    assert_eq!(info.vault, VaultState::Geen);
    assert_eq!(info.version, top3::VERSION);
    assert_eq!(info.idle_lock_minutes, 5);
    assert_eq!(
        std::path::Path::new(&info.vault_dir),
        tmp.path().canonicalize().unwrap()
    );

    let e = w.unlock(PASS).unwrap_err();
    assert_eq!(e.code, ErrorCode::NoVault);
    let e = w.create("kort", "Tester").unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert!(e.message.contains("te kort"), "{}", e.message);
    assert_eq!(
        w.state(),
        VaultState::Geen,
        "a refused create leaves no vault"
    );

    let new = w.create(PASS, "  Tester  ").unwrap();
    assert_eq!(new.recovery_code.len(), 29);
    assert_eq!(w.state(), VaultState::Ontgrendeld);
    assert_eq!(w.summary().unwrap().profile_name, "Tester");
    assert_eq!(
        w.create(PASS, "x").unwrap_err().code,
        ErrorCode::VaultExists
    );

    assert!(w.lock("handmatig"));
    assert!(!w.lock("handmatig"), "locking twice is harmless");
    assert_eq!(w.state(), VaultState::Vergrendeld);
    assert_eq!(w.summary().unwrap_err().code, ErrorCode::Locked);
    assert_eq!(w.audit_log().unwrap_err().code, ErrorCode::Locked);

    let e = w.unlock("Verkeerd-Wachtwoord").unwrap_err();
    assert_eq!(e.code, ErrorCode::WrongPassphrase);
    assert_eq!(
        e.message,
        "Het wachtwoord klopt niet. Er is niets gewijzigd."
    );
    assert_eq!(w.state(), VaultState::Vergrendeld);

    let s = w.unlock(PASS).unwrap();
    assert_eq!(s.idle_lock_minutes, 5);
    let s = w.set_idle_lock_minutes(12).unwrap();
    assert_eq!(s.idle_lock_minutes, 12);
    assert_eq!(w.info().idle_lock_minutes, 12);
    assert_eq!(
        w.set_idle_lock_minutes(500).unwrap_err().code,
        ErrorCode::Invalid
    );

    assert_eq!(
        w.change_passphrase("Verkeerd-Wachtwoord", "Nieuw-Wachtwoord-12")
            .unwrap_err()
            .code,
        ErrorCode::WrongPassphrase
    );
    w.change_passphrase(PASS, "Nieuw-Wachtwoord-12").unwrap();
    w.lock("na inactiviteit");
    assert_eq!(w.unlock(PASS).unwrap_err().code, ErrorCode::WrongPassphrase);
    w.unlock("Nieuw-Wachtwoord-12").unwrap();

    let e = w
        .recover("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", "Nog-Een-Wachtwoord")
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::WrongPassphrase);
    assert!(e.message.contains("herstelcode"));
    w.recover(&new.recovery_code, "Nog-Een-Wachtwoord").unwrap();

    let log = w.audit_log().unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "kluis aangemaakt",
            "kluis vergrendeld",
            "kluis ontgrendeld",
            "instelling gewijzigd",
            "wachtwoord gewijzigd",
            "kluis vergrendeld",
            "kluis ontgrendeld",
            "herstelcode gebruikt",
            "sleutel vervangen"
        ]
    );
    assert!(log.iter().all(|e| e.who == "Tester"));
    assert_eq!(log[1].summary, "kluis vergrendeld (handmatig)");
    assert_eq!(log[5].summary, "kluis vergrendeld (na inactiviteit)");
    assert_eq!(
        log.iter().map(|e| e.seq).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5, 6, 7, 8, 9]
    );

    // A second session on the same directory is refused while this one lives.
    assert_eq!(
        Werkplaats::new(tmp.path()).err().unwrap().code,
        ErrorCode::InUse
    );
}

#[test]
fn errors_serialise_as_code_and_message() {
    let tmp = util::tempdir();
    let w = Werkplaats::new(tmp.path()).unwrap();
    let e = w.unlock(PASS).unwrap_err();
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(json["code"], "noVault");
    assert!(
        json["message"]
            .as_str()
            .unwrap()
            .starts_with("Er is nog geen kluis")
    );
    let info = serde_json::to_value(w.info()).unwrap();
    assert_eq!(info["vault"], "geen");
    assert!(info["vaultDir"].is_string() && info["idleLockMinutes"] == 5);
}

#[test]
fn casus_werkblad_through_the_facade() {
    use chrono::NaiveDate;
    use top3::domain::{Fase, Faseverzoek, Informatie};

    let tmp = util::tempdir();
    let w = Werkplaats::new(tmp.path()).unwrap();
    assert_eq!(
        w.casus_list().unwrap_err().code,
        ErrorCode::Locked,
        "needs an open vault"
    );
    w.create(PASS, "Tester").unwrap();
    let wb = w.casus_create("W-1", "Gezin W").unwrap();
    assert_eq!(wb.casus.code, "W-1");
    assert_eq!(wb.casus.fase, Fase::DirecteVeiligheid);
    assert!(!wb.volledigheid.is_empty(), "completeness per step");
    assert!(
        wb.fasepoort.voorwaarden.iter().any(|v| !v.voldaan),
        "the gate is not open for an empty casus"
    );

    // Save a change; the returned werkblad carries the next version.
    let mut casus = wb.casus.clone();
    casus
        .informatie
        .push(Informatie::nieuw("Moeder vertelt over geschreeuw"));
    let saved = w.casus_save(&casus).unwrap();
    assert_eq!(saved.casus.versie, wb.casus.versie + 1);
    assert_eq!(
        w.casus_search("geschreeuw").unwrap(),
        vec![wb.casus.id.to_string()]
    );
    // The stale copy is refused.
    let e = w.casus_save(&casus).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);

    // The phase gate: moving on without the conditions needs a reason.
    let verzoek = |reden: Option<&str>| Faseverzoek {
        naar: Fase::StabieleVeiligheid,
        datum: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        onderbouwing: "Afspraken werken sinds twee weken".into(),
        afwijkingsreden: reden.map(str::to_string),
    };
    let id = wb.casus.id.to_string();
    let e = w
        .casus_change_phase(&id, saved.casus.versie, verzoek(None))
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    let moved = w
        .casus_change_phase(&id, saved.casus.versie, verzoek(Some("MDA++ besloot zo")))
        .unwrap();
    assert_eq!(moved.casus.fase, Fase::StabieleVeiligheid);
    assert_eq!(moved.casus.faseovergangen.len(), 1);
    assert_eq!(
        moved.casus.faseovergangen[0].afwijkingsreden.as_deref(),
        Some("MDA++ besloot zo")
    );

    let list = w.casus_list().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].fase, Fase::StabieleVeiligheid);
    let json = serde_json::to_value(&list[0]).unwrap();
    assert_eq!(json["fase"], "stabieleVeiligheid");

    let log = w.audit_log().unwrap();
    let summaries: Vec<&str> = log
        .iter()
        .filter(|e| e.casus_id.is_some())
        .map(|e| e.summary.as_str())
        .collect();
    assert_eq!(
        summaries,
        [
            "nieuwe casus",
            "informatie",
            "fase gewijzigd naar stabiele veiligheid: fase"
        ]
    );
    w.casus_delete(&id).unwrap();
    assert!(w.casus_list().unwrap().is_empty());
    assert_eq!(w.casus_open(&id).unwrap_err().code, ErrorCode::NotFound);
}

/// The werkblad carries what the method derives (the UI keeps no copy of these rules). Inputs
/// where the UI's former TypeScript copies gave another answer than the core.
#[test]
fn werkblad_carries_the_derived_facts() {
    use chrono::Datelike;
    use top3::domain::{
        Betrokkene, Categorie, Concretisering, Informatie, Leeftijd, Plansoort, Rol, Wanneer,
    };

    let tmp = util::tempdir();
    let w = Werkplaats::new(tmp.path()).unwrap();
    w.create(PASS, "Tester").unwrap();
    let mut casus = w.casus_create("A-1", "Gezin A").unwrap().casus;
    let vandaag = w.vandaag();

    // Betrokkenen: born 18 years ago (17 or 18 today: open), a child without an age, an adult.
    let mut jong = Betrokkene::nieuw("Sem", vec![Rol::Getuige]);
    jong.leeftijd = Some(Leeftijd::Geboortejaar {
        jaar: vandaag.year() - 18,
    });
    let kind = Betrokkene::nieuw("Lot", vec![Rol::Kind]);
    let mut vader = Betrokkene::nieuw("Vader", vec![Rol::Pleger]);
    vader.leeftijd = Some(Leeftijd::Geboortejaar {
        jaar: vandaag.year() - 40,
    });
    let (jong_id, kind_id, vader_id) = (jong.id, kind.id, vader.id);
    casus.betrokkenen = vec![jong, kind, vader];

    // Four onveilige situaties: one with wie, wat, wanneer but no "tegen wie", one complete.
    let situaties: Vec<Informatie> = (1..=4)
        .map(|n| {
            let mut i = Informatie::nieuw(format!("Situatie {n}"));
            i.categorie = Categorie::OnveiligeSituatie;
            i
        })
        .collect();
    let ids: Vec<_> = situaties.iter().map(|i| i.id).collect();
    casus.informatie = situaties;
    let mut zonder_slachtoffer = Concretisering::voor(ids[0]);
    zonder_slachtoffer.plegers = vec![vader_id];
    zonder_slachtoffer.wat = "slaat".into();
    zonder_slachtoffer.wanneer = Some(Wanneer::Periode {
        omschrijving: "zomer".into(),
    });
    let mut compleet = zonder_slachtoffer.clone();
    compleet.informatie_id = ids[1];
    compleet.slachtoffers = vec![kind_id];
    casus.concretiseringen = vec![zonder_slachtoffer, compleet];
    let wb = w.casus_save(&casus).unwrap();
    let a = &wb.afgeleid;

    assert_eq!(a.vandaag, vandaag);
    assert_eq!(a.instellingen.veiligheidsdrempel, 6);
    let feit = |id| a.betrokkenen.iter().find(|b| b.id == id).unwrap();
    // The former UI copy took the lower bound (17: minor, no kindcheck).
    assert_eq!(feit(jong_id).minderjarig, None, "17 or 18 today: open");
    assert!(feit(jong_id).kindcheck_nodig, "open age counts as adult");
    // The former UI copy offered a kindcheck to a child of unknown age.
    assert_eq!(feit(kind_id).minderjarig, None);
    assert!(!feit(kind_id).kindcheck_nodig, "role Kind: no kindcheck");
    assert_eq!(feit(vader_id).minderjarig, Some(false));
    assert!(feit(vader_id).kindcheck_nodig);

    // The former UI copy called a situation without "tegen wie" concreet.
    assert_eq!(a.situaties.len(), 4);
    assert!(!a.situaties[0].concreet);
    assert_eq!(a.situaties[0].ontbreekt, ["tegen wie"]);
    assert!(a.situaties[1].concreet && a.situaties[1].ontbreekt.is_empty());
    assert_eq!(
        a.situaties[2].ontbreekt,
        ["wie", "tegen wie", "wat", "wanneer"]
    );

    // The top 3 takes onveilige situaties only, three at most.
    assert_eq!(a.top3.maximum, 3);
    assert!(!a.top3.vol);
    assert_eq!(a.top3.kandidaten, ids);
    let mut casus = wb.casus.clone();
    for id in &ids[..3] {
        casus.top3.plaatsen.push(top3::domain::Top3Plaats {
            situatie_id: *id,
            risicofactoren: vec![],
            doelen: vec![top3::domain::Doel::nieuw(
                "Niemand wordt nog geslagen",
                top3::domain::Fase::DirecteVeiligheid,
                vec![*id],
            )],
        });
    }
    let wb = w.casus_save(&casus).unwrap();
    assert!(wb.afgeleid.top3.vol);
    assert_eq!(wb.afgeleid.top3.kandidaten, [ids[3]]);

    // Plans: what a concept still lacks, and the trail of its doelen.
    let wb = w
        .plan_nieuw(
            &wb.casus.id.to_string(),
            wb.casus.versie,
            Plansoort::Veiligheidsplan,
        )
        .unwrap();
    let plan = &wb.afgeleid.plannen[0];
    assert!(plan.bewerkbaar && !plan.verspreiding_bijhouden);
    assert!(
        plan.ontbreekt
            .contains(&"noem de casusregisseur".to_string()),
        "{:?}",
        plan.ontbreekt
    );
    let sporen: Vec<_> = plan.sporen.iter().map(|s| s.spoor.clone()).collect();
    assert_eq!(
        sporen,
        [1, 2, 3].map(|n| Some(format!("Gaat over top-3 situatie {n}: Situatie {n}")))
    );
    assert_eq!(wb.afgeleid.plan_stand, "Veiligheidsplan: concept versie 1");

    // The list's signals come with their short form, the drempel in it.
    let list = w.casus_list().unwrap();
    assert!(list[0].signalen.iter().all(|s| !s.kort.is_empty()));

    // Where the casus can go: on through the (closed) fasepoort, and — once on — back without it.
    use top3::domain::{Fase, Faseverzoek};
    let keuzes = |wb: &top3::api::CasusWerkblad| {
        wb.afgeleid
            .fasekeuzes
            .iter()
            .map(|k| (k.naar, k.terug, k.door_poort, k.afwijkingsreden_nodig))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        keuzes(&wb),
        [
            (Fase::StabieleVeiligheid, false, true, true),
            (Fase::Herstel, false, true, true)
        ]
    );
    let wb = w
        .casus_change_phase(
            &wb.casus.id.to_string(),
            wb.casus.versie,
            Faseverzoek {
                naar: Fase::StabieleVeiligheid,
                datum: vandaag,
                onderbouwing: "MDA++-besluit".into(),
                afwijkingsreden: Some("Plan wordt parallel vastgesteld".into()),
            },
        )
        .unwrap();
    assert_eq!(
        keuzes(&wb),
        [
            (Fase::DirecteVeiligheid, true, false, false),
            (Fase::Herstel, false, false, false)
        ]
    );
    // Back when violence returns: only an onderbouwing.
    let wb = w
        .casus_change_phase(
            &wb.casus.id.to_string(),
            wb.casus.versie,
            Faseverzoek {
                naar: Fase::DirecteVeiligheid,
                datum: vandaag,
                onderbouwing: "Nieuw incident".into(),
                afwijkingsreden: None,
            },
        )
        .unwrap();
    assert_eq!(wb.casus.fase, Fase::DirecteVeiligheid);
}

/// The verdict the UI shows while typing counts the profile name: the one typed on the create
/// form, else the open vault's; changing to such a passphrase is refused with the same reason.
#[test]
fn passphrase_verdict_counts_the_profile_name() {
    let tmp = util::tempdir();
    let w = Werkplaats::new(tmp.path()).unwrap();
    let naam = "Wietske Oosterbroek";
    let zwak = "wietskeoosterbroek";
    assert!(w.beoordeel_wachtwoord(zwak, None).voldoende);
    let o = w.beoordeel_wachtwoord(zwak, Some(naam));
    assert!(!o.voldoende && o.score <= 2, "{o:?}");
    assert!(o.uitleg.iter().any(|u| u.starts_with("Je naam")), "{o:?}");
    let o = w.beoordeel_wachtwoord("aaaaaaaaaaaa", None);
    assert!(!o.voldoende, "{o:?}");

    w.create(PASS, naam).unwrap();
    assert!(
        !w.beoordeel_wachtwoord(zwak, None).voldoende,
        "the open vault's name"
    );
    let e = w.change_passphrase(PASS, zwak).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert!(e.message.contains("niet sterk genoeg"), "{}", e.message);
    w.lock("handmatig");
    w.unlock(PASS).unwrap();
}

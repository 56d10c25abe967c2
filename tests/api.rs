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
            "herstelcode gebruikt"
        ]
    );
    assert!(log.iter().all(|e| e.who == "Tester"));
    assert_eq!(log[1].summary, "kluis vergrendeld (handmatig)");
    assert_eq!(log[5].summary, "kluis vergrendeld (na inactiviteit)");
    assert_eq!(
        log.iter().map(|e| e.seq).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5, 6, 7, 8]
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
    let saved = w.casus_save(&casus, "informatie-item toegevoegd").unwrap();
    assert_eq!(saved.casus.versie, wb.casus.versie + 1);
    assert_eq!(
        w.casus_search("geschreeuw").unwrap(),
        vec![wb.casus.id.to_string()]
    );
    // The stale copy is refused.
    let e = w.casus_save(&casus, "nog eens").unwrap_err();
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
            "informatie-item toegevoegd",
            "fase gewijzigd naar stabiele veiligheid"
        ]
    );
    w.casus_delete(&id).unwrap();
    assert!(w.casus_list().unwrap().is_empty());
    assert_eq!(w.casus_open(&id).unwrap_err().code, ErrorCode::NotFound);
}

//! `top3` — the command line of TOP-3 Werkplaats. Thin: parse, call the core, print.
//!
//! Exit codes: 0 ok · 1 a user error (a Dutch message on stderr) · 2 a usage error.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use top3::api::{ApiError, CasusWerkblad, ErrorCode, VaultState, Werkplaats};
use top3::vault;
use zeroize::Zeroizing;

#[derive(Parser)]
#[command(
    name = "top3",
    version = top3::VERSION,
    about = "TOP-3 Werkplaats op de opdrachtregel: de versleutelde kluis, casussen, plannen, MDA++-sessies, de oefenomgeving en het logboek.",
    after_help = "Wachtwoord: uit TOP3_PASSPHRASE, anders --passphrase-file, anders gevraagd zonder echo.\n\
                  Nieuw wachtwoord: TOP3_NEW_PASSPHRASE. Herstelcode: TOP3_RECOVERY_CODE.\n\
                  Afsluitcodes: 0 gelukt, 1 fout in de invoer of de kluis, 2 verkeerd gebruik van de opdracht."
)]
struct Cli {
    /// De map van de kluis (standaard: TOP3_VAULT, anders de gegevensmap van het platform).
    #[arg(long, global = true, value_name = "MAP")]
    vault: Option<PathBuf>,
    /// Lees het wachtwoord uit dit bestand (de eerste regel).
    #[arg(long, global = true, value_name = "BESTAND")]
    passphrase_file: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// De versleutelde kluis: aanmaken, controleren, wachtwoord, herstel, back-up.
    #[command(subcommand)]
    Vault(VaultCmd),
    /// Casussen: aanmaken, tonen, zoeken, uitwisselen.
    #[command(subcommand)]
    Casus(CasusCmd),
    /// Plannen als PDF (veiligheidsplan, hulpverleningsplan, herstelplan).
    #[command(subcommand)]
    Plan(PlanCmd),
    /// MDA++-sessies: het overzicht en het verslag als PDF.
    #[command(subcommand)]
    Sessie(SessieCmd),
    /// De oefenomgeving: een aparte kluis met fictieve oefencasussen (wachtwoord: oefenen).
    #[command(subcommand)]
    Oefen(OefenCmd),
    /// Het logboek (NEN 7513): wie deed wat, wanneer, in welke casus.
    #[command(subcommand)]
    Audit(AuditCmd),
    /// De methodeinstellingen van deze kluis: veiligheidsdrempel, opschalen, monitoring,
    /// bewaartermijn. Zonder opdracht: toon ze.
    Instellingen {
        /// Als JSON (met uitleg en standaardwaarden).
        #[arg(long)]
        json: bool,
        #[command(subcommand)]
        opdracht: Option<InstellingenCmd>,
    },
}

#[derive(Subcommand)]
enum InstellingenCmd {
    /// Wijzig één instelling, bijvoorbeeld: top3 instellingen zet veiligheidsdrempel 7
    /// (monitoring-na-maanden: "3,12"). Komt in het logboek.
    Zet { naam: String, waarde: String },
}

#[derive(Subcommand)]
enum OefenCmd {
    /// Maak een oefenomgeving in MAP met alle meegeleverde oefencasussen.
    Init {
        /// De map van de oefenomgeving (nooit die van je eigen kluis).
        map: PathBuf,
    },
    /// Zet de oefenomgeving in MAP terug naar precies de meegeleverde oefencasussen.
    Reset {
        /// De map van de oefenomgeving.
        map: PathBuf,
    },
    /// Meethulp: voeg AANTAL gegenereerde, duidelijk verzonnen casussen (GEN-00001 …) toe aan de
    /// oefenomgeving in MAP (die wordt gemaakt als ze er nog niet is), en met --groot N één casus
    /// GEN-GROOT met N informatie-items.
    #[command(hide = true)]
    Genereer {
        map: PathBuf,
        #[arg(long, default_value_t = 10_000)]
        aantal: usize,
        #[arg(long)]
        groot: Option<usize>,
    },
}

#[derive(Subcommand)]
enum VaultCmd {
    /// Maak een nieuwe kluis; toont eenmalig de herstelcode.
    Init {
        /// Je naam of initialen: zo staat je werk in het logboek.
        #[arg(long, value_name = "NAAM")]
        profiel: Option<String>,
    },
    /// Volledige controle: elke pagina, de databasestructuur en de keten van het logboek.
    Check,
    /// Wijzig het wachtwoord (nieuw wachtwoord uit TOP3_NEW_PASSPHRASE of gevraagd).
    Passwd,
    /// Open met de herstelcode en stel een nieuw wachtwoord in; de herstelcode is daarna
    /// opgebruikt en je krijgt eenmalig een nieuwe.
    Recover,
    /// Vervang de gegevenssleutel: oude sleutelbestanden, back-ups en de oude herstelcode openen de
    /// kluis daarna niet meer. Toont eenmalig een nieuwe herstelcode.
    Rekey,
    /// Maak een versleutelde back-up (met sleutelkop) in BESTAND.
    Backup { bestand: PathBuf },
    /// Zet een back-up terug; een bestaande kluis alleen met --force.
    Restore {
        bestand: PathBuf,
        #[arg(long)]
        force: bool,
    },
    /// Testhulp: schrijft informatie-items tot het proces stopt en meldt elke bevestigde schrijfactie.
    #[command(hide = true)]
    Schrijftest {
        #[arg(long, default_value = "SCHRIJFTEST")]
        casus: String,
        #[arg(long)]
        aantal: Option<u64>,
    },
}

#[derive(Subcommand)]
enum CasusCmd {
    /// Maak een casus; drukt alleen het nieuwe id af.
    New {
        #[arg(long)]
        code: String,
        #[arg(long)]
        titel: String,
    },
    /// Alle casussen.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Toon een casus: een overzicht, of met --json het volledige uitwisselformaat.
    Show {
        /// De casus: id of code.
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Importeer een casusbestand (top3-casus JSON); drukt alleen het nieuwe id af. Alles of niets.
    Import { bestand: PathBuf },
    /// Exporteer een casus als top3-casus JSON (naar stdout, of naar BESTAND met -o).
    Export {
        /// De casus: id of code.
        id: String,
        #[arg(short = 'o', long = "output", value_name = "BESTAND")]
        uit: Option<PathBuf>,
    },
    /// Zoek in de tekst van alle casussen; één regel per casus met de code.
    Search { tekst: String },
    /// Zet de casus in een andere fase, door de fasepoort van de methode. Wijk je af van de
    /// poort, geef dan --afwijkingsreden; het logboek en de tijdlijn noemen jou.
    Fase {
        /// De casus: id of code.
        casus: String,
        /// De nieuwe fase.
        #[arg(long, value_parser = ["directe-veiligheid", "stabiele-veiligheid", "herstel"])]
        naar: String,
        /// Waarom (verplicht).
        #[arg(long)]
        onderbouwing: String,
        /// De datum van de overgang, jjjj-mm-dd (standaard vandaag).
        #[arg(long)]
        datum: Option<chrono::NaiveDate>,
        /// Waarom je doorgaat terwijl de fasepoort niet open is.
        #[arg(long)]
        afwijkingsreden: Option<String>,
    },
    /// Wat de werkplaats vandaag over een casus weet: fase, fasepoort, signalen, doorlooptijden,
    /// de laatste score per perspectief en de gebruikte instellingen.
    Status {
        /// De casus: id of code.
        casus: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum PlanCmd {
    /// Maak een PDF van een plan: standaard het vastgestelde veiligheidsplan, anders het nieuwste
    /// concept (met watermerk CONCEPT).
    Pdf {
        /// De casus: id of code.
        casus: String,
        /// Welk plan.
        #[arg(long, default_value = "veiligheidsplan", value_parser = ["veiligheidsplan", "hulpverleningsplan", "herstelplan"])]
        soort: String,
        /// Een bepaalde versie (standaard: de vastgestelde, anders het nieuwste concept).
        #[arg(long)]
        versie: Option<u32>,
        /// De gezinsversie in gewone taal (B1) in plaats van de professionele versie.
        #[arg(long)]
        gezinsversie: bool,
        /// Vervang de namen van de betrokkenen door initialen.
        #[arg(long)]
        pseudoniem: bool,
        /// Het PDF-bestand om te schrijven.
        #[arg(short = 'o', long = "output", value_name = "BESTAND")]
        uit: PathBuf,
    },
}

#[derive(Subcommand)]
enum SessieCmd {
    /// Alle MDA++-sessies, de nieuwste eerst.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Maak het verslag van een sessie als PDF.
    Verslag {
        /// Het id van de sessie.
        id: String,
        /// De variant om te verspreiden: deelnemers als organisatie en rol, betrokkenen met initialen.
        #[arg(long)]
        pseudoniem: bool,
        /// Het PDF-bestand om te schrijven.
        #[arg(short = 'o', long = "output", value_name = "BESTAND")]
        uit: PathBuf,
    },
}

#[derive(Subcommand)]
enum AuditCmd {
    /// Toon het logboek.
    Log {
        #[arg(long)]
        json: bool,
    },
    /// Controleer het logboek en leg uit wat er gecontroleerd is.
    Verify,
}

/// What `top3 audit verify` checked, in words (the check itself has passed when this is printed).
fn logboekuitleg(r: &top3::vault::CheckReport) -> String {
    let lijst = |items: &[String]| -> String {
        if items.is_empty() {
            " geen.\n".to_string()
        } else {
            items
                .iter()
                .map(|i| format!("\n  - {i}"))
                .collect::<String>()
                + "\n"
        }
    };
    format!(
        "Het logboek is in orde.\n\
         - {n} regels gecontroleerd: elke regel bevat de SHA-256 van de vorige regel en van haar eigen velden, dus geen regel ontbreekt, is gewijzigd of van plaats verwisseld.\n\
         - De kop in de database ({kop}) is de laatste regel: er is aan het eind niets weggehaald.\n\
         - De kop buiten de database (kluis.logkop, naast het sleutelbestand) staat in dit logboek: de database is sinds de vorige keer niet vervangen door een oudere kopie.\n\
         - Herstel uit een back-up (met de kop van de vervangen kluis):{herstel}\
         - Eerder ontdekte teruggezette databases:{terug}\
         Niet te zien voor deze controle: een database én kluis.logkop die samen door even oude kopieën zijn vervangen.\n",
        n = r.audit_entries,
        kop = r.kop,
        herstel = lijst(&r.herstellingen),
        terug = lijst(&r.teruggezet),
    )
}

fn main() -> ExitCode {
    for what in top3::process::harden() {
        eprintln!(
            "top3: waarschuwing: kon {what} niet instellen; een crash kan gevoelige gegevens in een core dump achterlaten."
        );
    }
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("top3: {}", e.message);
            if e.code == ErrorCode::NoVault {
                eprintln!("top3: maak er een aan met 'top3 vault init'.");
            }
            ExitCode::from(1)
        }
    }
}

/// Every command goes through the façade the app uses ([`Werkplaats`]); its errors carry the
/// Dutch message to print.
type Result<T> = std::result::Result<T, ApiError>;

fn run(cli: Cli) -> Result<()> {
    let root = cli
        .vault
        .clone()
        .unwrap_or_else(top3::paths::default_vault_dir);
    let secrets = Secrets {
        file: cli.passphrase_file.clone(),
    };
    match cli.command {
        Command::Vault(cmd) => vault_cmd(&root, &secrets, cmd),
        Command::Casus(cmd) => casus_cmd(&unlock(&root, &secrets)?, cmd),
        Command::Audit(AuditCmd::Verify) => {
            let report = unlock(&root, &secrets)?.check()?;
            print!("{}", logboekuitleg(&report));
            Ok(())
        }
        Command::Audit(AuditCmd::Log { json }) => {
            let log = unlock(&root, &secrets)?.audit_log()?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&log).expect("serialises")
                );
            } else {
                for e in log {
                    println!(
                        "{:>5}  {}  {}  {}  {}  {}",
                        e.seq,
                        e.at,
                        e.who,
                        e.action,
                        e.casus_id.as_deref().unwrap_or("-"),
                        e.summary
                    );
                }
            }
            Ok(())
        }
        Command::Instellingen { json, opdracht } => {
            let w = unlock(&root, &secrets)?;
            let overzicht = match opdracht {
                None => w.methodeinstellingen()?,
                Some(InstellingenCmd::Zet { naam, waarde }) => {
                    let voor = w.methodeinstellingen()?;
                    let na = w.methodeinstelling_zet(&naam, &waarde)?;
                    for regel in na.instellingen.wijzigingen(&voor.instellingen) {
                        eprintln!("top3: gewijzigd: {regel}");
                    }
                    na
                }
            };
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&overzicht).expect("serialises")
                );
            } else {
                for v in &overzicht.velden {
                    let standaard = if v.waarde == v.standaard {
                        "(standaard)".to_string()
                    } else {
                        format!("(standaard {})", v.standaard)
                    };
                    println!("{}\t{}\t{standaard}\t{}", v.naam, v.waarde, v.label);
                }
            }
            Ok(())
        }
        Command::Plan(cmd) => plan_cmd(&unlock(&root, &secrets)?, cmd),
        Command::Sessie(cmd) => sessie_cmd(&unlock(&root, &secrets)?, cmd),
        Command::Oefen(cmd) => {
            let (map, aantal) = match cmd {
                OefenCmd::Init { map } => {
                    let n = Werkplaats::voor_oefenomgeving(&map)?.oefen_init()?;
                    (map, n)
                }
                OefenCmd::Reset { map } => {
                    let w = Werkplaats::voor_oefenomgeving(&map)?;
                    w.oefen_reset()?;
                    let n = w.casus_list()?.len();
                    (map, n)
                }
                OefenCmd::Genereer { map, aantal, groot } => {
                    let w = Werkplaats::voor_oefenomgeving(&map)?;
                    w.oefen_open()?;
                    let n = w.oefen_genereer(aantal, groot)?;
                    (map, n)
                }
            };
            println!(
                "Oefenomgeving klaar in {} met {aantal} oefencasussen. Wachtwoord: {}",
                map.display(),
                top3::training::OEFEN_WACHTWOORD
            );
            Ok(())
        }
    }
}

fn vault_cmd(root: &Path, secrets: &Secrets, cmd: VaultCmd) -> Result<()> {
    let w = Werkplaats::new(root)?;
    match cmd {
        VaultCmd::Init { profiel } => {
            if w.state() != VaultState::Geen {
                return Err(vault::Error::VaultExists(root.to_path_buf()).into());
            }
            let profiel = profiel
                .or_else(|| std::env::var("USER").ok())
                .unwrap_or_else(|| "onbekend".into());
            let pass = secrets.new_passphrase(
                "TOP3_PASSPHRASE",
                "Nieuw wachtwoord voor de kluis",
                Some(&profiel),
            )?;
            let created = w.create(&pass, &profiel)?;
            let herstelcode = created.recovery_code;
            println!("Kluis aangemaakt in {}", w.info().vault_dir);
            println!(
                "Schrijf de herstelcode op en bewaar hem apart van deze computer; hij wordt niet opnieuw getoond."
            );
            println!("Herstelcode: {}", &*herstelcode);
            Ok(())
        }
        VaultCmd::Check => {
            open(&w, secrets)?;
            let report = w.check()?;
            let map = w.info().vault_dir;
            println!("ok");
            eprintln!(
                "top3: {} pagina's en {} logboekregels gecontroleerd.",
                report.pages, report.audit_entries
            );
            for t in &report.teruggezet {
                eprintln!(
                    "top3: let op: eerder ontdekt dat de database door een oudere kopie was vervangen ({t})."
                );
            }
            if report.private_dir {
                eprintln!("top3: de map {map} is alleen voor jou toegankelijk.");
            } else {
                eprintln!(
                    "top3: let op: de map {map} is ook voor anderen op deze computer toegankelijk. De gegevens zijn versleuteld, maar beperk de toegang tot jezelf."
                );
            }
            Ok(())
        }
        VaultCmd::Passwd => {
            w.controleer_sleutelbestand()?;
            let old = secrets.passphrase()?;
            let new = secrets.new_passphrase("TOP3_NEW_PASSPHRASE", "Nieuw wachtwoord", None)?;
            w.change_passphrase_vergrendeld(&old, &new)?;
            println!("Het wachtwoord is gewijzigd.");
            Ok(())
        }
        VaultCmd::Recover => {
            w.controleer_sleutelbestand()?;
            let code = match std::env::var("TOP3_RECOVERY_CODE") {
                Ok(c) => Zeroizing::new(c),
                Err(_) => prompt("Herstelcode")?,
            };
            let new = secrets.new_passphrase("TOP3_NEW_PASSPHRASE", "Nieuw wachtwoord", None)?;
            let nieuw = w.recover(&code, &new)?;
            let herstelcode = nieuw.recovery_code;
            println!("De kluis is geopend met de herstelcode en heeft een nieuw wachtwoord.");
            println!(
                "De gebruikte herstelcode werkt niet meer. Schrijf de nieuwe op en bewaar hem apart van deze computer; hij wordt niet opnieuw getoond."
            );
            println!("Nieuwe herstelcode: {}", &*herstelcode);
            Ok(())
        }
        VaultCmd::Rekey => {
            w.controleer_sleutelbestand()?;
            let pass = secrets.passphrase()?;
            w.unlock_opdrachtregel(&pass)?;
            let nieuw = w.sleutel_vervangen(&pass)?;
            let herstelcode = nieuw.recovery_code;
            println!(
                "De gegevenssleutel is vervangen. Oude sleutelbestanden, back-ups en de oude herstelcode openen deze kluis niet meer; je wachtwoord blijft hetzelfde."
            );
            println!(
                "Schrijf de nieuwe herstelcode op en bewaar hem apart van deze computer; hij wordt niet opnieuw getoond."
            );
            println!("Nieuwe herstelcode: {}", &*herstelcode);
            Ok(())
        }
        VaultCmd::Backup { bestand } => {
            open(&w, secrets)?;
            let n = w.backup(&bestand)?;
            println!(
                "Back-up geschreven naar {} ({} kB).",
                bestand.display(),
                n / 1024
            );
            Ok(())
        }
        VaultCmd::Restore { bestand, force } => {
            if w.state() != VaultState::Geen && !force {
                // Refused before the passphrase is asked (the façade refuses it again).
                return w.restore(&bestand, "", false);
            }
            let pass = secrets.passphrase()?;
            w.restore(&bestand, &pass, force)?;
            println!(
                "De back-up is gecontroleerd en teruggezet in {}.",
                w.info().vault_dir
            );
            Ok(())
        }
        VaultCmd::Schrijftest { casus, aantal } => {
            open(&w, secrets)?;
            schrijftest(&w, &casus, aantal)
        }
    }
}

fn casus_cmd(w: &Werkplaats, cmd: CasusCmd) -> Result<()> {
    match cmd {
        CasusCmd::New { code, titel } => {
            println!("{}", w.casus_create(&code, &titel)?.casus.id);
        }
        CasusCmd::List { json } => {
            let rows = w.casus_overzicht_opdrachtregel()?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&rows).expect("serialises")
                );
            } else {
                for c in rows {
                    println!(
                        "{}\t{}\t{}\t{} signalen\t{}",
                        c.code,
                        c.fase.label(),
                        c.titel,
                        c.signalen.len(),
                        c.id
                    );
                }
            }
        }
        CasusCmd::Search { tekst } => {
            let ids = w.casus_search(&tekst)?;
            for c in w.casus_list()?.iter().filter(|c| ids.contains(&c.id)) {
                println!("{}\t{}", c.code, c.titel);
            }
        }
        CasusCmd::Fase {
            casus,
            naar,
            onderbouwing,
            datum,
            afwijkingsreden,
        } => {
            use top3::domain::Fase;
            let naar = match naar.as_str() {
                "directe-veiligheid" => Fase::DirecteVeiligheid,
                "stabiele-veiligheid" => Fase::StabieleVeiligheid,
                _ => Fase::Herstel,
            };
            let id = w.casus_id_van(&casus)?;
            let versie = w.casus_versie(&id)?;
            let wb = w.casus_change_phase(
                &id,
                versie,
                top3::domain::Faseverzoek {
                    naar,
                    datum: datum.unwrap_or_else(|| w.vandaag()),
                    onderbouwing,
                    afwijkingsreden,
                },
            )?;
            println!("{}: {}", wb.casus.code, wb.casus.fase.label());
        }
        CasusCmd::Status { casus, json } => {
            let status = w.casus_status(&casus)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&status).expect("serialises")
                );
            } else {
                print!("{}", statusregels(&status));
            }
        }
        CasusCmd::Show { id, json } => {
            let werkblad = w.casus_tonen(&id)?;
            if json {
                print!("{}", top3::export::exporteer(&werkblad.casus));
            } else {
                print!("{}", overzicht(&werkblad));
            }
        }
        CasusCmd::Import { bestand } => {
            let bytes = std::fs::read(&bestand).map_err(vault::Error::io(format!(
                "Kan {} niet lezen",
                bestand.display()
            )))?;
            println!("{}", w.casus_import(&bytes)?);
        }
        CasusCmd::Export { id, uit } => {
            let id = w.casus_id_van(&id)?;
            match uit {
                None => print!("{}", w.casus_export(&id)?),
                Some(path) => {
                    w.casus_export_bestand(&id, &path)?;
                    eprintln!(
                        "top3: casus geschreven naar {}. Let op: dit bestand is niet versleuteld.",
                        path.display()
                    );
                }
            }
        }
    }
    Ok(())
}

/// `top3 casus status` for a person: one fact per line.
fn statusregels(s: &top3::api::Casusstatus) -> String {
    let mut uit = format!(
        "{} op {}: {}\n",
        s.code,
        top3::domain::benamingen::datum_tekst(s.vandaag),
        s.fase.label()
    );
    uit.push_str("Fasepoort:\n");
    for v in &s.fasepoort.voorwaarden {
        uit.push_str(&format!(
            "  [{}] {}\n",
            if v.voldaan { "x" } else { " " },
            v.tekst
        ));
    }
    uit.push_str("Signalen:\n");
    if s.signalen.is_empty() {
        uit.push_str("  geen\n");
    }
    for r in &s.signalen {
        uit.push_str(&format!("  {}: {}\n", r.code, r.tekst));
    }
    uit.push_str("Doorlooptijden:\n");
    for d in &s.doorlooptijden {
        uit.push_str(&format!("  {}\n", d.tekst));
    }
    uit.push_str("Laatste score per perspectief:\n");
    if s.scores.is_empty() {
        uit.push_str("  nog geen\n");
    }
    for r in &s.scores {
        uit.push_str(&format!(
            "  {} {} ({}){}\n",
            r.wie,
            r.waarde
                .map_or_else(|| "onbekend".to_string(), |w| w.to_string()),
            top3::domain::benamingen::datum_tekst(r.datum),
            if r.leidend {
                " — telt voor de regels"
            } else {
                ""
            }
        ));
    }
    uit.push_str(&format!(
        "Instellingen: drempel {}, opschalen na {} maanden.\n",
        s.instellingen.veiligheidsdrempel, s.instellingen.opschalen_na_maanden
    ));
    uit
}

fn plan_cmd(w: &Werkplaats, cmd: PlanCmd) -> Result<()> {
    let PlanCmd::Pdf {
        casus,
        soort,
        versie,
        gezinsversie,
        pseudoniem,
        uit,
    } = cmd;
    let soort: top3::domain::Plansoort =
        serde_json::from_value(serde_json::Value::String(soort))
            .map_err(|_| vault::Error::Invalid("Onbekende soort plan.".into()))?;
    let plan = w.plan_pdf_kies(&casus, soort, versie, gezinsversie, pseudoniem, &uit)?;
    let variant = if gezinsversie { " (gezinsversie)" } else { "" };
    eprintln!(
        "top3: {} versie {} ({}){variant} geschreven naar {}.",
        plan.soort.label(),
        plan.versie,
        plan.status.label(),
        uit.display()
    );
    Ok(())
}

fn sessie_cmd(w: &Werkplaats, cmd: SessieCmd) -> Result<()> {
    match cmd {
        SessieCmd::List { json } => {
            let rows = w.sessie_list()?.sessies;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&rows).expect("serialises")
                );
            } else {
                for s in rows {
                    println!(
                        "{}\t{}\t{}\t{}\t{}",
                        top3::domain::benamingen::datum_tekst(s.datum),
                        s.status.label(),
                        s.voorzitter,
                        s.casussen.join(", "),
                        s.id
                    );
                }
            }
        }
        SessieCmd::Verslag {
            id,
            pseudoniem,
            uit,
        } => {
            w.sessie_verslag_schrijf(&id, pseudoniem, &uit)?;
            let variant = if pseudoniem { " (pseudoniem)" } else { "" };
            eprintln!(
                "top3: verslag{variant} geschreven naar {}. Let op: dit bestand is niet versleuteld.",
                uit.display()
            );
        }
    }
    Ok(())
}

/// A plain-text view of a werkblad for the terminal: what the core derived, nothing recomputed.
fn overzicht(w: &CasusWerkblad) -> String {
    use std::fmt::Write as _;
    let c = &w.casus;
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}", c.code, c.titel);
    let _ = writeln!(
        s,
        "fase: {} · status: {} · versie {}",
        c.fase.label(),
        c.status.label(),
        c.versie
    );
    let _ = writeln!(s, "{}", w.doorlooptijd);
    let _ = writeln!(
        s,
        "betrokkenen: {}",
        c.betrokkenen
            .iter()
            .map(|b| b.naam.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(s, "informatie-items: {}", c.informatie.len());
    for v in &w.volledigheid {
        for o in &v.ontbreekt {
            let _ = writeln!(s, "  wat ontbreekt nog: {o}");
        }
    }
    for sig in &w.signalen {
        let _ = writeln!(s, "  signaal: {}", sig.tekst);
    }
    s
}

/// Write informatie-items until killed; print `ack N ID` only after each COMMIT returned.
fn schrijftest(w: &Werkplaats, code: &str, aantal: Option<u64>) -> Result<()> {
    // A fresh casus per run keeps each write small; the test checks every casus afterwards.
    let id = w
        .casus_create(&format!("{code}-{}", uuid::Uuid::new_v4()), "Schrijftest")?
        .casus
        .id
        .to_string();
    let mut out = std::io::stdout().lock();
    let mut n = 0u64;
    loop {
        if aantal.is_some_and(|a| n >= a) {
            return Ok(());
        }
        n += 1;
        let item = w.informatie_add(&id, &format!("schrijftest regel {n}"), "schrijftest")?;
        writeln!(out, "ack {n} {item}")
            .and_then(|()| out.flush())
            .map_err(vault::Error::io("stdout"))?;
    }
}

/// The vault in `root`, opened for one command.
fn unlock(root: &Path, secrets: &Secrets) -> Result<Werkplaats> {
    let w = Werkplaats::new(root)?;
    open(&w, secrets)?;
    Ok(w)
}

/// Open `w`: the key file is read first, so that a missing, damaged or newer vault is reported
/// before the passphrase is asked for.
fn open(w: &Werkplaats, secrets: &Secrets) -> Result<()> {
    w.controleer_sleutelbestand()?;
    let pass = secrets.passphrase()?;
    w.unlock_opdrachtregel(&pass)?;
    Ok(())
}

struct Secrets {
    file: Option<PathBuf>,
}

impl Secrets {
    /// The current passphrase: TOP3_PASSPHRASE, else --passphrase-file, else an echo-free prompt.
    fn passphrase(&self) -> Result<Zeroizing<String>> {
        if let Ok(p) = std::env::var("TOP3_PASSPHRASE") {
            return Ok(Zeroizing::new(p));
        }
        if let Some(f) = &self.file {
            let text = Zeroizing::new(std::fs::read_to_string(f).map_err(vault::Error::io(
                format!("Kan het wachtwoordbestand {} niet lezen", f.display()),
            ))?);
            return Ok(Zeroizing::new(
                text.lines().next().unwrap_or("").to_string(),
            ));
        }
        prompt("Wachtwoord")
    }

    /// A new passphrase: from `env`, else asked twice (judged after the first time, so a weak one
    /// is explained before it is repeated; `profiel` counts as easy to guess). The vault applies
    /// the same rule again, with the profile name, whichever way it came in.
    fn new_passphrase(
        &self,
        env: &str,
        label: &str,
        profiel: Option<&str>,
    ) -> Result<Zeroizing<String>> {
        if let Ok(p) = std::env::var(env) {
            return Ok(Zeroizing::new(p));
        }
        if env == "TOP3_PASSPHRASE" && self.file.is_some() {
            return self.passphrase();
        }
        let a = prompt(label)?;
        vault::check_new_passphrase(&a, profiel)?;
        let b = prompt("Herhaal het wachtwoord")?;
        if a != b {
            return Err(vault::Error::Invalid(
                "De twee wachtwoorden zijn niet gelijk. Er is niets gewijzigd.".into(),
            )
            .into());
        }
        Ok(a)
    }
}

fn prompt(label: &str) -> Result<Zeroizing<String>> {
    if !std::io::stdin().is_terminal() {
        return Err(vault::Error::Invalid(format!(
            "{label} ontbreekt: er is geen terminal om het te vragen. Gebruik TOP3_PASSPHRASE, TOP3_NEW_PASSPHRASE of TOP3_RECOVERY_CODE (of --passphrase-file)."
        ))
        .into());
    }
    Ok(rpassword::prompt_password(format!("{label}: "))
        .map(Zeroizing::new)
        .map_err(vault::Error::io("Kan het wachtwoord niet lezen"))?)
}

//! Plans as PDF through the façade: the file name to suggest, and rendering + writing the file the
//! user chose, audited without content.

use super::{Result, Werkplaats};
use crate::domain::{Casus, Plan};
use crate::export::PlanOpties;
use crate::vault;

fn plan_id(id: &str) -> std::result::Result<uuid::Uuid, vault::Error> {
    super::plan::plan_id(id)
}

impl Werkplaats {
    /// The file name to suggest for a plan's PDF: "Veiligheidsplan K-7 versie 2.pdf".
    pub fn plan_pdf_bestandsnaam(
        &self,
        casus_id: &str,
        plan: &str,
        gezinsversie: bool,
    ) -> Result<String> {
        let plan = plan_id(plan)?;
        self.with_open(|v| {
            let casus = v.casus_get(casus_id)?;
            let p = casus.plan(plan).ok_or(crate::domain::Planfout::Onbekend)?;
            Ok(crate::export::plan_bestandsnaam(&casus, p, gezinsversie))
        })
    }

    /// Render a plan as PDF and write it to `doel` (complete or not at all); audited without
    /// content. `doel` is the file the user chose in the save dialog.
    pub fn plan_pdf_schrijf(
        &self,
        casus_id: &str,
        plan: &str,
        gezinsversie: bool,
        doel: &std::path::Path,
    ) -> Result<()> {
        let plan = plan_id(plan)?;
        self.met_kluis(|v| {
            let casus = v.casus_get(casus_id)?;
            let p = casus.plan(plan).ok_or(crate::domain::Planfout::Onbekend)?;
            schrijf(v, &casus, p, gezinsversie, false, doel)
        })
    }
}

/// Render `plan` of `casus` as PDF, write it to `doel` (complete or not at all) and record the
/// export without content. The one place a plan PDF is made (app and CLI).
pub(super) fn schrijf(
    v: &vault::Vault,
    casus: &Casus,
    plan: &Plan,
    gezinsversie: bool,
    pseudoniem: bool,
    doel: &std::path::Path,
) -> std::result::Result<(), super::Error> {
    let opties = PlanOpties {
        gezinsversie,
        pseudoniem,
        oefenomgeving: v.is_oefenomgeving()?,
        auteur: v.profile_name().to_string(),
        gemaakt: chrono::Utc::now(),
    };
    let bytes = crate::export::plan_pdf(casus, plan, &opties)?;
    let variant = match (gezinsversie, pseudoniem) {
        (true, true) => " (gezinsversie, pseudoniem)",
        (true, false) => " (gezinsversie)",
        (false, true) => " (pseudoniem)",
        (false, false) => "",
    };
    let regel = vault::Regel {
        actie: "plan geëxporteerd",
        casus_id: Some(casus.id.to_string()),
        samenvatting: format!(
            "{} versie {}{variant} als PDF",
            plan.soort.label(),
            plan.versie
        ),
    };
    Ok(v.export_write(doel, &bytes, &[regel])?)
}

//! Plans as PDF through the façade: the file name to suggest, and rendering + writing the file the
//! user chose, audited without content.

use super::{Result, Werkplaats};
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
        self.with_open(|v| {
            let casus = v.casus_get(casus_id)?;
            let p = casus.plan(plan).ok_or(crate::domain::Planfout::Onbekend)?;
            let bytes = crate::export::plan_pdf(&casus, p, &pdf_opties(v, gezinsversie)?)
                .map_err(|e| vault::Error::Internal(e.to_string()))?;
            vault::write_file_atomically(doel, &bytes)?;
            let variant = if gezinsversie { " (gezinsversie)" } else { "" };
            v.record(
                "plan geëxporteerd",
                Some(casus_id),
                &format!("{} versie {}{variant} als PDF", p.soort.label(), p.versie),
            )
        })
    }
}

/// Options for a PDF made from this vault now.
pub fn pdf_opties(
    v: &vault::Vault,
    gezinsversie: bool,
) -> std::result::Result<PlanOpties, vault::Error> {
    Ok(PlanOpties {
        gezinsversie,
        pseudoniem: false,
        oefenomgeving: v.is_oefenomgeving()?,
        auteur: v.profile_name().to_string(),
        gemaakt: chrono::Utc::now(),
    })
}

// The casus status (open, gesloten, gearchiveerd): archiving asks for confirmation first, because
// an archived casus drops out of the signals.

import type { Casus, CasusStatus } from '../ipc';

/** Only the move into "gearchiveerd" needs the professional to confirm it. */
export function needsConfirmation(van: CasusStatus, naar: CasusStatus): boolean {
  return naar === 'gearchiveerd' && van !== 'gearchiveerd';
}

/** Sets the status (in place). Returns false when nothing changed. */
export function setStatus(casus: Casus, naar: CasusStatus): boolean {
  if (casus.status === naar) return false;
  casus.status = naar;
  return true;
}

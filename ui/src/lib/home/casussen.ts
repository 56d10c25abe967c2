// Pure logic of the Casussen overview: filtering and ordering the rows.

import type { CasusOverzicht, CasusStatus, Fase } from '../ipc';

export type Filters = {
  fase: Fase | '';
  status: CasusStatus | '';
  /** Ids from casus_search, or null when no search is active. */
  matches: readonly string[] | null;
};

/** Rows that pass the filters, most recently changed first. */
export function visibleRows(rows: readonly CasusOverzicht[], filters: Filters): CasusOverzicht[] {
  const matches = filters.matches === null ? null : new Set(filters.matches);
  return rows
    .filter((r) => (filters.fase === '' || r.fase === filters.fase) && (filters.status === '' || r.status === filters.status))
    .filter((r) => matches === null || matches.has(r.id))
    .sort((a, b) => b.gewijzigd.localeCompare(a.gewijzigd));
}

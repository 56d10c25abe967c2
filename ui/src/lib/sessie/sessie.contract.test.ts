// The contract between the forms' instant checks (sessie.ts) and the core: the core wrote its
// verdicts on these inputs into ipc/bindings/sessiefixtures.ts (`cargo xtask bindings`; a stale
// file fails `cargo xtask test`). A TS check that accepts what the core refuses, or refuses what
// it accepts, fails here.

import { describe, expect, it } from 'vitest';
import { BEGINTIJDEN, DUREN, GRENZEN, PARTNERS } from '../ipc/bindings/sessiefixtures';
import { leesDuur, leesTijd, partnerFouten } from './sessie';

describe('leesTijd agrees with the core (is_begintijd)', () => {
  const geldig = new Set(BEGINTIJDEN.filter((t) => t.geldig).map((t) => t.invoer));
  it.each(BEGINTIJDEN)('$invoer', ({ invoer, geldig: kern }) => {
    const uit = leesTijd(invoer);
    // What the core accepts as typed is read unchanged.
    if (kern) expect(uit).toEqual({ ok: true, waarde: invoer });
    // What the form accepts, it sends in a form the core accepts.
    if (uit.ok) expect(geldig.has(uit.waarde), `${JSON.stringify(invoer)} → ${uit.waarde}`).toBe(true);
  });
});

describe('leesDuur agrees with the core (is_duur)', () => {
  it.each(DUREN)('$minuten minuten', ({ minuten, geldig }) => {
    expect(leesDuur(String(minuten), GRENZEN.maxDuurMinuten).ok).toBe(geldig);
  });
});

describe('partnerFouten agrees with the core (Overlegpartner::problemen)', () => {
  it.each(PARTNERS.map((p, i) => ({ ...p, i })))('partner $i', ({ naam, organisatie, rol, fouten }) => {
    expect(Object.keys(partnerFouten(naam, organisatie, rol, GRENZEN)).sort()).toEqual([...fouten].sort());
  });
});

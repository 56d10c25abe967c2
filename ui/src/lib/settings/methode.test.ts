import { describe, expect, it } from 'vitest';
import type { Instelling } from '../ipc';
import { leesMethode } from './methode';

const veld = (veld: string, label: string): Instelling => ({ naam: veld, veld, label, uitleg: '', waarde: '', standaard: '' });
const VELDEN = [
  veld('veiligheidsdrempel', 'Veiligheidsdrempel'),
  veld('opschalenNaMaanden', 'Opschalen na (maanden)'),
  veld('monitoringNaMaanden', 'Monitoring na (maanden)'),
  veld('monitoringVooraankondigingDagen', 'Aankondigen'),
  veld('bewaartermijnJaren', 'Bewaartermijn'),
];
const geenGetal = (label: string) => `${label}: vul een heel getal in.`;

describe('leesMethode', () => {
  it('reads whole numbers and a list of months', () => {
    const r = leesMethode(
      VELDEN,
      { veiligheidsdrempel: ' 7 ', opschalenNaMaanden: '3', monitoringNaMaanden: '3, 6 12', monitoringVooraankondigingDagen: '0', bewaartermijnJaren: '20' },
      geenGetal,
    );
    expect(r).toEqual({
      ok: true,
      instellingen: { veiligheidsdrempel: 7, opschalenNaMaanden: 3, monitoringNaMaanden: [3, 6, 12], monitoringVooraankondigingDagen: 0, bewaartermijnJaren: 20 },
    });
  });

  it('names each field that is not a whole number, and leaves ranges to the core', () => {
    const r = leesMethode(
      VELDEN,
      { veiligheidsdrempel: 'zes', opschalenNaMaanden: '-1', monitoringNaMaanden: '3, x', monitoringVooraankondigingDagen: '2.5', bewaartermijnJaren: '999' },
      geenGetal,
    );
    expect(r).toEqual({
      ok: false,
      fouten: {
        veiligheidsdrempel: 'Veiligheidsdrempel: vul een heel getal in.',
        opschalenNaMaanden: 'Opschalen na (maanden): vul een heel getal in.',
        monitoringNaMaanden: 'Monitoring na (maanden): vul een heel getal in.',
        monitoringVooraankondigingDagen: 'Aankondigen: vul een heel getal in.',
      },
    });
  });
});

// Generated from src/api/sessie.rs by `cargo xtask bindings`. Do not edit: the core's
// verdicts on inputs the forms check while typing (see sessie.contract.test.ts).

export const GRENZEN = { maxTekstBytes: 1048576, maxPartnerBytes: 2000, maxDuurMinuten: 480 } as const;

export const BEGINTIJDEN: readonly { invoer: string; geldig: boolean }[] = [
  { invoer: "09:30", geldig: true },
  { invoer: "9:30", geldig: false },
  { invoer: "09.30", geldig: false },
  { invoer: "00:00", geldig: true },
  { invoer: "23:59", geldig: true },
  { invoer: "24:00", geldig: false },
  { invoer: "12:60", geldig: false },
  { invoer: "0930", geldig: false },
  { invoer: "", geldig: false },
  { invoer: " 09:30", geldig: false },
  { invoer: "9:5", geldig: false },
  { invoer: "09:5", geldig: false },
  { invoer: "19:45", geldig: true },
  { invoer: "07:00", geldig: true },
  { invoer: "7.00", geldig: false },
  { invoer: "-1:00", geldig: false },
  { invoer: "09:30:00", geldig: false },
  { invoer: "a9:30", geldig: false },
  { invoer: "１０:３０", geldig: false },
];

export const DUREN: readonly { minuten: number; geldig: boolean }[] = [
  { minuten: 0, geldig: false },
  { minuten: 1, geldig: true },
  { minuten: 2, geldig: true },
  { minuten: 30, geldig: true },
  { minuten: 45, geldig: true },
  { minuten: 479, geldig: true },
  { minuten: 480, geldig: true },
  { minuten: 481, geldig: false },
  { minuten: 1440, geldig: false },
  { minuten: 100000, geldig: false },
];

export const PARTNERS: readonly { naam: string; organisatie: string; rol: string; fouten: readonly string[] }[] = [
  { naam: "Sanne de Wit", organisatie: "Veilig Thuis", rol: "", fouten: [] },
  { naam: "", organisatie: "Veilig Thuis", rol: "", fouten: ["naam"] },
  { naam: "  ", organisatie: " ", rol: "wijkagent", fouten: ["naam", "organisatie"] },
  { naam: "\u{a0}", organisatie: "Politie", rol: "", fouten: ["naam"] },
  { naam: "Yara", organisatie: "", rol: "", fouten: ["organisatie"] },
  { naam: "x".repeat(2000), organisatie: "o".repeat(2000), rol: "r".repeat(2000), fouten: [] },
  { naam: "x".repeat(2001), organisatie: "Org", rol: "", fouten: ["naam"] },
  { naam: "é".repeat(1001), organisatie: "Org", rol: "", fouten: ["naam"] },
  { naam: "Noor", organisatie: "👩🏽\u{200d}⚕\u{fe0f}".repeat(118), rol: "", fouten: ["organisatie"] },
  { naam: "Noor", organisatie: "GGZ", rol: "ر".repeat(1001), fouten: ["rol"] },
  { naam: "ملك", organisatie: "جمعية", rol: "مستشار", fouten: [] },
];

// All Dutch text of the settings page (Instellingen): wachtwoord, automatisch vergrendelen, logboek.

export const copy = {
  title: 'Instellingen',
  sections: 'Onderdelen van de instellingen',
  security: 'Beveiliging',
  auditTab: 'Logboek',
  methodeTab: 'Methode',

  passphrase: {
    title: 'Wachtwoord wijzigen',
    intro: 'Je herstelcode blijft geldig. Denk je dat iemand je wachtwoord, een back-up of je herstelcode kent? Vervang dan ook de sleutel (hieronder).',
    old: 'Huidig wachtwoord',
    new: 'Nieuw wachtwoord',
    new2: 'Herhaal het nieuwe wachtwoord',
    oldMissing: 'Vul je huidige wachtwoord in.',
    submit: 'Wachtwoord wijzigen',
    busy: 'Bezig met wijzigen…',
    done: 'Je wachtwoord is gewijzigd.',
    wrongOld: 'Het huidige wachtwoord klopt niet. Er is niets gewijzigd.',
  },

  sleutel: {
    title: 'Sleutel vervangen',
    intro:
      'Maak een nieuwe sleutel voor de hele kluis, bijvoorbeeld als een oud sleutelbestand, een back-up of je herstelcode in verkeerde handen kan zijn. Je wachtwoord blijft hetzelfde; oude back-ups en de oude herstelcode openen deze kluis daarna niet meer.',
    pass: 'Je wachtwoord',
    missing: 'Vul je wachtwoord in.',
    submit: 'Sleutel vervangen',
    busy: 'Bezig met vervangen…',
    done: 'De sleutel is vervangen. Schrijf je nieuwe herstelcode op en bewaar hem apart van je laptop; je ziet hem maar één keer.',
    wrong: 'Het wachtwoord klopt niet. Er is niets gewijzigd.',
    code: 'Nieuwe herstelcode',
    hide: 'Ik heb de nieuwe herstelcode opgeschreven',
  },

  idle: {
    title: 'Automatisch vergrendelen',
    label: 'Vergrendel na … minuten zonder gebruik',
    help: (min: number, max: number) => `Een heel getal van ${min} tot en met ${max}.`,
    invalid: (min: number, max: number) => `Kies een heel getal van ${min} tot en met ${max}.`,
    submit: 'Opslaan',
    busy: 'Bezig met opslaan…',
    done: (minutes: number) =>
      `Opgeslagen: de app vergrendelt na ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} zonder gebruik.`,
  },

  methode: {
    title: 'Methodeinstellingen',
    intro:
      'De drempel en termijnen van de methode voor deze kluis. Elke regel, elk signaal, de grafiek en de uitleg gebruiken ze. Wijzigingen komen in het logboek.',
    standaard: (waarde: string) => `Standaard: ${waarde}.`,
    submit: 'Opslaan',
    busy: 'Bezig met opslaan…',
    terug: 'Standaardwaarden invullen',
    done: 'Opgeslagen. De nieuwe waarden gelden nu voor alle casussen in deze kluis.',
    geenGetal: (label: string) => `${label}: vul een heel getal in.`,
    laden: 'Instellingen laden…',
  },

  audit: {
    title: 'Logboek',
    intro: 'Wie wat deed en wanneer, zoals de kluis het vastlegt. Zonder inhoud van casussen.',
    caption: 'Logboek van deze kluis, nieuwste bovenaan',
    seq: 'Nr.',
    at: 'Datum en tijd',
    who: 'Wie',
    action: 'Handeling',
    casus: 'Casus',
    summary: 'Omschrijving',
    none: '—',
    empty: 'Het logboek is nog leeg.',
    loading: 'Logboek laden…',
    refresh: 'Vernieuwen',
    count: (n: number) => `${n} ${n === 1 ? 'regel' : 'regels'}`,
  },
} as const;

/**
 * Small hand-written scans of one region over three years for the link tests: every change the
 * linker knows (same, form only, rename, merge, split, stopped, new, gap) once, with known truth.
 */
import type { ActivityData, InitiativeData, ScanData } from '../../src-main/workbook/scan-data';

interface Act {
  name: string;
  type?: string;
  reach?: number | null;
  orgs: [organisation: string, role: string][];
}

interface Init {
  name: string;
  website?: string;
  acts: Act[];
}

export function scanOf(region: string, year: number, inits: readonly Init[]): ScanData {
  const initiatives: InitiativeData[] = inits.map((i) => ({ name: i.name, website: i.website ?? null }));
  const activities: ActivityData[] = inits.flatMap((i) =>
    i.acts.map((a) => ({
      initiative: i.name,
      name: a.name,
      values: { type: [a.type ?? 'workshops'] },
      reach: a.reach ?? null,
      providers: a.orgs.map(([organisation, role]) => ({ organisation, roles: [role] })),
    })),
  );
  return { scan: { region, year, title: `Regioscan ${region} ${year}` }, initiatives, activities };
}

const lab = (name: string) => ({ name, website: 'https://www.digitaallab.nl/', acts: [{ name: 'Open lab', type: 'faciliteiten', reach: 120, orgs: [['HZ University', 'initiatiefnemer'], ['Provincie Zeeland', 'financier']] as [string, string][] }, { name: 'Maakdag', reach: null, orgs: [['HZ University', 'uitvoerder']] as [string, string][] }] });
const hub = (name: string) => ({ name, acts: [{ name: 'Fabriekstour', reach: 40, orgs: [['Impuls Zeeland', 'uitvoerder'], ['Provincie Zeeland', 'financier']] as [string, string][] }, { name: 'Robotcursus', type: 'onderwijs-professionals', orgs: [['Impuls Zeeland', 'uitvoerder']] as [string, string][] }] });
const cafe = (name: string) => ({ name, acts: [{ name: 'Datacafé', reach: 30, orgs: [['Gemeente Middelburg', 'initiatiefnemer']] as [string, string][] }] });
const cyber = (name: string) => ({ name, acts: [{ name: 'Cyberscan MKB', type: 'scans', orgs: [['Cyber Campus Zeeland', 'initiatiefnemer']] as [string, string][] }] });
const haven = { name: 'Haven Innovatie Lab', acts: [{ name: 'Havenhackathon', orgs: [['North Sea Port', 'initiatiefnemer']] as [string, string][] }] };

/** Zeeland 2020: the first scan. */
export const ZEELAND_2020 = scanOf('Zeeland', 2020, [
  lab('Stichting Digitaal Lab Zeeland'),
  hub('Smart Industry Hub'),
  cafe('Data Café Middelburg'),
  cyber('Cyberweerbaar Zeeland'),
  { name: 'Webshop Coaching Vlissingen', acts: [{ name: 'Webshopcoach', orgs: [['Ondernemershuis Vlissingen', 'initiatiefnemer']] }] },
  { name: 'Zorg Digitaal Walcheren', acts: [{ name: 'Zorgtech proeftuin Walcheren', orgs: [['Zorgpartners Zeeland', 'initiatiefnemer'], ['Provincie Zeeland', 'financier']] }] },
  { name: 'Zorg Digitaal Bevelanden', acts: [{ name: 'Zorgtech proeftuin Bevelanden', orgs: [['Zorgpartners Zeeland', 'initiatiefnemer']] }] },
  { name: 'Agri Data Zeeland', acts: [{ name: 'Bodemdata noord', orgs: [['ZLTO', 'initiatiefnemer']] }, { name: 'Bodemdata zuid', orgs: [['ZLTO', 'initiatiefnemer'], ['Rabobank', 'financier']] }] },
  haven,
]);

/** Zeeland 2022: one of each change. */
export const ZEELAND_2022 = scanOf('Zeeland', 2022, [
  lab('Digitaal Lab Zeeland B.V.'),
  hub('Smart Industry Hub Zeeland'),
  cafe('DATA CAFÉ  MIDDELBURG'),
  cyber('Cyberweerbaar Zeeland'),
  { name: 'Zorg Digitaal Zeeland', acts: [{ name: 'Zorgtech proeftuin Walcheren', orgs: [['Zorgpartners Zeeland', 'initiatiefnemer'], ['Provincie Zeeland', 'financier']] }, { name: 'Zorgtech proeftuin Bevelanden', orgs: [['Zorgpartners Zeeland', 'initiatiefnemer']] }] },
  { name: 'Agri Data Zeeland Noord', acts: [{ name: 'Bodemdata noord', orgs: [['ZLTO', 'initiatiefnemer']] }] },
  { name: 'Agri Data Zeeland Zuid', acts: [{ name: 'Bodemdata zuid', orgs: [['ZLTO', 'initiatiefnemer'], ['Rabobank', 'financier']] }] },
  { name: 'Nieuwe Ondernemers Academie', acts: [{ name: 'Startersklas', type: 'onderwijs-professionals', orgs: [['Kamer van Koophandel', 'uitvoerder']] }] },
]);

/** Zeeland 2024: the haven lab is back after a gap. */
export const ZEELAND_2024 = scanOf('Zeeland', 2024, [lab('Digitaal Lab Zeeland'), hub('Smart Industry Hub Zeeland'), cyber('Cyberweerbaar Zeeland'), haven]);

/**
 * The value lists of the Regioscan codebook (docs/method.md). Dutch labels are copied exactly from the
 * method; English labels are the project's fixed choice (docs/method.md §2, English labels).
 */
import type { CodeEntry, CodeGroup } from './types';

export const SECTORS: readonly CodeEntry[] = [
  { code: 'A', nl: 'Landbouw, bosbouw en visserij', en: 'Agriculture, forestry and fishing' },
  { code: 'B', nl: 'Winning van delfstoffen', en: 'Mining and quarrying' },
  { code: 'C', nl: 'Industrie', en: 'Manufacturing' },
  {
    code: 'D',
    nl: 'Productie en distributie van en handel in elektriciteit, aardgas, stoom en gekoelde lucht',
    en: 'Electricity, gas, steam and air conditioning supply',
  },
  {
    code: 'E',
    nl: 'Winning en distributie van water; afval- en afvalwaterbeheer en sanering',
    en: 'Water supply; sewerage, waste management and remediation activities',
  },
  { code: 'F', nl: 'Bouwnijverheid', en: 'Construction' },
  { code: 'G', nl: "Groot- en detailhandel; reparatie van auto's", en: 'Wholesale and retail trade; repair of motor vehicles' },
  { code: 'H', nl: 'Vervoer en opslag', en: 'Transportation and storage' },
  { code: 'I', nl: 'Logies-, maaltijd- en drankverstrekking', en: 'Accommodation and food service activities' },
  { code: 'J', nl: 'Informatie en communicatie', en: 'Information and communication' },
  { code: 'K', nl: 'Financiële instellingen', en: 'Financial and insurance activities' },
  { code: 'L', nl: 'Verhuur van en handel in onroerend goed', en: 'Real estate activities' },
  {
    code: 'M',
    nl: 'Advisering, onderzoek en overige specialistische zakelijke dienstverlening',
    en: 'Professional, scientific and technical activities',
  },
  { code: 'N', nl: 'Verhuur van roerende goederen en overige zakelijke dienstverlening', en: 'Administrative and support service activities' },
  {
    code: 'O',
    nl: 'Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen',
    en: 'Public administration and defence; compulsory social security',
  },
  { code: 'P', nl: 'Onderwijs', en: 'Education' },
  { code: 'Q', nl: 'Gezondheids- en welzijnszorg', en: 'Human health and social work activities' },
  { code: 'R', nl: 'Cultuur, sport en recreatie', en: 'Arts, entertainment and recreation' },
  { code: 'S', nl: 'Overige dienstverlening', en: 'Other service activities' },
  { code: 'T', nl: 'Huishoudens als werkgever', en: 'Activities of households as employers' },
  { code: 'U', nl: 'Extraterritoriale organisaties en lichamen', en: 'Activities of extraterritorial organisations and bodies' },
  { code: 'geen', nl: 'Geen specifieke sector', en: 'No specific sector', generic: true },
];

export const SIZES: readonly CodeEntry[] = [
  { code: 'micro', nl: 'micro', en: 'micro', aliases: ['micro (1-10 werknemers)', '1-10'] },
  { code: 'klein', nl: 'klein', en: 'small', aliases: ['klein (10-50)', '10-50', 'kleinbedrijf'] },
  { code: 'middelgroot', nl: 'middelgroot', en: 'medium', aliases: ['middelgroot (50-250)', '50-250', 'middel'] },
  { code: 'geen', nl: 'geen specifieke omvang', en: 'no specific size', generic: true },
];

export const PHASES: readonly CodeEntry[] = [
  { code: 'starter', nl: 'starter', en: 'starter', aliases: ['startup', 'start-up'] },
  { code: 'scaleup', nl: 'scale-up', en: 'scale-up', aliases: ['scaleup'] },
  { code: 'anders', nl: 'anders', en: 'other' },
  { code: 'geen', nl: 'geen specifieke fase', en: 'no specific phase', generic: true },
];

export const MATURITIES: readonly CodeEntry[] = [
  { code: 'laag', nl: 'laag', en: 'low', aliases: ['beginners', 'laag (beginners)'] },
  { code: 'gemiddeld', nl: 'gemiddeld', en: 'medium' },
  { code: 'hoog', nl: 'hoog', en: 'high', aliases: ['koplopers', 'hoog (koplopers)'] },
  { code: 'geen', nl: 'geen specifieke maturiteit', en: 'no specific maturity', generic: true },
];

/** Geography: a hierarchy, seeded with the Netherlands; other scans add their own regions. */
export const GEOGRAPHIES: readonly CodeEntry[] = [
  { code: 'nederland', nl: 'Nederland', en: 'The Netherlands', aliases: ['NL', 'landelijk', 'nationaal'] },
  { code: 'noord-nederland', nl: 'Noord-Nederland', en: 'Northern Netherlands', parent: 'nederland', aliases: ['N-NL', 'Noorden'] },
  { code: 'oost-nederland', nl: 'Oost-Nederland', en: 'Eastern Netherlands', parent: 'nederland' },
  { code: 'west-nederland', nl: 'West-Nederland', en: 'Western Netherlands', parent: 'nederland' },
  { code: 'zuid-nederland', nl: 'Zuid-Nederland', en: 'Southern Netherlands', parent: 'nederland' },
  { code: 'provincie-groningen', nl: 'Provincie Groningen', en: 'Province of Groningen', parent: 'noord-nederland', aliases: ['Groningen'] },
  { code: 'provincie-friesland', nl: 'Provincie Friesland', en: 'Province of Friesland', parent: 'noord-nederland', aliases: ['Friesland', 'Fryslân', 'Provincie Fryslân'] },
  { code: 'provincie-drenthe', nl: 'Provincie Drenthe', en: 'Province of Drenthe', parent: 'noord-nederland', aliases: ['Drenthe'] },
  { code: 'noordoost-friesland', nl: 'Noordoost Friesland', en: 'North-East Friesland', parent: 'provincie-friesland', aliases: ['NO-Fr', 'Noordoost-Friesland', 'Noordoost Fryslân'] },
  { code: 'regio-assen', nl: 'Regio Assen', en: 'Assen region', parent: 'provincie-drenthe', aliases: ['Assen'] },
  { code: 'zuidoost-drenthe', nl: 'Zuidoost Drenthe', en: 'South-East Drenthe', parent: 'provincie-drenthe', aliases: ['ZO-Dr', 'Zuidoost-Drenthe'] },
  { code: 'provincie-overijssel', nl: 'Provincie Overijssel', en: 'Province of Overijssel', parent: 'oost-nederland', aliases: ['Overijssel'] },
  { code: 'provincie-gelderland', nl: 'Provincie Gelderland', en: 'Province of Gelderland', parent: 'oost-nederland', aliases: ['Gelderland'] },
  { code: 'provincie-flevoland', nl: 'Provincie Flevoland', en: 'Province of Flevoland', parent: 'oost-nederland', aliases: ['Flevoland'] },
  { code: 'provincie-utrecht', nl: 'Provincie Utrecht', en: 'Province of Utrecht', parent: 'west-nederland', aliases: ['Utrecht'] },
  { code: 'provincie-noord-holland', nl: 'Provincie Noord-Holland', en: 'Province of North Holland', parent: 'west-nederland', aliases: ['Noord-Holland'] },
  { code: 'provincie-zuid-holland', nl: 'Provincie Zuid-Holland', en: 'Province of South Holland', parent: 'west-nederland', aliases: ['Zuid-Holland'] },
  { code: 'provincie-zeeland', nl: 'Provincie Zeeland', en: 'Province of Zeeland', parent: 'zuid-nederland', aliases: ['Zeeland'] },
  { code: 'provincie-noord-brabant', nl: 'Provincie Noord-Brabant', en: 'Province of North Brabant', parent: 'zuid-nederland', aliases: ['Noord-Brabant', 'Brabant'] },
  { code: 'provincie-limburg', nl: 'Provincie Limburg', en: 'Province of Limburg', parent: 'zuid-nederland', aliases: ['Limburg'] },
  { code: 'niet-gespecificeerd', nl: 'Niet gespecificeerd', en: 'Not specified', generic: true, aliases: ['n.g.', 'onbekend'] },
];

export const FORMS: readonly CodeEntry[] = [
  { code: '1', nl: 'Harde infrastructuur', en: 'Hard infrastructure' },
  { code: '2', nl: 'Zachte infrastructuur', en: 'Soft infrastructure' },
  { code: '3', nl: 'Data', en: 'Data' },
  { code: '4', nl: 'Intelligentie', en: 'Intelligence', aliases: ['Intelligence/AI'] },
  { code: '5', nl: 'Diensten', en: 'Services', aliases: ['(online) diensten', 'online diensten'] },
  { code: '6', nl: 'Interface', en: 'Interface' },
  { code: '7', nl: 'Niet-gespecificeerd', en: 'Not specified', generic: true, aliases: ['Niet gespecificeerd'] },
];

export const GOALS: readonly CodeEntry[] = [
  { code: 'cyberveiligheid', nl: '(cyber)veiligheid', en: '(cyber)security', aliases: ['cybersecurity', 'cyberveiligheid', 'veiligheid'] },
  { code: 'productiviteit', nl: 'productiviteit', en: 'productivity' },
  { code: 'digitale-soevereiniteit', nl: 'digitale soevereiniteit', en: 'digital sovereignty' },
  { code: 'circulariteit', nl: 'circulariteit', en: 'circularity' },
  { code: 'positieve-gezondheid', nl: 'positieve gezondheid', en: 'positive health' },
  { code: 'duurzaamheid', nl: 'duurzaamheid', en: 'sustainability' },
];

export const APPLICATIONS: readonly CodeEntry[] = [
  { code: 'online-marketing-sales', nl: 'online marketing & sales', en: 'online marketing & sales' },
  { code: 'platforms-bmi', nl: 'platforms / business model innovation', en: 'platforms / business model innovation' },
  { code: 'smart-industry', nl: 'smart industry', en: 'smart industry' },
  { code: 'smart-farming', nl: 'smart farming', en: 'smart farming' },
  { code: 'autonome-voertuigen', nl: 'autonome voertuigen', en: 'autonomous vehicles' },
];

export const TECHNOLOGIES: readonly CodeEntry[] = [
  { code: '5g', nl: '5G', en: '5G' },
  { code: 'ai', nl: 'AI', en: 'AI', aliases: ['kunstmatige intelligentie', 'artificial intelligence'] },
  { code: '3d-printen', nl: '3D-printen', en: '3D printing' },
  { code: 'app', nl: 'app', en: 'app' },
  { code: 'robotica', nl: 'robotica', en: 'robotics' },
  { code: 'data-analytics', nl: 'data analytics', en: 'data analytics' },
  { code: 'blockchain', nl: 'blockchain', en: 'blockchain' },
];

export const BOTTLENECK_GROUPS: readonly CodeGroup[] = [
  { key: 'weten', nl: 'Weten', en: 'Know' },
  { key: 'willen', nl: 'Willen', en: 'Want' },
  { key: 'kunnen', nl: 'Kunnen', en: 'Can' },
];

export const BOTTLENECKS: readonly CodeEntry[] = [
  { code: '0', nl: 'Probleemsignalering en vraagarticulatie', en: 'Problem signalling and demand articulation' },
  { code: '1', nl: 'Niet zelf bedacht', en: 'Not thought of it', group: 'weten' },
  { code: '2', nl: 'Niet mee in aanraking', en: 'Never come across it', group: 'weten' },
  { code: '3', nl: 'Te weinig voordeel', en: 'Too little benefit', group: 'willen' },
  { code: '4', nl: 'Te veel nadeel', en: 'Too many drawbacks', group: 'willen' },
  { code: '5', nl: 'Technologie', en: 'Technology', group: 'kunnen' },
  { code: '6', nl: 'Interne kennis', en: 'Internal knowledge', group: 'kunnen' },
  { code: '7', nl: 'Externe kennis', en: 'External knowledge', group: 'kunnen' },
  { code: '8', nl: 'Financiën', en: 'Finance', group: 'kunnen' },
  { code: '9', nl: 'Wet- en regelgeving', en: 'Laws and regulations', group: 'kunnen' },
  { code: '10', nl: 'Coördinatie', en: 'Coordination', group: 'kunnen' },
  { code: '11', nl: 'Overig', en: 'Other' },
];

export const RATIONALE_LEVELS: readonly CodeGroup[] = [
  { key: 'mkb', nl: "MKB'er", en: 'SME' },
  { key: 'relaties', nl: 'Relaties binnen systeem', en: 'Relations within the system' },
  { key: 'systeem', nl: 'Systeem', en: 'System' },
];

export const RATIONALES: readonly CodeEntry[] = [
  { code: '1', nl: 'Informatiegebreken', en: 'Information deficiencies', group: 'mkb' },
  { code: '2', nl: 'Informatie-asymmetrie', en: 'Information asymmetry', group: 'relaties' },
  { code: '3', nl: 'Coördinatiegebreken', en: 'Coordination failures', group: 'relaties' },
  { code: '4', nl: 'Marktmacht', en: 'Market power', group: 'systeem' },
  { code: '5', nl: 'Externaliteiten', en: 'Externalities', group: 'systeem' },
  { code: '6', nl: 'Publieke goederen', en: 'Public goods', group: 'systeem' },
  { code: '7', nl: 'Overheidsfalen', en: 'Government failure', group: 'systeem' },
];

export const ACTIVITY_TYPES: readonly CodeEntry[] = [
  { code: 'signaleren', nl: 'Signaleren', en: 'Signalling' },
  { code: 'netwerken', nl: 'Netwerken & coördineren', en: 'Networking & coordination', aliases: ['Netwerken en coördineren'] },
  { code: 'faciliteiten', nl: 'Gezamenlijke faciliteiten', en: 'Shared facilities' },
  { code: 'werken-met-studenten', nl: 'Werken met studenten', en: 'Working with students' },
  { code: 'onderwijs-studenten', nl: 'Onderwijs voor studenten', en: 'Education for students' },
  { code: 'onderwijs-professionals', nl: 'Onderwijs voor professionals', en: 'Education for professionals' },
  { code: 'advisering', nl: 'Advisering/consultancy', en: 'Advice/consultancy', aliases: ['Advisering', 'Consultancy', 'Advies'] },
  { code: 'subsidies', nl: 'Subsidies & financiering', en: 'Subsidies & finance', aliases: ['Subsidies en financiering'] },
  { code: 'workshops', nl: 'Workshops & kennisevents', en: 'Workshops & knowledge events', aliases: ['Workshops en kennisevents'] },
  { code: 'onderzoek', nl: 'Onderzoek & ontwikkeling', en: 'Research & development', aliases: ['Onderzoek en ontwikkeling', 'R&D', 'O&O'] },
  { code: 'scans', nl: 'Scans & assessments', en: 'Scans & assessments', aliases: ['Scans en assessments'] },
  { code: 'kennisplatform', nl: 'Kennisplatform', en: 'Knowledge platform' },
];

export const ROLES: readonly CodeEntry[] = [
  { code: 'initiatiefnemer', nl: 'Initiatiefnemer', en: 'Initiator' },
  { code: 'financier', nl: 'Financier', en: 'Funder' },
  { code: 'uitvoerder', nl: 'Uitvoerder', en: 'Implementer', aliases: ['Executor'] },
  { code: 'contact', nl: "Contactlegging met mkb'er", en: 'Contact with SMEs', aliases: ['Contactlegging', 'Contactlegging met mkb', 'Contact with SME'] },
];

export const LEVELS: readonly CodeEntry[] = [
  { code: 'laag', nl: 'Laag', en: 'Low' },
  { code: 'middel', nl: 'Middel', en: 'Medium', aliases: ['Gemiddeld'] },
  { code: 'hoog', nl: 'Hoog', en: 'High' },
];

export const ORGANISATION_TYPES: readonly CodeEntry[] = [
  { code: 'onderwijsinstelling', nl: 'Onderwijsinstelling', en: 'Educational institution' },
  { code: 'kennisinstelling', nl: 'Kennisinstelling', en: 'Knowledge institution' },
  { code: 'provincie', nl: 'Provincie', en: 'Province' },
  { code: 'gemeente', nl: 'Gemeente', en: 'Municipality' },
  { code: 'rijksoverheid', nl: 'Rijksoverheid', en: 'Central government' },
  { code: 'eerstelijnsorganisatie', nl: 'Eerstelijnsorganisatie', en: 'First-line support organisation' },
  { code: 'ontwikkelingsmaatschappij', nl: 'Ontwikkelingsmaatschappij', en: 'Regional development agency' },
  { code: 'brancheorganisatie', nl: 'Brancheorganisatie', en: 'Industry association' },
  { code: 'bank', nl: 'Bank/financier', en: 'Bank/financier' },
  { code: 'bedrijf', nl: 'Bedrijf', en: 'Company' },
  { code: 'samenwerkingsverband', nl: 'Samenwerkingsverband', en: 'Partnership' },
  { code: 'overig', nl: 'Overig', en: 'Other' },
];

export const REACH_UNITS: readonly CodeEntry[] = [
  { code: 'ondernemingen', nl: 'ondernemingen', en: 'enterprises' },
  { code: 'bezoekers', nl: 'bezoekers', en: 'visitors' },
  { code: 'deelnemers', nl: 'deelnemers', en: 'participants' },
];

export const REACH_SOURCES: readonly CodeEntry[] = [
  { code: 'evaluatierapport', nl: 'evaluatierapport', en: 'evaluation report' },
  { code: 'kwantitatief', nl: 'kwantitatieve meting', en: 'quantitative measurement' },
  { code: 'kwalitatief', nl: 'kwalitatieve meting', en: 'qualitative measurement' },
  { code: 'geen', nl: 'geen', en: 'none' },
];

/** The report's reach class and effort per activity type (docs/method.md §2 and §5). */
export const TYPE_REACH_EFFORT: Readonly<Record<string, { reach: string; effort: string }>> = {
  signaleren: { reach: 'hoog', effort: 'laag' },
  netwerken: { reach: 'middel', effort: 'laag' },
  faciliteiten: { reach: 'laag', effort: 'middel' },
  'werken-met-studenten': { reach: 'middel', effort: 'middel' },
  'onderwijs-studenten': { reach: 'middel', effort: 'middel' },
  'onderwijs-professionals': { reach: 'middel', effort: 'hoog' },
  advisering: { reach: 'laag', effort: 'middel' },
  subsidies: { reach: 'middel', effort: 'hoog' },
  workshops: { reach: 'middel', effort: 'middel' },
  onderzoek: { reach: 'laag', effort: 'hoog' },
  scans: { reach: 'hoog', effort: 'laag' },
  kennisplatform: { reach: 'middel', effort: 'laag' },
};

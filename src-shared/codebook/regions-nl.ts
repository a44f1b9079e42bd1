/**
 * Region names of the Netherlands the importer knows, so that it can propose where a new
 * geography name of a workbook belongs ("Zeeuws-Vlaanderen" → Provincie Zeeland). The provinces
 * themselves are geography codes of the codebook (values.ts).
 *
 * Sources:
 * - COROP areas: Centraal Bureau voor de Statistiek (CBS), "COROP-indeling" — the 40 COROP areas
 *   and the province each lies in (the classification CBS uses for regional statistics).
 * - Landstreken: a short hand-made list of well-known parts of a province that workbooks use as
 *   regions (Walcheren, Betuwe, Parkstad …), each with its province.
 * Pure data; the importer only proposes a place, the user accepts or changes it.
 */

export interface KnownRegion {
  name: string;
  /** The geography code of the province it lies in. */
  province: string;
  /** Other spellings of the name. */
  aliases?: readonly string[];
  /** CBS code of a COROP area (CR01 … CR40). */
  corop?: string;
}

/** The 40 COROP areas (CBS), with the province each lies in. */
export const COROP_AREAS: readonly KnownRegion[] = [
  { corop: 'CR01', name: 'Oost-Groningen', province: 'provincie-groningen' },
  { corop: 'CR02', name: 'Delfzijl en omgeving', province: 'provincie-groningen' },
  { corop: 'CR03', name: 'Overig Groningen', province: 'provincie-groningen' },
  { corop: 'CR04', name: 'Noord-Friesland', province: 'provincie-friesland' },
  { corop: 'CR05', name: 'Zuidwest-Friesland', province: 'provincie-friesland' },
  { corop: 'CR06', name: 'Zuidoost-Friesland', province: 'provincie-friesland' },
  { corop: 'CR07', name: 'Noord-Drenthe', province: 'provincie-drenthe' },
  { corop: 'CR08', name: 'Zuidoost-Drenthe', province: 'provincie-drenthe' },
  { corop: 'CR09', name: 'Zuidwest-Drenthe', province: 'provincie-drenthe' },
  { corop: 'CR10', name: 'Noord-Overijssel', province: 'provincie-overijssel' },
  { corop: 'CR11', name: 'Zuidwest-Overijssel', province: 'provincie-overijssel' },
  { corop: 'CR12', name: 'Twente', province: 'provincie-overijssel' },
  { corop: 'CR13', name: 'Veluwe', province: 'provincie-gelderland' },
  { corop: 'CR14', name: 'Achterhoek', province: 'provincie-gelderland' },
  { corop: 'CR15', name: 'Arnhem/Nijmegen', province: 'provincie-gelderland', aliases: ['Arnhem-Nijmegen', 'Regio Arnhem Nijmegen'] },
  { corop: 'CR16', name: 'Zuidwest-Gelderland', province: 'provincie-gelderland' },
  { corop: 'CR17', name: 'Utrecht', province: 'provincie-utrecht', aliases: ['Regio Utrecht'] },
  { corop: 'CR18', name: 'Kop van Noord-Holland', province: 'provincie-noord-holland' },
  { corop: 'CR19', name: 'Alkmaar en omgeving', province: 'provincie-noord-holland' },
  { corop: 'CR20', name: 'IJmond', province: 'provincie-noord-holland' },
  { corop: 'CR21', name: 'Agglomeratie Haarlem', province: 'provincie-noord-holland', aliases: ['Haarlem'] },
  { corop: 'CR22', name: 'Zaanstreek', province: 'provincie-noord-holland' },
  { corop: 'CR23', name: 'Groot-Amsterdam', province: 'provincie-noord-holland', aliases: ['Amsterdam', 'Metropoolregio Amsterdam'] },
  { corop: 'CR24', name: 'Het Gooi en Vechtstreek', province: 'provincie-noord-holland', aliases: ['Gooi en Vechtstreek'] },
  { corop: 'CR25', name: 'Agglomeratie Leiden en Bollenstreek', province: 'provincie-zuid-holland', aliases: ['Leiden en Bollenstreek', 'Holland Rijnland'] },
  { corop: 'CR26', name: "Agglomeratie 's-Gravenhage", province: 'provincie-zuid-holland', aliases: ['Den Haag', "'s-Gravenhage"] },
  { corop: 'CR27', name: 'Delft en Westland', province: 'provincie-zuid-holland' },
  { corop: 'CR28', name: 'Oost-Zuid-Holland', province: 'provincie-zuid-holland' },
  { corop: 'CR29', name: 'Groot-Rijnmond', province: 'provincie-zuid-holland', aliases: ['Rijnmond', 'Rotterdam'] },
  { corop: 'CR30', name: 'Zuidoost-Zuid-Holland', province: 'provincie-zuid-holland' },
  { corop: 'CR31', name: 'Zeeuwsch-Vlaanderen', province: 'provincie-zeeland', aliases: ['Zeeuws-Vlaanderen'] },
  { corop: 'CR32', name: 'Overig Zeeland', province: 'provincie-zeeland' },
  { corop: 'CR33', name: 'West-Noord-Brabant', province: 'provincie-noord-brabant', aliases: ['West-Brabant'] },
  { corop: 'CR34', name: 'Midden-Noord-Brabant', province: 'provincie-noord-brabant', aliases: ['Midden-Brabant'] },
  { corop: 'CR35', name: 'Noordoost-Noord-Brabant', province: 'provincie-noord-brabant', aliases: ['Noordoost-Brabant'] },
  { corop: 'CR36', name: 'Zuidoost-Noord-Brabant', province: 'provincie-noord-brabant', aliases: ['Zuidoost-Brabant'] },
  { corop: 'CR37', name: 'Noord-Limburg', province: 'provincie-limburg' },
  { corop: 'CR38', name: 'Midden-Limburg', province: 'provincie-limburg' },
  { corop: 'CR39', name: 'Zuid-Limburg', province: 'provincie-limburg' },
  { corop: 'CR40', name: 'Flevoland', province: 'provincie-flevoland' },
];

/** Well-known parts of provinces that are not COROP areas (hand-made list, see above). */
export const LANDSTREKEN: readonly KnownRegion[] = [
  { name: 'Walcheren', province: 'provincie-zeeland' },
  { name: 'Zuid-Beveland', province: 'provincie-zeeland' },
  { name: 'Noord-Beveland', province: 'provincie-zeeland' },
  { name: 'Schouwen-Duiveland', province: 'provincie-zeeland' },
  { name: 'Tholen', province: 'provincie-zeeland' },
  { name: 'Westerkwartier', province: 'provincie-groningen' },
  { name: 'Eemsdelta', province: 'provincie-groningen' },
  { name: 'Het Hogeland', province: 'provincie-groningen' },
  { name: 'Waddeneilanden', province: 'provincie-friesland', aliases: ['Friese Waddeneilanden'] },
  { name: 'Salland', province: 'provincie-overijssel' },
  { name: 'Vechtdal', province: 'provincie-overijssel' },
  { name: 'Regio Zwolle', province: 'provincie-overijssel', aliases: ['Zwolle'] },
  { name: 'Betuwe', province: 'provincie-gelderland' },
  { name: 'Rivierenland', province: 'provincie-gelderland' },
  { name: 'Liemers', province: 'provincie-gelderland', aliases: ['De Liemers'] },
  { name: 'Regio Foodvalley', province: 'provincie-gelderland', aliases: ['Foodvalley'] },
  { name: 'Noordoostpolder', province: 'provincie-flevoland' },
  { name: 'Amersfoort', province: 'provincie-utrecht', aliases: ['Regio Amersfoort'] },
  { name: 'West-Friesland', province: 'provincie-noord-holland', aliases: ['Westfriesland'] },
  { name: 'Drechtsteden', province: 'provincie-zuid-holland' },
  { name: 'Hoeksche Waard', province: 'provincie-zuid-holland' },
  { name: 'Voorne-Putten', province: 'provincie-zuid-holland' },
  { name: 'Goeree-Overflakkee', province: 'provincie-zuid-holland' },
  { name: 'De Peel', province: 'provincie-noord-brabant', aliases: ['Peel'] },
  { name: 'De Kempen', province: 'provincie-noord-brabant', aliases: ['Kempen'] },
  { name: 'Brainport', province: 'provincie-noord-brabant', aliases: ['Brainport Eindhoven', 'Regio Eindhoven', 'Eindhoven'] },
  { name: 'Parkstad', province: 'provincie-limburg', aliases: ['Parkstad Limburg'] },
  { name: 'Westelijke Mijnstreek', province: 'provincie-limburg' },
];

export const KNOWN_REGIONS: readonly KnownRegion[] = [...COROP_AREAS, ...LANDSTREKEN];

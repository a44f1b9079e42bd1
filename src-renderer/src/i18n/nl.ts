/**
 * Dutch UI texts (the default language). Keys are English; `en.ts` must have exactly these keys.
 * `{name}` marks a placeholder filled in by `t(key, { name })`.
 */
export const nl = {
  'app.name': 'Regioscan',
  'app.tagline': 'Publieke ondersteuning voor digitalisering van het mkb',
  'app.loading': 'Regioscan wordt geladen…',
  'app.documentTitle': '{screen} · Regioscan',
  'skipLink': 'Naar inhoud',

  'nav.label': 'Hoofdnavigatie',
  'nav.toggle.open': 'Menu openen',
  'nav.toggle.close': 'Menu sluiten',

  'route.overzicht': 'Overzicht',
  'route.activiteiten': 'Activiteiten',
  'route.ecosysteemkaart': 'Ecosysteemkaart',
  'route.leer-van-elkaar': 'Leer van elkaar',
  'route.vergelijken': 'Vergelijken',
  'route.witte-vlekken': 'Witte vlekken',
  'route.importeren': 'Importeren',

  'screen.overzicht.lead':
    'Het overzicht toont de kerncijfers van de gekozen scans: hoeveel initiatieven, activiteiten en organisaties er zijn, en hoe de activiteiten verdeeld zijn over type, geografie en knelpunten.',
  'screen.activiteiten.lead':
    'Hier filtert u alle activiteiten op de dimensies van de Regioscan, zoals sector, digitaliseringsvorm, knelpunt en type activiteit. Binnen één dimensie tellen waarden als óf, tussen dimensies als én.',
  'screen.ecosysteemkaart.lead':
    'De ecosysteemkaart toont de initiatieven als netwerk, gekleurd naar hun focus op digitalisering. Initiatieven zijn verbonden als ze zich op dezelfde sector richten; een dikkere lijn betekent meer gedeelde sectoren.',
  'screen.leer-van-elkaar.lead':
    'Leer van elkaar zet twee dimensies tegen elkaar af: doelgroep en digitaliseringsvorm, knelpunt en activiteit, of aanbieder en beleidsrationale. Zo ziet u hoe anderen een vergelijkbare opgave aanpakken.',
  'screen.vergelijken.lead':
    'Vergelijken zet twee of meer scans naast elkaar, bijvoorbeeld provincies of jaren, in dezelfde indeling naar dimensies.',
  'screen.witte-vlekken.lead':
    'Witte vlekken laat zien welke combinaties van sector, digitaliseringsvorm en knelpunt geen of weinig activiteiten hebben. Of een lege combinatie ertoe doet, hangt af van beleidsdoelen en de vraag van ondernemers.',
  'screen.importeren.lead':
    'Importeer een ingevuld Regioscan-werkboek (Excel) als nieuwe scan. Regioscan controleert het werkboek, koppelt de waarden aan het codeboek en meldt wat het niet kon plaatsen.',

  'empty.noScans': 'Er zijn nog geen scans geladen. Importeer eerst een werkboek om hier gegevens te zien.',
  'empty.noSelection': 'Kies bovenaan een of meer scans om hier gegevens te zien.',
  'empty.importAction': 'Naar Importeren',
  'empty.importHint': 'Alle gegevens blijven op deze computer; er wordt niets verstuurd.',

  'scans.label': 'Scans',
  'scans.placeholder': 'Kies scans',
  'scans.empty': 'Nog geen scans geïmporteerd',
  'scans.loading': 'Scans laden…',
  'scans.error': 'Scans konden niet worden geladen',
  'scans.nothingFound': 'Geen scan gevonden',
  'scans.sample': 'voorbeeld',
  'scans.noYear': 'jaar onbekend',

  'language.label': 'Taal',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'colorScheme.toDark': 'Donkere weergave gebruiken',
  'colorScheme.toLight': 'Lichte weergave gebruiken',

  'about.open': 'Over Regioscan',
  'about.title': 'Over Regioscan',
  'about.description':
    'Regioscan brengt de publieke ondersteuning voor digitalisering van het mkb in kaart, volgens de methode Regioscan Digitalisering. De app werkt volledig offline.',
  'about.close': 'Sluiten',
  'about.version': 'Versie',
  'about.database': 'Databasebestand',
  'about.schema': 'Schemaversie',
  'about.host': 'Omgeving',
  'about.host.electron': 'Desktop-app',
  'about.host.http': 'Lokale webserver',
  'about.access': 'Toegang',
  'about.readOnly': 'Alleen lezen',
  'about.readWrite': 'Lezen en schrijven',
  'about.unavailable': 'De app-informatie kon niet worden geladen.',
  'footer.version': 'Versie {version}',

  'notice.title': 'Er ging iets mis',
  'notice.dismiss': 'Melding sluiten',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;

/** A full dictionary: every key of the Dutch one, and no other. */
export type Dictionary = Record<MessageKey, string>;

import { NetworkKind, NetworkRole } from '../network.enums';
import { OrganizationKind } from '../organization-kind.enum';

/**
 * The AT network and ASTRA's partner networks, from ASTRA's own documents
 * (shared/DOMAIN.md). Only facts the documents state are recorded; unknown dates stay empty.
 */
export interface OrganizationSeed {
  shortName: string;
  nameSr: string;
  nameEn: string;
  kind: OrganizationKind;
  city: string;
  country: string;
  contactEmail?: string;
  website?: string;
}

export interface NetworkSeed {
  code: string;
  kind: NetworkKind;
  shortName: string;
  nameSr: string;
  nameEn: string;
  descriptionSr: string;
  descriptionEn: string;
  website?: string;
  members: { shortName: string; role: NetworkRole; since?: string }[];
}

const member = (shortName: string, nameSr: string, nameEn: string, city: string, extra: Partial<OrganizationSeed> = {}): OrganizationSeed => ({
  shortName,
  nameSr,
  nameEn,
  city,
  kind: OrganizationKind.AT_NETWORK_MEMBER,
  country: 'RS',
  ...extra,
});

export const AT_NETWORK_MEMBERS: OrganizationSeed[] = [
  member('ASTRA', 'ASTRA – Akcija protiv trgovine ljudima', 'ASTRA – Anti-Trafficking Action', 'Beograd', {
    contactEmail: 'sos@astra.rs',
    website: 'https://www.astra.rs',
  }),
  member('SOS Vlasotince', 'SOS telefon za žene i decu žrtve nasilja', 'SOS Hotline for Women and Children Victims of Violence', 'Vlasotince'),
  member('NŽC Dimitrovgrad', 'Nezavisni ženski centar', "Independent Women's Centre", 'Dimitrovgrad'),
  member('Odbor Vranje', 'Odbor za ljudska prava', 'Human Rights Committee', 'Vranje'),
  member('CZD Niš', 'Centar za devojke', "Girls' Centre", 'Niš'),
  member('PAOR', 'PAOR', 'PAOR', 'Zrenjanin'),
  member('CZD Užice', 'Centar za devojke', "Girls' Centre", 'Užice'),
  member('Forum žena Prijepolje', 'Forum žena', "Women's Forum", 'Prijepolje'),
];

/** Secretariats and coordinators of the partner networks. */
export const NETWORK_SECRETARIATS: OrganizationSeed[] = [
  {
    shortName: 'LSI',
    nameSr: 'La Strada International – sekretarijat',
    nameEn: 'La Strada International – secretariat',
    kind: OrganizationKind.PARTNER_ORGANIZATION,
    city: 'Amsterdam',
    country: 'NL',
    website: 'https://www.lastradainternational.org',
  },
  {
    shortName: 'GAATW',
    nameSr: 'GAATW – Međunarodni sekretarijat',
    nameEn: 'GAATW International Secretariat',
    kind: OrganizationKind.PARTNER_ORGANIZATION,
    city: 'Bangkok',
    country: 'TH',
    website: 'https://gaatw.org',
  },
  {
    shortName: 'MCE',
    nameSr: 'Missing Children Europe',
    nameEn: 'Missing Children Europe',
    kind: OrganizationKind.PARTNER_ORGANIZATION,
    city: 'Brussels',
    country: 'BE',
    website: 'https://missingchildreneurope.eu',
  },
  {
    shortName: 'BCBP',
    nameSr: 'Beogradski centar za bezbednosnu politiku',
    nameEn: 'Belgrade Centre for Security Policy',
    kind: OrganizationKind.PARTNER_ORGANIZATION,
    city: 'Beograd',
    country: 'RS',
    website: 'https://bezbednost.org',
  },
];

const astraMember = { shortName: 'ASTRA', role: NetworkRole.MEMBER };

export const NETWORKS: NetworkSeed[] = [
  {
    code: 'AT',
    kind: NetworkKind.AT_NETWORK,
    shortName: 'AT mreža',
    nameSr: 'Antitrafiking mreža',
    nameEn: 'Anti-Trafficking Network',
    descriptionSr:
      'Mreža organizacija civilnog društva koja se bori protiv trgovine ljudima u saradnji sa relevantnim akterima, te osmišljava i sprovodi aktivnosti u cilju sprečavanja, smanjivanja i rešavanja problema trgovine ljudima na državnom nivou i u lokalnim zajednicama. Nastala 2002. kao ASTRA mreža.',
    descriptionEn:
      'A network of civil-society organizations fighting human trafficking with relevant actors, designing and carrying out activities to prevent, reduce and solve trafficking nationally and in local communities. Founded in 2002 as the ASTRA network.',
    website: 'https://www.astra.rs',
    members: AT_NETWORK_MEMBERS.map(({ shortName }) => ({
      shortName,
      role: shortName === 'ASTRA' ? NetworkRole.COORDINATOR : NetworkRole.MEMBER,
    })),
  },
  {
    code: 'LSI',
    kind: NetworkKind.PARTNER_NETWORK,
    shortName: 'LSI',
    nameSr: 'La Strada International',
    nameEn: 'La Strada International',
    descriptionSr:
      'Evropska platforma nevladinih organizacija protiv trgovine ljudima, zasnovana na ljudskim pravima: 26 organizacija članica i 2 pridružena člana iz 23 evropske zemlje.',
    descriptionEn:
      'European NGO platform against trafficking in human beings, human-rights based: 26 member organizations and 2 associate members in 23 European countries.',
    website: 'https://www.lastradainternational.org',
    members: [{ shortName: 'LSI', role: NetworkRole.COORDINATOR }, astraMember],
  },
  {
    code: 'GAATW',
    kind: NetworkKind.PARTNER_NETWORK,
    shortName: 'GAATW',
    nameSr: 'Globalna alijansa protiv trgovine ženama',
    nameEn: 'Global Alliance Against Traffic in Women',
    descriptionSr:
      'Preko 80 nevladinih organizacija iz Afrike, Azije, Evrope, Latinske Amerike, Kariba i Severne Amerike; sekretarijat u Bangkoku.',
    descriptionEn: 'Over 80 NGOs from Africa, Asia, Europe, Latin America, the Caribbean and North America; secretariat in Bangkok.',
    website: 'https://gaatw.org',
    members: [{ shortName: 'GAATW', role: NetworkRole.COORDINATOR }, astraMember],
  },
  {
    code: 'MCE',
    kind: NetworkKind.PARTNER_NETWORK,
    shortName: 'MCE',
    nameSr: 'Missing Children Europe',
    nameEn: 'Missing Children Europe',
    descriptionSr:
      'Federacija 31 organizacije članice iz 26 evropskih zemalja koje vode broj 116000 za nestalu decu; ASTRA vodi 116000 u Srbiji od 2012.',
    descriptionEn:
      'Federation of 31 member organizations in 26 European countries running the 116000 missing-children hotline; ASTRA runs 116000 in Serbia since 2012.',
    website: 'https://missingchildreneurope.eu',
    members: [{ shortName: 'MCE', role: NetworkRole.COORDINATOR }, astraMember],
  },
  {
    code: 'PREUGOVOR',
    kind: NetworkKind.PARTNER_NETWORK,
    shortName: 'prEUgovor',
    nameSr: 'prEUgovor',
    nameEn: 'prEUgovor',
    descriptionSr:
      'Koalicija organizacija civilnog društva iz Srbije (BCBP, CPES, Grupa 484, ASTRA, Transparentnost Srbija, CINS), formirana maja 2013, koja prati poglavlja 23 i 24 pristupanja EU.',
    descriptionEn:
      'Coalition of Serbian civil-society organizations (BCBP, CPES, Grupa 484, ASTRA, Transparency Serbia, CINS), formed in May 2013, monitoring EU accession chapters 23 and 24.',
    website: 'https://www.preugovor.org',
    members: [{ shortName: 'BCBP', role: NetworkRole.COORDINATOR }, astraMember],
  },
];

/**
 * Fictional partner organizations for trying the portal out (`npm run seed -- --demo`),
 * plainly named as demos so that nobody mistakes them for real partners.
 */
export const DEMO_PARTNERS: (OrganizationSeed & { network: string })[] = [
  {
    shortName: 'Demo LS Wien',
    nameSr: 'Demo partner La Strada (Beč)',
    nameEn: 'Demo La Strada partner (Vienna)',
    kind: OrganizationKind.PARTNER_ORGANIZATION,
    city: 'Wien',
    country: 'AT',
    network: 'LSI',
  },
  {
    shortName: 'Demo 116000 București',
    nameSr: 'Demo linija 116000 (Bukurešt)',
    nameEn: 'Demo 116000 hotline (Bucharest)',
    kind: OrganizationKind.PARTNER_ORGANIZATION,
    city: 'București',
    country: 'RO',
    network: 'MCE',
  },
  {
    shortName: 'Demo GAATW Athína',
    nameSr: 'Demo članica GAATW (Atina)',
    nameEn: 'Demo GAATW member (Athens)',
    kind: OrganizationKind.PARTNER_ORGANIZATION,
    city: 'Athína',
    country: 'GR',
    network: 'GAATW',
  },
];

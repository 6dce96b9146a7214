import { meetingsSr } from './meetings.sr';
import { referralsSr } from './referrals.sr';

/** Serbian (Latin script): the app's first language. English (en.ts) has the same keys. */
export const sr = {
  ...referralsSr,
  ...meetingsSr,
  app: { readAs: 'Prepoznato: {{names}}', name: 'AT mreža', tagline: 'Aktivnosti članica', taglineSignedOut: 'Portal mreže protiv trgovine ljudima', taglinePartner: 'Uputnice', taglineEvaluator: 'Napredak i statistika', skip: 'Preskoči na sadržaj', loading: 'Učitava se…', offline: 'Niste na mreži: novo što sačuvate čeka na ovom uređaju.', language: 'Jezik', signOut: 'Odjava', nav: 'Glavna navigacija', error: 'Nešto nije uspelo. Pokušajte ponovo.', notFoundHeading: 'Stranica nije pronađena', notFound: 'Na ovoj adresi nema stranice: link je možda pogrešno upisan ili zastareo.', goHome: 'Idi na početnu stranicu', back: 'Nazad', unsentHeading: 'Još nije poslato', unsent_one: 'Na ovom uređaju {{count}} aktivnost još nije poslata. Odjavom se briše sa uređaja.', unsent_few: 'Na ovom uređaju {{count}} aktivnosti još nisu poslate. Odjavom se brišu sa uređaja.', unsent_other: 'Na ovom uređaju {{count}} aktivnosti još nije poslato. Odjavom se brišu sa uređaja.', unsentStay: 'Otkaži odjavu', unsentLeave_one: 'Odjavi se i obriši je', unsentLeave_few: 'Odjavi se i obriši ih', unsentLeave_other: 'Odjavi se i obriši ih', retry: 'Pokušaj ponovo' },
  refusal: {
    changedMeanwhile: 'Ovo se u međuvremenu promenilo (u drugoj kartici, ili je neko drugi već postupio), pa ovaj korak više nije moguć. Osvežite stranicu da vidite kako stoji.',
    staleVersion: 'Neko je u međuvremenu sačuvao noviju verziju. Osvežite stranicu i pogledajte je pre nove izmene.',
    notEditable: 'Ovo se više ne može menjati.',
    periodLocked: 'Izveštajni period je zaključan: ništa u njemu se ne može menjati.',
    meetingCancelled: 'Sastanak je otkazan.',
    forbidden: 'Za ovo nemate dozvolu.',
    notFound: 'Nije pronađeno, ili vam nije dostupno.',
    tooMany: 'Previše pokušaja. Sačekajte nekoliko minuta i pokušajte ponovo.',
    signIn: 'Sesija je istekla. Prijavite se ponovo.',
  },
  nav: { home: 'Početna', activities: 'Aktivnosti', newActivity: 'Nova aktivnost', progress: 'Napredak mreže', import: 'Uvoz tabele', people: 'Ljudi organizacije (administratorska aplikacija)' },
  signIn: {
    heading: 'Prijava', email: 'E-pošta', password: 'Lozinka', submit: 'Prijavi se', failed: 'E-pošta ili lozinka nisu tačni.', tooMany: 'Previše pokušaja. Sačekajte nekoliko minuta.',
    forgot: 'Zaboravili ste lozinku?',
    coordinators: 'Koordinatorke ASTRE rade u administratorskoj aplikaciji.',
  },
  forgot: {
    heading: 'Zaboravili ste lozinku?', intro: 'Upišite adresu e-pošte kojom se prijavljujete. Poslaćemo na nju link za izbor nove lozinke.', submit: 'Pošalji mi link',
    sent: 'Ako {{email}} ima nalog, na tu adresu stiže link za izbor nove lozinke. Link važi jednom i ograničeno vreme. Nema poruke? Pogledajte neželjenu poštu ili se obratite koordinatorki.',
    emailMissing: 'Upišite adresu e-pošte.', back: 'Nazad na prijavu',
  },
  password: {
    heading: 'Lozinka', current: 'Trenutna lozinka', new: 'Nova lozinka', submit: 'Promeni lozinku', required: 'je obavezno polje',
    rules: 'Najmanje 12 znakova. Nekoliko reči zaredom lako se pamti, a teško pogađa.',
    wrongCurrent: 'Ovo nije vaša trenutna lozinka.', tooShort: 'Lozinka mora imati najmanje 12 znakova.', tooLong: 'Lozinka sme imati najviše 128 znakova.', common: 'Ova lozinka je među najčešće korišćenim: izaberite drugu.',
    changed: 'Lozinka je promenjena. Ovde ste i dalje prijavljeni; svi ostali uređaji su odjavljeni.',
    devicesHeading: 'Uređaji', devicesIntro: 'Izgubili ste telefon ili ste se prijavili na zajedničkom računaru? Odjavite se svuda: na svakom uređaju, i na ovom, lozinka će ponovo biti potrebna.', signOutEverywhere: 'Odjavi me na svim uređajima',
  },
  setPassword: {
    invitationHeading: 'Dobro došli: postavite lozinku', resetHeading: 'Nova lozinka', intro: 'Izaberite lozinku od najmanje 12 znakova. Posle toga ste prijavljeni.',
    password: 'Nova lozinka', confirm: 'Ponovite lozinku', submit: 'Sačuvaj lozinku i prijavi se', differ: 'Lozinke se ne poklapaju.', linkMissing: 'Link nije potpun. Otvorite ga ponovo iz poruke.',
    linkInvalid: 'Link nije važeći, već je iskorišćen ili je istekao. Zatražite novi.',
  },
  status: { DRAFT: 'Nacrt', SUBMITTED: 'Poslato na pregled', APPROVED: 'Odobreno', RETURNED: 'Vraćeno na doradu', WAITING: 'Čeka slanje', SENDING: 'Šalje se', REFUSED: 'Odbijeno pri slanju' },
  type: { INFO_STAND: 'Info-pult', LECTURE: 'Predavanje', MEDIA_CAMPAIGN: 'Medijska kampanja', OTHER: 'Drugo', PROFESSIONAL_TRAINING: 'Obuka za stručnjake', PUBLIC_FORUM: 'Javna tribina', ROUND_TABLE: 'Okrugli sto', YOUTH_WORKSHOP: 'Radionica za mlade' },
  targetGroup: { EDUCATION: 'Obrazovanje', GENERAL_PUBLIC: 'Opšta javnost', HEALTH: 'Zdravstvo', JUDICIARY: 'Pravosuđe', LOCAL_GOVERNMENT: 'Lokalna samouprava', OTHER: 'Drugo', PARENTS: 'Roditelji', POLICE: 'Policija', PUPILS: 'Učenici', SOCIAL_PROTECTION: 'Socijalna zaštita', STUDENTS: 'Studenti', YOUNG_PEOPLE: 'Mladi' },
  gender: { FEMALE: 'Žene', MALE: 'Muškarci', OTHER_UNKNOWN: 'Drugo / nepoznato' },
  institutionKind: { CSO: 'Organizacija civilnog društva', HEALTH: 'Zdravstvo', LOCAL_GOVERNMENT: 'Lokalna samouprava', MEDIA: 'Mediji', OTHER: 'Drugo', POLICE: 'Policija', SCHOOL: 'Škola', SOCIAL_WORK_CENTRE: 'Centar za socijalni rad' },
  home: {
    heading: 'Šta čeka na mene', returned: 'Vraćeno na doradu', returnedNone: 'Ništa nije vraćeno.', comment: 'Komentar koordinatorke', drafts: 'Moji nacrti', draftsNone: 'Nema nacrta.',
    waiting: 'Čeka slanje sa ovog uređaja', waitingNone: 'Ništa ne čeka na ovom uređaju.', quarter: 'Odobreno ovog kvartala ({{quarter}}) prema ciljevima', quarterNone: 'Još nema odobrenih aktivnosti u ovom kvartalu.', quarterNoPlan: 'Nijedan strateški plan u portalu ne obuhvata ovaj kvartal, pa nema ciljeva prema kojima bi se brojalo.',
    goal: 'Cilj', activities: 'Aktivnosti', participants: 'Učesnici', sendNow: 'Pošalji sada', openDraft: 'Otvori', welcome: 'Zdravo, {{name}}',
    meetings: 'Moji naredni sastanci', meetingsNone: 'Nema predstojećih sastanaka.', tasks: 'Otvoreni zadaci moje organizacije', tasksNone: 'Vaša organizacija nema otvorenih zadataka.', overdue: 'Rok je istekao {{date}}', allMeetings: 'Svi sastanci i zadaci',
  },
  list: {
    heading: 'Aktivnosti', filters: 'Filteri', status: 'Status', year: 'Godina', quarter: 'Kvartal', type: 'Vrsta', goal: 'Cilj', search: 'Pretraga (naslov, opis, mesto)', any: 'Sve', apply: 'Primeni',
    count_one: '{{count}} aktivnost', count_few: '{{count}} aktivnosti', count_other: '{{count}} aktivnosti', more: 'Prikaži još', none: 'Nijedna aktivnost ne odgovara.',
    title: 'Naslov', date: 'Datum', place: 'Mesto', organization: 'Organizacija', online: 'Onlajn', exportCsv: 'Izvoz CSV', exportXlsx: 'Izvoz XLSX',
  },
  activity: {
    history: 'Istorija', historyNone: 'Nema zapisa.', edit: 'Izmeni', submit: 'Pošalji na pregled', resubmit: 'Ispravljeno: pošalji ponovo', submitted: 'Poslato na pregled.', notSubmitted: 'Nije poslato na pregled: {{reason}}. Sačuvano je kao nacrt.', reviewComment: 'Komentar pri pregledu',
    participants: 'Učesnici', total: 'Ukupno', goals: 'Ciljevi i pokazatelji', coOrganizers: 'Suorganizatori', institutions: 'Uključene institucije', media: 'Medijski doseg', links: 'Linkovi', dates: 'Datumi', place: 'Mesto',
    targetGroups: 'Ciljne grupe', description: 'Opis', organization: 'Organizacija', outlets: 'Medija', audience: 'Procenjena publika', none: '—', version: 'Verzija {{version}}',
    action: { ENTITY_CREATED: 'Upisano', ENTITY_UPDATED: 'Izmenjeno', ACTIVITY_SUBMITTED: 'Poslato na pregled', ACTIVITY_APPROVED: 'Odobreno', ACTIVITY_RETURNED: 'Vraćeno na doradu', ACTIVITY_REOPENED: 'Ponovo otvoreno' },
  },
  form: {
    newHeading: 'Nova aktivnost', editHeading: 'Izmena aktivnosti', draftHeading: 'Aktivnost sačuvana na uređaju', basics: 'Osnovno', type: 'Vrsta aktivnosti', title: 'Naslov', description: 'Opis',
    startsOn: 'Početak', endsOn: 'Kraj', city: 'Mesto ili opština', online: 'Održano onlajn', targetGroups: 'Ciljne grupe', participants: 'Učesnici po polu i uzrastu',
    gridCaption: 'Broj učesnika: redovi su pol, kolone uzrast', ageBand: 'Uzrast', total: 'Ukupno', declaredTotal: 'Prijavljen ukupan broj (ako se zna samo zbir)',
    institutions: 'Uključene institucije', institutionKind: 'Vrsta institucije', institutionName: 'Naziv institucije', addInstitution: 'Dodaj instituciju', remove: 'Ukloni',
    goals: 'Ciljevi strategije', goalsFor: 'Ciljevi perioda {{period}}', goalsPickDate: 'Izaberite datum početka da biste videli ciljeve.', goalsNoPlan: 'Nijedan strateški plan u portalu ne obuhvata {{date}}, pa nema cilja za izbor: aktivnost se može poslati na pregled i bez njega. Koordinatorke ASTRA-e unose svaki novi plan.', indicator: 'Doprinos pokazatelju {{code}}: {{name}} ({{unit}})',
    coOrganizers: 'Suorganizatorke iz mreže', media: 'Medijski doseg', mediaOutlets: 'Broj medija', mediaAudience: 'Procenjena publika', links: 'Linkovi',
    linkUrl: 'Adresa (https://…)', linkTitle: 'Naziv linka', addLink: 'Dodaj link', saveDraft: 'Sačuvaj nacrt', saveSubmit: 'Sačuvaj i pošalji na pregled', save: 'Sačuvaj',
    savedOffline: 'Sačuvano na ovom uređaju. Biće poslato kad se veza vrati.', saved: 'Sačuvano.', errors: 'Ispravite označena polja.', required: 'Obavezno.',
    conflict: 'Neko je u međuvremenu sačuvao ovu aktivnost', conflictIntro: 'Vaše izmene nisu izgubljene. Uporedite dve verzije, pa izaberite.', theirs: 'Sačuvana verzija', yours: 'Vaša verzija',
    keepMine: 'Sačuvaj moju verziju preko njihove', takeTheirs: 'Odbaci moje i otvori sačuvanu', field: 'Polje', deleteDraft: 'Obriši sa uređaja', refused: 'Portal nije primio ovu aktivnost:',
  },
  progress: {
    heading: 'Napredak mreže', period: 'Strateški period', scope: 'Obuhvat', network: 'Cela mreža', byQuarter: 'Aktivnosti po cilju i kvartalu', byOrganization: 'Po organizaciji',
    indicators: 'Pokazatelji prema ciljevima', indicator: 'Pokazatelj', target: 'Cilj', reached: 'Ostvareno', baseline: 'Početna vrednost', activities: 'Aktivnosti', participants: 'Učesnici',
    chart: 'Grafikon: odobrene aktivnosti po kvartalu za cilj {{goal}}', table: 'Tabela', exports: 'Izvoz', progressCsv: 'Napredak (CSV)', progressXlsx: 'Napredak (XLSX)', goal: 'Cilj', quarter: 'Kvartal', totals: 'Ukupno',
    own: '{{name}} (moja organizacija)', none: 'U ovom periodu još nema odobrenih aktivnosti.', noneFor: '{{name}}: u ovom periodu još nema odobrenih aktivnosti.', noIndicators: 'Za ciljeve ovog perioda još nisu postavljeni pokazatelji.',
    goalFigures: 'Cilj {{goal}}: {{activities}}, {{participants}}', activityCount_one: '{{n}} aktivnost', activityCount_few: '{{n}} aktivnosti', activityCount_other: '{{n}} aktivnosti', participantCount_one: '{{n}} učesnik', participantCount_few: '{{n}} učesnika', participantCount_other: '{{n}} učesnika',
  },
  import: {
    heading: 'Uvoz aktivnosti iz tabele', intro: 'Pošaljite CSV ili XLSX po obrascu. Ništa se ne čuva dok svi redovi nisu ispravni.', file: 'Datoteka (CSV ili XLSX)', submit: 'Uvezi',
    template: 'Obrazac', templateCsv: 'obrazac CSV', templateXlsx: 'obrazac XLSX', imported_one: 'Uvezena je {{count}} aktivnost.', imported_few: 'Uvezene su {{count}} aktivnosti.', imported_other: 'Uvezeno je {{count}} aktivnosti.',
    refused: 'Ništa nije sačuvano: neki redovi nisu ispravni.', row: 'Red', column: 'Kolona', problem: 'Problem', pickFile: 'Izaberite datoteku.',
  },
  fieldError: { languageCodes: 'moraju biti dvoslovne oznake jezika (ISO 639-1), malim slovima, npr. sr, en', countryCodes: 'moraju biti dvoslovne oznake zemalja (ISO 3166-1), npr. AT, DE', emails: 'moraju biti adrese e-pošte', phones: 'moraju biti brojevi telefona u međunarodnom obliku, npr. +43 1 234 5678', caseCode: 'sme da sadrži samo slova, cifre i _ . / - (nikada ime), najviše 40 znakova', negative: 'ne sme biti negativno', date: 'mora biti datum', atLeast_one: 'mora imati bar {{count}} znak', atLeast_few: 'mora imati bar {{count}} znaka', atLeast_other: 'mora imati bar {{count}} znakova', atMost_one: 'sme imati najviše {{count}} znak', atMost_few: 'sme imati najviše {{count}} znaka', atMost_other: 'sme imati najviše {{count}} znakova', url: 'mora biti http(s) link', goal: 'navedite bar jedan strateški cilj pre slanja', before: 'ne sme biti pre početka', sum: 'zbir po polu i uzrastu mora biti jednak prijavljenom ukupnom broju', locked: 'period je zaključan: aktivnost u njemu se ne može menjati' },
};

export type Messages = typeof sr;

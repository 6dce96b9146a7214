/** Meetings, action items and capacity in Serbian (Latin); meetings.en.ts has the same keys. */
export const meetingsSr = {
  meetings: {
    heading: 'Sastanci', upcoming: 'Predstojeći', past: 'Prošli', none: 'Nema sastanaka.', kind: { NETWORK_MEETING: 'Sastanak mreže', ONLINE_CALL: 'Onlajn sastanak', STUDY_VISIT: 'Studijska poseta', TRAINING: 'Obuka' },
    when: 'Kada', where: 'Gde', online: 'Onlajn link', cancelled: 'Otkazan', addToCalendar: 'Dodaj u moj kalendar (.ics)', myAnswer: 'Vaš odgovor', notAnswered: 'Još niste odgovorili.', answer: { YES: 'Dolazim', NO: 'Ne dolazim', MAYBE: 'Možda' },
    answered: 'Vaš odgovor je zabeležen: {{answer}}.', rsvp: 'Odgovor na poziv', agenda: 'Dnevni red', agendaNone: 'Dnevni red još nije objavljen.', minutes: 'Zapisnik', minutesNone: 'Zapisnik još nije objavljen.',
    attendance: 'Prisustvo', attendanceNone: 'Prisustvo još nije zabeleženo.', actionItems: 'Zadaci moje organizacije', actionItemsNone: 'Vaša organizacija nema zadataka.', due: 'Rok: {{date}}', fromMeeting: 'Sa sastanka: {{title}}',
    status: 'Status zadatka', statusSaved: 'Status je sačuvan: {{status}}.', itemStatus: { OPEN: 'Otvoren', IN_PROGRESS: 'U toku', DONE: 'Završen' }, save: 'Sačuvaj status', open: 'Otvori', minutesFor: '{{minutes}} min',
  },
  capacity: {
    networkHeading: 'Kapaciteti organizacija mreže', networkIntro: 'Sati obuka, obučene osobe, sertifikati i samoprocene svake organizacije, kako ih vide njeni ljudi; nijedna polaznica ni polaznik nisu imenovani.', heading: 'Kapaciteti moje organizacije', hours: 'Sati obuka', personHours: 'Osoba-sati', people: 'Obučenih osoba', trainings: 'Obuka', certificates: 'Izdatih sertifikata', byYear: 'Po godini', byTopic: 'Sati po temi i godini',
    year: 'Godina', topic: 'Tema', none: 'Još nema zabeleženih obuka.', trainingList: 'Obuke', certificate: 'Sertifikat {{number}}', selfAssessment: 'Samoprocena', history: 'Istorija samoprocena', historyNone: 'Još nema samoprocena.',
    period: 'Period (npr. 2026, 2026-H1 ili 2026-Q3)', notes: 'Napomene', submit: 'Pošalji samoprocenu', submitted: 'Samoprocena za {{period}} je sačuvana.', score: '{{score}} od {{max}}', change: 'promena {{change}}', submittedAt: 'poslato {{at}}',
    scale: 'ocena od {{min}} do {{max}}',
  },
};

export type MeetingMessages = typeof meetingsSr;

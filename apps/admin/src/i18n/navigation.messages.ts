const sr = {
  navMeetings: 'Sastanci',
  navTrainings: 'Obuke',
  navOrganizations: 'Organizacije',
  navUsers: 'Korisnice i korisnici',
  navAudit: 'Dnevnik izmena',
  navLabel: 'Glavni meni',
};

const en: typeof sr = {
  navMeetings: 'Meetings',
  navTrainings: 'Trainings',
  navOrganizations: 'Organizations',
  navUsers: 'Users',
  navAudit: 'Audit log',
  navLabel: 'Main menu',
};

export const navigation = { sr, en };

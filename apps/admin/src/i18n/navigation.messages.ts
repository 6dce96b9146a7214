const sr = {
  navMeetings: 'Sastanci',
  navTrainings: 'Obuke',
  navOrganizations: 'Organizacije',
  navUsers: 'Korisnice i korisnici',
  navAudit: 'Dnevnik izmena',
};

const en: typeof sr = {
  navMeetings: 'Meetings',
  navTrainings: 'Trainings',
  navOrganizations: 'Organizations',
  navUsers: 'Users',
  navAudit: 'Audit log',
};

export const navigation = { sr, en };

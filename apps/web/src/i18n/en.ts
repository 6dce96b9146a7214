import { meetingsEn } from './meetings.en';
import { referralsEn } from './referrals.en';
import type { Messages } from './sr';

export const en: Messages = {
  ...referralsEn,
  ...meetingsEn,
  app: { name: 'AT Network', tagline: 'Member activities', taglineSignedOut: 'Anti-trafficking network portal', taglinePartner: 'Referrals', taglineEvaluator: 'Progress and statistics', skip: 'Skip to content', loading: 'Loading…', offline: 'You are offline: what you save now waits on this device.', language: 'Language', signOut: 'Sign out', nav: 'Main navigation', error: 'Something went wrong. Please try again.', notFoundHeading: 'Page not found', notFound: 'There is no page at this address: the link may be mistyped or outdated.', goHome: 'Go to the home page', back: 'Back', unsentHeading: 'Not sent yet', unsent_one: '{{count}} activity on this device has not been sent yet. Signing out deletes it from this device.', unsent_few: '{{count}} activities on this device have not been sent yet. Signing out deletes them from this device.', unsent_other: '{{count}} activities on this device have not been sent yet. Signing out deletes them from this device.', unsentStay: 'Stay signed in', unsentLeave_one: 'Sign out and delete it', unsentLeave_few: 'Sign out and delete them', unsentLeave_other: 'Sign out and delete them', retry: 'Try again' },
  nav: { home: 'Home', activities: 'Activities', newActivity: 'New activity', progress: 'Network progress', import: 'Spreadsheet import', people: "My organization's people (admin app)" },
  signIn: {
    heading: 'Sign in', email: 'E-mail', password: 'Password', submit: 'Sign in', failed: 'The e-mail address or the password is wrong.', tooMany: 'Too many attempts. Wait a few minutes.',
    forgot: 'Forgot your password?',
    coordinators: "ASTRA's coordinators work in the admin app.",
  },
  forgot: {
    heading: 'Forgot your password?', intro: 'Enter the e-mail address you sign in with. We will send it a link to choose a new password.', submit: 'Send me a link',
    sent: 'If {{email}} has an account, a link to choose a new password is on its way to it. The link works once, for a limited time. No e-mail? Check the spam folder, or ask your coordinator.',
    emailMissing: 'Enter your e-mail address.', back: 'Back to sign-in',
  },
  password: {
    heading: 'Password', current: 'Current password', new: 'New password', submit: 'Change the password', required: 'is required',
    rules: 'At least 12 characters. A few words in a row are easy to remember and hard to guess.',
    wrongCurrent: 'This is not your current password.', tooShort: 'The password must have at least 12 characters.', tooLong: 'The password must have at most 128 characters.', common: 'This password is among the most used ones: choose another.',
    changed: 'Your password is changed. You stay signed in here; every other device has been signed out.',
    devicesHeading: 'Devices', devicesIntro: 'Lost a phone, or signed in on a shared computer? Sign out everywhere: every device, this one too, will need your password again.', signOutEverywhere: 'Sign out on every device',
  },
  setPassword: {
    invitationHeading: 'Welcome: set your password', resetHeading: 'New password', intro: 'Choose a password of at least 12 characters. You are signed in afterwards.',
    password: 'New password', confirm: 'Repeat the password', submit: 'Save the password and sign in', differ: 'The passwords differ.', linkMissing: 'The link is incomplete. Open it again from the e-mail.',
    linkInvalid: 'The link is invalid, already used or expired. Ask for a new one.',
  },
  status: { DRAFT: 'Draft', SUBMITTED: 'Submitted for review', APPROVED: 'Approved', RETURNED: 'Returned for changes', WAITING: 'Waiting to send', SENDING: 'Sending', REFUSED: 'Refused when sent' },
  type: { INFO_STAND: 'Info stand', LECTURE: 'Lecture', MEDIA_CAMPAIGN: 'Media campaign', OTHER: 'Other', PROFESSIONAL_TRAINING: 'Professional training', PUBLIC_FORUM: 'Public forum', ROUND_TABLE: 'Round table', YOUTH_WORKSHOP: 'Youth workshop' },
  targetGroup: { EDUCATION: 'Education', GENERAL_PUBLIC: 'General public', HEALTH: 'Health', JUDICIARY: 'Judiciary', LOCAL_GOVERNMENT: 'Local government', OTHER: 'Other', PARENTS: 'Parents', POLICE: 'Police', PUPILS: 'Pupils', SOCIAL_PROTECTION: 'Social protection', STUDENTS: 'Students', YOUNG_PEOPLE: 'Young people' },
  gender: { FEMALE: 'Women', MALE: 'Men', OTHER_UNKNOWN: 'Other / unknown' },
  institutionKind: { CSO: 'Civil society organization', HEALTH: 'Health', LOCAL_GOVERNMENT: 'Local government', MEDIA: 'Media', OTHER: 'Other', POLICE: 'Police', SCHOOL: 'School', SOCIAL_WORK_CENTRE: 'Social work centre' },
  home: {
    heading: 'What needs me', returned: 'Returned for changes', returnedNone: 'Nothing was returned.', comment: "Coordinator's comment", drafts: 'My drafts', draftsNone: 'No drafts.',
    waiting: 'Waiting to be sent from this device', waitingNone: 'Nothing is waiting on this device.', quarter: 'Approved this quarter ({{quarter}}) against the goals', quarterNone: 'No approved activities this quarter yet.', quarterNoPlan: 'No strategic plan in the portal covers this quarter, so there are no goals to count against.',
    goal: 'Goal', activities: 'Activities', participants: 'Participants', sendNow: 'Send now', openDraft: 'Open', welcome: 'Hello, {{name}}',
    meetings: 'My next meetings', meetingsNone: 'No meeting is coming up.', tasks: "My organization's open action items", tasksNone: 'Your organization has no open action items.', overdue: 'Overdue since {{date}}', allMeetings: 'All meetings and action items',
  },
  list: {
    heading: 'Activities', filters: 'Filters', status: 'Status', year: 'Year', quarter: 'Quarter', type: 'Type', goal: 'Goal', search: 'Search (title, description, place)', any: 'All', apply: 'Apply',
    count_one: '{{count}} activity', count_few: '{{count}} activities', count_other: '{{count}} activities', more: 'Show more', none: 'No activity matches.',
    title: 'Title', date: 'Date', place: 'Place', organization: 'Organization', online: 'Online', exportCsv: 'Export CSV', exportXlsx: 'Export XLSX',
  },
  activity: {
    history: 'History', historyNone: 'No entries.', edit: 'Edit', submit: 'Submit for review', resubmit: 'Fixed: submit again', submitted: 'Submitted for review.', notSubmitted: 'Not submitted for review: {{reason}}. It is kept as a draft.', reviewComment: 'Review comment',
    participants: 'Participants', total: 'Total', goals: 'Goals and indicators', coOrganizers: 'Co-organizers', institutions: 'Institutions involved', media: 'Media reach', links: 'Links', dates: 'Dates', place: 'Place',
    targetGroups: 'Target groups', description: 'Description', organization: 'Organization', outlets: 'Outlets', audience: 'Estimated audience', none: '—', version: 'Version {{version}}',
    action: { ENTITY_CREATED: 'Logged', ENTITY_UPDATED: 'Changed', ACTIVITY_SUBMITTED: 'Submitted for review', ACTIVITY_APPROVED: 'Approved', ACTIVITY_RETURNED: 'Returned for changes', ACTIVITY_REOPENED: 'Reopened' },
  },
  form: {
    newHeading: 'New activity', editHeading: 'Edit activity', draftHeading: 'Activity saved on this device', basics: 'Basics', type: 'Type of activity', title: 'Title', description: 'Description',
    startsOn: 'Start date', endsOn: 'End date', city: 'Place or municipality', online: 'Held online', targetGroups: 'Target groups', participants: 'Participants by gender and age',
    gridCaption: 'Number of participants: rows are gender, columns age', ageBand: 'Age', total: 'Total', declaredTotal: 'Declared total (if only the sum is known)',
    institutions: 'Institutions involved', institutionKind: 'Kind of institution', institutionName: 'Name of the institution', addInstitution: 'Add an institution', remove: 'Remove',
    goals: 'Strategic goals', goalsFor: 'Goals of the period {{period}}', goalsPickDate: 'Pick the start date to see the goals.', goalsNoPlan: 'No strategic plan in the portal covers {{date}}, so there is no goal to choose: the activity can be submitted without one. ASTRA\'s coordinators enter each new plan.', indicator: 'Contribution to indicator {{code}}: {{name}} ({{unit}})',
    coOrganizers: 'Co-organizing network members', media: 'Media reach', mediaOutlets: 'Media outlets', mediaAudience: 'Estimated audience', links: 'Links',
    linkUrl: 'Address (https://…)', linkTitle: 'Link title', addLink: 'Add a link', saveDraft: 'Save draft', saveSubmit: 'Save and submit for review', save: 'Save',
    savedOffline: 'Saved on this device. It will be sent when the connection is back.', saved: 'Saved.', errors: 'Please correct the marked fields.', required: 'Required.',
    conflict: 'Someone saved this activity in the meantime', conflictIntro: 'Your changes are not lost. Compare the two versions, then choose.', theirs: 'Saved version', yours: 'Your version',
    keepMine: 'Save my version over theirs', takeTheirs: 'Discard mine and open the saved one', field: 'Field', deleteDraft: 'Delete from this device', refused: 'The API refused this activity:',
  },
  progress: {
    heading: 'Network progress', period: 'Strategy period', scope: 'Scope', network: 'Whole network', byQuarter: 'Activities by goal and quarter', byOrganization: 'By organization',
    indicators: 'Indicators against targets', indicator: 'Indicator', target: 'Target', reached: 'Reached', baseline: 'Baseline', activities: 'Activities', participants: 'Participants',
    chart: 'Chart: approved activities per quarter for goal {{goal}}', table: 'Table', exports: 'Export', progressCsv: 'Progress (CSV)', progressXlsx: 'Progress (XLSX)', goal: 'Goal', quarter: 'Quarter', totals: 'Total',
    own: '{{name}} (my organization)', none: 'No approved activity in this period yet.', noneFor: '{{name}}: no approved activity in this period yet.', noIndicators: 'No indicator is set for this period’s goals yet.',
    goalFigures: 'Goal {{goal}}: {{activities}}, {{participants}}', activityCount_one: '{{n}} activity', activityCount_few: '{{n}} activities', activityCount_other: '{{n}} activities', participantCount_one: '{{n}} participant', participantCount_few: '{{n}} participants', participantCount_other: '{{n}} participants',
  },
  import: {
    heading: 'Import activities from a spreadsheet', intro: 'Upload a CSV or XLSX following the template. Nothing is saved unless every row is valid.', file: 'File (CSV or XLSX)', submit: 'Import',
    template: 'Template', templateCsv: 'CSV template', templateXlsx: 'XLSX template', imported_one: '{{count}} activity imported.', imported_few: '{{count}} activities imported.', imported_other: '{{count}} activities imported.',
    refused: 'Nothing was saved: some rows are not valid.', row: 'Row', column: 'Column', problem: 'Problem', pickFile: 'Choose a file.',
  },
  fieldError: { negative: 'must not be negative', date: 'must be a date', atLeast_one: 'must have at least {{count}} character', atLeast_few: 'must have at least {{count}} characters', atLeast_other: 'must have at least {{count}} characters', atMost_one: 'must have at most {{count}} character', atMost_few: 'must have at most {{count}} characters', atMost_other: 'must have at most {{count}} characters', url: 'must be an http(s) link', goal: 'name at least one strategic goal before submitting', before: 'must not be before the start date', sum: 'the counts by gender and age must add up to the declared total', locked: 'the period is locked: no activity in it can change' },
};

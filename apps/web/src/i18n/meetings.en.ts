import type { MeetingMessages } from './meetings.sr';

export const meetingsEn: MeetingMessages = {
  meetings: {
    heading: 'Meetings', upcoming: 'Upcoming', past: 'Past', none: 'No meetings.', kind: { NETWORK_MEETING: 'Network meeting', ONLINE_CALL: 'Online call', STUDY_VISIT: 'Study visit', TRAINING: 'Training' },
    when: 'When', where: 'Where', online: 'Online link', cancelled: 'Cancelled', addToCalendar: 'Add to my calendar (.ics)', myAnswer: 'Your answer', notAnswered: 'You have not answered yet.', answer: { YES: 'I will come', NO: 'I will not come', MAYBE: 'Maybe' },
    answered: 'Your answer is recorded: {{answer}}.', rsvp: 'Answer the invitation', agenda: 'Agenda', agendaNone: 'The agenda is not published yet.', minutes: 'Minutes', minutesNone: 'The minutes are not published yet.',
    attendance: 'Attendance', attendanceNone: 'Attendance is not recorded yet.', actionItems: "My organization's action items", actionItemsNone: 'Your organization has no action items.', due: 'Due {{date}}', fromMeeting: 'From the meeting: {{title}}',
    status: 'Status of the action item', statusSaved: 'Status saved: {{status}}.', itemStatus: { OPEN: 'Open', IN_PROGRESS: 'In progress', DONE: 'Done' }, save: 'Save the status', open: 'Open', minutesFor: '{{minutes}} min',
  },
  capacity: {
    networkHeading: 'Capacity of the network’s organizations', networkIntro: 'Each organization’s training hours, people trained, certificates and self-assessments, as its own people see them; no trainee is named.', heading: "My organization's capacity", hours: 'Training hours', personHours: 'Person-hours', people: 'People trained', trainings: 'Trainings', certificates: 'Certificates issued', byYear: 'By year', byTopic: 'Hours by topic and year',
    year: 'Year', topic: 'Topic', none: 'No trainings recorded yet.', trainingList: 'Trainings', certificate: 'Certificate {{number}}', selfAssessment: 'Self-assessment', history: 'Self-assessment history', historyNone: 'No self-assessment yet.',
    period: 'Period (e.g. 2026, 2026-H1 or 2026-Q3)', notes: 'Notes', submit: 'Submit the self-assessment', submitted: 'The self-assessment for {{period}} is saved.', score: '{{score}} of {{max}}', change: 'change {{change}}', submittedAt: 'submitted {{at}}',
    scale: 'score from {{min}} to {{max}}',
  },
};

/** Every route of the app in one place. */
export const paths = {
  start: '/',
  setup: '/setup',
  pupil: '/pupil',
  teacher: '/teacher',
  teacherPupil: (pupilId: string) => `/teacher/pupil/${encodeURIComponent(pupilId)}`,
  teacherSettings: '/teacher/settings',
  teacherOverview: '/teacher/overview',
  teacherNewRound: '/teacher/rounds/new',
  teacherRound: (roundId: string) => `/teacher/rounds/${encodeURIComponent(roundId)}`,
  teacherPlan: (roundId: string, pupilId: string) =>
    `/teacher/rounds/${encodeURIComponent(roundId)}/pupil/${encodeURIComponent(pupilId)}`,
  reset: '/reset',
} as const;

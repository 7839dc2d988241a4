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
  teacherPreparation: (roundId: string, pupilId: string) =>
    `/teacher/rounds/${encodeURIComponent(roundId)}/pupil/${encodeURIComponent(pupilId)}/preparation`,
  /** The pupil's own screens; `tool` is one of the round's tools, or 'share'. */
  pupilTool: (tool: string) => `/pupil/${tool}`,
  pupilPortfolioItem: (itemId: string) => `/pupil/portfolio/${encodeURIComponent(itemId)}`,
  reset: '/reset',
} as const;

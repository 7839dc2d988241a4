/** Every route of the app in one place. */
export const paths = {
  start: '/',
  setup: '/setup',
  pupil: '/pupil',
  teacher: '/teacher',
  teacherPupil: (pupilId: string) => `/teacher/pupil/${encodeURIComponent(pupilId)}`,
  teacherSettings: '/teacher/settings',
  teacherBackup: '/teacher/backup',
  teacherOverview: '/teacher/overview',
  teacherNewRound: '/teacher/rounds/new',
  teacherRound: (roundId: string) => `/teacher/rounds/${encodeURIComponent(roundId)}`,
  teacherPlan: (roundId: string, pupilId: string) =>
    `/teacher/rounds/${encodeURIComponent(roundId)}/pupil/${encodeURIComponent(pupilId)}`,
  teacherPreparation: (roundId: string, pupilId: string) =>
    `/teacher/rounds/${encodeURIComponent(roundId)}/pupil/${encodeURIComponent(pupilId)}/preparation`,
  teacherAgreements: (roundId: string, pupilId: string) =>
    `/teacher/rounds/${encodeURIComponent(roundId)}/pupil/${encodeURIComponent(pupilId)}/agreements`,
  teacherConversation: (roundId: string, pupilId: string) =>
    `/teacher/rounds/${encodeURIComponent(roundId)}/pupil/${encodeURIComponent(pupilId)}/conversation`,
  /** The praatpapier of one pupil, or of the whole class when `pupilId` is left out. */
  teacherPrint: (roundId: string, copy: 'parents' | 'teacher' | 'blank', pupilId?: string) =>
    `/teacher/rounds/${encodeURIComponent(roundId)}/print?copy=${copy}${
      pupilId ? `&pupil=${encodeURIComponent(pupilId)}` : ''
    }`,
  teacherLetter: (roundId: string) => `/teacher/rounds/${encodeURIComponent(roundId)}/letter`,
  /** The teacher records their own voice for the round's questions and instructions. */
  teacherVoice: (roundId: string) => `/teacher/rounds/${encodeURIComponent(roundId)}/voice`,
  /** The pupil's own screens; `tool` is one of the round's tools, or 'share'. */
  pupilTool: (tool: string) => `/pupil/${tool}`,
  pupilPortfolioItem: (itemId: string) => `/pupil/portfolio/${encodeURIComponent(itemId)}`,
  reset: '/reset',
} as const;

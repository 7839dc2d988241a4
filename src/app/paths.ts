/** Every route of the app in one place. */
export const paths = {
  start: '/',
  setup: '/setup',
  pupil: '/pupil',
  teacher: '/teacher',
  teacherPupil: (pupilId: string) => `/teacher/pupil/${encodeURIComponent(pupilId)}`,
  teacherSettings: '/teacher/settings',
  reset: '/reset',
} as const;

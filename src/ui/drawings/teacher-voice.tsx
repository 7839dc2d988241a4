// A microphone beside a grown-up's head: "your juf or meester can record this for you".
import { line } from './ink';

export function TeacherVoicePicture({ size = 56 }: { size?: number }) {
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="34" cy="30" r="14" fill="#fde68a" {...line} />
      <path d="M12 84c0-18 10-30 22-30s22 12 22 30" fill="#a78bfa" {...line} />
      <rect x="62" y="24" width="18" height="34" rx="9" fill="#e5e7eb" {...line} />
      <path d="M56 48q0 18 15 18t15-18M71 66v14M62 82h18" fill="none" {...line} />
    </svg>
  );
}

export * from './format';
export { deviceProblem, openDevices, startRecording, DeviceError } from './recorder';
export type { DeviceProblem, StopReason, RunningRecording, RecordingCallbacks } from './recorder';
export { RecorderPanel } from './RecorderPanel';
export { clock } from './time';
export { recoverRecordings } from './recovery';

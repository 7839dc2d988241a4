export * from './format';
export { deviceProblem, openDevices, startRecording, DeviceError } from './recorder';
export type { DeviceProblem, StopReason, RunningRecording, RecordingCallbacks } from './recorder';

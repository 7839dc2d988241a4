export { readSetting, writeSetting, clearDeviceSettings, DEFAULT_SETTINGS } from './settings';
export type { DeviceSettings, ErrorLogEntry, Lockout, SettingKey } from './settings';
export { readUnsaved, writeUnsaved, forgetUnsaved, clearUnsaved } from './unsaved-journal';

/** The app domain as other parts of main see it: settings, and the setting table's values by key. */
export { readSettings } from './settings';
export { readSession } from './session';
export { setSettingValue, settingValue } from './repository';

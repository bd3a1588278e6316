export { OPERATOR_ENV_KEYS, type OperatorSettings, readOperatorSettings } from './operator-settings.ts';
export { PRIVACY_PATH, privacyNoticeUrl, SENT_EVENTS_KEEP_DAYS } from './privacy-page.ts';

import { describe, expect, it } from 'vitest';
import { privacyNoticeUrl, readOperatorSettings } from '../src/index.ts';

describe('readOperatorSettings', () => {
  it('leaves name, contact and date unset when the operator has not filled them in', () => {
    expect(readOperatorSettings({ OPERATOR_NAME: '', OPERATOR_CONTACT: undefined })).toEqual({
      name: undefined,
      contact: undefined,
      noticeDate: undefined,
      retentionDays: 30,
    });
  });

  it('reads what the operator configured', () => {
    const settings = readOperatorSettings({
      OPERATOR_NAME: 'まもる商工会',
      OPERATOR_CONTACT: 'privacy@example.org',
      PRIVACY_NOTICE_DATE: '2026-12-04',
      RETENTION_DAYS: '45',
    });
    expect(settings).toEqual({
      name: 'まもる商工会',
      contact: 'privacy@example.org',
      noticeDate: new Date('2026-12-04T00:00:00Z'),
      retentionDays: 45,
    });
  });

  it('names the variable that is malformed', () => {
    expect(() => readOperatorSettings({ PRIVACY_NOTICE_DATE: '4 Dec' })).toThrow(/PRIVACY_NOTICE_DATE/);
    expect(() => readOperatorSettings({ RETENTION_DAYS: '-1' })).toThrow(/RETENTION_DAYS/);
  });
});

describe('privacyNoticeUrl', () => {
  it('joins the site origin and the notice path once', () => {
    expect(privacyNoticeUrl('https://mamoru.example/')).toBe('https://mamoru.example/privacy/');
    expect(privacyNoticeUrl('http://localhost:4321')).toBe('http://localhost:4321/privacy/');
  });
});

import { readOperatorSettings } from '@mamoru/operator';
import { describe, expect, it } from 'vitest';
import { readEnv, readLocalEnv } from '../src/env.ts';

const secrets = { LINE_CHANNEL_SECRET: 's', LINE_CHANNEL_ACCESS_TOKEN: 't' };

describe('readEnv', () => {
  it.each([
    [{}, /LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN/],
    [{ LINE_CHANNEL_SECRET: 's' }, /Set LINE_CHANNEL_ACCESS_TOKEN/],
    [{ ...secrets, PORT: 'eighty' }, /PORT/],
    [{ ...secrets, SITE_URL: 'not a url' }, /SITE_URL/],
    [{ ...secrets, BOT_URL: 'bot.example.jp' }, /BOT_URL/],
  ])('refuses %j and says what to set', (env, message) => {
    expect(() => readEnv(env)).toThrow(message);
  });

  it('has working defaults and never echoes a secret in its errors', () => {
    const env = readEnv(secrets);
    expect(env).toMatchObject({
      apiBaseUrl: 'https://api.line.me',
      dataApiBaseUrl: 'https://api-data.line.me',
      siteUrl: 'http://localhost:4321',
      port: 8787,
      retentionDays: 30,
    });
    expect(() => readEnv({ LINE_CHANNEL_SECRET: 'TOPSECRET', PORT: 'x' })).toThrow(/^(?![\s\S]*TOPSECRET)/);
  });

  it('points both APIs at a fake platform and trims the site and bot URLs', () => {
    const env = readEnv({
      ...secrets,
      LINE_API_BASE_URL: 'http://127.0.0.1:9/ignored/path',
      SITE_URL: 'https://x.example/',
      BOT_URL: 'https://bot.x.example/',
    });
    expect(env).toMatchObject({
      apiBaseUrl: 'http://127.0.0.1:9',
      dataApiBaseUrl: 'http://127.0.0.1:9',
      siteUrl: 'https://x.example',
      botUrl: 'https://bot.x.example',
    });
    expect(readEnv(secrets).botUrl).toBeUndefined(); // no links to the bot's own pages
  });

  it('keeps data as long as the privacy notice says, from the same settings', () => {
    const operatorEnv = {
      RETENTION_DAYS: '45',
      OPERATOR_NAME: 'まもる商工会',
      OPERATOR_CONTACT: 'privacy@example.org',
    };
    const env = readEnv({ ...secrets, ...operatorEnv });
    expect(env.retentionDays).toBe(45);
    expect(env.operator).toEqual(readOperatorSettings(operatorEnv));
    expect(() => readEnv({ ...secrets, RETENTION_DAYS: 'a month' })).toThrow(/RETENTION_DAYS/);
  });

  it('local mode needs no secrets and accepts port 0', () => {
    expect(readLocalEnv({ PORT: '0', SIMULATOR_PORT: '0' })).toMatchObject({
      PORT: 0,
      SIMULATOR_PORT: 0,
      SITE_URL: 'http://localhost:4321',
    });
  });
});

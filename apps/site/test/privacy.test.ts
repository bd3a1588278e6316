import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readOperatorSettings } from '@mamoru/operator';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuiltSite } from './support/built-site.ts';

// The notice is built from the same settings the bot reads (@mamoru/operator); the bot's own test
// checks that its retention comes from there too (apps/line-bot/test/env.test.ts).
let text: string;
beforeAll(() => {
  requireBuiltSite();
  const html = readFileSync(path.join(DIST, 'privacy', 'index.html'), 'utf8');
  text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
});

describe('privacy notice', () => {
  const settings = readOperatorSettings(process.env);

  it('states the retention the bot applies', () => {
    expect(text).toContain(`${settings.retentionDays}日後に、その人の記録をすべて消します`);
  });

  it('names the operator, or says plainly that nobody has filled it in', () => {
    if (settings.name && settings.contact) {
      expect(text).toContain(settings.name);
      expect(text).toContain(settings.contact);
    } else {
      expect(text).toContain('運営者の名前と問い合わせ先が、まだ書かれていません');
    }
  });

  it('says what is kept, why, who sees what, and how to delete it', () => {
    for (const part of [
      'LINEの利用者ID',
      '利用目的',
      'セミナーで選んだ答え',
      'チームの情報',
      '今月のテーマ',
      '受講記録',
      '見えないこと',
      'データ削除',
    ]) {
      expect(text).toContain(part);
    }
  });
});

import { expect, test } from 'vitest';
import oneSpelling from '../src/one-spelling.ts';
import { findVariantSpellings, PREFERRED_SPELLINGS } from '../src/spellings.ts';
import { runRuleTests } from './tester.ts';

runRuleTests('one-spelling', oneSpelling, {
  valid: [
    'ウイルス対策ソフトを入れます。',
    'メールのサーバーと、プロバイダーの窓口を確かめます。',
    'ファイアウォールは門番です。',
    '`ウィルス` はコードの中なので見ません。',
  ],
  invalid: [
    {
      text: 'ウィルスに気をつけます。',
      errors: [
        {
          message: '「ウィルス」は「ウイルス」と書きます（1つの語は1つの書き方にそろえます）',
          range: [0, 4],
        },
      ],
    },
    {
      text: 'ホームページのサーバが止まり、プロバイダに電話しました。',
      errors: [
        { message: '「サーバ」は「サーバー」と書きます（1つの語は1つの書き方にそろえます）', range: [7, 10] },
        {
          message: '「プロバイダ」は「プロバイダー」と書きます（1つの語は1つの書き方にそろえます）',
          range: [15, 20],
        },
      ],
    },
    {
      text: '- ファイヤーウォールを入れます。',
      errors: [
        {
          message:
            '「ファイヤーウォール」は「ファイアウォール」と書きます（1つの語は1つの書き方にそろえます）',
          range: [2, 11],
        },
      ],
    },
  ],
});

test('a variant inside its preferred form is not reported, one inside a longer word is', () => {
  expect(findVariantSpellings('サーバーとプロバイダーです。')).toEqual([]);
  expect(findVariantSpellings('コンピュータウィルスとサーバルーム')).toEqual([
    { index: 6, variant: 'ウィルス', preferred: 'ウイルス' },
    { index: 11, variant: 'サーバ', preferred: 'サーバー' },
  ]);
});

test('no preferred spelling is itself a variant of another entry', () => {
  const variants = PREFERRED_SPELLINGS.flatMap((entry) => entry.variants);
  for (const { preferred } of PREFERRED_SPELLINGS) expect(variants).not.toContain(preferred);
});

import noUnknownJargon from '../src/no-unknown-jargon.ts';
import { runRuleTests } from './tester.ts';

const terms = [
  { id: 'ransomware', term: 'ランサムウェア' },
  { id: 'unauthorized-access', term: '不正アクセス' },
  { id: 'ipa', term: 'IPA', aliases: ['情報処理推進機構'] },
];

runRuleTests('no-unknown-jargon', noUnknownJargon, {
  valid: [
    { text: 'パソコンとメールを使います。', options: { terms } },
    { text: 'ランサムウェアとアクセスに気をつけます。', options: { terms } },
    { text: 'メールアドレスを確かめます。', options: { terms } },
    { text: 'IPAの手引きを読みます。A社の例です。', options: { terms } },
    { text: 'ミスを減らします。', options: { terms } },
    { text: '<Term id="phishing">フィッシング</Term>に注意します。', options: { terms } },
    { text: 'ファイアウォールを入れます。', options: { terms, allow: ['ファイアウォール'] } },
  ],
  invalid: [
    {
      text: 'ファイアウォールを入れます。',
      options: { terms },
      errors: [
        {
          message:
            '「ファイアウォール」は用語集にないカタカナ語です。やさしい日本語に言いかえるか、用語集に加えてください',
          range: [0, 8],
        },
      ],
    },
    {
      text: 'VPNでつなぎます。',
      options: { terms },
      errors: [
        {
          message: '「VPN」は用語集にない英語です。やさしい日本語に言いかえるか、用語集に加えてください',
          range: [0, 3],
        },
      ],
    },
    {
      description: 'reported once per document',
      text: 'サーバーを守ります。サーバーは大切です。',
      options: { terms },
      errors: [{ range: [0, 4] }],
    },
  ],
});

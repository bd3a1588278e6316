import termExplained from '../src/term-explained.ts';
import { runRuleTests } from './tester.ts';

const terms = [
  { id: 'ransomware', term: 'ランサムウェア', aliases: ['身代金ウイルス'] },
  { id: 'computer-virus', term: 'ウイルス', aliases: ['コンピュータウイルス'] },
];

runRuleTests('term-explained', termExplained, {
  valid: [
    {
      text: '<Term id="ransomware">ランサムウェア</Term>に注意します。ランサムウェアは怖いです。',
      options: { terms },
    },
    { text: 'ランサムウェア（データを人質にする悪いプログラム）に注意します。', options: { terms } },
    { text: '用語が出てこない文です。', options: { terms } },
    { text: 'ソフトウェアを新しくします。', options: { terms: [{ id: 'ware', term: 'ウェア' }] } },
    { text: '東京商工会議所の意見です。', options: { terms: [{ id: 'cci', term: '商工会議所' }] } },
    {
      text: '<Term id="computer-virus">コンピュータウイルス</Term>です。ウイルスは広がります。',
      options: { terms },
    },
  ],
  invalid: [
    {
      text: 'ランサムウェアに注意します。',
      options: { terms },
      errors: [
        {
          message:
            '「ランサムウェア」は初めて出る用語です。<Term id="ransomware">ランサムウェア</Term> で囲むか、直後に（やさしい説明）を書いてください',
          range: [0, 7],
        },
      ],
    },
    {
      description: 'wrapped only later: the first appearance is bare',
      text: '身代金ウイルスが増えました。\n\n<Term id="ransomware">ランサムウェア</Term>に注意します。',
      options: { terms },
      errors: [{ range: [0, 7] }],
    },
    {
      description: 'one report per term, at its first appearance',
      text: '先に書きます。ウイルスとウイルスです。',
      options: { terms },
      errors: [{ range: [7, 11] }],
    },
  ],
});

/**
 * The self-check (かんたん点検: our own short list, not IPA's 25-item 自社診断): IPA's
 * 情報セキュリティ5か条 and the no-cost measures listed in
 * 東京商工会議所「中小・小規模事業者の情報セキュリティ対策の強化に向けた意見」(2016), each with
 * the lesson that teaches it. Measures the two lists share appear once.
 */
export interface SelfCheckItem {
  id: string;
  group: 'five-rules' | 'basic-measures';
  /** A yes/no statement the reader checks when the company already does it. */
  text: string;
  /** Lesson id (<topic>/<slug>) to read when the item is not checked. */
  lesson: string;
}

export const SELF_CHECK_GROUPS = {
  'five-rules': 'IPAの「情報セキュリティ5か条」',
  'basic-measures': 'お金をかけずにできる毎日の対策',
} as const;

export const SELF_CHECK_ITEMS: readonly SelfCheckItem[] = [
  {
    id: 'update',
    group: 'five-rules',
    text: 'パソコンやスマホの基本ソフト（OS）とソフトを、いつも最新の状態にしている',
    lesson: 'basic-measures/updates-and-antivirus',
  },
  {
    id: 'antivirus',
    group: 'five-rules',
    text: 'ウイルス対策ソフトを入れている',
    lesson: 'basic-measures/updates-and-antivirus',
  },
  {
    id: 'strong-passwords',
    group: 'five-rules',
    text: 'パスワードを、長くて推測されにくいものにしている',
    lesson: 'basic-measures/passwords-and-access',
  },
  {
    id: 'sharing',
    group: 'five-rules',
    text: 'ファイルやフォルダの共有の設定を見直している',
    lesson: 'basic-measures/passwords-and-access',
  },
  {
    id: 'know-threats',
    group: 'five-rules',
    text: '新しい攻撃の手口を知るようにしている',
    lesson: 'info-sharing/latest-methods',
  },
  {
    id: 'devices-in-out',
    group: 'basic-measures',
    text: 'USBメモリなどの機器の持ち込みと持ち出しを、決まりで制限している',
    lesson: 'basic-measures/bring-in-out',
  },
  {
    id: 'data-out',
    group: 'basic-measures',
    text: '仕事の持ち帰りもふくめて、データの持ち出しを制限している',
    lesson: 'basic-measures/bring-in-out',
  },
  {
    id: 'secret-mark',
    group: 'basic-measures',
    text: '外に出せない書類やファイルに「マル秘」の印をつけている',
    lesson: 'basic-measures/desk-and-room',
  },
  {
    id: 'camera-layout',
    group: 'basic-measures',
    text: '防犯カメラをつけるか、机の並べ方を工夫している',
    lesson: 'basic-measures/desk-and-room',
  },
  {
    id: 'device-password',
    group: 'basic-measures',
    text: 'パソコンなどを使うときに、パスワードが必要なようにしている',
    lesson: 'basic-measures/passwords-and-access',
  },
  {
    id: 'access-by-role',
    group: 'basic-measures',
    text: '担当者ごとに、見られる情報の範囲を決めている',
    lesson: 'basic-measures/passwords-and-access',
  },
  {
    id: 'file-password',
    group: 'basic-measures',
    text: '個人情報が入ったファイルに、パスワードをかけている',
    lesson: 'basic-measures/passwords-and-access',
  },
  {
    id: 'wire-lock',
    group: 'basic-measures',
    text: 'パソコンを、ワイヤーの錠で机につないでいる',
    lesson: 'basic-measures/desk-and-room',
  },
  {
    id: 'sns-training',
    group: 'basic-measures',
    text: 'SNSの使い方を、社員に教えている',
    lesson: 'basic-measures/bring-in-out',
  },
  {
    id: 'old-software',
    group: 'basic-measures',
    text: '古いままのソフトがないか、道具を使って調べている',
    lesson: 'basic-measures/updates-and-antivirus',
  },
  {
    id: 'backup',
    group: 'basic-measures',
    text: '社内のデータのバックアップをとっている',
    lesson: 'basic-measures/backup',
  },
];

/** Score out of 100: every item counts the same. */
export function selfCheckScore(checked: number, total: number): number {
  return total === 0 ? 0 : Math.round((checked / total) * 100);
}

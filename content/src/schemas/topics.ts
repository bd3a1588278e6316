/** The fixed curriculum topics, in the order the tracks walk them. */
export const TOPIC_IDS = [
  'management',
  'guidelines',
  'basic-measures',
  'external-threats',
  'internal-threats',
  'personal-data',
  'trade-secrets',
  'incident-response',
  'bcp',
  'consultation',
  'info-sharing',
  'people',
  'investment',
  'big-events',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export interface Topic {
  id: TopicId;
  /** Japanese title shown in menus (fits a LINE quick-reply label: <= 20 characters). */
  title: string;
  /** One plain sentence on what the topic is for. */
  description: string;
}

export const TOPICS: readonly Topic[] = [
  {
    id: 'management',
    title: '経営者の役割',
    description: '情報セキュリティは費用ではなく、会社を守る経営の仕事だと知る。',
  },
  {
    id: 'guidelines',
    title: '国の手引きを使う',
    description:
      '国や、国の機関であるIPA（情報処理推進機構）の手引き、5か条、自社診断を小さな会社で使う方法を知る。',
  },
  {
    id: 'basic-measures',
    title: 'お金をかけない対策',
    description: '今日からできる、お金のかからない毎日の対策をそろえる。',
  },
  {
    id: 'external-threats',
    title: '外からの攻撃',
    description: 'ウイルスやだましのメールなど、外からの攻撃の見え方と防ぎ方を知る。',
  },
  {
    id: 'internal-threats',
    title: '社内のうっかり',
    description: '誤送信や紛失など、社内で起きる事故を仕組みで防ぐ。',
  },
  {
    id: 'personal-data',
    title: '個人情報とマイナンバー',
    description: '個人情報とマイナンバーを扱うときの決まりと、会社がすることを知る。',
  },
  {
    id: 'trade-secrets',
    title: '営業秘密を守る',
    description: '技術やお客様の名簿など、会社の秘密を守り、他社の秘密を持ち込まない。',
  },
  {
    id: 'incident-response',
    title: '事故が起きたら',
    description: 'ウイルス感染や情報もれに気づいたとき、最初の1時間にすることを知る。',
  },
  {
    id: 'bcp',
    title: '事業を続ける計画',
    description: 'サイバー事故でも仕事を止めないための計画（BCP）を1枚にまとめる。',
  },
  {
    id: 'consultation',
    title: '相談先を知る',
    description: '困ったときに、どこに何を用意して相談すればよいかを知る。',
  },
  {
    id: 'info-sharing',
    title: '情報を集めて共有',
    description: '新しい手口を知り、おかしいと思ったことを社内外に伝える。',
  },
  {
    id: 'people',
    title: '人を育てる・頼る',
    description: '資格や専門家を使って、守る力を持つ人を育て、外から借りる。',
  },
  {
    id: 'investment',
    title: '守るための投資',
    description: 'お金を払う価値がある機器やサービスと、国の支援の種類を知る。',
  },
  {
    id: 'big-events',
    title: '大きな行事と攻撃',
    description: '大きな国際行事のときに増える攻撃と、その備えを過去から学ぶ。',
  },
];

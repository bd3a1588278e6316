// Minimal types for kuromoji 0.1 (it ships none); only what the readability scorer uses.
declare module 'kuromoji' {
  export interface IpadicFeatures {
    surface_form: string;
    /** 品詞, e.g. 名詞, 動詞, 助詞, 記号. */
    pos: string;
    /** 品詞細分類1, e.g. 自立, 非自立. */
    pos_detail_1: string;
    basic_form: string;
    reading?: string;
  }
  export interface Tokenizer {
    tokenize(text: string): IpadicFeatures[];
  }
  export function builder(options: { dicPath: string }): {
    build(callback: (error: Error | null, tokenizer: Tokenizer) => void): void;
  };
}

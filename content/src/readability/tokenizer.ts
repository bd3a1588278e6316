import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji, { type Tokenizer } from 'kuromoji';

let tokenizer: Promise<Tokenizer> | undefined;

/** The kuromoji tokenizer (IPADIC). Loading the dictionary takes ~1 s, so it is built once per process. */
export function getTokenizer(): Promise<Tokenizer> {
  tokenizer ??= new Promise((resolve, reject) => {
    const dicPath = path.join(
      path.dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')),
      'dict',
    );
    kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built)));
  });
  return tokenizer;
}

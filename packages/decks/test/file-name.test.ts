import { describe, expect, it } from 'vitest';
import { pptxContentDisposition, pptxFileName } from '../src/index.ts';

describe('the PPTX download name', () => {
  const deck = { id: 'owner-60', title: '経営者のための情報セキュリティ', durationMinutes: 60 };

  it('is the title and the length', () => {
    expect(pptxFileName(deck)).toBe('経営者のための情報セキュリティ_60分.pptx');
  });

  it('replaces what Windows refuses in a file name', () => {
    expect(pptxFileName({ title: 'A/B: "はじめ"?', durationMinutes: 30 })).toBe(
      'A・B・ ・はじめ・・_30分.pptx',
    );
  });

  it('is sent as an RFC 6266 header with an ASCII fallback', () => {
    expect(pptxContentDisposition(deck)).toBe(
      `attachment; filename="owner-60.pptx"; filename*=UTF-8''${encodeURIComponent('経営者のための情報セキュリティ_60分.pptx')}`,
    );
  });
});

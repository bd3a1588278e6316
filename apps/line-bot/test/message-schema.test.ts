import { describe, expect, it } from 'vitest';
import { checkMessages } from '../src/line/message-schema.ts';

const qr = (n: number, label = 'ボタン') => ({
  items: Array.from({ length: n }, () => ({
    type: 'action',
    action: { type: 'postback', label, data: 'a=cmd&c=help' },
  })),
});
const bubble = (button: object) => ({
  type: 'flex',
  altText: 'x',
  contents: {
    type: 'bubble',
    body: { type: 'box', layout: 'vertical', contents: [{ type: 'button', action: button }] },
  },
});

const withHero = (hero: object) => ({
  type: 'flex',
  altText: 'x',
  contents: {
    type: 'bubble',
    hero,
    body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'x' }] },
  },
});
const figureHero = {
  type: 'image',
  url: 'https://mamoru.example/figures/budget-plans.png',
  size: 'full',
  aspectRatio: '4:3',
  aspectMode: 'fit',
  action: { type: 'uri', label: '図を見る', uri: 'https://mamoru.example/lessons/a/b/#fig-budget-plans' },
};

const carousel = (bubbles: number, textsPerBubble = 1) => ({
  type: 'flex',
  altText: 'x',
  contents: {
    type: 'carousel',
    contents: Array.from({ length: bubbles }, () => ({
      type: 'bubble',
      body: {
        type: 'box',
        layout: 'vertical',
        contents: Array.from({ length: textsPerBubble }, () => ({ type: 'text', text: 'あ'.repeat(30) })),
      },
    })),
  },
});

describe('checkMessages (LINE limits)', () => {
  it.each([
    ['a plain text', [{ type: 'text', text: 'こんにちは' }]],
    ['13 quick replies', [{ type: 'text', text: 'x', quickReply: qr(13) }]],
    ['5 messages', Array.from({ length: 5 }, () => ({ type: 'text', text: 'x' }))],
    ['a 40-character Flex button label', [bubble({ type: 'postback', label: 'あ'.repeat(40), data: 'd' })]],
    ['5000 characters of text', [{ type: 'text', text: 'あ'.repeat(5000) }]],
    ['a figure as a bubble hero (HTTPS PNG, 4:3, with a link)', [withHero(figureHero)]],
    ['a carousel of 12 bubbles', [carousel(12)]],
  ])('accepts %s', (_name, messages) => {
    expect(checkMessages(messages)).toEqual([]);
  });

  it.each([
    ['no messages', []],
    ['6 messages', Array.from({ length: 6 }, () => ({ type: 'text', text: 'x' }))],
    ['14 quick replies', [{ type: 'text', text: 'x', quickReply: qr(14) }]],
    ['a 21-character quick-reply label', [{ type: 'text', text: 'x', quickReply: qr(1, 'あ'.repeat(21)) }]],
    ['a 41-character Flex button label', [bubble({ type: 'postback', label: 'あ'.repeat(41), data: 'd' })]],
    ['postback data over 300', [bubble({ type: 'postback', label: 'x', data: 'd'.repeat(301) })]],
    [
      'displayText over 300',
      [bubble({ type: 'postback', label: 'x', data: 'd', displayText: 'd'.repeat(301) })],
    ],
    ['text over 5000', [{ type: 'text', text: 'a'.repeat(5001) }]],
    ['emoji counting 2 past 5000', [{ type: 'text', text: '😀'.repeat(2501) }]],
    [
      'altText over 1500',
      [{ ...bubble({ type: 'uri', label: 'x', uri: 'https://x.example/' }), altText: 'a'.repeat(1501) }],
    ],
    ['a javascript: link', [bubble({ type: 'uri', label: 'x', uri: 'javascript:alert(1)' })]],
    [
      'a bubble over 30 KB',
      [
        {
          type: 'flex',
          altText: 'x',
          contents: {
            type: 'bubble',
            body: {
              type: 'box',
              layout: 'vertical',
              contents: Array.from({ length: 400 }, () => ({ type: 'text', text: 'あ'.repeat(30) })),
            },
          },
        },
      ],
    ],
    ['a hero image over plain HTTP', [withHero({ ...figureHero, url: 'http://mamoru.example/f.png' })]],
    ['a hero image taller than 3 x its width', [withHero({ ...figureHero, aspectRatio: '1:4' })]],
    ['a hero image with an unknown property', [withHero({ ...figureHero, alt: '図' })]],
    ['a carousel of 13 bubbles', [carousel(13)]],
    ['a carousel over 50 KB (12 bubbles under 30 KB each)', [carousel(12, 60)]],
    ['an empty carousel', [carousel(0)]],
    ['an unknown message type', [{ type: 'video', originalContentUrl: 'https://x.example/v.mp4' }]],
    ['an unknown property', [{ type: 'text', text: 'x', colour: 'red' }]],
  ])('rejects %s', (_name, messages) => {
    expect(checkMessages(messages)).not.toEqual([]);
  });
});

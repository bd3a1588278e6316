import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { checkMessages } from '../src/line/message-schema.ts';
import { topicMenu } from '../src/messages/menus.ts';
import { realCatalog } from './helpers/catalog.ts';

const catalog = realCatalog();

describe('the topic picker', () => {
  const message = topicMenu(catalog) as messagingApi.FlexMessage;
  const carousel = message.contents as messagingApi.FlexCarousel;
  const json = JSON.stringify(carousel);

  it('is a carousel a phone can swipe and LINE accepts', () => {
    expect(checkMessages([message])).toEqual([]);
    expect(carousel.type).toBe('carousel');
    expect(carousel.contents.length).toBe(Math.ceil(catalog.quizTopics.length / 5));
  });

  it('gives every topic a button and its one-line description', () => {
    expect(catalog.quizTopics.length).toBeGreaterThanOrEqual(13);
    for (const topic of catalog.quizTopics) {
      expect(json).toContain(`"label":"${topic.title}"`);
      expect(json).toContain(topic.description);
    }
  });

  it('keeps the quick replies for thumbs, paged with 前のテーマ and 次のテーマ', () => {
    const labels = (m: messagingApi.Message) => m.quickReply?.items?.map((item) => item.action?.label) ?? [];
    expect(labels(message).at(-1)).toBe('次のテーマ');
    const second = topicMenu(catalog, 1);
    expect(labels(second)[0]).toBe('前のテーマ');
    expect(labels(second)).toContain(catalog.quizTopics.at(-1)?.title);
  });

  it('says in the carousel that a topic name can be typed (LINE on a PC shows no quick replies)', () => {
    expect(json).toContain('テーマの名前を送っても選べます');
  });
});

import type { messagingApi } from '@line/bot-sdk';
import { encodePostback } from '../conversation/postback.ts';

export type Message = messagingApi.Message;
type Action = messagingApi.Action;
type QuickReplyItem = messagingApi.QuickReplyItem;
type FlexComponent = messagingApi.FlexComponent;

export const COLORS = {
  brand: '#1E6B52',
  ok: '#1E7B34',
  ng: '#B3261E',
  muted: '#666666',
  /** Small print that must stay readable for older eyes (darker than muted). */
  text: '#444444',
  chosen: '#D8EFE4',
};

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });
/** Cuts text to `max` grapheme clusters (LINE counts labels that way), ending with … when cut. */
export function fit(text: string, max: number): string {
  // A grapheme is at least one code unit: a short string needs no segmenting (most labels).
  if (text.length <= max) return text;
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  return parts.length <= max ? text : `${parts.slice(0, max - 1).join('')}…`;
}

/** Cuts text to `max` UTF-16 code units (how LINE counts message text), never splitting a character. */
export function fitUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return `${out}…`;
}

export function postbackAction(
  label: string,
  data: Parameters<typeof encodePostback>[0],
  displayText?: string,
): Action {
  return {
    type: 'postback',
    // 40 fits a Flex button; quickReply() cuts to the 20 that quick replies allow.
    label: fit(label, 40),
    data: encodePostback(data),
    ...(displayText ? { displayText: fitUnits(displayText, 300) } : {}),
  };
}

export function uriAction(label: string, uri: string): Action {
  return { type: 'uri', label: fit(label, 40), uri };
}

/** At most 13 quick-reply buttons (LINE's limit); extra ones are dropped. */
export function quickReply(actions: readonly Action[]): messagingApi.QuickReply {
  const items: QuickReplyItem[] = actions.slice(0, 13).map((action) => ({
    type: 'action',
    action: action.label ? { ...action, label: fit(action.label, 20) } : action,
  }));
  return { items };
}

export function text(body: string, quick?: readonly Action[]): Message {
  return {
    type: 'text',
    text: fitUnits(body, 5000),
    ...(quick && quick.length > 0 ? { quickReply: quickReply(quick) } : {}),
  };
}

export function flex(altText: string, contents: messagingApi.FlexBubble, quick?: readonly Action[]): Message {
  return {
    type: 'flex',
    altText: fitUnits(altText, 1500),
    contents,
    ...(quick && quick.length > 0 ? { quickReply: quickReply(quick) } : {}),
  };
}

export function label(body: string, extra: Partial<messagingApi.FlexText> = {}): FlexComponent {
  return { type: 'text', text: body, wrap: true, ...extra };
}

export function button(
  action: Action,
  style: 'primary' | 'secondary' | 'link' = 'secondary',
  extra = {},
): FlexComponent {
  return { type: 'button', action, style, height: 'sm', ...extra };
}

export function vbox(
  contents: FlexComponent[],
  extra: Partial<messagingApi.FlexBox> = {},
): messagingApi.FlexBox {
  return { type: 'box', layout: 'vertical', contents, ...extra };
}

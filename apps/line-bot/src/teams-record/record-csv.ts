import type { TrainingRecord } from './record.ts';
import { jaMonth } from './record-page.ts';

/**
 * One cell: quoted when needed; a cell starting with = + - @ (or a tab or return) gets a leading
 * apostrophe, so a display name cannot become a spreadsheet formula.
 */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The members' lines of the record as CSV (UTF-8 with a BOM, CRLF, for Excel in Japan). */
export function recordCsv(record: TrainingRecord, topicTitle: (topic: string) => string): string {
  const head = [
    '表示名',
    '役割',
    '参加した日',
    '学んだ日数',
    '答えた問題数',
    '最後に学んだ日',
    ...record.themes.map((t) => `${jaMonth(t.month)}のテーマ「${topicTitle(t.topic)}」を終えた日`),
  ];
  const lines = record.members.map((m) => [
    m.displayName,
    m.role === 'coowner' ? '共同管理者' : 'メンバー',
    m.joinedOn,
    m.daysStudied,
    m.answered,
    m.lastStudiedOn ?? '',
    ...m.themesDone.map((d) => d ?? ''),
  ]);
  return `\uFEFF${[head, ...lines].map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}

import type { FreshnessConfig } from '../../freshness.config.ts';
import type { CheckContext } from './context.ts';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The day `months` calendar months before `today` (UTC, as `reviewed` dates are parsed). */
export function monthsBefore(today: Date, months: number): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
}

/**
 * A lesson's or question's `reviewed` date is older than the configured period. A question without
 * its own date is as fresh as its lesson, so it is covered by the lesson's report.
 */
export function checkFreshness(context: CheckContext, config: FreshnessConfig, today: Date): void {
  const { content, sources, report } = context;
  const cutoff = monthsBefore(today, config.maxAgeMonths);
  const stale = (date: Date) => date.getTime() < cutoff.getTime();
  const message = (date: Date, inherited = 0) =>
    `確認日 ${isoDate(date)} から${config.maxAgeMonths}か月以上たっています${
      inherited > 0 ? `（日付を持たない問題${inherited}問もこの日付です）` : ''
    }。窓口・制度・版・件数・料金などを確かめ直し、reviewed を更新してください`;

  for (const lesson of content.lessons) {
    if (!stale(lesson.reviewed)) continue;
    const inherited = content.questions.filter((q) => q.lesson === lesson.id && q.reviewed === undefined);
    report({
      file: lesson.file,
      ...(sources.get(lesson)?.locate(['reviewed']) ?? { line: 1, column: 1 }),
      rule: 'freshness',
      severity: config.severity,
      message: message(lesson.reviewed, inherited.length),
    });
  }
  for (const question of content.questions) {
    if (question.reviewed === undefined || !stale(question.reviewed)) continue;
    const info = sources.get(question);
    report({
      file: info?.file ?? '',
      ...(info?.locate(['reviewed']) ?? { line: 1, column: 1 }),
      rule: 'freshness',
      severity: config.severity,
      message: message(question.reviewed),
    });
  }
}

import { z } from 'zod';

/**
 * Who runs a Mamoru bot and how long it keeps data: the settings that the privacy notice states and
 * the bot obeys. The site reads them at build time and the bot at run time, from the same variables,
 * so the notice and the code cannot say two different things.
 */
const operatorEnvSchema = z.object({
  /** The body that runs the bot (a chamber of commerce, a support body, a firm). */
  OPERATOR_NAME: z.string().trim().min(1).max(100).optional(),
  /** How people reach that body about their data: an address, a phone number or a web page. */
  OPERATOR_CONTACT: z.string().trim().min(1).max(200).optional(),
  /** The date of the privacy notice (YYYY-MM-DD). */
  PRIVACY_NOTICE_DATE: z.iso.date().optional(),
  /** Days an unfollowed user's data is kept before it is deleted. */
  RETENTION_DAYS: z.coerce.number().int().min(0).max(365).default(30),
});

export interface OperatorSettings {
  /** Unset until the operator fills it in; the notice then says so plainly. */
  name: string | undefined;
  contact: string | undefined;
  noticeDate: Date | undefined;
  retentionDays: number;
}

/** The variable names, for configuration docs and turbo's build inputs. */
export const OPERATOR_ENV_KEYS = Object.keys(
  operatorEnvSchema.shape,
) as (keyof typeof operatorEnvSchema.shape)[];

/**
 * Reads the operator settings; an empty string counts as unset. Throws an error naming the variable
 * when a value is malformed.
 */
export function readOperatorSettings(env: Record<string, string | undefined>): OperatorSettings {
  const picked = Object.fromEntries(
    OPERATOR_ENV_KEYS.map((key) => [key, env[key]]).filter(
      ([, value]) => value !== undefined && value !== '',
    ),
  );
  const result = operatorEnvSchema.safeParse(picked);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid operator settings: ${details}`);
  }
  const settings = result.data;
  return {
    name: settings.OPERATOR_NAME,
    contact: settings.OPERATOR_CONTACT,
    noticeDate: settings.PRIVACY_NOTICE_DATE
      ? new Date(`${settings.PRIVACY_NOTICE_DATE}T00:00:00Z`)
      : undefined,
    retentionDays: settings.RETENTION_DAYS,
  };
}

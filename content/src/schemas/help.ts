import { z } from 'zod';

/** One step of 「まず、すること」: what to do, and optionally why or how. */
export const helpStepSchema = z.strictObject({
  /** The action, one short sentence (shown bold on the site). */
  do: z.string().min(1).max(40),
  /** Why or how, one or two short sentences. */
  detail: z.string().min(1).max(80).optional(),
});

/** content/help/first-steps.yaml: the first steps of 困ったときは, for the site and the LINE bot. */
export const firstStepsSchema = z.strictObject({
  /** Heading, e.g. まず、すること. */
  title: z.string().min(1).max(20),
  /** One calming line before the steps. */
  lead: z.string().min(1).max(60),
  /** The steps in order (LINE shows them all in one bubble, so at most 7). */
  steps: z.array(helpStepSchema).min(1).max(7),
  /** One line after the steps (e.g. never pay a ransom). */
  warning: z.string().min(1).max(80).optional(),
});

export type HelpStep = z.output<typeof helpStepSchema>;
export type FirstSteps = z.output<typeof firstStepsSchema>;

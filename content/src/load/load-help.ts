import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../problem.ts';
import { type FirstSteps, firstStepsSchema } from '../schemas/help.ts';
import { displayPath } from './locations.ts';
import { issuesToProblems, parseYamlSource } from './yaml-source.ts';

/** What content/help/ holds. */
export interface HelpContent {
  firstSteps: FirstSteps;
}

/**
 * Reads content/help/first-steps.yaml. An invalid file is reported, never thrown; a root without
 * help/ (the checker's small test roots) has no help content.
 */
export async function loadHelp(root: string, problems: Problem[]): Promise<HelpContent | undefined> {
  const absolutePath = path.join(root, 'help', 'first-steps.yaml');
  const file = displayPath(absolutePath);
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch {
    return undefined;
  }
  const yaml = parseYamlSource(text, file);
  problems.push(...yaml.syntaxProblems);
  if (yaml.syntaxProblems.length > 0) return undefined;
  const parsed = firstStepsSchema.safeParse(yaml.data);
  if (!parsed.success) {
    problems.push(...issuesToProblems(parsed.error.issues, yaml, file));
    return undefined;
  }
  return { firstSteps: parsed.data };
}

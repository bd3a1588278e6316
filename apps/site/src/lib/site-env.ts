import { readOperatorSettings } from '@mamoru/operator';
import { readSiteEnv } from './env.ts';

/** The validated configuration for pages and endpoints (the one place that reads process.env). */
export const siteEnv = readSiteEnv(process.env);

/** Who runs the bot and how long it keeps data: the privacy notice states what the bot reads too. */
export const operatorSettings = readOperatorSettings(process.env);

import { readSiteEnv } from './env.ts';

/** The validated configuration for pages and endpoints (the one place that reads process.env). */
export const siteEnv = readSiteEnv(process.env);

import { expect } from 'vitest';
import type { Harness } from './harness.ts';

/** The owner makes a team; returns the invite code found in the message to forward. */
export async function createTeam(h: Harness, owner: string, name = '山田商店'): Promise<string> {
  await h.act(owner, { kind: 'follow' });
  await h.say(owner, 'チームを作る');
  const made = await h.say(owner, name);
  expect(made[1]).toMatchObject({ type: 'text', text: expect.stringContaining('チームを作りました') });
  const code = /チーム参加 ([0-9A-Z]{10})/.exec(JSON.stringify(made[0]))?.[1];
  if (!code) throw new Error(`no invite code in ${JSON.stringify(made[0])}`);
  return code;
}

/** A staff member joins with consent under `displayName`. */
export async function joinTeam(h: Harness, user: string, code: string, displayName: string) {
  await h.act(user, { kind: 'follow' });
  await h.say(user, `チーム参加 ${code}`);
  await h.say(user, displayName);
  const joined = await h.say(user, '同意して参加');
  expect(joined[0]).toMatchObject({ type: 'text', text: expect.stringContaining('に参加しました') });
  return joined;
}

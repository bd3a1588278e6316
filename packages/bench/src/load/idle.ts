import { readFileSync } from 'node:fs';
import { sleep } from '../free-port.ts';

/** CPU time (user + system) a process has used, in clock ticks (100 per second on Linux). */
function cpuTicks(pid: number): number {
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Waits until the process has (nearly) stopped using CPU: under 5% over half a second. After a
 * `max` run the bot still works off the events it acknowledged; measuring the next target meanwhile
 * would charge that background work to whichever process happens to be measured.
 */
export async function waitUntilIdle(pid: number, timeoutMs = 600_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const before = cpuTicks(pid);
    await sleep(500);
    if (cpuTicks(pid) - before < 3 || Date.now() - started > timeoutMs) return Date.now() - started;
  }
}

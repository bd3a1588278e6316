import { markdownTable as table } from './markdown-table.ts';
import type { Results } from './report.ts';

const kb = (bytes: number | undefined) => (bytes === undefined ? '-' : `${(bytes / 1024).toFixed(1)} KB`);
const mark = (met: boolean | undefined) =>
  met === undefined ? 'not measured' : met ? '**met**' : '**not met**';
/** How the site section builds, for the report. */
export const siteBuildNote =
  "What the site builds beyond the baseline: lessons as a content collection of MDX files read by a loader of the site's own (apps/site/src/lib/lesson-loader.ts: front matter validated by the zod schemas, each body parsed by Sätteri's MDX parser and rendered to HTML with the shared <Term> and <Callout> components once, when the content is synced, and kept in Astro's data store instead of becoming a JS module), the layout, navigation and glossary popovers of every page, a 1200x630 link card (PNG) per lesson, drawn from glyphs rasterised once per build and written by a thread of its own while the pages render (apps/site/src/integrations/link-cards.ts), the Pagefind index, fed page by page as Astro renders them (src/middleware.ts) so that Pagefind's own process indexes alongside, and four PPTX decks. The baseline builds the same number of MDX pages. In session 3 the lessons went through @astrojs/mdx: each one a JS module that Vite bundled twice (once more as an `?astroPropagatedAssets` variant) and the render loaded, which made the build 2.25x the baseline at 1,000 lessons (3.8x before the link cards were drawn from pre-rasterised glyphs instead of satori); then lessons were Markdown with two hand-read tags, and they are MDX again since issue 16, rendered at content sync. Until session 4 each card was also an Astro route: rendered and written on the page-rendering thread, and compressed on libuv's four-thread pool, where the pages' own file writes then queued behind it; in alternating cold builds of 1,000 lessons, taking the cards out of Astro's pipeline took the build from 12.1 s to 10.4 s.";

/** What the bare server's p99 at 500 requests/s says about the p99 target in this run. */
function barePoint(r: Results): string {
  const bare = r.botLoad.summary.find((s) => s.mode === 'rate' && s.target.startsWith('bare'))?.p99;
  const why =
    "The bot answers a webhook once its inbox insert is committed; inserts go ahead of the worker's transactions (SQLite) or use their own pool (PostgreSQL), and inserts arriving together share one commit (apps/line-bot/README.md). Beyond the bare server's signature check it parses the body, checks each event's shape and stores it, while its worker handles the same events (one Messaging API reply each, through the SDK's fetch-based client) on the same two cores: that is the throughput gap in max mode. In max mode autocannon signs every body in the bench process, on the same two cores: when the machine is busy the load generator, not the server, sets the pace (the bare server has measured anywhere from about 12,000 to 24,000 requests/s between runs), and the ratio then overstates the bot's margin, so compare the bot's own requests/s between runs too. Two costs the bench used to add are gone since session 4: the simulated webhookEventIds were random, where LINE's are ULIDs that grow with time (webhook.yml), and a random key lands every inbox insert on a random page of the key index (20.6 against 11.5 us per row in a micro-benchmark); and the worker looked for users with work after every stored webhook and every finished user, reading 500 inbox rows with their event JSON each time (3.6 s of a 10 s max run), where it now keeps a queue of users found, looks again only when that queue is empty, and reads only an index. Its tail at 500 requests/s, from profiles of the bot: young-generation collections of 10-14 ms about every 0.7 s (fetch registers each response with a FinalizationRegistry, and V8's young-generation collector keeps such objects alive, so every reply's objects are copied and promoted; smaller or larger young generations and V8's minor mark-sweep did not shorten the tail), and the connection's fallback WAL checkpoint: under unbroken writes the checkpoint thread never catches up with the newest page, so the WAL cannot start over until, about every 10,000 pages, a commit checkpoints the rest itself, with an fsync of 10-25 ms on this disk (a larger fallback made the tail worse).";
  if (bare === undefined) return why;
  return bare <= 20
    ? `At 500 requests/s the bare server's p99 was ${bare} ms, so the 20 ms target is within this machine's reach in this run. ${why}`
    : `At 500 requests/s even the bare server's p99 was ${bare} ms in this run: on this shared machine nothing meets the 20 ms p99 target, while the throughput ratio to the bare server still says what the bot costs. ${why}`;
}

/** docs/benchmarks.md: one readable table per section, the baseline beside each number. */
export function benchmarksMarkdown(r: Results, notes: { siteSizesSkipped: string | undefined }): string {
  const out: string[] = [];
  out.push(
    '# Benchmarks',
    '',
    `Measured ${r.measuredAt} with \`pnpm bench\` (packages/bench) on ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}.`,
    `Load average ${r.machine.loadAverageAtStart.map((n) => n.toFixed(1)).join(' / ')} at the start and ${r.machine.loadAverageAtEnd.map((n) => n.toFixed(1)).join(' / ')} at the end: the machine is shared and noisy, so every number stands next to a baseline measured in the same run, and the ratios are what to compare between runs.`,
    'Raw numbers: [benchmarks/results.json](benchmarks/results.json).',
    '',
    '## Targets',
    '',
    table(
      ['target', 'goal', 'measured', 'status'],
      r.targets.map((t) => [t.name, t.goal, t.measured, mark(t.met)]),
    ),
    '',
    '## 1. Site build with generated lessons',
    '',
    'The site is built from a throwaway copy of the repository (apps/site, content, root config; installed packages shared by symlink) with N generated, schema-valid lessons added to the real ones (content/bench/generate-lessons.ts). The baseline is a bare Astro 7 + MDX project (same astro and @astrojs/mdx versions) building the same number of plain MDX pages. Site and baseline are built in alternation, twice for each size but the largest (once), every build cold (no dist/, .astro/ or Vite cache left from the round before); times are the mean, the ratio column is the ratio of the means, and the ratio of every round is in results.json (roundRatios). Peak memory is the largest process of the build (GNU time). ms/page divides by all HTML pages written.',
    '',
    table(
      [
        'generated',
        'lessons',
        'site build',
        'site ms/page',
        'site peak',
        'HTML pages',
        'bare Astro',
        'bare ms/page',
        'bare peak',
        'ratio',
      ],
      r.siteBuild.rows.map((row) => [
        row.generated === 0 ? 'real content' : row.generated,
        row.lessons,
        `${row.site.seconds} s`,
        row.site.msPerPage,
        `${row.site.peakRssMb} MB`,
        row.site.htmlPages,
        `${row.bare.seconds} s`,
        row.bare.msPerPage,
        `${row.bare.peakRssMb} MB`,
        `${row.ratio}x`,
      ]),
    ),
    '',
    ...(r.siteBuild.failures ?? []).map(
      (f) => `**Failed** with ${f.generated} generated lessons: ${f.error}\n`,
    ),
    r.siteBuild.note,
    ...(notes.siteSizesSkipped ? ['', notes.siteSizesSkipped] : []),
    '',
    '## 2. Page weight and Lighthouse (from `pnpm --filter @mamoru/site bench`)',
    '',
  );
  const budgets = r.siteBudgets;
  if (!budgets?.weights)
    out.push(
      'docs/benchmarks/site-budgets.json was not there when this ran: run `pnpm --filter @mamoru/site bench`.',
    );
  else {
    const budget = budgets.budget?.lesson;
    out.push(
      `Gzipped bytes loaded before any interaction, largest page of each type (site bench of ${budgets.measuredAt ?? '?'}). Lesson budget: HTML ${kb(budget?.htmlGzip)}, CSS ${kb(budget?.cssGzip)}, JS ${budget?.jsGzip ?? '-'} B.`,
      '',
      table(
        ['page type', 'pages', 'HTML gzip', 'CSS gzip', 'JS gzip', 'median HTML gzip'],
        Object.entries(budgets.weights).map(([type, w]) => [
          type,
          w.pages,
          kb(w.max.htmlGzip),
          kb(w.max.cssGzip),
          kb(w.max.jsGzip),
          kb(w.median.htmlGzip),
        ]),
      ),
      '',
      table(
        ['Lighthouse (mobile)', 'performance', 'accessibility', 'best practices', 'SEO'],
        Object.entries(budgets.lighthouse ?? {}).map(([page, s]) => [
          page,
          s.performance ?? '-',
          s.accessibility ?? '-',
          s['best-practices'] ?? '-',
          s.seo ?? '-',
        ]),
      ),
    );
  }
  out.push(
    '',
    '## 3. Search cost (Pagefind in Debian chromium)',
    '',
    'The first query includes loading pagefind.js, its wasm and the index chunks it needs; every query then loads its first five results. Five queries: パスワード, バックアップ, 標的型攻撃, 情報漏えい, 不正アクセス (the first included). Bytes are response bodies under /pagefind/. The generated lessons repeat a few plain sentences without these words, so the large site finds the same results: its extra cost is the larger index.',
    '',
    table(
      [
        'site',
        'lessons',
        'first query',
        'first query bytes',
        'results',
        'five queries',
        'five queries bytes',
      ],
      r.search.map((s) => [
        s.site,
        s.lessons,
        `${s.first.ms} ms`,
        kb(s.first.bytes),
        s.first.results,
        `${s.five.ms} ms`,
        kb(s.five.bytes),
      ]),
    ),
    '',
    '## 4. Bot webhook under load (loopback)',
    '',
    `Signed answer postbacks (a fresh webhookEventId each, a ULID as LINE sends, 10,000 users, sessions that do not exist, so the worker answers each with a short refusal) posted to the bot as a child process (\`node apps/line-bot/src/index.ts\`) and to a bare node:http server that only checks the signature; the fake Messaging API the bot replies to runs in a process of its own on loopback. Stores as the bot runs them in production: SQLite in WAL with synchronous=NORMAL (the bot's own setting), and a throwaway PostgreSQL 15 server started by the bench with fsync on, every commit flushed to disk (the tests' servers skip that). "max": autocannon, 50 connections as fast as answered. "rate": 500 requests/s at evenly spaced times (one every 2 ms, open loop as in wrk2: each request goes out when due, whether or not earlier ones were answered, and its latency counts from when it was due). Not autocannon's \`overallRate\` here: it sends each connection's share at the start of every second (500 requests in about 100 ms, then nothing) and its coordinated-omission correction takes 1/rate as milliseconds, adding a made-up sample for every millisecond of every response, which inflated every target's p99 (packages/bench/src/load/paced-load.ts). Before every run all targets have finished their background work (the bot works off what it acknowledged in a max run), so no run pays for another's backlog. ${r.botLoad.rounds} rounds of ${r.botLoad.seconds} s each, alternating targets; the table shows the mean throughput; in rate mode p50 and p99 are over every request of all rounds together (a 10 s round's p99 rests on its 50 slowest requests, so one pause can decide it), and each round's own p99 stands beside them. Memory is the target's peak RSS.`,
    '',
    table(
      ['mode', 'target', 'req/s', 'of bare', 'p50', 'p99', 'p99 by round', 'peak RSS'],
      r.botLoad.summary.map((s) => [
        s.mode,
        s.target,
        s.rps,
        `${Math.round(s.ofBare * 100)}%`,
        `${s.p50} ms`,
        `${s.p99} ms`,
        r.botLoad.results
          .filter((run) => run.mode === s.mode && run.target === s.target)
          .map((run) => `${run.p99} ms`)
          .join(' / '),
        `${s.peakRssMb} MB`,
      ]),
    ),
    '',
    barePoint(r),
    '',
    '## 5. Content check time (from `pnpm --filter @mamoru/content bench`)',
    '',
  );
  const content = r.contentCheck?.results;
  if (!content) out.push('docs/benchmarks/content-check.json was not there when this ran.');
  else
    out.push(
      `Wall time of \`pnpm content:check\` (checkContent) after a warm-up (content bench of ${r.contentCheck?.date ?? '?'}).`,
      '',
      table(
        ['content', 'lessons', 'check', 'CPU', 's/lesson', 'errors'],
        content.map((c) => [
          c.name,
          c.lessons,
          `${c.checkSeconds} s`,
          c.checkCpuSeconds === undefined ? '-' : `${c.checkCpuSeconds} s`,
          (c.checkSeconds / Math.max(1, c.lessons)).toFixed(3),
          c.errors,
        ]),
      ),
    );
  out.push('', ...liveSection(r));
  out.push(
    '',
    '## Drills',
    '',
    "The failure drills (replay, kill -9, LINE API faults, two instances, fuzzed bodies) are tests, not benchmarks: `pnpm --filter @mamoru/bench test`, part of npm test and so of CI, runs them at the issue's sizes (`drills:quick` at smaller ones).",
    '',
  );
  return out.join('\n');
}

/** Section 6: the live seminar's webhook 200 to presenter stream, next to the plain acknowledgement. */
export function liveSection(r: Pick<Results, 'live'>): string[] {
  const head = [
    "## 6. Live seminar: webhook 200 to the presenter's stream",
    '',
    "Simulated participants join (not measured), then answer one question evenly over 10 s. The bot runs as production runs it (`node apps/line-bot/src/index.ts`, one process per instance) against the bench's fake Messaging API; a throwaway PostgreSQL 15 server has fsync on. With two instances, joins and answers alternate between them and the presenter's stream is on the first, so half the answers reach it through PostgreSQL LISTEN/NOTIFY (apps/line-bot/README.md, Live seminars). For each answer: its webhook's acknowledgement (send to 200), the time from that 200 to the bot's worker writing the answer row (its `answered_at`; the rest of the way to the screen is the stream's), and the time from that 200 to the stream first showing that many answers (the n-th answer acknowledged against the n-th answer shown). Both in the same run, from `packages/bench/src/live/` (`node packages/bench/bench/live-latency.ts` runs it alone).",
    '',
  ];
  const live = r.live;
  if (!live || live.runs.length === 0)
    return [...head, 'Not measured in this run (docs/benchmarks/live.json was not there).'];
  const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
  const rows = live.runs.flatMap((run) => {
    const name = `${run.participants} on ${run.storage === 'sqlite' ? 'SQLite' : 'PostgreSQL'}${run.instances > 1 ? `, ${run.instances} instances` : ''}`;
    return [
      [
        name,
        'webhook acknowledgement',
        ms(run.webhookAck.p50),
        ms(run.webhookAck.p95),
        ms(run.webhookAck.max),
      ],
      ...(run.webhook200ToStored
        ? [
            [
              name,
              '200 → worker writes the answer',
              ms(run.webhook200ToStored.p50),
              ms(run.webhook200ToStored.p95),
              ms(run.webhook200ToStored.max),
            ],
          ]
        : []),
      [
        name,
        '200 → stream shows it',
        ms(run.webhook200ToStream.p50),
        ms(run.webhook200ToStream.p95),
        ms(run.webhook200ToStream.max),
      ],
    ];
  });
  const notes = live.runs.map((run) => {
    const exact =
      run.stored.answered === run.participants && run.finalShown.answered === run.participants
        ? `all ${run.participants} answers stored and shown`
        : `**${run.stored.answered} stored, ${run.finalShown.answered} shown of ${run.participants}**`;
    const closes =
      run.streamCloses.length === 0
        ? 'the stream stayed open'
        : `**the stream closed ${run.streamCloses.length} time(s)** (${run.streamCloses.map((c) => `after ${c.answeredShown} answers: ${c.how}`).join('; ')}) and was opened again`;
    return `- ${run.participants} on ${run.storage}, ${run.instances} instance(s): ${exact}; ${closes}; load average ${run.loadAverage.join(' / ')} at the end.`;
  });
  return [
    ...head,
    `Measured ${live.measuredAt}. Goal: p95 ≤ ${ms(live.goalP95Ms)} from 200 to the stream.`,
    '',
    table(['room', 'measure', 'p50', 'p95', 'max'], rows),
    '',
    ...notes,
  ];
}

/**
 * Puts the live section into an existing docs/benchmarks.md in place of the one there (up to the
 * next section), or at the end: a live run on its own leaves the other sections as they are.
 */
export function replaceLiveSection(markdown: string, r: Pick<Results, 'live'>): string {
  const section = liveSection(r).join('\n');
  const start = markdown.indexOf('## 6. Live seminar');
  if (start < 0) return `${markdown.trimEnd()}\n\n${section}\n`;
  const next = markdown.indexOf('\n## ', start + 1);
  return `${markdown.slice(0, start)}${section}\n${next < 0 ? '' : markdown.slice(next)}`;
}

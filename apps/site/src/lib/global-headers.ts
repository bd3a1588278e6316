/** The _headers file with `origin` added to the CSP's connect-src (the live-seminar API). */
export function allowConnectTo(headersFile: string, origin: string): string {
  if (!/connect-src [^;\n]*/.test(headersFile)) throw new Error('_headers has no connect-src to extend.');
  return headersFile.replace(
    /connect-src ([^;\n]*)/,
    (_, sources: string) => `connect-src ${sources} ${origin}`,
  );
}

/**
 * Headers that a static host's `_headers` file sets for every path (its "/*" block), with lowercase
 * names. Used by the tests and the budget server so both serve pages under the real CSP.
 */
export function parseGlobalHeaders(headersFile: string): Record<string, string> {
  const block = headersFile.split(/\n(?=\/)/).find((part) => part.startsWith('/*\n')) ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
      .filter((line) => line.includes(': '))
      .map((line) => [line.slice(0, line.indexOf(': ')).toLowerCase(), line.slice(line.indexOf(': ') + 2)]),
  );
}

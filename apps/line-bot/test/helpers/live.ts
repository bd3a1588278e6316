import { buildCatalog, type Catalog } from '../../src/content/catalog.ts';
import { fixtureContent, SITE_URL } from './catalog.ts';

/** The fixture bank with one deck, so live sessions can name it. */
export function liveCatalog(siteUrl = SITE_URL): Catalog {
  return buildCatalog({ ...fixtureContent, decks: [{ id: 'owner-60' }] }, siteUrl);
}

export interface Created {
  code: string;
  presenterToken: string;
  joinUrl: string;
  addFriendUrl: string;
  expiresAt: string;
}

/** The presenter's calls, as the presenter view makes them. */
export function presenter(botUrl: string) {
  const call = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${botUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    });
  return {
    call,
    async create(key: string, deckId = 'owner-60'): Promise<Created> {
      const response = await call('/live/sessions', key, {
        method: 'POST',
        body: JSON.stringify({ deckId }),
      });
      if (response.status !== 201)
        throw new Error(`create answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as Created;
    },
    async open(s: Created, questionId: string) {
      const response = await call(`/live/sessions/${s.code}/open`, s.presenterToken, {
        method: 'POST',
        body: JSON.stringify({ questionId }),
      });
      if (response.status !== 200) throw new Error(`open answered ${response.status}`);
      return response.json();
    },
    async post(s: Created, action: 'close' | 'end') {
      const response = await call(`/live/sessions/${s.code}/${action}`, s.presenterToken, { method: 'POST' });
      if (response.status !== 200) throw new Error(`${action} answered ${response.status}`);
      return response.json();
    },
    async tally(s: Created) {
      const response = await call(`/live/sessions/${s.code}/tally`, s.presenterToken);
      if (response.status !== 200) throw new Error(`tally answered ${response.status}`);
      return (await response.json()) as {
        participants: number;
        questionId: string | null;
        counts: number[];
        answered: number;
        open: boolean;
      };
    },
  };
}

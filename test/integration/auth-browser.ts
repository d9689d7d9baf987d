import { NextRequest } from 'next/server';
import { expect, vi } from 'vitest';
import { createConfirmedUser, GOOD_PASSWORD, uniqueIp } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { handlers } from '@/lib/auth/config';

// The next-auth configuration through its own HTTP endpoints, as a browser would use them.

const BASE = 'http://localhost:3999/api/auth';

/** A minimal cookie jar: enough for one browser talking to the handlers. */
export class Browser {
  private cookies = new Map<string, string>();
  constructor(private readonly ip = uniqueIp()) {}

  async request(path: string, init: { method?: string; form?: Record<string, string>; json?: unknown } = {}) {
    const headers = new Headers({ 'x-forwarded-for': this.ip, cookie: this.cookieHeader() });
    let body: URLSearchParams | string | undefined;
    if (init.form) {
      headers.set('content-type', 'application/x-www-form-urlencoded');
      body = new URLSearchParams(init.form);
    } else if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    const request = new NextRequest(`${BASE}${path}`, { method: init.method ?? 'GET', headers, body });
    const response = await (request.method === 'GET' ? handlers.GET : handlers.POST)(request);
    this.store(response.headers.getSetCookie());
    return response;
  }

  async signIn(email: string, password: string) {
    const { csrfToken } = await (await this.request('/csrf')).json();
    return this.request('/callback/credentials', { method: 'POST', form: { email, password, csrfToken, callbackUrl: '/mon-compte' } });
  }

  async signOut() {
    const { csrfToken } = await (await this.request('/csrf')).json();
    return this.request('/signout', { method: 'POST', form: { csrfToken, callbackUrl: '/' } });
  }

  /** What `useSession().update(data)` sends: anyone holding the cookie can post this. */
  async updateSession(data: unknown) {
    const { csrfToken } = await (await this.request('/csrf')).json();
    return (await this.request('/session', { method: 'POST', json: { csrfToken, data } })).json();
  }

  async session() {
    return (await this.request('/session')).json();
  }

  sessionCookie() {
    return [...this.cookies].find(([name]) => name.endsWith('authjs.session-token'));
  }

  /** Names of the cookies this browser holds. */
  cookieNames(): string[] {
    return [...this.cookies.keys()];
  }

  /** A cookie set by someone else before this browser signs in (session fixation). */
  plantCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  copyOf(): Browser {
    const copy = new Browser(this.ip);
    copy.cookies = new Map(this.cookies);
    return copy;
  }

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private store(setCookies: string[]) {
    for (const header of setCookies) {
      const [pair] = header.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '' || /Max-Age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** Moves the faked Date forward (tests that fake only Date: the database driver keeps real timers). */
export function advanceClock(ms: number) {
  vi.setSystemTime(new Date(Date.now() + ms));
}

/** A confirmed user with this role, signed in through next-auth in a fresh Browser. */
export async function signedInBrowser(role: 'USAGER' | 'INSTRUCTEUR') {
  const user = await createConfirmedUser();
  await db.user.update({ where: { id: user.id }, data: { role } });
  const browser = new Browser();
  await browser.signIn(user.email, GOOD_PASSWORD);
  expect((await browser.session())?.user?.id).toBe(user.id);
  return { user, browser };
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Every way into the product, read from the source tree at test time: the pages
// (app/**/page.tsx), the route handlers (app/**/route.ts, one key per HTTP method) and the server
// actions (the exported functions of each 'use server' file). The access matrix
// (access-matrix.ts) must list each of them: a new one without an entry fails the tests.

const ROOT = path.resolve(__dirname, '..', '..');
const ACTION_ROOTS = ['app', 'lib', 'components'];
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

function filesUnder(directory: string): string[] {
  return readdirSync(path.join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : filesUnder(relative);
    return [relative];
  });
}

/** `app/(auth)/connexion/page.tsx` → `/connexion`: route groups and the file name leave the URL. */
export function urlPatternOf(file: string): string {
  const segments = file
    .split('/')
    .slice(1, -1)
    .filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${segments.join('/')}`;
}

export function listPages(): string[] {
  return filesUnder('app')
    .filter((file) => file.endsWith('/page.tsx'))
    .map(urlPatternOf)
    .sort();
}

export type RouteHandler = { key: string; method: (typeof HTTP_METHODS)[number]; file: string };

/** `GET /api/fichiers/[fileId]`, … for each method a route.ts exports. */
export function listRouteHandlers(): RouteHandler[] {
  return filesUnder('app')
    .filter((file) => file.endsWith('/route.ts'))
    .flatMap((file) => {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      const exported = (method: string) =>
        new RegExp(`export\\s+(async\\s+function\\s+${method}\\b|const\\s+${method}\\b|const\\s*\\{[^}]*\\b${method}\\b[^}]*\\})`).test(source);
      return HTTP_METHODS.filter(exported).map((method) => ({ key: `${method} ${urlPatternOf(file)}`, method, file }));
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * `app/instruction/actions.ts#followDossierAction`, … for each export of a 'use server' file. An
 * inline 'use server' (an action inside a component) has no name to list: it is listed as
 * `file#inline`, which no matrix entry has, so that it fails until someone moves and lists it.
 */
export function listServerActions(): string[] {
  return ACTION_ROOTS.flatMap(filesUnder)
    .filter((file) => /\.tsx?$/.test(file))
    .flatMap((file) => {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      const directives = source.match(/['"]use server['"]/g)?.length ?? 0;
      if (directives === 0) return [];
      const fileLevel = /^\s*['"]use server['"]/.test(source);
      const names = fileLevel ? [...source.matchAll(/^export\s+(?:async\s+function|const|function)\s+(\w+)/gm)].map((match) => match[1]) : [];
      return [...names, ...(directives > (fileLevel ? 1 : 0) ? ['inline'] : [])].map((name) => `${file}#${name}`);
    })
    .sort();
}

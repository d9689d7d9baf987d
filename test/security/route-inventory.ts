import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Read from the source tree at test time, so that a new way into the product fails the tests
// until the access matrix lists it.

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

/** An inline 'use server' has no name: it is listed as `file#inline`, which no matrix entry has, so it fails. */
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

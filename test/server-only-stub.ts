// `server-only` throws outside React Server Components; tests and scripts are server code too.
export {};

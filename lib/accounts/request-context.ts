/** What the domain needs to know about the request that triggers it (for throttling and audit). */
export type RequestContext = { ip: string };

'use client';

// The account area shows the site's error page (no message, no stack trace, a reference for the
// support) inside its own boundary, so the header and the rest of the layout stay usable.
export { default } from '../error';

'use client';

// Same error page as the rest of the site, in the back-office's own boundary.
export { default } from '../error';

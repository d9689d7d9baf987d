// Shared by the layout (server) and the viewer store (browser): see viewer-store.ts.

/** Remembered in this browser while someone is signed in; holds no personal data. */
export const VIEWER_HINT_KEY = 'guichet.connecte';
/** On <html> while a signed-in person's answer is awaited: the visitor's links are hidden. */
export const VIEWER_PENDING_ATTRIBUTE = 'data-visiteur';

/** Inline, first thing in <body>, before the first paint. */
export const VIEWER_HINT_SCRIPT = `try{if(localStorage.getItem('${VIEWER_HINT_KEY}'))document.documentElement.setAttribute('${VIEWER_PENDING_ATTRIBUTE}','attendu')}catch(e){}`;

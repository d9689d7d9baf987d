// Shared by the layout (server) and the viewer store (browser): see viewer-store.ts.

/** Remembered in this browser while someone is signed in; holds no personal data. */
export const VIEWER_HINT_KEY = 'guichet.connecte';
/** The style that hides the visitor's links while a signed-in person's answer is awaited. */
export const VIEWER_PENDING_STYLE_ID = 'visiteur-attendu';

/**
 * Inline, first thing in <body>, before the first paint. A <style> added to <head>, not an
 * attribute on <html>: React removes the attributes it did not render from <html> when it takes
 * over the page, and keeps the elements others add to <head>.
 */
export const VIEWER_HINT_SCRIPT = `try{if(localStorage.getItem('${VIEWER_HINT_KEY}')){var s=document.createElement('style');s.id='${VIEWER_PENDING_STYLE_ID}';s.textContent='.visitor-only{visibility:hidden}';document.head.appendChild(s)}}catch(e){}`;

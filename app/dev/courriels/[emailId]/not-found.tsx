// The site's own "page introuvable": a denied catcher must look like any missing page.
export { default, metadata } from '@/app/not-found';

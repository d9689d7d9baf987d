// Another person's dossier, or one that does not exist: the site's own « Page introuvable ».
export { default, metadata } from '@/app/not-found';

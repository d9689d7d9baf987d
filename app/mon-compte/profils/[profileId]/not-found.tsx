// Another person's profile, or one that does not exist: the site's own « Page introuvable ».
export { default, metadata } from '@/app/not-found';

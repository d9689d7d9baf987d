// A dossier outside the agent's démarches, or one that does not exist: the site's « Page introuvable ».
export { default, metadata } from '@/app/not-found';

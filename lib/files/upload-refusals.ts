import { fileTooLargeMessage } from './accepted-files';
import { MAX_IMAGE_PIXELS } from './reencode-image';

// The e2e tests of the dossiers match the first words of these messages.

export type UploadRefusalCode =
  | 'type-refused'
  | 'extension-mismatch'
  | 'empty'
  | 'too-large'
  | 'pdf-active-content'
  | 'pdf-encrypted'
  | 'pdf-too-complex'
  | 'pdf-trailing-data'
  | 'damaged'
  | 'image-too-large'
  | 'infected'
  | 'scan-limit';

export type UploadRefusal = { ok: false; code: UploadRefusalCode; message: string };

const formatMillions = (value: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(value / 1_000_000);

export function refusalMessage(code: UploadRefusalCode, maxMb: number): string {
  switch (code) {
    case 'type-refused':
      return 'Seuls les formats PDF et image (PNG, JPEG, WebP) sont autorisés pour des raisons de sécurité. Convertissez votre document avant de le déposer.';
    case 'extension-mismatch':
      return 'L’extension du fichier ne correspond pas à son contenu.';
    case 'empty':
      return 'Le fichier est vide.';
    case 'too-large':
      return fileTooLargeMessage(maxMb);
    case 'pdf-active-content':
      return 'Ce PDF contient du contenu actif (JavaScript, lancement d’application ou fichiers joints) : il est refusé pour des raisons de sécurité.';
    case 'pdf-encrypted':
      return 'Ce PDF est protégé par un mot de passe : déposez une version non protégée.';
    case 'pdf-too-complex':
      return 'Ce PDF est trop complexe pour être vérifié (trop d’objets ou de données compressées) : enregistrez-le de nouveau au format PDF (« Imprimer », puis « Enregistrer au format PDF ») avant de le déposer.';
    case 'pdf-trailing-data':
      return 'Ce PDF contient d’autres données que le document (par exemple une archive ajoutée à sa fin) : il est refusé pour des raisons de sécurité. Enregistrez-le de nouveau au format PDF (« Imprimer », puis « Enregistrer au format PDF ») avant de le déposer.';
    case 'damaged':
      return 'Le fichier est endommagé ou illisible.';
    case 'image-too-large':
      return `L’image est trop grande (plus de ${formatMillions(MAX_IMAGE_PIXELS)} millions de pixels).`;
    case 'infected':
      return 'L’antivirus a détecté un virus dans ce fichier : il est refusé. Analysez votre ordinateur, puis déposez une copie saine du document.';
    case 'scan-limit':
      return 'L’antivirus n’a pas pu analyser ce fichier : il dépasse ses limites d’analyse (taille ou contenu compressé). Enregistrez-le de nouveau au format PDF (« Imprimer », puis « Enregistrer au format PDF ») ou allégez-le, puis déposez-le de nouveau.';
  }
}

export function refuseUpload(code: UploadRefusalCode, maxMb: number): UploadRefusal {
  return { ok: false, code, message: refusalMessage(code, maxMb) };
}

import type { FieldDefinition } from '../../lib/procedures/field-definitions';

// A form with one field of each prefilled type and one that is not (« Nom du projet »), for the
// unit and integration tests of prefilling (decision 030).

export const PREFILL_FIELDS: FieldDefinition[] = [
  { id: 'siret', type: 'siret', label: 'SIRET', required: true },
  { id: 'rna', type: 'rna', label: 'Numéro RNA', required: true },
  { id: 'adresse', type: 'address', label: 'Adresse du siège', required: true },
  { id: 'courriel', type: 'email', label: 'Courriel', required: true },
  { id: 'telephone', type: 'phone', label: 'Téléphone', required: false },
  { id: 'nom', type: 'fullname', label: 'Nom et prénom', required: true },
  { id: 'projet', type: 'text', label: 'Nom du projet', required: true },
];

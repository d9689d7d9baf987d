// Typed failures of the storage drivers, so callers never parse an S3 or errno message.

export class StorageNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`Aucun objet sous la clé ${key}`);
    this.name = 'StorageNotFoundError';
  }
}

export class InvalidStorageKeyError extends Error {
  constructor(readonly key: string) {
    super(`Clé de stockage invalide : ${JSON.stringify(key.slice(0, 100))}`);
    this.name = 'InvalidStorageKeyError';
  }
}

export class StorageSizeMismatchError extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`Taille reçue ${actual} octets, ${expected} attendus`);
    this.name = 'StorageSizeMismatchError';
  }
}

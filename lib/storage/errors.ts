// Typed failures of the storage drivers, so callers never parse an S3 or errno message.

export class StorageNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`Aucun objet sous la clé ${key}`);
    this.name = 'StorageNotFoundError';
  }

  // The built server bundles this file more than once while the driver is one per process: a
  // plain `instanceof` would depend on which chunk made the driver first (decision 010).
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && value.name === 'StorageNotFoundError';
  }
}

export class InvalidStorageKeyError extends Error {
  constructor(readonly key: string) {
    super(`Clé de stockage invalide : ${JSON.stringify(key.slice(0, 100))}`);
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

import sharp, { type Sharp } from 'sharp';
import type { AcceptedMime } from './detect-type';

// Images are decoded and encoded again (ASVS 5.2, RGPD): what reaches storage is pixels only —
// no EXIF (GPS position, camera serial…), no comments, nothing appended after the image data
// (polyglot files). The pixel count is capped before decoding, against decompression bombs.

export const MAX_IMAGE_PIXELS = 40_000_000;

// libvips' cache would keep descriptors of input files open after we delete them (the space of
// a deleted temporary file is only freed when its last descriptor closes). Inputs are read once.
sharp.cache({ files: 0 });

export type ImageMime = Exclude<AcceptedMime, 'application/pdf'>;

export class ImageTooLargeError extends Error {
  constructor() {
    super(`Image de plus de ${MAX_IMAGE_PIXELS} pixels`);
    this.name = 'ImageTooLargeError';
  }
}

export class DamagedImageError extends Error {
  constructor(cause: unknown) {
    super('Image illisible', { cause });
    this.name = 'DamagedImageError';
  }
}

function encoder(image: Sharp, mime: ImageMime): Sharp {
  switch (mime) {
    case 'image/png':
      return image.png();
    case 'image/jpeg':
      return image.jpeg({ quality: 90 });
    case 'image/webp':
      return image.webp({ quality: 90 });
  }
}

/** `failOn: 'warning'` turns libvips' warnings on truncated or corrupt data into DamagedImageError. */
export async function reencodeImage(inputPath: string, outputPath: string, mime: ImageMime): Promise<void> {
  const image = sharp(inputPath, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'warning', sequentialRead: true }).rotate();
  try {
    // sharp drops all metadata unless asked to keep it (withMetadata/keepExif): nothing to strip by hand.
    await encoder(image, mime).toFile(outputPath);
  } catch (error) {
    if (error instanceof Error && /exceeds pixel limit/i.test(error.message)) throw new ImageTooLargeError();
    throw new DamagedImageError(error);
  }
}

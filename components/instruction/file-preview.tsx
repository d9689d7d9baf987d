import { filePreviewPath } from '@/lib/files/preview-headers';

// A PDF shows in an <iframe> of the preview route, the only response that may be framed, by our pages only.

type PreviewFile = { id: string; originalName: string; mime: string };

export function FilePreview({ file }: { file: PreviewFile }) {
  if (file.mime.startsWith('image/')) {
    return (
      <figure className="file-preview">
        {/* biome-ignore lint/performance/noImgElement: an authorised, streamed file, not an asset for next/image */}
        <img src={filePreviewPath(file.id)} alt={`Aperçu de ${file.originalName}`} className="file-preview__image" />
      </figure>
    );
  }
  if (file.mime === 'application/pdf') {
    return (
      <div className="file-preview">
        <iframe src={filePreviewPath(file.id)} title={`Aperçu de ${file.originalName}`} className="file-preview__frame" loading="lazy" />
      </div>
    );
  }
  return null;
}

// A required document's justificatifs: the current file (not replaced) and the replaced versions
// kept in the history. Pure: the applicant's and the agents' « Justificatifs » tabs share it.

type Version = { documentId: string; replacedById: string | null };

export function documentVersions<A extends Version>(attachments: readonly A[], documentId: string): { current: A | undefined; replaced: A[] } {
  const versions = attachments.filter((attachment) => attachment.documentId === documentId);
  return {
    current: versions.find((attachment) => attachment.replacedById === null),
    replaced: versions.filter((attachment) => attachment.replacedById !== null),
  };
}

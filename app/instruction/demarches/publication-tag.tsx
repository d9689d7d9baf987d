export function PublicationTag({ published }: { published: boolean }) {
  return published ? <span className="tag tag-success">Publiée</span> : <span className="tag tag-neutral">Brouillon</span>;
}

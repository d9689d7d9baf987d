// Hidden fields of the back-office's dossier forms (ids, the version the agent saw): posted with
// the form, checked again by the action; the form's schema reads them from its default values.

export function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

import type { UseFormRegisterReturn } from 'react-hook-form';

/** What useActionForm's `textField(name)` gives a field component: spread it on TextField & co. */
export type FieldProps = { id: string; error?: string; registration: UseFormRegisterReturn; defaultValue?: string };

import Link from 'next/link';
import type { ComponentProps } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

const variantClass: Record<ButtonVariant, string> = {
  primary: 'btn',
  secondary: 'btn-secondary',
  danger: 'btn-danger',
  link: 'btn-link',
};

function classes(variant: ButtonVariant, className?: string) {
  return className ? `${variantClass[variant]} ${className}` : variantClass[variant];
}

type ButtonProps = ComponentProps<'button'> & { variant?: ButtonVariant };

/** `type` defaults to "button": pass `type="submit"` in forms. */
export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={classes(variant, className)} {...props} />;
}

type LinkButtonProps = ComponentProps<typeof Link> & { variant?: Exclude<ButtonVariant, 'link'> };

export function LinkButton({ variant = 'primary', className, ...props }: LinkButtonProps) {
  return <Link className={classes(variant, className)} {...props} />;
}

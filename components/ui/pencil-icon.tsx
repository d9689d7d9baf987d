type PencilIconProps = {
  className?: string;
  /** Side in CSS pixels; CSS (e.g. `.btn-with-icon svg`) may override it. */
  size?: number;
};

/** Decorative pencil, beside the word it illustrates. */
export function PencilIcon({ className, size = 20 }: PencilIconProps) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M12 20h9" />
      <path d="M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4Z" />
    </svg>
  );
}

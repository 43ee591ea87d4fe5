import { cx } from "./class-names";

// Apart from the Button component, whose asChild needs Radix's Slot: scripts on every page (the
// error boundary, the directory) style plain buttons with these classes and should not load it.
export type TButtonVariant = "primary" | "secondary" | "outline" | "danger" | "danger-outline" | "link";
export type TButtonSize = "sm" | "md" | "lg";

const VARIANT: Record<TButtonVariant, string> = {
  // `hover:text-white` because links take the brand colour on hover from the base styles.
  primary: "bg-brand text-white hover:bg-brand-strong hover:text-white",
  secondary: "border border-line bg-surface text-ink hover:bg-brand-soft hover:text-ink",
  outline: "border border-brand text-brand hover:bg-brand-soft",
  danger: "bg-danger text-white hover:bg-danger/90 hover:text-white",
  "danger-outline": "border border-line bg-surface text-danger hover:bg-danger-soft hover:text-danger",
  link: "text-brand underline hover:text-brand-strong",
};

const SIZE: Record<TButtonSize, string> = {
  sm: "px-3 py-1.5 text-sm",
  md: "px-4 py-2",
  lg: "px-5 py-2",
};

export type TButtonStyle = { variant?: TButtonVariant; size?: TButtonSize; isFullWidth?: boolean };

/** The classes of a button, for the rare control that cannot be a <Button> (a <summary>). */
export function buttonClass({ variant = "primary", size = "md", isFullWidth = false }: TButtonStyle = {}) {
  return cx(
    "inline-flex items-center justify-center gap-2 rounded font-medium disabled:cursor-not-allowed disabled:opacity-70",
    VARIANT[variant],
    // A link-like button keeps the size of the text it sits in.
    variant === "link" ? (size === "sm" ? "text-sm" : undefined) : SIZE[size],
    isFullWidth && "w-full",
  );
}

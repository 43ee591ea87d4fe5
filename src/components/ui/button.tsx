import { Slot } from "@radix-ui/react-slot";
import type { ComponentProps } from "react";
import { cx } from "./class-names";

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

type TButtonStyle = { variant?: TButtonVariant; size?: TButtonSize; isFullWidth?: boolean };

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

type TProps = ComponentProps<"button"> &
  TButtonStyle & {
    /** Renders its only child (a Link, an <a>) with the button's look instead of a <button>. */
    asChild?: boolean;
  };

/**
 * A button in one of the kit's variants. `type` defaults to "button" so that a button inside a form
 * submits only when asked to.
 */
export function Button({ asChild = false, variant, size, isFullWidth, className, type, ...rest }: TProps) {
  const classes = cx(buttonClass({ variant, size, isFullWidth }), className);
  if (asChild) return <Slot className={classes} {...rest} />;
  return <button type={type ?? "button"} className={classes} {...rest} />;
}

type TSubmitProps = Omit<TProps, "type" | "asChild" | "children"> & {
  isPending: boolean;
  label: string;
  /** Shown while the form is being sent, e.g. "Saving…". */
  pendingLabel: string;
};

/** A form's submit button, disabled and relabelled while the form is being sent. */
export function SubmitButton({ isPending, label, pendingLabel, disabled, ...rest }: TSubmitProps) {
  return (
    <Button type="submit" disabled={isPending || disabled} {...rest}>
      {isPending ? pendingLabel : label}
    </Button>
  );
}

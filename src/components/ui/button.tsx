import { Slot } from "@radix-ui/react-slot";
import type { ComponentProps } from "react";
import { buttonClass, type TButtonStyle } from "./button-class";
import { cx } from "./class-names";

export { buttonClass, type TButtonSize, type TButtonVariant } from "./button-class";

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

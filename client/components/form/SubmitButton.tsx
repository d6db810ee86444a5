import type { ReactNode } from "react";
import { useFormState } from "react-hook-form";

/** The form's one main action; disabled while the request runs so it cannot be sent twice. */
export function SubmitButton({ children, variant = "primary", small = false }: { children: ReactNode; variant?: "primary" | "secondary" | "warning"; small?: boolean }) {
  const { isSubmitting } = useFormState();
  return (
    <button type="submit" className={`button-${variant}${small ? " button-small" : ""}`} disabled={isSubmitting} aria-disabled={isSubmitting || undefined}>
      {children}
    </button>
  );
}

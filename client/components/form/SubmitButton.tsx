import type { ReactNode } from "react";

/** The form's one main action; disabled while the request runs so it cannot be sent twice. */
export function SubmitButton({ busy, children, variant = "primary" }: { busy: boolean; children: ReactNode; variant?: "primary" | "secondary" | "warning" }) {
  return (
    <button type="submit" className={`button-${variant}`} disabled={busy}>
      {children}
    </button>
  );
}

import type { ReactNode } from "react";

/**
 * A message box. "success" and "info" are polite status messages; "error" interrupts (role alert).
 * Give it a title for the GOV.UK "notification banner" look.
 */
export function Notice({ kind = "info", title, children }: { kind?: "info" | "success" | "warning" | "error"; title?: string; children: ReactNode }) {
  return (
    <div className={`notice is-${kind}`} role={kind === "error" ? "alert" : "status"}>
      {title ? <h2 className="notice-title">{title}</h2> : null}
      {children}
    </div>
  );
}

import type { ReactNode } from "react";

/**
 * A message box. "success" and "info" are polite status messages; "error" interrupts (role alert).
 * Give it a title for the GOV.UK "notification banner" look.
 */
export function Notice({ kind = "info", title, titleId, children }: { kind?: "info" | "success" | "warning" | "error"; title?: string; titleId?: string; children: ReactNode }) {
  return (
    <div className={`notice is-${kind}`} role={kind === "error" ? "alert" : "status"}>
      {title ? (
        <h2 className="notice-title" id={titleId} tabIndex={titleId ? -1 : undefined}>
          {title}
        </h2>
      ) : null}
      {children}
    </div>
  );
}

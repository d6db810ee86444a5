import { useCallback, useEffect, useState } from "react";
import type { ReadinessStatus } from "../../shared/types";
import { useI18n } from "../i18n/I18nProvider";

type State =
  | { kind: "checking" }
  | { kind: "answered"; status: ReadinessStatus; at: Date }
  | { kind: "unreachable"; at: Date };

/** Shows whether the server and its database answer (GET /readyz). */
export function ServerHealth() {
  const { t, formatDateTime } = useI18n();
  const [state, setState] = useState<State>({ kind: "checking" });

  const check = useCallback(async () => {
    setState({ kind: "checking" });
    try {
      const response = await fetch("/readyz", { headers: { Accept: "application/json" } });
      const status = (await response.json()) as ReadinessStatus;
      setState({ kind: "answered", status, at: new Date() });
    } catch {
      setState({ kind: "unreachable", at: new Date() });
    }
  }, []);

  useEffect(() => {
    void check();
  }, [check]);

  const ok = state.kind === "answered" && state.status.status === "ok";
  const message =
    state.kind === "checking"
      ? t("health.checking")
      : state.kind === "unreachable"
        ? t("health.unreachable")
        : ok
          ? t("health.ready")
          : t("health.databaseDown");

  return (
    <section className="card" aria-labelledby="health-title">
      <h2 id="health-title">{t("health.title")}</h2>
      <p role="status" className={`status ${state.kind === "checking" ? "is-pending" : ok ? "is-ok" : "is-error"}`} data-testid="health-status">
        {message}
      </p>
      {state.kind !== "checking" && (
        <p className="meta">
          {state.kind === "answered" && <span>{t("health.version", { version: state.status.version })} · </span>}
          {t("health.checkedAt", { time: formatDateTime(state.at, { timeStyle: "medium" }) })}
        </p>
      )}
      <button type="button" className="button-secondary" onClick={() => void check()}>
        {t("health.retry")}
      </button>
    </section>
  );
}

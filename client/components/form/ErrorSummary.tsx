import { useEffect, useId, useRef, useSyncExternalStore, type MouseEvent } from "react";
import { useFormContext, useFormState } from "react-hook-form";
import { useI18n } from "../../i18n/I18nProvider";
import { useFormMeta } from "./formContext";
import { errorAt, errorMessage } from "./useFormField";

/**
 * The GOV.UK error summary at the top of a <Form>: focused after a failed submit (so screen readers
 * announce it), the problems that belong to no field first, then each field's message as a link
 * that moves focus to that field, in the order the fields appear on the page.
 */
export function ErrorSummary({ focusRequest }: { focusRequest: number }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const focused = useRef(0);
  // react-hook-form publishes the errors of a failed submit after its callback, so the request to
  // focus may come before there is anything to show: it is served on the first render that shows it.
  useEffect(() => {
    if (focusRequest > focused.current && ref.current) {
      focused.current = focusRequest;
      ref.current.focus();
    }
  });
  const titleId = useId();
  const { registry } = useFormMeta();
  const { control, getValues } = useFormContext();
  const { errors } = useFormState({ control });
  useSyncExternalStore(registry.subscribe, registry.snapshot);

  const names = registry.names();
  const general = typeof errors.root?.server?.message === "string" ? [errors.root.server.message] : [];
  // An error no field on the page shows (a rule on a whole group) must not go unsaid.
  if (errorPaths(errors).some((path) => path !== "root.server" && !names.some((name) => path === name || path.startsWith(`${name}.`) || name.startsWith(`${path}.`)))) {
    general.push(t("problem.validationFailed"));
  }
  const fields = names
    .map((name) => ({ name, meta: registry.get(name)!, error: errorAt(errors, name) }))
    .filter((entry) => entry.error)
    .map(({ name, meta, error }) => ({ id: meta.id, message: errorMessage(error!, meta, getValues(name), t) }))
    .sort((a, b) => pagePosition(a.id, b.id));
  if (fields.length === 0 && general.length === 0) return null;

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary-title">
        {t("form.errorSummaryTitle")}
      </h2>
      <ul className="error-summary-list">
        {general.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {fields.map(({ id, message }) => (
          <li key={id}>
            <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Dotted paths of every error in the tree ("votes.for", "root.server"). */
function errorPaths(node: unknown, prefix = ""): string[] {
  if (!node || typeof node !== "object") return [];
  if (typeof (node as { message?: unknown }).message === "string") return [prefix];
  return Object.entries(node).flatMap(([key, child]) => (key === "ref" ? [] : errorPaths(child, prefix ? `${prefix}.${key}` : key)));
}

function pagePosition(a: string, b: string): number {
  const first = document.getElementById(a);
  const second = document.getElementById(b);
  if (!first || !second) return 0;
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  // Keep the label (or the group's legend) in view too, not just the control.
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (field.closest("fieldset")?.querySelector("legend") ?? label ?? field).scrollIntoView({ block: "center" });
}

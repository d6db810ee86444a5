import { useId, type MouseEvent, type RefObject } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import type { FormErrors } from "./useForm";

/**
 * The GOV.UK error summary: at the top of the form, focused after a failed submit, each message a
 * link that moves focus to the field it is about.
 */
export function ErrorSummary({ errors, summaryRef }: { errors: FormErrors; summaryRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useI18n();
  const titleId = useId();
  const fields = Object.entries(errors.fields);
  if (fields.length === 0 && errors.general.length === 0) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
    // Keep the label in view too, not just the input.
    (document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? field).scrollIntoView({ block: "center" });
  };

  return (
    <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary-title">
        {t("form.errorSummaryTitle")}
      </h2>
      <ul className="error-summary-list">
        {errors.general.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {fields.map(([id, message]) => (
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

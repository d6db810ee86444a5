import { useId, useMemo, useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import { EMPTY_FILTERS, listDocuments } from "../../api/documents";
import { useResource } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { FieldErrorText } from "../form/Field";
import { useFormField } from "../form/useFormField";

const fold = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLocaleLowerCase();
const MATCHES_SHOWN = 6;

/**
 * Linked documents chosen by title (an array field of ids): type part of a title, add from the
 * matches, remove from the chosen list. The documents are the ones this user may read (the library
 * list, already filtered by the server); a linked one they cannot read shows as such.
 */
export function DocumentPicker({ name, label, hint }: { name: string; label: string; hint: string }) {
  const { t } = useI18n();
  const { control } = useFormContext();
  const { field: controller } = useController({ name, control });
  const field = useFormField(name, { label, kind: "choices", messages: { invalid: "meetings.field.documentsInvalid" } });
  const { resource } = useResource(() => listDocuments(EMPTY_FILTERS));
  const [query, setQuery] = useState("");
  const resultsId = useId();
  const chosen: string[] = Array.isArray(controller.value) ? (controller.value as string[]) : [];
  const documents = resource.status === "ready" ? resource.data : [];
  const titleOf = (id: string) => documents.find((d) => d.id === id)?.title ?? t("meetings.documents.unknown");
  const matches = useMemo(() => {
    const wanted = fold(query.trim());
    if (!wanted) return [];
    return documents.filter((d) => !chosen.includes(d.id) && fold(d.title).includes(wanted)).slice(0, MATCHES_SHOWN);
  }, [documents, query, chosen]);

  return (
    <fieldset className={field.message ? "fieldset document-picker field has-error" : "fieldset document-picker"} aria-describedby={field.describedBy(hint)}>
      <legend className="fieldset-legend-small">{label}</legend>
      <div className="field-hint" id={`${field.id}-hint`}>
        {hint}
      </div>
      {field.message ? <FieldErrorText id={`${field.id}-error`} message={field.message} /> : null}
      {chosen.length > 0 && (
        <ul className="document-picker-chosen" aria-label={label}>
          {chosen.map((id) => (
            <li key={id}>
              <span>{titleOf(id)}</span>
              <button type="button" className="button-link" onClick={() => controller.onChange(chosen.filter((other) => other !== id))}>
                {t("meetings.documents.remove")}
                <span className="visually-hidden">: {titleOf(id)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="field-label" htmlFor={field.id}>
        {t("meetings.documents.search")}
      </label>
      <input id={field.id} ref={controller.ref} type="search" className="input input-width-20" value={query} onChange={(event) => setQuery(event.target.value)} aria-controls={resultsId} autoComplete="off" />
      <div id={resultsId} aria-live="polite">
        {query.trim() && resource.status === "ready" && matches.length === 0 && <p className="meta">{t("meetings.documents.noMatch")}</p>}
        {matches.length > 0 && (
          <ul className="document-picker-matches">
            {matches.map((d) => (
              <li key={d.id}>
                <span>{d.title}</span>
                <button
                  type="button"
                  className="button-secondary button-small"
                  onClick={() => {
                    controller.onChange([...chosen, d.id]);
                    setQuery("");
                  }}
                >
                  {t("meetings.documents.add")}
                  <span className="visually-hidden">: {d.title}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}

import type { ReactNode } from "react";
import { AGENDA_TAGS, type AgendaTag } from "../../../shared/meetings";
import { ApiError } from "../../api/http";
import type { RoomFailure } from "../../meetings/useMeetingRoom";
import { useI18n } from "../../i18n/I18nProvider";
import { describedBy, FieldFrame } from "../form/Field";

/** A multi-line text field in the GOV.UK order: label, hint, error, control. */
export function TextAreaField({ id, label, hint, error, value, onChange, maxLength, rows = 4 }: { id: string; label: string; hint?: ReactNode; error?: string; value: string; onChange(value: string): void; maxLength?: number; rows?: number }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        className="input textarea"
        rows={rows}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  );
}

/** The tags of PRODUCT.md (forms of exploitation, domains) as a group of checkboxes. */
export function TagFieldset({ idPrefix, value, onChange }: { idPrefix: string; value: AgendaTag[]; onChange(value: AgendaTag[]): void }) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset tag-fieldset">
      <legend className="field-label">{t("meetings.field.tags")}</legend>
      <p className="field-hint">{t("meetings.field.tagsHint")}</p>
      <div className="tag-options">
        {AGENDA_TAGS.map((tag) => {
          const id = `${idPrefix}-tag-${tag}`;
          return (
            <div className="tag-option" key={tag}>
              <input
                id={id}
                type="checkbox"
                className="checkbox-input"
                checked={value.includes(tag)}
                onChange={(event) => onChange(event.target.checked ? [...value, tag] : value.filter((v) => v !== tag))}
              />
              <label htmlFor={id}>{t(`meetings.tag.${tag}`)}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A socket refusal as an ApiError, so forms show it like an HTTP problem. */
export function roomError(failure: RoomFailure): ApiError {
  return new ApiError({ type: "about:blank", title: failure.message ?? failure.code, status: 0, code: failure.code, issues: failure.issues });
}

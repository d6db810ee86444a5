import { useState } from "react";
import { useFormContext } from "react-hook-form";
import type { PresentedUser } from "../../../shared/types";
import { listPeople } from "../../api/documents";
import { useResource } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { CheckboxGroup } from "../form/Checkbox";
import { TextField } from "../form/TextField";
import { ResourceView } from "../ResourceView";

const label = (user: PresentedUser) => (user.organisation ? `${user.name} (${user.organisation.name})` : user.name);

/**
 * Who may see a restricted document besides the secretariat (GET /api/users is for the
 * secretariat): the form's `memberIds`, with a filter that only narrows what is listed. The
 * directory names its editors with it too (`editorIds`, observers left out: they may not edit).
 */
export function MemberPicker({ name = "memberIds", legend, hint, withoutObservers = false }: { name?: string; legend?: string; hint?: (count: number) => string; withoutObservers?: boolean }) {
  const { t } = useI18n();
  const { resource, reload } = useResource(listPeople);
  const [filter, setFilter] = useState("");
  const selected = (useFormContext().watch(name) as string[] | undefined) ?? [];

  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(users) => {
        const wanted = filter.trim().toLowerCase();
        // The secretariat sees every document anyway; chosen people stay listed whatever the filter.
        const people = users
          .filter((user) => user.active && user.role !== "secretariat" && !(withoutObservers && user.role === "observer"))
          .filter((user) => !wanted || selected.includes(user.id) || label(user).toLowerCase().includes(wanted));
        return (
          <div className="member-picker">
            <TextField id="members-filter" type="search" label={t("members.filter")} value={filter} onChange={setFilter} width="20" />
            {people.length === 0 ? (
              <p>{t("members.none")}</p>
            ) : (
              <CheckboxGroup name={name} legend={legend ?? t("members.legend")} hint={hint ? hint(selected.length) : t("members.hint", { count: selected.length })} size="small" choices={people.map((user) => ({ value: user.id, label: label(user) }))} />
            )}
          </div>
        );
      }}
    </ResourceView>
  );
}

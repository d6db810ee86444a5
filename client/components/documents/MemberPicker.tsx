import { useState } from "react";
import type { PresentedUser } from "../../../shared/types";
import { listPeople } from "../../api/documents";
import { useResource } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { TextField } from "../form/TextField";
import { LoadFailure } from "../LoadFailure";
import { Loading } from "../Loading";
import { ChoiceCheckboxes } from "./ChoiceCheckboxes";

const label = (user: PresentedUser) => (user.organisation ? `${user.name} (${user.organisation.name})` : user.name);

/** Who may see a restricted document besides the secretariat (GET /api/users is for the secretariat). */
export function MemberPicker({ selected, onChange }: { selected: string[]; onChange(ids: string[]): void }) {
  const { t } = useI18n();
  const { resource, reload } = useResource(listPeople);
  const [filter, setFilter] = useState("");
  if (resource.status === "loading") return <Loading />;
  if (resource.status === "failed") return <LoadFailure error={resource.error} onRetry={reload} />;

  const wanted = filter.trim().toLowerCase();
  // The secretariat sees every document anyway; chosen people stay listed whatever the filter.
  const people = resource.data
    .filter((user) => user.active && user.role !== "secretariat")
    .filter((user) => !wanted || selected.includes(user.id) || label(user).toLowerCase().includes(wanted));

  return (
    <div className="member-picker">
      <TextField id="members-filter" type="search" label={t("members.filter")} value={filter} onChange={setFilter} width="20" />
      {people.length === 0 ? (
        <p>{t("members.none")}</p>
      ) : (
        <ChoiceCheckboxes
          idPrefix="members"
          legend={t("members.legend")}
          hint={t("members.hint", { count: selected.length })}
          small
          choices={people.map((user) => ({ value: user.id, label: label(user) }))}
          selected={selected.filter((id) => people.some((user) => user.id === id))}
          onChange={(ids) => onChange([...selected.filter((id) => !people.some((user) => user.id === id)), ...ids])}
        />
      )}
    </div>
  );
}

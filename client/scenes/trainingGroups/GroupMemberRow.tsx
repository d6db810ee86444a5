import { groupMoveSchema } from "../../../shared/schemas/trainingGroups";
import type { PresentedGroupMember, PresentedTrainingGroup, PresentedTrainingGroups } from "../../../shared/trainingGroups";
import { moveGroupMember } from "../../api/trainingGroups";
import { Form } from "../../components/form/Form";
import { Select } from "../../components/form/Select";
import { SubmitButton } from "../../components/form/SubmitButton";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { useI18n } from "../../i18n/I18nProvider";

/** One participant: who, from where, and a small form to move them by hand (keyboard: a select and a button). */
export function GroupMemberRow({ trainingId, member, groups, currentGroupId, onMoved }: {
  trainingId: string;
  member: PresentedGroupMember;
  groups: PresentedTrainingGroup[];
  currentGroupId: string | null;
  onMoved(groups: PresentedTrainingGroups, text: string): void;
}) {
  const { t } = useI18n();
  const form = useSchemaForm(groupMoveSchema, { registrationId: member.registrationId, groupId: currentGroupId });
  const about = [t(`country.${member.country}`), member.discipline ? t(`organisationType.${member.discipline}`) : null, member.hasAccount ? null : t("trainingGroups.noAccount")].filter(Boolean).join(" · ");
  return (
    <li className="group-member">
      <div>
        <strong>{member.name}</strong>
        <br />
        <span className="group-muted">{about}</span>
      </div>
      <Form
        form={form}
        idPrefix={`move-${member.registrationId}`}
        className="group-move"
        onSubmit={async (input) => {
          const target = groups.find((g) => g.id === input.groupId);
          const text = target ? t("trainingGroups.moved", { name: member.name, number: target.number }) : t("trainingGroups.movedOut", { name: member.name });
          onMoved(await moveGroupMember(trainingId, input), text);
        }}
      >
        {/* Only what is on the page is sent: the participant goes as a hidden field. */}
        <input type="hidden" {...form.register("registrationId")} />
        <Select
          name="groupId"
          label={t("trainingGroups.moveLabel", { name: member.name })}
          placeholder={t("trainingGroups.noGroup")}
          emptyAs={null}
          options={groups.map((g) => ({ value: g.id, label: t("trainingGroups.group", { number: g.number }) }))}
        />
        <SubmitButton variant="secondary" small>{t("trainingGroups.move")}</SubmitButton>
      </Form>
    </li>
  );
}

import { useState } from "react";
import { Link, useParams } from "react-router";
import { groupProposalSchema } from "../../../shared/schemas/trainingGroups";
import type { PresentedTrainingGroup, PresentedTrainingGroups } from "../../../shared/trainingGroups";
import { TRAINING_GROUP_LIMITS } from "../../../shared/trainingGroups";
import type { PresentedTraining } from "../../../shared/trainingTypes";
import { createGroupCase, draftGroupGoodPractice, getTrainingGroups, proposeTrainingGroups } from "../../api/trainingGroups";
import { getTraining } from "../../api/trainings";
import { toApiError, useResource } from "../../api/useResource";
import { Form } from "../../components/form/Form";
import { SubmitButton } from "../../components/form/SubmitButton";
import { NumberInput } from "../../components/form/TextInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { Notice } from "../../components/Notice";
import { problemMessage } from "../../components/problems";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { GroupMemberRow } from "./GroupMemberRow";
import "../../styles/trainingGroups.css";

type Message = { kind: "success" | "error"; text: string };

/** Mixed groups on cases, for the organisers: propose, adjust by hand, a case per group, good-practice drafts. */
export function TrainingGroupsScene() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { resource, reload } = useResource(() => Promise.all([getTraining(id), getTrainingGroups(id)]), id);
  usePageTitle(resource.status === "ready" ? t("trainingGroups.pageTitle", { title: resource.data[0].title }) : t("trainingGroups.title"));
  return (
    <div className="page-full">
      <ResourceView resource={resource} onRetry={reload} level="page" notFound={{ title: t("trainings.notFound"), back: { to: "/trainings", label: t("trainings.back") } }}>
        {([training, groups]) => <GroupsDetail training={training} initial={groups} />}
      </ResourceView>
    </div>
  );
}

function GroupsDetail({ training, initial }: { training: PresentedTraining; initial: PresentedTrainingGroups }) {
  const { t, language } = useI18n();
  const [state, setState] = useState(initial);
  const [message, setMessage] = useState<Message | null>(null);
  const casesExist = state.groups.some((g) => g.caseDocumentId);
  const form = useSchemaForm(groupProposalSchema, { groupCount: Math.max(1, state.groups.length || Math.min(TRAINING_GROUP_LIMITS.groupsMax, Math.ceil(training.perCountry.reduce((n, c) => n + c.confirmed, 0) / 6))) });
  const act = async (work: () => Promise<PresentedTrainingGroups>, success: string) => {
    try {
      setState(await work());
      setMessage({ kind: "success", text: success });
    } catch (failure) {
      setMessage({ kind: "error", text: problemMessage(toApiError(failure).problem, t, language) });
    }
  };
  const onMoved = (groups: PresentedTrainingGroups, text: string) => {
    setState(groups);
    setMessage({ kind: "success", text });
  };
  return (
    <>
      <p><Link to={`/trainings/${training.id}`}>{t("trainingGroups.backToTraining", { title: training.title })}</Link></p>
      <h1>{t("trainingGroups.title")}</h1>
      <p className="lead">{t("trainingGroups.intro")}</p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}

      {!casesExist && (
        <section className="section" aria-labelledby="propose-title">
          <h2 id="propose-title">{t("trainingGroups.propose.title")}</h2>
          <Form form={form} idPrefix="groups" onSubmit={async (input) => {
            const groups = await proposeTrainingGroups(training.id, input);
            onMoved(groups, t("trainingGroups.proposed", { count: groups.groups.length }));
          }}>
            <NumberInput name="groupCount" label={t("trainingGroups.propose.count")} hint={t("trainingGroups.propose.hint")} />
            <SubmitButton>{state.groups.length > 0 ? t("trainingGroups.propose.again") : t("trainingGroups.propose.submit")}</SubmitButton>
          </Form>
        </section>
      )}

      {state.groups.length === 0 ? (
        <p>{t("trainingGroups.empty")}</p>
      ) : (
        <div className="group-grid">
          {state.groups.map((group) => (
            <GroupCard key={group.id} training={training} group={group} state={state} onMoved={onMoved} act={act} />
          ))}
        </div>
      )}

      {state.unassigned.length > 0 && (
        <section className="section" aria-labelledby="unassigned-title">
          <h2 id="unassigned-title">{t("trainingGroups.unassigned", { count: state.unassigned.length })}</h2>
          <ul className="group-members">
            {state.unassigned.map((member) => (
              <GroupMemberRow key={member.registrationId} trainingId={training.id} member={member} groups={state.groups} currentGroupId={null} onMoved={onMoved} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function GroupCard({ training, group, state, onMoved, act }: {
  training: PresentedTraining;
  group: PresentedTrainingGroup;
  state: PresentedTrainingGroups;
  onMoved(groups: PresentedTrainingGroups, text: string): void;
  act(work: () => Promise<PresentedTrainingGroups>, success: string): Promise<void>;
}) {
  const { t, language } = useI18n();
  const countries = [...new Set(group.members.map((m) => t(`country.${m.country}`)))].join(", ");
  return (
    <section className="card group-card" aria-labelledby={`group-${group.id}`} data-testid="training-group">
      <h2 id={`group-${group.id}`}>{t("trainingGroups.group", { number: group.number })}</h2>
      <p className="group-muted">{t("trainingGroups.size", { count: group.members.length })}{countries ? ` · ${countries}` : ""}</p>
      <ul className="group-members">
        {group.members.map((member) => (
          <GroupMemberRow key={member.registrationId} trainingId={training.id} member={member} groups={state.groups} currentGroupId={group.id} onMoved={onMoved} />
        ))}
      </ul>
      <p className="button-group">
        {group.caseDocumentId ? (
          <Link to={`/documents/${group.caseDocumentId}`}>{t("trainingGroups.openCase", { number: group.number })}</Link>
        ) : (
          <button type="button" className="button-secondary" onClick={() => void act(() => createGroupCase(training.id, group.id, { language }), t("trainingGroups.caseCreated", { number: group.number }))}>
            {t("trainingGroups.createCase", { number: group.number })}
          </button>
        )}
        {group.goodPracticeDocumentId ? (
          <Link to={`/documents/${group.goodPracticeDocumentId}`}>{t("trainingGroups.openDraft", { number: group.number })}</Link>
        ) : (
          state.trainingOver && group.caseDocumentId && (
            <button type="button" className="button-secondary" onClick={() => void act(() => draftGroupGoodPractice(training.id, group.id), t("trainingGroups.drafted", { number: group.number }))}>
              {t("trainingGroups.draft", { number: group.number })}
            </button>
          )
        )}
      </p>
    </section>
  );
}

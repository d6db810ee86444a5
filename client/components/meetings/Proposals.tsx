import { useEffect, useState } from "react";
import type { PresentedProposal } from "../../../shared/meetingTypes";
import { AGENDA_ITEM_TYPES, MEETING_LIMITS } from "../../../shared/meetings";
import { proposalFormSchema } from "../../../shared/schemas/meetingForms";
import { decideProposal, listProposals, propose } from "../../api/meetings";
import { toApiError, useResource } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { Form } from "../form/Form";
import { Select } from "../form/Select";
import { SubmitButton } from "../form/SubmitButton";
import { NumberInput, TextArea, TextInput } from "../form/TextInput";
import { WrittenTextFindings } from "../form/WrittenTextFindings";
import { useSchemaForm } from "../form/useSchemaForm";
import { Notice } from "../Notice";
import { ResourceView } from "../ResourceView";
import { PLANNED_MINUTES_MESSAGES, TagFieldset } from "./fields";
import { meetingProblemMessage } from "./meetingProblems";
import { CommentsDisclosure } from "../comments/CommentsDisclosure";

/** Members propose agenda items; the chair accepts (the item joins the agenda) or declines. */
export function Proposals({ meetingId, revision, canPropose, canDecide }: { meetingId: string; revision: number; canPropose: boolean; canDecide: boolean }) {
  const { t, language } = useI18n();
  const { resource, reload } = useResource(() => listProposals(meetingId), meetingId);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (revision > 0) reload();
  }, [revision, reload]);

  const decide = async (proposal: PresentedProposal, accept: boolean) => {
    try {
      await decideProposal(meetingId, proposal.id, accept);
      setError(null);
      reload();
    } catch (failure) {
      setError(meetingProblemMessage(toApiError(failure).problem, t, language));
    }
  };

  return (
    <section className="section" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t("meetings.proposals.title")}</h2>
      {error && <Notice kind="error">{error}</Notice>}
      <ResourceView resource={resource} onRetry={reload}>
        {(proposals) => {
          const pending = proposals.filter((p) => p.status === "pending");
          const decided = proposals.filter((p) => p.status !== "pending");
          return (
            <>
              {pending.length === 0 ? (
                <p>{t("meetings.proposals.none")}</p>
              ) : (
                <ul className="link-list">
                  {pending.map((p) => (
                    <li key={p.id} data-testid="proposal">
                      <p className="link-list-title">{p.title}</p>
                      <p className="meta">
                        {t("meetings.proposals.by", { name: p.proposedBy?.name ?? "", minutes: p.plannedMinutes })} · {t(`meetings.type.${p.type}`)}
                      </p>
                      {p.description && <p>{p.description}</p>}
                      <CommentsDisclosure target={{ kind: "proposal", id: p.id, meetingId }} context={p.title} />
                      {canDecide && (
                        <div className="button-group">
                          <button type="button" className="button-primary button-small" onClick={() => void decide(p, true)}>
                            {t("meetings.proposals.accept")}
                            <span className="visually-hidden">: {p.title}</span>
                          </button>
                          <button type="button" className="button-secondary button-small" onClick={() => void decide(p, false)}>
                            {t("meetings.proposals.decline")}
                            <span className="visually-hidden">: {p.title}</span>
                          </button>
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {decided.length > 0 && (
                <details>
                  <summary>{t("meetings.proposals.decided", { count: decided.length })}</summary>
                  <ul>
                    {decided.map((p) => (
                      <li key={p.id}>
                        {p.title} — {t(`meetings.proposalStatus.${p.status}`)}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          );
        }}
      </ResourceView>
      {canPropose && !canDecide && <ProposalForm meetingId={meetingId} onProposed={reload} />}
    </section>
  );
}

const EMPTY_PROPOSAL = { title: "", type: "discussion" as const, plannedMinutes: 10, description: "", tags: [], acknowledgedFindings: [] };

function ProposalForm({ meetingId, onProposed }: { meetingId: string; onProposed(): void }) {
  const { t, language } = useI18n();
  const form = useSchemaForm(proposalFormSchema, EMPTY_PROPOSAL);
  const [sent, setSent] = useState(false);
  return (
    <>
      <h3>{t("meetings.proposals.formTitle")}</h3>
      {sent && <Notice kind="success">{t("meetings.proposals.sent")}</Notice>}
      <Form
        form={form}
        idPrefix="proposal"
        describeProblem={(problem) => meetingProblemMessage(problem, t, language)}
        onSubmit={async (values) => {
          setSent(false);
          await propose(meetingId, values);
          form.reset(EMPTY_PROPOSAL);
          setSent(true);
          onProposed();
        }}
      >
        <TextInput name="title" label={t("meetings.field.itemTitle")} messages={{ missing: "meetings.field.titleMissing" }} maxLength={MEETING_LIMITS.itemTitleMax} />
        <Select name="type" label={t("meetings.field.type")} options={AGENDA_ITEM_TYPES.map((value) => ({ value, label: t(`meetings.type.${value}`) }))} />
        <NumberInput name="plannedMinutes" label={t("meetings.field.plannedMinutes")} messages={PLANNED_MINUTES_MESSAGES} />
        <TextArea name="description" label={t("meetings.field.description")} maxLength={MEETING_LIMITS.descriptionMax} />
        <WrittenTextFindings fields={["description"]} />
        <TagFieldset />
        <SubmitButton>{t("meetings.proposals.submit")}</SubmitButton>
      </Form>
    </>
  );
}

import { Link } from "react-router";
import type { MessageKey } from "../i18n/en";
import { listInvitations, listOrganisations, listUsers } from "../api/admin";
import { listMeetings } from "../api/meetings";
import { useResource } from "../api/useResource";
import { useI18n } from "../i18n/I18nProvider";

interface Step {
  to: string;
  title: MessageKey;
  hint: MessageKey;
  /** null: a step with nothing to count (reading the prompts); it never holds the list open. */
  done: boolean | null;
}

/** What the workspace already has, from the lists the secretariat can read anyway. */
async function loadSteps(): Promise<Step[]> {
  const [organisations, invitations, users, meetings] = await Promise.all([listOrganisations(), listInvitations(), listUsers(), listMeetings()]);
  return [
    { to: "/admin/organisations", title: "home.firstSteps.organisations", hint: "home.firstSteps.organisationsHint", done: organisations.some((o) => o.discipline !== "secretariat") },
    { to: "/admin/invitations", title: "home.firstSteps.invite", hint: "home.firstSteps.inviteHint", done: invitations.length > 0 || users.length > 1 },
    { to: "/meetings/new", title: "home.firstSteps.meeting", hint: "home.firstSteps.meetingHint", done: meetings.upcoming.length + meetings.past.length > 0 },
    { to: "/prompts", title: "home.firstSteps.prompts", hint: "home.firstSteps.promptsHint", done: null },
  ];
}

const statusId = (step: Step) => `first-step-${step.title.split(".").pop()}`;

/**
 * The first secretariat's task list (GOV.UK task list pattern) on the home page: add organisations,
 * invite the first members, create the first meeting, review the prompt library. It goes away once
 * the workspace has all three; a failed load shows nothing (the rest of the page still works).
 */
export function FirstSteps() {
  const { t } = useI18n();
  const { resource } = useResource(loadSteps);
  if (resource.status !== "ready" || resource.data.every((step) => step.done !== false)) return null;
  return (
    <section className="first-steps" aria-labelledby="first-steps-title" data-testid="first-steps">
      <h2 id="first-steps-title">{t("home.firstSteps.title")}</h2>
      <p>{t("home.firstSteps.intro")}</p>
      <ol className="task-list">
        {resource.data.map((step) => (
          <li key={step.to} className="task-list-item">
            <div>
              <Link to={step.to} className="link-list-title" aria-describedby={step.done !== null ? statusId(step) : undefined}>
                {t(step.title)}
              </Link>
              <p className="link-list-description">{t(step.hint)}</p>
            </div>
            {step.done !== null && (
              <strong id={statusId(step)} className={`tag${step.done ? " is-ok" : ""}`}>
                {step.done ? t("home.firstSteps.done") : t("home.firstSteps.toDo")}
              </strong>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

import type { PresentedDecision } from "../../../shared/meetingTypes";
import { useI18n } from "../../i18n/I18nProvider";
import { ReferencedContactPoints } from "../directory/ContactPointPicker";

/** Decisions with their outcome, votes and — always shown — the victim-perspective note. */
export function DecisionList({ decisions }: { decisions: PresentedDecision[] }) {
  const { t, formatDateTime } = useI18n();
  if (decisions.length === 0) return <p>{t("meetings.decision.none")}</p>;
  return (
    <ul className="decision-list" data-testid="decision-list">
      {decisions.map((d) => (
        <li key={d.id} className="decision" data-testid="decision">
          <p className="meta">
            {d.itemTitle} · <strong className={`tag outcome-${d.outcome}`}>{t(`meetings.outcome.${d.outcome}`)}</strong>
            {d.archiveNumber && <span className="tag">{d.archiveNumber}</span>}
          </p>
          <p className="decision-text">{d.text}</p>
          <p className="meta">
            {d.method === "vote" && d.votes ? t("meetings.decision.voteSummary", { for: d.votes.for, against: d.votes.against, abstain: d.votes.abstain }) : t("meetings.method.consensus")}
            {d.votesByCountry.map((v) => ` · ${t(`country.${v.country}`)} ${v.for}/${v.against}/${v.abstain}`).join("")}
          </p>
          <div className="victim-note-shown">
            <p className="victim-note-label">{t(`meetings.noteKind.${d.victimNote.kind}`)}</p>
            <blockquote>{d.victimNote.text}</blockquote>
          </div>
          <ReferencedContactPoints ids={d.contactPointIds} />
          <p className="meta">{t("meetings.decision.recordedBy", { name: d.recordedBy?.name ?? "—", time: formatDateTime(d.recordedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
        </li>
      ))}
    </ul>
  );
}

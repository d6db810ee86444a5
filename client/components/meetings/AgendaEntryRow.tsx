import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDown, ArrowUp, GripVertical, Pencil, Trash2 } from "lucide-react";
import { useEffect, useRef, useState, type CSSProperties } from "react";
import { Link } from "react-router";
import type { AgendaEntry, MeetingPermissions, PresentedLiveState } from "../../../shared/meetingTypes";
import type { AgendaOperation } from "../../../shared/schemas/meetings";
import type { RoomFailure } from "../../meetings/useMeetingRoom";
import { useI18n } from "../../i18n/I18nProvider";
import { Menu, MenuItem, MenuSeparator } from "../ui/Menu";
import { AgendaEntryForm } from "./AgendaEntryForm";
import { AgendaItemFiles } from "./AgendaItemFiles";
import { ItemTimer } from "./ItemTimer";
import { ReferencedContactPoints } from "../directory/ContactPointPicker";
import { CommentsDisclosure } from "../comments/CommentsDisclosure";

interface Props {
  meetingId: string;
  entry: AgendaEntry;
  index: number;
  count: number;
  number: number | null;
  live: PresentedLiveState | null;
  clockOffset: number;
  permissions: MeetingPermissions;
  sortable: boolean;
  apply(operation: AgendaOperation): Promise<RoomFailure | null>;
  onMove(toIndex: number): void;
  /** Asks before removing (the list holds the dialog, so it outlives this row). */
  onRemove(): void;
  onMakeCurrent(): void;
  onFailure(failure: RoomFailure | null): void;
}

/** One agenda entry: the current item is highlighted for everyone; preparers edit, move or remove it. */
export function AgendaEntryRow(props: Props) {
  const { entry, index, count, number, live, permissions } = props;
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const editArea = useRef<HTMLDivElement>(null);
  // The menu gives the focus back to its button as it closes; then it moves on into the form.
  useEffect(() => {
    if (!editing) return;
    const frame = requestAnimationFrame(() => editArea.current?.querySelector<HTMLElement>("input, textarea, select")?.focus());
    return () => cancelAnimationFrame(frame);
  }, [editing]);
  const sortable = useSortable({ id: entry.id, disabled: !props.sortable });
  // Translate only: Transform would also scale the row to the size of the one it passes (drawn squashed).
  const style: CSSProperties = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };
  const current = live?.currentItemId === entry.id;
  const inProgress = live?.status === "in_progress";
  const label = number ? t("meetings.agenda.itemLabel", { number, title: entry.title }) : entry.title;

  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      className={`agenda-entry is-${entry.kind}${current ? " is-current" : ""}${sortable.isDragging ? " is-dragging" : ""}`}
      aria-current={current ? "true" : undefined}
      tabIndex={-1}
      data-testid="agenda-entry"
      data-entry-id={entry.id}
    >
      <div className="agenda-entry-main">
        {props.sortable && (
          <button type="button" className="drag-handle" {...sortable.attributes} {...sortable.listeners} aria-label={t("meetings.agenda.dragHandle", { title: entry.title })} data-testid="drag-handle">
            <GripVertical aria-hidden="true" focusable="false" className="icon" />
          </button>
        )}
        <div className="agenda-entry-body">
          {entry.kind === "section" ? (
            <h3 className="agenda-section-title">{entry.title}</h3>
          ) : (
            <>
              <p className="agenda-entry-title">
                {number !== null && <span className="agenda-number">{number}.</span>} <span data-testid="agenda-entry-title">{entry.title}</span>
                {current && <strong className="tag is-pending" data-testid="current-marker">{t("meetings.agenda.now")}</strong>}
              </p>
              <p className="meta">
                <span className={`tag type-${entry.type}`}>{t(`meetings.type.${entry.type}`)}</span>
                <span> {t("meetings.minutes", { count: entry.plannedMinutes })}</span>
                {entry.presenter && <span> · {t("meetings.agenda.presenter", { name: entry.presenter })}</span>}
              </p>
              {entry.tags.length > 0 && (
                <ul className="inline-tags" aria-label={t("meetings.field.tags")}>
                  {entry.tags.map((tag) => (
                    <li key={tag} className="tag">{t(`meetings.tag.${tag}`)}</li>
                  ))}
                </ul>
              )}
              {entry.description && <p className="agenda-description">{entry.description}</p>}
              {entry.documentIds.length > 0 && (
                <p className="meta">
                  {t("meetings.agenda.documents")}{" "}
                  {entry.documentIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ", "}
                      <Link to={`/documents/${id}`}>{t("meetings.agenda.document", { number: i + 1 })}</Link>
                    </span>
                  ))}
                </p>
              )}
              <ReferencedContactPoints ids={entry.contactPointIds} />
              <AgendaItemFiles meetingId={props.meetingId} entry={entry} label={label} canUpload={permissions.edit} />
              {live && (current || live.elapsedMs[entry.id]) ? <ItemTimer live={live} itemId={entry.id} plannedMinutes={entry.plannedMinutes} clockOffset={props.clockOffset} /> : null}
              <CommentsDisclosure target={{ kind: "agendaItem", id: entry.id, meetingId: props.meetingId }} context={label} headingLevel={4} />
            </>
          )}
        </div>
      </div>
      <div className="agenda-entry-actions">
        {permissions.run && inProgress && entry.kind === "item" && !current && (
          <button type="button" className="button-secondary button-small" onClick={props.onMakeCurrent}>
            {t("meetings.live.makeCurrent")}
            <span className="visually-hidden">: {label}</span>
          </button>
        )}
        {props.sortable && (
          <>
            <Menu ref={menuButton} text={t("menu.moreActions")} context={label}>
              <MenuItem icon={<ArrowUp aria-hidden="true" className="icon" />} disabled={index === 0} onSelect={() => props.onMove(index - 1)}>
                {t("meetings.agenda.moveUp")}
              </MenuItem>
              <MenuItem icon={<ArrowDown aria-hidden="true" className="icon" />} disabled={index === count - 1} onSelect={() => props.onMove(index + 1)}>
                {t("meetings.agenda.moveDown")}
              </MenuItem>
              <MenuItem icon={<Pencil aria-hidden="true" className="icon" />} onSelect={() => setEditing(true)}>
                {t("meetings.agenda.edit")}
              </MenuItem>
              <MenuSeparator />
              <MenuItem icon={<Trash2 aria-hidden="true" className="icon" />} destructive onSelect={props.onRemove}>
                {t("meetings.agenda.remove")}
              </MenuItem>
            </Menu>
          </>
        )}
      </div>
      {editing && (
        <div className="agenda-entry-edit" ref={editArea}>
          <AgendaEntryForm
            entry={entry}
            apply={props.apply}
            onDone={() => {
              setEditing(false);
              menuButton.current?.focus();
            }}
          />
        </div>
      )}
    </li>
  );
}

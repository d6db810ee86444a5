import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useEffect, useRef, useState } from "react";
import { itemNumbers } from "../../../shared/agenda";
import type { AgendaEntry, MeetingPermissions, PresentedLiveState } from "../../../shared/meetingTypes";
import type { AgendaOperation } from "../../../shared/schemas/meetings";
import type { RoomFailure } from "../../meetings/useMeetingRoom";
import { useI18n } from "../../i18n/I18nProvider";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { AgendaEntryRow } from "./AgendaEntryRow";
import { roomError } from "./fields";
import { meetingProblemMessage } from "./meetingProblems";

export interface AgendaListProps {
  /** The meeting whose agenda this is: its items' files and comments hang off it. */
  meetingId: string;
  entries: AgendaEntry[];
  live: PresentedLiveState | null;
  clockOffset: number;
  permissions: MeetingPermissions;
  apply(operation: AgendaOperation): Promise<RoomFailure | null>;
  setCurrentItem(itemId: string): Promise<RoomFailure | null>;
  onFailure(failure: RoomFailure | null): void;
}

/**
 * The ordered agenda. Preparers reorder by drag and drop, with the mouse or the keyboard (Space to
 * pick up, arrow keys to move, Space to drop, Escape to cancel), or with the move buttons. The new
 * order shows at once and is sent as one "move"; the server's broadcast then settles it for everyone.
 */
export function AgendaList({ meetingId, entries, live, clockOffset, permissions, apply, setCurrentItem, onFailure }: AgendaListProps) {
  const { t, language } = useI18n();
  const [shown, setShown] = useState(entries);
  const [removing, setRemoving] = useState<AgendaEntry | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => setShown(entries), [entries]);
  // Moving a row re-inserts it in the page, and "Discuss now" removes the pressed button: focus would
  // drop to the page. It goes back to the moved row's menu button, or to the row now discussed.
  const [focusAfter, setFocusAfter] = useState<{ id: string; selector?: string } | null>(null);
  useEffect(() => {
    if (!focusAfter) return;
    const frame = requestAnimationFrame(() => {
      const row = list.current?.querySelector<HTMLElement>(`[data-entry-id="${focusAfter.id}"]`);
      ((focusAfter.selector && row?.querySelector<HTMLElement>(focusAfter.selector)) || row)?.focus();
      setFocusAfter(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusAfter, shown]);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const numbers = itemNumbers(shown);
  const titleOf = (id: unknown) => shown.find((e) => e.id === id)?.title ?? "";
  const position = (id: unknown) => shown.findIndex((e) => e.id === id) + 1;

  const move = async (id: string, toIndex: number) => {
    const from = shown.findIndex((e) => e.id === id);
    if (from < 0 || toIndex < 0 || toIndex >= shown.length || from === toIndex) return;
    setShown(arrayMove(shown, from, toIndex));
    setFocusAfter({ id, selector: ".menu-trigger" });
    setAnnouncement(t("meetings.agenda.movedTo", { title: titleOf(id), position: toIndex + 1, total: shown.length }));
    onFailure(await apply({ op: "move", id, toIndex }));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) void move(String(active.id), shown.findIndex((e) => e.id === over.id));
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("meetings.dnd.pickedUp", { title: titleOf(active.id), position: position(active.id), total: shown.length }),
    onDragOver: ({ active, over }) => (over ? t("meetings.dnd.over", { title: titleOf(active.id), position: position(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t("meetings.dnd.dropped", { title: titleOf(active.id), position: position(over.id) }) : undefined),
    onDragCancel: ({ active }) => t("meetings.dnd.cancelled", { title: titleOf(active.id) }),
  };

  const empty = <p data-testid="agenda-empty">{permissions.editAgenda ? t("meetings.agenda.emptyEditor") : t("meetings.agenda.empty")}</p>;
  const rows = shown.map((entry, index) => (
    <AgendaEntryRow
      key={entry.id}
      meetingId={meetingId}
      entry={entry}
      index={index}
      count={shown.length}
      number={numbers.get(entry.id) ?? null}
      live={live}
      clockOffset={clockOffset}
      permissions={permissions}
      sortable={permissions.editAgenda}
      apply={apply}
      onMove={(toIndex) => void move(entry.id, toIndex)}
      onRemove={() => setRemoving(entry)}
      onMakeCurrent={async () => {
        const failure = await setCurrentItem(entry.id);
        onFailure(failure);
        if (failure) return;
        setFocusAfter({ id: entry.id });
        setAnnouncement(`${t("meetings.live.current")} ${entry.title}`);
      }}
      onFailure={onFailure}
    />
  ));
  const announcer = (
    <p className="visually-hidden" role="status" data-testid="agenda-announcement">
      {announcement}
    </p>
  );
  if (!permissions.editAgenda)
    return (
      <div ref={list}>
        {announcer}
        {shown.length === 0 ? empty : <ol className="agenda-list" data-testid="agenda-list">{rows}</ol>}
      </div>
    );
  return (
    <div ref={list}>
      {announcer}
      {shown.length === 0 && empty}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: t("meetings.dnd.instructions") } }}>
        <SortableContext items={shown.map((e) => e.id)} strategy={verticalListSortingStrategy}>
          {shown.length > 0 && (
            <ol className="agenda-list" data-testid="agenda-list">
              {rows}
            </ol>
          )}
        </SortableContext>
      </DndContext>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t("meetings.confirm.removeTitle", { title: removing?.title ?? "" })}
        consequence={t("meetings.confirm.removeBody")}
        confirmLabel={t("meetings.confirm.removeAction")}
        describeError={(problem) => meetingProblemMessage(problem, t, language)}
        focusAfter={() => document.getElementById("agenda-title")}
        onConfirm={async () => {
          if (!removing) return;
          const failure = await apply({ op: "remove", id: removing.id });
          if (failure) throw roomError(failure);
          onFailure(null);
        }}
      />
    </div>
  );
}

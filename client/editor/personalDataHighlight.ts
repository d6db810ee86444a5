import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { findPersonalData, hasNameData, provideNameData, type PersonalDataFinding } from "../../shared/personalData/core";
import { documentText, positionAt } from "./plainText";

/** A finding and where it is in the document now. */
export interface LocatedFinding extends PersonalDataFinding {
  from: number;
  to: number;
}

interface HighlightState {
  findings: LocatedFinding[];
  acknowledged: ReadonlySet<string>;
  decorations: DecorationSet;
}

type Meta = { recompute: true } | { acknowledged: ReadonlySet<string> };

export const personalDataKey = new PluginKey<HighlightState>("personalDataHighlight");

/** Detection runs when typing pauses, not on every keystroke. */
const PAUSE_MS = 300;

let nameData: Promise<void> | undefined;

/** The person-name gazetteer is a chunk of its own (about 110 KB gzipped), fetched when an editor opens. */
export function loadNameData(): Promise<void> {
  nameData ??= import("../../shared/personalData/nameData").then(({ NAME_DATA }) => provideNameData(NAME_DATA));
  return nameData;
}

function locate(state: EditorState | { doc: EditorState["doc"] }): LocatedFinding[] {
  const map = documentText(state.doc);
  const located: LocatedFinding[] = [];
  for (const finding of findPersonalData(map.text)) {
    const from = positionAt(map, finding.start, "start");
    const to = positionAt(map, finding.end, "end");
    if (from !== null && to !== null && to > from) located.push({ ...finding, from, to });
  }
  return located;
}

function decorate(doc: EditorState["doc"], findings: LocatedFinding[], acknowledged: ReadonlySet<string>): DecorationSet {
  return DecorationSet.create(
    doc,
    findings.map((finding) =>
      Decoration.inline(finding.from, finding.to, {
        class: acknowledged.has(finding.key) ? "personal-data is-acknowledged" : "personal-data",
        "data-personal-data": finding.kind,
      }),
    ),
  );
}

function apply(tr: Transaction, value: HighlightState): HighlightState {
  const meta = tr.getMeta(personalDataKey) as Meta | undefined;
  if (meta && "acknowledged" in meta) {
    return { ...value, acknowledged: meta.acknowledged, decorations: decorate(tr.doc, value.findings, meta.acknowledged) };
  }
  if (meta && "recompute" in meta) {
    const findings = locate(tr);
    return { ...value, findings, decorations: decorate(tr.doc, findings, value.acknowledged) };
  }
  if (!tr.docChanged) return value;
  // Until the next pass, keep the marks where the edit moved them.
  const findings = value.findings
    .map((finding) => ({ ...finding, from: tr.mapping.map(finding.from, 1), to: tr.mapping.map(finding.to, -1) }))
    .filter((finding) => finding.to > finding.from);
  return { ...value, findings, decorations: value.decorations.map(tr.mapping, tr.doc) };
}

/**
 * Highlights likely personal data (names, addresses, e-mail addresses, phone numbers, IBANs, national
 * numbers, dates of birth, passport numbers, licence plates) with the detector the server uses to
 * refuse publication.
 */
export const PersonalDataHighlight = Extension.create({
  name: "personalDataHighlight",

  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: personalDataKey,
        state: {
          init: (_, state) => {
            const findings = locate(state);
            return { findings, acknowledged: new Set(), decorations: decorate(state.doc, findings, new Set()) };
          },
          apply,
        },
        props: { decorations: (state) => personalDataKey.getState(state)?.decorations },
        view: (view) => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          // Names are found once the gazetteer has arrived: look again then.
          if (!hasNameData()) {
            void loadNameData().then(() => {
              if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(personalDataKey, { recompute: true } satisfies Meta));
            });
          }
          return {
            update: (view, previous) => {
              if (view.state.doc.eq(previous.doc)) return;
              clearTimeout(timer);
              timer = setTimeout(() => {
                if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(personalDataKey, { recompute: true } satisfies Meta));
              }, PAUSE_MS);
            },
            destroy: () => clearTimeout(timer),
          };
        },
      }),
    ];
  },
});

export function currentFindings(editor: Editor): LocatedFinding[] {
  return personalDataKey.getState(editor.state)?.findings ?? [];
}

/** Acknowledged findings stay visible, marked more quietly. */
export function setAcknowledgedKeys(editor: Editor, keys: ReadonlySet<string>): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(personalDataKey, { acknowledged: keys } satisfies Meta));
}

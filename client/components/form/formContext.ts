import { createContext, useContext } from "react";
import type { FieldMeta } from "./fieldMessages";

/**
 * The fields a <Form> holds, by name: their ids, labels and own messages. Field components register
 * themselves; the error summary (which sits above them) and the server-error mapping read it.
 */
export class FieldRegistry {
  private readonly fields = new Map<string, FieldMeta>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  set(name: string, meta: FieldMeta): void {
    const old = this.fields.get(name);
    if (old && old.id === meta.id && old.label === meta.label && old.kind === meta.kind && old.messages === meta.messages) return;
    this.fields.set(name, meta);
    this.changed();
  }

  delete(name: string, id: string): void {
    if (this.fields.get(name)?.id !== id) return;
    this.fields.delete(name);
    this.changed();
  }

  get(name: string): FieldMeta | undefined {
    return this.fields.get(name);
  }

  names(): string[] {
    return [...this.fields.keys()];
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): number => this.version;

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

export interface FormMeta {
  /** Prefix of the ids of this form's controls (several forms can share a page). */
  idPrefix: string;
  registry: FieldRegistry;
}

export const FormMetaContext = createContext<FormMeta | null>(null);

export function useFormMeta(): FormMeta {
  const meta = useContext(FormMetaContext);
  if (!meta) throw new Error("Form fields must be inside <Form>");
  return meta;
}

/** "victimNote.text" → "decision-victimNote-text": a valid, readable id. */
export function fieldId(idPrefix: string, name: string): string {
  return `${idPrefix}-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

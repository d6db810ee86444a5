import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { issueErrorMap } from "./issues";

/** A form over a zod schema: what it holds is the schema's input, what it submits its output. */
export type SchemaForm<S extends z.ZodType<unknown, FieldValues>> = UseFormReturn<z.input<S>, unknown, z.output<S>>;

/**
 * react-hook-form over one of the shared schemas (shared/schemas/), validated with the zod
 * resolver, GOV.UK style: checked when sent (not while typing), errors shown in the summary at the
 * top, which takes the focus (so the resolver must not move it to the first field). What is not
 * on the page is not sent: a field that is not shown (the vote counts of a decision by consensus)
 * leaves the values, and the schema sees it as absent.
 */
export function useSchemaForm<S extends z.ZodType<unknown, FieldValues>>(schema: S, defaultValues: DefaultValues<z.input<S>>): SchemaForm<S> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never, { error: issueErrorMap }) as never,
    defaultValues,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
    shouldUnregister: true,
  });
}

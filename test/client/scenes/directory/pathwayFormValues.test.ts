import { expect } from "chai";
import type { PresentedPathway } from "../../../../shared/directoryTypes";
import { pathwayCreateSchema, pathwayUpdateSchema } from "../../../../shared/schemas/pathways";
import { blankPathway, blankStep, pathwayFormSchema, pathwayFormValues } from "../../../../client/scenes/directory/pathwayFormValues";

const ID = "0123456789abcdef01234567";

describe("client/scenes/directory/pathwayFormValues", () => {
  it("puts a stage out of order on the step that comes too early, beside the shared rule on the list", () => {
    const values = { ...blankPathway("national", "NL", "en"), title: "NL", steps: [{ ...blankStep("national", "residence"), title: "a" }, { ...blankStep("national", "detection"), title: "b" }] };
    const result = pathwayFormSchema.safeParse(values);
    expect(result.success).to.equal(false);
    const issues = result.error!.issues.map((issue) => ({ path: issue.path.join("."), rule: (issue as { params?: { rule?: string } }).params?.rule }));
    expect(issues).to.deep.include({ path: "steps.1.stage", rule: "stageOrder" });
    expect(issues.map((issue) => issue.path)).to.include("steps");
  });

  it("accepts steps in the order of the stages, and cross-border steps without a stage", () => {
    const national = { ...blankPathway("national", "NL", "en"), title: "NL", steps: [{ ...blankStep("national", "detection"), title: "a" }, { ...blankStep("national", "detection"), title: "b" }, { ...blankStep("national", "residence"), title: "c" }] };
    expect(pathwayFormSchema.safeParse(national).success).to.equal(true);
    const crossBorder = { ...blankPathway("cross_border", "BE", "fr"), title: "BE → LU", steps: [{ ...blankStep("cross_border"), title: "a" }] };
    expect(crossBorder).to.include({ fromCountry: "BE", toCountry: "LU" });
    expect(pathwayFormSchema.safeParse(crossBorder).success).to.equal(true);
    // What the create form holds is what POST /api/pathways takes.
    expect(pathwayCreateSchema.safeParse(crossBorder).success).to.equal(true);
  });

  it("turns a presented pathway into values the update schema takes, step ids kept", () => {
    const presented: PresentedPathway = {
      id: ID,
      kind: "national",
      country: "LU",
      fromCountry: null,
      toCountry: null,
      situation: null,
      exploitation: [],
      title: "LU",
      summary: "",
      language: "fr",
      steps: [{ id: ID, stage: "detection", title: "Détection", description: "", actors: "", information: "", languages: ["fr"], contactPointIds: [ID], contactPoints: [] }],
      editorIds: [],
      version: 3,
      updatedAt: new Date(0).toISOString(),
      updatedBy: null,
      policies: { update: true, manageEditors: false, readHistory: true },
    };
    const values = pathwayFormValues(presented);
    expect(values.steps[0]).to.deep.include({ id: ID, stage: "detection", contactPointIds: [ID] });
    expect(pathwayUpdateSchema.safeParse({ ...values, version: presented.version }).success).to.equal(true);
  });
});

import { expect } from "chai";
import type { TestResponse } from "./testClient";

/** Asserts an RFC 9457 problem answer with this status and code. */
export function expectProblem(response: TestResponse, status: number, code: string): void {
  expect(response.status, JSON.stringify(response.body)).to.equal(status);
  expect(response.headers.get("content-type")).to.match(/^application\/problem\+json/);
  expect(response.body.code).to.equal(code);
}

/** The field paths a validation problem names, e.g. "body.email". */
export const issuePaths = (response: TestResponse): string[] =>
  (response.body.issues ?? []).map((issue: { path: string }) => issue.path);

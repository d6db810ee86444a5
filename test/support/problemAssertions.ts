import { expect } from "chai";
import type { TestResponse } from "./testClient";

/** The response is an RFC 9457 problem with this status and code. */
export function expectProblem(response: TestResponse, status: number, code: string): void {
  expect(response.status, JSON.stringify(response.body)).to.equal(status);
  expect(response.headers.get("content-type")).to.match(/^application\/problem\+json/);
  expect(response.body.code).to.equal(code);
}

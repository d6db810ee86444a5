import type { Request, Response } from "express";

interface Answer {
  names: string;
  body: string;
  etag: string | undefined;
}

/**
 * A list route's answers, serialised, per reader and query, for as long as what they were made
 * from is the same object: the read model's view (a new one after every write and every reload)
 * and the same names shown. A repeated request then costs its filter loop and a lookup instead of
 * presenting every row, JSON.stringify and hashing the body for the ETag (most of the route's own
 * time in the `/api/documents` profile). Authentication and the policy filter still run on every
 * request (the key includes who asks and their role); only answers of the current view are kept.
 */
export class ListAnswers {
  private version: object | undefined;
  private readonly answers = new Map<string, Answer>();

  constructor(private readonly max = 100) {}

  /**
   * Sends the answer for `key` (status 200, JSON, with Express's ETag and 304 handling), made by
   * `present()` unless the same version and names made it before. `version` null: never cached.
   */
  send(req: Request, res: Response, key: string, version: object | null, names: ReadonlyMap<string, string>, present: () => unknown): void {
    const namesKey = [...names].map(([id, name]) => `${id}:${name}`).join("\n");
    let answer = version && version === this.version ? this.answers.get(key) : undefined;
    if (!answer || answer.names !== namesKey) {
      const body = JSON.stringify(present());
      const etagOf = req.app.get("etag fn") as ((body: string, encoding: string) => string) | undefined;
      answer = { names: namesKey, body, etag: etagOf?.(body, "utf8") };
      if (version) this.keep(key, version, answer);
    }
    res.status(200).type("application/json");
    if (answer.etag) res.setHeader("ETag", answer.etag);
    res.send(answer.body);
  }

  private keep(key: string, version: object, answer: Answer): void {
    if (version !== this.version) {
      this.version = version;
      this.answers.clear();
    }
    if (this.answers.size >= this.max) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, answer);
  }
}

import { expect } from "chai";
import { domainEvents } from "../../../server/domainEvents";
import { MailJob } from "../../../server/models/MailJob";
import { Notification } from "../../../server/models/Notification";
import { NotificationPreference } from "../../../server/models/NotificationPreference";
import type { Role } from "../../../shared/domain";
import type { PresentedNotification } from "../../../shared/notificationTypes";
import { createDocument } from "../../support/documentFactories";
import { buildUser, type BuiltUser } from "../../support/factories";
import { expectProblem } from "../../support/problemAssertions";
import { connectSocket, socketReady, type TestSocket } from "../../support/socketClient";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("notification routes (mail off)", () => {
  let server: TestServer;
  const sockets: TestSocket[] = [];
  const signedIn = async (role: Role, options: Parameters<typeof buildUser>[0] = {}) => {
    const built = await buildUser({ role, ...options });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { client, built };
  };
  /** A mention of `users` on a document, as the comments code reports it. */
  const mention = async (documentId: string, by: BuiltUser, users: BuiltUser[], commentId = String(Math.random()).slice(2)) => {
    domainEvents.emit("mention.added", { userIds: users.map((u) => u.user.id), target: { kind: "document", id: documentId, documentId }, byUserId: by.user.id, commentId });
    await server.notifications.idle();
  };

  before(async () => (server = await startTestServer({ notifications: { schedulerIntervalMs: 0 } })));
  after(async () => {
    sockets.forEach((s) => s.disconnect());
    await server.stop();
  });

  it("requires authentication (401) for every notification route and changes nothing", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    const id = "0123456789abcdef01234567";
    for (const [method, path] of [
      ["GET", "/api/notifications"],
      ["GET", "/api/notifications/unread-count"],
      ["POST", "/api/notifications/read-all"],
      ["GET", "/api/notifications/preferences"],
      ["PATCH", "/api/notifications/preferences"],
      ["GET", `/api/notifications/${id}`],
      ["POST", `/api/notifications/${id}/read`],
      ["GET", "/api/mail/failures"],
      ["POST", `/api/mail/failures/${id}/retry`],
    ] as const) {
      expectProblem(await anonymous.request(method, path, method === "GET" ? undefined : { preferences: [{ type: "mention", inApp: false }] }), 401, "unauthorized");
    }
    expect(await NotificationPreference.countDocuments()).to.equal(0);
  });

  it("rejects a user without permission: nobody reads or marks someone else's notification; only the secretariat sees mail failures", async () => {
    const { client: author, built: authorUser } = await signedIn("member");
    const { built: alice } = await signedIn("member");
    const documentId = await createDocument(author, { classification: "internal" });
    await mention(documentId, authorUser, [alice]);
    const notification = (await Notification.findOne({ recipientId: alice.user.id }).lean())!;
    const { client: mallory } = await signedIn("member");
    expectProblem(await mallory.get(`/api/notifications/${notification._id}`), 403, "forbidden");
    expectProblem(await mallory.post(`/api/notifications/${notification._id}/read`), 403, "forbidden");
    expect((await mallory.get("/api/notifications")).body.notifications).to.have.length(0);
    expect((await Notification.findById(notification._id).lean())!.read).to.equal(false);
    for (const role of ["member", "chair", "observer"] as const) {
      const { client } = await signedIn(role);
      expectProblem(await client.get("/api/mail/failures"), 403, "forbidden");
      expectProblem(await client.patch("/api/settings", { includeExcerpts: true }), 403, "forbidden");
    }
  });

  it("refuses bad input with a clear error", async () => {
    const { client } = await signedIn("member");
    for (const query of ["limit=0", "limit=101", "limit=ten", "order=oldest", "unread=yes", "cursor=%24ne", `cursor=${"a".repeat(201)}`]) {
      expectProblem(await client.get(`/api/notifications?${query}`), 422, "validation_failed");
    }
    expectProblem(await client.get(`/api/notifications?cursor=${Buffer.from("{\"read\":\"no\"}").toString("base64url")}`), 400, "bad_request");
    expectProblem(await client.get("/api/notifications/not-an-id"), 422, "validation_failed");
    expectProblem(await client.post("/api/notifications/not-an-id/read"), 422, "validation_failed");
    expectProblem(await client.post("/api/notifications/read-all", { upTo: "yesterday" }), 422, "validation_failed");
    expectProblem(await client.get("/api/notifications/0123456789abcdef01234567"), 404, "not_found");
    for (const body of [
      {},
      { preferences: [] },
      { preferences: [{ type: "gossip", inApp: false }] },
      { preferences: [{ type: "mention", email: "weekly" }] },
      { preferences: [{ type: "mention" }] },
      { preferences: [{ type: "mention", inApp: "no" }] },
      { preferences: [{ type: "mention", inApp: false }, { type: "mention", email: "never" }] },
      { preferences: [{ type: "mention", inApp: false, $set: { role: "secretariat" } }] },
      { preferences: { type: "mention", inApp: false } },
    ]) {
      expectProblem(await client.patch("/api/notifications/preferences", body), 422, "validation_failed");
    }
    expect(await NotificationPreference.countDocuments()).to.equal(0);
  });

  it("lists unread first, pages with a cursor, counts, marks read, and tells every tab live", async () => {
    const { client: author, built: authorUser } = await signedIn("member");
    const { client, built: reader } = await signedIn("member");
    const documentId = await createDocument(author, { classification: "internal", title: "Joint inspections" });
    const socket = connectSocket(client, server.url);
    sockets.push(socket);
    await socketReady(socket);
    const live = new Promise<{ notification: PresentedNotification; unreadCount: number }>((resolve) => socket.once("notification.created", resolve));
    for (let i = 0; i < 5; i++) await mention(documentId, authorUser, [reader]);
    const first = await live;
    expect(first.unreadCount).to.be.within(1, 5);
    expect(first.notification).to.include({ type: "mention", link: `/documents/${documentId}` });
    expect(first.notification.target).to.include({ kind: "document", id: documentId, title: "Joint inspections", available: true });
    expect(first.notification.actor).to.deep.equal({ id: authorUser.user.id, name: authorUser.user.name });

    expect((await client.get("/api/notifications/unread-count")).body).to.deep.equal({ unreadCount: 5 });
    const all = (await client.get("/api/notifications?order=newest&limit=5")).body.notifications as PresentedNotification[];
    const oldest = all[4]!;
    const readReply = new Promise<{ ids: string[] | "all"; unreadCount: number }>((resolve) => socket.once("notification.read", resolve));
    expect((await client.post(`/api/notifications/${oldest.id}/read`)).body).to.deep.equal({ unreadCount: 4 });
    expect(await readReply).to.deep.equal({ ids: [oldest.id], unreadCount: 4 });
    expect((await client.post(`/api/notifications/${oldest.id}/read`)).body).to.deep.equal({ unreadCount: 4 });

    const page1 = (await client.get("/api/notifications?limit=2")).body;
    expect(page1.notifications.map((n: PresentedNotification) => n.readAt === null)).to.deep.equal([true, true]);
    const page2 = (await client.get(`/api/notifications?limit=2&cursor=${page1.nextCursor}`)).body;
    const page3 = (await client.get(`/api/notifications?limit=2&cursor=${page2.nextCursor}`)).body;
    const ids = [...page1.notifications, ...page2.notifications, ...page3.notifications].map((n: PresentedNotification) => n.id);
    expect(new Set(ids).size).to.equal(5);
    expect(ids.at(-1)).to.equal(oldest.id); // the read one comes last
    expect(page3.nextCursor).to.equal(null);
    expect((await client.get("/api/notifications?unread=true&limit=50")).body.notifications).to.have.length(4);

    expect((await client.post("/api/notifications/read-all")).body).to.deep.equal({ unreadCount: 0 });
    expect((await client.get(`/api/notifications/${oldest.id}`)).body.readAt).to.be.a("string");
  });

  it("never tells someone who may not read the target: a mention does not grant access, and what became unreadable is shown without its title", async () => {
    const { client: author, built: authorUser } = await signedIn("member");
    const { client: insider, built: insiderUser } = await signedIn("member");
    const { client: outsider, built: outsiderUser } = await signedIn("member");
    const documentId = await createDocument(author, { classification: "restricted", title: "Victim case 2026-04", memberIds: [insiderUser.user.id] });
    await server.notifications.idle();
    await mention(documentId, authorUser, [insiderUser, outsiderUser]);
    expect(await Notification.countDocuments({ recipientId: outsiderUser.user.id })).to.equal(0);
    expect((await outsider.get("/api/notifications/unread-count")).body.unreadCount).to.equal(0);
    const mine = (await insider.get("/api/notifications")).body.notifications as PresentedNotification[];
    expect(mine.map((n) => n.type).sort()).to.deep.equal(["document_added", "mention"]);
    expect(mine.find((n) => n.type === "mention")!.target.title).to.equal("Victim case 2026-04");

    // Taken off the document: the notifications stay, but say nothing of it any more.
    expect((await author.patch(`/api/documents/${documentId}`, { memberIds: [] })).status).to.equal(200);
    const after = (await insider.get("/api/notifications")).body.notifications as PresentedNotification[];
    for (const n of after) {
      expect(n.target).to.include({ title: null, available: false });
      expect(n.link).to.equal(null);
    }
    expect(JSON.stringify(await Notification.find({ recipientId: insiderUser.user.id }).lean())).not.to.include("Victim case");
  });

  it("keeps preferences per type with defaults; in-app off hides and does not count; e-mail choices are kept while mail is off", async () => {
    const { client: author, built: authorUser } = await signedIn("member");
    const { client, built } = await signedIn("member");
    const defaults = (await client.get("/api/notifications/preferences")).body;
    expect(defaults.mailEnabled).to.equal(false);
    expect(defaults.digestTime).to.equal("08:00");
    expect(defaults.preferences.find((p: { type: string }) => p.type === "mention")).to.deep.equal({ type: "mention", inApp: true, email: "immediately" });
    expect(defaults.preferences).to.have.length(18);

    const changed = await client.patch("/api/notifications/preferences", { preferences: [{ type: "mention", inApp: false, email: "daily_digest" }, { type: "comment_reply", email: "never" }] });
    expect(changed.status).to.equal(200);
    expect(changed.body.preferences.find((p: { type: string }) => p.type === "mention")).to.deep.equal({ type: "mention", inApp: false, email: "daily_digest" });
    expect(changed.body.preferences.find((p: { type: string }) => p.type === "comment_reply")).to.deep.equal({ type: "comment_reply", inApp: true, email: "never" });

    const documentId = await createDocument(author, { classification: "internal" });
    await mention(documentId, authorUser, [built]);
    expect((await client.get("/api/notifications/unread-count")).body.unreadCount).to.equal(0);
    expect((await client.get("/api/notifications")).body.notifications).to.have.length(0);
    // Mail is off: nothing is queued, whatever was chosen.
    expect((await Notification.findOne({ recipientId: built.user.id }).lean())!.email).to.equal("never");
    expect(await MailJob.countDocuments()).to.equal(0);
  });

  it("works fully with mail off: the administration says so, invitations fall back to the one-time link", async () => {
    const { client: admin } = await signedIn("secretariat");
    const settings = await admin.get("/api/settings");
    expect(settings.body.mail).to.deep.equal({ enabled: false, from: null, queued: 0, failed: 0, lastFailureAt: null });
    const invited = await admin.post("/api/invitations", { email: "nadia.ngo@example.test", role: "member", sendEmail: true });
    expect(invited.status).to.equal(201);
    expect(invited.body.link.emailQueued).to.equal(false);
    expect(invited.body.link.link).to.match(/\/invite\/[A-Za-z0-9_-]{43}$/);
    expectProblem(await admin.post("/api/mail/failures/0123456789abcdef01234567/retry"), 409, "mail_off");
    expect(await MailJob.countDocuments()).to.equal(0);
  });
});

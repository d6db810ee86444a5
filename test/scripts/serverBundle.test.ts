import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { buildServerBundle, projectRoot, SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } from "../../scripts/serverBundle";
import { killGroup, spawnServerProcess, waitUntilReady, type ServerProcess } from "../support/serverProcess";
import { TestSmtpServer } from "../support/smtpServer";

/** Runs a compiled script under plain node (no tsx), resolving with its exit code and output. */
function runNode(script: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * `npm start` runs the server compiled into dist/server under plain node. Its lazily loaded
 * modules (PDF, DOCX, mail, QR codes, file types, PDF text) are chunks loaded at
 * their first use, through node's own module loader rather than tsx's as in the other tests.
 */
describe("the built server (scripts/serverBundle.ts)", function () {
  this.timeout(120_000);
  // Two levels below the project, like dist/server, so paths resolved from import.meta.url agree.
  const outdir = path.join(projectRoot, "dist", "bundle-test");
  after(() => rmSync(outdir, { recursive: true, force: true }));

  it("loads each lazily imported module at its first use and it works", async () => {
    await buildServerBundle({ entryPoints: [path.join(projectRoot, "test", "scripts", "serverBundleProbe.ts")], outdir });
    const smtp = await TestSmtpServer.start();
    try {
      const run = await runNode(path.join(outdir, "serverBundleProbe.js"), { SMTP_URL: smtp.url });
      expect(run.code, run.stderr).to.equal(0);
      const result = JSON.parse(run.stdout) as Record<string, string>;
      expect(result.pdfMediaType).to.equal("application/pdf");
      expect(result.exportedPdfMediaType).to.equal("application/pdf");
      expect(result.pdfText).to.include("Shelter places in Liège");
      expect(result.docxMediaType).to.equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      expect(result.qrCode).to.match(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
      const [mail] = await smtp.waitForMessages(1);
      expect(mail!.parsed.subject).to.equal("Probe");
      expect(mail!.envelope.to).to.deep.equal(["probe@example.org"]);
    } finally {
      await smtp.stop();
    }
  });

  describe("started as npm start starts it", () => {
    let dataDir: string;
    let server: ServerProcess | undefined;
    beforeEach(() => (dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-bundle-"))));
    afterEach(() => {
      if (server) killGroup(server);
      rmSync(dataDir, { recursive: true, force: true });
    });

    it("starts node with the server's flags and environment, serves, prints the first-start link, and stops cleanly on SIGTERM", async () => {
      await buildServerBundle({ outdir });
      server = await spawnServerProcess(dataDir, { MALLOC_ARENA_MAX: "" }, path.join(outdir, "index.js"));
      await waitUntilReady(server);
      // The file's first line (env -S) became node itself, in the same process, with the environment set.
      const environment = readFileSync(`/proc/${server.child.pid}/environ`, "utf8").split("\0");
      for (const [name, value] of Object.entries(SERVER_ENVIRONMENT)) expect(environment).to.include(`${name}=${value}`);
      expect(readFileSync(`/proc/${server.child.pid}/comm`, "utf8").trim()).to.equal("node");
      const commandLine = readFileSync(`/proc/${server.child.pid}/cmdline`, "utf8").split("\0");
      expect(commandLine).to.include.members([...SERVER_NODE_FLAGS]);
      expect(SERVER_NODE_FLAGS).to.include.members(["--heap-growing-percent=50", "--max-semi-space-size=24"]);
      while (!server.output().includes("/setup/")) await new Promise((r) => setTimeout(r, 50));
      expect(server.output()).to.match(new RegExp(`${server.url}/setup/[A-Za-z0-9_-]{43}\\n`));
      expect((await fetch(`${server.url}/api/account`)).status, "a signed-in route refuses without a session").to.equal(401);
      server.child.kill("SIGTERM");
      expect(await server.exited, server.output()).to.deep.equal({ code: 0, signal: null });
    });
  });
});

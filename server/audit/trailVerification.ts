import type { ArchiveVerification } from "../../shared/meetingTypes";
import { verifyArchiveChain } from "../archive/archiveChain";
import { verifyAuditChain, type ChainVerification } from "./auditLog";
import { runningAnchor } from "./auditAnchor";
import { readCheckpoints, type CheckpointFile } from "./checkpoints";

export interface TrailVerification {
  ok: boolean;
  audit: ChainVerification;
  archive: ArchiveVerification;
  /** What is wrong with the checkpoints themselves, if anything. */
  anchorProblem?: string;
}

/** A checkpoint file that cannot be trusted, or is missing while there is something to protect. */
function anchorProblem(file: string, checkpoints: CheckpointFile, entries: number): string | undefined {
  if (checkpoints.invalidLines.length > 0) {
    return `line ${checkpoints.invalidLines[0]} of ${file} is not a validly signed checkpoint (forged, damaged, or another audit key)`;
  }
  if (entries > 0 && !checkpoints.audit) return `there is no signed checkpoint in ${file}: deleting the newest entries would not show`;
  return undefined;
}

/**
 * Verifies the audit log and the decision archive against each other's rules and against the
 * signed checkpoints in `file`: every entry's keyed hash and link, and that neither chain is
 * shorter than, or ends differently from, what a checkpoint recorded.
 */
export async function verifyTrail(file: string): Promise<TrailVerification> {
  const checkpoints = await readCheckpoints(file);
  const [audit, archive] = [await verifyAuditChain(checkpoints.audit), await verifyArchiveChain(checkpoints.archive)];
  const problem = anchorProblem(file, checkpoints, audit.checked + archive.checked);
  return { ok: audit.ok && archive.ok && !problem, audit, archive, ...(problem ? { anchorProblem: problem } : {}) };
}

/** For the in-app "verify" pages: the running server's checkpoint file. */
async function verifyHere(): Promise<TrailVerification> {
  const anchor = runningAnchor();
  if (!anchor) throw new Error("no audit anchor is running");
  return verifyTrail(anchor.file);
}

export async function verifyAuditLogHere(): Promise<ChainVerification & { anchorProblem?: string }> {
  const result = await verifyHere();
  return result.anchorProblem ? { ...result.audit, ok: false, anchorProblem: result.anchorProblem } : result.audit;
}

export async function verifyArchiveHere(): Promise<ArchiveVerification> {
  const result = await verifyHere();
  return result.anchorProblem ? { ...result.archive, ok: false, anchorProblem: result.anchorProblem } : result.archive;
}

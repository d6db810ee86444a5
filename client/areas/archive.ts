/** The decision archive. */
export { ArchiveRecordScene } from "../scenes/archive/ArchiveRecordScene";
export { ArchiveScene } from "../scenes/archive/ArchiveScene";

/** The library of documents; the editor itself (DocumentScene, DocumentVersionScene) is a chunk of its own. */
export { DocumentComparisonScene } from "../scenes/documents/DocumentComparisonScene";
export { DocumentHistoryScene } from "../scenes/documents/DocumentHistoryScene";
export { DocumentSettingsScene } from "../scenes/documents/DocumentSettingsScene";
export { DocumentsScene } from "../scenes/documents/DocumentsScene";
export { NewDocumentScene } from "../scenes/documents/NewDocumentScene";

import { lazy, Suspense } from "react";
import { Loading } from "../../components/Loading";

/*
 * The editor (Tiptap, ProseMirror, Yjs) is the largest part of the client: it loads only when a
 * document or a version is opened, not with the rest of the application.
 */
const DocumentScene = lazy(() => import("./DocumentScene").then((module) => ({ default: module.DocumentScene })));
const DocumentVersionScene = lazy(() => import("./DocumentVersionScene").then((module) => ({ default: module.DocumentVersionScene })));

export function LazyDocumentScene() {
  return (
    <Suspense fallback={<Loading />}>
      <DocumentScene />
    </Suspense>
  );
}

export function LazyDocumentVersionScene() {
  return (
    <Suspense fallback={<Loading />}>
      <DocumentVersionScene />
    </Suspense>
  );
}

import { lazy, type ComponentType } from "react";

/**
 * A scene from an area's chunk (client/areas/): the area loads once, when the first of its pages
 * is opened, and every page of it comes with it. The router's navigations are transitions, so the
 * page on screen stays until the next one is ready; the first load shows the <Suspense> fallback
 * in the layout.
 */
export function lazyScene<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K): ComponentType {
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType })));
}

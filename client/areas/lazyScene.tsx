import { lazy, useState, type ComponentType } from "react";

/** Area modules once they have arrived, by their loader. */
const arrived = new Map<() => Promise<unknown>, Record<string, unknown>>();

/**
 * A scene from an area's chunk (client/areas/): the area loads once, when the first of its pages
 * is opened, and every page of it comes with it. Until then the scene suspends (the router's
 * navigations are transitions, so the page on screen stays; a first load shows the layout's
 * <Suspense> fallback). Once the area is here its scenes render at once: a nested page (a
 * meeting's agenda inside the meeting's frame) must not suspend again and blank the frame around it.
 */
export function lazyScene<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K): ComponentType {
  const Lazy = lazy(() =>
    load().then((module) => {
      arrived.set(load, module);
      return { default: module[name] as ComponentType };
    }),
  );
  return function Scene() {
    // Chosen once per mount: switching between the two would remount the scene and lose its state.
    const [Ready] = useState(() => arrived.get(load)?.[name] as ComponentType | undefined);
    return Ready ? <Ready /> : <Lazy />;
  };
}

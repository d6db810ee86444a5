import type { ReactNode } from "react";

/**
 * Stands in for `react-remove-scroll` (vite.config.ts aliases it here), which Radix's dialogs and
 * menus use to stop the page scrolling behind them. The original injects a <style> element at run
 * time; our Content-Security-Policy (style-src 'self', no inline styles) refuses it and logs an
 * error each time a dialog opens (radix-ui/primitives#3063, react-remove-scroll#21, open since
 * 2020). Radix renders it `as={Slot}` around its content, so rendering the child as it is keeps
 * everything else the same. The page behind an open dialog stops scrolling by a rule in our own
 * stylesheet instead (`body:has(.dialog-overlay)` in styles/ui.css); outside clicks are already
 * blocked by Radix (DismissableLayer) and focus is kept in the dialog (FocusScope).
 */
export function RemoveScroll({ children }: { children?: ReactNode; [prop: string]: unknown }) {
  return <>{children}</>;
}

RemoveScroll.classNames = { fullWidth: "", zeroRight: "" };

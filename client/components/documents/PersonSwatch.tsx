import { useLayoutEffect, useRef } from "react";

/**
 * A person's initials on their colour. The colour is set through the CSSOM: the page's
 * Content-Security-Policy refuses inline style attributes.
 */
export function PersonSwatch({ colour, name }: { colour: string; name: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (ref.current) ref.current.style.backgroundColor = colour;
  }, [colour]);
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
  return (
    <span className="person-swatch" ref={ref} aria-hidden="true">
      {initials}
    </span>
  );
}

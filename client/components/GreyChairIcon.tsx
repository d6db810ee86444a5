/** The grey Benelux chair: the product's motif. Decorative unless given a title. */
export function GreyChairIcon({ title, size = 28 }: { title?: string; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" role={title ? "img" : undefined} aria-hidden={title ? undefined : true} focusable="false">
      {title ? <title>{title}</title> : null}
      <path d="M10 4h12v13H10zM8 17h16v3H8zM9 20h2.5v9H9zm11.5 0H23v9h-2.5z" fill="currentColor" />
    </svg>
  );
}

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Ellipsis } from "lucide-react";
import { forwardRef, type ReactNode } from "react";

export interface MenuProps {
  /** The trigger's words ("More actions"), beside the icon; only for screen readers when `iconOnly`. */
  text: string;
  /** What the actions are about, for screen readers: "item 3, Budget" (the name then reads "More actions: item 3, Budget"). */
  context?: string;
  iconOnly?: boolean;
  children: ReactNode;
}

/**
 * A menu of secondary actions behind one button (Radix dropdown menu): arrow keys move, Enter
 * chooses, Escape closes and focus goes back to the button; typing a letter jumps to an item.
 * Not modal, so the page stays readable and nothing needs a scroll lock. Put the one main action
 * beside it as a button; put links in <MenuLink>, actions in <MenuItem>.
 */
export const Menu = forwardRef<HTMLButtonElement, MenuProps>(function Menu({ text, context, iconOnly = false, children }, ref) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button ref={ref} type="button" className="button-secondary button-small menu-trigger">
          <Ellipsis aria-hidden="true" focusable="false" className="icon" />
          <span className={iconOnly ? "visually-hidden" : undefined}>{text}</span>
          {context && <span className="visually-hidden">: {context}</span>}
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4} collisionPadding={8} loop>
          {children}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
});

export function MenuItem({ children, onSelect, disabled, destructive, icon }: { children: ReactNode; onSelect(): void; disabled?: boolean; destructive?: boolean; icon?: ReactNode }) {
  return (
    <DropdownMenu.Item className={`menu-item${destructive ? " is-destructive" : ""}`} disabled={disabled} onSelect={onSelect}>
      {icon}
      <span>{children}</span>
    </DropdownMenu.Item>
  );
}

export function MenuLink({ children, href, download }: { children: ReactNode; href: string; download?: boolean }) {
  return (
    <DropdownMenu.Item asChild className="menu-item">
      <a href={href} download={download}>
        {children}
      </a>
    </DropdownMenu.Item>
  );
}

export const MenuSeparator = () => <DropdownMenu.Separator className="menu-separator" />;

import { useState, type ComponentType } from 'react';

/**
 * A dialog whose contents are built the first time it opens, not with the page under it. Ant
 * Design's `forceRender` (which the dialogs use so their form exists before its fields are set)
 * otherwise builds every closed dialog's form, date pickers and selects as the page mounts: on the
 * groups page at 10,000 people, the click to the rows painted took 446 ms with the closed new-group
 * form and 244 ms without it (medians of five, on a slow machine). Once opened, the
 * dialog stays in the page, so it closes with its animation and opens again as before. A dialog
 * opened by something else than an `open` flag (the plan dialog's target) says so with `isOpen`.
 */
export function whenOpened<P extends { open: boolean }>(Dialog: ComponentType<P>): ComponentType<P>;
export function whenOpened<P extends object>(Dialog: ComponentType<P>, isOpen: (props: P) => boolean): ComponentType<P>;
export function whenOpened<P extends object>(
  Dialog: ComponentType<P>,
  isOpen: (props: P) => boolean = (props) => (props as P & { open: boolean }).open,
): ComponentType<P> {
  function OpenedOnce(props: P) {
    const open = isOpen(props);
    const [opened, setOpened] = useState(open);
    // Set while rendering: the dialog mounts in this same render, already open.
    if (open && !opened) setOpened(true);
    return opened || open ? <Dialog {...props} /> : null;
  }
  OpenedOnce.displayName = `WhenOpened(${Dialog.displayName ?? Dialog.name})`;
  return OpenedOnce;
}

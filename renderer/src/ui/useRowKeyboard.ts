import type { HTMLAttributes, KeyboardEvent } from 'react';

/**
 * Table rows that behave like links for the keyboard: focusable, Enter or Space opens, and the
 * arrow keys move between rows — to the row drawn next to this one, or, in a list that draws only
 * the rows in view, through `move` (WindowedTable), which knows the rows not drawn yet.
 */
export function rowKeyboardProps<T>(
  record: T,
  open: (record: T) => void,
  move?: (step: 1 | -1) => void,
): HTMLAttributes<HTMLElement> {
  return {
    tabIndex: 0,
    role: 'link',
    onClick: (event) => {
      // A click on a button or link inside the row does its own thing.
      if ((event.target as HTMLElement).closest('button, a, input, .ant-dropdown-trigger')) return;
      open(record);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open(record);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (move) return move(event.key === 'ArrowDown' ? 1 : -1);
        const sibling =
          event.key === 'ArrowDown'
            ? event.currentTarget.nextElementSibling
            : event.currentTarget.previousElementSibling;
        if (sibling instanceof HTMLElement && sibling.tabIndex >= 0) sibling.focus();
      }
    },
    style: { cursor: 'pointer' },
  };
}

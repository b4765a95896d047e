/**
 * Whether the "New group" form is open. A store rather than page state so other places (the
 * command palette's "New group" action) can open it: `go({ page: 'groups' }); openNewGroupForm();`.
 */
import { create } from 'zustand';

export const useNewGroupForm = create<{ open: boolean }>()(() => ({ open: false }));

export function openNewGroupForm(): void {
  useNewGroupForm.setState({ open: true });
}

export function closeNewGroupForm(): void {
  useNewGroupForm.setState({ open: false });
}

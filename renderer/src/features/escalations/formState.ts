/** Whether the incident form is open, and on which incident (null: a new one). */
import { create } from 'zustand';
import type { IncidentDetail } from '../../../../shared/contract';

interface FormState {
  open: boolean;
  editing: IncidentDetail | null;
  /** A group to start a new incident with (from a group's page). */
  groupId: string | null;
  openNew(groupId?: string): void;
  openEdit(detail: IncidentDetail): void;
  close(): void;
}

export const useIncidentForm = create<FormState>()((set) => ({
  open: false,
  editing: null,
  groupId: null,
  openNew: (groupId) => set({ open: true, editing: null, groupId: groupId ?? null }),
  openEdit: (detail) => set({ open: true, editing: detail, groupId: null }),
  close: () => set({ open: false, editing: null, groupId: null }),
}));

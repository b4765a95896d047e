import { Suspense, lazy, useEffect, useState, type ComponentProps } from 'react';
import type { PlanDialog as PlanDialogType } from './PlanDialog';

type Props = ComponentProps<typeof PlanDialogType>;

const load = () => import('./PlanDialog').then((m) => ({ default: m.PlanDialog }));
const PlanDialogLazy = lazy(load);

/**
 * The plan dialog for a page that only may plan (the dashboard's expired groups and lapsed
 * exceptions): its code (form, date picker, person select: 15 chunks, about 180 kB) is read once
 * the page has settled, not in the queue of the page's own first requests, and the dialog is built
 * the first time a plan is asked for.
 */
export function PlanDialogOnDemand(props: Props) {
  const [wanted, setWanted] = useState(props.target !== null);
  // Set while rendering: the dialog mounts in this same render, already open.
  if (props.target !== null && !wanted) setWanted(true);
  useEffect(() => {
    const idle = requestIdleCallback(() => void load(), { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, []);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <PlanDialogLazy {...props} />
    </Suspense>
  );
}

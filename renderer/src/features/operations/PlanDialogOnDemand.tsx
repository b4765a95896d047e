import { Suspense, lazy, useEffect, type ComponentProps } from 'react';
import type { PlanDialog as PlanDialogType } from './PlanDialog';
import { whenOpened } from '../../ui/whenOpened';

type Props = ComponentProps<typeof PlanDialogType>;

const load = () => import('./PlanDialog').then((m) => ({ default: m.PlanDialog }));
const PlanDialogLazy = lazy(load);

function PlanDialogRead(props: Props) {
  return (
    <Suspense fallback={null}>
      <PlanDialogLazy {...props} />
    </Suspense>
  );
}

/** Built the first time a plan is asked for (a target given), kept from then on. */
const PlanDialogOpened = whenOpened(PlanDialogRead, (props) => props.target !== null);

/**
 * The plan dialog for a page that only may plan (the dashboard's expired groups and lapsed
 * exceptions): its code (form, date picker, person select: 15 chunks, about 180 kB) is read once
 * the page has settled, not in the queue of the page's own first requests, and the dialog is built
 * the first time a plan is asked for.
 */
export function PlanDialogOnDemand(props: Props) {
  useEffect(() => {
    const idle = requestIdleCallback(() => void load(), { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, []);
  return <PlanDialogOpened {...props} />;
}

/**
 * The palette's one-shot intents: "New person" waits for the People page, and is dropped when the
 * admin goes elsewhere first, so the form never opens by surprise later.
 */
import { beforeAll, describe, expect, it } from 'vitest';

// The nav store pushes browser history; a minimal window is enough outside the browser.
beforeAll(() => {
  (globalThis as { window?: unknown }).window = { history: { pushState() {}, back() {} }, scrollTo() {} };
});

describe('intents', () => {
  it('wait on the page they were sent to, and are dropped on the way elsewhere', async () => {
    const { useNav } = await import('../../renderer/src/platform/nav');
    const { goWith, pendingIntent } = await import('../../renderer/src/platform/intent');
    goWith({ page: 'people' }, { kind: 'person.new' });
    expect(useNav.getState().route).toEqual({ page: 'people' });
    expect(pendingIntent()).toEqual({ kind: 'person.new' });

    useNav.getState().go({ page: 'groups' });
    expect(pendingIntent()).toBeNull();

    goWith({ page: 'reports' }, { kind: 'report.group', groupId: 'g-1' });
    expect(pendingIntent()).toEqual({ kind: 'report.group', groupId: 'g-1' });
    // Going to the same page again (already there) keeps it for the page to take.
    useNav.getState().go({ page: 'reports' });
    expect(pendingIntent()).toEqual({ kind: 'report.group', groupId: 'g-1' });
  });
});

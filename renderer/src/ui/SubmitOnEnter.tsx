/**
 * A form with more than one field submits on Enter only when it has a submit button; dialogs keep
 * theirs in the footer, outside the form, so this invisible one restores Enter-to-submit.
 */
export function SubmitOnEnter() {
  return (
    <button
      type="submit"
      tabIndex={-1}
      aria-hidden
      style={{ position: 'absolute', left: -9999, width: 1, height: 1, overflow: 'hidden' }}
    />
  );
}

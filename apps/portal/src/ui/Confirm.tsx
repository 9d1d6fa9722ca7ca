import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The one way the portal asks before what cannot be undone (close a programme, record a decision,
 * pass on a project, withdraw an application, change or remove a webhook): the question in the
 * page, under the button that asked it, and a button that names what it confirms. Focus moves to
 * that button, so a keyboard or screen-reader user lands on the question; when the confirmation
 * goes (cancelled, or done), focus goes back to the button that asked, if it is still there. The
 * confirming button is never `disabled` while sending: that would drop the focus. Not
 * `window.confirm`: it cannot be styled, and it blocks the page.
 */
export function Confirm({
  question,
  confirm,
  onConfirm,
  onCancel,
  pending = false,
}: {
  question: string;
  /** The confirming button's words: what it does (« Confirmer la clôture »), not « OK ». */
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
}) {
  const { t } = useTranslation();
  const questionId = useId();
  const opener = useRef<Element | null>(null);
  const group = useRef<HTMLDivElement>(null);
  const takeFocus = (button: HTMLButtonElement | null) => {
    if (!button || opener.current) return;
    opener.current = document.activeElement;
    button.focus();
  };
  useLayoutEffect(() => {
    const inside = group.current;
    return () => {
      const lost = document.activeElement === document.body || inside?.contains(document.activeElement);
      if (lost && opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, []);
  return (
    <div className="inline-form" role="group" aria-labelledby={questionId} ref={group}>
      <p id={questionId}>{question}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          ref={takeFocus}
          aria-disabled={pending}
          onClick={() => pending || onConfirm()}
        >
          {confirm}
        </button>
        <button type="button" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </div>
  );
}

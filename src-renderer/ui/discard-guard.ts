import { useCallback } from 'react';
import { App } from 'antd';

export const DISCARD_QUESTION = 'Porzucić wprowadzone dane?';

/**
 * Closing a dialog with entered data (Escape, ×, Anuluj) asks first; a dialog nobody
 * typed into closes at once. Pair with `mask={{ closable: false }}` on the Modal.
 */
export function useDiscardGuard(dirty: boolean, close: () => void): () => void {
  const { modal } = App.useApp();
  return useCallback(() => {
    if (!dirty) {
      close();
      return;
    }
    modal.confirm({
      title: DISCARD_QUESTION,
      content: 'Wprowadzone dane nie zostały zapisane.',
      okText: 'Porzuć dane',
      okButtonProps: { danger: true },
      cancelText: 'Wróć do formularza',
      onOk: close,
    });
  }, [dirty, close, modal]);
}

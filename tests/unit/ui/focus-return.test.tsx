import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Button, Modal } from 'antd';
import { afterEach, describe, expect, it } from 'vitest';
import { installFocusReturn } from '../../../src-renderer/ui/focus-return';

let root: Root | null = null;
let stop: (() => void) | null = null;
afterEach(() => {
  act(() => root?.unmount());
  stop?.();
  root = null;
  stop = null;
  document.body.innerHTML = '';
});

/** A button opening a dialog shown while a state says so, as the app's dialogs are. */
function Page({ navigateAway = false }: { navigateAway?: boolean }) {
  const [open, setOpen] = useState(false);
  const [away, setAway] = useState(false);
  if (away) return <p>Inny ekran</p>;
  return (
    <>
      <Button onClick={() => setOpen(true)}>Otwórz</Button>
      <Button>Inny przycisk</Button>
      {open && (
        <Modal
          open
          title="Okno"
          okText="Zapisz"
          cancelText="Anuluj"
          onCancel={() => setOpen(false)}
          onOk={() => (navigateAway ? setAway(true) : setOpen(false))}
        >
          <input aria-label="Pole" />
        </Modal>
      )}
    </>
  );
}

async function render(ui: React.ReactNode) {
  stop = installFocusReturn(document.body);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(ui));
}

const button = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;

/** Lets the MutationObserver answer. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('installFocusReturn', () => {
  it('gives the focus back to the opener when an unmounted dialog leaves it on <body>', async () => {
    await render(<Page />);
    const opener = button('Otwórz');
    opener.focus();
    await act(async () => opener.click());
    const field = document.querySelector<HTMLInputElement>('input[aria-label="Pole"]')!;
    field.focus();
    expect(document.activeElement).toBe(field);

    await act(async () => button('Anuluj').click());
    await settle();
    expect(document.querySelector('.ant-modal')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves the focus alone when the opener has gone with the screen', async () => {
    await render(<Page navigateAway />);
    const opener = button('Otwórz');
    opener.focus();
    await act(async () => opener.click());
    document.querySelector<HTMLInputElement>('input[aria-label="Pole"]')!.focus();

    await act(async () => button('Zapisz').click());
    await settle();
    expect(opener.isConnected).toBe(false);
    expect(document.activeElement).toBe(document.body);
  });

  it('does not move a focus that is somewhere else', async () => {
    await render(<Page />);
    const opener = button('Otwórz');
    opener.focus();
    await act(async () => opener.click());
    const other = button('Inny przycisk');
    await act(async () => {
      button('Anuluj').click();
      other.focus();
    });
    await settle();
    expect(document.activeElement).toBe(other);
  });
});

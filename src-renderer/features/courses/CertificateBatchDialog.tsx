import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Flex, Modal, Progress, Typography } from 'antd';
import { PdfActions } from '../../ui/PdfActions';
import { plural } from '../../../src-main/domain/plural';
import { errorMessage } from '../../api/client';
import type { PrintRequest } from '../../documents/registry';
import { isAbortError, renderPdfBlob, type RenderProgress } from '../../documents/render-browser';
import './courses.css';

type State =
  | { step: 'loading' }
  | { step: 'rendering'; progress: RenderProgress }
  | { step: 'ready'; url: string }
  | { step: 'failed'; error: string };

/**
 * A batch of certificates made into ONE PDF off the UI thread, with its progress ("12 z 30")
 * and "Anuluj", which stops the rendering at once (the certificates stay issued: only their
 * printout is not made — it can be made again from the list). Then the preview, to print or
 * save.
 */
export function CertificateBatchDialog(props: {
  title: string;
  fileName: string;
  /** Reads what to print (the issued certificates' frozen data). */
  load: () => Promise<PrintRequest>;
  onClose: () => void;
}) {
  const { title, fileName, onClose } = props;
  const [state, setState] = useState<State>({ step: 'loading' });
  const [load] = useState(() => props.load);
  const controller = useRef<AbortController | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    let url: string | null = null;
    (async () => {
      try {
        const request = await load();
        if (abort.signal.aborted) return;
        const total = 'items' in request ? request.items.length : 1;
        setState({ step: 'rendering', progress: { done: 0, total } });
        const blob = await renderPdfBlob(
          request,
          (progress) => !abort.signal.aborted && setState({ step: 'rendering', progress }),
          abort.signal,
        );
        if (abort.signal.aborted) return;
        url = URL.createObjectURL(blob);
        setState({ step: 'ready', url });
      } catch (e) {
        if (!abort.signal.aborted && !isAbortError(e))
          setState({ step: 'failed', error: errorMessage(e) });
      }
    })();
    return () => {
      abort.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [load]);

  const working = state.step === 'loading' || state.step === 'rendering';
  const cancel = () => {
    controller.current?.abort();
    onClose();
  };
  const ready = state.step === 'ready' ? state.url : null;
  const progress = state.step === 'rendering' ? state.progress : null;
  const percent =
    progress && progress.total ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <Modal
      open
      title={title}
      width={ready ? 'min(1200px, 96vw)' : 560}
      centered
      onCancel={working ? cancel : onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        working ? (
          <Button onClick={cancel}>Anuluj</Button>
        ) : (
          <PdfActions url={ready} frame={frame} fileName={fileName} onClose={onClose} />
        )
      }
    >
      {working && (
        <Flex vertical gap={8} className="course-batch-progress">
          <Typography.Text id="batch-progress-label">
            {progress
              ? `Przygotowywanie dokumentu: ${progress.done} z ${progress.total} ${plural(progress.total, 'zaświadczenia', 'zaświadczeń', 'zaświadczeń')}`
              : 'Wczytywanie zaświadczeń…'}
          </Typography.Text>
          <Progress
            percent={percent}
            status="active"
            aria-labelledby="batch-progress-label"
            aria-valuenow={percent}
          />
          <Typography.Text type="secondary">
            „Anuluj” przerywa tylko przygotowanie wydruku — wydane zaświadczenia zostają w rejestrze
            i można je wydrukować później.
          </Typography.Text>
        </Flex>
      )}
      {state.step === 'failed' && (
        <Alert
          type="error"
          showIcon
          title="Nie udało się przygotować dokumentu"
          description={state.error}
        />
      )}
      {ready && (
        <div className="pdf-frame">
          <iframe ref={frame} src={ready} title={`Podgląd: ${title}`} />
        </div>
      )}
    </Modal>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Flex, Modal, Spin, Switch } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ContractDocumentData, IssuedDocument } from '../../../src-main/contract/documents';
import { buildAmendment } from '../../documents/amendment';
import { buildEvaluationSheet } from '../../documents/evaluation-sheet';
import { renderPdfBlob } from '../../documents/render-browser';
import { buildSocialContract } from '../../documents/social-contract';
import { useStores } from '../../app/stores';

/**
 * What to show: a draft as it would print now, or an issued document exactly as it was
 * recorded (re-printing the signed original uses the frozen data, not the live records).
 */
export type PdfSource =
  | { kind: 'draft'; contractId: number; title: string; fileName: string }
  | { kind: 'issued'; documentId: number; title: string; fileName: string };

type Printable =
  | { kind: 'contract'; data: ContractDocumentData }
  | Pick<IssuedDocument & { kind: 'amendment' }, 'kind' | 'data'>
  | Pick<IssuedDocument & { kind: 'evaluation' }, 'kind' | 'data'>;

function build(doc: Printable, copies: 1 | 2): TDocumentDefinitions {
  switch (doc.kind) {
    case 'contract':
      return buildSocialContract(doc.data, { copies });
    case 'amendment':
      return buildAmendment(doc.data);
    case 'evaluation':
      return buildEvaluationSheet(doc.data);
  }
}

type Rendered = { key: string; url: string } | { key: string; error: string };

/** Podgląd: the PDF inside the application, to print or save. */
export function PdfPreviewDialog({ source, onClose }: { source: PdfSource; onClose: () => void }) {
  const { contracts } = useStores();
  const [printable] = useState<Promise<Printable>>(() =>
    source.kind === 'draft'
      ? contracts
          .getState()
          .preview(source.contractId)
          .then((data) => ({ kind: 'contract' as const, data }))
      : contracts.getState().issuedDocument(source.documentId),
  );
  const [kind, setKind] = useState<Printable['kind'] | null>(null);
  const [copies, setCopies] = useState<1 | 2>(1);
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const key = String(copies);

  useEffect(() => {
    let cancelled = false;
    let url: string | null = null;
    (async () => {
      try {
        const doc = await printable;
        setKind(doc.kind);
        const blob = await renderPdfBlob(build(doc, copies));
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setRendered({ key: String(copies), url });
      } catch (e) {
        if (!cancelled) setRendered({ key: String(copies), error: (e as Error).message });
      }
    })();
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [printable, copies]);

  const ready = rendered?.key === key && 'url' in rendered ? rendered.url : null;
  const error = rendered?.key === key && 'error' in rendered ? rendered.error : null;

  return (
    <Modal
      open
      title={source.title}
      width="min(1200px, 96vw)"
      centered
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="space-between" align="center" wrap gap={8}>
          <span>
            {kind === 'contract' && (
              <label className="switch-label">
                <Switch checked={copies === 2} onChange={(two) => setCopies(two ? 2 : 1)} />
                Dwa egzemplarze
              </label>
            )}
          </span>
          <Flex gap={8}>
            <Button
              icon={<PrinterOutlined />}
              disabled={!ready}
              onClick={() => frame.current?.contentWindow?.print()}
            >
              Drukuj
            </Button>
            <Button
              icon={<DownloadOutlined />}
              disabled={!ready}
              href={ready ?? undefined}
              download={source.fileName}
            >
              Zapisz PDF
            </Button>
            <Button type="primary" onClick={onClose}>
              Zamknij podgląd
            </Button>
          </Flex>
        </Flex>
      }
    >
      <div className="pdf-frame">
        {error && (
          <Alert
            type="error"
            showIcon
            title="Nie udało się przygotować dokumentu"
            description={error}
          />
        )}
        {!error && !ready && <Spin size="large" description="Przygotowywanie dokumentu…" />}
        {ready && <iframe ref={frame} src={ready} title={`Podgląd: ${source.title}`} />}
      </div>
    </Modal>
  );
}

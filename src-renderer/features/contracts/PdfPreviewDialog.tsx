import { useEffect, useRef, useState } from 'react';
import { Alert, Flex, Modal, Select, Spin } from 'antd';
import { PdfActions } from '../../ui/PdfActions';
import type { ContractDocumentData } from '../../../src-main/contract/documents';
import type { ContractCopies, DocumentRequest } from '../../documents/registry';
import { renderPdfBlob } from '../../documents/render-browser';
import { familyCopies } from '../../documents/social-contract';
import { useStores } from '../../app/stores';
import { errorMessage } from '../../api/client';

/**
 * What to show: a draft as it would print now, or an issued document exactly as it was
 * recorded (re-printing the signed original uses the frozen data, not the live records).
 */
export type PdfSource =
  | { kind: 'draft'; contractId: number; title: string; fileName: string }
  | {
      kind: 'issued';
      documentId: number;
      title: string;
      fileName: string;
      /** Copies to start with: two when the contract is printed for both parties to sign. */
      copies?: 1 | 2;
    }
  | {
      /** Printed from what a screen reads now (the club's timetable): never issued or kept. */
      kind: 'printable';
      title: string;
      fileName: string;
      load: () => Promise<DocumentRequest>;
    };

/** The document with the copies chosen in the picker (only a contract has a choice). */
function withCopies(doc: DocumentRequest, copies: ContractCopies): DocumentRequest {
  return doc.kind === 'contract' ? { ...doc, options: { copies } } : doc;
}

type Rendered = { key: string; url: string } | { key: string; error: string };

/** Podgląd: the PDF inside the application, to print or save. */
export function PdfPreviewDialog({ source, onClose }: { source: PdfSource; onClose: () => void }) {
  const { contracts } = useStores();
  const [printable] = useState<Promise<DocumentRequest>>(() =>
    source.kind === 'printable'
      ? source.load()
      : source.kind === 'draft'
        ? contracts
            .getState()
            .preview(source.contractId)
            .then((data) => ({ kind: 'contract' as const, data }))
        : contracts.getState().issuedDocument(source.documentId),
  );
  const [doc, setDoc] = useState<DocumentRequest | null>(null);
  const [choice, setChoice] = useState<ContractCopies>(
    source.kind === 'issued' && source.copies === 2 ? 'both' : 'one',
  );
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const key = JSON.stringify(choice);

  useEffect(() => {
    let cancelled = false;
    let url: string | null = null;
    (async () => {
      try {
        const loaded = await printable;
        setDoc(loaded);
        const blob = await renderPdfBlob(withCopies(loaded, choice));
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setRendered({ key, url });
      } catch (e) {
        if (!cancelled) setRendered({ key, error: errorMessage(e) });
      }
    })();
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [printable, choice, key]);

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
            {doc?.kind === 'contract' && (
              <CopyPicker data={doc.data} choice={choice} onChange={setChoice} />
            )}
          </span>
          <PdfActions url={ready} frame={frame} fileName={source.fileName} onClose={onClose} />
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

/** Egzemplarz: says which copy the preview shows, and offers the others. */
function CopyPicker(props: {
  data: ContractDocumentData;
  choice: ContractCopies;
  onChange: (choice: ContractCopies) => void;
}) {
  const { data, choice, onChange } = props;
  const options = [
    { value: 'one', label: 'Jeden egzemplarz (bez oznaczenia)' },
    { value: 'both', label: 'Dla osoby i dla ośrodka (2 egzemplarze)' },
    ...familyCopies(data).map((copy, i) => ({
      value: `family-${i}`,
      label: `${copy.label} — bez danych innych osób i oceny sytuacji`,
    })),
  ];
  const value = typeof choice === 'object' ? `family-${choice.familyMember}` : choice;
  return (
    <label className="switch-label">
      Egzemplarz:
      <Select
        aria-label="Egzemplarz"
        value={value}
        options={options}
        style={{ minWidth: 320 }}
        popupMatchSelectWidth={false}
        onChange={(v: string) =>
          onChange(
            v.startsWith('family-') ? { familyMember: Number(v.slice(7)) } : (v as 'one' | 'both'),
          )
        }
      />
    </label>
  );
}

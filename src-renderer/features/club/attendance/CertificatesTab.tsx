import { useEffect, useState } from 'react';
import { Alert, App, Button, Flex, Space, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { ChannelOutput } from '../../../../src-main/contract';
import type { ClubFigures } from '../../../../src-main/contract/attendance';
import { formatDate } from '../../../../src-main/domain/dates';
import { useStores } from '../../../app/stores';
import { useToday } from '../../../app/today';
import { useCan } from '../../accounts/can';
import { PdfPreviewDialog, type PdfSource } from '../../contracts/PdfPreviewDialog';
import { certificatePdf, figuresPdf } from './attendance-print';
import { outcomeLabel } from './hours-view';
import { createReadStore } from './read-store';
import './attendance.css';

type Entry = ChannelOutput<'club.certificates'>[number];

const FIGURE_ROWS: { key: keyof Omit<ClubFigures, 'editionId' | 'edition'>; label: string }[] = [
  { key: 'tookPart', label: 'Uczestniczyli' },
  { key: 'completed', label: 'Ukończyli' },
  { key: 'leftEarly', label: 'Zakończyli przed czasem' },
  { key: 'ongoing', label: 'W trakcie' },
];

/**
 * "Zaświadczenia": the edition's figures by sex (what the office reports each year) and the
 * register of the certificates issued, each re-printed from its frozen data or as a duplicate.
 */
export function CertificatesTab({ editionId }: { editionId: number }) {
  const mayList = useCan('club.certificates');
  return (
    <Flex vertical gap="large">
      <FiguresSection editionId={editionId} />
      {mayList && <RegisterSection editionId={editionId} />}
    </Flex>
  );
}

function FiguresSection({ editionId }: { editionId: number }) {
  const { api } = useStores();
  const today = useToday();
  const [store] = useState(() =>
    createReadStore(api, (id: number) => api.call('club.figures', { editionId: id })),
  );
  const figures = useStore(store, (s) => s.data);
  const error = useStore(store, (s) => s.error);
  const [pdf, setPdf] = useState<PdfSource | null>(null);
  useEffect(() => {
    void store.getState().load(editionId);
  }, [store, editionId]);
  useEffect(() => store.getState().watch(['club', 'participants']), [store]);

  return (
    <section aria-labelledby="club-figures" className="attendance-figures-section">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} id="club-figures" className="attendance-title">
          Liczba uczestników
        </Typography.Title>
        <Button
          icon={<PrinterOutlined />}
          disabled={!figures}
          onClick={() => setPdf(figuresPdf(api, editionId, today))}
        >
          Drukuj
        </Button>
      </Flex>
      {error && <Alert type="error" showIcon title={error} />}
      <Table
        size="small"
        className="attendance-figures"
        rowKey="key"
        loading={!figures && !error}
        pagination={false}
        dataSource={
          figures ? FIGURE_ROWS.map((r) => ({ key: r.key, label: r.label, ...figures[r.key] })) : []
        }
        columns={[
          { title: 'Osoby', dataIndex: 'label' },
          { title: 'Kobiety', dataIndex: 'K', align: 'right' },
          { title: 'Mężczyźni', dataIndex: 'M', align: 'right' },
          { title: 'Razem', dataIndex: 'total', align: 'right' },
        ]}
      />
      {pdf && <PdfPreviewDialog source={pdf} onClose={() => setPdf(null)} />}
    </section>
  );
}

function RegisterSection({ editionId }: { editionId: number }) {
  const { api } = useStores();
  const { modal } = App.useApp();
  const [store] = useState(() =>
    createReadStore(api, (id: number) => api.call('club.certificates', { editionId: id })),
  );
  const entries = useStore(store, (s) => s.data);
  const error = useStore(store, (s) => s.error);
  const [pdf, setPdf] = useState<PdfSource | null>(null);
  useEffect(() => {
    void store.getState().load(editionId);
  }, [store, editionId]);
  useEffect(() => store.getState().watch(['club']), [store]);

  const askDuplicate = (e: Entry) =>
    modal.confirm({
      title: `Wydać duplikat zaświadczenia nr ${e.number}?`,
      content: `Duplikat dla: ${e.person}. Wydruk zostanie oznaczony jako duplikat z dzisiejszą datą, a jego wydanie odnotowane w dzienniku zdarzeń.`,
      okText: 'Wydaj duplikat',
      cancelText: 'Wróć',
      onOk: () => setPdf(certificatePdf(api, e, true)),
    });

  return (
    <section aria-labelledby="club-certificates">
      <Typography.Title level={2} id="club-certificates" className="attendance-title">
        Rejestr zaświadczeń
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<Entry>
        size="small"
        rowKey="documentId"
        loading={!entries && !error}
        dataSource={entries ?? []}
        pagination={(entries?.length ?? 0) > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: 'Nie wydano jeszcze zaświadczeń' }}
        columns={[
          { title: 'Numer', dataIndex: 'number', className: 'nowrap' },
          {
            title: 'Data wydania',
            dataIndex: 'issuedOn',
            className: 'nowrap',
            render: (d: string) => formatDate(d),
          },
          { title: 'Osoba', dataIndex: 'person' },
          { title: 'Edycja', dataIndex: 'edition' },
          {
            title: 'Wynik',
            dataIndex: 'outcome',
            render: (o: Entry['outcome'], entry: Entry) => outcomeLabel(o, entry.sex),
            width: '14em',
          },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            render: (sha: string) => <code title={sha}>{sha.slice(0, 12)}…</code>,
          },
          {
            title: 'Wydał(a)',
            dataIndex: 'issuedByName',
            render: (n: string | null) => n ?? '—',
          },
          {
            title: 'Działania',
            key: 'actions',
            render: (_, e) => (
              <Space wrap>
                <Button
                  size="small"
                  icon={<PrinterOutlined />}
                  aria-label={`Drukuj ponownie zaświadczenie nr ${e.number}`}
                  onClick={() => setPdf(certificatePdf(api, e))}
                >
                  Drukuj ponownie
                </Button>
                <Button
                  size="small"
                  aria-label={`Duplikat zaświadczenia nr ${e.number}`}
                  onClick={() => askDuplicate(e)}
                >
                  Duplikat
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {pdf && <PdfPreviewDialog source={pdf} onClose={() => setPdf(null)} />}
    </section>
  );
}

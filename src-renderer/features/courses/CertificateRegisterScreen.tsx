import { useEffect, useMemo, useState } from 'react';
import { Button, Flex, Input, Select } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { ChannelInput } from '../../../src-main/contract';
import type { CourseCertificateEntry } from '../../../src-main/contract/course-certificates';
import { comparePolish } from '../../../src-main/domain/text';
import { errorMessage } from '../../api/client';
import { useFeature, useStores } from '../../app/stores';
import { useToday } from '../../app/today';
import { courseCertificatesXlsxBlob } from '../../documents/course-certificates-xlsx';
import { ListTable } from '../../ui/ListTable';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { useToast } from '../../ui/toast';
import { downloadBlob } from '../audit/audit-export';
import { PdfPreviewDialog, type PdfSource } from '../contracts/PdfPreviewDialog';
import { createReadStore } from '../club/attendance/read-store';
import { fileSlug } from '../club/timetable-print';
import { CertificateActions, certificateColumns } from './CertificateActions';
import { CoursesNav } from './CoursesNav';
import { registerData, registerPdf } from './course-print';
import { preloadPdfRenderer } from '../../documents/render-browser';
import { useSearchWhenTypingPauses } from '../../ui/typing-pause';

type Filters = ChannelInput<'courses.certificates'>;

/** What the printout covers, in words: "rok 2026, kurs „Spawacz MAG”, ważne". */
export function registerScope(filters: Filters, courseName: string | undefined): string {
  return [
    filters.year ? `rok ${filters.year}` : null,
    courseName ? `kurs „${courseName}”` : null,
    filters.status === 'valid' ? 'ważne' : filters.status === 'revoked' ? 'unieważnione' : null,
    filters.search ? `wyszukiwanie „${filters.search}”` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * "Rejestr zaświadczeń": every course certificate, newest first, searched by number, name or
 * code and filtered by year, course and state; what is shown is printed or exported.
 */
export function CertificateRegisterScreen() {
  const { api } = useStores();
  const toast = useToast();
  const today = useToday();
  const courses = useFeature('courses', (s) => s.courses);
  const loadCourses = useFeature('courses', (s) => s.loadCourses);
  const [store] = useState(() =>
    createReadStore(api, (filters: Filters) => api.call('courses.certificates', filters)),
  );
  const entries = useStore(store, (s) => s.data);
  const error = useStore(store, (s) => s.error);
  const loading = useStore(store, (s) => s.loading);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [year, setYear] = useState<number | undefined>(undefined);
  const [courseId, setCourseId] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState<Filters['status']>(undefined);
  const [pdf, setPdf] = useState<PdfSource | null>(null);
  const [exporting, setExporting] = useState(false);

  // Searching as the person types, once they pause.
  useSearchWhenTypingPauses(typed, (text) => setSearch(text.trim()));
  const filters = useMemo<Filters>(
    () => ({
      ...(search ? { search } : {}),
      ...(year ? { year } : {}),
      ...(courseId ? { courseId } : {}),
      ...(status ? { status } : {}),
    }),
    [search, year, courseId, status],
  );
  useEffect(() => {
    void store.getState().load(filters);
  }, [store, filters]);
  useEffect(() => store.getState().watch(['courses', 'participants']), [store]);
  useEffect(() => {
    void loadCourses(null);
    // Certificates are printed from here: the renderer warms up before the first click.
    preloadPdfRenderer();
  }, [loadCourses]);

  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: thisYear - 2019 }, (_, i) => thisYear - i);
  const courseName = courses.find((c) => c.id === courseId)?.name;
  const scope = registerScope(filters, courseName);
  const shown = entries ?? [];

  async function exportXlsx() {
    setExporting(true);
    try {
      const blob = await courseCertificatesXlsxBlob(await registerData(api, shown, scope, today));
      downloadBlob(blob, `rejestr-zaswiadczen${scope ? `-${fileSlug(scope)}` : ''}-${today}.xlsx`);
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  }

  return (
    <Flex vertical gap="middle">
      <ScreenTitle
        kind="Kursy zawodowe"
        extra={
          <Flex gap={8} wrap>
            <Button
              icon={<PrinterOutlined />}
              disabled={shown.length === 0}
              onClick={() => setPdf(registerPdf(api, shown, scope, today))}
            >
              Drukuj rejestr
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              disabled={shown.length === 0}
              loading={exporting}
              onClick={() => void exportXlsx()}
            >
              Eksportuj do Excela
            </Button>
          </Flex>
        }
      >
        Rejestr zaświadczeń
      </ScreenTitle>
      <CoursesNav />
      <Flex gap={8} wrap>
        <Input.Search
          aria-label="Szukaj zaświadczenia po numerze, nazwisku lub kodzie"
          placeholder="Numer, nazwisko albo kod"
          allowClear
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onSearch={(v) => setSearch(v.trim())}
          style={{ maxWidth: 340 }}
        />
        <Select
          aria-label="Rok wydania"
          placeholder="Wszystkie lata"
          allowClear
          value={year ?? null}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(y: number | null | undefined) => setYear(y ?? undefined)}
          style={{ minWidth: 140 }}
        />
        <Select
          aria-label="Kurs"
          placeholder="Wszystkie kursy"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={courseId ?? null}
          options={[...courses]
            .sort((a, b) => comparePolish(a.name, b.name))
            .map((c) => ({ value: c.id, label: c.name }))}
          onChange={(id: number | null | undefined) => setCourseId(id ?? undefined)}
          style={{ minWidth: 280 }}
        />
        <Select
          aria-label="Stan zaświadczenia"
          placeholder="Ważne i unieważnione"
          allowClear
          value={status ?? null}
          options={[
            { value: 'valid', label: 'Ważne' },
            { value: 'revoked', label: 'Unieważnione' },
          ]}
          onChange={(s: Filters['status'] | null) => setStatus(s ?? undefined)}
          style={{ minWidth: 200 }}
        />
      </Flex>
      <LoadErrorAlert error={error} />
      <ListTable<CourseCertificateEntry>
        loading={loading && !entries}
        rows={shown}
        filtered={scope !== ''}
        emptyText={{
          none: 'Nie wydano jeszcze zaświadczeń o ukończeniu kursu',
          noMatch: 'Żadne zaświadczenie nie pasuje do wyszukiwania',
        }}
        columns={[
          ...certificateColumns(true),
          {
            title: 'Działania',
            key: 'actions',
            render: (_, e) => (
              <CertificateActions entry={e} onChanged={() => void store.getState().reread()} />
            ),
          },
        ]}
      />
      {pdf && <PdfPreviewDialog source={pdf} onClose={() => setPdf(null)} />}
    </Flex>
  );
}

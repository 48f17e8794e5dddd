import { useEffect, useState } from 'react';
import { Alert, Button, Col, Flex, Form, Input, Modal, Row } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { providerInput, type CourseProvider } from '../../../src-main/contract/courses';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature } from '../../app/stores';
import { ListTable, useSearched } from '../../ui/ListTable';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { useCan } from '../accounts/can';
import { useClubDialog } from '../club/club-form';
import { CoursesNav } from './CoursesNav';
import { formatNip } from './course-view';

const searchedText = (p: CourseProvider) =>
  `${p.name} ${p.address} ${p.contactPerson ?? ''} ${p.risNumber ?? ''}`;
/** Three or more digits typed find the NIP (kept as ten digits). */
const nipMatches = (p: CourseProvider, query: string) => {
  const digits = query.replace(/\D/g, '');
  return digits.length >= 3 && p.nip.includes(digits);
};

/** "Organizatorzy szkoleń": the firms the office buys courses from, searched and edited. */
export function ProvidersScreen() {
  const providers = useFeature('courses', (s) => s.providers);
  const loading = useFeature('courses', (s) => s.providersLoading);
  const error = useFeature('courses', (s) => s.providersError);
  const loadProviders = useFeature('courses', (s) => s.loadProviders);
  const watchList = useFeature('courses', (s) => s.watchList);
  const canSave = useCan('courses.saveProvider');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<CourseProvider | 'new' | null>(null);

  useEffect(() => {
    void loadProviders();
  }, [loadProviders]);
  useEffect(() => watchList(), [watchList]);

  const shown = useSearched(providers, query, searchedText, nipMatches);

  const columns: TableColumnsType<CourseProvider> = [
    {
      title: 'Nazwa',
      dataIndex: 'name',
      sorter: (a, b) => comparePolish(a.name, b.name),
      defaultSortOrder: 'ascend',
    },
    {
      title: 'NIP',
      dataIndex: 'nip',
      className: 'nowrap',
      render: (nip: string) => formatNip(nip),
    },
    {
      title: 'Adres',
      dataIndex: 'address',
      render: (a: string) => <span style={{ whiteSpace: 'pre-line' }}>{a}</span>,
    },
    { title: 'Numer RIS', dataIndex: 'risNumber', render: (r: string | null) => r ?? '—' },
    {
      title: 'Kontakt',
      key: 'contact',
      render: (_, p) => [p.contactPerson, p.phone, p.email].filter(Boolean).join(', ') || '—',
    },
  ];
  if (canSave)
    columns.push({
      title: 'Działania',
      key: 'actions',
      render: (_, p) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={`Edytuj organizatora: ${p.name}`}
          title="Edytuj"
          onClick={() => setOpen(p)}
        />
      ),
    });

  return (
    <Flex vertical gap="middle">
      <ScreenTitle
        kind="Kursy zawodowe"
        extra={
          canSave && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
              Dodaj organizatora
            </Button>
          )
        }
      >
        Organizatorzy szkoleń
      </ScreenTitle>
      <CoursesNav />
      <Input.Search
        aria-label="Szukaj organizatora po nazwie, NIP, adresie lub osobie do kontaktu"
        placeholder="Szukaj po nazwie, NIP, mieście"
        allowClear
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ maxWidth: 420 }}
      />
      <LoadErrorAlert error={error} onRetry={() => void loadProviders()} />
      <ListTable<CourseProvider>
        columns={columns}
        rows={shown}
        loading={loading && providers.length === 0}
        filtered={query !== ''}
        emptyText={{
          none: 'Nie ma jeszcze organizatorów szkoleń',
          noMatch: 'Żaden organizator nie pasuje do wyszukiwania',
        }}
      />
      {open && (
        <ProviderDialog provider={open === 'new' ? null : open} onClose={() => setOpen(null)} />
      )}
    </Flex>
  );
}

/** Adding or changing a provider; the NIP may be typed with dashes, the core keeps its digits. */
export function ProviderDialog(props: {
  provider: CourseProvider | null;
  onClose: () => void;
  /** After saving (the course form picks the new provider). */
  onSaved?: (saved: CourseProvider) => void;
}) {
  const { provider, onClose, onSaved } = props;
  const saveProvider = useFeature('courses', (s) => s.saveProvider);
  const saving = useFeature('courses', (s) => s.saving);
  const dialog = useClubDialog({
    schema: providerInput,
    toInput: (v) => ({ ...v, ...(provider ? { id: provider.id } : {}) }),
    save: async (input) => {
      const saved = await saveProvider(input);
      onSaved?.(saved);
    },
    done: provider ? `Zapisano organizatora: ${provider.name}` : 'Dodano organizatora szkolenia',
    onClose,
  });

  return (
    <Modal
      open
      width={720}
      title={provider ? `Organizator: ${provider.name}` : 'Nowy organizator szkolenia'}
      okText="Zapisz"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={dialog.submit}
      onCancel={dialog.close}
      mask={{ closable: false }}
    >
      <Form
        form={dialog.form}
        layout="vertical"
        initialValues={
          provider
            ? { ...provider, nip: formatNip(provider.nip) }
            : { name: '', nip: '', address: '' }
        }
        onValuesChange={dialog.onValuesChange}
      >
        <Form.Item name="name" label="Nazwa organizatora" required>
          <Input autoFocus placeholder="np. Centrum Kształcenia Zawodowego „Fach” sp. z o.o." />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="nip" label="NIP" required extra="Z kreskami lub bez: 123-456-32-18">
              <Input inputMode="numeric" autoComplete="off" maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="risNumber" label="Numer w rejestrze instytucji szkoleniowych (RIS)">
              <Input placeholder="np. 2.14/00123/2019" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="address" label="Adres" required>
          <Input.TextArea rows={3} placeholder={'ul. Warszawska 10\n26-600 Radom'} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="contactPerson" label="Osoba do kontaktu">
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="phone" label="Telefon">
              <Input inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="email" label="E-mail">
              <Input inputMode="email" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {dialog.error && <Alert type="error" showIcon title={dialog.error} />}
    </Modal>
  );
}

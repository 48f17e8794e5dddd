import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { instrumentFields, type Instrument } from '../../../src-main/contract/social-contracts';
import {
  INSTRUMENT_GROUP_LABELS,
  INSTRUMENT_GROUPS,
  type InstrumentGroup,
} from '../../../src-main/domain/integration-instruments';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature, useStores } from '../../app/stores';
import { useDiscardGuard } from '../../ui/discard-guard';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import { useToast } from '../../ui/toast';
import { ToneTag } from '../../ui/ToneTag';
import { errorMessage } from '../../api/client';

const groupTitle = (g: InstrumentGroup) => `Instrumenty ${INSTRUMENT_GROUP_LABELS[g]}`;
const GROUP_OPTIONS = INSTRUMENT_GROUPS.map((value) => ({ value, label: groupTitle(value) }));

type Values = { group?: InstrumentGroup; name?: string };

/** Adds an instrument (no `instrument`) or renames / regroups one. */
function InstrumentDialog(props: { instrument: Instrument | null; onClose: () => void }) {
  const { instrument, onClose } = props;
  const { instruments } = useStores();
  const saving = useFeature('instruments', (s) => s.saving);
  const [form] = Form.useForm<Values>();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const toInput = (v: Values) => ({ ...v, active: instrument?.active ?? true });

  async function submit() {
    setError(null);
    const fields = validateWithSchema(form, instrumentFields, toInput(form.getFieldsValue(true)));
    if (!fields) return;
    try {
      await instruments.getState().save(fields, instrument?.id);
      toast.success(
        instrument ? 'Zapisano zmiany instrumentu.' : `Dodano instrument: ${fields.name}`,
      );
      onClose();
    } catch (e) {
      if (!showApiIssues(form, e)) setError(errorMessage(e));
    }
  }

  return (
    <Modal
      open
      title={
        instrument
          ? `Edycja instrumentu: ${instrument.name}`
          : 'Nowy instrument aktywnej integracji'
      }
      okText="Zapisz"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={instrument ?? {}}
        onValuesChange={() => {
          setDirty(true);
          validateTouched(form, instrumentFields, toInput(form.getFieldsValue(true)));
        }}
      >
        <Form.Item name="group" label="Grupa" required>
          <Select options={GROUP_OPTIONS} placeholder="Wybierz grupę" />
        </Form.Item>
        <Form.Item
          name="name"
          label="Nazwa instrumentu"
          required
          extra={
            instrument
              ? 'Zmieniona nazwa pojawi się w nowych dokumentach; wydrukowane kontrakty zachowują dawną.'
              : undefined
          }
        >
          <Input placeholder="np. Warsztaty kulinarne" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

/**
 * Instrumenty: the catalogue offered in social contracts, in the four EFS groups. An
 * instrument is never deleted — contracts refer to it — only withdrawn from new ones.
 */
export function InstrumentsTab() {
  const { instruments: store } = useStores();
  const instruments = useFeature('instruments', (s) => s.instruments);
  const loading = useFeature('instruments', (s) => s.loading);
  const error = useFeature('instruments', (s) => s.error);
  const toast = useToast();
  const [editing, setEditing] = useState<Instrument | 'new' | null>(null);

  useEffect(() => {
    void store.getState().load();
    return store.getState().watch();
  }, [store]);

  const setActive = (i: Instrument, active: boolean) =>
    store
      .getState()
      .save({ group: i.group, name: i.name, active }, i.id)
      .then(
        () => toast.success(`${active ? 'Przywrócono' : 'Wycofano'}: ${i.name}.`),
        (e: Error) => toast.error(e.message),
      );

  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        Instrumenty proponowane w kontraktach socjalnych. W projekcie EFS ścieżka reintegracji
        wymaga co najmniej trzech instrumentów, a zawodowe lub edukacyjne — razem ze społecznym lub
        zdrowotnym.
      </Typography.Paragraph>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        style={{ alignSelf: 'flex-start' }}
        onClick={() => setEditing('new')}
      >
        Dodaj instrument
      </Button>
      {error && <Alert type="error" showIcon title={error} />}
      {INSTRUMENT_GROUPS.map((group) => (
        <Card key={group} size="small" title={groupTitle(group)}>
          <Table<Instrument>
            size="small"
            rowKey="id"
            loading={loading}
            pagination={false}
            showHeader={false}
            dataSource={instruments
              .filter((i) => i.group === group)
              .sort((a, b) => Number(b.active) - Number(a.active) || comparePolish(a.name, b.name))}
            locale={{ emptyText: 'Brak instrumentów w tej grupie' }}
            onRow={(i) => ({ style: i.active ? undefined : { color: 'rgba(0, 0, 0, 0.55)' } })}
            columns={[
              { title: 'Nazwa', dataIndex: 'name' },
              {
                title: 'Status',
                dataIndex: 'active',
                width: 130,
                render: (active: boolean) =>
                  active ? <ToneTag tone="green">W użyciu</ToneTag> : <Tag>Wycofany</Tag>,
              },
              {
                title: 'Działania',
                key: 'actions',
                width: 230,
                render: (_, i) => (
                  <Flex gap="small">
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={`Edytuj: ${i.name}`}
                      onClick={() => setEditing(i)}
                    >
                      Edytuj
                    </Button>
                    {i.active ? (
                      <Popconfirm
                        title={`Wycofać: ${i.name}?`}
                        description="Nie będzie proponowany w nowych kontraktach; zawarte kontrakty go zachowają."
                        okText="Wycofaj"
                        cancelText="Anuluj"
                        okButtonProps={{ danger: true }}
                        onConfirm={() => setActive(i, false)}
                      >
                        <Button size="small" danger aria-label={`Wycofaj: ${i.name}`}>
                          Wycofaj
                        </Button>
                      </Popconfirm>
                    ) : (
                      <Button size="small" onClick={() => void setActive(i, true)}>
                        Przywróć
                      </Button>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      ))}
      {editing && (
        <InstrumentDialog
          instrument={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}

import { plural } from '../../../src-main/domain/plural';
import { useState } from 'react';
import {
  Alert,
  Button,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Table,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { ClubProgramme, ClubRoom } from '../../../src-main/contract/club';
import { roomInput } from '../../../src-main/contract/club-fields';
import { roomFeatureLabel } from '../../../src-main/domain/club/specialists';
import { useFeature } from '../../app/stores';
import { SlotsEditor } from './SlotsEditor';
import { useClubDialog, useConfirmDelete } from './club-form';
import { ROOM_FEATURE_OPTIONS, slotsText } from './club-labels';

/** "Sale": rooms with their seats, features, availability and the partner lending them. */
export function RoomsTab({ programme, canSave }: { programme: ClubProgramme; canSave: boolean }) {
  const [open, setOpen] = useState<ClubRoom | 'new' | null>(null);
  const deleteRoom = useFeature('club', (s) => s.deleteRoom);
  const confirmDelete = useConfirmDelete();
  const largestGroup = Math.max(
    0,
    ...programme.groups.map((g) => Math.max(g.members, g.sizeLimit)),
  );
  const largestRoom = Math.max(0, ...programme.rooms.map((r) => r.capacity));

  const columns: TableColumnsType<ClubRoom> = [
    { title: 'Sala', dataIndex: 'name' },
    { title: 'Miejsca', dataIndex: 'capacity', align: 'right' },
    {
      title: 'Wyposażenie',
      key: 'features',
      render: (_, r) => (r.features.length ? r.features.map(roomFeatureLabel).join(', ') : '—'),
    },
    { title: 'Dostępność', key: 'availability', render: (_, r) => slotsText(r.availability) },
    { title: 'Właściciel', dataIndex: 'owner', render: (o: string | null) => o ?? 'ośrodek' },
  ];
  if (canSave)
    columns.push({
      title: 'Działania',
      key: 'actions',
      render: (_, r) => (
        <Flex gap={4}>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={`Edytuj salę: ${r.name}`}
            title="Edytuj"
            onClick={() => setOpen(r)}
          />
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={`Usuń salę: ${r.name}`}
            title="Usuń"
            onClick={() =>
              confirmDelete({
                title: `Usunąć salę „${r.name}”?`,
                content: 'Sala zniknie z edycji.',
                done: `Usunięto salę: ${r.name}`,
                remove: () => deleteRoom(r.id),
              })
            }
          />
        </Flex>
      ),
    });

  return (
    <Flex vertical gap="middle">
      {canSave && (
        <div>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
            Dodaj salę
          </Button>
        </div>
      )}
      {programme.rooms.length > 0 && largestRoom < largestGroup && (
        <Alert
          type="warning"
          showIcon
          title={`Największa grupa może liczyć ${largestGroup} ${plural(largestGroup, 'osobę', 'osoby', 'osób')}, a największa sala ma ${largestRoom} ${plural(largestRoom, 'miejsce', 'miejsca', 'miejsc')}.`}
        />
      )}
      <Table<ClubRoom>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={programme.rooms}
        pagination={false}
        locale={{ emptyText: 'Edycja nie ma jeszcze sal' }}
      />
      {open && (
        <RoomDialog
          programme={programme}
          room={open === 'new' ? null : open}
          onClose={() => setOpen(null)}
        />
      )}
    </Flex>
  );
}

function RoomDialog(props: {
  programme: ClubProgramme;
  room: ClubRoom | null;
  onClose: () => void;
}) {
  const { programme, room, onClose } = props;
  const { edition } = programme;
  const saveRoom = useFeature('club', (s) => s.saveRoom);
  const saving = useFeature('club', (s) => s.saving);
  const dialog = useClubDialog({
    schema: roomInput,
    toInput: (v) => ({
      ...v,
      editionId: edition.id,
      ...(room ? { id: room.id } : {}),
      owner: v.owner ?? '',
    }),
    save: saveRoom,
    done: room ? `Zapisano salę: ${room.name}` : 'Dodano salę',
    onClose,
  });

  return (
    <Modal
      open
      width={720}
      title={room ? `Sala: ${room.name}` : 'Nowa sala'}
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
          room
            ? { ...room }
            : { features: [], availability: edition.meetings.map((s) => ({ ...s })) }
        }
        onValuesChange={dialog.onValuesChange}
      >
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="name" label="Nazwa sali" required>
              <Input autoFocus placeholder="np. Sala komputerowa" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="capacity" label="Liczba miejsc" required>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="features" label="Wyposażenie">
          <Select mode="multiple" options={ROOM_FEATURE_OPTIONS} placeholder="Zwykła sala" />
        </Form.Item>
        <Form.Item
          name="owner"
          label="Właściciel sali"
          extra="Puste: sala ośrodka. Wpisz partnera, który ją użycza."
        >
          <Input placeholder="np. Zespół Szkół nr 2 w Radomiu" />
        </Form.Item>
        <SlotsEditor
          name="availability"
          label="Dostępność w tygodniu"
          copy={{ label: 'Jak spotkania edycji', slots: edition.meetings }}
        />
      </Form>
      {dialog.error && <Alert type="error" showIcon title={dialog.error} />}
    </Modal>
  );
}

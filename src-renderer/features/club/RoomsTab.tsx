import { plural } from '../../../src-main/domain/plural';
import { Alert, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ClubEdition, ClubProgramme, ClubRoom } from '../../../src-main/contract/club';
import { roomInput } from '../../../src-main/contract/club-fields';
import { roomFeatureLabel } from '../../../src-main/domain/club/specialists';
import { useFeature } from '../../app/stores';
import { ProgrammeTable } from './ProgrammeTable';
import { SlotsEditor } from './SlotsEditor';
import { ROOM_FEATURE_OPTIONS, slotsText } from './club-labels';

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

/** "Sale": rooms with their seats, features, availability and the partner lending them. */
export function RoomsTab({ programme, canSave }: { programme: ClubProgramme; canSave: boolean }) {
  const deleteRoom = useFeature('club', (s) => s.deleteRoom);
  const saveRoom = useFeature('club', (s) => s.saveRoom);
  const { edition } = programme;
  const largestGroup = Math.max(
    0,
    ...programme.groups.map((g) => Math.max(g.members, g.sizeLimit)),
  );
  const largestRoom = Math.max(0, ...programme.rooms.map((r) => r.capacity));

  return (
    <ProgrammeTable
      editionId={edition.id}
      canSave={canSave}
      noun={{ accusative: 'salę', nominative: 'Sala', fresh: 'Nowa sala' }}
      rows={programme.rooms}
      columns={columns}
      emptyText="Edycja nie ma jeszcze sal"
      remove={{ consequence: 'Sala zniknie z edycji.', call: deleteRoom }}
      notice={
        programme.rooms.length > 0 &&
        largestRoom < largestGroup && (
          <Alert
            type="warning"
            showIcon
            title={`Największa grupa może liczyć ${largestGroup} ${plural(largestGroup, 'osobę', 'osoby', 'osób')}, a największa sala ma ${largestRoom} ${plural(largestRoom, 'miejsce', 'miejsca', 'miejsc')}.`}
          />
        )
      }
      dialog={{
        width: 720,
        schema: roomInput,
        toInput: (v) => ({ ...v, owner: v.owner ?? '' }),
        save: saveRoom,
        initialValues: (room) =>
          room
            ? { ...room }
            : { features: [], availability: edition.meetings.map((s) => ({ ...s })) },
        fields: () => <RoomFields edition={edition} />,
      }}
    />
  );
}

function RoomFields({ edition }: { edition: ClubEdition }) {
  return (
    <>
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
    </>
  );
}

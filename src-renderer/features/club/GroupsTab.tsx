import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Table,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import type { ClubGroup, ClubProgramme } from '../../../src-main/contract/club';
import { groupInput } from '../../../src-main/contract/club-fields';
import { useFeature } from '../../app/stores';
import { useCan } from '../accounts/can';
import { MembersDialog } from './MembersDialog';
import { SlotsEditor } from './SlotsEditor';
import { useClubDialog, useConfirmDelete } from './club-form';
import { slotsText } from './club-labels';

/** "Grupy": each group with its size limit, own meetings (if any) and members. */
export function GroupsTab({ programme, canSave }: { programme: ClubProgramme; canSave: boolean }) {
  const [open, setOpen] = useState<ClubGroup | 'new' | null>(null);
  const [membersOf, setMembersOf] = useState<ClubGroup | null>(null);
  const deleteGroup = useFeature('club', (s) => s.deleteGroup);
  const confirmDelete = useConfirmDelete();
  // Names of members are personal data (permission `names`).
  const canSeeMembers = useCan('club.members');

  const columns: TableColumnsType<ClubGroup> = [
    { title: 'Grupa', dataIndex: 'name' },
    {
      title: 'Członkowie / miejsca',
      key: 'size',
      align: 'right',
      render: (_, g) => `${g.members} / ${g.sizeLimit}`,
    },
    {
      title: 'Terminy spotkań',
      key: 'meetings',
      render: (_, g) => (g.meetings ? slotsText(g.meetings) : 'jak w edycji'),
    },
    {
      title: 'Działania',
      key: 'actions',
      render: (_, g) => (
        <Flex gap={4} wrap>
          {canSeeMembers && (
            <Button
              size="small"
              icon={<TeamOutlined />}
              aria-label={`Członkowie grupy: ${g.name}`}
              onClick={() => setMembersOf(g)}
            >
              Członkowie
            </Button>
          )}
          {canSave && (
            <>
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={`Edytuj grupę: ${g.name}`}
                title="Edytuj"
                onClick={() => setOpen(g)}
              />
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={`Usuń grupę: ${g.name}`}
                title="Usuń"
                onClick={() =>
                  confirmDelete({
                    title: `Usunąć grupę „${g.name}”?`,
                    content:
                      'Grupa zniknie razem z listą członków i swoimi zajęciami w harmonogramie.',
                    done: `Usunięto grupę: ${g.name}`,
                    remove: () => deleteGroup(g.id),
                  })
                }
              />
            </>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      {canSave && (
        <div>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
            Dodaj grupę
          </Button>
        </div>
      )}
      <Table<ClubGroup>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={programme.groups}
        pagination={false}
        locale={{ emptyText: 'Edycja nie ma jeszcze grup' }}
      />
      {open && (
        <GroupDialog
          programme={programme}
          group={open === 'new' ? null : open}
          onClose={() => setOpen(null)}
        />
      )}
      {membersOf && (
        <MembersDialog
          programme={programme}
          group={membersOf}
          canSave={canSave}
          onClose={() => setMembersOf(null)}
        />
      )}
    </Flex>
  );
}

function GroupDialog(props: {
  programme: ClubProgramme;
  group: ClubGroup | null;
  onClose: () => void;
}) {
  const { programme, group, onClose } = props;
  const { edition } = programme;
  const saveGroup = useFeature('club', (s) => s.saveGroup);
  const saving = useFeature('club', (s) => s.saving);
  const dialog = useClubDialog({
    schema: groupInput,
    toInput: ({ ownMeetings, meetings, ...v }) => ({
      ...v,
      editionId: edition.id,
      ...(group ? { id: group.id } : {}),
      meetings: ownMeetings ? meetings : null,
    }),
    save: saveGroup,
    done: group ? `Zapisano grupę: ${group.name}` : 'Dodano grupę',
    onClose,
  });
  const own = Form.useWatch('ownMeetings', dialog.form) as boolean | undefined;

  return (
    <Modal
      open
      width={640}
      title={group ? `Grupa: ${group.name}` : 'Nowa grupa'}
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
        initialValues={{
          name: group?.name,
          sizeLimit: group?.sizeLimit ?? 15,
          ownMeetings: group?.meetings != null,
          meetings: group?.meetings ?? edition.meetings,
        }}
        onValuesChange={dialog.onValuesChange}
      >
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="name" label="Nazwa grupy" required>
              <Input autoFocus placeholder="np. Grupa 1" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="sizeLimit" label="Limit miejsc" required>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="ownMeetings"
          valuePropName="checked"
          extra={`Bez zaznaczenia grupa spotyka się jak cała edycja: ${slotsText(edition.meetings)}.`}
        >
          <Checkbox>Grupa ma własne terminy spotkań</Checkbox>
        </Form.Item>
        {own && (
          <SlotsEditor
            name="meetings"
            label="Terminy spotkań grupy"
            copy={{ label: 'Jak w edycji', slots: edition.meetings }}
          />
        )}
      </Form>
      {dialog.error && <Alert type="error" showIcon title={dialog.error} />}
    </Modal>
  );
}

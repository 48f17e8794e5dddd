import { useState } from 'react';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row } from 'antd';
import type { TableColumnsType } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import type { ClubEdition, ClubGroup, ClubProgramme } from '../../../src-main/contract/club';
import { groupInput } from '../../../src-main/contract/club-fields';
import { useFeature } from '../../app/stores';
import { useCan } from '../accounts/can';
import { MembersDialog } from './MembersDialog';
import { ProgrammeTable } from './ProgrammeTable';
import { SlotsEditor } from './SlotsEditor';
import { slotsText } from './club-labels';

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
];

/** "Grupy": each group with its size limit, own meetings (if any) and members. */
export function GroupsTab({ programme, canSave }: { programme: ClubProgramme; canSave: boolean }) {
  const [membersOf, setMembersOf] = useState<ClubGroup | null>(null);
  const deleteGroup = useFeature('club', (s) => s.deleteGroup);
  const saveGroup = useFeature('club', (s) => s.saveGroup);
  // Names of members are personal data (permission `names`).
  const canSeeMembers = useCan('club.members');
  const { edition } = programme;

  return (
    <ProgrammeTable
      editionId={edition.id}
      canSave={canSave}
      noun={{ accusative: 'grupę', nominative: 'Grupa', fresh: 'Nowa grupa' }}
      rows={programme.groups}
      columns={columns}
      emptyText="Edycja nie ma jeszcze grup"
      remove={{
        consequence: 'Grupa zniknie razem z listą członków i swoimi zajęciami w harmonogramie.',
        call: deleteGroup,
      }}
      extraActions={(g) =>
        canSeeMembers && (
          <Button
            size="small"
            icon={<TeamOutlined />}
            aria-label={`Członkowie grupy: ${g.name}`}
            onClick={() => setMembersOf(g)}
          >
            Członkowie
          </Button>
        )
      }
      dialog={{
        width: 640,
        schema: groupInput,
        toInput: ({ ownMeetings, meetings, ...v }) => ({
          ...v,
          meetings: ownMeetings ? meetings : null,
        }),
        save: saveGroup,
        initialValues: (group) => ({
          name: group?.name,
          sizeLimit: group?.sizeLimit ?? 15,
          ownMeetings: group?.meetings != null,
          meetings: group?.meetings ?? edition.meetings,
        }),
        fields: () => <GroupFields edition={edition} />,
      }}
    >
      {membersOf && (
        <MembersDialog
          programme={programme}
          group={membersOf}
          canSave={canSave}
          onClose={() => setMembersOf(null)}
        />
      )}
    </ProgrammeTable>
  );
}

function GroupFields({ edition }: { edition: ClubEdition }) {
  // No form named: these fields sit inside the dialog's form, and the hook finds it.
  const own = Form.useWatch('ownMeetings') as boolean | undefined;
  return (
    <>
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
    </>
  );
}

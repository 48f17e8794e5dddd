import { useEffect } from 'react';
import { Alert, Button, Flex, Form, Modal, Select, Spin, Tag, Typography } from 'antd';
import { DeleteOutlined, WarningOutlined } from '@ant-design/icons';
import type { ClubGroup, ClubProgramme } from '../../../src-main/contract/club';
import { setMembersInput } from '../../../src-main/contract/club-fields';
import { plural } from '../../../src-main/domain/plural';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature } from '../../app/stores';
import { DateInput } from '../../ui/DateInput';
import { useToast } from '../../ui/toast';
import type { GroupMembers } from './club.store';
import { useClubDialog } from './club-form';

/** A row of the form: the member as `club.setMembers` takes it, with what the list shows. */
interface Row {
  participantId: number;
  name: string;
  contractInForce: boolean | null;
  joinedOn: string | null;
  leftOn: string | null;
}

const NO_CONTRACT = 'brak kontraktu socjalnego w mocy';

/**
 * The group's members, picked from the project's participants. A person without a social
 * contract in force is marked (participation in a KIS needs one) but may still be added; the
 * core's warnings after saving say the same.
 */
export function MembersDialog(props: {
  programme: ClubProgramme;
  group: ClubGroup;
  canSave: boolean;
  onClose: () => void;
}) {
  const { programme, group, canSave, onClose } = props;
  const loadMembers = useFeature('club', (s) => s.loadMembers);
  const members = useFeature('club', (s) => s.members);
  const membersError = useFeature('club', (s) => s.membersError);
  useEffect(() => {
    void loadMembers(group.id);
  }, [group.id, loadMembers]);
  const loaded = members?.groupId === group.id ? members : null;

  return loaded ? (
    <MembersForm
      programme={programme}
      group={group}
      canSave={canSave}
      onClose={onClose}
      members={loaded}
    />
  ) : (
    <Modal open title={`Członkowie: ${group.name}`} footer={null} onCancel={onClose}>
      {membersError ? (
        <Alert type="error" showIcon title={membersError} />
      ) : (
        <Spin description="Wczytywanie…" />
      )}
    </Modal>
  );
}

function MembersForm(props: {
  programme: ClubProgramme;
  group: ClubGroup;
  canSave: boolean;
  onClose: () => void;
  members: GroupMembers;
}) {
  const { programme, group, canSave, onClose, members } = props;
  const setMembers = useFeature('club', (s) => s.setMembers);
  const saving = useFeature('club', (s) => s.saving);
  const toast = useToast();
  const people = new Map(
    [...members.members, ...members.candidates].map((p) => [p.participantId, p]),
  );
  const dialog = useClubDialog({
    schema: setMembersInput,
    toInput: (v) => ({
      groupId: group.id,
      members: ((v.members ?? []) as Row[]).map(({ participantId, joinedOn, leftOn }) => ({
        participantId,
        joinedOn,
        leftOn: leftOn ?? null,
      })),
    }),
    save: async (input) => {
      const saved = await setMembers(input);
      // Never a refusal: the members are saved, and the core says whom to look at.
      if (saved.warnings.length) toast.warning(saved.warnings.map((w) => w.message).join(' '));
    },
    done: `Zapisano członków grupy: ${group.name}`,
    onClose,
  });
  const rows = (Form.useWatch('members', dialog.form) ?? []) as Row[];
  const chosen = new Set(rows.map((r) => r.participantId));
  const candidates = [...people.values()]
    .filter((p) => !chosen.has(p.participantId))
    .sort((a, b) => comparePolish(a.name, b.name));
  const missing = rows.filter((r) => people.get(r.participantId)?.contractInForce === false).length;
  const over = rows.length > group.sizeLimit;

  return (
    <Modal
      open
      width={760}
      title={`Członkowie: ${group.name}`}
      okText="Zapisz członków"
      cancelText={canSave ? 'Anuluj' : 'Zamknij'}
      okButtonProps={{ style: canSave ? undefined : { display: 'none' } }}
      confirmLoading={saving}
      onOk={dialog.submit}
      onCancel={dialog.close}
      mask={{ closable: false }}
    >
      <Form
        form={dialog.form}
        layout="vertical"
        disabled={!canSave}
        initialValues={{ members: members.members.map((m) => ({ ...m })) }}
        onValuesChange={dialog.onValuesChange}
      >
        {canSave && (
          <Form.Item label="Dodaj uczestnika projektu" htmlFor="club-member-pick">
            <Select
              id="club-member-pick"
              showSearch={{ optionFilterProp: 'label' }}
              value={null}
              placeholder={
                candidates.length ? 'Wpisz nazwisko' : 'Wszyscy uczestnicy projektu są już w grupie'
              }
              options={candidates.map((p) => ({
                value: p.participantId,
                label: p.contractInForce === false ? `${p.name} — ${NO_CONTRACT}` : p.name,
              }))}
              onChange={(participantId: number | null) => {
                if (participantId === null) return;
                const list = (dialog.form.getFieldValue('members') ?? []) as Row[];
                dialog.form.setFieldValue('members', [
                  ...list,
                  { participantId, joinedOn: programme.edition.startDate, leftOn: null },
                ]);
                dialog.onValuesChange();
              }}
            />
          </Form.Item>
        )}
        <Typography.Paragraph>
          W grupie: {rows.length} {plural(rows.length, 'osoba', 'osoby', 'osób')} na{' '}
          {group.sizeLimit} {plural(group.sizeLimit, 'miejsce', 'miejsca', 'miejsc')}.
        </Typography.Paragraph>
        {over && <Alert type="warning" showIcon title="W grupie jest więcej osób niż miejsc." />}
        {missing > 0 && (
          <Alert
            type="warning"
            showIcon
            title={`${missing} ${plural(missing, 'osoba nie ma', 'osoby nie mają', 'osób nie ma')} kontraktu socjalnego w mocy — udział w KIS go wymaga. Można ich dodać, ale warto to wyjaśnić.`}
          />
        )}
        <Form.List name="members">
          {(fields, { remove }, { errors }) => (
            <Flex vertical gap={4} style={{ marginTop: 8 }}>
              {fields.map((field, index) => {
                const row = rows[index];
                const person = row ? people.get(row.participantId) : undefined;
                const name = person?.name ?? `Osoba ${index + 1}`;
                return (
                  <Flex key={field.key} gap={8} align="start" wrap role="group" aria-label={name}>
                    <div style={{ minWidth: '16em', flex: 1, paddingTop: 5 }}>
                      <Typography.Text strong>{name}</Typography.Text>{' '}
                      {person?.contractInForce === false && (
                        <Tag color="warning" icon={<WarningOutlined />}>
                          {NO_CONTRACT}
                        </Tag>
                      )}
                    </div>
                    <Form.Item
                      name={[field.name, 'joinedOn']}
                      style={{ marginBottom: 4, width: '11em' }}
                    >
                      <DateInput
                        aria-label={`Od kiedy w grupie: ${name}`}
                        placeholder="od DD.MM.RRRR"
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'leftOn']}
                      style={{ marginBottom: 4, width: '11em' }}
                    >
                      <DateInput
                        aria-label={`Do kiedy w grupie: ${name}`}
                        placeholder="do (puste: nadal)"
                      />
                    </Form.Item>
                    {canSave && (
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={`Usuń z grupy: ${name}`}
                        title="Usuń z grupy"
                        onClick={() => {
                          remove(field.name);
                          dialog.onValuesChange();
                        }}
                      />
                    )}
                  </Flex>
                );
              })}
              {fields.length === 0 && (
                <Typography.Text type="secondary">Grupa nie ma jeszcze członków.</Typography.Text>
              )}
              <Form.ErrorList errors={errors} />
            </Flex>
          )}
        </Form.List>
      </Form>
      {dialog.error && <Alert type="error" showIcon title={dialog.error} />}
    </Modal>
  );
}

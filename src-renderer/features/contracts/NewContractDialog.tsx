import { useState } from 'react';
import { Alert, Flex, Modal, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { ParticipantRow } from '../../../src-main/contract/participants';
import { formatDate } from '../../../src-main/domain/dates';
import { useFeature, useStores } from '../../app/stores';
import { useSearchWhenTypingPauses } from '../../ui/typing-pause';

const identity = (p: ParticipantRow) =>
  p.pesel ? `PESEL ${p.pesel}` : p.documentNumber ? `dok. ${p.documentNumber}` : '';

/**
 * "Nowy kontrakt" from the list: a contract is made with one person, so the person is
 * picked first (by name or PESEL, as on the list of participants); the editor then opens
 * prefilled with them, as it does from their card.
 */
export function NewContractDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { participants } = useStores();
  const candidates = useFeature('participants', (s) => s.found);
  const loading = useFeature('participants', (s) => s.findLoading);
  const error = useFeature('participants', (s) => s.findError);
  const navigate = useNavigate();
  const [query, setQuery] = useState('');

  useSearchWhenTypingPauses(query, (typed) => void participants.getState().find(typed), open);

  const close = () => {
    setQuery('');
    onClose();
  };

  return (
    <Modal
      open={open}
      title="Nowy kontrakt socjalny"
      onCancel={close}
      footer={null}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Text id="new-contract-person-label">
          Z kim zawierany jest kontrakt? Wpisz nazwisko, imię albo PESEL i wybierz osobę.
        </Typography.Text>
        <Select<number>
          aria-labelledby="new-contract-person-label"
          placeholder="Szukaj osoby"
          autoFocus
          defaultOpen
          // The core searches (word beginnings, no Polish letters needed); nothing is filtered here.
          showSearch={{ filterOption: false, searchValue: query, onSearch: setQuery }}
          loading={loading}
          notFoundContent={loading ? 'Szukam…' : 'Nie znaleziono osoby'}
          options={candidates.map((p) => ({
            value: p.id,
            label: `${p.lastName} ${p.firstName}`,
            person: p,
          }))}
          optionRender={({ data }) => {
            const p = (data as { person: ParticipantRow }).person;
            return (
              <Flex vertical>
                <span>
                  {p.lastName} {p.firstName}
                </span>
                <Typography.Text type="secondary">
                  {[identity(p), `ur. ${formatDate(p.birthDate)}`, p.locality]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </Flex>
            );
          }}
          onChange={(participantId) => {
            close();
            navigate(`/contracts/new?participantId=${participantId}`);
          }}
          style={{ width: '100%' }}
        />
        {error && <Alert type="error" showIcon title={error} />}
      </Flex>
    </Modal>
  );
}

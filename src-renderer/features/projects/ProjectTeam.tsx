import { useEffect, useId, useState } from 'react';
import { Alert, Button, Card, Flex, Select, Typography } from 'antd';
import { STAFF_ROLE_LABELS } from '../../../src-main/contract/staff';
import { useFeature, useStores } from '../../app/stores';
import { polishOptionFilter } from '../../ui/option-filter';
import { useToast } from '../../ui/toast';
import { useCan } from '../accounts/can';
import { errorMessage } from '../../api/client';

/**
 * Zespół projektu: the staff who work in the project. A social worker on the team sees the
 * project's people even when their scope is narrowed to their own (contract/permissions.ts).
 */
export function ProjectTeam({ projectId }: { projectId: number }) {
  const { api } = useStores();
  const staff = useFeature('session', (s) => s.staff);
  const canEdit = useCan('projects.setTeam');
  const toast = useToast();
  const labelId = useId();
  const [saved, setSaved] = useState<number[] | null>(null);
  const [chosen, setChosen] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let current = true;
    api.call('projects.team', { projectId }).then(
      (team) => {
        if (!current) return;
        setSaved(team.staffIds);
        setChosen(team.staffIds);
      },
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
  }, [api, projectId]);

  const changed = saved !== null && [...chosen].sort().join() !== [...saved].sort().join();
  async function save() {
    setSaving(true);
    try {
      const team = await api.call('projects.setTeam', { projectId, staffIds: chosen });
      setSaved(team.staffIds);
      setChosen(team.staffIds);
      toast.success('Zapisano zespół projektu');
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card size="small" title={<span id={labelId}>Zespół projektu</span>}>
      <Flex vertical gap="small">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          Pracownik socjalny z zespołu widzi wszystkie osoby zapisane do projektu, nie tylko swoich
          podopiecznych.
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} />}
        <Select
          mode="multiple"
          aria-labelledby={labelId}
          loading={saved === null}
          disabled={!canEdit || saved === null}
          value={chosen}
          onChange={setChosen}
          showSearch={{ filterOption: polishOptionFilter }}
          placeholder="Wybierz pracowników"
          options={staff
            .filter((m) => m.active || chosen.includes(m.id))
            .map((m) => ({
              value: m.id,
              label: `${m.lastName} ${m.firstName} — ${STAFF_ROLE_LABELS[m.role]}`,
            }))}
        />
        {canEdit && (
          <Flex>
            <Button onClick={() => void save()} loading={saving} disabled={!changed}>
              Zapisz zespół
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

import { useEffect, type ReactNode } from 'react';
import { Alert, Button, Checkbox, Form } from 'antd';
import { formatDate } from '../../../src-main/domain/dates';
import { useFeature, useStores } from '../../app/stores';
import type { FieldIssue } from '../../ui/confirmed-write';
import { useGuardedNavigate } from '../../ui/leave-guard';
import { logoStripPresent } from '../settings/logo-strip.store';
import { pastProjectEnd } from './contract-checks';

export interface PrintWarning {
  key: string;
  title: string;
  description: ReactNode;
}

/** The form field the worker ticks to go on despite the warnings. */
export const ACKNOWLEDGED = 'acknowledged';
const ACKNOWLEDGE_LABEL = 'Przyjmuję do wiadomości';

/** Not a block: the worker only has to say the warnings were read. */
export function acknowledgeIssues(
  warnings: readonly PrintWarning[],
  acknowledged: unknown,
): FieldIssue[] {
  return warnings.length > 0 && acknowledged !== true
    ? [
        {
          path: [ACKNOWLEDGED],
          message: `Zaznacz „${ACKNOWLEDGE_LABEL}”, aby kontynuować`,
        },
      ]
    : [];
}

function SettingsLink() {
  const navigate = useGuardedNavigate();
  return (
    <Button
      type="link"
      size="small"
      className="inline-link"
      onClick={() => navigate('/settings?tab=logos')}
    >
      Ustawienia → Logotypy UE
    </Button>
  );
}

/**
 * What is worth knowing before a document of the contract is issued and printed: the
 * contract (`dates`: its period and tasks, for signing and amendments) running past its
 * project's end, and an EFS project's document without the EU logo strip. Asks the core
 * afresh each time it is shown; `ready` is false until both answers came.
 */
export function usePrintWarnings(
  projectId: number | null,
  dates: Parameters<typeof pastProjectEnd>[0] | null,
  enabled = true,
): { ready: boolean; warnings: PrintWarning[] } {
  const { projects, logoStrip } = useStores();
  const project = useFeature('projects', (s) => (projectId === null ? null : s.facts[projectId]));
  const logoChecked = useFeature('logoStrip', (s) => s.loaded);
  const logoPresent = useFeature('logoStrip', logoStripPresent);
  useEffect(() => {
    if (!enabled) return;
    if (projectId !== null) void projects.getState().loadFacts(projectId, true);
    void logoStrip.getState().load();
  }, [enabled, projectId, projects, logoStrip]);

  if (!enabled) return { ready: true, warnings: [] };
  const warnings: PrintWarning[] = [];
  const past = project && dates ? pastProjectEnd(dates, project.endDate) : [];
  if (project && past.length > 0)
    warnings.push({
      key: 'projectEnd',
      title: `Kontrakt wykracza poza okres projektu (do ${formatDate(project.endDate)})`,
      description: (
        <>
          {past.map((line) => (
            <div key={line}>{line}</div>
          ))}
          <div>
            Wsparcie po zakończeniu projektu nie będzie już w nim rozliczane — sprawdź, czy tak ma
            być.
          </div>
        </>
      ),
    });
  if (project?.isEfs && logoChecked && logoPresent === false)
    warnings.push({
      key: 'logoStrip',
      title: 'Brak paska logotypów UE — dokument zostanie wydrukowany bez oznakowania projektu EFS',
      description: (
        <>
          Dokument będzie miał tylko zdanie o współfinansowaniu, bez logotypów, a wydany dokument
          zostaje taki na stałe (także przy ponownym wydruku). Pasek logotypów wgrywa się raz:{' '}
          <SettingsLink />
        </>
      ),
    });
  const ready = (projectId === null || project !== undefined) && logoChecked;
  return { ready, warnings };
}

/** The warnings, and the tick that lets the worker go on (a field of the dialog's form). */
export function PrintWarnings({ warnings }: { warnings: readonly PrintWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="print-warnings">
      {warnings.map((w) => (
        <Alert
          key={w.key}
          type="warning"
          showIcon
          role="alert"
          title={w.title}
          description={w.description}
        />
      ))}
      <Form.Item name={ACKNOWLEDGED} valuePropName="checked" className="print-warnings-ack">
        <Checkbox>{ACKNOWLEDGE_LABEL}</Checkbox>
      </Form.Item>
    </div>
  );
}

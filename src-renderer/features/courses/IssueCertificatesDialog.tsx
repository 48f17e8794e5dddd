import { useState } from 'react';
import { Modal, Radio, Typography } from 'antd';
import type { Course, CourseCompletionRow } from '../../../src-main/contract/courses';
import { plural } from '../../../src-main/domain/plural';
import { errorMessage } from '../../api/client';
import { useStores } from '../../app/stores';
import { FailureAlert } from '../../ui/FailureAlert';
import { useToast } from '../../ui/toast';
import { courseBatch, type Batch } from './course-print';
import { issuePlan, reasonsText } from './course-view';

type IdentifyBy = 'birthDate' | 'pesel';

/**
 * The question before issuing: who gets a certificate now and who does not (with why), and
 * how the certificates identify the person — date and place of birth, or PESEL. "Wydaj"
 * draws the numbers in one write; the certificates are then printed as one batch.
 */
export function IssueCertificatesDialog(props: {
  course: Course;
  rows: readonly CourseCompletionRow[];
  onClose: () => void;
  /** After issuing: the batch to print. */
  onIssued: (batch: Batch | null) => void;
}) {
  const { course, rows, onClose, onIssued } = props;
  const { api } = useStores();
  const toast = useToast();
  const plan = issuePlan(rows);
  const [identifyBy, setIdentifyBy] = useState<IdentifyBy>('birthDate');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const n = plan.eligible.length;

  async function issue() {
    setSaving(true);
    setError(null);
    try {
      const result = await api.call('courses.issueCertificates', {
        courseId: course.id,
        participantIds: null,
        identifyBy,
      });
      const count = result.issued.length;
      toast.success(
        `Wydano ${count} ${plural(count, 'zaświadczenie', 'zaświadczenia', 'zaświadczeń')}: nr ${result.issued.map((i) => i.number).join(', ')}`,
      );
      if (result.skipped.length)
        toast.warning(
          `Bez zaświadczenia: ${result.skipped.map((s) => `${s.name} (${s.reasons.join('; ')})`).join(', ')}`,
        );
      onClose();
      const ids = result.issued.map((i) => i.id);
      onIssued(ids.length ? courseBatch(api, course, ids) : null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      width={720}
      title={`Wydać zaświadczenia o ukończeniu kursu „${course.name}”?`}
      okText={`Wydaj ${n} ${plural(n, 'zaświadczenie', 'zaświadczenia', 'zaświadczeń')}`}
      okButtonProps={{ disabled: n === 0 }}
      cancelText="Wróć"
      confirmLoading={saving}
      onOk={() => void issue()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Typography.Title level={3} className="attendance-title">
        Otrzymają zaświadczenie ({n})
      </Typography.Title>
      <ul>
        {plan.eligible.map((r) => (
          <li key={r.participantId}>
            {r.name} — obecność {r.percent} %
          </li>
        ))}
      </ul>
      {plan.refused.length > 0 && (
        <>
          <Typography.Title level={3} className="attendance-title">
            Nie otrzymają ({plan.refused.length})
          </Typography.Title>
          <ul>
            {plan.refused.map((r) => (
              <li key={r.participantId}>
                {r.name} — {reasonsText(r.reasons) || 'nie spełnia warunków ukończenia.'}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.issued.length > 0 && (
        <Typography.Paragraph type="secondary">
          Już mają zaświadczenie: {plan.issued.map((r) => r.name).join(', ')}.
        </Typography.Paragraph>
      )}
      <fieldset className="framed-fieldset">
        <legend>Osobę na zaświadczeniu identyfikuje</legend>
        <Radio.Group
          value={identifyBy}
          onChange={(e) => setIdentifyBy(e.target.value as IdentifyBy)}
          options={[
            { value: 'birthDate', label: 'data i miejsce urodzenia' },
            { value: 'pesel', label: 'numer PESEL' },
          ]}
        />
      </fieldset>
      <Typography.Paragraph>
        Numery zaświadczeń zostaną nadane z rejestru i nie da się ich cofnąć — błędne zaświadczenie
        można tylko unieważnić i wydać poprawione pod nowym numerem.
      </Typography.Paragraph>
      {error && <FailureAlert title="Nie wydano zaświadczeń" description={error} />}
    </Modal>
  );
}

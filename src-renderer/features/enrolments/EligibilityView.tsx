import { Alert, Flex, Spin, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { EligibilityResult } from '../../../src-main/contract/enrolments';
import { formatDate } from '../../../src-main/domain/dates';

/**
 * The project's criteria judged for this person, one by one, with the reason of every
 * failure. Failing does not stop the enrolment: the office decides on qualification.
 */
export function EligibilityView(props: {
  result: EligibilityResult | null;
  loading: boolean;
  error: string | null;
}) {
  const { result, loading, error } = props;
  if (error)
    return (
      <Alert type="error" showIcon title="Nie udało się sprawdzić kryteriów" description={error} />
    );
  if (!result) {
    return (
      <Typography.Text type="secondary">
        {loading ? (
          <Spin size="small" />
        ) : (
          'Wybierz projekt i datę zgłoszenia, aby sprawdzić kryteria kwalifikacji.'
        )}
      </Typography.Text>
    );
  }
  return (
    <section aria-label="Kryteria kwalifikacji" aria-busy={loading}>
      <Typography.Text strong>
        Kryteria kwalifikacji na dzień {formatDate(result.onDate)}
      </Typography.Text>
      {result.results.length === 0 ? (
        <Typography.Paragraph type="secondary">
          Projekt nie ma kryteriów kwalifikacji.
        </Typography.Paragraph>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0' }}>
          {result.results.map((r) => (
            <li key={r.label} style={{ marginBottom: 4 }}>
              <Flex gap={8} align="baseline">
                {r.passed ? (
                  <CheckCircleFilled
                    style={{ color: '#389e0d' }}
                    aria-label="spełnione"
                    role="img"
                  />
                ) : (
                  <CloseCircleFilled
                    style={{ color: '#cf1322' }}
                    aria-label="niespełnione"
                    role="img"
                  />
                )}
                <span>
                  {r.label}
                  {r.reason && <Typography.Text type="danger"> — {r.reason}</Typography.Text>}
                </span>
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {result.eligible ? (
        <Alert type="success" showIcon title="Osoba spełnia wszystkie kryteria projektu." />
      ) : (
        <Alert
          type="warning"
          showIcon
          title="Osoba nie spełnia wszystkich kryteriów projektu"
          description="Można ją zapisać jako kandydata — o zakwalifikowaniu decyduje ośrodek. Wynik sprawdzenia zostanie zapamiętany w zgłoszeniu."
        />
      )}
    </section>
  );
}

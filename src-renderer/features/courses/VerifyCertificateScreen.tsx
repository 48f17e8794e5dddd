import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { CertificateVerification } from '../../../src-main/contract/course-certificates';
import { normalizeVerificationCode } from '../../../src-main/domain/courses/verification-code';
import { formatDate } from '../../../src-main/domain/dates';
import { errorMessage } from '../../api/client';
import { useStores } from '../../app/stores';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { ToneTag } from '../../ui/ToneTag';
import { CoursesNav } from './CoursesNav';
import { verificationState } from './course-view';
import './courses.css';

type Answer =
  | { kind: 'found'; code: string; verification: CertificateVerification }
  | { kind: 'none'; code: string };

/**
 * "Sprawdź zaświadczenie": the code printed on a certificate (any case, with or without the
 * dash) finds its register entry — who, which course, when — and says plainly whether it is
 * valid, revoked (when, why, replaced by which) or a duplicate's.
 */
export function VerifyCertificateScreen() {
  const { api } = useStores();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function check() {
    setError(null);
    const code = normalizeVerificationCode(typed);
    if (!code) {
      setProblem(
        typed.trim()
          ? 'Kod ma 8 znaków (litery i cyfry), np. K7QM-3XPD — sprawdź, czy przepisano go dokładnie'
          : 'Wpisz kod z zaświadczenia',
      );
      setAnswer(null);
      return;
    }
    setProblem(null);
    setChecking(true);
    try {
      const verification = await api.call('courses.verify', { code });
      setAnswer(verification ? { kind: 'found', code, verification } : { kind: 'none', code });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setChecking(false);
    }
  }

  return (
    <Flex vertical gap="middle">
      <ScreenTitle kind="Kursy zawodowe">Sprawdź zaświadczenie</ScreenTitle>
      <CoursesNav />
      <Typography.Paragraph style={{ maxWidth: 720 }}>
        Wpisz kod weryfikacyjny wydrukowany na zaświadczeniu (obok kodu QR, nad podstawą prawną).
        Wielkość liter i kreska nie mają znaczenia.
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void check()} style={{ maxWidth: 480 }}>
        <Form.Item
          label="Kod weryfikacyjny"
          htmlFor="verify-code"
          validateStatus={problem ? 'error' : undefined}
          help={problem ?? undefined}
        >
          <Flex gap={8}>
            <Input
              id="verify-code"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              placeholder="np. K7QM-3XPD"
              value={typed}
              aria-invalid={problem ? true : undefined}
              onChange={(e) => {
                setTyped(e.target.value);
                setProblem(null);
              }}
              style={{ textTransform: 'uppercase', letterSpacing: '0.08em' }}
            />
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={checking}>
              Sprawdź
            </Button>
          </Flex>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
      <div aria-live="polite">
        {answer?.kind === 'none' && (
          <Alert
            type="warning"
            showIcon
            title="Nie znaleziono zaświadczenia o tym kodzie"
            description={`Kod ${answer.code} nie należy do żadnego zaświadczenia wydanego przez ośrodek.`}
          />
        )}
        {answer?.kind === 'found' && <Verification v={answer.verification} />}
      </div>
    </Flex>
  );
}

function Verification({ v }: { v: CertificateVerification }) {
  const state = verificationState(v);
  return (
    <Card
      size="small"
      style={{ maxWidth: 820 }}
      title={
        <Flex align="center" gap={12} wrap>
          <span>Zaświadczenie nr {v.number}</span>
          <ToneTag tone={state.tone} className="certificate-state">
            {state.label}
          </ToneTag>
        </Flex>
      }
    >
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'person', label: 'Osoba', children: v.person },
          { key: 'course', label: 'Kurs', children: v.course },
          {
            key: 'dates',
            label: 'Termin kursu',
            children: `${formatDate(v.courseDates.from)}–${formatDate(v.courseDates.to)}`,
          },
          { key: 'hours', label: 'Liczba godzin', children: `${v.totalHours} h` },
          { key: 'issued', label: 'Data wydania', children: formatDate(v.issuedOn) },
          { key: 'code', label: 'Kod weryfikacyjny', children: v.code },
        ]}
      />
    </Card>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Flex, Form, Spin } from 'antd';
import { useNavigate, useParams } from 'react-router';
import type { Participant } from '../../../src-main/contract/participants';
import { ApiError, errorMessage } from '../../api/client';
import { useFeature, useStores } from '../../app/stores';
import { showApiIssues, showFieldIssues } from '../../ui/form-errors';
import { useGuardedNavigate, useLeaveGuard } from '../../ui/leave-guard';
import {
  derivedFromPesel,
  EMPTY_FORM,
  followPesel,
  participantIssues,
  toFormValues,
  toInput,
  type ParticipantFormValues,
} from './participant-form';
import {
  AddressSection,
  ContactSection,
  FamilySection,
  NotesSection,
  PersonalSection,
  SituationSection,
} from './ParticipantFormSections';
import { useToast } from '../../ui/toast';
import { useIdentityChecks } from './identity-checks';
import { ScreenTitle } from '../../ui/ScreenTitle';

/** /participants/new and /participants/:id/edit */
export function ParticipantFormScreen() {
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  const { participants } = useStores();
  const current = useFeature('participants', (s) => s.current);
  const currentError = useFeature('participants', (s) => s.currentError);

  useEffect(() => {
    if (id !== undefined) void participants.getState().loadOne(id);
  }, [id, participants]);

  if (id === undefined) return <ParticipantForm key="new" initial={null} />;
  if (current?.id === id) return <ParticipantForm key={id} initial={current} />;
  if (currentError) return <Alert type="error" showIcon title={currentError} />;
  return <Spin size="large" />;
}

type Conflict = { message: string; existingId: number | null };

function ParticipantForm({ initial }: { initial: Participant | null }) {
  const [form] = Form.useForm<ParticipantFormValues>();
  const message = useToast();
  const navigate = useNavigate();
  const guardedNavigate = useGuardedNavigate();
  const save = useFeature('participants', (s) => s.save);
  const saving = useFeature('participants', (s) => s.saving);
  const staff = useFeature('session', (s) => s.staff);
  const [noPesel, setNoPesel] = useState(initial ? !initial.pesel : false);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const pesel = Form.useWatch('pesel', form);
  /** What the last valid PESEL filled in (birth date and sex), to clear it when it goes. */
  const filledFromPesel = useRef(initial?.pesel ? derivedFromPesel(initial.pesel) : null);
  const identity = useIdentityChecks(form, initial, noPesel);
  useLeaveGuard(dirty);

  const socialWorkers = useMemo(
    () =>
      staff
        .filter((s) => s.role === 'socialWorker' && (s.active || s.id === initial?.socialWorkerId))
        .map((s) => ({ value: s.id, label: `${s.firstName} ${s.lastName}` })),
    [staff, initial],
  );
  const derived = noPesel ? null : derivedFromPesel(pesel);
  const backTo = initial ? `/participants/${initial.id}` : '/participants';

  const revalidate = (noPeselNow: boolean) =>
    showFieldIssues(form, participantIssues(form.getFieldsValue(true), noPeselNow), {
      onlyTouched: true,
    });

  /** Birth date and sex follow a valid PESEL, and are cleared (and unlocked) when it goes. */
  const applyPesel = (value: string | null | undefined, noPeselNow: boolean) => {
    const { derived: next, action } = followPesel(filledFromPesel.current, value, noPeselNow);
    filledFromPesel.current = next;
    if (action === 'fill' && next) form.setFieldsValue(next);
    if (action === 'clear')
      form.setFields([
        { name: 'birthDate', value: null, errors: [] },
        { name: 'sex', value: undefined, errors: [] },
      ]);
  };

  const onValuesChange = (changed: ParticipantFormValues) => {
    setDirty(true);
    setConflict(null);
    if ('sex' in changed) identity.onSexChosen(changed.sex ?? null);
    if ('pesel' in changed) applyPesel(changed.pesel, noPesel);
    revalidate(noPesel);
  };

  const onNoPeselChange = (value: boolean) => {
    setNoPesel(value);
    setDirty(true);
    applyPesel(form.getFieldValue('pesel') as string | undefined, value);
    form.setFields([
      { name: 'pesel', errors: [] },
      { name: 'documentNumber', errors: [] },
    ]);
  };

  const onSave = async () => {
    setConflict(null);
    const values = form.getFieldsValue(true) as ParticipantFormValues;
    const issues = participantIssues(values, noPesel);
    if (issues.length) {
      const unplaced = showFieldIssues(form, issues, { onlyTouched: false });
      message.error(unplaced.flatMap((f) => f.errors).join(' ') || 'Popraw zaznaczone pola');
      form.scrollToField(issues[0]!.path as (string | number)[], { focus: true, block: 'center' });
      return;
    }
    if (!identity.readyToSave()) {
      message.error('Potwierdź numer PESEL albo go popraw');
      return;
    }
    try {
      const saved = await save(toInput(values, noPesel), initial?.id);
      setDirty(false);
      message.success('Zapisano dane uczestnika');
      navigate(`/participants/${saved.id}`);
    } catch (e) {
      if (showApiIssues(form, e)) message.error('Popraw zaznaczone pola');
      else if (e instanceof ApiError && e.code === 'conflict') {
        const existingId = e.body.details?.existingId;
        setConflict({
          message: e.message,
          existingId: typeof existingId === 'number' ? existingId : null,
        });
      } else message.error(errorMessage(e));
    }
  };

  return (
    <Form<ParticipantFormValues>
      form={form}
      name="participant"
      layout="vertical"
      initialValues={initial ? toFormValues(initial) : EMPTY_FORM}
      onValuesChange={onValuesChange}
      // No submit button and no onFinish: Enter in a field must never save a half-filled form.
      noValidate
      requiredMark
      className="participant-form"
    >
      <Flex vertical gap={16}>
        <ScreenTitle>
          {initial ? `${initial.lastName} ${initial.firstName} — edycja danych` : 'Nowy uczestnik'}
        </ScreenTitle>
        <PersonalSection
          noPesel={noPesel}
          onNoPeselChange={onNoPeselChange}
          derivedFromPesel={derived !== null}
          onIdentityBlur={identity.onIdentityBlur}
          identityNotice={identity.notice}
        />
        <AddressSection />
        <ContactSection />
        <SituationSection socialWorkers={socialWorkers} />
        <FamilySection />
        <NotesSection />
        {conflict && (
          <Alert
            type="error"
            showIcon
            title={conflict.message}
            description={
              conflict.existingId !== null && (
                <Button
                  type="link"
                  onClick={() => guardedNavigate(`/participants/${conflict.existingId}`)}
                >
                  Otwórz kartę istniejącego uczestnika
                </Button>
              )
            }
          />
        )}
        <Flex gap={8} className="form-actions">
          <Button type="primary" htmlType="button" loading={saving} onClick={() => void onSave()}>
            Zapisz
          </Button>
          <Button onClick={() => guardedNavigate(backTo)}>Anuluj</Button>
        </Flex>
      </Flex>
    </Form>
  );
}

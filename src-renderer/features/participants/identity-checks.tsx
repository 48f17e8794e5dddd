import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Flex, Form, Typography, type FormInstance } from 'antd';
import type { IdentityHolder, Participant } from '../../../src-main/contract/participants';
import {
  normalizeDocumentNumber,
  validateDocumentNumber,
} from '../../../src-main/domain/identity-document';
import { parsePesel, type Sex } from '../../../src-main/domain/pesel';
import { peselDoubts, type PeselDoubt } from '../../../src-main/domain/pesel-plausibility';
import { latest } from '../../api/latest';
import { useFeature } from '../../app/stores';
import { useToday } from '../../app/today';
import { useGuardedNavigate } from '../../ui/leave-guard';
import type { ParticipantFormValues } from './participant-form';

const CONFIRM_ID = 'participant_peselConfirmed';

/** Who holds the number that was asked about when the field was left. */
type Lookup = { number: string; holders: IdentityHolder[] };

/**
 * The checks of the person's identity that come before saving: who already holds the PESEL
 * or document number (asked when the field is left), and a valid PESEL that looks wrong
 * (an implausible age, or a sex other than the one the worker had chosen), which is saved
 * only once the worker confirms it.
 */
export function useIdentityChecks(
  form: FormInstance<ParticipantFormValues>,
  initial: Participant | null,
  noPesel: boolean,
) {
  const today = useToday();
  const findHolders = useFeature('participants', (s) => s.findIdentityHolders);
  const pesel = ((Form.useWatch('pesel', form) as string | null | undefined) ?? '').trim();
  const documentNumber = normalizeDocumentNumber(
    (Form.useWatch('documentNumber', form) as string | null | undefined) ?? '',
  );
  /** The sex the worker picked themselves (a PESEL's sex fills the field, never this). */
  const [chosenSex, setChosenSex] = useState<Sex | null>(
    initial && !initial.pesel ? initial.sex : null,
  );
  const [confirmedPesel, setConfirmedPesel] = useState<string | null>(null);
  /** The PESEL a save was refused for, unconfirmed: shown as missing until it changes. */
  const [refusedPesel, setRefusedPesel] = useState<string | null>(null);
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const [lookups] = useState(latest);

  // A PESEL kept from before (editing) was accepted then; only a newly typed one is doubted.
  const doubts = useMemo(
    () =>
      noPesel || !pesel || pesel === initial?.pesel ? [] : peselDoubts(pesel, today, chosenSex),
    [noPesel, pesel, initial, today, chosenSex],
  );
  const confirmed = doubts.length === 0 || confirmedPesel === pesel;
  const number = noPesel ? documentNumber : pesel;
  const holders = lookup && lookup.number === number ? lookup.holders : [];

  /** When the PESEL or document field is left: does someone else already have this number? */
  const onIdentityBlur = () => {
    const valid = noPesel ? validateDocumentNumber(documentNumber) === null : parsePesel(pesel).ok;
    const own = noPesel ? initial?.documentNumber : initial?.pesel;
    if (!valid || number === own || lookup?.number === number) return;
    void lookups.run(
      () => findHolders(noPesel ? { documentNumber: number } : { pesel: number }, initial?.id),
      (found) => setLookup({ number, holders: found }),
      // Saving checks again and names the holder; a failed lookup only means no early word.
      () => undefined,
    );
  };

  /** False (and the confirmation shown as missing) while a doubted PESEL is unconfirmed. */
  const readyToSave = (): boolean => {
    if (confirmed) return true;
    setRefusedPesel(pesel);
    const box = document.getElementById(CONFIRM_ID);
    box?.scrollIntoView({ block: 'center' });
    box?.focus();
    return false;
  };

  const notice = (holders.length > 0 || doubts.length > 0) && (
    <IdentityNotice
      holders={holders}
      byPesel={!noPesel}
      doubts={doubts}
      confirmed={confirmed}
      confirmMissing={refusedPesel === pesel}
      onConfirm={(yes) => setConfirmedPesel(yes ? pesel : null)}
    />
  );
  return { onSexChosen: setChosenSex, onIdentityBlur, readyToSave, notice };
}

function IdentityNotice(props: {
  holders: IdentityHolder[];
  byPesel: boolean;
  doubts: PeselDoubt[];
  confirmed: boolean;
  confirmMissing: boolean;
  onConfirm: (yes: boolean) => void;
}) {
  const navigate = useGuardedNavigate();
  const { holders, doubts, confirmed } = props;
  const what = props.byPesel ? 'tym numerem PESEL' : 'tym numerem dokumentu';
  const missing = props.confirmMissing && !confirmed;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      {holders.map((h) => (
        <Alert
          key={h.id}
          type="error"
          showIcon
          role="alert"
          title={`Osoba z ${what} jest już w rejestrze: ${h.firstName} ${h.lastName}`}
          action={
            <Button type="link" onClick={() => navigate(`/participants/${h.id}`)}>
              Otwórz kartę tej osoby
            </Button>
          }
        />
      ))}
      {doubts.length > 0 && (
        <Alert
          type={missing ? 'error' : 'warning'}
          showIcon
          role="alert"
          className="pesel-doubts"
          title="Sprawdź numer PESEL"
          description={
            <Flex vertical gap={4}>
              {doubts.map((d) => (
                <span key={d.kind}>{d.message}</span>
              ))}
              <Checkbox
                id={CONFIRM_ID}
                checked={confirmed}
                onChange={(e) => props.onConfirm(e.target.checked)}
              >
                Potwierdzam, że numer PESEL jest poprawny
              </Checkbox>
              {missing && (
                <Typography.Text type="danger">
                  Zaznacz potwierdzenie albo popraw numer — bez tego danych nie można zapisać.
                </Typography.Text>
              )}
            </Flex>
          }
        />
      )}
    </Flex>
  );
}

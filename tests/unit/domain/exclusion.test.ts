import { describe, expect, it } from 'vitest';
import { EXCLUSION_REASONS, EXCLUSION_REASON_LABELS } from '../../../src-main/domain/exclusion';

describe('exclusion reasons', () => {
  it.each([
    ['unemployment', 'Bezrobocie'],
    ['disability', 'Niepełnosprawność'],
    ['addiction', 'Uzależnienie'],
    ['homelessness', 'Bezdomność'],
    ['parentingHelplessness', 'Bezradność w sprawach opiekuńczo-wychowawczych'],
    ['domesticViolence', 'Przemoc w rodzinie'],
    ['longTermIllness', 'Długotrwała choroba'],
    ['other', 'Inna'],
  ] as const)('%s → %j', (reason, label) => {
    expect(EXCLUSION_REASONS).toContain(reason);
    expect(EXCLUSION_REASON_LABELS[reason]).toBe(label);
  });

  it('has a label for every reason and nothing more', () => {
    expect(EXCLUSION_REASONS).toHaveLength(8);
    expect(Object.keys(EXCLUSION_REASON_LABELS).sort()).toEqual([...EXCLUSION_REASONS].sort());
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatCourseCertificateNumber,
  topicsSumProblem,
} from '../../../src-main/domain/courses/course-rules';
import {
  makeVerificationCode,
  normalizeVerificationCode,
} from '../../../src-main/domain/courses/verification-code';

describe('topicsSumProblem', () => {
  it('accepts topics adding up to the total and names both sums when they do not', () => {
    const topics = [{ hours: 40 }, { hours: 56 }, { hours: 24 }];
    expect(topicsSumProblem(topics, 120)).toBeNull();
    expect(topicsSumProblem(topics, 122)).toBe(
      'Suma godzin tematów (120 h) różni się od liczby godzin kursu (122 h)',
    );
  });
});

describe('the register number', () => {
  it('is the sequence over the year, without padding', () => {
    expect(formatCourseCertificateNumber(2026, 12)).toBe('12/2026');
    expect(formatCourseCertificateNumber(2027, 1)).toBe('1/2027');
  });
});

describe('verification codes', () => {
  it('are two groups of four characters without look-alikes', () => {
    let n = 0;
    // A counter instead of chance: every character of the alphabet is produced in turn.
    const codes = Array.from({ length: 8 }, () => makeVerificationCode((k) => n++ % k));
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      expect(code).not.toMatch(/[0O1IL2Z5S9]/);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('are found however they were typed, and refused when they cannot be one', () => {
    const code = makeVerificationCode(() => 3);
    const plain = code.replace('-', '');
    expect(normalizeVerificationCode(` ${plain.toLowerCase()} `)).toBe(code);
    expect(normalizeVerificationCode(`${plain.slice(0, 4)} ${plain.slice(4)}`)).toBe(code);
    expect(normalizeVerificationCode(plain.slice(1))).toBeNull();
    expect(normalizeVerificationCode(`O${plain.slice(1)}`)).toBeNull();
  });
});

import { useLocation } from 'react-router';
import type { Channel } from '../../../src-main/contract';
import { useFeature } from '../../app/stores';
import { useGuardedNavigate } from '../../ui/leave-guard';
import { can } from '../accounts/can';
import './courses.css';

const PARTS: { path: string; label: string; channel: Channel }[] = [
  { path: '/courses', label: 'Kursy', channel: 'courses.list' },
  { path: '/courses/providers', label: 'Organizatorzy szkoleń', channel: 'courses.listProviders' },
  { path: '/courses/certificates', label: 'Rejestr zaświadczeń', channel: 'courses.certificates' },
  { path: '/courses/verify', label: 'Sprawdź zaświadczenie', channel: 'courses.verify' },
];

/**
 * The parts of "Kursy zawodowe" under the screen's heading: one menu entry opens the courses,
 * and these links reach their providers, the register and the check of a code. Links (not
 * tabs): each part is a screen of its own, with its own address and its own <h1>.
 */
export function CoursesNav() {
  const { pathname } = useLocation();
  const navigate = useGuardedNavigate();
  const user = useFeature('session', (s) => s.session?.user);
  const current =
    PARTS.slice(1).find((p) => pathname.startsWith(p.path))?.path ??
    (pathname.startsWith('/courses') ? '/courses' : null);
  return (
    <nav aria-label="Kursy zawodowe" className="courses-nav">
      {PARTS.filter((p) => can(user, p.channel)).map((p) => (
        <a
          key={p.path}
          href={`#${p.path}`}
          aria-current={current === p.path ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            navigate(p.path);
          }}
        >
          {p.label}
        </a>
      ))}
    </nav>
  );
}

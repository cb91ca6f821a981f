import { InterviewsPage } from './features/interviews/InterviewsPage.tsx';
import { MockPage } from './features/mock/MockPage.tsx';
import { ProgressPage } from './features/progress/ProgressPage.tsx';
import { ApiPage } from './features/learn/ApiPage.tsx';
import { LearnPage } from './features/learn/LearnPage.tsx';
import { PracticePage } from './features/practice/PracticePage.tsx';
import { SettingsPage } from './features/settings/SettingsPage.tsx';
import { StoriesPage } from './features/stories/StoriesPage.tsx';
import { useRoute } from './route.ts';

const PAGES = [
  { id: 'practice', label: 'Practice' },
  { id: 'interviews', label: 'Interviews' },
  { id: 'mock', label: 'Mock interview' },
  { id: 'stories', label: 'Story bank' },
  { id: 'progress', label: 'Progress' },
  { id: 'learn', label: 'Learn' },
  { id: 'settings', label: 'Your data' },
] as const;

export function App() {
  const [page = 'practice', ...rest] = useRoute();
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">secondround</span>
        <nav aria-label="Main">
          {PAGES.map((p) => (
            <a key={p.id} href={`#/${p.id}`} aria-current={page === p.id ? 'page' : undefined}>
              {p.label}
            </a>
          ))}
        </nav>
        <span className="private">Private: nothing leaves this computer</span>
      </header>
      <main id="main" tabIndex={-1}>
        {page === 'progress' ? (
          <ProgressPage />
        ) : page === 'mock' ? (
          <MockPage />
        ) : page === 'interviews' ? (
          <InterviewsPage id={rest[0] ?? null} view={rest[1]} />
        ) : page === 'stories' ? (
          <StoriesPage />
        ) : page === 'settings' ? (
          <SettingsPage />
        ) : page === 'api' ? (
          <ApiPage />
        ) : page === 'learn' ? (
          <LearnPage />
        ) : (
          <PracticePage questionId={rest[0] ?? null} />
        )}
      </main>
    </>
  );
}

import { useEffect, useState } from 'react';
import { InterviewsPage } from './features/interviews/InterviewsPage.tsx';
import { MockPage } from './features/mock/MockPage.tsx';
import { ProgressPage } from './features/progress/ProgressPage.tsx';
import { ApiPage } from './features/learn/ApiPage.tsx';
import { LearnPage } from './features/learn/LearnPage.tsx';
import { PracticePage } from './features/practice/PracticePage.tsx';
import { SettingsPage } from './features/settings/SettingsPage.tsx';
import { StoriesPage } from './features/stories/StoriesPage.tsx';
import { useRoute } from './route.ts';
import { api, forgetLocalCopies, setMe, SIGNED_OUT, type Me } from './api.ts';
import { AuthPage, ResetPage } from './features/account/AuthPage.tsx';

const PAGES = [
  { id: 'practice', label: 'Practice' },
  { id: 'interviews', label: 'Interviews' },
  { id: 'mock', label: 'Mock interview' },
  { id: 'stories', label: 'Story bank' },
  { id: 'progress', label: 'Progress' },
  { id: 'learn', label: 'Learn' },
  { id: 'settings', label: 'Your data' },
] as const;

/** Asks the server who is using the app, then shows the app or the log-in page. */
export function App() {
  const [me, setState] = useState<Me | null>(null);
  const [failed, setFailed] = useState(false);
  const [page, ...rest] = useRoute();
  useEffect(() => {
    api<Me>('/api/me')
      .then(enter)
      .catch(() => setFailed(true));
    // A session that ended elsewhere (expired, password changed, logged out on another
    // device) brings the log-in page back; what was typed stays in this browser's storage.
    const signedOut = (): void => enter({ mode: 'accounts', user: null });
    window.addEventListener(SIGNED_OUT, signedOut);
    return () => window.removeEventListener(SIGNED_OUT, signedOut);
  }, []);
  function enter(next: Me): void {
    setMe(next);
    setState(next);
  }
  const logOut = async (): Promise<void> => {
    await api('/api/auth/logout', { method: 'POST' });
    forgetLocalCopies();
    enter({ mode: 'accounts', user: null });
  };

  if (failed)
    return (
      <main id="main">
        <p role="alert">The secondround server cannot be reached: is it still running?</p>
      </main>
    );
  if (!me) return <main id="main" aria-busy="true" />;
  if (me.mode === 'accounts' && !me.user)
    return (
      <main id="main">
        {page === 'reset' && rest[0] ? (
          <ResetPage token={rest[0]} />
        ) : (
          <AuthPage onSignedIn={enter} />
        )}
      </main>
    );
  return (
    <Shell
      page={page ?? 'practice'}
      rest={rest}
      account={me.mode === 'accounts' ? me.user!.email : null}
      onLogOut={() => void logOut()}
      onAccountDeleted={() => enter({ mode: 'accounts', user: null })}
    />
  );
}

function Shell({
  page,
  rest,
  account,
  onLogOut,
  onAccountDeleted,
}: {
  page: string;
  rest: string[];
  /** The signed-in email in the multi-user mode; null in the local mode. */
  account: string | null;
  onLogOut: () => void;
  onAccountDeleted: () => void;
}) {
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
        {account ? (
          <span className="private">
            {account}{' '}
            <button type="button" className="link" onClick={onLogOut}>
              Log out
            </button>
          </span>
        ) : (
          <span className="private">Private: nothing leaves this computer</span>
        )}
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
          <SettingsPage account={account} onAccountDeleted={onAccountDeleted} />
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

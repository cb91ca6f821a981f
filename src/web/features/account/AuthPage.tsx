import { useState, type FormEvent } from 'react';
import { api, ApiError, type Me } from '../../api.ts';
import { PasswordField } from './PasswordField.tsx';

type Mode = 'login' | 'signup';

const messageOf = (e: unknown): string =>
  e instanceof ApiError ? e.body.message : 'The server cannot be reached: try again in a moment.';

/** Log in or create an account (the multi-user mode). */
export function AuthPage({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [mode, setMode] = useState<Mode>('login');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(
        await api<Me>(`/api/auth/${mode}`, {
          method: 'POST',
          body: JSON.stringify({ email, password }),
        }),
      );
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const signup = mode === 'signup';
  return (
    <div className="auth">
      <h1>{signup ? 'Create your account' : 'Log in to secondround'}</h1>
      <p className="muted">
        Practise for the hiring-manager interview: your answers, stories and interviews are seen by
        you alone.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="auth-email">Email</label>
        <input
          id="auth-email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        <PasswordField
          id="auth-password"
          label="Password"
          kind={signup ? 'new' : 'current'}
          value={password}
          onChange={setPassword}
          describedBy={signup ? 'password-hint' : undefined}
        />
        {signup && (
          <p id="password-hint" className="muted">
            At least 10 characters; a short sentence is easy to remember and hard to guess.
          </p>
        )}
        {error && (
          <p role="alert" className="message error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {signup ? 'Create account' : 'Log in'}
        </button>
      </form>
      <p>
        {signup ? 'Already have an account?' : 'New here?'}{' '}
        <button
          type="button"
          className="link"
          onClick={() => {
            setMode(signup ? 'login' : 'signup');
            setError(null);
          }}
        >
          {signup ? 'Log in' : 'Create an account'}
        </button>
      </p>
      {!signup && (
        <p className="muted">
          Forgot your password? Ask whoever runs this service for a reset link.
        </p>
      )}
    </div>
  );
}

/** Sets a new password with a one-time link from `secondround admin reset-link`. */
export function ResetPage({ token }: { token: string }) {
  const [password, setPassword] = useState('');
  const [state, setState] = useState<{ done: boolean; error: string | null }>({
    done: false,
    error: null,
  });
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    try {
      await api('/api/auth/reset', { method: 'POST', body: JSON.stringify({ token, password }) });
      setState({ done: true, error: null });
    } catch (err) {
      setState({ done: false, error: messageOf(err) });
    }
  };
  return (
    <div className="auth">
      <h1>Set a new password</h1>
      {state.done ? (
        <p role="status" className="message">
          Your password is changed. <a href="#/">Log in</a> with it.
        </p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <PasswordField
            id="reset-password"
            label="New password"
            kind="new"
            value={password}
            onChange={setPassword}
          />
          {state.error && (
            <p role="alert" className="message error">
              {state.error}
            </p>
          )}
          <button type="submit">Set password</button>
        </form>
      )}
    </div>
  );
}

import { useState, type ChangeEvent, type FormEvent } from 'react';
import { api, ApiError, forgetLocalCopies } from '../../api.ts';
import { PasswordField } from '../account/PasswordField.tsx';

const CONFIRM = 'delete everything';
const MAX_FILE_BYTES = 50 * 1024 * 1024;

const messageOf = (err: unknown): string =>
  err instanceof ApiError ? err.body.message : (err as Error).message;

/**
 * Journey 9: export everything as one file, import it again, delete everything; in the
 * multi-user mode, also the account: change its password or delete it.
 */
export function SettingsPage({
  account,
  onAccountDeleted,
}: {
  account: string | null;
  onAccountDeleted: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [confirm, setConfirm] = useState('');

  const importFile = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES)
      return setMessage('That file is over 50 MB: it is not a secondround export.');
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      return setMessage(
        `${file.name} is not a JSON file: choose a file exported from secondround.`,
      );
    }
    try {
      const { imported } = await api<{ imported: Record<string, number> }>('/api/import', {
        method: 'POST',
        body: JSON.stringify(data),
      });
      setMessage(
        `Imported ${imported.stories} stories, ${imported.interviews} interviews, ${imported.answers} saved answers and ${imported.drafts} drafts.`,
      );
    } catch (err) {
      setMessage(messageOf(err));
    }
  };

  const deleteAll = async (): Promise<void> => {
    await api('/api/data', { method: 'DELETE', body: JSON.stringify({ confirm: CONFIRM }) });
    setConfirm('');
    setMessage('Everything you saved has been deleted.');
  };

  return (
    <div className="settings">
      <h1>Your data</h1>
      <p>
        {account
          ? 'Everything you write is kept in your account on this service, seen by you alone.'
          : 'Everything you write stays in a database on this computer.'}{' '}
        Export it to keep a copy or move it elsewhere; the file imports back without losing
        anything.
      </p>
      <section>
        <h2>Export</h2>
        <a className="button" href="/api/export" download>
          Download everything (JSON)
        </a>
      </section>
      <section>
        <h2>Import</h2>
        <label htmlFor="import-file">Choose a secondround export</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e)}
        />
      </section>
      <section>
        <h2>Delete everything</h2>
        <label htmlFor="confirm-delete">Type “{CONFIRM}” to confirm</label>
        <input
          id="confirm-delete"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          autoComplete="off"
        />
        <button
          type="button"
          className="danger"
          disabled={confirm !== CONFIRM}
          onClick={() => void deleteAll()}
        >
          Delete all my data
        </button>
      </section>
      {account && <Account email={account} onDeleted={onAccountDeleted} onMessage={setMessage} />}
      {message && (
        <p role="status" className="message">
          {message}
        </p>
      )}
    </div>
  );
}

/** Change the password, or delete the account with everything in it. */
function Account({
  email,
  onDeleted,
  onMessage,
}: {
  email: string;
  onDeleted: () => void;
  onMessage: (message: string) => void;
}) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [password, setPassword] = useState('');

  const change = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    try {
      await api('/api/me/password', {
        method: 'POST',
        body: JSON.stringify({ currentPassword: current, newPassword: next }),
      });
      setCurrent('');
      setNext('');
      onMessage('Your password is changed; your other sessions are logged out.');
    } catch (err) {
      onMessage(messageOf(err));
    }
  };
  const remove = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    try {
      await api('/api/me', { method: 'DELETE', body: JSON.stringify({ password }) });
      forgetLocalCopies();
      onDeleted();
    } catch (err) {
      onMessage(messageOf(err));
    }
  };
  return (
    <>
      <section>
        <h2>Your account</h2>
        <p>Signed in as {email}.</p>
        <form onSubmit={(e) => void change(e)}>
          <input type="email" autoComplete="username" value={email} readOnly hidden />
          <PasswordField
            id="current-password"
            label="Current password"
            kind="current"
            value={current}
            onChange={setCurrent}
          />
          <PasswordField
            id="new-password"
            label="New password (at least 10 characters)"
            kind="new"
            value={next}
            onChange={setNext}
          />
          <button type="submit" disabled={!current || !next}>
            Change password
          </button>
        </form>
      </section>
      <section>
        <h2>Delete your account</h2>
        <form onSubmit={(e) => void remove(e)}>
          <PasswordField
            id="delete-password"
            label="Your password, to confirm"
            kind="current"
            value={password}
            onChange={setPassword}
          />
          <button type="submit" className="danger" disabled={!password}>
            Delete my account and everything in it
          </button>
        </form>
      </section>
    </>
  );
}

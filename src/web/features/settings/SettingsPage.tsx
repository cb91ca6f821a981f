import { useState, type ChangeEvent } from 'react';
import { api, ApiError } from '../../api.ts';

const CONFIRM = 'delete everything';
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Journey 9: export everything as one file, import it again, delete everything. */
export function SettingsPage() {
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
      setMessage(err instanceof ApiError ? err.body.message : (err as Error).message);
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
        Everything you write stays in a database on this computer. Export it to keep a copy or move
        to another computer; the file imports back without losing anything.
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
      {message && (
        <p role="status" className="message">
          {message}
        </p>
      )}
    </div>
  );
}

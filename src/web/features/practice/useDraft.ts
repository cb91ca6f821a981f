import { useEffect, useRef, useState } from 'react';
import { api, storageKey } from '../../api.ts';

const TEXT = (questionId: string): string => storageKey(`draft:${questionId}`);
const AT = (questionId: string): string => storageKey(`draft-at:${questionId}`);
/** Into this browser almost at once; to the server a little later, and when the tab goes. */
const LOCAL_DELAY_MS = 300;
const SERVER_DELAY_MS = 1000;

/** Saved in this browser and on the server; in this browser only (server unreachable). */
export type DraftStatus = 'saving' | 'saved' | 'local';

interface ServerDraft {
  text: string;
  updatedAt: string;
}

function readLocal(questionId: string): { text: string; at: number } {
  return {
    text: localStorage.getItem(TEXT(questionId)) ?? '',
    at: Number(localStorage.getItem(AT(questionId))) || 0,
  };
}

/** Keeps the text and when it last changed (an unchanged text keeps its time). */
function writeLocal(questionId: string, text: string): void {
  if (text === (localStorage.getItem(TEXT(questionId)) ?? '')) return;
  if (text) {
    localStorage.setItem(TEXT(questionId), text);
    localStorage.setItem(AT(questionId), String(Date.now()));
  } else {
    localStorage.removeItem(TEXT(questionId));
    localStorage.removeItem(AT(questionId));
  }
}

const sendToServer = (questionId: string, text: string, keepalive = false): Promise<unknown> =>
  api(`/api/drafts/${encodeURIComponent(questionId)}`, {
    method: 'PUT',
    body: JSON.stringify({ text }),
    keepalive,
  });

/**
 * The answer being written for a question. Every change is kept in this browser at once (so a
 * reload or a closed tab loses nothing) and on the server soon after (so it follows the user
 * to another browser). On opening, the newer of the two wins.
 */
export function useDraft(questionId: string): [string, (text: string) => void, DraftStatus] {
  const [text, setText] = useState(() => readLocal(questionId).text);
  const [status, setStatus] = useState<DraftStatus>('saved');
  const latest = useRef(text);
  latest.current = text;
  // Whether the user has typed since this question opened: then the server's copy never wins.
  const typed = useRef(false);
  const onServer = useRef(text);

  useEffect(() => {
    const local = readLocal(questionId);
    typed.current = false;
    onServer.current = local.text;
    setText(local.text);
    let cancelled = false;
    api<ServerDraft[]>(`/api/drafts?questionId=${encodeURIComponent(questionId)}`)
      .then(([server]) => {
        onServer.current = server?.text ?? '';
        if (cancelled || typed.current || !server) return;
        if (!local.text || Date.parse(server.updatedAt) > local.at) setText(server.text);
      })
      .catch(() => undefined); // Unreachable: the copy in this browser stands.
    return () => {
      cancelled = true;
      // Leaving the question (or the page) before the server save: send it now.
      if (latest.current !== onServer.current)
        sendToServer(questionId, latest.current, true).catch(() => undefined);
    };
  }, [questionId]);

  useEffect(() => {
    setStatus('saving');
    const saveLocal = (): void => writeLocal(questionId, latest.current);
    const saveServer = (keepalive = false): void => {
      const sent = latest.current;
      if (sent === onServer.current) return setStatus('saved');
      sendToServer(questionId, sent, keepalive)
        .then(() => {
          onServer.current = sent;
          setStatus('saved');
        })
        .catch(() => setStatus('local'));
    };
    const local = window.setTimeout(saveLocal, LOCAL_DELAY_MS);
    const server = window.setTimeout(saveServer, SERVER_DELAY_MS);
    const leave = (): void => {
      saveLocal();
      saveServer(true);
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.clearTimeout(local);
      window.clearTimeout(server);
      window.removeEventListener('pagehide', leave);
      saveLocal();
    };
  }, [questionId, text]);

  const change = (next: string): void => {
    typed.current = true;
    setText(next);
  };
  return [text, change, status];
}

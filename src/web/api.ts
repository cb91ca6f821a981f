/** The app's calls to its own server (same origin; nothing leaves the machine). */

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: string[] };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody['error'],
  ) {
    super(body.message);
  }
}

/** Who is using the app: the local mode's one person, or a signed-in account (or none yet). */
export type Me =
  | { mode: 'local' }
  | { mode: 'accounts'; user: { id: string; email: string } | null; csrfToken?: string };

let me: Me = { mode: 'local' };

/** Remembers who is signed in: their CSRF token goes with every change. */
export function setMe(next: Me): void {
  me = next;
}

/**
 * A key of this browser's storage for the current user: in the multi-user mode, each account
 * has its own, so people sharing a computer never see each other's drafts.
 */
export const storageKey = (name: string): string =>
  me.mode === 'accounts' && me.user ? `secondround:${me.user.id}:${name}` : `secondround:${name}`;

/** Forgets what this browser kept for the signed-in user (on log-out and account deletion). */
export function forgetLocalCopies(): void {
  if (me.mode !== 'accounts' || !me.user) return;
  const prefix = `secondround:${me.user.id}:`;
  for (const key of Object.keys(localStorage))
    if (key.startsWith(prefix)) localStorage.removeItem(key);
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const headers = new Headers(init?.headers);
  if (init?.body) headers.set('content-type', 'application/json');
  const changes = init?.method && init.method !== 'GET';
  if (changes && me.mode === 'accounts' && me.csrfToken) headers.set('x-csrf-token', me.csrfToken);
  const res = await fetch(path, { ...init, headers });
  if (res.status === 204) return undefined as T;
  const body = (await res.json()) as T | ApiErrorBody;
  if (res.status === 401 && me.mode === 'accounts' && me.user)
    window.dispatchEvent(new Event(SIGNED_OUT));
  if (!res.ok) throw new ApiError(res.status, (body as ApiErrorBody).error);
  return body as T;
}

/** Fired when the server no longer knows the session (expired, or ended elsewhere). */
export const SIGNED_OUT = 'secondround:signed-out';

export interface QuestionSummary {
  id: string;
  question: string;
  category: string;
  stages: string[];
  framework: string;
}

export interface Interviewer {
  name: string;
  role?: string;
  notes?: string;
}

/** A saved interview, as /api/interviews returns it. */
export interface Interview {
  id: string;
  company: string;
  role: string;
  stage: string;
  startsAt: string;
  posting: string;
  companyText: string;
  interviewers: Interviewer[];
  outcome: string;
}

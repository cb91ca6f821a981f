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

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, {
    ...init,
    headers: init?.body ? { 'content-type': 'application/json', ...init.headers } : init?.headers,
  });
  if (res.status === 204) return undefined as T;
  const body = (await res.json()) as T | ApiErrorBody;
  if (!res.ok) throw new ApiError(res.status, (body as ApiErrorBody).error);
  return body as T;
}

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

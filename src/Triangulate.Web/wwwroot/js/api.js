// Talks to the ledger's HTTP API. State-changing calls carry the anti-forgery token the server hands out.
let csrf = null;

async function token(refresh = false) {
  if (csrf === null || refresh) {
    const response = await fetch('api/session/antiforgery', { credentials: 'same-origin' });
    csrf = (await response.json()).token;
  }
  return csrf;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function answer(response) {
  if (response.status === 204) return null;
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export async function get(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v !== null && v !== undefined));
  const suffix = query.size > 0 ? `?${query}` : '';
  return answer(await fetch(`api/${path}${suffix}`, { credentials: 'same-origin' }));
}

export async function send(method, path, body, retried = false) {
  const response = await fetch(`api/${path}`, {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': await token(retried) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // A token from before signing in belongs to another identity: fetch a fresh one once.
  if (response.status === 400 && !retried) {
    const problem = await response.clone().json().catch(() => null);
    if (problem?.title?.includes('anti-forgery')) return send(method, path, body, true);
  }
  return answer(response);
}

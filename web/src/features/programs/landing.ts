const LAST_DASHBOARD = 'opensti.programs.lastDashboard';

export function readLastDashboard(): string | null {
  try {
    return window.localStorage.getItem(LAST_DASHBOARD);
  } catch {
    return null;
  }
}

export function rememberDashboard(programId: string): void {
  try {
    window.localStorage.setItem(LAST_DASHBOARD, programId);
  } catch {
    // Private browsing may refuse storage; the menu then opens the default program.
  }
}

/** The program a reader lands on: the one seen last if it is still active, else the longest running. */
export function landingProgram(programs: readonly { id: string; startYear: number; issuedOn: string }[], last: string | null): string | null {
  if (last && programs.some((program) => program.id === last)) {
    return last;
  }
  const [first] = [...programs].sort((a, b) => a.startYear - b.startYear || a.issuedOn.localeCompare(b.issuedOn));
  return first?.id ?? null;
}

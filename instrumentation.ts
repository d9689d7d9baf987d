export async function register() {
  // NEXT_RUNTIME is set by Next.js itself, not by the operator: the one read outside lib/env.
  // An `if` block around the import lets the bundler drop it from the edge build.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startJobsInWebProcess } = await import('./lib/jobs/worker-process');
    startJobsInWebProcess();
  }
}

/**
 * Fails at once, saying why, when a server started for the tests cannot serve the built site:
 * otherwise every page test waits out its own timeout on an error page (nginx workers that could
 * not read a private clone once cost 51 failures and 19 minutes).
 */
export async function expectServes(origin: string, root: string, server: string): Promise<void> {
  const response = await fetch(`${origin}/`);
  if (response.ok) return;
  throw new Error(
    `${server} cannot serve the built site in ${root}: GET / answered ${response.status}. ` +
      'Is index.html there, and can the server read it and enter every folder above it?',
  );
}

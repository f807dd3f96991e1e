// Runs writeFileAtomic in a separate process, so the read-only-folder test can run it as an unprivileged user
// (root ignores folder permissions). Prints one JSON line: { ok: true } or { ok: false, code }.
import { writeFileAtomic } from '../../../../electron/node/atomic-write.ts';

const [target, text] = process.argv.slice(2);
try {
  await writeFileAtomic(target!, text!);
  console.log(JSON.stringify({ ok: true }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
}

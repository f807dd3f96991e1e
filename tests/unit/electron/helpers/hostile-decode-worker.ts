// A decode worker for tests only: behaves by the file's name like the parser blow-ups the runner must contain, and
// runs the real decoders for any other file.
import { decoders } from '@shared/bridge/decoders.ts';
import { serveDecoders, type DecoderTable } from '../../../../electron/node/decode-serve.ts';

const hostile: DecoderTable[string] = async (bytes, ctx, newId) => {
  switch (ctx.fileName) {
    case 'loop.xlsx':
      for (;;) {
        // A parser stuck in a loop: never yields, never answers.
      }
    case 'hog.xlsx': {
      const hoard: number[][] = [];
      for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
    }
    case 'throw.json':
      throw new Error('unexpected end of the world');
    case 'liar.json':
      return { ok: true, value: { partnerships: 'all of them' } };
    default:
      return decoders[ctx.fileName.endsWith('.xlsx') ? 'workbook' : 'reviewFile'](bytes, ctx, newId);
  }
};

serveDecoders({ workbook: hostile, reviewFile: hostile, library: hostile });

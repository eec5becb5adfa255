// The bundle as `nova-top` runs once installed: started as a program, so that sh reads its
// launcher line (scripts/build.mjs) and starts `node` with the settings that line gives; `node` on
// PATH is the Node running the bench.
import path from 'node:path';
import process from 'node:process';

export function asInstalled(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const nodeFolder = path.dirname(process.execPath);
  const rest = environment['PATH'];
  return {...environment, PATH: rest ? `${nodeFolder}${path.delimiter}${rest}` : nodeFolder};
}

// Lines out to a snapshot file as gzip members: gunzip reads consecutive members as one stream,
// so each flush appends a complete, independently readable piece. A flush follows each line by
// `flushDelayMs`, so a crash loses at most that much. A failed write stops the writer for good.
import {gzipSync} from 'node:zlib';

export type MemberWriter = {
  push(line: string): void;
  flush(): void;
  /** Flushes, then takes no more lines. */
  close(): void;
  readonly stopped: () => boolean;
};

export function createMemberWriter(options: {
  readonly write: (chunk: Uint8Array) => void;
  readonly flushDelayMs: number;
  readonly onError?: ((message: string) => void) | undefined;
}): MemberWriter {
  let lines: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (stopped || lines.length === 0) return;
    const member = gzipSync(lines.map((line) => `${line}\n`).join(''));
    lines = [];
    try {
      options.write(member);
    } catch (error) {
      stopped = true;
      const reason = error instanceof Error ? error.message : String(error);
      options.onError?.(`recording stopped: cannot write the snapshot (${reason})`);
    }
  };
  return {
    push: (line) => {
      if (stopped) return;
      lines.push(line);
      // Unref'd: a pending flush must not keep the process alive; close() flushes anyway.
      timer ??= setTimeout(flush, options.flushDelayMs);
      timer.unref?.();
    },
    flush,
    close: () => {
      flush();
      stopped = true;
    },
    stopped: () => stopped,
  };
}

import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { decodeReportText } from '../lib/content/report-text.ts';
import type { Problem } from '../lib/content/problem.ts';

/**
 * Reading report files, shared by the content check and the reports loader so both refuse the
 * same files. A report must be a regular file in the reports folder: a symbolic link would
 * publish whatever it points at (a file outside the repository, word for word), opening a FIFO
 * waits for a writer for ever, and a folder named x.md is not a report.
 */

/**
 * The entries of the reports folder that claim to be reports (*.md), sorted by name; or, when
 * there is no such folder (LAOQU_REPORTS mistyped, content/ not yet made), the problem that says
 * so, instead of a stack trace. `shown` is the folder as messages name it.
 */
export function reportEntries(dir: string, shown: string): { entries: Dirent[]; problem?: Problem } {
  try {
    const entries = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.name.endsWith('.md'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { entries };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    return {
      entries: [],
      problem: {
        file: shown,
        message: missing
          ? '找不到报告文件夹 / there is no reports folder here'
          : `无法读取报告文件夹 / the reports folder cannot be read (${code ?? (error as Error).message})`,
        fix: missing
          ? '建立该文件夹并放入 .md 报告，或让 LAOQU_REPORTS 指向报告所在的文件夹 / create it with the .md reports in it, or point LAOQU_REPORTS at the folder that holds them'
          : '检查该文件夹的读取权限 / check that the folder can be read',
      },
    };
  }
}

// O_NOFOLLOW: a link swapped in after the folder was listed is still refused. O_NONBLOCK: a
// FIFO opens at once instead of waiting for a writer, and is then refused as not a file.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * A report file's text, or the problems that keep it from being read: not a regular file, not
 * UTF-8, control characters. `file` is the path messages name. Read synchronously: at 10,000
 * reports the asynchronous reads' thread-pool round trips made the check a third slower.
 */
export function readReportSource(entry: Dirent, dir: string, file: string): { source: string; problems: [] } | { source?: undefined; problems: Problem[] } {
  const refused = notAFile(entry, file);
  if (refused) return { problems: [refused] };
  let fd: number;
  try {
    fd = openSync(join(dir, entry.name), OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ELOOP: it became a symbolic link after the folder was listed.
    return { problems: [code === 'ELOOP' ? linkProblem(file) : { file, message: `无法读取文件 / the file cannot be read (${code ?? (error as Error).message})` }] };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problems: [specialProblem(file)] };
    const bytes = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    const decoded = decodeReportText(file, bytes.subarray(0, read));
    return decoded.text === undefined ? { problems: decoded.problems } : { source: decoded.text, problems: [] };
  } finally {
    closeSync(fd);
  }
}

function notAFile(entry: Dirent, file: string): Problem | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isSymbolicLink()) return linkProblem(file);
  if (entry.isDirectory()) {
    return {
      file,
      message: '这是一个文件夹，不是报告文件 / this is a folder, not a report file',
      fix: '报告文件夹中只放 .md 报告文件；把文件夹改名或移走 / keep only .md report files here: rename or move the folder',
    };
  }
  return specialProblem(file);
}

function linkProblem(file: string): Problem {
  return {
    file,
    message: '报告文件是一个符号链接，不予读取：它可能指向仓库以外的文件 / the report file is a symbolic link, which is not followed: it could publish a file from outside the repository',
    fix: '把报告文件本身复制到 content/reports/，删除链接 / copy the report itself into content/reports/ and delete the link',
  };
}

function specialProblem(file: string): Problem {
  return {
    file,
    message: '这不是普通文件（是管道、设备或套接字） / this is not a regular file (a FIFO, device or socket)',
    fix: '删除它，放入普通的 .md 报告文件 / delete it and put a plain .md report file in its place',
  };
}

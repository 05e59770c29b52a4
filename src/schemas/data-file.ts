/**
 * The one parser of the data files editors change (content/*.yaml): YAML, then the file's zod schema
 * (src/schemas/), and on failure every problem at once, each with the file, the path inside it and
 * what is allowed (describeIssues), instead of the first one only.
 */
import { z } from 'astro/zod';
import { parse, YAMLError } from 'yaml';
import { describeIssues } from './describe-issue.ts';

/** A data file that is not valid YAML or does not match its schema; `problems` has one line each. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(problems.join('\n'));
    this.name = 'DataFileError';
    this.file = file;
    this.problems = problems;
  }
}

/** Parses `text` (the contents of `file`) against `schema`; an empty file reads as null. */
export function parseDataFile<T extends z.ZodType>(schema: T, text: string, file: string): z.output<T> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    if (!(error instanceof YAMLError)) throw new DataFileError(file, [`${file}: 不是有效的 YAML：${(error as Error).message.split('\n')[0]}`]);
    const at = error.linePos?.[0];
    const where = at ? `第 ${at.line} 行第 ${at.col} 列：` : '';
    throw new DataFileError(file, [`${file}: ${where}YAML 写法有误（${error.code}），无法读取；请检查缩进、冒号和括号`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new DataFileError(file, describeIssues(file, result.error, data));
  return result.data;
}

/** A regular expression's source, checked to compile with `flags`. */
export const regexSource = (flags: string) =>
  z
    .string()
    .min(1)
    .superRefine((source, ctx) => {
      try {
        new RegExp(source, flags);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `不是有效的正则表达式（${(error as Error).message}）` });
      }
    });

/** A list of strings; left out or empty (null) reads as []. */
export const stringList = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

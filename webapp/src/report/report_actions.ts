// What the report's views can ask of the page: run the analysis again with another ICP or other
// scorecard answers, and save a file. The page (main.ts) implements it; without it the views are
// read-only (the HTML export, tests of a view alone).
import type { IcpText } from '../icp/icp_editor';
import type { ScoredCsv } from '../worker/protocol';

export interface ReportActions {
  /** The ICP last applied and the engine's message, when it refused it (the report shown is the one before). */
  icpRefused: { icp: IcpText; message: string } | null;
  /** The fit scores of open deals and accounts, as CSV. */
  scored: ScoredCsv;
  /** The user's scorecard answers in force, by item id. */
  answers: Readonly<Record<string, boolean>>;
  /** Runs the analysis again against this ICP (null: none declared). */
  applyIcp(icp: IcpText | null): void;
  /** Runs the analysis again with these scorecard answers. */
  applyAnswers(answers: Record<string, boolean>): void;
  download(text: string, fileName: string, type: string): void;
}
